//! The engine: from a problem (point, analytic gradient, evaluator) to a [`Report`].
//!
//! In: a [`Problem`] and the [`Config`]. Out: the report. The order: refuse unusable input;
//! choose the elements; measure each; pool their estimates of f's noise; derive each tensor's
//! gradient scale from the measurements; judge each element, refining the step where the
//! verdict is not ok; then, when sampling, the random directions, and a bisection of any
//! failing direction down to the element responsible; last, the bug shapes.

use super::Config;
use super::diagnose::{Checked, diagnose};
use super::measure::{Measurement, initial_step, measure, pooled_noise, refine, smallest_step};
use super::plan::{Layout, choose_elements, direction};
use super::report::{Entry, Report, Verdict};
use super::rng::{Rng, Stream};
use super::stencil::{Estimate, Line, Side};
use super::subject::{Sample, Subject};
use super::verdict::{Judge, Judged, Scale};

/// How many failing directions are bisected to find their element (each costs about
/// 2·log₂(elements) directional checks).
const LOCALISED_DIRECTIONS: usize = 3;

/// Everything the engine needs about one check.
pub(super) struct Problem<'s> {
    pub subject: &'s mut dyn Subject,
    /// The point, element by element.
    pub centre: Vec<f64>,
    /// The analytic gradient (or vector-Jacobian product), element by element.
    pub analytic: Vec<f64>,
    pub layout: Layout,
    /// `ε_f`: the larger of the parameters' and the output's machine epsilon.
    pub eps: f64,
    /// The output cotangent, when it was drawn at random (shown in the report).
    pub cotangent: Option<Vec<f64>>,
}

/// The state shared by the steps of one check.
struct Engine<'p, 's> {
    problem: &'p mut Problem<'s>,
    at_centre: Sample,
    judge: Judge,
    /// The relative step: ε^(1/3), or the configured one.
    factor: f64,
    /// Per tensor: its gradient scale (see [`tensor_scales`]).
    scales: Vec<Scale>,
    /// The noise level σ of f's values near the point, pooled over the elements' stencils.
    noise: f64,
    /// The same, pooled over the random directions' stencils (at least `noise`): moving every
    /// element at once changes every output, so the values carry more noise.
    direction_noise: f64,
}

pub(super) fn run(mut problem: Problem<'_>, config: &Config) -> Report {
    let count = problem.centre.len();
    let mut report = Report::new(config.seed, count);
    report.cotangent = problem.cotangent.take();

    // Unusable input gets a problem line, never a panic and never a pass.
    if let Some(problem) = config_problem(config) {
        report.problems.push(problem);
        return report;
    }
    if let Some(i) = problem.centre.iter().position(|x| !x.is_finite()) {
        let name = problem.layout.element_name(i);
        report
            .problems
            .push(format!("{name} is {}: the check needs a finite point", problem.centre[i]));
        return report;
    }
    let at_centre = problem.subject.evaluate();
    if !at_centre.is_finite() {
        report.problems.push(format!(
            "f is {} at the point itself: the check needs a finite value there",
            at_centre.value
        ));
        return report;
    }

    let judge = Judge { tolerance: config.tolerance, eps: problem.eps };
    let factor = config.step.unwrap_or_else(|| problem.eps.cbrt());
    let mut engine = Engine {
        problem: &mut problem,
        at_centre,
        judge,
        factor,
        scales: Vec::new(),
        noise: 0.0,
        direction_noise: 0.0,
    };

    // Elements: every one within the budget, else a stratified sample. An element whose
    // analytic value is NaN or ∞ is always checked, so that it cannot hide outside the sample.
    let mut rng = Rng::new(config.seed, Stream::Sample);
    let mut chosen = choose_elements(&engine.problem.layout, count, config.budget, &mut rng);
    chosen.extend(
        engine.problem.analytic.iter().enumerate().filter(|(_, g)| !g.is_finite()).map(|(i, _)| i),
    );
    chosen.sort_unstable();
    chosen.dedup();

    // Measure every chosen element first: the noise of f at the point is pooled over all of
    // their stencils before any of them is judged.
    let measured: Vec<(usize, Measurement)> =
        chosen.iter().map(|&i| (i, engine.measure_element(i))).collect();
    engine.noise = pooled_noise(measured.iter().map(|(_, m)| m), &engine.at_centre);
    engine.scales = tensor_scales(&engine, &measured, config.tolerance);
    let mut rows = Vec::with_capacity(measured.len());
    for (i, measurement) in measured {
        rows.push(engine.judge_element(i, &measurement, &mut report));
    }

    let mut directions = Vec::new();
    // Directions, when sampling: ⟨g, d⟩ against the directional difference catches a wrong
    // element the sample missed, and a failing one is bisected down to that element.
    if count > config.budget && config.directions > 0 {
        let mut rng = Rng::new(config.seed, Stream::Directions);
        let mut measured = Vec::with_capacity(config.directions);
        for _ in 0..config.directions {
            let direction = direction(&engine.problem.centre, &engine.problem.analytic, &mut rng);
            if direction.is_empty() {
                break;
            }
            let measurement = engine.measure_line(&Line::Direction(&direction), engine.factor);
            measured.push((direction, measurement));
        }
        let pooled = pooled_noise(measured.iter().map(|(_, m)| m), &engine.at_centre);
        engine.direction_noise = pooled.max(engine.noise);
        let mut failing = Vec::new();
        for (k, (direction, measurement)) in (1..).zip(measured) {
            let judged = engine.judge_direction(&direction, &measurement);
            directions.push(Row::new(format!("direction {k}"), engine.dot(&direction), judged));
            if judged.verdict == Verdict::Fail {
                failing.push((k, direction));
            }
        }
        engine.explain(&failing, &mut rows, &mut report);
    }

    // Entries: elements in flat order (a localised one was checked last), then directions.
    rows.sort_by_key(|row| row.checked.index);
    let checked: Vec<Checked> = rows.iter().map(|row| row.checked).collect();
    report.elements_checked = rows.len();
    report.directions = directions.len();
    for row in rows.into_iter().map(|row| row.row).chain(directions) {
        report.entries.push(row.entry);
        report.bands.push(row.band);
    }
    let mut diagnoses = diagnose(&engine.problem.layout, &engine.problem.analytic, &checked);
    diagnoses.append(&mut report.diagnoses);
    report.diagnoses = diagnoses;
    report
}

