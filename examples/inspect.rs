//! Prints the backward pass `#[differentiable]` wrote for a small network's loss, and the
//! finite-difference check of its gradient.
//!
//! Run with `cargo run --release --example inspect`.

use backprop::prelude::*;

/// A dense layer: `W·x + b`, with samples as columns.
#[derive(Params, Clone, Debug)]
struct Dense {
    w: DMatrix<f64>,
    b: DVector<f64>,
}

/// Two dense layers with a tanh between them.
#[derive(Params, Clone, Debug)]
struct Network {
    hidden: Dense,
    output: Dense,
}

#[differentiable]
fn layer(p: &Dense, x: &DMatrix<f64>) -> DMatrix<f64> {
    add_bias(&(&p.w * x), &p.b)
}

#[differentiable]
fn network_loss(p: &Network, x: &DMatrix<f64>, labels: &[usize]) -> f64 {
    let h = tanh(&layer(&p.hidden, x));
    let logits = layer(&p.output, &h);
    cross_entropy(&logits, labels)
}

/// Prints the two backward passes and the check; public so that `tests/examples.rs` runs it too.
pub fn main() {
    let p = Network {
        hidden: Dense {
            w: DMatrix::from_fn(5, 4, |i, j| ((i * 4 + j) as f64 * 0.61).sin() * 0.4),
            b: DVector::from_element(5, 0.05),
        },
        output: Dense {
            w: DMatrix::from_fn(3, 5, |i, j| ((i + 2 * j) as f64 * 0.83).cos() * 0.4),
            b: DVector::zeros(3),
        },
    };
    let x = DMatrix::from_fn(4, 8, |i, j| ((i * 8 + j) as f64 * 0.29).sin());
    let labels = [0, 1, 2, 0, 1, 2, 0, 1];

    println!("// network_loss::SOURCE\n{}\n", network_loss::SOURCE);
    println!("// layer::SOURCE\n{}\n", layer::SOURCE);
    let report = network_loss::check(&p, &x, &labels);
    println!("{report}");
    assert!(report.passed(), "the generated gradient should pass its check");
}
