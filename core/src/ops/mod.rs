//! The derivative rules: every primitive a `#[differentiable]` body may use, with its adjoints.
//!
//! Each rule `r` is a function and a module of the same name: `r(a, b)` is the forward, and
//! `r::back_0(a, b, out, d_out)`, `r::back_1(…)` return the adjoint of each differentiable
//! argument. All arguments are borrowed; the macro calls only the adjoints it needs. Operators
//! and methods dispatch on their operand types through traits ([`MulRule`] …), because the macro
//! that emits the calls has no type information.
//!
//! | rule | forward | adjoints |
//! |---|---|---|
//! | [`add`](fn@arith::add) | `C = A + B` | `dA = dC`, `dB = dC` |
//! | [`sub`](fn@arith::sub) | `C = A − B` | `dA = dC`, `dB = −dC` |
//! | [`mul`](fn@arith::mul) scalars | `c = a·b` | `da = dc·b`, `db = dc·a` |
//! | [`mul`](fn@arith::mul) scaling | `C = s·M`, `M·s` | `ds = ⟨dC, M⟩`, `dM = s·dC` |
//! | [`mul`](fn@arith::mul) matrices | `C = A·B` | `dA = dC·Bᵀ`, `dB = Aᵀ·dC` |
//! | [`mul`](fn@arith::mul) matrix × vector | `y = A·x` | `dA = dy·xᵀ`, `dx = Aᵀ·dy` |
//! | [`div`](fn@arith::div) | `c = a/b`, `C = M/s` | `da = dc/b`, `db = −⟨dc, c⟩/b` |
//! | [`neg`](fn@arith::neg) | `C = −A` | `dA = −dC` |
//! | [`sin`](fn@scalar::sin) | `y = sin x` | `dx = dy·cos x` |
//! | [`cos`](fn@scalar::cos) | `y = cos x` | `dx = −dy·sin x` |
//! | [`tan`](fn@scalar::tan) | `y = tan x` | `dx = dy·(1 + y²)` |
//! | [`exp`](fn@scalar::exp) (scalar) | `y = eˣ` | `dx = dy·y` |
//! | [`ln`](fn@scalar::ln) (scalar) | `y = ln x` | `dx = dy/x` |
//! | [`sqrt`](fn@scalar::sqrt) | `y = √x` | `dx = dy/(2y)` |
//! | [`tanh`](fn@scalar::tanh) (scalar) | `y = tanh x` | `dx = dy·(1 − y²)` |
//! | [`powi`](fn@scalar::powi) | `y = xⁿ`, `n: i32` constant | `dx = dy·n·xⁿ⁻¹` |
//! | [`powf`](fn@scalar::powf) | `y = xᵖ` | `dx = dy·p·xᵖ⁻¹`, `dp = dy·y·ln x` |
//! | [`abs`](fn@scalar::abs) | `y = \|x\|` | `dx = dy·sign x`, 0 at 0 |
//! | [`max`](fn@scalar::max), [`min`](fn@scalar::min) | `y = max(a, b)` | `da = dy·[y = a]`, `db = dy·[y ≠ a]`; ties to `a` |
//! | [`transpose`](fn@matrix::transpose) | `B = Aᵀ` | `dA = dBᵀ` |
//! | [`component_mul`](fn@matrix::component_mul) | `C = A ⊙ B` | `dA = dC ⊙ B`, `dB = dC ⊙ A` |
//! | [`component_div`](fn@matrix::component_div) | `C = A ⊘ B` | `dA = dC ⊘ B`, `dB = −dC ⊙ C ⊘ B` |
//! | [`sum`](fn@matrix::sum) | `s = Σ aᵢ` | `dA = ds·𝟙` |
//! | [`mean`](fn@matrix::mean) | `s = Σ aᵢ / n` | `dA = (ds/n)·𝟙` |
//! | [`dot`](fn@matrix::dot) | `s = ⟨A, B⟩` | `dA = ds·B`, `dB = ds·A` |
//! | [`norm`](fn@matrix::norm) | `s = ‖A‖` | `dA = ds·A/s`, 0 at 0 |
//! | [`norm_squared`](fn@matrix::norm_squared) | `s = ‖A‖²` | `dA = 2·ds·A` |
//! | [`column`](fn@parts::column), [`row`](fn@parts::row) | `c = A[:, j]`, `r = A[i, :]` | `dA = dc` in column `j`, `dr` in row `i`, 0 elsewhere |
//! | [`columns`](fn@parts::columns), [`rows`](fn@parts::rows) | `B = A[:, j..j+k]`, `A[i..i+k, :]` | `dA = dB` in those columns or rows, 0 elsewhere |
//! | [`column_sum`](fn@reduce::column_sum) | `cᵢ = Σⱼ aᵢⱼ` (a `DVector`, one entry per row) | `dA = dc·𝟙ᵀ` |
//! | [`column_mean`](fn@reduce::column_mean) | `cᵢ = Σⱼ aᵢⱼ / n` | `dA = dc·𝟙ᵀ / n` |
//! | [`column_variance`](fn@reduce::column_variance) | `cᵢ = Σⱼ (aᵢⱼ − μᵢ)² / n` | `dA = (2/n)·diag(dc)·(A − μ·𝟙ᵀ)` |
//! | [`row_sum`](fn@reduce::row_sum) | `rⱼ = Σᵢ aᵢⱼ` (a `RowDVector`, one entry per column) | `dA = 𝟙·dr` |
//! | [`row_mean`](fn@reduce::row_mean) | `rⱼ = Σᵢ aᵢⱼ / m` | `dA = 𝟙·dr / m` |
//! | [`row_variance`](fn@reduce::row_variance) | `rⱼ = Σᵢ (aᵢⱼ − μⱼ)² / m` | `dA = (2/m)·(A − 𝟙·μ)·diag(dr)` |
//! | [`variance`](fn@reduce::variance) | `s = Σᵢ (aᵢ − μ)² / n` | `dA = (2·ds/n)·(A − μ)` |
//! | [`add_scalar`](fn@reduce::add_scalar) | `C = A + s·𝟙` | `dA = dC`, `ds = Σ dC` |
//! | [`add_bias`](fn@add_bias) | `C = M + b·𝟙ᵀ` | `dM = dC`, `db = dC·𝟙` (row sums) |
//! | [`sigmoid`](fn@sigmoid) | `Y = σ(Z)` | `dZ = dY ⊙ Y ⊙ (1 − Y)` |
//! | [`relu`](fn@relu) | `Y = max(Z, 0)` | `dZ = dY ⊙ [Z > 0]` |
//! | [`tanh`](fn@tanh) | `Y = tanh Z` | `dZ = dY ⊙ (1 − Y²)` |
//! | [`exp`](fn@exp) | `Y = e^Z` | `dZ = dY ⊙ Y` |
//! | [`ln`](fn@ln) | `Y = ln Z` | `dZ = dY ⊘ Z` |
//! | [`softmax`](fn@softmax) | `s = softmax(z)` per column | `dz = s ⊙ (ds − ⟨ds, s⟩)` |
//! | [`log_softmax`](fn@log_softmax) | `y = z − ln Σ eᶻ` per column | `dz = dy − softmax(z)·Σ dy` |
//! | [`mse`](fn@mse) | `L = Σ (p − t)² / n` | `dP = (2·dL/n)·(P − T)`, `dT = −dP` |
//! | [`cross_entropy`](fn@cross_entropy) | `L = −Σⱼ log_softmax(zⱼ)[labelⱼ] / N` | `dZ = (dL/N)·(softmax(Z) − onehot)` |
//! | [`leaky_relu`](fn@leaky_relu) | `Y = max(Z, 0.01·Z)` | `dZ = dY ⊙ (1 if Z > 0, else 0.01)` |
//! | [`softplus`](fn@softplus) | `Y = ln(1 + e^Z)` | `dZ = dY ⊙ σ(Z)` |
//! | [`bce_with_logits`](fn@bce_with_logits) | `L = Σ [ln(1 + eᶻ) − t·z] / n` | `dZ = (dL/n)·(σ(Z) − T)`, `dT = −(dL/n)·Z` |
//! | [`batch_norm`](fn@batch_norm) | `Y = γ·(Z − μ)/√(σ² + ε) + β` per row | `dβ = Σⱼ dY`, `dγ = Σⱼ dY ⊙ X̂`, `dZ = γ/(N·√(σ² + ε))·(N·dY − dβ − X̂·dγ)` |
//! | [`scale_rows`](fn@scale_rows) | `Y = diag(s)·M` | `dM = diag(s)·dY`, `ds = Σⱼ dY ⊙ M` |
//!
//! The activations (`leaky_relu` and `softplus` too), `softmax`, `log_softmax` and `mse` take one
//! sample as a `DVector` as well as a batch as a `DMatrix` (generic over [`MatrixRule`]), and so do
//! the methods; the row reductions return a `RowDVector`, which the methods take too.
//!
//! Matrix and vector shapes must agree as nalgebra requires; a mismatch panics with a message
//! naming both shapes. The non-smooth rules (`relu`, `abs`, `max`, `min`) record the side of their
//! kink they took ([`check::trace`](crate::check::trace)), so the checker can tell a kink from a bug.

