//! Activations on a batch `DMatrix<T>` (samples as columns) or one sample `DVector<T>`:
//! elementwise `sigmoid relu tanh exp ln`, per column `softmax` and `log_softmax`.
//!
//! The user calls these directly (`sigmoid(&z)`), so each is a function with an adjoint module of
//! the same name, like a `#[differentiable]` function. Adjoints are one `zip_map` over the output
//! where the derivative is a function of it (`σ′ = σ(1 − σ)`); `softmax` and `log_softmax`
//! subtract each column's maximum first, so logits of ±1000 give neither overflow nor NaN.

use crate::Float;
use crate::check::trace;
use crate::ops::MatrixRule;

/// `Y = σ(Z) = 1 / (1 + e^(−Z)) ⇒ dZ = dY ⊙ Y ⊙ (1 − Y)`, elementwise.
///
/// For very negative `z`, `e^(−z)` overflows to ∞ and `σ(z)` correctly rounds to 0.
///
/// # Example
/// ```
/// use backprop::prelude::*;
///
/// let z = DMatrix::from_row_slice(1, 3, &[-1000.0, 0.0, 1000.0]);
/// let y = sigmoid(&z);
/// assert_eq!(y.as_slice(), &[0.0, 0.5, 1.0]);
/// let d_z = sigmoid::back_0(&z, &y, &DMatrix::from_element(1, 3, 1.0));
/// assert_eq!(d_z.as_slice(), &[0.0, 0.25, 0.0]);
/// ```
#[must_use]
pub fn sigmoid<T: Float, M: MatrixRule<Elem = T>>(z: &M) -> M {
    z.map(|x| T::one() / (T::one() + (-x).exp()))
}

/// The adjoint of [`sigmoid()`](fn@sigmoid).
pub mod sigmoid {
    use crate::Float;
    use crate::ops::MatrixRule;

    /// `dZ = dY ⊙ Y ⊙ (1 − Y)`, from the output.
    #[must_use]
    pub fn back_0<T: Float, M: MatrixRule<Elem = T>>(_z: &M, out: &M, d_out: &M) -> M {
        out.zip_map(d_out, |y, d| d * y * (T::one() - y))
    }

    /// [`back_0`] from what it reads, the output and its adjoint: the generated backward pass
    /// calls this, so it need not keep the input.
    #[must_use]
    pub fn pull_0<T: Float, M: MatrixRule<Elem = T>>(out: &M, d_out: &M) -> M {
        back_0(out, out, d_out)
    }
}

/// `Y = max(Z, 0) ⇒ dZ = dY ⊙ [Z > 0]`, elementwise.
///
/// At the kink `z = 0` the value is 0 and the derivative is taken as 0, the convention of
/// deep-learning frameworks; a NaN stays NaN with derivative 0. While the checker records, one
/// decision per element (which side of 0) goes into the trace, so a stencil across a kink is
/// reported as a kink, not a bug.
///
/// # Example
/// ```
/// use backprop::prelude::*;
///
/// let z = DMatrix::from_row_slice(1, 3, &[-2.0, 0.0, 3.0]);
/// let y = relu(&z);
/// assert_eq!(y.as_slice(), &[0.0, 0.0, 3.0]);
/// let d_z = relu::back_0(&z, &y, &DMatrix::from_element(1, 3, 5.0));
/// assert_eq!(d_z.as_slice(), &[0.0, 0.0, 5.0]);
/// ```
#[must_use]
pub fn relu<T: Float, M: MatrixRule<Elem = T>>(z: &M) -> M {
    let zero = T::zero();
    if trace::is_recording() {
        for &x in z.as_slice() {
            trace::record(u64::from(x > zero));
        }
    }
    z.map(|x| if x < zero { zero } else { x })
}

/// The adjoint of [`relu()`](fn@relu).
pub mod relu {
    use crate::Float;
    use crate::ops::MatrixRule;

    /// `dZ = dY ⊙ [Z > 0]`.
    #[must_use]
    pub fn back_0<T: Float, M: MatrixRule<Elem = T>>(z: &M, _out: &M, d_out: &M) -> M {
        let zero = T::zero();
        z.zip_map(d_out, |x, d| if x > zero { d } else { zero })
    }
}

/// `Y = tanh Z ⇒ dZ = dY ⊙ (1 − Y²)`, elementwise.
///
/// This is the matrix function the user calls; the scalar method `x.tanh()` lowers to
/// [`scalar::tanh`](fn@crate::ops::scalar::tanh).
///
/// # Example
/// ```
/// use backprop::prelude::*;
///
/// let z = DMatrix::from_row_slice(1, 2, &[0.0, 20.0]);
/// let y = tanh(&z);
/// assert_eq!(y.as_slice(), &[0.0, 1.0]);
/// let d_z = tanh::back_0(&z, &y, &DMatrix::from_element(1, 2, 3.0));
/// assert_eq!(d_z.as_slice(), &[3.0, 0.0]); // 1 − tanh² vanishes where tanh saturates
/// ```
pub fn tanh<T: Float, M: MatrixRule<Elem = T>>(z: &M) -> M {
    z.map(T::tanh)
}

