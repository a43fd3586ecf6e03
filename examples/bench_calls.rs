//! What does the generated code cost when a network is written the way a learner writes it:
//! as layer functions calling helpers, and as loops? Prints one table, every row from the same
//! run, medians of interleaved rounds:
//!
//! - the 784-128-10 MLP (relu, softmax cross-entropy) in four configurations: forward, the
//!   generated gradient, a hand-written nalgebra gradient, and a training step (gradient + SGD)
//!   with each;
//! - the same MLP (batch 64, f64) as one flat function, as `dense` layer calls, and as layers
//!   calling `dense` calling a helper (3 deep);
//! - an Elman RNN (hidden 32) over T = 10, 100, 1000 steps: time per step of the forward pass,
//!   the generated gradient and a hand-written backpropagation through time, with two scales of
//!   recurrent weights (one where the gradient vanishes over the steps, one where it does not);
//! - the learner programs of issue 8's "Why" table (a tanh MLP four ways, an RNN two ways, batch
//!   and layer normalization by hand, polynomial regression) and three programs that save their
//!   residuals (Huber with an `if` in a `map` and in a loop, a nonlinear `map`): forward, generated gradient, their ratio
//!   beside the ratio the issue first measured. Each gradient passes its finite-difference check
//!   before it is timed.
//!
//! Run with `cargo run --release --example bench_calls [rounds] [part]` (default 60 rounds; with
//! `part`, only the MLP rows whose label contains it, e.g. `"batch 1"`, or the `forms`, the
//! `rnn` or the `learner` table, for profiling).

use std::hint::black_box;
use std::time::{Duration, Instant};

use backprop::Float;
use backprop::prelude::*;

// ---- the MLP as one flat function ------------------------------------------------------------

#[differentiable(wrt(w1, b1, w2, b2))]
fn flat(
    w1: &DMatrix<f64>,
    b1: &DVector<f64>,
    w2: &DMatrix<f64>,
    b2: &DVector<f64>,
    x: &DMatrix<f64>,
    labels: &[usize],
) -> f64 {
    let h = relu(&add_bias(&(w1 * x), b1));
    cross_entropy(&add_bias(&(w2 * &h), b2), labels)
}

#[differentiable(wrt(w1, b1, w2, b2))]
fn flat_f32(
    w1: &DMatrix<f32>,
    b1: &DVector<f32>,
    w2: &DMatrix<f32>,
    b2: &DVector<f32>,
    x: &DMatrix<f32>,
    labels: &[usize],
) -> f32 {
    let h = relu(&add_bias(&(w1 * x), b1));
    cross_entropy(&add_bias(&(w2 * &h), b2), labels)
}

// ---- the MLP as layer calls ------------------------------------------------------------------

/// One layer's parameters.
#[derive(Params, Clone, Debug)]
struct Layer {
    w: DMatrix<f64>,
    b: DVector<f64>,
}

/// The two layers.
#[derive(Params, Clone, Debug)]
struct Mlp {
    first: Layer,
    second: Layer,
}

#[differentiable]
fn dense(w: &DMatrix<f64>, b: &DVector<f64>, x: &DMatrix<f64>) -> DMatrix<f64> {
    add_bias(&(w * x), b)
}

#[differentiable(wrt(p))]
fn layered(p: &Mlp, x: &DMatrix<f64>, labels: &[usize]) -> f64 {
    let h = relu(&dense(&p.first.w, &p.first.b, x));
    cross_entropy(&dense(&p.second.w, &p.second.b, &h), labels)
}

// ---- the MLP 3 deep: loss → model → layer → dense → helper -------------------------------------

#[differentiable]
fn affine(w: &DMatrix<f64>, x: &DMatrix<f64>) -> DMatrix<f64> {
    w * x
}

#[differentiable]
fn dense_helper(w: &DMatrix<f64>, b: &DVector<f64>, x: &DMatrix<f64>) -> DMatrix<f64> {
    add_bias(&affine(w, x), b)
}

#[differentiable]
fn layer(l: &Layer, x: &DMatrix<f64>) -> DMatrix<f64> {
    dense_helper(&l.w, &l.b, x)
}

#[differentiable]
fn model(p: &Mlp, x: &DMatrix<f64>) -> DMatrix<f64> {
    let h = relu(&layer(&p.first, x));
    layer(&p.second, &h)
}

#[differentiable(wrt(p))]
fn deep(p: &Mlp, x: &DMatrix<f64>, labels: &[usize]) -> f64 {
    cross_entropy(&model(p, x), labels)
}

