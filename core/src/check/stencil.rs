//! Finite differences and their error bars.
//!
//! In: a line through the point (one element, or a direction over many) and a step h. Out: the
//! four evaluations at ±h and ±2h ([`Stencil`]), and from them a derivative [`Estimate`] with an
//! error bar: central with Richardson extrapolation where the stencil is smooth, one-sided on
//! each side of a kink. How the step is chosen and changed lives in `measure.rs`.

use super::subject::{Sample, Subject};

/// The line a derivative is taken along.
pub(super) enum Line<'a> {
    /// One element of the flat view.
    Element(usize),
    /// A direction: `(element, component)` pairs; the derivative is ⟨∇f, d⟩.
    Direction(&'a [(usize, f64)]),
}

/// One evaluation on the line.
#[derive(Clone, Copy, Debug)]
pub(super) struct Probe {
    /// The displacement actually achieved along the line (the nominal one, for a direction).
    pub step: f64,
    pub sample: Sample,
    /// For a direction: Σ |gⱼ|·|stored xⱼ − (xⱼ + t·dⱼ)|, the error rounding the moved elements
    /// puts into the function's change, to first order. Zero for an element: its displacement
    /// is read back exactly.
    pub misplacement: f64,
}

/// Evaluates the subject at displacement `t` along `line`, then restores the point.
pub(super) fn probe(
    subject: &mut dyn Subject,
    centre: &[f64],
    analytic: &[f64],
    line: &Line,
    t: f64,
) -> Probe {
    match *line {
        Line::Element(i) => {
            let stored = subject.set(i, centre[i] + t);
            let sample = subject.evaluate();
            subject.set(i, centre[i]);
            Probe { step: stored - centre[i], sample, misplacement: 0.0 }
        }
        Line::Direction(direction) => {
            let mut misplacement = 0.0;
            for &(j, component) in direction {
                let wanted = centre[j] + t * component;
                let stored = subject.set(j, wanted);
                let slope = if analytic[j].is_finite() { analytic[j].abs() } else { 0.0 };
                misplacement += slope * (stored - wanted).abs();
            }
            let sample = subject.evaluate();
            for &(j, _) in direction {
                subject.set(j, centre[j]);
            }
            Probe { step: t, sample, misplacement }
        }
    }
}

/// The four evaluations at +h, −h, +2h, −2h.
#[derive(Clone, Debug)]
pub(super) struct Stencil {
    pub plus: Probe,
    pub minus: Probe,
    pub plus2: Probe,
    pub minus2: Probe,
}

/// A derivative estimate and its error bar E.
#[derive(Clone, Copy, Debug, PartialEq)]
pub(super) struct Estimate {
    pub numeric: f64,
    pub error_bar: f64,
}

/// Which side of the centre a one-sided difference looks at.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum Side {
    Left,
    Right,
}

impl Stencil {
    pub(super) fn measure(
        subject: &mut dyn Subject,
        centre: &[f64],
        analytic: &[f64],
        line: &Line,
        h: f64,
    ) -> Stencil {
        let mut at = |t| probe(subject, centre, analytic, line, t);
        Stencil { plus: at(h), minus: at(-h), plus2: at(2.0 * h), minus2: at(-2.0 * h) }
    }

    fn probes(&self) -> [&Probe; 4] {
        [&self.plus, &self.minus, &self.plus2, &self.minus2]
    }

    /// All four values finite, and each side's displacements as intended after rounding.
    pub(super) fn is_usable(&self) -> bool {
        self.side_is_usable(Side::Left) && self.side_is_usable(Side::Right)
    }

    /// Usable, and every point took the same branches as the centre: no kink inside.
    pub(super) fn is_smooth(&self, centre: &Sample) -> bool {
        self.is_usable() && self.probes().iter().all(|p| p.sample.fingerprint == centre.fingerprint)
    }

