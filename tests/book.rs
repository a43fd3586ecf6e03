//! The book's listings compile and run, its printed outputs are real, its figures are generated.
//!
//! In: the listing programs in `book/listings/` (compiled here as modules), the chapters in
//! `book/src/`. Out: the outputs and figures the chapters include, pinned by insta snapshots
//! and written to `book/src/generated/` and `book/src/figures/`; checks that every Rust block in
//! a chapter comes from a compiled listing, that every include, figure and internal link
//! resolves. Regenerate everything with `INSTA_UPDATE=always cargo test -p backprop --test book`
//! and read the diff before committing.

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

/// Declares each listing as a module of this test and records its file, so that the chapter
/// checks know which files are compiled.
macro_rules! listings {
    ($($name:ident: $file:literal),* $(,)?) => {
        $(
            #[path = $file]
            #[allow(dead_code, reason = "a listing shows more than the tests call")]
            mod $name;
        )*
        /// The listing files compiled by this test, relative to `tests/`.
        const LISTINGS: &[&str] = &[$($file),*];
    };
}

listings! {
    ch01: "../book/listings/ch01_loss.rs",
    ch02: "../book/listings/ch02_forward.rs",
    ch03: "../book/listings/ch03_graph.rs",
    ch03_drawing: "../examples/graph.rs",
    ch04: "../book/listings/ch04_neuron.rs",
    ch05: "../book/listings/ch05_checking.rs",
    ch06: "../book/listings/ch06_matrices.rs",
    ch07: "../book/listings/ch07_training.rs",
    ch08: "../book/listings/ch08_digits.rs",
    ch09: "../book/listings/ch09_vanishing.rs",
    ch10: "../book/listings/ch10_remedies.rs",
    ch11: "../book/listings/ch11_loops.rs",
    ch12: "../book/listings/ch12_macro.rs",
    ch13: "../book/listings/ch13_ci.rs",
    ch14: "../book/listings/ch14_cost.rs",
}

fn book_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../book")
}

fn updating() -> bool {
    std::env::var("INSTA_UPDATE").is_ok_and(|value| value == "always")
}

/// Writes `contents` to `path` through a temporary file and a rename.
fn write_atomically(path: &Path, contents: &str) {
    let temporary = path.with_extension("tmp");
    std::fs::write(&temporary, contents).expect("the book's directories are writable");
    std::fs::rename(&temporary, path).expect("the temporary file renames over the old one");
}

/// The committed file `book/src/<relative>` must hold `contents`; with `INSTA_UPDATE=always` it
/// is rewritten instead.
fn keep_in_book(relative: &str, contents: &str) {
    let path = book_dir().join("src").join(relative);
    let committed = std::fs::read_to_string(&path).unwrap_or_default();
    if committed != contents {
        if updating() {
            write_atomically(&path, contents);
        } else {
            panic!(
                "book/src/{relative} is stale: regenerate it with \
                 `INSTA_UPDATE=always cargo test -p backprop --test book` and read the diff"
            );
        }
    }
}

/// Pins a printed output with an insta snapshot and keeps `book/src/generated/<name>.txt`
/// equal to it, for the chapters to `{{#include}}`.
fn pin_output(name: &str, text: &str) {
    insta::assert_snapshot!(name, text);
    keep_in_book(&format!("generated/{name}.txt"), text);
}

/// Pins a figure: the committed SVG must be what the listing draws today.
fn pin_figure(name: &str, svg: &str) {
    assert!(
        svg.starts_with("<svg") && svg.trim_end().ends_with("</svg>"),
        "{name} is not an SVG document"
    );
    keep_in_book(&format!("figures/{name}.svg"), svg);
}

/// The backward pass in a `SOURCE`: the body of `pullback` (the forward lines, then the closure
/// that reverses them) under a one-line signature with the types elided, or the whole `vjp` for
/// code generated without a `pullback`.
fn backward_pass_of(source: &str) -> String {
    let Some(start) = source.find("pub fn pullback") else {
        let start = source.find("pub fn vjp").unwrap_or(0);
        let end = source[start..].find("\n}\n").map_or(source.len(), |end| start + end + 3);
        return source[start..end].to_owned();
    };
    let function = &source[start..];
    let function = &function[..function.find("\n}\n").map_or(function.len(), |end| end + 3)];
    let body = function.lines().skip_while(|line| !line.ends_with('{')).skip(1);
    let mut excerpt = String::from("pub fn pullback(…) -> (…, impl FnOnce(…)) {\n");
    for line in body {
        excerpt += line;
        excerpt.push('\n');
    }
    excerpt
}

// ---------------------------------------------------------------------------------------------
// Chapter 1

#[test]
fn chapter_1_the_loss_grows_with_the_mistake() {
    let table = ch01::table();
    let losses: Vec<f64> = [(4.0, -2.0), (2.0, 0.0), (0.0, 0.0), (-1.0, 1.0), (-4.0, 3.0)]
        .iter()
        .map(|&(cat, dog)| ch01::loss_for_a_cat(cat, dog))
        .collect();
    assert!(losses.windows(2).all(|pair| pair[0] < pair[1]), "{losses:?}");
    pin_output("ch01_losses", &table);
}

