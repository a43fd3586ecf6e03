//! Hygiene: the user's names keep their meaning inside the generated module.
//!
//! In: a lowered [`Function`]. Out: the same function with paths in constant expressions,
//! types and called functions rewritten to reach the user's items from one module further down.

use proc_macro2::Ident;
use quote::format_ident;
use syn::Expr;
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
