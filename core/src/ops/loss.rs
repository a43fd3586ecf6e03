//! Losses: a matrix of predictions (one column per sample) in, a scalar out; `mse` also takes
//! one sample as a `DVector`.
//!
//! `mse` compares with a target matrix; `cross_entropy` with one class label per column, fusing
//! `log_softmax` and the pick of the label's entry so that neither the forward nor the adjoint
//! forms a probability that could underflow. Both are means, so the loss of a batch does not grow
//! with its size.

use nalgebra::DMatrix;

use super::matrix::{MatrixRule, assert_same_shape, count};
use crate::Float;

/// `L = (1/n)·Σᵢ (pᵢ − tᵢ)²` over all `n` entries (no ½) `⇒ dP = (2·dL/n)·(P − T), dT = −dP`.
///
/// An empty matrix has loss 0.
///
/// # Panics
/// When `pred` and `target` differ in shape; the message names both shapes.
///
/// # Example
/// ```
/// use backprop::prelude::*;
///
/// let pred = DMatrix::from_row_slice(1, 2, &[1.0, 3.0]);
/// let target = DMatrix::from_row_slice(1, 2, &[0.0, 1.0]);
/// let loss = mse(&pred, &target);
/// assert_eq!(loss, 2.5); // (1 + 4) / 2
/// assert_eq!(mse::back_0(&pred, &target, &loss, &1.0).as_slice(), &[1.0, 2.0]);
/// ```
#[must_use]
pub fn mse<T: Float, M: MatrixRule<Elem = T>>(pred: &M, target: &M) -> T {
    assert_same_shape("mse", pred, target);
    let (pred, target) = (pred.as_slice(), target.as_slice());
    if pred.is_empty() {
        return T::zero();
    }
    let total = pred.iter().zip(target).fold(T::zero(), |total, (&p, &t)| {
        let error = p - t;
        total + error * error
    });
    total / count(pred.len())
}

/// The adjoints of [`mse()`](fn@mse).
pub mod mse {
    use crate::Float;
    use crate::ops::matrix::{MatrixRule, count};

    /// `dP = (2·dL/n)·(P − T)`.
    pub fn back_0<T: Float, M: MatrixRule<Elem = T>>(
        pred: &M,
        target: &M,
        _out: &T,
        d_out: &T,
    ) -> M {
        let scale = (*d_out + *d_out) / count(pred.as_slice().len());
        pred.zip_map(target, |p, t| scale * (p - t))
    }

    /// `dT = (2·dL/n)·(T − P)`.
    pub fn back_1<T: Float, M: MatrixRule<Elem = T>>(
        pred: &M,
        target: &M,
        _out: &T,
        d_out: &T,
    ) -> M {
        let scale = (*d_out + *d_out) / count(pred.as_slice().len());
        pred.zip_map(target, |p, t| scale * (t - p))
    }
}

/// `L = (1/N)·Σⱼ −log_softmax(z_j)[label_j]` over the `N` columns `⇒ dZ = (dL/N)·(softmax(Z) − Y)`,
/// where `Y` is one-hot (`Y[label_j, j] = 1`). The labels are constants (no adjoint).
///
/// An empty batch has loss 0. Each column costs `ln Σᵢ e^(zᵢ − m) − (z_label − m)` with `m` its
/// maximum: finite and exact at logits of ±1000.
///
/// # Panics
/// When the number of labels differs from the number of columns, or a label is not below the
/// number of rows (classes); the messages name the label, its column and the number of classes.
///
/// # Example
/// ```
/// use backprop::prelude::*;
///
/// let logits = DMatrix::from_column_slice(2, 2, &[0.0, 0.0, 1000.0, -1000.0]);
/// let loss = cross_entropy(&logits, &[1, 0]);
/// assert!((loss - 2.0_f64.ln() / 2.0).abs() < 1e-15); // ln 2 for the first column, 0 for the second
/// let d_logits = cross_entropy::back_0(&logits, &[1, 0], &loss, &1.0);
/// assert_eq!(d_logits.as_slice(), &[0.25, -0.25, 0.0, 0.0]);
/// ```
#[must_use]
pub fn cross_entropy<T: Float>(logits: &DMatrix<T>, labels: &[usize]) -> T {
    check_labels(logits, labels);
    if labels.is_empty() {
        return T::zero();
    }
    let total = logits.column_iter().zip(labels).fold(T::zero(), |total, (column, &label)| {
        let max = column.max();
        let log_total = column.fold(T::zero(), |sum, x| sum + (x - max).exp()).ln();
        // `ln Σ − (z_label − m)`: as in `log_softmax`, never form `m + ln Σ`, which rounds at the
        // scale of `m`.
        total + (log_total - (column[label] - max))
    });
    total / count(labels.len())
}

/// The adjoint of [`cross_entropy()`](fn@cross_entropy).
pub mod cross_entropy {
    use nalgebra::DMatrix;

    use crate::Float;
    use crate::ops::matrix::count;

    /// `dZ = (dL/N)·(softmax(Z) − Y)`, in one pass per column.
    pub fn back_0<T: Float>(
        logits: &DMatrix<T>,
        labels: &[usize],
        _out: &T,
        d_out: &T,
    ) -> DMatrix<T> {
        let scale = *d_out / count(labels.len());
        let mut d_logits = logits.clone();
        for (mut column, &label) in d_logits.column_iter_mut().zip(labels) {
            let max = column.max();
            column.apply(|x| *x = (*x - max).exp());
            // Normalise and scale in one multiplication: scale·e^(zᵢ − m) / Σⱼ e^(zⱼ − m).
            let factor = scale / column.sum();
            column *= factor;
            column[label] -= scale;
        }
        d_logits
    }
}

fn check_labels<T: Float>(logits: &DMatrix<T>, labels: &[usize]) {
    assert!(
        labels.len() == logits.ncols(),
        "cross_entropy: {} labels for {} columns of logits (one label per column)",
        labels.len(),
        logits.ncols()
    );
    let classes = logits.nrows();
    if let Some((column, label)) = labels.iter().enumerate().find(|&(_, &label)| label >= classes) {
        panic!(
            "cross_entropy: label {label} in column {column} is out of range for {classes} classes (rows of the logits)"
        );
    }
}
