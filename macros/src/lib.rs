//! The `#[differentiable]` attribute and `#[derive(Params)]` of the `backprop` crate.

use proc_macro::TokenStream;

/// Writes the backward pass of a function.
#[proc_macro_attribute]
pub fn differentiable(_args: TokenStream, item: TokenStream) -> TokenStream {
    item
}

/// Implements `backprop::Params` for a struct whose fields are all `Params`.
#[proc_macro_derive(Params)]
pub fn derive_params(_item: TokenStream) -> TokenStream {
    TokenStream::new()
}
