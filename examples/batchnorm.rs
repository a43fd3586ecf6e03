//! Batch normalization: a deep sigmoid network with and without it, on the digits.
//!
//! Six hidden sigmoid layers of 32 train slowly: their gradients shrink layer by layer (see the
//! `vanishing` example) and each layer's inputs drift as the layers below change. Normalizing
//! each layer's pre-activations over the batch (Ioffe and Szegedy, 2015) keeps them where σ is
//! steep, and the same network, optimizer and rate learn far faster. Both curves go into one SVG.
//!
//! Run with `cargo run --release --example batchnorm`.

use std::error::Error;
use std::path::{Path, PathBuf};

use backprop::data::{self, Dataset, Rng, Standardizer};
use backprop::nn::{Activation, Init, LayerSpec, Network};
use backprop::optim::{Optimizer, Rule};
use backprop::train::plot::{Labels, Series, line_chart};
use backprop::train::{self, TrainConfig};

/// Test accuracy per epoch, without and with batch norm.
#[derive(Clone, Debug, PartialEq)]
pub struct Outcome {
    /// Without batch normalization.
    pub plain: Vec<f64>,
    /// With it.
    pub normalized: Vec<f64>,
    /// The SVG written.
    pub plot: PathBuf,
}

fn network(batch_norm: bool) -> Network {
    let mut specs: Vec<LayerSpec> = (0..6)
        .map(|_| {
            let layer = LayerSpec::new(32, Activation::Sigmoid);
            if batch_norm { layer.with_batch_norm() } else { layer }
        })
        .collect();
    specs.push(LayerSpec::new(10, Activation::Identity));
    Network::new(64, &specs, Init::Glorot, 6)
}

/// Trains both networks for `epochs` and writes the plot into `out`.
///
/// # Errors
/// The data cannot be read, training diverges, or the plot cannot be written.
pub fn run(epochs: usize, out: &Path) -> Result<Outcome, Box<dyn Error>> {
    let (train_set, test_set) = data::digits()?.stratified_split(0.25, &mut Rng::new(1));
    let scaler = Standardizer::fit(&train_set.x);
    let train_set = Dataset { x: scaler.apply(&train_set.x), ..train_set };
    let test_set = Dataset { x: scaler.apply(&test_set.x), ..test_set };
    let config = TrainConfig {
        epochs,
        batch_size: 32,
        rate: 0.02,
        progress: false,
        ..TrainConfig::default()
    };
    let mut results = Vec::new();
    for batch_norm in [false, true] {
        let mut net = network(batch_norm);
        let history = train::train(
            &mut net,
            &mut Optimizer::new(Rule::momentum(false)),
            &train_set,
            Some(&test_set),
            &config,
        )?;
        let accuracies: Vec<f64> = history.epochs.iter().map(|s| s.test_accuracy).collect();
        println!(
            "6 sigmoid layers of 32, {}: test accuracy per epoch {}",
            if batch_norm { "with batch norm   " } else { "without batch norm" },
            accuracies.iter().map(|a| format!("{:.0} %", 100.0 * a)).collect::<Vec<_>>().join(", ")
        );
        results.push(accuracies);
    }
    std::fs::create_dir_all(out)?;
    let plot = out.canonicalize()?.join("batchnorm.svg");
    let points = |values: &[f64]| {
        values.iter().enumerate().map(|(k, &a)| ((k + 1) as f64, 100.0 * a)).collect()
    };
    line_chart(
        &plot,
        Labels {
            title: "deep sigmoid network, momentum 0.9, rate 0.02",
            x: "epoch",
            y: "test accuracy (%)",
        },
        &[
            Series::new("without batch norm", points(&results[0])),
            Series::new("with batch norm", points(&results[1])),
        ],
        false,
    )?;
    println!("wrote {}", plot.display());
    let normalized = results.pop().unwrap_or_default();
    let plain = results.pop().unwrap_or_default();
    Ok(Outcome { plain, normalized, plot })
}

/// Runs with the defaults, writing into `target/examples/`.
pub fn main() {
    let out = Path::new(env!("CARGO_MANIFEST_DIR")).join("..").join("target").join("examples");
    if let Err(error) = run(10, &out) {
        eprintln!("error: {error}");
        std::process::exit(1);
    }
}