// ---- the Elman RNN -----------------------------------------------------------------------------

/// An Elman network's parameters.
#[derive(Params, Clone, Debug)]
struct Elman {
    input: DMatrix<f64>,
    recurrent: DMatrix<f64>,
    bias: DVector<f64>,
    output: DMatrix<f64>,
}

#[differentiable(wrt(p))]
fn rnn(p: &Elman, xs: &DMatrix<f64>, target: &DMatrix<f64>) -> f64 {
    let mut h = DMatrix::zeros(p.recurrent.nrows(), 1);
    for t in 0..xs.ncols() {
        let x = xs.columns(t, 1).into_owned();
        h = tanh(&add_bias(&(&p.input * &x + &p.recurrent * &h), &p.bias));
    }
    mse(&(&p.output * &h), target)
}

// ---- the learner programs (issue 8, "Why") -------------------------------------------

/// The three layers of the 64→128→128→10 tanh MLP.
#[derive(Params, Clone, Debug)]
struct Tanh3 {
    first: Layer,
    second: Layer,
    third: Layer,
}

/// The tanh MLP as one flat function.
#[differentiable(wrt(p))]
fn tanh_flat(p: &Tanh3, x: &DMatrix<f64>, y: &DMatrix<f64>) -> f64 {
    let h1 = tanh(&add_bias(&(&p.first.w * x), &p.first.b));
    let h2 = tanh(&add_bias(&(&p.second.w * &h1), &p.second.b));
    mse(&add_bias(&(&p.third.w * &h2), &p.third.b), y)
}

/// The tanh MLP as a loss calling `dense` three times.
#[differentiable(wrt(p))]
fn tanh_dense(p: &Tanh3, x: &DMatrix<f64>, y: &DMatrix<f64>) -> f64 {
    let h1 = tanh(&dense(&p.first.w, &p.first.b, x));
    let h2 = tanh(&dense(&p.second.w, &p.second.b, &h1));
    mse(&dense(&p.third.w, &p.third.b, &h2), y)
}

/// The model of the tanh MLP: `dense`, `tanh`, `dense`, `tanh`, `dense`.
#[differentiable]
fn tanh_model(p: &Tanh3, x: &DMatrix<f64>) -> DMatrix<f64> {
    let h1 = tanh(&dense(&p.first.w, &p.first.b, x));
    let h2 = tanh(&dense(&p.second.w, &p.second.b, &h1));
    dense(&p.third.w, &p.third.b, &h2)
}

/// The loss of the model, as a learner structures it: loss → model → dense.
#[differentiable(wrt(p))]
fn tanh_loss(p: &Tanh3, x: &DMatrix<f64>, y: &DMatrix<f64>) -> f64 {
    mse(&tanh_model(p, x), y)
}

/// An L2-regularized objective over that loss: objective → loss → model → dense.
#[differentiable(wrt(p))]
fn tanh_objective(p: &Tanh3, x: &DMatrix<f64>, y: &DMatrix<f64>) -> f64 {
    let decay = p.first.w.norm_squared() + p.second.w.norm_squared() + p.third.w.norm_squared();
    tanh_loss(p, x, y) + 1e-4 * decay
}

/// One step of the Elman cell, as its own function.
#[differentiable]
fn elman_cell(p: &Elman, x: &DMatrix<f64>, h: &DMatrix<f64>) -> DMatrix<f64> {
    tanh(&add_bias(&(&p.input * x + &p.recurrent * h), &p.bias))
}

/// The Elman RNN of [`rnn`] with the cell called once per step.
#[differentiable(wrt(p))]
fn rnn_cells(p: &Elman, xs: &DMatrix<f64>, target: &DMatrix<f64>) -> f64 {
    let mut h = DMatrix::zeros(p.recurrent.nrows(), 1);
    for t in 0..xs.ncols() {
        let x = xs.columns(t, 1).into_owned();
        h = elman_cell(p, &x, &h);
    }
    mse(&(&p.output * &h), target)
}

/// Batch normalization by hand, a loop over the rows (features), each element written, then a
/// squared error.
#[differentiable(wrt(x, gamma, beta))]
fn batch_norm_loss(
    x: &DMatrix<f64>,
    gamma: &DVector<f64>,
    beta: &DVector<f64>,
    y: &DMatrix<f64>,
) -> f64 {
    let (d, n) = (x.nrows(), x.ncols());
    let mut out = DMatrix::zeros(d, n);
    for i in 0..d {
        let row = x.row(i).into_owned();
        let mu = row.mean();
        let var = row.map(|v| (v - mu).powi(2)).mean();
        for j in 0..n {
            out[(i, j)] = gamma[i] * (x[(i, j)] - mu) / (var + 1e-5).sqrt() + beta[i];
        }
    }
    mse(&out, y)
}

