//! `#[differentiable]` with loops, branches, mutation, parts of matrices, `map`, parameter
//! structs and hand-written rules.
//!
//! Every function is verified by its generated `check` at three random points; the `SOURCE` of
//! each new construct is pinned by a named snapshot.

mod support;

use backprop::check::Verdict;
use backprop::prelude::*;
use support::Rng;

const SEEDS: [u64; 3] = [3, 17, 29];

fn passes_at_random_points(name: &str, mut check: impl FnMut(&mut Rng) -> backprop::check::Report) {
    for seed in SEEDS {
        let report = check(&mut Rng::new(seed));
        assert!(report.passed(), "{name} at seed {seed}:\n{report}");
    }
}

#[differentiable]
fn horner(x: f64, n: usize) -> f64 {
    let mut acc = 0.0;
    for k in 0..n {
        acc = acc * x + (k as f64 + 1.0);
    }
    acc
}

#[test]
fn a_loop_with_a_carried_value() {
    passes_at_random_points("horner", |rng| horner::check(rng.scalar(), 5));
    let (_, grad) = horner::grad(0.5, 3);
    // ((0·x + 1)·x + 2)·x + 3 = x² + 2x + 3, whose derivative at 0.5 is 2·0.5 + 2 = 3.
    assert!((grad.x - 3.0).abs() < 1e-12);
    insta::assert_snapshot!("loop", horner::SOURCE);
}

#[differentiable]
fn becomes_differentiable(x: f64, y: f64) -> f64 {
    let mut p = 1.0;
    p *= x;
    p += y * p;
    p -= 0.5;
    p /= y;
    p
}

#[test]
fn compound_assignment_of_a_constant_that_becomes_differentiable() {
    passes_at_random_points("becomes_differentiable", |rng| {
        becomes_differentiable::check(rng.scalar(), rng.away_from_zero())
    });
    insta::assert_snapshot!("mutation", becomes_differentiable::SOURCE);
}

#[differentiable]
fn piecewise(x: f64) -> f64 {
    if x < 1.0 { x * x } else { 2.0 * x.ln() + 1.0 }
}

#[differentiable]
fn chain(x: f64, y: f64) -> f64 {
    let mut scale = 1.0;
    if x > y {
        scale = x - y;
    }
    let shaped = if x < -1.0 {
        -x * scale
    } else if x < 1.0 {
        x * x * y
    } else {
        x.sqrt() + y
    };
    shaped * scale
}

#[test]
fn branches_replay_the_arm_taken() {
    passes_at_random_points("piecewise", |rng| piecewise::check(rng.between(0.05, 2.5)));
    assert!((piecewise::grad(0.5).1.x - 1.0).abs() < 1e-15);
    assert!((piecewise::grad(2.0).1.x - 1.0).abs() < 1e-12);
    for (x, y) in [(-2.0, 0.5), (0.3, -0.2), (1.7, 0.4), (0.2, 0.9), (-1.5, -3.0)] {
        let report = chain::check(x, y);
        assert!(report.passed(), "chain at ({x}, {y}):\n{report}");
    }
    insta::assert_snapshot!("branch", chain::SOURCE);
}

#[differentiable]
fn by_case(x: f64, case: usize) -> f64 {
    match case {
        0 => x.sin(),
        1 | 2 => x * x,
        _ => -x,
    }
}

#[test]
fn match_on_a_constant() {
    for case in 0..4 {
        passes_at_random_points("by_case", |rng| by_case::check(rng.scalar(), case));
    }
    assert!((by_case::grad(3.0, 2).1.x - 6.0).abs() < 1e-15);
}

/// The middle arm is constant: replayed in the backward pass, its value is never read.
#[differentiable(wrt(x))]
fn constant_arm(x: f64, k: f64, case: usize) -> f64 {
    let s = match case {
        0 => x.sin(),
        1 => k.cos(),
        _ => x * x,
    };
    s * x
}

