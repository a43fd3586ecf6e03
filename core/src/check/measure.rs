//! Step choice: the first step, shrinking it past kinks and NaNs, refining it for a tighter bar.
//!
//! In: a line and its starting step h = ε^(1/3)·max(|x|, 1). Out: a [`Measurement`]: the first
//! smooth stencil, or the stencil for one-sided estimates when the point sits on a kink at every
//! step tried, or the reason no estimate exists; and, for a verdict that is not ok, a refined
//! estimate from a ladder of steps. The formulas themselves are in `stencil.rs`; what the
//! estimates mean for the verdict is in `verdict.rs`.

use super::stencil::{Estimate, Line, Probe, Side, Stencil, probe};
use super::subject::{Sample, Subject};

/// How much each retry divides the step by when a stencil crosses a kink or leaves the domain.
const SHRINK: f64 = 10.0;
/// How many times the step is divided before the point counts as sitting on the kink.
const SHRINK_LEVELS: usize = 4;
/// The ladder [`refine`] climbs: steps h·2ᵏ for k in this range, h/256 to 128h. Larger steps
/// reduce rounding (∝ 1/h), smaller ones truncation (∝ h⁴ after extrapolation); the range
/// covers both for f32, whose first step is already large, and f64.
const LADDER: std::ops::RangeInclusive<i32> = -8..=7;
/// How many of the ladder's smallest stencils (steps h/256 to h/16) the noise along a refined
/// line is measured from. f32 values lie on a grid, so a fourth difference is a whole number of
/// ulps and is 0 about one time in six: one draw, or three, can all say "no noise".
const NOISE_DRAWS: usize = 5;

/// What the finite differences along one line found.
#[derive(Clone, Debug)]
pub(super) enum Measurement {
    /// A stencil at step `h` stayed on one branch: a central estimate. When larger steps
    /// crossed a kink on one side only, `beside` is the largest of them with the side that
    /// stayed on the point's branch, for a one-sided estimate at that step.
    Smooth { stencil: Stencil, h: f64, beside: Option<(Stencil, Side)> },
    /// Every stencil tried crossed a kink, and this one's two sides each stayed on one branch:
    /// one-sided estimates of the derivative from the left and from the right.
    Kink { stencil: Stencil },
    /// `f` returned NaN or ∞ near the point at every step tried.
    NonFinite,
    /// Every stencil tried crossed a kink, with branches changing even within one side.
    Erratic,
}

impl Measurement {
    /// The estimate of a smooth measurement with noise level `noise`: central, or one-sided
    /// beside a kink when that has the smaller error bar.
    ///
    /// Beside a kink at distance δ the central stencil must shrink below δ/2, and its rounding
    /// error grows as the step shrinks (a relu input 1e-4 from zero in f32 leaves a step 100
    /// times smaller than the first, and a bar 100 times wider). The side of a larger stencil
    /// that stayed on the point's branch gives the same branch's derivative at the larger step,
    /// with a first-order truncation bar instead (`stencil.rs`): the better of the two for a
    /// piecewise linear function, the worse for a curved one; the bars decide.
    pub(super) fn smooth_estimate(&self, at_centre: &Sample, noise: f64) -> Option<Estimate> {
        let Measurement::Smooth { stencil, beside, .. } = self else { return None };
        let central = stencil.central(noise);
        let one_sided =
            beside.as_ref().map(|(larger, side)| larger.one_sided(at_centre, *side, noise));
        Some(match one_sided {
            Some(one_sided) if one_sided.error_bar < central.error_bar => one_sided,
            _ => central,
        })
    }

    /// The noise draw of a smooth measurement (see [`Stencil::noise_variance`]).
    pub(super) fn noise_variance(&self, at_centre: &Sample) -> Option<f64> {
        match self {
            Measurement::Smooth { stencil, .. } => Some(stencil.noise_variance(at_centre)),
            _ => None,
        }
    }
}