/// Layer normalization by hand, a loop over the columns (samples), then a squared error.
#[differentiable(wrt(x))]
fn layer_norm_loss(x: &DMatrix<f64>, y: &DMatrix<f64>) -> f64 {
    let mut out = x.clone();
    for j in 0..x.ncols() {
        let col = x.column(j).into_owned();
        let mu = col.mean();
        let sd = (col.map(|v| (v - mu).powi(2)).mean() + 1e-5).sqrt();
        for i in 0..x.nrows() {
            out[(i, j)] = (x[(i, j)] - mu) / sd;
        }
    }
    mse(&out, y)
}

/// Polynomial regression: the prediction is built up over the coefficients, one power at a time.
#[allow(
    clippy::cast_possible_truncation,
    clippy::cast_possible_wrap,
    reason = "a power below the number of coefficients, written as a learner writes it"
)]
#[differentiable(wrt(c))]
fn polynomial_loss(c: &DVector<f64>, xs: &DVector<f64>, ys: &DVector<f64>) -> f64 {
    let mut prediction = DVector::zeros(xs.len());
    for k in 0..c.len() {
        prediction += xs.map(|v| v.powi(k as i32)) * c[k];
    }
    (prediction - ys).norm_squared() / xs.len() as f64
}

/// A Huber loss, the `if` inside the `map` closure picking each residual's arm.
#[differentiable(wrt(pred))]
fn huber_loss(pred: &DMatrix<f64>, target: &DMatrix<f64>) -> f64 {
    let r = pred - target;
    r.map(|v| if v.abs() <= 1.0 { 0.5 * v * v } else { v.abs() - 0.5 }).mean()
}

/// The same Huber loss with the `if` in a loop over the residual's elements.
#[differentiable(wrt(pred))]
fn huber_loop(pred: &DMatrix<f64>, target: &DMatrix<f64>) -> f64 {
    let r = pred - target;
    let mut total = 0.0;
    for &v in r.iter() {
        total += if v.abs() <= 1.0 { 0.5 * v * v } else { v.abs() - 0.5 };
    }
    total / r.len() as f64
}

/// A `map` closure with a nonlinearity.
#[differentiable]
fn squashed(m: &DMatrix<f64>) -> f64 {
    m.map(|v| (v - 0.5).tanh() * v).sum()
}

// ---- the hand-written gradient -----------------------------------------------------------------

/// The gradient the way one writes it by hand with nalgebra: forward, softmax, then the chain
/// rule layer by layer.
fn hand_written<T: Float>(
    w1: &DMatrix<T>,
    b1: &DVector<T>,
    w2: &DMatrix<T>,
    b2: &DVector<T>,
    x: &DMatrix<T>,
    labels: &[usize],
) -> (T, [DMatrix<T>; 2], [DVector<T>; 2]) {
    let batch = x.ncols();
    let mut z1 = w1 * x;
    for mut column in z1.column_iter_mut() {
        column += b1;
    }
    let h = z1.map(|v| v.max(T::zero()));
    let mut z2 = w2 * &h;
    for mut column in z2.column_iter_mut() {
        column += b2;
    }
    let mut loss = T::zero();
    let mut d_z2 = z2.clone();
    for (j, mut column) in d_z2.column_iter_mut().enumerate() {
        let max = column.max();
        column.apply(|v| *v = (*v - max).exp());
        let total = column.sum();
        column /= total;
        loss -= column[labels[j]].ln();
        column[labels[j]] -= T::one();
    }
    let scale = T::one() / T::of(batch as f64);
    d_z2 *= scale;
    let d_w2 = &d_z2 * h.transpose();
    let d_b2 = d_z2.column_sum();
    let mut d_z1 = w2.transpose() * &d_z2;
    d_z1.zip_apply(&z1, |d, z| {
        if z <= T::zero() {
            *d = T::zero();
        }
    });
    let d_w1 = &d_z1 * x.transpose();
    let d_b1 = d_z1.column_sum();
    (loss * scale, [d_w1, d_w2], [d_b1, d_b2])
}

