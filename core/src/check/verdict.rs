//! From an estimate and its error bar to a verdict: ok, FAIL, kink or unreliable.
//!
//! In: the analytic value, the [`Measurement`] of the numeric one, and the scales of the
//! gradient it belongs to. Out: the [`Verdict`], the estimate shown in the report, and the band
//! |analytic − numeric| was allowed. The comparison is spelled out step by step in
//! [`Judge::smooth`], in the manner of the `approx` crate's `relative_eq`.

use super::measure::Measurement;
use super::report::Verdict;
use super::stencil::{Estimate, Side};
use super::subject::Sample;

/// How many units of `ε_f`·(|value| + gradient scale) the analytic side may be off by its own
/// rounding. Backward passes round about as often as forward ones: a few ulps per operation,
/// with the absolute error of a cancelling sum set by its largest terms (hence the scale).
pub(super) const ANALYTIC_ULPS: f64 = 16.0;

/// A verdict is unreliable when the band it allows exceeds this fraction of the gradient's
/// scale: the check could then not tell a right gradient from one off by that much.
pub(super) const RESOLUTION: f64 = 0.1;

/// The scales one line is judged against.
#[derive(Clone, Copy, Debug)]
pub(super) struct Scale {
    /// The gradient scale of the line's tensor; `None` when every analytic component of the
    /// whole gradient is zero, so that there is no scale to be unreliable relative to.
    pub gradient: Option<f64>,
    /// What the analytic side's absolute rounding error is proportional to, beyond the value
    /// itself.
    pub rounding: f64,
}

/// The comparison rule: how far analytic and numeric may differ.
#[derive(Clone, Copy, Debug)]
pub(super) struct Judge {
    /// The multiple of the error bar allowed ([`crate::check::Config::tolerance`]).
    pub tolerance: f64,
    /// The relative precision `ε_f` of the function's values.
    pub eps: f64,
}

/// A judged line: what the report shows for it.
#[derive(Clone, Copy, Debug)]
pub(super) struct Judged {
    pub verdict: Verdict,
    pub shown: Estimate,
    /// The largest |analytic − numeric| this line allowed.
    pub band: f64,
}

impl Judge {
    /// The allowed |analytic − numeric|: tolerance·E plus the analytic side's rounding.
    pub(super) fn band(&self, analytic: f64, estimate: Estimate, scale: Scale) -> f64 {
        let size = analytic.abs().max(estimate.numeric.abs());
        self.tolerance * estimate.error_bar + ANALYTIC_ULPS * self.eps * (size + scale.rounding)
    }

    /// Judges a central estimate.
    pub(super) fn smooth(&self, analytic: f64, estimate: Estimate, scale: Scale) -> Judged {
        let judged = |verdict| Judged {
            verdict,
            shown: estimate,
            band: self.band(analytic, estimate, scale),
        };

        // Step 1. NaN and ∞ never compare as close: a non-finite value on either side fails,
        // never passes silently (NaN > x is false, so the test below would let it through).
        if !analytic.is_finite() || !estimate.numeric.is_finite() || !estimate.error_bar.is_finite()
        {
            return judged(Verdict::Fail);
        }

        // Step 2. The band: the numeric value is within E of the true derivative, with
        // `tolerance` covering how far past its bar an estimate can stray (the bar is an
        // estimate too); the analytic value carries its own rounding on top
        // (`ANALYTIC_ULPS`·ε_f of its size and of its tensor's gradient scale).
        let band = self.band(analytic, estimate, scale);

        // Step 3. Outside the band: FAIL, whatever the size of the bar. A difference the bar
        // cannot explain is a wrong gradient even where the bar is wide.
        if (analytic - estimate.numeric).abs() > band {
            return judged(Verdict::Fail);
        }

        // Step 4. Inside the band, but the band is wider than a tenth of the gradient's scale
        // (the larger of |analytic|, |numeric| and the tensor's gradient scale): agreement
        // that loose proves nothing, so say so instead of passing.
        if Self::is_loose(analytic, estimate, band, scale) {
            return judged(Verdict::Unreliable);
        }

        // Step 5. Agreement within a band that resolves the gradient: ok.
        judged(Verdict::Ok)
    }