pub mod activation;
pub mod arith;
pub mod bce;
pub mod loss;
pub mod matrix;
pub mod norm;
pub mod parts;
pub mod rectifiers;
pub mod reduce;
pub mod scalar;

pub use activation::{exp, ln, log_softmax, relu, sigmoid, softmax, tanh};
pub use arith::{AddRule, DivRule, MulRule, NegRule, SubRule};
pub use bce::bce_with_logits;
pub use loss::{cross_entropy, mse};
pub use matrix::{MatrixRule, TransposeRule, add_bias};
pub use norm::{batch_norm, scale_rows};
pub use rectifiers::{leaky_relu, softplus};
pub use reduce::{ColumnReduceRule, RowReduceRule};

/// The rules the macro emits for operators and methods, by the name it emits.
///
/// `rules::exp` is the scalar method `x.exp()`, not the elementwise [`ops::exp`](fn@exp) the user
/// calls on a matrix; likewise `ln` and `tanh`.
#[doc(hidden)]
pub mod rules {
    pub use super::arith::{add, div, mul, neg, sub};
    pub use super::matrix::{
        component_div, component_mul, dot, mean, norm, norm_squared, sum, transpose,
    };
    pub use super::parts::{column, columns, row, rows};
    pub use super::reduce::{
        add_scalar, column_mean, column_sum, column_variance, row_mean, row_sum, row_variance,
        variance,
    };
    pub use super::scalar::{abs, cos, exp, ln, max, min, powf, powi, sin, sqrt, tan, tanh};
    use crate::Params;