/// Backpropagation through time the way one writes it by hand with nalgebra: the forward pass
/// keeps every hidden state, the backward pass walks them in reverse. Returns the loss and the
/// gradients of `input`, `recurrent`, `bias` and `output`, in that order.
fn hand_written_rnn(
    p: &Elman,
    xs: &DMatrix<f64>,
    target: &DMatrix<f64>,
) -> (f64, [DMatrix<f64>; 3], DVector<f64>) {
    let steps = xs.ncols();
    let mut hs: Vec<DVector<f64>> = Vec::with_capacity(steps + 1);
    hs.push(DVector::zeros(p.recurrent.nrows()));
    for t in 0..steps {
        let a = &p.input * xs.column(t) + &p.recurrent * &hs[t] + &p.bias;
        hs.push(a.map(f64::tanh));
    }
    let y = &p.output * &hs[steps];
    let error = &y - target;
    let loss = error.norm_squared() / error.len() as f64;
    let d_y = error * (2.0 / y.len() as f64);
    let d_output = &d_y * hs[steps].transpose();
    let mut d_h: DVector<f64> = (p.output.transpose() * &d_y).column(0).into_owned();
    let mut d_input = DMatrix::zeros(p.input.nrows(), p.input.ncols());
    let mut d_recurrent = DMatrix::zeros(p.recurrent.nrows(), p.recurrent.ncols());
    let mut d_bias = DVector::zeros(p.bias.len());
    for t in (0..steps).rev() {
        let d_a = d_h.zip_map(&hs[t + 1], |d, h| d * (1.0 - h * h));
        d_bias += &d_a;
        d_input += &d_a * xs.column(t).transpose();
        d_recurrent += &d_a * hs[t].transpose();
        d_h = p.recurrent.transpose() * &d_a;
    }
    (loss, [d_input, d_recurrent, d_output], d_bias)
}

// ---- data --------------------------------------------------------------------------------------

/// A seeded stream of values in [-scale, scale): `SplitMix64`, enough for benchmark data.
struct Values(u64);

impl Values {
    fn bits(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9e37_79b9_7f4a_7c15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
        z ^ (z >> 31)
    }

    fn next(&mut self, scale: f64) -> f64 {
        ((self.bits() >> 11) as f64 / (1_u64 << 53) as f64 * 2.0 - 1.0) * scale
    }

    /// An index below `n` (the slight bias of a modulo does not matter for shuffling).
    fn below(&mut self, n: usize) -> usize {
        usize::try_from(self.bits() % n as u64).expect("below n, so fits in usize")
    }

    fn matrix<T: Float>(&mut self, rows: usize, cols: usize, scale: f64) -> DMatrix<T> {
        DMatrix::from_fn(rows, cols, |_, _| T::of(self.next(scale)))
    }

    fn vector<T: Float>(&mut self, len: usize, scale: f64) -> DVector<T> {
        DVector::from_fn(len, |_, _| T::of(self.next(scale)))
    }
}

/// One MLP configuration: weights, a batch and its labels.
struct Network<T: Float> {
    w1: DMatrix<T>,
    b1: DVector<T>,
    w2: DMatrix<T>,
    b2: DVector<T>,
    x: DMatrix<T>,
    labels: Vec<usize>,
}

fn network<T: Float>(inputs: usize, hidden: usize, batch: usize) -> Network<T> {
    let mut values = Values(2026);
    Network {
        w1: values.matrix(hidden, inputs, (1.0 / inputs as f64).sqrt()),
        b1: values.vector(hidden, 0.01),
        w2: values.matrix(10, hidden, (1.0 / hidden as f64).sqrt()),
        b2: values.vector(10, 0.01),
        x: values.matrix(inputs, batch, 1.0),
        labels: (0..batch).map(|i| (i * 7) % 10).collect(),
    }
}

// ---- timing ------------------------------------------------------------------------------------

/// Median time of each variant over interleaved rounds, so that a slow moment of the machine
/// hits all of them alike.
///
/// Each round runs the variants in a new (seeded) random order. In a fixed order each variant
/// always follows the same one, and what that one leaves in cache (the weights it read, the heap
/// block it just freed) changes its time: at 784-128-10 batch 1, reversing the fixed order moved
/// the generated ÷ hand-written ratio by about 8 %.
fn race(rounds: usize, variants: &mut [&mut dyn FnMut()]) -> Vec<Duration> {
    let mut times: Vec<Vec<Duration>> = vec![Vec::with_capacity(rounds); variants.len()];
    let mut shuffle = Values(rounds as u64);
    let mut order: Vec<usize> = (0..variants.len()).collect();
    for _ in 0..rounds {
        // Fisher–Yates: each variant goes to one of the places not yet given.
        for last in (1..order.len()).rev() {
            order.swap(last, shuffle.below(last + 1));
        }
        for &i in &order {
            let start = Instant::now();
            variants[i]();
            times[i].push(start.elapsed());
        }
    }
    times
        .into_iter()
        .map(|mut samples| {
            samples.sort();
            samples[samples.len() / 2]
        })
        .collect()
}

