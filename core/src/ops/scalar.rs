//! Rules on scalars (`f64`, `f32`): the operators and the methods `x.sin()` … `a.max(b)`.
//!
//! A method call `x.sin()` in a `#[differentiable]` body lowers to `sin(&x)`, and its adjoint to
//! `sin::back_0(&x, &out, &d_out)`. Adjoints reuse the forward output where that is cheaper
//! (`exp`, `tanh`, `sqrt`, `tan`). The non-smooth rules (`abs`, `max`, `min`) record which side
//! of their kink they took with [`trace::record`], so the checker can tell a kink from a bug.

use super::arith::{AddRule, DivRule, MulRule, NegRule, SubRule};
use crate::Float;
use crate::check::trace;

impl<T: Float> AddRule<T> for T {
    type Output = T;
    fn forward(&self, b: &T) -> T {
        *self + *b
    }
    fn adjoint_0(d_out: &T) -> T {
        *d_out
    }
    fn adjoint_1(d_out: &T) -> T {
        *d_out
    }
}

impl<T: Float> SubRule<T> for T {
    type Output = T;
    fn forward(&self, b: &T) -> T {
        *self - *b
    }
    fn adjoint_0(d_out: &T) -> T {
        *d_out
    }
    fn adjoint_1(d_out: &T) -> T {
        -*d_out
    }
}

impl<T: Float> MulRule<T> for T {
    type Output = T;
    fn forward(&self, b: &T) -> T {
        *self * *b
    }
    fn back_0(&self, b: &T, _: &T, d_out: &T) -> T {
        *d_out * *b
    }
    fn back_1(&self, _: &T, _: &T, d_out: &T) -> T {
        *d_out * *self
    }
}

impl<T: Float> DivRule<T> for T {
    type Output = T;
    fn forward(&self, b: &T) -> T {
        *self / *b
    }
    fn pull_0(b: &T, d_out: &T) -> T {
        *d_out / *b
    }
    fn pull_1(b: &T, out: &T, d_out: &T) -> T {
        -*d_out * *out / *b
    }
}

impl<T: Float> NegRule for T {
    fn forward(&self) -> T {
        -*self
    }
    fn back_0(&self, _: &T, d_out: &T) -> T {
        -*d_out
    }
}

/// `y = sin x ⇒ dx = dy·cos x`.
///
/// # Example
/// ```
/// use backprop::ops::scalar::sin;
///
/// let y = sin(&0.5_f64);
/// assert_eq!(sin::back_0(&0.5, &y, &2.0), 2.0 * 0.5_f64.cos());
/// ```
pub fn sin<T: Float>(x: &T) -> T {
    x.sin()
}

/// The adjoint of [`sin()`](fn@sin).
pub mod sin {
    use crate::Float;

    /// `dx = dy·cos x`.
    pub fn back_0<T: Float>(x: &T, _out: &T, d_out: &T) -> T {
        *d_out * x.cos()
    }
}

/// `y = cos x ⇒ dx = −dy·sin x`.
pub fn cos<T: Float>(x: &T) -> T {
    x.cos()
}

/// The adjoint of [`cos()`](fn@cos).
pub mod cos {
    use crate::Float;

    /// `dx = −dy·sin x`.
    pub fn back_0<T: Float>(x: &T, _out: &T, d_out: &T) -> T {
        -*d_out * x.sin()
    }
}

/// `y = tan x ⇒ dx = dy·(1 + y²)`, since `tan′ = sec² = 1 + tan²`.
pub fn tan<T: Float>(x: &T) -> T {
    x.tan()
}

/// The adjoint of [`tan()`](fn@tan).
pub mod tan {
    use crate::Float;

    /// `dx = dy·(1 + y²)`.
    pub fn back_0<T: Float>(_x: &T, out: &T, d_out: &T) -> T {
        *d_out * (T::one() + *out * *out)
    }
}

/// `y = eˣ ⇒ dx = dy·y`.
///
/// This is the scalar method `x.exp()`; the elementwise exponential of a matrix is
/// [`ops::exp`](fn@crate::ops::exp).
pub fn exp<T: Float>(x: &T) -> T {
    x.exp()
}

