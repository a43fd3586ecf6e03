//! Chapter 2: the forward pass, from one neuron to a layer on a batch.
//!
//! In: weights, a bias, inputs and a target. Out: the weighted sum, the activation and the loss
//! of one neuron in plain `f64`, then the same for a layer of neurons on a batch of samples held
//! as the columns of a matrix.

use std::fmt::Write as _;

use backprop::prelude::*;

// ANCHOR: neuron
/// The logistic function σ(z) = 1 / (1 + e^(−z)), squashing any number into (0, 1).
pub fn sigma(z: f64) -> f64 {
    1.0 / (1.0 + (-z).exp())
}

/// One neuron with two inputs: weighted sum, activation, squared error against the target.
pub fn neuron(w: [f64; 2], b: f64, x: [f64; 2], y: f64) -> (f64, f64, f64) {
    let z = w[0] * x[0] + w[1] * x[1] + b;
    let a = sigma(z);
    let loss = (a - y) * (a - y);
    (z, a, loss)
}
// ANCHOR_END: neuron

// ANCHOR: layer
/// A layer of neurons on a batch: `w` is `outputs × inputs`, each column of `x` is a sample,
/// each column of `y` that sample's target.
pub fn layer_loss(w: &DMatrix<f64>, b: &DVector<f64>, x: &DMatrix<f64>, y: &DMatrix<f64>) -> f64 {
    let z = add_bias(&(w * x), b);
    let h = sigmoid(&z);
    mse(&h, y)
}
// ANCHOR_END: layer

/// The numbers the chapter prints.
pub fn output() -> String {
    let (z, a, loss) = neuron([0.5, -0.3], 0.1, [1.0, 2.0], 1.0);
    let mut out = format!("one neuron:  z = {z:.4}  a = σ(z) = {a:.4}  loss = {loss:.4}\n");
    let (w, b, x, y) = batch();
    let h = sigmoid(&add_bias(&(&w * &x), &b));
    let _ = write!(out, "a layer of 3 neurons on a batch of 4 samples: h ={h:.4}");
    let _ = writeln!(out, "loss = {:.4}", layer_loss(&w, &b, &x, &y));
    out
}

/// Three neurons, two inputs, four samples (the columns of `x`).
pub fn batch() -> (DMatrix<f64>, DVector<f64>, DMatrix<f64>, DMatrix<f64>) {
    let w = DMatrix::from_row_slice(3, 2, &[0.5, -0.3, 0.8, 0.2, -0.6, 0.4]);
    let b = DVector::from_vec(vec![0.1, 0.0, -0.2]);
    let x = DMatrix::from_row_slice(2, 4, &[1.0, 0.0, -1.0, 0.5, 2.0, 1.0, 0.0, -0.5]);
    let y = DMatrix::from_row_slice(
        3,
        4,
        &[1.0, 0.0, 0.0, 1.0, 0.0, 1.0, 1.0, 0.0, 1.0, 0.0, 1.0, 0.0],
    );
    (w, b, x, y)
}

// ANCHOR: exercise_column
/// Exercise 1: the layer on a batch is the neuron on each sample: row `i`, column `j` of the
/// layer's activations is `neuron` with row `i` of the weights on column `j` of the inputs.
pub fn neuron_of_the_layer(i: usize, j: usize) -> f64 {
    let (w, b, x, _) = batch();
    let (_, a, _) = neuron([w[(i, 0)], w[(i, 1)]], b[i], [x[(0, j)], x[(1, j)]], 0.0);
    a
}
// ANCHOR_END: exercise_column

// ANCHOR: exercise_two_layers
/// Exercise 2: two layers, 2 → 3 → 1, on the same batch: the second layer's input is the first
/// layer's output.
pub fn two_layer_output(
    w1: &DMatrix<f64>,
    b1: &DVector<f64>,
    w2: &DMatrix<f64>,
    b2: &DVector<f64>,
    x: &DMatrix<f64>,
) -> DMatrix<f64> {
    let h = sigmoid(&add_bias(&(w1 * x), b1));
    sigmoid(&add_bias(&(w2 * h), b2))
}
// ANCHOR_END: exercise_two_layers
