//! `f::graph`: node names are the source's variable names, and the adjoint shown for each
//! parameter is the gradient `f::grad` gives, which `f::check` confirms against finite
//! differences; for scalar, matrix, branch, loop and call functions.
//!
//! In: small `#[differentiable]` functions. Out: assertions on their graphs and drawings.

use backprop::graph::{Graph, NodeKind, Summary};
use backprop::prelude::*;

/// The names of the nodes named in the source, in order.
fn source_names(graph: &Graph) -> Vec<&str> {
    graph.nodes.iter().filter(|node| node.named).map(|node| node.name.as_str()).collect()
}

fn adjoint_of<'g>(graph: &'g Graph, name: &str) -> Option<&'g Summary> {
    graph.node(name).and_then(|node| node.adjoint.as_ref())
}

fn value_of<'g>(graph: &'g Graph, name: &str) -> Option<&'g Summary> {
    graph.node(name).and_then(|node| node.value.as_ref())
}

/// Every node's label is in the drawing, which is also written to
/// `target/tmp/graph/<function>.svg` for a look.
fn drawn(graph: &Graph) -> String {
    let svg = graph.to_svg().expect("a generated graph lays out");
    let directory = std::path::Path::new(env!("CARGO_TARGET_TMPDIR")).join("graph");
    std::fs::create_dir_all(&directory).expect("the scratch directory is writable");
    graph.write_svg(directory.join(format!("{}.svg", graph.name))).expect("writes");
    for node in &graph.nodes {
        let escaped = node.label.replace('&', "&amp;").replace('<', "&lt;").replace('>', "&gt;");
        assert!(svg.contains(&escaped), "`{}` is not drawn", node.label);
    }
    svg
}

#[differentiable(graph)]
fn chain(x: f64, y: f64) -> f64 {
    let p = x * y;
    let s = x.sin();
    p + s
}

#[test]
fn scalar_function() {
    let report = chain::check(2.0, -3.0);
    assert!(report.passed(), "{report}");
    let (value, grad) = chain::grad(2.0, -3.0);
    let graph = chain::graph(2.0, -3.0);
    assert_eq!(source_names(&graph), ["x", "y", "p", "s", "chain"]);
    assert_eq!(adjoint_of(&graph, "x"), Some(&Summary::Scalar(grad.x)));
    assert_eq!(adjoint_of(&graph, "y"), Some(&Summary::Scalar(grad.y)));
    assert_eq!(value_of(&graph, "chain"), Some(&Summary::Scalar(value)));
    assert_eq!(graph.output.map(|output| graph.nodes[output].name.as_str()), Some("chain"));
    let p = graph.node("p").expect("p is a node");
    assert_eq!(p.label, "p = x * y");
    assert_eq!(p.inputs, [0, 1], "p reads x and y");
    assert_eq!(p.adjoint, Some(Summary::Scalar(1.0)), "∂chain/∂p");
    assert_eq!(graph.node("x").map(|x| x.kind), Some(NodeKind::Parameter));
    drawn(&graph);
}

#[differentiable(graph)]
fn loss(w: &DMatrix<f64>, b: &DVector<f64>, x: &DMatrix<f64>, y: &DMatrix<f64>) -> f64 {
    let z = add_bias(&(w * x), b);
    let h = sigmoid(&z);
    mse(&h, y)
}

