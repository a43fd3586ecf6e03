//! The layers and losses a network is made of, each a `#[differentiable]` function.
//!
//! In: a layer's parameters (a `#[derive(Params)]` struct) and its input batch, one column per
//! sample. Out: the layer's output, and beside each function the module the macro generated for
//! it (`dense::vjp`, `dense::check`, `dense::SOURCE`). Constants that must not be differentiated,
//! such as a dropout mask or batch-norm running statistics, are explicit arguments left out of
//! `wrt(…)`, so every function here is deterministic and the checker can verify it.

use nalgebra::{DMatrix, DVector};

use crate::ops::{add_bias, batch_norm, bce_with_logits, cross_entropy, mse, scale_rows};
use crate::{Params, differentiable};

/// The weights and bias of a fully connected layer: `w` is outputs × inputs.
#[derive(Params, Clone, Debug, PartialEq)]
pub struct Dense {
    /// Weights, outputs × inputs.
    pub w: DMatrix<f64>,
    /// Bias, one per output.
    pub b: DVector<f64>,
}

/// `Z = W·X + b`: a fully connected layer on a batch `X` (inputs × samples).
#[differentiable]
#[must_use]
pub fn dense(p: &Dense, x: &DMatrix<f64>) -> DMatrix<f64> {
    add_bias(&(&p.w * x), &p.b)
}

/// [`dense()`](fn@dense) for the first layer, whose input is data: its adjoint is never needed,
/// so the backward pass skips the product `Wᵀ·dZ` that would compute it.
#[differentiable(wrt(p))]
#[must_use]
pub fn dense_input(p: &Dense, x: &DMatrix<f64>) -> DMatrix<f64> {
    add_bias(&(&p.w * x), &p.b)
}

/// The scale `γ` and shift `β` of a batch-normalization layer, one per feature. Empty in a layer
/// without batch normalization.
#[derive(Params, Clone, Debug, PartialEq)]
pub struct Norm {
    /// Scale, one per feature (initially 1).
    pub gamma: DVector<f64>,
    /// Shift, one per feature (initially 0).
    pub beta: DVector<f64>,
}

/// Batch normalization in training mode: each feature normalized by its mean and variance over
/// this batch, then scaled and shifted. The running averages used at evaluation are updated
/// outside, from [`row_statistics`](crate::ops::norm::row_statistics).
#[differentiable]
#[must_use]
pub fn batch_norm_train(p: &Norm, z: &DMatrix<f64>) -> DMatrix<f64> {
    batch_norm(z, &p.gamma, &p.beta)
}

/// Batch normalization in evaluation mode: `γ ⊙ (z + shift) ⊙ inv_std + β` with the running
/// statistics as constants (`shift = −mean`, `inv_std = 1/√(var + ε)`), so a sample's output no
/// longer depends on the rest of its batch.
#[differentiable(wrt(p, z))]
#[must_use]
pub fn batch_norm_eval(
    p: &Norm,
    z: &DMatrix<f64>,
    shift: &DVector<f64>,
    inv_std: &DVector<f64>,
) -> DMatrix<f64> {
    let normalized = scale_rows(&add_bias(z, shift), inv_std);
    add_bias(&scale_rows(&normalized, &p.gamma), &p.beta)
}

/// Inverted dropout with the mask as a constant: `H ⊙ mask`, where the training loop draws each
/// mask entry as 0 (dropped, probability `p`) or `1/(1 − p)` (kept), so that evaluation, which
/// keeps every unit, needs no rescaling.
#[differentiable(wrt(h))]
#[must_use]
pub fn dropout(h: &DMatrix<f64>, mask: &DMatrix<f64>) -> DMatrix<f64> {
    h.component_mul(mask)
}

/// The L2 penalty `(λ/2)·‖W‖²` of a weight matrix, added to the loss: its gradient `λ·W` pulls
/// every weight towards 0 ("weight decay").
#[differentiable(wrt(w))]
#[must_use]
pub fn l2_penalty(w: &DMatrix<f64>, strength: f64) -> f64 {
    0.5 * strength * w.norm_squared()
}

/// Softmax cross-entropy of class logits (classes × samples) against one label per column, mean
/// over the batch.
#[differentiable]
#[must_use]
pub fn softmax_cross_entropy(logits: &DMatrix<f64>, labels: &[usize]) -> f64 {
    cross_entropy(logits, labels)
}

/// Binary cross-entropy of logits against targets in `[0, 1]`, in the stable form that never
/// forms `σ(z)`; mean over all entries.
#[differentiable(wrt(logits))]
#[must_use]
pub fn binary_cross_entropy(logits: &DMatrix<f64>, targets: &DMatrix<f64>) -> f64 {
    bce_with_logits(logits, targets)
}

/// Mean squared error of predictions against targets.
#[differentiable(wrt(pred))]
#[must_use]
pub fn mean_squared_error(pred: &DMatrix<f64>, targets: &DMatrix<f64>) -> f64 {
    mse(pred, targets)
}
