//! Expressions: operators, methods with a rule, calls of functions, `map` closures.
//!
//! In: an expression. Out: an operand; an active operation becomes a `let` of a fresh variable
//! in the current block, a constant expression stays as written (renamed).

use proc_macro2::Span;
use quote::ToTokens;
use syn::spanned::Spanned;
use syn::{BinOp, Expr, Pat, UnOp};

use super::syntax::{
    assigns_variables, is_compound, mentioned_names, plain_ident, starts_with_digit,
    strip_reference,
};
use super::{Frame, Lowerer};
use crate::ir::{Arg, Builtin, Map, Op, Operand, Projection, Rule, Stmt, Value};

/// Scalar methods with a rule.
pub(super) const SCALAR_METHODS: &[Builtin] = &[
    Builtin::Sin,
    Builtin::Cos,
    Builtin::Tan,
    Builtin::Exp,
    Builtin::Ln,
    Builtin::Sqrt,
    Builtin::Tanh,
    Builtin::Abs,
    Builtin::Powi,
    Builtin::Powf,
    Builtin::Max,
    Builtin::Min,
];

/// Matrix and vector methods with a rule.
pub(super) const MATRIX_METHODS: &[Builtin] = &[
    Builtin::Transpose,
    Builtin::Sum,
    Builtin::Mean,
    Builtin::Norm,
    Builtin::NormSquared,
    Builtin::ComponentMul,
    Builtin::ComponentDiv,
    Builtin::Dot,
    Builtin::Column,
    Builtin::Row,
    Builtin::Columns,
    Builtin::Rows,
];

/// Methods whose result is a shape or a count: constants even on differentiable values.
pub(super) const SHAPE_METHODS: &[&str] = &["nrows", "ncols", "len", "shape", "is_empty"];

/// Methods that copy a value unchanged.
const COPY_METHODS: &[&str] = &["clone", "into_owned", "to_owned"];

/// The list of supported methods, for error messages.
pub fn supported_methods() -> String {
    let names = |table: &[Builtin]| {
        table.iter().map(|rule| format!("`{}`", rule.name())).collect::<Vec<_>>().join(", ")
    };
    format!(
        "on f64/f32: {}; on DMatrix/DVector: {}, `map`; anywhere: {}, `clone`",
        names(SCALAR_METHODS),
        names(MATRIX_METHODS),
        SHAPE_METHODS.iter().map(|name| format!("`{name}`")).collect::<Vec<_>>().join(", ")
    )
}

/// The rule of an arithmetic operator (plain or compound).
pub(super) fn arithmetic(op: BinOp) -> Option<Builtin> {
    Some(match op {
        BinOp::Add(_) | BinOp::AddAssign(_) => Builtin::Add,
        BinOp::Sub(_) | BinOp::SubAssign(_) => Builtin::Sub,
        BinOp::Mul(_) | BinOp::MulAssign(_) => Builtin::Mul,
        BinOp::Div(_) | BinOp::DivAssign(_) => Builtin::Div,
        _ => return None,
    })
}

impl Lowerer<'_> {
    /// Lowers an expression to an operand, emitting statements for its active operations.
    pub(super) fn lower_expr(&mut self, expr: &Expr) -> Operand {
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
                    Rule::Builtin(Builtin::Neg),
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
                let Some(rule) = arithmetic(op) else {
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
    pub(super) fn binary(
        &mut self,
        rule: Builtin,
        left: Operand,
        right: Operand,
        span: Span,
    ) -> Operand {
        let (left_name, right_name) = (self.operand_fragment(&left), self.operand_fragment(&right));
        let hint = match (left_name, right_name) {
            (Some(a), Some(b)) => Some(match rule {
                Builtin::Mul if starts_with_digit(&a) => format!("{b}_times_{a}"),
                Builtin::Mul if starts_with_digit(&b) => format!("{a}_times_{b}"),
                Builtin::Mul => format!("{a}_{b}"),
                Builtin::Add => format!("{a}_plus_{b}"),
                Builtin::Sub => format!("{a}_minus_{b}"),
                _ => format!("{a}_over_{b}"),
            }),
            _ => None,
        };
        let fallback = match rule {
            Builtin::Add => "sum",
            Builtin::Sub => "difference",
            Builtin::Mul => "product",
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
        let rule = SCALAR_METHODS.iter().chain(MATRIX_METHODS).find(|rule| rule.name() == method);
        let Some(&rule) = rule else {
            self.cx.error(
                &call.method,
                format!(
                    "the method `{method}` is not differentiable here: supported methods are {}",
                    supported_methods()
                ),
            );
            return Operand::Const(Expr::MethodCall(call.clone()));
        };
        let arity = rule.arity();
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
        if rule == Builtin::Powi && self.is_active(&args[1].operand) {
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
        self.operation(Rule::Builtin(rule), args, call.span(), hint, rule.name())
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
        let param_user = param_ident.ident.to_string();
        let (body, result, _) =
            self.lower_nested(Some((&param_user, param)), |this| match &*closure.body {
                Expr::Block(block) => this.lower_statements(&block.block.stmts, true, false),
                body => Some(this.lower_expr(body)),
            });
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

/// An argument passed as the user would pass a value (not by reference).
fn plain(operand: Operand) -> Arg {
    Arg { operand, by_ref: false, owned: false }
}
