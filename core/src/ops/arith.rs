//! The operators `+ - * /` and unary `-`: one trait each, a dispatch function and its adjoints.
//!
//! The macro has no type information, so `a * b` in a `#[differentiable]` body becomes
//! `mul(&a, &b)` and rustc picks the rule from the operand types through [`MulRule`]: scalar
//! product, scalar×matrix or matrix product. The impls live beside their types, in
//! [`scalar`](super::scalar) and [`matrix`](super::matrix); this file holds only the traits and the
//! calling convention (`op(a, b)`, `op::back_0(a, b, out, d_out)`, `op::back_1(…)`).

/// The rule behind `a + b`: `C = A + B ⇒ dA = dC, dB = dC`.
#[diagnostic::on_unimplemented(
    message = "`+` is not differentiable between `{Self}` and `{B}`",
    label = "no differentiable `+` for these operand types",
    note = "supported: `T + T`, `DMatrix<T> + DMatrix<T>`, `DVector<T> + DVector<T>`, `RowDVector<T> + RowDVector<T>` with `T` = `f64` or `f32`, both sides of the same `T`",
    note = "to add a bias vector `b` to every column of `w * x`, write `add_bias(&(w * x), &b)`: nalgebra does not broadcast a vector over columns",
    note = "to add a scalar `s` to every element of a matrix or vector `m`, write `m.add_scalar(s)`"
)]
pub trait AddRule<B>: Sized {
    /// The type of `a + b`.
    type Output;
    /// `a + b`.
    fn forward(&self, b: &B) -> Self::Output;
    /// The adjoint of `a` from `dC` alone: `dC`. The adjoints of `+` read nothing else, so
    /// the generated backward pass keeps neither operand.
    fn adjoint_0(d_out: &Self::Output) -> Self;
    /// The adjoint of `b` from `dC` alone: `dC`.
    fn adjoint_1(d_out: &Self::Output) -> B;
    /// The adjoint of `a` in the rule shape: [`adjoint_0`](Self::adjoint_0).
    #[must_use]
    fn back_0(&self, _b: &B, _out: &Self::Output, d_out: &Self::Output) -> Self {
        Self::adjoint_0(d_out)
    }
    /// The adjoint of `b` in the rule shape: [`adjoint_1`](Self::adjoint_1).
    fn back_1(&self, _b: &B, _out: &Self::Output, d_out: &Self::Output) -> B {
        Self::adjoint_1(d_out)
    }
}

/// The rule behind `a - b`: `C = A − B ⇒ dA = dC, dB = −dC`.
#[diagnostic::on_unimplemented(
    message = "`-` is not differentiable between `{Self}` and `{B}`",
    label = "no differentiable `-` for these operand types",
    note = "supported: `T - T`, `DMatrix<T> - DMatrix<T>`, `DVector<T> - DVector<T>`, `RowDVector<T> - RowDVector<T>` with `T` = `f64` or `f32`, both sides of the same `T`",
    note = "to subtract a vector `mu` (such as `x.column_mean()`) from every column of `x`, write `add_bias(&x, &(-mu))`: nalgebra does not broadcast a vector over columns",
    note = "to subtract a scalar `s` from every element of a matrix or vector `m`, write `m.add_scalar(-s)`"
)]
pub trait SubRule<B>: Sized {
    /// The type of `a - b`.
    type Output;
    /// `a - b`.
    fn forward(&self, b: &B) -> Self::Output;
    /// The adjoint of `a` from `dC` alone: `dC`. The adjoints of `-` read nothing else, so
    /// the generated backward pass keeps neither operand.
    fn adjoint_0(d_out: &Self::Output) -> Self;
    /// The adjoint of `b` from `dC` alone: `−dC`.
    fn adjoint_1(d_out: &Self::Output) -> B;
    /// The adjoint of `a` in the rule shape: [`adjoint_0`](Self::adjoint_0).
    #[must_use]
    fn back_0(&self, _b: &B, _out: &Self::Output, d_out: &Self::Output) -> Self {
        Self::adjoint_0(d_out)
    }
    /// The adjoint of `b` in the rule shape: [`adjoint_1`](Self::adjoint_1).
    fn back_1(&self, _b: &B, _out: &Self::Output, d_out: &Self::Output) -> B {
        Self::adjoint_1(d_out)
    }
}

