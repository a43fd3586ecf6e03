//! A multi-layer perceptron: its parameters, its forward pass, and its backward pass as the
//! chain rule over layers.
//!
//! In: a batch (inputs × samples), labels, dropout masks. Out: the logits, the loss, and the
//! gradient as an [`Mlp`] of the same shape as the parameters. Each layer is dense → batch norm
//! (optional) → activation → dropout (optional); the last layer's output is the logits.

use std::cell::Cell;
use std::fmt;

use nalgebra::{DMatrix, DVector};

use super::Activation;
use super::layers::{
    Dense, Norm, batch_norm_eval, batch_norm_train, dense, dense_input, dropout, l2_penalty,
    softmax_cross_entropy,
};
use crate::Params;
use crate::check::{self, Config, Report};
use crate::data::Rng;
use crate::ops::norm::{BATCH_NORM_EPSILON, row_statistics};

/// One layer's parameters: the dense part, and the batch-norm scale and shift (empty when the
/// layer has no batch normalization).
#[derive(Params, Clone, Debug, PartialEq)]
pub struct Layer {
    /// `W` and `b`.
    pub dense: Dense,
    /// `γ` and `β`, or two empty vectors.
    pub norm: Norm,
}

/// The parameters of a network: its layers, first to last. Also the type of its gradient.
#[derive(Params, Clone, Debug, PartialEq)]
pub struct Mlp {
    /// The layers, input side first.
    pub layers: Vec<Layer>,
}

/// What a layer does besides its weights, chosen when the network is built.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct LayerSpec {
    /// Number of outputs (units).
    pub units: usize,
    /// The activation after the affine part (and batch norm).
    pub activation: Activation,
    /// Batch normalization between the affine part and the activation.
    pub batch_norm: bool,
    /// The probability of dropping each output during training (0 for none).
    pub dropout: f64,
}

impl LayerSpec {
    /// A plain layer: no batch norm, no dropout.
    #[must_use]
    pub fn new(units: usize, activation: Activation) -> Self {
        LayerSpec { units, activation, batch_norm: false, dropout: 0.0 }
    }

    /// The same layer with batch normalization.
    #[must_use]
    pub fn with_batch_norm(mut self) -> Self {
        self.batch_norm = true;
        self
    }

    /// The same layer with dropout of probability `p`.
    #[must_use]
    pub fn with_dropout(mut self, p: f64) -> Self {
        self.dropout = p;
        self
    }
}

/// How the initial weights are drawn (biases start at 0).
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Init {
    /// Glorot/Xavier: normal with variance `2/(fan_in + fan_out)`, for sigmoid and tanh
    /// (Glorot and Bengio, 2010).
    Glorot,
    /// He: normal with variance `2/fan_in`, for relu and its relatives (He et al., 2015).
    He,
    /// Normal with this standard deviation whatever the fan-in: what the exploding-gradient
    /// and vanishing-gradient experiments use.
    Normal(f64),
}

/// Running averages of the batch statistics of a batch-norm layer, used in evaluation mode.
#[derive(Clone, Debug, PartialEq)]
pub struct Running {
    /// Running mean per feature.
    pub mean: DVector<f64>,
    /// Running (biased) variance per feature.
    pub variance: DVector<f64>,
}

/// What the forward pass of one layer kept for its backward pass.
#[derive(Clone, Debug)]
struct Kept {
    input: DMatrix<f64>,
    z: DMatrix<f64>,
    normalized: DMatrix<f64>,
    activated: DMatrix<f64>,
}

/// A dense layer's backward pass, as its generated `pullback` returned it in the forward pass:
/// `(p, x, z, d_z, want_p, want_x) -> (d_p, d_x)`.
type DensePullback = Box<
    dyn FnOnce(
        &Dense,
        &DMatrix<f64>,
        &DMatrix<f64>,
        &DMatrix<f64>,
        bool,
        bool,
    ) -> (Dense, DMatrix<f64>),
>;

/// The forward pass of a training batch: what each layer kept, and the logits.
pub struct Trace {
    kept: Vec<Kept>,
    /// Each dense layer's pullback, taken by the first backward pass over this trace; a second
    /// one goes through the layers' `vjp`, which runs their forward again.
    pullbacks: Vec<Cell<Option<DensePullback>>>,
    /// The last layer's output, classes × samples.
    pub logits: DMatrix<f64>,
}

