//! XOR, the classic: no single layer can learn it, two layers can.
//!
//! A linear classifier (one dense layer straight into the loss) and a network with a hidden
//! layer of four tanh units train on the four points of XOR with the same optimizer; the first
//! stays at best at 3 of 4, the second gets all four.
//!
//! Run with `cargo run --release --example xor`.

use backprop::data;
use backprop::nn::{Activation, Init, Network};
use backprop::optim::{Optimizer, Rule};
use backprop::train::{self, TrainConfig};

/// Test accuracies of the single layer and of the two-layer network.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Outcome {
    /// The linear classifier's accuracy on the four points.
    pub single_layer: f64,
    /// The two-layer network's.
    pub two_layers: f64,
}

/// Trains both networks for `epochs` full-batch steps and prints what each predicts.
///
/// # Errors
/// When training diverges (it does not at the defaults).
pub fn run(epochs: usize) -> Result<Outcome, train::TrainError> {
    let xor = data::xor();
    let config = TrainConfig {
        epochs,
        batch_size: 4,
        rate: 0.05,
        progress: false,
        ..TrainConfig::default()
    };
    let mut accuracies = Vec::new();
    for (name, hidden) in [("one layer (linear)", &[][..]), ("two layers (4 tanh units)", &[4][..])]
    {
        let mut network = Network::classifier(2, hidden, 2, Activation::Tanh, Init::Glorot, 3);
        let mut optimizer = Optimizer::new(Rule::adam());
        train::train(&mut network, &mut optimizer, &xor, None, &config)?;
        let evaluation = train::evaluate(&network, &xor);
        println!(
            "{name}: predicts {:?} for XOR {:?}, accuracy {:.0} %",
            evaluation.predictions,
            xor.labels,
            100.0 * evaluation.accuracy
        );
        accuracies.push(evaluation.accuracy);
    }
    println!(
        "\nNo line separates {{(0,1), (1,0)}} from {{(0,0), (1,1)}}: a hidden layer bends the space first."
    );
    Ok(Outcome { single_layer: accuracies[0], two_layers: accuracies[1] })
}

/// Runs with the defaults.
pub fn main() {
    if let Err(error) = run(1500) {
        eprintln!("error: {error}");
        std::process::exit(1);
    }
}
