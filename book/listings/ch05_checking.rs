//! Chapter 5: checking gradients with finite differences.
//!
//! In: functions whose derivatives we know, and hand-written gradients with planted bugs. Out:
//! the error of finite differences against the step size (a table and an SVG plot), and the
//! checker's reports on right and wrong gradients.

use std::fmt::Write as _;

use backprop::prelude::*;
use plotters::prelude::*;

// ANCHOR: differences
/// The forward difference (f(x + h) − f(x)) / h: truncation error ≈ h·|f''|/2.
pub fn forward_difference(f: impl Fn(f64) -> f64, x: f64, h: f64) -> f64 {
    (f(x + h) - f(x)) / h
}

/// The central difference (f(x + h) − f(x − h)) / 2h: truncation error ≈ h²·|f'''|/6.
pub fn central_difference(f: impl Fn(f64) -> f64, x: f64, h: f64) -> f64 {
    (f(x + h) - f(x - h)) / (2.0 * h)
}
// ANCHOR_END: differences

/// The same central difference computed in `f32` throughout.
pub fn central_difference_f32(f: impl Fn(f32) -> f32, x: f32, h: f32) -> f32 {
    (f(x + h) - f(x - h)) / (2.0 * h)
}

/// One row of the error study: the step and the three errors against the exact cos(1).
#[derive(Clone, Copy, Debug)]
pub struct ErrorAtStep {
    /// The step h.
    pub step: f64,
    /// |forward difference − f'(x)| in f64.
    pub forward: f64,
    /// |central difference − f'(x)| in f64.
    pub central: f64,
    /// |central difference − f'(x)| in f32 (steps below f32's resolution give an error of 1).
    pub central_f32: f64,
}

/// Which error of a row a plotted line shows.
type Metric = fn(&ErrorAtStep) -> f64;

/// Errors of the differences of sin at x = 1 for steps 10⁰ down to 10⁻¹⁶, four per decade.
pub fn error_study() -> Vec<ErrorAtStep> {
    let exact = 1.0_f64.cos();
    (0..=64)
        .map(|k| {
            let step = 10f64.powf(-f64::from(k) / 4.0);
            #[allow(
                clippy::cast_possible_truncation,
                reason = "the f32 study wants the f32 nearest to the step"
            )]
            let step_f32 = step as f32;
            let f32_estimate = f64::from(central_difference_f32(f32::sin, 1.0, step_f32));
            ErrorAtStep {
                step,
                forward: (forward_difference(f64::sin, 1.0, step) - exact).abs(),
                central: (central_difference(f64::sin, 1.0, step) - exact).abs(),
                central_f32: (f32_estimate - exact).abs().clamp(1e-17, 1.0),
            }
        })
        .collect()
}

/// Every fourth row of the study (one per decade), as the chapter prints it.
pub fn error_table() -> String {
    let mut out = String::from("step h    forward f64  central f64  central f32\n");
    for row in error_study().iter().step_by(4) {
        let _ = writeln!(
            out,
            "{:<8.0e}  {:>11.2e}  {:>11.2e}  {:>11.2e}",
            row.step, row.forward, row.central, row.central_f32
        );
    }
    out
}

/// The plot of the error study: log error against log step, one line per method.
pub fn error_plot() -> Result<String, Box<dyn std::error::Error>> {
    let rows = error_study();
    let mut svg = String::new();
    {
        let root = SVGBackend::with_string(&mut svg, (720, 480)).into_drawing_area();
        root.fill(&WHITE)?;
        let mut chart = ChartBuilder::on(&root)
            .caption("error of d/dx sin x at x = 1 against the step h", ("sans-serif", 20))
            .margin(12)
            .x_label_area_size(45)
            .y_label_area_size(70)
            .build_cartesian_2d((1e-16f64..1.0).log_scale(), (1e-17f64..1.0).log_scale())?;
        chart
            .configure_mesh()
            .x_desc("step h")
            .y_desc("|estimate − cos 1|")
            .x_label_formatter(&|h| format!("{h:.0e}"))
            .y_label_formatter(&|e| format!("{e:.0e}"))
            .draw()?;
        let series: [(&str, RGBColor, Metric); 3] = [
            ("forward difference, f64", RGBColor(31, 78, 156), |r| r.forward),
            ("central difference, f64", RGBColor(176, 58, 46), |r| r.central),
            ("central difference, f32", RGBColor(30, 132, 73), |r| r.central_f32),
        ];
        for (label, color, error) in series {
            chart
                .draw_series(LineSeries::new(
                    rows.iter().map(|r| (r.step, error(r).max(1e-17))),
                    color.stroke_width(2),
                ))?
                .label(label)
                .legend(move |(x, y)| {
                    PathElement::new(vec![(x, y), (x + 20, y)], color.stroke_width(2))
                });
        }
        chart
            .configure_series_labels()
            .background_style(WHITE)
            .border_style(BLACK)
            .position(SeriesLabelPosition::LowerRight)
            .draw()?;
        root.present()?;
    }
    Ok(svg)
}

