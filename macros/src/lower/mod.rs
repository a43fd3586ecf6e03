//! Lowering: the user's `syn` function to the A-normal-form IR of `ir`.
//!
//! In: the function and the attribute's arguments. Out: an [`ir::Function`](crate::ir::Function), or every error
//! found, each spanned on the construct it is about and saying what to write instead. Nothing
//! here panics: unsupported syntax is an error value.
//!
//! Activity analysis happens as the body is read: a variable is active when a differentiable
//! parameter flows into it. Expressions that read no active variable stay as the user wrote
//! them (renamed where a binding was shadowed) and cost no adjoint work.
//!
//! One file per construct: `signature` (the signature and the parameters), `statements`,
//! `expressions` (operators, methods, calls, `map` closures), `control` (`if`, `match`, `for`),
//! `rejected` (the errors for what is not supported) and `syntax` (helpers over `syn` trees).
//! This file holds the lowerer itself: its scopes, and the block being collected.

mod control;
mod expressions;
mod rejected;
mod signature;
mod statements;
mod syntax;

pub(crate) use signature::{classify, returns_scalar};
pub use syntax::place_expr;

use std::collections::{HashMap, HashSet};

use quote::ToTokens;
use syn::punctuated::Punctuated;
use syn::spanned::Spanned;
use syn::visit::Visit;
use syn::visit_mut::VisitMut;
use syn::{Expr, Token};

use crate::args::Args;
use crate::errors::Ctxt;
use crate::ir::{Block, Function, Operand, Origin, Projection, Stmt, Value, Var, VarId};
use crate::names::Names;

use expressions::SHAPE_METHODS;
use signature::{check_signature, lower_output};
use syntax::{literal_text, path_expr, plain_ident, user_identifiers};

/// Lowers `item`, or returns every error found.
pub fn lower(item: &syn::ItemFn, args: &Args) -> Result<Function, syn::Error> {
    let mut cx = Ctxt::default();
    check_signature(&mut cx, item);
    let output = lower_output(&mut cx, &item.sig);
    let mut lowerer = Lowerer::new(&mut cx, item);
    let params = lowerer.lower_params(item, args);
    lowerer.blocks.push(Vec::new());
    let result = lowerer.lower_statements(&item.block.stmts, true, true);
    let result = result.map(|result| lowerer.own_result(result, &item.sig.ident.to_string()));
    let body = lowerer.blocks.pop().unwrap_or_default();
    let Lowerer { vars, names, .. } = lowerer;
    if let Some(error) = cx.into_error() {
        return Err(error);
    }
    let (Some(output), Some(result)) = (output, result) else {
        return Err(syn::Error::new_spanned(&item.sig, "the function has no value to return"));
    };
    Ok(Function { item: item.clone(), params, output, vars, body, result, names })
}

/// One lexical scope: the names it declares and the outer names it assigns.
#[derive(Default)]
struct Frame {
    vars: HashMap<String, VarId>,
    declared: HashSet<String>,
    /// Outer variables this scope assigns, with the version they had when it opened.
    assigned_outer: Vec<(String, VarId)>,
}

struct Lowerer<'a> {
    cx: &'a mut Ctxt,
    vars: Vec<Var>,
    names: Names,
    frames: Vec<Frame>,
    /// Statements being collected, innermost block last.
    blocks: Vec<Block>,
    /// Intermediates created for the expression being lowered, not yet bound to a name.
    unnamed: HashSet<VarId>,
    /// For each block being lowered that the backward pass replays (an arm, a loop body, a
    /// `map` closure), innermost last, the first variable it defines: variables numbered below
    /// it come from outside the block.
    replay_starts: Vec<VarId>,
}

impl<'a> Lowerer<'a> {
    fn new(cx: &'a mut Ctxt, item: &syn::ItemFn) -> Self {
        Lowerer {
            cx,
            vars: Vec::new(),
            names: Names::new(user_identifiers(item)),
            frames: vec![Frame::default()],
            blocks: Vec::new(),
            unnamed: HashSet::new(),
            replay_starts: Vec::new(),
        }
    }

    fn lookup(&self, name: &str) -> Option<VarId> {
        self.frames.iter().rev().find_map(|frame| frame.vars.get(name).copied())
    }

    fn declare(&mut self, name: &str, var: VarId) {
        if let Some(frame) = self.frames.last_mut() {
            frame.vars.insert(name.to_owned(), var);
            frame.declared.insert(name.to_owned());
        }
    }

    /// Makes `name` refer to `var` from here on, recording assignments to outer variables.
    fn assign(&mut self, name: &str, var: VarId) {
        let before = self.lookup(name);
        let Some(frame) = self.frames.last_mut() else { return };
        if !frame.declared.contains(name)
            && let Some(before) = before
            && !frame.assigned_outer.iter().any(|(known, _)| known == name)
        {
            frame.assigned_outer.push((name.to_owned(), before));
        }
        frame.vars.insert(name.to_owned(), var);
    }

    fn push(&mut self, stmt: Stmt) {
        if let Some(block) = self.blocks.last_mut() {
            block.push(stmt);
        }
    }

    fn new_var(&mut self, name: proc_macro2::Ident, active: bool, copy: bool) -> VarId {
        self.vars.push(Var { name, origin: Origin::Local, active, copy, mutable: false });
        self.vars.len() - 1
    }

    fn is_active(&self, operand: &Operand) -> bool {
        operand.root().is_some_and(|var| self.vars[var].active)
    }

    fn is_constant(&self, operand: &Operand) -> bool {
        !self.is_active(operand)
    }