#[test]
fn chapter_1_exercises() {
    for classes in [2, 10] {
        let loss = ch01::loss_of_a_blind_guess(classes);
        assert!((loss - (classes as f64).ln()).abs() < 1e-12, "{classes}: {loss}");
    }
    let (squared, cross) = ch01::squared_error_and_cross_entropy(1e-6);
    assert!(squared <= 1.0 && cross > 13.0, "{squared} {cross}");
}

// ---------------------------------------------------------------------------------------------
// Chapter 2

#[test]
fn chapter_2_forward_pass() {
    let (z, a, loss) = ch02::neuron([0.5, -0.3], 0.1, [1.0, 2.0], 1.0);
    assert!((z - 0.0).abs() < 1e-12 && (a - 0.5).abs() < 1e-12 && (loss - 0.25).abs() < 1e-12);
    pin_output("ch02_forward", &ch02::output());
}

#[test]
fn chapter_2_exercises() {
    let (w, b, x, _) = ch02::batch();
    let h = backprop::prelude::sigmoid(&backprop::prelude::add_bias(&(&w * &x), &b));
    for i in 0..3 {
        for j in 0..4 {
            assert!((h[(i, j)] - ch02::neuron_of_the_layer(i, j)).abs() < 1e-12);
        }
    }
    let w2 = backprop::prelude::DMatrix::from_row_slice(1, 3, &[1.0, -1.0, 0.5]);
    let b2 = backprop::prelude::DVector::from_element(1, 0.0);
    let out = ch02::two_layer_output(&w, &b, &w2, &b2, &x);
    assert_eq!(out.shape(), (1, 4));
    assert!(out.iter().all(|v| *v > 0.0 && *v < 1.0));
}

// ---------------------------------------------------------------------------------------------
// Chapter 3

#[test]
fn chapter_3_graph_adjoints_pass_the_checker() {
    let (mut graph, f) = ch03::example();
    graph.backward(f);
    // The tape's adjoints of the inputs against finite differences of the same function.
    let function = |p: &[f64]| p[0] * p[1] + p[0].sin();
    let report = backprop::check::gradient(
        function,
        &[2.0, -3.0],
        &[graph.nodes[0].adjoint, graph.nodes[1].adjoint],
    );
    assert!(report.passed(), "{report}");
    pin_output("ch03_table", &ch03::table(&graph));
}

#[test]
fn chapter_3_figures_are_drawn_by_f_graph() {
    let report = ch03_drawing::f::check(2.0, -3.0);
    assert!(report.passed(), "{report}");
    let (_, grad) = ch03_drawing::f::grad(2.0, -3.0);
    let drawn = ch03_drawing::drawn();
    for (name, gradient) in [("x", grad.x), ("y", grad.y)] {
        let node = drawn.node(name).expect("a node per parameter");
        assert_eq!(node.adjoint, Some(backprop::graph::Summary::Scalar(gradient)), "{name}");
    }
    let report = ch03_drawing::doubled_twice::check(1.0);
    assert!(report.passed(), "{report}");
    pin_output("ch03_dot", &drawn.to_dot());
    for (name, graph) in ch03_drawing::figures() {
        pin_figure(name, &graph.to_svg().expect("the chapter's graphs lay out"));
    }
}

#[test]
fn chapter_3_exercises() {
    let (mut graph, c) = ch03::doubled_twice();
    graph.backward(c);
    let report =
        backprop::check::gradient(|p: &[f64]| 4.0 * p[0], &[1.0], &[graph.nodes[0].adjoint]);
    assert!(report.passed(), "{report}");

    let (mut naive, c) = ch03::doubled_twice();
    ch03::naive_backward(&mut naive, c);
    let report =
        backprop::check::gradient(|p: &[f64]| 4.0 * p[0], &[1.0], &[naive.nodes[0].adjoint]);
    assert!(!report.passed(), "the naive recursion should give a wrong adjoint:\n{report}");
    pin_output(
        "ch03_naive",
        &format!(
            "reverse order: dc/da = {}\nnaive recursion: dc/da = {}\n",
            graph.nodes[0].adjoint, naive.nodes[0].adjoint
        ),
    );
}

// ---------------------------------------------------------------------------------------------
// Chapter 4

#[test]
fn chapter_4_generated_and_hand_written_gradients_pass() {
    let [w1, w2, b, x1, x2, y] = ch04::POINT;
    assert!(ch04::neuron::check(w1, w2, b, x1, x2, y).passed());
    let (_, by_hand) = ch04::neuron_by_hand(w1, w2, b, x1, x2, y);
    let report = backprop::check::gradient(
        |p: &[f64]| ch04::neuron_by_hand(p[0], p[1], p[2], x1, x2, y).0,
        &[w1, w2, b],
        &by_hand,
    );
    assert!(report.passed(), "{report}");
    pin_output("ch04_output", &ch04::output());
    pin_output("ch04_source", &backward_pass_of(ch04::neuron::SOURCE));
}

