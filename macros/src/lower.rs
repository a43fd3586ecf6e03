//! Lowering: the user's `syn` function to the A-normal-form IR of `ir.rs`.
//!
//! In: the function and the attribute's arguments. Out: an [`ir::Function`], or every error
//! found, each spanned on the construct it is about and saying what to write instead. Nothing
//! here panics: unsupported syntax is an error value.
//!
//! Activity analysis happens as the body is read: a variable is active when a differentiable
//! parameter flows into it. Expressions that read no active variable stay as the user wrote
//! them (renamed where a binding was shadowed) and cost no adjoint work.

use std::collections::{BTreeSet, HashMap, HashSet};

use proc_macro2::{Span, TokenStream};
use quote::ToTokens;
use syn::punctuated::Punctuated;
use syn::spanned::Spanned;
use syn::visit::Visit;
use syn::visit_mut::VisitMut;
use syn::{BinOp, Expr, FnArg, Pat, ReturnType, Stmt as SynStmt, Token, Type, UnOp};

use crate::args::Args;
use crate::errors::Ctxt;
use crate::ir::{
    Arg, Block, Carried, For, Function, If, IfOutput, Map, Op, Operand, Origin, Output, Param,
    ParamClass, Projection, Rule, Stmt, Value, Var, VarId,
};
use crate::names::{Names, literal_fragment};

/// Scalar methods with a rule, and how many arguments each takes besides the receiver.
const SCALAR_METHODS: &[(&str, usize)] = &[
    ("sin", 0),
    ("cos", 0),
    ("tan", 0),
    ("exp", 0),
    ("ln", 0),
    ("sqrt", 0),
    ("tanh", 0),
    ("abs", 0),
    ("powi", 1),
    ("powf", 1),
    ("max", 1),
    ("min", 1),
];

/// Matrix and vector methods with a rule.
const MATRIX_METHODS: &[(&str, usize)] = &[
    ("transpose", 0),
    ("sum", 0),
    ("mean", 0),
    ("norm", 0),
    ("norm_squared", 0),
    ("component_mul", 1),
    ("component_div", 1),
    ("dot", 1),
    ("column", 1),
    ("row", 1),
    ("columns", 2),
    ("rows", 2),
];

/// Methods whose result is a shape or a count: constants even on differentiable values.
const SHAPE_METHODS: &[&str] = &["nrows", "ncols", "len", "shape", "is_empty"];

/// Methods that copy a value unchanged.
const COPY_METHODS: &[&str] = &["clone", "into_owned", "to_owned"];

/// Macros accepted as statements (kept as written in the forward pass).
const ASSERT_MACROS: &[&str] =
    &["assert", "debug_assert", "assert_eq", "assert_ne", "debug_assert_eq", "debug_assert_ne"];

/// The list of supported methods, for error messages.
pub fn supported_methods() -> String {
    let names = |table: &[(&str, usize)]| {
        table.iter().map(|(name, _)| format!("`{name}`")).collect::<Vec<_>>().join(", ")
    };
    format!(
        "on f64/f32: {}; on DMatrix/DVector: {}, `map`; anywhere: {}, `clone`",
        names(SCALAR_METHODS),
        names(MATRIX_METHODS),
        SHAPE_METHODS.iter().map(|name| format!("`{name}`")).collect::<Vec<_>>().join(", ")
    )
}

/// The rule name of an arithmetic operator, and its symbol.
fn arithmetic(op: BinOp) -> Option<(&'static str, &'static str)> {
    Some(match op {
        BinOp::Add(_) | BinOp::AddAssign(_) => ("add", "+"),
        BinOp::Sub(_) | BinOp::SubAssign(_) => ("sub", "-"),
        BinOp::Mul(_) | BinOp::MulAssign(_) => ("mul", "*"),
        BinOp::Div(_) | BinOp::DivAssign(_) => ("div", "/"),
        _ => return None,
    })
}

fn is_compound(op: BinOp) -> bool {
    matches!(
        op,
        BinOp::AddAssign(_) | BinOp::SubAssign(_) | BinOp::MulAssign(_) | BinOp::DivAssign(_)
    )
}

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

fn check_signature(cx: &mut Ctxt, item: &syn::ItemFn) {
    let sig = &item.sig;
    if let Some(token) = &sig.asyncness {
        cx.error(token, "`async fn` cannot be #[differentiable]: remove `async`");
    }
    if let Some(token) = &sig.constness {
        cx.error(token, "`const fn` cannot be #[differentiable]: remove `const`");
    }
    if let Some(token) = &sig.unsafety {
        cx.error(token, "`unsafe fn` cannot be #[differentiable]: remove `unsafe`");
    }
    if let Some(abi) = &sig.abi {
        cx.error(abi, "`extern` functions cannot be #[differentiable]: remove the ABI");
    }
    if let Some(variadic) = &sig.variadic {
        cx.error(variadic, "variadic functions cannot be #[differentiable]");
    }
    if !sig.generics.params.is_empty() || sig.generics.where_clause.is_some() {
        cx.error(
            &sig.generics,
            "generic parameters are not supported by #[differentiable]: write the function for \
             concrete types (`f64` or `f32`, `DMatrix<f64>`, a `Params` struct)",
        );
    }
}

fn lower_output(cx: &mut Ctxt, sig: &syn::Signature) -> Option<Output> {
    let output = &sig.output;
    let ReturnType::Type(_, ty) = output else {
        cx.error(
            sig,
            "a #[differentiable] function must return a value: add a return type such as `-> f64`",
        );
        return None;
    };
    if !sig.generics.params.is_empty() {
        // The generic parameters are the mistake reported; a generic return type follows from it.
        return None;
    }
    let kind = float_kind(ty);
    if kind.is_none() {
        cx.error(
            ty,
            format!(
                "a #[differentiable] function must return a float value, not `{}`: return \
                 `f64`, `f32`, `DMatrix<f64>` or `DVector<f64>` (or their f32 versions)",
                ty.to_token_stream()
            ),
        );
    }
    kind.map(|kind| Output { ty: (**ty).clone(), scalar: kind == FloatKind::Scalar })
}

