//! Benchmark row: one epoch of a 784-128-10 network at batch 64 on synthetic data, against the
//! GEMM-only estimate of that epoch.
//!
//! In: nothing (synthetic MNIST-shaped batches, f64, one thread). Out: a table of the time per
//! step and per 60,000-sample epoch (938 steps) of (1) the five matrix products a training step
//! cannot avoid, timed alone with nalgebra: the GEMM-only estimate; (2) the library's forward and
//! backward pass (each dense layer's generated `pullback`, kept from the forward pass, chained);
//! (3) an Adam step on the network's parameters through `Params`; (4) the same Adam step on the
//! four tensors as a `Vec` of matrices, which the optimizer visits as contiguous slices; and the
//! ratio of each to (1).
//!
//! Run with `cargo run --release --example bench_epoch`.

use std::hint::black_box;
use std::time::Instant;

use backprop::data::Rng;
use backprop::nalgebra::DMatrix;
use backprop::nn::{Activation, Init, Network};
use backprop::optim::{Optimizer, Rule};

const BATCH: usize = 64;
const STEPS_PER_EPOCH: usize = 60_000_usize.div_ceil(BATCH);

/// One row of the table: what was timed and its median seconds per step.
#[derive(Clone, Debug, PartialEq)]
pub struct Row {
    /// What was timed.
    pub name: &'static str,
    /// Median seconds per step.
    pub per_step: f64,
}

/// The median of `repeats` timings of `f`, in seconds, after one warm-up call.
fn median_seconds(repeats: usize, mut f: impl FnMut()) -> f64 {
    f();
    let mut times: Vec<f64> = (0..repeats.max(1))
        .map(|_| {
            let start = Instant::now();
            f();
            start.elapsed().as_secs_f64()
        })
        .collect();
    times.sort_by(f64::total_cmp);
    times[times.len() / 2]
}

/// Times each row over `repeats` steps and prints the table.
#[must_use]
pub fn run(repeats: usize) -> Vec<Row> {
    let mut rng = Rng::new(1);
    let x = DMatrix::from_fn(784, BATCH, |_, _| rng.uniform());
    let labels: Vec<usize> = (0..BATCH).map(|_| rng.below(10)).collect();
    let network = Network::classifier(784, &[128], 10, Activation::Relu, Init::He, 1);
    let (w1, w2) = (&network.mlp.layers[0].dense.w, &network.mlp.layers[1].dense.w);
    let h = DMatrix::from_fn(128, BATCH, |_, _| rng.uniform());
    let (d_z1, d_z2) = (h.clone(), DMatrix::from_fn(10, BATCH, |_, _| rng.normal()));

    let gemm = median_seconds(repeats, || {
        black_box(w1 * &x); // Z₁ = W₁·X
        black_box(w2 * &h); // Z₂ = W₂·H
        black_box(&d_z2 * h.transpose()); // dW₂ = dZ₂·Hᵀ
        black_box(w2.tr_mul(&d_z2)); // dH = W₂ᵀ·dZ₂
        black_box(&d_z1 * x.transpose()); // dW₁ = dZ₁·Xᵀ
    });
    let masks = network.no_masks();
    let passes = median_seconds(repeats, || {
        black_box(network.loss_and_grad(&network.mlp, &x, &labels, &masks, 0.0));
    });
    let (_, grad) = network.loss_and_grad(&network.mlp, &x, &labels, &masks, 0.0);
    let mut params = network.mlp.clone();
    let mut adam = Optimizer::new(Rule::adam());
    let step = median_seconds(repeats, || adam.step(&mut params, &grad, 1e-3));
    let flat = |mlp: &backprop::nn::Mlp| -> Vec<DMatrix<f64>> {
        mlp.layers
            .iter()
            .flat_map(|l| {
                [
                    l.dense.w.clone(),
                    DMatrix::from_column_slice(l.dense.b.len(), 1, l.dense.b.as_slice()),
                ]
            })
            .collect()
    };
    let (mut tensors, grads) = (flat(&network.mlp), flat(&grad));
    let mut adam = Optimizer::new(Rule::adam());
    let slices = median_seconds(repeats, || adam.step(&mut tensors, &grads, 1e-3));

    let rows = vec![
        Row { name: "GEMM-only estimate (5 products)", per_step: gemm },
        Row { name: "forward + backward (layer pullbacks)", per_step: passes },
        Row { name: "Adam step through Params (Mlp)", per_step: step },
        Row { name: "Adam step on slices (Vec of tensors)", per_step: slices },
    ];
    println!(
        "784-128-10, batch {BATCH}, f64, one epoch = {STEPS_PER_EPOCH} steps; median of {repeats}\n"
    );
    println!("{:<38} {:>12} {:>12} {:>10}", "", "per step", "per epoch", "× GEMM");
    for row in &rows {
        println!(
            "{:<38} {:>9.1} µs {:>10.3} s {:>10.2}",
            row.name,
            row.per_step * 1e6,
            row.per_step * STEPS_PER_EPOCH as f64,
            row.per_step / gemm
        );
    }
    let total = passes + step;
    println!(
        "\none training step (forward + backward + Adam through Params): {:.3} s per epoch, {:.2} × the GEMM-only estimate",
        total * STEPS_PER_EPOCH as f64,
        total / gemm
    );
    rows
}

/// Runs with the defaults.
pub fn main() {
    let _ = run(200);
}