// ANCHOR: layer
/// A linear layer's parameters; `#[derive(Params)]` lets the checker name each element.
#[derive(Clone, Debug, Params)]
pub struct Layer {
    /// Weights, outputs × inputs.
    pub w: DMatrix<f64>,
    /// Bias, one per output.
    pub b: DVector<f64>,
}

/// L = mean over all entries of (W·X + b − Y)².
pub fn layer_loss(p: &Layer, x: &DMatrix<f64>, y: &DMatrix<f64>) -> f64 {
    mse(&add_bias(&(&p.w * x), &p.b), y)
}

/// The gradient by hand: dZ = 2(Z − Y)/N, dW = dZ·Xᵀ, db = the row sums of dZ.
pub fn layer_gradient(p: &Layer, x: &DMatrix<f64>, y: &DMatrix<f64>) -> Layer {
    let z = add_bias(&(&p.w * x), &p.b);
    let d_z = (z - y) * (2.0 / y.len() as f64);
    Layer { w: &d_z * x.transpose(), b: d_z.column_sum() }
}
// ANCHOR_END: layer

// ANCHOR: planted
/// The same gradient with two planted bugs: dW transposed (X·dZᵀ instead of dZ·Xᵀ, the same
/// shape because W is square) and the factor 2 of the square forgotten in db.
pub fn buggy_layer_gradient(p: &Layer, x: &DMatrix<f64>, y: &DMatrix<f64>) -> Layer {
    let z = add_bias(&(&p.w * x), &p.b);
    let d_z = (z - y) * (2.0 / y.len() as f64);
    Layer { w: x * d_z.transpose(), b: d_z.column_sum() / 2.0 }
}

/// Checks a hand-written gradient of [`layer_loss`]; `vjp` scales it by the output's adjoint.
pub fn check_layer(
    gradient: fn(&Layer, &DMatrix<f64>, &DMatrix<f64>) -> Layer,
) -> backprop::check::Report {
    let (p, x, y) = layer_point();
    backprop::check::params(
        |p: &Layer| layer_loss(p, &x, &y),
        &p,
        |d_loss: &f64| {
            let mut g = gradient(&p, &x, &y);
            g.w *= *d_loss;
            g.b *= *d_loss;
            g
        },
    )
}
// ANCHOR_END: planted

/// A 3 × 3 layer on five samples, with no symmetry that could hide a transposition.
pub fn layer_point() -> (Layer, DMatrix<f64>, DMatrix<f64>) {
    let w = DMatrix::from_fn(3, 3, |i, j| ((3 * i + j) as f64 * 1.3).sin());
    let b = DVector::from_fn(3, |i, _| 0.2 * i as f64 - 0.1);
    let x = DMatrix::from_fn(3, 5, |i, j| ((i + 4 * j) as f64 * 0.77).cos());
    let y = DMatrix::from_fn(3, 5, |i, j| ((2 * i + j) as f64 * 0.4).sin());
    (Layer { w, b }, x, y)
}

// ANCHOR: precision
/// The neuron of chapter 4 in `f32`: the checker picks a larger step for f32 and its error bars
/// widen accordingly, so a right f32 gradient passes without any tolerance to tune.
#[differentiable(wrt(w1, w2, b))]
pub fn neuron_f32(w1: f32, w2: f32, b: f32, x1: f32, x2: f32, y: f32) -> f32 {
    let z = w1 * x1 + w2 * x2 + b;
    let a = 1.0 / (1.0 + (-z).exp());
    let e = a - y;
    e * e
}
// ANCHOR_END: precision

// ANCHOR: exercise_optimal_step
/// Exercise 1: the step that minimises truncation + rounding error. For the forward difference
/// the error is about h·M/2 + 2ε|f|/h, smallest at h = 2·√(ε|f|/M); for the central difference
/// about h²·M₃/6 + ε|f|/h, smallest at h = (3ε|f|/M₃)^(1/3). For sin at 1 with M, M₃ ≈ 1 these
/// are ≈ 1.5·10⁻⁸ and ≈ 8·10⁻⁶.
pub fn optimal_steps() -> (f64, f64) {
    let (value, curvature) = (1.0_f64.sin(), 1.0_f64.sin().abs());
    let third = 1.0_f64.cos().abs();
    let forward = 2.0 * (f64::EPSILON * value / curvature).sqrt();
    let central = (3.0 * f64::EPSILON * value / third).cbrt();
    (forward, central)
}
// ANCHOR_END: exercise_optimal_step

// ANCHOR: exercise_sign
/// Exercise 2: a sign error in one rule. The checker's report names every element of `w` and
/// says the analytic side is the numeric one negated.
pub fn sign_flipped_layer_gradient(p: &Layer, x: &DMatrix<f64>, y: &DMatrix<f64>) -> Layer {
    let z = add_bias(&(&p.w * x), &p.b);
    let d_z = (y - z) * (2.0 / y.len() as f64);
    Layer { w: &d_z * x.transpose(), b: -d_z.column_sum() }
}
// ANCHOR_END: exercise_sign