/// The adjoint of [`exp()`](fn@exp).
pub mod exp {
    use crate::Float;

    /// `dx = dy·y`.
    pub fn back_0<T: Float>(_x: &T, out: &T, d_out: &T) -> T {
        *d_out * *out
    }

    /// [`back_0`] from what it reads, the output and its adjoint: the generated backward pass
    /// calls this, so it need not keep the input.
    #[must_use]
    pub fn pull_0<T: Float>(out: &T, d_out: &T) -> T {
        back_0(out, out, d_out)
    }
}

/// `y = ln x ⇒ dx = dy / x`.
///
/// Defined for `x > 0`; `ln 0 = −∞` and negative `x` give NaN, as in plain Rust.
pub fn ln<T: Float>(x: &T) -> T {
    x.ln()
}

/// The adjoint of [`ln()`](fn@ln).
pub mod ln {
    use crate::Float;

    /// `dx = dy / x`.
    pub fn back_0<T: Float>(x: &T, _out: &T, d_out: &T) -> T {
        *d_out / *x
    }
}

/// `y = √x ⇒ dx = dy / (2y)`.
///
/// At `x = 0` the derivative is infinite and so is the adjoint (for `dy ≠ 0`).
pub fn sqrt<T: Float>(x: &T) -> T {
    x.sqrt()
}

/// The adjoint of [`sqrt()`](fn@sqrt).
pub mod sqrt {
    use crate::Float;

    /// `dx = dy / (2y)`.
    pub fn back_0<T: Float>(_x: &T, out: &T, d_out: &T) -> T {
        *d_out / (*out + *out)
    }

    /// [`back_0`] from what it reads, the output and its adjoint: the generated backward pass
    /// calls this, so it need not keep the input.
    #[must_use]
    pub fn pull_0<T: Float>(out: &T, d_out: &T) -> T {
        back_0(out, out, d_out)
    }
}

/// `y = tanh x ⇒ dx = dy·(1 − y²)`.
///
/// This is the scalar method `x.tanh()`; the elementwise tanh of a matrix is
/// [`ops::tanh`](fn@crate::ops::tanh).
pub fn tanh<T: Float>(x: &T) -> T {
    x.tanh()
}

/// The adjoint of [`tanh()`](fn@tanh).
pub mod tanh {
    use crate::Float;

    /// `dx = dy·(1 − y²)`.
    pub fn back_0<T: Float>(_x: &T, out: &T, d_out: &T) -> T {
        *d_out * (T::one() - *out * *out)
    }

    /// [`back_0`] from what it reads, the output and its adjoint: the generated backward pass
    /// calls this, so it need not keep the input.
    #[must_use]
    pub fn pull_0<T: Float>(out: &T, d_out: &T) -> T {
        back_0(out, out, d_out)
    }
}

/// `y = xⁿ ⇒ dx = dy·n·xⁿ⁻¹`, for a constant integer `n` (no adjoint).
///
/// The adjoint is 0 for `n = 0`, also at `x = 0` where `xⁿ⁻¹` is infinite.
pub fn powi<T: Float>(x: &T, n: &i32) -> T {
    x.powi(*n)
}

/// The adjoint of [`powi()`](fn@powi).
pub mod powi {
    use crate::Float;

    /// `dx = dy·n·xⁿ⁻¹`.
    pub fn back_0<T: Float>(x: &T, n: &i32, _out: &T, d_out: &T) -> T {
        let n = *n;
        if n == 0 {
            return T::zero();
        }
        // `n − 1` overflows only for `i32::MIN`, where `xⁿ⁻¹ = xⁿ / x` is as good.
        let power = n.checked_sub(1).map_or_else(|| x.powi(n) / *x, |m| x.powi(m));
        *d_out * T::of(f64::from(n)) * power
    }
}

