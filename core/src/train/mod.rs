//! The training loop, evaluation, saving and plots.
//!
//! In: a [`Network`], an [`Optimizer`], training and test [`Dataset`]s and a [`TrainConfig`].
//! Out: the trained network and a [`History`] of metrics per epoch; [`evaluate`] gives accuracy
//! and a confusion matrix; [`save`]/[`load`] write and read parameters as JSON; [`plot`] draws
//! SVG curves. Mini-batches are shuffled from a seed; a progress bar shows on a terminal only;
//! a NaN or infinite loss stops training with an error naming the step.

pub mod plot;
mod save;

use std::fmt::{self, Write as _};
use std::io::IsTerminal;

use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};

use crate::data::{Dataset, Rng};
use crate::nn::{Mlp, Network};
use crate::optim::{Optimizer, Schedule, clip_by_global_norm, clip_by_value};

pub use save::{SaveError, load, save};

/// Gradient clipping applied before each update.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Clip {
    /// Scale the whole gradient down to this global norm.
    GlobalNorm(f64),
    /// Clamp each element into `[−limit, limit]`.
    Value(f64),
}

/// Settings of a training run.
#[derive(Clone, Debug, PartialEq)]
pub struct TrainConfig {
    /// Passes over the training set.
    pub epochs: usize,
    /// Samples per mini-batch.
    pub batch_size: usize,
    /// The base learning rate.
    pub rate: f64,
    /// How the rate changes over the steps.
    pub schedule: Schedule,
    /// Steps of linear warm-up before the schedule.
    pub warmup: u64,
    /// The L2 penalty's strength λ (0 for none).
    pub l2: f64,
    /// Clipping before each update, if any.
    pub clip: Option<Clip>,
    /// The seed of the shuffles and dropout masks.
    pub seed: u64,
    /// Record each layer's gradient norm (of its bias) averaged over each epoch.
    pub record_grad_norms: bool,
    /// Show a progress bar (only ever on a terminal).
    pub progress: bool,
    /// How far batch-norm running statistics move towards each batch's.
    pub running_momentum: f64,
}

impl Default for TrainConfig {
    fn default() -> Self {
        TrainConfig {
            epochs: 10,
            batch_size: 32,
            rate: 1e-3,
            schedule: Schedule::Constant,
            warmup: 0,
            l2: 0.0,
            clip: None,
            seed: 1,
            record_grad_norms: false,
            progress: true,
            running_momentum: 0.1,
        }
    }
}

/// Metrics after one epoch.
#[derive(Clone, Debug, PartialEq)]
pub struct EpochStats {
    /// Epoch number, from 1.
    pub epoch: usize,
    /// Mean training loss over the epoch's batches.
    pub train_loss: f64,
    /// Accuracy on the training set, evaluation mode, after the epoch.
    pub train_accuracy: f64,
    /// Loss on the test set after the epoch (NaN without a test set).
    pub test_loss: f64,
    /// Accuracy on the test set after the epoch (NaN without a test set).
    pub test_accuracy: f64,
    /// Mean norm of each layer's bias gradient over the epoch's batches, when recorded.
    pub grad_norms: Vec<f64>,
}

/// The metrics of every epoch, in order.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct History {
    /// One entry per epoch.
    pub epochs: Vec<EpochStats>,
}

/// Why training stopped early.
#[derive(Clone, Debug, PartialEq)]
pub struct Diverged {
    /// The step (batch, counted from 1 over the whole run) whose loss was not finite.
    pub step: u64,
    /// Its epoch, from 1.
    pub epoch: usize,
    /// The loss.
    pub loss: f64,
    /// The learning rate at that step.
    pub rate: f64,
    /// The epochs completed before.
    pub history: History,
}

impl fmt::Display for Diverged {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let rate = if (1e-4..1e4).contains(&self.rate) {
            self.rate.to_string()
        } else {
            format!("{:e}", self.rate)
        };
        write!(
            f,
            "the loss became {} at step {} (epoch {}): training diverged. Lower the learning rate \
             (it was {rate}) or clip the gradients (by global norm, say to 1.0)",
            self.loss, self.step, self.epoch
        )
    }
}

impl std::error::Error for Diverged {}

/// Accuracy and confusion matrix of a network on a data set.
#[derive(Clone, Debug, PartialEq)]
pub struct Evaluation {
    /// Fraction of samples classified right.
    pub accuracy: f64,
    /// Mean cross-entropy.
    pub loss: f64,
    /// `confusion[true][predicted]` counts.
    pub confusion: Vec<Vec<usize>>,
    /// The predicted class of each sample.
    pub predictions: Vec<usize>,
}

