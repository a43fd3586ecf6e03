//! Chapter 7: training is gradient descent on the loss.
//!
//! In: a one-parameter function, the XOR points and the toy cats-vs-dogs clusters. Out: the
//! steps of gradient descent at three learning rates, and networks trained on both toy sets
//! with the library's training loop, their loss per epoch and their accuracy.

use std::fmt::Write as _;

use backprop::data::{self, Dataset, Rng};
use backprop::nn::{Activation, Init, Network};
use backprop::optim::{Optimizer, Rule};
use backprop::train::{self, History, TrainConfig};

// ANCHOR: descent
/// Gradient descent on L(w) = (w − 3)², whose derivative is 2(w − 3): `steps` updates
/// w ← w − rate·L'(w) from w = 0. Returns every w visited.
pub fn descend(rate: f64, steps: usize) -> Vec<f64> {
    let mut w = 0.0;
    let mut visited = vec![w];
    for _ in 0..steps {
        let slope = 2.0 * (w - 3.0);
        w -= rate * slope;
        visited.push(w);
    }
    visited
}
// ANCHOR_END: descent

/// The chapter's table: the first steps at a small, a large and a too-large rate.
pub fn descent_table() -> String {
    let mut out = String::from("step   rate 0.1   rate 0.9   rate 1.1\n");
    let paths: Vec<Vec<f64>> = [0.1, 0.9, 1.1].iter().map(|&rate| descend(rate, 8)).collect();
    for (step, ((slow, bouncing), diverging)) in
        paths[0].iter().zip(&paths[1]).zip(&paths[2]).enumerate()
    {
        let _ = writeln!(out, "{step:>4}  {slow:>9.4}  {bouncing:>9.4}  {diverging:>9.4}");
    }
    out
}

// ANCHOR: xor
/// A 2-4-2 tanh network trained on the four XOR points with plain gradient descent.
pub fn train_xor() -> (Network, History) {
    let xor = data::xor();
    let mut network = Network::classifier(2, &[4], 2, Activation::Tanh, Init::Glorot, 3);
    let mut optimizer = Optimizer::new(Rule::Sgd);
    let config = TrainConfig {
        epochs: 300,
        batch_size: 4,
        rate: 0.5,
        progress: false,
        ..TrainConfig::default()
    };
    let history = train::train(&mut network, &mut optimizer, &xor, None, &config)
        .expect("XOR trains without diverging");
    (network, history)
}
// ANCHOR_END: xor

/// Loss every 30 epochs and the final predictions.
pub fn xor_log() -> String {
    let (network, history) = train_xor();
    let mut out = String::from("epoch   loss\n");
    for stats in history.epochs.iter().filter(|stats| stats.epoch == 1 || stats.epoch % 30 == 0) {
        let _ = writeln!(out, "{:>5}   {:.4}", stats.epoch, stats.train_loss);
    }
    let xor = data::xor();
    let _ = writeln!(out, "predictions for (0,0) (0,1) (1,0) (1,1): {:?}", network.predict(&xor.x));
    out
}

// ANCHOR: cats
/// Logistic regression (no hidden layer) on the cats-vs-dogs clusters, judged on held-out data.
pub fn train_cats_vs_dogs() -> (f64, f64) {
    let pets = data::cats_vs_dogs(400, 7);
    let (train_set, test_set) = pets.stratified_split(0.25, &mut Rng::new(7));
    let mut network = Network::classifier(2, &[], 2, Activation::Identity, Init::Glorot, 7);
    let mut optimizer = Optimizer::new(Rule::Sgd);
    let config = TrainConfig {
        epochs: 20,
        batch_size: 16,
        rate: 0.1,
        progress: false,
        ..TrainConfig::default()
    };
    let history = train::train(&mut network, &mut optimizer, &train_set, Some(&test_set), &config)
        .expect("a linear model trains");
    history.epochs.last().map_or((f64::NAN, f64::NAN), |s| (s.train_accuracy, s.test_accuracy))
}
// ANCHOR_END: cats

// ANCHOR: exercise_no_hidden
/// Exercise 2: without a hidden layer, no amount of training separates XOR. Returns the best
/// accuracy over a run.
pub fn xor_without_hidden_layer() -> f64 {
    let xor: Dataset = data::xor();
    let mut network = Network::classifier(2, &[], 2, Activation::Identity, Init::Glorot, 3);
    let mut optimizer = Optimizer::new(Rule::Sgd);
    let config = TrainConfig {
        epochs: 300,
        batch_size: 4,
        rate: 0.5,
        progress: false,
        ..TrainConfig::default()
    };
    let history = train::train(&mut network, &mut optimizer, &xor, None, &config)
        .expect("a linear model trains");
    history.epochs.iter().map(|stats| stats.train_accuracy).fold(0.0, f64::max)
}
// ANCHOR_END: exercise_no_hidden