#[test]
fn an_arm_with_a_constant_value() {
    for case in 0..3 {
        passes_at_random_points("constant_arm", |rng| {
            constant_arm::check(rng.scalar(), rng.scalar(), case)
        });
    }
}

/// The block and the branch read no differentiable value, but update `acc`.
#[differentiable]
fn constant_blocks_assign(x: f64, n: usize) -> f64 {
    let mut acc: f64 = 1.0;
    let s = if n > 2 {
        acc *= 3.0;
        acc.cos()
    } else {
        acc.sin()
    };
    let t = {
        for k in 0..n {
            acc += k as f64;
        }
        acc.sqrt()
    };
    x * (acc + s) + x.sin() * t
}

#[test]
fn constant_blocks_that_assign_variables() {
    for n in [2, 4] {
        passes_at_random_points("constant_blocks_assign", |rng| {
            constant_blocks_assign::check(rng.scalar(), n)
        });
    }
    // n = 4: acc = 3 + 0 + 1 + 2 + 3 = 9, s = cos 3, t = 3, so the derivative at 0 is 9 + cos 3 + 3.
    let expected = 9.0 + 3.0_f64.cos() + 3.0;
    assert!((constant_blocks_assign::grad(0.0, 4).1.x - expected).abs() < 1e-12);
}

#[differentiable]
fn squares(v: &DVector<f64>) -> f64 {
    let mut total = 0.0;
    for i in 0..v.len() {
        total += v[i] * v[i];
    }
    total
}

#[differentiable]
fn trace_of_product(a: &DMatrix<f64>, b: &DMatrix<f64>) -> f64 {
    let product = a * b;
    let mut trace = 0.0;
    for i in 0..product.nrows() {
        trace += product[(i, i)];
    }
    trace
}

#[test]
fn element_reads() {
    passes_at_random_points("squares", |rng| squares::check(&rng.vector(4)));
    let (_, grad) = squares::grad(&DVector::from_vec(vec![0.5, -1.5, 2.0]));
    assert_eq!(grad.v.as_slice(), [1.0, -3.0, 4.0]);
    passes_at_random_points("trace_of_product", |rng| {
        trace_of_product::check(&rng.matrix(3, 4), &rng.matrix(4, 3))
    });
    insta::assert_snapshot!("element_reads", squares::SOURCE);
}

#[differentiable]
fn parts(m: &DMatrix<f64>) -> f64 {
    let first = m.column(0).into_owned();
    let middle = m.columns(1, 2);
    let top = m.rows(0, 2);
    let last_row = m.row(m.nrows() - 1);
    first.dot(&first) + middle.sum() * top.mean() + last_row.norm_squared()
}

#[test]
fn column_and_row_reads() {
    passes_at_random_points("parts", |rng| parts::check(&rng.matrix(3, 4)));
    insta::assert_snapshot!("parts", parts::SOURCE);
}

#[differentiable]
fn elementwise(m: &DMatrix<f64>, scale: f64) -> f64 {
    let softened = m.map(|v| {
        let shifted = v - 0.5;
        shifted * shifted.tanh() + 1.0
    });
    (softened * scale).sum()
}

#[test]
fn map_is_differentiated_elementwise() {
    passes_at_random_points("elementwise", |rng| {
        elementwise::check(&rng.matrix(3, 2), rng.scalar())
    });
    insta::assert_snapshot!("map", elementwise::SOURCE);
}

#[derive(Params, Clone, Debug)]
struct Dense {
    w: DMatrix<f64>,
    b: DVector<f64>,
}

#[derive(Params, Clone, Debug)]
struct Mlp {
    first: Dense,
    second: Dense,
}

#[differentiable]
fn dense(p: &Dense, x: &DMatrix<f64>) -> DMatrix<f64> {
    add_bias(&(&p.w * x), &p.b)
}

#[differentiable]
fn mlp_loss(p: &Mlp, x: &DMatrix<f64>, labels: &[usize]) -> f64 {
    let h = tanh(&dense(&p.first, x));
    cross_entropy(&dense(&p.second, &h), labels)
}