/// Counts heap allocations: outside [`blocks_allocated`] it only forwards to the system
/// allocator, so the timings are not affected beyond one check per allocation.
#[global_allocator]
static ALLOCATOR: dhat::Alloc = dhat::Alloc;

/// How many heap blocks `f` allocates (every matrix is one).
fn blocks_allocated(f: impl FnOnce()) -> u64 {
    let _counting = dhat::Profiler::builder().testing().build();
    f();
    dhat::HeapStats::get().total_blocks
}

fn micros(duration: Duration) -> f64 {
    duration.as_secs_f64() * 1e6
}

fn ratio(a: Duration, b: Duration) -> f64 {
    a.as_secs_f64() / b.as_secs_f64()
}

/// One SGD step on the four tensors.
fn sgd<T: Float>(
    params: &mut (DMatrix<T>, DVector<T>, DMatrix<T>, DVector<T>),
    grads: (&DMatrix<T>, &DVector<T>, &DMatrix<T>, &DVector<T>),
) {
    let rate = T::of(0.01);
    params.0.zip_apply(grads.0, |p, g| *p -= rate * g);
    params.1.zip_apply(grads.1, |p, g| *p -= rate * g);
    params.2.zip_apply(grads.2, |p, g| *p -= rate * g);
    params.3.zip_apply(grads.3, |p, g| *p -= rate * g);
}

/// The MLP rows of one configuration: forward, generated and hand-written gradient, and a
/// training step with each.
macro_rules! mlp_rows {
    ($rounds:expr, $label:expr, $t:ty, $loss:ident, $n:expr) => {{
        let n: &Network<$t> = $n;
        let labels = &n.labels[..];
        let mut generated_params = (n.w1.clone(), n.b1.clone(), n.w2.clone(), n.b2.clone());
        let mut hand_params = generated_params.clone();
        let times = race(
            $rounds,
            &mut [
                &mut || {
                    black_box($loss(&n.w1, &n.b1, &n.w2, &n.b2, &n.x, labels));
                },
                &mut || {
                    black_box($loss::grad(&n.w1, &n.b1, &n.w2, &n.b2, &n.x, labels));
                },
                &mut || {
                    black_box(hand_written(&n.w1, &n.b1, &n.w2, &n.b2, &n.x, labels));
                },
                &mut || {
                    let p = &generated_params;
                    let (_, g) = $loss::grad(&p.0, &p.1, &p.2, &p.3, &n.x, labels);
                    sgd(&mut generated_params, (&g.w1, &g.b1, &g.w2, &g.b2));
                },
                &mut || {
                    let p = &hand_params;
                    let (_, [d_w1, d_w2], [d_b1, d_b2]) =
                        hand_written(&p.0, &p.1, &p.2, &p.3, &n.x, labels);
                    sgd(&mut hand_params, (&d_w1, &d_b1, &d_w2, &d_b2));
                },
            ],
        );
        let [forward, generated, hand, generated_step, hand_step] = times[..] else {
            return;
        };
        let generated_blocks = blocks_allocated(|| {
            black_box($loss::grad(&n.w1, &n.b1, &n.w2, &n.b2, &n.x, labels));
        });
        let hand_blocks = blocks_allocated(|| {
            black_box(hand_written(&n.w1, &n.b1, &n.w2, &n.b2, &n.x, labels));
        });
        println!(
            "{:<34} {:>9.0} {:>9.0} {:>9.0} {:>9.0} {:>9.0} {:>9.2} {:>9.2} {:>9.2} {:>9} {:>9}",
            $label,
            micros(forward),
            micros(generated),
            micros(hand),
            micros(generated_step),
            micros(hand_step),
            ratio(generated, forward),
            ratio(generated, hand),
            ratio(generated_step, hand_step),
            generated_blocks,
            hand_blocks,
        );
    }};
}