/// The noise level σ of a set of measurements: the root mean square of their noise draws
/// (Moré and Wild average the squared differences in the same way), 0 when there are none.
pub(super) fn pooled_noise<'m>(
    measurements: impl Iterator<Item = &'m Measurement>,
    at_centre: &Sample,
) -> f64 {
    let (sum, count) = measurements
        .filter_map(|m| m.noise_variance(at_centre))
        .filter(|v| v.is_finite())
        .fold((0.0, 0.0), |(sum, count), v| (sum + v, count + 1.0));
    if count > 0.0 { (sum / count).sqrt() } else { 0.0 }
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
) -> Measurement {
    // Step 1. Try h, h/10, h/100, …: a kink or a domain edge at distance δ from the point stops
    // troubling the stencil once 2h < δ, so the first smooth stencil gives the derivative of
    // the branch the point is on.
    let mut stencils = Vec::with_capacity(SHRINK_LEVELS + 1);
    let mut beside = None;
    let mut step = h;
    for _ in 0..=SHRINK_LEVELS {
        let stencil = Stencil::measure(subject, centre, analytic, line, step);
        if stencil.is_smooth(at_centre) {
            return Measurement::Smooth { stencil, h: step, beside };
        }
        if beside.is_none() {
            let follows = [Side::Right, Side::Left]
                .into_iter()
                .find(|&side| stencil.side_follows(at_centre, side));
            beside = follows.map(|side| (stencil.clone(), side));
        }
        stencils.push(stencil);
        step /= SHRINK;
    }

    // Step 2. No step avoided the kink: the point sits on it (relu at exactly 0). Its
    // derivative is then set-valued; the one-sided derivatives bound the set (Clarke,
    // "Optimization and Nonsmooth Analysis", 1983, §2.1: in one dimension the generalized
    // gradient is the interval between them). Use the largest step whose two sides each stayed
    // on one branch: the largest step has the least rounding error.
    let consistent = stencils
        .iter()
        .position(|s| s.side_is_consistent(Side::Left) && s.side_is_consistent(Side::Right));
    if let Some(k) = consistent {
        return Measurement::Kink { stencil: stencils.swap_remove(k) };
    }
    if stencils.iter().any(Stencil::is_usable) {
        Measurement::Erratic
    } else {
        Measurement::NonFinite
    }
}

