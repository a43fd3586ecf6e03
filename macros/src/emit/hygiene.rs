//! Hygiene: the user's names keep their meaning inside the generated module.
//!
//! In: a lowered [`Function`]. Out: the same function with paths in constant expressions,
//! types and called functions rewritten to reach the user's items from one module further down,
//! and the imports that bring the names of its signature into the module.

use std::collections::BTreeMap;

use proc_macro2::{Ident, TokenStream};
use quote::{format_ident, quote};
use syn::Expr;
use syn::visit::Visit;
use syn::visit_mut::VisitMut;

use crate::ir::{Block, Function, Operand, Rule, Stmt, Value};

/// The generated module's items besides `back_<i>`.
const GENERATED_ITEMS: [&str; 7] = ["Grad", "grad", "vjp", "forward", "pullback", "check", "graph"];

/// Makes the user's names mean in the generated module what they mean beside the function: a
/// type the user named `Grad`, and a function called in a constant expression that is named
/// like one of the module's items (`forward(n)`), are reached through `super::` there, since
/// the module's own items shadow them.
pub fn keep_user_names(function: &mut Function) {
    struct UserNames;
    impl VisitMut for UserNames {
        fn visit_type_path_mut(&mut self, path: &mut syn::TypePath) {
            if path.qself.is_none() {
                reach_through_super(&mut path.path, true);
            }
            syn::visit_mut::visit_type_path_mut(self, path);
        }
        fn visit_expr_call_mut(&mut self, call: &mut syn::ExprCall) {
            if let Expr::Path(path) = &mut *call.func {
                if path.qself.is_none() {
                    reach_through_super(&mut path.path, true);
                }
            } else {
                self.visit_expr_mut(&mut call.func);
            }
            for arg in &mut call.args {
                self.visit_expr_mut(arg);
            }
        }
        fn visit_expr_path_mut(&mut self, path: &mut syn::ExprPath) {
            if path.qself.is_none() {
                reach_through_super(&mut path.path, false);
            }
        }
        fn visit_expr_struct_mut(&mut self, literal: &mut syn::ExprStruct) {
            reach_through_super(&mut literal.path, true);
            syn::visit_mut::visit_expr_struct_mut(self, literal);
        }
    }
    fn operand(operand: &mut Operand) {
        if let Operand::Const(expr) = operand {
            UserNames.visit_expr_mut(expr);
        }
    }
    pub(super) fn block(stmts: &mut Block) {
        for stmt in stmts {
            match stmt {
                Stmt::Let { ty, value, .. } => {
                    if let Some(ty) = ty {
                        UserNames.visit_type_mut(ty);
                    }
                    match value {
                        Value::Const(expr) => UserNames.visit_expr_mut(expr),
                        Value::Copy(copied) => operand(copied),
                        Value::Op(op) => {
                            if let Rule::Call(path) = &mut op.rule {
                                reach_through_super(path, false);
                            }
                            for arg in &mut op.args {
                                operand(&mut arg.operand);
                            }
                        }
                        Value::Map(map) => {
                            operand(&mut map.matrix);
                            block(&mut map.body);
                            operand(&mut map.result);
                        }
                    }
                }
                Stmt::If(node) => {
                    UserNames.visit_expr_mut(&mut node.condition);
                    block(&mut node.then_block);
                    block(&mut node.else_block);
                    for output in &mut node.outputs {
                        operand(&mut output.then_value);
                        operand(&mut output.else_value);
                    }
                }
                Stmt::For(node) => {
                    UserNames.visit_expr_mut(&mut node.range);
                    block(&mut node.body);
                }
                Stmt::Write(node) => operand(&mut node.value),
                Stmt::Assert(_) => {}
            }
        }
    }
    for param in &mut function.params {
        UserNames.visit_type_mut(&mut param.ty);
        UserNames.visit_type_mut(&mut param.owned_ty);
    }
    UserNames.visit_type_mut(&mut function.output.ty);
    block(&mut function.body);
    operand(&mut function.result);
}

