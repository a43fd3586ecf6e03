//! The finite-difference checker, tested against functions whose gradients are known exactly.
//!
//! Each test pairs a right gradient (must pass) with a wrong one (must fail, naming the element):
//! classic test functions, badly scaled and f32 functions, kinks, vector outputs, large
//! parameter counts, bug shapes, and bad input. `cargo test --test checker -- --nocapture`
//! prints the measured false-failure and detection rates.

use backprop::check::{self, Config, Verdict, trace};
use backprop::nalgebra::{DMatrix, DVector};

/// A small deterministic generator for test points (`SplitMix64`, Box–Muller).
struct Points(u64);

impl Points {
    fn next(&mut self) -> f64 {
        self.0 = self.0.wrapping_add(0x9e37_79b9_7f4a_7c15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
        ((z ^ (z >> 31)) >> 11) as f64 / (1_u64 << 53) as f64
    }

    fn normal(&mut self) -> f64 {
        let radius = (-2.0 * (1.0 - self.next()).ln()).sqrt();
        radius * (std::f64::consts::TAU * self.next()).cos()
    }

    fn vector(&mut self, n: usize, spread: f64) -> Vec<f64> {
        (0..n).map(|_| spread * self.normal()).collect()
    }
}

fn failing_names(report: &check::Report) -> Vec<String> {
    report.failures().map(|entry| entry.name.clone()).collect()
}

// ---------------------------------------------------------------------------------------------
// Classic functions

fn rosenbrock(x: &[f64]) -> f64 {
    x.windows(2).map(|p| 100.0 * (p[1] - p[0] * p[0]).powi(2) + (1.0 - p[0]).powi(2)).sum()
}

fn rosenbrock_gradient(x: &[f64]) -> Vec<f64> {
    let mut g = vec![0.0; x.len()];
    for i in 0..x.len() - 1 {
        let inner = x[i + 1] - x[i] * x[i];
        g[i] += -400.0 * x[i] * inner - 2.0 * (1.0 - x[i]);
        g[i + 1] += 200.0 * inner;
    }
    g
}

#[test]
fn rosenbrock_passes_with_its_gradient_and_names_a_wrong_element() {
    // (point, the relative error that must be caught in every element)
    let cases: [(&[f64], f64); 5] = [
        (&[-1.2, 1.0], 1e-4),
        (&[0.5, -0.3, 2.0], 1e-4),
        (&[1.5, 2.2, -0.7, 0.1, 3.0], 1e-4),
        (&[1e-3, -2.5, 0.0, 1.0], 1e-4),
        // f ≈ 1e10 here, almost all of it from x[1] and x[2]: rounding that large leaves
        // ∂f/∂x[0] ≈ 18 known to ±0.5 only, and the error bar says so.
        (&[10.0, 100.0, -3.0], 0.1),
    ];
    for (x, error) in cases {
        let right = rosenbrock_gradient(x);
        let report = check::gradient(rosenbrock, x, &right);
        assert!(report.passed(), "{report}");
        for k in 0..x.len() {
            let mut wrong = right.clone();
            wrong[k] = if wrong[k] == 0.0 { error } else { wrong[k] * (1.0 + error) };
            let report = check::gradient(rosenbrock, x, &wrong);
            assert_eq!(failing_names(&report), [format!("x[{k}]")], "{report}");
        }
    }
}

/// log Σ exp(xᵢ), computed stably by shifting by the largest input.
fn logsumexp(x: &[f64]) -> f64 {
    let top = x.iter().copied().fold(f64::NEG_INFINITY, f64::max);
    top + x.iter().map(|v| (v - top).exp()).sum::<f64>().ln()
}

fn softmax(x: &[f64]) -> Vec<f64> {
    let total = logsumexp(x);
    x.iter().map(|v| (v - total).exp()).collect()
}

#[test]
fn logsumexp_passes_even_at_large_inputs() {
    let points: [&[f64]; 4] = [
        &[0.1, -0.4, 2.0],
        &[1000.0, -1000.0, 999.0],
        &[-1000.0, -1001.5, -999.2, -1000.0],
        &[50.0; 6],
    ];
    for x in points {
        let report = check::gradient(logsumexp, x, &softmax(x));
        assert!(report.passed(), "{report}");
        let mut wrong = softmax(x);
        wrong[0] *= 1.0 + 1e-4;
        assert!(!check::gradient(logsumexp, x, &wrong).passed());
    }
}

// ---------------------------------------------------------------------------------------------
// Scaling and precision

/// Inputs near 1e4, gradients near 1e-9: a fixed absolute tolerance would pass anything here.
fn badly_scaled(x: &[f64]) -> f64 {
    let quadratic: f64 = x.iter().map(|v| v * v / 2.0).sum::<f64>()
        + 0.1 * x.windows(2).map(|p| p[0] * p[1]).sum::<f64>();
    1e-13 * quadratic + 1e-5 * x.iter().map(|v| (v / 1e4).cos()).sum::<f64>()
}

fn badly_scaled_gradient(x: &[f64]) -> Vec<f64> {
    (0..x.len())
        .map(|i| {
            let neighbours =
                if i > 0 { x[i - 1] } else { 0.0 } + x.get(i + 1).copied().unwrap_or(0.0);
            1e-13 * (x[i] + 0.1 * neighbours) - 1e-9 * (x[i] / 1e4).sin()
        })
        .collect()
}

#[test]
fn badly_scaled_gradients_are_judged_by_their_own_scale() {
    let x = [1.2e4, -0.8e4, 0.95e4, 1.5e4];
    let right = badly_scaled_gradient(&x);
    assert!(right.iter().all(|g| g.abs() > 1e-10 && g.abs() < 1e-8), "{right:?}");
    let report = check::gradient(badly_scaled, &x, &right);
    assert!(report.passed(), "{report}");
    for k in 0..x.len() {
        let mut wrong = right.clone();
        wrong[k] *= 1.01;
        let report = check::gradient(badly_scaled, &x, &wrong);
        assert_eq!(failing_names(&report), [format!("x[{k}]")], "{report}");
    }
}

/// A smooth, well-conditioned function: ×(1 + 1e-4) and even ×(1 + 1e-6) errors are caught.
/// torch's `gradcheck` (rtol 1e-3) and JAX's `check_grads` (rtol 1e-2 at order 1) would pass
/// both.
#[test]
fn f64_catches_a_one_in_a_million_error() {
    for relative in [1e-4, 1e-6] {
        let (caught, tried) = f64_detection(relative);
        println!("f64: a ×(1+{relative:e}) error caught in {caught} of {tried} elements");
        assert_eq!(caught, tried);
    }
}

fn f64_detection(relative: f64) -> (usize, usize) {
    let f = |x: &[f64]| x.iter().map(|v| (0.3 * v).exp() * v.sin()).sum::<f64>() + x[0] * x[1];
    let mut points = Points(11);
    let mut caught = 0;
    let mut tried = 0;
    for _ in 0..50 {
        let x = points.vector(3, 1.5);
        let mut right: Vec<f64> =
            x.iter().map(|v| (0.3 * v).exp() * (0.3 * v.sin() + v.cos())).collect();
        right[0] += x[1];
        right[1] += x[0];
        assert!(check::gradient(f, &x, &right).passed());
        for k in 0..x.len() {
            if right[k].abs() < 1e-3 {
                continue;
            }
            let mut wrong = right.clone();
            wrong[k] *= 1.0 + relative;
            tried += 1;
            let report = check::gradient(f, &x, &wrong);
            caught += usize::from(failing_names(&report) == [format!("x[{k}]")]);
        }
    }
    (caught, tried)
}

/// Sums and dot products whose terms cancel round to about ε·Σ|terms|, far more than ε·|f|:
/// the error bar must measure that noise, or right gradients fail (they did, at bars of 1e-15),
/// and still be narrow enough to see a one-in-a-million error.
#[test]
fn cancelling_sums_pass_and_still_catch_one_in_a_million() {
    let sum = |v: &DVector<f64>| v.sum();
    let dot = |v: &DVector<f64>| {
        let n = v.len() / 2;
        v.rows(0, n).dot(&v.rows(n, n))
    };
    let dot_gradient = |v: &DVector<f64>| {
        let n = v.len() / 2;
        DVector::from_fn(2 * n, |i, _| v[(i + n) % (2 * n)])
    };
    let mut points = Points(99);
    let mut false_failures = 0;
    for n in [2, 3, 4, 6, 8, 25, 49] {
        for _ in 0..100 {
            let x = DVector::from_vec(points.vector(n, 1.0));
            let ones = DVector::from_element(n, 1.0);
            let report = check::params(sum, &x, |_: &f64| ones.clone());
            false_failures += usize::from(!report.passed());
            let y = DVector::from_vec(points.vector(2 * n, 1.0));
            let right = dot_gradient(&y);
            let report = check::params(dot, &y, |_: &f64| right.clone());
            false_failures += usize::from(!report.passed());

            let mut wrong = right.clone();
            let largest = right.iamax();
            wrong[largest] *= 1.0 + 1e-6;
            let report = check::params(dot, &y, |_: &f64| wrong.clone());
            assert_eq!(failing_names(&report), [format!("[{largest}]")], "{report}");
        }
    }
    assert_eq!(false_failures, 0);

    // Points where the bars were once far too narrow. At the first, f is −0.003 while its
    // running sum reaches −4.5: the values round a thousand times more than ε·|f|, and a bar of
    // 2.5e-15 failed the right gradient. At the second, every stencil's
    // rounding error is exactly linear in the step (the element and the partial sums round on
    // binary grids a few powers of two apart): the fourth differences see no noise, and D_h
    // and D_2h agree to the last bit while each is off by 2e-11.
    let w = DMatrix::from_column_slice(
        3,
        4,
        &[
            0.514_465_293_479_923_9,
            -1.810_366_338_708_777_4,
            -0.152_524_425_657_113_6,
            -0.947_236_564_703_966,
            1.647_568_043_178_635_5,
            -1.664_145_070_930_891_8,
            -2.080_440_707_302_428,
            0.449_589_474_007_839_6,
            0.757_778_645_500_790_5,
            2.341_355_914_709_611_7,
            0.206_369_221_133_111_43,
            0.734_195_906_088_860_3,
        ],
    );
    let report =
        check::params(|w: &DMatrix<f64>| w.sum(), &w, |_: &f64| DMatrix::from_element(3, 4, 1.0));
    assert!(report.passed(), "{report}");
    let x = DVector::from_vec(vec![
        -0.132_479_089_316_421_7,
        -0.616_088_038_032_610_3,
        0.250_440_077_032_217_6,
        -0.734_061_483_953_057_1,
        -1.134_380_237_811_197_8,
        2.407_790_375_264_405_6,
    ]);
    let report = check::params(sum, &x, |_: &f64| DVector::from_element(6, 1.0));
    assert!(report.passed(), "{report}");
}

/// A function computed in f32 from f32 parameters, with its gradient computed in f32.
fn f32_function(p: &DVector<f32>) -> f32 {
    let n = p.len();
    (0..n).map(|i| p[i].sin() * p[(i + 1) % n] + 0.5 * p[i] * p[i] + (-p[i] * p[i]).exp()).sum()
}

fn f32_gradient(p: &DVector<f32>) -> DVector<f32> {
    let n = p.len();
    DVector::from_fn(n, |i, _| {
        let previous = (i + n - 1) % n;
        p[i].cos() * p[(i + 1) % n] + p[previous].sin() + p[i] - 2.0 * p[i] * (-p[i] * p[i]).exp()
    })
}

/// One f32 test point: the function above at six normal(0, 1.5²) values.
fn f32_point(points: &mut Points) -> DVector<f32> {
    #[allow(clippy::cast_possible_truncation, reason = "test points are rounded to f32 on purpose")]
    DVector::from_iterator(6, points.vector(6, 1.5).into_iter().map(|v| v as f32))
}

#[test]
fn f32_has_no_false_failures_and_still_catches_one_percent() {
    let mut points = Points(2024);
    let (mut false_failures, mut checked) = (0, 0);
    // Detection of a ×1.01 error, by |gradient| relative to the point's largest: [≥ 50 %,
    // ≥ 20 %, ≥ 5 %] as (caught, elements).
    let mut detection = [(0, 0); 3];
    for point in 0..1000 {
        let p = f32_point(&mut points);
        let right = f32_gradient(&p);
        let config = Config::default().with_seed(point);
        let report = check::params_with(f32_function, &p, |_: &f32| right.clone(), &config);
        checked += report.entries().len();
        false_failures += report.failures().count();

        let largest = right.iter().fold(0.0_f32, |m, g| m.max(g.abs()));
        let wrong = right.map(|g| g * 1.01);
        let report = check::params(f32_function, &p, |_: &f32| wrong.clone());
        for (entry, g) in report.entries().iter().zip(right.iter()) {
            for (bucket, threshold) in detection.iter_mut().zip([0.5, 0.2, 0.05]) {
                if g.abs() >= threshold * largest {
                    bucket.1 += 1;
                    bucket.0 += usize::from(entry.verdict == Verdict::Fail);
                }
            }
        }
    }
    println!("f32: {false_failures} false failures in {checked} right elements at 1000 points");
    for ((caught, total), share) in detection.iter().zip(["50", "20", "5"]) {
        println!(
            "f32: ×1.01 caught in {caught} of {total} elements with |g| ≥ {share} % of the largest"
        );
    }
    assert_eq!(false_failures, 0);
    // The error bar is honest about f32: a 1 % error in a gradient much smaller than the
    // function's other ones can sit inside the rounding noise, and is then not claimed.
    assert_eq!(detection[0].0, detection[0].1);
    assert!(detection[1].0 * 100 >= detection[1].1 * 99);
}

/// A small network in f32: the first layer's weights of tanh(W₁·x) → W₂ → mean squared error
/// over a batch of 32, its gradient by hand-written backpropagation, also in f32.
fn network_data() -> (DMatrix<f32>, DMatrix<f32>, DMatrix<f32>) {
    let mut points = Points(3);
    #[allow(clippy::cast_possible_truncation, reason = "test data is rounded to f32 on purpose")]
    let mut draw = |scale: f64| (scale * points.normal()) as f32;
    let x = DMatrix::from_fn(6, 32, |_, _| draw(1.0));
    let target = DMatrix::from_fn(3, 32, |_, _| draw(1.0));
    let w2 = DMatrix::from_fn(3, 8, |_, _| draw(0.5));
    (x, target, w2)
}

fn network_loss(w1: &DMatrix<f32>) -> f32 {
    let (x, target, w2) = network_data();
    let y = &w2 * (w1 * &x).map(f32::tanh);
    (y - target).map(|v| v * v).mean()
}

fn network_gradient(w1: &DMatrix<f32>) -> DMatrix<f32> {
    let (x, target, w2) = network_data();
    let h = (w1 * &x).map(f32::tanh);
    let d_y = (&w2 * &h - target) * (2.0 / 96.0);
    let d_h = w2.transpose() * d_y;
    d_h.zip_map(&h, |d, h| d * (1.0 - h * h)) * x.transpose()
}

#[test]
fn an_f32_network_passes_at_many_points() {
    let mut points = Points(17);
    let mut false_failures = 0;
    for _ in 0..50 {
        #[allow(
            clippy::cast_possible_truncation,
            reason = "test points are rounded to f32 on purpose"
        )]
        let w1 = DMatrix::from_fn(8, 6, |_, _| (0.7 * points.normal()) as f32);
        let right = network_gradient(&w1);
        let report = check::params(network_loss, &w1, |_: &f32| right.clone());
        false_failures += report.failures().count();
        let wrong = right.map(|g| g * 0.99);
        assert!(!check::params(network_loss, &w1, |_: &f32| wrong.clone()).passed());
    }
    println!("f32 network: {false_failures} false failures in 2400 right elements at 50 points");
    assert_eq!(false_failures, 0);
}