    /// Judges one-sided estimates at a kink: ok as a kink when the analytic value lies in the
    /// interval between the two one-sided derivatives, widened by their bands.
    pub(super) fn kink(
        &self,
        analytic: f64,
        left: Estimate,
        right: Estimate,
        scale: Scale,
    ) -> Judged {
        let left_band = self.band(analytic, left, scale);
        let right_band = self.band(analytic, right, scale);
        // The report shows the side nearer the analytic value, with that side's bar.
        let (shown, band) = if (analytic - left.numeric).abs() <= (analytic - right.numeric).abs() {
            (left, left_band)
        } else {
            (right, right_band)
        };
        let finite = [analytic, left.numeric, right.numeric, left.error_bar, right.error_bar]
            .iter()
            .all(|v| v.is_finite());
        let low = (left.numeric - left_band).min(right.numeric - right_band);
        let high = (left.numeric + left_band).max(right.numeric + right_band);
        let verdict = if !finite || analytic < low || analytic > high {
            Verdict::Fail
        } else if Self::is_loose(analytic, shown, left_band.max(right_band), scale) {
            Verdict::Unreliable
        } else {
            Verdict::Kink
        };
        Judged { verdict, shown, band }
    }

    /// Judges a measurement. `noise` is the noise level σ of f's values along its line.
    pub(super) fn measurement(
        &self,
        analytic: f64,
        measurement: &Measurement,
        (at_centre, noise): (&Sample, f64),
        scale: Scale,
    ) -> Judged {
        let nothing = Estimate { numeric: f64::NAN, error_bar: f64::NAN };
        match measurement {
            Measurement::Smooth { .. } => {
                let estimate = measurement.smooth_estimate(at_centre, noise).unwrap_or(nothing);
                self.smooth(analytic, estimate, scale)
            }
            Measurement::Kink { stencil } => {
                let left = stencil.one_sided(at_centre, Side::Left, noise);
                let right = stencil.one_sided(at_centre, Side::Right, noise);
                self.kink(analytic, left, right, scale)
            }
            Measurement::NonFinite => {
                Judged { verdict: Verdict::Fail, shown: nothing, band: f64::NAN }
            }
            Measurement::Erratic => {
                Judged { verdict: Verdict::Unreliable, shown: nothing, band: f64::NAN }
            }
        }
    }

    fn is_loose(analytic: f64, estimate: Estimate, band: f64, scale: Scale) -> bool {
        match scale.gradient {
            Some(gradient) => {
                let size = analytic.abs().max(estimate.numeric.abs()).max(gradient);
                band > RESOLUTION * size
            }
            None => false,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const JUDGE: Judge = Judge { tolerance: 10.0, eps: f64::EPSILON };
    const SCALE: Scale = Scale { gradient: Some(1.0), rounding: 1.0 };

    fn estimate(numeric: f64, error_bar: f64) -> Estimate {
        Estimate { numeric, error_bar }
    }

    #[test]
    fn agreement_within_the_bar_is_ok_and_outside_it_fails() {
        assert_eq!(JUDGE.smooth(1.0, estimate(1.0 + 1e-11, 1e-11), SCALE).verdict, Verdict::Ok);
        assert_eq!(JUDGE.smooth(1.0, estimate(1.0 + 1e-8, 1e-11), SCALE).verdict, Verdict::Fail);
    }

    #[test]
    fn a_wide_bar_is_unreliable_but_a_difference_beyond_it_still_fails() {
        assert_eq!(JUDGE.smooth(1.0, estimate(1.1, 0.05), SCALE).verdict, Verdict::Unreliable);
        assert_eq!(JUDGE.smooth(10.0, estimate(1.0, 0.05), SCALE).verdict, Verdict::Fail);
    }

    #[test]
    fn nan_never_passes() {
        assert_eq!(JUDGE.smooth(f64::NAN, estimate(1.0, 1e-9), SCALE).verdict, Verdict::Fail);
        assert_eq!(JUDGE.smooth(1.0, estimate(f64::NAN, 1e-9), SCALE).verdict, Verdict::Fail);
    }

    #[test]
    fn a_kink_accepts_the_interval_between_the_sides() {
        let (left, right) = (estimate(0.0, 1e-10), estimate(1.0, 1e-10));
        assert_eq!(JUDGE.kink(0.0, left, right, SCALE).verdict, Verdict::Kink);
        assert_eq!(JUDGE.kink(0.5, left, right, SCALE).verdict, Verdict::Kink);
        assert_eq!(JUDGE.kink(2.0, left, right, SCALE).verdict, Verdict::Fail);
    }
}
