//! The stub: the generated module's items without bodies, emitted when lowering fails.
//!
//! In: the user's function and the attribute's arguments. Out: a module whose items have the
//! signatures the real ones would have, so code using them reports only the original error.

use proc_macro2::{Ident, TokenStream};
use quote::{format_ident, quote};
use syn::Type;

use crate::ir::ParamClass;

/// After an error: the generated module's items with the right signatures and no bodies, so
/// that the code using them reports nothing more than the error itself. Empty when the
/// signature itself is what went wrong.
pub fn stub(item: &syn::ItemFn, args: &crate::args::Args) -> TokenStream {
    let sig = &item.sig;
    let syn::ReturnType::Type(_, output) = &sig.output else { return TokenStream::new() };
    let Some(scalar) = crate::lower::returns_scalar(output) else { return TokenStream::new() };
    if !sig.generics.params.is_empty() {
        return TokenStream::new();
    }
    let mut params = Vec::new();
    for input in &sig.inputs {
        let syn::FnArg::Typed(typed) = input else { return TokenStream::new() };
        let syn::Pat::Ident(pat) = &*typed.pat else { return TokenStream::new() };
        params.push((pat.ident.clone(), (*typed.ty).clone()));
    }
    let declared: Vec<TokenStream> = params.iter().map(|(name, ty)| quote!(#name: #ty)).collect();
    let owned = |ty: &Type| match ty {
        Type::Reference(reference) => (*reference.elem).clone(),
        other => other.clone(),
    };
    let differentiable: Vec<(usize, &(Ident, Type))> = params
        .iter()
        .enumerate()
        .filter(|(_, (name, ty))| {
            crate::lower::classify(&owned(ty)) != ParamClass::Constant
                && args.wrt.as_ref().is_none_or(|wrt| wrt.contains(name))
        })
        .collect();
    let fields = differentiable.iter().map(|(_, (name, ty))| {
        let ty = owned(ty);
        quote!(pub #name: #ty)
    });
    let seed = if scalar { quote!(seed: #output) } else { quote!(seed: &#output) };
    let grad = scalar
        .then(|| quote!(pub fn grad(#(#declared),*) -> (#output, Grad) { ::core::unreachable!() }));
    let backs = differentiable.iter().map(|(index, (_, ty))| {
        let name = format_ident!("back_{index}");
        let ty = owned(ty);
        let by_reference = params.iter().map(|(name, ty)| {
            let ty = owned(ty);
            quote!(#name: &#ty)
        });
        quote!(pub fn #name(#(#by_reference,)* out: &#output, seed: &#output) -> #ty { ::core::unreachable!() })
    });
    let vis = &item.vis;
    let name = &sig.ident;
    // Bodies that are all `unreachable!()` read no parameter and no import; the stub is never
    // shown in `SOURCE`, and the user's error is the only message wanted.
    quote! {
        #[doc(hidden)]
        #vis mod #name {
            #![allow(
                dead_code,
                unused_variables,
                unused_imports,
                non_snake_case,
                clippy::all,
                clippy::pedantic
            )]
            use super::*;
            pub struct Grad { #(#fields),* }
            #grad
            pub fn vjp(#(#declared,)* #seed) -> (#output, Grad) { ::core::unreachable!() }
            pub fn forward(#(#declared),*) -> #output { ::core::unreachable!() }
            #(#backs)*
            pub fn check(#(#declared),*) -> ::backprop::check::Report { ::core::unreachable!() }
            pub fn graph(#(#declared),*) -> ::backprop::graph::Graph { ::core::unreachable!() }
            pub const SOURCE: &str = "";
        }
    }
}
