//! Graphviz DOT text of a [`Graph`]: one record per node (its line, value, adjoint), an edge per
//! input read, a cluster per loop.
//!
//! In: a graph. Out: text for `dot -Tsvg`. Every label is escaped for a quoted record label.

use std::fmt::Write;

use super::{Graph, Node, NodeKind};

/// The fill colour of a node of each kind, shared with the SVG drawing.
pub(super) fn fill(kind: NodeKind) -> &'static str {
    match kind {
        NodeKind::Parameter => "#dbe9ff",
        NodeKind::Constant => "#eeeeee",
        NodeKind::Operation => "#ffffff",
        NodeKind::Call => "#fff3c4",
    }
}

/// The lines a node shows: its forward line, then its value and adjoint when recorded.
pub(super) fn lines(node: &Node) -> Vec<String> {
    let mut lines = vec![node.label.clone()];
    if let Some(value) = &node.value {
        lines.push(format!("value {value}"));
    }
    if let Some(adjoint) = &node.adjoint {
        lines.push(format!("adjoint {adjoint}"));
    }
    lines
}

/// Escapes text for a field of a quoted record label: quotes and backslashes for the string,
/// the record syntax characters `{ } | < >` for the record.
fn escape(text: &str) -> String {
    let mut escaped = String::with_capacity(text.len());
    for c in text.chars() {
        if matches!(c, '"' | '\\' | '{' | '}' | '|' | '<' | '>') {
            escaped.push('\\');
        }
        if c == '\n' {
            escaped.push_str("\\n");
        } else {
            escaped.push(c);
        }
    }
    escaped
}

/// Escapes text for a plain quoted string.
fn quoted(text: &str) -> String {
    text.replace('\\', "\\\\").replace('"', "\\\"").replace('\n', "\\n")
}

pub(super) fn render(graph: &Graph) -> String {
    let mut out = format!("digraph \"{}\" {{\n", quoted(&graph.name));
    out.push_str("  rankdir=LR;\n  node [shape=record, style=filled, fontname=\"sans-serif\"];\n");
    for (index, node) in graph.nodes.iter().enumerate() {
        let label: Vec<String> = lines(node).iter().map(|line| escape(line)).collect();
        let border = if graph.output == Some(index) { ", penwidth=2" } else { "" };
        let _ = writeln!(
            out,
            "  n{index} [label=\"{}\", fillcolor=\"{}\"{border}];",
            label.join(" | "),
            fill(node.kind)
        );
    }
    for (cluster, label) in graph.clusters.iter().enumerate() {
        let members: Vec<String> = graph
            .nodes
            .iter()
            .enumerate()
            .filter(|(_, node)| node.cluster == Some(cluster))
            .map(|(index, _)| format!("n{index};"))
            .collect();
        let _ = writeln!(
            out,
            "  subgraph cluster_{cluster} {{ label=\"{}\"; style=dashed; {} }}",
            quoted(label),
            members.join(" ")
        );
    }
    for (from, to) in graph.edges() {
        let _ = writeln!(out, "  n{from} -> n{to};");
    }
    out + "}\n"
}
