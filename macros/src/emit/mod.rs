//! Emission: the generated module as tokens, and the same module as `SOURCE` text.
//!
//! In: a lowered [`Function`]. Out: the original function unchanged, then a module of the same
//! name holding `Grad`, `grad`, `vjp`, `forward`, `pullback`, `back_<i>`, `check`, `graph` (with
//! `#[differentiable(graph)]`; else a stand-in whose call does not compile) and `SOURCE`.
//! The module is built once as tokens with a marker statement before each backward step; the
//! marker becomes a `// comment` in `SOURCE` and is removed from what is compiled, so `SOURCE`
//! is exactly the compiled code plus comments, but for `graph` (a copy of `pullback` that
//! reports what it computes, for drawing, or its stand-in; see `graph.rs`), which is compiled
//! and not shown. Every rule call carries the span of the user's expression, so a type error
//! lands on the user's line.
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
//! - An adjoint that only some parameters need ([`guards`](crate::reverse::guards)) is computed under
//!   `if want_a || want_b { … } else { rules::unused() }`: a caller that passes a constant gets
//!   no work done for it, down to the first layer's `d_x`.
//! - A call of a function that is not a runtime primitive is
//!   `let (h, pullback_h) = rules::pullback!(f; a0 want0 back_0, …)(args…);` in the forward
//!   pass and `let (d_a, d_b) = pullback_h(&a, &b, &h, &d_h, want_a, want_b);` in the backward
//!   pass. The macro (`core/src/generated.rs`) uses `f::pullback` when the module `f` has one
//!   and otherwise builds it from a hand-written rule's `back_<i>`.
//! - A loop's tape holds, per iteration, the overwritten values and the residuals: every
//!   value the body defines that the iteration's backward steps mention. The backward steps are
//!   emitted first, so the forward knows what to push. The value an iteration ends with (`h_2`
//!   in `h = h_2`) is not copied onto the tape where the storage is known to hold it at the top
//!   of the reversed iteration: `let h_2 = ::std::mem::replace(&mut h, h_before);` takes it back
//!   while restoring the storage (the conditions are in `recovered`). A restore that nothing
//!   in the backward pass reads (its storage name occurs nowhere else in it) is left out, and
//!   the tape does not keep the value it restored (`Emitter::backward_steps`). So is an element
//!   write's restore `m[(i, j)] = m_before;` when every read of `m` in the backward pass comes
//!   in a top-level statement before the first that restores it (`mse(&out, y)`'s pullback
//!   before the loop that wrote `out`), with the overwritten element it kept.
//! - A step mentions only what its rule reads ([`Pull`](crate::ir::Pull)): `*` goes through
//!   `rules::mul::pull_<i>(a, b, d_out)` (its adjoints never read the result); `/` through
//!   `rules::div::pull_0(b, d_out)` and `pull_1(b, c, d_out)` (never the numerator); `sqrt`,
//!   `tanh`, `exp` through `pull_0(out, d_out)` (never the input); `+` and `-`
//!   through `rules::add::pull_<i>(d_out)`, naming neither operand, where the adjoint's type is
//!   fixed by where it goes (a rule's `d_out`, a returned parameter adjoint; see
//!   `Emitter::typed_by_use`), else `pull_<i>_like(operand, d_out)`, which names the operand
//!   for its type (the rules' bounds make a wrong `m + v` fail once, as in the forward); the
//!   left operand's adjoint is `d_out` itself, moved (after the right one's read it), where
//!   `d_out` is the result's own adjoint, or a loop's running one that the iteration's backward
//!   sweep mentions no more before its hand-off assigns it again (`reverse::running_moves`
//!   has the reasoning, nested loops included); `add_bias`'s
//!   bias through `add_bias::pull_1(d_out)`, and its matrix's adjoint is `d_out` itself, moved
//!   (the step comes last, so it is the adjoint's last read). An intermediate that nothing else
//!   reads is consumed by `add_bias::in_place(m, b)` instead of copied. So the pullback keeps,
//!   and a loop's tape holds, fewer values, and a call allocates no more than hand-written code.
//! - Generated bodies never glob-import the user's module over a name of the function: the
//!   user's names keep their meaning (a parameter `a` beside a `fn a`).
//! - The module imports by name what its signatures use and the runtime's primitives the body
//!   calls (`use super::{DMatrix, sigmoid};`); only `pullback`, which runs the user's code,
//!   glob-imports the user's module, inside its own body (see [`hygiene::user_imports`] for
//!   why).
//! - An `if` whose arms' reversals read values the arms computed hands out, beside its values,
//!   the arm that ran holding them: `let (y, branch) = if rules::branch(c) { …; (y_1,
//!   rules::Arm::Then(t)) } else { …; (y_2, rules::Arm::Else(())) };`, and the backward pass
//!   `match branch { rules::Arm::Then(t) => { … } rules::Arm::Else(()) => { … } }` runs no
//!   forward rule. An arm saves only what its own steps read (`backward::Emitter::kept`): a
//!   nested `if`'s arm, a loop's tape (a loop inside an arm records it in the forward pass like
//!   any other), a value the arm also hands out (then a copy goes out). When no arm saves
//!   anything the flag stays a `bool` and the reversal an `if`. The checker's
//!   `rules::branch(c)` wraps the condition either way.
//! - A `map` whose elements' reversal reads values the closure computed records them per
//!   element: `let mut tape = Vec::with_capacity(m.len());` and `tape.push((v, t));` in the
//!   closure, and the backward pass walks the elements' adjoints with them,
//!   `rules::map_back(&d_out, tape, |d_r, (v, t)| { … d_v })` (nalgebra's `map` visits the
//!   elements column by column, and so does `map_back`). When only the element itself is read,
//!   no tape: `m.zip_map(&d_out, |v, d_r| …)`; when nothing is, `d_out.map(|d_r| …)`.
//! - A write into an element is done in place: `let out_before = out[(i, j)]; out[(i, j)] = v;`
//!   forward, and `out[(i, j)] = out_before; let d_v = d_out[(i, j)]; d_out[(i, j)] = 0.0;`
//!   backward, so the steps reversed after it read the storage as it was, and the overwritten
//!   element gets no adjoint through that position.
//! - A `map` closure that reads a value from outside (a bias, a mean) adds that value's adjoint
//!   inside the backward `zip_map` closure (`d_b += …`), declared zero before it: the sum over
//!   the elements.
//!
//! # The files
//!
//! This file holds the [`Emitter`] and puts the module together. `items` writes the module's
//! items (`Grad`, `grad`, `vjp`, `forward`, `pullback`, `back_<i>`, `check`, stand-ins),
//! `forward` the forward pass, `backward` the backward steps and loop tapes, `recovered` when a
//! loop's end value comes back from its storage instead of the tape, `operands` how an
//! operand or adjoint is written (by value, by reference, cloned), `source` the `SOURCE` text,
//! `text` the text of the items of fixed shape written directly (no parsing or printing),
//! `hygiene` the user's names as the module sees them, `stub` the module emitted when
//! lowering fails, and `graph` the `graph` function (compiled, not part of `SOURCE`).

