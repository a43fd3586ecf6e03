//! Emission: the generated module as tokens, and the same module as `SOURCE` text.
//!
//! In: a lowered [`Function`]. Out: the original function unchanged, then a module of the same
//! name holding `Grad`, `grad`, `vjp`, `forward`, `pullback`, `back_<i>`, `check` and `SOURCE`.
//! The module is built once as tokens with a marker statement before each backward step; the
//! marker becomes a `// comment` in `SOURCE` and is removed from what is compiled, so `SOURCE`
//! is exactly the compiled code plus comments. Every rule call carries the span of the user's
//! expression, so a type error lands on the user's line.
//!
//! # The shape of the generated code: save, then pull back
//!
//! - `pullback(args…) -> (value, closure)` is the only place with a forward and a backward
//!   pass. The forward runs once; the `move` closure keeps exactly the intermediates its steps
//!   mention (Rust captures what the closure body names). The closure takes the arguments by
//!   reference, the value, its adjoint, and one `want_<param>` flag per parameter, and returns
//!   one adjoint per parameter. `vjp` is `pullback` then the closure with every flag of a
//!   differentiable parameter `true`; `grad` is `vjp` with seed 1; `forward` is `pullback(..).0`;
//!   `back_<i>` runs both with only flag `i`.
//! - An adjoint that only some parameters need ([`guards`]) is computed under
//!   `if want_a || want_b { … } else { rules::unused() }`: a caller that passes a constant gets
//!   no work done for it, down to the first layer's `d_x`.
//! - A call of a function that is not a runtime primitive is
//!   `let (h, pullback_h) = rules::pullback!(f; a0 want0 back_0, …)(args…);` in the forward
//!   pass and `let (d_a, d_b) = pullback_h(&a, &b, &h, &d_h, want_a, want_b);` in the backward
//!   pass. The macro (`core/src/generated.rs`) uses `f::pullback` when the module `f` has one
//!   and otherwise builds it from a hand-written rule's `back_<i>`.
//! - A loop's tape holds, per iteration, the overwritten values and the residuals: every
//!   value the body defines that the iteration's backward steps mention. The backward steps are
//!   emitted first, so the forward knows what to push.
//! - Generated bodies never glob-import the user's module: the user's names keep their
//!   meaning (a parameter `a` beside a `fn a`).

use std::collections::{BTreeMap, HashMap, HashSet};

use proc_macro2::{Ident, TokenStream};
use quote::{ToTokens, format_ident, quote, quote_spanned};
use syn::visit_mut::VisitMut;
use syn::{Expr, Type};

use crate::ir::{
    Arg, Block, For, Function, If, Op, Operand, Origin, ParamClass, Rule, Stmt, Value, VarId,
};
use crate::lower::place_expr;
use crate::names::Names;
use crate::reverse::{Backward, Contribution, Step, backward, guards};

/// The marker statement that becomes a `// comment` in `SOURCE`.
const MARKER: &str = "__backprop_step";