fn main() {
    let rounds = std::env::args().nth(1).and_then(|arg| arg.parse().ok()).unwrap_or(60);
    let only = std::env::args().nth(2);
    let only = only.as_deref();
    let big64 = network::<f64>(784, 128, 64);
    let big32 = network::<f32>(784, 128, 64);
    let small64 = network::<f64>(64, 128, 32);
    let single32 = network::<f32>(784, 128, 1);

    // The gradients agree before anything is timed.
    let n = &big64;
    let (value, grad) = flat::grad(&n.w1, &n.b1, &n.w2, &n.b2, &n.x, &n.labels);
    let (hand_value, [d_w1, _], _) = hand_written(&n.w1, &n.b1, &n.w2, &n.b2, &n.x, &n.labels);
    assert!((value - hand_value).abs() < 1e-12 && (&grad.w1 - &d_w1).amax() < 1e-12);
    let mlp = Mlp {
        first: Layer { w: n.w1.clone(), b: n.b1.clone() },
        second: Layer { w: n.w2.clone(), b: n.b2.clone() },
    };
    let (_, by_layers) = layered::grad(&mlp, &n.x, &n.labels);
    let (_, by_depth) = deep::grad(&mlp, &n.x, &n.labels);
    assert!((&by_layers.p.first.w - &grad.w1).amax() < 1e-12);
    assert!((&by_depth.p.first.w - &grad.w1).amax() < 1e-12);

    println!("{rounds} interleaved rounds per group, medians, µs; release build, one thread\n");
    println!("MLP 784-128-10 (or 64-128-10), relu + softmax cross-entropy");
    println!(
        "{:<34} {:>9} {:>9} {:>9} {:>9} {:>9} {:>9} {:>9} {:>9} {:>9} {:>9}",
        "config",
        "forward",
        "gen grad",
        "hand grad",
        "gen step",
        "hand step",
        "grad/fwd",
        "gen/hand",
        "step g/h",
        "allocs g",
        "allocs h"
    );
    let wanted = |label: &str| only.is_none_or(|only| label.contains(only));
    if wanted("784-128-10 batch 64 f32") {
        mlp_rows!(rounds, "784-128-10 batch 64 f32", f32, flat_f32, &big32);
    }
    if wanted("784-128-10 batch 64 f64") {
        mlp_rows!(rounds, "784-128-10 batch 64 f64", f64, flat, &big64);
    }
    if wanted("64-128-10 batch 32 f64") {
        mlp_rows!(rounds, "64-128-10 batch 32 f64", f64, flat, &small64);
    }
    if wanted("784-128-10 batch 1 f32") {
        mlp_rows!(rounds, "784-128-10 batch 1 f32", f32, flat_f32, &single32);
    }
    if wanted("forms") {
        forms(rounds, n, &mlp);
    }
    if wanted("rnn") {
        recurrent(rounds);
    }
    if wanted("learner") {
        learner(rounds);
    }
}

/// The flat function, `dense` layer calls, and layers calling `dense` calling a helper.
fn forms(rounds: usize, n: &Network<f64>, mlp: &Mlp) {
    println!("\nThe same MLP (784-128-10, batch 64, f64) written three ways");
    println!("{:<34} {:>9} {:>9} {:>9} {:>12}", "form", "forward", "grad", "grad/fwd", "grad/flat");
    let labels = &n.labels[..];
    let times = race(
        rounds,
        &mut [
            &mut || {
                black_box(flat(&n.w1, &n.b1, &n.w2, &n.b2, &n.x, labels));
            },
            &mut || {
                black_box(flat::grad(&n.w1, &n.b1, &n.w2, &n.b2, &n.x, labels));
            },
            &mut || {
                black_box(layered(mlp, &n.x, labels));
            },
            &mut || {
                black_box(layered::grad(mlp, &n.x, labels));
            },
            &mut || {
                black_box(deep(mlp, &n.x, labels));
            },
            &mut || {
                black_box(deep::grad(mlp, &n.x, labels));
            },
        ],
    );
    for (form, pair) in
        ["one flat function", "dense layer calls", "layer → dense → helper (3 deep)"]
            .iter()
            .zip(times.chunks(2))
    {
        println!(
            "{form:<34} {:>9.0} {:>9.0} {:>9.2} {:>12.2}",
            micros(pair[0]),
            micros(pair[1]),
            ratio(pair[1], pair[0]),
            ratio(pair[1], times[1]),
        );
    }
}

