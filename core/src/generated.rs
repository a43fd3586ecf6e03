//! What the code that `#[differentiable]` writes calls besides the rules: the placeholder for an
//! adjoint nobody asked for, the `pullback!` macro that calls another function's saving form, or
//! builds one from a hand-written rule's `back_<i>`, the [`Arm`] an `if` took with what that
//! arm's backward pass reads, and [`map_back`], a `map`'s backward pass over its saved values.
//!
//! In: values and paths from generated code. Out: values of the same types. Not a public API;
//! reached through `backprop::__private`.

use nalgebra::allocator::Allocator;
use nalgebra::{
    DMatrix, DVector, DefaultAllocator, Dim, Matrix, OMatrix, RawStorage, RowDVector, Scalar,
};

use crate::Float;

/// A value that stands for an adjoint the caller did not ask for: it costs no allocation and
/// is never read.
///
/// A generated pullback returns one adjoint per argument; for an argument that is constant at
/// the call site it returns this instead of computing anything.
pub trait Unused {
    /// The empty value: `0.0`, a 0 × 0 matrix, an empty (row) vector.
    fn unused() -> Self;
}

impl Unused for () {
    fn unused() -> Self {}
}

impl Unused for f64 {
    fn unused() -> Self {
        0.0
    }
}

impl Unused for f32 {
    fn unused() -> Self {
        0.0
    }
}

impl<T: Scalar> Unused for DMatrix<T> {
    fn unused() -> Self {
        DMatrix::from_vec(0, 0, Vec::new())
    }
}

impl<T: Scalar> Unused for DVector<T> {
    fn unused() -> Self {
        DVector::from_vec(Vec::new())
    }
}

impl<T: Scalar> Unused for RowDVector<T> {
    fn unused() -> Self {
        RowDVector::from_vec(Vec::new())
    }
}

impl<P> Unused for Vec<P> {
    fn unused() -> Self {
        Vec::new()
    }
}

/// The placeholder for an adjoint that is not wanted (see [`Unused`]).
#[must_use]
pub fn unused<P: Unused>() -> P {
    P::unused()
}

/// Which arm of an `if` the forward pass took, holding what that arm's backward pass reads
/// (its residuals): one value, a tuple of them, or `()`.
///
/// The forward pass of an `if` whose reversal reads values computed inside an arm hands this
/// out beside the `if`'s own values, `(neg_x_y, rules::Arm::Then(neg_x))`; the backward pass
/// `match`es on it and binds the residuals, so it never runs the arm again. An `if` nested in
/// an arm is one of that arm's residuals; a loop inside an arm keeps its tape there.
#[derive(Clone, Debug)]
pub enum Arm<Then, Else> {
    /// The condition held: the `then` arm ran.
    Then(Then),
    /// The condition did not hold: the `else` arm ran (also when the `if` has no `else`).
    Else(Else),
}

impl<Then, Else> Arm<Then, Else> {
    /// True when the `then` arm ran.
    #[must_use]
    pub fn is_then(&self) -> bool {
        matches!(self, Arm::Then(_))
    }
}

/// The backward pass of `m.map(|v| …)`, element by element: `back(d_element, saved)` for each
/// element's adjoint in `d_out` and what the forward closure saved for that element, in the same
/// (column-major) order in which nalgebra's `map` visits the elements, so the `saved` tape has
/// one entry per element. Returns the elements' results, shaped like `d_out`.
///
/// The forward closure pushes the values its element's reversal reads onto the tape, so the
/// backward pass runs no forward rule.
#[must_use]
pub fn map_back<T, R, C, S, Saved>(
    d_out: &Matrix<T, R, C, S>,
    saved: Vec<Saved>,
    mut back: impl FnMut(T, Saved) -> T,
) -> OMatrix<T, R, C>
where
    T: Float,
    R: Dim,
    C: Dim,
    S: RawStorage<T, R, C>,
    DefaultAllocator: Allocator<R, C>,
{
    debug_assert_eq!(saved.len(), d_out.len(), "one saved entry per element");
    let mut saved = saved.into_iter();
    // The tape has one entry per element (the forward closure pushed one each time it ran).
    d_out.map(|d_element| saved.next().map_or_else(T::zero, |entry| back(d_element, entry)))
}

/// The saving form of a called function: `pullback!(f; a0 want0 back_0, a1 want1 _)` is a
/// function of the call's arguments that returns `(value, pullback)`, where
/// `pullback(&a0, &a1, &value, &d_value, want0, want1)` returns one adjoint per argument
/// (`()` for the positions written `_`; for those not wanted, a placeholder from a generated
/// function, zeros from a hand-written rule).
///
/// `f` is a path relative to the module beside the generated one (the caller's module);
/// `pullback!(@absolute crate::nn::f; …)` takes a `crate::`, `self::` or `super::` path as
/// it is. When the module `f` has a `pullback` (every `#[differentiable]` function has), that is
/// the one used: it keeps what its backward pass reads, so the call costs one forward and one
/// backward. Otherwise (a hand-written rule, which has only `back_<i>`), the forward is `f`
/// itself and the pullback calls `f::back_<i>` for each wanted argument.
#[doc(hidden)]
#[macro_export]
macro_rules! __backprop_pullback {
    (@absolute $($f:ident)::+ ; $($a:ident $want:ident $back:tt),* $(,)?) => {
        $crate::__backprop_pullback!(@saving () ($($f)::+) [$($f)::+] ($($f)::+) ($($a),*) ; $($a $want $back),*)
    };
    // A callee named by one identifier is the function of the module around the generated one,
    // whatever a local of that name is. A longer relative path (`layers::dense`,
    // `backprop::ops::ln`) cannot be a local: it is called as written, found through the
    // generated module's glob import of its parent or, when it starts at an extern crate, the
    // extern prelude, which `super::` would not reach.
    ($f:ident ; $($a:ident $want:ident $back:tt),* $(,)?) => {
        $crate::__backprop_pullback!(@saving (use super::$f;) (super::$f) [$f] ($f) ($($a),*) ; $($a $want $back),*)
    };
    ($($f:ident)::+ ; $($a:ident $want:ident $back:tt),* $(,)?) => {
        $crate::__backprop_pullback!(@saving () ($($f)::+) [$($f)::+] ($($f)::+) ($($a),*) ; $($a $want $back),*)
    };
    (@saving ($($import:tt)*) ($($forward:tt)*) [$($p:ident)::+] $path:tt $args:tt ; $($a:ident $want:ident $back:tt),*) => {{
        $($import)*
        #[allow(unused_variables, clippy::redundant_closure_call)]
        let pullback = |$($a),*| {
            let value = $($forward)*($($a),*);
            let by_parts = |$($a: &_,)* out: &_, d_out: &_, $($want: bool),*| {
                ($($crate::__backprop_pullback!(@back $back $want $a $path $args out d_out),)*)
            };
            (value, by_parts)
        };
        {
            #[allow(unused_imports)]
            use $($p)::+::*;
            pullback
        }
    }};
    (@back _ $want:ident $this:ident $path:tt $args:tt $out:ident $d_out:ident) => { () };
    (@back $back:ident $want:ident $this:ident ($($f:tt)*) ($($a:ident),*) $out:ident $d_out:ident) => {
        if $want { $($f)*::$back($($a,)* $out, $d_out) } else { $crate::__private::zeros_like($this) }
    };
}
