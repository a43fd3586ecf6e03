//! The rules the training runtime added to `backprop::ops` (`leaky_relu`, `softplus`,
//! `bce_with_logits`, `batch_norm`, `scale_rows`), each adjoint against the finite-difference
//! checker at random points, in f64 and in f32; and their behaviour at extreme inputs.
//!
//! Point 0 is a batch of three columns (batch norm of two maps every row to ±1, whose gradient f32 cannot resolve) with small dimensions, point 1 has every dimension above
//! nalgebra's small-matrix threshold of 5; the rest are random small shapes.
#![allow(clippy::float_cmp, reason = "the values compared are exact in binary")]

mod support;

use backprop::nalgebra::{DMatrix, DVector};
use backprop::ops::{batch_norm, bce_with_logits, leaky_relu, scale_rows, softplus};
use backprop::{Float, Params};
use support::{Rng, check_arg};

const POINTS: usize = 8;

fn dims(rng: &mut Rng, point: usize) -> (usize, usize) {
    match point {
        0 => (3, 3),
        1 => (rng.int(6, 8), rng.int(6, 8)),
        _ => (rng.int(1, 5), rng.int(3, 6)),
    }
}

fn training_rules<T: Float + Params>(seed: u64) {
    let mut rng = Rng::new(seed);
    for point in 0..POINTS {
        let (m, n) = dims(&mut rng, point);
        let z: DMatrix<T> = rng.matrix(m, n);
        check_arg("leaky_relu", &z, leaky_relu, leaky_relu::back_0);
        check_arg("softplus", &z, softplus, softplus::back_0);

        let targets: DMatrix<T> = rng.matrix_between(m, n, 0.0, 1.0);
        let t = targets.clone();
        check_arg(
            "bce_with_logits ∂logits",
            &z,
            |z| bce_with_logits(z, &t),
            |z, y, d| bce_with_logits::back_0(z, &t, y, d),
        );
        check_arg(
            "bce_with_logits ∂targets",
            &targets,
            |t| bce_with_logits(&z, t),
            |t, y, d| bce_with_logits::back_1(&z, t, y, d),
        );

        let (gamma, beta): (DVector<T>, DVector<T>) = (rng.vector_away_from_zero(m), rng.vector(m));
        check_arg(
            "batch_norm ∂z",
            &z,
            |z| batch_norm(z, &gamma, &beta),
            |z, y, d| batch_norm::back_0(z, &gamma, &beta, y, d),
        );
        check_arg(
            "batch_norm ∂gamma",
            &gamma,
            |g| batch_norm(&z, g, &beta),
            |g, y, d| batch_norm::back_1(&z, g, &beta, y, d),
        );
        check_arg(
            "batch_norm ∂beta",
            &beta,
            |b| batch_norm(&z, &gamma, b),
            |b, y, d| batch_norm::back_2(&z, &gamma, b, y, d),
        );

        let s: DVector<T> = rng.vector(m);
        check_arg(
            "scale_rows ∂m",
            &z,
            |z| scale_rows(z, &s),
            |z, y, d| scale_rows::back_0(z, &s, y, d),
        );
        check_arg(
            "scale_rows ∂s",
            &s,
            |s| scale_rows(&z, s),
            |s, y, d| scale_rows::back_1(&z, s, y, d),
        );
    }
}

#[test]
fn training_rules_pass_their_checks_in_f64() {
    training_rules::<f64>(0x7a11_0064);
}

#[test]
fn training_rules_pass_their_checks_in_f32() {
    training_rules::<f32>(0x7a11_0032);
}

#[test]
fn bce_with_logits_is_finite_and_exact_at_extreme_logits() {
    let logits = DMatrix::from_row_slice(1, 4, &[1000.0, -1000.0, 1000.0, -1000.0]);
    let targets = DMatrix::from_row_slice(1, 4, &[1.0, 0.0, 0.0, 1.0]);
    let loss = bce_with_logits(&logits, &targets);
    assert_eq!(loss, 2000.0 / 4.0);
    let d = bce_with_logits::back_0(&logits, &targets, &loss, &1.0);
    assert_eq!(d.as_slice(), &[0.0, 0.0, 0.25, -0.25]);
}

#[test]
fn batch_norm_output_has_zero_mean_and_unit_variance_per_row() {
    let z =
        DMatrix::from_fn(3, 50, |i, j| ((i * 50 + j) as f64 * 0.37).sin() * (i + 1) as f64 + 5.0);
    let y = batch_norm(&z, &DVector::from_element(3, 1.0), &DVector::zeros(3));
    for row in y.row_iter() {
        let mean = row.mean();
        let variance = row.map(|v| (v - mean) * (v - mean)).mean();
        approx::assert_abs_diff_eq!(mean, 0.0, epsilon = 1e-12);
        approx::assert_relative_eq!(variance, 1.0, epsilon = 1e-4);
    }
}

#[test]
#[should_panic(expected = "batch_norm: gamma has 2 entries for a matrix of 3 rows (one per row)")]
fn batch_norm_names_a_mismatched_scale() {
    let _ = batch_norm(&DMatrix::<f64>::zeros(3, 4), &DVector::zeros(2), &DVector::zeros(3));
}

#[test]
fn softplus_and_leaky_relu_at_extremes() {
    let z = DMatrix::from_row_slice(1, 2, &[-1000.0_f32, 1000.0]);
    assert_eq!(softplus(&z).as_slice(), &[0.0, 1000.0]);
    assert_eq!(leaky_relu(&z).as_slice(), &[-10.0, 1000.0]);
}
