//! The signature: what a `#[differentiable]` function may take and return, and its parameters.
//!
//! In: the `syn` signature and the attribute's arguments. Out: the `Output`, one `Param` per
//! parameter (each declared in the lowerer's outermost scope), and errors for signatures the
//! gradient cannot follow.

use quote::ToTokens;
use syn::{FnArg, Pat, ReturnType, Type};

use super::Lowerer;
use crate::args::Args;
use crate::errors::Ctxt;
use crate::ir::{Origin, Output, Param, ParamClass, Var};

pub(super) fn check_signature(cx: &mut Ctxt, item: &syn::ItemFn) {
    let sig = &item.sig;
    if let Some(token) = &sig.asyncness {
        cx.error(token, "`async fn` cannot be #[differentiable]: remove `async`");
    }
    if let Some(token) = &sig.constness {
        cx.error(token, "`const fn` cannot be #[differentiable]: remove `const`");
    }
    if let Some(token) = &sig.unsafety {
        cx.error(token, "`unsafe fn` cannot be #[differentiable]: remove `unsafe`");
    }
    if let Some(abi) = &sig.abi {
        cx.error(abi, "`extern` functions cannot be #[differentiable]: remove the ABI");
    }
    if let Some(variadic) = &sig.variadic {
        cx.error(variadic, "variadic functions cannot be #[differentiable]");
    }
    if !sig.generics.params.is_empty() || sig.generics.where_clause.is_some() {
        cx.error(
            &sig.generics,
            "generic parameters are not supported by #[differentiable]: write the function for \
             concrete types (`f64` or `f32`, `DMatrix<f64>`, a `Params` struct)",
        );
    }
}

pub(super) fn lower_output(cx: &mut Ctxt, sig: &syn::Signature) -> Option<Output> {
    let output = &sig.output;
    let ReturnType::Type(_, ty) = output else {
        cx.error(
            sig,
            "a #[differentiable] function must return a value: add a return type such as `-> f64`",
        );
        return None;
    };
    if !sig.generics.params.is_empty() {
        // The generic parameters are the mistake reported; a generic return type follows from it.
        return None;
    }
    let kind = float_kind(ty);
    if kind.is_none() {
        cx.error(
            ty,
            format!(
                "a #[differentiable] function must return a float value, not `{}`: return \
                 `f64`, `f32`, `DMatrix<f64>` or `DVector<f64>` (or their f32 versions)",
                ty.to_token_stream()
            ),
        );
    }
    kind.map(|kind| Output { ty: (**ty).clone(), scalar: kind == FloatKind::Scalar })
}

/// `Some(true)` for a scalar return type, `Some(false)` for a matrix or vector, `None` otherwise.
pub(crate) fn returns_scalar(ty: &Type) -> Option<bool> {
    float_kind(ty).map(|kind| kind == FloatKind::Scalar)
}

#[derive(PartialEq, Eq)]
enum FloatKind {
    Scalar,
    Tensor,
}

/// `f64`/`f32`, or `DMatrix`/`DVector` of them, recognised by name.
fn float_kind(ty: &Type) -> Option<FloatKind> {
    let Type::Path(path) = ty else { return None };
    let segment = path.path.segments.last()?;
    match segment.ident.to_string().as_str() {
        "f64" | "f32" if path.qself.is_none() && path.path.segments.len() == 1 => {
            Some(FloatKind::Scalar)
        }
        "DMatrix" | "DVector" => {
            let syn::PathArguments::AngleBracketed(args) = &segment.arguments else {
                return None;
            };
            match args.args.first() {
                Some(syn::GenericArgument::Type(inner))
                    if float_kind(inner) == Some(FloatKind::Scalar) =>
                {
                    Some(FloatKind::Tensor)
                }
                _ => None,
            }
        }
        _ => None,
    }
}

pub(crate) fn classify(ty: &Type) -> ParamClass {
    match ty {
        Type::Path(path) if path.qself.is_none() => {
            let Some(segment) = path.path.segments.last() else { return ParamClass::Constant };
            match segment.ident.to_string().as_str() {
                "f64" | "f32" => ParamClass::Scalar,
                "DMatrix" | "DVector" => ParamClass::Tensor,
                "usize" | "isize" | "u8" | "u16" | "u32" | "u64" | "u128" | "i8" | "i16"
                | "i32" | "i64" | "i128" | "bool" | "char" | "str" | "String" | "Vec" => {
                    ParamClass::Constant
                }
                _ => ParamClass::Struct,
            }
        }
        Type::Paren(inner) => classify(&inner.elem),
        Type::Group(inner) => classify(&inner.elem),
        _ => ParamClass::Constant,
    }
}

