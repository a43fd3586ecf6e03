//! The generated module's items: `Grad`, `grad`, `vjp`, `forward`, `pullback`, `back_<i>`,
//! `check`, and stand-ins for callees that may not be `#[differentiable]`.
//!
//! In: the emitter's function. Out: one item per method, its tokens and, for the items of fixed
//! shape, their `SOURCE` text written from the same names and types (see `text`); `pullback`
//! (tokens only) calls the forward and backward emission and wraps them in the closure.

use std::collections::{HashMap, HashSet};

use proc_macro2::{Ident, TokenStream};
use quote::{ToTokens, format_ident, quote};

use crate::ir::{Block, Op, Operand, Origin, ParamClass, Rule, Stmt, Value, VarId};
use crate::reverse::{Backward, backward, guards};

use super::backward::{filled_in, pulls};
use super::operands::Wanted;
use super::text::{
    INDENT, Item, Kind, Lines, Statement, broken_struct_literal, fits, function, simple_text,
    simple_texts, struct_literal, tuple, type_text,
};
use super::{Emitter, MARKER, collect_idents, count_idents, op_key};

impl Emitter<'_> {
    pub(super) fn grad_struct(&self) -> Item {
        let name = &self.function.item.sig.ident;
        let field_doc = |ident: &Ident| format!(" The gradient with respect to `{ident}`.");
        let fields =
            self.function.params.iter().filter(|param| param.differentiable).map(|param| {
                let ident = &param.ident;
                let ty = &param.owned_ty;
                let doc = field_doc(ident);
                quote!(#[doc = #doc] pub #ident: #ty)
            });
        let doc = format!(
            " The gradient of `{name}`: one field per differentiable parameter, shaped like it."
        );
        let tokens = quote! {
            #[doc = #doc]
            #[derive(Clone, Debug, ::backprop::Params)]
            pub struct Grad {
                #(#fields,)*
            }
        };
        self.fixed(tokens, || {
            let mut lines = Lines::new();
            lines.doc(0, &doc);
            lines.line(0, "#[derive(Clone, Debug, ::backprop::Params)]");
            lines.line(0, "pub struct Grad {");
            for param in self.function.params.iter().filter(|param| param.differentiable) {
                lines.doc(INDENT, &field_doc(&param.ident));
                match type_text(&param.owned_ty) {
                    Some(ty) => lines.line(INDENT, &format!("pub {}: {ty},", param.ident)),
                    None => lines.spoil(),
                }
            }
            lines.line(0, "}");
            lines.done()
        })
    }

    /// An item of fixed shape: its tokens and the text `text` writes, unless no parameter is
    /// differentiable (an empty `Grad` prints otherwise).
    fn fixed(&self, tokens: TokenStream, text: impl FnOnce() -> Option<String>) -> Item {
        let differentiable = self.function.params.iter().any(|param| param.differentiable);
        Item::written(tokens, Kind::Other, if differentiable { text() } else { None })
    }

    /// The parameters as declared, as text (`w: &DMatrix<f64>`); `None` when a type has a shape
    /// [`type_text`] does not know.
    fn declared_params_text(&self) -> Option<Vec<String>> {
        self.function
            .params
            .iter()
            .map(|param| {
                let name = &self.function.vars[param.var].name;
                Some(format!("{name}: {}", type_text(&param.ty)?))
            })
            .collect()
    }

    /// The parameters' names as text.
    fn param_names_text(&self) -> Vec<String> {
        self.function
            .params
            .iter()
            .map(|param| self.function.vars[param.var].name.to_string())
            .collect()
    }

    /// The parameters as declared (`w: &DMatrix<f64>`), for the signatures.
    pub(super) fn declared_params(&self) -> Vec<TokenStream> {
        self.function
            .params
            .iter()
            .map(|param| {
                let name = &self.function.vars[param.var].name;
                let ty = &param.ty;
                quote!(#name: #ty)
            })
            .collect()
    }

    /// The parameters passed on unchanged, for calls between the generated functions.
    fn param_names(&self) -> Vec<TokenStream> {
        self.function
            .params
            .iter()
            .map(|param| self.function.vars[param.var].name.to_token_stream())
            .collect()
    }

    /// `grad`, for a scalar output only.
    pub(super) fn grad(&mut self) -> Option<Item> {
        if !self.function.output.scalar {
            return None;
        }
        let name = &self.function.item.sig.ident;
        let params = self.declared_params();
        let args = self.param_names();
        let ty = &self.function.output.ty;
        let doc = format!(" The value of `{name}` and its gradient at this point.");
        let tokens = quote! {
            #[doc = #doc]
            pub fn grad(#(#params),*) -> (#ty, Grad) {
                self::vjp(#(#args,)* 1.0)
            }
        };
        let text = || {
            let params = self.declared_params_text()?;
            let ty = type_text(ty)?;
            let mut args = self.param_names_text();
            args.push("1.0".to_owned());
            function(
                &doc,
                ("pub fn grad(", &params, &format!(") -> ({ty}, Grad) {{")),
                &[Statement::Call("self::vjp(".to_owned(), args, "")],
            )
        };
        Some(self.fixed(tokens, text))
    }

    pub(super) fn vjp(&mut self) -> Item {
        let name = &self.function.item.sig.ident;
        let wrt = self.differentiable();
        let params = self.declared_params();
        let ty = self.function.output.ty.clone();
        let (seed, seed_param) = self.seed_param(&ty, false);
        let value = self.value_name();
        let pullback = self.names.fresh("pullback");
        let args = self.owned_args();
        let refs = self.reference_args();
        let seed_ref = if self.function.output.scalar { quote!(&#seed) } else { quote!(#seed) };
        let wants = self
            .function
            .params
            .iter()
            .map(|param| if param.differentiable { quote!(true) } else { quote!(false) });
        let bindings: Vec<TokenStream> = self
            .function
            .params
            .iter()
            .map(|param| {
                if param.differentiable {
                    self.adjoint_name(param.var).to_token_stream()
                } else {
                    quote!(_)
                }
            })
            .collect();
        let fields: Vec<(&Ident, Ident)> = wrt
            .iter()
            .map(|&index| {
                let param = &self.function.params[index];
                (&param.ident, self.adjoint_names[&param.var].clone())
            })
            .collect();
        let field_tokens = fields.iter().map(|(field, adjoint)| quote!(#field: #adjoint));
        let doc = format!(
            " The value of `{name}` and the vector-Jacobian product: the gradient of \
             `⟨{seed}, {name}(…)⟩`."
        );
        let tokens = quote! {
            #[doc = #doc]
            pub fn vjp(#(#params,)* #seed_param) -> (#ty, Grad) {
                let (#value, #pullback) = self::pullback(#(#args),*);
                let (#(#bindings,)*) = #pullback(#(#refs,)* &#value, #seed_ref, #(#wants),*);
                (#value, Grad { #(#field_tokens),* })
            }
        };
        let text = || {
            let mut params = self.declared_params_text()?;
            let ty = type_text(&ty)?;
            let by_reference = self.seed_by_reference(false);
            params.push(format!("{seed}: {}{ty}", if by_reference { "&" } else { "" }));
            let mut call = simple_texts(&refs)?;
            call.push(format!("&{value}"));
            call.push(simple_text(&seed_ref)?);
            call.extend(self.function.params.iter().map(|param| param.differentiable.to_string()));
            let fields: Vec<String> =
                fields.iter().map(|(field, adjoint)| format!("{field}: {adjoint}")).collect();
            let bindings = tuple(&simple_texts(&bindings)?);
            function(
                &doc,
                ("pub fn vjp(", &params, &format!(") -> ({ty}, Grad) {{")),
                &[
                    Statement::Call(
                        format!("let ({value}, {pullback}) = self::pullback("),
                        simple_texts(&args)?,
                        ";",
                    ),
                    Statement::Call(format!("let {bindings} = {pullback}("), call, ";"),
                    vjp_value(&value, &fields)?,
                ],
            )
        };
        self.fixed(tokens, text)
    }

    /// The name of the function's value in `vjp`: the name of the variable it is, if any.
    fn value_name(&mut self) -> Ident {
        match self.function.result.root() {
            Some(var) if self.function.vars[var].origin == Origin::Local => {
                self.function.vars[var].name.clone()
            }
            _ => self.names.fresh("value"),
        }
    }

    /// The parameters passed on to `pullback` while the caller keeps them: owned values cloned.
    pub(super) fn owned_args(&self) -> Vec<TokenStream> {
        self.function
            .params
            .iter()
            .map(|param| {
                let name = &self.function.vars[param.var].name;
                if param.by_ref || param.class.is_copy() {
                    quote!(#name)
                } else {
                    quote!(#name.clone())
                }
            })
            .collect()
    }

    /// The parameters as references, as a pullback takes them.
    pub(super) fn reference_args(&self) -> Vec<TokenStream> {
        self.function
            .params
            .iter()
            .map(|param| {
                let name = &self.function.vars[param.var].name;
                if param.by_ref { quote!(#name) } else { quote!(&#name) }
            })
            .collect()
    }

    pub(super) fn forward(&mut self) -> Item {
        let name = &self.function.item.sig.ident;
        let params = self.declared_params();
        let ty = &self.function.output.ty;
        let args = self.param_names();
        let doc = format!(
            " `{name}` as the backward pass sees it: every operation through its rule. The \
             checker evaluates this, so non-smooth rules can report the branch they took."
        );
        let tokens = quote! {
            #[doc = #doc]
            pub fn forward(#(#params),*) -> #ty {
                self::pullback(#(#args),*).0
            }
        };
        let text = || {
            let params = self.declared_params_text()?;
            let ty = type_text(ty)?;
            let args = self.param_names_text();
            function(
                &doc,
                ("pub fn forward(", &params, &format!(") -> {ty} {{")),
                &[Statement::Field("self::pullback(".to_owned(), args, "0".to_owned())],
            )
        };
        self.fixed(tokens, text)
    }

    /// `pullback`: the forward pass, keeping what the backward pass reads, and the backward
    /// pass as a closure that gives every wanted adjoint at once.
    pub(super) fn pullback(&mut self) -> TokenStream {
        let name = self.function.item.sig.ident.clone();
        let wrt = self.differentiable();
        let backward = backward(self.function, &wrt);
        self.guards = guards(self.function, &wrt, &backward);
        self.filled = filled_in(self.function, &backward.steps);
        self.name_pullbacks(&backward);
        self.wants = self
            .function
            .params
            .iter()
            .map(|param| self.names.fresh(&format!("want_{}", param.ident)))
            .collect();
        let params = self.declared_params();
        let ty = self.function.output.ty.clone();

        // The closure: the parameters as references, the output, its adjoint, the wants.
        let (out, value) = match self.function.result {
            Operand::Var(var)
                if self.function.vars[var].origin == Origin::Local
                    && !self.function.vars[var].mutable =>
            {
                self.ref_vars.insert(var);
                let name = self.function.vars[var].name.clone();
                (name.clone(), name.to_token_stream())
            }
            Operand::Var(var) if self.function.vars[var].origin != Origin::Local => {
                // A parameter: the closure may keep it too.
                let variable = &self.function.vars[var];
                let name = &variable.name;
                let value = if variable.copy { quote!(#name) } else { quote!(#name.clone()) };
                (self.out.clone(), value)
            }
            _ => (self.out.clone(), self.operand(&self.function.result, Wanted::Moved)),
        };
        let (seed, _) = self.seed_param(&ty, true);
        // The backward pass first: it decides what the loops' tapes keep.
        let (steps, fills) = self.backward_steps(&backward);
        self.ref_vars.clear();
        let mut forward = self.block(&self.function.body, &backward);
        if self.find_consumed(&forward, &steps) {
            forward = self.block(&self.function.body, &backward);
        }
        let results: Vec<TokenStream> = (0..self.function.params.len())
            .map(|index| {
                if self.function.params[index].differentiable {
                    self.wanted_adjoint(index, &backward)
                } else {
                    quote!(())
                }
            })
            .collect();
        self.ref_vars.clear();
        // A parameter taken by value is the pullback's own: the closure keeps it. Parameters,
        // the value and flags that the backward pass does not read are `_`.
        let mut read = HashSet::new();
        collect_idents(steps.clone(), &mut read);
        for fill in &fills {
            collect_idents(fill.clone(), &mut read);
        }
        for result in &results {
            collect_idents(result.clone(), &mut read);
        }
        let used = |name: &Ident| {
            if read.contains(&name.to_string()) { name.to_token_stream() } else { quote!(_) }
        };
        let closure_params: Vec<TokenStream> =
            self.function
                .params
                .iter()
                .map(|param| {
                    if param.by_ref { used(&self.function.vars[param.var].name) } else { quote!(_) }
                })
                .chain([used(&out), used(&seed)])
                .chain(self.wants.iter().map(used))
                .collect();
        let param_types = self.function.params.iter().map(|param| {
            let ty = &param.owned_ty;
            quote!(&#ty)
        });
        let adjoint_types = self.function.params.iter().map(|param| {
            if param.differentiable { param.owned_ty.to_token_stream() } else { quote!(()) }
        });
        let flags = self.function.params.iter().map(|_| quote!(bool));
        let doc = format!(
            " `{name}`'s value and its pullback: the backward pass, as a function of the \
             parameters, the value, its adjoint and one flag per parameter (its adjoint is \
             wanted), giving one adjoint per parameter (an empty placeholder when not wanted, \
             `()` for a constant). The forward pass runs once and keeps what the backward pass \
             reads."
        );
        let signature = quote! {
            fn pullback(#(#params),*) -> (
                #ty,
                impl FnOnce(#(#param_types,)* &#ty, &#ty, #(#flags),*) -> (#(#adjoint_types,)*) + use<>,
            )
        };
        let body = quote! {
            #forward
            (#value, move |#(#closure_params),*| {
                #steps
                #(#fills)*
                (#(#results,)*)
            })
        };
        self.nested_pullback(&doc, &signature, &body)
    }

    /// The backward pass's steps and the fills of its parameter structs. A loop's restore
    /// `total = total_before;` that nothing reads is left out, with its value on the tape:
    /// after a first emission, a restore whose storage name occurs nowhere else in the whole
    /// backward pass (no step, no other loop, no fill) and whose `before` name occurs only in
    /// its loop's pattern and in the restore is dead, whatever the storage holds afterwards; a
    /// storage named like a parameter is kept (the results may read the parameter). The
    /// emission then runs again from the state before it, knowing which restores to leave out:
    /// only those restores and tape items differ. Counting by name is conservative: another
    /// binding with the same name keeps the restore. Element writes' restores are left out
    /// likewise where nothing after them reads the storage ([`Emitter::dead_element_restores`]),
    /// and the forward pass then keeps the overwritten element only if the backward pass
    /// still names it.
    fn backward_steps(&mut self, backward: &Backward) -> (TokenStream, Vec<TokenStream>) {
        self.unrestored.clear();
        self.restore_candidates.clear();
        self.unrestored_writes.clear();
        self.unread_befores.clear();
        self.write_restores.clear();
        // Only a loop or an element write can leave a dead restore: other bodies are emitted
        // once, without the copy of the emitter's state a second emission needs.
        let before = restores_anything(&self.function.body).then(|| self.clone());
        let steps = self.steps(&backward.steps, backward);
        let fills = self.fills();
        let Some(before) = before else {
            return (steps, fills);
        };
        let mut counts = HashMap::new();
        count_idents(steps.clone(), &mut counts);
        for fill in &fills {
            count_idents(fill.clone(), &mut counts);
        }
        let count = |name: &Ident| counts.get(&name.to_string()).copied().unwrap_or(0);
        let params: HashSet<String> =
            self.function.params.iter().map(|param| param.ident.to_string()).collect();
        let unrestored: HashSet<(String, VarId)> = self
            .restore_candidates
            .iter()
            .filter(|(_, _, storage, restored_to)| {
                count(storage) == 1
                    && count(restored_to) == 2
                    && !params.contains(&storage.to_string())
                    && !params.contains(&crate::names::unraw(storage))
            })
            .map(|(tape, storage, _, _)| (tape.clone(), *storage))
            .collect();
        let unrestored_writes = self.dead_element_restores(&steps, &counts, &params);
        if unrestored.is_empty() && unrestored_writes.is_empty() {
            return (steps, fills);
        }
        *self = before;
        self.unrestored = unrestored;
        self.unrestored_writes = unrestored_writes;
        let steps = self.steps(&backward.steps, backward);
        let fills = self.fills();
        let mut read = HashSet::new();
        collect_idents(steps.clone(), &mut read);
        for fill in &fills {
            collect_idents(fill.clone(), &mut read);
        }
        let names = &self.function.vars;
        self.unread_befores = self
            .unrestored_writes
            .iter()
            .copied()
            .filter(|before| !read.contains(&names[*before].name.to_string()))
            .collect();
        (steps, fills)
    }

    /// The element writes (by their `before`) whose restores `m[(i, j)] = m_before;` are dead in
    /// the first emission `steps` (identifier counts `counts`, with the fills'): for a storage
    /// `m` not named like a parameter and not in the fills, take the first top-level token tree
    /// of the backward pass that mentions one of `m`'s `before`s (the restores' loop, or the
    /// restore itself). The top-level steps run in order, so every mention of `m` before that
    /// tree runs before any restore; if every mention of `m` from that tree on is a restore
    /// (as many as were emitted, each naming `m` once), nothing reads an element a restore put
    /// back, and all of `m`'s restores can go. Counting by name is conservative: a mention in
    /// an index, another binding with the same name or a read in the restores' loop keeps them.
    fn dead_element_restores(
        &self,
        steps: &TokenStream,
        counts: &HashMap<String, usize>,
        params: &HashSet<String>,
    ) -> HashSet<VarId> {
        let steps_trees: Vec<proc_macro2::TokenTree> = steps.clone().into_iter().collect();
        let trees: Vec<TokenStream> =
            steps_trees.iter().map(|tree| TokenStream::from(tree.clone())).collect();
        let mut storages: Vec<String> =
            self.write_restores.iter().map(|(_, storage, _)| storage.to_string()).collect();
        storages.sort();
        storages.dedup();
        let mut dead = HashSet::new();
        for storage in storages {
            let restores: Vec<&(VarId, Ident, Ident)> =
                self.write_restores.iter().filter(|(_, name, _)| *name == storage).collect();
            let befores: HashSet<String> =
                restores.iter().map(|(_, _, before)| before.to_string()).collect();
            if params.contains(&storage)
                || restores.iter().any(|(_, name, _)| params.contains(&crate::names::unraw(name)))
            {
                continue;
            }
            let mentions = |tree: &TokenStream| {
                let mut tree_counts = HashMap::new();
                count_idents(tree.clone(), &mut tree_counts);
                tree_counts
            };
            let Some(mut first) = trees.iter().position(|tree| {
                let tree_counts = mentions(tree);
                befores.iter().any(|before| tree_counts.contains_key(before))
            }) else {
                continue;
            };
            // Back to the start of that statement (`m[(0, 0)] = m_before;` at the top level,
            // `for (…, m_before) in …`, `if flag { … }`): after the previous `;` or `{ … }`.
            while first > 0 && !ends_statement(&steps_trees[first - 1]) {
                first -= 1;
            }
            let from_first: usize = trees[first..]
                .iter()
                .map(|tree| mentions(tree).get(&storage).copied().unwrap_or(0))
                .sum();
            let in_steps: usize =
                trees.iter().map(|tree| mentions(tree).get(&storage).copied().unwrap_or(0)).sum();
            // The fills run after every step: they must not mention it at all.
            let in_fills = counts.get(&storage).copied().unwrap_or(0).saturating_sub(in_steps);
            if from_first == restores.len() && in_fills == 0 {
                dead.extend(restores.iter().map(|(before, _, _)| *before));
            }
        }
        dead
    }

    /// `pub fn pullback` around the function that runs the user's code: that one is nested in a
    /// block that glob-imports the user's module, so the glob reaches every name the code uses,
    /// the nested function's parameters shadow the glob (a parameter `a` beside a `fn a`), and
    /// the module itself stays free of the glob (see `user_imports`).
    fn nested_pullback(
        &self,
        doc: &str,
        signature: &TokenStream,
        body: &TokenStream,
    ) -> TokenStream {
        let rules = &self.rules;
        let args = self.param_names();
        let marker = format_ident!("{}", MARKER);
        let note = "the user's names, for this body only";
        quote! {
            #[doc = #doc]
            pub #signature {
                ({
                    #marker!(#note);
                    use super::*;
                    use ::backprop::__private as #rules;
                    #signature {
                        #body
                    }
                    pullback
                })(#(#args),*)
            }
        }
    }

    /// Names the pullback the forward pass keeps for each call that the backward pass pulls.
    fn name_pullbacks(&mut self, backward: &Backward) {
        let mut found = Vec::new();
        pulls(&backward.steps, &mut found);
        for (op, out, positions) in found {
            let pullback = self.names.fresh(&format!("pullback_{}", self.function.vars[out].name));
            self.note_callee(op, &positions);
            self.pulled.insert(op_key(op), (pullback, positions));
        }
    }

    /// `rules::fill_empty(&mut d_p, p);` for each parameter struct whose adjoint started empty.
    fn fills(&mut self) -> Vec<TokenStream> {
        let mut filled: Vec<VarId> = self.filled.iter().copied().collect();
        filled.sort_unstable();
        filled
            .into_iter()
            .map(|var| {
                let name = self.adjoint_name(var);
                let shape = self.shape_reference(var);
                let rules = &self.rules;
                quote!(#rules::fill_empty(&mut #name, #shape);)
            })
            .collect()
    }

    /// `back_<index>`: the adjoint of one parameter, the same shape as every rule's.
    pub(super) fn back(&mut self, index: usize) -> Item {
        let params: Vec<TokenStream> = self
            .function
            .params
            .iter()
            .map(|param| {
                let name = &self.function.vars[param.var].name;
                let ty = &param.owned_ty;
                quote!(#name: &#ty)
            })
            .collect();
        let args: Vec<TokenStream> = self
            .function
            .params
            .iter()
            .map(|param| {
                let name = &self.function.vars[param.var].name;
                if param.by_ref {
                    quote!(#name)
                } else if param.class.is_copy() {
                    quote!(*#name)
                } else {
                    quote!(#name.clone())
                }
            })
            .collect();
        let names = self.param_names();
        let ty = self.function.output.ty.clone();
        let out = self.out.clone();
        let (seed, seed_param) = self.seed_param(&ty, true);
        let pullback = self.names.fresh("pullback");
        let wants: Vec<bool> =
            (0..self.function.params.len()).map(|other| other == index).collect();
        let position = syn::Index::from(index);
        let param = &self.function.params[index];
        let owned = &param.owned_ty;
        let fn_name = format_ident!("back_{index}");
        let doc = format!(
            " The adjoint of `{}` (argument {index}) for output adjoint `{seed}`, the shape of \
             a hand-written rule's: runs `pullback`, forward and backward.",
            param.ident,
        );
        let tokens = quote! {
            #[doc = #doc]
            pub fn #fn_name(#(#params,)* #out: &#ty, #seed_param) -> #owned {
                let (_, #pullback) = self::pullback(#(#args),*);
                #pullback(#(#names,)* #out, #seed, #(#wants),*).#position
            }
        };
        let text = || {
            let ty = type_text(&ty)?;
            let mut params: Vec<String> = self
                .function
                .params
                .iter()
                .map(|param| {
                    let name = &self.function.vars[param.var].name;
                    Some(format!("{name}: &{}", type_text(&param.owned_ty)?))
                })
                .collect::<Option<_>>()?;
            params.push(format!("{out}: &{ty}"));
            params.push(format!("{seed}: &{ty}"));
            let mut call = self.param_names_text();
            call.push(out.to_string());
            call.push(seed.to_string());
            call.extend(wants.iter().map(ToString::to_string));
            function(
                &doc,
                (&format!("pub fn {fn_name}("), &params, &format!(") -> {} {{", type_text(owned)?)),
                &[
                    Statement::Call(
                        format!("let (_, {pullback}) = self::pullback("),
                        simple_texts(&args)?,
                        ";",
                    ),
                    Statement::Field(format!("{pullback}("), call, index.to_string()),
                ],
            )
        };
        self.fixed(tokens, text)
    }

    /// The adjoint of parameter `index` at the end of the pullback: computed, or zeros when
    /// nothing reached it, or the placeholder when it is not wanted.
    fn wanted_adjoint(&mut self, index: usize, backward: &Backward) -> TokenStream {
        let var = self.function.params[index].var;
        if backward.contributions.get(&var).copied().unwrap_or(0) > 0 {
            self.adjoint_name(var).to_token_stream()
        } else {
            let rules = &self.rules;
            let want = &self.wants[index];
            let reference = self.operand(&Operand::Var(var), Wanted::Reference);
            let placeholder = self.placeholder(var);
            quote!(if #want { #rules::zeros_like(#reference) } else { #placeholder })
        }
    }

    /// Records a called function that may not be `#[differentiable]`, for its stand-in.
    fn note_callee(&mut self, op: &Op, positions: &[usize]) {
        if let Rule::Call(path) = &op.rule {
            if path.segments.len() == 1 && path.leading_colon.is_none() {
                let entry = self.callees.entry(path.segments[0].ident.to_string()).or_default();
                entry.0.extend(positions.iter().copied());
                entry.1 = op.args.len() + 2;
            }
        }
    }

    pub(super) fn check(&mut self) -> Item {
        let name = &self.function.item.sig.ident;
        let params = self.declared_params();
        let at = self.names.fresh("at");
        let seed = self.names.fresh("seed");
        let point_fields: Vec<(&Ident, Option<TokenStream>)> = self
            .function
            .params
            .iter()
            .filter(|param| param.differentiable)
            .map(|param| {
                let field = &param.ident;
                let value = &self.function.vars[param.var].name;
                match (param.class == ParamClass::Scalar && !param.by_ref, *field == *value) {
                    (true, true) => (field, None),
                    (true, false) => (field, Some(quote!(#value))),
                    (false, _) => (field, Some(quote!(#value.clone()))),
                }
            })
            .collect();
        let point_tokens = point_fields.iter().map(|(field, value)| match value {
            None => quote!(#field),
            Some(value) => quote!(#field: #value),
        });
        let evaluate_args: Vec<TokenStream> = self
            .function
            .params
            .iter()
            .map(|param| {
                let value = &self.function.vars[param.var].name;
                let field = &param.ident;
                match (param.differentiable, param.by_ref, param.class.is_copy()) {
                    (true, true, _) => quote!(&#at.#field),
                    (true, false, true) => quote!(#at.#field),
                    (true, false, false) => quote!(#at.#field.clone()),
                    (false, true, _) | (false, false, true) => quote!(#value),
                    (false, false, false) => quote!(#value.clone()),
                }
            })
            .collect();
        let vjp_args = self.function.params.iter().map(|param| {
            let value = &self.function.vars[param.var].name;
            if param.by_ref || param.class.is_copy() {
                quote!(#value)
            } else {
                quote!(#value.clone())
            }
        });
        let ty = &self.function.output.ty;
        let seed_arg = if self.function.output.scalar { quote!(*#seed) } else { quote!(#seed) };
        let doc = format!(
            " Checks `{name}`'s generated gradient against finite differences at this point, \
             with the checker's default settings."
        );
        let vjp_args: Vec<TokenStream> = vjp_args.collect();
        let rules = &self.rules;
        let tokens = quote! {
            #[doc = #doc]
            pub fn check(#(#params),*) -> ::backprop::check::Report {
                let #at = Grad { #(#point_tokens),* };
                let report = ::backprop::check::params(
                    |#at: &Grad| self::forward(#(#evaluate_args),*),
                    &#at,
                    |#seed: &#ty| self::vjp(#(#vjp_args,)* #seed_arg).1,
                );
                #rules::same_function(report, &super::#name(#(#vjp_args),*), &self::forward(#(#vjp_args),*))
            }
        };
        let parts = CheckParts { doc, at, seed, point_fields, evaluate_args, vjp_args, seed_arg };
        self.fixed(tokens, || self.check_text(&parts))
    }

    /// `check`'s text from its parts, when every line stays whole: the signature as
    /// [`Lines::list`] lays it out, the point `Grad { … }` on one line or one field a line, the
    /// call of the checker one argument a line (it is printed when that call fits on one), the
    /// last call as [`Lines::list`] lays it out.
    fn check_text(&self, parts: &CheckParts<'_>) -> Option<String> {
        let CheckParts { doc, at, seed, point_fields, evaluate_args, vjp_args, seed_arg } = parts;
        let name = &self.function.item.sig.ident;
        let rules = &self.rules;
        let params = self.declared_params_text()?;
        let ty = type_text(&self.function.output.ty)?;
        let fields: Vec<String> = point_fields
            .iter()
            .map(|(field, value)| match value {
                None => Some(field.to_string()),
                Some(value) => Some(format!("{field}: {}", simple_text(value)?)),
            })
            .collect::<Option<_>>()?;
        let vjp_args = simple_texts(vjp_args)?;
        let mut seeded = vjp_args.clone();
        seeded.push(simple_text(seed_arg)?);
        let vjp_args = vjp_args.join(", ");
        let arguments = [
            format!("|{at}: &Grad| self::forward({})", simple_texts(evaluate_args)?.join(", ")),
            format!("&{at}"),
            format!("|{seed}: &{ty}| self::vjp({}).1", seeded.join(", ")),
        ];
        // The printer lays the call out one argument a line only when it does not fit on one.
        let call = "let report = ::backprop::check::params(";
        if fits(INDENT, &format!("{call}{});", arguments.join(", "))) {
            return None;
        }
        let mut lines = Lines::new();
        lines.doc(0, doc);
        lines.list(0, "pub fn check(", &params, ") -> ::backprop::check::Report {");
        if let Some(point) = struct_literal("Grad", &fields) {
            lines.line(INDENT, &format!("let {at} = {point};"));
        } else {
            let head = format!("let {at} = ");
            for (indent, line) in broken_struct_literal(&head, "Grad", &fields, ";")? {
                lines.line(INDENT + indent, &line);
            }
        }
        lines.line(INDENT, call);
        for argument in &arguments {
            lines.line(2 * INDENT, &format!("{argument},"));
        }
        lines.line(INDENT, ");");
        lines.list(
            INDENT,
            &format!("{rules}::same_function("),
            &[
                "report".to_owned(),
                format!("&super::{name}({vjp_args})"),
                format!("&self::forward({vjp_args})"),
            ],
            ")",
        );
        lines.line(0, "}");
        lines.done()
    }

    /// Stand-ins for called functions that might not be `#[differentiable]`: then the call of
    /// their backward fails with a message that says so, instead of a confusing path error.
    pub(super) fn fallbacks(&self) -> TokenStream {
        let modules = self.callees.iter().map(|(callee, (positions, arity))| {
            let ident = format_ident!("{}", callee);
            let message = format!("`{callee}` is not #[differentiable], so its gradient is unknown");
            let label = format!("this call needs the backward pass of `{callee}`");
            let note = format!(
                "add #[differentiable] to `fn {callee}`, or pass it only constant arguments"
            );
            let mut positions: Vec<usize> = positions.iter().copied().collect();
            positions.sort_unstable();
            let types: Vec<Ident> = (0..*arity).map(|index| format_ident!("A{index}")).collect();
            let first = &types[0];
            let functions = positions.iter().map(|position| {
                let name = format_ident!("back_{position}");
                quote! {
                    pub fn #name<#(#types,)* Adjoint>(#(_: #types),*) -> Adjoint
                    where
                        #first: Differentiable,
                    {
                        unreachable!()
                    }
                }
            });
            let doc = " Stands in for a function that is not `#[differentiable]` (see `Differentiable`).";
            quote! {
                #[doc = #doc]
                mod #ident {
                    #[diagnostic::on_unimplemented(message = #message, label = #label, note = #note)]
                    pub trait Differentiable {}
                    #(#functions)*
                }
            }
        });
        quote!(#(#modules)*)
    }
}

/// `vjp`'s last statement, `(value, Grad { … })`: on one line when the struct literal is
/// narrow enough; otherwise the literal breaks, and the tuple around it breaks too.
fn vjp_value(value: &Ident, fields: &[String]) -> Option<Statement> {
    if let Some(grad) = struct_literal("Grad", fields) {
        return Some(Statement::Line(format!("({value}, {grad})")));
    }
    let mut lines = vec![(0, "(".to_owned()), (INDENT, format!("{value},"))];
    let grad = broken_struct_literal("", "Grad", fields, ",")?;
    lines.extend(grad.into_iter().map(|(indent, line)| (INDENT + indent, line)));
    lines.push((0, ")".to_owned()));
    Some(Statement::Lines(lines))
}

/// What `check` is made of, for its tokens and its text.
struct CheckParts<'p> {
    doc: String,
    /// The point the checker starts from, a `Grad`.
    at: Ident,
    /// The output adjoint inside the checker's closure.
    seed: Ident,
    /// Each field of the point: its name and, unless it is the name itself, its value.
    point_fields: Vec<(&'p Ident, Option<TokenStream>)>,
    /// The arguments of `forward` at the point.
    evaluate_args: Vec<TokenStream>,
    /// The arguments of `vjp`, of the user's function and of `forward`.
    vjp_args: Vec<TokenStream>,
    /// The seed as `vjp` takes it.
    seed_arg: TokenStream,
}

/// True when `tree`, at the top level of a block, ends a statement: `;` or a `{ … }` block.
fn ends_statement(tree: &proc_macro2::TokenTree) -> bool {
    match tree {
        proc_macro2::TokenTree::Punct(punct) => punct.as_char() == ';',
        proc_macro2::TokenTree::Group(group) => group.delimiter() == proc_macro2::Delimiter::Brace,
        _ => false,
    }
}

/// Whether `block` has a loop or an element write, the statements whose reversal restores a
/// value (a loop's carried variables, the overwritten element).
fn restores_anything(block: &Block) -> bool {
    block.iter().any(|stmt| match stmt {
        Stmt::For(_) | Stmt::Write(_) => true,
        Stmt::If(node) => {
            restores_anything(&node.then_block) || restores_anything(&node.else_block)
        }
        Stmt::Let { value: Value::Map(map), .. } => restores_anything(&map.body),
        _ => false,
    })
}