/// How the generated module reaches the user's names: one `use super::{…};` for the names its
/// signatures use (the types of the parameters, of the value and of `Grad`'s fields) and the
/// runtime's primitives the body calls (`sigmoid`, `mse`), and no glob of the user's module at
/// the module's level.
///
/// Why not `use super::*`: when a name does not resolve, rustc looks for an import to suggest
/// by walking every module of the crate, and a module that glob-imports its parent holds all of
/// the parent's names. A file of `n` functions that forgot `use backprop::prelude::*` then cost
/// `n` errors × `n` modules × `n` names. The bodies that run the user's code (`pullback`) import
/// the user's module in their own block, where that walk does not look.
///
/// Why the primitives too: the pullback names each one several times (`sigmoid(&z)`,
/// `sigmoid::pull_0(…)`, `mse::back_0(…)`, `mse::back_1(…)`), and when the prelude is not
/// imported each of those was an error of its own, beside the user's, with its own search for
/// an import to suggest: a file of 100 functions like README's `loss` printed 1,400 errors for
/// its 700. A failed import binds its names to an error that later uses pass over in silence,
/// so the one failing `use` per function stands for all of them. When the prelude is there, the
/// pullback's block takes the primitives from its own glob, which comes first, and the import
/// goes unused: hence its `#[allow(unused_imports)]`. Other functions the body calls are not
/// imported: the module holds a stand-in of that name for a callee that is not
/// `#[differentiable]` (see `Emitter::fallbacks`), which an import would clash with.
///
/// What a forgotten import still costs: the one `unresolved imports` error on the user's names
/// beside the user's own errors, with rustc's search for an import to suggest for each name
/// (README, "Compile time"). The other ways to name a type are no better: `super::DMatrix<f64>`
/// at each use fails at each use, and a hidden `type` alias beside the function fails with
/// exactly the user's error, which rustc prints once, but leaks into the user's module, and
/// `SOURCE` and rustdoc would show the alias instead of the user's type.
///
/// Primitive types and the standard prelude's names are not imported: they mean the same in
/// every module. A type path of several segments that does not start at `crate`, `super` or
/// `::` (`nalgebra::DMatrix<f64>`, `layers::Dense`) may start at an extern crate, which
/// `super::` does not reach: then the module keeps the glob.
pub fn user_imports(function: &Function) -> TokenStream {
    #[derive(Default)]
    struct Names {
        imported: BTreeMap<String, Ident>,
        needs_glob: bool,
    }
    impl<'ast> Visit<'ast> for Names {
        fn visit_type_path(&mut self, path: &'ast syn::TypePath) {
            if path.qself.is_some() {
                self.needs_glob = true;
            } else {
                self.path(&path.path);
            }
            syn::visit::visit_type_path(self, path);
        }
        fn visit_trait_bound(&mut self, bound: &'ast syn::TraitBound) {
            self.path(&bound.path);
            syn::visit::visit_trait_bound(self, bound);
        }
        fn visit_type_macro(&mut self, _: &'ast syn::TypeMacro) {
            self.needs_glob = true;
        }
        fn visit_expr(&mut self, _: &'ast syn::Expr) {
            // A const generic argument written as an expression (`{ N + 1 }`).
            self.needs_glob = true;
        }
    }
    impl Names {
        fn path(&mut self, path: &syn::Path) {
            let Some(first) = path.segments.first() else { return };
            let name = first.ident.to_string();
            if path.leading_colon.is_some() || matches!(name.as_str(), "crate" | "super" | "self") {
                return;
            }
            if path.segments.len() > 1 {
                self.needs_glob = true;
            } else if !PRIMITIVES.contains(&name.as_str()) && !PRELUDE.contains(&name.as_str()) {
                self.imported.entry(name).or_insert_with(|| first.ident.clone());
            }
        }
    }
    let mut names = Names::default();
    for param in &function.params {
        names.visit_type(&param.ty);
        names.visit_type(&param.owned_ty);
    }
    names.visit_type(&function.output.ty);
    if names.needs_glob {
        return quote!(
            use super::*;
        );
    }
    let signature_names = names.imported.len();
    let mut primitives = Vec::new();
    called_primitives(&function.body, &mut primitives);
    for ident in primitives {
        names.imported.entry(ident.to_string()).or_insert_with(|| ident.clone());
    }
    let may_go_unused = names.imported.len() > signature_names;
    // Each name carries its own span: when it is missing (a forgotten import), the error's
    // labels land on the user's names.
    let mut imported = names.imported.into_values();
    let import = match (imported.next(), imported.next()) {
        (None, _) => return TokenStream::new(),
        (Some(name), None) => quote!(use super::#name;),
        (Some(first), Some(second)) => {
            let rest = imported;
            quote!(use super::{#first, #second #(, #rest)*};)
        }
    };
    if may_go_unused { quote!(#[allow(unused_imports)] #import) } else { import }
}

/// The names of the runtime's primitives `block` calls (`sigmoid`), at every depth. Another
/// function the body calls is not imported: the module holds a stand-in of that name for when
/// it is not `#[differentiable]` (see `Emitter::fallbacks`), which an import would clash with.
fn called_primitives<'a>(block: &'a Block, names: &mut Vec<&'a Ident>) {
    for stmt in block {
        match stmt {
            Stmt::Let { value: Value::Op(op), .. } => {
                if let (Rule::Call(path), Some(_)) = (&op.rule, op.primitive()) {
                    names.extend(path.segments.first().map(|segment| &segment.ident));
                }
            }
            Stmt::Let { value: Value::Map(map), .. } => called_primitives(&map.body, names),
            Stmt::If(node) => {
                called_primitives(&node.then_block, names);
                called_primitives(&node.else_block, names);
            }
            Stmt::For(node) => called_primitives(&node.body, names),
            Stmt::Let { .. } | Stmt::Write(_) | Stmt::Assert(_) => {}
        }
    }
}

/// The primitive types, named alike in every module.
const PRIMITIVES: &[&str] = &[
    "bool", "char", "str", "f32", "f64", "i8", "i16", "i32", "i64", "i128", "isize", "u8", "u16",
    "u32", "u64", "u128", "usize", "Self",
];

/// The types and traits of the standard prelude (Rust 2021 and 2024), named alike in every
/// module unless the user's module shadows them.
const PRELUDE: &[&str] = &[
    "Option",
    "Result",
    "Vec",
    "String",
    "Box",
    "Clone",
    "Copy",
    "Send",
    "Sync",
    "Sized",
    "Unpin",
    "Fn",
    "FnMut",
    "FnOnce",
    "AsyncFn",
    "AsyncFnMut",
    "AsyncFnOnce",
    "Drop",
    "Iterator",
    "IntoIterator",
    "DoubleEndedIterator",
    "ExactSizeIterator",
    "Extend",
    "FromIterator",
    "Default",
    "Eq",
    "PartialEq",
    "Ord",
    "PartialOrd",
    "AsRef",
    "AsMut",
    "Into",
    "From",
    "TryFrom",
    "TryInto",
    "ToOwned",
    "ToString",
    "Future",
    "IntoFuture",
];

/// A name the generated module defines itself (`Grad`, `forward`, `back_0`, …).
fn generated_item(ident: &Ident) -> bool {
    let name = ident.to_string();
    GENERATED_ITEMS.contains(&name.as_str())
        || name.strip_prefix("back_").is_some_and(|n| n.parse::<usize>().is_ok())
}

/// `self::x` → `super::x`, `super::x` → `super::super::x`, and (for items) `forward` →
/// `super::forward`: the path from one module further down.
fn reach_through_super(path: &mut syn::Path, items: bool) {
    if path.leading_colon.is_some() {
        return;
    }
    let Some(first) = path.segments.first_mut() else { return };
    if first.ident == "self" {
        first.ident = format_ident!("super");
    } else if first.ident == "super" || (items && generated_item(&first.ident)) {
        path.segments.insert(0, syn::PathSegment::from(format_ident!("super")));
    }
}
