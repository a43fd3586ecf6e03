//! What the checker evaluates: a working copy of the parameters and the scalar ⟨seed, f(p)⟩.
//!
//! In: the user's `f`, the point, and the output cotangent (the seed). Out: one [`Sample`] per
//! evaluation, with the branch fingerprint recorded while `f` ran and the size of the rounding
//! it carries. Perturbations go through `Params::set_element`, so they round to the element
//! type exactly as the user's values do; the value actually stored is read back, and the
//! stencil uses the displacement it achieved.

use crate::Params;
use crate::check::trace;

/// One evaluation of the checked scalar.
#[derive(Clone, Copy, Debug)]
pub(super) struct Sample {
    /// ⟨seed, f(p)⟩, summed in `f64` with compensation.
    pub value: f64,
    /// What rounding the outputs to their type can put into `value`, about (see
    /// [`ParamsSubject::evaluate`]); the function's internal noise comes on top.
    pub rounding: f64,
    /// The branch decisions `f` recorded (see [`trace`]).
    pub fingerprint: u64,
}

impl Sample {
    pub(super) fn is_finite(&self) -> bool {
        self.value.is_finite() && self.rounding.is_finite()
    }
}

/// Something the checker can move element by element and evaluate.
pub(super) trait Subject {
    /// Stores `value` in element `i` (rounded to the element type) and returns what was stored.
    fn set(&mut self, i: usize, value: f64) -> f64;

    /// Evaluates the checked scalar at the current point.
    fn evaluate(&self) -> Sample;
}

/// The `Params` form: `f: &P -> O`, checked through ⟨seed, f(p)⟩.
pub(super) struct ParamsSubject<'f, P, F> {
    working: P,
    f: &'f F,
    seed: Vec<f64>,
    /// The relative precision `ε_f` of the outputs.
    eps: f64,
}

impl<'f, P: Params, F> ParamsSubject<'f, P, F> {
    /// `seed` holds the cotangent's elements as stored in the output type, so that the scalar
    /// checked here and the one the user's `vjp` differentiated are the same function; `eps` is
    /// the relative precision of f's values.
    pub(super) fn new(at: &P, f: &'f F, seed: Vec<f64>, eps: f64) -> Self {
        ParamsSubject { working: at.clone(), f, seed, eps }
    }
}

impl<P: Params, O: Params, F: Fn(&P) -> O> Subject for ParamsSubject<'_, P, F> {
    fn set(&mut self, i: usize, value: f64) -> f64 {
        self.working.set_element(i, value);
        self.working.element(i)
    }

    /// Step 1. The terms seedₖ·f(p)ₖ, added with Neumaier's compensated summation (A. Neumaier,
    /// "Rundungsfehleranalyse einiger Verfahren zur Summation endlicher Summen", ZAMM 54, 1974):
    /// its error is at most about ε·|sum| plus a second-order term, so the checker's own
    /// summation adds no noise of the size of ε·Σ|terms| to the values it differentiates.
    ///
    /// Step 2. The rounding bound: each output rounded once, by at most u = `ε_f`/2 of its size
    /// (the guarantee of a correctly rounded operation; N. J. Higham, "Accuracy and Stability of
    /// Numerical Algorithms", 2nd ed., 2002, §2.2). Every output counts, even one that comes
    /// out bit for bit as at the point: it may depend on the moved element by less than its
    /// rounding hides. Independent roundings add like a random walk, so together they come to
    /// about u·‖t‖₂ for the terms t, not u·‖t‖₁ (N. J. Higham and T. Mary, "A new approach to
    /// probabilistic rounding error analysis", SIAM J. Sci. Comput. 41(5), 2019: their sum
    /// exceeds λ·u·‖t‖₂ with probability at most 2·exp(−λ²/2), by Hoeffding's inequality, and
    /// the verdict allows λ of 20 and more). For one output it is u·|f|. Rounding beyond one
    /// correct rounding per output (several operations, a cancelling sum inside f, library
    /// functions accurate to an ulp) is noise, measured from the stencil (`stencil.rs`).
    fn evaluate(&self) -> Sample {
        let (output, fingerprint) = trace::traced(|| (self.f)(&self.working));
        // An output with a different element count than the seed is a bug in `f` (its shape
        // depends on the point); the missing terms make the value NaN rather than a panic.
        if output.element_count() != self.seed.len() {
            return Sample { value: f64::NAN, rounding: f64::NAN, fingerprint };
        }
        let mut sum = 0.0_f64;
        let mut compensation = 0.0_f64;
        let mut squares = 0.0_f64;
        for (k, seed) in self.seed.iter().enumerate() {
            let term = seed * output.element(k);
            let next = sum + term;
            compensation +=
                if sum.abs() >= term.abs() { (sum - next) + term } else { (term - next) + sum };
            sum = next;
            squares += term * term;
        }
        let value = if sum.is_finite() { sum + compensation } else { sum };
        let summation = if self.seed.len() > 1 { f64::EPSILON * value.abs() } else { 0.0 };
        Sample { value, rounding: 0.5 * self.eps * squares.sqrt() + summation, fingerprint }
    }
}