fn random_mlp(rng: &mut Rng) -> Mlp {
    Mlp {
        first: Dense { w: rng.matrix(5, 3), b: rng.vector(5) },
        second: Dense { w: rng.matrix(4, 5), b: rng.vector(4) },
    }
}

#[test]
fn a_parameter_struct_gets_a_gradient_of_its_own_type() {
    passes_at_random_points("dense", |rng| {
        let p = random_mlp(rng);
        dense::check(&p.second, &rng.matrix(5, 3))
    });
    passes_at_random_points("mlp_loss", |rng| {
        let p = random_mlp(rng);
        mlp_loss::check(&p, &rng.matrix(3, 6), &[0, 1, 2, 3, 0, 1])
    });
    let mut rng = Rng::new(1);
    let p = random_mlp(&mut rng);
    let (_, grad) = mlp_loss::grad(&p, &rng.matrix(3, 2), &[1, 3]);
    let gradient: &Mlp = &grad.p;
    assert_eq!(gradient.first.w.shape(), (5, 3));
    assert_eq!(backprop::Params::element_name(gradient, 15), "first.b[0]");
    assert_eq!(backprop::Params::element_name(gradient, 20), "second.w[0,0]");
    let mut twice = gradient.clone();
    twice += gradient.clone();
    assert_eq!(twice.first.w, &gradient.first.w * 2.0);
    assert_eq!(twice.second.b, &gradient.second.b * 2.0);
    insta::assert_snapshot!("struct", mlp_loss::SOURCE);
}

#[derive(Params, Clone, Debug)]
struct Elman {
    input: DMatrix<f64>,
    recurrent: DMatrix<f64>,
    bias: DVector<f64>,
    output: DMatrix<f64>,
}

/// An Elman network unrolled over the columns of `xs` (one column a time step).
#[differentiable]
fn rnn_loss(p: &Elman, xs: &DMatrix<f64>, target: &DMatrix<f64>) -> f64 {
    let mut h = DMatrix::zeros(p.recurrent.nrows(), 1);
    for t in 0..xs.ncols() {
        let x = xs.columns(t, 1).into_owned();
        h = tanh(&add_bias(&(&p.input * &x + &p.recurrent * &h), &p.bias));
    }
    mse(&(&p.output * &h), target)
}

#[test]
fn a_recurrent_network_unrolled_over_a_sequence() {
    passes_at_random_points("rnn_loss", |rng| {
        let p = Elman {
            input: rng.matrix(4, 2) * 0.5,
            recurrent: rng.matrix(4, 4) * 0.5,
            bias: rng.vector(4),
            output: rng.matrix(1, 4),
        };
        rnn_loss::check(&p, &rng.matrix(2, 6), &rng.matrix(1, 1))
    });
    insta::assert_snapshot!("rnn", rnn_loss::SOURCE);
}

#[differentiable]
fn nested_loops(m: &DMatrix<f64>, x: f64) -> f64 {
    let mut total = 0.0;
    for i in 0..m.nrows() {
        let mut row = 0.0;
        for j in 0..m.ncols() {
            if m[(i, j)] > 0.0 {
                row += m[(i, j)] * x;
            } else {
                row -= m[(i, j)] * m[(i, j)];
            }
        }
        total += row.tanh();
    }
    total
}

#[test]
fn nested_loops_with_a_branch() {
    passes_at_random_points("nested_loops", |rng| {
        nested_loops::check(&rng.matrix(3, 3), rng.scalar())
    });
}

#[differentiable]
fn loop_in_a_branch(x: f64, flag: bool) -> f64 {
    let mut acc = x.sin();
    if flag {
        for _ in 0..2 {
            acc *= x;
        }
    }
    acc
}

#[differentiable]
fn recurrence_in_a_branch(w: &DMatrix<f64>, h0: &DMatrix<f64>, flag: bool) -> f64 {
    let mut h = h0.clone();
    if flag {
        for _ in 0..3 {
            h = tanh(&(w * &h));
        }
    }
    h.sum()
}