#[test]
fn chapter_4_exercises() {
    let points = [ch04::POINT, [-1.2, 0.4, 0.3, 0.5, -2.0, 0.0], [2.0, 1.0, -0.5, 1.5, 0.5, -1.0]];
    for [w1, w2, b, x1, x2, y] in points {
        assert!(ch04::tanh_neuron::check(w1, w2, b, x1, x2, y).passed());
        let by_hand = ch04::tanh_neuron_by_hand(w1, w2, b, x1, x2, y);
        let report = backprop::check::gradient(
            |p: &[f64]| ch04::tanh_neuron(p[0], p[1], p[2], x1, x2, y),
            &[w1, w2, b],
            &by_hand,
        );
        assert!(report.passed(), "{report}");
        let report = ch04::neuron_wrt_inputs::check(w1, w2, b, x1, x2, y);
        assert!(report.passed(), "{report}");
    }
}

// ---------------------------------------------------------------------------------------------
// Chapter 5

#[test]
fn chapter_5_error_against_step() {
    let rows = ch05::error_study();
    let best = |error: fn(&ch05::ErrorAtStep) -> f64| {
        rows.iter()
            .map(|r| (error(r), r.step))
            .fold((f64::INFINITY, 0.0), |a, b| if b.0 < a.0 { b } else { a })
    };
    let (forward, forward_step) = best(|r| r.forward);
    let (central, central_step) = best(|r| r.central);
    let (single, _) = best(|r| r.central_f32);
    // Truncation against rounding: the best step sits in the middle, near the theory's value.
    assert!(
        (1e-10..1e-6).contains(&forward_step) && (1e-7..1e-3).contains(&central_step),
        "{forward_step} {central_step}"
    );
    assert!(central < forward && forward < single, "{central} {forward} {single}");
    assert!(rows.last().is_some_and(|r| r.forward > 1e-3), "tiny steps drown in rounding");
    pin_output("ch05_errors", &ch05::error_table());
    pin_figure("ch05_step_size", &ch05::error_plot().expect("the plot draws into a string"));
}

#[test]
fn chapter_5_the_checker_finds_the_planted_bugs() {
    let right = ch05::check_layer(ch05::layer_gradient);
    assert!(right.passed(), "{right}");
    let wrong = ch05::check_layer(ch05::buggy_layer_gradient);
    assert!(!wrong.passed());
    let failing: BTreeSet<String> = wrong.failures().map(|entry| entry.name.clone()).collect();
    assert!(
        failing.contains("b[0]") && failing.contains("w[0,1]") && !failing.contains("w[0,0]"),
        "{wrong}"
    );
    pin_output("ch05_right", &right.to_string());
    pin_output("ch05_planted", &wrong.to_string());
    let f32_report = ch05::neuron_f32::check(0.5, -0.3, 0.1, 1.0, 2.0, 1.0);
    assert!(f32_report.passed(), "{f32_report}");
    pin_output("ch05_f32", &f32_report.to_string());
}

#[test]
fn chapter_5_exercises() {
    let (forward, central) = ch05::optimal_steps();
    assert!(
        (1e-8..3e-8).contains(&forward) && (5e-6..1.2e-5).contains(&central),
        "{forward} {central}"
    );
    let flipped = ch05::check_layer(ch05::sign_flipped_layer_gradient);
    assert!(
        !flipped.passed()
            && flipped.failures().count() == 9
            && flipped.failures().all(|entry| entry.name.starts_with("w[")),
        "{flipped}"
    );
    pin_output("ch05_sign", &flipped.to_string());
}

// ---------------------------------------------------------------------------------------------
// Chapter 6

#[test]
fn chapter_6_classifier() {
    let (w, b, x, labels) = ch06::point();
    let report = ch06::classifier::check(&w, &b, &x, &labels);
    assert!(report.passed(), "{report}");
    let (d_w, d_b) = ch06::classifier_by_hand(&w, &b, &x, &labels);
    let flat: Vec<f64> = d_w.iter().chain(d_b.iter()).copied().collect();
    let report = backprop::check::gradient(
        |p: &[f64]| {
            ch06::classifier(
                &backprop::prelude::DMatrix::from_column_slice(3, 4, &p[..12]),
                &backprop::prelude::DVector::from_column_slice(&p[12..]),
                &x,
                &labels,
            )
        },
        &w.iter().chain(b.iter()).copied().collect::<Vec<f64>>(),
        &flat,
    );
    assert!(report.passed(), "{report}");
    assert!(ch06::largest_difference() < 1e-12);
    pin_output("ch06_source", &backward_pass_of(ch06::classifier::SOURCE));
    pin_output("ch06_check", &ch06::classifier::check(&w, &b, &x, &labels).to_string());
}