    /// Zeros of the shape of `p`: where the macro starts an adjoint that collects several uses.
    pub fn zeros_like<P: Params>(p: &P) -> P {
        p.zeros_like()
    }

    /// A value to be filled in field by field, shaped like `p` once [`fill_empty`] completes it
    /// (see [`Params::empty_like`]): where the macro starts a parameter struct's adjoint whose
    /// fields are only assigned.
    pub fn empty_like<P: Params>(p: &P) -> P {
        p.empty_like()
    }

    /// Zeros for every tensor of `d` that [`empty_like`] left empty (see [`Params::fill_empty`]).
    pub fn fill_empty<P: Params>(d: &mut P, p: &P) {
        d.fill_empty(p);
    }

    /// The iterator a loop runs over, once `tape` has room for one entry per iteration it is
    /// known to make (the iterator's lower size bound: exact for ranges and slices): where the
    /// macro starts a loop that pushes onto a tape, so the tape never grows by reallocating.
    /// The loop's range is evaluated once, here, as `for` would.
    pub fn reserving<I: IntoIterator, T>(tape: &mut Vec<T>, iterations: I) -> I::IntoIter {
        let iterations = iterations.into_iter();
        tape.reserve(iterations.size_hint().0);
        iterations
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn reserving_makes_room_for_every_iteration_and_runs_the_same_ones() {
        let mut tape: Vec<usize> = Vec::new();
        let iterations: Vec<usize> = super::rules::reserving(&mut tape, 2..7).collect();
        assert_eq!(iterations, vec![2, 3, 4, 5, 6]);
        assert!(tape.capacity() >= 5, "{}", tape.capacity());
        let slice = [1.0, 2.0, 3.0];
        let mut floats: Vec<f64> = Vec::new();
        let items: Vec<&f64> = super::rules::reserving(&mut floats, slice.iter()).collect();
        assert_eq!(items.len(), 3);
        assert!(floats.capacity() >= 3, "{}", floats.capacity());
    }
}