/// The adjoint of [`tanh()`](fn@tanh).
pub mod tanh {
    use crate::Float;
    use crate::ops::MatrixRule;

    /// `dZ = dY ⊙ (1 − Y²)`, from the output.
    #[must_use]
    pub fn back_0<T: Float, M: MatrixRule<Elem = T>>(_z: &M, out: &M, d_out: &M) -> M {
        out.zip_map(d_out, |y, d| d * (T::one() - y * y))
    }

    /// [`back_0`] from what it reads, the output and its adjoint: the generated backward pass
    /// calls this, so it need not keep the input.
    #[must_use]
    pub fn pull_0<T: Float, M: MatrixRule<Elem = T>>(out: &M, d_out: &M) -> M {
        back_0(out, out, d_out)
    }
}

/// `Y = e^Z ⇒ dZ = dY ⊙ Y`, elementwise.
///
/// This is the matrix function the user calls; the scalar method `x.exp()` lowers to
/// [`scalar::exp`](fn@crate::ops::scalar::exp).
///
/// # Example
/// ```
/// use backprop::prelude::*;
///
/// let z = DMatrix::from_row_slice(1, 2, &[0.0, 1.0]);
/// let y = exp(&z);
/// let d_z = exp::back_0(&z, &y, &DMatrix::from_element(1, 2, 2.0));
/// assert_eq!(d_z.as_slice(), &[2.0, 2.0 * 1.0_f64.exp()]);
/// ```
pub fn exp<T: Float, M: MatrixRule<Elem = T>>(z: &M) -> M {
    z.map(T::exp)
}

/// The adjoint of [`exp()`](fn@exp).
pub mod exp {
    use crate::Float;
    use crate::ops::MatrixRule;

    /// `dZ = dY ⊙ Y`.
    #[must_use]
    pub fn back_0<T: Float, M: MatrixRule<Elem = T>>(_z: &M, out: &M, d_out: &M) -> M {
        out.zip_map(d_out, |y, d| y * d)
    }

    /// [`back_0`] from what it reads, the output and its adjoint: the generated backward pass
    /// calls this, so it need not keep the input.
    #[must_use]
    pub fn pull_0<T: Float, M: MatrixRule<Elem = T>>(out: &M, d_out: &M) -> M {
        back_0(out, out, d_out)
    }
}

/// `Y = ln Z ⇒ dZ = dY ⊘ Z`, elementwise.
///
/// Defined for positive entries; `ln 0 = −∞` and negative entries give NaN, as in plain Rust.
///
/// # Example
/// ```
/// use backprop::prelude::*;
///
/// let z = DMatrix::from_row_slice(1, 2, &[1.0, 4.0]);
/// let y = ln(&z);
/// assert_eq!(y[(0, 0)], 0.0);
/// let d_z = ln::back_0(&z, &y, &DMatrix::from_element(1, 2, 2.0));
/// assert_eq!(d_z.as_slice(), &[2.0, 0.5]);
/// ```
pub fn ln<T: Float, M: MatrixRule<Elem = T>>(z: &M) -> M {
    z.map(T::ln)
}

/// The adjoint of [`ln()`](fn@ln).
pub mod ln {
    use crate::Float;
    use crate::ops::MatrixRule;

    /// `dZ = dY ⊘ Z`.
    #[must_use]
    pub fn back_0<T: Float, M: MatrixRule<Elem = T>>(z: &M, _out: &M, d_out: &M) -> M {
        d_out.zip_map(z, |d, x| d / x)
    }
}

/// Per column `s = softmax(z)`, `sᵢ = e^(zᵢ) / Σⱼ e^(zⱼ)` `⇒ dz = s ⊙ (ds − ⟨ds, s⟩)`.
///
/// Computed as `e^(zᵢ − max z) / Σⱼ e^(zⱼ − max z)`: the largest exponent is 0, so nothing
/// overflows and the sum is at least 1.
///
/// # Example
/// ```
/// use backprop::prelude::*;
///
/// let z = DMatrix::from_column_slice(3, 1, &[1000.0, 1000.0, -1000.0]);
/// let s = softmax(&z);
/// assert_eq!(s.as_slice(), &[0.5, 0.5, 0.0]);
/// ```
#[must_use]
pub fn softmax<T: Float, M: MatrixRule<Elem = T>>(z: &M) -> M {
    let mut out = z.clone();
    for column in columns_mut(&mut out) {
        let max = largest(column);
        for x in column.iter_mut() {
            *x = (*x - max).exp();
        }
        let total = column.iter().fold(T::zero(), |total, &x| total + x);
        for x in column.iter_mut() {
            *x /= total;
        }
    }
    out
}

