//! Batch normalization and the per-row scaling it is built from, on `DMatrix<T>` whose columns
//! are the samples of a batch.
//!
//! `batch_norm(Z, γ, β)` normalizes every row (feature) of `Z` by its mean and variance over the
//! batch, then scales by `γ` and shifts by `β`: the training-mode forward of a batch-norm layer.
//! Its adjoint is one of the classic derivations (Ioffe and Szegedy, 2015, section 3): every
//! sample's output depends on every other sample of its row through the mean and variance.
//! `scale_rows(M, s)` multiplies row `i` by `sᵢ`, what the evaluation mode needs.

use nalgebra::{DMatrix, DVector};

use super::matrix::count;
use crate::Float;

/// The `ε` added to the variance before the square root in [`batch_norm()`](fn@batch_norm).
pub const BATCH_NORM_EPSILON: f64 = 1e-5;

/// Per-row mean and biased variance (divided by the number of columns `N`) of `z`: the batch
/// statistics a batch-norm layer normalizes by, and keeps running averages of.
///
/// A matrix without columns has mean and variance 0.
///
/// # Example
/// ```
/// use backprop::ops::norm::row_statistics;
/// use backprop::nalgebra::DMatrix;
///
/// let z = DMatrix::from_row_slice(2, 2, &[1.0, 3.0, 5.0, 5.0]);
/// let (mean, variance) = row_statistics(&z);
/// assert_eq!((mean.as_slice(), variance.as_slice()), (&[2.0, 5.0][..], &[1.0, 0.0][..]));
/// ```
#[must_use]
pub fn row_statistics<T: Float>(z: &DMatrix<T>) -> (DVector<T>, DVector<T>) {
    let rows = z.nrows();
    if z.ncols() == 0 {
        return (DVector::zeros(rows), DVector::zeros(rows));
    }
    let n: T = count(z.ncols());
    let mut mean = DVector::zeros(rows);
    for column in z.column_iter() {
        mean += column;
    }
    mean /= n;
    let mut variance = DVector::zeros(rows);
    for column in z.column_iter() {
        variance.zip_zip_apply(&column, &mean, |v, x, m| *v += (x - m) * (x - m));
    }
    variance /= n;
    (mean, variance)
}

/// `x̂ = (Z − μ)/√(σ² + ε)` per row, and `1/√(σ² + ε)` per row.
fn normalized<T: Float>(z: &DMatrix<T>) -> (DMatrix<T>, DVector<T>) {
    let (mean, variance) = row_statistics(z);
    let epsilon = T::of(BATCH_NORM_EPSILON);
    let inv_std = variance.map(|v| T::one() / (v + epsilon).sqrt());
    let mut x_hat = z.clone();
    for mut column in x_hat.column_iter_mut() {
        column.zip_zip_apply(&mean, &inv_std, |x, m, s| *x = (*x - m) * s);
    }
    (x_hat, inv_std)
}

fn check_row_vector<T: Float>(rule: &str, what: &str, z: &DMatrix<T>, v: &DVector<T>) {
    assert!(
        v.len() == z.nrows(),
        "{rule}: {what} has {} entries for a matrix of {} rows (one per row)",
        v.len(),
        z.nrows()
    );
}

/// Per row `i` over the `N` columns: `x̂ = (z − μᵢ)/√(σᵢ² + ε)`, `y = γᵢ·x̂ + βᵢ`, with `μᵢ`, `σᵢ²`
/// the row's mean and biased variance and `ε` = [`BATCH_NORM_EPSILON`]
/// `⇒ dβᵢ = Σⱼ dyᵢⱼ`, `dγᵢ = Σⱼ dyᵢⱼ·x̂ᵢⱼ`,
/// `dzᵢⱼ = γᵢ/(N·√(σᵢ² + ε))·(N·dyᵢⱼ − dβᵢ − x̂ᵢⱼ·dγᵢ)`.
///
/// The last adjoint is the chain rule through `μ` and `σ²`, which depend on the whole row: drop
/// those paths and `dz = γ·dy/√(σ² + ε)`, the mistake the checker's random cotangents catch.
///
/// # Panics
/// When `gamma` or `beta` does not have one entry per row of `z`.
///
/// # Example
/// ```
/// use backprop::prelude::*;
///
/// let z = DMatrix::from_row_slice(1, 2, &[1.0, 3.0]);
/// let (gamma, beta) = (DVector::from_element(1, 2.0), DVector::from_element(1, 0.5));
/// let y = batch_norm(&z, &gamma, &beta);
/// assert!((y[(0, 0)] + 1.5).abs() < 1e-4 && (y[(0, 1)] - 2.5).abs() < 1e-4);
/// ```
#[must_use]
pub fn batch_norm<T: Float>(z: &DMatrix<T>, gamma: &DVector<T>, beta: &DVector<T>) -> DMatrix<T> {
    check_row_vector("batch_norm", "gamma", z, gamma);
    check_row_vector("batch_norm", "beta", z, beta);
    let (mut y, _) = normalized(z);
    for mut column in y.column_iter_mut() {
        column.zip_zip_apply(gamma, beta, |x, g, b| *x = g * *x + b);
    }
    y
}

