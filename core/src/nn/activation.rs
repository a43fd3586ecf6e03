//! The activation a layer applies after its affine part, chosen when the network is built.
//!
//! In: pre-activations `Z` (and, backwards, `dY`). Out: `Y = f(Z)` (and `dZ`), through the rule
//! of the same name in [`ops`](crate::ops): its forward and its `back_0`.

use nalgebra::DMatrix;

use crate::ops::{leaky_relu, relu, sigmoid, softplus, tanh};

/// An elementwise activation.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Activation {
    /// `y = z`: the output layer, whose logits go to the loss.
    Identity,
    /// `σ(z) = 1/(1 + e^(−z))`: saturates at both ends, and its slope is at most 1/4.
    Sigmoid,
    /// `tanh z`.
    Tanh,
    /// `max(z, 0)`.
    Relu,
    /// `max(z, 0.01·z)`.
    LeakyRelu,
    /// `ln(1 + eᶻ)`.
    Softplus,
}

impl Activation {
    /// `Y = f(Z)`.
    #[must_use]
    pub fn apply(self, z: &DMatrix<f64>) -> DMatrix<f64> {
        match self {
            Activation::Identity => z.clone(),
            Activation::Sigmoid => sigmoid(z),
            Activation::Tanh => tanh(z),
            Activation::Relu => relu(z),
            Activation::LeakyRelu => leaky_relu(z),
            Activation::Softplus => softplus(z),
        }
    }

    /// `dZ` from `Z`, `Y = f(Z)` and `dY`: the rule's adjoint.
    #[must_use]
    pub fn back(self, z: &DMatrix<f64>, y: &DMatrix<f64>, d_y: &DMatrix<f64>) -> DMatrix<f64> {
        match self {
            Activation::Identity => d_y.clone(),
            Activation::Sigmoid => sigmoid::back_0(z, y, d_y),
            Activation::Tanh => tanh::back_0(z, y, d_y),
            Activation::Relu => relu::back_0(z, y, d_y),
            Activation::LeakyRelu => leaky_relu::back_0(z, y, d_y),
            Activation::Softplus => softplus::back_0(z, y, d_y),
        }
    }

    /// The name used on command lines and in reports (`relu`, `sigmoid`).
    #[must_use]
    pub fn name(self) -> &'static str {
        match self {
            Activation::Identity => "identity",
            Activation::Sigmoid => "sigmoid",
            Activation::Tanh => "tanh",
            Activation::Relu => "relu",
            Activation::LeakyRelu => "leaky_relu",
            Activation::Softplus => "softplus",
        }
    }
}
