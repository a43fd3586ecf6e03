//! Chapter 11: loops, branches and parameter structs; backpropagation through time.
//!
//! In: a small recurrent network as a `#[derive(Params)]` struct, a sequence and a target; a
//! deep network whose layers are a `Vec`; a normalization written element by element; a
//! piecewise loss with a branch. Out: their generated backward passes, gradients checked by the
//! checker, and backpropagation through time written by hand for a scalar recurrence.

use backprop::prelude::*;

// ANCHOR: rnn
/// An Elman network: the hidden state `h` is updated once per time step from the input column
/// and the previous state, then read out once at the end.
#[derive(Clone, Debug, Params)]
pub struct Elman {
    /// Input weights, hidden × inputs.
    pub input: DMatrix<f64>,
    /// Recurrent weights, hidden × hidden: the same matrix at every step.
    pub recurrent: DMatrix<f64>,
    /// Hidden bias.
    pub bias: DVector<f64>,
    /// Read-out weights, outputs × hidden.
    pub output: DMatrix<f64>,
}

/// The squared error of the read-out after the whole sequence (one column per time step).
#[differentiable(wrt(p))]
pub fn rnn_loss(p: &Elman, xs: &DMatrix<f64>, target: &DMatrix<f64>) -> f64 {
    let mut h = DMatrix::zeros(p.recurrent.nrows(), 1);
    for t in 0..xs.ncols() {
        let x = xs.columns(t, 1).into_owned();
        h = tanh(&add_bias(&(&p.input * &x + &p.recurrent * &h), &p.bias));
    }
    mse(&(&p.output * &h), target)
}
// ANCHOR_END: rnn

/// A network with 2 inputs, 4 hidden units and 1 output, and a sequence of 6 steps.
pub fn point() -> (Elman, DMatrix<f64>, DMatrix<f64>) {
    let p = Elman {
        input: DMatrix::from_fn(4, 2, |i, j| ((2 * i + j) as f64 * 0.9).sin() * 0.6),
        recurrent: DMatrix::from_fn(4, 4, |i, j| ((4 * i + j) as f64 * 1.7).cos() * 0.4),
        bias: DVector::from_fn(4, |i, _| 0.05 * i as f64),
        output: DMatrix::from_fn(1, 4, |_, j| 0.5 - 0.3 * j as f64),
    };
    let xs = DMatrix::from_fn(2, 6, |i, t| ((3 * t + i) as f64 * 0.6).sin());
    (p, xs, DMatrix::from_element(1, 1, 0.3))
}

// ANCHOR: layers
/// One dense layer.
#[derive(Clone, Debug, Params)]
pub struct Layer {
    /// Weights, outputs × inputs.
    pub w: DMatrix<f64>,
    /// Bias.
    pub b: DVector<f64>,
}

/// A network of any depth: its layers in a `Vec`.
#[derive(Clone, Debug, Params)]
pub struct Deep {
    /// The layers, first to last.
    pub layers: Vec<Layer>,
}

/// The squared error of a deep tanh network, written as a loop over its layers.
#[differentiable(wrt(net))]
pub fn deep_loss(net: &Deep, x: &DMatrix<f64>, y: &DMatrix<f64>) -> f64 {
    let mut h = x.clone();
    for layer in &net.layers {
        h = tanh(&add_bias(&(&layer.w * &h), &layer.b));
    }
    mse(&h, y)
}
// ANCHOR_END: layers

// ANCHOR: norm_by_hand
/// Layer normalization written element by element: each column (one sample) is centred on its
/// mean and scaled by its standard deviation. The closure captures `mu`.
#[differentiable]
pub fn normalized(x: &DMatrix<f64>) -> DMatrix<f64> {
    let mut out = x.clone();
    for j in 0..x.ncols() {
        let col = x.column(j).into_owned();
        let mu = col.mean();
        let sd = (col.map(|v| (v - mu).powi(2)).mean() + 1e-5).sqrt();
        for i in 0..x.nrows() {
            out[(i, j)] = (x[(i, j)] - mu) / sd;
        }
    }
    out
}
// ANCHOR_END: norm_by_hand

