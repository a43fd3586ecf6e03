//! What the checker evaluates: a working copy of the parameters and the scalar ⟨seed, f(p)⟩.
//!
//! In: the user's `f`, the point, and the output cotangent (the seed). Out: one [`Sample`] per
//! evaluation, with the branch fingerprint recorded while `f` ran. Perturbations go through
//! `Params::set_element`, so they round to the element type exactly as the user's values do;
//! the value actually stored is read back, and the stencil uses the displacement it achieved.

use crate::Params;
use crate::check::trace;

/// One evaluation of the checked scalar.
#[derive(Clone, Copy, Debug)]
pub(super) struct Sample {
    /// ⟨seed, f(p)⟩, summed in `f64`.
    pub value: f64,
    /// Σ |seedₖ · f(p)ₖ|: the size of the numbers whose rounding `value` carries. For a scalar
    /// output it is |f(p)|; for a vector output it exceeds |value| when terms cancel.
    pub magnitude: f64,
    /// The branch decisions `f` recorded (see [`trace`]).
    pub fingerprint: u64,
}

impl Sample {
    pub(super) fn is_finite(&self) -> bool {
        self.value.is_finite() && self.magnitude.is_finite()
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
}

impl<'f, P: Params, F> ParamsSubject<'f, P, F> {
    /// `seed` holds the cotangent's elements as stored in the output type, so that the scalar
    /// checked here and the one the user's `vjp` differentiated are the same function.
    pub(super) fn new(at: &P, f: &'f F, seed: Vec<f64>) -> Self {
        ParamsSubject { working: at.clone(), f, seed }
    }
}

impl<P: Params, O: Params, F: Fn(&P) -> O> Subject for ParamsSubject<'_, P, F> {
    fn set(&mut self, i: usize, value: f64) -> f64 {
        self.working.set_element(i, value);
        self.working.element(i)
    }

    fn evaluate(&self) -> Sample {
        let (output, fingerprint) = trace::traced(|| (self.f)(&self.working));
        let mut value = 0.0;
        let mut magnitude = 0.0;
        // An output with a different element count than the seed is a bug in `f` (its shape
        // depends on the point); the missing terms make the value NaN rather than a panic.
        if output.element_count() != self.seed.len() {
            value = f64::NAN;
        }
        for (k, seed) in self.seed.iter().enumerate().take(output.element_count()) {
            let term = seed * output.element(k);
            value += term;
            magnitude += term.abs();
        }
        Sample { value, magnitude, fingerprint }
    }
}