/// The rule behind `a * b`: the scalar product, a scaling, or the matrix product.
///
/// ```text
/// c = a·b      (scalars)           ⇒ da = dc·b,          db = dc·a
/// C = s·M      (scalar × matrix)   ⇒ ds = ⟨dC, M⟩,       dM = s·dC
/// C = A·B      (matrix product)    ⇒ dA = dC·Bᵀ,         dB = Aᵀ·dC
/// y = A·x      (matrix × vector)   ⇒ dA = dy·xᵀ,         dx = Aᵀ·dy
/// ```
#[diagnostic::on_unimplemented(
    message = "`*` is not differentiable between `{Self}` and `{B}`",
    label = "no differentiable `*` for these operand types",
    note = "supported: `T * T`, `T * DMatrix<T>`, `DMatrix<T> * T`, `T * DVector<T>`, `DVector<T> * T` (and so for `RowDVector<T>`), `DMatrix<T> * DMatrix<T>` (matrix product), `DMatrix<T> * DVector<T>` with `T` = `f64` or `f32`",
    note = "for the elementwise product write `a.component_mul(&b)`"
)]
pub trait MulRule<B>: Sized {
    /// The type of `a * b`.
    type Output;
    /// `a * b`.
    fn forward(&self, b: &B) -> Self::Output;
    /// The adjoint of `a`.
    #[must_use]
    fn back_0(&self, b: &B, out: &Self::Output, d_out: &Self::Output) -> Self;
    /// The adjoint of `b`.
    fn back_1(&self, b: &B, out: &Self::Output, d_out: &Self::Output) -> B;
}

/// The rule behind `a / b`, for a scalar `b`.
///
/// ```text
/// c = a / b    ⇒ da = dc / b,   db = −dc·a/b² = −dc·c/b
/// C = M / s    ⇒ dM = dC / s,   ds = −⟨dC, M⟩/s² = −⟨dC, C⟩/s
/// ```
#[diagnostic::on_unimplemented(
    message = "`/` is not differentiable between `{Self}` and `{B}`",
    label = "no differentiable `/` for these operand types",
    note = "supported: `T / T`, `DMatrix<T> / T`, `DVector<T> / T`, `RowDVector<T> / T` with `T` = `f64` or `f32`",
    note = "for the elementwise quotient write `a.component_div(&b)`"
)]
pub trait DivRule<B>: Sized {
    /// The type of `a / b`.
    type Output;
    /// `a / b`.
    fn forward(&self, b: &B) -> Self::Output;
    /// The adjoint of `a` from what it reads: `dC / b` (not `a`, not the quotient).
    #[must_use]
    fn pull_0(b: &B, d_out: &Self::Output) -> Self;
    /// The adjoint of `b` from what it reads: `−⟨dC, C⟩ / b` (not `a`).
    #[must_use]
    fn pull_1(b: &B, out: &Self::Output, d_out: &Self::Output) -> B;
    /// The adjoint of `a`, in the shape of every rule's `back_0`: [`pull_0`](Self::pull_0).
    #[must_use]
    fn back_0(&self, b: &B, _out: &Self::Output, d_out: &Self::Output) -> Self {
        Self::pull_0(b, d_out)
    }
    /// The adjoint of `b`, in the shape of every rule's `back_1`: [`pull_1`](Self::pull_1).
    #[must_use]
    fn back_1(&self, b: &B, out: &Self::Output, d_out: &Self::Output) -> B {
        Self::pull_1(b, out, d_out)
    }
}

/// The rule behind unary `-a`: `C = −A ⇒ dA = −dC`.
#[diagnostic::on_unimplemented(
    message = "unary `-` is not differentiable for `{Self}`",
    label = "no differentiable `-` for this type",
    note = "supported: `-T`, `-DMatrix<T>`, `-DVector<T>`, `-RowDVector<T>` with `T` = `f64` or `f32`"
)]
pub trait NegRule: Sized {
    /// `-a`.
    #[must_use]
    fn forward(&self) -> Self;
    /// The adjoint of `a`: `−dC`.
    #[must_use]
    fn back_0(&self, out: &Self, d_out: &Self) -> Self;
}

