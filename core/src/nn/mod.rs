//! Networks of any depth, built from `#[differentiable]` layers.
//!
//! In: a layer plan ([`LayerSpec`]s: width, activation, batch norm, dropout) and a seed. Out: a
//! [`Network`] whose parameters are an [`Mlp`] (`#[derive(Params)]`, a `Vec` of [`Layer`]s), and
//! which computes a batch's loss and the gradient of every parameter. The gradient is the chain
//! rule at the level of layers: the forward keeps each layer's input and each dense part's
//! generated `pullback`, the backward calls them (and the other parts' `vjp`) from the last
//! layer to the first.

mod activation;
mod layers;
mod network;

pub use activation::Activation;
pub use layers::{
    Dense, Norm, batch_norm_eval, batch_norm_train, binary_cross_entropy, dense, dense_input,
    dropout, l2_penalty, mean_squared_error, softmax_cross_entropy,
};
pub use network::{Init, Layer, LayerSpec, Mlp, Network, Running, Trace};
