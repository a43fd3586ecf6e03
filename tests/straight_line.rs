//! `#[differentiable]` on straight-line functions: every operator, method and runtime function,
//! fan-out, shadowing, `wrt`, constants, calls, f32.
//!
//! Each function's generated gradient is verified by its generated `check` (finite differences)
//! at three random points, and its `SOURCE` is pinned by a named snapshot (`tests/snapshots/`;
//! regenerate on purpose with `INSTA_UPDATE=always` and read the diff).

mod support;

use backprop::prelude::*;
use support::Rng;

const SEEDS: [u64; 3] = [11, 23, 37];

/// Runs `check` at three random points drawn by `point`, and asserts every report passes.
fn passes_at_random_points(name: &str, mut check: impl FnMut(&mut Rng) -> backprop::check::Report) {
    for seed in SEEDS {
        let report = check(&mut Rng::new(seed));
        assert!(report.passed(), "{name} at seed {seed}:\n{report}");
    }
}

#[differentiable]
fn logistic(w: &DMatrix<f64>, b: &DVector<f64>, x: &DMatrix<f64>, y: &DMatrix<f64>) -> f64 {
    let z = add_bias(&(w * x), b);
    let h = sigmoid(&z);
    mse(&h, y)
}

#[test]
fn logistic_regression() {
    passes_at_random_points("logistic", |rng| {
        let (w, b, x) = (rng.matrix(3, 4), rng.vector(3), rng.matrix(4, 6));
        let y = rng.matrix_between(3, 6, 0.0, 1.0);
        logistic::check(&w, &b, &x, &y)
    });
    insta::assert_snapshot!("logistic", logistic::SOURCE);
}

#[differentiable]
fn scalar(x: f64, y: f64) -> f64 {
    let s = x * y - y / x;
    s.tanh() + x.powi(2) * y.cos()
}

#[test]
fn scalar_arithmetic() {
    passes_at_random_points("scalar", |rng| scalar::check(rng.away_from_zero(), rng.scalar()));
    insta::assert_snapshot!("scalar", scalar::SOURCE);
}

#[differentiable]
fn scalar_methods(a: f64, b: f64) -> f64 {
    let positive = a * a + 1.0;
    let trig = a.sin() + a.cos() * b + (0.3 * b).tan();
    let growth = b.exp() + positive.ln() + positive.sqrt() + a.tanh();
    let powers = positive.powi(3) + positive.powf(b * 0.5);
    let kinks = a.abs() + a.max(b) - a.min(b);
    trig + growth * 0.1 + powers * 0.01 + kinks
}

#[test]
fn every_scalar_method() {
    passes_at_random_points("scalar_methods", |rng| {
        let a: f64 = rng.scalar();
        // Keep `a` off the kinks of abs, max and min: at least 0.1 from 0 and from b.
        let a = if a.abs() < 0.1 { a + 0.5 } else { a };
        let b = a + rng.away_from_zero::<f64>() * 0.5;
        scalar_methods::check(a, b)
    });
    insta::assert_snapshot!("scalar_methods", scalar_methods::SOURCE);
}

#[differentiable]
fn negation_and_division(x: f64, y: f64) -> f64 {
    let q = -x / y;
    let r = (q - 1.0) / (2.0 * y);
    -r * r
}

#[test]
fn negation_division_and_literals() {
    passes_at_random_points("negation_and_division", |rng| {
        negation_and_division::check(rng.scalar(), rng.away_from_zero())
    });
    insta::assert_snapshot!("negation_and_division", negation_and_division::SOURCE);
}

#[differentiable]
fn matrix_arithmetic(a: &DMatrix<f64>, b: &DMatrix<f64>, s: f64) -> DMatrix<f64> {
    let sum = a + b;
    let difference = a - b;
    let scaled = s * &sum + &difference * 2.0 - &sum / s;
    -scaled
}

#[test]
fn matrix_operators_and_vjp() {
    passes_at_random_points("matrix_arithmetic", |rng| {
        matrix_arithmetic::check(&rng.matrix(3, 2), &rng.matrix(3, 2), rng.away_from_zero())
    });
    insta::assert_snapshot!("matrix_arithmetic", matrix_arithmetic::SOURCE);
}

#[differentiable]
fn products(m: &DMatrix<f64>, v: &DVector<f64>, u: &DVector<f64>) -> f64 {
    let mv = m * v;
    mv.dot(u) + mv.norm() + v.norm_squared() * 0.5
}

#[test]
fn matrix_vector_products_and_norms() {
    passes_at_random_points("products", |rng| {
        products::check(&rng.matrix(4, 3), &rng.vector(3), &rng.vector(4))
    });
    insta::assert_snapshot!("products", products::SOURCE);
}