// ---------------------------------------------------------------------------------------------
// Kinks

/// relu recording its branch, as the real rule does.
fn relu(x: f64) -> f64 {
    let positive = x > 0.0;
    trace::record(u64::from(positive));
    if positive { x } else { 0.0 }
}

fn with_relu(x: &[f64]) -> f64 {
    relu(x[0]) + 0.5 * x[0] * x[0] + x[1].sin() * x[0]
}

fn with_relu_gradient(x: &[f64]) -> Vec<f64> {
    let step = if x[0] > 0.0 { 1.0 } else { 0.0 };
    vec![step + x[0] + x[1].sin(), x[1].cos() * x[0]]
}

#[test]
fn relu_at_zero_is_a_kink_and_passes() {
    let x = [0.0, 0.7];
    let report = check::gradient(with_relu, &x, &with_relu_gradient(&x));
    assert!(report.passed(), "{report}");
    assert_eq!(report.entries()[0].verdict, Verdict::Kink, "{report}");
    // Any subgradient in [0, 1] (plus the smooth part) is accepted; outside it is not.
    let smooth = 0.7_f64.sin();
    assert!(check::gradient(with_relu, &x, &[smooth + 0.5, 0.0]).passed());
    assert!(!check::gradient(with_relu, &x, &[smooth + 1.5, 0.0]).passed());
}

