//! Bug shapes: what the failures of one tensor have in common.
//!
//! In: the checked elements with their numeric values and bands, and the whole analytic
//! gradient. Out: one line per tensor whose failures share a shape: a zero gradient where the
//! numeric one is not, a constant ratio (mean instead of sum, a factor 2, a flipped sign), or a
//! transposed matrix. A shape is claimed only when every checked element of the tensor fits it
//! within its band, so a single wrong element never reads as "everywhere".

use super::plan::Layout;
use super::report::Verdict;
use crate::Shape;

/// One checked element, as the diagnoses see it.
#[derive(Clone, Copy, Debug)]
pub(super) struct Checked {
    pub index: usize,
    pub numeric: f64,
    pub band: f64,
    pub verdict: Verdict,
}

/// Ratios snap to 1/k or k for integers k up to this: batch sizes and tensor lengths.
const LARGEST_COUNT: f64 = 65_536.0;

/// The diagnosis lines for every tensor with failures.
pub(super) fn diagnose(layout: &Layout, analytic: &[f64], checked: &[Checked]) -> Vec<String> {
    let mut lines = Vec::new();
    for (t, tensor) in layout.tensors().iter().enumerate() {
        let rows: Vec<Checked> = checked
            .iter()
            .filter(|row| layout.tensor_of(row.index) == t && !tensor.shape.is_empty())
            .copied()
            .collect();
        if !rows.iter().any(|row| row.verdict == Verdict::Fail) {
            continue;
        }
        let name = layout.tensor_name(t);
        let shape = zero_shape(layout, analytic, &rows)
            .or_else(|| ratio_shape(analytic, &rows))
            .or_else(|| transposed_shape(tensor.shape, tensor.offset, analytic, &rows));
        if let Some(shape) = shape {
            lines.push(format!("{name}: {shape}"));
        }
    }
    lines
}

/// Every failing element has an analytic value of exactly zero and a numeric one clearly not.
fn zero_shape(layout: &Layout, analytic: &[f64], rows: &[Checked]) -> Option<String> {
    let failing: Vec<&Checked> = rows.iter().filter(|row| row.verdict == Verdict::Fail).collect();
    let fits = failing.iter().all(|row| analytic[row.index] == 0.0 && row.numeric.abs() > row.band);
    let example = failing.first()?;
    fits.then(|| {
        format!(
            "analytic is 0 where numeric is not ({} of {} checked elements, e.g. {} where numeric is {:.3e}): missing contribution (a fan-out not summed, or a term dropped)",
            failing.len(),
            rows.len(),
            layout.element_name(example.index),
            example.numeric
        )
    })
}

/// analytic ≈ r·numeric for one r across the tensor, with at least two failures to show it.
fn ratio_shape(analytic: &[f64], rows: &[Checked]) -> Option<String> {
    let mut ratios: Vec<f64> = rows
        .iter()
        .filter(|row| row.verdict == Verdict::Fail && row.numeric.abs() > row.band)
        .map(|row| analytic[row.index] / row.numeric)
        .collect();
    let failing = rows.iter().filter(|row| row.verdict == Verdict::Fail).count();
    if ratios.len() < 2 || ratios.len() < failing {
        return None;
    }
    ratios.sort_by(f64::total_cmp);
    let median = ratios[ratios.len() / 2];

    // A ratio fits a row when a − r·n is within the row's band scaled by r: the numeric value
    // is uncertain by the band, and r multiplies that uncertainty.
    let fits = |r: f64| {
        rows.iter()
            .all(|row| (analytic[row.index] - r * row.numeric).abs() <= r.abs().max(1.0) * row.band)
    };
    let round = |v: f64| v.round().clamp(1.0, LARGEST_COUNT);
    let sign = median.signum();
    let whole = sign * round(median.abs());
    let fraction = sign / round(1.0 / median.abs());
    let (r, meaning) = if fits(whole) {
        (whole, meaning_of(sign, whole.abs(), false))
    } else if fits(fraction) {
        (fraction, meaning_of(sign, (1.0 / fraction).abs(), true))
    } else if fits(median) {
        (median, "a missing or extra constant factor?".to_owned())
    } else {
        return None;
    };
    Some(format!("analytic ≈ {} × numeric everywhere: {meaning}", short(r)))
}