#[test]
fn matrix_function() {
    let w = DMatrix::from_fn(2, 3, |i, j| 0.1 * (i + 2 * j) as f64 - 0.2);
    let b = DVector::from_element(2, 0.1);
    let x = DMatrix::from_fn(3, 4, |i, j| (i as f64 - j as f64) * 0.3);
    let y = DMatrix::from_fn(2, 4, |i, j| ((i + j) % 2) as f64);
    let report = loss::check(&w, &b, &x, &y);
    assert!(report.passed(), "{report}");
    let (_, grad) = loss::grad(&w, &b, &x, &y);
    let graph = loss::graph(&w, &b, &x, &y);
    assert_eq!(source_names(&graph), ["w", "b", "x", "y", "z", "h", "loss"]);
    assert_eq!(adjoint_of(&graph, "w"), Some(&Summary::of(&grad.w)));
    assert_eq!(adjoint_of(&graph, "b"), Some(&Summary::of(&grad.b)));
    assert_eq!(adjoint_of(&graph, "x"), Some(&Summary::of(&grad.x)));
    assert_eq!(adjoint_of(&graph, "y"), Some(&Summary::of(&grad.y)));
    let h = value_of(&graph, "h").expect("h has a value");
    assert!(h.to_string().starts_with("2×4 ["), "{h}");
    // The product the source leaves unnamed is a node of its own, not named by the source.
    let product = graph.nodes.iter().find(|node| node.label.ends_with("= w * x"));
    assert!(product.is_some_and(|node| !node.named), "{}", graph.to_dot());
    drawn(&graph);
}

#[differentiable(graph)]
fn branchy(x: f64, y: f64) -> f64 {
    let scale = if x > y {
        let gap = x - y;
        gap * 2.0
    } else {
        let total = x + y;
        total.sin()
    };
    scale * x
}

#[test]
fn branch_draws_the_arm_taken() {
    for (x, y, taken, not_taken) in [(3.0, 1.0, "gap", "total"), (1.0, 3.0, "total", "gap")] {
        let report = branchy::check(x, y);
        assert!(report.passed(), "{report}");
        let (_, grad) = branchy::grad(x, y);
        let graph = branchy::graph(x, y);
        assert!(graph.node(taken).is_some(), "{taken} missing:\n{}", graph.to_dot());
        assert!(graph.node(not_taken).is_none(), "{not_taken} drawn:\n{}", graph.to_dot());
        assert!(source_names(&graph).contains(&"scale"));
        assert_eq!(adjoint_of(&graph, "x"), Some(&Summary::Scalar(grad.x)));
        assert_eq!(adjoint_of(&graph, "y"), Some(&Summary::Scalar(grad.y)));
        drawn(&graph);
    }
}

#[differentiable(graph)]
fn power_sum(x: f64, n: usize) -> f64 {
    let mut acc = 0.0;
    for k in 0..n {
        let scaled = acc * x;
        acc = scaled + (k as f64 + 1.0);
    }
    acc
}

#[test]
fn loop_is_one_cluster_with_the_last_iteration() {
    let (x, n) = (0.5, 4);
    let report = power_sum::check(x, n);
    assert!(report.passed(), "{report}");
    let (value, grad) = power_sum::grad(x, n);
    let graph = power_sum::graph(x, n);
    assert_eq!(graph.clusters, ["for k in 0..n (last iteration)"]);
    let scaled = graph.node("scaled").expect("the loop body's value");
    assert_eq!(scaled.cluster, Some(0));
    // The last iteration scales the sum of the first three: 1·x² + 2·x + 3 = 4.25.
    assert_eq!(scaled.value, Some(Summary::Scalar(4.25 * x)));
    assert_eq!(scaled.adjoint, Some(Summary::Scalar(1.0)), "the last iteration adds it once");
    assert_eq!(value_of(&graph, "power_sum"), Some(&Summary::Scalar(value)));
    assert_eq!(adjoint_of(&graph, "x"), Some(&Summary::Scalar(grad.x)));
    assert_eq!(adjoint_of(&graph, "n"), None, "a count has no adjoint");
    assert_eq!(graph.node("n").map(|n| n.kind), Some(NodeKind::Constant));
    assert!(graph.to_dot().contains("subgraph cluster_0"));
    drawn(&graph);
}

#[differentiable]
fn square(v: f64) -> f64 {
    v * v
}

#[differentiable(graph)]
fn calls(x: f64) -> f64 {
    let q = square(x);
    q + x
}