    /// The operand as an expression: a variable's name, a place, or the constant itself.
    fn operand_expr(&self, operand: &Operand) -> Expr {
        match operand {
            Operand::Var(var) => path_expr(&self.vars[*var].name),
            Operand::Place(var, projections) => place_expr(&self.vars[*var].name, projections),
            Operand::Const(expr) => expr.clone(),
        }
    }

    /// A short name for an operand, for deriving names of results.
    fn operand_fragment(&self, operand: &Operand) -> Option<String> {
        match operand {
            Operand::Var(var) => Some(self.vars[*var].name.to_string()),
            Operand::Place(var, projections) => {
                let mut name = self.vars[*var].name.to_string();
                for projection in projections {
                    match projection {
                        Projection::Field(syn::Member::Named(field)) => {
                            name = format!("{name}_{field}");
                        }
                        Projection::Field(syn::Member::Unnamed(index)) => {
                            name = format!("{name}_{}", index.index);
                        }
                        Projection::Index(index) => {
                            name = format!(
                                "{name}_{}",
                                plain_ident(index).or_else(|| literal_text(index))?
                            );
                        }
                    }
                }
                Some(name)
            }
            Operand::Const(expr) => plain_ident(expr).or_else(|| literal_text(expr)),
        }
    }

    /// The returned value as a local of its own: a parameter, a field or a loop's storage is
    /// copied out, so the backward pass can restore storage and the seed has its own adjoint.
    fn own_result(&mut self, result: Operand, function_name: &str) -> Operand {
        match result {
            Operand::Var(var)
                if matches!(self.vars[var].origin, Origin::Local) && !self.vars[var].mutable =>
            {
                if self.unnamed.remove(&var) {
                    self.names.release(&self.vars[var].name.to_string());
                    self.vars[var].name = self.names.binding(function_name);
                }
                Operand::Var(var)
            }
            Operand::Const(expr) => Operand::Const(expr),
            operand => {
                let name = self.names.binding(function_name);
                let active = self.is_active(&operand);
                let var = self.new_var(name, active, false);
                self.push(Stmt::Let { var, value: Value::Copy(operand), ty: None });
                Operand::Var(var)
            }
        }
    }

    /// Lowers a block the backward pass replays (an arm, a loop body, a `map` closure) into a
    /// statement list and scope of its own, with `binding` (a loop index, a closure's argument)
    /// declared in that scope. Returns the statements, what `lower` returned and the scope; the
    /// enclosing block's scopes, statements and unnamed intermediates are as they were before.
    fn lower_nested<T>(
        &mut self,
        binding: Option<(&str, VarId)>,
        lower: impl FnOnce(&mut Self) -> T,
    ) -> (Block, T, Frame) {
        self.frames.push(Frame::default());
        if let Some((name, var)) = binding {
            self.declare(name, var);
        }
        self.blocks.push(Vec::new());
        self.replay_starts.push(self.vars.len());
        let saved_unnamed = std::mem::take(&mut self.unnamed);
        let value = lower(self);
        self.unnamed = saved_unnamed;
        self.replay_starts.pop();
        let block = self.blocks.pop().unwrap_or_default();
        let frame = self.frames.pop().unwrap_or_default();
        (block, value, frame)
    }

    /// True when the expression reads the value of a variable that is currently active.
    /// Shape queries (`v.len()`) read only the shape, so they do not count.
    fn references_active(&self, expr: &Expr) -> bool {
        struct Values(Vec<String>);
        impl Visit<'_> for Values {
            fn visit_expr_method_call(&mut self, call: &syn::ExprMethodCall) {
                if SHAPE_METHODS.contains(&call.method.to_string().as_str()) {
                    for arg in &call.args {
                        self.visit_expr(arg);
                    }
                } else {
                    syn::visit::visit_expr_method_call(self, call);
                }
            }
            fn visit_expr_path(&mut self, path: &syn::ExprPath) {
                if let Some(name) = plain_ident(&Expr::Path(path.clone())) {
                    self.0.push(name);
                }
            }
            fn visit_macro(&mut self, mac: &syn::Macro) {
                if let Ok(exprs) =
                    mac.parse_body_with(Punctuated::<Expr, Token![,]>::parse_terminated)
                {
                    for expr in &exprs {
                        self.visit_expr(expr);
                    }
                }
            }
        }
        let mut values = Values(Vec::new());
        values.visit_expr(expr);
        values.0.iter().any(|name| self.lookup(name).is_some_and(|var| self.vars[var].active))
    }

    /// A copy of `expr` with every variable renamed to its generated name.
    fn rename(&self, expr: &Expr) -> Expr {
        struct Rename<'r, 'a> {
            lowerer: &'r Lowerer<'a>,
        }
        impl VisitMut for Rename<'_, '_> {
            fn visit_expr_path_mut(&mut self, path: &mut syn::ExprPath) {
                if let Some(name) = plain_ident(&Expr::Path(path.clone()))
                    && let Some(var) = self.lowerer.lookup(&name)
                {
                    let ident = &mut path.path.segments[0].ident;
                    *ident = crate::names::ident_at(
                        &self.lowerer.vars[var].name.to_string(),
                        ident.span(),
                    );
                }
            }
            fn visit_macro_mut(&mut self, mac: &mut syn::Macro) {
                if let Ok(exprs) =
                    mac.parse_body_with(Punctuated::<Expr, Token![,]>::parse_terminated)
                {
                    let mut exprs = exprs;
                    for expr in &mut exprs {
                        self.visit_expr_mut(expr);
                    }
                    mac.tokens = exprs.to_token_stream();
                }
            }
        }
        let mut renamed = expr.clone();
        Rename { lowerer: self }.visit_expr_mut(&mut renamed);
        renamed
    }
}

#[cfg(test)]
mod tests;
