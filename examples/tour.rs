//! A short tour: a function, the backward pass the macro wrote for it, its gradient, and the
//! finite-difference checker's verdict on that gradient, right and then deliberately wrong.
//!
//! Run with `cargo run --release --example tour`.

use backprop::prelude::*;

/// A one-layer classifier's loss: logits `W·x + b`, softmax cross-entropy against the labels.
#[differentiable(wrt(w, b))]
fn loss(w: &DMatrix<f64>, b: &DVector<f64>, x: &DMatrix<f64>, labels: &[usize]) -> f64 {
    let logits = add_bias(&(w * x), b);
    cross_entropy(&logits, labels)
}

/// Runs the tour; public so that `tests/examples.rs` can run it too.
pub fn main() {
    // Three classes, four features, a batch of six samples (one per column).
    let w = DMatrix::from_fn(3, 4, |i, j| ((i * 4 + j) as f64 * 0.7).sin() * 0.5);
    let b = DVector::from_vec(vec![0.1, -0.2, 0.05]);
    let x = DMatrix::from_fn(4, 6, |i, j| ((i + 3 * j) as f64 * 0.45).cos());
    let labels = [0, 1, 2, 2, 1, 0];

    println!("The function, as written:\n");
    println!("    let logits = add_bias(&(w * x), b);");
    println!("    cross_entropy(&logits, labels)\n");

    let vjp = loss::SOURCE
        .split("pub fn vjp")
        .nth(1)
        .and_then(|rest| rest.split("\n}\n").next())
        .unwrap_or(loss::SOURCE);
    println!("Its backward pass, written by #[differentiable] (from loss::SOURCE):\n");
    println!("pub fn vjp{vjp}\n}}\n");

    let (value, grad) = loss::grad(&w, &b, &x, &labels);
    println!("loss = {value:.6}");
    println!("d loss / d b = {:.6?}\n", grad.b.as_slice());

    let report = loss::check(&w, &b, &x, &labels);
    println!("The checker on the generated gradient:\n{report}");
    assert!(report.passed(), "the generated gradient should pass its check");

    // The same check on a gradient with one element wrong by 1 %.
    let mut wrong = grad.w.clone();
    wrong[(1, 2)] *= 1.01;
    let flat: Vec<f64> = wrong.iter().copied().collect();
    let report = backprop::check::gradient(
        |p: &[f64]| loss(&DMatrix::from_column_slice(3, 4, p), &b, &x, &labels),
        w.as_slice(),
        &flat,
    );
    println!("The checker on a gradient with x[7] (that is w[1,2]) off by 1 %:\n{report}");
    assert!(!report.passed(), "the checker should catch the 1 % error");
}