#[test]
fn a_call_is_one_node_named_after_the_callee() {
    let report = calls::check(1.5);
    assert!(report.passed(), "{report}");
    let (_, grad) = calls::grad(1.5);
    let graph = calls::graph(1.5);
    assert_eq!(source_names(&graph), ["x", "q", "calls"]);
    let q = graph.node("q").expect("the call's node");
    assert_eq!(q.kind, NodeKind::Call);
    assert_eq!(q.label, "q = square(x)");
    assert_eq!(q.value, Some(Summary::Scalar(2.25)));
    assert_eq!(adjoint_of(&graph, "x"), Some(&Summary::Scalar(grad.x)));
    drawn(&graph);
}

#[differentiable(graph)]
fn shadowing(x: f64) -> f64 {
    let h = x * 3.0;
    let h = h.tanh();
    h * h
}

#[test]
fn a_shadowed_name_keeps_the_source_name() {
    let graph = shadowing::graph(0.2);
    assert_eq!(source_names(&graph), ["x", "h", "h", "shadowing"]);
    let labels: Vec<&str> = graph.nodes.iter().map(|node| node.label.as_str()).collect();
    assert!(labels.contains(&"h = h.tanh()"), "{labels:?}");
    assert!(labels.contains(&"shadowing = h * h"), "{labels:?}");
}

#[derive(Params, Clone, Debug)]
struct Affine {
    w: DMatrix<f64>,
    b: DVector<f64>,
}

#[differentiable(wrt(p), graph)]
fn classify(p: &Affine, x: &DMatrix<f64>, labels: &[usize]) -> f64 {
    let z = add_bias(&(&p.w * x), &p.b);
    let squashed = z.map(|v| v.tanh() * 2.0);
    cross_entropy(&squashed, labels)
}

#[test]
fn struct_parameters_data_labels_and_map() {
    let p = Affine {
        w: DMatrix::from_fn(3, 2, |i, j| 0.3 * i as f64 - 0.2 * j as f64),
        b: DVector::from_fn(3, |i, _| 0.1 * i as f64),
    };
    let x = DMatrix::from_fn(2, 4, |i, j| (i + j) as f64 * 0.25 - 0.5);
    let labels = [0, 2, 1, 2];
    let report = classify::check(&p, &x, &labels);
    assert!(report.passed(), "{report}");
    let (_, grad) = classify::grad(&p, &x, &labels);
    let graph = classify::graph(&p, &x, &labels);
    assert_eq!(source_names(&graph), ["p", "x", "labels", "z", "squashed", "classify"]);
    let shown = adjoint_of(&graph, "p").expect("the struct's gradient");
    assert_eq!(shown, &Summary::of(&grad.p));
    assert!(shown.to_string().starts_with("struct of 9 "), "{shown}");
    assert_eq!(graph.node("x").map(|x| x.kind), Some(NodeKind::Constant));
    assert_eq!(adjoint_of(&graph, "x"), None, "not in wrt: no adjoint");
    assert!(value_of(&graph, "x").is_some(), "data shows its value");
    assert_eq!(value_of(&graph, "labels"), None, "labels have nothing to show");
    let squashed = graph.node("squashed").expect("the map's node");
    assert_eq!(squashed.label, "squashed = z.map(|v| …)");
    assert!(squashed.adjoint.is_some());
    drawn(&graph);
}

#[differentiable(graph)]
fn single(x: f32) -> f32 {
    let y = x * 3.0;
    y.sin()
}

#[test]
fn single_precision() {
    let report = single::check(0.4);
    assert!(report.passed(), "{report}");
    let (_, grad) = single::grad(0.4);
    let graph = single::graph(0.4);
    assert_eq!(adjoint_of(&graph, "x"), Some(&Summary::Scalar(f64::from(grad.x))));
    assert_eq!(source_names(&graph), ["x", "y", "single"]);
}
