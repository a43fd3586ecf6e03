//! The element types backprop computes with: `f64` and `f32`.
//!
//! Every rule is generic over [`Float`], so a network written for `f64` runs in `f32` by changing
//! its types. The checker reads and writes elements as `f64` whatever the element type, and uses
//! [`Float::EPSILON`] to judge how much rounding to expect.

use std::fmt::{Debug, Display};

use nalgebra::RealField;

mod sealed {
    pub trait Sealed {}
    impl Sealed for f32 {}
    impl Sealed for f64 {}
}

/// A floating-point element type: `f64` or `f32`.
///
/// Sealed: backprop's rules and its checker are written and tested for these two types only.
///
/// # Example
/// ```
/// use backprop::Float;
///
/// fn halve<T: Float>(x: T) -> T {
///     x * T::of(0.5)
/// }
/// assert_eq!(halve(3.0_f32), 1.5);
/// assert_eq!(f32::EPSILON_F64, f64::from(f32::EPSILON));
/// ```
#[diagnostic::on_unimplemented(
    message = "`{Self}` is not a float element type: backprop computes with `f64` and `f32`",
    label = "expected `f64` or `f32` here",
    note = "scalar methods such as `.exp()`, `.ln()` and `.tanh()` apply to `f64` and `f32`; for a matrix, call the elementwise functions `exp(&m)`, `ln(&m)`, `tanh(&m)`",
    note = "the matrix methods backprop differentiates are `transpose component_mul component_div sum mean variance dot norm norm_squared add_scalar column_sum column_mean column_variance row_sum row_mean row_variance`"
)]
pub trait Float: RealField + Copy + Default + Debug + Display + sealed::Sealed + 'static {
    /// The machine epsilon of the type, as an `f64` (`2^-52` for `f64`, `2^-23` for `f32`).
    const EPSILON_F64: f64;

    /// Converts from `f64`, rounding to nearest.
    fn of(value: f64) -> Self;

    /// Converts to `f64` exactly.
    fn as_f64(self) -> f64;

    /// The same slice as `f64`s when `Self` is `f64`, without copying; `None` for `f32`.
    fn as_f64_slice(values: &[Self]) -> Option<&[f64]>;

    /// The same slice as mutable `f64`s when `Self` is `f64`; `None` for `f32`.
    fn as_f64_slice_mut(values: &mut [Self]) -> Option<&mut [f64]>;
}

impl Float for f64 {
    const EPSILON_F64: f64 = f64::EPSILON;

    fn of(value: f64) -> Self {
        value
    }

    fn as_f64(self) -> f64 {
        self
    }

    fn as_f64_slice(values: &[Self]) -> Option<&[f64]> {
        Some(values)
    }

    fn as_f64_slice_mut(values: &mut [Self]) -> Option<&mut [f64]> {
        Some(values)
    }
}

impl Float for f32 {
    const EPSILON_F64: f64 = f32::EPSILON as f64;

    #[allow(
        clippy::cast_possible_truncation,
        reason = "rounding to the nearest f32 is the conversion asked for"
    )]
    fn of(value: f64) -> Self {
        value as f32
    }

    fn as_f64(self) -> f64 {
        f64::from(self)
    }

    fn as_f64_slice(_: &[Self]) -> Option<&[f64]> {
        None
    }

    fn as_f64_slice_mut(_: &mut [Self]) -> Option<&mut [f64]> {
        None
    }
}
