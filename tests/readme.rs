//! The README shows real output: its fifteen-line example runs (as a doctest of the crate), and
//! the backward pass it prints is the one the macro writes today.

use backprop::prelude::*;

#[differentiable]
fn loss(w: &DMatrix<f64>, b: &DVector<f64>, x: &DMatrix<f64>, y: &DMatrix<f64>) -> f64 {
    let z = add_bias(&(w * x), b);
    let h = sigmoid(&z);
    mse(&h, y)
}

/// The `pullback` function of a module's `SOURCE`: the forward pass and the backward pass.
fn pullback_of(source: &str) -> &str {
    let start = source.find("pub fn pullback").unwrap_or(0);
    let end = source[start..].find("\n}\n").map_or(source.len(), |end| start + end + 2);
    &source[start..end]
}

#[test]
fn the_readme_shows_the_backward_pass_the_macro_writes() {
    let readme = include_str!("../README.md");
    let pullback = pullback_of(loss::SOURCE);
    // The code block ends where the function does: nothing else is pasted into it.
    let block = format!("{pullback}\n```");
    assert!(readme.contains(&block), "update the README's backward pass to:\n{pullback}");
}

#[test]
fn the_readme_example_passes_its_check() {
    let (w, b) = (DMatrix::from_element(2, 3, 0.1), DVector::from_element(2, 0.0));
    let (x, y) = (DMatrix::from_element(3, 4, 0.5), DMatrix::from_element(2, 4, 1.0));
    let report = loss::check(&w, &b, &x, &y);
    assert!(report.passed(), "{report}");
    println!("{report}");
    for scale in [0.3, -0.7, 1.9] {
        let w = DMatrix::from_fn(2, 3, |i, j| scale * ((i * 3 + j) as f64).sin());
        let x = DMatrix::from_fn(3, 4, |i, j| scale * ((i + 2 * j) as f64).cos());
        let report = loss::check(&w, &b, &x, &y);
        assert!(report.passed(), "at scale {scale}:\n{report}");
    }
}