impl fmt::Debug for Trace {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let pending = self.pullbacks.iter().map(|cell| {
            let pullback = cell.take();
            let present = pullback.is_some();
            cell.set(pullback);
            present
        });
        f.debug_struct("Trace")
            .field("kept", &self.kept)
            .field("pullbacks_pending", &pending.collect::<Vec<bool>>())
            .field("logits", &self.logits)
            .finish()
    }
}

/// A network: parameters, layer plan and batch-norm running statistics.
///
/// # Example
/// ```
/// use backprop::nn::{Activation, Init, LayerSpec, Network};
/// use backprop::nalgebra::DMatrix;
///
/// let specs = [LayerSpec::new(5, Activation::Tanh), LayerSpec::new(3, Activation::Identity)];
/// let net = Network::new(4, &specs, Init::Glorot, 1);
/// let x = DMatrix::from_fn(4, 6, |i, j| (i as f64 - j as f64) * 0.3);
/// let labels = [0, 1, 2, 0, 1, 2];
/// let (loss, grad) = net.loss_and_grad(&net.mlp, &x, &labels, &net.no_masks(), 0.0);
/// assert!(loss > 0.0 && grad.layers[0].dense.w.shape() == (5, 4));
/// assert!(net.check(&x, &labels, &net.no_masks(), 0.0).passed());
/// ```
#[derive(Clone, Debug)]
pub struct Network {
    /// The parameters, which an optimizer updates.
    pub mlp: Mlp,
    /// What each layer does, first to last.
    pub specs: Vec<LayerSpec>,
    /// Running statistics of the batch-norm layers (empty vectors elsewhere).
    pub running: Vec<Running>,
    /// Number of inputs.
    pub inputs: usize,
}

impl Network {
    /// A network with `inputs` inputs and the given layers, weights drawn by `init` from `seed`.
    #[must_use]
    pub fn new(inputs: usize, specs: &[LayerSpec], init: Init, seed: u64) -> Self {
        let mut rng = Rng::new(seed);
        let mut layers = Vec::new();
        let mut running = Vec::new();
        let mut fan_in = inputs;
        for spec in specs {
            let fan_out = spec.units;
            let std = match init {
                Init::Glorot => (2.0 / (fan_in + fan_out) as f64).sqrt(),
                Init::He => (2.0 / fan_in.max(1) as f64).sqrt(),
                Init::Normal(std) => std,
            };
            let w = DMatrix::from_fn(fan_out, fan_in, |_, _| std * rng.normal());
            let width = if spec.batch_norm { fan_out } else { 0 };
            let norm =
                Norm { gamma: DVector::from_element(width, 1.0), beta: DVector::zeros(width) };
            layers.push(Layer { dense: Dense { w, b: DVector::zeros(fan_out) }, norm });
            running.push(Running {
                mean: DVector::zeros(width),
                variance: DVector::from_element(width, 1.0),
            });
            fan_in = fan_out;
        }
        Network { mlp: Mlp { layers }, specs: specs.to_vec(), running, inputs }
    }

    /// A plain network: `hidden` layers of the given widths with `activation`, then a linear
    /// output layer of `classes` logits.
    #[must_use]
    pub fn classifier(
        inputs: usize,
        hidden: &[usize],
        classes: usize,
        activation: Activation,
        init: Init,
        seed: u64,
    ) -> Self {
        let mut specs: Vec<LayerSpec> =
            hidden.iter().map(|&units| LayerSpec::new(units, activation)).collect();
        specs.push(LayerSpec::new(classes, Activation::Identity));
        Network::new(inputs, &specs, init, seed)
    }

    /// No dropout masks: what evaluation and a network without dropout use.
    #[must_use]
    pub fn no_masks(&self) -> Vec<Option<DMatrix<f64>>> {
        vec![None; self.specs.len()]
    }

    /// Fresh dropout masks for a batch of `samples` columns: entries 0 with each layer's dropout
    /// probability `p`, `1/(1 − p)` otherwise; `None` for layers without dropout.
    pub fn draw_masks(&self, samples: usize, rng: &mut Rng) -> Vec<Option<DMatrix<f64>>> {
        self.specs
            .iter()
            .map(|spec| {
                (spec.dropout > 0.0).then(|| {
                    let keep = 1.0 - spec.dropout;
                    DMatrix::from_fn(spec.units, samples, |_, _| {
                        if rng.uniform() < keep { 1.0 / keep } else { 0.0 }
                    })
                })
            })
            .collect()
    }