#[differentiable]
fn loop_in_a_loop(x: f64) -> f64 {
    let mut acc = x.sin();
    for i in 0..2 {
        for _ in 0..2 {
            acc *= x + f64::from(i);
        }
    }
    acc
}

#[differentiable]
fn loops_in_sequence_in_a_loop(x: f64) -> f64 {
    let mut acc = x;
    for _ in 0..2 {
        for _ in 0..2 {
            acc = acc.sin() + x;
        }
        for _ in 0..2 {
            acc = acc.cos() * x;
        }
    }
    acc
}

#[test]
fn loops_in_branches_and_loops_update_outer_variables() {
    // The inner loops restore the variables they update, whether they sit in an arm (their tape
    // saved by the arm) or in a loop (their tape on the outer loop's tape).
    for flag in [true, false] {
        passes_at_random_points("loop_in_a_branch", |rng| {
            loop_in_a_branch::check(rng.scalar(), flag)
        });
        passes_at_random_points("recurrence_in_a_branch", |rng| {
            recurrence_in_a_branch::check(&(rng.matrix(3, 3) * 0.5), &rng.matrix(3, 2), flag)
        });
    }
    let x = 0.7_f64;
    // sin(x)·x², whose derivative is cos(x)·x² + 2x·sin(x).
    let expected = x.cos() * x * x + 2.0 * x * x.sin();
    assert!((loop_in_a_branch::grad(x, true).1.x - expected).abs() < 1e-12);
    passes_at_random_points("loop_in_a_loop", |rng| loop_in_a_loop::check(rng.scalar()));
    // The second inner loop's result ends the outer iteration: both inner loops, one after the
    // other, run the outer loop's adjoint.
    passes_at_random_points("loops_in_sequence_in_a_loop", |rng| {
        loops_in_sequence_in_a_loop::check(rng.scalar())
    });
}

/// `softplus(x) = ln(1 + eˣ)`, elementwise; its derivative is `σ(x)`.
fn softplus(x: &DMatrix<f64>) -> DMatrix<f64> {
    x.map(|v| v.max(0.0) + (-v.abs()).exp().ln_1p())
}

mod softplus {
    use super::*;

    /// `dx = d_out ⊙ σ(x)`.
    pub fn back_0(x: &DMatrix<f64>, _out: &DMatrix<f64>, d_out: &DMatrix<f64>) -> DMatrix<f64> {
        sigmoid(x).component_mul(d_out)
    }
}

/// The same forward, with an adjoint that forgets the chain rule's `d_out` factor.
fn sloppy_softplus(x: &DMatrix<f64>) -> DMatrix<f64> {
    softplus(x)
}

mod sloppy_softplus {
    use super::*;

    pub fn back_0(x: &DMatrix<f64>, _out: &DMatrix<f64>, _d_out: &DMatrix<f64>) -> DMatrix<f64> {
        sigmoid(x)
    }
}

#[differentiable]
fn with_custom_rule(w: &DMatrix<f64>, x: &DMatrix<f64>) -> f64 {
    softplus(&(w * x)).norm_squared()
}

#[differentiable]
fn with_wrong_rule(w: &DMatrix<f64>, x: &DMatrix<f64>) -> f64 {
    sloppy_softplus(&(w * x)).norm_squared()
}

#[test]
fn hand_written_rules_are_used_and_checked() {
    passes_at_random_points("with_custom_rule", |rng| {
        with_custom_rule::check(&rng.matrix(2, 3), &rng.matrix(3, 4))
    });
    assert!(
        with_custom_rule::SOURCE.contains("softplus; a0 want0 back_0"),
        "{}",
        with_custom_rule::SOURCE
    );
    for seed in SEEDS {
        let mut rng = Rng::new(seed);
        let report = with_wrong_rule::check(&rng.matrix(2, 3), &rng.matrix(3, 4));
        assert!(!report.passed(), "the wrong rule went unnoticed at seed {seed}:\n{report}");
        assert!(report.failures().any(|entry| entry.verdict == Verdict::Fail), "{report}");
    }
    insta::assert_snapshot!("custom_rule", with_custom_rule::SOURCE);
}