impl Evaluation {
    /// The confusion matrix as text: one row per true class, one column per predicted class.
    #[must_use]
    pub fn confusion_table(&self) -> String {
        let classes = self.confusion.len();
        let mut text = String::from("true\\pred");
        for c in 0..classes {
            let _ = write!(text, "{c:>5}");
        }
        text.push('\n');
        for (truth, row) in self.confusion.iter().enumerate() {
            let _ = write!(text, "{truth:>9}");
            for count in row {
                let _ = write!(text, "{count:>5}");
            }
            text.push('\n');
        }
        text
    }
}

/// Accuracy, loss and confusion matrix of `network` on `data`, in evaluation mode.
#[must_use]
pub fn evaluate(network: &Network, data: &Dataset) -> Evaluation {
    let logits = network.predict_logits(&data.x);
    let predictions: Vec<usize> = logits.column_iter().map(|c| c.argmax().0).collect();
    let mut confusion = vec![vec![0; data.classes]; data.classes];
    let mut right = 0;
    for (&truth, &predicted) in data.labels.iter().zip(&predictions) {
        if let Some(cell) = confusion.get_mut(truth).and_then(|row| row.get_mut(predicted)) {
            *cell += 1;
        }
        right += usize::from(truth == predicted);
    }
    let loss = crate::ops::cross_entropy(&logits, &data.labels);
    let accuracy = if data.is_empty() { 0.0 } else { right as f64 / data.len() as f64 };
    Evaluation { accuracy, loss, confusion, predictions }
}

/// Trains `network` on `train` with `optimizer`, evaluating on `test` after every epoch.
///
/// # Errors
/// [`Diverged`] when a batch's loss is NaN or infinite; the network keeps the parameters of the
/// step before.
pub fn train(
    network: &mut Network,
    optimizer: &mut Optimizer,
    train: &Dataset,
    test: Option<&Dataset>,
    config: &TrainConfig,
) -> Result<History, Diverged> {
    let mut rng = Rng::new(config.seed);
    let mut history = History::default();
    let batch_size = config.batch_size.max(1);
    let batches = train.len().div_ceil(batch_size);
    let bar = progress_bar(config, batches);
    let mut order: Vec<usize> = (0..train.len()).collect();
    let mut step: u64 = 0;
    for epoch in 1..=config.epochs {
        rng.shuffle(&mut order);
        let mut total_loss = 0.0;
        let mut norms = vec![0.0; network.specs.len()];
        bar.set_position(0);
        for indices in order.chunks(batch_size) {
            let batch = train.select(indices);
            let rate = config.schedule.rate(config.rate, step, config.warmup);
            step += 1;
            let masks = network.draw_masks(batch.len(), &mut rng);
            let trace = network.forward_train(&network.mlp, &batch.x, &masks);
            let (loss, mut grad) =
                network.backward(&network.mlp, &trace, &batch.labels, &masks, config.l2);
            if !loss.is_finite() {
                bar.finish_and_clear();
                return Err(Diverged { step, epoch, loss, rate, history });
            }
            network.update_running(&trace, config.running_momentum);
            if config.record_grad_norms {
                for (norm, layer) in norms.iter_mut().zip(&grad.layers) {
                    *norm += layer.dense.b.norm() / batches as f64;
                }
            }
            clip(&mut grad, config.clip);
            optimizer.step(&mut network.mlp, &grad, rate);
            total_loss += loss;
            bar.inc(1);
        }
        let on_train = evaluate(network, train);
        let on_test = test.map(|test| evaluate(network, test));
        let stats = EpochStats {
            epoch,
            train_loss: total_loss / batches.max(1) as f64,
            train_accuracy: on_train.accuracy,
            test_loss: on_test.as_ref().map_or(f64::NAN, |e| e.loss),
            test_accuracy: on_test.as_ref().map_or(f64::NAN, |e| e.accuracy),
            grad_norms: if config.record_grad_norms { norms } else { Vec::new() },
        };
        bar.set_message(format!(
            "epoch {epoch}/{}  loss {:.4}  train {:.1} %  test {:.1} %",
            config.epochs,
            stats.train_loss,
            100.0 * stats.train_accuracy,
            100.0 * stats.test_accuracy
        ));
        history.epochs.push(stats);
    }
    bar.finish_and_clear();
    Ok(history)
}

fn clip(grad: &mut Mlp, clip: Option<Clip>) {
    match clip {
        Some(Clip::GlobalNorm(max)) => {
            clip_by_global_norm(grad, max);
        }
        Some(Clip::Value(limit)) => clip_by_value(grad, limit),
        None => {}
    }
}

/// A bar of the batches of one epoch, with the last epoch's metrics as its message; hidden
/// unless asked for and stderr is a terminal.
fn progress_bar(config: &TrainConfig, batches: usize) -> ProgressBar {
    if !config.progress || !std::io::stderr().is_terminal() {
        return ProgressBar::hidden();
    }
    let bar = ProgressBar::with_draw_target(Some(batches as u64), ProgressDrawTarget::stderr());
    if let Ok(style) = ProgressStyle::with_template("{bar:30} {pos}/{len} batches  {msg}") {
        bar.set_style(style);
    }
    bar
}
