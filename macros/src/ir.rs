//! The intermediate representation: a function in A-normal form.
//!
//! `lower` turns the user's `syn` function into this: every operation that touches a
//! differentiable value becomes one statement binding a named variable, with its arguments
//! reduced to variables, places (`p.w`, `v[i]`) or constant expressions. Constant
//! computation (shapes, integer arithmetic, data that no parameter flows into) stays as the
//! user wrote it. `reverse` reads this to write the backward pass; `emit` prints both.

use proc_macro2::{Ident, Span};
use syn::{Expr, Type};

/// Index of a [`Var`] in [`Function::vars`].
pub type VarId = usize;

/// The lowered function.
pub struct Function {
    pub item: syn::ItemFn,
    pub params: Vec<Param>,
    pub output: Output,
    pub vars: Vec<Var>,
    pub body: Block,
    pub result: Operand,
    /// The name allocator, for the adjoints and items `emit` adds.
    pub names: crate::names::Names,
}

/// A sequence of statements.
pub type Block = Vec<Stmt>;

/// One parameter of the user's function.
pub struct Param {
    pub ident: Ident,
    /// The type as written (`&DMatrix<f64>`).
    pub ty: Type,
    /// The type without the outer reference (`DMatrix<f64>`): the gradient's type.
    pub owned_ty: Type,
    pub by_ref: bool,
    pub class: ParamClass,
    /// In the gradient (a float type, and named by `wrt(...)` when that is given).
    pub differentiable: bool,
    pub var: VarId,
}

/// What the macro can tell about a parameter from its type alone.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum ParamClass {
    /// `f64` or `f32`.
    Scalar,
    /// `DMatrix<_>` or `DVector<_>`.
    Tensor,
    /// Any other named type: taken to be a `Params` struct.
    Struct,
    /// Integers, `bool`, `char`, slices, `&str`: never differentiated.
    Constant,
}

impl ParamClass {
    /// Values of this class are `Copy`, so generated code may pass them by value freely.
    pub fn is_copy(self) -> bool {
        matches!(self, ParamClass::Scalar | ParamClass::Constant)
    }
}

/// The function's return type.
pub struct Output {
    pub ty: Type,
    /// `f64`/`f32`: `grad` exists and `vjp` takes the seed by value.
    pub scalar: bool,
}

/// A value in the generated code.
pub struct Var {
    /// The name of its storage in the generated code.
    pub name: Ident,
    pub origin: Origin,
    /// Depends on a differentiable parameter.
    pub active: bool,
    /// Known to be `Copy` (a scalar parameter or a constant parameter).
    pub copy: bool,
    /// Storage that a loop overwrites (`let mut` in the generated code).
    pub mutable: bool,
}

/// Where a variable comes from.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Origin {
    /// The parameter with this index.
    Param(usize),
    /// A `let` binding, an intermediate, or a loop index.
    Local,
}

/// An argument of an operation.
#[derive(Clone)]
pub enum Operand {
    Var(VarId),
    /// A projection of a variable: a field (`p.w`) or an element (`v[i]`, `m[(i, j)]`).
    Place(VarId, Vec<Projection>),
    /// A constant expression, printed as written (variables renamed).
    Const(Expr),
}

/// One step of a place.
#[derive(Clone)]
pub enum Projection {
    Field(syn::Member),
    Index(Expr),
}

impl Operand {
    /// The variable the operand reads, if any.
    pub fn root(&self) -> Option<VarId> {
        match self {
            Operand::Var(v) | Operand::Place(v, _) => Some(*v),
            Operand::Const(_) => None,
        }
    }
}

/// An argument together with how the user passed it.
#[derive(Clone)]
pub struct Arg {
    pub operand: Operand,
    /// The user wrote `&…` (only meaningful for calls of functions).
    pub by_ref: bool,
    /// The user passed an owned value, `x.clone()` (or another copy method) or `*x`: the callee
    /// gets one, also of a parameter that is a reference.
    pub owned: bool,
}

/// The rule an operation applies.
#[derive(Clone)]
pub enum Rule {
    /// An operator or method, emitted as `rules::<name>(…)`.
    Builtin(Builtin),
    /// A call of a function by path: a primitive such as `sigmoid` or another
    /// `#[differentiable]` function. Its backward is `<path>::back_<i>`.
    Call(syn::Path),
}