#[test]
fn relu_next_to_zero_is_ok_or_kink_never_fail() {
    for x0 in [1e-300, 1e-12, -1e-12, 1e-9, -1e-9, 3e-7, -3e-7, 5e-6, -5e-6, 1e-5, -2e-5] {
        let x = [x0, -0.4];
        let report = check::gradient(with_relu, &x, &with_relu_gradient(&x));
        assert!(report.passed(), "x0 = {x0}: {report}");
        assert!(matches!(report.entries()[0].verdict, Verdict::Ok | Verdict::Kink));
    }
}

/// In f32 a relu input 1e-4 from zero leaves a smooth stencil only at a step a hundred times
/// below the first, whose rounding error is a hundred times larger; the side of the larger
/// stencil that stays on the input's branch gives its derivative as well.
#[test]
fn f32_relu_beside_its_kink_is_ok_and_on_it_a_kink() {
    use backprop::ops::relu;
    let z = DMatrix::<f32>::from_row_slice(
        3,
        4,
        &[1e-4, -1e-4, 3e-5, -8e-5, 0.0, 7.9e-4, -2.4e-4, 1e-6, 0.5, -0.7, 1.3, -1.1],
    );
    let right = |d: &DMatrix<f32>| relu::back_0(&z, &relu(&z), d);
    let report = check::params(relu, &z, right);
    assert!(report.passed(), "{report}");
    for (entry, &x) in report.entries().iter().zip(z.iter()) {
        let expected = if x == 0.0 { Verdict::Kink } else { Verdict::Ok };
        assert!(entry.verdict == expected || entry.verdict == Verdict::Kink, "{x}: {report}");
    }
    let mask_dropped = |d: &DMatrix<f32>| d.clone();
    assert!(!check::params(relu, &z, mask_dropped).passed());
}