/// A network of three layers (3 → 5 → 4 → 2), a batch of 4 samples and its targets.
pub fn deep_point() -> (Deep, DMatrix<f64>, DMatrix<f64>) {
    let sizes = [3, 5, 4, 2];
    let layers = sizes
        .windows(2)
        .enumerate()
        .map(|(k, pair)| Layer {
            w: DMatrix::from_fn(pair[1], pair[0], |i, j| ((7 * k + 3 * i + j) as f64).sin() * 0.6),
            b: DVector::from_fn(pair[1], |i, _| 0.1 * i as f64 - 0.1 * k as f64),
        })
        .collect();
    let x = DMatrix::from_fn(3, 4, |i, j| ((i + 3 * j) as f64 * 0.6).sin());
    let y = DMatrix::from_fn(2, 4, |i, j| ((2 * i + j) as f64 * 0.8).cos() * 0.5);
    (Deep { layers }, x, y)
}

// ANCHOR: branch
/// The Huber loss of a residual: quadratic near zero, linear beyond `delta`. The branch taken
/// at this point is the one the backward pass differentiates.
#[differentiable(wrt(r))]
pub fn huber(r: f64, delta: f64) -> f64 {
    if r.abs() <= delta { 0.5 * r * r } else { delta * (r.abs() - 0.5 * delta) }
}
// ANCHOR_END: branch

// ANCHOR: exercise_bptt
/// Exercise 1: a scalar recurrence `h_t = tanh(w·h_(t−1) + x_t)`, `h_0 = 0`, loss `h_T`. Its
/// derivative by backpropagation through time, by hand: walk the steps backwards carrying
/// `d_h`, and add each step's contribution `d_pre·h_(t−1)` to `d_w` (w is used at every step).
#[differentiable(wrt(w))]
pub fn scalar_rnn(w: f64, xs: &DVector<f64>) -> f64 {
    let mut h = 0.0;
    for t in 0..xs.len() {
        h = (w * h + xs[t]).tanh();
    }
    h
}

/// `d(h_T)/dw` by hand.
pub fn scalar_rnn_by_hand(w: f64, xs: &DVector<f64>) -> f64 {
    let mut states = vec![0.0];
    for x in xs.iter() {
        let previous = states[states.len() - 1];
        states.push((w * previous + x).tanh());
    }
    let (mut d_h, mut d_w) = (1.0, 0.0);
    for t in (1..states.len()).rev() {
        let d_pre = d_h * (1.0 - states[t] * states[t]);
        d_w += d_pre * states[t - 1];
        d_h = d_pre * w;
    }
    d_w
}
// ANCHOR_END: exercise_bptt

// ANCHOR: exercise_mlp
/// Exercise 2: a two-layer network as a parameter struct. Its gradient is a `Mlp` too, so an
/// optimizer can walk both with the same code.
#[derive(Clone, Debug, Params)]
pub struct Mlp {
    /// First layer weights, hidden × inputs.
    pub w1: DMatrix<f64>,
    /// First layer bias.
    pub b1: DVector<f64>,
    /// Second layer weights, classes × hidden.
    pub w2: DMatrix<f64>,
    /// Second layer bias.
    pub b2: DVector<f64>,
}

/// Mean cross-entropy of the two-layer network on a batch.
#[differentiable(wrt(p))]
pub fn mlp_loss(p: &Mlp, x: &DMatrix<f64>, labels: &[usize]) -> f64 {
    let h = relu(&add_bias(&(&p.w1 * x), &p.b1));
    cross_entropy(&add_bias(&(&p.w2 * h), &p.b2), labels)
}
// ANCHOR_END: exercise_mlp
