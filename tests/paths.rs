//! Calls by path inside `#[differentiable]` bodies: another module's differentiable function
//! (`layers::dense`), a rule through the crate's path (`backprop::ops::tanh`), and a parameter
//! named like a function of the same module.

use backprop::prelude::*;

mod layers {
    use backprop::prelude::*;

    #[differentiable]
    pub fn dense(w: &DMatrix<f64>, b: &DVector<f64>, x: &DMatrix<f64>) -> DMatrix<f64> {
        add_bias(&(w * x), b)
    }
}

#[differentiable(wrt(w, b))]
fn through_paths(w: &DMatrix<f64>, b: &DVector<f64>, x: &DMatrix<f64>) -> f64 {
    let z = layers::dense(w, b, x);
    backprop::ops::tanh(&z).norm_squared()
}

#[differentiable]
fn square(v: f64) -> f64 {
    v * v
}

#[differentiable]
fn uses(a: f64, b: f64) -> f64 {
    square(a) * b
}

#[differentiable]
fn a(t: f64) -> f64 {
    t.sin()
}

#[test]
fn module_and_crate_paths_are_called() {
    let w = DMatrix::from_fn(3, 2, |i, j| 0.2 * i as f64 - 0.3 * j as f64 + 0.1);
    let b = DVector::from_column_slice(&[0.1, -0.1, 0.05]);
    let x = DMatrix::from_fn(2, 4, |i, j| 0.5 * i as f64 - 0.25 * j as f64);
    let report = through_paths::check(&w, &b, &x);
    assert!(report.passed(), "{report}");
}

#[test]
fn a_parameter_named_like_a_function_stays_the_parameter() {
    let (value, _) = uses::grad(1.5, -2.0);
    assert!((value - uses(1.5, -2.0)).abs() < 1e-15);
    let report = uses::check(1.5, -2.0);
    assert!(report.passed(), "{report}");
    assert!(a::check(0.3).passed());
}

#[differentiable]
fn by_type_path(x: f64, y: f64) -> f64 {
    f64::exp(x) * f64::powi(y, 3) + f64::max(x, y)
}

#[test]
fn a_method_called_through_its_type_is_the_method() {
    let report = by_type_path::check(0.4, -1.3);
    assert!(report.passed(), "{report}");
    assert!(by_type_path::SOURCE.contains("rules::exp("), "{}", by_type_path::SOURCE);
}
