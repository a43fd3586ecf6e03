//! Chapter 10: remedies for deep networks, each with an experiment on the digits.
//!
//! In: the standardized digits and networks that train badly. Out: per-epoch curves and final
//! numbers with and without each remedy (clipping, batch normalization, momentum, `RMSProp` and
//! Adam, L2 and dropout), and batch normalization's backward pass derived and checked.

use std::fmt::Write as _;

use backprop::data::{self, Dataset, Rng, Standardizer};
use backprop::nn::{Activation, Init, LayerSpec, Network};
use backprop::optim::{Optimizer, Rule};
use backprop::prelude::*;
use backprop::train::{self, Clip, History, TrainConfig, TrainError};

/// Training and test digits, standardized with the training statistics.
pub fn digits() -> (Dataset, Dataset) {
    let digits = data::digits().expect("the digits are bundled with the crate");
    let (mut train_set, mut test_set) = digits.stratified_split(0.2, &mut Rng::new(1));
    let standardizer = Standardizer::fit(&train_set.x);
    train_set.x = standardizer.apply(&train_set.x);
    test_set.x = standardizer.apply(&test_set.x);
    (train_set, test_set)
}

/// One run: the history, or the history up to the step whose loss was not finite.
pub struct Run {
    /// The run's name in tables and legends.
    pub name: &'static str,
    /// Metrics of the completed epochs.
    pub history: History,
    /// The step at which the loss became NaN or infinite, if it did.
    pub diverged_at: Option<u64>,
}

fn run(
    name: &'static str,
    mut network: Network,
    rule: Rule,
    train_set: &Dataset,
    test_set: &Dataset,
    config: &TrainConfig,
) -> Run {
    let mut optimizer = Optimizer::new(rule);
    match train::train(&mut network, &mut optimizer, train_set, Some(test_set), config) {
        Ok(history) => Run { name, history, diverged_at: None },
        Err(TrainError::Diverged(diverged)) => {
            Run { name, history: diverged.history, diverged_at: Some(diverged.step) }
        }
        Err(TrainError::Mismatch(problem)) => {
            panic!("the digits fit every network here: {problem}")
        }
    }
}

fn config(epochs: usize, rate: f64) -> TrainConfig {
    TrainConfig { epochs, batch_size: 32, rate, progress: false, ..TrainConfig::default() }
}

// ANCHOR: clipping
/// Clipping: a deep relu network with too-large initial weights and a large step. Without
/// clipping the first steps blow the loss up; scaled to global norm 5, every step is bounded.
pub fn clipping() -> Vec<Run> {
    let (train_set, test_set) = digits();
    let net = || Network::classifier(64, &[64, 64, 64], 10, Activation::Relu, Init::Normal(1.0), 2);
    let plain = config(8, 0.02);
    let clipped = TrainConfig { clip: Some(Clip::GlobalNorm(5.0)), ..plain.clone() };
    vec![
        run("no clipping", net(), Rule::Sgd, &train_set, &test_set, &plain),
        run("clipped to norm 5", net(), Rule::Sgd, &train_set, &test_set, &clipped),
    ]
}
// ANCHOR_END: clipping

// ANCHOR: batch_norm
/// Batch normalization: the deep sigmoid network of chapter 9, with and without it.
pub fn batch_norm_runs() -> Vec<Run> {
    let (train_set, test_set) = digits();
    let specs = |normalized: bool| -> Vec<LayerSpec> {
        let mut specs: Vec<LayerSpec> = (0..4)
            .map(|_| {
                let spec = LayerSpec::new(30, Activation::Sigmoid);
                if normalized { spec.with_batch_norm() } else { spec }
            })
            .collect();
        specs.push(LayerSpec::new(10, Activation::Identity));
        specs
    };
    let sgd = config(12, 0.1);
    vec![
        run(
            "sigmoid",
            Network::new(64, &specs(false), Init::Normal(1.0), 1),
            Rule::Sgd,
            &train_set,
            &test_set,
            &sgd,
        ),
        run(
            "sigmoid + batch norm",
            Network::new(64, &specs(true), Init::Normal(1.0), 1),
            Rule::Sgd,
            &train_set,
            &test_set,
            &sgd,
        ),
    ]
}
// ANCHOR_END: batch_norm

// ANCHOR: optimizers
/// The same network and data with four update rules, each at a rate that suits it.
pub fn optimizers() -> Vec<Run> {
    let (train_set, test_set) = digits();
    let net = || Network::classifier(64, &[64], 10, Activation::Relu, Init::He, 1);
    vec![
        run("SGD, rate 0.01", net(), Rule::Sgd, &train_set, &test_set, &config(12, 0.01)),
        run(
            "momentum 0.9, rate 0.01",
            net(),
            Rule::momentum(false),
            &train_set,
            &test_set,
            &config(12, 0.01),
        ),
        run(
            "RMSProp, rate 0.001",
            net(),
            Rule::rms_prop(),
            &train_set,
            &test_set,
            &config(12, 0.001),
        ),
        run("Adam, rate 0.001", net(), Rule::adam(), &train_set, &test_set, &config(12, 0.001)),
    ]
}
// ANCHOR_END: optimizers

