//! The forward pass: the function's statements through their rules, keeping callees'
//! pullbacks, pushing each loop iteration's and each `map` element's residuals onto a tape, and
//! handing out, for an `if`, the arm that ran with its residuals.
//!
//! In: IR blocks and the backward pass (which decides what is kept). Out: statements' tokens.

use std::collections::{HashMap, HashSet};

use proc_macro2::TokenStream;
use quote::{ToTokens, format_ident, quote, quote_spanned};

use crate::ir::{Block, For, If, Op, Operand, Origin, Rule, Stmt, Value, VarId};

use super::backward::{Residual, group, if_key, map_key};
use crate::lower::place_expr;
use crate::reverse::Backward;

use super::operands::Wanted;
use super::{Emitter, collect_idents, count_idents, op_key, respan};

impl Emitter<'_> {
    pub(super) fn block(&mut self, block: &[Stmt], backward: &Backward) -> TokenStream {
        let stmts: Vec<TokenStream> = block
            .iter()
            .map(|stmt| {
                let tokens = self.stmt(stmt, backward);
                let report = self.record_value(stmt);
                quote!(#tokens #report)
            })
            .collect();
        quote!(#(#stmts)*)
    }

    /// Records in `consumed` the intermediates an operation can take over instead of copying
    /// (see [`Op::consumes_first`]): defined earlier in the same block, read nowhere else in
    /// the `forward` pass and never in the backward `steps`. True when there are any (the
    /// forward pass is then emitted again). Names are unique in the generated code, so an
    /// identifier counted twice in `forward` is the definition and one read.
    pub(super) fn find_consumed(&mut self, forward: &TokenStream, steps: &TokenStream) -> bool {
        let mut counts = HashMap::new();
        count_idents(forward.clone(), &mut counts);
        let mut read_backward = HashSet::new();
        collect_idents(steps.clone(), &mut read_backward);
        let mut found = Vec::new();
        candidates(&self.function.body, &mut found);
        for var in found {
            let variable = &self.function.vars[var];
            let name = variable.name.to_string();
            if variable.origin == Origin::Local
                && !variable.mutable
                && self.function.result.root() != Some(var)
                && counts.get(&name) == Some(&2)
                && !read_backward.contains(&name)
            {
                self.consumed.insert(var);
            }
        }
        !self.consumed.is_empty()
    }

    pub(super) fn stmt(&mut self, stmt: &Stmt, backward: &Backward) -> TokenStream {
        match stmt {
            Stmt::Let { var, value, ty } => {
                let variable = &self.function.vars[*var];
                let name = &variable.name;
                let mutability = variable.mutable.then(|| quote!(mut));
                if let Value::Op(op) = value {
                    if let Some((pullback, positions)) = self.pulled.get(&op_key(op)) {
                        let annotation = ty.as_ref().map(|ty| quote!(: (#ty, _)));
                        let call = self.saving_call(op, positions);
                        return quote!(let (#mutability #name, #pullback) #annotation = #call;);
                    }
                }
                let annotation = ty.as_ref().map(|ty| quote!(: #ty));
                // A `map` that saves per element records into a tape of one entry per element.
                let tape = match value {
                    Value::Map(map) => self.map_tapes.get(&map_key(map)).map(|(tape, _)| {
                        let matrix = self.operand(&map.matrix, Wanted::Value);
                        quote!(let mut #tape = Vec::with_capacity(#matrix.len());)
                    }),
                    _ => None,
                };
                let value = self.value(value, backward);
                quote!(#tape let #mutability #name #annotation = #value;)
            }
            Stmt::Assert(mac) => quote!(#mac;),
            Stmt::Write(node) => {
                let place = place_expr(&self.function.vars[node.target].name, &node.index);
                let before = &self.function.vars[node.before].name;
                let value = self.operand(&node.value, Wanted::Value);
                // The overwritten element is kept only where the backward pass reads it.
                if self.unread_befores.contains(&node.before) {
                    quote!(#place = #value;)
                } else {
                    quote!(let #before = #place; #place = #value;)
                }
            }
            Stmt::If(node) => self.if_forward(node, backward),
            Stmt::For(node) => self.for_forward(node, backward),
        }
    }

    fn value(&mut self, value: &Value, backward: &Backward) -> TokenStream {
        match value {
            Value::Const(expr) => expr.to_token_stream(),
            Value::Copy(operand) => self.operand(operand, Wanted::Copied),
            Value::Op(op) if op.consumes_first() && self.consumes(op) => {
                let Rule::Call(path) = &op.rule else { return self.call(op) };
                let taken = self.operand(&op.args[0].operand, Wanted::Moved);
                let rest =
                    op.args[1..].iter().map(|arg| self.operand(&arg.operand, Wanted::passed(arg)));
                respan(quote!(#path::in_place(#taken, #(#rest),*)), op.span)
            }
            Value::Op(op) => self.call(op),
            Value::Map(map) => {
                let matrix = self.operand(&map.matrix, Wanted::Value);
                let param = &self.function.vars[map.param].name;
                let body = self.block(&map.body, backward);
                let result = self.operand(&map.result, Wanted::EndOf(&map.body));
                // Each element pushes what its reversal reads (see `map_steps`).
                let push = self.map_tapes.get(&map_key(map)).map(|(tape, saved)| {
                    let names: Vec<TokenStream> =
                        saved.iter().map(|residual| residual.name.to_token_stream()).collect();
                    let pushed = group(&names);
                    quote!(#tape.push(#pushed);)
                });
                quote_spanned!(map.span=> #matrix.map(|#param| { #body #push #result }))
            }
        }
    }

    /// A forward operation: `rules::mul(w, x)` or `sigmoid(&z)`.
    fn call(&self, op: &Op) -> TokenStream {
        match &op.rule {
            Rule::Builtin(builtin) => {
                let rules = &self.rules;
                let rule = format_ident!("{}", builtin.name());
                let args = op.args.iter().map(|arg| self.operand(&arg.operand, Wanted::Reference));
                respan(quote!(#rules::#rule(#(#args),*)), op.span)
            }
            Rule::Call(path) => {
                let args =
                    op.args.iter().map(|arg| self.operand(&arg.operand, Wanted::passed(arg)));
                // The user's function, not a generated item of the same name (`forward`).
                let prefix = (op.calls_function()
                    && path.leading_colon.is_none()
                    && path.segments.len() == 1)
                    .then(|| quote!(super::));
                respan(quote!(#prefix #path(#(#args),*)), op.span)
            }
        }
    }

    /// A call that keeps its callee's pullback: `rules::pullback!(f; a0 want0 back_0, …)(args)`.
    fn saving_call(&self, op: &Op, positions: &[usize]) -> TokenStream {
        let Rule::Call(path) = &op.rule else { return self.call(op) };
        let rules = &self.rules;
        let slots = (0..op.args.len()).map(|index| {
            let arg = format_ident!("a{index}");
            let want = format_ident!("want{index}");
            let back = if positions.contains(&index) {
                format_ident!("back_{index}").to_token_stream()
            } else {
                quote!(_)
            };
            quote!(#arg #want #back)
        });
        let args = op.args.iter().map(|arg| self.operand(&arg.operand, Wanted::passed(arg)));
        // A path the caller's module resolves, as the generated module (one level down) spells
        // it (`keep_user_names` made `self::f` `super::f`, `super::f` `super::super::f`).
        let absolute = path
            .segments
            .first()
            .is_some_and(|segment| segment.ident == "crate" || segment.ident == "super");
        let path = if absolute { quote!(@absolute #path) } else { quote!(#path) };
        respan(quote!(#rules::pullback!(#path; #(#slots),*)(#(#args),*)), op.span)
    }

    /// `let branch = rules::branch(cond); let y = if branch { … } else { … };`, or, when an arm's
    /// reversal reads values the arm computed, `let (y, branch) = if rules::branch(cond) { …;
    /// (y_1, rules::Arm::Then(saved)) } else { … };`: the flag becomes the arm that ran, holding
    /// what its reversal reads.
    fn if_forward(&mut self, node: &If, backward: &Backward) -> TokenStream {
        let rules = self.rules.clone();
        let flag = &self.function.vars[node.flag].name;
        let condition = &node.condition;
        let then_block = self.block(&node.then_block, backward);
        let else_block = self.block(&node.else_block, backward);
        let saved = self.arms.get(&if_key(node));
        let kept = |arm: Option<&Vec<Residual>>| -> Vec<String> {
            arm.map(|kept| kept.iter().map(|residual| residual.name.to_string()).collect())
                .unwrap_or_default()
        };
        let (then_kept, else_kept) = (
            kept(saved.map(|(then_kept, _)| then_kept)),
            kept(saved.map(|(_, else_kept)| else_kept)),
        );
        let mut then_values: Vec<TokenStream> = node
            .outputs
            .iter()
            .map(|output| self.arm_value(&output.then_value, &node.then_block, &then_kept))
            .collect();
        let mut else_values: Vec<TokenStream> = node
            .outputs
            .iter()
            .map(|output| self.arm_value(&output.else_value, &node.else_block, &else_kept))
            .collect();
        let mut bindings: Vec<TokenStream> = node
            .outputs
            .iter()
            .map(|output| {
                let variable = &self.function.vars[output.var];
                let name = &variable.name;
                if variable.mutable { quote!(mut #name) } else { quote!(#name) }
            })
            .collect();
        if let Some((then_saved, else_saved)) = saved {
            let names = |saved: &[Residual]| -> Vec<TokenStream> {
                saved.iter().map(|residual| residual.name.to_token_stream()).collect()
            };
            let (then_arm, else_arm) = (group(&names(then_saved)), group(&names(else_saved)));
            then_values.push(quote!(#rules::Arm::Then(#then_arm)));
            else_values.push(quote!(#rules::Arm::Else(#else_arm)));
            bindings.push(flag.to_token_stream());
            let (binding, then_value, else_value) =
                (group(&bindings), group(&then_values), group(&else_values));
            return quote! {
                let #binding = if #rules::branch(#condition) {
                    #then_block
                    #then_value
                } else {
                    #else_block
                    #else_value
                };
            };
        }
        let flag_line = quote!(let #flag = #rules::branch(#condition););
        if bindings.is_empty() {
            return if else_block.is_empty() {
                quote!(#flag_line if #flag { #then_block })
            } else {
                quote!(#flag_line if #flag { #then_block } else { #else_block })
            };
        }
        let (binding, then_value, else_value) =
            (group(&bindings), group(&then_values), group(&else_values));
        quote! {
            #flag_line
            let #binding = if #flag { #then_block #then_value } else { #else_block #else_value };
        }
    }

    /// The value an arm gives an output of its `if`: moved when the arm defines it, unless the
    /// arm also saves it for its reversal (then a copy goes out).
    fn arm_value(&self, value: &Operand, block: &Block, kept: &[String]) -> TokenStream {
        let saved = value.root().is_some_and(|var| {
            defines(block, var) && kept.contains(&self.function.vars[var].name.to_string())
        });
        if saved {
            self.operand(value, Wanted::Copied)
        } else {
            self.operand(value, Wanted::EndOf(block))
        }
    }

    fn for_forward(&mut self, node: &For, backward: &Backward) -> TokenStream {
        let range = &node.range;
        let body = self.block(&node.body, backward);
        let write_backs: Vec<TokenStream> = node
            .carried
            .iter()
            .map(|carried| {
                let storage = &self.function.vars[carried.storage].name;
                let end = &self.function.vars[carried.end].name;
                quote!(#storage = #end;)
            })
            .collect();
        let tape = &node.tape;
        let taped = backward.taped.contains(&tape.to_string());
        let index_pushed = taped && !self.unread_index.contains(&tape.to_string());
        let index = &self.function.vars[node.index].name;
        let mut read = HashSet::new();
        collect_idents(body.clone(), &mut read);
        // `for _ in …`: an index that neither the body nor the tape reads is not named.
        let index_read =
            read.contains(&index.to_string()) || read.contains(&crate::names::unraw(index));
        let index = if index_pushed || index_read { index.to_token_stream() } else { quote!(_) };
        if !taped {
            return quote! {
                for #index in #range {
                    #body
                    #(#write_backs)*
                }
            };
        }
        let saved = node
            .carried
            .iter()
            .filter(|carried| !self.unrestored.contains(&(tape.to_string(), carried.storage)))
            .map(|carried| &self.function.vars[carried.storage].name);
        let kept: Vec<TokenStream> = self
            .residuals
            .get(&tape.to_string())
            .map(|residuals| {
                residuals
                    .iter()
                    .map(|residual| {
                        let name = &residual.name;
                        if residual.copied { quote!(#name.clone()) } else { quote!(#name) }
                    })
                    .collect()
            })
            .unwrap_or_default();
        let index_item = index_pushed.then(|| index.clone());
        let items: Vec<TokenStream> = index_item
            .into_iter()
            .chain(saved.map(ToTokens::to_token_stream))
            .chain(kept)
            .collect();
        let pushed = super::backward::group(&items);
        let rules = &self.rules;
        // The tape has room for every iteration before the first (`reserving` evaluates the
        // range once, as `for` would), so pushing never reallocates.
        quote! {
            let mut #tape = Vec::new();
            for #index in #rules::reserving(&mut #tape, #range) {
                #body
                #tape.push(#pushed);
                #(#write_backs)*
            }
        }
    }
}

impl Emitter<'_> {
    fn consumes(&self, op: &Op) -> bool {
        matches!(op.args[0].operand, Operand::Var(var) if self.consumed.contains(&var))
    }
}

/// Intermediates that an operation which can consume its first argument reads, where a `let`
/// earlier in the same block defines them (so taking them moves nothing out of a loop).
fn candidates(block: &Block, found: &mut Vec<VarId>) {
    let mut defined = HashSet::new();
    for stmt in block {
        match stmt {
            Stmt::Let { var, value, .. } => {
                if let Value::Op(op) = value {
                    if let Some(Operand::Var(first)) = op.args.first().map(|arg| &arg.operand) {
                        if op.consumes_first() && op.args[0].by_ref && defined.contains(first) {
                            found.push(*first);
                        }
                    }
                }
                if let Value::Map(map) = value {
                    candidates(&map.body, found);
                }
                defined.insert(*var);
            }
            Stmt::If(node) => {
                candidates(&node.then_block, found);
                candidates(&node.else_block, found);
            }
            Stmt::For(node) => candidates(&node.body, found),
            Stmt::Write(_) | Stmt::Assert(_) => {}
        }
    }
}

/// True when `block` (at its top level) defines `var`.
pub(super) fn defines(block: &Block, var: VarId) -> bool {
    block.iter().any(|stmt| match stmt {
        Stmt::Let { var: defined, .. } => *defined == var,
        Stmt::If(node) => node.outputs.iter().any(|output| output.var == var),
        Stmt::For(node) => node.carried.iter().any(|carried| carried.after == var),
        Stmt::Write(_) | Stmt::Assert(_) => false,
    })
}
