//! Forms a learner writes first, beyond the original subset: a tuple bound in one `let`, with
//! sizes read from a matrix, and a swap.

use backprop::prelude::*;

#[differentiable]
fn mean_square(x: &DMatrix<f64>) -> f64 {
    let (d, n) = (x.nrows(), x.ncols());
    x.norm_squared() / (d * n) as f64
}

#[differentiable]
fn swapped(x: f64, y: f64) -> f64 {
    let (a, b) = (x, y * 2.0);
    let (a, b) = (b, a);
    a.sin() * b
}

#[test]
fn a_tuple_of_sizes_is_bound_in_one_let() {
    let x = DMatrix::from_fn(3, 4, |i, j| 0.3 * i as f64 - 0.2 * j as f64 + 0.1);
    let report = mean_square::check(&x);
    assert!(report.passed(), "{report}");
}

#[test]
fn a_tuple_let_evaluates_every_value_before_binding() {
    // After the swap `a` is `2y` and `b` is `x`: the value is sin(2y)·x, and so is the check's
    // reference, the function as written.
    let (value, _) = swapped::grad(0.3, 0.7);
    assert!((value - (1.4_f64).sin() * 0.3).abs() < 1e-15);
    let report = swapped::check(0.3, 0.7);
    assert!(report.passed(), "{report}");
}

#[differentiable]
fn sum_of_squares(x: &DVector<f64>) -> f64 {
    let mut total = 0.0;
    for v in x.iter() {
        total += v * v;
    }
    total
}

#[differentiable]
fn weighted_by_position(x: &DVector<f64>) -> f64 {
    let mut total = 0.0;
    for (i, v) in x.iter().enumerate() {
        total += v.sin() * (i as f64 + 1.0);
    }
    total
}

#[differentiable]
fn neighbours(x: &DVector<f64>) -> f64 {
    let mut total = 0.0;
    for (a, b) in x.iter().zip(x.iter().skip(1)) {
        total += (b - a).powi(2);
    }
    total
}

#[differentiable]
fn over_matrix_elements(m: &DMatrix<f64>) -> f64 {
    let mut total = 0.0;
    for v in &m.column(1) {
        total += v.exp();
    }
    total
}

#[test]
fn iterator_loops_are_index_loops() {
    let x = DVector::from_column_slice(&[0.3, -1.2, 0.8, 2.1, -0.4]);
    for report in
        [sum_of_squares::check(&x), weighted_by_position::check(&x), neighbours::check(&x)]
    {
        assert!(report.passed(), "{report}");
    }
    let m = DMatrix::from_fn(3, 2, |i, j| 0.4 * i as f64 - 0.5 * j as f64);
    let report = over_matrix_elements::check(&m);
    assert!(report.passed(), "{report}");
    assert!(neighbours::SOURCE.contains("for index in"), "{}", neighbours::SOURCE);
    println!("{}", neighbours::SOURCE);
}

#[differentiable]
fn by_value_patterns(x: &DVector<f64>, y: &DVector<f64>) -> f64 {
    let mut total = 0.0;
    for &v in x.iter() {
        total += v.tanh();
    }
    for (i, &v) in y.iter().enumerate() {
        total += v * x[i];
    }
    for (&a, &b) in x.iter().zip(y.iter()) {
        if a > b {
            total += a - b;
        }
    }
    total
}

#[test]
fn an_element_bound_by_value_pattern_is_a_float() {
    let x = DVector::from_column_slice(&[0.3, -1.2, 0.8]);
    let y = DVector::from_column_slice(&[-0.5, 0.4, 1.1]);
    let report = by_value_patterns::check(&x, &y);
    assert!(report.passed(), "{report}");
}
