//! One sample as a `DVector`: the activations, `softmax`, `log_softmax` and `mse` take vectors
//! as they take batches, inside `#[differentiable]` bodies too, and the generated gradients pass
//! the checker; so do the vectors the constructor errors say to build instead.

use backprop::prelude::*;

#[differentiable]
fn one_sample(w: &DMatrix<f64>, b: &DVector<f64>, x: &DVector<f64>, y: &DVector<f64>) -> f64 {
    let h = tanh(&(w * x + b));
    let s = softmax(&h);
    mse(&s, y)
}

#[differentiable]
fn every_activation(v: &DVector<f64>) -> f64 {
    let a = sigmoid(v).sum() + relu(v).sum() + exp(v).sum();
    let b = ln(&exp(v)).dot(v);
    a + b + log_softmax(v).sum() * 0.5
}

#[differentiable]
fn in_single_precision(w: &DMatrix<f32>, x: &DVector<f32>) -> f32 {
    log_softmax(&sigmoid(&(w * x))).norm_squared()
}

fn vector(values: &[f64]) -> DVector<f64> {
    DVector::from_column_slice(values)
}

#[test]
fn a_single_sample_network_is_differentiable() {
    let w = DMatrix::from_fn(3, 2, |i, j| 0.3 * i as f64 - 0.4 * j as f64 + 0.1);
    let (b, x, y) = (vector(&[0.1, -0.2, 0.3]), vector(&[0.7, -1.1]), vector(&[0.0, 1.0, 0.0]));
    let (value, grad) = one_sample::grad(&w, &b, &x, &y);
    assert!((value - one_sample(&w, &b, &x, &y)).abs() < 1e-15);
    assert_eq!((grad.w.shape(), grad.b.len(), grad.x.len()), ((3, 2), 3, 2));
    let report = one_sample::check(&w, &b, &x, &y);
    assert!(report.passed(), "{report}");
}

#[test]
fn every_activation_takes_a_vector() {
    let report = every_activation::check(&vector(&[0.3, -1.2, 2.1, 0.8]));
    assert!(report.passed(), "{report}");
}

#[test]
fn vectors_work_in_f32() {
    let w = DMatrix::from_fn(4, 3, |i, j| 0.25 * i as f32 - 0.3 * j as f32 + 0.05);
    let x = DVector::from_column_slice(&[0.5_f32, -0.7, 1.3]);
    let report = in_single_precision::check(&w, &x);
    assert!(report.passed(), "{report}");
}

/// The forms the errors name instead of a constructor with differentiable arguments.
#[differentiable]
fn built_from_scalars(a: f64, b: f64, x: &DVector<f64>) -> f64 {
    let pair =
        DVector::from_column_slice(&[1.0, 0.0]) * a + DVector::from_column_slice(&[0.0, 1.0]) * b;
    let filled = DVector::from_element(2, 1.0) * b;
    pair.dot(x) + filled.component_mul(&pair).sum()
}

#[test]
fn the_forms_the_constructor_errors_name_are_differentiable() {
    let report = built_from_scalars::check(0.4, -1.3, &vector(&[0.9, 0.2]));
    assert!(report.passed(), "{report}");
}