#[differentiable]
fn matrix_methods(a: &DMatrix<f64>, b: &DMatrix<f64>) -> f64 {
    let t = a.transpose();
    let mixed = a.component_mul(b) + a.component_div(&b.map(|v| v * v + 1.0));
    (t * b).sum() + mixed.mean() + a.dot(b)
}

#[test]
fn every_matrix_method() {
    passes_at_random_points("matrix_methods", |rng| {
        matrix_methods::check(&rng.matrix(3, 3), &rng.matrix(3, 3))
    });
    insta::assert_snapshot!("matrix_methods", matrix_methods::SOURCE);
}

#[differentiable]
fn activations(z: &DMatrix<f64>) -> f64 {
    let positive = exp(z);
    let logs = ln(&positive.map(|v| v + 1.0));
    let squashed = tanh(z) + sigmoid(z) + logs;
    let probabilities = softmax(&squashed);
    let log_probabilities = log_softmax(z);
    probabilities.component_mul(&log_probabilities).sum()
}

#[test]
fn elementwise_and_per_column_functions() {
    passes_at_random_points("activations", |rng| activations::check(&rng.matrix(4, 3)));
    insta::assert_snapshot!("activations", activations::SOURCE);
}

/// Each column of a softmax sums to one, so the total does not depend on `z`: its gradient is
/// zero, which the backward pass computes up to rounding (1e-17, not always exactly 0).
#[differentiable]
fn softmax_total(z: &DMatrix<f64>, x: f64) -> f64 {
    softmax(z).sum() + x.sin()
}

#[test]
fn a_gradient_that_vanishes_up_to_rounding() {
    passes_at_random_points("softmax_total", |rng| {
        softmax_total::check(&rng.matrix(3, 4), rng.scalar())
    });
}

#[differentiable]
fn rectified(w: &DMatrix<f64>, x: &DMatrix<f64>) -> DMatrix<f64> {
    relu(&(w * x))
}

#[test]
fn relu_layer_as_a_matrix_valued_function() {
    passes_at_random_points("rectified", |rng| {
        rectified::check(&rng.matrix(3, 4), &rng.matrix(4, 5))
    });
    insta::assert_snapshot!("rectified", rectified::SOURCE);
}

#[differentiable(wrt(w1, w2))]
fn classify(w1: &DMatrix<f64>, w2: &DMatrix<f64>, x: &DMatrix<f64>, labels: &[usize]) -> f64 {
    let h = rectified(w1, x);
    cross_entropy(&(w2 * &h), labels)
}

#[test]
fn calls_wrt_and_labels() {
    passes_at_random_points("classify", |rng| {
        let labels = [0, 2, 1, 1, 0];
        classify::check(&rng.matrix(4, 3), &rng.matrix(3, 4), &rng.matrix(3, 5), &labels)
    });
    let (_, gradient) =
        classify::grad(&DMatrix::zeros(2, 2), &DMatrix::zeros(2, 2), &DMatrix::zeros(2, 1), &[0]);
    let names: Vec<String> =
        backprop::Params::tensors(&gradient).into_iter().map(|tensor| tensor.name).collect();
    assert_eq!(names, ["w1", "w2"], "only the wrt parameters are in the gradient");
    insta::assert_snapshot!("classify", classify::SOURCE);
}

#[differentiable]
fn fan_out(x: f64) -> f64 {
    let a = x * x;
    let b = a * x + x.sin() * a;
    b + x
}

#[test]
fn fan_out_is_summed() {
    passes_at_random_points("fan_out", |rng| fan_out::check(rng.scalar()));
    let backward = fan_out::SOURCE.split("pub fn pullback").nth(1).unwrap_or_default();
    assert_eq!(backward.matches("d_x +=").count(), 4, "{backward}");
    insta::assert_snapshot!("fan_out", fan_out::SOURCE);
}

#[differentiable]
fn shadowing(w: &DMatrix<f64>, x: &DMatrix<f64>) -> f64 {
    let h = w * x;
    let h = tanh(&h);
    let h = &h * 3.0;
    h.sum()
}

#[test]
fn shadowed_bindings_get_their_own_names() {
    passes_at_random_points("shadowing", |rng| {
        shadowing::check(&rng.matrix(2, 3), &rng.matrix(3, 2))
    });
    assert!(shadowing::SOURCE.contains("let h_2 = tanh(&h)"), "{}", shadowing::SOURCE);
    insta::assert_snapshot!("shadowing", shadowing::SOURCE);
}