#[test]
fn chapter_6_exercises() {
    assert!(ch06::batch_is_mean_of_samples() < 1e-12);
    let (w, b, x, labels) = ch06::point();
    assert!(ch06::classifier_wrt_input::check(&w, &b, &x, &labels).passed());
    let by_hand = ch06::input_gradient_by_hand(&w, &b, &x, &labels);
    let report = backprop::check::gradient(
        |p: &[f64]| {
            ch06::classifier(
                &w,
                &b,
                &backprop::prelude::DMatrix::from_column_slice(4, 6, p),
                &labels,
            )
        },
        x.as_slice(),
        by_hand.as_slice(),
    );
    assert!(report.passed(), "{report}");
}

/// A line chart drawn by the library's plotting (into a temporary file, read back), pinned as a
/// figure of the book.
fn pin_chart(
    name: &str,
    labels: backprop::train::plot::Labels<'_>,
    series: &[backprop::train::plot::Series],
    log_y: bool,
) {
    let path =
        std::env::temp_dir().join(format!("backprop-book-{}-{name}.svg", std::process::id()));
    backprop::train::plot::line_chart(&path, labels, series, log_y)
        .expect("the chart draws into a temporary file");
    let svg = std::fs::read_to_string(&path).expect("the chart was written");
    let _ = std::fs::remove_file(&path);
    pin_figure(name, &svg);
}

/// One series per run: `metric` of each epoch against the epoch number.
fn per_epoch(
    runs: &[ch10::Run],
    metric: fn(&backprop::train::EpochStats) -> f64,
) -> Vec<backprop::train::plot::Series> {
    runs.iter()
        .map(|run| {
            backprop::train::plot::Series::new(
                run.name,
                run.history.epochs.iter().map(|s| (s.epoch as f64, metric(s))).collect(),
            )
        })
        .collect()
}

// ---------------------------------------------------------------------------------------------
// Chapter 7

#[test]
fn chapter_7_gradient_descent() {
    let slow = ch07::descend(0.1, 50);
    let bouncing = ch07::descend(0.9, 50);
    let diverging = ch07::descend(1.1, 50);
    assert!(
        (slow[50] - 3.0).abs() < 1e-3 && (bouncing[50] - 3.0).abs() < 1e-3,
        "{} {}",
        slow[50],
        bouncing[50]
    );
    assert!(bouncing[1] > 3.0 && (diverging[50] - 3.0).abs() > 100.0);
    pin_output("ch07_descent", &ch07::descent_table());
}

#[test]
fn chapter_7_xor_and_cats() {
    let (network, history) = ch07::train_xor();
    assert_eq!(
        network.predict(&backprop::data::xor().x),
        vec![0, 1, 1, 0],
        "{:?}",
        history.epochs.last()
    );
    pin_output("ch07_xor", &ch07::xor_log());
    let (train_accuracy, test_accuracy) = ch07::train_cats_vs_dogs();
    assert!(train_accuracy > 0.85 && test_accuracy > 0.85, "{train_accuracy} {test_accuracy}");
    pin_output(
        "ch07_cats",
        &format!(
            "cats vs dogs, logistic regression: train {:.1} %, test {:.1} %\n",
            100.0 * train_accuracy,
            100.0 * test_accuracy
        ),
    );
}

#[test]
fn chapter_7_exercises() {
    assert!(ch07::xor_without_hidden_layer() <= 0.75);
}

// ---------------------------------------------------------------------------------------------
// Chapter 8

#[test]
fn chapter_8_digits() {
    let (_, history, evaluation, checked) = ch08::train_digits();
    assert!(checked, "the untrained network's gradient passes its check");
    assert!(evaluation.accuracy > 0.93, "test accuracy {}", evaluation.accuracy);
    let losses: Vec<f64> = history.epochs.iter().map(|s| s.train_loss).collect();
    assert!(losses[losses.len() - 1] < 0.5 * losses[0], "{losses:?}");
    pin_output("ch08_digits", &ch08::report());
    let per_class = ch08::per_class_accuracy(&evaluation);
    assert_eq!(per_class.len(), 10);
    let right: usize = (0..10).map(|c| evaluation.confusion[c][c]).sum();
    let total: usize = evaluation.confusion.iter().flatten().sum();
    assert!((right as f64 / total as f64 - evaluation.accuracy).abs() < 1e-12);
    let (truth, predicted, count) = ch08::most_confused(&evaluation);
    assert!(truth != predicted && count >= 1 && evaluation.confusion[truth][predicted] == count);
    assert!(
        evaluation
            .confusion
            .iter()
            .enumerate()
            .all(|(t, row)| row.iter().enumerate().all(|(p, &c)| t == p || c <= count))
    );
}

// ---------------------------------------------------------------------------------------------
// Chapter 9

