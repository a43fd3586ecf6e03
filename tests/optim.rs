//! Optimizers, clipping and schedules against steps computed by hand.
//!
//! Each update rule takes two steps from a known point with known gradients; the expected values
//! are the rule's formulas worked through by hand (with a calculator), written out below.

use approx::assert_relative_eq;
use backprop::Params;
use backprop::nalgebra::{DMatrix, DVector};
use backprop::nn::{Dense, Layer, Mlp, Norm};
use backprop::optim::{Optimizer, Rule, Schedule, clip_by_global_norm, clip_by_value, global_norm};

/// Two steps of `rule` from θ = 1 with gradients `g1` then `g2` at learning rate `rate`.
fn two_steps(rule: Rule, rate: f64, g1: f64, g2: f64) -> (f64, f64) {
    let mut theta = 1.0;
    let mut optimizer = Optimizer::new(rule);
    optimizer.step(&mut theta, &g1, rate);
    let first = theta;
    optimizer.step(&mut theta, &g2, rate);
    (first, theta)
}

#[test]
fn sgd_steps_against_the_gradient() {
    // θ = 1 − 0.1·2 = 0.8, then 0.8 − 0.1·(−1) = 0.9.
    let (first, second) = two_steps(Rule::Sgd, 0.1, 2.0, -1.0);
    assert_relative_eq!(first, 0.8);
    assert_relative_eq!(second, 0.9);
}

#[test]
fn momentum_accumulates_a_velocity() {
    // v = 1, θ = 1 − 0.1·1 = 0.9; v = 0.9·1 + 1 = 1.9, θ = 0.9 − 0.19 = 0.71.
    let (first, second) = two_steps(Rule::momentum(false), 0.1, 1.0, 1.0);
    assert_relative_eq!(first, 0.9);
    assert_relative_eq!(second, 0.71);
}

#[test]
fn nesterov_looks_ahead_along_the_velocity() {
    // v = 1, θ = 1 − 0.1·(1 + 0.9·1) = 0.81; v = 1.9, θ = 0.81 − 0.1·(1 + 0.9·1.9) = 0.539.
    let (first, second) = two_steps(Rule::momentum(true), 0.1, 1.0, 1.0);
    assert_relative_eq!(first, 0.81);
    assert_relative_eq!(second, 0.539);
}

#[test]
fn rms_prop_divides_by_the_root_mean_square() {
    // s = 0.1·4 = 0.4, θ = 1 − 0.01·2/√0.4 = 0.968377223…;
    // s = 0.9·0.4 + 0.4 = 0.76, θ −= 0.01·2/√0.76 → 0.945435650…
    let (first, second) = two_steps(Rule::rms_prop(), 0.01, 2.0, 2.0);
    assert_relative_eq!(first, 1.0 - 0.02 / 0.4_f64.sqrt(), max_relative = 1e-8); // ε = 1e-8
    assert_relative_eq!(second, 0.945_435_650_774_417_8, max_relative = 1e-12);
}

#[test]
fn adam_corrects_the_bias_of_its_moments() {
    // t = 1: m = 0.2, v = 0.004, m̂ = 2, v̂ = 4, θ = 1 − 0.1·2/(2 + 1e-8) ≈ 0.9.
    // t = 2, g = −1: m = 0.08, v = 0.004996, m̂ = 0.08/0.19, v̂ = 0.004996/0.001999,
    // θ = 0.9 − 0.1·0.421052…/1.580901… = 0.873366296…
    let (first, second) = two_steps(Rule::adam(), 0.1, 2.0, -1.0);
    assert_relative_eq!(first, 0.9, max_relative = 1e-8);
    assert_relative_eq!(second, 0.873_366_296_702_431_5, max_relative = 1e-9);
}