/// A type no value has, the right operand of a second impl of each operator trait for every left
/// operand type.
///
/// With a single impl for its left operand, rustc would infer the right operand from it and
/// report `m + v` as "expected `&DMatrix`, found `&DVector`"; with two it waits for both operands
/// and reports the trait's own message, "`+` is not differentiable between …", with the list of
/// what is supported.
#[doc(hidden)]
#[derive(Clone, Copy, Debug)]
pub enum NotAnOperand {}

/// The second impls: one per operator trait and left operand type that would otherwise have one.
macro_rules! unsupported_operand {
    ($($rule:ident for $ty:ty),* $(,)?) => {$(
        impl<T: crate::Float> $rule<NotAnOperand> for $ty {
            type Output = NotAnOperand;
            fn forward(&self, b: &NotAnOperand) -> NotAnOperand {
                match *b {}
            }
            unsupported_operand!(@adjoints $rule);
        }
    )*};
    // `+` and `-` derive their rule-shaped adjoints from the ones that read `dC` alone.
    (@adjoints AddRule) => { unsupported_operand!(@from_adjoint); };
    (@adjoints SubRule) => { unsupported_operand!(@from_adjoint); };
    // `/` derives its rule-shaped adjoints from the ones that read only what they need.
    (@adjoints DivRule) => {
        fn pull_0(b: &NotAnOperand, _: &NotAnOperand) -> Self {
            match *b {}
        }
        fn pull_1(b: &NotAnOperand, _: &NotAnOperand, _: &NotAnOperand) -> NotAnOperand {
            match *b {}
        }
    };
    (@adjoints $other:ident) => {
        fn back_0(&self, b: &NotAnOperand, _: &NotAnOperand, _: &NotAnOperand) -> Self {
            match *b {}
        }
        fn back_1(&self, b: &NotAnOperand, _: &NotAnOperand, _: &NotAnOperand) -> NotAnOperand {
            match *b {}
        }
    };
    (@from_adjoint) => {
        fn adjoint_0(d_out: &NotAnOperand) -> Self {
            match *d_out {}
        }
        fn adjoint_1(d_out: &NotAnOperand) -> NotAnOperand {
            match *d_out {}
        }
    };
}

unsupported_operand!(
    AddRule for T,
    AddRule for nalgebra::DMatrix<T>,
    AddRule for nalgebra::DVector<T>,
    AddRule for nalgebra::RowDVector<T>,
    SubRule for T,
    SubRule for nalgebra::DMatrix<T>,
    SubRule for nalgebra::DVector<T>,
    SubRule for nalgebra::RowDVector<T>,
    MulRule for nalgebra::DVector<T>,
    MulRule for nalgebra::RowDVector<T>,
    DivRule for T,
    DivRule for nalgebra::DMatrix<T>,
    DivRule for nalgebra::DVector<T>,
    DivRule for nalgebra::RowDVector<T>,
);

/// `a + b`; see [`AddRule`]. `C = A + B ⇒ dA = dC, dB = dC`.
///
/// # Panics
/// When two matrices or vectors differ in shape; the message names both shapes.
///
/// # Example
/// ```
/// use backprop::ops::arith::add;
///
/// assert_eq!(add(&1.5, &2.0), 3.5);
/// assert_eq!(add::back_1(&1.5, &2.0, &3.5, &0.25), 0.25);
/// ```
pub fn add<A: AddRule<B>, B>(a: &A, b: &B) -> A::Output {
    a.forward(b)
}

/// The adjoints of [`add()`](fn@add).
pub mod add {
    use super::AddRule;

    /// `dA = dC`.
    pub fn back_0<A: AddRule<B>, B>(a: &A, b: &B, out: &A::Output, d_out: &A::Output) -> A {
        a.back_0(b, out, d_out)
    }

    /// `dB = dC`.
    pub fn back_1<A: AddRule<B>, B>(a: &A, b: &B, out: &A::Output, d_out: &A::Output) -> B {
        a.back_1(b, out, d_out)
    }

    /// The adjoint of `a` from `dC` alone, as the generated backward pass computes it: it keeps
    /// neither operand. `dA = dC`.
    ///
    /// The type of `a` comes from where the adjoint goes (the backward pass uses this form only
    /// where that fixes it). Every supported `a + b` has one type for `a`, `b` and the
    /// result, which the bound states: a mistake such as `m + v` fails it with the same error,
    /// at the same place, as the forward pass, and rustc reports it once.
    pub fn pull_0<A, C>(d_out: &C) -> A
    where
        A: AddRule<C, Output = C>,
    {
        A::adjoint_0(d_out)
    }

