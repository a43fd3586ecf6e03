//! The layers, losses and whole networks of `backprop::nn` against the finite-difference checker.
//!
//! Every layer and loss is a `#[differentiable]` function, so each is checked through its
//! generated `check`. A network's gradient is the chain of its layers' generated `vjp`s, so it is
//! checked as a whole, with batch norm and dropout, for every activation; and a deliberately
//! broken chain must fail.

use backprop::Params;
use backprop::check::Config;
use backprop::data::Rng;
use backprop::nalgebra::{DMatrix, DVector};
use backprop::nn::{
    self, Activation, Dense, Init, LayerSpec, Mlp, Network, Norm, batch_norm_eval,
    batch_norm_train, binary_cross_entropy, dense, dense_input, dropout, l2_penalty,
    mean_squared_error, softmax_cross_entropy,
};

fn matrix(rng: &mut Rng, rows: usize, cols: usize) -> DMatrix<f64> {
    DMatrix::from_fn(rows, cols, |_, _| rng.normal())
}

fn vector(rng: &mut Rng, len: usize) -> DVector<f64> {
    DVector::from_fn(len, |_, _| rng.normal())
}

#[test]
fn every_layer_and_loss_passes_its_generated_check() {
    let mut rng = Rng::new(11);
    let p = Dense { w: matrix(&mut rng, 4, 3), b: vector(&mut rng, 4) };
    let x = matrix(&mut rng, 3, 6);
    let norm = Norm { gamma: vector(&mut rng, 4), beta: vector(&mut rng, 4) };
    let z = matrix(&mut rng, 4, 6);
    let shift = vector(&mut rng, 4);
    let inv_std = DVector::from_fn(4, |_, _| 0.5 + rng.uniform());
    let mask = DMatrix::from_fn(4, 6, |_, _| if rng.uniform() < 0.7 { 1.0 / 0.7 } else { 0.0 });
    let labels = [0, 1, 2, 3, 0, 1];
    let targets = DMatrix::from_fn(4, 6, |_, _| rng.uniform());

    let reports = [
        ("dense", dense::check(&p, &x)),
        ("dense_input", dense_input::check(&p, &x)),
        ("batch_norm_train", batch_norm_train::check(&norm, &z)),
        ("batch_norm_eval", batch_norm_eval::check(&norm, &z, &shift, &inv_std)),
        ("dropout", dropout::check(&z, &mask)),
        ("l2_penalty", l2_penalty::check(&p.w, 0.1)),
        ("softmax_cross_entropy", softmax_cross_entropy::check(&z, &labels)),
        ("binary_cross_entropy", binary_cross_entropy::check(&z, &targets)),
        ("mean_squared_error", mean_squared_error::check(&z, &targets)),
    ];
    for (name, report) in reports {
        assert!(report.passed(), "{name}:\n{report}");
    }
}

/// A network with every kind of layer: batch norm and dropout on hidden layers of each
/// activation.
fn mixed_network(seed: u64) -> Network {
    let specs = [
        LayerSpec::new(7, Activation::Tanh).with_batch_norm(),
        LayerSpec::new(6, Activation::Sigmoid).with_dropout(0.3),
        LayerSpec::new(6, Activation::Softplus).with_batch_norm().with_dropout(0.2),
        LayerSpec::new(5, Activation::LeakyRelu),
        LayerSpec::new(5, Activation::Relu).with_batch_norm(),
        LayerSpec::new(3, Activation::Identity),
    ];
    Network::new(4, &specs, Init::Glorot, seed)
}

#[test]
fn the_whole_network_with_batch_norm_and_dropout_passes_the_check() {
    for seed in 1..=3 {
        let network = mixed_network(seed);
        let mut rng = Rng::new(100 + seed);
        let x = matrix(&mut rng, 4, 9);
        let labels: Vec<usize> = (0..9).map(|j| j % 3).collect();
        let masks = network.draw_masks(9, &mut rng);
        assert!(masks[1].is_some() && masks[2].is_some() && masks[0].is_none());
        let report = network.check(&x, &labels, &masks, 0.01);
        assert!(report.passed(), "seed {seed}:\n{report}");
        assert_eq!(report.entries().len(), network.mlp.element_count());
    }
}