/// The Elman RNN over 10, 100 and 1000 steps, with recurrent weights in ±0.15 (spectral radius
/// about 0.5: the adjoint of `h` halves with each step back, and after some 1000 steps it is a
/// subnormal float) and in ±0.45 (no vanishing), generated and hand-written.
fn recurrent(rounds: usize) {
    println!("\nElman RNN, 8 inputs, hidden 32, f64: µs per step");
    println!(
        "{:<34} {:>9} {:>9} {:>9} {:>9} {:>9} {:>9} {:>9}",
        "recurrent weights, steps T",
        "fwd",
        "gen grad",
        "hand grad",
        "gen/hand",
        "grad/fwd",
        "gen vs 10",
        "hand vs 10"
    );
    for (label, scale) in [("±0.15 (vanishing)", 0.15), ("±0.45", 0.45)] {
        let mut values = Values(7);
        let elman = Elman {
            input: values.matrix(32, 8, 0.3),
            recurrent: values.matrix(32, 32, scale),
            bias: values.vector(32, 0.01),
            output: values.matrix(1, 32, 0.2),
        };
        let target = DMatrix::from_element(1, 1, 0.5);
        let mut at_10 = None;
        for steps in [10, 100, 1000] {
            let xs: DMatrix<f64> = values.matrix(8, steps, 1.0);
            // The two gradients agree before anything is timed.
            let (value, generated) = rnn::grad(&elman, &xs, &target);
            let (hand_value, [d_input, d_recurrent, d_output], d_bias) =
                hand_written_rnn(&elman, &xs, &target);
            // Relative to each gradient's largest entry: over 1000 steps the two orders of
            // summation round differently.
            let close = |a: &DMatrix<f64>, b: &DMatrix<f64>| (a - b).amax() <= 1e-9 * b.amax();
            assert!(
                (value - hand_value).abs() <= 1e-12 * hand_value.abs()
                    && close(&generated.p.input, &d_input)
                    && close(&generated.p.recurrent, &d_recurrent)
                    && close(&generated.p.output, &d_output)
                    && (&generated.p.bias - &d_bias).amax() <= 1e-9 * d_bias.amax(),
                "the generated and hand-written RNN gradients differ at T = {steps}"
            );
            let times = race(
                rounds,
                &mut [
                    &mut || {
                        black_box(rnn(&elman, &xs, &target));
                    },
                    &mut || {
                        black_box(rnn::grad(&elman, &xs, &target));
                    },
                    &mut || {
                        black_box(hand_written_rnn(&elman, &xs, &target));
                    },
                ],
            );
            let per_step = |time: Duration| micros(time) / steps as f64;
            let (base_generated, base_hand) =
                *at_10.get_or_insert((per_step(times[1]), per_step(times[2])));
            println!(
                "{:<34} {:>9.2} {:>9.2} {:>9.2} {:>9.2} {:>9.2} {:>9.2} {:>9.2}",
                format!("{label}, {steps}"),
                per_step(times[0]),
                per_step(times[1]),
                per_step(times[2]),
                ratio(times[1], times[2]),
                ratio(times[1], times[0]),
                per_step(times[1]) / base_generated,
                per_step(times[2]) / base_hand,
            );
        }
    }
}

/// One row of the learner table: the gradient is checked by finite differences first, then the
/// forward pass and the generated gradient race.
fn learner_row(
    rounds: usize,
    label: &str,
    first_measured: Option<f64>,
    report: &backprop::check::Report,
    forward: &mut dyn FnMut(),
    grad: &mut dyn FnMut(),
) {
    assert!(report.passed(), "the generated gradient of `{label}` fails its check:\n{report}");
    let times = race(rounds, &mut [forward, grad]);
    let grad_over_forward = ratio(times[1], times[0]);
    println!(
        "{label:<44} {:>9.1} {:>9.1} {:>9.2} {:>24} {:>6}",
        micros(times[0]),
        micros(times[1]),
        grad_over_forward,
        first_measured.map_or_else(|| "—".to_owned(), |first| format!("{first:.2}")),
        if grad_over_forward <= 3.0 { "yes" } else { "no" },
    );
}

/// One row of the learner table: checks `f`'s gradient at the arguments, then races `f` against
/// `f::grad` at them.
macro_rules! learner_row {
    ($rounds:expr, $label:expr, $first:expr, $f:ident($($arg:expr),*)) => {
        learner_row(
            $rounds,
            $label,
            $first,
            &$f::check($($arg),*),
            &mut || {
                black_box($f($($arg),*));
            },
            &mut || {
                black_box($f::grad($($arg),*));
            },
        )
    };
}

