//! `f::graph(args…)`: the function's computational graph at a point, for drawing, generated
//! when the attribute asks for it (`#[differentiable(graph)]`).
//!
//! In: a lowered [`Function`]. Out: a `graph` function for the generated module, compiled but
//! not part of `SOURCE`; without `graph` in the attribute, a stand-in whose call fails to
//! compile with a message that says how to ask for it ([`not_requested`]). The `graph`
//! function declares the graph's nodes once (a `static` spec: parameters, one node per
//! operation named like the source's variable, a cluster per loop, the arm of a branch each
//! node is in), then runs a copy of `pullback` instrumented to report each value
//! right after the forward pass binds it and each adjoint where the backward pass has
//! completed it (the step reversing the statement that defined it), and returns the
//! recorder's `Graph`. The instrumentation is made by the same emitter in graph mode
//! ([`Recorder`]), so the copy is the pullback's code plus the reporting lines.
//!
//! Loops are drawn once: a loop's nodes form a cluster showing the last iteration's values and
//! adjoints; a variable the loop updates appears before the loop (its first value) and after
//! it (the last iteration's). A branch draws the arm taken. A call of another
//! `#[differentiable]` function is one node.

use std::collections::HashMap;

use proc_macro2::{Ident, TokenStream};
use quote::{format_ident, quote};

use super::Emitter;
use super::backward::if_key;
use super::operands::Wanted;
use super::source::{private_copy, show_expr};
use crate::ir::{Block, Function, Operand, Origin, ParamClass, Stmt, Value, VarId};
use crate::reverse::{Contribution, Step};

/// What the emitter in graph mode knows: the node of each variable, the index of each branch.
#[derive(Clone)]
pub struct Recorder {
    nodes: HashMap<VarId, usize>,
    /// Branches by the address of their `If`.
    branches: HashMap<usize, usize>,
}

/// The declared graph: nodes, clusters, branches, and the tables the recorder needs.
struct Declared {
    nodes: Vec<TokenStream>,
    clusters: Vec<String>,
    /// For each branch, the arm it is in.
    branches: Vec<Option<(usize, bool)>>,
    recorder: Recorder,
    /// The display name (the source's name where it has one) of each variable that has a node,
    /// by the variable's name in the generated code: kept as nodes are added, so that labelling
    /// a statement costs its own length, not the number of nodes before it.
    renames: HashMap<String, String>,
}

/// The stand-in `graph` of a function whose attribute did not ask for one: generic in each
/// argument, with a bound no type meets on the first (`backprop::__private::graph::Requested`),
/// so `f::graph(…)` fails with that trait's message, which names `#[differentiable(graph)]`,
/// instead of "cannot find function `graph`". It costs rustc one short generic function. A
/// function without parameters gets none (there is no argument to carry the bound).
pub fn not_requested(function: &Function) -> TokenStream {
    if function.params.is_empty() {
        return TokenStream::new();
    }
    let types: Vec<Ident> =
        (0..function.params.len()).map(|index| format_ident!("A{index}")).collect();
    let first = &types[0];
    let rest = &types[1..];
    quote! {
        #[doc(hidden)]
        pub fn graph<#first: ::backprop::__private::graph::Requested, #(#rest),*>(
            first: #first,
            #(_: #rest),*
        ) -> ::backprop::graph::Graph {
            ::backprop::__private::graph::not_requested(first)
        }
    }
}

/// The `graph` function of `function`'s module, markers removed.
pub fn emit(function: &Function) -> TokenStream {
    let mut declared = Declared {
        nodes: Vec::new(),
        clusters: Vec::new(),
        branches: Vec::new(),
        recorder: Recorder { nodes: HashMap::new(), branches: HashMap::new() },
        renames: HashMap::new(),
    };
    let mut emitter = Emitter::new(function);
    declared.params(&emitter);
    declared.block(&emitter, &function.body, None, None);
    let output = function.result.root().and_then(|var| declared.recorder.nodes.get(&var).copied());
    emitter.graph = Some(Recorder {
        nodes: declared.recorder.nodes.clone(),
        branches: declared.recorder.branches.clone(),
    });
    let pullback = emitter.pullback();
    let recording_name = emitter.names.fresh("recording");
    let Some(recording) = private_copy(pullback, &recording_name) else {
        return TokenStream::new();
    };
    emitter.wrapper(&declared, &recording, &recording_name, output)
}

