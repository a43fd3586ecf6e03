//! `#[derive(Params)]`: the `Params` trait for a struct of `Params` fields.
//!
//! In: a struct with named fields. Out: `impl backprop::Params` that lays the fields' elements
//! end to end in declaration order and names them by field path (`first.w[3,2]`), and
//! `impl AddAssign` so gradients of the struct add up field by field.

use proc_macro2::TokenStream;
use quote::quote;
use syn::{Data, DeriveInput, Fields};

/// Expands the derive, or returns the error explaining what it needs.
pub fn derive(input: &DeriveInput) -> syn::Result<TokenStream> {
    let name = &input.ident;
    let fields = named_fields(input)?;
    let labels: Vec<String> = fields.iter().map(ToString::to_string).collect();
    let params = quote!(::backprop::Params);
    Ok(quote! {
        impl #params for #name {
            fn element_count(&self) -> usize {
                0 #(+ #params::element_count(&self.#fields))*
            }

            fn element(&self, i: usize) -> f64 {
                let mut rest = i;
                #(
                    let count = #params::element_count(&self.#fields);
                    if rest < count {
                        return #params::element(&self.#fields, rest);
                    }
                    rest -= count;
                )*
                panic!("element {i} is out of range: the value has {} elements", #params::element_count(self))
            }

            fn set_element(&mut self, i: usize, value: f64) {
                let mut rest = i;
                #(
                    let count = #params::element_count(&self.#fields);
                    if rest < count {
                        return #params::set_element(&mut self.#fields, rest, value);
                    }
                    rest -= count;
                )*
                panic!("element {i} is out of range: the value has {} elements", #params::element_count(self))
            }

            fn tensors(&self) -> ::std::vec::Vec<::backprop::Tensor> {
                let mut tensors = ::std::vec::Vec::new();
                let mut offset = 0;
                #(
                    for tensor in #params::tensors(&self.#fields) {
                        let name = if tensor.name.is_empty() {
                            ::std::string::String::from(#labels)
                        } else if tensor.name.starts_with('[') {
                            ::std::format!("{}{}", #labels, tensor.name)
                        } else {
                            ::std::format!("{}.{}", #labels, tensor.name)
                        };
                        tensors.push(::backprop::Tensor {
                            name,
                            offset: offset + tensor.offset,
                            shape: tensor.shape,
                        });
                    }
                    offset += #params::element_count(&self.#fields);
                )*
                let _ = offset;
                tensors
            }

            fn zeros_like(&self) -> Self {
                Self { #(#fields: #params::zeros_like(&self.#fields)),* }
            }

            fn empty_like(&self) -> Self {
                Self { #(#fields: #params::empty_like(&self.#fields)),* }
            }

            fn fill_empty(&mut self, like: &Self) {
                #( #params::fill_empty(&mut self.#fields, &like.#fields); )*
                let _ = like;
            }

            fn add_scaled(&mut self, other: &Self, scale: f64) {
                #( #params::add_scaled(&mut self.#fields, &other.#fields, scale); )*
                let _ = (other, scale);
            }

            fn visit_tensors(&self, visit: &mut dyn FnMut(&[f64])) {
                #( #params::visit_tensors(&self.#fields, visit); )*
                let _ = visit;
            }

            fn update_tensors(&mut self, other: &Self, update: &mut dyn FnMut(&mut [f64], &[f64])) {
                #( #params::update_tensors(&mut self.#fields, &other.#fields, update); )*
                let _ = (other, update);
            }

            fn epsilon(&self) -> f64 {
                let mut epsilon: f64 = 0.0;
                #( epsilon = epsilon.max(#params::epsilon(&self.#fields)); )*
                if epsilon == 0.0 { f64::EPSILON } else { epsilon }
            }
        }

        impl ::core::ops::AddAssign for #name {
            fn add_assign(&mut self, other: Self) {
                // Through `Params` rather than `+=`: a field whose type is not `Params` then gets
                // the one error that says so, not a second one about `+=`.
                #( #params::add_scaled(&mut self.#fields, &other.#fields, 1.0); )*
                let _ = other;
            }
        }
    })
}

/// The struct's field names, or the error saying what the derive needs instead.
fn named_fields(input: &DeriveInput) -> syn::Result<Vec<syn::Ident>> {
    if !input.generics.params.is_empty() {
        return Err(syn::Error::new_spanned(
            &input.generics,
            "#[derive(Params)] does not support generic structs: give the fields concrete types \
             (`DMatrix<f64>`, `f32`, another `Params` struct)",
        ));
    }
    match &input.data {
        Data::Struct(data) => match &data.fields {
            Fields::Named(fields) => {
                Ok(fields.named.iter().filter_map(|field| field.ident.clone()).collect())
            }
            Fields::Unit => Ok(Vec::new()),
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