#[test]
fn chapter_9_vanishing_gradients() {
    let table = ch09::norms_table();
    let (_, sigmoid) = &table[0];
    // The first hidden layer of the N(0, 1) sigmoid net learns far slower than the last.
    assert!(sigmoid[0] * 5.0 < sigmoid[3], "{sigmoid:?}");
    pin_output("ch09_norms", &ch09::norms_text());
    let series: Vec<backprop::train::plot::Series> = table
        .iter()
        .map(|(name, norms)| {
            backprop::train::plot::Series::new(
                *name,
                norms.iter().enumerate().map(|(layer, norm)| ((layer + 1) as f64, *norm)).collect(),
            )
        })
        .collect();
    let labels = backprop::train::plot::Labels {
        title: "gradient norm per layer at initialisation (layer 5 = output)",
        x: "layer",
        y: "‖∂L/∂b‖",
    };
    pin_chart("ch09_layers", labels, &series, true);

    let epochs = ch09::norms_in_training();
    assert!(epochs.iter().all(|norms| norms[0] < norms[3]), "{epochs:?}");
    let series: Vec<backprop::train::plot::Series> = (0..4)
        .map(|layer| {
            backprop::train::plot::Series::new(
                format!("hidden layer {}", layer + 1),
                epochs
                    .iter()
                    .enumerate()
                    .map(|(e, norms)| ((e + 1) as f64, norms[layer]))
                    .collect(),
            )
        })
        .collect();
    let labels = backprop::train::plot::Labels {
        title: "deep sigmoid net in training: gradient norm per hidden layer",
        x: "epoch",
        y: "mean ‖∂L/∂b‖",
    };
    pin_chart("ch09_training", labels, &series, true);
}

#[test]
fn chapter_9_exercises() {
    let (largest, at) = ch09::largest_sigmoid_slope();
    assert!((largest - 0.25).abs() < 1e-12 && at.abs() < 1e-12, "{largest} at {at}");
}

// ---------------------------------------------------------------------------------------------
// Chapter 10

#[test]
fn chapter_10_clipping() {
    let runs = ch10::clipping();
    let accuracy = |run: &ch10::Run| run.history.epochs.last().map_or(0.0, |s| s.test_accuracy);
    assert!(runs[1].diverged_at.is_none(), "{}", ch10::summary(&runs));
    assert!(accuracy(&runs[1]) > accuracy(&runs[0]) + 0.1, "{}", ch10::summary(&runs));
    pin_output("ch10_clipping", &ch10::summary(&runs));
    let labels = backprop::train::plot::Labels {
        title: "deep relu net, N(0, 1) initial weights: test accuracy",
        x: "epoch",
        y: "accuracy",
    };
    pin_chart("ch10_clipping", labels, &per_epoch(&runs, |s| s.test_accuracy), false);
}

#[test]
fn chapter_10_batch_norm() {
    let runs = ch10::batch_norm_runs();
    let accuracy = |run: &ch10::Run| run.history.epochs.last().map_or(0.0, |s| s.test_accuracy);
    assert!(accuracy(&runs[1]) > accuracy(&runs[0]), "{}", ch10::summary(&runs));
    pin_output("ch10_batch_norm", &ch10::summary(&runs));
    let labels = backprop::train::plot::Labels {
        title: "deep sigmoid net: test accuracy",
        x: "epoch",
        y: "accuracy",
    };
    pin_chart("ch10_batch_norm", labels, &per_epoch(&runs, |s| s.test_accuracy), false);
}

#[test]
fn chapter_10_batch_norm_backward() {
    let x = backprop::prelude::DVector::from_vec(vec![0.3, -1.2, 2.0, 0.7, -0.4, 1.1]);
    let ones = backprop::prelude::DVector::from_element(6, 1.0);
    let (gamma, beta) = (1.7, -0.3);
    let report = ch10::batch_norm_feature::check(&x, gamma, beta, &ones);
    assert!(report.passed(), "{report}");
    // The hand-derived backward against finite differences of ⟨d_y, y(x)⟩ for a fixed d_y.
    let d_y = backprop::prelude::DVector::from_vec(vec![0.5, -1.0, 0.25, 2.0, -0.75, 1.5]);
    let (d_x, _, _) = ch10::batch_norm_feature_backward(&x, gamma, &d_y);
    let projected = |p: &[f64]| {
        ch10::batch_norm_feature(
            &backprop::prelude::DVector::from_column_slice(p),
            gamma,
            beta,
            &ones,
        )
        .dot(&d_y)
    };
    let report = backprop::check::gradient(projected, x.as_slice(), d_x.as_slice());
    assert!(report.passed(), "{report}");
    let wrong = ch10::batch_norm_feature_backward_forgetting_the_statistics(&x, gamma, &d_y);
    let report = backprop::check::gradient(projected, x.as_slice(), wrong.as_slice());
    assert!(!report.passed(), "forgetting the mean and variance is a bug:\n{report}");
    pin_output("ch10_bn_wrong", &report.to_string());
    pin_output("ch10_bn_source", &backward_pass_of(ch10::batch_norm_feature::SOURCE));
}

