//! `SOURCE` is exactly what is compiled: the generated text of a few functions, compiled on its
//! own next to the plain functions, gives bit-for-bit the gradients the macro's expansion gives.

#[path = "fixtures/source_roundtrip.rs"]
mod fixture;

use std::fmt::Write as _;

const FIXTURE: &str = include_str!("fixtures/source_roundtrip.rs");

/// The fixture without its `#[differentiable]` attributes: the functions as the user wrote them.
fn plain_functions() -> String {
    FIXTURE.lines().filter(|line| !line.trim_start().starts_with("#[differentiable")).fold(
        String::new(),
        |mut text, line| {
            let _ = writeln!(text, "{line}");
            text
        },
    )
}

#[test]
fn the_fixture_functions_pass_their_checks() {
    use backprop::prelude::*;
    for scale in [0.4, -0.9, 1.3] {
        let w = DMatrix::from_fn(3, 4, |i, j| scale * ((i * 4 + j) as f64 * 0.37).sin());
        let b = DVector::from_fn(3, |i, _| scale * (0.1 * i as f64 - 0.1));
        let x = DMatrix::from_fn(4, 5, |i, j| ((i + 2 * j) as f64 * 0.53 * scale).cos());
        let y = DMatrix::from_fn(3, 5, |i, j| ((i * j) % 2) as f64);
        let p = fixture::Dense { w: w.clone(), b: b.clone() };
        let reports = [
            fixture::logistic::check(&w, &b, &x, &y),
            fixture::horner::check(scale, 4),
            fixture::dense::check(&p, &x),
            fixture::classify::check(&p, &x, &[0, 2, 1, 1, 0]),
        ];
        let a = DMatrix::from_fn(4, 4, |i, j| 0.5 * scale * ((i * 4 + j) as f64 * 0.71).cos());
        for s in [0.7, -0.4, -1.6] {
            let report = fixture::branch_and_loop::check(&a, &x, s * scale.abs());
            assert!(report.passed(), "at scale {scale}, s = {s}:\n{report}");
        }
        for report in reports {
            assert!(report.passed(), "at scale {scale}:\n{report}");
        }
    }
}

#[test]
fn source_text_compiles_and_computes_the_same_gradients() {
    let mut program = String::new();
    // Warnings are errors: `SOURCE` is code a learner may copy, and the generated module's own
    // allow line is all it may rely on (an unused recomputed value once slipped through here).
    let _ = writeln!(program, "#![deny(warnings)]");
    let _ = writeln!(program, "#![allow(dead_code, unused_imports)]");
    let _ = writeln!(program, "mod expanded {{\n{FIXTURE}\n}}");
    let _ = writeln!(program, "mod printed {{\n{}", plain_functions());
    for (name, source) in [
        ("logistic", fixture::logistic::SOURCE),
        ("horner", fixture::horner::SOURCE),
        ("dense", fixture::dense::SOURCE),
        ("classify", fixture::classify::SOURCE),
        ("branch_and_loop", fixture::branch_and_loop::SOURCE),
    ] {
        let _ = writeln!(program, "pub mod {name} {{\n{source}\n}}");
    }
    let _ = writeln!(program, "}}");
    program.push_str(
        r#"
use backprop::prelude::*;

fn same<A: std::fmt::Debug, B: std::fmt::Debug>(expanded: A, printed: B) {
    assert_eq!(format!("{expanded:?}"), format!("{printed:?}"));
}

fn main() {
    let w = DMatrix::from_fn(3, 4, |i, j| ((i * 4 + j) as f64 * 0.37).sin());
    let b = DVector::from_fn(3, |i, _| 0.1 * i as f64 - 0.1);
    let x = DMatrix::from_fn(4, 5, |i, j| ((i + 2 * j) as f64 * 0.53).cos());
    let y = DMatrix::from_fn(3, 5, |i, j| ((i * j) % 2) as f64);
    same(expanded::logistic::grad(&w, &b, &x, &y), printed::logistic::grad(&w, &b, &x, &y));
    same(expanded::horner::grad(0.8, 4), printed::horner::grad(0.8, 4));
    same(expanded::horner::grad(0.1, 2), printed::horner::grad(0.1, 2));
    let p = expanded::Dense { w: w.clone(), b: b.clone() };
    let q = printed::Dense { w, b };
    let seed = DMatrix::from_fn(3, 5, |i, j| (i as f64 - j as f64) * 0.25);
    same(expanded::dense::vjp(&p, &x, &seed), printed::dense::vjp(&q, &x, &seed));
    let labels = [0, 2, 1, 1, 0];
    same(expanded::classify::grad(&p, &x, &labels), printed::classify::grad(&q, &x, &labels));
    assert!(printed::classify::check(&q, &x, &labels).passed());
    // Each arm of the outer `if` and of the nested one.
    let a = DMatrix::from_fn(4, 4, |i, j| 0.5 * ((i * 4 + j) as f64 * 0.71).cos());
    for s in [0.7, -0.4, -1.6] {
        same(expanded::branch_and_loop::grad(&a, &x, s), printed::branch_and_loop::grad(&a, &x, s));
    }
}
"#,
    );
    let path = std::path::Path::new(env!("CARGO_TARGET_TMPDIR")).join("source_roundtrip_main.rs");
    std::fs::write(&path, program).expect("the temporary program is written");
    trybuild::TestCases::new().pass(&path);
}