/// A report row and the band it was allowed.
struct Row {
    entry: Entry,
    band: f64,
}

impl Row {
    fn new(name: String, analytic: f64, judged: Judged) -> Self {
        let Judged { verdict, shown, band } = judged;
        let entry =
            Entry { name, analytic, numeric: shown.numeric, error_bar: shown.error_bar, verdict };
        Row { entry, band }
    }
}

/// A checked element: its row, and what the diagnoses need of it.
struct ElementRow {
    row: Row,
    checked: Checked,
}

impl Engine<'_, '_> {
    fn measure_element(&mut self, i: usize) -> Measurement {
        let h = initial_step(self.factor, self.problem.centre[i]);
        self.measure_line(&Line::Element(i), h)
    }

    fn measure_line(&mut self, line: &Line, h: f64) -> Measurement {
        let problem = &mut *self.problem;
        measure(problem.subject, &problem.centre, &problem.analytic, line, &self.at_centre, h)
    }

    /// Judges a measurement against the pooled noise level `pooled`. A smooth one that is not
    /// ok gets its step refined and is judged again by the refined estimate, whose bar is
    /// checked against other steps where the first one's rests on a single comparison.
    fn judge_line(
        &mut self,
        line: &Line,
        analytic: f64,
        measurement: &Measurement,
        (pooled, scale): (f64, Scale),
    ) -> Judged {
        // The line's own ECnoise draw counts too, when it is larger: the noise of one line can
        // exceed the average (the first terms of a long sum pass through every later rounding).
        let noise = pooled.max(measurement.noise_variance(&self.at_centre).map_or(0.0, f64::sqrt));
        let judged = self.judge.measurement(analytic, measurement, (&self.at_centre, noise), scale);
        match measurement {
            Measurement::Smooth { stencil, h, .. } if judged.verdict != Verdict::Ok => {
                let problem = &mut *self.problem;
                let refined = refine(
                    problem.subject,
                    &problem.centre,
                    &problem.analytic,
                    line,
                    &self.at_centre,
                    (stencil, *h),
                    self.judge.tolerance,
                );
                refined.map_or(judged, |estimate| self.judge.smooth(analytic, estimate, scale))
            }
            _ => judged,
        }
    }

    /// Judges element `i`; a note goes to `report` when no estimate exists.
    fn judge_element(
        &mut self,
        i: usize,
        measurement: &Measurement,
        report: &mut Report,
    ) -> ElementRow {
        let analytic = self.problem.analytic[i];
        let scale = self.scales[self.problem.layout.tensor_of(i)];
        let judged = self.judge_line(&Line::Element(i), analytic, measurement, (self.noise, scale));
        let name = self.problem.layout.element_name(i);
        match measurement {
            Measurement::NonFinite => report.notes.push(format!(
                "{name}: f returned NaN or ∞ beside the point at every step tried, down to {:.1e}",
                smallest_step(initial_step(self.factor, self.problem.centre[i]))
            )),
            Measurement::Erratic => report.notes.push(format!(
                "{name}: branches changed within every stencil tried: no difference quotient is meaningful there"
            )),
            _ if !analytic.is_finite() => report.notes.push(format!("{name}: the analytic value is {analytic}")),
            _ => {}
        }
        let checked = Checked {
            index: i,
            numeric: judged.shown.numeric,
            band: judged.band,
            verdict: judged.verdict,
        };
        ElementRow { row: Row::new(name, analytic, judged), checked }
    }