/// `y = xᵖ ⇒ dx = dy·p·xᵖ⁻¹, dp = dy·y·ln x`.
///
/// Defined for `x > 0` (for `x < 0` the adjoint of `p` is NaN: `xᵖ` is not real near a
/// non-integer `p`). Where `y = 0` the adjoint of `p` is 0, the limit of `xᵖ·ln x` as `x → 0⁺`.
pub fn powf<T: Float>(x: &T, p: &T) -> T {
    x.powf(*p)
}

/// The adjoints of [`powf()`](fn@powf).
pub mod powf {
    use crate::Float;

    /// `dx = dy·p·xᵖ⁻¹`.
    pub fn back_0<T: Float>(x: &T, p: &T, _out: &T, d_out: &T) -> T {
        *d_out * *p * x.powf(*p - T::one())
    }

    /// `dp = dy·y·ln x`, and 0 where `y = 0`.
    pub fn back_1<T: Float>(x: &T, _p: &T, out: &T, d_out: &T) -> T {
        if out.is_zero() { T::zero() } else { *d_out * *out * x.ln() }
    }
}

/// `y = |x| ⇒ dx = dy·sign x`, with `sign 0 = 0`.
///
/// At the kink `x = 0` the adjoint is 0, the subgradient of least magnitude, as deep-learning
/// frameworks take it.
/// Records the side taken (negative, zero, positive) for the checker.
pub fn abs<T: Float>(x: &T) -> T {
    trace::record(side_of_zero(*x));
    x.abs()
}

/// The adjoint of [`abs()`](fn@abs).
pub mod abs {
    use crate::Float;

    /// `dx = dy·sign x`, 0 at `x = 0`.
    pub fn back_0<T: Float>(x: &T, _out: &T, d_out: &T) -> T {
        if *x > T::zero() {
            *d_out
        } else if *x < T::zero() {
            -*d_out
        } else {
            T::zero()
        }
    }
}

fn side_of_zero<T: Float>(x: T) -> u64 {
    if x < T::zero() {
        0
    } else if x > T::zero() {
        2
    } else {
        1
    }
}

/// `y = max(a, b) ⇒ da = dy·[y = a], db = dy·[y ≠ a]`.
///
/// The value is Rust's `a.max(b)` (a NaN operand is ignored). The adjoint goes to the operand
/// whose value was returned; on a tie `a = b` it all goes to `a`, the receiver of `a.max(b)`.
/// Records the side taken for the checker.
pub fn max<T: Float>(a: &T, b: &T) -> T {
    let out = a.max(*b);
    trace::record(u64::from(out == *a));
    out
}

/// The adjoints of [`max()`](fn@max).
pub mod max {
    use crate::Float;

    /// `da = dy·[y = a]`.
    pub fn back_0<T: Float>(a: &T, _b: &T, out: &T, d_out: &T) -> T {
        if *out == *a { *d_out } else { T::zero() }
    }

    /// `db = dy·[y ≠ a]`.
    pub fn back_1<T: Float>(a: &T, _b: &T, out: &T, d_out: &T) -> T {
        if *out == *a { T::zero() } else { *d_out }
    }
}

/// `y = min(a, b) ⇒ da = dy·[y = a], db = dy·[y ≠ a]`.
///
/// The value is Rust's `a.min(b)` (a NaN operand is ignored). The adjoint goes to the operand
/// whose value was returned; on a tie `a = b` it all goes to `a`, the receiver of `a.min(b)`.
/// Records the side taken for the checker.
pub fn min<T: Float>(a: &T, b: &T) -> T {
    let out = a.min(*b);
    trace::record(u64::from(out == *a));
    out
}

/// The adjoints of [`min()`](fn@min).
pub mod min {
    use crate::Float;

    /// `da = dy·[y = a]`.
    pub fn back_0<T: Float>(a: &T, _b: &T, out: &T, d_out: &T) -> T {
        if *out == *a { *d_out } else { T::zero() }
    }

    /// `db = dy·[y ≠ a]`.
    pub fn back_1<T: Float>(a: &T, _b: &T, out: &T, d_out: &T) -> T {
        if *out == *a { T::zero() } else { *d_out }
    }
}
