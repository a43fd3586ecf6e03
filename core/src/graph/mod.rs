//! The computational graph of a function: its operations as nodes named like the source's
//! variables, and at one point each node's value and adjoint, drawn as DOT text or as SVG.
//!
//! In: nodes and edges, added by hand or by the `graph` function that
//! `#[differentiable(graph)]` writes (`f::graph(args…)` runs the forward and backward pass once
//! and records what it computes; plain `#[differentiable]` leaves it out, since it is a second
//! copy of the function's backward pass for rustc to check). Out: [`Graph::to_dot`] (Graphviz
//! text), [`Graph::to_svg`] (laid out in Rust by `layout-rs`, no system tools) and
//! [`Graph::write_svg`].
//!
//! # Example
//!
//! ```
//! use backprop::graph::Summary;
//! use backprop::prelude::*;
//!
//! #[differentiable(graph)]
//! fn f(x: f64, y: f64) -> f64 {
//!     let p = x * y;
//!     let s = x.sin();
//!     p + s
//! }
//!
//! fn main() {
//!     let graph = f::graph(2.0, -3.0);
//!     let p = graph.node("p").expect("a node for each named value");
//!     assert_eq!(p.label, "p = x * y");
//!     assert_eq!(p.value, Some(Summary::Scalar(-6.0)));
//!     // The adjoint shown for a parameter is the gradient.
//!     let (_, grad) = f::grad(2.0, -3.0);
//!     let x = graph.node("x").expect("a node for each parameter");
//!     assert_eq!(x.adjoint, Some(Summary::Scalar(grad.x)));
//!     assert!(graph.to_dot().contains("p = x * y | value -6.0000 | adjoint 1.0000"));
//!     let svg = graph.to_svg().expect("a generated graph lays out");
//!     assert!(svg.contains("adjoint -3.4161"));
//! }
//! ```
//!
//! A graph can also be built by hand:
//!
//! ```
//! use backprop::graph::{Graph, NodeKind, Summary};
//!
//! let mut graph = Graph::new("f");
//! let x = graph.add("x", "x: f64", NodeKind::Parameter, &[]);
//! let y = graph.add("y", "y: f64", NodeKind::Parameter, &[]);
//! let p = graph.add("p", "p = x * y", NodeKind::Operation, &[x, y]);
//! graph.nodes[p].value = Some(Summary::Scalar(-6.0));
//! graph.output = Some(p);
//! assert!(graph.to_dot().contains("n0 -> n2;"));
//! let svg = graph.to_svg().expect("a graph whose nodes read earlier nodes lays out");
//! assert!(svg.contains("p = x * y") && svg.contains("value -6.0000"));
//! ```
//!
//! # What `f::graph` draws
//!
//! - Each parameter is a node; each operation is a node named after the `let` that binds it
//!   (an intermediate the source leaves unnamed gets the generated code's name), with an edge from every value it reads. A call of another `#[differentiable]`
//!   function is one node named after the callee.
//! - A branch (`if`/`match`) draws the operations of the arm taken; the others are not run, so
//!   they are not drawn.
//! - A loop is drawn once, as a cluster labelled with its header: its operations show the
//!   values and adjoints of the last iteration.
//! - The adjoint shown for a differentiable parameter is the gradient `f::grad` returns at that
//!   point; a constant parameter shows no adjoint. A value no parameter flows into (a size, a
//!   label slice, a constant) is drawn without a value. A matrix output is seeded with ones:
//!   the adjoints are those of the sum of its entries.
//! - `f::graph` is a second copy of `f::pullback` with reporting lines, compiled beside it and
//!   left out of `SOURCE`. It costs compile time (type-checking the project's 300 random
//!   programs took about 1.8 times as long with it; for a small function it is about a third
//!   of what rustc checks) and nothing at run time unless called, so it is generated only for
//!   a function marked `#[differentiable(graph)]`. Without it, a call of `f::graph` fails to
//!   compile with a message that says to add `graph` to the attribute.

mod dot;
#[doc(hidden)]
pub mod recording;
mod summary;
mod svg;
#[cfg(test)]
mod tests;

use std::fmt;
use std::path::Path;

pub use summary::Summary;

/// What a node stands for.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum NodeKind {
    /// A parameter the gradient is taken with respect to.
    Parameter,
    /// A parameter or value that no gradient flows into (data, labels, sizes).
    Constant,
    /// One operation of the forward pass.
    Operation,
    /// A call of another `#[differentiable]` function, drawn as one node.
    Call,
}

/// One node: a value of the function.
#[derive(Clone, Debug, PartialEq)]
pub struct Node {
    /// The variable's name in the source (`h`), or the generated name of an intermediate.
    pub name: String,
    /// The forward line that computes it (`h = sigmoid(&z)`), or the parameter's type.
    pub label: String,
    /// What the node stands for.
    pub kind: NodeKind,
    /// The name comes from the source (a parameter or a `let`), not from the generated code.
    pub named: bool,
    /// The nodes it reads, by index; one index twice when it reads a value twice.
    pub inputs: Vec<usize>,
    /// The cluster (a loop) it belongs to, by index into [`Graph::clusters`].
    pub cluster: Option<usize>,
    /// Its value at the point the graph was drawn at, when recorded.
    pub value: Option<Summary>,
    /// Its adjoint ∂output/∂node at that point, when recorded.
    pub adjoint: Option<Summary>,
}

