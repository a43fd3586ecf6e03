//! Two relatives of `relu` on `DMatrix<T>`, elementwise: `leaky_relu` (a small slope below 0, so
//! no unit dies) and `softplus` (its smooth version, `ln(1 + eᶻ)`).
//!
//! Same shape as the other activations: the function, and a module of the same name holding its
//! adjoint `back_0(z, out, d_out)`. `leaky_relu` records the side of its kink for the checker.

use nalgebra::DMatrix;

use crate::Float;
use crate::check::trace;

/// The slope of [`leaky_relu()`](fn@leaky_relu) below 0.
pub const LEAKY_SLOPE: f64 = 0.01;

/// `Y = max(Z, a·Z)` with `a` = [`LEAKY_SLOPE`] `⇒ dZ = dY ⊙ (1 if Z > 0, else a)`, elementwise.
///
/// At the kink `z = 0` the derivative is taken as `a`. While the checker records, each element's
/// side of 0 goes into the trace, as for `relu`.
///
/// # Example
/// ```
/// use backprop::prelude::*;
///
/// let z = DMatrix::from_row_slice(1, 3, &[-2.0, 0.0, 3.0]);
/// let y = leaky_relu(&z);
/// assert_eq!(y.as_slice(), &[-0.02, 0.0, 3.0]);
/// let d_z = leaky_relu::back_0(&z, &y, &DMatrix::from_element(1, 3, 1.0));
/// assert_eq!(d_z.as_slice(), &[0.01, 0.01, 1.0]);
/// ```
#[must_use]
pub fn leaky_relu<T: Float>(z: &DMatrix<T>) -> DMatrix<T> {
    if trace::is_recording() {
        for &x in z {
            trace::record(u64::from(x > T::zero()));
        }
    }
    let slope = T::of(LEAKY_SLOPE);
    z.map(|x| if x > T::zero() { x } else { slope * x })
}

/// The adjoint of [`leaky_relu()`](fn@leaky_relu).
pub mod leaky_relu {
    use nalgebra::DMatrix;

    use super::LEAKY_SLOPE;
    use crate::Float;

    /// `dZ = dY ⊙ (1 if Z > 0, else a)`.
    #[must_use]
    pub fn back_0<T: Float>(z: &DMatrix<T>, _out: &DMatrix<T>, d_out: &DMatrix<T>) -> DMatrix<T> {
        let slope = T::of(LEAKY_SLOPE);
        z.zip_map(d_out, |x, d| if x > T::zero() { d } else { slope * d })
    }
}

/// `Y = ln(1 + e^Z) ⇒ dZ = dY ⊙ σ(Z)`, elementwise.
///
/// Computed as `max(z, 0) + ln(1 + e^(−|z|))`: the exponent is never positive, so `z = 1000`
/// gives 1000, not ∞, and `z = −1000` gives 0.
///
/// # Example
/// ```
/// use backprop::prelude::*;
///
/// let z = DMatrix::from_row_slice(1, 3, &[-1000.0, 0.0, 1000.0]);
/// let y = softplus(&z);
/// assert_eq!(y.as_slice(), &[0.0, 2.0_f64.ln(), 1000.0]);
/// let d_z = softplus::back_0(&z, &y, &DMatrix::from_element(1, 3, 2.0));
/// assert_eq!(d_z.as_slice(), &[0.0, 1.0, 2.0]);
/// ```
#[must_use]
pub fn softplus<T: Float>(z: &DMatrix<T>) -> DMatrix<T> {
    z.map(|x| x.max(T::zero()) + (-x.abs()).exp().ln_1p())
}

/// The adjoint of [`softplus()`](fn@softplus).
pub mod softplus {
    use nalgebra::DMatrix;

    use crate::Float;

    /// `dZ = dY ⊙ σ(Z)`.
    #[must_use]
    pub fn back_0<T: Float>(z: &DMatrix<T>, _out: &DMatrix<T>, d_out: &DMatrix<T>) -> DMatrix<T> {
        z.zip_map(d_out, |x, d| d / (T::one() + (-x).exp()))
    }
}
