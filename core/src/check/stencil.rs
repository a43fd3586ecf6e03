//! Finite differences, their error bars, and the noise of the values they difference.
//!
//! In: a line through the point (one element, or a direction over many) and a step h. Out: the
//! four evaluations at ±h and ±2h ([`Stencil`]), and from them a derivative [`Estimate`] with an
//! error bar (central with Richardson extrapolation where the stencil is smooth, one-sided on
//! each side of a kink) and an estimate of the function's noise from its fourth difference. How
//! the step is chosen and changed lives in `measure.rs`.

use super::subject::{Sample, Subject};

/// How many standard deviations of the noise an estimate inherits from its values (the noise
/// σ of f measured by [`Stencil::noise_variance`]) its rounding bar covers, at least. The
/// verdict multiplies the bar by the tolerance (10), so a right gradient fails only past 20 of
/// them: beyond chance even where σ is estimated low, or one element's noise exceeds the pool's.
pub(super) const NOISE_MULTIPLE: f64 = 2.0;

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

/// The parts of a central estimate: the two differences and their extrapolation.
#[derive(Clone, Copy, Debug)]
pub(super) struct Central {
    /// The central difference at h.
    pub d_h: f64,
    /// The central difference at 2h.
    pub d_2h: f64,
    /// Their Richardson extrapolation.
    pub numeric: f64,
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

    /// The central estimate, for a smooth stencil, with its error bar.
    ///
    /// `noise` is the standard deviation σ of the function's values near the point (see
    /// [`Stencil::noise_variance`]).
    pub(super) fn central(&self, noise: f64) -> Estimate {
        let Central { d_h, d_2h, numeric } = self.extrapolate();

        // Step 4. Truncation bar: D_h − D_2h = −3c·h² + O(h⁴), three times D_h's own
        // truncation error and far more than the extrapolated value's. A conservative bound
        // measured from the function itself rather than assumed. It also picks up some of the
        // rounding noise in the values, but only by chance: the two differences can agree to
        // the last bit while each is off by the noise, so the noise has its own term below.
        let truncation = (d_h - d_2h).abs();
        Estimate { numeric, error_bar: truncation + self.rounding(noise) }
    }

    /// Steps 1 to 3 of the central estimate: the differences at h and 2h and their
    /// extrapolation.
    pub(super) fn extrapolate(&self) -> Central {
        // Step 1. The spans actually achieved. Rounding the perturbed element to its type can
        // make them differ slightly from 2h and 4h; dividing by the achieved span keeps each
        // difference quotient exact to first order (Press et al., Numerical Recipes, 3rd ed.,
        // §5.7: "temp = x + h; h = temp − x").
        let (span, span2) = self.spans();

        // Step 2. Two central differences. Each is f'(x) + c·h² + O(h⁴) for a smooth f
        // (Taylor expansion: the even terms cancel).
        let d_h = (self.plus.sample.value - self.minus.sample.value) / span;
        let d_2h = (self.plus2.sample.value - self.minus2.sample.value) / span2;

        // Step 3. Richardson extrapolation (L. F. Richardson, "The deferred approach to the
        // limit", 1927; Numerical Recipes §5.7): with r = span2/span ≈ 2, the combination
        // (r²·D_h − D_2h)/(r² − 1) cancels the h² term, leaving O(h⁴). For r = 2 it is the
        // familiar (4·D_h − D_2h)/3.
        let r2 = (span2 / span).powi(2);
        Central { d_h, d_2h, numeric: (r2 * d_h - d_2h) / (r2 - 1.0) }
    }