/// `Some(true)` for a scalar return type, `Some(false)` for a matrix or vector, `None` otherwise.
pub(crate) fn returns_scalar(ty: &Type) -> Option<bool> {
    float_kind(ty).map(|kind| kind == FloatKind::Scalar)
}

#[derive(PartialEq, Eq)]
enum FloatKind {
    Scalar,
    Tensor,
}

/// `f64`/`f32`, or `DMatrix`/`DVector` of them, recognised by name.
fn float_kind(ty: &Type) -> Option<FloatKind> {
    let Type::Path(path) = ty else { return None };
    let segment = path.path.segments.last()?;
    match segment.ident.to_string().as_str() {
        "f64" | "f32" if path.qself.is_none() && path.path.segments.len() == 1 => {
            Some(FloatKind::Scalar)
        }
        "DMatrix" | "DVector" => {
            let syn::PathArguments::AngleBracketed(args) = &segment.arguments else {
                return None;
            };
            match args.args.first() {
                Some(syn::GenericArgument::Type(inner))
                    if float_kind(inner) == Some(FloatKind::Scalar) =>
                {
                    Some(FloatKind::Tensor)
                }
                _ => None,
            }
        }
        _ => None,
    }
}

pub(crate) fn classify(ty: &Type) -> ParamClass {
    match ty {
        Type::Path(path) if path.qself.is_none() => {
            let Some(segment) = path.path.segments.last() else { return ParamClass::Constant };
            match segment.ident.to_string().as_str() {
                "f64" | "f32" => ParamClass::Scalar,
                "DMatrix" | "DVector" => ParamClass::Tensor,
                "usize" | "isize" | "u8" | "u16" | "u32" | "u64" | "u128" | "i8" | "i16"
                | "i32" | "i64" | "i128" | "bool" | "char" | "str" | "String" | "Vec" => {
                    ParamClass::Constant
                }
                _ => ParamClass::Struct,
            }
        }
        Type::Paren(inner) => classify(&inner.elem),
        Type::Group(inner) => classify(&inner.elem),
        _ => ParamClass::Constant,
    }
}

