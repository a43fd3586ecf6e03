//! The seed's first example: tell cats from dogs by two features, with one sigmoid neuron and
//! then with a small network.
//!
//! The neuron is `σ(w·x + b)` trained on binary cross-entropy, written as one
//! `#[differentiable]` function that calls the library's `dense` layer; its decision boundary is
//! the line `w₀·x₀ + w₁·x₁ + b = 0`, printed and drawn over the points as SVG. Then a network
//! with a hidden layer of 8 tanh units learns the same set.
//!
//! Run with `cargo run --release --example cats_vs_dogs`.

use std::error::Error;
use std::path::{Path, PathBuf};

use backprop::data::{self, Dataset};
use backprop::nalgebra::{DMatrix, DVector};
use backprop::nn::{Activation, Dense, Init, Network, binary_cross_entropy, dense};
use backprop::optim::{Optimizer, Rule};
use backprop::prelude::*;
use backprop::train::plot::{Labels, Series, scatter_with_line};
use backprop::train::{self, TrainConfig};

/// One sigmoid neuron's loss: binary cross-entropy of `w·x + b` against 0/1 targets.
#[differentiable(wrt(p))]
fn neuron_loss(p: &Dense, x: &DMatrix<f64>, targets: &DMatrix<f64>) -> f64 {
    let logits = dense(p, x);
    binary_cross_entropy(&logits, targets)
}

/// What the run found.
#[derive(Clone, Debug, PartialEq)]
pub struct Outcome {
    /// The neuron's accuracy on the set.
    pub neuron_accuracy: f64,
    /// The small network's.
    pub network_accuracy: f64,
    /// The neuron's gradient check passed.
    pub check_passed: bool,
    /// The SVG written.
    pub plot: PathBuf,
}

fn neuron_accuracy(p: &Dense, pets: &Dataset) -> f64 {
    let logits = dense(p, &pets.x);
    let right =
        logits.iter().zip(&pets.labels).filter(|&(&z, &label)| (z > 0.0) == (label == 1)).count();
    right as f64 / pets.len() as f64
}

/// Trains the neuron for `steps` full-batch steps and the network for `epochs`, writing the
/// plot into `out`.
///
/// # Errors
/// The plot cannot be written, or the network's training diverges.
pub fn run(steps: usize, epochs: usize, out: &Path) -> Result<Outcome, Box<dyn Error>> {
    let pets = data::cats_vs_dogs(200, 7);
    let targets = DMatrix::from_row_slice(
        1,
        pets.len(),
        &pets.labels.iter().map(|&l| l as f64).collect::<Vec<_>>(),
    );
    let mut neuron = Dense { w: DMatrix::zeros(1, 2), b: DVector::zeros(1) };
    let mut optimizer = Optimizer::new(Rule::Sgd);
    for _ in 0..steps {
        let (_, grad) = neuron_loss::grad(&neuron, &pets.x, &targets);
        optimizer.step(&mut neuron, &grad.p, 0.5);
    }
    let report = neuron_loss::check(&neuron, &pets.x, &targets);
    println!("{}", report.to_string().lines().next().unwrap_or_default());
    let (w0, w1, b) = (neuron.w[(0, 0)], neuron.w[(0, 1)], neuron.b[0]);
    println!("one sigmoid neuron: w = ({w0:.3}, {w1:.3}), b = {b:.3}");
    println!(
        "decision boundary: {w0:.3}·weight {w1:+.3}·ears {b:+.3} = 0, dogs on the positive side"
    );
    let neuron_accuracy = neuron_accuracy(&neuron, &pets);
    println!("accuracy {:.1} %", 100.0 * neuron_accuracy);

    let mut network = Network::classifier(2, &[8], 2, Activation::Tanh, Init::Glorot, 7);
    let config = TrainConfig {
        epochs,
        batch_size: 20,
        rate: 0.01,
        progress: false,
        ..TrainConfig::default()
    };
    train::train(&mut network, &mut Optimizer::new(Rule::adam()), &pets, None, &config)?;
    let network_accuracy = train::evaluate(&network, &pets).accuracy;
    println!(
        "a network with 8 tanh units: accuracy {:.1} % (the clusters overlap, so neither reaches 100 %)",
        100.0 * network_accuracy
    );

    std::fs::create_dir_all(out)?;
    let plot = out.canonicalize()?.join("cats_vs_dogs.svg");
    let class = |c: usize| -> Vec<(f64, f64)> {
        (0..pets.len())
            .filter(|&j| pets.labels[j] == c)
            .map(|j| (pets.x[(0, j)], pets.x[(1, j)]))
            .collect()
    };
    let boundary: Vec<(f64, f64)> =
        (-40..=40).map(|k| f64::from(k) / 10.0).map(|x| (x, -(w0 * x + b) / w1)).collect();
    scatter_with_line(
        &plot,
        Labels {
            title: "cats vs dogs: one neuron's decision boundary",
            x: "weight",
            y: "ear pointiness",
        },
        &[Series::new("cats", class(0)), Series::new("dogs", class(1))],
        &Series::new("boundary", boundary),
    )?;
    println!("wrote {}", plot.display());
    Ok(Outcome { neuron_accuracy, network_accuracy, check_passed: report.passed(), plot })
}

/// Runs with the defaults, writing into `target/examples/`.
pub fn main() {
    let out = Path::new(env!("CARGO_MANIFEST_DIR")).join("..").join("target").join("examples");
    if let Err(error) = run(300, 100, &out) {
        eprintln!("error: {error}");
        std::process::exit(1);
    }
}