    /// The rounding part of the central estimate's error bar (steps 5 and 6).
    pub(super) fn rounding(&self, noise: f64) -> f64 {
        let (span, span2) = self.spans();
        let r2 = (span2 / span).powi(2);

        // Step 5. Rounding bar, the larger of two (Numerical Recipes §5.7, eq. 5.7.4: the
        // rounding of a difference quotient is about ε_f·|f|/h).
        //
        // The bound: what rounding the outputs to their type can do (`subject.rs`, about
        // u·|f|) times the sum of the |coefficients| the extrapolation gives the four values,
        // 1.5/h for r = 2. It lets f32 functions be judged by their own precision instead of a
        // fixed tolerance.
        //
        // The measured noise: NOISE_MULTIPLE times the standard deviation that the noise σ of
        // the values gives the estimate, σ·√(Σ coefficient²) = 0.95·σ/h for r = 2 (independent
        // errors add in quadrature). It is far larger than the bound where f sums many terms
        // that cancel: a sum of n terms rounds to about ε·Σ|terms|, not ε·|f|, which is how
        // right gradients of `sum`, `mean` and `dot` used to fail with bars of 1e-15.
        let (near, far) = (r2 / (r2 - 1.0) / span.abs(), 1.0 / (r2 - 1.0) / span2.abs());
        let weight = 2.0 * (near + far);
        let spread = (2.0 * (near * near + far * far)).sqrt();
        let bound = weight * self.largest_rounding(None);
        let measured = spread * NOISE_MULTIPLE * noise;

        // Step 6. For a direction, the rounding of the moved elements shifted each point off
        // the line; |∇f|-weighted, that shift bounds the error it put into the differences.
        let misplacement = (r2 * (self.plus.misplacement + self.minus.misplacement) / span.abs()
            + (self.plus2.misplacement + self.minus2.misplacement) / span2.abs())
            / (r2 - 1.0);

        bound.max(measured) + misplacement
    }

    /// An estimate of the variance σ² of the noise in f's values, from the stencil and the
    /// centre: the `ECnoise` estimator of J. J. Moré and S. M. Wild, "Estimating computational
    /// noise", SIAM J. Sci. Comput. 33(3), 2011.
    ///
    /// The fourth difference of five equally spaced values, Δ⁴f = f₋₂ − 4f₋₁ + 6f₀ − 4f₁ + f₂,
    /// removes every polynomial of degree three, so for a smooth f it is f⁗·h⁴ (negligible at
    /// the first step: h⁴ = ε^(4/3)) plus the noise of the values, whose variance it multiplies
    /// by 1 + 16 + 36 + 16 + 1 = 70: σ² ≈ (Δ⁴f)²/70 (their γ₄ = (4!)²/8!). Here the points are
    /// where the rounded elements actually went, not exactly equally spaced, so the divided
    /// difference f[t₋₂, …, t₂] = Σ wⱼfⱼ, wⱼ = 1/Πₖ≠ⱼ(tⱼ − tₖ), takes Δ⁴'s place and Σwⱼ² that
    /// of 70. One stencil gives one draw of this estimate; the engine averages them over the
    /// elements of a check, since the noise belongs to the function at the point.
    pub(super) fn noise_variance(&self, centre: &Sample) -> f64 {
        // Steps relative to h (the estimate does not depend on the scale of t), values relative
        // to the centre's (the weights sum to zero), so that nothing large is rounded here.
        let h = self.plus.step;
        let points = [
            (self.minus2.step / h, self.minus2.sample.value - centre.value),
            (self.minus.step / h, self.minus.sample.value - centre.value),
            (0.0, 0.0),
            (self.plus.step / h, self.plus.sample.value - centre.value),
            (self.plus2.step / h, self.plus2.sample.value - centre.value),
        ];
        let mut difference = 0.0;
        let mut norm = 0.0;
        for (j, &(t, value)) in points.iter().enumerate() {
            let product: f64 = points
                .iter()
                .enumerate()
                .filter(|&(k, _)| k != j)
                .map(|(_, &(s, _))| t - s)
                .product();
            let weight = 1.0 / product;
            difference += weight * value;
            norm += weight * weight;
        }
        difference * difference / norm
    }

    /// A one-sided estimate from the centre and the two points on `side`, for a stencil whose
    /// two sides took different branches (a kink at the centre). Assumes `f` is continuous
    /// there, so the centre's value is the limit from either side. `noise` as in
    /// [`Stencil::central`].
    pub(super) fn one_sided(&self, centre: &Sample, side: Side, noise: f64) -> Estimate {
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
        // error) plus a rounding bar as in the central estimate: the rounding bound times the
        // sum of the three values' |coefficients| (4/h for r = 2), or the measured noise times
        // the root of the sum of their squares, whichever is larger.
        let near_weight = r / ((r - 1.0) * near.step.abs());
        let far_weight = 1.0 / ((r - 1.0) * far.step.abs());
        let weight = near_weight + far_weight + (near_weight - far_weight).abs();
        let spread =
            (near_weight.powi(2) + far_weight.powi(2) + (near_weight - far_weight).powi(2)).sqrt();
        let rounding =
            (weight * self.largest_rounding(Some(side))).max(spread * NOISE_MULTIPLE * noise);
        Estimate { numeric, error_bar: (d_h - d_2h).abs() + rounding }
    }