    /// The adjoint of `b` from `dC` alone (see [`pull_0`]). `dB = dC`.
    pub fn pull_1<C, B>(d_out: &C) -> B
    where
        C: AddRule<B, Output = C>,
    {
        C::adjoint_1(d_out)
    }

    /// [`pull_0`] where the adjoint's type must be known where it is computed (it is added into
    /// another one): `a` gives it, and is not read. `dA = dC`.
    pub fn pull_0_like<A, C>(_a: &A, d_out: &C) -> A
    where
        A: AddRule<C, Output = C>,
    {
        A::adjoint_0(d_out)
    }

    /// [`pull_1`] where the adjoint's type must be known where it is computed: `b` gives it, and
    /// is not read. `dB = dC`.
    pub fn pull_1_like<C, B>(_b: &B, d_out: &C) -> B
    where
        C: AddRule<B, Output = C>,
    {
        C::adjoint_1(d_out)
    }
}

/// `a - b`; see [`SubRule`]. `C = A − B ⇒ dA = dC, dB = −dC`.
///
/// # Panics
/// When two matrices or vectors differ in shape; the message names both shapes.
pub fn sub<A: SubRule<B>, B>(a: &A, b: &B) -> A::Output {
    a.forward(b)
}

/// The adjoints of [`sub()`](fn@sub).
pub mod sub {
    use super::SubRule;

    /// `dA = dC`.
    pub fn back_0<A: SubRule<B>, B>(a: &A, b: &B, out: &A::Output, d_out: &A::Output) -> A {
        a.back_0(b, out, d_out)
    }

    /// `dB = −dC`.
    pub fn back_1<A: SubRule<B>, B>(a: &A, b: &B, out: &A::Output, d_out: &A::Output) -> B {
        a.back_1(b, out, d_out)
    }

    /// The adjoint of `a` from `dC` alone, as the generated backward pass computes it: it keeps
    /// neither operand. `dA = dC`.
    ///
    /// The type of `a` comes from where the adjoint goes (the backward pass uses this form only
    /// where that fixes it). Every supported `a - b` has one type for `a`, `b` and the
    /// result, which the bound states: a mistake such as `m - v` fails it with the same error,
    /// at the same place, as the forward pass, and rustc reports it once.
    pub fn pull_0<A, C>(d_out: &C) -> A
    where
        A: SubRule<C, Output = C>,
    {
        A::adjoint_0(d_out)
    }

    /// The adjoint of `b` from `dC` alone (see [`pull_0`]). `dB = −dC`.
    pub fn pull_1<C, B>(d_out: &C) -> B
    where
        C: SubRule<B, Output = C>,
    {
        C::adjoint_1(d_out)
    }

    /// [`pull_0`] where the adjoint's type must be known where it is computed (it is added into
    /// another one): `a` gives it, and is not read. `dA = dC`.
    pub fn pull_0_like<A, C>(_a: &A, d_out: &C) -> A
    where
        A: SubRule<C, Output = C>,
    {
        A::adjoint_0(d_out)
    }

    /// [`pull_1`] where the adjoint's type must be known where it is computed: `b` gives it, and
    /// is not read. `dB = −dC`.
    pub fn pull_1_like<C, B>(_b: &B, d_out: &C) -> B
    where
        C: SubRule<B, Output = C>,
    {
        C::adjoint_1(d_out)
    }
}

/// `a * b`; see [`MulRule`] for the cases and their adjoints.
///
/// Float literals infer their type from the other operand, so `mul(&2.0, &m)` works for an
/// `m: DMatrix<f32>`.
///
/// # Panics
/// In a matrix product whose inner dimensions differ; the message names both shapes, as in
/// "mul: cannot multiply a 3×4 matrix by a 5×2 matrix".
///
/// # Example
/// ```
/// use backprop::ops::arith::mul;
/// use nalgebra::{DMatrix, dmatrix};
///
/// let a = dmatrix![1.0, 2.0; 3.0, 4.0];
/// let b = dmatrix![0.5; -1.0];
/// let c = mul(&a, &b); // the matrix product, 2×1
/// let d_c = dmatrix![1.0; 0.0];
/// // C = A·B ⇒ dA = dC·Bᵀ, dB = Aᵀ·dC
/// assert_eq!(mul::back_0(&a, &b, &c, &d_c), dmatrix![0.5, -1.0; 0.0, 0.0]);
/// assert_eq!(mul::back_1(&a, &b, &c, &d_c), dmatrix![1.0; 2.0]);
/// let twice: DMatrix<f32> = mul(&2.0, &DMatrix::from_element(2, 2, 1.5_f32));
/// assert_eq!(twice[(1, 1)], 3.0);
/// ```
pub fn mul<A: MulRule<B>, B>(a: &A, b: &B) -> A::Output {
    a.forward(b)
}