#[test]
fn chapter_10_exercises() {
    let x = backprop::prelude::DVector::from_vec(vec![0.3, -1.2, 2.0, 0.7, -0.4, 1.1]);
    let ones = backprop::prelude::DVector::from_element(6, 1.0);
    let gamma = 1.7;
    let seeds = [
        ones.clone(),
        backprop::prelude::DVector::from_vec(vec![0.5, -1.0, 0.25, 2.0, -0.75, 1.5]),
    ];
    let verdicts: Vec<bool> = seeds
        .iter()
        .map(|d_y| {
            let claimed =
                ch10::batch_norm_feature_backward_without_the_variance_path(&x, gamma, d_y);
            let projected = |p: &[f64]| {
                ch10::batch_norm_feature(
                    &backprop::prelude::DVector::from_column_slice(p),
                    gamma,
                    0.0,
                    &ones,
                )
                .dot(d_y)
            };
            backprop::check::gradient(projected, x.as_slice(), claimed.as_slice()).passed()
        })
        .collect();
    assert_eq!(
        verdicts,
        [true, false],
        "the bug hides from a cotangent of ones and shows to any other"
    );
}

#[test]
fn chapter_10_optimizers_and_regularization() {
    let runs = ch10::optimizers();
    let loss = |run: &ch10::Run| run.history.epochs.last().map_or(f64::INFINITY, |s| s.train_loss);
    assert!(
        loss(&runs[1]) < loss(&runs[0]) && loss(&runs[3]) < loss(&runs[0]),
        "{}",
        ch10::summary(&runs)
    );
    pin_output("ch10_optimizers", &ch10::summary(&runs));
    let labels = backprop::train::plot::Labels {
        title: "64-64-10 relu net on the digits: training loss",
        x: "epoch",
        y: "loss",
    };
    pin_chart("ch10_optimizers", labels, &per_epoch(&runs, |s| s.train_loss), true);

    let runs = ch10::regularization();
    let gap = |run: &ch10::Run| {
        run.history.epochs.last().map_or(0.0, |s| s.train_accuracy - s.test_accuracy)
    };
    assert!(gap(&runs[0]) > 0.0, "{}", ch10::summary(&runs));
    pin_output("ch10_regularization", &ch10::summary(&runs));
    let labels = backprop::train::plot::Labels {
        title: "150 training digits, 256 hidden units: test loss",
        x: "epoch",
        y: "test loss",
    };
    pin_chart("ch10_regularization", labels, &per_epoch(&runs, |s| s.test_loss), false);
}

// ---------------------------------------------------------------------------------------------
// Chapter 11

#[test]
fn chapter_11_recurrent_network_and_branch() {
    let (p, xs, target) = ch11::point();
    let report = ch11::rnn_loss::check(&p, &xs, &target);
    assert!(report.passed(), "{report}");
    pin_output("ch11_source", &backward_pass_of(ch11::rnn_loss::SOURCE));
    pin_output("ch11_check", &report.to_string());
    for r in [-3.0, -0.4, 0.2, 2.5] {
        let report = ch11::huber::check(r, 1.0);
        assert!(report.passed(), "at {r}: {report}");
    }
    let (_, inside) = ch11::huber::grad(0.4, 1.0);
    let (_, outside) = ch11::huber::grad(2.5, 1.0);
    pin_output(
        "ch11_huber",
        &format!("d huber/dr at r = 0.4: {}\nd huber/dr at r = 2.5: {}\n", inside.r, outside.r),
    );
    pin_output("ch11_huber_source", &backward_pass_of(ch11::huber::SOURCE));
}

#[test]
fn chapter_11_layers_in_a_vec_and_writes_into_elements() {
    let (net, x, y) = ch11::deep_point();
    let report = ch11::deep_loss::check(&net, &x, &y);
    assert!(report.passed(), "{report}");
    let (_, grad) = ch11::deep_loss::grad(&net, &x, &y);
    assert_eq!(backprop::Params::element_name(&grad.net, 44), "layers[2].w[0,0]");
    let report = ch11::normalized::check(&x);
    assert!(report.passed(), "{report}");
    pin_output("ch11_layers_source", &backward_pass_of(ch11::deep_loss::SOURCE));
    pin_output("ch11_norm_source", &backward_pass_of(ch11::normalized::SOURCE));
}

#[test]
fn chapter_11_exercises() {
    let xs = backprop::prelude::DVector::from_vec(vec![0.5, -0.2, 0.9, 0.1, -0.7]);
    for w in [-1.3, 0.4, 0.95] {
        assert!(ch11::scalar_rnn::check(w, &xs).passed());
        let by_hand = ch11::scalar_rnn_by_hand(w, &xs);
        let report =
            backprop::check::gradient(|p: &[f64]| ch11::scalar_rnn(p[0], &xs), &[w], &[by_hand]);
        assert!(report.passed(), "{report}");
    }
    let p = ch11::Mlp {
        w1: backprop::prelude::DMatrix::from_fn(5, 3, |i, j| ((3 * i + j) as f64 * 0.9).sin()),
        b1: backprop::prelude::DVector::from_fn(5, |i, _| 0.1 * i as f64 - 0.2),
        w2: backprop::prelude::DMatrix::from_fn(3, 5, |i, j| ((5 * i + j) as f64 * 0.7).cos()),
        b2: backprop::prelude::DVector::from_element(3, 0.1),
    };
    let x = backprop::prelude::DMatrix::from_fn(3, 4, |i, j| ((i + 3 * j) as f64 * 0.6).sin());
    let report = ch11::mlp_loss::check(&p, &x, &[0, 2, 1, 2]);
    assert!(report.passed(), "{report}");
    let (_, grad) = ch11::mlp_loss::grad(&p, &x, &[0, 2, 1, 2]);
    assert_eq!(grad.p.w1.shape(), p.w1.shape());
}

