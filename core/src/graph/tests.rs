//! Unit tests of the graph: DOT text of a hand-built graph, SVG that parses and shows every
//! label, escaping, summaries and the recorder's rules.

use nalgebra::{DMatrix, DVector};

use super::{Graph, GraphError, NodeKind, Summary};

/// f(x, y) = x·y + sin x at (2, −3), with values and adjoints filled in by hand.
fn chapter_three() -> Graph {
    let mut graph = Graph::new("f");
    let x = graph.add("x", "x: f64", NodeKind::Parameter, &[]);
    let y = graph.add("y", "y: f64", NodeKind::Parameter, &[]);
    let p = graph.add("p", "p = x * y", NodeKind::Operation, &[x, y]);
    let s = graph.add("s", "s = x.sin()", NodeKind::Operation, &[x]);
    let f = graph.add("f", "f = p + s", NodeKind::Operation, &[p, s]);
    graph.output = Some(f);
    let values = [2.0, -3.0, -6.0, 2f64.sin(), 2f64.sin() - 6.0];
    let adjoints = [2f64.cos() - 3.0, 2.0, 1.0, 1.0, 1.0];
    for (node, (value, adjoint)) in values.into_iter().zip(adjoints).enumerate() {
        graph.record_value(node, Some(Summary::Scalar(value)));
        graph.record_adjoint(node, Some(Summary::Scalar(adjoint)));
    }
    graph
}

#[test]
fn dot_text_of_a_hand_built_graph() {
    let expected = r##"digraph "f" {
  rankdir=LR;
  node [shape=record, style=filled, fontname="sans-serif"];
  n0 [label="x: f64 | value 2.0000 | adjoint -3.4161", fillcolor="#dbe9ff"];
  n1 [label="y: f64 | value -3.0000 | adjoint 2.0000", fillcolor="#dbe9ff"];
  n2 [label="p = x * y | value -6.0000 | adjoint 1.0000", fillcolor="#ffffff"];
  n3 [label="s = x.sin() | value 0.9093 | adjoint 1.0000", fillcolor="#ffffff"];
  n4 [label="f = p + s | value -5.0907 | adjoint 1.0000", fillcolor="#ffffff", penwidth=2];
  n0 -> n2;
  n1 -> n2;
  n0 -> n3;
  n2 -> n4;
  n3 -> n4;
}
"##;
    assert_eq!(chapter_three().to_dot(), expected);
}

/// Checks that `svg` is one `<svg>` element whose tags nest and close, and returns its text
/// content (entities left as written).
fn well_formed_text(svg: &str) -> String {
    let mut open: Vec<String> = Vec::new();
    let mut text = String::new();
    let mut rest = svg.trim();
    assert!(rest.starts_with("<svg"), "does not start with <svg: {rest:.40}");
    while let Some(start) = rest.find('<') {
        text.push_str(&rest[..start]);
        let end = rest[start..].find('>').expect("every tag closes") + start;
        let tag = &rest[start + 1..end];
        assert!(!tag.contains('<'), "a `<` inside a tag: {tag}");
        let quotes = tag.matches('"').count();
        assert_eq!(quotes % 2, 0, "unbalanced quotes in a tag: {tag}");
        let name = tag.trim_start_matches('/').split_whitespace().next().unwrap_or_default();
        if tag.starts_with('/') {
            assert_eq!(open.pop().as_deref(), Some(name), "</{name}> closes the wrong element");
        } else if !tag.ends_with('/') {
            open.push(name.to_owned());
        }
        rest = &rest[end + 1..];
    }
    assert!(open.is_empty(), "elements left open: {open:?}");
    assert!(rest.trim().is_empty(), "text after </svg>");
    for entity in text.split('&').skip(1) {
        let name = entity.split(';').next().unwrap_or_default();
        assert!(["amp", "lt", "gt", "quot", "apos"].contains(&name), "unknown entity &{name};");
    }
    text
}

#[test]
fn svg_is_well_formed_and_shows_every_label() {
    let graph = chapter_three();
    let svg = graph.to_svg().expect("lays out");
    let text = well_formed_text(&svg);
    for node in &graph.nodes {
        assert!(text.contains(&node.label), "{} missing from the drawing", node.label);
    }
    assert!(text.contains("adjoint -3.4161"));
    assert_eq!(svg.matches("<path").count(), graph.edges().len(), "one arrow per edge");
}

