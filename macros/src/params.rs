//! `#[derive(Params)]`: the `Params` trait for a struct of `Params` fields.
//!
//! In: a struct with named fields. Out: `impl backprop::__private::params::Struct`, which hands
//! the fields one by one to a visitor, in declaration order and with their names; `Params`
//! comes with it (one generic impl in `backprop` lays the fields' elements end to end and names
//! them by field path, `first.w[3,2]`); and `impl AddAssign` so gradients of the struct add up
//! field by field. The code checked per struct stays four short methods (see
//! `backprop::__private::params` for why).

use proc_macro2::TokenStream;
use quote::quote;
use syn::{Data, DeriveInput, Fields};

/// Expands the derive, or returns the error explaining what it needs.
pub fn derive(input: &DeriveInput) -> syn::Result<TokenStream> {
    let name = &input.ident;
    let (fields, types) = named_fields(input)?;
    let labels: Vec<String> = fields.iter().map(ToString::to_string).collect();
    let params = quote!(::backprop::Params);
    let derive = quote!(::backprop::__private::params);
    // A struct without fields reads no visitor and no `other`.
    let unused = fields.is_empty().then(|| quote!(let _ = (&visit, &other);));
    let unused_visit = fields.is_empty().then(|| quote!(let _ = &visit;));
    // Each field's type is required to be `Params` once, here: a field that is not gets one
    // error at its type, and the method bodies below, which assume the bound, add none.
    Ok(quote! {
        impl #derive::Struct for #name where #(#types: #params),* {
            fn fields<V: #derive::Visit>(&self, visit: &mut V) {
                #(visit.field(#labels, &self.#fields);)*
                #unused_visit
            }

            fn fields_mut<V: #derive::VisitMut>(&mut self, visit: &mut V) {
                #(visit.field(&mut self.#fields);)*
                #unused_visit
            }

            fn pairs<V: #derive::VisitPair>(&mut self, other: &Self, visit: &mut V) {
                #(visit.field(&mut self.#fields, &other.#fields);)*
                #unused
            }

            fn like(&self, empty: bool) -> Self {
                Self { #(#fields: #derive::like(&self.#fields, empty)),* }
            }
        }

        impl ::core::ops::AddAssign for #name where #(#types: #params),* {
            fn add_assign(&mut self, other: Self) {
                // Through `Params` rather than `+=`: a field whose type is not `Params` then gets
                // the one error that says so, not a second one about `+=`.
                #derive::add_assign(self, &other);
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
