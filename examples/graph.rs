//! Draws chapter 3's computational-graph figures with `f::graph`, the drawing that
//! `#[differentiable(graph)]` adds to a function: no hand-made pictures, no system tools.
//!
//! In: nothing, or a directory as the first argument. Out: `ch03_forward.svg`,
//! `ch03_backward.svg` and `ch03_twice.svg` in that directory (by default the book's
//! `book/src/figures/`). `tests/book.rs` checks that the committed figures are what this draws.
//!
//! Run: `cargo run -p backprop --example graph`

use std::path::PathBuf;

use backprop::graph::Graph;
use backprop::prelude::*;

// ANCHOR: function
/// The chapter's function: f(x, y) = x·y + sin x, with every intermediate named.
#[must_use]
#[differentiable(graph)]
pub fn f(x: f64, y: f64) -> f64 {
    let p = x * y;
    let s = x.sin();
    p + s
}
// ANCHOR_END: function

// ANCHOR: draw
/// The graph of `f` at (x, y) = (2, −3): each node's value on the way forward and its
/// adjoint on the way back. `.to_dot()` gives the same graph as Graphviz text.
#[must_use]
pub fn drawn() -> Graph {
    f::graph(2.0, -3.0)
}
// ANCHOR_END: draw

/// Exercise 1's function: a = 1, b = a + a, c = b + b.
#[differentiable(graph)]
#[allow(clippy::let_and_return, reason = "the exercise names the value `c`, and so does its node")]
#[must_use]
pub fn doubled_twice(a: f64) -> f64 {
    let b = a + a;
    let c = b + b;
    c
}

/// The same graph before the backward pass: the values only.
#[must_use]
pub fn forward_only(graph: &Graph) -> Graph {
    let mut forward = graph.clone();
    for node in &mut forward.nodes {
        node.adjoint = None;
    }
    forward
}

/// Each figure's file name (without `.svg`) and its graph.
#[must_use]
pub fn figures() -> Vec<(&'static str, Graph)> {
    vec![
        ("ch03_forward", forward_only(&drawn())),
        ("ch03_backward", drawn()),
        ("ch03_twice", doubled_twice::graph(1.0)),
    ]
}

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let directory = std::env::args().nth(1).map_or_else(
        || PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../book/src/figures"),
        PathBuf::from,
    );
    for (name, graph) in figures() {
        let path = directory.join(format!("{name}.svg"));
        graph.write_svg(&path)?;
        println!("wrote {}", path.display());
    }
    Ok(())
}