    /// The central estimate, for a smooth stencil.
    ///
    /// `eps` is the relative precision `ε_f` of the function's values.
    pub(super) fn central(&self, eps: f64) -> Estimate {
        // Step 1. The spans actually achieved. Rounding the perturbed element to its type can
        // make them differ slightly from 2h and 4h; dividing by the achieved span keeps each
        // difference quotient exact to first order (Press et al., Numerical Recipes, 3rd ed.,
        // §5.7: "temp = x + h; h = temp − x").
        let span = self.plus.step - self.minus.step;
        let span2 = self.plus2.step - self.minus2.step;

        // Step 2. Two central differences. Each is f'(x) + c·h² + O(h⁴) for a smooth f
        // (Taylor expansion: the even terms cancel).
        let d_h = (self.plus.sample.value - self.minus.sample.value) / span;
        let d_2h = (self.plus2.sample.value - self.minus2.sample.value) / span2;

        // Step 3. Richardson extrapolation (L. F. Richardson, "The deferred approach to the
        // limit", 1927; Numerical Recipes §5.7): with r = span2/span ≈ 2, the combination
        // (r²·D_h − D_2h)/(r² − 1) cancels the h² term, leaving O(h⁴). For r = 2 it is the
        // familiar (4·D_h − D_2h)/3.
        let r2 = (span2 / span).powi(2);
        let numeric = (r2 * d_h - d_2h) / (r2 - 1.0);

        // Step 4. Truncation bar: D_h − D_2h = −3c·h² + O(h⁴), three times D_h's own
        // truncation error and far more than the extrapolated value's. A conservative bound
        // measured from the function itself rather than assumed; it also picks up part of the
        // rounding noise actually present in the values.
        let truncation = (d_h - d_2h).abs();

        // Step 5. Rounding bar: each value carries rounding of about ε_f·F, F the largest
        // magnitude on the stencil (Numerical Recipes §5.7, eq. 5.7.4: error ≈ ε_f·|f|/h).
        // Multiplied by the sum of |coefficients| the extrapolation gives each value, this
        // bounds what that rounding can do to the estimate: 1.5·ε_f·F/h for r = 2. This is what
        // lets f32 functions be judged by their own precision instead of a fixed tolerance.
        let weight = 2.0 * (r2 / span.abs() + 1.0 / span2.abs()) / (r2 - 1.0);
        let rounding = weight * eps * self.magnitude(None);

        // Step 6. For a direction, the rounding of the moved elements shifted each point off
        // the line; |∇f|-weighted, that shift bounds the error it put into the differences.
        let misplacement = (r2 * (self.plus.misplacement + self.minus.misplacement) / span.abs()
            + (self.plus2.misplacement + self.minus2.misplacement) / span2.abs())
            / (r2 - 1.0);

        Estimate { numeric, error_bar: truncation + rounding + misplacement }
    }

    /// A one-sided estimate from the centre and the two points on `side`, for a stencil whose
    /// two sides took different branches (a kink at the centre). Assumes `f` is continuous
    /// there, so the centre's value is the limit from either side.
    pub(super) fn one_sided(&self, centre: &Sample, side: Side, eps: f64) -> Estimate {
        let (near, far) = self.side(side);
        // Step 1. Two forward (or backward) differences from the centre, at h and ≈ 2h. Each
        // is f'(x±) + c·h + O(h²): one-sided differences are only first order.
        let d_h = (near.sample.value - centre.value) / near.step;
        let d_2h = (far.sample.value - centre.value) / far.step;

        // Step 2. Richardson for a first-order error (Numerical Recipes §5.7): with r = 2h/h,
        // (r·D_h − D_2h)/(r − 1) cancels the h term; for r = 2 it is the three-point formula
        // (−3f₀ + 4f₁ − f₂)/(2h).
        let r = far.step / near.step;
        let numeric = (r * d_h - d_2h) / (r - 1.0);

        // Step 3. Error bar: the difference of the two estimates (≈ c·h, the size of D_h's own
        // error) plus the rounding of the three values times the sum of their |coefficients|
        // (4/h for r = 2).
        let near_weight = r / ((r - 1.0) * near.step.abs());
        let far_weight = 1.0 / ((r - 1.0) * far.step.abs());
        let weight = near_weight + far_weight + (near_weight - far_weight).abs();
        let rounding = weight * eps * self.magnitude(Some(centre));
        Estimate { numeric, error_bar: (d_h - d_2h).abs() + rounding }
    }