// ---------------------------------------------------------------------------------------------
// Chapter 12

#[test]
fn chapter_12_calls_and_rules() {
    let (w1, b1, w2, b2, x, y) = ch12::point();
    let report = ch12::two_layers::check(&w1, &b1, &w2, &b2, &x, &y);
    assert!(report.passed(), "{report}");
    pin_output("ch12_call_source", &backward_pass_of(ch12::two_layers::SOURCE));
    let x = backprop::prelude::DMatrix::from_fn(3, 4, |i, j| i as f64 - 0.7 * j as f64);
    let report = ch12::smooth_total::check(&x);
    assert!(report.passed(), "{report}");
    pin_output("ch12_rule_source", &backward_pass_of(ch12::smooth_total::SOURCE));
}

#[test]
fn chapter_12_exercises() {
    let x = backprop::prelude::DMatrix::from_fn(2, 3, |i, j| 0.4 * i as f64 - 0.3 * j as f64 + 0.1);
    let report = ch12::square_total::check(&x);
    assert!(!report.passed(), "the planted bug in the rule should fail:\n{report}");
    pin_output("ch12_rule_bug", &report.to_string());
    assert!(
        !ch12::computes_the_input_adjoint(ch06::classifier::SOURCE),
        "{}",
        ch06::classifier::SOURCE
    );
    assert!(
        ch12::computes_the_input_adjoint(ch06::classifier_wrt_input::SOURCE),
        "{}",
        ch06::classifier_wrt_input::SOURCE
    );
}

// ---------------------------------------------------------------------------------------------
// Chapter 13

#[test]
fn chapter_13_kink() {
    let (w, x) = ch13::on_the_kink();
    let report = ch13::relu_layer::check(&w, &x);
    assert!(report.passed(), "{report}");
    assert!(
        report.entries().iter().any(|entry| entry.verdict == backprop::check::Verdict::Kink),
        "{report}"
    );
    pin_output("ch13_kink", &report.to_string());
}

#[test]
fn chapter_13_exercises() {
    let first = ch13::replay(7).to_string();
    assert_eq!(first, ch13::replay(7).to_string(), "a seed replays the same check");
    assert!(ch13::replay(7).passed(), "{first}");
    let report = ch13::magnitude::check(0.0);
    assert!(report.passed(), "{report}");
    assert!(
        report.entries().iter().all(|entry| entry.verdict == backprop::check::Verdict::Kink),
        "{report}"
    );
    pin_output("ch13_abs", &report.to_string());
}

// ---------------------------------------------------------------------------------------------
// Chapter 14

#[test]
fn chapter_14_costs() {
    assert_eq!(ch14::parameters(&[784, 128, 10]), 784 * 128 + 128 + 128 * 10 + 10);
    assert_eq!(ch14::finite_difference_passes(&[2, 2, 1]), 18);
    pin_output("ch14_costs", &ch14::table());
    let hours = ch14::finite_difference_hours(&[784, 128, 10], 1e-3);
    assert!((hours - 203_540.0e-3 / 3600.0).abs() < 1e-12, "{hours}");
}

// ---------------------------------------------------------------------------------------------
// The chapters themselves

/// Every chapter file named in `SUMMARY.md`, with its text.
fn chapters() -> Vec<(String, String)> {
    let src = book_dir().join("src");
    let summary =
        std::fs::read_to_string(src.join("SUMMARY.md")).expect("book/src/SUMMARY.md exists");
    let mut out = vec![("SUMMARY.md".to_owned(), summary.clone())];
    for target in links(&summary) {
        let text = std::fs::read_to_string(src.join(&target))
            .unwrap_or_else(|_| panic!("SUMMARY.md links to {target}, which does not exist"));
        out.push((target, text));
    }
    out
}

/// The targets of the Markdown links and images `](target)` in a text.
fn links(text: &str) -> Vec<String> {
    text.match_indices("](")
        .filter_map(|(start, _)| {
            let rest = &text[start + 2..];
            rest.find(')').map(|end| rest[..end].to_owned())
        })
        .collect()
}

/// The `{{#include path…}}` directives of a text, as (path, anchor).
fn includes(text: &str) -> Vec<(String, Option<String>)> {
    text.match_indices("{{#include ")
        .filter_map(|(start, directive)| {
            let rest = &text[start + directive.len()..];
            let inner = &rest[..rest.find("}}")?];
            let mut parts = inner.trim().splitn(2, ':');
            let path = parts.next()?.to_owned();
            Some((path, parts.next().map(str::to_owned)))
        })
        .collect()
}