    /// The training-mode forward pass of `mlp` on `x`: batch norm on this batch's statistics,
    /// dropout with `masks`.
    #[must_use]
    pub fn forward_train(
        &self,
        mlp: &Mlp,
        x: &DMatrix<f64>,
        masks: &[Option<DMatrix<f64>>],
    ) -> Trace {
        let mut kept = Vec::with_capacity(self.specs.len());
        let mut pullbacks = Vec::with_capacity(self.specs.len());
        let mut input = x.clone();
        for (k, (layer, spec)) in mlp.layers.iter().zip(&self.specs).enumerate() {
            // The first layer's input is data: its pullback computes no adjoint for it.
            let (z, pullback): (DMatrix<f64>, DensePullback) = if k == 0 {
                let (z, pullback) = dense_input::pullback(&layer.dense, &input);
                let without_input = move |p: &Dense, x: &_, z: &_, d_z: &_, want_p, want_x| {
                    (pullback(p, x, z, d_z, want_p, want_x).0, DMatrix::zeros(0, 0))
                };
                (z, Box::new(without_input))
            } else {
                let (z, pullback) = dense::pullback(&layer.dense, &input);
                (z, Box::new(pullback))
            };
            pullbacks.push(Cell::new(Some(pullback)));
            let normalized =
                if spec.batch_norm { batch_norm_train(&layer.norm, &z) } else { z.clone() };
            let activated = spec.activation.apply(&normalized);
            let output = match masks.get(k).and_then(Option::as_ref) {
                Some(mask) => dropout(&activated, mask),
                None => activated.clone(),
            };
            kept.push(Kept { input, z, normalized, activated });
            input = output;
        }
        Trace { kept, pullbacks, logits: input }
    }

    /// The evaluation-mode forward pass: batch norm on the running statistics, no dropout.
    #[must_use]
    pub fn predict_logits(&self, x: &DMatrix<f64>) -> DMatrix<f64> {
        let mut input = x.clone();
        for ((layer, spec), running) in self.mlp.layers.iter().zip(&self.specs).zip(&self.running) {
            let z = dense(&layer.dense, &input);
            let normalized = if spec.batch_norm {
                let shift = -&running.mean;
                let inv_std = running.variance.map(|v| 1.0 / (v + BATCH_NORM_EPSILON).sqrt());
                batch_norm_eval(&layer.norm, &z, &shift, &inv_std)
            } else {
                z
            };
            input = spec.activation.apply(&normalized);
        }
        input
    }

    /// The class with the largest logit, per column of `x`.
    #[must_use]
    pub fn predict(&self, x: &DMatrix<f64>) -> Vec<usize> {
        self.predict_logits(x).column_iter().map(|column| column.argmax().0).collect()
    }

    /// The training loss of `mlp` on a batch: softmax cross-entropy plus `l2`·½‖W‖² for every
    /// weight matrix.
    #[must_use]
    pub fn loss(
        &self,
        mlp: &Mlp,
        x: &DMatrix<f64>,
        labels: &[usize],
        masks: &[Option<DMatrix<f64>>],
        l2: f64,
    ) -> f64 {
        let logits = self.forward_train(mlp, x, masks).logits;
        softmax_cross_entropy(&logits, labels) + Self::penalty(mlp, l2)
    }

    fn penalty(mlp: &Mlp, l2: f64) -> f64 {
        if l2 == 0.0 {
            return 0.0;
        }
        mlp.layers.iter().map(|layer| l2_penalty(&layer.dense.w, l2)).sum()
    }

    /// The loss and its gradient with respect to every parameter of `mlp`.
    #[must_use]
    pub fn loss_and_grad(
        &self,
        mlp: &Mlp,
        x: &DMatrix<f64>,
        labels: &[usize],
        masks: &[Option<DMatrix<f64>>],
        l2: f64,
    ) -> (f64, Mlp) {
        let trace = self.forward_train(mlp, x, masks);
        let (loss, grad) = self.backward(mlp, &trace, labels, masks, l2);
        (loss, grad)
    }