    /// ⟨g, d⟩ over the direction's elements.
    fn dot(&self, direction: &[(usize, f64)]) -> f64 {
        direction.iter().map(|&(j, d)| self.problem.analytic[j] * d).sum()
    }

    /// Checks ⟨g, d⟩ against the directional difference of f along d.
    fn check_direction(&mut self, direction: &[(usize, f64)]) -> Judged {
        // d already carries each element's scale max(|xⱼ|, 1), so the step is the bare factor.
        let measurement = self.measure_line(&Line::Direction(direction), self.factor);
        self.judge_direction(direction, &measurement)
    }

    /// Judges the measurement of the directional difference along d.
    fn judge_direction(&mut self, direction: &[(usize, f64)], measurement: &Measurement) -> Judged {
        // The analytic side is a sum: its rounding is relative to Σ|dⱼ|·(|gⱼ| + Gⱼ), Gⱼ the
        // gradient scale of element j's tensor; its natural size (what "unreliable" is measured
        // against) is the root of Σ(gⱼdⱼ)², the typical size of such a sum.
        let mut rounding = 0.0;
        let mut size = 0.0;
        for &(j, d) in direction {
            let g = self.problem.analytic[j];
            rounding +=
                d.abs() * (g.abs() + self.scales[self.problem.layout.tensor_of(j)].rounding);
            size += (g * d).powi(2);
        }
        let scale = Scale { gradient: (size > 0.0).then(|| size.sqrt()), rounding };
        let line = Line::Direction(direction);
        self.judge_line(&line, self.dot(direction), measurement, (self.direction_noise, scale))
    }

    /// Accounts for the failing directions. Each is checked again without the elements already
    /// known to fail; one that still fails is bisected down to the element responsible (at
    /// most [`LOCALISED_DIRECTIONS`] of them), which is then checked and joins the known
    /// failures. What stays unexplained is said in a diagnosis.
    fn explain(
        &mut self,
        failing: &[(usize, Vec<(usize, f64)>)],
        rows: &mut Vec<ElementRow>,
        report: &mut Report,
    ) {
        let mut known = vec![false; self.problem.centre.len()];
        let mut bisected = 0;
        let mut unexplained = 0;
        for (k, direction) in failing {
            for row in rows.iter().filter(|row| row.checked.verdict == Verdict::Fail) {
                known[row.checked.index] = true;
            }
            let rest: Vec<(usize, f64)> =
                direction.iter().filter(|(j, _)| !known[*j]).copied().collect();
            let still_fails = rest.len() == direction.len()
                || self.check_direction(&rest).verdict == Verdict::Fail;
            if !still_fails {
                continue;
            }
            if bisected < LOCALISED_DIRECTIONS && !rest.is_empty() {
                bisected += 1;
                if self.localise(*k, &rest, rows, report) {
                    continue;
                }
            }
            unexplained += 1;
        }
        if unexplained == 0 && failing.len() > 1 {
            report.diagnoses.push(format!(
                "all {} failing directions are explained by the failing elements listed",
                failing.len()
            ));
        } else if unexplained > 0 {
            report.diagnoses.push(format!(
                "{unexplained} of {} failing directions are not explained by the failing elements found: elements outside the sample are wrong too",
                failing.len()
            ));
        }
    }

    /// Bisects failing direction `k` (or what is left of it): checks each half of its elements,
    /// follows a failing half, and checks the element it ends at. True when that element fails.
    fn localise(
        &mut self,
        k: usize,
        direction: &[(usize, f64)],
        rows: &mut Vec<ElementRow>,
        report: &mut Report,
    ) -> bool {
        let mut part = direction;
        while part.len() > 1 {
            let (first, second) = part.split_at(part.len() / 2);
            if self.check_direction(first).verdict == Verdict::Fail {
                part = first;
            } else if self.check_direction(second).verdict == Verdict::Fail {
                part = second;
            } else {
                report.diagnoses.push(format!(
                    "direction {k} fails, but neither half of its {} elements fails alone: the error is spread over many elements",
                    part.len()
                ));
                return false;
            }
        }
        let Some(&(i, _)) = part.first() else { return false };
        let name = self.problem.layout.element_name(i);
        report
            .diagnoses
            .push(format!("direction {k} fails; bisecting it narrows the mismatch to {name}"));
        if let Some(row) = rows.iter().find(|row| row.checked.index == i) {
            return row.checked.verdict == Verdict::Fail;
        }
        let measurement = self.measure_element(i);
        let row = self.judge_element(i, &measurement, report);
        let fails = row.checked.verdict == Verdict::Fail;
        rows.push(row);
        fails
    }
}