/// Makes the user's names mean in the generated module what they mean beside the function: a
/// type the user named `Grad`, and a function called in a constant expression that is named
/// like one of the module's items (`forward(n)`), are reached through `super::` there, since
/// the module's own items shadow them.
pub fn keep_user_names(function: &mut Function) {
    struct UserNames;
    fn generated_item(ident: &Ident) -> bool {
        let name = ident.to_string();
        matches!(name.as_str(), "Grad" | "grad" | "vjp" | "forward" | "pullback" | "check")
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
    fn block(stmts: &mut Block) {
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

/// The tokens replacing the user's function: the function itself and its module.
pub fn expand(function: &Function) -> TokenStream {
    let item = &function.item;
    let mut emitter = Emitter::new(function);
    let module = emitter.module();
    let (compiled, source) = match render(&module) {
        Ok(rendered) => rendered,
        Err(error) => return quote!(#item #error),
    };
    let vis = &item.vis;
    let name = &item.sig.ident;
    let doc = format!(
        " The backward pass of [`{name}`](fn@{name}), written by `#[differentiable]`; print \
         [`{name}::SOURCE`](SOURCE) to read it."
    );
    quote! {
        #item
        #[doc = #doc]
        #vis mod #name {
            #compiled
            /// The code of this module, as compiled, with each backward step commented with the
            /// forward line it reverses.
            pub const SOURCE: &str = #source;
        }
    }
}

/// After an error: the generated module's items with the right signatures and no bodies, so
/// that the code using them reports nothing more than the error itself. Empty when the
/// signature itself is what went wrong.
pub fn stub(item: &syn::ItemFn, args: &crate::args::Args) -> TokenStream {
    let sig = &item.sig;
    let syn::ReturnType::Type(_, output) = &sig.output else { return TokenStream::new() };
    let Some(scalar) = crate::lower::returns_scalar(output) else { return TokenStream::new() };
    if !sig.generics.params.is_empty() {
        return TokenStream::new();
    }
    let mut params = Vec::new();
    for input in &sig.inputs {
        let syn::FnArg::Typed(typed) = input else { return TokenStream::new() };
        let syn::Pat::Ident(pat) = &*typed.pat else { return TokenStream::new() };
        params.push((pat.ident.clone(), (*typed.ty).clone()));
    }
    let declared: Vec<TokenStream> = params.iter().map(|(name, ty)| quote!(#name: #ty)).collect();
    let owned = |ty: &Type| match ty {
        Type::Reference(reference) => (*reference.elem).clone(),
        other => other.clone(),
    };
    let differentiable: Vec<(usize, &(Ident, Type))> = params
        .iter()
        .enumerate()
        .filter(|(_, (name, ty))| {
            crate::lower::classify(&owned(ty)) != ParamClass::Constant
                && args.wrt.as_ref().is_none_or(|wrt| wrt.contains(name))
        })
        .collect();
    let fields = differentiable.iter().map(|(_, (name, ty))| {
        let ty = owned(ty);
        quote!(pub #name: #ty)
    });
    let seed = if scalar { quote!(seed: #output) } else { quote!(seed: &#output) };
    let grad = scalar
        .then(|| quote!(pub fn grad(#(#declared),*) -> (#output, Grad) { ::core::unreachable!() }));
    let backs = differentiable.iter().map(|(index, (_, ty))| {
        let name = format_ident!("back_{index}");
        let ty = owned(ty);
        let by_reference = params.iter().map(|(name, ty)| {
            let ty = owned(ty);
            quote!(#name: &#ty)
        });
        quote!(pub fn #name(#(#by_reference,)* out: &#output, seed: &#output) -> #ty { ::core::unreachable!() })
    });
    let vis = &item.vis;
    let name = &sig.ident;
    let attributes = module_attributes();
    quote! {
        #[doc(hidden)]
        #vis mod #name {
            #attributes
            use super::*;
            pub struct Grad { #(#fields),* }
            #grad
            pub fn vjp(#(#declared,)* #seed) -> (#output, Grad) { ::core::unreachable!() }
            pub fn forward(#(#declared),*) -> #output { ::core::unreachable!() }
            #(#backs)*
            pub fn check(#(#declared),*) -> ::backprop::check::Report { ::core::unreachable!() }
            pub const SOURCE: &str = "";
        }
    }
}

/// `tokens` with every span moved to `span`'s location (resolution stays at the call site), so
/// that a type error inside a generated call points at the user's expression.
fn respan(tokens: TokenStream, span: proc_macro2::Span) -> TokenStream {
    let located = proc_macro2::Span::call_site().located_at(span);
    tokens
        .into_iter()
        .map(|mut tree| {
            if let proc_macro2::TokenTree::Group(group) = &tree {
                let mut inner =
                    proc_macro2::Group::new(group.delimiter(), respan(group.stream(), span));
                inner.set_span(located);
                tree = proc_macro2::TokenTree::Group(inner);
            } else {
                tree.set_span(located);
            }
            tree
        })
        .collect()
}

/// Lints that fire on generated code for reasons that do not concern the user: the backward
/// pass replays forward code whose values it does not all read.
fn module_attributes() -> TokenStream {
    quote! {
        #![allow(
            dead_code,
            unused_variables,
            unused_assignments,
            unused_mut,
            unused_imports,
            non_snake_case,
            clippy::all,
            clippy::pedantic,
            clippy::nursery
        )]
    }
}

/// Pretty-prints the module's items into `SOURCE` and returns the items to compile.
fn render(items: &TokenStream) -> Result<(TokenStream, String), TokenStream> {
    let mut file: syn::File = match syn::parse2(items.clone()) {
        Ok(file) => file,
        Err(error) => {
            let message = format!(
                "internal error in #[differentiable]: generated code does not parse ({error}); \
                 please report this with the function"
            );
            return Err(quote!(::core::compile_error!(#message);));
        }
    };
    let source = source_text(&file);
    RemoveMarkers.visit_file_mut(&mut file);
    Ok((file.to_token_stream(), source))
}

/// The module's text: items separated by blank lines, markers turned into comments.
fn source_text(file: &syn::File) -> String {
    let mut text = String::new();
    let attributes = syn::File { shebang: None, attrs: file.attrs.clone(), items: Vec::new() };
    text.push_str(&prettyplease::unparse(&attributes));
    let mut previous_was_use = false;
    for item in &file.items {
        let is_use = matches!(item, syn::Item::Use(_));
        if !(is_use && previous_was_use) {
            text.push('\n');
        }
        let single = syn::File { shebang: None, attrs: Vec::new(), items: vec![item.clone()] };
        text.push_str(&prettyplease::unparse(&single));
        previous_was_use = is_use;
    }
    comment_markers(&text)
}

/// Turns each marker statement `__backprop_step!("h = sigmoid(&z)");` (which the printer may
/// spread over several lines) into the comment `// h = sigmoid(&z)`.
fn comment_markers(text: &str) -> String {
    let opening = format!("{MARKER}!(");
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(start) = rest.find(&opening) {
        let Some(end) = rest[start..].find(");").map(|end| start + end + 2) else { break };
        let literal = rest[start + opening.len()..end - 2].trim().trim_end_matches(',').trim();
        let Ok(literal) = syn::parse_str::<syn::LitStr>(literal) else { break };
        out.push_str(&rest[..start]);
        out.push_str("// ");
        out.push_str(&literal.value());
        rest = &rest[end..];
    }
    out.push_str(rest);
    out
}

struct RemoveMarkers;

impl VisitMut for RemoveMarkers {
    fn visit_block_mut(&mut self, block: &mut syn::Block) {
        block
            .stmts
            .retain(|stmt| !matches!(stmt, syn::Stmt::Macro(mac) if mac.mac.path.is_ident(MARKER)));
        syn::visit_mut::visit_block_mut(self, block);
    }
}

struct Emitter<'f> {
    function: &'f Function,
    names: Names,
    adjoint_names: HashMap<VarId, Ident>,
    rules: Ident,
    /// The name of `back_<i>`'s `out` parameter.
    out: Ident,
    /// The loop storage each `before` variable restores.
    restores: HashMap<VarId, VarId>,
    /// Callees by simple name whose backward the generated code calls: name → the positions
    /// used and the number of arguments of each backward call.
    callees: BTreeMap<String, (HashSet<usize>, usize)>,
    /// Adjoints that are references (the seed of a matrix output, `back_<i>`'s `d_out`).
    ref_adjoints: HashSet<VarId>,
    /// Variables that are references in the code being emitted: inside the pullback, the
    /// parameters passed by value and the output.
    ref_vars: HashSet<VarId>,
    /// Adjoints computed only when some parameters are wanted (see [`guards`]).
    guards: HashMap<VarId, Vec<usize>>,
    /// One flag per parameter inside the pullback: the caller wants its adjoint.
    wants: Vec<Ident>,
    /// Calls whose backward pass is a `Pull` (by the address of the operation): the name of the
    /// pullback the forward pass keeps, and the argument positions that get an adjoint.
    pulled: HashMap<usize, (Ident, Vec<usize>)>,
    /// `Part` contributions already bound by their `Pull` (operation address, position).
    bound: HashSet<(usize, usize)>,
    /// Names of the other `Part` values, by (operation address, position).
    parts: HashMap<(usize, usize), Ident>,
    /// What each loop's tape keeps besides the index and the overwritten values, by tape name:
    /// the iteration's values that its backward pass reads (see [`Emitter::residuals`]).
    residuals: HashMap<String, Vec<Residual>>,
}

/// A value an iteration pushes onto its loop's tape for the backward pass.
struct Residual {
    name: Ident,
    /// The loop also writes it back into its storage: the tape gets a copy.
    copied: bool,
    /// The backward pass assigns it (an inner loop's storage).
    mutable: bool,
}

impl<'f> Emitter<'f> {
    fn new(function: &'f Function) -> Self {
        let mut names = function.names.clone();
        let rules = names.fresh("rules");
        let out = names.fresh("out");
        let mut restores = HashMap::new();
        collect_restores(&function.body, &mut restores);
        Emitter {
            function,
            names,
            adjoint_names: HashMap::new(),
            rules,
            out,
            restores,
            callees: BTreeMap::new(),
            ref_adjoints: HashSet::new(),
            ref_vars: HashSet::new(),
            guards: HashMap::new(),
            wants: Vec::new(),
            pulled: HashMap::new(),
            bound: HashSet::new(),
            parts: HashMap::new(),
            residuals: HashMap::new(),
        }
    }

    // ---- the module -----------------------------------------------------------------------

    fn module(&mut self) -> TokenStream {
        let rules = self.rules.clone();
        let grad_struct = self.grad_struct();
        let pullback = self.pullback();
        let vjp = self.vjp();
        let grad = self.grad();
        let forward = self.forward();
        let backs: Vec<TokenStream> =
            self.differentiable().into_iter().map(|index| self.back(index)).collect();
        let check = self.check();
        let fallbacks = self.fallbacks();
        let attributes = module_attributes();
        quote! {
            #attributes
            use super::*;
            use ::backprop::__private as #rules;
            #grad_struct
            #grad
            #vjp
            #forward
            #pullback
            #(#backs)*
            #check
            #fallbacks
        }
    }

    /// Indices of the differentiable parameters.
    fn differentiable(&self) -> Vec<usize> {
        self.function
            .params
            .iter()
            .enumerate()
            .filter(|(_, param)| param.differentiable)
            .map(|(index, _)| index)
            .collect()
    }

    fn grad_struct(&self) -> TokenStream {
        let name = &self.function.item.sig.ident;
        let fields =
            self.function.params.iter().filter(|param| param.differentiable).map(|param| {
                let ident = &param.ident;
                let ty = &param.owned_ty;
                let doc = format!(" The gradient with respect to `{ident}`.");
                quote!(#[doc = #doc] pub #ident: #ty)
            });
        let doc = format!(
            " The gradient of `{name}`: one field per differentiable parameter, shaped like it."
        );
        quote! {
            #[doc = #doc]
            #[derive(Clone, Debug, ::backprop::Params)]
            pub struct Grad {
                #(#fields,)*
            }
        }
    }

    /// The parameters as declared (`w: &DMatrix<f64>`), for the signatures.
    fn declared_params(&self) -> Vec<TokenStream> {
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

    fn grad(&mut self) -> TokenStream {
        if !self.function.output.scalar {
            return TokenStream::new();
        }
        let name = &self.function.item.sig.ident;
        let params = self.declared_params();
        let args = self.param_names();
        let ty = &self.function.output.ty;
        let doc = format!(" The value of `{name}` and its gradient at this point.");
        quote! {
            #[doc = #doc]
            pub fn grad(#(#params),*) -> (#ty, Grad) {
                self::vjp(#(#args,)* 1.0)
            }
        }
    }

    fn vjp(&mut self) -> TokenStream {
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
        let fields = wrt.iter().map(|&index| {
            let field = &self.function.params[index].ident;
            let adjoint = self.adjoint_names[&self.function.params[index].var].clone();
            quote!(#field: #adjoint)
        });
        let doc = format!(
            " The value of `{name}` and the vector-Jacobian product: the gradient of \
             `⟨{seed}, {name}(…)⟩`."
        );
        quote! {
            #[doc = #doc]
            pub fn vjp(#(#params,)* #seed_param) -> (#ty, Grad) {
                let (#value, #pullback) = self::pullback(#(#args),*);
                let (#(#bindings,)*) = #pullback(#(#refs,)* &#value, #seed_ref, #(#wants),*);
                (#value, Grad { #(#fields),* })
            }
        }
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
    fn owned_args(&self) -> Vec<TokenStream> {
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
    fn reference_args(&self) -> Vec<TokenStream> {
        self.function
            .params
            .iter()
            .map(|param| {
                let name = &self.function.vars[param.var].name;
                if param.by_ref { quote!(#name) } else { quote!(&#name) }
            })
            .collect()
    }

    fn forward(&mut self) -> TokenStream {
        let name = &self.function.item.sig.ident;
        let params = self.declared_params();
        let ty = &self.function.output.ty;
        let args = self.param_names();
        let doc = format!(
            " `{name}` as the backward pass sees it: every operation through its rule. The \
             checker evaluates this, so non-smooth rules can report the branch they took."
        );
        quote! {
            #[doc = #doc]
            pub fn forward(#(#params),*) -> #ty {
                self::pullback(#(#args),*).0
            }
        }
    }

    /// `pullback`: the forward pass, keeping what the backward pass reads, and the backward
    /// pass as a closure that gives every wanted adjoint at once.
    fn pullback(&mut self) -> TokenStream {
        let name = self.function.item.sig.ident.clone();
        let wrt = self.differentiable();
        let backward = backward(self.function, &wrt);
        self.guards = guards(self.function, &wrt, &backward);
        let mut found = Vec::new();
        pulls(&backward.steps, &mut found);
        for (op, out, positions) in found {
            let pullback = self.names.fresh(&format!("pullback_{}", self.function.vars[out].name));
            self.note_callee(op, &positions);
            self.pulled.insert(op_key(op), (pullback, positions));
        }
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
            _ => (self.out.clone(), self.result_value()),
        };
        let (seed, _) = self.seed_param(&ty, true);
        // The backward pass first: it decides what the loops' tapes keep.
        let steps = self.steps(&backward.steps, &backward);
        self.ref_vars.clear();
        let forward = self.block(&self.function.body, &backward);
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
        quote! {
            #[doc = #doc]
            pub fn pullback(#(#params),*) -> (
                #ty,
                impl FnOnce(#(#param_types,)* &#ty, &#ty, #(#flags),*) -> (#(#adjoint_types,)*) + use<>,
            ) {
                #forward
                (#value, move |#(#closure_params),*| {
                    #steps
                    (#(#results,)*)
                })
            }
        }
    }

    /// `back_<index>`: the adjoint of one parameter, the same shape as every rule's.
    fn back(&mut self, index: usize) -> TokenStream {
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
        let args = self.function.params.iter().map(|param| {
            let name = &self.function.vars[param.var].name;
            if param.by_ref {
                quote!(#name)
            } else if param.class.is_copy() {
                quote!(*#name)
            } else {
                quote!(#name.clone())
            }
        });
        let names = self.param_names();
        let ty = self.function.output.ty.clone();
        let out = self.out.clone();
        let (seed, seed_param) = self.seed_param(&ty, true);
        let pullback = self.names.fresh("pullback");
        let wants = (0..self.function.params.len())
            .map(|other| if other == index { quote!(true) } else { quote!(false) });
        let position = syn::Index::from(index);
        let param = &self.function.params[index];
        let owned = &param.owned_ty;
        let fn_name = format_ident!("back_{index}");
        let doc = format!(
            " The adjoint of `{}` (argument {index}) for output adjoint `{seed}`, the shape of \
             a hand-written rule's: runs `pullback`, forward and backward.",
            param.ident,
        );
        quote! {
            #[doc = #doc]
            pub fn #fn_name(#(#params,)* #out: &#ty, #seed_param) -> #owned {
                let (_, #pullback) = self::pullback(#(#args),*);
                #pullback(#(#names,)* #out, #seed, #(#wants),*).#position
            }
        }
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
            let reference = self.reference(&Operand::Var(var));
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

    /// What an adjoint that is not wanted holds: `rules::unused()`, or for a parameter struct
    /// zeros shaped like it (so that a struct which is not `Params` gets only that error).
    fn placeholder(&self, var: VarId) -> TokenStream {
        let rules = &self.rules;
        if self.placeholder_is_zeros(var) {
            let reference = self.reference(&Operand::Var(var));
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

    fn check(&mut self) -> TokenStream {
        let name = &self.function.item.sig.ident;
        let params = self.declared_params();
        let at = self.names.fresh("at");
        let seed = self.names.fresh("seed");
        let point_fields =
            self.function.params.iter().filter(|param| param.differentiable).map(|param| {
                let field = &param.ident;
                let value = &self.function.vars[param.var].name;
                match (param.class == ParamClass::Scalar && !param.by_ref, *field == *value) {
                    (true, true) => quote!(#field),
                    (true, false) => quote!(#field: #value),
                    (false, _) => quote!(#field: #value.clone()),
                }
            });
        let evaluate_args = self.function.params.iter().map(|param| {
            let value = &self.function.vars[param.var].name;
            let field = &param.ident;
            match (param.differentiable, param.by_ref, param.class.is_copy()) {
                (true, true, _) => quote!(&#at.#field),
                (true, false, true) => quote!(#at.#field),
                (true, false, false) => quote!(#at.#field.clone()),
                (false, true, _) | (false, false, true) => quote!(#value),
                (false, false, false) => quote!(#value.clone()),
            }
        });
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
        quote! {
            #[doc = #doc]
            pub fn check(#(#params),*) -> ::backprop::check::Report {
                let #at = Grad { #(#point_fields),* };
                let report = ::backprop::check::params(
                    |#at: &Grad| self::forward(#(#evaluate_args),*),
                    &#at,
                    |#seed: &#ty| self::vjp(#(#vjp_args,)* #seed_arg).1,
                );
                #rules::same_function(report, &super::#name(#(#vjp_args),*), &self::forward(#(#vjp_args),*))
            }
        }
    }

    /// Stand-ins for called functions that might not be `#[differentiable]`: then the call of
    /// their backward fails with a message that says so, instead of a confusing path error.
    fn fallbacks(&self) -> TokenStream {
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

    // ---- pieces ---------------------------------------------------------------------------

    fn seed_name(&mut self) -> Ident {
        match self.function.result.root() {
            Some(var) => self.adjoint_name(var),
            None => format_ident!("d_out"),
        }
    }

    /// The seed parameter: `d_loss: f64`, or `d_h: &DMatrix<f64>` (always a reference in
    /// `back_<i>`).
    fn seed_param(&mut self, ty: &Type, by_reference: bool) -> (Ident, TokenStream) {
        let seed = self.seed_name();
        let reference = by_reference || !self.function.output.scalar;
        if let Some(var) = self.function.result.root() {
            if reference {
                self.ref_adjoints.insert(var);
            } else {
                self.ref_adjoints.remove(&var);
            }
        }
        let param = if reference { quote!(#seed: &#ty) } else { quote!(#seed: #ty) };
        (seed, param)
    }

    /// The function's value, as returned next to the gradient.
    fn result_value(&self) -> TokenStream {
        match &self.function.result {
            Operand::Var(var) => self.function.vars[*var].name.to_token_stream(),
            Operand::Place(var, projections) => {
                let place = place_expr(&self.function.vars[*var].name, projections);
                quote!(#place.clone())
            }
            Operand::Const(expr) => expr.to_token_stream(),
        }
    }

    fn adjoint_name(&mut self, var: VarId) -> Ident {
        if let Some(name) = self.adjoint_names.get(&var) {
            return name.clone();
        }
        let name = self.names.fresh(&format!("d_{}", self.function.vars[var].name));
        self.adjoint_names.insert(var, name.clone());
        name
    }

    /// True when `var` is a reference: a parameter the user declared as one, or (inside the
    /// pullback) a parameter passed by value or the output.
    fn is_reference(&self, var: VarId) -> bool {
        if self.ref_vars.contains(&var) {
            return true;
        }
        match self.function.vars[var].origin {
            Origin::Param(index) => self.function.params[index].by_ref,
            Origin::Local => false,
        }
    }

    /// The operand as a reference, as rules take their arguments.
    fn reference(&self, operand: &Operand) -> TokenStream {
        match operand {
            Operand::Var(var) => {
                let name = &self.function.vars[*var].name;
                if self.is_reference(*var) { quote!(#name) } else { quote!(&#name) }
            }
            Operand::Place(var, projections) => {
                let place = place_expr(&self.function.vars[*var].name, projections);
                quote!(&#place)
            }
            Operand::Const(expr) => {
                if is_simple(expr) {
                    quote!(&#expr)
                } else {
                    quote!(&(#expr))
                }
            }
        }
    }

    /// The operand passed as the user passed it to a function.
    fn passed(&self, arg: &Arg) -> TokenStream {
        match (&arg.operand, arg.by_ref) {
            (Operand::Var(var), false) => {
                let name = &self.function.vars[*var].name;
                let variable = &self.function.vars[*var];
                if !self.is_reference(*var) {
                    if variable.copy { quote!(#name) } else { quote!(#name.clone()) }
                } else if !arg.owned {
                    // A reference passed on as the user wrote it.
                    quote!(#name)
                } else if matches!(variable.origin,
                    Origin::Param(index) if self.function.params[index].class.is_copy())
                {
                    quote!(*#name)
                } else {
                    quote!(#name.clone())
                }
            }
            (Operand::Place(var, projections), false) => {
                let place = place_expr(&self.function.vars[*var].name, projections);
                quote!(#place.clone())
            }
            (Operand::Const(expr), false) => expr.to_token_stream(),
            (operand, true) => {
                let inner = match operand {
                    Operand::Var(var) => self.function.vars[*var].name.to_token_stream(),
                    Operand::Place(var, projections) => {
                        place_expr(&self.function.vars[*var].name, projections).to_token_stream()
                    }
                    Operand::Const(expr) => {
                        if is_simple(expr) {
                            expr.to_token_stream()
                        } else {
                            quote!((#expr))
                        }
                    }
                };
                quote!(&#inner)
            }
        }
    }

    /// The operand for a backward call: as a reference, like a rule's arguments.
    fn backward_arg(&self, arg: &Arg) -> TokenStream {
        match (&arg.operand, arg.by_ref) {
            (Operand::Var(var), true) if self.is_reference(*var) => {
                let name = &self.function.vars[*var].name;
                quote!(#name)
            }
            (operand, _) => self.reference(operand),
        }
    }

    /// The adjoint of `var`, as a reference (for rules' `d_out`).
    fn adjoint_reference(&mut self, var: VarId) -> TokenStream {
        let name = self.adjoint_name(var);
        if self.ref_adjoints.contains(&var) { quote!(#name) } else { quote!(&#name) }
    }

    /// The adjoint of `var`, owned (moved, or cloned when it is a reference).
    fn adjoint_owned(&mut self, var: VarId) -> TokenStream {
        let name = self.adjoint_name(var);
        if !self.ref_adjoints.contains(&var) {
            quote!(#name)
        } else if self.function.output.scalar {
            quote!(*#name)
        } else {
            quote!(#name.clone())
        }
    }

    // ---- the forward pass -----------------------------------------------------------------

    fn block(&mut self, block: &Block, backward: &Backward) -> TokenStream {
        let stmts: Vec<TokenStream> = block.iter().map(|stmt| self.stmt(stmt, backward)).collect();
        quote!(#(#stmts)*)
    }

    fn stmt(&mut self, stmt: &Stmt, backward: &Backward) -> TokenStream {
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
                let value = self.value(value, backward);
                quote!(let #mutability #name #annotation = #value;)
            }
            Stmt::Assert(mac) => quote!(#mac;),
            Stmt::If(node) => self.if_forward(node, backward),
            Stmt::For(node) => self.for_forward(node, backward),
        }
    }

    fn value(&mut self, value: &Value, backward: &Backward) -> TokenStream {
        match value {
            Value::Const(expr) => expr.to_token_stream(),
            Value::Copy(operand) => self.copied(operand),
            Value::Op(op) => self.call(op),
            Value::Map(map) => {
                let matrix = self.value_expr(&map.matrix);
                let param = &self.function.vars[map.param].name;
                let body = self.block(&map.body, backward);
                let result = self.moved_or_cloned(&map.result, &map.body);
                quote_spanned!(map.span=> #matrix.map(|#param| { #body #result }))
            }
        }
    }

    /// A copy of the operand's value.
    fn copied(&self, operand: &Operand) -> TokenStream {
        match operand {
            Operand::Var(var) if self.function.vars[*var].copy => {
                let name = &self.function.vars[*var].name;
                quote!(#name)
            }
            Operand::Const(expr) => expr.to_token_stream(),
            operand => {
                let value = self.value_expr(operand);
                quote!(#value.clone())
            }
        }
    }

    /// The operand as a value expression (a name, a place, a constant).
    fn value_expr(&self, operand: &Operand) -> TokenStream {
        match operand {
            Operand::Var(var) => self.function.vars[*var].name.to_token_stream(),
            Operand::Place(var, projections) => {
                place_expr(&self.function.vars[*var].name, projections).to_token_stream()
            }
            Operand::Const(expr) => expr.to_token_stream(),
        }
    }

    /// The operand's value at the end of a block: moved when the block defines it, else copied.
    fn moved_or_cloned(&self, operand: &Operand, block: &Block) -> TokenStream {
        match operand {
            Operand::Var(var) if defines(block, *var) => {
                self.function.vars[*var].name.to_token_stream()
            }
            operand => self.copied(operand),
        }
    }

    /// A forward operation: `rules::mul(w, x)` or `sigmoid(&z)`.
    fn call(&self, op: &Op) -> TokenStream {
        match &op.rule {
            Rule::Builtin(name) => {
                let rules = &self.rules;
                let rule = format_ident!("{}", name);
                let args = op.args.iter().map(|arg| self.reference(&arg.operand));
                respan(quote!(#rules::#rule(#(#args),*)), op.span)
            }
            Rule::Call(path) => {
                let args = op.args.iter().map(|arg| self.passed(arg));
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
        let args = op.args.iter().map(|arg| self.passed(arg));
        // A path the caller's module resolves, as the generated module (one level down) spells
        // it (`keep_user_names` made `self::f` `super::f`, `super::f` `super::super::f`).
        let absolute = path
            .segments
            .first()
            .is_some_and(|segment| segment.ident == "crate" || segment.ident == "super");
        let path = if absolute { quote!(@absolute #path) } else { quote!(#path) };
        respan(quote!(#rules::pullback!(#path; #(#slots),*)(#(#args),*)), op.span)
    }

    fn if_forward(&mut self, node: &If, backward: &Backward) -> TokenStream {
        let rules = self.rules.clone();
        let flag = &self.function.vars[node.flag].name;
        let condition = &node.condition;
        let then_block = self.block(&node.then_block, backward);
        let else_block = self.block(&node.else_block, backward);
        let then_values: Vec<TokenStream> = node
            .outputs
            .iter()
            .map(|output| self.moved_or_cloned(&output.then_value, &node.then_block))
            .collect();
        let else_values: Vec<TokenStream> = node
            .outputs
            .iter()
            .map(|output| self.moved_or_cloned(&output.else_value, &node.else_block))
            .collect();
        let bindings: Vec<TokenStream> = node
            .outputs
            .iter()
            .map(|output| {
                let variable = &self.function.vars[output.var];
                let name = &variable.name;
                if variable.mutable { quote!(mut #name) } else { quote!(#name) }
            })
            .collect();
        let flag_line = quote!(let #flag = #rules::branch(#condition););
        match bindings.len() {
            0 if else_block.is_empty() => quote! {
                #flag_line
                if #flag { #then_block }
            },
            0 => quote! {
                #flag_line
                if #flag { #then_block } else { #else_block }
            },
            1 => {
                let binding = &bindings[0];
                let (then_value, else_value) = (&then_values[0], &else_values[0]);
                quote! {
                    #flag_line
                    let #binding = if #flag { #then_block #then_value } else { #else_block #else_value };
                }
            }
            _ => quote! {
                #flag_line
                let (#(#bindings),*) = if #flag {
                    #then_block
                    (#(#then_values),*)
                } else {
                    #else_block
                    (#(#else_values),*)
                };
            },
        }
    }

    fn for_forward(&mut self, node: &For, backward: &Backward) -> TokenStream {
        let index = &self.function.vars[node.index].name;
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
        if !backward.taped.contains(&node.tape.to_string()) {
            return quote! {
                for #index in #range {
                    #body
                    #(#write_backs)*
                }
            };
        }
        let tape = &node.tape;
        let saved = node.carried.iter().map(|carried| &self.function.vars[carried.storage].name);
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
        quote! {
            let mut #tape = Vec::new();
            for #index in #range {
                #body
                #tape.push((#index, #(#saved,)* #(#kept),*));
                #(#write_backs)*
            }
        }
    }

    // ---- the backward pass ----------------------------------------------------------------

    fn steps(&mut self, steps: &[Step], backward: &Backward) -> TokenStream {
        let mut tokens: Vec<TokenStream> = steps
            .iter()
            .enumerate()
            .map(|(index, step)| match step {
                Step::Pull { op, out, d_out } => {
                    self.pull(op, *out, *d_out, &steps[index + 1..], backward)
                }
                Step::Recompute(_) => TokenStream::new(),
                step => self.step(step, backward),
            })
            .collect();
        // Recomputed blocks last: a loop inside them pushes what its backward pass, emitted
        // above, reads.
        for (index, step) in steps.iter().enumerate() {
            if let Step::Recompute(block) = step {
                tokens[index] = self.block(block, backward);
            }
        }
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
        let args: Vec<TokenStream> = op.args.iter().map(|arg| self.backward_arg(arg)).collect();
        let out_ref = self.reference(&Operand::Var(out));
        let d_out_ref = self.adjoint_reference(d_out);
        let call = respan(quote!(#pullback(#(#args,)* #out_ref, #d_out_ref, #(#wants),*)), op.span);
        quote!(let (#(#bindings,)*) = #call;)
    }

    fn step(&mut self, step: &Step, backward: &Backward) -> TokenStream {
        let rules = self.rules.clone();
        match step {
            Step::Comment(stmt) => {
                let text = self.show_stmt(stmt);
                let marker = format_ident!("{}", MARKER);
                quote!(#marker!(#text);)
            }
            Step::Recompute(block) => self.block(block, backward),
            // Emitted by `steps`, which sees the parts that follow.
            Step::Pull { .. } => TokenStream::new(),
            Step::Declare(var) => {
                let name = self.adjoint_name(*var);
                let shape = self.shape_reference(*var);
                let zeros = quote!(#rules::zeros_like(#shape));
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
                let Rule::Builtin(name) = &op.rule else { return TokenStream::new() };
                let rule = format_ident!("{}", name);
                let target_name = self.adjoint_name(*target);
                let args: Vec<TokenStream> =
                    op.args.iter().map(|arg| self.backward_arg(arg)).collect();
                let out_ref = self.reference(&Operand::Var(*out));
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
            Step::Contribute { target, projections, value, first, assign } => {
                let value = self.contribution(value, backward);
                let name = self.adjoint_name(*target);
                let want = self.want_condition(*target);
                let placeholder = self.placeholder(*target);
                if *first {
                    let count = backward.contributions.get(target).copied().unwrap_or(0);
                    let mutability = (count > 1).then(|| quote!(mut));
                    if let Some(want) = want {
                        quote!(let #mutability #name = if #want { #value } else { #placeholder };)
                    } else {
                        quote!(let #mutability #name = #value;)
                    }
                } else {
                    let place = place_expr(&name, projections);
                    let write =
                        if *assign { quote!(#place = #value;) } else { quote!(#place += #value;) };
                    if let Some(want) = want { quote!(if #want { #write }) } else { write }
                }
            }
            Step::If { node, then_steps, else_steps } => {
                let flag = &self.function.vars[node.flag].name;
                let then_tokens = self.steps(then_steps, backward);
                let else_tokens = self.steps(else_steps, backward);
                if else_tokens.is_empty() {
                    quote!(if #flag { #then_tokens })
                } else {
                    quote!(if #flag { #then_tokens } else { #else_tokens })
                }
            }
            Step::For { node, body, running } => self.for_steps(node, body, running, backward),
        }
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
        let befores: Vec<Ident> = node
            .carried
            .iter()
            .map(|carried| self.function.vars[carried.before].name.clone())
            .collect();
        let restores = node.carried.iter().map(|carried| {
            let storage = &self.function.vars[carried.storage].name;
            let before = &self.function.vars[carried.before].name;
            quote!(#storage = #before;)
        });
        let restores: Vec<TokenStream> = restores.collect();
        let body_tokens = self.steps(body, backward);
        let residuals = self.residuals(node, &body_tokens);
        let kept: Vec<TokenStream> = residuals
            .iter()
            .map(|residual| {
                let name = &residual.name;
                if residual.mutable { quote!(mut #name) } else { quote!(#name) }
            })
            .collect();
        self.residuals.insert(tape.to_string(), residuals);
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
            for (#index, #(#befores,)* #(#kept),*) in #tape.into_iter().rev() {
                #(#restores)*
                #body_tokens
                #(#handoffs)*
            }
        }
    }

    /// The values of one iteration of `node` that its backward pass (`body_tokens`) reads:
    /// everything the body defines at its top level (variables, branch flags, pullbacks of
    /// calls, inner loops' tapes) whose name the backward pass mentions. Names are unique in
    /// the generated code, so a mention is a read.
    fn residuals(&self, node: &For, body_tokens: &TokenStream) -> Vec<Residual> {
        let mut mentioned = HashSet::new();
        collect_idents(body_tokens.clone(), &mut mentioned);
        // By name: an inner loop's storage and the value after it share one.
        let ends: HashSet<String> = node
            .carried
            .iter()
            .map(|carried| self.function.vars[carried.end].name.to_string())
            .collect();
        let mut residuals = Vec::new();
        let mut keep = |name: &Ident, copied: bool, mutable: bool| {
            if mentioned.contains(&name.to_string()) {
                residuals.push(Residual { name: name.clone(), copied, mutable });
            }
        };
        for stmt in &node.body {
            match stmt {
                Stmt::Let { var, value, .. } => {
                    let variable = &self.function.vars[*var];
                    keep(
                        &variable.name,
                        ends.contains(&variable.name.to_string()),
                        variable.mutable,
                    );
                    if let Value::Op(op) = value {
                        if let Some((pullback, _)) = self.pulled.get(&op_key(op)) {
                            keep(pullback, false, false);
                        }
                    }
                }
                Stmt::If(inner) => {
                    keep(&self.function.vars[inner.flag].name, false, false);
                    for output in &inner.outputs {
                        let variable = &self.function.vars[output.var];
                        keep(
                            &variable.name,
                            ends.contains(&variable.name.to_string()),
                            variable.mutable,
                        );
                    }
                }
                Stmt::For(inner) => keep(&inner.tape, false, false),
                Stmt::Assert(_) => {}
            }
        }
        residuals
    }

    /// A reference to a value shaped like `var`'s, for `zeros_like`.
    fn shape_reference(&self, var: VarId) -> TokenStream {
        let var = self.restores.get(&var).copied().unwrap_or(var);
        self.reference(&Operand::Var(var))
    }

    fn contribution(&mut self, contribution: &Contribution, backward: &Backward) -> TokenStream {
        match contribution {
            Contribution::Back { op, position, out, d_out } => {
                let index = format_ident!("back_{position}");
                let args: Vec<TokenStream> =
                    op.args.iter().map(|arg| self.backward_arg(arg)).collect();
                let out_ref = self.reference(&Operand::Var(*out));
                let d_out = self.adjoint_reference(*d_out);
                match &op.rule {
                    Rule::Builtin(name) => {
                        let rules = &self.rules;
                        let rule = format_ident!("{}", name);
                        respan(quote!(#rules::#rule::#index(#(#args,)* #out_ref, #d_out)), op.span)
                    }
                    Rule::Call(path) => {
                        respan(quote!(#path::#index(#(#args,)* #out_ref, #d_out)), op.span)
                    }
                }
            }
            Contribution::Part { op, position, .. } => {
                self.parts.get(&(op_key(op), *position)).to_token_stream()
            }
            Contribution::Adjoint(var) => self.adjoint_owned(*var),
            Contribution::Map { map, d_out, body } => {
                let matrix = self.value_expr(&map.matrix);
                let param = self.function.vars[map.param].name.clone();
                let d_out_matrix = self.adjoint_reference(*d_out);
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
                    quote!(#rules::zeros_like(&#param))
                };
                quote_spanned!(map.span=> #matrix.zip_map(#d_out_matrix, |#param, #d_result| {
                    #body_tokens
                    #gradient
                }))
            }
        }
    }

    // ---- comments -------------------------------------------------------------------------

    fn show_stmt(&self, stmt: &Stmt) -> String {
        match stmt {
            Stmt::Let { var, value, .. } => {
                let name = &self.function.vars[*var].name;
                let shown = match value {
                    Value::Op(op) => self.show_op(op),
                    Value::Copy(operand) => self.show_operand(operand),
                    Value::Map(map) => format!(
                        "{}.map(|{}| …)",
                        self.show_operand(&map.matrix),
                        self.function.vars[map.param].name
                    ),
                    Value::Const(expr) => show_expr(expr),
                };
                format!("{name} = {shown}")
            }
            Stmt::If(node) => format!("if {} {{ … }} else {{ … }}", show_expr(&node.condition)),
            Stmt::For(node) => format!(
                "for {} in {} {{ … }}",
                self.function.vars[node.index].name,
                show_expr(&node.range)
            ),
            Stmt::Assert(mac) => show_tokens(&mac.to_token_stream()),
        }
    }

    fn show_operand(&self, operand: &Operand) -> String {
        match operand {
            Operand::Var(var) => self.function.vars[*var].name.to_string(),
            Operand::Place(var, projections) => {
                show_expr(&place_expr(&self.function.vars[*var].name, projections))
            }
            Operand::Const(expr) => show_expr(expr),
        }
    }

    /// An operand as it reads beside an operator or before a method: a compound constant keeps
    /// its parentheses (`acc_x + (k as f64 + 1.0)`).
    fn show_grouped(&self, operand: &Operand) -> String {
        match operand {
            Operand::Const(expr) if !is_simple(expr) => format!("({})", show_expr(expr)),
            _ => self.show_operand(operand),
        }
    }

    fn show_op(&self, op: &Op) -> String {
        let operands: Vec<&Operand> = op.args.iter().map(|arg| &arg.operand).collect();
        match &op.rule {
            Rule::Builtin(name) => match (*name, operands.as_slice()) {
                (operator @ ("add" | "sub" | "mul" | "div"), [a, b]) => {
                    let symbol = match operator {
                        "add" => "+",
                        "sub" => "-",
                        "mul" => "*",
                        _ => "/",
                    };
                    format!("{} {symbol} {}", self.show_grouped(a), self.show_grouped(b))
                }
                ("neg", [a]) => format!("-{}", self.show_grouped(a)),
                ("component_mul" | "component_div" | "dot", [a, b]) => {
                    format!("{}.{name}(&{})", self.show_grouped(a), self.show_grouped(b))
                }
                (_, [receiver, rest @ ..]) => {
                    let rest: Vec<String> = rest.iter().map(|arg| self.show_operand(arg)).collect();
                    format!("{}.{name}({})", self.show_grouped(receiver), rest.join(", "))
                }
                _ => (*name).to_owned(),
            },
            Rule::Call(path) => {
                let args: Vec<String> = op
                    .args
                    .iter()
                    .map(|arg| {
                        let shown = self.show_operand(&arg.operand);
                        if arg.by_ref { format!("&{shown}") } else { shown }
                    })
                    .collect();
                format!("{}({})", show_tokens(&path.to_token_stream()), args.join(", "))
            }
        }
    }
}

/// Every identifier in `tokens`.
fn collect_idents(tokens: TokenStream, idents: &mut HashSet<String>) {
    for tree in tokens {
        match tree {
            proc_macro2::TokenTree::Ident(ident) => {
                idents.insert(ident.to_string());
            }
            proc_macro2::TokenTree::Group(group) => collect_idents(group.stream(), idents),
            _ => {}
        }
    }
}

/// An operation's identity while the function is borrowed: its address.
fn op_key(op: &Op) -> usize {
    std::ptr::from_ref(op) as usize
}

/// Every `Pull` in `steps`, nested ones too: the call, its result, and the argument positions
/// that get an adjoint from it.
fn pulls<'f>(steps: &[Step<'f>], found: &mut Vec<(&'f Op, VarId, Vec<usize>)>) {
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
            | Step::For { body, .. } => pulls(body, found),
            Step::If { then_steps, else_steps, .. } => {
                pulls(then_steps, found);
                pulls(else_steps, found);
            }
            _ => {}
        }
    }
}

fn count_contributions(steps: &[Step], var: VarId) -> usize {
    steps
        .iter()
        .map(|step| match step {
            Step::Contribute { target, .. } if *target == var => 1,
            Step::If { then_steps, else_steps, .. } => {
                count_contributions(then_steps, var) + count_contributions(else_steps, var)
            }
            Step::For { body, .. } => count_contributions(body, var),
            _ => 0,
        })
        .sum()
}

/// True when `block` (at its top level) defines `var`.
fn defines(block: &Block, var: VarId) -> bool {
    block.iter().any(|stmt| match stmt {
        Stmt::Let { var: defined, .. } => *defined == var,
        Stmt::If(node) => node.outputs.iter().any(|output| output.var == var),
        Stmt::For(node) => node.carried.iter().any(|carried| carried.after == var),
        Stmt::Assert(_) => false,
    })
}

fn collect_restores(block: &Block, restores: &mut HashMap<VarId, VarId>) {
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

fn is_simple(expr: &Expr) -> bool {
    matches!(expr, Expr::Lit(_) | Expr::Path(_) | Expr::Field(_) | Expr::Index(_) | Expr::Paren(_))
        || matches!(expr, Expr::Unary(unary) if matches!(&*unary.expr, Expr::Lit(_)))
}

/// An expression as a person would write it on one line.
pub fn show_expr(expr: &Expr) -> String {
    let file: syn::File = syn::parse_quote!(fn shown() { let _ = #expr; });
    let text = prettyplease::unparse(&file);
    let joined = text.lines().map(str::trim).collect::<Vec<_>>().join(" ");
    joined
        .trim_start_matches("fn shown() { let _ = ")
        .trim_end_matches(" }")
        .trim_end_matches(';')
        .to_owned()
}

fn show_tokens(tokens: &TokenStream) -> String {
    match syn::parse2::<Expr>(tokens.clone()) {
        Ok(expr) => show_expr(&expr),
        Err(_) => tokens.to_string(),
    }
}