mod backward;
mod forward;
mod graph;
mod hygiene;
mod items;
mod operands;
mod recovered;
mod source;
mod stub;
mod text;

pub use hygiene::keep_user_names;
use hygiene::user_imports;
pub use stub::stub;

use std::collections::{BTreeMap, HashMap, HashSet};

use proc_macro2::{Ident, TokenStream};
use quote::quote;

use crate::ir::{Function, Op, VarId};
use crate::names::Names;

use backward::{Residual, collect_computed, collect_restores};
use source::render;
use text::{Item, Kind, super_imports};

/// The marker statement that becomes a `// comment` in `SOURCE`.
const MARKER: &str = "__backprop_step";

/// The tokens replacing the user's function: the function itself and its module.
pub fn expand(function: &Function, with_graph: bool) -> TokenStream {
    let item = &function.item;
    let mut emitter = Emitter::new(function);
    let module = crate::timing::phase("items", || emitter.module());
    let (compiled, source) = match render(&module) {
        Ok(rendered) => rendered,
        Err(error) => return quote!(#item #error),
    };
    let graph = if with_graph {
        crate::timing::phase("graph", || graph::emit(function))
    } else {
        graph::not_requested(function)
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
            #graph
            /// The code of this module, as compiled, with each backward step commented with the
            /// forward line it reverses.
            pub const SOURCE: &str = #source;
        }
    }
}

