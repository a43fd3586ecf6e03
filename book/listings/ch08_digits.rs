//! Chapter 8: handwritten digits, the main job in small.
//!
//! In: the bundled 8×8 digits (UCI optdigits), split 80/20 by class. Out: the network's
//! gradient checked before training, the loss and accuracy per epoch, the confusion matrix on
//! the test set, and some of the digits it gets wrong drawn as text.

use std::fmt::Write as _;

use backprop::data::{self, Dataset, Rng, Standardizer};
use backprop::nn::{Activation, Init, Network};
use backprop::optim::{Optimizer, Rule};
use backprop::train::{self, Evaluation, History, TrainConfig};

/// The digits, split into training and test sets, standardized with the training statistics.
/// Also returns the raw test images, for drawing.
pub fn prepared() -> (Dataset, Dataset, DatasetImages) {
    let digits = data::digits().expect("the digits are bundled with the crate");
    let (mut train_set, mut test_set) = digits.stratified_split(0.2, &mut Rng::new(1));
    let raw = DatasetImages(test_set.x.clone());
    let standardizer = Standardizer::fit(&train_set.x);
    train_set.x = standardizer.apply(&train_set.x);
    test_set.x = standardizer.apply(&test_set.x);
    (train_set, test_set, raw)
}

/// Pixel intensities in [0, 1] of the test images, one column per image.
pub struct DatasetImages(pub backprop::nalgebra::DMatrix<f64>);

// ANCHOR: train
/// A 64-64-10 relu network trained with Adam for 15 epochs.
pub fn train_digits() -> (Network, History, Evaluation, bool) {
    let (train_set, test_set, _) = prepared();
    let mut network = Network::classifier(64, &[64], 10, Activation::Relu, Init::He, 1);

    // Before training, the whole network's gradient against finite differences.
    let batch = train_set.take(16);
    let checked = network.check(&batch.x, &batch.labels, &network.no_masks(), 1e-4).passed();

    let mut optimizer = Optimizer::new(Rule::adam());
    let config = TrainConfig {
        epochs: 15,
        batch_size: 32,
        rate: 3e-3,
        l2: 1e-4,
        progress: false,
        ..TrainConfig::default()
    };
    let history = train::train(&mut network, &mut optimizer, &train_set, Some(&test_set), &config)
        .expect("the digits train");
    let evaluation = train::evaluate(&network, &test_set);
    (network, history, evaluation, checked)
}
// ANCHOR_END: train

/// An 8×8 image as text, darker characters for more ink.
pub fn draw(images: &DatasetImages, column: usize) -> Vec<String> {
    const INK: [char; 5] = [' ', '.', ':', 'o', '@'];
    (0..8)
        .map(|row| {
            (0..8)
                .map(|col| {
                    let level = images.0[(row * 8 + col, column)];
                    #[allow(
                        clippy::cast_possible_truncation,
                        clippy::cast_sign_loss,
                        reason = "intensities are in [0, 1]"
                    )]
                    let index = (level * INK.len() as f64) as usize;
                    INK[index.min(INK.len() - 1)]
                })
                .collect()
        })
        .collect()
}

/// The chapter's output: the check, the log, the confusion matrix and four mistakes.
pub fn report() -> String {
    let (_, history, evaluation, checked) = train_digits();
    let (_, test_set, images) = prepared();
    let mut out = format!(
        "gradient check of the untrained network: {}\n\n",
        if checked { "passed" } else { "FAILED" }
    );
    out += "epoch  train loss  train acc  test acc\n";
    for stats in &history.epochs {
        let _ = writeln!(
            out,
            "{:>5}  {:>10.4}  {:>8.1} %  {:>6.1} %",
            stats.epoch,
            stats.train_loss,
            100.0 * stats.train_accuracy,
            100.0 * stats.test_accuracy
        );
    }
    let _ = writeln!(
        out,
        "\nconfusion matrix on the {} test digits (rows: true, columns: predicted)",
        test_set.len()
    );
    out += &evaluation.confusion_table();
    let wrong: Vec<usize> = (0..test_set.len())
        .filter(|&i| evaluation.predictions[i] != test_set.labels[i])
        .take(4)
        .collect();
    let _ = writeln!(
        out,
        "\n{} mistakes; the first {}:",
        (0..test_set.len()).filter(|&i| evaluation.predictions[i] != test_set.labels[i]).count(),
        wrong.len()
    );
    let drawings: Vec<Vec<String>> = wrong.iter().map(|&i| draw(&images, i)).collect();
    let captions: Vec<String> = wrong
        .iter()
        .map(|&i| {
            format!(
                "{:<19}",
                format!("true {} → said {}", test_set.labels[i], evaluation.predictions[i])
            )
        })
        .collect();
    out += captions.concat().trim_end();
    out.push('\n');
    for row in 0..8 {
        let line: Vec<String> =
            drawings.iter().map(|d| format!("{:<19}", format!("|{}|", d[row]))).collect();
        out += line.concat().trim_end();
        out.push('\n');
    }
    out
}

// ANCHOR: exercise_per_class
/// Exercise 1: accuracy per class from the confusion matrix: the diagonal over the row sums.
pub fn per_class_accuracy(evaluation: &Evaluation) -> Vec<f64> {
    evaluation
        .confusion
        .iter()
        .enumerate()
        .map(|(class, row)| row[class] as f64 / row.iter().sum::<usize>().max(1) as f64)
        .collect()
}
// ANCHOR_END: exercise_per_class

// ANCHOR: exercise_confused
/// Exercise 2: the pair (true, predicted) of different classes with the largest count.
pub fn most_confused(evaluation: &Evaluation) -> (usize, usize, usize) {
    let mut worst = (0, 0, 0);
    for (truth, row) in evaluation.confusion.iter().enumerate() {
        for (predicted, &count) in row.iter().enumerate() {
            if truth != predicted && count > worst.2 {
                worst = (truth, predicted, count);
            }
        }
    }
    worst
}
// ANCHOR_END: exercise_confused