// ANCHOR: regularization
/// Overfitting and its remedies: a wide network on only 150 training digits, plain, with an
/// L2 penalty, and with dropout.
pub fn regularization() -> Vec<Run> {
    let (train_set, test_set) = digits();
    let small = train_set.take(150);
    let specs = |dropout: f64| {
        let hidden = LayerSpec::new(256, Activation::Relu);
        let hidden = if dropout > 0.0 { hidden.with_dropout(dropout) } else { hidden };
        vec![hidden, LayerSpec::new(10, Activation::Identity)]
    };
    let adam = TrainConfig { batch_size: 16, ..config(40, 1e-3) };
    let with_l2 = TrainConfig { l2: 1e-2, ..adam.clone() };
    vec![
        run(
            "plain",
            Network::new(64, &specs(0.0), Init::He, 1),
            Rule::adam(),
            &small,
            &test_set,
            &adam,
        ),
        run(
            "L2 0.01",
            Network::new(64, &specs(0.0), Init::He, 1),
            Rule::adam(),
            &small,
            &test_set,
            &with_l2,
        ),
        run(
            "dropout 0.5",
            Network::new(64, &specs(0.5), Init::He, 1),
            Rule::adam(),
            &small,
            &test_set,
            &adam,
        ),
    ]
}
// ANCHOR_END: regularization

/// A table of runs: final training loss, training and test accuracy, and divergence.
pub fn summary(runs: &[Run]) -> String {
    let mut out =
        String::from("run                        epochs  train loss  train acc  test acc\n");
    for run in runs {
        let last = run.history.epochs.last();
        let cell = |value: Option<f64>, percent: bool| match value {
            Some(v) if percent => format!("{:>7.1} %", 100.0 * v),
            Some(v) => format!("{v:>10.4}"),
            None => "         —".to_owned(),
        };
        let _ = writeln!(
            out,
            "{:<26} {:>6}  {}  {} {}{}",
            run.name,
            run.history.epochs.len(),
            cell(last.map(|s| s.train_loss), false),
            cell(last.map(|s| s.train_accuracy), true),
            cell(last.map(|s| s.test_accuracy), true),
            run.diverged_at
                .map_or(String::new(), |step| format!("  (loss not finite at step {step})")),
        );
    }
    out
}

// ANCHOR: bn_composed
/// Batch normalization of one feature over a batch, written out so that the macro derives its
/// backward pass: mean, centre, variance, scale, then γ·x̂ + β. `ones` is a constant vector of
/// ones the size of the batch.
#[differentiable(wrt(x, gamma, beta))]
pub fn batch_norm_feature(
    x: &DVector<f64>,
    gamma: f64,
    beta: f64,
    ones: &DVector<f64>,
) -> DVector<f64> {
    let mean = x.mean();
    let centered = x - ones * mean;
    let variance = centered.norm_squared() / (x.len() as f64);
    let x_hat = centered / (variance + 1e-5).sqrt();
    x_hat * gamma + ones * beta
}
// ANCHOR_END: bn_composed

// ANCHOR: bn_by_hand
/// The backward pass derived by hand: with x̂ and s = √(σ² + ε) from the forward pass,
/// dβ = Σ dy, dγ = Σ dy·x̂, dx = γ/(N·s)·(N·dy − dβ − x̂·dγ).
pub fn batch_norm_feature_backward(
    x: &DVector<f64>,
    gamma: f64,
    d_y: &DVector<f64>,
) -> (DVector<f64>, f64, f64) {
    let n = x.len() as f64;
    let mean = x.mean();
    let centered = x.add_scalar(-mean);
    let s = (centered.norm_squared() / n + 1e-5).sqrt();
    let x_hat = centered / s;
    let d_beta = d_y.sum();
    let d_gamma = d_y.dot(&x_hat);
    let d_x =
        (d_y * n - DVector::from_element(x.len(), d_beta) - &x_hat * d_gamma) * (gamma / (n * s));
    (d_x, d_gamma, d_beta)
}

/// The classic mistake: treating the mean and variance as constants, dx = γ·dy/s.
pub fn batch_norm_feature_backward_forgetting_the_statistics(
    x: &DVector<f64>,
    gamma: f64,
    d_y: &DVector<f64>,
) -> DVector<f64> {
    let n = x.len() as f64;
    let centered = x.add_scalar(-x.mean());
    let s = (centered.norm_squared() / n + 1e-5).sqrt();
    d_y * (gamma / s)
}
// ANCHOR_END: bn_by_hand

// ANCHOR: exercise_ones
/// Exercise 2: a subtler bug, the path through the variance dropped: `dx = γ/(N·s)·(N·dy − dβ)`.
/// With `d_y` all ones, dγ = Σ x̂ = 0 and the dropped term x̂·dγ vanishes, so this passes a check
/// seeded with ones and fails one seeded with anything else.
pub fn batch_norm_feature_backward_without_the_variance_path(
    x: &DVector<f64>,
    gamma: f64,
    d_y: &DVector<f64>,
) -> DVector<f64> {
    let n = x.len() as f64;
    let centered = x.add_scalar(-x.mean());
    let s = (centered.norm_squared() / n + 1e-5).sqrt();
    (d_y * n).add_scalar(-d_y.sum()) * (gamma / (n * s))
}
// ANCHOR_END: exercise_ones

// ANCHOR: exercise_clip
/// Exercise 1: clipping by global norm keeps the direction. A gradient of norm 50 clipped to 5
/// is the same gradient divided by 10.
pub fn clip_example() -> (f64, f64, f64) {
    let mut gradient = DMatrix::from_row_slice(2, 2, &[30.0, 0.0, 0.0, -40.0]);
    let original = gradient.clone();
    let before = backprop::optim::clip_by_global_norm(&mut gradient, 5.0);
    let after = backprop::optim::global_norm(&gradient);
    let cosine = original.dot(&gradient) / (original.norm() * gradient.norm());
    (before, after, cosine)
}
// ANCHOR_END: exercise_clip