#[test]
fn a_value_read_twice_is_one_arrow_labelled_twice() {
    let mut graph = Graph::new("doubled");
    let a = graph.add("a", "a: f64", NodeKind::Parameter, &[]);
    graph.add("b", "b = a + a", NodeKind::Operation, &[a, a]);
    assert!(graph.to_dot().contains("n0 -> n1;\n  n0 -> n1;"), "DOT keeps both edges");
    let svg = graph.to_svg().expect("lays out");
    assert!(well_formed_text(&svg).contains("×2"), "{svg}");
}

#[test]
fn labels_are_escaped() {
    let mut graph = Graph::new("a \"quoted\" name");
    let x = graph.add("x", "x: &[usize]", NodeKind::Constant, &[]);
    let c = graph.add("c", "c = a < b && \"q\" | {r}", NodeKind::Operation, &[x]);
    graph.add_cluster("for i in 0..n.min(\"<&>\".len())");
    graph.nodes[c].cluster = Some(0);
    let dot = graph.to_dot();
    assert!(dot.contains(r#"digraph "a \"quoted\" name""#), "{dot}");
    assert!(dot.contains(r#"label="c = a \< b && \"q\" \| \{r\}""#), "{dot}");
    assert!(dot.contains(r#"label="for i in 0..n.min(\"<&>\".len())""#), "{dot}");
    let svg = graph.to_svg().expect("lays out");
    let text = well_formed_text(&svg);
    assert!(text.contains("c = a &lt; b &amp;&amp; &quot;q&quot; | {r}"), "{svg}");
    assert!(text.contains("x: &amp;[usize]"), "{svg}");
    assert!(text.contains("for i in 0..n.min(&quot;&lt;&amp;&gt;&quot;.len())"), "{svg}");
}

#[test]
fn a_loop_is_a_dashed_box_around_its_nodes() {
    let mut graph = chapter_three();
    let cluster = graph.add_cluster("for k in 0..3");
    graph.nodes[2].cluster = Some(cluster);
    graph.nodes[3].cluster = Some(cluster);
    assert!(
        graph
            .to_dot()
            .contains("subgraph cluster_0 { label=\"for k in 0..3\"; style=dashed; n2; n3; }")
    );
    let svg = graph.to_svg().expect("lays out");
    assert!(svg.contains("stroke-dasharray=\"6,4\""));
    assert!(well_formed_text(&svg).contains("for k in 0..3"));
}

#[test]
fn a_node_reading_a_later_node_is_an_error_naming_it() {
    let mut graph = Graph::new("bad");
    graph.add("a", "a = b", NodeKind::Operation, &[1]);
    graph.add("b", "b", NodeKind::Parameter, &[]);
    let error = graph.to_svg().expect_err("a reads a later node");
    assert!(matches!(error, GraphError::Input { input: 1, .. }));
    assert!(error.to_string().contains("node `a` reads node 1"), "{error}");
}

#[test]
fn an_empty_graph_is_an_empty_drawing() {
    let svg = Graph::new("empty").to_svg().expect("nothing to lay out");
    well_formed_text(&svg);
}

#[test]
fn write_svg_replaces_the_file_whole() {
    let directory = std::env::temp_dir().join(format!("backprop-graph-{}", std::process::id()));
    std::fs::create_dir_all(&directory).expect("temp dir");
    let path = directory.join("f.svg");
    std::fs::write(&path, "old").expect("writable");
    chapter_three().write_svg(&path).expect("writes");
    let written = std::fs::read_to_string(&path).expect("readable");
    assert!(written.starts_with("<svg") && written.contains("p = x * y"));
    assert!(!directory.join("f.svg.tmp").exists(), "the temporary file is renamed away");
    std::fs::remove_dir_all(&directory).expect("removable");
}

#[test]
fn summaries_of_scalars_tensors_and_others() {
    let m = DMatrix::from_row_slice(2, 3, &[1.0, 2.0, 3.0, 4.0, 5.0, 6.0]);
    assert_eq!(Summary::of(&m).to_string(), "2×3 [1.0000, 4.0000, 2.0000, …] ‖9.5394‖");
    let v = DVector::from_vec(vec![3.0_f32, 4.0]);
    assert_eq!(Summary::of(&v).to_string(), "2×1 [3.0000, 4.0000] ‖5.0000‖");
    assert_eq!(Summary::of(&-0.5_f64), Summary::Scalar(-0.5));
    let layers = vec![DVector::from_element(2, 1.0), DVector::from_element(2, 1.0)];
    assert_eq!(Summary::of(&layers).to_string(), "struct of 4 ‖2.0000‖");
    assert_eq!(Summary::Scalar(1.5e-7).to_string(), "1.500e-7");
    assert_eq!(Summary::Scalar(-0.0).to_string(), "0.0000");
}

#[test]
fn values_keep_the_last_record_adjoints_the_first_and_placeholders_none() {
    let mut graph = Graph::new("loop");
    let acc = graph.add("acc", "acc = acc * x", NodeKind::Operation, &[]);
    graph.record_value(acc, Some(Summary::Scalar(1.0)));
    graph.record_value(acc, Some(Summary::Scalar(2.0)));
    graph.record_adjoint(acc, Some(Summary::Scalar(3.0)));
    graph.record_adjoint(acc, Some(Summary::Scalar(4.0)));
    assert_eq!(graph.nodes[acc].value, Some(Summary::Scalar(2.0)));
    assert_eq!(graph.nodes[acc].adjoint, Some(Summary::Scalar(3.0)));
    let empty = DMatrix::<f64>::zeros(0, 0);
    let other = graph.add("w", "w", NodeKind::Parameter, &[]);
    graph.record_adjoint(other, Some(Summary::of(&empty)));
    assert_eq!(graph.nodes[other].adjoint, None, "an unused placeholder is not an adjoint");
    graph.record_value(99, Some(Summary::Scalar(0.0)));
}

mod recording {
    use super::super::recording::{self, NodeSpec, Spec};
    use super::{DMatrix, NodeKind, Summary};

    /// `y = if x > 0 { a = x * 2 } else { b = -x }` with a loop around nothing.
    static SPEC: Spec = Spec {
        name: "branchy",
        nodes: &[
            NodeSpec {
                name: "x",
                label: "x: f64",
                kind: NodeKind::Parameter,
                named: true,
                inputs: &[],
                cluster: None,
                arm: None,
            },
            NodeSpec {
                name: "a",
                label: "a = x * 2",
                kind: NodeKind::Operation,
                named: true,
                inputs: &[0],
                cluster: None,
                arm: Some((0, true)),
            },
            NodeSpec {
                name: "b",
                label: "b = -x",
                kind: NodeKind::Operation,
                named: true,
                inputs: &[0],
                cluster: None,
                arm: Some((0, false)),
            },
            NodeSpec {
                name: "y",
                label: "y = if x > 0 { … }",
                kind: NodeKind::Operation,
                named: true,
                inputs: &[1, 2],
                cluster: None,
                arm: None,
            },
        ],
        clusters: &[],
        branches: &[None],
        output: Some(3),
    };

    #[test]
    fn the_arm_not_taken_is_dropped_and_replays_do_not_overwrite() {
        let session = recording::start(&SPEC);
        recording::value(0, &2.0_f64);
        recording::taken(0, true);
        recording::value(1, &4.0_f64);
        recording::value(3, &4.0_f64);
        session.backward();
        recording::value(1, &-1.0_f64);
        recording::taken(0, false);
        recording::adjoint(3, &1.0_f64);
        recording::adjoint(0, &2.0_f64);
        let graph = session.finish();
        let names: Vec<&str> = graph.nodes.iter().map(|node| node.name.as_str()).collect();
        assert_eq!(names, ["x", "a", "y"]);
        assert_eq!(graph.nodes[2].inputs, [1], "the edge from the dropped arm is gone");
        assert_eq!(graph.output, Some(2));
        assert_eq!(graph.nodes[1].value, Some(Summary::Scalar(4.0)));
        assert_eq!(graph.nodes[0].adjoint, Some(Summary::Scalar(2.0)));
    }

    #[test]
    fn a_session_dropped_by_a_panic_leaves_nothing_behind() {
        let result = std::panic::catch_unwind(|| {
            let _session = recording::start(&SPEC);
            recording::value(0, &1.0_f64);
            panic!("the user's function panicked");
        });
        assert!(result.is_err());
        let session = recording::start(&SPEC);
        let graph = session.finish();
        assert_eq!(graph.nodes[0].value, None, "a fresh recording");
        assert_eq!(
            recording::seed(&DMatrix::from_element(2, 2, 3.0)),
            DMatrix::from_element(2, 2, 1.0)
        );
    }
}

#[test]
fn a_drawing_is_the_same_every_time() {
    let mut graph = chapter_three();
    graph.add("q", "q = p + p", NodeKind::Operation, &[2, 2]);
    let first = graph.to_svg().expect("lays out");
    for _ in 0..20 {
        assert_eq!(graph.to_svg().expect("lays out"), first);
    }
}