/// The element type of a slice, array or `Vec` whose elements would hold differentiable values
/// (floats, matrices, vectors, `Params` structs); `None` for collections of integers and the like.
fn float_collection(ty: &Type) -> Option<&Type> {
    let element = match ty {
        Type::Slice(slice) => &*slice.elem,
        Type::Array(array) => &*array.elem,
        Type::Path(path) if path.qself.is_none() => {
            let segment = path.path.segments.last()?;
            let syn::PathArguments::AngleBracketed(args) = &segment.arguments else { return None };
            match args.args.first() {
                Some(syn::GenericArgument::Type(inner)) if segment.ident == "Vec" => inner,
                _ => return None,
            }
        }
        _ => return None,
    };
    (float_kind(element).is_some() || classify(element) == ParamClass::Struct).then_some(element)
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

/// `expr` as an operand of a method call, index or `+`: in parentheses unless it is a name, a
/// literal, a call or a read of a part, which bind tighter already.
fn grouped(expr: &Expr) -> Expr {
    match expr {
        Expr::Path(_)
        | Expr::Lit(_)
        | Expr::MethodCall(_)
        | Expr::Call(_)
        | Expr::Field(_)
        | Expr::Index(_)
        | Expr::Paren(_) => expr.clone(),
        other => syn::parse_quote!((#other)),
    }
}

/// Why a call of `path` cannot be differentiated, if it cannot: `Self(…)` and `self(…)` build
/// values rather than call functions, a constructor's result is not differentiated, and the
/// generated code passes the callee by its path, without generic arguments.
fn uncallable(path: &syn::Path) -> Option<String> {
    let shown = path.to_token_stream().to_string().replace(' ', "");
    let first = path.segments.first().map(|segment| segment.ident.to_string());
    let is_self_value = path.segments.len() == 1 && first.as_deref() == Some("self");
    if is_self_value || path.segments.iter().any(|segment| segment.ident == "Self") {
        return Some(format!(
            "`{shown}(…)` is not a function #[differentiable] can call: call a function by its \
             name (`f(x)`, `module::f(x)`), or compute the value with operators and methods"
        ));
    }
    if let [.., owner, _] = path.segments.iter().collect::<Vec<_>>()[..] {
        if owner.ident.to_string().starts_with(|c: char| c.is_ascii_uppercase()) {
            return Some(format!(
                "`{shown}(…)` with a differentiable argument is not supported: what a \
                 constructor builds is not differentiated; build the value with differentiable \
                 operations instead (for a vector filled with `b`: \
                 `DVector::from_element(n, 1.0) * b`)"
            ));
        }
    }
    if path.leading_colon.is_some() {
        return Some(format!("write the call without the leading `::`: `{}(…)`", &shown[2..]));
    }
    if path.segments.iter().any(|segment| !segment.arguments.is_none()) {
        return Some(format!(
            "generic arguments in a call (`{shown}`) are not supported here: leave them out and \
             let the argument types choose"
        ));
    }
    None
}

/// Every name the function can refer to (variables, functions, types, macros' tokens), so
/// generated locals never hide one. Method names and fields live apart and are left out.
fn user_identifiers(item: &syn::ItemFn) -> BTreeSet<String> {
    fn tokens(stream: TokenStream, out: &mut BTreeSet<String>) {
        for token in stream {
            match token {
                proc_macro2::TokenTree::Ident(ident) => {
                    out.insert(crate::names::unraw(&ident));
                }
                proc_macro2::TokenTree::Group(group) => tokens(group.stream(), out),
                _ => {}
            }
        }
    }
    struct Names(BTreeSet<String>);
    impl Visit<'_> for Names {
        fn visit_ident(&mut self, ident: &proc_macro2::Ident) {
            self.0.insert(crate::names::unraw(ident));
        }
        fn visit_expr_method_call(&mut self, call: &syn::ExprMethodCall) {
            self.visit_expr(&call.receiver);
            for arg in &call.args {
                self.visit_expr(arg);
            }
        }
        fn visit_member(&mut self, _: &syn::Member) {}
        fn visit_macro(&mut self, mac: &syn::Macro) {
            self.visit_path(&mac.path);
            tokens(mac.tokens.clone(), &mut self.0);
        }
    }
    let mut names = Names(BTreeSet::new());
    names.visit_item_fn(item);
    names.0
}

/// The single identifier an expression names, if it is a plain path like `x`.
fn plain_ident(expr: &Expr) -> Option<String> {
    match expr {
        Expr::Path(path)
            if path.qself.is_none()
                && path.path.leading_colon.is_none()
                && path.path.segments.len() == 1
                && path.path.segments[0].arguments.is_none() =>
        {
            Some(path.path.segments[0].ident.to_string())
        }
        Expr::Paren(inner) => plain_ident(&inner.expr),
        Expr::Group(inner) => plain_ident(&inner.expr),
        _ => None,
    }
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

    // ---- scopes -------------------------------------------------------------------------------

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

    // ---- parameters -------------------------------------------------------------------------

    fn lower_params(&mut self, item: &syn::ItemFn, args: &Args) -> Vec<Param> {
        let mut params = Vec::new();
        for input in &item.sig.inputs {
            let typed = match input {
                FnArg::Receiver(receiver) => {
                    self.cx.error(
                        receiver,
                        "`self` parameters are not supported by #[differentiable]: write a free \
                         function that takes the struct as an ordinary parameter (`p: &Mlp`)",
                    );
                    continue;
                }
                FnArg::Typed(typed) => typed,
            };
            let Pat::Ident(pat) = &*typed.pat else {
                self.cx.error(
                    &typed.pat,
                    "patterns in parameters are not supported by #[differentiable]: name the \
                     parameter (`p: &Mlp`) and read its parts in the body",
                );
                continue;
            };
            if pat.by_ref.is_some() || pat.subpat.is_some() || pat.mutability.is_some() {
                self.cx.error(
                    pat,
                    "write the parameter as a plain name: a #[differentiable] function does not \
                     modify its parameters (bind a `let mut` copy in the body instead)",
                );
                continue;
            }
            let (by_ref, owned_ty) = match &*typed.ty {
                Type::Reference(reference) => {
                    if let Some(token) = &reference.mutability {
                        self.cx.error(
                            token,
                            "`&mut` parameters are not supported by #[differentiable]: a \
                             differentiable function computes a value from its inputs; take `&` \
                             and return the result",
                        );
                    }
                    (true, (*reference.elem).clone())
                }
                other => (false, other.clone()),
            };
            let class = classify(&owned_ty);
            let ident = pat.ident.clone();
            let in_wrt = args.wrt.as_ref().is_none_or(|wrt| wrt.contains(&ident));
            self.check_param_type(&ident, &typed.ty, &owned_ty, args);
            let differentiable = class != ParamClass::Constant && in_wrt;
            let name = self.names.binding(&ident.to_string());
            self.vars.push(Var {
                name,
                origin: Origin::Param(params.len()),
                active: differentiable,
                copy: class.is_copy() && !by_ref,
                mutable: false,
            });
            let var = self.vars.len() - 1;
            self.declare(&ident.to_string(), var);
            params.push(Param {
                ident,
                ty: (*typed.ty).clone(),
                owned_ty,
                by_ref,
                class,
                differentiable,
                var,
            });
        }
        if let Some(wrt) = &args.wrt {
            for name in wrt {
                if !params.iter().any(|param| param.ident == *name) {
                    let known: Vec<String> =
                        params.iter().map(|param| format!("`{}`", param.ident)).collect();
                    self.cx.error(
                        name,
                        format!(
                            "`wrt` names `{name}`, which is not a parameter of this function \
                             (its parameters: {})",
                            known.join(", ")
                        ),
                    );
                }
            }
        }
        params
    }

    /// Errors for a parameter whose type the gradient cannot follow: listed in `wrt` but not
    /// differentiable, or a collection of floats that would silently be a constant.
    fn check_param_type(&mut self, ident: &syn::Ident, ty: &Type, owned_ty: &Type, args: &Args) {
        let listed = args.wrt.as_ref().is_some_and(|wrt| wrt.contains(ident));
        if listed && classify(owned_ty) == ParamClass::Constant {
            self.cx.error(
                ty,
                format!(
                    "`{ident}` has type `{}`, which cannot be differentiated: `wrt` lists \
                     float parameters (`f64`, `f32`, `DMatrix`, `DVector`) or `Params` structs",
                    owned_ty.to_token_stream()
                ),
            );
        }
        let Some(element) = float_collection(owned_ty) else { return };
        if args.wrt.is_some() {
            return;
        }
        let shown = element.to_token_stream().to_string().replace(' ', "");
        let instead = if float_kind(element) == Some(FloatKind::Scalar) {
            format!("one `DVector<{shown}>`")
        } else {
            format!("each `{shown}` as a parameter of its own")
        };
        self.cx.error(
            ty,
            format!(
                "`{ident}` would be a constant: #[differentiable] does not differentiate the \
                 elements of a slice, array or `Vec` parameter; pass {instead}, or, if `{ident}` \
                 is constant data, name the differentiable parameters with \
                 `#[differentiable(wrt(…))]`"
            ),
        );
    }

    // ---- statements ---------------------------------------------------------------------------

    /// Lowers statements into the current block. With `want_value`, the tail expression (or a
    /// final `return` at the top level) is the block's value.
    fn lower_statements(
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
        let value = self.lower_expr(&init.expr);
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
    fn store(&mut self, user_name: &str, value: Operand, ty: Option<Type>) -> VarId {
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

    fn reject_macro(&mut self, mac: &syn::Macro) {
        self.cx.error(
            mac,
            format!(
                "the macro `{}!` is not supported in a #[differentiable] function: only \
                 `assert!` and `debug_assert!` (and their `_eq`/`_ne` forms) are; compute the \
                 value outside the function and pass it in",
                mac.path.to_token_stream()
            ),
        );
    }

    fn lower_expr_statement(&mut self, expr: &Expr) {
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
    fn close_plain_block(&mut self) {
        let Some(frame) = self.frames.pop() else { return };
        for (name, _) in frame.assigned_outer {
            if let Some(var) = frame.vars.get(&name) {
                self.assign(&name, *var);
            }
        }
    }

    /// `x = value` or `x op= value`: a new version of `x`.
    fn lower_assign(&mut self, left: &Expr, compound: Option<&syn::ExprBinary>, right: &Expr) {
        let Some(name) = plain_ident(left) else {
            self.cx.error(
                left,
                "only whole variables can be assigned in a #[differentiable] function (`x = …`, \
                 `x += …`), not fields or elements: compute the new value and bind it",
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
        let value = match compound {
            Some(binary) => {
                let right = self.lower_expr(right);
                let Some((rule, _)) = arithmetic(binary.op) else {
                    self.cx.error(
                        binary.op,
                        "only `+=`, `-=`, `*=` and `/=` are supported on differentiable values",
                    );
                    return;
                };
                self.binary(rule, Operand::Var(current), right, binary.span())
            }
            None => self.lower_expr(right),
        };
        let var = self.store(&name, value, None);
        self.assign(&name, var);
    }

    // ---- expressions --------------------------------------------------------------------------

    /// Lowers an expression to an operand, emitting statements for its active operations.
    fn lower_expr(&mut self, expr: &Expr) -> Operand {
        // Parentheses, `&` and `*` do not change a value; rules take every operand by reference.
        match expr {
            Expr::Paren(inner) => return self.lower_expr(&inner.expr),
            Expr::Group(inner) => return self.lower_expr(&inner.expr),
            Expr::Reference(reference) if reference.mutability.is_none() => {
                return self.lower_expr(&reference.expr);
            }
            Expr::Unary(unary) if matches!(unary.op, UnOp::Deref(_)) => {
                return self.lower_expr(&unary.expr);
            }
            _ => {}
        }
        // A constant block, branch or match that assigns variables is lowered like any other:
        // kept as written, its assignments would not make new versions of the variables.
        if !self.references_active(expr) && !assigns_variables(expr) {
            self.reject_forbidden(expr);
            if let Some(name) = plain_ident(expr)
                && let Some(var) = self.lookup(&name)
            {
                return Operand::Var(var);
            }
            return Operand::Const(self.rename(expr));
        }
        match expr {
            Expr::Path(_) => match plain_ident(expr).and_then(|name| self.lookup(&name)) {
                Some(var) => Operand::Var(var),
                None => Operand::Const(self.rename(expr)),
            },
            Expr::Reference(reference) => {
                self.cx.error(
                    reference.mutability,
                    "`&mut` is not supported in a #[differentiable] function",
                );
                self.lower_expr(&reference.expr)
            }
            Expr::Unary(unary) => self.lower_unary(unary),
            Expr::Binary(binary) => self.lower_binary(binary),
            Expr::MethodCall(call) => self.lower_method(call),
            Expr::Call(call) => self.lower_call(call),
            Expr::Cast(cast) => {
                let inner = self.lower_expr(&cast.expr);
                if self.is_constant(&inner) {
                    let mut rebuilt = cast.clone();
                    *rebuilt.expr = self.operand_expr(&inner);
                    Operand::Const(Expr::Cast(rebuilt))
                } else {
                    self.cx.error(
                        cast,
                        "casting a differentiable value is not supported: a cast cuts the \
                         gradient; convert the inputs before calling the function, or keep the \
                         float type throughout",
                    );
                    Operand::Const(Expr::Cast(cast.clone()))
                }
            }
            Expr::Field(field) => {
                let base = self.lower_expr(&field.base);
                self.project(base, Projection::Field(field.member.clone()), expr)
            }
            Expr::Index(index) => {
                let base = self.lower_expr(&index.expr);
                let position = self.lower_expr(&index.index);
                if self.is_active(&position) {
                    self.cx.error(
                        &index.index,
                        "an index must be a constant, not a differentiable value",
                    );
                }
                let position = self.operand_expr(&position);
                self.project(base, Projection::Index(position), expr)
            }
            Expr::Block(block) if block.label.is_none() => {
                self.frames.push(Frame::default());
                let value = self.lower_statements(&block.block.stmts, true, false);
                self.close_plain_block();
                value.unwrap_or_else(|| Operand::Const(expr.clone()))
            }
            Expr::If(if_expr) => {
                self.lower_if(if_expr, true).unwrap_or_else(|| Operand::Const(expr.clone()))
            }
            Expr::Match(match_expr) => {
                self.lower_match(match_expr, true).unwrap_or_else(|| Operand::Const(expr.clone()))
            }
            other => {
                self.reject(other);
                Operand::Const(other.clone())
            }
        }
    }

    /// A field or element of `base`.
    fn project(&mut self, base: Operand, projection: Projection, whole: &Expr) -> Operand {
        match base {
            Operand::Var(var) => Operand::Place(var, vec![projection]),
            Operand::Place(var, mut projections) => {
                projections.push(projection);
                Operand::Place(var, projections)
            }
            Operand::Const(_) => Operand::Const(self.rename(whole)),
        }
    }

    fn lower_unary(&mut self, unary: &syn::ExprUnary) -> Operand {
        match unary.op {
            UnOp::Deref(_) => self.lower_expr(&unary.expr),
            UnOp::Neg(_) => {
                let operand = self.lower_expr(&unary.expr);
                if self.is_constant(&operand) {
                    let mut rebuilt = unary.clone();
                    *rebuilt.expr = self.operand_expr(&operand);
                    return Operand::Const(Expr::Unary(rebuilt));
                }
                let hint = self.operand_fragment(&operand).map(|name| format!("neg_{name}"));
                self.operation(
                    Rule::Builtin("neg"),
                    vec![plain(operand)],
                    unary.span(),
                    hint,
                    "negated",
                )
            }
            _ => {
                self.cx.error(unary, "`!` applies to booleans, not to differentiable values");
                Operand::Const(Expr::Unary(unary.clone()))
            }
        }
    }

    fn lower_binary(&mut self, binary: &syn::ExprBinary) -> Operand {
        match binary.op {
            BinOp::Lt(_)
            | BinOp::Le(_)
            | BinOp::Gt(_)
            | BinOp::Ge(_)
            | BinOp::Eq(_)
            | BinOp::Ne(_)
            | BinOp::And(_)
            | BinOp::Or(_) => {
                // A comparison reads values without differentiating them.
                self.reject_forbidden(&Expr::Binary(binary.clone()));
                Operand::Const(self.rename(&Expr::Binary(binary.clone())))
            }
            op if is_compound(op) => {
                self.cx.error(
                    binary,
                    "a compound assignment is a statement: write it on its own line, ending in `;`",
                );
                Operand::Const(Expr::Binary(binary.clone()))
            }
            op => {
                let Some((rule, _)) = arithmetic(op) else {
                    self.cx.error(
                        binary.op,
                        format!(
                            "the operator `{}` is not differentiable: use `+`, `-`, `*`, `/` or a \
                             supported method on differentiable values",
                            binary.op.to_token_stream()
                        ),
                    );
                    return Operand::Const(Expr::Binary(binary.clone()));
                };
                let left = self.lower_expr(&binary.left);
                let right = self.lower_expr(&binary.right);
                if self.is_constant(&left) && self.is_constant(&right) {
                    let mut rebuilt = binary.clone();
                    *rebuilt.left = self.operand_expr(&left);
                    *rebuilt.right = self.operand_expr(&right);
                    return Operand::Const(Expr::Binary(rebuilt));
                }
                self.binary(rule, left, right, binary.span())
            }
        }
    }

    /// An active arithmetic operation on two operands.
    fn binary(&mut self, rule: &'static str, left: Operand, right: Operand, span: Span) -> Operand {
        let (left_name, right_name) = (self.operand_fragment(&left), self.operand_fragment(&right));
        let hint = match (left_name, right_name) {
            (Some(a), Some(b)) => Some(match rule {
                "mul" if starts_with_digit(&a) => format!("{b}_times_{a}"),
                "mul" if starts_with_digit(&b) => format!("{a}_times_{b}"),
                "mul" => format!("{a}_{b}"),
                "add" => format!("{a}_plus_{b}"),
                "sub" => format!("{a}_minus_{b}"),
                _ => format!("{a}_over_{b}"),
            }),
            _ => None,
        };
        let fallback = match rule {
            "add" => "sum",
            "sub" => "difference",
            "mul" => "product",
            _ => "quotient",
        };
        self.operation(Rule::Builtin(rule), vec![plain(left), plain(right)], span, hint, fallback)
    }

    /// Emits `let <fresh> = rule(args);` and returns the new variable.
    fn operation(
        &mut self,
        rule: Rule,
        args: Vec<Arg>,
        span: Span,
        hint: Option<String>,
        fallback: &str,
    ) -> Operand {
        let active = args.iter().any(|arg| self.is_active(&arg.operand));
        let name = self.names.derived(hint, fallback);
        let var = self.new_var(name, active, false);
        self.unnamed.insert(var);
        self.push(Stmt::Let { var, value: Value::Op(Op { rule, args, span }), ty: None });
        Operand::Var(var)
    }

    fn lower_method(&mut self, call: &syn::ExprMethodCall) -> Operand {
        let method = call.method.to_string();
        if let Some(turbofish) = &call.turbofish {
            self.cx.error(turbofish, "type arguments on methods are not supported here");
        }
        if COPY_METHODS.contains(&method.as_str()) && call.args.is_empty() {
            return self.lower_expr(&call.receiver);
        }
        let receiver = self.lower_expr(&call.receiver);
        if SHAPE_METHODS.contains(&method.as_str()) {
            let mut rebuilt = call.clone();
            *rebuilt.receiver = self.operand_expr(&receiver);
            rebuilt.args = call.args.iter().map(|arg| self.rename(arg)).collect();
            return Operand::Const(Expr::MethodCall(rebuilt));
        }
        if method == "map" {
            return self.lower_map(call, receiver);
        }
        let arity = SCALAR_METHODS.iter().chain(MATRIX_METHODS).find(|(name, _)| *name == method);
        let Some(&(rule, arity)) = arity else {
            self.cx.error(
                &call.method,
                format!(
                    "the method `{method}` is not differentiable here: supported methods are {}",
                    supported_methods()
                ),
            );
            return Operand::Const(Expr::MethodCall(call.clone()));
        };
        if call.args.len() != arity {
            self.cx.error(
                call,
                format!("`{method}` takes {arity} argument(s) here, not {}", call.args.len()),
            );
            return Operand::Const(Expr::MethodCall(call.clone()));
        }
        let mut args = vec![plain(receiver)];
        for arg in &call.args {
            let operand = self.lower_expr(strip_reference(arg));
            args.push(plain(operand));
        }
        if method == "powi" && self.is_active(&args[1].operand) {
            self.cx.error(&call.args[0], "the exponent of `powi` must be a constant integer; use `powf` for a differentiable exponent");
        }
        if args.iter().all(|arg| self.is_constant(&arg.operand)) {
            let mut rebuilt = call.clone();
            *rebuilt.receiver = self.operand_expr(&args[0].operand);
            return Operand::Const(Expr::MethodCall(rebuilt));
        }
        let hint = self.operand_fragment(&args[0].operand).map(|name| {
            match args.get(1).and_then(|arg| self.operand_fragment(&arg.operand)) {
                Some(argument) if arity == 1 => format!("{name}_{method}_{argument}"),
                _ => format!("{name}_{method}"),
            }
        });
        self.operation(Rule::Builtin(rule), args, call.span(), hint, rule)
    }

    fn lower_call(&mut self, call: &syn::ExprCall) -> Operand {
        let Expr::Path(path) = &*call.func else {
            self.cx.error(&call.func, "only calls of named functions are supported here");
            return Operand::Const(Expr::Call(call.clone()));
        };
        if path.qself.is_some() {
            self.cx.error(path, "qualified paths (`<T as Trait>::f`) are not supported here");
            return Operand::Const(Expr::Call(call.clone()));
        }
        if let [owner, method] = &path.path.segments.iter().collect::<Vec<_>>()[..]
            && (owner.ident == "f64" || owner.ident == "f32")
            && let Some((receiver, rest)) = call.args.iter().collect::<Vec<_>>().split_first()
        {
            // `f64::exp(x)` is the method `x.exp()`, written as a function.
            let method = &method.ident;
            let as_method: syn::ExprMethodCall =
                syn::parse_quote_spanned!(call.span()=> (#receiver).#method(#(#rest),*));
            return self.lower_expr(&Expr::MethodCall(as_method));
        }
        let mut args = Vec::new();
        for arg in &call.args {
            let (by_ref, inner) = match arg {
                Expr::Reference(reference) if reference.mutability.is_none() => {
                    (true, &*reference.expr)
                }
                other => (false, other),
            };
            let owned = match inner {
                Expr::MethodCall(method) => {
                    method.args.is_empty()
                        && COPY_METHODS.contains(&method.method.to_string().as_str())
                }
                Expr::Unary(unary) => matches!(unary.op, UnOp::Deref(_)),
                _ => false,
            };
            let operand = self.lower_expr(inner);
            args.push(Arg { operand, by_ref, owned });
        }
        if args.iter().all(|arg| self.is_constant(&arg.operand)) {
            let mut rebuilt = call.clone();
            rebuilt.args = args
                .iter()
                .map(|arg| {
                    let inner = self.operand_expr(&arg.operand);
                    if arg.by_ref { syn::parse_quote!(&#inner) } else { inner }
                })
                .collect();
            return Operand::Const(Expr::Call(rebuilt));
        }
        if let Some(problem) = uncallable(&path.path) {
            self.cx.error(path, problem);
            return Operand::Const(Expr::Call(call.clone()));
        }
        let function =
            path.path.segments.last().map(|segment| segment.ident.to_string()).unwrap_or_default();
        let fragments: Option<Vec<String>> = args
            .iter()
            .filter(|arg| self.is_active(&arg.operand))
            .map(|arg| self.operand_fragment(&arg.operand))
            .collect();
        let hint = fragments.map(|parts| format!("{function}_{}", parts.join("_")));
        let fallback = function.clone();
        self.operation(Rule::Call(path.path.clone()), args, call.span(), hint, &fallback)
    }

    fn lower_map(&mut self, call: &syn::ExprMethodCall, receiver: Operand) -> Operand {
        let closure = match call.args.first() {
            Some(Expr::Closure(closure)) if call.args.len() == 1 => closure,
            _ => {
                self.cx.error(call, "`map` takes one closure, as in `m.map(|v| v * v)`");
                return Operand::Const(Expr::MethodCall(call.clone()));
            }
        };
        if closure.inputs.len() != 1 {
            self.cx.error(&closure.inputs, "the closure of `map` takes exactly one argument");
            return Operand::Const(Expr::MethodCall(call.clone()));
        }
        let param_pat = match &closure.inputs[0] {
            Pat::Type(typed) => &*typed.pat,
            pat => pat,
        };
        let Pat::Ident(param_ident) = param_pat else {
            self.cx.error(param_pat, "name the closure's argument: `|v| …`");
            return Operand::Const(Expr::MethodCall(call.clone()));
        };
        // Outer differentiable values may reach the closure only through its argument.
        let mentions = mentioned_names(&closure.body);
        for name in &mentions {
            if param_ident.ident != name
                && let Some(var) = self.lookup(name)
                && self.vars[var].active
            {
                self.cx.error(
                    &closure.body,
                    format!(
                        "the closure of `map` uses the differentiable value `{name}`: only its \
                         argument is differentiated elementwise; combine `{name}` with the \
                         result outside the closure"
                    ),
                );
                return Operand::Const(Expr::MethodCall(call.clone()));
            }
        }
        let param_name = self.names.binding(&param_ident.ident.to_string());
        let param = self.new_var(param_name, true, true);
        self.frames.push(Frame::default());
        self.declare(&param_ident.ident.to_string(), param);
        self.blocks.push(Vec::new());
        self.replay_starts.push(self.vars.len());
        let saved_unnamed = std::mem::take(&mut self.unnamed);
        let result = match &*closure.body {
            Expr::Block(block) => self.lower_statements(&block.block.stmts, true, false),
            body => Some(self.lower_expr(body)),
        };
        self.unnamed = saved_unnamed;
        self.replay_starts.pop();
        let body = self.blocks.pop().unwrap_or_default();
        self.frames.pop();
        let Some(result) = result else {
            return Operand::Const(Expr::MethodCall(call.clone()));
        };
        let active = self.is_active(&receiver);
        let hint = self.operand_fragment(&receiver).map(|name| format!("{name}_mapped"));
        let name = self.names.derived(hint, "mapped");
        let var = self.new_var(name, active, false);
        self.unnamed.insert(var);
        let map = Map { matrix: receiver, param, body, result, span: call.span() };
        self.push(Stmt::Let { var, value: Value::Map(Box::new(map)), ty: None });
        Operand::Var(var)
    }

    // ---- control flow -------------------------------------------------------------------------

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

    /// Lowers one arm of a conditional into its own block and scope.
    fn lower_arm(
        &mut self,
        lower: impl FnOnce(&mut Self) -> Option<Operand>,
    ) -> (Block, Option<Operand>, Frame) {
        self.frames.push(Frame::default());
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

    fn lower_if(&mut self, if_expr: &syn::ExprIf, want_value: bool) -> Option<Operand> {
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
        let (then_block, then_value, then_frame) = self.lower_arm(then_arm);
        let (else_block, else_value, else_frame) = match else_arm {
            Some(arm) => self.lower_arm(arm),
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
    fn lower_match(&mut self, match_expr: &syn::ExprMatch, want_value: bool) -> Option<Operand> {
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

    fn lower_for(&mut self, for_loop: &syn::ExprForLoop) {
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
        self.frames.push(Frame::default());
        if let Some(name) = &index_name {
            self.declare(name, index);
        }
        self.blocks.push(Vec::new());
        self.replay_starts.push(self.vars.len());
        let saved_unnamed = std::mem::take(&mut self.unnamed);
        let _ = self.lower_statements(&for_loop.body.stmts, false, false);
        self.unnamed = saved_unnamed;
        self.replay_starts.pop();
        let body = self.blocks.pop().unwrap_or_default();
        let frame = self.frames.pop().unwrap_or_default();

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

    // ---- helpers ------------------------------------------------------------------------------

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

    /// Reports the constructs that are rejected even in constant expressions.
    fn reject_forbidden(&mut self, expr: &Expr) {
        struct Forbidden<'e> {
            found: Vec<&'e Expr>,
            macros: Vec<&'e syn::Macro>,
        }
        impl<'e> Visit<'e> for Forbidden<'e> {
            fn visit_expr(&mut self, expr: &'e Expr) {
                match expr {
                    Expr::While(_)
                    | Expr::Loop(_)
                    | Expr::Unsafe(_)
                    | Expr::Async(_)
                    | Expr::Await(_)
                    | Expr::Try(_)
                    | Expr::TryBlock(_)
                    | Expr::Yield(_)
                    | Expr::Break(_)
                    | Expr::Continue(_)
                    | Expr::Return(_)
                    | Expr::Closure(_) => {
                        self.found.push(expr);
                    }
                    Expr::MethodCall(call) if call.method == "map" => {
                        self.visit_expr(&call.receiver);
                        for arg in &call.args {
                            if let Expr::Closure(closure) = arg {
                                self.visit_expr(&closure.body);
                            } else {
                                self.visit_expr(arg);
                            }
                        }
                    }
                    _ => syn::visit::visit_expr(self, expr),
                }
            }
            fn visit_macro(&mut self, mac: &'e syn::Macro) {
                // `matches!` in conditions, and the asserts a constant block may hold, are kept.
                let kept = mac.path.is_ident("matches")
                    || ASSERT_MACROS.iter().any(|name| mac.path.is_ident(name));
                if !kept {
                    self.macros.push(mac);
                }
            }
        }
        let mut forbidden = Forbidden { found: Vec::new(), macros: Vec::new() };
        forbidden.visit_expr(expr);
        for found in forbidden.found {
            self.reject(found);
        }
        for mac in forbidden.macros {
            self.reject_macro(mac);
        }
    }

    /// The error for a construct #[differentiable] does not accept.
    fn reject(&mut self, expr: &Expr) {
        let message = match expr {
            Expr::While(_) => {
                "`while` loops are not supported by #[differentiable]: the number of steps must \
                 be known; use `for i in 0..n`"
            }
            Expr::Loop(_) => {
                "`loop` is not supported by #[differentiable]: the number of steps must be \
                 known; use `for i in 0..n`"
            }
            Expr::Closure(_) => {
                "closures are not supported by #[differentiable] (except `m.map(|v| …)`): write \
                 the computation inline, or as another #[differentiable] function"
            }
            Expr::Unsafe(_) => "`unsafe` blocks are not supported by #[differentiable]",
            Expr::Async(_) | Expr::Await(_) => "`async` code is not supported by #[differentiable]",
            Expr::Try(_) | Expr::TryBlock(_) => {
                "`?` is not supported by #[differentiable]: handle errors outside the function"
            }
            Expr::Break(_) | Expr::Continue(_) => {
                "`break` and `continue` are not supported by #[differentiable]: loops run over \
                 their whole range"
            }
            Expr::Return(_) => {
                "early `return` is not supported by #[differentiable]: return at the end of the \
                 function"
            }
            Expr::Tuple(_) | Expr::Array(_) | Expr::Repeat(_) | Expr::Struct(_) => {
                "tuples, arrays and struct literals of differentiable values are not supported: \
                 keep each value in its own variable, or return a matrix"
            }
            Expr::Macro(_) => {
                "macros are not supported in a #[differentiable] expression: compute the value \
                 outside the function and pass it in"
            }
            Expr::Range(_) => "a range of differentiable values is not supported",
            Expr::ForLoop(_) => "a `for` loop is a statement: end it before using a value",
            Expr::Let(_) => "`let` in an expression is not supported by #[differentiable]",
            Expr::Assign(_) => {
                "an assignment is a statement: write it on its own line, ending in `;`"
            }
            Expr::Yield(_) => "`yield` is not supported",
            _ => "this expression is not supported by #[differentiable] on differentiable values",
        };
        if let Expr::Macro(mac) = expr {
            self.reject_macro(&mac.mac);
        } else {
            self.cx.error(expr, message);
        }
    }
}

/// An argument passed as the user would pass a value (not by reference).
fn plain(operand: Operand) -> Arg {
    Arg { operand, by_ref: false, owned: false }
}

fn strip_reference(expr: &Expr) -> &Expr {
    match expr {
        Expr::Reference(reference) if reference.mutability.is_none() => &reference.expr,
        other => other,
    }
}

fn starts_with_digit(text: &str) -> bool {
    text.chars().next().is_some_and(|c| c.is_ascii_digit())
}

fn literal_text(expr: &Expr) -> Option<String> {
    match expr {
        Expr::Lit(lit) => literal_fragment(&lit.lit.to_token_stream().to_string()),
        Expr::Paren(inner) => literal_text(&inner.expr),
        _ => None,
    }
}

pub fn path_expr(ident: &proc_macro2::Ident) -> Expr {
    syn::parse_quote!(#ident)
}

/// `root.field[index]…` as an expression.
pub fn place_expr(root: &proc_macro2::Ident, projections: &[Projection]) -> Expr {
    let mut expr = path_expr(root);
    for projection in projections {
        expr = match projection {
            Projection::Field(member) => syn::parse_quote!(#expr.#member),
            Projection::Index(index) => syn::parse_quote!(#expr[#index]),
        };
    }
    expr
}

/// Single-identifier paths an expression mentions (variables, in practice).
fn mentioned_names(expr: &Expr) -> Vec<String> {
    struct Mentions(Vec<String>);
    impl Visit<'_> for Mentions {
        fn visit_expr_path(&mut self, path: &syn::ExprPath) {
            if let Some(name) = plain_ident(&Expr::Path(path.clone())) {
                self.0.push(name);
            }
        }
        fn visit_macro(&mut self, mac: &syn::Macro) {
            if let Ok(exprs) = mac.parse_body_with(Punctuated::<Expr, Token![,]>::parse_terminated)
            {
                for expr in &exprs {
                    self.visit_expr(expr);
                }
            }
        }
    }
    let mut mentions = Mentions(Vec::new());
    mentions.visit_expr(expr);
    mentions.0
}

/// True when `expr` assigns a variable (`x = …`, `x += …`) anywhere in it.
fn assigns_variables(expr: &Expr) -> bool {
    struct Finder(bool);
    impl Visit<'_> for Finder {
        fn visit_expr_assign(&mut self, _: &syn::ExprAssign) {
            self.0 = true;
        }
        fn visit_expr_binary(&mut self, binary: &syn::ExprBinary) {
            self.0 |= is_compound(binary.op);
            syn::visit::visit_expr_binary(self, binary);
        }
    }
    let mut finder = Finder(false);
    finder.visit_expr(expr);
    finder.0
}

/// Names assigned (`x = …`, `x += …`) anywhere in a block, in order of first assignment.
fn assigned_names(block: &syn::Block) -> Vec<String> {
    collect_writes(block, false).into_iter().map(|(name, _)| name).fold(
        Vec::new(),
        |mut names, name| {
            if !names.contains(&name) {
                names.push(name);
            }
            names
        },
    )
}

/// Every assignment and `let` in a block: the name written and the names its value reads.
fn assignments(block: &syn::Block) -> Vec<(String, Vec<String>)> {
    collect_writes(block, true)
}

/// Assignments in a block (and `let`s too, with `include_lets`), each with the names it reads.
fn collect_writes(block: &syn::Block, include_lets: bool) -> Vec<(String, Vec<String>)> {
    struct Assignments(Vec<(String, Vec<String>)>, bool);
    impl Visit<'_> for Assignments {
        fn visit_expr_assign(&mut self, assign: &syn::ExprAssign) {
            if let Some(name) = plain_ident(&assign.left) {
                self.0.push((name, mentioned_names(&assign.right)));
            }
            syn::visit::visit_expr_assign(self, assign);
        }
        fn visit_expr_binary(&mut self, binary: &syn::ExprBinary) {
            if is_compound(binary.op)
                && let Some(name) = plain_ident(&binary.left)
            {
                let mut reads = mentioned_names(&binary.right);
                reads.push(name.clone());
                self.0.push((name, reads));
            }
            syn::visit::visit_expr_binary(self, binary);
        }
        fn visit_local(&mut self, local: &syn::Local) {
            if self.1
                && let Some(init) = &local.init
            {
                let pat = match &local.pat {
                    Pat::Type(typed) => &*typed.pat,
                    pat => pat,
                };
                if let Pat::Ident(ident) = pat {
                    self.0.push((ident.ident.to_string(), mentioned_names(&init.expr)));
                }
            }
            syn::visit::visit_local(self, local);
        }
    }
    let mut writes = Assignments(Vec::new(), include_lets);
    writes.visit_block(block);
    writes.0
}

/// True when a pattern binds a name (anything but literals, ranges, paths and `_`).
fn binds_names(pat: &Pat) -> bool {
    match pat {
        Pat::Ident(ident) => {
            // A lone uppercase identifier is most likely a constant or unit variant.
            let name = ident.ident.to_string();
            !name.chars().next().is_some_and(char::is_uppercase) || ident.subpat.is_some()
        }
        Pat::Or(or) => or.cases.iter().any(binds_names),
        Pat::Paren(paren) => binds_names(&paren.pat),
        Pat::Lit(_) | Pat::Range(_) | Pat::Path(_) | Pat::Wild(_) => false,
        Pat::Reference(reference) => binds_names(&reference.pat),
        Pat::Tuple(tuple) => tuple.elems.iter().any(binds_names),
        Pat::TupleStruct(tuple) => tuple.elems.iter().any(binds_names),
        _ => true,
    }
}
