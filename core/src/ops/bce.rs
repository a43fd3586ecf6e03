//! Binary cross-entropy computed from logits: a matrix of logits and one of targets in `[0, 1]`
//! in, the mean loss out.
//!
//! Taking logits rather than probabilities fuses the sigmoid into the loss, so neither the
//! forward nor the adjoint forms `ln σ(z)` from a `σ(z)` that rounded to 0 or 1.

use nalgebra::DMatrix;

use super::matrix::{assert_same_shape, count};
use crate::Float;

/// `L = (1/n)·Σᵢ [ln(1 + e^(zᵢ)) − tᵢ·zᵢ]` over all `n` entries (the mean of
/// `−tᵢ·ln σ(zᵢ) − (1 − tᵢ)·ln(1 − σ(zᵢ))`) `⇒ dZ = (dL/n)·(σ(Z) − T)`, `dT = −(dL/n)·Z`.
///
/// Each term is computed as `max(z, 0) − t·z + ln(1 + e^(−|z|))`, whose exponent is never
/// positive: logits of ±1000 give exact, finite losses. An empty matrix has loss 0.
///
/// # Panics
/// When `logits` and `targets` differ in shape; the message names both shapes.
///
/// # Example
/// ```
/// use backprop::prelude::*;
///
/// let logits = DMatrix::from_row_slice(1, 2, &[1000.0, 0.0]);
/// let targets = DMatrix::from_row_slice(1, 2, &[0.0, 1.0]);
/// let loss = bce_with_logits(&logits, &targets);
/// assert_eq!(loss, (1000.0 + 2.0_f64.ln()) / 2.0);
/// let d_logits = bce_with_logits::back_0(&logits, &targets, &loss, &1.0);
/// assert_eq!(d_logits.as_slice(), &[0.5, -0.25]);
/// ```
#[must_use]
pub fn bce_with_logits<T: Float>(logits: &DMatrix<T>, targets: &DMatrix<T>) -> T {
    assert_same_shape("bce_with_logits", logits, targets);
    if logits.is_empty() {
        return T::zero();
    }
    let total = logits.iter().zip(targets.iter()).fold(T::zero(), |total, (&z, &t)| {
        total + z.max(T::zero()) - t * z + (-z.abs()).exp().ln_1p()
    });
    total / count(logits.len())
}

/// The adjoints of [`bce_with_logits()`](fn@bce_with_logits).
pub mod bce_with_logits {
    use nalgebra::DMatrix;

    use crate::Float;
    use crate::ops::matrix::count;

    /// `dZ = (dL/n)·(σ(Z) − T)`.
    pub fn back_0<T: Float>(
        logits: &DMatrix<T>,
        targets: &DMatrix<T>,
        _out: &T,
        d_out: &T,
    ) -> DMatrix<T> {
        let scale = *d_out / count(logits.len());
        logits.zip_map(targets, |z, t| scale * (T::one() / (T::one() + (-z).exp()) - t))
    }

    /// `dT = −(dL/n)·Z`.
    pub fn back_1<T: Float>(
        logits: &DMatrix<T>,
        _targets: &DMatrix<T>,
        _out: &T,
        d_out: &T,
    ) -> DMatrix<T> {
        let scale = -*d_out / count(logits.len());
        logits.map(|z| scale * z)
    }
}