    /// One side is usable for a one-sided difference: usable, and both of its points on the
    /// same branch.
    pub(super) fn side_is_consistent(&self, side: Side) -> bool {
        let (near, far) = self.side(side);
        self.side_is_usable(side) && near.sample.fingerprint == far.sample.fingerprint
    }

    /// Both values on `side` finite, and its two displacements on the right side of zero with
    /// the far one about twice the near one. Rounding to a coarse element type at a tiny step
    /// can merge them, and the extrapolations would then divide by zero.
    fn side_is_usable(&self, side: Side) -> bool {
        let (near, far) = self.side(side);
        let sign = match side {
            Side::Right => 1.0,
            Side::Left => -1.0,
        };
        near.sample.is_finite()
            && far.sample.is_finite()
            && sign * near.step > 0.0
            && sign * far.step >= 1.5 * sign * near.step
            && far.step.is_finite()
    }

    fn side(&self, side: Side) -> (&Probe, &Probe) {
        match side {
            Side::Right => (&self.plus, &self.plus2),
            Side::Left => (&self.minus, &self.minus2),
        }
    }

    /// The largest magnitude among the stencil's values (and the centre's, when given).
    fn magnitude(&self, centre: Option<&Sample>) -> f64 {
        let points = self.probes().into_iter().map(|p| p.sample.magnitude);
        points.chain(centre.map(|c| c.magnitude)).fold(0.0, f64::max)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// f(x) = sum of the closure over the one element, with a recorded branch at zero.
    struct Curve<F: Fn(f64) -> f64> {
        x: f64,
        f: F,
    }

    impl<F: Fn(f64) -> f64> Subject for Curve<F> {
        fn set(&mut self, _: usize, value: f64) -> f64 {
            self.x = value;
            value
        }

        fn evaluate(&self) -> Sample {
            let value = (self.f)(self.x);
            let fingerprint = u64::from(self.x > 0.0);
            Sample { value, magnitude: value.abs(), fingerprint }
        }
    }

    fn stencil_of(f: impl Fn(f64) -> f64, x: f64, h: f64) -> (Stencil, Sample) {
        let mut curve = Curve { x, f };
        let centre = curve.evaluate();
        (Stencil::measure(&mut curve, &[x], &[0.0], &Line::Element(0), h), centre)
    }

    #[test]
    fn richardson_is_exact_for_a_quartic_and_its_bar_covers_the_error() {
        let (stencil, _) = stencil_of(|x| x.powi(4), 1.5, 1e-3);
        let estimate = stencil.central(f64::EPSILON);
        let exact = 4.0 * 1.5_f64.powi(3);
        // D_h and D_2h each err by 4x·h² (resp. 4h²): the extrapolation removes it entirely.
        assert!((estimate.numeric - exact).abs() < 1e-9, "{estimate:?}");
        assert!((estimate.numeric - exact).abs() <= estimate.error_bar);
        assert!(estimate.error_bar > 1e-6, "the h² term of D_h is in the bar: {estimate:?}");
    }

    #[test]
    fn one_sided_differences_see_each_side_of_a_kink() {
        let (stencil, centre) = stencil_of(|x| x.max(0.0) + 0.5 * x * x, 0.0, 1e-4);
        assert!(!stencil.is_smooth(&centre));
        assert!(stencil.side_is_consistent(Side::Left) && stencil.side_is_consistent(Side::Right));
        let left = stencil.one_sided(&centre, Side::Left, f64::EPSILON);
        let right = stencil.one_sided(&centre, Side::Right, f64::EPSILON);
        assert!(left.numeric.abs() < 1e-9 && (right.numeric - 1.0).abs() < 1e-9);
    }
}