/// What a ratio of ±k (or ±1/k when `inverse`) usually means.
fn meaning_of(sign: f64, k: f64, inverse: bool) -> String {
    let ratio = if inverse { format!("1/{k}") } else { format!("{k}") };
    match (sign < 0.0, k) {
        (true, 1.0) => "sign flipped".to_owned(),
        (true, _) => format!("sign flipped and scaled (ratio −{ratio})"),
        (false, 2.0) => format!("factor 2 (a missing or extra ½?) (ratio {ratio})"),
        (false, _) if inverse => format!("mean instead of sum? (ratio {ratio})"),
        (false, _) => format!("sum instead of mean? (ratio {ratio})"),
    }
}

/// The analytic matrix holds the numeric one transposed: for a square matrix `a[i,j] ≈ n[j,i]`;
/// for any shape, a's storage read as the transpose's (what building the gradient from the
/// transpose's elements gives).
fn transposed_shape(
    shape: Shape,
    offset: usize,
    analytic: &[f64],
    rows: &[Checked],
) -> Option<String> {
    let Shape::Matrix { rows: height, cols: width } = shape else {
        return None;
    };
    let failing = rows.iter().filter(|row| row.verdict == Verdict::Fail).count();
    if height < 2 || width < 2 || failing < 2 {
        return None;
    }
    // Element (i, j) of n is element k = i·width + j of nᵀ's column-major storage; a holds that
    // storage when a[k] = n[i,j].
    let partner = |index: usize| {
        let local = index - offset;
        offset + (local % height) * width + local / height
    };
    let fits =
        rows.iter().all(|row| (analytic[partner(row.index)] - row.numeric).abs() <= row.band);
    fits.then(|| {
        if height == width {
            "analytic[i,j] ≈ numeric[j,i]: transposed?".to_owned()
        } else {
            "analytic holds numeric's transpose, read as this shape: transposed?".to_owned()
        }
    })
}

/// A ratio in at most four significant digits, without trailing zeros: 0.25, −1, 0.3333.
fn short(r: f64) -> String {
    let text = format!("{r:.4}");
    let text = text.trim_end_matches('0').trim_end_matches('.');
    text.replace('-', "−")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::Tensor;

    fn layout(shape: Shape) -> Layout {
        Layout::new(vec![Tensor { name: "w".into(), offset: 0, shape }], shape.len())
    }

    /// Rows for numeric values `numeric`, failing where `analytic` differs.
    fn rows(analytic: &[f64], numeric: &[f64]) -> Vec<Checked> {
        numeric
            .iter()
            .enumerate()
            .map(|(index, &n)| {
                let band = 1e-9;
                let verdict =
                    if (analytic[index] - n).abs() > band { Verdict::Fail } else { Verdict::Ok };
                Checked { index, numeric: n, band, verdict }
            })
            .collect()
    }

    #[test]
    fn shapes_are_named() {
        let numeric = [1.0, -2.0, 3.0, 0.5];
        let vector = layout(Shape::Vector(4));
        let scaled: Vec<f64> = numeric.iter().map(|n| n / 4.0).collect();
        let lines = diagnose(&vector, &scaled, &rows(&scaled, &numeric));
        assert_eq!(
            lines,
            ["w: analytic ≈ 0.25 × numeric everywhere: mean instead of sum? (ratio 1/4)"]
        );

        let negated: Vec<f64> = numeric.iter().map(|n| -n).collect();
        let lines = diagnose(&vector, &negated, &rows(&negated, &numeric));
        assert_eq!(lines, ["w: analytic ≈ −1 × numeric everywhere: sign flipped"]);

        let doubled: Vec<f64> = numeric.iter().map(|n| 2.0 * n).collect();
        assert!(diagnose(&vector, &doubled, &rows(&doubled, &numeric))[0].contains("factor 2"));

        let zero = [0.0; 4];
        assert!(
            diagnose(&vector, &zero, &rows(&zero, &numeric))[0].contains("missing contribution")
        );

        let square = layout(Shape::Matrix { rows: 2, cols: 2 });
        let transposed = [1.0, 3.0, -2.0, 0.5];
        let lines = diagnose(&square, &transposed, &rows(&transposed, &numeric));
        assert_eq!(lines, ["w: analytic[i,j] ≈ numeric[j,i]: transposed?"]);
    }

    #[test]
    fn one_wrong_element_is_no_shape() {
        let numeric = [1.0, -2.0, 3.0, 0.5];
        let analytic = [1.0, -2.0, 3.3, 0.5];
        assert!(
            diagnose(&layout(Shape::Vector(4)), &analytic, &rows(&analytic, &numeric)).is_empty()
        );
    }
}
