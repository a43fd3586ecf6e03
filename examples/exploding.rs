//! Exploding gradients, and clipping by global norm.
//!
//! A deep relu network (6 hidden layers of 32) whose initial weights are too large (standard
//! deviation 0.4 where He would use 0.18 to 0.25): each layer multiplies the activations, and on
//! the way back the gradients, by about 1.6, so plain SGD at rate 0.1 takes huge first steps,
//! which make the weights and so the next gradients larger still, until the loss overflows to
//! NaN; training stops with a message naming the step. The same network, rate and seed with the
//! gradient clipped to global norm 1 before each step trains. The losses of the first 100 steps of both go into one SVG.
//!
//! Run with `cargo run --release --example exploding`.

use std::error::Error;
use std::path::{Path, PathBuf};

use backprop::data::{self, Dataset, Rng, Standardizer};
use backprop::nn::{Activation, Init, Network};
use backprop::optim::{Optimizer, Rule};
use backprop::train::plot::{Labels, Series, line_chart};
use backprop::train::{self, Clip, History, TrainConfig, TrainError};

/// What happened to each run.
#[derive(Clone, Debug, PartialEq)]
pub struct Outcome {
    /// The step at which the unclipped run diverged, if it did.
    pub diverged_at: Option<u64>,
    /// The clipped run's final test accuracy.
    pub clipped_accuracy: f64,
    /// The clipped run's training loss per epoch.
    pub clipped_losses: Vec<f64>,
    /// The SVG written.
    pub plot: PathBuf,
}

/// The loss of each of the first `steps` steps.
fn curve(history: &History, steps: usize) -> Vec<(f64, f64)> {
    history
        .step_losses
        .iter()
        .take(steps)
        .enumerate()
        .map(|(k, &loss)| ((k + 1) as f64, loss))
        .collect()
}

/// Runs both trainings for `epochs` and writes the plot into `out`.
///
/// # Errors
/// The data cannot be read or the plot written, or the clipped run diverges.
pub fn run(epochs: usize, out: &Path) -> Result<Outcome, Box<dyn Error>> {
    let (train_set, test_set) = data::digits()?.stratified_split(0.25, &mut Rng::new(1));
    let scaler = Standardizer::fit(&train_set.x);
    let train_set = Dataset { x: scaler.apply(&train_set.x), ..train_set };
    let test_set = Dataset { x: scaler.apply(&test_set.x), ..test_set };
    let build = || Network::classifier(64, &[32; 6], 10, Activation::Relu, Init::Normal(0.4), 4);
    let config = TrainConfig {
        epochs,
        batch_size: 32,
        rate: 0.1,
        progress: false,
        ..TrainConfig::default()
    };

    let mut wild = build();
    let unclipped = train::train(
        &mut wild,
        &mut Optimizer::new(Rule::Sgd),
        &train_set,
        Some(&test_set),
        &config,
    );
    let (diverged_at, wild_history) = match unclipped {
        Ok(history) => {
            println!(
                "without clipping: trained (final loss {:.3})",
                history.epochs.last().map_or(f64::NAN, |s| s.train_loss)
            );
            (None, history)
        }
        Err(TrainError::Mismatch(problem)) => return Err(problem.into()),
        Err(TrainError::Diverged(diverged)) => {
            println!("without clipping: {diverged}");
            (Some(diverged.step), diverged.history)
        }
    };

    let mut tame = build();
    let clipped_config = TrainConfig { clip: Some(Clip::GlobalNorm(1.0)), ..config };
    let history = train::train(
        &mut tame,
        &mut Optimizer::new(Rule::Sgd),
        &train_set,
        Some(&test_set),
        &clipped_config,
    )?;
    let clipped_losses: Vec<f64> = history.epochs.iter().map(|s| s.train_loss).collect();
    let clipped_accuracy = history.epochs.last().map_or(0.0, |s| s.test_accuracy);
    println!(
        "with the gradient clipped to norm 1: training loss per epoch {}",
        clipped_losses.iter().map(|l| format!("{l:.3}")).collect::<Vec<_>>().join(", ")
    );
    println!("test accuracy {:.1} %", 100.0 * clipped_accuracy);

    std::fs::create_dir_all(out)?;
    let plot = out.canonicalize()?.join("exploding.svg");
    line_chart(
        &plot,
        Labels {
            title: "a deep relu net with large initial weights",
            x: "step",
            y: "training loss (log scale)",
        },
        &[
            Series::new("no clipping (diverged)", curve(&wild_history, 100)),
            Series::new("clipped to global norm 1", curve(&history, 100)),
        ],
        true,
    )?;
    println!("wrote {}", plot.display());
    Ok(Outcome { diverged_at, clipped_accuracy, clipped_losses, plot })
}

/// Runs with the defaults, writing into `target/examples/`.
pub fn main() {
    let out = Path::new(env!("CARGO_MANIFEST_DIR")).join("..").join("target").join("examples");
    if let Err(error) = run(20, &out) {
        eprintln!("error: {error}");
        std::process::exit(1);
    }
}
