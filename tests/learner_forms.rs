//! Forms a learner writes first, beyond the original subset: a tuple bound in one `let`, with
//! sizes read from a matrix, and a swap.

use backprop::prelude::*;

#[differentiable]
fn mean_square(x: &DMatrix<f64>) -> f64 {
    let (d, n) = (x.nrows(), x.ncols());
    x.norm_squared() / (d * n) as f64
}

#[differentiable]
fn swapped(x: f64, y: f64) -> f64 {
    let (a, b) = (x, y * 2.0);
    let (a, b) = (b, a);
    a.sin() * b
}

#[test]
fn a_tuple_of_sizes_is_bound_in_one_let() {
    let x = DMatrix::from_fn(3, 4, |i, j| 0.3 * i as f64 - 0.2 * j as f64 + 0.1);
    let report = mean_square::check(&x);
    assert!(report.passed(), "{report}");
}

#[test]
fn a_tuple_let_evaluates_every_value_before_binding() {
    // After the swap `a` is `2y` and `b` is `x`: the value is sin(2y)·x, and so is the check's
    // reference, the function as written.
    let (value, _) = swapped::grad(0.3, 0.7);
    assert!((value - (1.4_f64).sin() * 0.3).abs() < 1e-15);
    let report = swapped::check(0.3, 0.7);
    assert!(report.passed(), "{report}");
}