/// The element type of a slice, array or `Vec` whose elements would hold differentiable values
/// (floats, matrices, vectors, `Params` structs); `None` for collections of integers and the like.
fn float_collection(ty: &Type) -> Option<&Type> {
    let element = match ty {
        Type::Slice(slice) => &*slice.elem,
        Type::Array(array) => &*array.elem,
        Type::Path(path) if path.qself.is_none() => {
            let segment = path.path.segments.last()?;
            let syn::PathArguments::AngleBracketed(args) = &segment.arguments else { return None };
            match args.args.first() {
                Some(syn::GenericArgument::Type(inner)) if segment.ident == "Vec" => inner,
                _ => return None,
            }
        }
        _ => return None,
    };
    (float_kind(element).is_some() || classify(element) == ParamClass::Struct).then_some(element)
}

impl Lowerer<'_> {
    pub(super) fn lower_params(&mut self, item: &syn::ItemFn, args: &Args) -> Vec<Param> {
        let mut params = Vec::new();
        for input in &item.sig.inputs {
            let typed = match input {
                FnArg::Receiver(receiver) => {
                    self.cx.error(
                        receiver,
                        "`self` parameters are not supported by #[differentiable]: write a free \
                         function that takes the struct as an ordinary parameter (`p: &Mlp`)",
                    );
                    continue;
                }
                FnArg::Typed(typed) => typed,
            };
            let Pat::Ident(pat) = &*typed.pat else {
                self.cx.error(
                    &typed.pat,
                    "patterns in parameters are not supported by #[differentiable]: name the \
                     parameter (`p: &Mlp`) and read its parts in the body",
                );
                continue;
            };
            if pat.by_ref.is_some() || pat.subpat.is_some() || pat.mutability.is_some() {
                self.cx.error(
                    pat,
                    "write the parameter as a plain name: a #[differentiable] function does not \
                     modify its parameters (bind a `let mut` copy in the body instead)",
                );
                continue;
            }
            let (by_ref, owned_ty) = match &*typed.ty {
                Type::Reference(reference) => {
                    if let Some(token) = &reference.mutability {
                        self.cx.error(
                            token,
                            "`&mut` parameters are not supported by #[differentiable]: a \
                             differentiable function computes a value from its inputs; take `&` \
                             and return the result",
                        );
                    }
                    (true, (*reference.elem).clone())
                }
                other => (false, other.clone()),
            };
            let class = classify(&owned_ty);
            let ident = pat.ident.clone();
            let in_wrt = args.wrt.as_ref().is_none_or(|wrt| wrt.contains(&ident));
            self.check_param_type(&ident, &typed.ty, &owned_ty, args);
            let differentiable = class != ParamClass::Constant && in_wrt;
            let name = self.names.binding(&ident.to_string());
            self.vars.push(Var {
                name,
                origin: Origin::Param(params.len()),
                active: differentiable,
                copy: class.is_copy() && !by_ref,
                mutable: false,
            });
            let var = self.vars.len() - 1;
            self.declare(&ident.to_string(), var);
            params.push(Param {
                ident,
                ty: (*typed.ty).clone(),
                owned_ty,
                by_ref,
                class,
                differentiable,
                var,
            });
        }
        if let Some(wrt) = &args.wrt {
            for name in wrt {
                if !params.iter().any(|param| param.ident == *name) {
                    let known: Vec<String> =
                        params.iter().map(|param| format!("`{}`", param.ident)).collect();
                    self.cx.error(
                        name,
                        format!(
                            "`wrt` names `{name}`, which is not a parameter of this function \
                             (its parameters: {})",
                            known.join(", ")
                        ),
                    );
                }
            }
        }
        params
    }

    /// Errors for a parameter whose type the gradient cannot follow: listed in `wrt` but not
    /// differentiable, or a collection of floats that would silently be a constant.
    fn check_param_type(&mut self, ident: &syn::Ident, ty: &Type, owned_ty: &Type, args: &Args) {
        let listed = args.wrt.as_ref().is_some_and(|wrt| wrt.contains(ident));
        if listed && classify(owned_ty) == ParamClass::Constant {
            self.cx.error(
                ty,
                format!(
                    "`{ident}` has type `{}`, which cannot be differentiated: `wrt` lists \
                     float parameters (`f64`, `f32`, `DMatrix`, `DVector`) or `Params` structs",
                    owned_ty.to_token_stream()
                ),
            );
        }
        let Some(element) = float_collection(owned_ty) else { return };
        if args.wrt.is_some() {
            return;
        }
        let shown = element.to_token_stream().to_string().replace(' ', "");
        let instead = if float_kind(element) == Some(FloatKind::Scalar) {
            format!("one `DVector<{shown}>`")
        } else {
            format!("each `{shown}` as a parameter of its own")
        };
        self.cx.error(
            ty,
            format!(
                "`{ident}` would be a constant: #[differentiable] does not differentiate the \
                 elements of a slice, array or `Vec` parameter; pass {instead}, or, if `{ident}` \
                 is constant data, name the differentiable parameters with \
                 `#[differentiable(wrt(…))]`"
            ),
        );
    }
}