/// The adjoint of [`softmax()`](fn@softmax).
pub mod softmax {
    use crate::Float;
    use crate::ops::MatrixRule;

    /// `dz = s ⊙ (ds − ⟨ds, s⟩)`, per column, from the output `s`.
    #[must_use]
    pub fn back_0<T: Float, M: MatrixRule<Elem = T>>(_z: &M, out: &M, d_out: &M) -> M {
        let mut d_z = d_out.clone();
        for (d_column, s) in super::columns_mut(&mut d_z).zip(super::columns(out)) {
            let inner = d_column.iter().zip(s).fold(T::zero(), |sum, (&d, &s)| sum + d * s);
            d_column.iter_mut().zip(s).for_each(|(d, &s)| *d = s * (*d - inner));
        }
        d_z
    }

    /// [`back_0`] from what it reads, the output and its adjoint: the generated backward pass
    /// calls this, so it need not keep the input.
    #[must_use]
    pub fn pull_0<T: Float, M: MatrixRule<Elem = T>>(out: &M, d_out: &M) -> M {
        back_0(out, out, d_out)
    }
}

/// Per column `y = log_softmax(z)`, `yᵢ = zᵢ − ln Σⱼ e^(zⱼ)` `⇒ dz = dy − softmax(z)·Σᵢ dyᵢ`.
///
/// Computed as `(zᵢ − m) − ln Σⱼ e^(zⱼ − m)` with `m = max z`, so logits of ±1000 stay finite and
/// exact where `ln softmax` would give `−∞`.
///
/// # Example
/// ```
/// use backprop::prelude::*;
///
/// let z = DMatrix::from_column_slice(2, 1, &[1000.0, -1000.0]);
/// let y = log_softmax(&z);
/// assert_eq!(y.as_slice(), &[0.0, -2000.0]);
/// ```
#[must_use]
pub fn log_softmax<T: Float, M: MatrixRule<Elem = T>>(z: &M) -> M {
    let mut out = z.clone();
    for column in columns_mut(&mut out) {
        let max = largest(column);
        let log_total = column.iter().fold(T::zero(), |total, &x| total + (x - max).exp()).ln();
        // `(z − m) − ln Σ`, not `z − (m + ln Σ)`: `z − m` is exact, while `m + ln Σ` would round
        // at the scale of `m` and lose the digits of `ln Σ` (1e-4 relative in f32 at m = 1000).
        for x in column.iter_mut() {
            *x = (*x - max) - log_total;
        }
    }
    out
}

/// The adjoint of [`log_softmax()`](fn@log_softmax).
pub mod log_softmax {
    use crate::Float;
    use crate::ops::MatrixRule;

    /// `dz = dy − e^y·Σᵢ dyᵢ`, per column, from the output (`e^y = softmax(z)`).
    #[must_use]
    pub fn back_0<T: Float, M: MatrixRule<Elem = T>>(_z: &M, out: &M, d_out: &M) -> M {
        let mut d_z = d_out.clone();
        for (d_column, y) in super::columns_mut(&mut d_z).zip(super::columns(out)) {
            let total = d_column.iter().fold(T::zero(), |total, &d| total + d);
            d_column.iter_mut().zip(y).for_each(|(d, &y)| *d -= y.exp() * total);
        }
        d_z
    }

    /// [`back_0`] from what it reads, the output and its adjoint: the generated backward pass
    /// calls this, so it need not keep the input.
    #[must_use]
    pub fn pull_0<T: Float, M: MatrixRule<Elem = T>>(out: &M, d_out: &M) -> M {
        back_0(out, out, d_out)
    }
}

/// The largest element of a non-empty column (a NaN never wins the comparison).
fn largest<T: Float>(column: &[T]) -> T {
    column.iter().fold(column[0], |max, &x| if x > max { x } else { max })
}

/// The columns of `m` as slices (a vector is one column); none when `m` has no rows.
fn columns<M: MatrixRule>(m: &M) -> std::slice::ChunksExact<'_, M::Elem> {
    m.as_slice().chunks_exact(m.shape().0.max(1))
}

/// The columns of `m` as slices to write.
fn columns_mut<M: MatrixRule>(m: &mut M) -> std::slice::ChunksExactMut<'_, M::Elem> {
    let rows = m.shape().0.max(1);
    m.as_mut_slice().chunks_exact_mut(rows)
}
