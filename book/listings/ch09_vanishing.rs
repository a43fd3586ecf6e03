//! Chapter 9: vanishing and exploding gradients.
//!
//! In: deep networks on a batch of digits at initialisation, and one deep sigmoid network in
//! training. Out: the norm of each layer's bias gradient (Nielsen's measure of how fast a layer
//! learns), per layer at initialisation and per epoch in training, as tables and chart series.

use std::fmt::Write as _;

use backprop::data::{self, Dataset, Rng, Standardizer};
use backprop::nn::{Activation, Init, Network};
use backprop::optim::{Optimizer, Rule};
use backprop::train::{self, TrainConfig};

/// 500 training digits, standardized.
pub fn batch() -> Dataset {
    let digits = data::digits().expect("the digits are bundled with the crate");
    let (train_set, _) = digits.stratified_split(0.2, &mut Rng::new(1));
    let mut batch = train_set.take(500);
    batch.x = Standardizer::fit(&batch.x).apply(&batch.x);
    batch
}

// ANCHOR: norms
/// The norm of the loss's gradient with respect to each layer's bias, first layer first, for a
/// network of four hidden layers of 30 units at initialisation.
pub fn bias_gradient_norms(activation: Activation, init: Init, seed: u64) -> Vec<f64> {
    let data = batch();
    let network = Network::classifier(64, &[30, 30, 30, 30], 10, activation, init, seed);
    let (_, grad) =
        network.loss_and_grad(&network.mlp, &data.x, &data.labels, &network.no_masks(), 0.0);
    grad.layers.iter().map(|layer| layer.dense.b.norm()).collect()
}
// ANCHOR_END: norms

/// The three networks of the chapter's table and figure.
pub fn setups() -> [(&'static str, Activation, Init); 3] {
    [
        ("sigmoid, N(0, 1) weights", Activation::Sigmoid, Init::Normal(1.0)),
        ("sigmoid, Glorot weights", Activation::Sigmoid, Init::Glorot),
        ("relu, He weights", Activation::Relu, Init::He),
    ]
}

/// The per-layer norms of every setup, averaged over three seeds.
pub fn norms_table() -> Vec<(&'static str, Vec<f64>)> {
    setups()
        .iter()
        .map(|&(name, activation, init)| {
            let runs: Vec<Vec<f64>> =
                (1..=3).map(|seed| bias_gradient_norms(activation, init, seed)).collect();
            let mean = (0..runs[0].len())
                .map(|layer| runs.iter().map(|run| run[layer]).sum::<f64>() / 3.0)
                .collect();
            (name, mean)
        })
        .collect()
}

/// The table as text.
pub fn norms_text() -> String {
    let mut out = String::from(
        "network                     hidden 1  hidden 2  hidden 3  hidden 4    output\n",
    );
    for (name, norms) in norms_table() {
        let _ = write!(out, "{name:<26}");
        for norm in norms {
            let _ = write!(out, "  {norm:>8.2e}");
        }
        out.push('\n');
    }
    out
}

// ANCHOR: training
/// A deep sigmoid network trained with plain SGD, recording each layer's gradient norm per
/// epoch: the first layers learn slowest.
pub fn norms_in_training() -> Vec<Vec<f64>> {
    let digits = data::digits().expect("the digits are bundled with the crate");
    let (mut train_set, _) = digits.stratified_split(0.2, &mut Rng::new(1));
    train_set.x = Standardizer::fit(&train_set.x).apply(&train_set.x);
    let mut network =
        Network::classifier(64, &[30, 30, 30, 30], 10, Activation::Sigmoid, Init::Normal(1.0), 1);
    let mut optimizer = Optimizer::new(Rule::Sgd);
    let config = TrainConfig {
        epochs: 12,
        batch_size: 32,
        rate: 0.1,
        record_grad_norms: true,
        progress: false,
        ..TrainConfig::default()
    };
    let history = train::train(&mut network, &mut optimizer, &train_set, None, &config)
        .expect("sigmoid nets do not diverge");
    history.epochs.iter().map(|stats| stats.grad_norms.clone()).collect()
}
// ANCHOR_END: training

// ANCHOR: exercise_quarter
/// Exercise 1: σ'(z) = σ(z)(1 − σ(z)) is largest at z = 0, where it is ¼. Returns the largest
/// value on a fine grid and where it occurs.
pub fn largest_sigmoid_slope() -> (f64, f64) {
    let sigma = |z: f64| 1.0 / (1.0 + (-z).exp());
    (-4000..=4000)
        .map(|k| f64::from(k) / 1000.0)
        .map(|z| (sigma(z) * (1.0 - sigma(z)), z))
        .fold((0.0, 0.0), |best, candidate| if candidate.0 > best.0 { candidate } else { best })
}
// ANCHOR_END: exercise_quarter
