//! Chapter 12: what the macro does with calls of other differentiable functions and with
//! hand-written rules.
//!
//! In: a dense layer used twice by a two-layer loss, and a hand-written rule for softplus. Out:
//! the generated backward passes, whose steps call the callee's backward pass and the rule's
//! adjoint, and the checker's verdicts on both.

use backprop::prelude::*;

// ANCHOR: call
/// One dense layer with a sigmoid: a differentiable function other functions can call.
#[differentiable]
pub fn dense(w: &DMatrix<f64>, b: &DVector<f64>, x: &DMatrix<f64>) -> DMatrix<f64> {
    sigmoid(&add_bias(&(w * x), b))
}

/// Two dense layers and a squared error. The backward pass of each call is `dense`'s own.
#[differentiable(wrt(w1, b1, w2, b2))]
pub fn two_layers(
    w1: &DMatrix<f64>,
    b1: &DVector<f64>,
    w2: &DMatrix<f64>,
    b2: &DVector<f64>,
    x: &DMatrix<f64>,
    y: &DMatrix<f64>,
) -> f64 {
    let h = dense(w1, b1, x);
    let out = dense(w2, b2, &h);
    mse(&out, y)
}
// ANCHOR_END: call

/// A 3 → 4 → 2 network on five samples.
#[allow(clippy::type_complexity, reason = "the six arguments of `two_layers`, in order")]
pub fn point()
-> (DMatrix<f64>, DVector<f64>, DMatrix<f64>, DVector<f64>, DMatrix<f64>, DMatrix<f64>) {
    (
        DMatrix::from_fn(4, 3, |i, j| ((3 * i + j) as f64 * 0.8).sin()),
        DVector::from_fn(4, |i, _| 0.1 * i as f64),
        DMatrix::from_fn(2, 4, |i, j| ((4 * i + j) as f64 * 1.1).cos()),
        DVector::from_vec(vec![0.2, -0.1]),
        DMatrix::from_fn(3, 5, |i, j| ((5 * i + j) as f64 * 0.5).cos()),
        DMatrix::from_fn(2, 5, |i, j| ((i + j) % 2) as f64),
    )
}

// ANCHOR: rule
/// softplus(x) = ln(1 + eˣ), elementwise, computed without overflow.
pub fn softplus(x: &DMatrix<f64>) -> DMatrix<f64> {
    x.map(|v| v.max(0.0) + (-v.abs()).exp().ln_1p())
}

/// The rule's adjoints, one function per argument: d softplus/dx = σ(x).
pub mod softplus {
    use super::{DMatrix, sigmoid};

    /// `dx = d_out ⊙ σ(x)`.
    pub fn back_0(x: &DMatrix<f64>, _out: &DMatrix<f64>, d_out: &DMatrix<f64>) -> DMatrix<f64> {
        sigmoid(x).component_mul(d_out)
    }
}

/// A function that uses the hand-written rule like a built-in one.
#[differentiable]
pub fn smooth_total(x: &DMatrix<f64>) -> f64 {
    softplus(x).sum()
}
// ANCHOR_END: rule

// ANCHOR: exercise_rule
/// Exercise 1: a rule for the elementwise square, with a planted bug (the factor 2 is missing);
/// `square_total::check` catches it because it compares against finite differences of the
/// forward function.
pub fn square(x: &DMatrix<f64>) -> DMatrix<f64> {
    x.component_mul(x)
}

/// The planted-bug rule for [`square()`].
pub mod square {
    use super::DMatrix;

    /// Should be `2·x ⊙ d_out`.
    pub fn back_0(x: &DMatrix<f64>, _out: &DMatrix<f64>, d_out: &DMatrix<f64>) -> DMatrix<f64> {
        x.component_mul(d_out)
    }
}

/// The sum of squares through the buggy rule.
#[differentiable]
pub fn square_total(x: &DMatrix<f64>) -> f64 {
    square(x).sum()
}
// ANCHOR_END: exercise_rule

// ANCHOR: exercise_skipped
/// Exercise 2: whether a generated backward pass computes the input's adjoint `d_x`.
pub fn computes_the_input_adjoint(source: &str) -> bool {
    source.contains("let d_x ") || source.contains("let mut d_x ")
}
// ANCHOR_END: exercise_skipped