/// `scaled(x, k) = x ⊙ k`, a hand-written rule whose adjoint for `k` must never run: it panics.
fn scaled(x: &DMatrix<f64>, k: &DMatrix<f64>) -> DMatrix<f64> {
    x.component_mul(k)
}

mod scaled {
    use super::*;

    /// `dx = d_out ⊙ k`.
    pub fn back_0(
        _x: &DMatrix<f64>,
        k: &DMatrix<f64>,
        _out: &DMatrix<f64>,
        d_out: &DMatrix<f64>,
    ) -> DMatrix<f64> {
        d_out.component_mul(k)
    }

    /// Would be `dk = d_out ⊙ x`; here it proves that nobody asks for it.
    pub fn back_1(
        _x: &DMatrix<f64>,
        _k: &DMatrix<f64>,
        _out: &DMatrix<f64>,
        _d_out: &DMatrix<f64>,
    ) -> DMatrix<f64> {
        panic!("the adjoint of an argument that is constant at its call site was computed")
    }
}

/// A layer whose `k` is differentiable: its own gradient would need `scaled::back_1`.
#[differentiable]
fn scaled_layer(w: &DMatrix<f64>, x: &DMatrix<f64>, k: &DMatrix<f64>) -> DMatrix<f64> {
    tanh(&scaled(&(w * x), k))
}

/// Calls the rule directly with a constant `k`, and the layer with a constant `k` and `x`.
#[differentiable(wrt(w))]
fn constant_arguments(w: &DMatrix<f64>, x: &DMatrix<f64>, k: &DMatrix<f64>) -> f64 {
    let direct = scaled(&(w * x), k).sum();
    let nested = scaled_layer(w, x, k);
    let deeper = scaled_layer(&nested, x, k).norm_squared();
    direct + deeper
}

#[test]
fn a_constant_argument_costs_no_adjoint_work() {
    passes_at_random_points("constant_arguments", |rng| {
        constant_arguments::check(&rng.matrix(3, 3), &rng.matrix(3, 3), &rng.matrix(3, 3))
    });
    // The layer's own gradient does ask for `k`'s adjoint: the rule is really on the path.
    let mut rng = Rng::new(SEEDS[0]);
    let (w, x, k) = (rng.matrix(3, 3), rng.matrix(3, 3), rng.matrix(3, 3));
    let asked = std::panic::catch_unwind(|| scaled_layer::vjp(&w, &x, &k, &DMatrix::zeros(3, 3)));
    assert!(asked.is_err(), "scaled_layer's own gradient should need scaled::back_1");
}

thread_local! {
    /// How many times `counted` ran its forward pass on this thread.
    static FORWARD_CALLS: std::cell::Cell<usize> = const { std::cell::Cell::new(0) };
}

/// `counted(x) = sin x`, elementwise, counting its forward calls.
fn counted(x: &DMatrix<f64>) -> DMatrix<f64> {
    FORWARD_CALLS.with(|calls| calls.set(calls.get() + 1));
    x.map(f64::sin)
}

mod counted {
    use super::*;

    /// `dx = d_out ⊙ cos x`.
    pub fn back_0(x: &DMatrix<f64>, _out: &DMatrix<f64>, d_out: &DMatrix<f64>) -> DMatrix<f64> {
        x.map(f64::cos).component_mul(d_out)
    }
}

/// A recurrence whose step is a hand-written rule and a generated function.
#[differentiable]
fn counted_step(w: &DMatrix<f64>, h: &DMatrix<f64>) -> DMatrix<f64> {
    counted(&(w * h))
}

#[differentiable]
fn counted_loop(w: &DMatrix<f64>, h0: &DMatrix<f64>, steps: usize) -> f64 {
    let mut h = h0.clone();
    for _ in 0..steps {
        h = counted(&(w * &h)) + counted_step(w, &h);
    }
    h.norm_squared()
}