#[test]
fn a_wrong_relu_derivative_away_from_zero_fails() {
    let x = [2.0, 0.3];
    let mut wrong = with_relu_gradient(&x);
    wrong[0] -= 1.0; // relu'(2) taken as 0
    let report = check::gradient(with_relu, &x, &wrong);
    assert_eq!(failing_names(&report), ["x[0]"], "{report}");
}

// ---------------------------------------------------------------------------------------------
// Large parameter counts: sampling and random directions

fn banded(x: &[f64]) -> f64 {
    let diagonal: f64 =
        x.iter().enumerate().map(|(i, v)| (1.0 + (i % 7) as f64) * v * v / 2.0).sum();
    diagonal + 0.3 * x.windows(2).map(|p| p[0] * p[1]).sum::<f64>()
}

fn banded_gradient(x: &[f64]) -> Vec<f64> {
    (0..x.len())
        .map(|i| {
            let neighbours =
                if i > 0 { x[i - 1] } else { 0.0 } + x.get(i + 1).copied().unwrap_or(0.0);
            (1.0 + (i % 7) as f64) * x[i] + 0.3 * neighbours
        })
        .collect()
}

#[test]
fn one_wrong_element_in_five_thousand_is_found_within_the_default_budget() {
    let x = Points(5).vector(5000, 1.0);
    let right = banded_gradient(&x);
    let report = check::gradient(banded, &x, &right);
    assert!(report.passed(), "{report}");
    assert_eq!(report.entries().len(), 1000 + 16, "a sample of the budget, and the directions");
    assert!(format!("{report}").contains("1000 of 5000 elements checked, 16 random directions"));

    let mut wrong = right.clone();
    wrong[3141] += 0.05;
    let report = check::gradient(banded, &x, &wrong);
    assert!(!report.passed());
    let text = format!("{report}");
    assert!(text.contains("x[3141]"), "{text}");
    assert!(
        report.diagnoses().iter().any(|line| line.contains("narrows the mismatch to x[3141]")),
        "the random directions found it: {text}"
    );
}