/// The nine programs of issue 8's "Why" table, written the way a learner writes them, and three
/// that exercise saved residuals: an `if` in a `map` closure, an `if` in a loop, and a nonlinear
/// closure.
fn learner(rounds: usize) {
    println!("\nThe issue's learner programs, grad ÷ forward (f64; each gradient checked first)");
    println!(
        "{:<44} {:>9} {:>9} {:>9} {:>24} {:>6}",
        "program", "forward", "gen grad", "grad/fwd", "first measured (issue 8)", "≤ 3×"
    );
    let mut values = Values(8);
    let mut layer = |outputs: usize, inputs: usize| Layer {
        w: values.matrix(outputs, inputs, (1.0 / inputs as f64).sqrt()),
        b: values.vector(outputs, 0.01),
    };
    let p = Tanh3 { first: layer(128, 64), second: layer(128, 128), third: layer(10, 128) };
    let x: DMatrix<f64> = values.matrix(64, 64, 1.0);
    let y: DMatrix<f64> = values.matrix(10, 64, 1.0);
    learner_mlp(rounds, &p, &x, &y);
    learner_loops(rounds, &mut values);
    learner_closures(rounds, &mut values);
}

/// The tanh MLP four ways: flat, `dense` calls, loss → model → dense, and an objective over that.
fn learner_mlp(rounds: usize, p: &Tanh3, x: &DMatrix<f64>, y: &DMatrix<f64>) {
    learner_row!(rounds, "64→128→128→10 tanh MLP, b 64, flat", Some(1.56), tanh_flat(p, x, y));
    learner_row!(rounds, "the same as loss → dense ×3", Some(2.03), tanh_dense(p, x, y));
    learner_row!(rounds, "the same as loss → model → dense", Some(8.36), tanh_loss(p, x, y));
    learner_row!(
        rounds,
        "L2 objective → loss → model → dense",
        Some(14.9),
        tanh_objective(p, x, y)
    );
}

/// The programs with loops: the RNN two ways, batch and layer normalization, the polynomial.
fn learner_loops(rounds: usize, values: &mut Values) {
    let elman = Elman {
        input: values.matrix(32, 8, 0.3),
        recurrent: values.matrix(32, 32, 0.3),
        bias: values.vector(32, 0.01),
        output: values.matrix(1, 32, 0.2),
    };
    let xs: DMatrix<f64> = values.matrix(8, 20, 1.0);
    let target = DMatrix::from_element(1, 1, 0.5);
    learner_row!(
        rounds,
        "Elman RNN, hidden 32, 20 steps, one loop",
        Some(5.5),
        rnn(&elman, &xs, &target)
    );
    learner_row!(
        rounds,
        "the same, the cell its own function",
        Some(12.9),
        rnn_cells(&elman, &xs, &target)
    );

    let m: DMatrix<f64> = values.matrix(64, 64, 1.0);
    let gamma: DVector<f64> = values.vector(64, 1.0);
    let beta: DVector<f64> = values.vector(64, 0.1);
    let target: DMatrix<f64> = values.matrix(64, 64, 1.0);
    learner_row!(
        rounds,
        "batch norm by hand (loop over rows), 64×64",
        Some(12.8),
        batch_norm_loss(&m, &gamma, &beta, &target)
    );
    learner_row!(
        rounds,
        "layer norm by hand (loop over cols), 64×64",
        Some(13.2),
        layer_norm_loss(&m, &target)
    );

    let c: DVector<f64> = values.vector(5, 1.0);
    let points: DVector<f64> = values.vector(64, 1.0);
    let observed: DVector<f64> = values.vector(64, 1.0);
    learner_row!(
        rounds,
        "polynomial regression, 5 coefficients, 64 pts",
        Some(14.0),
        polynomial_loss(&c, &points, &observed)
    );
}

/// The programs whose `if` arms and `map` closures now save their residuals.
fn learner_closures(rounds: usize, values: &mut Values) {
    // Residuals in ±2: about half the elements take each arm.
    let prediction: DMatrix<f64> = values.matrix(64, 64, 1.0);
    let truth: DMatrix<f64> = values.matrix(64, 64, 1.0);
    learner_row!(
        rounds,
        "Huber: `if` in a map closure, 64×64",
        None,
        huber_loss(&prediction, &truth)
    );
    learner_row!(
        rounds,
        "Huber: `if` in a loop over elements, 64×64",
        None,
        huber_loop(&prediction, &truth)
    );
    let big: DMatrix<f64> = values.matrix(200, 200, 1.0);
    learner_row!(rounds, "map(|v| (v - 0.5).tanh() * v), 200×200", None, squashed(&big));
}
