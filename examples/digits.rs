//! The main job: a network learns the bundled 8×8 handwritten digits.
//!
//! First the finite-difference checker verifies the whole network's gradient, built from the
//! layers' generated backward passes; then training with a progress bar; then the confusion
//! matrix, a few misclassified digits drawn as text, the loss curve as SVG and the trained
//! parameters as JSON (in `target/digits/` unless `--out DIR`), and the test accuracy.
//!
//! Run with `cargo run --release --example digits`. Flags: `--epochs N`, `--seed N`,
//! `--optimizer sgd|momentum|nesterov|rmsprop|adam|adamw`, `--lr X`, `--hidden 128,64`,
//! `--batch N`, `--mnist DIR` (MNIST's four IDX files, plain or .gz), `--out DIR`.

use std::error::Error;
use std::fmt::Write as _;
use std::path::PathBuf;
use std::time::Instant;

use backprop::data::{self, Dataset, Rng, Standardizer};
use backprop::nn::{Activation, Init, LayerSpec, Network};
use backprop::optim::{Optimizer, Rule};
use backprop::train::plot::{Labels, Series, line_chart};
use backprop::train::{self, TrainConfig};

/// What a run does; the defaults are the main job's.
#[derive(Clone, Debug, PartialEq)]
pub struct Options {
    /// Passes over the training set.
    pub epochs: usize,
    /// Seed of the split, the initial weights and the shuffles.
    pub seed: u64,
    /// Optimizer name.
    pub optimizer: String,
    /// Learning rate.
    pub lr: f64,
    /// Widths of the hidden layers.
    pub hidden: Vec<usize>,
    /// Samples per batch.
    pub batch: usize,
    /// Strength of the L2 penalty.
    pub l2: f64,
    /// Dropout probability after each hidden layer.
    pub dropout: f64,
    /// A directory with MNIST's IDX files, in place of the bundled digits.
    pub mnist: Option<PathBuf>,
    /// Where the SVG and JSON files go.
    pub out: PathBuf,
}

impl Default for Options {
    fn default() -> Self {
        Options {
            epochs: 30,
            seed: 1,
            optimizer: "adam".to_owned(),
            lr: 3e-3,
            hidden: vec![128],
            batch: 32,
            l2: 1e-3,
            dropout: 0.0,
            mnist: None,
            out: PathBuf::from(concat!(env!("CARGO_MANIFEST_DIR"), "/../target/digits")),
        }
    }
}

/// Reads the flags; an unknown flag or a bad value is an error saying which.
///
/// # Errors
/// A message naming the flag and what it expects.
pub fn parse(args: impl IntoIterator<Item = String>) -> Result<Options, String> {
    let mut options = Options::default();
    let mut args = args.into_iter();
    while let Some(flag) = args.next() {
        let mut value = || args.next().ok_or_else(|| format!("{flag} needs a value"));
        let bad = |what: &str| format!("{flag} expects {what}");
        match flag.as_str() {
            "--epochs" => options.epochs = value()?.parse().map_err(|_| bad("a whole number"))?,
            "--seed" => options.seed = value()?.parse().map_err(|_| bad("a whole number"))?,
            "--batch" => options.batch = value()?.parse().map_err(|_| bad("a whole number"))?,
            "--lr" => options.lr = value()?.parse().map_err(|_| bad("a number such as 0.001"))?,
            "--l2" => options.l2 = value()?.parse().map_err(|_| bad("a number such as 0.0001"))?,
            "--dropout" => {
                options.dropout = value()?.parse().map_err(|_| bad("a probability such as 0.2"))?;
            }
            "--optimizer" => options.optimizer = value()?,
            "--hidden" => {
                options.hidden = value()?
                    .split(',')
                    .map(|w| w.trim().parse())
                    .collect::<Result<_, _>>()
                    .map_err(|_| bad("widths separated by commas, such as 128,64"))?;
            }
            "--mnist" => options.mnist = Some(PathBuf::from(value()?)),
            "--out" => options.out = PathBuf::from(value()?),
            "--help" | "-h" => return Err(usage()),
            _ => return Err(format!("unknown flag {flag}\n{}", usage())),
        }
    }
    if Rule::named(&options.optimizer).is_none() {
        return Err(format!(
            "--optimizer expects sgd, momentum, nesterov, rmsprop, adam or adamw, not {}",
            options.optimizer
        ));
    }
    Ok(options)
}

fn usage() -> String {
    "usage: digits [--epochs N] [--seed N] [--optimizer sgd|momentum|nesterov|rmsprop|adam|adamw] \
     [--lr X] [--hidden 128,64] [--batch N] [--l2 X] [--dropout P] [--mnist DIR] [--out DIR]"
        .to_owned()
}

/// What a run measured.
#[derive(Clone, Debug, PartialEq)]
pub struct Outcome {
    /// Fraction of test samples classified right.
    pub test_accuracy: f64,
    /// The gradient check passed.
    pub check_passed: bool,
    /// Files written.
    pub files: Vec<PathBuf>,
}

/// The data: the bundled digits split 75/25 by class, or MNIST's own split; standardized with
/// the training part's statistics. Also returns the test images before standardization, to draw.
fn load(options: &Options) -> Result<(Dataset, Dataset, Dataset), Box<dyn Error>> {
    let (train, test) = match &options.mnist {
        Some(dir) => data::mnist(dir)?,
        None => data::digits()?.stratified_split(0.25, &mut Rng::new(options.seed)),
    };
    let scaler = Standardizer::fit(&train.x);
    let raw_test = test.clone();
    let train = Dataset { x: scaler.apply(&train.x), ..train };
    let test = Dataset { x: scaler.apply(&test.x), ..test };
    Ok((train, test, raw_test))
}