// ---------------------------------------------------------------------------------------------
// Vector outputs

/// f(W) = tanh(W·X) for fixed X: a matrix output, checked through a random cotangent.
fn layer(w: &DMatrix<f64>) -> DMatrix<f64> {
    (w * layer_input()).map(f64::tanh)
}

fn layer_input() -> DMatrix<f64> {
    DMatrix::from_fn(3, 5, |i, j| ((i * 5 + j) as f64 * 0.7).sin())
}

fn layer_vjp(w: &DMatrix<f64>, seed: &DMatrix<f64>) -> DMatrix<f64> {
    let z = w * layer_input();
    seed.zip_map(&z, |s, z| s * (1.0 - z.tanh().powi(2))) * layer_input().transpose()
}

#[test]
fn vector_outputs_are_checked_with_a_random_cotangent() {
    let w = DMatrix::from_fn(3, 3, |i, j| 0.3 * (i as f64) - 0.2 * (j as f64) + 0.1);
    let report = check::params(layer, &w, |seed| layer_vjp(&w, seed));
    assert!(report.passed(), "{report}");
    assert!(format!("{report}").contains("output cotangent (random normal"));

    let ones = DMatrix::from_element(3, 5, 1.0);
    let report = check::params(layer, &w, |_| layer_vjp(&w, &ones));
    assert!(!report.passed(), "a VJP for an all-ones seed must fail: {report}");

    let report = check::params(layer, &w, |seed| layer_vjp(&w, seed).transpose());
    assert!(!report.passed(), "{report}");
    assert!(report.diagnoses().iter().any(|line| line.contains("transposed?")), "{report}");
}

