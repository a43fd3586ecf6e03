//! Optimizers compared: SGD, momentum, `RMSProp` and Adam train the same network from the same
//! initial weights on the digits, each at a learning rate that suits it.
//!
//! Plain SGD takes a step proportional to the gradient; momentum accumulates a velocity that
//! carries it through flat stretches; `RMSProp` divides each parameter's step by the root mean
//! square of its recent gradients; Adam does both, with bias-corrected averages. Their training
//! losses per epoch go into one SVG.
//!
//! Run with `cargo run --release --example optimizers`.

use std::error::Error;
use std::path::{Path, PathBuf};

use backprop::data::{self, Dataset, Rng, Standardizer};
use backprop::nn::{Activation, Init, Network};
use backprop::optim::{Optimizer, Rule};
use backprop::train::plot::{Labels, Series, line_chart};
use backprop::train::{self, TrainConfig};

/// Per optimizer: its name, training loss per epoch and final test accuracy.
#[derive(Clone, Debug, PartialEq)]
pub struct Outcome {
    /// `(name, losses, test accuracy)`.
    pub runs: Vec<(String, Vec<f64>, f64)>,
    /// The SVG written.
    pub plot: PathBuf,
}

/// Trains one network per optimizer for `epochs` and writes the plot into `out`.
///
/// # Errors
/// The data cannot be read, training diverges, or the plot cannot be written.
pub fn run(epochs: usize, out: &Path) -> Result<Outcome, Box<dyn Error>> {
    let (train_set, test_set) = data::digits()?.stratified_split(0.25, &mut Rng::new(1));
    let scaler = Standardizer::fit(&train_set.x);
    let train_set = Dataset { x: scaler.apply(&train_set.x), ..train_set };
    let test_set = Dataset { x: scaler.apply(&test_set.x), ..test_set };
    let start = Network::classifier(64, &[64], 10, Activation::Relu, Init::He, 8);
    let contenders = [
        ("sgd", Rule::Sgd, 0.01),
        ("momentum", Rule::momentum(false), 0.01),
        ("rmsprop", Rule::rms_prop(), 1e-3),
        ("adam", Rule::adam(), 1e-3),
    ];
    println!("64-64-10 relu network, same initial weights, batches of 32:\n");
    println!("{:<10} {:>6} {:>14} {:>14}", "optimizer", "rate", "final loss", "test accuracy");
    let mut runs = Vec::new();
    for (name, rule, rate) in contenders {
        let mut network = start.clone();
        let config =
            TrainConfig { epochs, batch_size: 32, rate, progress: false, ..TrainConfig::default() };
        let history = train::train(
            &mut network,
            &mut Optimizer::new(rule),
            &train_set,
            Some(&test_set),
            &config,
        )?;
        let losses: Vec<f64> = history.epochs.iter().map(|s| s.train_loss).collect();
        let accuracy = history.epochs.last().map_or(0.0, |s| s.test_accuracy);
        println!(
            "{name:<10} {rate:>6} {:>14.4} {:>12.1} %",
            losses.last().copied().unwrap_or(f64::NAN),
            100.0 * accuracy
        );
        runs.push((name.to_owned(), losses, accuracy));
    }
    std::fs::create_dir_all(out)?;
    let plot = out.canonicalize()?.join("optimizers.svg");
    let series: Vec<Series> = runs
        .iter()
        .map(|(name, losses, _)| {
            Series::new(
                name.clone(),
                losses.iter().enumerate().map(|(k, &l)| ((k + 1) as f64, l)).collect(),
            )
        })
        .collect();
    line_chart(
        &plot,
        Labels { title: "training loss by optimizer", x: "epoch", y: "training loss (log scale)" },
        &series,
        true,
    )?;
    println!("wrote {}", plot.display());
    Ok(Outcome { runs, plot })
}

/// Runs with the defaults, writing into `target/examples/`.
pub fn main() {
    let out = Path::new(env!("CARGO_MANIFEST_DIR")).join("..").join("target").join("examples");
    if let Err(error) = run(15, &out) {
        eprintln!("error: {error}");
        std::process::exit(1);
    }
}
