//! Raw identifiers (`r#type`, `r#x`) in every position a plain identifier may take: parameter,
//! function name, `let` binding, callee, loop variable, closure parameter and `wrt(…)`. Each
//! function's gradient passes its check, and a keyword stays raw in `SOURCE`.

use backprop::prelude::*;

#[differentiable]
fn parameter(r#x: f64) -> f64 {
    r#x * r#x
}

#[differentiable]
fn r#match(x: f64) -> f64 {
    x.sin()
}

#[differentiable]
fn binding(x: f64) -> f64 {
    let r#type = x * 2.0;
    r#type * x
}

#[differentiable]
fn r#helper(x: f64) -> f64 {
    x * 3.0
}

#[differentiable]
fn callee(x: f64) -> f64 {
    r#helper(x) + r#match(x)
}

#[differentiable]
fn loop_variable(x: f64, n: usize) -> f64 {
    let mut y = x;
    for r#i in 0..n {
        y = y * x + r#i as f64;
    }
    y
}

#[differentiable]
fn closure_parameter(m: &DMatrix<f64>) -> f64 {
    m.map(|r#v| r#v * r#v.sin()).sum()
}

#[differentiable(wrt(r#x))]
fn listed(r#x: f64, y: f64) -> f64 {
    r#x * y.exp()
}

#[test]
fn every_position_is_differentiated() {
    let m = DMatrix::from_row_slice(2, 2, &[0.3, -0.7, 1.1, 0.4]);
    let reports = [
        parameter::check(0.7),
        r#match::check(0.7),
        binding::check(0.7),
        callee::check(0.7),
        loop_variable::check(0.7, 3),
        closure_parameter::check(&m),
        listed::check(0.7, 0.2),
    ];
    for report in reports {
        assert!(report.passed(), "{report}");
    }
}

#[test]
fn a_keyword_stays_raw_in_the_generated_code() {
    assert!(binding::SOURCE.contains("let r#type = "), "{}", binding::SOURCE);
    assert!(binding::SOURCE.contains("d_type"), "{}", binding::SOURCE);
    assert!(!binding::SOURCE.contains("d_r#type"), "{}", binding::SOURCE);
}
