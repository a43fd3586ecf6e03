//! Statements: `let`, assignments, asserts and blocks.
//!
//! In: the statements of a block. Out: IR statements pushed onto the block being collected,
//! new versions of assigned variables in the current scope, and the block's value if wanted.

use proc_macro2::Span;
use quote::ToTokens;
use syn::punctuated::Punctuated;
use syn::spanned::Spanned;
use syn::{Expr, Pat, Stmt as SynStmt, Token, Type};

use super::expressions::arithmetic;
use super::syntax::{is_compound, plain_ident};
use super::{Frame, Lowerer};
use crate::ir::{Operand, Origin, Projection, Stmt, Value, VarId, Write};

/// Macros accepted as statements (kept as written in the forward pass).
pub(super) const ASSERT_MACROS: &[&str] =
    &["assert", "debug_assert", "assert_eq", "assert_ne", "debug_assert_eq", "debug_assert_ne"];

impl Lowerer<'_> {
    /// Lowers statements into the current block. With `want_value`, the tail expression (or a
    /// final `return` at the top level) is the block's value.
    pub(super) fn lower_statements(
        &mut self,
        stmts: &[SynStmt],
        want_value: bool,
        top_level: bool,
    ) -> Option<Operand> {
        let mut result = None;
        for (position, stmt) in stmts.iter().enumerate() {
            let last = position + 1 == stmts.len();
            match stmt {
                SynStmt::Local(local) => self.lower_let(local),
                SynStmt::Item(item) => self.cx.error(
                    item,
                    "items inside a #[differentiable] function are not supported: move this \
                     item out of the function",
                ),
                SynStmt::Macro(mac) => self.lower_macro_statement(&mac.mac),
                SynStmt::Expr(Expr::Return(ret), _) if top_level && last => match &ret.expr {
                    Some(expr) => result = Some(self.lower_expr(expr)),
                    None => self.cx.error(ret, "`return` needs a value here"),
                },
                SynStmt::Expr(expr, None) if last && want_value => {
                    result = Some(self.lower_expr(expr));
                }
                SynStmt::Expr(expr, _) => self.lower_expr_statement(expr),
            }
        }
        if want_value && result.is_none() && self.cx.is_empty() {
            let span = stmts.last().map_or_else(Span::call_site, Spanned::span);
            self.cx.syn_error(syn::Error::new(
                span,
                "this block has no value: end it with an expression (no `;`) or `return value;`",
            ));
        }
        result
    }

    fn lower_let(&mut self, local: &syn::Local) {
        let (pat, ty) = match &local.pat {
            Pat::Type(typed) => (&*typed.pat, Some((*typed.ty).clone())),
            pat => (pat, None),
        };
        if let Pat::Tuple(names) = pat {
            self.lower_tuple_let(local, names, ty.as_ref());
            return;
        }
        let Pat::Ident(pat_ident) = pat else {
            self.cx.error(
                pat,
                "only `let name = …` bindings are supported by #[differentiable]: bind each \
                 value with its own `let`",
            );
            return;
        };
        if pat_ident.by_ref.is_some() || pat_ident.subpat.is_some() {
            self.cx.error(pat_ident, "write the binding as a plain name");
            return;
        }
        let Some(init) = &local.init else {
            self.cx.error(local, "a `let` without a value is not supported: give it a value");
            return;
        };
        if let Some((_, diverge)) = &init.diverge {
            self.cx.error(diverge, "`let … else` is not supported by #[differentiable]");
            return;
        }
        let name = pat_ident.ident.to_string();
        let mut value = self.lower_expr(&init.expr);
        // A constant part of a parameter struct, borrowed (`let layer = &net.layers[i];` of
        // fixed layers), is copied: the backward pass may keep it, and cannot keep a borrow.
        if let (Operand::Const(_), Expr::Reference(reference)) = (&value, &*init.expr)
            && self.is_part_of_struct_param(&reference.expr)
        {
            let part = self.rename(&reference.expr);
            value = Operand::Const(syn::parse_quote!(#part.clone()));
        }
        let var = self.store(&name, value, ty);
        self.declare(&name, var);
    }

    /// `let (d, n) = (x.nrows(), x.ncols());`: every value first, then every name, so that
    /// `let (a, b) = (b, a);` swaps.
    fn lower_tuple_let(&mut self, local: &syn::Local, names: &syn::PatTuple, ty: Option<&Type>) {
        let values = match local.init.as_ref().map(|init| (&*init.expr, &init.diverge)) {
            Some((Expr::Tuple(values), None)) if values.elems.len() == names.elems.len() => values,
            _ => {
                self.cx.error(
                    &local.pat,
                    "a tuple pattern binds a tuple written out in place, as in \
                     `let (d, n) = (x.nrows(), x.ncols());`: otherwise bind each value with its \
                     own `let`",
                );
                return;
            }
        };
        let mut idents = Vec::new();
        for pat in &names.elems {
            match pat {
                Pat::Ident(ident) if ident.by_ref.is_none() && ident.subpat.is_none() => {
                    idents.push(ident.ident.to_string());
                }
                other => {
                    self.cx.error(other, "name each part of the tuple with a plain name");
                    return;
                }
            }
        }
        let types: Vec<Option<Type>> = match ty {
            Some(Type::Tuple(types)) => types.elems.iter().cloned().map(Some).collect(),
            _ => vec![None; idents.len()],
        };
        let lowered: Vec<Operand> =
            values.elems.iter().map(|value| self.lower_expr(value)).collect();
        for ((name, value), ty) in idents.iter().zip(lowered).zip(types) {
            let var = self.store(name, value, ty);
            self.declare(name, var);
        }
    }

    /// A variable named after `user_name` holding `value`: the value's own intermediate when it
    /// was just computed, else a new variable (a copy, or the constant).
    pub(super) fn store(&mut self, user_name: &str, value: Operand, ty: Option<Type>) -> VarId {
        match value {
            Operand::Var(var) if self.unnamed.remove(&var) => {
                self.names.release(&self.vars[var].name.to_string());
                self.vars[var].name = self.names.binding(user_name);
                if ty.is_some() {
                    self.set_type(var, ty);
                }
                var
            }
            Operand::Const(expr) => {
                let name = self.names.binding(user_name);
                let var = self.new_var(name, false, false);
                self.push(Stmt::Let { var, value: Value::Const(expr), ty });
                var
            }
            operand => {
                let name = self.names.binding(user_name);
                let active = self.is_active(&operand);
                let var = self.new_var(name, active, false);
                self.push(Stmt::Let { var, value: Value::Copy(operand), ty });
                var
            }
        }
    }

    /// Sets the annotated type of the `let` that defines `var`.
    fn set_type(&mut self, var: VarId, annotated: Option<Type>) {
        if let Some(block) = self.blocks.last_mut() {
            for stmt in block.iter_mut().rev() {
                if let Stmt::Let { var: defined, ty, .. } = stmt
                    && *defined == var
                {
                    *ty = annotated;
                    return;
                }
            }
        }
    }

    fn lower_macro_statement(&mut self, mac: &syn::Macro) {
        let name = mac.path.segments.last().map(|segment| segment.ident.to_string());
        let is_assert = mac.path.segments.len() == 1
            && name.as_deref().is_some_and(|name| ASSERT_MACROS.contains(&name));
        if !is_assert {
            self.reject_macro(mac);
            return;
        }
        let mut renamed = mac.clone();
        match mac.parse_body_with(Punctuated::<Expr, Token![,]>::parse_terminated) {
            Ok(exprs) => {
                let exprs: Punctuated<Expr, Token![,]> =
                    exprs.iter().map(|expr| self.rename(expr)).collect();
                renamed.tokens = exprs.to_token_stream();
            }
            Err(error) => self.cx.syn_error(error),
        }
        self.push(Stmt::Assert(renamed));
    }

    pub(super) fn lower_expr_statement(&mut self, expr: &Expr) {
        match expr {
            Expr::Macro(mac) => self.lower_macro_statement(&mac.mac),
            Expr::Assign(assign) => self.lower_assign(&assign.left, None, &assign.right),
            Expr::Binary(binary) if is_compound(binary.op) => {
                self.lower_assign(&binary.left, Some(binary), &binary.right);
            }
            Expr::ForLoop(for_loop) => self.lower_for(for_loop),
            Expr::If(if_expr) => {
                let _ = self.lower_if(if_expr, false);
            }
            Expr::Match(match_expr) => {
                let _ = self.lower_match(match_expr, false);
            }
            Expr::Block(block) if block.label.is_none() => {
                self.frames.push(Frame::default());
                let _ = self.lower_statements(&block.block.stmts, false, false);
                self.close_plain_block();
            }
            Expr::Return(ret) => self.cx.error(
                ret,
                "early `return` is not supported by #[differentiable]: compute the result and \
                 return it at the end of the function",
            ),
            Expr::While(_) | Expr::Loop(_) | Expr::Unsafe(_) | Expr::Closure(_) => {
                let _ = self.lower_expr(expr);
            }
            Expr::Break(_) | Expr::Continue(_) => self.reject(expr),
            Expr::MethodCall(call) => {
                let receiver = plain_ident(&call.receiver).unwrap_or_else(|| "it".to_owned());
                self.cx.error(
                    call,
                    format!(
                        "`.{}(…)` as a statement changes `{receiver}` in place (or drops a \
                         value), which #[differentiable] does not follow: write the elements one \
                         at a time (`{receiver}[(i, j)] = …` or `{receiver}[i] = …` in a loop), or \
                         bind the new value with `let`",
                        call.method
                    ),
                );
            }
            other => {
                self.cx.error(
                    other,
                    "this statement computes a value and drops it: bind it with `let`, or \
                     remove it",
                );
            }
        }
    }

    /// Closes a plain `{ … }` block: assignments made inside stay in effect outside.
    pub(super) fn close_plain_block(&mut self) {
        let Some(frame) = self.frames.pop() else { return };
        for (name, _) in frame.assigned_outer {
            if let Some(var) = frame.vars.get(&name) {
                self.assign(&name, *var);
            }
        }
    }

    /// The value an assignment stores: `right`, or for `+=` and the like, `current ∘ right`;
    /// `None` (with an error) for a compound operator without a rule.
    fn assigned_value(
        &mut self,
        current: Operand,
        compound: Option<&syn::ExprBinary>,
        right: &Expr,
    ) -> Option<Operand> {
        let Some(binary) = compound else { return Some(self.lower_expr(right)) };
        let right = self.lower_expr(right);
        let Some(rule) = arithmetic(binary.op) else {
            self.cx.error(
                binary.op,
                "only `+=`, `-=`, `*=` and `/=` are supported on differentiable values",
            );
            return None;
        };
        Some(self.binary(rule, current, right, binary.span()))
    }

    /// `x = value` or `x op= value`: a new version of `x`.
    fn lower_assign(&mut self, left: &Expr, compound: Option<&syn::ExprBinary>, right: &Expr) {
        if let Expr::Index(element) = left {
            self.lower_element_write(element, compound, right);
            return;
        }
        let Some(name) = plain_ident(left) else {
            self.cx.error(
                left,
                "only variables and their elements can be assigned in a #[differentiable] \
                 function (`x = …`, `x += …`, `v[i] = …`, `m[(i, j)] = …`), not fields: bind the \
                 new value to a name of its own (`let w = …;`) and use that",
            );
            return;
        };
        let Some(current) = self.lookup(&name) else {
            self.cx.error(left, format!("cannot find a variable `{name}` to assign"));
            return;
        };
        if matches!(self.vars[current].origin, Origin::Param(_)) {
            self.cx.error(
                left,
                format!(
                    "cannot assign to the parameter `{name}`: bind a copy first \
                     (`let mut {name} = {name}.clone();`)"
                ),
            );
            return;
        }
        let Some(value) = self.assigned_value(Operand::Var(current), compound, right) else {
            return;
        };
        let var = self.store(&name, value, None);
        self.assign(&name, var);
    }

    /// `v[i] = value`, `m[(i, j)] = value` (or `+=`, …): a write into an element of a local, in
    /// place. The storage stays one variable; the write keeps the overwritten element under a
    /// name of its own, for the backward pass to put back.
    fn lower_element_write(
        &mut self,
        element: &syn::ExprIndex,
        compound: Option<&syn::ExprBinary>,
        right: &Expr,
    ) {
        let Some(name) = plain_ident(&element.expr) else {
            self.cx.error(
                element,
                "only an element of a variable can be written (`v[i] = …`, `m[(i, j)] = …`): \
                 bind the matrix or vector to a `let mut` name first",
            );
            return;
        };
        let Some(target) = self.lookup(&name) else {
            self.cx.error(&element.expr, format!("cannot find a variable `{name}` to assign"));
            return;
        };
        if matches!(self.vars[target].origin, Origin::Param(_)) {
            self.cx.error(
                &element.expr,
                format!(
                    "cannot write into the parameter `{name}`: bind a copy first \
                     (`let mut {name} = {name}.clone();`) and write into that"
                ),
            );
            return;
        }
        if self.closure_starts.last().is_some_and(|&start| target < start) {
            self.cx.error(
                element,
                format!(
                    "the closure of `map` writes into `{name}`, which lives outside it: the \
                     closure may only compute each element's value; write the elements in a \
                     loop instead (`for i in 0..{name}.len() {{ {name}[i] = …; }}`)"
                ),
            );
            return;
        }
        if self.arm_starts.last().is_some_and(|&start| target < start) {
            self.cx.error(
                element,
                format!(
                    "writing into `{name}`, which lives outside this branch, is not supported \
                     by #[differentiable]: choose the value with the branch and write it \
                     unconditionally (`{name}[i] = if … {{ new }} else {{ {name}[i] }};`)"
                ),
            );
            return;
        }
        let position = self.lower_expr(&element.index);
        if self.is_active(&position) {
            self.cx
                .error(&element.index, "an index must be a constant, not a differentiable value");
            return;
        }
        let index = vec![Projection::Index(self.operand_expr(&position))];
        let place = Operand::Place(target, index.clone());
        let Some(value) = self.assigned_value(place, compound, right) else { return };
        // An element of the same storage is copied out before the write overwrites it.
        let value = if value.root() == Some(target) {
            Operand::Var(self.store(&format!("{name}_element"), value, None))
        } else {
            value
        };
        if self.is_active(&value) {
            self.vars[target].active = true;
        }
        self.vars[target].mutable = true;
        let before_name = self.names.fresh(&format!("{}_before", self.vars[target].name));
        let before = self.new_var(before_name, false, true);
        self.push(Stmt::Write(Box::new(Write { target, index, value, before })));
    }

    /// True for a field of a parameter, or a part of one (`net.layers[i]`, `p.first`).
    fn is_part_of_struct_param(&self, expr: &Expr) -> bool {
        let mut current = expr;
        let mut through_field = false;
        loop {
            match current {
                Expr::Field(field) => {
                    through_field = true;
                    current = &field.base;
                }
                Expr::Index(index) => current = &index.expr,
                Expr::Paren(inner) => current = &inner.expr,
                _ => break,
            }
        }
        through_field
            && plain_ident(current)
                .and_then(|name| self.lookup(&name))
                .is_some_and(|var| matches!(self.vars[var].origin, Origin::Param(_)))
    }
}