#[differentiable]
fn constants(x: &DMatrix<f64>, n: usize, scale: i32) -> f64 {
    let columns = x.ncols() as f64;
    let weight = f64::from(scale) / (n as f64 + 1.0);
    let total = x.sum() * weight;
    assert!(columns > 0.0);
    total / columns
}

#[test]
fn constants_cost_no_adjoints() {
    passes_at_random_points("constants", |rng| constants::check(&rng.matrix(2, 3), 4, -2));
    assert!(!constants::SOURCE.contains("d_columns"), "{}", constants::SOURCE);
    assert!(!constants::SOURCE.contains("d_weight"), "{}", constants::SOURCE);
    insta::assert_snapshot!("constants", constants::SOURCE);
}

#[differentiable(wrt(x))]
fn assert_in_a_constant_block(x: f64, m: &DMatrix<f64>, case: usize) -> f64 {
    let scale = {
        assert_eq!(m.nrows(), 2);
        m.sum() * 0.5
    };
    let shift = match case {
        0 => {
            debug_assert!(scale.is_finite());
            m.mean()
        }
        _ => 1.0,
    };
    x * scale + x.sin() * shift
}

#[test]
fn asserts_in_constant_blocks_are_kept() {
    for case in [0, 1] {
        passes_at_random_points("assert_in_a_constant_block", |rng| {
            assert_in_a_constant_block::check(rng.scalar(), &rng.matrix(2, 3), case)
        });
    }
    assert!(assert_in_a_constant_block::SOURCE.contains("assert_eq!(m.nrows(), 2);"));
}

#[differentiable]
fn single(x: f32, y: f32) -> f32 {
    let product = x * y;
    product.exp() * x.sin() + (y * y + 1.0).ln()
}

#[test]
fn f32_functions() {
    passes_at_random_points("single", |rng| {
        single::check(rng.scalar::<f32>() * 0.5, rng.scalar::<f32>() * 0.5)
    });
    insta::assert_snapshot!("single", single::SOURCE);
}

#[differentiable]
fn single_layer(w: &DMatrix<f32>, x: &DMatrix<f32>, labels: &[usize]) -> f32 {
    cross_entropy(&(w * x), labels)
}

#[test]
fn f32_matrices() {
    passes_at_random_points("single_layer", |rng| {
        single_layer::check(&rng.matrix(3, 4), &rng.matrix(4, 5), &[0, 1, 2, 1, 0])
    });
    insta::assert_snapshot!("single_layer", single_layer::SOURCE);
}

#[differentiable]
fn by_value(m: DMatrix<f64>, s: f64) -> f64 {
    let scaled = m * s;
    scaled.norm_squared()
}

#[test]
fn parameters_by_value() {
    passes_at_random_points("by_value", |rng| by_value::check(rng.matrix(2, 2), rng.scalar()));
    insta::assert_snapshot!("by_value", by_value::SOURCE);
}

#[allow(clippy::needless_pass_by_value, reason = "a by-value parameter is the case under test")]
#[differentiable(wrt(x))]
fn constant_by_value(x: f64, m: DMatrix<f64>) -> f64 {
    let product = &m * &m;
    x * product.sum() + x.sin() * m.norm()
}

#[test]
fn a_constant_parameter_by_value_in_a_constant_expression() {
    // `back_0` receives `m` by reference; the constant `&m * &m` must still read a matrix.
    passes_at_random_points("constant_by_value", |rng| {
        constant_by_value::check(rng.scalar(), rng.matrix(2, 2))
    });
    let m = DMatrix::from_element(2, 2, 1.0);
    let from_back = constant_by_value::back_0(&0.5, &m, &0.0, &1.0);
    assert_eq!(from_back.to_bits(), constant_by_value::grad(0.5, m).1.x.to_bits());
}

/// Passes an owned copy of a reference parameter to a function that takes its matrix by value.
#[differentiable]
fn passes_a_copy(w: &DMatrix<f64>, s: f64) -> f64 {
    by_value(w.clone(), s) * w.norm()
}

#[test]
fn a_copy_of_a_reference_passed_by_value() {
    passes_at_random_points("passes_a_copy", |rng| {
        passes_a_copy::check(&rng.matrix(2, 3), rng.scalar())
    });
    assert!(passes_a_copy::SOURCE.contains("(w.clone(), s)"), "{}", passes_a_copy::SOURCE);
}

#[allow(
    clippy::trivially_copy_pass_by_ref,
    clippy::needless_return,
    reason = "scalars by reference and a final `return` are what this test is about"
)]
#[differentiable]
fn by_reference(x: &f64, y: &f64) -> f64 {
    let product = *x * *y;
    return product.sin() + *x;
}

