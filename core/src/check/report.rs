//! The checker's answer: a [`Report`] of [`Entry`] rows, each with its [`Verdict`].
//!
//! In: the judged elements and directions, the input problems, the diagnoses. Out: `passed()`,
//! the rows for programs, and a table for people (`Display`): a header with the counts, the
//! elements and directions checked and the seed; the rows worth reading; the diagnoses.

use std::fmt;

/// The verdict on one element or direction.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Verdict {
    /// Analytic and numeric agree within the error bar.
    Ok,
    /// Analytic and numeric differ by more than the error bar allows, or a value is NaN/∞.
    Fail,
    /// The point sits on a kink (a non-smooth rule or a branch changes there) and the analytic
    /// value lies between the one-sided derivatives: a valid subgradient. Counts as passed.
    Kink,
    /// The error bar stayed too wide, at every step tried, to tell a right value from a wrong
    /// one. Counts as not passed: a check that cannot see is no pass.
    Unreliable,
}

impl fmt::Display for Verdict {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        // `pad` so that width and alignment flags line the table up.
        f.pad(match self {
            Verdict::Ok => "ok",
            Verdict::Fail => "FAIL",
            Verdict::Kink => "kink",
            Verdict::Unreliable => "unreliable",
        })
    }
}

/// One checked element (`w[3,2]`) or random direction (`direction 3`).
#[derive(Clone, Debug, PartialEq)]
pub struct Entry {
    /// The element's name from [`Params::element_name`](crate::Params::element_name) (`x[1]`,
    /// `first.w[0,1]`), or `direction k` for the k-th random direction.
    pub name: String,
    /// The derivative the user's gradient (or vector-Jacobian product) claims: the element of
    /// the gradient, or ⟨gradient, d⟩ for a direction d.
    pub analytic: f64,
    /// The finite-difference estimate (at a kink: the one-sided derivative nearer the analytic
    /// value; NaN when `f` returned NaN or ∞ at every step tried).
    pub numeric: f64,
    /// The estimate's error bar E (see [`check`](crate::check) for how it is computed).
    pub error_bar: f64,
    /// What the comparison concluded.
    pub verdict: Verdict,
}

/// How many failing rows the table prints before "… and N more".
const SHOWN_FAILURES: usize = 20;
/// How many of the worst passing rows the table prints for a report that passed.
const SHOWN_WORST: usize = 3;

/// The result of a gradient check: every checked element and direction with its verdict.
///
/// [`passed`](Report::passed) is what a test asserts; printing the report (`{report}`) gives a
/// table naming each failing element, its analytic and numeric values and error bar, and the
/// bug shapes recognised (see [`diagnoses`](Report::diagnoses)).
///
/// # Example
/// ```
/// use backprop::check;
///
/// // d/dx₁ sin(x₁) is cos(x₁), not −cos(x₁).
/// let report = check::gradient(|p: &[f64]| p[0] * p[0] + p[1].sin(), &[1.5, 0.2], &[3.0, -0.2_f64.cos()]);
/// assert!(!report.passed());
/// let failing: Vec<&str> = report.failures().map(|entry| entry.name.as_str()).collect();
/// assert_eq!(failing, ["x[1]"]);
/// assert!(format!("{report}").contains("x[1]"));
/// ```
#[derive(Clone, Debug)]
pub struct Report {
    pub(super) entries: Vec<Entry>,
    /// For each entry, the largest |analytic − numeric| it was allowed.
    pub(super) bands: Vec<f64>,
    pub(super) problems: Vec<String>,
    pub(super) diagnoses: Vec<String>,
    pub(super) notes: Vec<String>,
    pub(super) seed: u64,
    pub(super) elements_checked: usize,
    pub(super) elements_total: usize,
    pub(super) directions: usize,
    /// The output cotangent, when it was drawn at random (vector outputs).
    pub(super) cotangent: Option<Vec<f64>>,
}

impl Report {
    pub(super) fn new(seed: u64, elements_total: usize) -> Self {
        Report {
            entries: Vec::new(),
            bands: Vec::new(),
            problems: Vec::new(),
            diagnoses: Vec::new(),
            notes: Vec::new(),
            seed,
            elements_checked: 0,
            elements_total,
            directions: 0,
            cotangent: None,
        }
    }

    /// A report that checked nothing because the input was unusable.
    pub(super) fn problem(seed: u64, elements_total: usize, problem: String) -> Self {
        let mut report = Report::new(seed, elements_total);
        report.problems.push(problem);
        report
    }

    /// True iff no entry is [`Verdict::Fail`] or [`Verdict::Unreliable`] and the input had no
    /// problem (mismatched lengths or shapes, a NaN in the point, a bad [`Config`]).
    ///
    /// [`Config`]: crate::check::Config
    #[must_use]
    pub fn passed(&self) -> bool {
        self.problems.is_empty() && self.failures().next().is_none()
    }

    /// Every checked element and direction, elements first in flat order.
    #[must_use]
    pub fn entries(&self) -> &[Entry] {
        &self.entries
    }

    /// The entries that did not pass: [`Verdict::Fail`] and [`Verdict::Unreliable`].
    pub fn failures(&self) -> impl Iterator<Item = &Entry> {
        self.entries
            .iter()
            .filter(|entry| matches!(entry.verdict, Verdict::Fail | Verdict::Unreliable))
    }