#[test]
fn the_backward_sweep_of_a_loop_runs_no_forward_operation() {
    let mut rng = Rng::new(SEEDS[0]);
    let (w, h0) = (rng.matrix(3, 3) * 0.5, rng.matrix(3, 2));
    for steps in [1, 4, 9] {
        FORWARD_CALLS.with(|calls| calls.set(0));
        let _ = counted_loop::grad(&w, &h0, steps);
        let calls = FORWARD_CALLS.with(std::cell::Cell::get);
        // Two calls per iteration in the forward pass, none in the backward pass.
        assert_eq!(calls, 2 * steps, "{steps} steps: {calls} forward calls");
    }
    passes_at_random_points("counted_loop", |rng| {
        counted_loop::check(&(rng.matrix(3, 3) * 0.5), &rng.matrix(3, 2), 4)
    });
}

/// `counted_scalar(v) = sin v`, counting its forward calls like `counted` (a rule a `map`
/// closure can call: it takes and gives one element).
fn counted_scalar(v: f64) -> f64 {
    FORWARD_CALLS.with(|calls| calls.set(calls.get() + 1));
    v.sin()
}

mod counted_scalar {
    /// `dv = d_out · cos v`.
    #[allow(
        clippy::trivially_copy_pass_by_ref,
        reason = "a rule's adjoint takes its inputs, value and adjoint by reference"
    )]
    pub fn back_0(v: &f64, _out: &f64, d_out: &f64) -> f64 {
        v.cos() * d_out
    }
}

/// Both arms of an `if` call a counted rule, one through a nested `if` whose arms call it too,
/// the other in a loop (with a generated function in it).
#[differentiable]
fn counted_branches(w: &DMatrix<f64>, h0: &DMatrix<f64>, x: f64, steps: usize) -> f64 {
    let h = h0.clone();
    let chosen = if x > 0.0 {
        let inner = if x > 1.0 { counted(&(w * &h)) } else { counted(&h) * x };
        inner * x
    } else {
        let mut g = h.clone();
        for _ in 0..steps {
            g = counted(&(w * &g)) + counted_step(w, &g) * x;
        }
        g
    };
    chosen.norm_squared()
}

/// A `map` whose closure calls a counted rule in its body and in one arm of an `if`.
#[differentiable]
fn counted_map(m: &DMatrix<f64>, b: f64) -> f64 {
    let mapped = m.map(|v| {
        let s = counted_scalar(v * b);
        if s > 0.0 { s * s } else { counted_scalar(s) * 0.5 }
    });
    mapped.sum()
}

/// How many times `run` calls a counted rule's forward pass.
fn forward_calls(run: impl FnOnce()) -> usize {
    FORWARD_CALLS.with(|calls| calls.set(0));
    run();
    FORWARD_CALLS.with(std::cell::Cell::get)
}

#[test]
fn the_backward_pass_of_a_branch_runs_no_forward_operation() {
    let mut rng = Rng::new(SEEDS[0]);
    let (w, h0) = (rng.matrix(3, 3) * 0.5, rng.matrix(3, 2));
    let steps = 3;
    // The outer `then` arm through each arm of the nested `if`, and the outer `else` arm with
    // its loop: one call, one call, and two per iteration in the forward pass.
    for (x, expected) in [(1.5, 1), (0.5, 1), (-0.5, 2 * steps)] {
        let forward = forward_calls(|| {
            let _ = counted_branches::forward(&w, &h0, x, steps);
        });
        assert_eq!(forward, expected, "x = {x}: the forward pass alone");
        let grad = forward_calls(|| {
            let _ = counted_branches::grad(&w, &h0, x, steps);
        });
        assert_eq!(
            grad,
            forward,
            "x = {x}: the backward pass ran {} forward calls",
            grad - forward
        );
    }
    for x in [1.5, 0.5, -0.5] {
        passes_at_random_points("counted_branches", |rng| {
            counted_branches::check(&(rng.matrix(3, 3) * 0.5), &rng.matrix(3, 2), x, steps)
        });
    }
}

