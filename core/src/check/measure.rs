//! Step choice: the first step, shrinking it past kinks and NaNs, refining it for a tighter bar.
//!
//! In: a line and its starting step h = ε^(1/3)·max(|x|, 1). Out: a [`Measurement`]: a central
//! estimate from the first smooth stencil, one-sided estimates when the point sits on a kink at
//! every step tried, or the reason no estimate exists. The formulas themselves are in
//! `stencil.rs`; what the estimates mean for the verdict is in `verdict.rs`.

use super::stencil::{Estimate, Line, Side, Stencil};
use super::subject::{Sample, Subject};

/// How much each retry divides the step by when a stencil crosses a kink or leaves the domain.
const SHRINK: f64 = 10.0;
/// How many times the step is divided before the point counts as sitting on the kink.
const SHRINK_LEVELS: usize = 4;
/// The steps, relative to the first smooth one, tried when its verdict is not ok: larger ones
/// reduce rounding (∝ 1/h), smaller ones truncation (∝ h²).
const REFINE_FACTORS: [f64; 4] = [10.0, 100.0, 0.1, 0.01];

/// What the finite differences along one line found.
#[derive(Clone, Debug)]
pub(super) enum Measurement {
    /// A stencil at step `h` stayed on one branch: a central estimate.
    Smooth { estimate: Estimate, h: f64 },
    /// Every stencil tried crossed a kink, and the one-sided differences on each side are
    /// usable: the derivative from the left and from the right.
    Kink { left: Estimate, right: Estimate },
    /// `f` returned NaN or ∞ near the point at every step tried.
    NonFinite,
    /// Every stencil tried crossed a kink, with branches changing even within one side.
    Erratic,
}

/// The initial step: ε^(1/3)·max(|x|, 1), or `factor`·max(|x|, 1) with a configured factor.
///
/// ε^(1/3) balances the h² truncation error of a central difference against its ε/h rounding
/// error (Numerical Recipes §5.7, eq. 5.7.8); the max with 1 keeps the step from vanishing at
/// x = 0 while staying relative for large |x|.
pub(super) fn initial_step(factor: f64, x: f64) -> f64 {
    factor * x.abs().max(1.0)
}

/// The smallest step [`measure`] tries, starting from `h`.
pub(super) fn smallest_step(h: f64) -> f64 {
    (0..SHRINK_LEVELS).fold(h, |step, _| step / SHRINK)
}

/// Finds the first stencil that stays on the centre's branch, shrinking the step past kinks.
pub(super) fn measure(
    subject: &mut dyn Subject,
    centre: &[f64],
    analytic: &[f64],
    line: &Line,
    at_centre: &Sample,
    h: f64,
    eps: f64,
) -> Measurement {
    // Step 1. Try h, h/10, h/100, …: a kink or a domain edge at distance δ from the point stops
    // troubling the stencil once 2h < δ, so the first smooth stencil gives the derivative of
    // the branch the point is on.
    let mut stencils = Vec::with_capacity(SHRINK_LEVELS + 1);
    let mut step = h;
    for _ in 0..=SHRINK_LEVELS {
        let stencil = Stencil::measure(subject, centre, analytic, line, step);
        if stencil.is_smooth(at_centre) {
            return Measurement::Smooth { estimate: stencil.central(eps), h: step };
        }
        stencils.push(stencil);
        step /= SHRINK;
    }

    // Step 2. No step avoided the kink: the point sits on it (relu at exactly 0). Its
    // derivative is then set-valued; the one-sided derivatives bound the set (Clarke,
    // "Optimization and Nonsmooth Analysis", 1983, §2.1: in one dimension the generalized
    // gradient is the interval between them). Use the largest step whose two sides each stayed
    // on one branch: the largest step has the least rounding error.
    for stencil in &stencils {
        if stencil.side_is_consistent(Side::Left) && stencil.side_is_consistent(Side::Right) {
            return Measurement::Kink {
                left: stencil.one_sided(at_centre, Side::Left, eps),
                right: stencil.one_sided(at_centre, Side::Right, eps),
            };
        }
    }
    if stencils.iter().any(Stencil::is_usable) {
        Measurement::Erratic
    } else {
        Measurement::NonFinite
    }
}

/// Tries steps around `h` and keeps the smooth estimate with the smallest error bar.
///
/// Called only for a verdict other than ok, so that a failure is confirmed at the most precise
/// step available and an unreliable bar gets every chance to shrink.
pub(super) fn refine(
    subject: &mut dyn Subject,
    centre: &[f64],
    analytic: &[f64],
    line: &Line,
    at_centre: &Sample,
    found: (Estimate, f64),
    eps: f64,
) -> Estimate {
    let (mut best, h) = found;
    for factor in REFINE_FACTORS {
        let stencil = Stencil::measure(subject, centre, analytic, line, h * factor);
        if stencil.is_smooth(at_centre) {
            let estimate = stencil.central(eps);
            if estimate.error_bar < best.error_bar {
                best = estimate;
            }
        }
    }
    best
}
