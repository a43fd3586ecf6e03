//! Vanishing gradients: in a deep sigmoid network, the earlier a layer, the smaller its gradient.
//!
//! Networks of 1 to 4 hidden layers of 30 units, sigmoid (Glorot initialisation) beside relu (He
//! initialisation), on 1,000 of the bundled digits; for each hidden layer the norm of its bias
//! gradient ‖δˡ‖, the "speed" at which it learns, at initialisation. This reproduces chapter 5 of
//! Michael Nielsen's "Neural Networks and Deep Learning" (2015), where with 4 hidden sigmoid
//! layers of 30 on MNIST the norms were about 0.003, 0.017, 0.07 and 0.28 from first to last:
//! σ′ is at most 1/4, so each layer the gradient passes back through shrinks it. The relu nets
//! do not show the pattern nearly as strongly. Then the training loop records the norms while
//! the deepest sigmoid net trains. Writes a log-scale SVG.
//!
//! Run with `cargo run --release --example vanishing`.

use std::error::Error;
use std::path::{Path, PathBuf};

use backprop::data;
use backprop::nn::{Activation, Init, Network};
use backprop::optim::{Optimizer, Rule};
use backprop::train::plot::{Labels, Series, line_chart};
use backprop::train::{self, TrainConfig};

/// The bias-gradient norm of each hidden layer, first to last, per network.
#[derive(Clone, Debug, PartialEq)]
pub struct Outcome {
    /// For 1..=4 hidden sigmoid layers.
    pub sigmoid: Vec<Vec<f64>>,
    /// For 1..=4 hidden relu layers.
    pub relu: Vec<Vec<f64>>,
    /// The SVG written.
    pub plot: PathBuf,
}

fn hidden_norms(
    activation: Activation,
    init: Init,
    depth: usize,
    samples: usize,
) -> Result<Vec<f64>, Box<dyn Error>> {
    let digits = data::digits()?.take(samples);
    let network = Network::classifier(64, &vec![30; depth], 10, activation, init, 5);
    let (_, grad) =
        network.loss_and_grad(&network.mlp, &digits.x, &digits.labels, &network.no_masks(), 0.0);
    Ok(grad.layers[..depth].iter().map(|layer| layer.dense.b.norm()).collect())
}

/// The mean bias-gradient norm of every layer over each epoch while the 4-layer sigmoid net
/// trains, recorded by the training loop.
fn during_training(epochs: usize) -> Result<Vec<Vec<f64>>, Box<dyn Error>> {
    let digits = data::digits()?;
    let mut network = Network::classifier(64, &[30; 4], 10, Activation::Sigmoid, Init::Glorot, 5);
    let config = TrainConfig {
        epochs,
        rate: 0.1,
        record_grad_norms: true,
        progress: false,
        ..TrainConfig::default()
    };
    let history =
        train::train(&mut network, &mut Optimizer::new(Rule::Sgd), &digits, None, &config)?;
    Ok(history.epochs.into_iter().map(|s| s.grad_norms).collect())
}

/// Measures every network on `samples` digits at initialisation, then records the norms while
/// the deepest sigmoid net trains for `epochs`, and writes the plot into `out`.
///
/// # Errors
/// The plot cannot be written, or training diverges.
pub fn run(samples: usize, epochs: usize, out: &Path) -> Result<Outcome, Box<dyn Error>> {
    let mut sigmoid = Vec::new();
    let mut relu = Vec::new();
    println!(
        "‖δˡ‖ (bias gradient) of each hidden layer at initialisation, first to last, on {samples} digits:\n"
    );
    println!("{:<16} layer 1 → last   (ratio of each layer to the next)", "network");
    for (activation, init, store) in
        [(Activation::Sigmoid, Init::Glorot, &mut sigmoid), (Activation::Relu, Init::He, &mut relu)]
    {
        for depth in 1..=4 {
            let norms = hidden_norms(activation, init, depth, samples)?;
            let values: Vec<String> = norms.iter().map(|n| format!("{n:.5}")).collect();
            let ratios: Vec<String> =
                norms.windows(2).map(|w| format!("{:.2}", w[0] / w[1])).collect();
            println!(
                "{:<16} {}   ({})",
                format!("{} × {depth}", activation.name()),
                values.join("  "),
                if ratios.is_empty() { "-".to_owned() } else { ratios.join(", ") }
            );
            store.push(norms);
        }
    }
    println!(
        "\nIn the sigmoid nets each earlier layer learns several times slower than the next, as in Nielsen's chapter 5."
    );
    let during = during_training(epochs)?;
    println!(
        "\nWhile the 4-layer sigmoid net trains (SGD, rate 0.1), the mean ‖δˡ‖ of each epoch:"
    );
    for (epoch, norms) in during.iter().enumerate() {
        let values: Vec<String> = norms[..4].iter().map(|n| format!("{n:.5}")).collect();
        println!("epoch {:>2}: {}", epoch + 1, values.join("  "));
    }

    std::fs::create_dir_all(out)?;
    let plot = out.canonicalize()?.join("vanishing.svg");
    let series: Vec<Series> = [("sigmoid", &sigmoid), ("relu", &relu)]
        .iter()
        .flat_map(|(name, nets)| {
            nets.iter().enumerate().map(move |(k, norms)| {
                let points = norms.iter().enumerate().map(|(l, &n)| ((l + 1) as f64, n)).collect();
                Series::new(format!("{name} × {}", k + 1), points)
            })
        })
        .filter(|s| s.points.len() > 1)
        .collect();
    line_chart(
        &plot,
        Labels {
            title: "gradient norm per hidden layer at initialisation",
            x: "hidden layer",
            y: "‖δ‖ (log scale)",
        },
        &series,
        true,
    )?;
    println!("wrote {}", plot.display());
    Ok(Outcome { sigmoid, relu, plot })
}

/// Runs with the defaults, writing into `target/examples/`.
pub fn main() {
    let out = Path::new(env!("CARGO_MANIFEST_DIR")).join("..").join("target").join("examples");
    if let Err(error) = run(1000, 5, &out) {
        eprintln!("error: {error}");
        std::process::exit(1);
    }
}