    /// The `n` entries whose |analytic − numeric| is largest relative to what their error bar
    /// allowed, worst first. Useful to see how close a passing check came to failing.
    #[must_use]
    pub fn worst(&self, n: usize) -> Vec<&Entry> {
        let mut order: Vec<usize> = (0..self.entries.len()).collect();
        order.sort_by(|&a, &b| self.severity(b).total_cmp(&self.severity(a)));
        order.into_iter().take(n).map(|k| &self.entries[k]).collect()
    }

    /// Bug shapes recognised in the failures, one line each, such as
    /// `w: analytic ≈ 0.25 × numeric everywhere: mean instead of sum? (ratio 1/4)`.
    ///
    /// A shape is claimed for a tensor only when it fits every checked failing element of that
    /// tensor; a failing random direction narrowed down to one element is reported here too.
    #[must_use]
    pub fn diagnoses(&self) -> &[String] {
        &self.diagnoses
    }

    /// Why the check could not run, if it could not: mismatched lengths or shapes, a NaN in the
    /// point or at it, a bad [`Config`](crate::check::Config). Empty for a usable input.
    #[must_use]
    pub fn problems(&self) -> &[String] {
        &self.problems
    }

    /// The seed the random choices (output cotangent, sampled elements, directions) came from.
    /// Pass it to [`Config::with_seed`](crate::check::Config::with_seed) to reproduce them.
    #[must_use]
    pub fn seed(&self) -> u64 {
        self.seed
    }

    /// |analytic − numeric| as a multiple of the band allowed; NaN rows count as the worst.
    fn severity(&self, k: usize) -> f64 {
        let entry = &self.entries[k];
        let difference = (entry.analytic - entry.numeric).abs();
        if difference == 0.0 {
            return 0.0;
        }
        let ratio = difference / self.bands[k];
        if ratio.is_nan() { f64::INFINITY } else { ratio }
    }

    fn count(&self, verdict: Verdict) -> usize {
        self.entries.iter().filter(|entry| entry.verdict == verdict).count()
    }

    /// The rows worth printing: failures worst first (elements before directions, since an
    /// element is what one can go and fix), then kinks; for a report that passed, also its few
    /// worst ok rows.
    fn shown_rows(&self) -> (Vec<usize>, usize) {
        let first_direction = self.entries.len() - self.directions;
        let rank = |k: usize| {
            let verdict = match self.entries[k].verdict {
                Verdict::Fail => 0,
                Verdict::Unreliable => 1,
                Verdict::Kink => 2,
                Verdict::Ok => 3,
            };
            (verdict, k >= first_direction)
        };
        let mut order: Vec<usize> = (0..self.entries.len()).collect();
        order.sort_by(|&a, &b| {
            rank(a).cmp(&rank(b)).then(self.severity(b).total_cmp(&self.severity(a)))
        });
        let notable = order.iter().take_while(|&&k| self.entries[k].verdict != Verdict::Ok).count();
        let shown_notable = notable.min(SHOWN_FAILURES);
        let mut rows: Vec<usize> = order[..shown_notable].to_vec();
        if self.passed() {
            rows.extend(order[notable..].iter().take(SHOWN_WORST));
        }
        (rows, notable - shown_notable)
    }
}

impl fmt::Display for Report {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let status = if self.passed() { "passed" } else { "FAILED" };
        writeln!(
            f,
            "gradient check {status}: {} FAIL, {} unreliable, {} kink, {} ok; {} of {} elements checked, {} random directions, seed {}",
            self.count(Verdict::Fail),
            self.count(Verdict::Unreliable),
            self.count(Verdict::Kink),
            self.count(Verdict::Ok),
            self.elements_checked,
            self.elements_total,
            self.directions,
            self.seed,
        )?;
        for problem in &self.problems {
            writeln!(f, "problem: {problem}")?;
        }
        if let Some(cotangent) = &self.cotangent {
            write!(f, "output cotangent (random normal, from the seed):")?;
            for value in cotangent.iter().take(6) {
                write!(f, " {value:.4}")?;
            }
            writeln!(f, "{}", if cotangent.len() > 6 { " …" } else { "" })?;
        }
        let (rows, more) = self.shown_rows();
        if !rows.is_empty() {
            let width = rows
                .iter()
                .map(|&k| self.entries[k].name.chars().count())
                .max()
                .unwrap_or(0)
                .max(7);
            writeln!(
                f,
                "  {:<width$}  {:>14}  {:>14}  {:>12}  verdict",
                "element", "analytic", "numeric", "error bar"
            )?;
            for &k in &rows {
                let entry = &self.entries[k];
                writeln!(
                    f,
                    "  {:<width$}  {:>14.6e}  {:>14.6e}  {:>12.2e}  {}",
                    entry.name, entry.analytic, entry.numeric, entry.error_bar, entry.verdict
                )?;
            }
            if more > 0 {
                writeln!(f, "  … and {more} more")?;
            }
        }
        for line in self.diagnoses.iter().chain(&self.notes) {
            writeln!(f, "{line}")?;
        }
        Ok(())
    }
}