    /// One side is usable for a one-sided difference: usable, and both of its points on the
    /// same branch.
    pub(super) fn side_is_consistent(&self, side: Side) -> bool {
        let (near, far) = self.side(side);
        self.side_is_usable(side) && near.sample.fingerprint == far.sample.fingerprint
    }

    /// One side is usable and both of its points took the centre's branches: a one-sided
    /// difference there is the derivative of the branch the point is on.
    pub(super) fn side_follows(&self, centre: &Sample, side: Side) -> bool {
        let (near, far) = self.side(side);
        self.side_is_usable(side)
            && near.sample.fingerprint == centre.fingerprint
            && far.sample.fingerprint == centre.fingerprint
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

    /// The achieved spans of the two central differences, ≈ 2h and 4h.
    fn spans(&self) -> (f64, f64) {
        (self.plus.step - self.minus.step, self.plus2.step - self.minus2.step)
    }

    /// The largest rounding bound among the stencil's values, or among one side's.
    fn largest_rounding(&self, side: Option<Side>) -> f64 {
        let probes = match side {
            None => self.probes().to_vec(),
            Some(side) => {
                let (near, far) = self.side(side);
                vec![near, far]
            }
        };
        probes.iter().map(|p| p.sample.rounding).fold(0.0, f64::max)
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
            Sample { value, rounding: f64::EPSILON * value.abs(), fingerprint }
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
        let estimate = stencil.central(0.0);
        let exact = 4.0 * 1.5_f64.powi(3);
        // D_h and D_2h each err by 4x·h² (resp. 4h²): the extrapolation removes it entirely.
        assert!((estimate.numeric - exact).abs() < 1e-9, "{estimate:?}");
        assert!((estimate.numeric - exact).abs() <= estimate.error_bar);
        assert!(estimate.error_bar > 1e-6, "the h² term of D_h is in the bar: {estimate:?}");
    }

    #[test]
    fn fourth_differences_measure_the_noise_and_nothing_else() {
        // Uniform noise of standard deviation σ from the bits of x: deterministic, as rounding
        // is, but with no pattern a stencil could follow.
        let sigma = 1e-9;
        let noise = |x: f64| {
            let mut z = x.to_bits().wrapping_mul(0x9e37_79b9_7f4a_7c15);
            z = (z ^ (z >> 31)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
            let unit = (z >> 11) as f64 / (1_u64 << 53) as f64;
            sigma * 3.0_f64.sqrt() * (2.0 * unit - 1.0)
        };
        let (mut noisy, mut smooth) = (0.0, 0.0_f64);
        let draws = 400;
        for k in 0..draws {
            let x = 0.3 + f64::from(k) * 0.01;
            let (stencil, centre) = stencil_of(|x| x.powi(3) + noise(x), x, 1e-3);
            noisy += stencil.noise_variance(&centre);
            let (stencil, centre) = stencil_of(|x| x.powi(3), x, 1e-3);
            smooth = smooth.max(stencil.noise_variance(&centre));
        }
        let estimate = (noisy / f64::from(draws)).sqrt();
        assert!((estimate / sigma - 1.0).abs() < 0.15, "σ estimated as {estimate:e}");
        // A cubic has no fourth difference: what is left is the rounding of x³ itself (up to
        // 80 here, an ulp of 1.4e-14), a thousandth of σ at most.
        assert!(smooth.sqrt() < 1e-3 * sigma, "{smooth:e}");
    }

    #[test]
    fn one_sided_differences_see_each_side_of_a_kink() {
        let (stencil, centre) = stencil_of(|x| x.max(0.0) + 0.5 * x * x, 0.0, 1e-4);
        assert!(!stencil.is_smooth(&centre));
        assert!(stencil.side_is_consistent(Side::Left) && stencil.side_is_consistent(Side::Right));
        let left = stencil.one_sided(&centre, Side::Left, 0.0);
        let right = stencil.one_sided(&centre, Side::Right, 0.0);
        assert!(left.numeric.abs() < 1e-9 && (right.numeric - 1.0).abs() < 1e-9);
    }
}
