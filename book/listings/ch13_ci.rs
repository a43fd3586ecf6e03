//! Chapter 13: gradient checks in a test suite, and what to do with `kink` and `unreliable`.
//!
//! In: a layer with a relu, evaluated at points on and off its kink. Out: the checker's
//! reports, and tests written the way a project's CI would run them.

use backprop::check::{self, Config};
use backprop::prelude::*;

// ANCHOR: layer
/// A relu layer's summed output.
#[differentiable(wrt(w))]
pub fn relu_layer(w: &DMatrix<f64>, x: &DMatrix<f64>) -> f64 {
    relu(&(w * x)).sum()
}
// ANCHOR_END: layer

// ANCHOR: test
#[test]
fn relu_layer_gradient_is_right_at_random_points() {
    for seed in 0..5_u32 {
        let w = DMatrix::from_fn(3, 4, |i, j| (f64::from(seed) + (4 * i + j) as f64 * 0.37).sin());
        let x = DMatrix::from_fn(4, 6, |i, j| (f64::from(seed) * 1.3 + (i + 5 * j) as f64).cos());
        let report = relu_layer::check(&w, &x);
        assert!(report.passed(), "seed {seed}:\n{report}");
    }
}
// ANCHOR_END: test

// ANCHOR: kink
/// A point where `w·x` has exact zeros: for sample 0 the two halves of each row cancel.
pub fn on_the_kink() -> (DMatrix<f64>, DMatrix<f64>) {
    let w = DMatrix::from_row_slice(2, 2, &[1.0, -1.0, 0.5, -0.5]);
    let x = DMatrix::from_row_slice(2, 2, &[1.0, 2.0, 1.0, -1.0]);
    (w, x)
}
// ANCHOR_END: kink

// ANCHOR: exercise_seed
/// Exercise 1: reproduce a failure. Every report prints its seed; `Config::with_seed` replays it.
pub fn replay(seed: u64) -> check::Report {
    let (w, x) = (
        DMatrix::from_fn(2, 3, |i, j| (i + 2 * j) as f64 * 0.3 - 0.5),
        DMatrix::from_fn(3, 2, |i, j| (i * j) as f64 - 0.4),
    );
    let config = Config::default().with_seed(seed);
    let flat: Vec<f64> = w.iter().copied().collect();
    let (_, grad) = relu_layer::grad(&w, &x);
    check::gradient_with(
        |p: &[f64]| relu_layer(&DMatrix::from_column_slice(2, 3, p), &x),
        &flat,
        grad.w.as_slice(),
        &config,
    )
}
// ANCHOR_END: exercise_seed

// ANCHOR: exercise_abs
/// Exercise 2: |x| at 0, where the left derivative is −1 and the right one +1. The rule's
/// answer there lies between them, so the verdict is `kink`, which counts as passed.
#[differentiable]
pub fn magnitude(x: f64) -> f64 {
    x.abs()
}
// ANCHOR_END: exercise_abs
