//! The `#[differentiable]` attribute and `#[derive(Params)]` of the `backprop` crate.
//!
//! Use them through `backprop` (`use backprop::prelude::*;`), which re-exports both and the
//! runtime the generated code calls. The passes, one file each: `args` (attribute arguments),
//! `lower` (syn function → IR, every unsupported construct a spanned error), `ir` (A-normal
//! form), `reverse` (IR → adjoint IR, the chain rule), `emit` (tokens and `SOURCE` text).

mod args;
mod emit;
mod errors;
mod ir;
mod lower;
mod names;
mod params;
mod reverse;

use proc_macro::TokenStream;
use proc_macro2::TokenStream as TokenStream2;
use quote::quote;

/// Writes the backward pass of a function as readable Rust, beside the function.
///
/// See the `backprop` crate's documentation of `differentiable` for the full table of what is
/// supported.
#[proc_macro_attribute]
pub fn differentiable(args: TokenStream, item: TokenStream) -> TokenStream {
    expand(args.into(), &item.into()).into()
}

/// Implements `backprop::Params` (and `AddAssign`) for a struct whose fields are all `Params`.
#[proc_macro_derive(Params)]
pub fn derive_params(item: TokenStream) -> TokenStream {
    match syn::parse::<syn::DeriveInput>(item) {
        Ok(input) => params::derive(&input).unwrap_or_else(|error| error.to_compile_error()).into(),
        Err(error) => error.to_compile_error().into(),
    }
}

/// The whole expansion of `#[differentiable(args)] item`. Never panics: on any error it
/// returns the errors and the item unchanged.
fn expand(args: TokenStream2, item: &TokenStream2) -> TokenStream2 {
    let Ok(function) = syn::parse2::<syn::ItemFn>(item.clone()) else {
        let error = syn::Error::new_spanned(
            item,
            "#[differentiable] applies to functions: put it on a `fn`",
        )
        .to_compile_error();
        return quote!(#error #item);
    };
    let args = match args::parse(args) {
        Ok(args) => args,
        Err(error) => {
            let error = error.to_compile_error();
            return quote!(#error #function);
        }
    };
    match lower::lower(&function, &args) {
        Ok(mut lowered) => {
            emit::keep_user_names(&mut lowered);
            emit::expand(&lowered)
        }
        Err(error) => {
            let errors = errors::to_compile_errors(&error);
            let stub = emit::stub(&function, &args);
            quote!(#errors #function #stub)
        }
    }
}

#[cfg(test)]
mod tests;
