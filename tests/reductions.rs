//! nalgebra's reductions along one axis and its scalar broadcast inside `#[differentiable]`
//! bodies, in the form a learner writes first: `x.column_mean()`, `x.row_sum()`,
//! `x.column_variance()`, `h.variance()`, `z.add_scalar(b)`. Each function's generated gradient
//! passes its generated `check`; one `SOURCE` is a snapshot.

use backprop::prelude::*;

/// Batch normalization written by hand, features as rows and samples as columns: each row's mean
/// and variance over the batch, the mean taken out with `add_bias`, each row scaled.
#[differentiable]
fn batch_norm_by_hand(x: &DMatrix<f64>, gamma: &DVector<f64>, y: &DMatrix<f64>) -> f64 {
    let mu = x.column_mean();
    let var = x.column_variance();
    let centred = add_bias(x, &(-mu));
    let inv_std = var.map(|v| 1.0 / (v + 1e-5).sqrt());
    let normalized = scale_rows(&centred, &inv_std.component_mul(gamma));
    mse(&normalized, y)
}

/// Layer normalization of one sample, a vector: its mean and variance, then a learned shift.
#[differentiable]
fn layer_norm_of_a_sample(h: &DVector<f64>, shift: f64) -> f64 {
    let mu = h.mean();
    let var = h.variance();
    let z = h.add_scalar(-mu) / (var + 1e-5).sqrt();
    softmax(&z.add_scalar(shift)).norm_squared()
}

/// The sum over each row: per-feature totals of a batch, weighted.
#[differentiable]
fn feature_totals(w: &DMatrix<f64>, x: &DMatrix<f64>, v: &DVector<f64>) -> f64 {
    let h = tanh(&(w * x));
    h.column_sum().dot(v)
}

/// The sum over each column: one score per sample, as a `RowDVector`.
#[differentiable]
fn sample_scores(w: &DMatrix<f64>, x: &DMatrix<f64>) -> f64 {
    let scores = sigmoid(&(w * x)).row_sum();
    scores.norm_squared()
}

/// The mean over each column: the squared error of each sample, then the mean over samples.
#[differentiable]
fn per_sample_error(pred: &DMatrix<f64>, target: &DMatrix<f64>) -> f64 {
    let error = pred - target;
    let per_sample = error.component_mul(&error).row_mean();
    per_sample.mean() + per_sample.variance()
}

/// The variance over each column: a penalty on samples whose features spread.
#[differentiable]
fn spread_penalty(x: &DMatrix<f64>, scale: f64) -> f64 {
    (x * scale).row_variance().sum()
}

/// A row vector whose adjoint only one parameter wants: with `x` constant, `d_means` is the
/// empty placeholder.
#[differentiable]
fn scaled_column_means(x: &DMatrix<f64>, s: f64) -> f64 {
    let means = x.row_mean();
    (means * s).norm_squared()
}

/// A bias added to every element of a vector, in single precision.
#[differentiable]
fn shifted_sigmoid(z: &DVector<f32>, b: f32) -> f32 {
    sigmoid(&z.add_scalar(b)).column_mean().sum() + z.column_variance().sum()
}

fn matrix(rows: usize, cols: usize, seed: f64) -> DMatrix<f64> {
    DMatrix::from_fn(rows, cols, |i, j| ((i * cols + j) as f64 * 0.71 + seed).sin())
}

fn vector(len: usize, seed: f64) -> DVector<f64> {
    DVector::from_fn(len, |i, _| (i as f64 * 1.3 + seed).cos())
}

#[test]
fn column_mean_and_column_variance_make_batch_norm() {
    let (x, gamma, y) = (matrix(3, 5, 0.2), vector(3, 0.4), matrix(3, 5, 1.1));
    let report = batch_norm_by_hand::check(&x, &gamma, &y);
    assert!(report.passed(), "{report}");
}

#[test]
fn variance_and_add_scalar_make_layer_norm() {
    let report = layer_norm_of_a_sample::check(&vector(4, 0.3), 0.7);
    assert!(report.passed(), "{report}");
}

#[test]
fn column_sum_gives_a_vector_per_row() {
    let report = feature_totals::check(&matrix(3, 2, 0.5), &matrix(2, 4, 0.9), &vector(3, 0.1));
    assert!(report.passed(), "{report}");
}

#[test]
fn row_sum_gives_a_row_vector_per_column() {
    let (value, grad) = sample_scores::grad(&matrix(3, 2, 0.5), &matrix(2, 4, 0.9));
    assert!((value - sample_scores(&matrix(3, 2, 0.5), &matrix(2, 4, 0.9))).abs() < 1e-12);
    assert_eq!(grad.w.shape(), (3, 2));
    let report = sample_scores::check(&matrix(3, 2, 0.5), &matrix(2, 4, 0.9));
    assert!(report.passed(), "{report}");
}

#[test]
fn row_mean_gives_the_mean_of_each_sample() {
    let report = per_sample_error::check(&matrix(4, 3, 0.1), &matrix(4, 3, 2.0));
    assert!(report.passed(), "{report}");
}

#[test]
fn row_variance_gives_the_variance_of_each_sample() {
    let report = spread_penalty::check(&matrix(4, 3, 0.6), 1.5);
    assert!(report.passed(), "{report}");
}

#[test]
fn a_row_vector_adjoint_can_be_left_unwanted() {
    let x = matrix(3, 4, 0.8);
    let report = scaled_column_means::check(&x, 0.6);
    assert!(report.passed(), "{report}");
    let (_, pullback) = scaled_column_means::pullback(&x, 0.6);
    let value = scaled_column_means(&x, 0.6);
    let (d_x, d_s) = pullback(&x, &0.6, &value, &1.0, false, true);
    assert_eq!(d_x.len(), 0, "the adjoint of x was not wanted");
    let (_, d_s_alone) = scaled_column_means::grad(&x, 0.6);
    assert!((d_s - d_s_alone.s).abs() < 1e-12);
}

#[test]
fn add_scalar_and_the_column_reductions_take_a_vector_in_f32() {
    let z = DVector::from_column_slice(&[0.4_f32, -0.9, 1.2]);
    let report = shifted_sigmoid::check(&z, 0.3);
    assert!(report.passed(), "{report}");
}

#[test]
fn the_backward_pass_of_batch_norm_by_hand_reads_like_its_forward() {
    insta::assert_snapshot!("batch_norm_by_hand", batch_norm_by_hand::SOURCE);
}