    /// The backward pass of a [`Trace`]: the loss, then each layer's generated backward pass (the
    /// dense part's `pullback` kept by the forward pass, the others' `vjp`) from the
    /// last layer to the first, each handing the adjoint of its input to the layer below.
    #[must_use]
    pub fn backward(
        &self,
        mlp: &Mlp,
        trace: &Trace,
        labels: &[usize],
        masks: &[Option<DMatrix<f64>>],
        l2: f64,
    ) -> (f64, Mlp) {
        let (loss, d_loss) = softmax_cross_entropy::vjp(&trace.logits, labels, 1.0);
        let mut d_output = d_loss.logits;
        let mut grads = Vec::with_capacity(mlp.layers.len());
        for (k, ((layer, spec), kept)) in
            mlp.layers.iter().zip(&self.specs).zip(&trace.kept).enumerate().rev()
        {
            let d_activated = match masks.get(k).and_then(Option::as_ref) {
                Some(mask) => dropout::vjp(&kept.activated, mask, &d_output).1.h,
                None => d_output,
            };
            let d_normalized =
                spec.activation.back(&kept.normalized, &kept.activated, &d_activated);
            let (d_norm, d_z) = if spec.batch_norm {
                let d = batch_norm_train::vjp(&layer.norm, &kept.z, &d_normalized).1;
                (d.p, d.z)
            } else {
                (layer.norm.zeros_like(), d_normalized)
            };
            let pullback = trace.pullbacks.get(k).and_then(Cell::take);
            let mut d_dense = match pullback {
                Some(pullback) => {
                    let (d_p, d_x) =
                        pullback(&layer.dense, &kept.input, &kept.z, &d_z, true, k > 0);
                    d_output = d_x;
                    d_p
                }
                None if k == 0 => {
                    d_output = DMatrix::zeros(0, 0);
                    dense_input::vjp(&layer.dense, &kept.input, &d_z).1.p
                }
                None => {
                    let d = dense::vjp(&layer.dense, &kept.input, &d_z).1;
                    d_output = d.x;
                    d.p
                }
            };
            if l2 != 0.0 {
                d_dense.w += l2_penalty::vjp(&layer.dense.w, l2, 1.0).1.w;
            }
            grads.push(Layer { dense: d_dense, norm: d_norm });
        }
        grads.reverse();
        (loss + Self::penalty(mlp, l2), Mlp { layers: grads })
    }

    /// Moves the running statistics of every batch-norm layer towards this batch's:
    /// `running ← (1 − momentum)·running + momentum·batch`.
    pub fn update_running(&mut self, trace: &Trace, momentum: f64) {
        for ((running, spec), kept) in self.running.iter_mut().zip(&self.specs).zip(&trace.kept) {
            if spec.batch_norm {
                let (mean, variance) = row_statistics(&kept.z);
                running.mean = &running.mean * (1.0 - momentum) + mean * momentum;
                running.variance = &running.variance * (1.0 - momentum) + variance * momentum;
            }
        }
    }

    /// Checks the gradient of the whole network's loss on a batch against finite differences,
    /// with the checker's default settings (a stratified sample and random directions when the
    /// network has more than 1,000 parameters).
    #[must_use]
    pub fn check(
        &self,
        x: &DMatrix<f64>,
        labels: &[usize],
        masks: &[Option<DMatrix<f64>>],
        l2: f64,
    ) -> Report {
        self.check_with(x, labels, masks, l2, &Config::default())
    }

    /// [`check`](Network::check) with explicit settings.
    #[must_use]
    pub fn check_with(
        &self,
        x: &DMatrix<f64>,
        labels: &[usize],
        masks: &[Option<DMatrix<f64>>],
        l2: f64,
        config: &Config,
    ) -> Report {
        let (_, grad) = self.loss_and_grad(&self.mlp, x, labels, masks, l2);
        let loss = |mlp: &Mlp| self.loss(mlp, x, labels, masks, l2);
        let vjp = |seed: &f64| {
            let mut scaled = grad.zeros_like();
            scaled.add_scaled(&grad, *seed);
            scaled
        };
        check::params_with(loss, &self.mlp, vjp, config)
    }
}
