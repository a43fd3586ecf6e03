//! `#[derive(Params)]`: the `Params` trait for a struct of `Params` fields.
//!
//! In: a struct with named fields. Out: `impl backprop::Params` that lays the fields' elements
//! end to end in declaration order and names them by field path (`first.w[3,2]`), and
//! `impl AddAssign` so gradients of the struct add up field by field. Each method lists the
//! fields and calls the function of `backprop::__private::params` that does the work, so the
//! code compiled per struct stays a few lines whatever the method.

use proc_macro2::TokenStream;
use quote::quote;
use syn::{Data, DeriveInput, Fields};

/// Expands the derive, or returns the error explaining what it needs.
pub fn derive(input: &DeriveInput) -> syn::Result<TokenStream> {
    let name = &input.ident;
    let (fields, types) = named_fields(input)?;
    let labels: Vec<String> = fields.iter().map(ToString::to_string).collect();
    let params = quote!(::backprop::Params);
    // The loops are `backprop::__private::params`'s, written once; each method here lists the
    // fields (as `&dyn Field`, or `(mine, other's)` pairs) and calls its function.
    let derive = quote!(::backprop::__private::params);
    let pairs = quote!(&mut [#(&mut (&mut self.#fields, &other.#fields)),*]);
    // A struct without fields reads no `other`.
    let unused = fields.is_empty().then(|| quote!(let _ = &other;));
    // Each field's type is required to be `Params` once, here: a field that is not gets one
    // error at its type, and the method bodies below, which assume the bound, add none.
    Ok(quote! {
        impl #params for #name where #(#types: #params),* {
            fn element_count(&self) -> usize {
                #derive::element_count(&[#(&self.#fields),*])
            }

            fn element(&self, i: usize) -> f64 {
                #derive::element(&[#(&self.#fields),*], i)
            }

            fn set_element(&mut self, i: usize, value: f64) {
                #derive::set_element(&mut [#(&mut self.#fields),*], i, value);
            }

            fn tensors(&self) -> ::std::vec::Vec<::backprop::Tensor> {
                #derive::tensors(&[#((#labels, &self.#fields)),*])
            }

            fn zeros_like(&self) -> Self {
                Self { #(#fields: #params::zeros_like(&self.#fields)),* }
            }

            fn empty_like(&self) -> Self {
                Self { #(#fields: #params::empty_like(&self.#fields)),* }
            }

            fn fill_empty(&mut self, other: &Self) {
                #derive::fill_empty(#pairs);
                #unused
            }

            fn add_scaled(&mut self, other: &Self, scale: f64) {
                #derive::add_scaled(#pairs, scale);
                #unused
            }

            fn visit_tensors(&self, visit: &mut dyn FnMut(&[f64])) {
                #derive::visit_tensors(&[#(&self.#fields),*], visit);
            }

            fn update_tensors(&mut self, other: &Self, update: &mut dyn FnMut(&mut [f64], &[f64])) {
                #derive::update_tensors(#pairs, update);
                #unused
            }

            fn epsilon(&self) -> f64 {
                #derive::epsilon(&[#(&self.#fields),*])
            }
        }

        impl ::core::ops::AddAssign for #name where #(#types: #params),* {
            fn add_assign(&mut self, other: Self) {
                // Through `Params` rather than `+=`: a field whose type is not `Params` then gets
                // the one error that says so, not a second one about `+=`.
                #derive::add_scaled(#pairs, 1.0);
                #unused
            }
        }
    })
}

/// The struct's field names and types, or the error saying what the derive needs instead.
fn named_fields(input: &DeriveInput) -> syn::Result<(Vec<syn::Ident>, Vec<syn::Type>)> {
    if !input.generics.params.is_empty() {
        return Err(syn::Error::new_spanned(
            &input.generics,
            "#[derive(Params)] does not support generic structs: give the fields concrete types \
             (`DMatrix<f64>`, `f32`, another `Params` struct)",
        ));
    }
    match &input.data {
        Data::Struct(data) => match &data.fields {
            Fields::Named(fields) => Ok(fields
                .named
                .iter()
                .filter_map(|field| Some((field.ident.clone()?, field.ty.clone())))
                .unzip()),
            Fields::Unit => Ok((Vec::new(), Vec::new())),
            Fields::Unnamed(fields) => Err(syn::Error::new_spanned(
                fields,
                "#[derive(Params)] needs named fields: element names come from them \
                 (`struct Dense { w: DMatrix<f64>, b: DVector<f64> }`)",
            )),
        },
        Data::Enum(data) => Err(syn::Error::new_spanned(
            data.enum_token,
            "#[derive(Params)] applies to structs, not enums",
        )),
        Data::Union(data) => Err(syn::Error::new_spanned(
            data.union_token,
            "#[derive(Params)] applies to structs, not unions",
        )),
    }
}