/// A refined central estimate from a ladder of steps, each extrapolated value's error bar
/// checked against its neighbours on the ladder; `None` when the ladder is too short for that.
///
/// Called only for a verdict other than ok, so that a failure is confirmed at the most precise
/// step available and an unreliable bar gets every chance to shrink. `found` is the first
/// smooth stencil, at step `h`; `tolerance` is [`Config::tolerance`](crate::check::Config).
///
/// Pitfall it avoids: the first stencil's bar rests on one comparison, and two differences can
/// agree by chance or by the structure of rounding (the perturbed element lies on its own binary
/// grid and every partial sum of f rounds on a coarser one, so over a stencil the rounding
/// error can be exactly linear in the step and shift both differences alike). The step with the
/// smallest such bar is the step where that luck was greatest; here every bar rests on two
/// comparisons with other steps.
pub(super) fn refine(
    subject: &mut dyn Subject,
    centre: &[f64],
    analytic: &[f64],
    line: &Line,
    at_centre: &Sample,
    (found, h): (&Stencil, f64),
    tolerance: f64,
) -> Option<Estimate> {
    // Step 1. Central differences at the steps h·2ᵏ of the ladder, going out from h (the found
    // stencil holds k = 0 and k = 1) in both directions until a step leaves the point's branch
    // or f's domain.
    let mut levels: Vec<Level> = vec![(found.minus, found.plus), (found.minus2, found.plus2)];
    let level = |k: i32, subject: &mut dyn Subject| -> Level {
        let t = h * 2.0_f64.powi(k);
        (probe(subject, centre, analytic, line, -t), probe(subject, centre, analytic, line, t))
    };
    for k in 2..=*LADDER.end() {
        let next = level(k, subject);
        if !joins(at_centre, levels.last(), &next) {
            break;
        }
        levels.push(next);
    }
    for k in (*LADDER.start()..0).rev() {
        let next = level(k, subject);
        if !joins(at_centre, Some(&next), &levels[0]) {
            break;
        }
        levels.insert(0, next);
    }
    let stencils: Vec<Stencil> = levels
        .windows(2)
        .map(|pair| Stencil {
            minus: pair[0].0,
            plus: pair[0].1,
            minus2: pair[1].0,
            plus2: pair[1].1,
        })
        .collect();

    // Step 2. The noise level σ of f along this line: the root mean square of the ECnoise
    // draws (`stencil.rs`) of the smallest stencils. At h/16 the smooth part of a fourth
    // difference is 2¹⁶ times smaller than at h, so these draws see only noise, where the first
    // stencil's can be dominated by a large fourth derivative (f32) or by a kink no rule
    // recorded. A noise level inflated that way would make every small step look worse than it
    // is and push the choice out to steps where f is no longer smooth on the scale of the step.
    let draws: Vec<f64> =
        stencils.iter().take(NOISE_DRAWS).map(|s| s.noise_variance(at_centre)).collect();
    let noise = (draws.iter().sum::<f64>() / draws.len() as f64).sqrt();

    // Step 3. Each pair of neighbouring steps gives a Richardson value R_k (from D_k and D_k+1,
    // error O(h⁴)) and its rounding bar (`stencil.rs`, steps 5 and 6).
    let rungs: Vec<(f64, f64)> =
        stencils.iter().map(|s| (s.extrapolate().numeric, s.rounding(noise))).collect();

    // Step 4. The bar of R_k: its rounding bar, plus the part of its differences from R_k−1 and
    // from R_k+1 that the two values' rounding bars cannot explain, the larger of the two. This
    // is the idea of Ridders' method (C. J. F. Ridders, "Accurate computation of F′(x) and
    // F′(x)F″(x)", Adv. Eng. Software 4(2), 1982; Numerical Recipes §5.7, `dfridr`), whose
    // error estimate is the larger of an extrapolated value's differences from two others.
    // Where truncation dominates, R_k+1 (twice the step) errs about 16 times as much as R_k,
    // so the one difference is about R_k's error and the other bounds it sixteen times over;
    // both would have to be small by chance, which takes the h⁴ and h⁶ terms vanishing
    // together, and then R_k is accurate to O(h⁸) anyway. Where noise dominates, the rounding
    // bars explain the differences and are the bar.
    let candidates: Vec<Estimate> = rungs
        .windows(3)
        .map(|three| {
            let [below, (numeric, rounding), above] = [three[0], three[1], three[2]];
            let unexplained = |(other, other_rounding): (f64, f64)| {
                ((numeric - other).abs() - rounding - other_rounding).max(0.0)
            };
            let error_bar = rounding + unexplained(below).max(unexplained(above));
            Estimate { numeric, error_bar }
        })
        .filter(|estimate| estimate.numeric.is_finite() && estimate.error_bar.is_finite())
        .collect();

    // Step 5. The value with the smallest bar among those that no smaller step contradicts. A
    // smaller step has less truncation, so a value it contradicts (the two differ by more than
    // `tolerance` times their bars together, the test a verdict applies) is off by something
    // its own bar does not see, such as a kink or a pole that only the larger steps reach,
    // where the differences can change smoothly with the step and so agree with each other.
    let uncontradicted = |(k, estimate): &(usize, &Estimate)| {
        candidates[..*k].iter().all(|smaller| {
            let apart = (estimate.numeric - smaller.numeric).abs();
            apart <= tolerance * (estimate.error_bar + smaller.error_bar)
        })
    };
    candidates
        .iter()
        .enumerate()
        .filter(uncontradicted)
        .map(|(_, estimate)| *estimate)
        .min_by(|a, b| a.error_bar.total_cmp(&b.error_bar))
}

/// One step of the ladder: the probes at −t and +t.
type Level = (Probe, Probe);

/// Whether `upper` can stand on the ladder right above `lower`: both levels have finite values
/// on the point's branch and a displacement on each side, and each achieved displacement of
/// `upper` is at least 1.5 times `lower`'s, so that rounding a tiny step cannot merge two
/// levels.
fn joins(at_centre: &Sample, lower: Option<&Level>, upper: &Level) -> bool {
    let proper = |(minus, plus): &Level| {
        [minus, plus]
            .iter()
            .all(|p| p.sample.is_finite() && p.sample.fingerprint == at_centre.fingerprint)
            && minus.step < 0.0
            && plus.step > 0.0
    };
    let spaced =
        |(minus, plus): &Level| upper.1.step >= 1.5 * plus.step && upper.0.step <= 1.5 * minus.step;
    proper(upper) && lower.is_none_or(|lower| proper(lower) && spaced(lower))
}
