//! Regularization: a network far too large for its training set memorizes it; an L2 penalty or
//! dropout may narrow the gap between training and test accuracy. On these digits the gain is
//! small (a point or so): they are easy enough that even the memorizing network generalizes.
//!
//! 64-256-256-10 relu networks train on only 150 of the digits (about 15 per class) and are
//! tested on 450 others: without regularization, then with an L2 penalty (weight decay), then
//! with dropout of half the hidden units. Prints train and test accuracy for each.
//!
//! Run with `cargo run --release --example regularization`.

use std::error::Error;

use backprop::data::{self, Dataset, Rng, Standardizer};
use backprop::nn::{Activation, Init, LayerSpec, Network};
use backprop::optim::{Optimizer, Rule};
use backprop::train::{self, TrainConfig};

/// Per setting: its name, train accuracy and test accuracy.
pub type Outcome = Vec<(String, f64, f64)>;

fn network(dropout: f64) -> Network {
    let specs = [
        LayerSpec::new(256, Activation::Relu).with_dropout(dropout),
        LayerSpec::new(256, Activation::Relu).with_dropout(dropout),
        LayerSpec::new(10, Activation::Identity),
    ];
    Network::new(64, &specs, Init::He, 9)
}

/// Trains the three settings for `epochs` and prints their accuracies.
///
/// # Errors
/// The data cannot be read, or training diverges.
pub fn run(epochs: usize) -> Result<Outcome, Box<dyn Error>> {
    let (pool, test_set) = data::digits()?.stratified_split(0.25, &mut Rng::new(1));
    let (_, small) = pool.stratified_split(150.0 / pool.len() as f64, &mut Rng::new(2));
    let scaler = Standardizer::fit(&small.x);
    let train_set = Dataset { x: scaler.apply(&small.x), ..small };
    let test_set = Dataset { x: scaler.apply(&test_set.x), ..test_set };
    println!(
        "64-256-256-10 relu on {} training digits, tested on {}:\n",
        train_set.len(),
        test_set.len()
    );
    println!("{:<22} {:>10} {:>10} {:>8}", "regularization", "train", "test", "gap");
    let settings = [("none", 0.0, 0.0), ("L2, λ = 0.03", 0.03, 0.0), ("dropout 0.5", 0.0, 0.5)];
    let mut outcome = Vec::new();
    for (name, l2, dropout) in settings {
        let mut net = network(dropout);
        let config = TrainConfig {
            epochs,
            batch_size: 16,
            rate: 1e-3,
            l2,
            progress: false,
            ..TrainConfig::default()
        };
        train::train(&mut net, &mut Optimizer::new(Rule::adam()), &train_set, None, &config)?;
        let on_train = train::evaluate(&net, &train_set).accuracy;
        let on_test = train::evaluate(&net, &test_set).accuracy;
        println!(
            "{name:<22} {:>8.1} % {:>8.1} % {:>6.1}",
            100.0 * on_train,
            100.0 * on_test,
            100.0 * (on_train - on_test)
        );
        outcome.push((name.to_owned(), on_train, on_test));
    }
    Ok(outcome)
}

/// Runs with the defaults.
pub fn main() {
    if let Err(error) = run(60) {
        eprintln!("error: {error}");
        std::process::exit(1);
    }
}