#[test]
fn scalar_references_derefs_and_return() {
    passes_at_random_points("by_reference", |rng| {
        by_reference::check(&rng.scalar(), &rng.scalar())
    });
    insta::assert_snapshot!("by_reference", by_reference::SOURCE);
}

#[differentiable]
fn square(x: f64) -> f64 {
    x * x
}

#[differentiable]
fn composed(x: f64, y: f64) -> f64 {
    let inner = square(x) + y;
    square(inner) * square(y)
}

#[test]
fn scalar_calls() {
    passes_at_random_points("square", |rng| square::check(rng.scalar()));
    passes_at_random_points("composed", |rng| composed::check(rng.scalar(), rng.scalar()));
    // One saving call per call of `square`, one pullback each in the backward pass.
    assert_eq!(
        composed::SOURCE.matches("square; a0 want0 back_0").count(),
        3,
        "{}",
        composed::SOURCE
    );
    assert_eq!(composed::SOURCE.matches("pullback_square_").count(), 6, "{}", composed::SOURCE);
    insta::assert_snapshot!("composed", composed::SOURCE);
}

#[allow(
    clippy::trivially_copy_pass_by_ref,
    reason = "a scalar by reference is the case under test"
)]
#[differentiable]
fn passes_a_deref(x: &f64) -> f64 {
    square(*x) + *x
}

#[test]
fn a_dereferenced_scalar_passed_by_value() {
    passes_at_random_points("passes_a_deref", |rng| passes_a_deref::check(&rng.scalar()));
    assert!(passes_a_deref::SOURCE.contains("(*x)"), "{}", passes_a_deref::SOURCE);
}

#[differentiable]
fn blocks(x: f64) -> f64 {
    let inner = {
        let doubled = x * 2.0;
        doubled.sin()
    };
    inner * x
}

#[test]
fn block_expressions() {
    passes_at_random_points("blocks", |rng| blocks::check(rng.scalar()));
    insta::assert_snapshot!("blocks", blocks::SOURCE);
}

#[differentiable]
fn two_layer(
    w1: &DMatrix<f64>,
    b1: &DVector<f64>,
    w2: &DMatrix<f64>,
    b2: &DVector<f64>,
    x: &DMatrix<f64>,
    labels: &[usize],
) -> f64 {
    let h = relu(&add_bias(&(w1 * x), b1));
    let logits = add_bias(&(w2 * &h), b2);
    cross_entropy(&logits, labels)
}

#[test]
fn two_layer_network() {
    passes_at_random_points("two_layer", |rng| {
        let labels: Vec<usize> = (0..8).map(|i| i % 3).collect();
        two_layer::check(
            &rng.matrix(6, 5),
            &rng.vector(6),
            &rng.matrix(3, 6),
            &rng.vector(3),
            &rng.matrix(5, 8),
            &labels,
        )
    });
    insta::assert_snapshot!("two_layer", two_layer::SOURCE);
}

/// The same network at batch 1, with layers wide enough that the products and the weights'
/// adjoints (outer products) take the rules' own loop below nalgebra's GEMM threshold, two columns
/// at a time, at an even (14) and an odd (9) inner dimension.
#[test]
fn two_layer_network_at_batch_one() {
    passes_at_random_points("two_layer at batch 1", |rng| {
        two_layer::check(
            &rng.matrix(9, 14),
            &rng.vector(9),
            &rng.matrix(3, 9),
            &rng.vector(3),
            &rng.matrix(14, 1),
            &[2],
        )
    });
}

#[differentiable]
fn batch_of_one(w: &DMatrix<f64>, x: &DMatrix<f64>) -> f64 {
    let z = w * x;
    (&z * &z.transpose()).sum() + (w.transpose() * &z).norm()
}

#[test]
fn a_single_column_batch() {
    passes_at_random_points("batch_of_one", |rng| {
        batch_of_one::check(&rng.matrix(3, 2), &rng.matrix(2, 1))
    });
}

#[test]
#[allow(clippy::float_cmp, reason = "the generated passes must agree bit for bit")]
fn value_grad_and_vjp_agree() {
    let mut rng = Rng::new(5);
    let (w, x) = (rng.matrix(3, 4), rng.matrix(4, 2));
    let seed = rng.matrix(3, 2);
    let (value, grad) = rectified::vjp(&w, &x, &seed);
    assert_eq!(value, rectified(&w, &x));
    assert_eq!(value, rectified::forward(&w, &x));
    assert_eq!(grad.w, rectified::back_0(&w, &x, &value, &seed));
    assert_eq!(grad.x, rectified::back_1(&w, &x, &value, &seed));
    let (value, grad) = scalar::grad(0.7, -1.3);
    assert_eq!(value, scalar(0.7, -1.3));
    assert_eq!((value, grad.x), (scalar::vjp(0.7, -1.3, 1.0).0, scalar::vjp(0.7, -1.3, 1.0).1.x));
}