#[test]
fn a_gradient_of_the_wrong_shape_is_a_problem_not_a_panic() {
    let w = DMatrix::from_element(2, 3, 0.5);
    let report =
        check::params(|w: &DMatrix<f64>| w.sum(), &w, |_| DMatrix::from_element(3, 2, 1.0));
    assert!(!report.passed());
    assert!(report.problems()[0].contains("has shape 3×2 but the point's is 2×3"), "{report}");
}

// ---------------------------------------------------------------------------------------------
// Bug shapes

fn squares(x: &[f64]) -> f64 {
    x.iter().enumerate().map(|(i, v)| (i as f64 + 1.0) * v * v).sum()
}

fn squares_gradient(x: &[f64]) -> Vec<f64> {
    x.iter().enumerate().map(|(i, v)| 2.0 * (i as f64 + 1.0) * v).collect()
}

fn diagnoses_of(analytic: impl Fn(f64) -> f64) -> Vec<String> {
    let x = [0.3, -1.2, 2.0, 0.7];
    let claimed: Vec<f64> = squares_gradient(&x).into_iter().map(analytic).collect();
    check::gradient(squares, &x, &claimed).diagnoses().to_vec()
}

#[test]
fn bug_shapes_are_recognised() {
    assert_eq!(
        diagnoses_of(|g| g / 4.0),
        ["x: analytic ≈ 0.25 × numeric everywhere: mean instead of sum? (ratio 1/4)"]
    );
    assert_eq!(diagnoses_of(|g| -g), ["x: analytic ≈ −1 × numeric everywhere: sign flipped"]);
    assert!(diagnoses_of(|g| 0.5 * g)[0].contains("factor 2 (a missing or extra ½?)"));
    assert!(diagnoses_of(|_| 0.0)[0].contains("missing contribution"));
    assert!(diagnoses_of(|g| 1.3 * g)[0].contains("constant factor"));

    // f(W) = Σ (A·W)ᵢⱼ² for a fixed A: ∇ = 2·Aᵀ·A·W, which is not symmetric.
    let a = DMatrix::from_row_slice(3, 3, &[1.0, 2.0, 0.0, -1.0, 0.5, 3.0, 0.2, 0.0, 1.0]);
    let w = DMatrix::from_row_slice(3, 3, &[0.5, -1.0, 2.0, 1.5, 0.3, -0.7, 0.0, 1.0, 0.4]);
    let f = |w: &DMatrix<f64>| (&a * w).norm_squared();
    let right = 2.0 * a.transpose() * &a * &w;
    assert!(check::params(f, &w, |_: &f64| right.clone()).passed());
    let report = check::params(f, &w, |_: &f64| right.transpose());
    assert_eq!(
        report.diagnoses(),
        ["gradient: analytic[i,j] ≈ numeric[j,i]: transposed?"],
        "{report}"
    );
}

