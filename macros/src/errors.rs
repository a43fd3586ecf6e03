//! Collects every error of one macro call, so the user fixes all mistakes in one compile.
//!
//! Passes push spanned `syn::Error`s into a [`Ctxt`] and keep going; `lib.rs` turns the
//! collection into `compile_error!`s placed on the user's tokens, next to the original item.

use std::fmt::Display;

use proc_macro2::TokenStream;
use quote::ToTokens;

/// The errors found so far.
#[derive(Default)]
pub struct Ctxt {
    errors: Vec<syn::Error>,
}

impl Ctxt {
    /// Records an error on the tokens of `node`.
    pub fn error(&mut self, node: impl ToTokens, message: impl Display) {
        self.errors.push(syn::Error::new_spanned(node.into_token_stream(), message));
    }

    /// Records an error that syn produced.
    pub fn syn_error(&mut self, error: syn::Error) {
        self.errors.push(error);
    }

    /// True when nothing went wrong.
    pub fn is_empty(&self) -> bool {
        self.errors.is_empty()
    }

    /// All errors combined into one, or `None`.
    pub fn into_error(self) -> Option<syn::Error> {
        let mut errors = self.errors.into_iter();
        let mut combined = errors.next()?;
        for error in errors {
            combined.combine(error);
        }
        Some(combined)
    }
}

/// The `compile_error!`s of `error`, each on its own span.
pub fn to_compile_errors(error: &syn::Error) -> TokenStream {
    error.to_compile_error()
}
