//! Chapter 3: a computational graph, its values on the way forward and adjoints on the way back.
//!
//! In: a small function built node by node on a [`Graph`]. Out: each node's value, each node's
//! adjoint after [`Graph::backward`], and the graph drawn as DOT text and as an SVG figure laid
//! out in columns by depth (no system tools needed).

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

/// The graph as Graphviz DOT text, for readers who have `dot` installed.
pub fn to_dot(graph: &Graph) -> String {
    let mut out = String::from("digraph {\n  rankdir=LR;\n  node [shape=record];\n");
    for (i, node) in graph.nodes.iter().enumerate() {
        let _ = writeln!(
            out,
            "  n{i} [label=\"{} | value {:.4} | adjoint {:.4}\"];",
            formula(graph, i),
            node.value,
            node.adjoint
        );
    }
    for i in 0..graph.nodes.len() {
        for (input, local) in graph.local_derivatives(i) {
            let _ = writeln!(out, "  n{input} -> n{i} [label=\"∂ {local:.4}\"];");
        }
    }
    out + "}\n"
}

const BOX_WIDTH: f64 = 170.0;
const BOX_HEIGHT: f64 = 64.0;
const COLUMN: f64 = 250.0;
const ROW: f64 = 100.0;
const MARGIN: f64 = 30.0;

/// Column of each node: inputs in column 0, every other node one right of its deepest input.
fn depths(graph: &Graph) -> Vec<usize> {
    let mut depth = vec![0; graph.nodes.len()];
    for i in 0..graph.nodes.len() {
        depth[i] = graph
            .local_derivatives(i)
            .iter()
            .map(|&(input, _)| depth[input] + 1)
            .max()
            .unwrap_or(0);
    }
    depth
}

/// The graph as an SVG figure: one box per node with its forward line and value, and, when
/// `adjoints` is true, its adjoint and each edge's local derivative.
pub fn to_svg(graph: &Graph, adjoints: bool) -> String {
    let depth = depths(graph);
    let mut row_in_column = vec![0usize; graph.nodes.len()];
    let mut filled = vec![0usize; depth.iter().max().map_or(1, |d| d + 1)];
    for (i, &d) in depth.iter().enumerate() {
        row_in_column[i] = filled[d];
        filled[d] += 1;
    }
    let rows = filled.iter().copied().max().unwrap_or(1) as f64;
    let position =
        |i: usize| (MARGIN + depth[i] as f64 * COLUMN, MARGIN + row_in_column[i] as f64 * ROW);
    let width = 2.0 * MARGIN + (filled.len() - 1) as f64 * COLUMN + BOX_WIDTH;
    let height = 2.0 * MARGIN + (rows - 1.0) * ROW + BOX_HEIGHT;

    let mut svg = format!(
        "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{width}\" height=\"{height}\" viewBox=\"0 0 {width} {height}\" font-family=\"sans-serif\" font-size=\"14\">\n\
         <defs><marker id=\"arrow\" viewBox=\"0 0 10 10\" refX=\"10\" refY=\"5\" markerWidth=\"8\" markerHeight=\"8\" orient=\"auto\"><path d=\"M0,0 L10,5 L0,10 z\" fill=\"#555\"/></marker></defs>\n\
         <rect width=\"100%\" height=\"100%\" fill=\"white\"/>\n"
    );
    for i in 0..graph.nodes.len() {
        let inputs = graph.local_derivatives(i);
        for (k, &(input, local)) in inputs.iter().enumerate() {
            let (x0, y0) = position(input);
            let (x1, y1) = position(i);
            let (x0, y0, x1, y1) =
                (x0 + BOX_WIDTH, y0 + BOX_HEIGHT / 2.0, x1, y1 + BOX_HEIGHT / 2.0);
            // Two edges between the same pair of nodes (b = a + a) bend apart so both show.
            let twins = inputs.iter().filter(|&&(other, _)| other == input).count();
            let bend = if twins > 1 { if k == 0 { -28.0 } else { 28.0 } } else { 0.0 };
            let (cx, cy) = (f64::midpoint(x0, x1), f64::midpoint(y0, y1) + bend);
            let _ = writeln!(
                svg,
                "<path d=\"M{x0},{y0} Q{cx},{cy} {x1},{y1}\" fill=\"none\" stroke=\"#555\" stroke-width=\"1.5\" marker-end=\"url(#arrow)\"/>"
            );
            if adjoints {
                let (lx, ly) =
                    (0.25 * x0 + 0.5 * cx + 0.25 * x1, 0.25 * y0 + 0.5 * cy + 0.25 * y1 - 6.0);
                let _ = writeln!(
                    svg,
                    "<text x=\"{lx}\" y=\"{ly}\" text-anchor=\"middle\" fill=\"#b03a2e\" font-size=\"12\">∂ = {local:.3}</text>"
                );
            }
        }
    }
    for (i, node) in graph.nodes.iter().enumerate() {
        let (x, y) = position(i);
        let fill = if matches!(node.op, Op::Input) { "#eef5ff" } else { "#f7f7f7" };
        let _ = writeln!(
            svg,
            "<rect x=\"{x}\" y=\"{y}\" width=\"{BOX_WIDTH}\" height=\"{BOX_HEIGHT}\" rx=\"6\" fill=\"{fill}\" stroke=\"#333\"/>\n\
             <text x=\"{}\" y=\"{}\" font-weight=\"bold\">{}</text>\n\
             <text x=\"{}\" y=\"{}\" fill=\"#1f4e9c\">value {:.4}</text>",
            x + 10.0,
            y + 20.0,
            formula(graph, i),
            x + 10.0,
            y + 38.0,
            node.value
        );
        if adjoints {
            let _ = writeln!(
                svg,
                "<text x=\"{}\" y=\"{}\" fill=\"#b03a2e\">adjoint {:.4}</text>",
                x + 10.0,
                y + 56.0,
                node.adjoint
            );
        }
    }
    svg + "</svg>\n"
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