/// Each tensor's gradient scale G, the size of gradient a verdict must resolve.
///
/// Both sides vote: the largest |analytic| and the largest significant |numeric| (the part
/// beyond tolerance·E, so that noise does not count). When both are nonzero G is the smaller,
/// so that one wild value cannot inflate it; when one side is zero throughout (a missing
/// gradient, or a function flat at this resolution) G is the other. A tensor with no scale
/// borrows the whole gradient's; when that is zero too, analytic and numeric agree that the
/// gradient vanishes, no scale exists, and no verdict is unreliable for want of one.
fn tensor_scales(engine: &Engine, measured: &[(usize, Measurement)], tolerance: f64) -> Vec<Scale> {
    let problem = &*engine.problem;
    let (at_centre, noise) = (&engine.at_centre, engine.noise);
    let tensors = problem.layout.tensors().len();
    let mut analytic_max = vec![0.0_f64; tensors];
    let mut numeric_max = vec![0.0_f64; tensors];
    // What the numeric side cannot tell from zero, per measured element: tolerance·E.
    let mut resolution = vec![0.0_f64; problem.analytic.len()];
    for (i, measurement) in measured {
        let bar = |estimate: &Estimate| tolerance * estimate.error_bar;
        let significant = |estimate: &Estimate| (estimate.numeric.abs() - bar(estimate)).max(0.0);
        let (numeric, unresolved) = match measurement {
            Measurement::Smooth { .. } => measurement
                .smooth_estimate(at_centre, noise)
                .map_or((0.0, 0.0), |e| (significant(&e), bar(&e))),
            Measurement::Kink { stencil } => {
                let left = stencil.one_sided(at_centre, Side::Left, noise);
                let right = stencil.one_sided(at_centre, Side::Right, noise);
                (significant(&left).max(significant(&right)), bar(&left).max(bar(&right)))
            }
            Measurement::NonFinite | Measurement::Erratic => (0.0, 0.0),
        };
        if numeric.is_finite() {
            let t = problem.layout.tensor_of(*i);
            numeric_max[t] = numeric_max[t].max(numeric);
        }
        if unresolved.is_finite() {
            resolution[*i] = unresolved;
        }
    }
    // A tensor is resolved when one of its values, analytic or numeric, stands out of the
    // numeric side's resolution.
    let mut resolved = vec![false; tensors];
    for (i, g) in problem.analytic.iter().enumerate() {
        if g.is_finite() {
            let t = problem.layout.tensor_of(i);
            analytic_max[t] = analytic_max[t].max(g.abs());
            resolved[t] |= numeric_max[t] > 0.0 || g.abs() > resolution[i];
        }
    }
    let vote = |analytic: f64, numeric: f64| {
        if analytic > 0.0 && numeric > 0.0 { analytic.min(numeric) } else { analytic.max(numeric) }
    };
    let largest = |values: &[f64]| values.iter().fold(0.0_f64, |m, v| m.max(*v));
    let overall = vote(largest(&analytic_max), largest(&numeric_max));
    let any_resolved = resolved.contains(&true);
    (0..tensors)
        .map(|t| {
            // A tensor without a gradient of its own is judged against the whole gradient's
            // scale, also when its analytic values are rounding noise (1e-17 where the numeric
            // is 0 ± 1e-12) rather than exact zeros, if another tensor shows a gradient.
            let own = vote(analytic_max[t], numeric_max[t]);
            let has_own = own > 0.0 && (resolved[t] || !any_resolved);
            let gradient = if has_own { own } else { overall };
            Scale { gradient: (gradient > 0.0).then_some(gradient), rounding: gradient }
        })
        .collect()
}

fn config_problem(config: &Config) -> Option<String> {
    if !(config.tolerance.is_finite() && config.tolerance > 0.0) {
        return Some(format!("tolerance is {}: it must be a positive number", config.tolerance));
    }
    match config.step {
        Some(step) if !(step.is_finite() && step > 0.0 && step < 1.0) => {
            Some(format!("step is {step}: it must be a number between 0 and 1"))
        }
        _ => None,
    }
}
