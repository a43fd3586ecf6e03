//! The backward pass: the steps of `reverse` as statements, adjoints guarded by the flags of
//! the parameters that need them, loops that pop their tape last iteration first, branches that
//! match on the arm that ran and `map`s that walk their elements' saved values.
//!
//! In: `reverse`'s steps. Out: their tokens, and what each loop's tape, each arm and each `map`
//! element must save for them.

use std::collections::{HashMap, HashSet};

use proc_macro2::{Ident, TokenStream};
use quote::{ToTokens, format_ident, quote, quote_spanned};

use crate::ir::{
    Block, Carried, For, If, Map, Op, Operand, Origin, ParamClass, Projection, Pull, Rule, Stmt,
    Value, VarId,
};

use super::operands::Wanted;
use super::recovered::end_is_in_storage;
use super::{Emitter, MARKER, collect_idents, op_key, respan};
use crate::lower::place_expr;
use crate::reverse::{Backward, Contribution, Step};

/// A value an iteration pushes onto its loop's tape for the backward pass.
#[derive(Clone)]
pub(super) struct Residual {
    pub(super) name: Ident,
    /// The loop also writes it back into its storage: the tape gets a copy.
    pub(super) copied: bool,
    /// The backward pass assigns it (an inner loop's storage).
    pub(super) mutable: bool,
}