/// An operator or a method whose rule the runtime has, as `rules::<name>` (see [`Builtin::name`]).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Builtin {
    Add,
    Sub,
    Mul,
    Div,
    Neg,
    Sin,
    Cos,
    Tan,
    Exp,
    Ln,
    Sqrt,
    Tanh,
    Abs,
    Powi,
    Powf,
    Max,
    Min,
    Transpose,
    Sum,
    Mean,
    Variance,
    Norm,
    NormSquared,
    ColumnSum,
    ColumnMean,
    ColumnVariance,
    RowSum,
    RowMean,
    RowVariance,
    AddScalar,
    ComponentMul,
    ComponentDiv,
    Dot,
    Column,
    Row,
    Columns,
    Rows,
}

impl Builtin {
    /// The rule's name in the runtime (`rules::add`), which for a method is the method's name.
    pub fn name(self) -> &'static str {
        match self {
            Builtin::Add => "add",
            Builtin::Sub => "sub",
            Builtin::Mul => "mul",
            Builtin::Div => "div",
            Builtin::Neg => "neg",
            Builtin::Sin => "sin",
            Builtin::Cos => "cos",
            Builtin::Tan => "tan",
            Builtin::Exp => "exp",
            Builtin::Ln => "ln",
            Builtin::Sqrt => "sqrt",
            Builtin::Tanh => "tanh",
            Builtin::Abs => "abs",
            Builtin::Powi => "powi",
            Builtin::Powf => "powf",
            Builtin::Max => "max",
            Builtin::Min => "min",
            Builtin::Transpose => "transpose",
            Builtin::Sum => "sum",
            Builtin::Mean => "mean",
            Builtin::Variance => "variance",
            Builtin::Norm => "norm",
            Builtin::NormSquared => "norm_squared",
            Builtin::ColumnSum => "column_sum",
            Builtin::ColumnMean => "column_mean",
            Builtin::ColumnVariance => "column_variance",
            Builtin::RowSum => "row_sum",
            Builtin::RowMean => "row_mean",
            Builtin::RowVariance => "row_variance",
            Builtin::AddScalar => "add_scalar",
            Builtin::ComponentMul => "component_mul",
            Builtin::ComponentDiv => "component_div",
            Builtin::Dot => "dot",
            Builtin::Column => "column",
            Builtin::Row => "row",
            Builtin::Columns => "columns",
            Builtin::Rows => "rows",
        }
    }

    /// How many arguments the rule takes besides the first (a method's, besides the receiver).
    pub fn arity(self) -> usize {
        match self {
            Builtin::Neg
            | Builtin::Sin
            | Builtin::Cos
            | Builtin::Tan
            | Builtin::Exp
            | Builtin::Ln
            | Builtin::Sqrt
            | Builtin::Tanh
            | Builtin::Abs
            | Builtin::Transpose
            | Builtin::Sum
            | Builtin::Mean
            | Builtin::Variance
            | Builtin::Norm
            | Builtin::NormSquared
            | Builtin::ColumnSum
            | Builtin::ColumnMean
            | Builtin::ColumnVariance
            | Builtin::RowSum
            | Builtin::RowMean
            | Builtin::RowVariance => 0,
            Builtin::Add
            | Builtin::Sub
            | Builtin::Mul
            | Builtin::Div
            | Builtin::Powi
            | Builtin::Powf
            | Builtin::Max
            | Builtin::Min
            | Builtin::AddScalar
            | Builtin::ComponentMul
            | Builtin::ComponentDiv
            | Builtin::Dot
            | Builtin::Column
            | Builtin::Row => 1,
            Builtin::Columns | Builtin::Rows => 2,
        }
    }

    /// The operator's symbol, for `+`, `-`, `*` and `/`.
    pub fn operator(self) -> Option<&'static str> {
        match self {
            Builtin::Add => Some("+"),
            Builtin::Sub => Some("-"),
            Builtin::Mul => Some("*"),
            Builtin::Div => Some("/"),
            _ => None,
        }
    }

    /// A read of a part of a matrix (`m.column(j)`, `m.rows(i, k)`…).
    pub fn reads_part(self) -> bool {
        matches!(self, Builtin::Column | Builtin::Row | Builtin::Columns | Builtin::Rows)
    }
}