#[differentiable]
fn identity(x: f64) -> f64 {
    x
}

#[differentiable]
fn constant_output(x: f64, n: usize) -> f64 {
    let unused = x * 2.0;
    assert!(unused.is_finite());
    n as f64 * 0.5
}

#[allow(clippy::let_and_return, reason = "binding a copy and returning it is the case under test")]
#[differentiable]
fn copy_of_a_matrix(m: &DMatrix<f64>) -> DMatrix<f64> {
    let copy = m.clone();
    copy
}

#[differentiable]
fn name_clashes(x: f64, d_x: f64, rules: f64) -> f64 {
    let tape = x * d_x;
    let branch = tape + rules;
    branch * x
}

#[allow(
    clippy::needless_borrow,
    clippy::deref_addrof,
    reason = "borrows and derefs of constants are the case under test"
)]
#[differentiable(wrt(x))]
fn constant_references(x: &DMatrix<f64>, c: &DMatrix<f64>) -> f64 {
    let shifted = x + &(c * 2.0);
    let total = *&shifted.sum();
    shifted.component_mul(&c).sum() + total * (&x).norm()
}

#[test]
fn edge_cases_compile_and_check() {
    passes_at_random_points("identity", |rng| identity::check(rng.scalar()));
    assert_eq!(identity::grad(3.0).1.x.to_bits(), 1.0_f64.to_bits());
    passes_at_random_points("constant_output", |rng| constant_output::check(rng.scalar(), 3));
    assert_eq!(constant_output::grad(2.0, 3).1.x.to_bits(), 0.0_f64.to_bits());
    passes_at_random_points("copy_of_a_matrix", |rng| copy_of_a_matrix::check(&rng.matrix(2, 3)));
    passes_at_random_points("name_clashes", |rng| {
        name_clashes::check(rng.scalar(), rng.scalar(), rng.scalar())
    });
    passes_at_random_points("constant_references", |rng| {
        constant_references::check(&rng.matrix(2, 3), &rng.matrix(2, 3))
    });
    assert!(constant_references::SOURCE.contains("// shifted = x + (c * 2.0)"));
}

/// Generated code never changes what a user's name means: a parameter named like a function of
/// the same module, or like the items of the generated module (`pullback`, `forward`, `value`),
/// stays the parameter.
mod hygiene {
    use super::*;

    #[differentiable]
    pub fn square(v: f64) -> f64 {
        v * v
    }

    #[differentiable]
    pub fn uses(a: f64, b: f64) -> f64 {
        square(a) * b
    }

    #[differentiable]
    pub fn a(t: f64) -> f64 {
        t.sin()
    }

    #[differentiable]
    pub fn item_names(pullback: f64, forward: f64, value: f64, out: f64) -> f64 {
        square(pullback) * forward + a(value) * out
    }

    /// A type named like the generated module's struct.
    pub struct Grad {
        pub scale: f64,
    }

    /// A function named like one of the generated module's.
    #[differentiable]
    pub fn forward(v: f64) -> f64 {
        v.sin()
    }

    #[differentiable(wrt(x))]
    pub fn user_names(x: f64, g: &Grad) -> f64 {
        forward(x) * g.scale + forward(g.scale)
    }

    /// Callees named by `self::`, `super::` and `crate::` paths.
    #[differentiable]
    pub fn by_paths(x: f64) -> f64 {
        self::square(x) + super::square(x) * crate::hygiene::a(x) + self::a(0.5)
    }
}

#[test]
fn a_parameter_named_like_a_function_is_the_parameter() {
    passes_at_random_points("uses", |rng| hygiene::uses::check(rng.scalar(), rng.scalar()));
    // The gradient has `a`'s field, and the checker compares it with finite differences of the
    // function the user wrote.
    assert!(hygiene::uses::grad(1.5, -2.0).1.a < 0.0);
    passes_at_random_points("item_names", |rng| {
        hygiene::item_names::check(rng.scalar(), rng.scalar(), rng.scalar(), rng.scalar())
    });
    passes_at_random_points("by_paths", |rng| hygiene::by_paths::check(rng.scalar()));
    passes_at_random_points("user_names", |rng| {
        hygiene::user_names::check(rng.scalar(), &hygiene::Grad { scale: rng.scalar() })
    });
}
