//! Chapter 3: a computational graph, its values on the way forward and adjoints on the way back.
//!
//! In: a small function built node by node on a [`Graph`]. Out: each node's value and, after
//! [`Graph::backward`], each node's adjoint, as a table. (The chapter's figures are drawn by
//! `examples/graph.rs` with `f::graph`, from the same function marked `#[differentiable]`.)

use std::fmt::Write;

// ANCHOR: graph
/// The operation that made a node, with the indices of the nodes it read.
#[derive(Clone, Copy, Debug)]
pub enum Op {
    /// An input of the function.
    Input,
    /// `a + b`.
    Add(usize, usize),
    /// `a · b`.
    Mul(usize, usize),
    /// `sin a`.
    Sin(usize),
}

/// One node: its name, how it was made, its value and (after the backward pass) its adjoint.
#[derive(Clone, Debug)]
pub struct Node {
    /// The variable's name in the source.
    pub name: &'static str,
    /// The operation that computed it.
    pub op: Op,
    /// The value the forward pass computed.
    pub value: f64,
    /// ∂output/∂(this node), filled in by the backward pass.
    pub adjoint: f64,
}

/// The graph of a function, its nodes in the order the forward pass made them.
#[derive(Clone, Debug, Default)]
pub struct Graph {
    /// Every node, inputs first; a node only reads nodes before it.
    pub nodes: Vec<Node>,
}

impl Graph {
    fn push(&mut self, name: &'static str, op: Op, value: f64) -> usize {
        self.nodes.push(Node { name, op, value, adjoint: 0.0 });
        self.nodes.len() - 1
    }

    /// A new input with its value.
    pub fn input(&mut self, name: &'static str, value: f64) -> usize {
        self.push(name, Op::Input, value)
    }

    /// `name = a + b`.
    pub fn add(&mut self, name: &'static str, a: usize, b: usize) -> usize {
        self.push(name, Op::Add(a, b), self.nodes[a].value + self.nodes[b].value)
    }

    /// `name = a · b`.
    pub fn mul(&mut self, name: &'static str, a: usize, b: usize) -> usize {
        self.push(name, Op::Mul(a, b), self.nodes[a].value * self.nodes[b].value)
    }

    /// `name = sin a`.
    pub fn sin(&mut self, name: &'static str, a: usize) -> usize {
        self.push(name, Op::Sin(a), self.nodes[a].value.sin())
    }

    /// The local derivatives of a node: for each node it reads, ∂node/∂input at this point.
    pub fn local_derivatives(&self, node: usize) -> Vec<(usize, f64)> {
        let value = |i: usize| self.nodes[i].value;
        match self.nodes[node].op {
            Op::Input => vec![],
            Op::Add(a, b) => vec![(a, 1.0), (b, 1.0)],
            Op::Mul(a, b) => vec![(a, value(b)), (b, value(a))],
            Op::Sin(a) => vec![(a, value(a).cos())],
        }
    }

    /// The backward pass: seed the output's adjoint with 1, then visit the nodes in reverse
    /// order of creation. When a node is visited every node that reads it has been visited
    /// already, so its adjoint is complete; it passes adjoint × local derivative to each input,
    /// and an input read twice receives (and sums) two contributions.
    pub fn backward(&mut self, output: usize) {
        for node in &mut self.nodes {
            node.adjoint = 0.0;
        }
        self.nodes[output].adjoint = 1.0;
        for node in (0..=output).rev() {
            let adjoint = self.nodes[node].adjoint;
            for (input, local) in self.local_derivatives(node) {
                self.nodes[input].adjoint += adjoint * local;
            }
        }
    }
}
// ANCHOR_END: graph

// ANCHOR: example
/// The chapter's function f(x, y) = x·y + sin x, built at (x, y) = (2, −3). `x` is read twice.
pub fn example() -> (Graph, usize) {
    let mut g = Graph::default();
    let x = g.input("x", 2.0);
    let y = g.input("y", -3.0);
    let s = g.sin("s", x);
    let p = g.mul("p", x, y);
    let f = g.add("f", p, s);
    (g, f)
}
// ANCHOR_END: example

/// The forward line that made a node, as it reads in the source.
pub fn formula(graph: &Graph, node: usize) -> String {
    let name = |i: usize| graph.nodes[i].name;
    let own = graph.nodes[node].name;
    match graph.nodes[node].op {
        Op::Input => format!("{own} (input)"),
        Op::Add(a, b) => format!("{own} = {} + {}", name(a), name(b)),
        Op::Mul(a, b) => format!("{own} = {} · {}", name(a), name(b)),
        Op::Sin(a) => format!("{own} = sin {}", name(a)),
    }
}

/// A table of every node's value and adjoint.
pub fn table(graph: &Graph) -> String {
    let mut out = String::from("node            value      adjoint\n");
    for (i, node) in graph.nodes.iter().enumerate() {
        let _ =
            writeln!(out, "{:<14} {:>7.4}  {:>10.4}", formula(graph, i), node.value, node.adjoint);
    }
    out
}

// ANCHOR: exercise_twice
/// Exercise 1: a = 1, b = a + a, c = b + b. Every path from a to c multiplies local
/// derivatives 1 · 1, and there are four paths, so dc/da = 4.
pub fn doubled_twice() -> (Graph, usize) {
    let mut g = Graph::default();
    let a = g.input("a", 1.0);
    let b = g.add("b", a, a);
    let c = g.add("c", b, b);
    (g, c)
}
// ANCHOR_END: exercise_twice

// ANCHOR: exercise_naive
/// Exercise 2: the tempting recursive backward pass. Each edge pushes the node's *whole*
/// adjoint so far into its input and recurses at once, before the node has heard from all of
/// its readers, so contributions that arrive later are pushed again. Returns the adjoint the
/// inputs end up with.
pub fn naive_backward(graph: &mut Graph, output: usize) {
    fn visit(graph: &mut Graph, node: usize) {
        for (input, local) in graph.local_derivatives(node) {
            graph.nodes[input].adjoint += graph.nodes[node].adjoint * local;
            visit(graph, input);
        }
    }
    for node in &mut graph.nodes {
        node.adjoint = 0.0;
    }
    graph.nodes[output].adjoint = 1.0;
    visit(graph, output);
}
// ANCHOR_END: exercise_naive