impl Emitter<'_> {
    pub(super) fn steps(&mut self, steps: &[Step], backward: &Backward) -> TokenStream {
        let tokens: Vec<TokenStream> = steps
            .iter()
            .enumerate()
            .map(|(index, step)| match step {
                Step::Pull { op, out, d_out } => {
                    self.pull(op, *out, *d_out, &steps[index + 1..], backward)
                }
                Step::Comment(stmt) => {
                    let comment = self.step(step, backward);
                    let report = self.record_adjoint(stmt, &steps[index + 1..]);
                    quote!(#comment #report)
                }
                step => self.step(step, backward),
            })
            .collect();
        quote!(#(#tokens)*)
    }

    /// `let (d_a, _, d_c) = pullback_h(a, b, c, &h, &d_h, true, false, want_c);`: the called
    /// function's backward pass, once. An argument whose adjoint starts here is bound directly;
    /// the others get a name and are added by the `Part` steps that follow.
    fn pull(
        &mut self,
        op: &Op,
        out: VarId,
        d_out: VarId,
        following: &[Step],
        backward: &Backward,
    ) -> TokenStream {
        let key = op_key(op);
        let Some((pullback, _)) = self.pulled.get(&key).cloned() else {
            return TokenStream::new();
        };
        let mut targets: HashMap<usize, (VarId, bool)> = HashMap::new();
        for step in following {
            match step {
                Step::Contribute {
                    target,
                    projections,
                    value: Contribution::Part { op: part_of, position, .. },
                    first,
                    ..
                } if op_key(part_of) == key => {
                    targets.insert(*position, (*target, *first && projections.is_empty()));
                }
                Step::Declare(_) => {}
                _ => break,
            }
        }
        let mut bindings = Vec::new();
        let mut wants = Vec::new();
        for (position, arg) in op.args.iter().enumerate() {
            let Some(&(target, direct)) = targets.get(&position) else {
                bindings.push(quote!(_));
                wants.push(quote!(false));
                continue;
            };
            wants.push(self.want_condition(target).unwrap_or_else(|| quote!(true)));
            if direct {
                self.bound.insert((key, position));
                let name = self.adjoint_name(target);
                let count = backward.contributions.get(&target).copied().unwrap_or(0);
                let mutability = (count > 1).then(|| quote!(mut));
                bindings.push(quote!(#mutability #name));
            } else {
                let shown: String = self
                    .show_operand(&arg.operand)
                    .chars()
                    .map(|c| if c.is_ascii_alphanumeric() { c } else { '_' })
                    .collect();
                let name = self.names.derived(Some(format!("d_{shown}")), "d_part");
                self.parts.insert((key, position), name.clone());
                bindings.push(name.to_token_stream());
            }
        }
        let args: Vec<TokenStream> =
            op.args.iter().map(|arg| self.operand(&arg.operand, Wanted::Reference)).collect();
        let out_ref = self.operand(&Operand::Var(out), Wanted::Reference);
        let d_out_ref = self.adjoint_reference(d_out);
        let call = respan(quote!(#pullback(#(#args,)* #out_ref, #d_out_ref, #(#wants),*)), op.span);
        quote!(let (#(#bindings,)*) = #call;)
    }

    fn step(&mut self, step: &Step, backward: &Backward) -> TokenStream {
        let rules = self.rules.clone();
        match step {
            // The graph's copy of the pullback is compiled, never shown: no comments.
            Step::Comment(_) if self.graph.is_some() => TokenStream::new(),
            Step::Comment(stmt) => {
                let text = self.show_stmt(stmt);
                let marker = format_ident!("{}", MARKER);
                quote!(#marker!(#text);)
            }
            // Emitted by `steps`, which sees the parts that follow.
            Step::Pull { .. } => TokenStream::new(),
            Step::Declare(var) => {
                let name = self.adjoint_name(*var);
                let shape = self.shape_reference(*var);
                let zeros = if self.filled.contains(var) {
                    quote!(#rules::empty_like(#shape))
                } else {
                    quote!(#rules::zeros_like(#shape))
                };
                let placeholder = self.placeholder(*var);
                match self.want_condition(*var) {
                    Some(want) if !self.placeholder_is_zeros(*var) => quote! {
                        let mut #name = if #want { #zeros } else { #placeholder };
                    },
                    _ => quote!(let mut #name = #zeros;),
                }
            }
            Step::Contribute { value: Contribution::Part { op, position, .. }, .. }
                if self.bound.contains(&(op_key(op), *position)) =>
            {
                TokenStream::new()
            }
            Step::Contribute {
                target,
                projections,
                value: Contribution::Back { op, position: 0, out, d_out },
                first: false,
                ..
            } if projections.is_empty() && op.is_part() => {
                // `d_m.columns_mut(j, k) += d_part`, in place: no full-size temporary.
                let Rule::Builtin(builtin) = &op.rule else { return TokenStream::new() };
                let rule = format_ident!("{}", builtin.name());
                let target_name = self.adjoint_name(*target);
                let args: Vec<TokenStream> = op
                    .args
                    .iter()
                    .map(|arg| self.operand(&arg.operand, Wanted::Reference))
                    .collect();
                let out_ref = self.operand(&Operand::Var(*out), Wanted::Reference);
                let d_out = self.adjoint_reference(*d_out);
                let call = respan(
                    quote!(#rules::#rule::accumulate_0(&mut #target_name, #(#args,)* #out_ref, #d_out);),
                    op.span,
                );
                match self.want_condition(*target) {
                    Some(want) => quote!(if #want { #call }),
                    None => call,
                }
            }
            Step::Contribute {
                target,
                projections,
                value: map @ Contribution::Map { body, .. },
                ..
            } if count_contributions(body, *target) > 0 => {
                self.map_into_itself(*target, projections, map, backward)
            }
            Step::Contribute { target, projections, value, first, assign } => {
                self.contribute(*target, projections, value, (*first, *assign), backward)
            }
            Step::If { node, then_steps, else_steps } => {
                self.if_steps(node, then_steps, else_steps, backward)
            }
            Step::For { node, body, running } => self.for_steps(node, body, running, backward),
            Step::Restore(_) | Step::Clear { .. } => self.undo_write(step),
            Step::Evaluate(value) => self.evaluate(value, backward),
        }
    }

    /// The reversal of an `if`: the steps of the arm that ran. When an arm's steps read values
    /// that arm computed, the forward pass saved them in a `rules::Arm` named like the
    /// flag, and the backward pass `match`es on it: `rules::Arm::Then((a, b)) => { … }`. Else
    /// the flag stays a `bool` and the reversal is an `if`.
    fn if_steps(
        &mut self,
        node: &If,
        then_steps: &[Step],
        else_steps: &[Step],
        backward: &Backward,
    ) -> TokenStream {
        let flag = self.function.vars[node.flag].name.clone();
        let then_tokens = self.steps(then_steps, backward);
        let else_tokens = self.steps(else_steps, backward);
        let then_kept = self.kept(&node.then_block, &then_tokens, &HashSet::new());
        let else_kept = self.kept(&node.else_block, &else_tokens, &HashSet::new());
        if then_kept.is_empty() && else_kept.is_empty() {
            return if else_tokens.is_empty() {
                quote!(if #flag { #then_tokens })
            } else {
                quote!(if #flag { #then_tokens } else { #else_tokens })
            };
        }
        let rules = &self.rules;
        let then_pattern = group(&bindings(&then_kept));
        let else_pattern = group(&bindings(&else_kept));
        let tokens = quote! {
            match #flag {
                #rules::Arm::Then(#then_pattern) => { #then_tokens }
                #rules::Arm::Else(#else_pattern) => { #else_tokens }
            }
        };
        self.arms.insert(if_key(node), (then_kept, else_kept));
        tokens
    }

    /// `let d_x = value;` (`first`), `d_x.field = value;` (`assign`) or `d_x[.place] += value;`,
    /// under the flags of the parameters that want it.
    fn contribute(
        &mut self,
        target: VarId,
        projections: &[Projection],
        value: &Contribution,
        (first, assign): (bool, bool),
        backward: &Backward,
    ) -> TokenStream {
        let value = match value {
            Contribution::Back { op, position, out, d_out }
                if op.pull(*position) == Pull::PassedOn =>
            {
                let typed_where_it_goes =
                    first && projections.is_empty() && self.typed_by_use(target, backward);
                let moved = *out == *d_out || backward.moves_running(op, *position);
                self.passed_on(op, *position, (moved, *d_out), typed_where_it_goes)
            }
            value => self.contribution(value, backward),
        };
        let name = self.adjoint_name(target);
        let want = self.want_condition(target);
        let placeholder = self.placeholder(target);
        if first {
            let count = backward.contributions.get(&target).copied().unwrap_or(0);
            let mutability = (count > 1).then(|| quote!(mut));
            if let Some(want) = want {
                quote!(let #mutability #name = if #want { #value } else { #placeholder };)
            } else {
                quote!(let #mutability #name = #value;)
            }
        } else {
            let place = place_expr(&name, projections);
            let write = if assign { quote!(#place = #value;) } else { quote!(#place += #value;) };
            if let Some(want) = want { quote!(if #want { #write }) } else { write }
        }
    }

    /// `let _ = …;`: a contribution run for what it adds into other adjoints on the way.
    fn evaluate(&mut self, value: &Contribution, backward: &Backward) -> TokenStream {
        let value = self.contribution(value, backward);
        quote!(let _ = #value;)
    }

    /// The reversal of an element write: `m[(i, j)] = m_before;` puts the overwritten element
    /// back, `d_m[(i, j)] = 0.0;` leaves its adjoint at zero once the value written has it.
    fn undo_write(&mut self, step: &Step) -> TokenStream {
        match step {
            // A restore that nothing after it reads is left out (see `Emitter::backward_steps`).
            Step::Restore(node) if self.unrestored_writes.contains(&node.before) => {
                TokenStream::new()
            }
            Step::Restore(node) => {
                let storage = &self.function.vars[node.target].name;
                let place = place_expr(storage, &node.index);
                let before = &self.function.vars[node.before].name;
                self.write_restores.push((node.before, storage.clone(), before.clone()));
                quote!(#place = #before;)
            }
            Step::Clear { target, index } => {
                let place = place_expr(&self.adjoint_name(*target), index);
                quote!(#place = 0.0;)
            }
            _ => TokenStream::new(),
        }
    }

    /// `let d_x_elementwise = x.zip_map(…); d_x += d_x_elementwise;`: a `map` whose closure adds
    /// into the same adjoint (it captures a part of the matrix it maps, or a value computed from
    /// it), so the elementwise adjoints are added after the closure has run.
    fn map_into_itself(
        &mut self,
        target: VarId,
        projections: &[Projection],
        map: &Contribution,
        backward: &Backward,
    ) -> TokenStream {
        let mapped = self.contribution(map, backward);
        let name = self.adjoint_name(target);
        let part = self.names.fresh(&format!("{name}_elementwise"));
        let place = place_expr(&name, projections);
        quote!(let #part = #mapped; #place += #part;)
    }

    /// The loop over the tape, last iteration first: pop the overwritten values and the
    /// residuals, run the iteration's backward pass, hand the running adjoints on.
    fn for_steps(
        &mut self,
        node: &For,
        body: &[Step],
        running: &[(VarId, VarId)],
        backward: &Backward,
    ) -> TokenStream {
        let rules = self.rules.clone();
        let index = self.function.vars[node.index].name.clone();
        let tape = &node.tape;
        // A restore nothing reads is left out, and so is its value on the tape (see
        // `Emitter::unrestored`).
        let dropped: HashSet<VarId> = node
            .carried
            .iter()
            .map(|carried| carried.storage)
            .filter(|storage| self.unrestored.contains(&(tape.to_string(), *storage)))
            .collect();
        let restored = |carried: &&Carried| !dropped.contains(&carried.storage);
        let befores: Vec<Ident> = node
            .carried
            .iter()
            .filter(restored)
            .map(|carried| self.function.vars[carried.before].name.clone())
            .collect();
        let body_tokens = self.steps(body, backward);
        let mut residuals = self.residuals(node, &body_tokens);
        // An end value the storage holds at the top of each reversed iteration is taken from
        // there while the storage is restored, instead of copied onto the tape.
        let restores: Vec<TokenStream> = node
            .carried
            .iter()
            .filter(restored)
            .map(|carried| {
                let storage = &self.function.vars[carried.storage].name;
                let before = &self.function.vars[carried.before].name;
                let end = &self.function.vars[carried.end].name;
                let kept =
                    residuals.iter().position(|residual| residual.copied && residual.name == *end);
                match kept {
                    Some(at) if end_is_in_storage(self.function, node, carried) => {
                        residuals.remove(at);
                        quote!(let #end = ::std::mem::replace(&mut #storage, #before);)
                    }
                    _ => {
                        self.restore_candidates.push((
                            tape.to_string(),
                            carried.storage,
                            storage.clone(),
                            before.clone(),
                        ));
                        quote!(#storage = #before;)
                    }
                }
            })
            .collect();
        let kept: Vec<TokenStream> = residuals
            .iter()
            .map(|residual| {
                let name = &residual.name;
                if residual.mutable { quote!(mut #name) } else { quote!(#name) }
            })
            .collect();
        self.residuals.insert(tape.to_string(), residuals);
        let mut read = HashSet::new();
        collect_idents(body_tokens.clone(), &mut read);
        let index_read =
            read.contains(&crate::names::unraw(&index)) || read.contains(&index.to_string());
        if !index_read {
            self.unread_index.insert(tape.to_string());
        }
        let index_item = index_read.then(|| quote!(#index));
        let items: Vec<TokenStream> = index_item
            .into_iter()
            .chain(befores.iter().map(ToTokens::to_token_stream))
            .chain(kept)
            .collect();
        let pattern = group(&items);
        let handoffs: Vec<TokenStream> = running
            .iter()
            .map(|(slot, before)| {
                let slot_name = self.adjoint_name(*slot);
                if backward.contributions.get(before).copied().unwrap_or(0) > 0 {
                    let before_name = self.adjoint_name(*before);
                    quote!(#slot_name = #before_name;)
                } else {
                    let shape = self.shape_reference(*before);
                    quote!(#slot_name = #rules::zeros_like(#shape);)
                }
            })
            .collect();
        quote! {
            for #pattern in #tape.into_iter().rev() {
                #(#restores)*
                #body_tokens
                #(#handoffs)*
            }
        }
    }

    /// The values of one iteration of `node` that its backward pass (`body_tokens`) reads (see
    /// [`Emitter::kept`]); the version the body ends with is written back into the storage, so
    /// the tape gets a copy.
    pub(super) fn residuals(&self, node: &For, body_tokens: &TokenStream) -> Vec<Residual> {
        // By name: an inner loop's storage and the value after it share one.
        let ends: HashSet<String> = node
            .carried
            .iter()
            .map(|carried| self.function.vars[carried.end].name.to_string())
            .collect();
        self.kept(&node.body, body_tokens, &ends)
    }

    /// The values `block` defines at its top level (variables, branch flags or arms, pullbacks of
    /// calls, inner loops' and `map`s' tapes, overwritten elements) whose name `tokens`, the
    /// block's backward pass, mentions: what the block's forward pass saves for it. Names are
    /// unique in the generated code, so a mention is a read. A value named in `ends` is marked
    /// `copied`: the forward pass also hands it on.
    pub(super) fn kept(
        &self,
        block: &Block,
        tokens: &TokenStream,
        ends: &HashSet<String>,
    ) -> Vec<Residual> {
        let mut mentioned = HashSet::new();
        collect_idents(tokens.clone(), &mut mentioned);
        let mut residuals = Vec::new();
        let mut keep = |name: &Ident, mutable: bool| {
            if mentioned.contains(&name.to_string()) {
                let copied = ends.contains(&name.to_string());
                residuals.push(Residual { name: name.clone(), copied, mutable });
            }
        };
        for stmt in block {
            match stmt {
                Stmt::Let { var, value, .. } => {
                    let variable = &self.function.vars[*var];
                    keep(&variable.name, variable.mutable);
                    match value {
                        Value::Op(op) => {
                            if let Some((pullback, _)) = self.pulled.get(&op_key(op)) {
                                keep(pullback, false);
                            }
                        }
                        Value::Map(map) => {
                            if let Some((tape, _)) = self.map_tapes.get(&map_key(map)) {
                                keep(tape, false);
                            }
                        }
                        Value::Const(_) | Value::Copy(_) => {}
                    }
                }
                Stmt::If(inner) => {
                    keep(&self.function.vars[inner.flag].name, false);
                    for output in &inner.outputs {
                        let variable = &self.function.vars[output.var];
                        keep(&variable.name, variable.mutable);
                    }
                }
                Stmt::For(inner) => keep(&inner.tape, false),
                Stmt::Write(write) => keep(&self.function.vars[write.before].name, false),
                Stmt::Assert(_) => {}
            }
        }
        residuals
    }

    /// A reference to a value shaped like `var`'s, for `zeros_like`.
    pub(super) fn shape_reference(&self, var: VarId) -> TokenStream {
        let var = self.restores.get(&var).copied().unwrap_or(var);
        self.operand(&Operand::Var(var), Wanted::Reference)
    }

    fn contribution(&mut self, contribution: &Contribution, backward: &Backward) -> TokenStream {
        match contribution {
            Contribution::Back { op, position, out, d_out } => {
                let pull = op.pull(*position);
                if pull == Pull::PassThrough {
                    // The adjoint's last read (`reverse` orders it last): moved on, not copied.
                    return self.adjoint_owned(*d_out);
                }
                if pull == Pull::PassedOn {
                    let moved = *out == *d_out || backward.moves_running(op, *position);
                    return self.passed_on(op, *position, (moved, *d_out), false);
                }
                let index = match pull {
                    Pull::Back => format_ident!("back_{position}"),
                    _ => format_ident!("pull_{position}"),
                };
                let args: Vec<TokenStream> = match pull {
                    Pull::AdjointOnly | Pull::FromOut => Vec::new(),
                    _ => op
                        .args
                        .iter()
                        .enumerate()
                        .filter(|(index, _)| match pull {
                            Pull::Reads { inputs, .. } => inputs.contains(index),
                            _ => true,
                        })
                        .map(|(_, arg)| self.operand(&arg.operand, Wanted::Reference))
                        .collect(),
                };
                let out_ref: Vec<TokenStream> =
                    matches!(pull, Pull::Back | Pull::FromOut | Pull::Reads { out: true, .. })
                        .then(|| self.operand(&Operand::Var(*out), Wanted::Reference))
                        .into_iter()
                        .collect();
                let d_out = self.adjoint_reference(*d_out);
                let rule = match &op.rule {
                    Rule::Builtin(builtin) => {
                        let rules = &self.rules;
                        let rule = format_ident!("{}", builtin.name());
                        quote!(#rules::#rule)
                    }
                    Rule::Call(path) => path.to_token_stream(),
                };
                respan(quote!(#rule::#index(#(#args,)* #(#out_ref,)* #d_out)), op.span)
            }
            Contribution::Part { op, position, .. } => {
                self.parts.get(&(op_key(op), *position)).to_token_stream()
            }
            Contribution::Adjoint(var) => self.adjoint_owned(*var),
            Contribution::Element { adjoint, index } => {
                place_expr(&self.adjoint_name(*adjoint), index).to_token_stream()
            }
            Contribution::Map { map, d_out, body } => self.map_steps(map, *d_out, body, backward),
        }
    }

    /// The backward pass of a `map`, element by element: the closure's steps, from the element's
    /// adjoint and, when they read values the closure computed, what the forward closure saved
    /// for that element on its tape (`rules::map_back(&d_m, tape, |d_v, (v, t)| { … })`). With
    /// nothing saved, `m.zip_map(&d_m, |v, d_v| …)` (the element itself read again) or
    /// `d_m.map(|d_v| …)`.
    fn map_steps(
        &mut self,
        map: &Map,
        d_out: VarId,
        body: &[Step],
        backward: &Backward,
    ) -> TokenStream {
        let param = self.function.vars[map.param].name.clone();
        let d_out_matrix = self.adjoint_reference(d_out);
        let (d_result, result_is_var) = match map.result.root() {
            Some(var) => (self.adjoint_name(var), true),
            None => (self.names.fresh("d_element"), false),
        };
        let body_tokens = self.steps(body, backward);
        let param_contributions = count_contributions(body, map.param);
        let gradient = if result_is_var && map.result.root() == Some(map.param) {
            d_result.to_token_stream()
        } else if param_contributions > 0 {
            self.adjoint_name(map.param).to_token_stream()
        } else {
            let rules = &self.rules;
            quote!(#rules::zeros_like(&#d_result))
        };
        let steps = quote!(#body_tokens #gradient);
        // The element's result is a scalar: saving it copies it, and it is handed on too.
        let kept = self.kept(&map.body, &steps, &HashSet::new());
        let mut mentioned = HashSet::new();
        collect_idents(steps.clone(), &mut mentioned);
        let param_read = mentioned.contains(&param.to_string());
        if kept.is_empty() {
            return if param_read {
                let matrix = self.operand(&map.matrix, Wanted::Value);
                quote_spanned!(map.span=> #matrix.zip_map(#d_out_matrix, |#param, #d_result| {
                    #steps
                }))
            } else {
                let d_out_name = self.adjoint_name(d_out);
                quote_spanned!(map.span=> #d_out_name.map(|#d_result| { #steps }))
            };
        }
        let saved: Vec<Residual> = param_read
            .then(|| Residual { name: param.clone(), copied: false, mutable: false })
            .into_iter()
            .chain(kept)
            .collect();
        let tape = self.names.fresh("tape");
        let pattern = group(&bindings(&saved));
        self.map_tapes.insert(map_key(map), (tape.clone(), saved));
        let rules = &self.rules;
        quote_spanned!(map.span=> #rules::map_back(#d_out_matrix, #tape, |#d_result, #pattern| {
            #steps
        }))
    }

    /// The adjoint of operand `position` of `+` or `-`: `rules::add::pull_1(&d_sum)`, which names
    /// neither operand, when the adjoint's type is fixed by where it goes (`typed_where_it_goes`),
    /// else `rules::add::pull_1_like(&b, &d_sum)`, which names the operand for its type only.
    /// The left operand's (`dA = dC`, the same type: every supported `+` and `-` has one) is
    /// `d_sum` itself, moved: `reverse` orders it after the right operand's, so it is the
    /// adjoint's last read, where the adjoint is the result's own or a loop's running one that
    /// the iteration reads no more before handing it on (`movable`: see
    /// `reverse::running_moves`).
    fn passed_on(
        &mut self,
        op: &Op,
        position: usize,
        (movable, d_out): (bool, VarId),
        typed_where_it_goes: bool,
    ) -> TokenStream {
        if op.moves_adjoint(position) && movable {
            return self.adjoint_owned(d_out);
        }
        let Rule::Builtin(builtin) = &op.rule else { return TokenStream::new() };
        let rule = format_ident!("{}", builtin.name());
        let d_out = self.adjoint_reference(d_out);
        let rules = &self.rules;
        let call = if typed_where_it_goes {
            let pull = format_ident!("pull_{position}");
            quote!(#rules::#rule::#pull(#d_out))
        } else {
            let pull = format_ident!("pull_{position}_like");
            let operand = self.operand(&op.args[position].operand, Wanted::Reference);
            quote!(#rules::#rule::#pull(#operand, #d_out))
        };
        respan(call, op.span)
    }

    /// True when the adjoint of `var`, bound here by a `let` as its only contribution, gets its
    /// type from where it goes before anything needs the type: a scalar or matrix parameter's
    /// is returned, and a value computed by a rule (other than `+`, `-` and `add_bias`, whose
    /// adjoints are passed on untyped too) hands it to that rule's backward pass as `d_out`.
    fn typed_by_use(&self, var: VarId, backward: &Backward) -> bool {
        if backward.contributions.get(&var).copied().unwrap_or(0) != 1 {
            return false;
        }
        let variable = &self.function.vars[var];
        if variable.mutable {
            return false;
        }
        match variable.origin {
            Origin::Param(index) => {
                matches!(self.function.params[index].class, ParamClass::Scalar | ParamClass::Tensor)
            }
            Origin::Local => self.computed_by.get(&var).is_some_and(|op| {
                (0..op.args.len()).all(|position| {
                    !matches!(op.pull(position), Pull::PassedOn | Pull::PassThrough)
                })
            }),
        }
    }

    /// What an adjoint that is not wanted holds: `rules::unused()`, or for a parameter struct
    /// zeros shaped like it (so that a struct which is not `Params` gets only that error).
    pub(super) fn placeholder(&self, var: VarId) -> TokenStream {
        let rules = &self.rules;
        if self.placeholder_is_zeros(var) {
            let reference = self.operand(&Operand::Var(var), Wanted::Reference);
            quote!(#rules::zeros_like(#reference))
        } else {
            quote!(#rules::unused())
        }
    }

    fn placeholder_is_zeros(&self, var: VarId) -> bool {
        matches!(self.function.vars[var].origin,
            Origin::Param(index) if self.function.params[index].class == ParamClass::Struct)
    }

    /// `want_a || want_b`: the condition under which a guarded adjoint is computed.
    fn want_condition(&self, var: VarId) -> Option<TokenStream> {
        let wanting = self.guards.get(&var)?;
        let flags = wanting.iter().map(|&index| &self.wants[index]);
        Some(quote!(#(#flags)||*))
    }
}

/// Every `Pull` in `steps`, nested ones too: the call, its result, and the argument positions
/// that get an adjoint from it.
pub(super) fn pulls<'f>(steps: &[Step<'f>], found: &mut Vec<(&'f Op, VarId, Vec<usize>)>) {
    for (index, step) in steps.iter().enumerate() {
        match step {
            Step::Pull { op, out, .. } => {
                let positions = steps[index + 1..]
                    .iter()
                    .take_while(|step| {
                        matches!(
                            step,
                            Step::Declare(_)
                                | Step::Contribute { value: Contribution::Part { .. }, .. }
                        )
                    })
                    .filter_map(|step| match step {
                        Step::Contribute {
                            value: Contribution::Part { op: part_of, position, .. },
                            ..
                        } if op_key(part_of) == op_key(op) => Some(*position),
                        _ => None,
                    })
                    .collect();
                found.push((op, *out, positions));
            }
            Step::Contribute { value: Contribution::Map { body, .. }, .. }
            | Step::Evaluate(Contribution::Map { body, .. })
            | Step::For { body, .. } => pulls(body, found),
            Step::If { then_steps, else_steps, .. } => {
                pulls(then_steps, found);
                pulls(else_steps, found);
            }
            _ => {}
        }
    }
}

/// The parameter structs whose adjoint the top level declares and whose fields are only ever
/// assigned (each write is the first into its field path): they can start empty and be filled
/// with zeros where no field was written, instead of being zeroed whole first.
pub(super) fn filled_in(function: &crate::ir::Function, steps: &[Step]) -> HashSet<VarId> {
    fn writes(steps: &[Step], var: VarId, only_assigned: &mut bool) {
        for step in steps {
            match step {
                Step::Contribute { target, assign, value, .. } => {
                    if *target == var && !*assign {
                        *only_assigned = false;
                    }
                    if let Contribution::Map { body, .. } = value {
                        writes(body, var, only_assigned);
                    }
                }
                Step::If { then_steps, else_steps, .. } => {
                    writes(then_steps, var, only_assigned);
                    writes(else_steps, var, only_assigned);
                }
                Step::For { body, running, .. } => {
                    if running.iter().any(|(slot, before)| *slot == var || *before == var) {
                        *only_assigned = false;
                    }
                    writes(body, var, only_assigned);
                }
                Step::Clear { target, .. } => {
                    if *target == var {
                        *only_assigned = false;
                    }
                }
                Step::Evaluate(Contribution::Map { body, .. }) => {
                    writes(body, var, only_assigned);
                }
                Step::Comment(_)
                | Step::Declare(_)
                | Step::Pull { .. }
                | Step::Restore(_)
                | Step::Evaluate(_) => {}
            }
        }
    }
    function
        .params
        .iter()
        .filter(|param| param.class == ParamClass::Struct)
        .map(|param| param.var)
        .filter(|&var| {
            let declared = steps.iter().any(|step| matches!(step, Step::Declare(v) if *v == var));
            let mut only_assigned = true;
            writes(steps, var, &mut only_assigned);
            declared && only_assigned
        })
        .collect()
}

fn count_contributions(steps: &[Step], var: VarId) -> usize {
    steps
        .iter()
        .map(|step| match step {
            Step::Contribute { target, .. } if *target == var => 1,
            Step::If { then_steps, else_steps, .. } => {
                count_contributions(then_steps, var) + count_contributions(else_steps, var)
            }
            Step::For { body, .. } | Step::Evaluate(Contribution::Map { body, .. }) => {
                count_contributions(body, var)
            }
            _ => 0,
        })
        .sum()
}

/// The operation that computes each variable a `let` binds to one, in `block` and the blocks in
/// it.
pub(super) fn collect_computed<'f>(block: &'f Block, computed: &mut HashMap<VarId, &'f Op>) {
    for stmt in block {
        match stmt {
            Stmt::Let { var, value: Value::Op(op), .. } => {
                computed.insert(*var, op);
            }
            Stmt::Let { value: Value::Map(map), .. } => collect_computed(&map.body, computed),
            Stmt::For(node) => collect_computed(&node.body, computed),
            Stmt::If(node) => {
                collect_computed(&node.then_block, computed);
                collect_computed(&node.else_block, computed);
            }
            Stmt::Let { .. } | Stmt::Write(_) | Stmt::Assert(_) => {}
        }
    }
}

pub(super) fn collect_restores(block: &Block, restores: &mut HashMap<VarId, VarId>) {
    for stmt in block {
        match stmt {
            Stmt::For(node) => {
                for carried in &node.carried {
                    restores.insert(carried.before, carried.storage);
                }
                collect_restores(&node.body, restores);
            }
            Stmt::If(node) => {
                collect_restores(&node.then_block, restores);
                collect_restores(&node.else_block, restores);
            }
            Stmt::Let { value: Value::Map(map), .. } => collect_restores(&map.body, restores),
            _ => {}
        }
    }
}

/// `a`, `(a, b)` or `()`: one item as it is, several as a tuple, none as the unit value (what
/// an arm, a `map` element or a loop iteration saves, and the pattern that binds it again).
pub(super) fn group(items: &[TokenStream]) -> TokenStream {
    if let [one] = items { one.clone() } else { quote!((#(#items),*)) }
}

/// The names of saved values as a pattern binds them: `mut` where the backward pass assigns
/// them.
fn bindings(saved: &[Residual]) -> Vec<TokenStream> {
    saved
        .iter()
        .map(|residual| {
            let name = &residual.name;
            if residual.mutable { quote!(mut #name) } else { quote!(#name) }
        })
        .collect()
}

/// An `if`'s identity while the function is borrowed: its address.
pub(super) fn if_key(node: &If) -> usize {
    std::ptr::from_ref(node) as usize
}

/// A `map`'s identity while the function is borrowed: its address.
pub(super) fn map_key(map: &Map) -> usize {
    std::ptr::from_ref(map) as usize
}