impl Declared {
    fn add(&mut self, var: VarId, emitter: &Emitter, node: Node) -> usize {
        let index = self.nodes.len();
        let Node { label, kind, inputs, cluster, arm } = node;
        let variable = &emitter.function.vars[var];
        let stored = crate::names::unraw(&variable.name);
        let source = match variable.origin {
            Origin::Param(index) => {
                Some(crate::names::unraw(&emitter.function.params[index].ident))
            }
            Origin::Local => emitter.function.names.source(&stored).map(ToOwned::to_owned),
        };
        let named = source.is_some();
        let name = source.unwrap_or_else(|| stored.clone());
        let kind = format_ident!("{kind}");
        let cluster = option(cluster.map(|cluster| quote!(#cluster)));
        let arm = option(arm.map(|(branch, side)| quote!((#branch, #side))));
        self.nodes.push(quote! {
            ::backprop::graph::recording::NodeSpec {
                name: #name,
                label: #label,
                kind: ::backprop::graph::NodeKind::#kind,
                named: #named,
                inputs: &[#(#inputs),*],
                cluster: #cluster,
                arm: #arm,
            }
        });
        self.renames.insert(stored, name);
        self.recorder.nodes.insert(var, index);
        index
    }

    fn params(&mut self, emitter: &Emitter) {
        for param in &emitter.function.params {
            let ty = &param.ty;
            let label = format!("{}: {}", crate::names::unraw(&param.ident), show_type(ty));
            let kind = if param.differentiable { "Parameter" } else { "Constant" };
            let node = Node { label, kind, inputs: Vec::new(), cluster: None, arm: None };
            self.add(param.var, emitter, node);
        }
    }

    fn inputs(&self, operands: &[&Operand]) -> Vec<usize> {
        operands
            .iter()
            .filter_map(|operand| operand.root())
            .filter_map(|var| self.recorder.nodes.get(&var).copied())
            .collect()
    }

    /// `name = shown`, with every variable that has a node called by its display name.
    fn label(&self, emitter: &Emitter, stmt: &Stmt, own: VarId) -> String {
        let shown = emitter.show_stmt(stmt);
        let own_name = crate::names::unraw(&emitter.function.vars[own].name);
        let own_display = emitter.function.names.source(&own_name);
        rename_words(&shown, |word| match own_display {
            Some(display) if word == own_name => Some(display),
            _ => self.renames.get(word).map(String::as_str),
        })
    }

    fn block(
        &mut self,
        emitter: &Emitter,
        block: &Block,
        cluster: Option<usize>,
        arm: Option<(usize, bool)>,
    ) {
        for stmt in block {
            match stmt {
                Stmt::Let { var, value, .. } => {
                    let (kind, operands): (&str, Vec<&Operand>) = match value {
                        Value::Const(_) if !emitter.function.vars[*var].active => {
                            ("Constant", Vec::new())
                        }
                        Value::Const(_) => ("Operation", Vec::new()),
                        Value::Op(op) => {
                            let kind = if op.calls_function() { "Call" } else { "Operation" };
                            (kind, op.args.iter().map(|arg| &arg.operand).collect())
                        }
                        Value::Copy(operand) => ("Operation", vec![operand]),
                        Value::Map(map) => ("Operation", vec![&map.matrix]),
                    };
                    let label = self.label(emitter, stmt, *var);
                    let inputs = self.inputs(&operands);
                    self.add(*var, emitter, Node { label, kind, inputs, cluster, arm });
                }
                Stmt::If(node) => {
                    let branch = self.branches.len();
                    self.branches.push(arm);
                    self.recorder.branches.insert(std::ptr::from_ref(&**node) as usize, branch);
                    self.block(emitter, &node.then_block, cluster, Some((branch, true)));
                    self.block(emitter, &node.else_block, cluster, Some((branch, false)));
                    let condition = show_expr(&node.condition);
                    for output in &node.outputs {
                        let own = crate::names::unraw(&emitter.function.vars[output.var].name);
                        let name = emitter.function.names.source(&own).unwrap_or(&own).to_owned();
                        let label = format!("{name} = if {condition} {{ … }} else {{ … }}");
                        let inputs = self.inputs(&[&output.then_value, &output.else_value]);
                        self.add(
                            output.var,
                            emitter,
                            Node { label, kind: "Operation", inputs, cluster, arm },
                        );
                    }
                }
                Stmt::For(node) => {
                    let index = crate::names::unraw(&emitter.function.vars[node.index].name);
                    let label =
                        format!("for {index} in {} (last iteration)", show_expr(&node.range));
                    let own = self.clusters.len();
                    self.clusters.push(label);
                    self.block(emitter, &node.body, Some(own), arm);
                    for carried in &node.carried {
                        if let Some(&end) = self.recorder.nodes.get(&carried.end) {
                            self.recorder.nodes.insert(carried.after, end);
                        }
                    }
                }
                // An element write changes a value that has its node already; the drawing
                // shows that value as it is at the end.
                Stmt::Write(_) | Stmt::Assert(_) => {}
            }
        }
    }
}

/// A type as written: `&DMatrix<f64>`, not the token stream's `& DMatrix < f64 >`.
fn show_type(ty: &syn::Type) -> String {
    let spaced = quote!(#ty).to_string();
    let mut shown = String::with_capacity(spaced.len());
    let mut chars = spaced.chars().peekable();
    while let Some(c) = chars.next() {
        let next = chars.peek().copied();
        let glued = c == ' '
            && (matches!(next, Some('<' | '>' | ',' | ']' | ')'))
                || shown.ends_with(['<', '&', '[', '(']));
        if !glued {
            shown.push(c);
        }
    }
    shown
}

/// A node before it is declared.
struct Node {
    label: String,
    kind: &'static str,
    inputs: Vec<usize>,
    cluster: Option<usize>,
    arm: Option<(usize, bool)>,
}

fn option(value: Option<TokenStream>) -> TokenStream {
    value.map_or_else(
        || quote!(::core::option::Option::None),
        |value| quote!(::core::option::Option::Some(#value)),
    )
}

/// `text` with each identifier found in `names` replaced by its value.
fn rename_words<'a>(text: &str, names: impl Fn(&str) -> Option<&'a str>) -> String {
    let mut out = String::with_capacity(text.len());
    let mut word = String::new();
    let mut after_dot = false;
    let flush = |word: &mut String, out: &mut String, after_dot: bool| {
        match names(word.as_str()) {
            Some(name) if !after_dot => out.push_str(name),
            _ => out.push_str(word),
        }
        word.clear();
    };
    for c in text.chars() {
        if c.is_alphanumeric() || c == '_' {
            word.push(c);
        } else {
            flush(&mut word, &mut out, after_dot);
            after_dot = c == '.';
            out.push(c);
        }
    }
    flush(&mut word, &mut out, after_dot);
    out
}

impl Emitter<'_> {
    /// In graph mode, the line reporting the value `stmt` just bound (and the arm a branch
    /// took); nothing otherwise.
    pub(super) fn record_value(&self, stmt: &Stmt) -> TokenStream {
        let Some(recorder) = &self.graph else { return TokenStream::new() };
        let rules = &self.rules;
        // A value a parameter flows into is a float, a matrix or a `Params` struct; constants
        // (sizes, labels) are drawn without one.
        let report = |var: VarId| {
            let node = recorder.nodes.get(&var)?;
            let value = self.operand(&Operand::Var(var), Wanted::Reference);
            self.function.vars[var].active.then(|| quote!(#rules::graph::value(#node, #value);))
        };
        match stmt {
            Stmt::Let { var, .. } => report(*var).unwrap_or_default(),
            Stmt::If(node) => {
                let reports = node.outputs.iter().filter_map(|output| report(output.var));
                let taken =
                    recorder.branches.get(&(std::ptr::from_ref(&**node) as usize)).map(|branch| {
                        let flag = &self.function.vars[node.flag].name;
                        // The flag is the arm that ran when an arm saves values for its reversal.
                        if self.arms.contains_key(&if_key(node)) {
                            quote!(#rules::graph::taken(#branch, #flag.is_then());)
                        } else {
                            quote!(#rules::graph::taken(#branch, #flag);)
                        }
                    });
                quote!(#taken #(#reports)*)
            }
            Stmt::For(_) | Stmt::Write(_) | Stmt::Assert(_) => TokenStream::new(),
        }
    }

    /// In graph mode, after the comment of the step reversing `stmt`, the line reporting the
    /// adjoint of the value `stmt` defined: complete here, since every reader of the value was
    /// reversed before. `following` are the steps after the comment; the first that reads an
    /// adjoint names the variable holding it (a loop's running adjoint, say).
    pub(super) fn record_adjoint(&mut self, stmt: &Stmt, following: &[Step]) -> TokenStream {
        let Some(recorder) = &self.graph else { return TokenStream::new() };
        let rules = self.rules.clone();
        let mut reports: Vec<(usize, VarId)> = Vec::new();
        match stmt {
            Stmt::Let { var, .. } => {
                if let (Some(&node), Some(holder)) =
                    (recorder.nodes.get(var), adjoint_read(*var, following))
                {
                    reports.push((node, holder));
                }
            }
            Stmt::If(node) => {
                for output in &node.outputs {
                    if let Some(&index) = recorder.nodes.get(&output.var) {
                        reports.push((index, output.var));
                    }
                }
            }
            Stmt::For(_) | Stmt::Write(_) | Stmt::Assert(_) => {}
        }
        let mut tokens = TokenStream::new();
        for (node, holder) in reports {
            // Only an adjoint some step already bound is in scope here.
            if self.adjoint_names.contains_key(&holder) {
                let adjoint = self.adjoint_reference(holder);
                tokens.extend(quote!(#rules::graph::adjoint(#node, #adjoint);));
            }
        }
        tokens
    }

    /// `pub fn graph(args…) -> Graph`: declare, run the instrumented pullback, seed it with
    /// ones, report the parameters' adjoints, return the recording.
    fn wrapper(
        &mut self,
        declared: &Declared,
        recording: &TokenStream,
        recording_name: &Ident,
        output: Option<usize>,
    ) -> TokenStream {
        let rules = self.rules.clone();
        let function_name = crate::names::unraw(&self.function.item.sig.ident);
        let spec = self.names.fresh("GRAPH");
        let session = self.names.fresh("session");
        let value = self.names.fresh("value");
        let seed = self.names.fresh("seed");
        let pullback = self.names.fresh("pullback");
        let params = self.declared_params();
        let args = self.owned_args();
        let refs = self.reference_args();
        let ty = self.function.output.ty.clone();
        let nodes = &declared.nodes;
        let clusters = &declared.clusters;
        let branches = declared
            .branches
            .iter()
            .map(|arm| option(arm.map(|(branch, side)| quote!((#branch, #side)))));
        let output = option(output.map(|output| quote!(#output)));
        let param_values: Vec<TokenStream> = self
            .function
            .params
            .iter()
            .filter_map(|param| {
                let node = declared.recorder.nodes.get(&param.var)?;
                let value = self.operand(&Operand::Var(param.var), Wanted::Reference);
                // A struct outside `wrt(…)` need not be `Params`: drawn without a value.
                let shown = param.differentiable
                    || matches!(param.class, ParamClass::Scalar | ParamClass::Tensor);
                shown.then(|| quote!(#rules::graph::value(#node, #value);))
            })
            .collect();
        let wants = self.function.params.iter().map(|param| param.differentiable);
        let adjoints: Vec<Ident> = self
            .function
            .params
            .iter()
            .map(|param| self.names.fresh(&format!("d_{}", crate::names::unraw(&param.ident))))
            .collect();
        let param_adjoints =
            self.function.params.iter().zip(&adjoints).filter_map(|(param, adjoint)| {
                let node = declared.recorder.nodes.get(&param.var)?;
                param.differentiable.then(|| quote!(#rules::graph::adjoint(#node, &#adjoint);))
            });
        let doc = format!(
            " The computational graph of `{function_name}` at this point: each operation a \
             node named like the source's variable, with its value and its adjoint (for a \
             matrix output, the adjoint of the sum of its entries). Draw it with \
             `.to_dot()` or `.to_svg()`."
        );
        quote! {
            #[doc = #doc]
            pub fn graph(#(#params),*) -> ::backprop::graph::Graph {
                static #spec: ::backprop::graph::recording::Spec = ::backprop::graph::recording::Spec {
                    name: #function_name,
                    nodes: &[#(#nodes),*],
                    clusters: &[#(#clusters),*],
                    branches: &[#(#branches),*],
                    output: #output,
                };
                #recording
                let #session = #rules::graph::start(&#spec);
                #(#param_values)*
                let (#value, #pullback) = #recording_name(#(#args),*);
                #session.backward();
                let #seed: #ty = #rules::graph::seed(&#value);
                let (#(#adjoints,)*) = #pullback(#(#refs,)* &#value, &#seed, #(#wants),*);
                #(#param_adjoints)*
                #session.finish()
            }
        }
    }
}

/// The variable whose adjoint the steps reversing a statement that defined `var` read first.
fn adjoint_read(var: VarId, following: &[Step]) -> Option<VarId> {
    for step in following {
        match step {
            Step::Comment(_) => return None,
            Step::Pull { out, d_out, .. } if *out == var => return Some(*d_out),
            Step::Contribute { value, .. } => match value {
                Contribution::Back { out, d_out, .. } if *out == var => return Some(*d_out),
                Contribution::Map { d_out, .. } | Contribution::Part { d_out, .. } => {
                    return Some(*d_out);
                }
                Contribution::Adjoint(source) => return Some(*source),
                Contribution::Back { .. } | Contribution::Element { .. } => {}
            },
            _ => {}
        }
    }
    None
}