/// Runs the job with `options`, printing as it goes.
///
/// # Errors
/// Unreadable data, a failed gradient check, diverged training, or files that cannot be written.
pub fn run(options: &Options) -> Result<Outcome, Box<dyn Error>> {
    let started = Instant::now();
    let (train_set, test_set, raw_test) = load(options)?;
    let source = if options.mnist.is_some() { "MNIST" } else { "bundled 8×8 digits" };
    println!(
        "{source}: {} training and {} test images of {} pixels, {} classes",
        train_set.len(),
        test_set.len(),
        train_set.features(),
        train_set.classes
    );
    let mut specs: Vec<LayerSpec> = options
        .hidden
        .iter()
        .map(|&units| LayerSpec::new(units, Activation::Relu).with_dropout(options.dropout))
        .collect();
    specs.push(LayerSpec::new(train_set.classes, Activation::Identity));
    let mut network = Network::new(train_set.features(), &specs, Init::He, options.seed);
    let widths: Vec<String> = std::iter::once(train_set.features())
        .chain(network.specs.iter().map(|s| s.units))
        .map(|w| w.to_string())
        .collect();
    println!(
        "network {} (relu, He init), {} parameters",
        widths.join("-"),
        network.mlp.layers.iter().map(|l| l.dense.w.len() + l.dense.b.len()).sum::<usize>()
    );

    // The whole network's gradient, from the layers' generated vjps, against finite differences.
    let batch = train_set.take(32);
    let report = network.check(&batch.x, &batch.labels, &network.no_masks(), 0.0);
    println!("{}", report.to_string().lines().next().unwrap_or_default());
    if !report.passed() {
        return Err(format!("the network's gradient failed its check:\n{report}").into());
    }

    let rule = Rule::named(&options.optimizer).ok_or("unknown optimizer")?;
    let mut optimizer = Optimizer::new(rule);
    let config = TrainConfig {
        epochs: options.epochs,
        batch_size: options.batch,
        rate: options.lr,
        seed: options.seed,
        l2: options.l2,
        ..TrainConfig::default()
    };
    println!(
        "training: {} epochs, batches of {}, {} at learning rate {}",
        options.epochs, options.batch, options.optimizer, options.lr
    );
    let history = train::train(&mut network, &mut optimizer, &train_set, Some(&test_set), &config)?;
    for stats in history
        .epochs
        .iter()
        .filter(|s| s.epoch % 5 == 0 || s.epoch == 1 || s.epoch == options.epochs)
    {
        println!(
            "epoch {:>3}: train loss {:.4}, train accuracy {:.1} %, test loss {:.4}, test accuracy {:.1} %",
            stats.epoch,
            stats.train_loss,
            100.0 * stats.train_accuracy,
            stats.test_loss,
            100.0 * stats.test_accuracy
        );
    }

    let evaluation = train::evaluate(&network, &test_set);
    println!("\nconfusion matrix on the test set (rows: true digit, columns: predicted):");
    print!("{}", evaluation.confusion_table());
    if options.mnist.is_none() {
        print_misclassified(&raw_test, &evaluation.predictions, 4);
    }

    std::fs::create_dir_all(&options.out)?;
    let curves = options.out.join("loss.svg");
    let epoch_points = |f: fn(&train::EpochStats) -> f64| -> Vec<(f64, f64)> {
        history.epochs.iter().map(|s| (s.epoch as f64, f(s))).collect()
    };
    line_chart(
        &curves,
        Labels { title: "digits: loss per epoch", x: "epoch", y: "cross-entropy" },
        &[
            Series::new("train", epoch_points(|s| s.train_loss)),
            Series::new("test", epoch_points(|s| s.test_loss)),
        ],
        true,
    )?;
    let params = options.out.join("params.json");
    train::save(&network.mlp, &params)?;
    println!("\nwrote {} and {}", curves.display(), params.display());
    println!("wall time {:.1} s", started.elapsed().as_secs_f64());
    println!("test accuracy: {:.1} %", 100.0 * evaluation.accuracy);
    Ok(Outcome {
        test_accuracy: evaluation.accuracy,
        check_passed: report.passed(),
        files: vec![curves, params],
    })
}

/// Draws up to `count` misclassified 8×8 digits side by side, darker characters for more ink.
fn print_misclassified(raw: &Dataset, predictions: &[usize], count: usize) {
    let wrong: Vec<usize> =
        (0..raw.len()).filter(|&j| raw.labels[j] != predictions[j]).take(count).collect();
    if wrong.is_empty() {
        return;
    }
    println!("\nsome misclassified test digits:");
    let shades = [' ', '.', ':', '+', '#', '@'];
    let captions: Vec<String> =
        wrong.iter().map(|&j| format!("{} read as {}", raw.labels[j], predictions[j])).collect();
    let mut header = String::new();
    for caption in &captions {
        let _ = write!(header, "{caption:<18}");
    }
    println!("{}", header.trim_end());
    for row in 0..8 {
        let mut line = String::new();
        for &j in &wrong {
            for col in 0..8 {
                let ink = raw.x[(row * 8 + col, j)];
                #[allow(
                    clippy::cast_possible_truncation,
                    clippy::cast_sign_loss,
                    reason = "ink is in [0, 1], so the index is in 0..=5"
                )]
                let shade = shades[((ink * 5.0).round() as usize).min(5)];
                line.push(shade);
                line.push(shade);
            }
            line.push_str("  ");
        }
        println!("{}", line.trim_end());
    }
}

/// Parses the flags and runs; an error is printed without a backtrace.
pub fn main() {
    let outcome = parse(std::env::args().skip(1)).map_err(Into::into).and_then(|o| run(&o));
    if let Err(error) = outcome {
        eprintln!("error: {error}");
        std::process::exit(1);
    }
}
