//! Control flow: `if`, `match` on constants, and `for` loops over constant ranges.
//!
//! In: the `syn` construct. Out: an `If` with one output per value the arms produce or assign,
//! or a `For` with one `Carried` per variable its body assigns; iterator loops are rewritten
//! as the index loops they stand for.

use std::collections::HashSet;

use quote::ToTokens;
use syn::spanned::Spanned;
use syn::{Expr, Pat};

use super::syntax::{assigned_names, assignments, binds_names, grouped};
use super::{Frame, Lowerer};
use crate::ir::{Carried, For, If, IfOutput, Operand, Origin, Stmt, Value, VarId};

impl Lowerer<'_> {
    /// A condition: read, never differentiated.
    fn lower_condition(&mut self, condition: &Expr) -> Expr {
        if let Expr::Let(let_expr) = condition {
            self.cx.error(
                let_expr,
                "`if let` is not supported by #[differentiable]: use a condition on values",
            );
        }
        self.reject_forbidden(condition);
        self.rename(condition)
    }

    pub(super) fn lower_if(&mut self, if_expr: &syn::ExprIf, want_value: bool) -> Option<Operand> {
        let condition = self.lower_condition(&if_expr.cond);
        let then_branch = &if_expr.then_branch;
        let else_branch = if_expr.else_branch.as_ref().map(|(_, expr)| &**expr);
        self.lower_conditional(
            condition,
            if_expr,
            |this| this.lower_statements(&then_branch.stmts, want_value, false),
            else_branch.map(|else_expr| {
                move |this: &mut Self| match else_expr {
                    Expr::Block(block) => {
                        this.lower_statements(&block.block.stmts, want_value, false)
                    }
                    Expr::If(nested) => this.lower_if(nested, want_value),
                    other => Some(this.lower_expr(other)),
                }
            }),
            want_value,
        )
    }

    /// The common part of `if` and `match`: two arms, then new versions of what they assign.
    fn lower_conditional(
        &mut self,
        condition: Expr,
        node: &dyn ToTokens,
        then_arm: impl FnOnce(&mut Self) -> Option<Operand>,
        else_arm: Option<impl FnOnce(&mut Self) -> Option<Operand>>,
        want_value: bool,
    ) -> Option<Operand> {
        if want_value && else_arm.is_none() {
            self.cx.error(node, "an `if` used as a value needs an `else` arm");
            return None;
        }
        let flag_name = self.names.fresh("branch");
        let flag = self.new_var(flag_name, false, true);
        let (then_block, then_value, then_frame) = self.lower_nested(None, then_arm);
        let (else_block, else_value, else_frame) = match else_arm {
            Some(arm) => self.lower_nested(None, arm),
            None => (Vec::new(), None, Frame::default()),
        };

        let mut outputs = Vec::new();
        let mut result = None;
        if want_value {
            let (Some(then_value), Some(else_value)) = (then_value, else_value) else {
                return None;
            };
            let active = self.is_active(&then_value) || self.is_active(&else_value);
            let name = self.names.fresh("chosen");
            let var = self.new_var(name, active, false);
            self.unnamed.insert(var);
            outputs.push(IfOutput { var, then_value, else_value });
            result = Some(Operand::Var(var));
        }
        let mut assigned: Vec<(String, VarId)> = then_frame.assigned_outer.clone();
        for (name, before) in &else_frame.assigned_outer {
            if !assigned.iter().any(|(known, _)| known == name) {
                assigned.push((name.clone(), *before));
            }
        }
        let mut renames = Vec::new();
        for (name, before) in assigned {
            let arm_value = |frame: &Frame| {
                let assigned_here = frame.assigned_outer.iter().any(|(known, _)| *known == name);
                Operand::Var(if assigned_here { frame.vars[&name] } else { before })
            };
            let then_value = arm_value(&then_frame);
            let else_value = arm_value(&else_frame);
            let active = self.is_active(&then_value) || self.is_active(&else_value);
            let fresh = self.names.binding(&name);
            let var = self.new_var(fresh, active, false);
            outputs.push(IfOutput { var, then_value, else_value });
            renames.push((name, var));
        }
        self.push(Stmt::If(Box::new(If { flag, condition, then_block, else_block, outputs })));
        for (name, var) in renames {
            self.assign(&name, var);
        }
        result
    }

    /// `match` on a constant: the arms become an `if`/`else if` chain on `matches!`.
    pub(super) fn lower_match(
        &mut self,
        match_expr: &syn::ExprMatch,
        want_value: bool,
    ) -> Option<Operand> {
        let scrutinee = self.lower_expr(&match_expr.expr);
        if self.is_active(&scrutinee) {
            self.cx.error(
                &match_expr.expr,
                "`match` on a differentiable value is not supported: match on a constant \
                 (an integer, a bool, an enum), or compare with `if`",
            );
            return None;
        }
        let scrutinee = self.operand_expr(&scrutinee);
        for arm in &match_expr.arms {
            if binds_names(&arm.pat) {
                self.cx.error(&arm.pat, "patterns that bind names are not supported in a #[differentiable] `match`: match on literals, ranges, constants or `_`");
                return None;
            }
        }
        self.lower_arms(&match_expr.arms, &scrutinee, match_expr, want_value)
    }

    fn lower_arms(
        &mut self,
        arms: &[syn::Arm],
        scrutinee: &Expr,
        node: &syn::ExprMatch,
        want_value: bool,
    ) -> Option<Operand> {
        let (first, rest) = arms.split_first()?;
        let arm_body = |this: &mut Self, body: &Expr| match body {
            Expr::Block(block) => this.lower_statements(&block.block.stmts, want_value, false),
            other if want_value => Some(this.lower_expr(other)),
            other => {
                this.lower_expr_statement(other);
                None
            }
        };
        if rest.is_empty() {
            return arm_body(self, &first.body);
        }
        let pat = &first.pat;
        let mut condition: Expr = syn::parse_quote!(matches!(#scrutinee, #pat));
        if let Some((_, guard)) = &first.guard {
            let guard = self.lower_condition(guard);
            condition = syn::parse_quote!(#condition && #guard);
        }
        let body = &first.body;
        self.lower_conditional(
            condition,
            node,
            |this| arm_body(this, body),
            Some(|this: &mut Self| this.lower_arms(rest, scrutinee, node, want_value)),
            want_value,
        )
    }

    /// An iterator loop as the index loop it stands for:
    /// `for v in xs.iter()` → `for i in 0..xs.len() { let v = xs[i]; … }`; likewise
    /// `for (i, v) in xs.iter().enumerate()` and `for (a, b) in xs.iter().zip(ys.iter().skip(1))`.
    fn loop_by_index(&mut self, for_loop: &syn::ExprForLoop) -> Option<syn::ExprForLoop> {
        let (index, sides, bindings): (syn::Ident, Vec<Elements>, Vec<Pat>) =
            match (&*for_loop.expr, &*for_loop.pat) {
                (Expr::MethodCall(call), Pat::Tuple(pair))
                    if call.method == "enumerate"
                        && call.args.is_empty()
                        && pair.elems.len() == 2 =>
                {
                    let Pat::Ident(index) = &pair.elems[0] else { return None };
                    let side = Elements::of(&call.receiver)?;
                    (index.ident.clone(), vec![side], vec![pair.elems[1].clone()])
                }
                (Expr::MethodCall(call), Pat::Tuple(pair))
                    if call.method == "zip" && call.args.len() == 1 && pair.elems.len() == 2 =>
                {
                    let sides = vec![Elements::of(&call.receiver)?, Elements::of(&call.args[0])?];
                    (self.unused_index(), sides, pair.elems.iter().cloned().collect())
                }
                (source, pat) => {
                    (self.unused_index(), vec![Elements::of(source)?], vec![pat.clone()])
                }
            };
        let counts: Vec<Expr> = sides.iter().map(Elements::count).collect();
        let count: Expr = match &counts[..] {
            [one] => one.clone(),
            [first, second] => syn::parse_quote!(#first.min(#second)),
            _ => return None,
        };
        let lets = bindings.iter().zip(&sides).map(|(pat, side)| {
            let element = side.at(&index);
            quote::quote!(let #pat = #element;)
        });
        let body = &for_loop.body.stmts;
        let span = for_loop.span();
        Some(syn::parse_quote_spanned!(span=> for #index in 0..#count { #(#lets)* #(#body)* }))
    }

    /// A loop index no name of the user's function uses.
    fn unused_index(&mut self) -> syn::Ident {
        let name = self.names.fresh("index");
        self.names.release(&name.to_string());
        name
    }

    pub(super) fn lower_for(&mut self, for_loop: &syn::ExprForLoop) {
        if let Some(by_index) = self.loop_by_index(for_loop) {
            self.lower_for(&by_index);
            return;
        }
        if let Some(label) = &for_loop.label {
            self.cx.error(label, "loop labels are not supported by #[differentiable]");
        }
        let index_name = match &*for_loop.pat {
            Pat::Ident(pat) if pat.by_ref.is_none() && pat.subpat.is_none() => {
                Some(pat.ident.to_string())
            }
            Pat::Wild(_) => None,
            other => {
                self.cx
                    .error(other, "the loop variable must be a plain name, as in `for i in 0..n`");
                return;
            }
        };
        let range = self.lower_expr(&for_loop.expr);
        if self.is_active(&range) {
            self.cx.error(
                &for_loop.expr,
                "a loop must run over a constant range (`0..n`, `0..v.len()`), not over \
                 differentiable values",
            );
            return;
        }
        let range = self.operand_expr(&range);

        // Give every variable the body assigns one storage for the whole loop. A parameter, or a
        // variable from outside the arm, loop body or closure the loop is in, is copied into
        // storage of its own: the backward pass replays that block, and must find the value the
        // block started from.
        let assigned = assigned_names(&for_loop.body);
        let becoming_active = self.active_after_loop(&for_loop.body);
        let mut carried_storage = Vec::new();
        for name in &assigned {
            let Some(before) = self.lookup(name) else { continue };
            let outside = self.replay_starts.last().is_some_and(|&start| before < start);
            let storage = if matches!(self.vars[before].origin, Origin::Local) && !outside {
                before
            } else {
                let fresh = self.names.fresh(&format!("{name}_loop"));
                let var = self.new_var(fresh, self.vars[before].active, false);
                self.push(Stmt::Let { var, value: Value::Copy(Operand::Var(before)), ty: None });
                self.assign(name, var);
                var
            };
            self.vars[storage].mutable = true;
            if becoming_active.contains(name) {
                self.vars[storage].active = true;
            }
            carried_storage.push((name.clone(), storage));
        }

        let index_label = index_name.clone().unwrap_or_else(|| "step".to_owned());
        let index_ident = self.names.binding(&index_label);
        let index = self.new_var(index_ident, false, true);
        let binding = index_name.as_deref().map(|name| (name, index));
        let (body, (), frame) = self.lower_nested(binding, |this| {
            let _ = this.lower_statements(&for_loop.body.stmts, false, false);
        });

        let mut carried = Vec::new();
        for (name, storage) in carried_storage {
            if let Some(end) = frame.vars.get(&name)
                && frame.assigned_outer.iter().any(|(known, _)| *known == name)
            {
                if self.vars[*end].active && !self.vars[storage].active {
                    self.vars[storage].active = true;
                }
                let before_name = self.names.fresh(&format!("{}_before", self.vars[storage].name));
                let before = self.new_var(before_name, self.vars[storage].active, false);
                let after_name = self.vars[storage].name.clone();
                let after = self.new_var(after_name, self.vars[storage].active, false);
                self.vars[after].mutable = true;
                self.assign(&name, after);
                carried.push(Carried { storage, end: *end, before, after });
            }
        }
        let tape = self.names.fresh("tape");
        self.push(Stmt::For(Box::new(For { index, range, body, carried, tape })));
    }

    /// Names that the loop body can make active: a syntactic fixpoint over its assignments.
    fn active_after_loop(&self, body: &syn::Block) -> HashSet<String> {
        let mut active: HashSet<String> = HashSet::new();
        for frame in &self.frames {
            for (name, var) in &frame.vars {
                if self.vars[*var].active {
                    active.insert(name.clone());
                }
            }
        }
        let updates = assignments(body);
        loop {
            let before = active.len();
            for (name, reads) in &updates {
                if reads.iter().any(|read| active.contains(read)) {
                    active.insert(name.clone());
                }
            }
            if active.len() == before {
                return active;
            }
        }
    }
}

/// One side of an iterator loop: `xs.iter()`, `&xs`, or either with `.skip(k)`.
struct Elements {
    base: Expr,
    skip: Option<Expr>,
}

impl Elements {
    fn of(expr: &Expr) -> Option<Elements> {
        match expr {
            Expr::MethodCall(call) if call.method == "skip" && call.args.len() == 1 => {
                let inner = Elements::of(&call.receiver)?;
                inner.skip.is_none().then(|| Elements { skip: Some(call.args[0].clone()), ..inner })
            }
            Expr::MethodCall(call) if call.method == "iter" && call.args.is_empty() => {
                Some(Elements { base: (*call.receiver).clone(), skip: None })
            }
            Expr::Reference(reference) if reference.mutability.is_none() => {
                Some(Elements { base: (*reference.expr).clone(), skip: None })
            }
            Expr::Paren(inner) => Elements::of(&inner.expr),
            _ => None,
        }
    }

    /// How many elements the side yields.
    fn count(&self) -> Expr {
        let base = grouped(&self.base);
        match &self.skip {
            Some(skip) => syn::parse_quote!(#base.len().saturating_sub(#skip)),
            None => syn::parse_quote!(#base.len()),
        }
    }

    /// The element the side yields at step `index`.
    fn at(&self, index: &syn::Ident) -> Expr {
        let base = grouped(&self.base);
        match &self.skip {
            Some(skip) => {
                let skip = grouped(skip);
                syn::parse_quote!(#base[#index + #skip])
            }
            None => syn::parse_quote!(#base[#index]),
        }
    }
}