#[test]
fn one_wrong_element_claims_no_shape() {
    let x = [0.3, -1.2, 2.0, 0.7];
    let mut claimed = squares_gradient(&x);
    claimed[2] /= 4.0;
    let report = check::gradient(squares, &x, &claimed);
    assert_eq!(failing_names(&report), ["x[2]"]);
    assert!(report.diagnoses().is_empty(), "{report}");
}

// ---------------------------------------------------------------------------------------------
// Bad input: never a panic, never a pass

#[test]
fn mismatched_lengths_are_reported() {
    let report = check::gradient(|x| x[0], &[1.0, 2.0], &[1.0, 0.0, 0.0]);
    assert!(!report.passed());
    assert!(format!("{report}").contains("analytic has 3 elements but x has 2"), "{report}");
}

#[test]
fn nan_anywhere_fails_and_names_the_element() {
    let f = |x: &[f64]| x[0] * x[1];
    let report = check::gradient(f, &[1.0, f64::NAN], &[1.0, 1.0]);
    assert!(!report.passed());
    assert!(report.problems()[0].contains("x[1] is NaN"), "{report}");

    let report = check::gradient(f, &[1.0, 2.0], &[2.0, f64::NAN]);
    assert_eq!(failing_names(&report), ["x[1]"], "{report}");

    // NaN beside the point at every step: x[1] sits on the edge of f's domain.
    let edge = |x: &[f64]| x[0] * x[0] + if x[1] > 1.0 { f64::NAN } else { x[1] };
    let report = check::gradient(edge, &[0.5, 1.0], &[1.0, 1.0]);
    assert_eq!(failing_names(&report), ["x[1]"], "{report}");
    assert!(format!("{report}").contains("NaN or ∞"), "{report}");

    // ∞ at the point itself, and a NaN in a sampled-out element's analytic value.
    let report = check::gradient(|x| 1.0 / x[0], &[0.0], &[1.0]);
    assert!(!report.passed() && report.problems()[0].contains("f is inf"), "{report}");
    let mut large = vec![1.0; 3000];
    large[1234] = f64::NAN;
    let report = check::gradient(|x| x.iter().sum(), &vec![0.5; 3000], &large);
    assert!(failing_names(&report).contains(&"x[1234]".to_owned()), "{report}");
}

#[test]
fn a_bad_config_is_reported() {
    let config = Config::default().with_tolerance(-1.0);
    let report = check::gradient_with(|x| x[0], &[1.0], &[1.0], &config);
    assert!(!report.passed() && report.problems()[0].contains("tolerance"), "{report}");
}

// ---------------------------------------------------------------------------------------------
// The report

#[test]
fn the_table_names_the_failing_element() {
    let report =
        check::gradient(|p: &[f64]| p[0] * p[0] + p[1].sin(), &[1.5, 0.2], &[3.0, -0.2_f64.cos()]);
    let text = format!("{report}");
    assert!(text.contains("[1]") && text.contains("FAIL"), "{text}");
    assert!(text.starts_with(
        "gradient check FAILED: 1 FAIL, 0 unreliable, 0 kink, 1 ok; 2 of 2 elements checked"
    ));
    assert_eq!(report.worst(1)[0].name, "x[1]");

    let report =
        check::gradient(|p: &[f64]| p[0] * p[0] + p[1].sin(), &[1.5, 0.2], &[3.0, 0.2_f64.cos()]);
    assert!(report.passed(), "{report}");
    assert!(format!("{report}").starts_with("gradient check passed"));
}

#[test]
fn the_same_seed_gives_the_same_report() {
    let x = Points(8).vector(2000, 1.0);
    let mut claimed = banded_gradient(&x);
    claimed[77] *= 1.5;
    let run = |seed| check::gradient_with(banded, &x, &claimed, &Config::default().with_seed(seed));
    let (first, again, other) = (run(1), run(1), run(2));
    assert_eq!(first.entries(), again.entries());
    assert_eq!(format!("{first}"), format!("{again}"));
    assert_eq!(first.seed(), 1);
    let names = |report: &check::Report| {
        report.entries().iter().map(|e| e.name.clone()).collect::<Vec<_>>()
    };
    assert_ne!(names(&first), names(&other), "another seed samples other elements");
}