/// A computational graph: nodes in the order the forward pass makes them, so a node's inputs
/// come before it.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Graph {
    /// The function's name (the title of the drawing).
    pub name: String,
    /// The nodes, parameters first.
    pub nodes: Vec<Node>,
    /// Labels of the clusters nodes may belong to (`for t in 0..n`).
    pub clusters: Vec<String>,
    /// The node holding the function's value.
    pub output: Option<usize>,
}

/// Why a graph cannot be drawn.
#[derive(Debug)]
pub enum GraphError {
    /// A node reads a node that does not come before it.
    Input {
        /// The reading node's name.
        node: String,
        /// The index it reads.
        input: usize,
    },
    /// The layout engine gave up on the graph.
    Layout(String),
    /// Writing the file failed.
    Io(std::io::Error),
}

impl fmt::Display for GraphError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            GraphError::Input { node, input } => write!(
                f,
                "node `{node}` reads node {input}, which does not come before it: add a node's \
                 inputs before the node"
            ),
            GraphError::Layout(message) => write!(f, "the graph could not be laid out: {message}"),
            GraphError::Io(error) => write!(f, "the SVG file could not be written: {error}"),
        }
    }
}

impl std::error::Error for GraphError {}

impl Graph {
    /// An empty graph with a title.
    #[must_use]
    pub fn new(name: &str) -> Graph {
        Graph { name: name.to_owned(), ..Graph::default() }
    }

    /// Adds a node without value or adjoint and returns its index.
    pub fn add(&mut self, name: &str, label: &str, kind: NodeKind, inputs: &[usize]) -> usize {
        self.nodes.push(Node {
            name: name.to_owned(),
            label: label.to_owned(),
            kind,
            named: true,
            inputs: inputs.to_vec(),
            cluster: None,
            value: None,
            adjoint: None,
        });
        self.nodes.len() - 1
    }

    /// Adds a cluster (a loop) and returns its index.
    pub fn add_cluster(&mut self, label: &str) -> usize {
        self.clusters.push(label.to_owned());
        self.clusters.len() - 1
    }

    /// The first node with this name.
    #[must_use]
    pub fn node(&self, name: &str) -> Option<&Node> {
        self.nodes.iter().find(|node| node.name == name)
    }

    /// Every edge as (from, to), in the order of the readers.
    #[must_use]
    pub fn edges(&self) -> Vec<(usize, usize)> {
        self.nodes
            .iter()
            .enumerate()
            .flat_map(|(to, node)| node.inputs.iter().map(move |&from| (from, to)))
            .collect()
    }

    /// Every node reads only nodes before it.
    fn validate(&self) -> Result<(), GraphError> {
        for (index, node) in self.nodes.iter().enumerate() {
            if let Some(&input) = node.inputs.iter().find(|&&input| input >= index) {
                return Err(GraphError::Input { node: node.name.clone(), input });
            }
        }
        Ok(())
    }

    /// The graph as Graphviz DOT text (`dot -Tsvg graph.dot > graph.svg` draws it where
    /// Graphviz is installed): one record per node with its line, value and adjoint, loops as
    /// clusters.
    #[must_use]
    pub fn to_dot(&self) -> String {
        dot::render(self)
    }

    /// The graph as an SVG document, laid out left to right by `layout-rs`.
    ///
    /// # Errors
    ///
    /// When a node reads a node after it, or the layout engine fails.
    pub fn to_svg(&self) -> Result<String, GraphError> {
        self.validate()?;
        svg::render(self)
    }

    /// Writes [`Graph::to_svg`] to `path`, through a temporary file renamed over it, so a
    /// reader never sees half a file.
    ///
    /// # Errors
    ///
    /// As [`Graph::to_svg`], or when the file cannot be written.
    pub fn write_svg(&self, path: impl AsRef<Path>) -> Result<(), GraphError> {
        let path = path.as_ref();
        let svg = self.to_svg()?;
        let mut temporary = path.as_os_str().to_owned();
        temporary.push(".tmp");
        std::fs::write(&temporary, svg).map_err(GraphError::Io)?;
        std::fs::rename(&temporary, path).map_err(GraphError::Io)
    }

    /// Records a node's value, overwriting an earlier one (a loop keeps its last
    /// iteration's). An empty placeholder is not recorded.
    #[doc(hidden)]
    pub fn record_value(&mut self, node: usize, summary: Option<Summary>) {
        if let (Some(slot), Some(summary)) = (self.nodes.get_mut(node), shown(summary)) {
            slot.value = Some(summary);
        }
    }

    /// Records a node's complete adjoint. The backward pass visits a loop's last iteration
    /// first, so the first adjoint recorded is kept.
    #[doc(hidden)]
    pub fn record_adjoint(&mut self, node: usize, summary: Option<Summary>) {
        if let (Some(slot), Some(summary)) = (self.nodes.get_mut(node), shown(summary))
            && slot.adjoint.is_none()
        {
            slot.adjoint = Some(summary);
        }
    }
}

/// A summary worth showing: not the empty placeholder of an adjoint nobody computed.
fn shown(summary: Option<Summary>) -> Option<Summary> {
    summary.filter(|summary| match summary {
        Summary::Tensor { rows, cols, .. } => rows * cols > 0,
        Summary::Struct { elements, .. } => *elements > 0,
        Summary::Scalar(_) => true,
    })
}