#[test]
fn adam_w_decays_the_weights_apart_from_the_gradient() {
    // θ = 1 − 0.1·(2/(2 + 1e-8) + 0.1·1) ≈ 0.89: the decay does not go through m and v.
    let (first, _) = two_steps(Rule::adam_w(0.1), 0.1, 2.0, 2.0);
    assert_relative_eq!(first, 0.89, max_relative = 1e-8);
}

fn small_mlp(scale: f64) -> Mlp {
    let dense = Dense {
        w: DMatrix::from_row_slice(2, 2, &[1.0, 2.0, 3.0, 4.0]) * scale,
        b: DVector::from_vec(vec![0.5, -0.5]) * scale,
    };
    let norm = Norm { gamma: DVector::from_element(2, scale), beta: DVector::zeros(2) };
    Mlp { layers: vec![Layer { dense, norm }] }
}

#[test]
fn a_network_is_updated_tensor_by_tensor_as_each_tensor_alone() {
    let mut mlp = small_mlp(1.0);
    let grad = small_mlp(0.5);
    let mut optimizer = Optimizer::new(Rule::adam());
    let mut w = mlp.layers[0].dense.w.clone();
    let mut alone = Optimizer::new(Rule::adam());
    for _ in 0..3 {
        optimizer.step(&mut mlp, &grad, 0.01);
        alone.step(&mut w, &grad.layers[0].dense.w, 0.01);
    }
    assert_relative_eq!(mlp.layers[0].dense.w, w, max_relative = 1e-15);
}

#[test]
fn clipping_by_global_norm_keeps_the_direction() {
    // ‖g‖² = (1 + 4 + 9 + 16 + 0.25 + 0.25 + 1 + 1) = 32.5.
    let mut grad = small_mlp(1.0);
    let before = clip_by_global_norm(&mut grad, 1.0);
    assert_relative_eq!(before, 32.5_f64.sqrt(), max_relative = 1e-15);
    assert_relative_eq!(global_norm(&grad), 1.0, max_relative = 1e-12);
    assert_relative_eq!(
        grad.layers[0].dense.w[(1, 1)],
        4.0 / 32.5_f64.sqrt(),
        max_relative = 1e-12
    );
    let mut small = small_mlp(0.01);
    let unchanged = small.clone();
    clip_by_global_norm(&mut small, 1.0);
    assert_eq!(small, unchanged);
}

#[test]
fn clipping_by_value_clamps_each_element() {
    let mut grad = small_mlp(1.0);
    clip_by_value(&mut grad, 2.5);
    assert_eq!(grad.layers[0].dense.w.as_slice(), &[1.0, 2.5, 2.0, 2.5]);
    assert_eq!(grad.layers[0].dense.b.as_slice(), &[0.5, -0.5]);
    assert_eq!(grad.element_count(), 10);
}

#[test]
fn schedules_give_the_rates_of_their_formulas() {
    let step = Schedule::Step { every: 10, factor: 0.5 };
    assert_relative_eq!(step.rate(1.0, 9, 0), 1.0);
    assert_relative_eq!(step.rate(1.0, 25, 0), 0.25);
    let cosine = Schedule::Cosine { total: 100, floor: 0.1 };
    assert_relative_eq!(cosine.rate(1.0, 0, 0), 1.0);
    assert_relative_eq!(cosine.rate(1.0, 50, 0), 0.55, max_relative = 1e-12);
    assert_relative_eq!(cosine.rate(1.0, 100, 0), 0.1);
    assert_relative_eq!(cosine.rate(1.0, 500, 0), 0.1);
    // Warm-up over 4 steps: 0.25, 0.5, 0.75, 1, then the schedule from its own step 0.
    let warm: Vec<f64> = (0..6).map(|s| step.rate(1.0, s, 4)).collect();
    assert_eq!(warm, [0.25, 0.5, 0.75, 1.0, 1.0, 1.0]);
}

#[test]
fn names_give_the_rules() {
    assert_eq!(Rule::named("nesterov"), Some(Rule::momentum(true)));
    assert_eq!(Rule::named("adagrad"), None);
}