/// The adjoints of [`batch_norm()`](fn@batch_norm).
pub mod batch_norm {
    use nalgebra::{DMatrix, DVector};

    use super::normalized;
    use crate::Float;
    use crate::ops::matrix::count;

    /// `dzᵢⱼ = γᵢ/(N·√(σᵢ² + ε))·(N·dyᵢⱼ − Σₖ dyᵢₖ − x̂ᵢⱼ·Σₖ dyᵢₖ·x̂ᵢₖ)`.
    #[must_use]
    pub fn back_0<T: Float>(
        z: &DMatrix<T>,
        gamma: &DVector<T>,
        _beta: &DVector<T>,
        _out: &DMatrix<T>,
        d_out: &DMatrix<T>,
    ) -> DMatrix<T> {
        let (x_hat, inv_std) = normalized(z);
        let n: T = count(z.ncols());
        let d_beta = row_sums(d_out);
        let d_gamma = row_sums(&d_out.component_mul(&x_hat));
        let factor = gamma.component_mul(&inv_std) / n;
        let mut d_z = d_out * n;
        for (mut column, x_column) in d_z.column_iter_mut().zip(x_hat.column_iter()) {
            for i in 0..column.len() {
                column[i] = factor[i] * (column[i] - d_beta[i] - x_column[i] * d_gamma[i]);
            }
        }
        d_z
    }

    /// `dγᵢ = Σⱼ dyᵢⱼ·x̂ᵢⱼ`.
    #[must_use]
    pub fn back_1<T: Float>(
        z: &DMatrix<T>,
        _gamma: &DVector<T>,
        _beta: &DVector<T>,
        _out: &DMatrix<T>,
        d_out: &DMatrix<T>,
    ) -> DVector<T> {
        row_sums(&d_out.component_mul(&normalized(z).0))
    }

    /// `dβᵢ = Σⱼ dyᵢⱼ`.
    #[must_use]
    pub fn back_2<T: Float>(
        _z: &DMatrix<T>,
        _gamma: &DVector<T>,
        _beta: &DVector<T>,
        _out: &DMatrix<T>,
        d_out: &DMatrix<T>,
    ) -> DVector<T> {
        row_sums(d_out)
    }

    pub(super) fn row_sums<T: Float>(m: &DMatrix<T>) -> DVector<T> {
        let mut sums = DVector::zeros(m.nrows());
        for column in m.column_iter() {
            sums += column;
        }
        sums
    }
}

/// `Y = diag(s)·M`: row `i` of `M` times `sᵢ` `⇒ dM = diag(s)·dY`, `dsᵢ = Σⱼ dYᵢⱼ·Mᵢⱼ`.
///
/// # Panics
/// When `s` does not have one entry per row of `m`.
///
/// # Example
/// ```
/// use backprop::prelude::*;
///
/// let m = DMatrix::from_row_slice(2, 2, &[1.0, 2.0, 3.0, 4.0]);
/// let s = DVector::from_vec(vec![10.0, -1.0]);
/// assert_eq!(scale_rows(&m, &s), DMatrix::from_row_slice(2, 2, &[10.0, 20.0, -3.0, -4.0]));
/// ```
#[must_use]
pub fn scale_rows<T: Float>(m: &DMatrix<T>, s: &DVector<T>) -> DMatrix<T> {
    check_row_vector("scale_rows", "the scale", m, s);
    let mut y = m.clone();
    for mut column in y.column_iter_mut() {
        column.component_mul_assign(s);
    }
    y
}

/// The adjoints of [`scale_rows()`](fn@scale_rows).
pub mod scale_rows {
    use nalgebra::{DMatrix, DVector};

    use super::batch_norm::row_sums;
    use crate::Float;

    /// `dM = diag(s)·dY`.
    #[must_use]
    pub fn back_0<T: Float>(
        _m: &DMatrix<T>,
        s: &DVector<T>,
        _out: &DMatrix<T>,
        d_out: &DMatrix<T>,
    ) -> DMatrix<T> {
        super::scale_rows(d_out, s)
    }

    /// `dsᵢ = Σⱼ dYᵢⱼ·Mᵢⱼ`.
    #[must_use]
    pub fn back_1<T: Float>(
        m: &DMatrix<T>,
        _s: &DVector<T>,
        _out: &DMatrix<T>,
        d_out: &DMatrix<T>,
    ) -> DVector<T> {
        row_sums(&d_out.component_mul(m))
    }
}