#[derive(Clone)]
struct Emitter<'f> {
    function: &'f Function,
    names: Names,
    adjoint_names: HashMap<VarId, Ident>,
    rules: Ident,
    /// The name of `back_<i>`'s `out` parameter.
    out: Ident,
    /// The loop storage each `before` variable restores.
    restores: HashMap<VarId, VarId>,
    /// The operation that computes each variable a `let` binds to one.
    computed_by: HashMap<VarId, &'f Op>,
    /// Callees by simple name whose backward the generated code calls: name → the positions
    /// used and the number of arguments of each backward call.
    callees: BTreeMap<String, (HashSet<usize>, usize)>,
    /// Adjoints that are references (the seed of a matrix output, `back_<i>`'s `d_out`).
    ref_adjoints: HashSet<VarId>,
    /// Variables that are references in the code being emitted: inside the pullback, the
    /// parameters passed by value and the output.
    ref_vars: HashSet<VarId>,
    /// Adjoints computed only when some parameters are wanted (see [`guards`](crate::reverse::guards)).
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
    /// The tapes (by name) whose loop's backward pass does not read the index: the index is not
    /// kept on them.
    unread_index: HashSet<String>,
    /// Intermediates that an operation of the forward pass may consume, because nothing else
    /// reads them (`add_bias::in_place(w_x, b)`: no copy of `w_x`).
    consumed: HashSet<VarId>,
    /// Parameter structs whose adjoint starts empty and is completed with zeros at the end
    /// (see [`backward::filled_in`]).
    filled: HashSet<VarId>,
    /// What each arm of an `if` saves for its reversal, by the address of the `If`: the `then`
    /// arm's values and the `else` arm's. An `if` not listed hands out a plain `bool` flag.
    arms: HashMap<usize, (Vec<Residual>, Vec<Residual>)>,
    /// The tape of each `map` whose closure saves values for its reversal, by the address of the
    /// `Map`: its name and what each element pushes.
    map_tapes: HashMap<usize, (Ident, Vec<Residual>)>,
    /// In graph mode (`f::graph`'s copy of the pullback), what to report.
    graph: Option<graph::Recorder>,
    /// Loops (by tape name) whose backward sweep leaves out the restore of a carried variable
    /// (by its storage), and whose tape does not keep the value it would restore: nothing in
    /// the backward pass reads the storage (see [`Emitter::pullback`]).
    unrestored: HashSet<(String, VarId)>,
    /// The restores emitted so far: tape, storage, and the names of the storage and of the
    /// value it is restored to.
    restore_candidates: Vec<(String, VarId, Ident, Ident)>,
    /// Element writes (by their `before` variable) whose reversal leaves out the restore
    /// `m[(i, j)] = m_before;`: nothing after it in the backward pass reads the storage (see
    /// [`Emitter::backward_steps`]).
    unrestored_writes: HashSet<VarId>,
    /// Of those, the ones whose overwritten element the backward pass does not read at all:
    /// the forward pass does not keep it.
    unread_befores: HashSet<VarId>,
    /// The element restores emitted so far: the write's `before`, the storage's name and the
    /// `before`'s name.
    write_restores: Vec<(VarId, Ident, Ident)>,
}

impl<'f> Emitter<'f> {
    fn new(function: &'f Function) -> Self {
        let mut names = function.names.clone();
        let rules = names.fresh("rules");
        let out = names.fresh("out");
        let mut restores = HashMap::new();
        collect_restores(&function.body, &mut restores);
        let mut computed_by = HashMap::new();
        collect_computed(&function.body, &mut computed_by);
        Emitter {
            function,
            names,
            adjoint_names: HashMap::new(),
            rules,
            out,
            restores,
            computed_by,
            callees: BTreeMap::new(),
            ref_adjoints: HashSet::new(),
            ref_vars: HashSet::new(),
            guards: HashMap::new(),
            wants: Vec::new(),
            pulled: HashMap::new(),
            bound: HashSet::new(),
            parts: HashMap::new(),
            residuals: HashMap::new(),
            unread_index: HashSet::new(),
            consumed: HashSet::new(),
            filled: HashSet::new(),
            arms: HashMap::new(),
            map_tapes: HashMap::new(),
            graph: None,
            unrestored: HashSet::new(),
            restore_candidates: Vec::new(),
            unrestored_writes: HashSet::new(),
            unread_befores: HashSet::new(),
            write_restores: Vec::new(),
        }
    }