#[test]
fn a_broken_chain_fails_the_check_and_is_named() {
    let network = mixed_network(1);
    let mut rng = Rng::new(5);
    let x = matrix(&mut rng, 4, 9);
    let labels: Vec<usize> = (0..9).map(|j| j % 3).collect();
    let masks = network.no_masks();
    let (_, mut grad) = network.loss_and_grad(&network.mlp, &x, &labels, &masks, 0.0);
    // A 5 % error in the first layer's weight gradient, as a wrong factor in its backward gives.
    grad.layers[0].dense.w *= 1.05;
    let loss = |mlp: &Mlp| network.loss(mlp, &x, &labels, &masks, 0.0);
    let report = backprop::check::params(loss, &network.mlp, |seed: &f64| {
        let mut scaled = grad.zeros_like();
        scaled.add_scaled(&grad, *seed);
        scaled
    });
    assert!(!report.passed());
    assert!(report.failures().all(|entry| entry.name.contains("[0].dense.w")), "{report}");
}

#[test]
fn a_large_network_is_checked_by_sample_and_directions() {
    let network = Network::classifier(64, &[48, 32], 10, Activation::Relu, Init::He, 3);
    let mut rng = Rng::new(9);
    let x = matrix(&mut rng, 64, 16);
    let labels: Vec<usize> = (0..16).map(|j| j % 10).collect();
    let config = Config::default().with_budget(300);
    let report = network.check_with(&x, &labels, &network.no_masks(), 0.0, &config);
    assert!(report.passed(), "{report}");
    let header = report.to_string();
    assert!(header.contains(" of 5018 elements checked, 16 random directions"), "{header}");
}

#[test]
fn layer_elements_are_named_by_position_and_field() {
    let network = mixed_network(1);
    let last = network.mlp.element_count() - 1;
    // The derive joins field paths with dots; a stack names its items by position.
    assert_eq!(network.mlp.element_name(0), "layers[0].dense.w[0,0]");
    assert_eq!(network.mlp.element_name(last), "layers[5].dense.b[2]");
}

#[test]
fn a_second_backward_over_one_trace_gives_the_same_gradient() {
    // The first backward pass uses the pullbacks the forward pass kept; a second one has none
    // left and goes through each layer's vjp, which runs its forward again.
    let network = mixed_network(4);
    let mut rng = Rng::new(104);
    let x = matrix(&mut rng, 4, 9);
    let labels: Vec<usize> = (0..9).map(|j| j % 3).collect();
    let masks = network.draw_masks(9, &mut rng);
    let trace = network.forward_train(&network.mlp, &x, &masks);
    let (loss, first) = network.backward(&network.mlp, &trace, &labels, &masks, 0.01);
    let (again, second) = network.backward(&network.mlp, &trace, &labels, &masks, 0.01);
    assert_eq!(loss.to_bits(), again.to_bits());
    assert_eq!(first, second);
}

#[test]
fn evaluation_mode_batch_norm_uses_the_running_statistics() {
    let mut network = Network::new(
        3,
        &[LayerSpec::new(4, Activation::Identity).with_batch_norm()],
        Init::Glorot,
        2,
    );
    let mut rng = Rng::new(3);
    let x = matrix(&mut rng, 3, 20);
    let trace = network.forward_train(&network.mlp, &x, &network.no_masks());
    // With momentum 1 the running statistics become this batch's, so both modes agree.
    network.update_running(&trace, 1.0);
    let eval = network.predict_logits(&x);
    let largest = (eval - &trace.logits).abs().max();
    assert!(largest < 1e-12, "modes differ by {largest}");
}

#[test]
fn initialisations_have_the_variance_they_promise() {
    let spread = |init| {
        let network = Network::new(400, &[LayerSpec::new(200, Activation::Relu)], init, 4);
        let w = &network.mlp.layers[0].dense.w;
        (w.norm_squared() / w.len() as f64).sqrt()
    };
    let he = spread(Init::He);
    let glorot = spread(Init::Glorot);
    approx::assert_relative_eq!(he, (2.0_f64 / 400.0).sqrt(), max_relative = 0.02);
    approx::assert_relative_eq!(glorot, (2.0_f64 / 600.0).sqrt(), max_relative = 0.02);
    approx::assert_relative_eq!(spread(Init::Normal(0.5)), 0.5, max_relative = 0.02);
}

#[test]
fn dense_source_is_readable() {
    assert!(nn::dense::SOURCE.contains("add_bias"));
}