/// What the backward pass of one argument of a rule reads, so that it mentions (and the
/// pullback keeps) nothing else.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Pull {
    /// `rule::back_<i>(args…, out, d_out)`: every input, the result and its adjoint.
    Back,
    /// `rules::<op>::pull_<i>(args…, d_out)`: `*`, whose adjoints never read the result.
    WithoutOut,
    /// `rules::<op>::pull_<i>(d_out)`: `+` and `-`, whose adjoints are `±dC`; the operand's type
    /// comes from where the adjoint goes. Where the type must be known on the spot (the adjoint
    /// is added into another), `pull_<i>_like(operand, d_out)`: the operand gives it.
    PassedOn,
    /// `rule::pull_<i>(out, d_out)`: the result and its adjoint (`tanh`, `sigmoid`, `exp`,
    /// `softmax`, `log_softmax`), not the input.
    FromOut,
    /// `rule::pull_<i>(args at inputs…, [out,] d_out)`: some of the arguments and, when `out`,
    /// the result (`/`: the numerator's adjoint reads the denominator; the denominator's, the
    /// denominator and the quotient).
    Reads { inputs: &'static [usize], out: bool },
    /// `rule::pull_<i>(d_out)`: the adjoint alone (`add_bias`'s bias: the row sums of `dC`).
    AdjointOnly,
    /// The adjoint itself, moved on (`add_bias`'s matrix: `dM = dC`).
    PassThrough,
}

/// One operation: `rule(args…)`.
#[derive(Clone)]
pub struct Op {
    pub rule: Rule,
    pub args: Vec<Arg>,
    /// The user's expression, for error messages on generated code.
    pub span: Span,
}

/// The runtime's primitives, which the prelude brings into scope with their backward passes.
pub const PRIMITIVES: &[&str] = &[
    "sigmoid",
    "relu",
    "tanh",
    "exp",
    "ln",
    "softmax",
    "log_softmax",
    "add_bias",
    "mse",
    "cross_entropy",
];

impl Op {
    /// A call of a function that is not one of the runtime's primitives: a `#[differentiable]`
    /// function or a hand-written rule. Its backward pass goes through its saving form
    /// (`pullback`), one call for all of its arguments.
    pub fn calls_function(&self) -> bool {
        matches!(self.rule, Rule::Call(_)) && self.primitive().is_none()
    }

    /// True when argument `position`'s adjoint is the result's adjoint itself, so that, computed
    /// last, it can take it (moved, not copied): `add_bias`'s matrix, the left operand of `+`
    /// and `-` (`dA = dC`).
    pub fn moves_adjoint(&self, position: usize) -> bool {
        match self.pull(position) {
            Pull::PassThrough => true,
            Pull::PassedOn => position == 0,
            _ => false,
        }
    }

    /// A read of a part of a matrix (`m.columns(j, k)`, `m.row(i)`…): its adjoint can be added
    /// into that part of the whole's adjoint in place.
    pub fn is_part(&self) -> bool {
        matches!(self.rule, Rule::Builtin(builtin) if builtin.reads_part())
    }

    /// The runtime primitive this operation calls (`add_bias`), if it calls one.
    pub fn primitive(&self) -> Option<&'static str> {
        let Rule::Call(path) = &self.rule else { return None };
        if path.segments.len() != 1 || path.leading_colon.is_some() {
            return None;
        }
        let name = path.segments[0].ident.to_string();
        PRIMITIVES.iter().copied().find(|primitive| *primitive == name)
    }

    /// How the backward pass computes argument `position`'s adjoint (see [`Pull`]).
    pub fn pull(&self, position: usize) -> Pull {
        match (&self.rule, self.primitive()) {
            (Rule::Builtin(Builtin::Add | Builtin::Sub), _) => Pull::PassedOn,
            (Rule::Builtin(Builtin::Mul), _) => Pull::WithoutOut,
            (Rule::Builtin(Builtin::Div), _) => Pull::Reads { inputs: &[1], out: position == 1 },
            (_, Some("add_bias")) => {
                if position == 0 {
                    Pull::PassThrough
                } else {
                    Pull::AdjointOnly
                }
            }
            (Rule::Builtin(Builtin::Sqrt | Builtin::Tanh | Builtin::Exp), _)
            | (_, Some("sigmoid" | "tanh" | "exp" | "softmax" | "log_softmax")) => Pull::FromOut,
            _ => Pull::Back,
        }
    }

    /// The rule has a form that takes its first argument by value and reuses its storage
    /// (`add_bias::in_place(m, b)`), for an intermediate that nothing else reads.
    pub fn consumes_first(&self) -> bool {
        self.primitive() == Some("add_bias")
    }

    /// Argument positions that can carry a gradient. A `powi` exponent cannot.
    pub fn differentiable_positions(&self) -> Vec<usize> {
        match &self.rule {
            Rule::Builtin(builtin) if *builtin == Builtin::Powi || builtin.reads_part() => vec![0],
            _ => (0..self.args.len()).collect(),
        }
    }
}