// ---------------------------------------------------------------------------------------------
// Networks with kinks

/// relu(W₁·x) → W₂ → mean squared error, every relu recording its branch, in f64.
fn relu_network(w1: &DMatrix<f64>) -> f64 {
    let (x, target, w2) = relu_network_data();
    let hidden = (w1 * &x).map(relu);
    (&w2 * hidden - target).map(|v| v * v).mean()
}

fn relu_network_data() -> (DMatrix<f64>, DMatrix<f64>, DMatrix<f64>) {
    let mut points = Points(31);
    let x = DMatrix::from_fn(5, 16, |_, _| points.normal());
    let target = DMatrix::from_fn(2, 16, |_, _| points.normal());
    let w2 = DMatrix::from_fn(2, 12, |_, _| points.normal());
    (x, target, w2)
}

fn relu_network_gradient(w1: &DMatrix<f64>) -> DMatrix<f64> {
    let (x, target, w2) = relu_network_data();
    let z = w1 * &x;
    let d_y = (&w2 * z.map(|v| v.max(0.0)) - target) * (2.0 / 32.0);
    let d_hidden = w2.transpose() * d_y;
    d_hidden.zip_map(&z, |d, z| if z > 0.0 { d } else { 0.0 }) * x.transpose()
}

#[test]
fn relu_networks_pass_elementwise_and_along_directions() {
    let mut points = Points(41);
    let (mut failures, mut kinks) = (0, 0);
    let (x, _, _) = relu_network_data();
    for point in 0..40 {
        let mut w1 = DMatrix::from_fn(12, 5, |_, _| points.normal());
        // Put one hidden unit exactly on its kink for the first sample, so that stencils and
        // directions have to cross it.
        let partial: f64 = (0..4).map(|k| w1[(0, k)] * x[(k, 0)]).sum();
        w1[(0, 4)] = -partial / x[(4, 0)];
        let right = relu_network_gradient(&w1);
        // Every element, then a sample of 10 plus 16 directions through many kinks at once.
        for budget in [1000, 10] {
            let config = Config::default().with_budget(budget).with_seed(point);
            let report = check::params_with(relu_network, &w1, |_: &f64| right.clone(), &config);
            failures += report.failures().count();
            kinks += report.entries().iter().filter(|e| e.verdict == Verdict::Kink).count();
            assert!(report.passed(), "{report}");
        }
        let mut wrong = right.clone();
        wrong[(3, 2)] += 0.01 + 0.01 * wrong[(3, 2)].abs();
        assert!(!check::params(relu_network, &w1, |_: &f64| wrong.clone()).passed());
    }
    println!("relu network: {failures} false failures, {kinks} kinks, at 40 points");
    assert!(kinks >= 40, "the unit on its kink shows");
}

#[test]
fn unreliable_when_rounding_hides_the_gradient() {
    // The 1e-9 slope is a billionth of an ulp-sized change of f: no step can see it.
    let report = check::gradient(|x| 1e6 + 1e-9 * x[0], &[0.5], &[1e-9]);
    assert_eq!(report.entries()[0].verdict, Verdict::Unreliable, "{report}");
    assert!(!report.passed());
    // At a stationary point both sides agree the gradient vanishes: nothing is unreliable.
    let report = check::gradient(rosenbrock, &[1.0, 1.0, 1.0], &[0.0; 3]);
    assert!(report.passed(), "{report}");
}

#[backprop::differentiable]
fn log_of(x: f64) -> f64 {
    x.ln()
}

#[backprop::differentiable]
fn log_of_each(x: &DMatrix<f64>) -> DMatrix<f64> {
    backprop::ops::ln(x)
}

#[test]
fn an_infinite_value_is_named_and_not_called_a_bug() {
    let report = log_of::check(0.0);
    assert!(!report.passed());
    let text = report.to_string();
    assert!(text.contains("the function's value is -inf at this point"), "{text}");
    assert!(!text.contains("please report"), "{text}");

    let x = DMatrix::from_row_slice(2, 2, &[1.0, 2.0, 0.0, 3.0]);
    let text = log_of_each::check(&x).to_string();
    assert!(text.contains("output element `[1,0]` is -inf"), "{text}");
    assert!(!text.contains("please report"), "{text}");
}