/// The adjoints of [`mul()`](fn@mul).
pub mod mul {
    use super::MulRule;
    use crate::generated::Unused;

    /// The adjoint of `a`: `dc·b`, `⟨dC, M⟩`, `s·dC`, `dC·Bᵀ` or `dy·xᵀ`.
    pub fn back_0<A: MulRule<B>, B>(a: &A, b: &B, out: &A::Output, d_out: &A::Output) -> A {
        a.back_0(b, out, d_out)
    }

    /// The adjoint of `b`: `dc·a`, `s·dC`, `⟨dC, M⟩`, `Aᵀ·dC` or `Aᵀ·dy`.
    pub fn back_1<A: MulRule<B>, B>(a: &A, b: &B, out: &A::Output, d_out: &A::Output) -> B {
        a.back_1(b, out, d_out)
    }

    /// [`back_0`] from what it reads: the adjoints of `mul` never read the result, so the
    /// generated backward pass calls this and need not keep the result. The adjoint of `a`.
    pub fn pull_0<A: MulRule<B>, B>(a: &A, b: &B, d_out: &A::Output) -> A
    where
        A::Output: Unused,
    {
        a.back_0(b, &A::Output::unused(), d_out)
    }

    /// [`back_1`] from what it reads (see [`pull_0`]). The adjoint of `b`.
    pub fn pull_1<A: MulRule<B>, B>(a: &A, b: &B, d_out: &A::Output) -> B
    where
        A::Output: Unused,
    {
        a.back_1(b, &A::Output::unused(), d_out)
    }
}

/// `a / b`; see [`DivRule`]. `c = a/b ⇒ da = dc/b, db = −dc·c/b`.
///
/// Division by zero gives infinities and NaNs, as in plain Rust.
pub fn div<A: DivRule<B>, B>(a: &A, b: &B) -> A::Output {
    a.forward(b)
}

/// The adjoints of [`div()`](fn@div).
pub mod div {
    use super::DivRule;

    /// The adjoint of `a`: `dC / b`.
    pub fn back_0<A: DivRule<B>, B>(a: &A, b: &B, out: &A::Output, d_out: &A::Output) -> A {
        a.back_0(b, out, d_out)
    }

    /// The adjoint of `b`: `−⟨dC, C⟩ / b`.
    pub fn back_1<A: DivRule<B>, B>(a: &A, b: &B, out: &A::Output, d_out: &A::Output) -> B {
        a.back_1(b, out, d_out)
    }

    /// [`back_0`] from what it reads, the denominator and the adjoint: the generated backward
    /// pass calls this, so it need not keep the numerator or the quotient. The numerator's type
    /// is the quotient's (`f / f`, `M / f`), so the adjoint gives it.
    #[must_use]
    pub fn pull_0<C: DivRule<B, Output = C>, B>(b: &B, d_out: &C) -> C {
        C::pull_0(b, d_out)
    }

    /// [`back_1`] from what it reads, the denominator, the quotient and the adjoint: the
    /// generated backward pass calls this, so it need not keep the numerator.
    #[must_use]
    pub fn pull_1<C: DivRule<B, Output = C>, B>(b: &B, out: &C, d_out: &C) -> B {
        C::pull_1(b, out, d_out)
    }
}

/// `-a`; see [`NegRule`]. `C = −A ⇒ dA = −dC`.
pub fn neg<A: NegRule>(a: &A) -> A {
    a.forward()
}

/// The adjoint of [`neg()`](fn@neg).
pub mod neg {
    use super::NegRule;

    /// `dA = −dC`.
    pub fn back_0<A: NegRule>(a: &A, out: &A, d_out: &A) -> A {
        a.back_0(out, d_out)
    }
}
