//! How fast is the generated backward pass? A 784-128-10 MLP (relu, softmax cross-entropy),
//! batch 64, in f64 and f32: the generated `grad` against a hand-written nalgebra backward of the
//! same network, and against the forward pass alone.
//!
//! Run with `cargo run --release --example bench_backward`. The three variants run interleaved,
//! round after round, and the table reports medians and their ratios, so a slow moment of the
//! machine hits all three alike. Targets (DESIGN.md): generated ≤ 1.05 × hand-written, and
//! forward + backward ≤ 3 × forward.

use std::hint::black_box;
use std::time::{Duration, Instant};

use backprop::Float;
use backprop::prelude::*;

#[differentiable(wrt(w1, b1, w2, b2))]
fn mlp_loss(
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
fn mlp_loss_f32(
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

/// A seeded stream of values in [-scale, scale): `SplitMix64`, enough for benchmark data.
struct Values(u64);

impl Values {
    fn next(&mut self, scale: f64) -> f64 {
        self.0 = self.0.wrapping_add(0x9e37_79b9_7f4a_7c15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
        z ^= z >> 31;
        ((z >> 11) as f64 / (1_u64 << 53) as f64 * 2.0 - 1.0) * scale
    }

    fn matrix<T: Float>(&mut self, rows: usize, cols: usize, scale: f64) -> DMatrix<T> {
        DMatrix::from_fn(rows, cols, |_, _| T::of(self.next(scale)))
    }

    fn vector<T: Float>(&mut self, len: usize, scale: f64) -> DVector<T> {
        DVector::from_fn(len, |_, _| T::of(self.next(scale)))
    }
}

struct Network<T: Float> {
    w1: DMatrix<T>,
    b1: DVector<T>,
    w2: DMatrix<T>,
    b2: DVector<T>,
    x: DMatrix<T>,
    labels: Vec<usize>,
}

fn network<T: Float>() -> Network<T> {
    let mut values = Values(2026);
    Network {
        w1: values.matrix(128, 784, (1.0_f64 / 784.0).sqrt()),
        b1: values.vector(128, 0.01),
        w2: values.matrix(10, 128, (1.0_f64 / 128.0).sqrt()),
        b2: values.vector(10, 0.01),
        x: values.matrix(784, 64, 1.0),
        labels: (0..64).map(|i| (i * 7) % 10).collect(),
    }
}

/// Median time of each variant over interleaved rounds.
fn race(rounds: usize, variants: &mut [&mut dyn FnMut()]) -> Vec<Duration> {
    let mut times: Vec<Vec<Duration>> = vec![Vec::with_capacity(rounds); variants.len()];
    for _ in 0..rounds {
        for (variant, samples) in variants.iter_mut().zip(&mut times) {
            let start = Instant::now();
            variant();
            samples.push(start.elapsed());
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

fn micros(duration: Duration) -> f64 {
    duration.as_secs_f64() * 1e6
}

fn report(dtype: &str, times: &[Duration]) {
    let [forward, generated, hand] = times else { return };
    println!(
        "{dtype:<5} {:>11.0} {:>13.0} {:>15.0} {:>22.3} {:>22.2}",
        micros(*forward),
        micros(*generated),
        micros(*hand),
        generated.as_secs_f64() / hand.as_secs_f64(),
        generated.as_secs_f64() / forward.as_secs_f64(),
    );
}

fn main() {
    let rounds = std::env::args().nth(1).and_then(|arg| arg.parse().ok()).unwrap_or(200);
    let n64 = network::<f64>();
    let n32 = network::<f32>();

    // The two gradients agree before anything is timed.
    let (value, grad) = mlp_loss::grad(&n64.w1, &n64.b1, &n64.w2, &n64.b2, &n64.x, &n64.labels);
    let (hand_value, [d_w1, d_w2], [d_b1, d_b2]) =
        hand_written(&n64.w1, &n64.b1, &n64.w2, &n64.b2, &n64.x, &n64.labels);
    let largest_gap = [(&grad.w1, &d_w1), (&grad.w2, &d_w2)]
        .iter()
        .map(|(a, b)| (*a - *b).amax())
        .chain([(&grad.b1 - &d_b1).amax(), (&grad.b2 - &d_b2).amax()])
        .fold((value - hand_value).abs(), f64::max);
    assert!(
        largest_gap < 1e-12,
        "the generated and hand-written gradients differ by {largest_gap}"
    );

    println!(
        "784-128-10 MLP, batch 64, relu + softmax cross-entropy, {rounds} interleaved rounds (medians)"
    );
    println!(
        "dtype  forward µs  generated µs  hand-written µs  generated/hand-written  generated/forward"
    );
    let n = &n64;
    let times = race(
        rounds,
        &mut [
            &mut || {
                black_box(mlp_loss(&n.w1, &n.b1, &n.w2, &n.b2, &n.x, &n.labels));
            },
            &mut || {
                black_box(mlp_loss::grad(&n.w1, &n.b1, &n.w2, &n.b2, &n.x, &n.labels));
            },
            &mut || {
                black_box(hand_written(&n.w1, &n.b1, &n.w2, &n.b2, &n.x, &n.labels));
            },
        ],
    );
    report("f64", &times);
    let n = &n32;
    let times = race(
        rounds,
        &mut [
            &mut || {
                black_box(mlp_loss_f32(&n.w1, &n.b1, &n.w2, &n.b2, &n.x, &n.labels));
            },
            &mut || {
                black_box(mlp_loss_f32::grad(&n.w1, &n.b1, &n.w2, &n.b2, &n.x, &n.labels));
            },
            &mut || {
                black_box(hand_written(&n.w1, &n.b1, &n.w2, &n.b2, &n.x, &n.labels));
            },
        ],
    );
    report("f32", &times);
}