/// A statement of the forward pass.
#[allow(
    clippy::large_enum_variant,
    reason = "the IR lives for one macro call; boxing the common variant would only add noise"
)]
pub enum Stmt {
    /// `let var: ty = value;`
    Let { var: VarId, value: Value, ty: Option<Type> },
    /// `assert!`/`debug_assert!`, kept as written (variables renamed); forward only.
    Assert(syn::Macro),
    /// `if cond { … } else { … }` producing new versions of variables.
    If(Box<If>),
    /// `for index in range { … }` updating carried variables.
    For(Box<For>),
    /// `v[i] = value;`, `m[(i, j)] = value;`: a write into an element of a local, in place.
    Write(Box<Write>),
}

/// A write into one element of a local matrix or vector, in place (no copy of the whole).
///
/// The forward pass keeps the overwritten element in `before`. The backward pass puts it back,
/// so the steps after it read the storage as the forward pass did before the write; it hands the
/// element's adjoint to the value written and leaves zero in its place.
pub struct Write {
    /// The local written into (one variable, whatever its elements hold).
    pub target: VarId,
    /// The element: one `Projection::Index`.
    pub index: Vec<Projection>,
    pub value: Operand,
    /// The element as it was before the write.
    pub before: VarId,
}

impl Write {
    /// True when `block` or a block nested in it writes into an element.
    pub fn any_in(block: &Block) -> bool {
        block.iter().any(|stmt| match stmt {
            Stmt::Write(_) => true,
            Stmt::If(node) => Write::any_in(&node.then_block) || Write::any_in(&node.else_block),
            Stmt::For(node) => Write::any_in(&node.body),
            Stmt::Let { .. } | Stmt::Assert(_) => false,
        })
    }
}

/// The right-hand side of a `let`.
pub enum Value {
    Const(Expr),
    Op(Op),
    /// A copy of a value under a new name (`let a = b.clone();`).
    Copy(Operand),
    /// `m.map(|v| body)`: a scalar function applied to every element.
    Map(Box<Map>),
}

/// The closure of a `.map`, lowered as a scalar function of its argument.
pub struct Map {
    pub matrix: Operand,
    /// The closure's parameter.
    pub param: VarId,
    pub body: Block,
    pub result: Operand,
    pub span: Span,
}

/// A two-armed conditional. Each arm computes a value for every variable in `outputs`.
pub struct If {
    /// The condition, evaluated once and remembered (never differentiated).
    pub flag: VarId,
    pub condition: Expr,
    pub then_block: Block,
    pub else_block: Block,
    /// The variables the `if` defines, with the operand each arm gives them.
    pub outputs: Vec<IfOutput>,
}

/// One variable defined by an `if`.
pub struct IfOutput {
    pub var: VarId,
    pub then_value: Operand,
    pub else_value: Operand,
}

/// A `for` loop over a constant range.
///
/// Each carried variable has one storage for the whole loop: the body reads it, computes the
/// new value into `end`, and the loop writes `end` back after pushing the overwritten value
/// onto the tape, so the backward pass can restore it.
pub struct For {
    pub index: VarId,
    pub range: Expr,
    pub body: Block,
    pub carried: Vec<Carried>,
    /// The stack of overwritten values, one entry per iteration.
    pub tape: Ident,
}

/// A variable a loop updates.
pub struct Carried {
    /// The storage: holds the value before the loop, during each iteration's start, and after.
    pub storage: VarId,
    /// The version the body ends with, written back into `storage`.
    pub end: VarId,
    /// In the backward pass, the value popped from the tape (`acc_before`); its adjoint
    /// collects the gradient of the iteration's starting value.
    pub before: VarId,
    /// The version after the loop: same storage as `storage`, a different value.
    pub after: VarId,
}