#[test]
fn the_backward_pass_of_a_map_runs_no_forward_operation() {
    let m = DMatrix::from_row_slice(2, 3, &[0.3, -1.2, 2.0, -0.4, 0.9, -2.5]);
    let b = 0.8_f64;
    // One call per element, and one more for each element whose `else` arm runs.
    let negative = m.iter().filter(|&&v| (v * b).sin() <= 0.0).count();
    assert!(negative > 0 && negative < m.len(), "both arms run");
    let forward = forward_calls(|| {
        let _ = counted_map::forward(&m, b);
    });
    assert_eq!(forward, m.len() + negative, "the forward pass alone");
    let grad = forward_calls(|| {
        let _ = counted_map::grad(&m, b);
    });
    assert_eq!(grad, forward, "the backward pass ran {} forward calls", grad - forward);
    let report = counted_map::check(&m, b);
    assert!(report.passed(), "{report}");
    passes_at_random_points("counted_map", |rng| {
        counted_map::check(&rng.matrix(3, 2), rng.scalar())
    });
}

#[differentiable]
fn kinked(x: f64, y: f64) -> f64 {
    let bent = if x < 1.0 { x } else { 3.0 * x - 2.0 };
    bent + y.abs() + x.max(y)
}

#[test]
fn kinks_are_reported_as_kinks() {
    // At x = 1 the branch switches; at y = 0 abs bends; both are kinks, not failures.
    for (x, y) in [(1.0, 0.3), (0.4, 0.0), (0.25, 0.25)] {
        let report = kinked::check(x, y);
        assert!(report.passed(), "kinked at ({x}, {y}):\n{report}");
        assert!(
            report.entries().iter().any(|entry| entry.verdict == Verdict::Kink),
            "no kink at ({x}, {y}):\n{report}"
        );
    }
    passes_at_random_points("kinked", |rng| {
        kinked::check(rng.between(-2.0, 0.5), rng.between(1.0, 2.0))
    });
}

#[differentiable]
fn recurrence_then_readout(w: &DMatrix<f64>, h0: &DMatrix<f64>, steps: usize) -> f64 {
    let mut h = h0.clone();
    let mut total = 0.0;
    for _ in 0..steps {
        h = tanh(&(w * &h));
        total += h.norm_squared();
    }
    total + (w * &h).sum()
}

#[differentiable]
fn two_recurrences(w: &DMatrix<f64>, h0: &DMatrix<f64>, steps: usize) -> f64 {
    let mut h = h0.clone();
    let mut total = 0.0;
    for _ in 0..steps {
        h = tanh(&(w * &h));
        total += h.norm_squared();
    }
    for _ in 0..steps {
        h = sigmoid(&(w * &h));
    }
    total + h.sum()
}

#[test]
fn a_loops_end_value_comes_back_from_its_storage_where_nothing_else_writes_it() {
    // The storage holds each iteration's end at the top of its reversed iteration: the tape
    // keeps no copy of it.
    let recovered = "let h_2 = ::std::mem::replace(&mut h, h_before);";
    assert!(recurrence_then_readout::SOURCE.contains(recovered));
    assert!(!recurrence_then_readout::SOURCE.contains("h_2.clone()"));
    passes_at_random_points("recurrence_then_readout", |rng| {
        recurrence_then_readout::check(&(rng.matrix(3, 3) * 0.5), &rng.matrix(3, 2), 4)
    });
    // A second loop overwrites `h` after the first: the first loop's tape keeps its copy, the
    // second loop takes its own end from the storage.
    assert!(two_recurrences::SOURCE.contains("h_2.clone()"));
    assert!(two_recurrences::SOURCE.contains("::std::mem::replace(&mut h, h_before_2)"));
    passes_at_random_points("two_recurrences", |rng| {
        two_recurrences::check(&(rng.matrix(3, 3) * 0.5), &rng.matrix(3, 2), 4)
    });
}