/// The fenced code blocks of a text: info string and body.
fn code_blocks(text: &str) -> Vec<(String, String)> {
    let mut blocks = Vec::new();
    let mut open: Option<(String, String)> = None;
    for line in text.lines() {
        let trimmed = line.trim_start();
        match open.take() {
            None if trimmed.starts_with("```") => {
                open = Some((trimmed[3..].trim().to_owned(), String::new()));
            }
            None => {}
            Some(block) if trimmed.starts_with("```") => blocks.push(block),
            Some((info, mut body)) => {
                body += line;
                body.push('\n');
                open = Some((info, body));
            }
        }
    }
    assert!(open.is_none(), "a code block is never closed");
    blocks
}

fn is_compiled_listing(path: &Path) -> bool {
    let tests = Path::new(env!("CARGO_MANIFEST_DIR")).join("../tests");
    let Ok(path) = path.canonicalize() else { return false };
    LISTINGS
        .iter()
        .any(|listing| tests.join(listing).canonicalize().is_ok_and(|compiled| compiled == path))
}

#[test]
fn every_rust_block_comes_from_a_compiled_listing() {
    let src = book_dir().join("src");
    for (chapter, text) in chapters() {
        for (info, body) in code_blocks(&text) {
            assert!(
                !info.is_empty(),
                "{chapter}: a code block without a language (write ```text or ```rust)"
            );
            if !info.starts_with("rust") {
                continue;
            }
            for line in body.lines().filter(|line| !line.trim().is_empty()) {
                let included = includes(line);
                assert!(
                    included.len() == 1,
                    "{chapter}: the Rust line `{line}` is not included from a compiled listing"
                );
                let (path, anchor) = &included[0];
                let file = src.join(path);
                assert!(
                    is_compiled_listing(&file),
                    "{chapter}: {path} is not a listing compiled by tests/book.rs"
                );
                if let Some(anchor) = anchor {
                    let listing = std::fs::read_to_string(&file).unwrap_or_default();
                    assert!(
                        listing.contains(&format!("// ANCHOR: {anchor}\n")),
                        "{chapter}: {path} has no anchor `{anchor}`"
                    );
                }
            }
        }
    }
}

#[test]
fn every_listing_is_compiled() {
    let dir = book_dir().join("listings");
    for entry in std::fs::read_dir(&dir).expect("book/listings exists") {
        let path = entry.expect("a readable directory entry").path();
        assert!(
            is_compiled_listing(&path),
            "{} is not declared in tests/book.rs's `listings!`",
            path.display()
        );
    }
}

#[test]
fn every_include_figure_and_link_resolves() {
    let src = book_dir().join("src");
    for (chapter, text) in chapters() {
        for (path, _) in includes(&text) {
            assert!(src.join(&path).is_file(), "{chapter}: {{{{#include {path}}}}} does not exist");
        }
        for target in links(&text) {
            if target.starts_with("http://") || target.starts_with("https://") {
                continue;
            }
            let (file, anchor) = target.split_once('#').unwrap_or((&target, ""));
            let file = if file.is_empty() { chapter.as_str() } else { file };
            let path = src.join(file);
            assert!(path.is_file(), "{chapter}: the link to {target} leads nowhere");
            if !anchor.is_empty() {
                let linked = std::fs::read_to_string(&path).unwrap_or_default();
                let slugs: Vec<String> = linked
                    .lines()
                    .filter(|line| line.starts_with('#'))
                    .map(|line| slug(line.trim_start_matches('#')))
                    .collect();
                assert!(
                    slugs.iter().any(|s| s == anchor),
                    "{chapter}: {file} has no heading #{anchor} (headings: {slugs:?})"
                );
            }
        }
    }
}

#[test]
fn every_chapter_has_a_listing_or_output_and_exercises_with_folded_solutions() {
    let numbered: Vec<(String, String)> =
        chapters().into_iter().filter(|(name, _)| name.starts_with("ch")).collect();
    assert_eq!(numbered.len(), 14, "SUMMARY.md lists the 14 chapters");
    for (chapter, text) in numbered {
        assert!(text.contains("{{#include "), "{chapter} shows no compiled listing or real output");
        let exercises =
            text.find("## Exercises").unwrap_or_else(|| panic!("{chapter} has no exercises"));
        let solutions = &text[exercises..];
        assert!(
            solutions.contains("<details>") && solutions.contains("</details>"),
            "{chapter}: fold the solutions in <details>"
        );
        assert!(solutions.contains("```rust"), "{chapter}: a solution is a compiled listing");
    }
}

#[test]
fn no_include_is_indented() {
    // mdBook pastes an included file without indenting it, so an include inside a list item's
    // indented code block ends the list after its first line.
    for (chapter, text) in chapters() {
        for line in text.lines() {
            assert!(
                !(line.starts_with(' ') && line.contains("{{#include")),
                "{chapter}: `{line}` is indented"
            );
        }
    }
}

/// mdBook's id for a heading: lowercase, spaces to dashes, punctuation dropped.
fn slug(heading: &str) -> String {
    heading
        .trim()
        .chars()
        .filter_map(|c| match c {
            ' ' => Some('-'),
            c if c.is_alphanumeric() || c == '-' || c == '_' => Some(c.to_ascii_lowercase()),
            _ => None,
        })
        .collect()
}
