//! Chapter 4: the backward pass of one neuron, by hand and by `#[differentiable]`.
//!
//! In: the neuron of chapter 2 at one point. Out: its gradient derived by hand line by line,
//! the gradient the macro generated, and the checker's verdict on both.

use backprop::prelude::*;

// ANCHOR: differentiable
/// One neuron with two inputs and a squared error, each step on a line of its own.
#[differentiable(wrt(w1, w2, b))]
pub fn neuron(w1: f64, w2: f64, b: f64, x1: f64, x2: f64, y: f64) -> f64 {
    let z = w1 * x1 + w2 * x2 + b;
    let a = 1.0 / (1.0 + (-z).exp());
    let e = a - y;
    e * e
}
// ANCHOR_END: differentiable

// ANCHOR: by_hand
/// The backward pass written by hand: the forward lines, then their derivatives in reverse.
/// Returns the loss and (∂L/∂w1, ∂L/∂w2, ∂L/∂b).
pub fn neuron_by_hand(w1: f64, w2: f64, b: f64, x1: f64, x2: f64, y: f64) -> (f64, [f64; 3]) {
    let z = w1 * x1 + w2 * x2 + b;
    let a = 1.0 / (1.0 + (-z).exp());
    let e = a - y;
    let loss = e * e;

    let d_e = 2.0 * e; // loss = e²
    let d_a = d_e; // e = a − y
    let d_z = d_a * a * (1.0 - a); // a = σ(z), σ' = σ(1 − σ)
    let d_w1 = d_z * x1; // z = w1·x1 + w2·x2 + b
    let d_w2 = d_z * x2;
    let d_b = d_z;
    (loss, [d_w1, d_w2, d_b])
}
// ANCHOR_END: by_hand

/// The point of the chapter: the neuron of chapter 2.
pub const POINT: [f64; 6] = [0.5, -0.3, 0.1, 1.0, 2.0, 1.0];

/// The numbers the chapter prints: both gradients and the checker's verdict on the generated one.
pub fn output() -> String {
    let [w1, w2, b, x1, x2, y] = POINT;
    // ANCHOR: use
    let (loss, grad) = neuron::grad(w1, w2, b, x1, x2, y);
    let report = neuron::check(w1, w2, b, x1, x2, y);
    // ANCHOR_END: use
    let (_, by_hand) = neuron_by_hand(w1, w2, b, x1, x2, y);
    format!(
        "loss = {loss:.6}\n\
         generated: d_w1 = {:.6}  d_w2 = {:.6}  d_b = {:.6}\n\
         by hand:   d_w1 = {:.6}  d_w2 = {:.6}  d_b = {:.6}\n\n{report}",
        grad.w1, grad.w2, grad.b, by_hand[0], by_hand[1], by_hand[2]
    )
}

// ANCHOR: exercise_tanh
/// Exercise 1: the same neuron with tanh as its activation. By hand: tanh' = 1 − tanh², so
/// ∂L/∂z = 2e·(1 − a²).
#[differentiable(wrt(w1, w2, b))]
pub fn tanh_neuron(w1: f64, w2: f64, b: f64, x1: f64, x2: f64, y: f64) -> f64 {
    let z = w1 * x1 + w2 * x2 + b;
    let a = z.tanh();
    let e = a - y;
    e * e
}

/// The hand-derived gradient of [`tanh_neuron`] with respect to (w1, w2, b).
pub fn tanh_neuron_by_hand(w1: f64, w2: f64, b: f64, x1: f64, x2: f64, y: f64) -> [f64; 3] {
    let a = (w1 * x1 + w2 * x2 + b).tanh();
    let d_z = 2.0 * (a - y) * (1.0 - a * a);
    [d_z * x1, d_z * x2, d_z]
}
// ANCHOR_END: exercise_tanh

// ANCHOR: exercise_inputs
/// Exercise 2: the gradient with respect to the inputs, which is what a layer *below* this
/// neuron would receive. By hand: ∂L/∂x1 = ∂L/∂z · w1.
#[differentiable(wrt(x1, x2))]
pub fn neuron_wrt_inputs(w1: f64, w2: f64, b: f64, x1: f64, x2: f64, y: f64) -> f64 {
    let z = w1 * x1 + w2 * x2 + b;
    let a = 1.0 / (1.0 + (-z).exp());
    let e = a - y;
    e * e
}
// ANCHOR_END: exercise_inputs
