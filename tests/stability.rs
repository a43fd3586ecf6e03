//! Softmax, log-softmax, cross-entropy and sigmoid at logits of ±1000, in f64 and f32.
//!
//! Each column's maximum is subtracted before exponentiating, so the values and the adjoints stay
//! finite and exact where a naive `e^z` overflows to ∞ (and ∞/∞ gives NaN). The expected values
//! are closed forms: with logits `(1000, 999, −1000)`, `e^(−2000)` underflows to 0 and
//! `ln softmax = (−c, −1 − c, −2000 − c)` with `c = ln(1 + e^(−1))`.

use backprop::Float;
use backprop::nalgebra::DMatrix;
use backprop::ops::{cross_entropy, log_softmax, sigmoid, softmax};

/// Columns `(1000, 999, −1000)` and `(−1000, −1000, −1000)`.
fn extreme_logits<T: Float>() -> DMatrix<T> {
    DMatrix::from_column_slice(
        3,
        2,
        &[1000.0, 999.0, -1000.0, -1000.0, -1000.0, -1000.0].map(T::of),
    )
}

fn assert_close<T: Float>(actual: &DMatrix<T>, expected: &[f64], what: &str) {
    let tolerance = 8.0 * T::EPSILON_F64;
    for (i, (&a, &e)) in actual.iter().zip(expected).enumerate() {
        let a = a.as_f64();
        assert!(a.is_finite(), "{what}[{i}] = {a} is not finite");
        assert!((a - e).abs() <= tolerance * e.abs().max(1.0), "{what}[{i}] = {a}, expected {e}");
    }
}

fn softmax_family_is_finite_and_exact<T: Float>() {
    let z = extreme_logits::<T>();
    let c = (-1.0_f64).exp().ln_1p();
    let p = 1.0 / (1.0 + (-1.0_f64).exp());
    let third = 1.0 / 3.0;

    let s = softmax(&z);
    assert_close(&s, &[p, 1.0 - p, 0.0, third, third, third], "softmax");
    let y = log_softmax(&z);
    let log_third = -(3.0_f64.ln());
    assert_close(&y, &[-c, -1.0 - c, -2000.0 - c, log_third, log_third, log_third], "log_softmax");

    let d_y = DMatrix::from_column_slice(3, 2, &[1.0, -2.0, 0.5, 0.0, 1.0, 0.0].map(T::of));
    let d_z = softmax::back_0(&z, &s, &d_y);
    let inner = p - 2.0 * (1.0 - p);
    let expected = [p * (1.0 - inner), (1.0 - p) * (-2.0 - inner), 0.0];
    assert_close(&d_z.columns(0, 1).into_owned(), &expected, "softmax adjoint");
    let d_z = log_softmax::back_0(&z, &y, &d_y);
    assert_close(
        &d_z.columns(0, 1).into_owned(),
        &[1.0 + 0.5 * p, -2.0 + 0.5 * (1.0 - p), 0.5],
        "log_softmax adjoint",
    );

    // The labels pick the −1000 logit of the first column: a loss of 2000 + c, finite.
    let labels = [2, 0];
    let loss = cross_entropy(&z, &labels).as_f64();
    let expected_loss = f64::midpoint(2000.0 + c, 3.0_f64.ln());
    assert!((loss - expected_loss).abs() <= 8.0 * T::EPSILON_F64 * expected_loss, "loss {loss}");
    let d_z = cross_entropy::back_0(&z, &labels, &T::of(loss), &T::one());
    let expected = [p / 2.0, (1.0 - p) / 2.0, -0.5, (third - 1.0) / 2.0, third / 2.0, third / 2.0];
    assert_close(&d_z, &expected, "cross_entropy adjoint");
}

fn sigmoid_saturates_without_nan<T: Float>() {
    let z = DMatrix::from_row_slice(1, 4, &[-1000.0, -40.0, 40.0, 1000.0].map(T::of));
    let y = sigmoid(&z);
    let d_z = sigmoid::back_0(&z, &y, &DMatrix::from_element(1, 4, T::one()));
    assert!(y.iter().chain(d_z.iter()).all(|v| v.as_f64().is_finite()), "{y} {d_z}");
    assert_eq!((y[0], y[3]), (T::zero(), T::one()));
}

#[test]
fn softmax_log_softmax_and_cross_entropy_at_logits_of_1000_f64() {
    softmax_family_is_finite_and_exact::<f64>();
}

#[test]
fn softmax_log_softmax_and_cross_entropy_at_logits_of_1000_f32() {
    softmax_family_is_finite_and_exact::<f32>();
}

#[test]
fn sigmoid_at_1000_f64() {
    sigmoid_saturates_without_nan::<f64>();
}

#[test]
fn sigmoid_at_1000_f32() {
    sigmoid_saturates_without_nan::<f32>();
}