    /// The module's items in order, those of fixed shape with their `SOURCE` text written.
    fn module(&mut self) -> Vec<Item> {
        let rules = self.rules.clone();
        let grad_struct = self.grad_struct();
        let pullback = self.pullback();
        let vjp = self.vjp();
        let grad = self.grad();
        let forward = self.forward();
        let backs: Vec<Item> =
            self.differentiable().into_iter().map(|index| self.back(index)).collect();
        let check = self.check();
        let fallbacks = self.fallbacks();
        let imports = user_imports(self.function);
        let import_text = super_imports(&imports);
        let mut items = vec![
            module_attributes(),
            Item::written(imports, Kind::Use, import_text),
            Item::written(
                quote!(use ::backprop::__private as #rules;),
                Kind::Use,
                Some(format!("use ::backprop::__private as {rules};\n")),
            ),
            grad_struct,
        ];
        items.extend(grad);
        items.extend([vjp, forward, Item::printed(pullback)]);
        items.extend(backs);
        items.extend([check, Item::printed(fallbacks)]);
        items
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
}

/// The lints allowed in the generated module: those that fire on generated code over every
/// `#[differentiable]` function in the repository (the 300 random programs included), found by
/// building all targets under clippy with no allow and the `pedantic` and `nursery` groups on.
///
/// - `dead_code`: a program uses some of the module's items, rarely all (`grad`, `vjp`, `check`,
///   `back_<i>`, `graph`…). Rustc does not report the unused ones from inside the macro's
///   expansion, but allowed, they count as used, and so does the user's function that `check`
///   calls: without the allow, a function used only through `f::graph` or `f::grad` is
///   reported as never used.
/// - `unused_assignments`: a loop inside an `if` arm that updates a variable the arm defines
///   gets that variable back from the arm's saved values (`rules::Arm::Then((mut h, tape))`)
///   only for the backward sweep to restore it (`h = h_before;`) before reading it.
/// - `non_snake_case`: generated names derive from the user's (`d_W` from a parameter `W`, the
///   module `Foo` from `fn Foo`); the user's own function gets the lint where it is written.
/// - `clippy::too_many_arguments`: `back_<i>` takes the function's arguments, its value and the
///   adjoint, as every rule does.
///
/// Rustc does not report `unused_variables`, `unused_mut` or `unused_imports` inside an
/// attribute macro's expansion, and no other clippy lint fired. The exception is code that
/// carries the user's own spans: the import of the primitives the body calls names them with
/// the user's spans and is unused when the user's module has them, so that import carries its
/// own `#[allow(unused_imports)]` (see `hygiene::user_imports`).
fn module_attributes() -> Item {
    let tokens = quote! {
        #![allow(dead_code, unused_assignments, non_snake_case, clippy::too_many_arguments)]
    };
    let text =
        "#![allow(dead_code, unused_assignments, non_snake_case, clippy::too_many_arguments)]";
    Item::written(tokens, Kind::Attributes, Some(text.to_owned()))
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

/// How many times each identifier occurs in `tokens`.
fn count_idents(tokens: TokenStream, counts: &mut HashMap<String, usize>) {
    for tree in tokens {
        match tree {
            proc_macro2::TokenTree::Ident(ident) => {
                *counts.entry(ident.to_string()).or_default() += 1;
            }
            proc_macro2::TokenTree::Group(group) => count_idents(group.stream(), counts),
            _ => {}
        }
    }
}

/// An operation's identity while the function is borrowed: its address.
fn op_key(op: &Op) -> usize {
    std::ptr::from_ref(op) as usize
}

#[cfg(test)]
mod tests;
