//! The random-program generator: a seed in, the Rust text of `generated.rs` out.
//!
//! [`generate`] writes `count` `#[differentiable]` functions over the whole supported subset, each
//! followed by a `#[test]` that runs its generated `check` at random points. A small typed grammar
//! knows the type and shape of every live variable (scalar, vector of length n, matrix r×c), so
//! every program compiles; every partial operation is guarded (`ln` of `x² + 1`, division by
//! `2 + tanh x`, `exp` of a bounded value) and magnitudes are tracked and squashed, so every
//! function is defined and moderate wherever it is checked. The text is unformatted: the test
//! that compares it with the committed file runs it through rustfmt.
//!
//! Regenerate with [`REGENERATE`]. The command runs the test binary that includes the committed
//! file; should a change here make that file stop compiling, empty it first.

use std::fmt::Write as _;

use crate::support::Rng;

/// The seed of the committed `generated.rs`.
pub const SEED: u64 = 2026;

/// The magnitude above which an intermediate is squashed. The same for f32 as for f64:
/// squashing shrinks gradients, and f32 differences resolve only gradients near the values' scale.
const LIMIT: f64 = 20.0;

/// How many functions the committed `generated.rs` holds.
pub const COUNT: usize = 300;

/// The command that rewrites `generated.rs`.
pub const REGENERATE: &str =
    "REGENERATE_RANDOM_PROGRAMS=1 cargo test --test random_programs generated_file_is_current";

/// The text of `generated.rs`: a header, the parameter structs, then `count` functions and tests.
pub fn generate(seed: u64, count: usize) -> String {
    let mut rng = Rng::new(seed);
    let mut text = header(seed, count);
    let mut signatures: Vec<Signature> = Vec::new();
    for index in 0..count {
        // Draw again a function whose generated code would be large, to keep the test binary's
        // compile time in bounds.
        let (program, signature) = loop {
            let (program, signature) = Body::program(&mut rng, index, &signatures);
            if cost(&program, &signature) <= BUDGET {
                break (program, signature);
            }
        };
        text.push_str(&program);
        signatures.push(signature);
    }
    text
}

/// The largest [`cost`] of a function.
const BUDGET: usize = 6000;

/// How much code `#[differentiable]` writes for a function, roughly: its text, once for `vjp`
/// and `forward` and once for each `back_<i>`.
fn cost(program: &str, signature: &Signature) -> usize {
    let text: usize = program.split_whitespace().map(str::len).sum();
    let gradients =
        signature.params.iter().filter(|param| param.differentiable() && !param.excluded).count();
    text * (2 + gradients)
}

fn header(seed: u64, count: usize) -> String {
    let mut text = format!(
        "//! {count} random `#[differentiable]` functions, each followed by a test that runs its\n\
         //! generated `check` at random points. Written by `generator.rs` with seed {seed}: do not\n\
         //! edit, regenerate with\n//! `{REGENERATE}`.\n"
    );
    text.push_str(
        "#![allow(\n    clippy::needless_pass_by_value,\n    clippy::trivially_copy_pass_by_ref,\n    \
         reason = \"the programs take each parameter by value or by reference at random\"\n)]\n\
         #![allow(\n    clippy::redundant_closure,\n    clippy::redundant_closure_for_method_calls,\n    \
         reason = \"`m.map(f64::tanh)` is not differentiated: `map` takes a closure\"\n)]\n\
         #![allow(\n    clippy::explicit_iter_loop,\n    clippy::unused_enumerate_index,\n    \
         clippy::assign_op_pattern,\n    reason = \"loops and element writes in the forms a learner \
         writes first\"\n)]\n\
         #![allow(\n    clippy::self_assignment,\n    reason = \"an element write may write an element's \
         own value back (`w[i] = w[i]`), which the backward pass reverses like any other\"\n)]\n\n\
         use backprop::prelude::*;\n\nuse super::passes_at_random_points;\n\n",
    );
    for float in [Float::F64, Float::F32] {
        let (affine, two_layer, name) = (float.affine(), float.two_layer(), float.name());
        let _ = write!(
            text,
            "#[derive(Params, Clone, Debug)]\nstruct {affine} {{ w: DMatrix<{name}>, b: \
             DVector<{name}> }}\n\n#[derive(Params, Clone, Debug)]\nstruct {two_layer} {{ first: \
             {affine}, second: {affine}, gain: {name} }}\n\n#[derive(Params, Clone, Debug)]\nstruct \
             {stack} {{ layers: Vec<{affine}> }}\n\n",
            stack = float.stack(),
        );
    }
    text
}

// ---- types and expressions --------------------------------------------------------------------

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Float {
    F64,
    F32,
}

impl Float {
    fn name(self) -> &'static str {
        match self {
            Float::F64 => "f64",
            Float::F32 => "f32",
        }
    }

    fn affine(self) -> &'static str {
        match self {
            Float::F64 => "Affine",
            Float::F32 => "Affine32",
        }
    }

    fn two_layer(self) -> &'static str {
        match self {
            Float::F64 => "TwoLayer",
            Float::F32 => "TwoLayer32",
        }
    }

    fn stack(self) -> &'static str {
        match self {
            Float::F64 => "Stack",
            Float::F32 => "Stack32",
        }
    }
}

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Ty {
    Scalar,
    Vector(usize),
    Matrix(usize, usize),
}

impl Ty {
    fn rust(self, float: Float) -> String {
        match self {
            Ty::Scalar => float.name().to_owned(),
            Ty::Vector(_) => format!("DVector<{}>", float.name()),
            Ty::Matrix(..) => format!("DMatrix<{}>", float.name()),
        }
    }

    fn len(self) -> usize {
        match self {
            Ty::Scalar => 1,
            Ty::Vector(n) => n,
            Ty::Matrix(rows, cols) => rows * cols,
        }
    }
}

/// How tightly an expression's top binds, loosest first.
#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Debug)]
enum Prec {
    Add,
    Mul,
    Cast,
    Unary,
    Postfix,
}

/// How an expression is borrowed and copied.
#[derive(Clone, PartialEq, Eq, Debug)]
enum Borrow {
    /// A computed value.
    Value,
    /// A variable or a field: borrowed as `&place`, copied with `.clone()`.
    Place,
    /// A reference parameter (`w: &DMatrix<f64>`, `x: &f64`): borrowed as its name.
    Reference(String),
}

/// A generated expression with its type and the typical magnitude of its elements (inputs are
/// standard normal; sums of n terms grow like √n).
#[derive(Clone, Debug)]
struct Expr {
    text: String,
    prec: Prec,
    ty: Ty,
    mag: f64,
    borrow: Borrow,
    /// Every column sums to a constant (a softmax): its sum or mean is a constant.
    normalized: bool,
}

impl Expr {
    fn new(text: impl Into<String>, prec: Prec, ty: Ty, mag: f64) -> Self {
        Expr { text: text.into(), prec, ty, mag, borrow: Borrow::Value, normalized: false }
    }

    /// A softmax of `argument`.
    fn softmax(argument: &Expr) -> Self {
        let softmax = call("softmax", &[argument.borrowed()], argument.ty, 1.0);
        Expr { normalized: true, ..softmax }
    }

    fn literal(value: f64) -> Self {
        Expr::new(format!("{value:?}"), Prec::Postfix, Ty::Scalar, value.abs())
    }

    fn grouped(&self, prec: Prec) -> String {
        if self.prec >= prec { self.text.clone() } else { format!("({})", self.text) }
    }

    /// As the operand of an operator that needs at least `prec`: matrices are borrowed.
    fn operand(&self, prec: Prec) -> String {
        match (&self.borrow, self.ty) {
            (_, Ty::Scalar) | (Borrow::Value, _) => self.grouped(prec),
            (Borrow::Place, _) => format!("&{}", self.text),
            (Borrow::Reference(name), _) => name.clone(),
        }
    }

    /// As the right-hand side of a compound assignment.
    fn assigned(&self) -> String {
        match (&self.borrow, self.ty) {
            (_, Ty::Scalar) | (Borrow::Value, _) => self.text.clone(),
            _ => self.operand(Prec::Add),
        }
    }

    /// As an argument that is a reference.
    fn borrowed(&self) -> String {
        match &self.borrow {
            Borrow::Reference(name) => name.clone(),
            Borrow::Place => format!("&{}", self.text),
            Borrow::Value => format!("&{}", self.grouped(Prec::Unary)),
        }
    }

    /// As an owned value (an argument, a `let`, a block's value): places are copied.
    fn owned(&self) -> String {
        match (&self.borrow, self.ty) {
            (_, Ty::Scalar) | (Borrow::Value, _) => self.text.clone(),
            (Borrow::Place, _) => format!("{}.clone()", self.text),
            (Borrow::Reference(name), _) => format!("{name}.clone()"),
        }
    }

    /// As the receiver of a method call.
    fn receiver(&self) -> String {
        match &self.borrow {
            Borrow::Reference(name) => name.clone(),
            _ => self.grouped(Prec::Postfix),
        }
    }

    /// `self.call`, a method call of type `ty`.
    fn method(&self, call: &str, ty: Ty, mag: f64) -> Expr {
        Expr::new(format!("{}.{call}", self.receiver()), Prec::Postfix, ty, mag)
    }

    /// True when the text is a bare name, which must not end a block (`let_and_return`).
    fn is_name(&self) -> bool {
        self.text.chars().all(|c| c.is_ascii_alphanumeric() || c == '_')
    }
}

/// `left op right`, of type `ty`.
fn binary(left: &Expr, op: &str, right: &Expr, ty: Ty, mag: f64) -> Expr {
    let (prec, right_prec) =
        if matches!(op, "+" | "-") { (Prec::Add, Prec::Mul) } else { (Prec::Mul, Prec::Cast) };
    let text = format!("{} {op} {}", left.operand(prec), right.operand(right_prec));
    let normalized = matches!(op, "+" | "-") && left.normalized && right.normalized;
    Expr { normalized, ..Expr::new(text, prec, ty, mag) }
}

/// `name(args…)`, a call of type `ty`.
fn call(name: &str, args: &[String], ty: Ty, mag: f64) -> Expr {
    Expr::new(format!("{name}({})", args.join(", ")), Prec::Postfix, ty, mag)
}

fn pick<'a, T>(rng: &mut Rng, items: &'a [T]) -> &'a T {
    &items[rng.int(0, items.len() - 1)]
}

/// A random literal from a fixed list (none close to a named constant, none an identity).
fn literal(rng: &mut Rng) -> Expr {
    Expr::literal(*pick(rng, &[0.25, 0.5, 0.75, 1.5, 2.0, 0.3, 0.4, 1.25]))
}

// ---- parameters, variables and signatures ------------------------------------------------------

/// The shape of a parameter struct: `Affine` (`w` is `out×inputs`, `b` has `out` elements) or
/// `TwoLayer` (`first: Affine(hidden, inputs)`, `second: Affine(out, hidden)`, `gain`).
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Layout {
    Affine { out: usize, inputs: usize },
    TwoLayer { inputs: usize, hidden: usize, out: usize },
}

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum ParamKind {
    Float(Ty),
    Struct(Layout),
    /// `s: &Stack`: `layers` square layers of size `dim`, looped over.
    Stack {
        dim: usize,
        layers: usize,
    },
    /// `n: usize`, a loop bound, with the value the tests pass.
    Count(usize),
    Flag,
    Case,
    /// `labels: &[usize]`: `count` labels below `classes`.
    Labels {
        classes: usize,
        count: usize,
    },
}

#[derive(Clone, Debug)]
struct Param {
    name: String,
    kind: ParamKind,
    by_ref: bool,
    used: bool,
    /// Left out of the gradient by `wrt(...)`: callers may pass it only constants.
    excluded: bool,
    /// The labels the tests pass, for `Labels`.
    labels: Vec<usize>,
}

impl Param {
    fn declaration(&self, float: Float) -> String {
        let reference = if self.by_ref { "&" } else { "" };
        let ty = match self.kind {
            ParamKind::Float(ty) => ty.rust(float),
            ParamKind::Struct(Layout::Affine { .. }) => float.affine().to_owned(),
            ParamKind::Struct(Layout::TwoLayer { .. }) => float.two_layer().to_owned(),
            ParamKind::Stack { .. } => float.stack().to_owned(),
            ParamKind::Count(_) | ParamKind::Case => "usize".to_owned(),
            ParamKind::Flag => "bool".to_owned(),
            ParamKind::Labels { .. } => "[usize]".to_owned(),
        };
        format!("{}: {reference}{ty}", self.name)
    }

    fn differentiable(&self) -> bool {
        matches!(self.kind, ParamKind::Float(_) | ParamKind::Struct(_) | ParamKind::Stack { .. })
    }

    /// A random value for the tests, as an argument.
    fn argument(&self, float: Float) -> String {
        let reference = if self.by_ref { "&" } else { "" };
        let value = match self.kind {
            ParamKind::Float(ty) => random_value(ty),
            ParamKind::Struct(layout) => random_struct(layout, float),
            ParamKind::Stack { dim, layers } => {
                let layout = Layout::Affine { out: dim, inputs: dim };
                let layers: Vec<String> =
                    (0..layers).map(|_| random_struct(layout, float)).collect();
                format!("{} {{ layers: vec![{}] }}", float.stack(), layers.join(", "))
            }
            ParamKind::Count(n) => n.to_string(),
            ParamKind::Flag => "rng.uniform() < 0.5".to_owned(),
            ParamKind::Case => "rng.int(0, 3)".to_owned(),
            ParamKind::Labels { .. } => labels_literal(&self.labels),
        };
        format!("{reference}{value}")
    }
}

fn random_value(ty: Ty) -> String {
    match ty {
        Ty::Scalar => "rng.scalar()".to_owned(),
        Ty::Vector(n) => format!("rng.vector({n})"),
        Ty::Matrix(rows, cols) => format!("rng.matrix({rows}, {cols})"),
    }
}

fn random_struct(layout: Layout, float: Float) -> String {
    let affine = |out: usize, inputs: usize| {
        format!("{} {{ w: rng.matrix({out}, {inputs}), b: rng.vector({out}) }}", float.affine())
    };
    match layout {
        Layout::Affine { out, inputs } => affine(out, inputs),
        Layout::TwoLayer { inputs, hidden, out } => format!(
            "{} {{ first: {}, second: {}, gain: rng.scalar() }}",
            float.two_layer(),
            affine(hidden, inputs),
            affine(out, hidden)
        ),
    }
}

fn labels_literal(labels: &[usize]) -> String {
    let items: Vec<String> = labels.iter().map(ToString::to_string).collect();
    format!("[{}]", items.join(", "))
}

/// What a caller needs to know about an earlier function.
#[derive(Clone, Debug)]
struct Signature {
    name: String,
    float: Float,
    params: Vec<Param>,
    output: Ty,
    mag: f64,
}

/// A value the body can read.
#[derive(Clone, Debug)]
struct Var {
    /// The name as written: `x0`, `s3`, `p.first.w`.
    name: String,
    ty: Ty,
    borrow: Borrow,
    mag: f64,
    mutable: bool,
    /// Its current value has been read (else it must be, before its scope ends).
    read: bool,
    /// The parameter it is, or is a field of.
    param: Option<usize>,
    content: Content,
}

/// What a variable holds, as far as folding and reducing it is concerned.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Content {
    Computed,
    /// A constant the body declared (`let c1: DMatrix<f64> = DMatrix::zeros(2, 3);`).
    Constant,
    /// A value whose columns sum to a constant (see [`Expr::normalized`]).
    Normalized,
}

impl Var {
    /// An immutable, unread variable that is not a parameter.
    fn new(name: impl Into<String>, ty: Ty, borrow: Borrow, mag: f64) -> Self {
        Var {
            name: name.into(),
            ty,
            borrow,
            mag,
            mutable: false,
            read: false,
            param: None,
            content: Content::Computed,
        }
    }

    fn is_field(&self) -> bool {
        self.name.contains('.')
    }

    fn with_mag(self, mag: f64) -> Self {
        Var { mag, ..self }
    }
}

/// A struct the body can pass to a callee: a struct parameter or one of its fields.
#[derive(Clone, Debug)]
struct StructPlace {
    path: String,
    layout: Layout,
    param: usize,
    /// The path is a reference parameter itself.
    reference: bool,
}

/// A loop variable in scope.
#[derive(Clone, Debug)]
struct Index {
    name: String,
    bound: usize,
    used: bool,
}

// ---- one function -----------------------------------------------------------------------------

/// The generator of one function's body, with everything in scope.
struct Body<'a> {
    rng: &'a mut Rng,
    float: Float,
    callees: &'a [Signature],
    /// The sizes this function's shapes are drawn from, so that its shapes meet.
    dims: Vec<usize>,
    params: Vec<Param>,
    vars: Vec<Var>,
    structs: Vec<StructPlace>,
    indices: Vec<Index>,
    /// Names that must not be shadowed: the targets of the blocks being written.
    protected: Vec<String>,
    /// A variable expressions must not read (the target of a compound assignment).
    hidden: Option<usize>,
    /// Inside a `map` closure: only scalar rules and the closure's argument.
    in_closure: bool,
    /// Iterations of the enclosing loops, multiplied.
    iterations: usize,
    /// The next block starts with a loop (a loop nested in the loop whose body it is).
    nested_loop: bool,
    next_name: usize,
}

impl<'a> Body<'a> {
    /// One function and its test, and its signature for later callers.
    fn program(rng: &'a mut Rng, index: usize, callees: &'a [Signature]) -> (String, Signature) {
        let float = if rng.uniform() < 0.25 { Float::F32 } else { Float::F64 };
        let mut body = Body {
            rng,
            float,
            callees,
            dims: Vec::new(),
            params: Vec::new(),
            vars: Vec::new(),
            structs: Vec::new(),
            indices: Vec::new(),
            protected: Vec::new(),
            hidden: None,
            in_closure: false,
            iterations: 1,
            nested_loop: false,
            next_name: 0,
        };
        body.choose_params();
        // A `Stack` parameter is there to be looped over.
        let mut statements = if body.rng.uniform() < 0.7 {
            body.layer_loop().unwrap_or_default()
        } else {
            String::new()
        };
        statements.push_str(&body.block(0, &[]));
        let output = body.output_ty();
        let result = body.result(output);
        let name = format!("f{index:03}");
        body.params.retain(|param| param.used);
        let attribute = body.attribute();
        let declarations: Vec<String> =
            body.params.iter().map(|param| param.declaration(float)).collect();
        let arguments: Vec<String> =
            body.params.iter().map(|param| param.argument(float)).collect();
        let text = format!(
            "{attribute}\nfn {name}({}) -> {} {{\n{statements}{}\n}}\n\n#[test]\nfn check_{name}() \
             {{\npasses_at_random_points({index}, \"{name}\", |rng| {name}::check({}));\n}}\n\n",
            declarations.join(", "),
            output.rust(float),
            result.text,
            arguments.join(", "),
        );
        let signature = Signature { name, float, params: body.params, output, mag: result.mag };
        (text, signature)
    }

    /// `#[differentiable]`, or now and then `#[differentiable(wrt(…))]` with some of the
    /// differentiable parameters (the others are marked excluded).
    fn attribute(&mut self) -> String {
        let differentiable: Vec<usize> =
            (0..self.params.len()).filter(|&index| self.params[index].differentiable()).collect();
        if differentiable.len() < 2 || self.rng.uniform() >= 0.15 {
            return "#[differentiable]".to_owned();
        }
        let keep = self.rng.int(1, differentiable.len() - 1);
        let mut names = Vec::new();
        for (position, &index) in differentiable.iter().enumerate() {
            if position < keep {
                names.push(self.params[index].name.clone());
            } else {
                self.params[index].excluded = true;
            }
        }
        format!("#[differentiable(wrt({}))]", names.join(", "))
    }

    // ---- parameters ---------------------------------------------------------------------------

    fn choose_params(&mut self) {
        let small = if self.rng.uniform() < 0.2 { 1 } else { self.rng.int(2, 4) };
        self.dims = vec![self.rng.int(2, 4), self.rng.int(2, 5), small];
        // f32 differences resolve a parameter's gradient only near the scale of the value:
        // f32 programs are smaller, so that no parameter's part in the value is diluted.
        let floats = match self.float {
            Float::F64 => *pick(self.rng, &[1, 2, 2, 2, 3]),
            Float::F32 => *pick(self.rng, &[1, 1, 2, 2, 3]),
        };
        for position in 0..floats {
            let ty = match self.rng.int(0, 9) {
                0..=2 => Ty::Scalar,
                3 | 4 => Ty::Vector(self.dim()),
                _ => Ty::Matrix(self.dim(), self.dim()),
            };
            let by_ref = self.rng.uniform() < if ty == Ty::Scalar { 0.2 } else { 0.7 };
            self.add_float_param(format!("x{position}"), ty, by_ref);
        }
        if self.rng.uniform() < 0.25 {
            self.add_struct_param();
        }
        if self.rng.uniform() < 0.12 {
            self.add_stack_param();
        }
        let n = self.rng.int(2, 4);
        self.add_param("n", ParamKind::Count(n), false);
        self.add_param("flag", ParamKind::Flag, false);
        self.add_param("case", ParamKind::Case, false);
        if self.rng.uniform() < 0.3 {
            let (classes, count) = (self.dim().max(2), self.dim());
            let labels = (0..count).map(|_| self.rng.int(0, classes - 1)).collect();
            let index = self.add_param("labels", ParamKind::Labels { classes, count }, true);
            self.params[index].labels = labels;
        }
    }

    fn dim(&mut self) -> usize {
        *pick(self.rng, &self.dims.clone())
    }

    fn add_param(&mut self, name: &str, kind: ParamKind, by_ref: bool) -> usize {
        self.params.push(Param {
            name: name.to_owned(),
            kind,
            by_ref,
            used: false,
            excluded: false,
            labels: vec![],
        });
        self.params.len() - 1
    }

    fn add_float_param(&mut self, name: String, ty: Ty, by_ref: bool) {
        let param = self.add_param(&name, ParamKind::Float(ty), by_ref);
        let borrow = if by_ref { Borrow::Reference(name.clone()) } else { Borrow::Place };
        self.push_var(Var { param: Some(param), ..Var::new(name, ty, borrow, 3.0) });
    }

    fn add_struct_param(&mut self) {
        // Prefer the layout of an earlier function's struct parameter, so that calls can pass
        // this one or one of its fields.
        let earlier: Vec<Layout> = self
            .callees
            .iter()
            .filter(|callee| callee.float == self.float)
            .flat_map(|callee| callee.params.iter())
            .filter_map(|param| match param.kind {
                ParamKind::Struct(layout) => Some(layout),
                _ => None,
            })
            .collect();
        let reuse =
            (!earlier.is_empty() && self.rng.uniform() < 0.7).then(|| *pick(self.rng, &earlier));
        let layout = match reuse {
            Some(Layout::Affine { out, inputs }) if self.rng.uniform() < 0.6 => {
                if self.rng.uniform() < 0.5 {
                    Layout::TwoLayer { inputs, hidden: out, out: self.dim() }
                } else {
                    Layout::TwoLayer { inputs: self.dim(), hidden: inputs, out }
                }
            }
            Some(layout) => layout,
            None if self.rng.uniform() < 0.5 => {
                Layout::Affine { out: self.dim(), inputs: self.dim() }
            }
            None => Layout::TwoLayer { inputs: self.dim(), hidden: self.dim(), out: self.dim() },
        };
        let name = if self.rng.uniform() < 0.5 { "p" } else { "q" };
        let by_ref = self.rng.uniform() < 0.8;
        let param = self.add_param(name, ParamKind::Struct(layout), by_ref);
        self.structs.push(StructPlace { path: name.to_owned(), layout, param, reference: by_ref });
        match layout {
            Layout::Affine { out, inputs } => self.push_affine_fields(name, out, inputs, param),
            Layout::TwoLayer { inputs, hidden, out } => {
                for (field, layout) in [
                    ("first", Layout::Affine { out: hidden, inputs }),
                    ("second", Layout::Affine { out, inputs: hidden }),
                ] {
                    let path = format!("{name}.{field}");
                    self.structs.push(StructPlace {
                        path: path.clone(),
                        layout,
                        param,
                        reference: false,
                    });
                    let Layout::Affine { out, inputs } = layout else { continue };
                    self.push_affine_fields(&path, out, inputs, param);
                }
                self.push_field(format!("{name}.gain"), Ty::Scalar, param);
            }
        }
    }

    /// `s: &Stack`, whose layers' fields the body reads as `s.layers[k].w` and loops over.
    fn add_stack_param(&mut self) {
        let (dim, layers) = (self.dim(), self.rng.int(2, 3));
        let param = self.add_param("s", ParamKind::Stack { dim, layers }, true);
        for layer in 0..layers {
            self.push_affine_fields(&format!("s.layers[{layer}]"), dim, dim, param);
        }
    }

    fn push_affine_fields(&mut self, path: &str, out: usize, inputs: usize, param: usize) {
        self.push_field(format!("{path}.w"), Ty::Matrix(out, inputs), param);
        self.push_field(format!("{path}.b"), Ty::Vector(out), param);
    }

    fn push_field(&mut self, name: String, ty: Ty, param: usize) {
        self.push_var(Var { param: Some(param), ..Var::new(name, ty, Borrow::Place, 3.0) });
    }

    fn push_var(&mut self, var: Var) -> usize {
        self.vars.push(var);
        self.vars.len() - 1
    }

    /// The constant parameter of this kind, marked used.
    fn constant_param(&mut self, wanted: fn(&ParamKind) -> bool) -> Option<usize> {
        let index = self.params.iter().position(|param| wanted(&param.kind))?;
        if self.in_closure {
            return None;
        }
        self.params[index].used = true;
        Some(index)
    }

    // ---- names and scopes ---------------------------------------------------------------------

    fn fresh(&mut self, prefix: &str) -> String {
        self.next_name += 1;
        format!("{prefix}{}", self.next_name)
    }

    fn fresh_for(&mut self, ty: Ty) -> String {
        self.fresh(match ty {
            Ty::Scalar => "s",
            Ty::Vector(_) => "v",
            Ty::Matrix(..) => "m",
        })
    }

    /// Indices of the variables in scope (not shadowed, not hidden).
    fn visible(&self) -> Vec<usize> {
        (0..self.vars.len())
            .filter(|&index| {
                Some(index) != self.hidden
                    && !self.vars[index + 1..]
                        .iter()
                        .any(|later| later.name == self.vars[index].name)
            })
            .collect()
    }

    fn visible_of(&self, wanted: impl Fn(Ty) -> bool) -> Vec<usize> {
        self.visible().into_iter().filter(|&index| wanted(self.vars[index].ty)).collect()
    }

    /// Reads a variable.
    fn read(&mut self, index: usize) -> Expr {
        let var = &mut self.vars[index];
        var.read = true;
        let (text, prec) = match (&var.borrow, var.ty) {
            (Borrow::Reference(name), Ty::Scalar) => (format!("*{name}"), Prec::Unary),
            _ => (var.name.clone(), Prec::Postfix),
        };
        let expr = Expr {
            text,
            prec,
            ty: var.ty,
            mag: var.mag,
            borrow: var.borrow.clone(),
            normalized: var.content == Content::Normalized,
        };
        if let Some(param) = var.param {
            self.params[param].used = true;
        }
        expr
    }

    /// Reads one of `candidates`, at random.
    fn read_any(&mut self, candidates: &[usize]) -> Expr {
        let index = *pick(self.rng, candidates);
        self.read(index)
    }

    /// Marks a variable read without reading its value (`v.len()` counts as a use).
    fn touch(&mut self, index: usize) -> String {
        self.read(index);
        self.vars[index].name.clone()
    }

    /// Variables declared from `start` on whose value is unread: they must be used before their
    /// scope ends. Fields are read through their struct parameter's other uses.
    fn unread_since(&self, start: usize) -> Vec<usize> {
        (start..self.vars.len())
            .filter(|&index| {
                let var = &self.vars[index];
                !var.read && !var.is_field() && Some(index) != self.hidden
            })
            .collect()
    }

    /// Runs `write` in a nested scope: variables and loop indices declared inside are dropped.
    fn scoped<T>(&mut self, write: impl FnOnce(&mut Self) -> T) -> T {
        let (vars, indices) = (self.vars.len(), self.indices.len());
        let value = write(self);
        self.vars.truncate(vars);
        self.indices.truncate(indices);
        value
    }

    /// A constant index below `dim`: a loop variable whose range fits, or a literal.
    fn index_below(&mut self, dim: usize) -> String {
        let fitting: Vec<usize> =
            (0..self.indices.len()).filter(|&index| self.indices[index].bound <= dim).collect();
        if !fitting.is_empty() && self.rng.uniform() < 0.8 {
            let index = *pick(self.rng, &fitting);
            self.indices[index].used = true;
            return self.indices[index].name.clone();
        }
        self.rng.int(0, dim - 1).to_string()
    }

    // ---- expressions --------------------------------------------------------------------------

    /// An expression of type `ty`, at most `depth` operations deep, squashed when too large.
    fn expr(&mut self, ty: Ty, depth: usize) -> Expr {
        let expr = if depth == 0 {
            self.leaf(ty)
        } else {
            match ty {
                Ty::Scalar => self.scalar(depth - 1),
                Ty::Vector(n) => self.vector(n, depth - 1),
                Ty::Matrix(rows, cols) => self.matrix(rows, cols, depth - 1),
            }
        };
        self.squash(expr, LIMIT)
    }

    /// `expr`, or a squashed version of it when its magnitude may exceed `limit`.
    fn squash(&mut self, expr: Expr, limit: f64) -> Expr {
        if expr.mag <= limit {
            return expr;
        }
        let expr = Self::calm(expr, 2.0);
        match expr.ty {
            Ty::Scalar => match self.rng.int(0, 3) {
                0 => expr.method("sin()", Ty::Scalar, 1.0),
                _ => expr.method("tanh()", Ty::Scalar, 1.0),
            },
            Ty::Vector(_) if self.rng.uniform() < 0.4 => {
                expr.method("map(|e| e.tanh())", expr.ty, 1.0)
            }
            Ty::Vector(_) | Ty::Matrix(..) => {
                let name = *pick(self.rng, &["tanh", "tanh", "sigmoid", "softmax"]);
                if name == "softmax" {
                    Expr::softmax(&expr)
                } else {
                    call(name, &[expr.borrowed()], expr.ty, 1.0)
                }
            }
        }
    }

    /// `expr` times a literal that brings its magnitude under `bound`: the argument of a function
    /// that saturates (tanh, σ, softmax, exp) keeps a gradient finite differences can resolve.
    fn calm(expr: Expr, bound: f64) -> Expr {
        if expr.mag <= bound {
            return expr;
        }
        let factors = [0.5, 0.2, 0.1, 0.05, 0.02, 0.01];
        let factor = factors.into_iter().find(|factor| factor * expr.mag <= bound).unwrap_or(0.01);
        binary(&Expr::literal(factor), "*", &expr, expr.ty, expr.mag * factor)
    }

    /// A variable of type `ty`, or a short way to get that type from the variables in scope.
    fn leaf(&mut self, ty: Ty) -> Expr {
        let exact = self.visible_of(|candidate| candidate == ty);
        if !exact.is_empty() && self.rng.uniform() < 0.85 {
            let index = *pick(self.rng, &exact);
            return self.read(index);
        }
        match ty {
            Ty::Scalar => self.scalar_from_tensor().unwrap_or_else(|| {
                let index = *pick(self.rng, &exact);
                self.read(index)
            }),
            Ty::Vector(n) => self.vector_leaf(n),
            Ty::Matrix(rows, cols) => self.matrix_leaf(rows, cols),
        }
    }

    /// A reduction, an element or a part's reduction of a vector or matrix in scope.
    fn scalar_from_tensor(&mut self) -> Option<Expr> {
        if self.in_closure {
            return None;
        }
        let tensors = self.visible_of(|ty| ty != Ty::Scalar);
        if tensors.is_empty() {
            return None;
        }
        let var = self.read_any(&tensors);
        let ty = var.ty;
        // The sum or mean of a softmax is a constant: reduce it with `norm_squared` instead.
        let choice = match self.rng.int(0, 5) {
            0 | 1 if var.normalized => 2,
            choice => choice,
        };
        Some(match (choice, ty) {
            (0, _) => var.method("sum()", Ty::Scalar, var.mag * (ty.len() as f64).sqrt()),
            (1, _) => var.method("mean()", Ty::Scalar, var.mag),
            (2, _) => var.method("norm_squared()", Ty::Scalar, var.mag * var.mag * ty.len() as f64),
            (_, Ty::Vector(n)) => {
                let at = self.index_below(n);
                Expr::new(format!("{}[{at}]", var.receiver()), Prec::Postfix, Ty::Scalar, var.mag)
            }
            (3, Ty::Matrix(rows, cols)) => {
                let (i, j) = (self.index_below(rows), self.index_below(cols));
                Expr::new(
                    format!("{}[({i}, {j})]", var.receiver()),
                    Prec::Postfix,
                    Ty::Scalar,
                    var.mag,
                )
            }
            (_, Ty::Matrix(rows, cols)) => self.part_reduction(&var, rows, cols),
            (_, Ty::Scalar) => var,
        })
    }

    /// `m.row(i).sum()`, `m.column(j).norm()`, `m.columns(j, k).mean()`, `m.rows(i, k)…`.
    fn part_reduction(&mut self, var: &Expr, rows: usize, cols: usize) -> Expr {
        let (part, len) = match self.rng.int(0, 3) {
            0 => (format!("row({})", self.index_below(rows)), cols),
            1 => (format!("column({})", self.index_below(cols)), rows),
            2 => {
                let count = self.rng.int(1, cols);
                (format!("columns({}, {count})", self.rng.int(0, cols - count)), rows * count)
            }
            _ => {
                let count = self.rng.int(1, rows);
                (format!("rows({}, {count})", self.rng.int(0, rows - count)), cols * count)
            }
        };
        let len = len as f64;
        let choice = match self.rng.int(0, 3) {
            0 | 1 if var.normalized => 3,
            choice => choice,
        };
        let (reduction, mag) = match choice {
            0 => ("sum()", var.mag * len.sqrt()),
            1 => ("mean()", var.mag),
            2 => ("norm()", var.mag * len.sqrt()),
            _ => ("norm_squared()", var.mag * var.mag * len),
        };
        var.method(&format!("{part}.{reduction}"), Ty::Scalar, mag)
    }

    fn vector_leaf(&mut self, n: usize) -> Expr {
        let columns = self.visible_of(|ty| matches!(ty, Ty::Matrix(rows, _) if rows == n));
        if !columns.is_empty() && self.rng.uniform() < 0.7 {
            let var = self.read_any(&columns);
            let Ty::Matrix(_, cols) = var.ty else { unreachable!() };
            let at = self.index_below(cols);
            return var.method(&format!("column({at}).into_owned()"), Ty::Vector(n), var.mag);
        }
        let scale = self.leaf(Ty::Scalar);
        let constant = self.constant_slice(n);
        let filled = call("DVector::from_column_slice", &[constant], Ty::Vector(n), 0.0);
        let mag = scale.mag;
        binary(&filled, "*", &scale, Ty::Vector(n), mag)
    }

    fn matrix_leaf(&mut self, rows: usize, cols: usize) -> Expr {
        let ty = Ty::Matrix(rows, cols);
        let transposed = self.visible_of(|candidate| candidate == Ty::Matrix(cols, rows));
        let wider = self
            .visible_of(|candidate| matches!(candidate, Ty::Matrix(r, c) if r == rows && c > cols));
        let taller = self
            .visible_of(|candidate| matches!(candidate, Ty::Matrix(r, c) if c == cols && r > rows));
        let biases = self.visible_of(|candidate| candidate == Ty::Vector(rows));
        let choice = self.rng.int(0, 3);
        if choice == 0 && !transposed.is_empty() {
            let var = self.read_any(&transposed);
            return var.method("transpose()", ty, var.mag);
        }
        if choice == 1 && !wider.is_empty() {
            let var = self.read_any(&wider);
            let Ty::Matrix(_, all) = var.ty else { unreachable!() };
            let first = self.rng.int(0, all - cols);
            return var.method(&format!("columns({first}, {cols}).into_owned()"), ty, var.mag);
        }
        if choice == 2 && !taller.is_empty() {
            let var = self.read_any(&taller);
            let Ty::Matrix(all, _) = var.ty else { unreachable!() };
            let first = self.rng.int(0, all - rows);
            return var.method(&format!("rows({first}, {rows}).into_owned()"), ty, var.mag);
        }
        if !biases.is_empty() && self.rng.uniform() < 0.5 {
            let var = self.read_any(&biases);
            let zeros = format!("&DMatrix::zeros({rows}, {cols})");
            return call("add_bias", &[zeros, var.borrowed()], ty, var.mag);
        }
        // Not a uniform matrix: a softmax of a uniform column would not depend on `scale`.
        let scale = self.leaf(Ty::Scalar);
        let identity = call("DMatrix::identity", &[rows.to_string(), cols.to_string()], ty, 0.0);
        let mag = scale.mag;
        binary(&scale, "*", &identity, ty, mag)
    }

    /// `&[0.5, -0.25, …]`: `len` different elements, for a constant vector that is not uniform.
    fn constant_slice(&mut self, len: usize) -> String {
        let start = self.rng.int(0, 7);
        let values = [0.5, -0.25, 1.0, 0.75, -0.5, 0.3, -1.0, 0.25, 1.25, -0.75, 0.4, -0.3];
        let elements: Vec<String> =
            (0..len).map(|k| format!("{:?}", values[(start + k) % values.len()])).collect();
        format!("&[{}]", elements.join(", "))
    }

    /// A second operand for `-`, `/` or a comparison, different from `first` (`x - x` is a lint).
    fn other(&mut self, ty: Ty, depth: usize, first: &Expr) -> Expr {
        for _ in 0..4 {
            let candidate = self.expr(ty, depth);
            if candidate.text != first.text {
                return candidate;
            }
        }
        let candidate = self.expr(ty, depth);
        if candidate.text == first.text { self.transform(candidate) } else { candidate }
    }

    /// `a + b`, `a - b` or `-a` of type `ty`.
    fn additive(&mut self, ty: Ty, depth: usize) -> Expr {
        let a = self.expr(ty, depth);
        if self.rng.uniform() < 0.2 && !a.text.starts_with('-') {
            return Expr::new(format!("-{}", a.operand(Prec::Postfix)), Prec::Unary, ty, a.mag);
        }
        let op = *pick(self.rng, &["+", "-"]);
        let b = self.other(ty, depth, &a);
        binary(&a, op, &b, ty, a.mag + b.mag)
    }

    /// `s * m`, `m * s` or `m / divisor` for a matrix or vector type `ty`.
    fn scaled(&mut self, ty: Ty, depth: usize) -> Expr {
        let m = self.expr(ty, depth);
        match self.rng.int(0, 2) {
            0 => {
                let s = self.expr(Ty::Scalar, depth);
                let mag = s.mag * m.mag;
                binary(&s, "*", &m, ty, mag)
            }
            1 => {
                let s = self.expr(Ty::Scalar, depth);
                let mag = s.mag * m.mag;
                binary(&m, "*", &s, ty, mag)
            }
            _ => {
                let divisor = self.divisor(depth);
                let mag = m.mag / divisor.mag;
                binary(&m, "/", &divisor, ty, mag)
            }
        }
    }

    /// A scalar at least 1 (its `mag` is that lower bound, for dividing magnitudes).
    fn divisor(&mut self, depth: usize) -> Expr {
        let tensors = self.visible_of(|ty| ty != Ty::Scalar);
        if !self.in_closure && !tensors.is_empty() && self.rng.uniform() < 0.2 {
            let ty = self.vars[*pick(self.rng, &tensors)].ty;
            let t = self.expr(ty, depth);
            let norm = t.method("norm_squared()", Ty::Scalar, 0.0);
            return binary(&Expr::literal(1.0), "+", &norm, Ty::Scalar, 1.0);
        }
        let b = self.expr(Ty::Scalar, depth);
        self.divisor_of(b)
    }

    /// `1 + b²`, `2 + tanh b`, `2 + cos b` or `2 + sin b`: at least 1 whatever `b` is.
    fn divisor_of(&mut self, b: Expr) -> Expr {
        let (constant, call, bound) = *pick(
            self.rng,
            &[
                (1.0, "powi(2)", 1.0),
                (2.0, "tanh()", 1.0),
                (2.0, "cos()", 1.0),
                (2.0, "sin()", 1.0),
            ],
        );
        let term = Self::calm(b, 2.0).method(call, Ty::Scalar, 0.0);
        binary(&Expr::literal(constant), "+", &term, Ty::Scalar, bound)
    }

    /// A scalar expression.
    fn scalar(&mut self, depth: usize) -> Expr {
        let s = Ty::Scalar;
        let tensors_allowed = !self.in_closure;
        match self.rng.int(0, 14) {
            0 | 1 => {
                let a = self.expr(s, depth);
                let b = if !self.indices.is_empty() && !self.in_closure && self.rng.uniform() < 0.3
                {
                    self.index_scalar()
                } else {
                    self.other(s, depth, &a)
                };
                let op = *pick(self.rng, &["+", "-", "*", "*"]);
                let mag = if op == "*" { a.mag * b.mag } else { a.mag + b.mag };
                binary(&a, op, &b, s, mag)
            }
            2 => self.additive(s, depth),
            3 => {
                let a = Self::calm(self.expr(s, depth), 2.0);
                let (method, mag) = *pick(
                    self.rng,
                    &[("sin()", 1.0), ("cos()", 1.0), ("tanh()", 1.0), ("abs()", a.mag)],
                );
                a.method(method, s, mag)
            }
            4 | 5 => self.guarded(depth),
            6 => {
                let a = self.expr(s, depth);
                let b = self.other(s, depth, &a);
                let method = *pick(self.rng, &["max", "min"]);
                let mag = a.mag.max(b.mag);
                a.method(&format!("{method}({})", b.owned()), s, mag)
            }
            7 => {
                let a = self.expr(s, depth);
                let divisor = self.divisor(depth);
                let mag = a.mag / divisor.mag;
                binary(&a, "/", &divisor, s, mag)
            }
            8 if tensors_allowed => self.reduction(depth),
            9 if tensors_allowed => {
                self.scalar_from_tensor().unwrap_or_else(|| self.guarded(depth))
            }
            10 if tensors_allowed => self.loss(depth),
            11 | 12 => self.call_of(s, depth).unwrap_or_else(|| self.guarded(depth)),
            13 if tensors_allowed => self.axis_scalar(depth),
            _ => self.leaf(s),
        }
    }

    /// `i as f64`, `n as f64 - i as f64`, …: a loop variable as a constant scalar.
    fn index_scalar(&mut self) -> Expr {
        let index = self.rng.int(0, self.indices.len() - 1);
        self.indices[index].used = true;
        let name = self.indices[index].name.clone();
        let bound = self.indices[index].bound as f64;
        let cast =
            Expr::new(format!("{name} as {}", self.float.name()), Prec::Cast, Ty::Scalar, bound);
        if self.rng.uniform() < 0.5 {
            cast
        } else {
            binary(&cast, "+", &Expr::literal(0.5), Ty::Scalar, bound + 0.5)
        }
    }

    /// A partial scalar method on an argument kept inside its domain.
    fn guarded(&mut self, depth: usize) -> Expr {
        let s = Ty::Scalar;
        let a = self.expr(s, depth);
        match self.rng.int(0, 6) {
            0 => {
                let a = Self::calm(a, 2.0);
                a.method("exp()", s, a.mag.exp())
            }
            1 => {
                let square = binary(&a.method("powi(2)", s, 0.0), "+", &Expr::literal(1.0), s, 0.0);
                square.method("ln()", s, (1.0 + a.mag * a.mag).ln())
            }
            2 => {
                let shifted = binary(&Expr::literal(2.0), "+", &a.method("sin()", s, 1.0), s, 3.0);
                shifted.method("ln()", s, 1.1)
            }
            3 => {
                let square = binary(&a.method("powi(2)", s, 0.0), "+", &Expr::literal(0.5), s, 0.0);
                square.method("sqrt()", s, a.mag + 1.0)
            }
            4 => {
                let tanh = Self::calm(a, 2.0).method("tanh()", s, 1.0);
                let bounded = binary(&Expr::literal(0.5), "*", &tanh, s, 0.5);
                bounded.method("tan()", s, 0.6)
            }
            5 => {
                let base = Self::calm(a, LIMIT.cbrt());
                let power = self.rng.int(2, 3);
                let mag = base.mag.powi(i32::try_from(power).unwrap_or(2));
                base.method(&format!("powi({power})"), s, mag)
            }
            _ => {
                let base = binary(&Expr::literal(1.0), "+", &a.method("powi(2)", s, 0.0), s, 0.0);
                let exponent = self.expr(s, depth.saturating_sub(1));
                let tanh = Self::calm(exponent, 2.0).method("tanh()", s, 1.0);
                let exponent = binary(&Expr::literal(0.5), "*", &tanh, s, 0.5);
                let mag = (1.0 + a.mag * a.mag).sqrt();
                base.method(&format!("powf({})", exponent.text), s, mag)
            }
        }
    }

    /// The type of a random vector or matrix: one in scope, or one from this function's sizes.
    fn tensor_ty(&mut self) -> Ty {
        let tensors = self.visible_of(|ty| ty != Ty::Scalar);
        if !tensors.is_empty() && self.rng.uniform() < 0.7 {
            return self.vars[*pick(self.rng, &tensors)].ty;
        }
        if self.rng.uniform() < 0.3 {
            Ty::Vector(self.dim())
        } else {
            Ty::Matrix(self.dim(), self.dim())
        }
    }

    /// `t.sum()`, `t.mean()`, `t.norm()`, `t.norm_squared()` or `a.dot(&b)`.
    fn reduction(&mut self, depth: usize) -> Expr {
        let ty = self.tensor_ty();
        let t = self.expr(ty, depth);
        let len = ty.len() as f64;
        let choice = match self.rng.int(0, 4) {
            0 | 1 if t.normalized => 3,
            choice => choice,
        };
        match choice {
            0 => t.method("sum()", Ty::Scalar, t.mag * len.sqrt()),
            1 => t.method("mean()", Ty::Scalar, t.mag),
            2 => t.method("norm()", Ty::Scalar, t.mag * len.sqrt()),
            3 => t.method("norm_squared()", Ty::Scalar, t.mag * t.mag * len),
            _ => {
                let other = self.expr(ty, depth);
                let mag = t.mag * other.mag * len.sqrt();
                t.method(&format!("dot({})", other.borrowed()), Ty::Scalar, mag)
            }
        }
    }

    /// `mse(&a, &b)` or `cross_entropy(&logits, labels)`.
    fn loss(&mut self, depth: usize) -> Expr {
        if self.rng.uniform() < 0.5 {
            let ty = Ty::Matrix(self.dim(), self.dim());
            let prediction = self.expr(ty, depth);
            let target = self.other(ty, depth, &prediction);
            let mag = (prediction.mag + target.mag).powi(2);
            return call("mse", &[prediction.borrowed(), target.borrowed()], Ty::Scalar, mag);
        }
        let own = self.rng.uniform() < 0.8;
        let labels = own
            .then(|| self.constant_param(|kind| matches!(kind, ParamKind::Labels { .. })))
            .flatten();
        let (classes, count, argument) = if let Some(ParamKind::Labels { classes, count }) =
            labels.map(|index| self.params[index].kind)
        {
            (classes, count, "labels".to_owned())
        } else {
            let (classes, count) = (self.dim().max(2), self.dim());
            let labels: Vec<usize> = (0..count).map(|_| self.rng.int(0, classes - 1)).collect();
            (classes, count, format!("&{}", labels_literal(&labels)))
        };
        let logits = self.expr(Ty::Matrix(classes, count), depth);
        let mag = 2.0 * logits.mag + (classes as f64).ln();
        call("cross_entropy", &[logits.borrowed(), argument], Ty::Scalar, mag)
    }

    /// A vector of length `n`.
    fn vector(&mut self, n: usize, depth: usize) -> Expr {
        let ty = Ty::Vector(n);
        match self.rng.int(0, 15) {
            0 | 1 => self.additive(ty, depth),
            2 | 3 => self.scaled(ty, depth),
            4 | 5 => {
                let k = self.dim();
                let m = self.expr(Ty::Matrix(n, k), depth);
                let v = self.expr(Ty::Vector(k), depth);
                let mag = m.mag * v.mag * (k as f64).sqrt();
                binary(&m, "*", &v, ty, mag)
            }
            6 => self.elementwise(ty, depth),
            7 => {
                let m = self.expr(ty, depth);
                self.map(&m)
            }
            8 => self.call_of(ty, depth).unwrap_or_else(|| self.leaf(ty)),
            9..=13 => self.vector_rule(n, depth),
            _ => self.leaf(ty),
        }
    }

    /// A vector of length `n` from a rule that takes one sample as a vector (an activation,
    /// `softmax`, `log_softmax`, `ln`), from a reduction of each row of a matrix (`column_sum`,
    /// `column_mean`, `column_variance`), or `v.add_scalar(s)`.
    fn vector_rule(&mut self, n: usize, depth: usize) -> Expr {
        let ty = Ty::Vector(n);
        match self.rng.int(0, 9) {
            0..=5 => {
                let rule = *pick(
                    self.rng,
                    &["sigmoid", "tanh", "exp", "relu", "softmax", "log_softmax", "ln"],
                );
                if rule == "ln" {
                    let positive = self.positive(ty, depth);
                    let mag = positive.mag.ln().abs() + 1.0;
                    return call("ln", &[positive.borrowed()], ty, mag);
                }
                // A variable as the argument most of the time, so that the programs show
                // `sigmoid(&v)` of a vector `v`; a variable's magnitude needs no calming.
                let (a, bound) = if self.rng.uniform() < 0.85 {
                    (self.leaf(ty), 3.0)
                } else {
                    (self.expr(ty, depth), 2.0)
                };
                match rule {
                    "relu" => call("relu", &[a.borrowed()], ty, a.mag),
                    "softmax" => Expr::softmax(&Self::calm(a, 3.0)),
                    "log_softmax" => {
                        let a = Self::calm(a, 3.0);
                        let mag = 2.0 * a.mag + (n as f64).ln();
                        call("log_softmax", &[a.borrowed()], ty, mag)
                    }
                    _ => {
                        let a = Self::calm(a, bound);
                        let mag = if rule == "exp" { a.mag.exp() } else { 1.0 };
                        call(rule, &[a.borrowed()], ty, mag)
                    }
                }
            }
            6..=8 => {
                let k = self.dim();
                let m = self.expr(Ty::Matrix(n, k), depth);
                match self.rng.int(0, 2) {
                    0 => m.method("column_sum()", ty, m.mag * (k as f64).sqrt()),
                    // The variance over one column is 0 whatever the column holds.
                    1 if k > 1 => m.method("column_variance()", ty, m.mag * m.mag),
                    _ => m.method("column_mean()", ty, m.mag),
                }
            }
            _ => {
                let v = self.expr(ty, depth);
                let s = self.expr(Ty::Scalar, depth);
                let mag = v.mag + s.mag;
                v.method(&format!("add_scalar({})", s.owned()), ty, mag)
            }
        }
    }

    /// A scalar from a reduction of each column of a matrix (`row_sum`, `row_mean`,
    /// `row_variance`, a `RowDVector`, reduced again), the `variance` of a vector or matrix, or
    /// `mse` of two vectors.
    fn axis_scalar(&mut self, depth: usize) -> Expr {
        let s = Ty::Scalar;
        match self.rng.int(0, 3) {
            0 | 1 => {
                let (rows, cols) = (self.dim(), self.dim());
                let m = self.expr(Ty::Matrix(rows, cols), depth);
                // Each column of a softmax sums to 1: its row sums and means are constants.
                let (row, mag) = match self.rng.int(0, 2) {
                    0 if !m.normalized => ("row_sum()", m.mag * (rows as f64).sqrt()),
                    1 if !m.normalized => ("row_mean()", m.mag),
                    _ if rows > 1 => ("row_variance()", m.mag * m.mag),
                    _ => return self.reduction(depth),
                };
                let len = cols as f64;
                let (reduce, mag) = *pick(
                    self.rng,
                    &[
                        ("sum()", mag * len.sqrt()),
                        ("mean()", mag),
                        ("norm_squared()", mag * mag * len),
                        ("variance()", mag * mag),
                    ],
                );
                m.method(&format!("{row}.{reduce}"), s, mag)
            }
            2 => {
                let ty = self.tensor_ty();
                let t = self.expr(ty, depth);
                let mag = t.mag * t.mag;
                t.method("variance()", s, mag)
            }
            _ => {
                let ty = Ty::Vector(self.dim());
                let prediction = self.expr(ty, depth);
                let target = self.other(ty, depth, &prediction);
                let mag = (prediction.mag + target.mag).powi(2);
                call("mse", &[prediction.borrowed(), target.borrowed()], s, mag)
            }
        }
    }

    /// A `rows×cols` matrix.
    fn matrix(&mut self, rows: usize, cols: usize, depth: usize) -> Expr {
        let ty = Ty::Matrix(rows, cols);
        match self.rng.int(0, 14) {
            0 | 1 => self.additive(ty, depth),
            2 => self.scaled(ty, depth),
            3 | 4 => {
                let k = self.dim();
                let a = self.expr(Ty::Matrix(rows, k), depth);
                let b = self.expr(Ty::Matrix(k, cols), depth);
                let mag = a.mag * b.mag * (k as f64).sqrt();
                binary(&a, "*", &b, ty, mag)
            }
            5 => {
                let a = self.expr(Ty::Matrix(cols, rows), depth);
                a.method("transpose()", ty, a.mag)
            }
            6 => self.elementwise(ty, depth),
            7 | 8 => {
                let a = self.expr(ty, depth);
                if self.rng.uniform() < 0.25 {
                    return call("relu", &[a.borrowed()], ty, a.mag);
                }
                let a = Self::calm(a, 2.0);
                let name = *pick(self.rng, &["sigmoid", "tanh", "exp"]);
                let mag = if name == "exp" { a.mag.exp() } else { 1.0 };
                call(name, &[a.borrowed()], ty, mag)
            }
            9 => {
                let positive = self.positive(ty, depth);
                let mag = positive.mag.ln().abs() + 1.0;
                call("ln", &[positive.borrowed()], ty, mag)
            }
            10 => {
                let a = Self::calm(self.expr(ty, depth), 3.0);
                if self.rng.uniform() < 0.5 {
                    Expr::softmax(&a)
                } else {
                    let mag = 2.0 * a.mag + (rows as f64).ln();
                    call("log_softmax", &[a.borrowed()], ty, mag)
                }
            }
            11 => {
                let a = self.expr(ty, depth);
                let b = self.expr(Ty::Vector(rows), depth);
                let mag = a.mag + b.mag;
                call("add_bias", &[a.borrowed(), b.borrowed()], ty, mag)
            }
            12 => {
                let a = self.expr(ty, depth);
                self.map(&a)
            }
            13 => self.call_of(ty, depth).unwrap_or_else(|| self.leaf(ty)),
            _ => self.leaf(ty),
        }
    }

    /// `a.component_mul(&b)` or `a.component_div(&positive)`.
    fn elementwise(&mut self, ty: Ty, depth: usize) -> Expr {
        let a = self.expr(ty, depth);
        if self.rng.uniform() < 0.5 {
            let b = self.expr(ty, depth);
            let mag = a.mag * b.mag;
            return a.method(&format!("component_mul({})", b.borrowed()), ty, mag);
        }
        let divisor = self.positive(ty, depth);
        let mag = a.mag * 3.0;
        a.method(&format!("component_div({})", divisor.borrowed()), ty, mag)
    }

    /// A vector or matrix whose elements are at least e⁻¹ (`mag` is their upper bound).
    fn positive(&mut self, ty: Ty, depth: usize) -> Expr {
        let a = self.expr(ty, depth);
        match (self.rng.int(0, 2), ty) {
            (0, Ty::Matrix(..)) => {
                let bounded = Self::calm(a, 1.0);
                call("exp", &[bounded.borrowed()], ty, 1.0_f64.exp())
            }
            (1, _) => a.method("map(|e| 2.0 + e.sin())", ty, 3.0),
            _ => a.method("map(|e| e * e + 0.5)", ty, a.mag * a.mag + 0.5),
        }
    }

    /// `m.map(|e| …)` with a random scalar body in `e` alone, or now and then
    /// `m.map(|u| …)` whose body also reads a scalar it captures from the enclosing scope.
    fn map(&mut self, receiver: &Expr) -> Expr {
        let scalars: Vec<usize> = self
            .visible_of(|ty| ty == Ty::Scalar)
            .into_iter()
            .filter(|&index| {
                let var = &self.vars[index];
                var.name != "e" && var.name != "u" && !var.is_field()
            })
            .collect();
        let captured = (!self.in_closure && !scalars.is_empty() && self.rng.uniform() < 0.3)
            .then(|| *pick(self.rng, &scalars));
        let captured = captured.map(|index| {
            let read = self.read(index);
            Var { read: false, content: Content::Computed, ..self.vars[index].clone() }
                .with_mag(read.mag)
        });
        let argument = if captured.is_some() { "u" } else { "e" };
        let saved_vars = std::mem::take(&mut self.vars);
        let saved_hidden = self.hidden.take();
        let saved_closure = std::mem::replace(&mut self.in_closure, true);
        self.push_var(Var::new(argument, Ty::Scalar, Borrow::Place, receiver.mag));
        if let Some(captured) = captured {
            self.push_var(captured);
        }
        let (body, mag) = if self.rng.uniform() < 0.3 {
            let name = self.fresh("t");
            let value = self.expr(Ty::Scalar, 1);
            let mag = value.mag;
            self.push_var(Var::new(name.clone(), Ty::Scalar, Borrow::Place, mag));
            let tail = self.expr(Ty::Scalar, 1);
            let tail = self.fold(tail, &self.unread_since(0));
            let tail = self.not_a_name(tail);
            (format!("{{ let {name} = {}; {} }}", value.text, tail.text), tail.mag)
        } else {
            let depth = self.rng.int(1, 2);
            let body = self.expr(Ty::Scalar, depth);
            let body = self.fold(body, &self.unread_since(0));
            let body = self.not_a_name(body);
            (body.text, body.mag)
        };
        self.vars = saved_vars;
        self.hidden = saved_hidden;
        self.in_closure = saved_closure;
        receiver.method(&format!("map(|{argument}| {body})"), receiver.ty, mag)
    }

    /// A call of an earlier function returning `ty`, if one can be called here.
    fn call_of(&mut self, ty: Ty, depth: usize) -> Option<Expr> {
        let callees: &'a [Signature] = self.callees;
        let callable: Vec<&'a Signature> = callees
            .iter()
            .filter(|callee| callee.float == self.float && callee.output == ty)
            .filter(|callee| callee.params.iter().all(|param| self.can_pass(param)))
            .collect();
        if callable.is_empty() {
            return None;
        }
        // Prefer callees that take a struct: passing `&p.first` is a construct worth reaching.
        let with_structs: Vec<&'a Signature> = callable
            .iter()
            .copied()
            .filter(|callee| {
                callee.params.iter().any(|param| matches!(param.kind, ParamKind::Struct(_)))
            })
            .collect();
        let callee = if !with_structs.is_empty() && self.rng.uniform() < 0.6 {
            *pick(self.rng, &with_structs)
        } else {
            *pick(self.rng, &callable)
        };
        let args: Vec<String> =
            callee.params.iter().map(|param| self.argument_for(param, depth)).collect();
        Some(call(&callee.name, &args, ty, callee.mag))
    }

    fn can_pass(&self, param: &Param) -> bool {
        match param.kind {
            ParamKind::Float(ty) => !self.in_closure || ty == Ty::Scalar || param.excluded,
            ParamKind::Struct(layout) => {
                !self.in_closure
                    && !param.excluded
                    && self.structs.iter().any(|place| place.layout == layout)
            }
            ParamKind::Stack { .. } => false,
            _ => true,
        }
    }

    /// An argument for a callee's parameter.
    fn argument_for(&mut self, param: &Param, depth: usize) -> String {
        match param.kind {
            ParamKind::Float(ty) if param.excluded => {
                let reference = if param.by_ref { "&" } else { "" };
                let constant = literal(self.rng).text;
                match ty {
                    Ty::Scalar => format!("{reference}{constant}"),
                    Ty::Vector(n) => format!("{reference}DVector::from_element({n}, {constant})"),
                    Ty::Matrix(rows, cols) => {
                        format!("{reference}DMatrix::from_element({rows}, {cols}, {constant})")
                    }
                }
            }
            ParamKind::Float(ty) => {
                let value = self.expr(ty, depth);
                if param.by_ref { value.borrowed() } else { value.owned() }
            }
            ParamKind::Struct(layout) => {
                let places: Vec<StructPlace> =
                    self.structs.iter().filter(|place| place.layout == layout).cloned().collect();
                let place = pick(self.rng, &places).clone();
                self.params[place.param].used = true;
                match (param.by_ref, place.reference) {
                    (true, true) => place.path,
                    (true, false) => format!("&{}", place.path),
                    (false, _) => format!("{}.clone()", place.path),
                }
            }
            ParamKind::Stack { .. } => unreachable!("`can_pass` keeps stacks from callees"),
            ParamKind::Count(n) => n.to_string(),
            ParamKind::Flag => {
                let own = self.rng.uniform() < 0.7;
                match own.then(|| self.constant_param(|kind| *kind == ParamKind::Flag)).flatten() {
                    Some(_) => "flag".to_owned(),
                    None => pick(self.rng, &["true", "false"]).to_string(),
                }
            }
            ParamKind::Case => {
                let own = self.rng.uniform() < 0.7;
                match own.then(|| self.constant_param(|kind| *kind == ParamKind::Case)).flatten() {
                    Some(_) => "case".to_owned(),
                    None => self.rng.int(0, 3).to_string(),
                }
            }
            ParamKind::Labels { classes, count } => {
                let own = self.params.iter().position(|own| {
                    own.kind == ParamKind::Labels { classes, count } && !self.in_closure
                });
                if let Some(index) = own {
                    self.params[index].used = true;
                    "labels".to_owned()
                } else {
                    format!("&{}", labels_literal(&param.labels))
                }
            }
        }
    }

    /// A type-preserving function of `expr`, which shrinks it.
    fn transform(&mut self, expr: Expr) -> Expr {
        let ty = expr.ty;
        let half = |expr: &Expr| binary(expr, "*", &Expr::literal(0.5), ty, expr.mag * 0.5);
        match (self.rng.int(0, 2), ty) {
            (0, _) => half(&expr),
            (1, Ty::Scalar) => Self::calm(expr, 2.0).method("tanh()", ty, 1.0),
            (1, Ty::Vector(_)) => Self::calm(expr, 2.0).method("map(|e| e.tanh())", ty, 1.0),
            (1, Ty::Matrix(..)) => call("tanh", &[Self::calm(expr, 2.0).borrowed()], ty, 1.0),
            (_, Ty::Scalar) => expr.method("sin()", ty, 1.0),
            (_, _) => expr.method("map(|e| e.sin())", ty, 1.0),
        }
    }

    /// `expr`, unless it is a bare name (a block must not end by returning a name it just bound).
    fn not_a_name(&mut self, expr: Expr) -> Expr {
        if expr.is_name() { self.transform(expr) } else { expr }
    }

    /// `expr` combined with each of `vars`, so that every one of them is read.
    ///
    /// A constant, or a variable of another shape than a vector or matrix `expr`, scales it by
    /// `exp` of a calmed term (whose slope is its value, never flat); others are added. Adding a
    /// constant would only shift the value, which costs f32 differences their resolution.
    fn fold(&mut self, expr: Expr, vars: &[usize]) -> Expr {
        let mut expr = expr;
        for &index in vars {
            let constant = self.vars[index].content == Content::Constant;
            let var = self.read(index);
            let ty = expr.ty;
            expr = if var.ty == ty && !constant {
                binary(&expr, "+", &var, ty, expr.mag + var.mag)
            } else {
                let term = self.scalar_of(var);
                if ty == Ty::Scalar && !constant {
                    binary(&expr, "+", &term, ty, expr.mag + term.mag)
                } else {
                    let factor = Self::calm(term, 1.0).method("exp()", Ty::Scalar, 1.0_f64.exp());
                    let mag = expr.mag * factor.mag;
                    binary(&expr, "*", &factor, ty, mag)
                }
            };
            expr = self.squash(expr, LIMIT);
        }
        expr
    }

    /// A vector or matrix reduced to a scalar (a scalar as it is).
    fn scalar_of(&mut self, expr: Expr) -> Expr {
        let len = expr.ty.len() as f64;
        match expr.ty {
            Ty::Scalar => expr,
            _ => match self.rng.int(0, 2) {
                _ if expr.normalized => {
                    expr.method("norm_squared()", Ty::Scalar, expr.mag * expr.mag * len)
                }
                0 => expr.method("sum()", Ty::Scalar, expr.mag * len.sqrt()),
                1 => expr.method("mean()", Ty::Scalar, expr.mag),
                _ => expr.method("norm_squared()", Ty::Scalar, expr.mag * expr.mag * len),
            },
        }
    }

    // ---- statements ---------------------------------------------------------------------------

    /// The type of a new variable: usually one already in scope, so that values meet.
    fn new_ty(&mut self) -> Ty {
        let visible = self.visible();
        if !visible.is_empty() && self.rng.uniform() < 0.6 {
            return self.vars[*pick(self.rng, &visible)].ty;
        }
        match self.rng.int(0, 4) {
            0 | 1 => Ty::Scalar,
            2 => Ty::Vector(self.dim()),
            _ => Ty::Matrix(self.dim(), self.dim()),
        }
    }

    /// Statements; with `targets` (outer `let mut` variables), ending with updates of them that
    /// read every variable the block declared.
    fn block(&mut self, level: usize, targets: &[usize]) -> String {
        let start = self.vars.len();
        self.block_from(level, targets, start)
    }

    /// [`Body::block`], whose last update also reads the variables declared from `start` on
    /// before the block (an iterator loop's elements).
    fn block_from(&mut self, level: usize, targets: &[usize], start: usize) -> String {
        let count =
            if targets.is_empty() && level == 0 { self.rng.int(2, 3) } else { self.rng.int(0, 1) };
        let mut text = String::new();
        if std::mem::take(&mut self.nested_loop) {
            text.push_str(&self.for_loop(level));
        }
        for _ in 0..count {
            text.push_str(&self.statement(level));
        }
        // Every target is updated, so that none is a `let mut` that never changes.
        for (position, &target) in targets.iter().enumerate() {
            let last = position + 1 == targets.len();
            let fold_from = last.then_some(start);
            text.push_str(&self.assignment(target, fold_from));
        }
        text
    }

    fn statement(&mut self, level: usize) -> String {
        let nested = level < 2;
        loop {
            match self.rng.int(0, 16) {
                0..=2 => return self.let_statement(),
                3 => {
                    if let Some(text) = self.shadow() {
                        return text;
                    }
                }
                4 => return self.constant(),
                5 => return self.accumulate(),
                6 if nested => return self.if_statement(level),
                7 if nested => return self.if_value(level),
                8 if nested => return self.match_statement(level),
                9 | 10 if nested => return self.for_loop(level),
                11 => return self.block_value(level),
                12 => {
                    if let Some(text) = self.assertion() {
                        return text;
                    }
                }
                14 => return self.element_writes(),
                15 if nested => {
                    if let Some(text) = self.iterator_loop(level) {
                        return text;
                    }
                }
                16 => {
                    if let Some(text) = self.layer_loop() {
                        return text;
                    }
                }
                13 => {
                    let mutable: Vec<usize> = self
                        .visible()
                        .into_iter()
                        .filter(|&index| self.vars[index].mutable)
                        .collect();
                    if !mutable.is_empty() {
                        let target = *pick(self.rng, &mutable);
                        return self.assignment(target, None);
                    }
                }
                _ => {}
            }
        }
    }

    /// A new local variable bound to `expr`.
    fn declare(&mut self, name: String, expr: &Expr, mutable: bool) -> usize {
        // A `let mut` changes: being normalized belongs to the value bound first.
        let normalized = expr.normalized && !mutable;
        let content = if normalized { Content::Normalized } else { Content::Computed };
        self.push_var(Var { mutable, content, ..Var::new(name, expr.ty, Borrow::Place, expr.mag) })
    }

    fn let_statement(&mut self) -> String {
        let ty = self.new_ty();
        let depth = self.rng.int(1, if self.float == Float::F32 { 1 } else { 2 });
        let value = self.expr(ty, depth);
        let name = self.fresh_for(ty);
        let annotation = if self.rng.uniform() < 0.1 {
            format!(": {}", ty.rust(self.float))
        } else {
            String::new()
        };
        self.declare(name.clone(), &value, false);
        format!("let {name}{annotation} = {};\n", value.owned())
    }

    /// `let h = f(h);`: a new binding of a name in scope, computed from the old one.
    fn shadow(&mut self) -> Option<String> {
        let candidates: Vec<usize> = self
            .visible()
            .into_iter()
            .filter(|&index| {
                let var = &self.vars[index];
                !var.is_field()
                    && !self.protected.contains(&var.name)
                    && var.name != "e"
                    && var.name != "u"
            })
            .collect();
        if candidates.is_empty() {
            return None;
        }
        let index = *pick(self.rng, &candidates);
        let old = self.read(index);
        let mut value = self.transform(old);
        if self.rng.uniform() < 0.5 {
            let other = self.expr(value.ty, 1);
            value = binary(&value, "+", &other, value.ty, value.mag + other.mag);
        }
        let name = self.vars[index].name.clone();
        self.declare(name.clone(), &value, false);
        Some(format!("let {name} = {};\n", value.text))
    }

    /// A constant: a constructor, a shape turned into a float, or a literal.
    fn constant(&mut self) -> String {
        let float = self.float.name();
        let (ty, value, mag) = match self.rng.int(0, 4) {
            0 => {
                let (rows, cols) = (self.dim(), self.dim());
                let constant = literal(self.rng);
                (
                    Ty::Matrix(rows, cols),
                    format!("DMatrix::from_element({rows}, {cols}, {})", constant.text),
                    constant.mag,
                )
            }
            1 => {
                let (rows, cols) = (self.dim(), self.dim());
                (Ty::Matrix(rows, cols), format!("DMatrix::zeros({rows}, {cols})"), 0.0)
            }
            2 => {
                let n = self.dim();
                (Ty::Vector(n), format!("DVector::zeros({n})"), 0.0)
            }
            3 => {
                let tensors = self.visible_of(|ty| ty != Ty::Scalar);
                if tensors.is_empty() {
                    (Ty::Scalar, "0.75".to_owned(), 0.75)
                } else {
                    let index = *pick(self.rng, &tensors);
                    let (shape, size) = match self.vars[index].ty {
                        Ty::Vector(n) => ("len", n),
                        Ty::Matrix(rows, _) if self.rng.uniform() < 0.5 => ("nrows", rows),
                        Ty::Matrix(_, cols) => ("ncols", cols),
                        Ty::Scalar => unreachable!(),
                    };
                    let name = self.touch(index);
                    (Ty::Scalar, format!("{name}.{shape}() as {float}"), size as f64)
                }
            }
            _ => {
                let constant = literal(self.rng);
                (Ty::Scalar, constant.text, constant.mag)
            }
        };
        let name = self.fresh("c");
        let annotation = if value.contains(" as ") {
            String::new()
        } else {
            format!(": {}", ty.rust(self.float))
        };
        let constant = Var::new(name.clone(), ty, Borrow::Place, mag);
        self.push_var(Var { content: Content::Constant, ..constant });
        format!("let {name}{annotation} = {value};\n")
    }

    /// `let mut acc = …;` then one or two updates of it.
    fn accumulate(&mut self) -> String {
        let (declaration, target) = self.new_accumulator();
        let mut text = declaration;
        for _ in 0..self.rng.int(1, 2) {
            text.push_str(&self.assignment(target, None));
        }
        text
    }

    /// `let mut acc = init;`, where `init` is a constant (0, 1, zeros) or an expression.
    fn new_accumulator(&mut self) -> (String, usize) {
        let ty = self.new_ty();
        let constant = self.rng.uniform() < 0.6;
        let value = if constant {
            match ty {
                Ty::Scalar => Expr::literal(*pick(self.rng, &[0.0, 1.0, 0.5])),
                Ty::Vector(n) => Expr::new(format!("DVector::zeros({n})"), Prec::Postfix, ty, 0.0),
                Ty::Matrix(rows, cols) => {
                    if self.rng.uniform() < 0.5 {
                        Expr::new(format!("DMatrix::zeros({rows}, {cols})"), Prec::Postfix, ty, 0.0)
                    } else {
                        let constant = literal(self.rng);
                        Expr::new(
                            format!("DMatrix::from_element({rows}, {cols}, {})", constant.text),
                            Prec::Postfix,
                            ty,
                            constant.mag,
                        )
                    }
                }
            }
        } else {
            let depth = self.rng.int(1, 2);
            self.expr(ty, depth)
        };
        let name = self.fresh("acc");
        let target = self.declare(name.clone(), &value, true);
        // A literal or a constructor alone leaves the element type to inference: annotate it.
        let annotation =
            if constant { format!(": {}", ty.rust(self.float)) } else { String::new() };
        (format!("let mut {name}{annotation} = {};\n", value.owned()), target)
    }

    /// An update of the `let mut` variable `target`; with `fold_from`, it also reads every
    /// unread variable declared from there on.
    fn assignment(&mut self, target: usize, fold_from: Option<usize>) -> String {
        let ty = self.vars[target].ty;
        let name = self.vars[target].name.clone();
        let in_loop = self.iterations > 1;
        let depth = self.rng.int(1, 2);
        let saved_hidden = self.hidden.replace(target);
        let fold = |body: &mut Self, expr: Expr| match fold_from {
            Some(start) => {
                let unread = body.unread_since(start);
                body.fold(expr, &unread)
            }
            None => expr,
        };
        let (op, value) = match self.rng.int(0, 5) {
            0 | 1 => {
                let value = self.expr(ty, depth);
                let value = fold(self, value);
                let value = if in_loop { self.squash(value, 2.0) } else { value };
                (*pick(self.rng, &["+=", "-="]), value)
            }
            2 => {
                let factor = self.expr(Ty::Scalar, depth);
                let factor = Self::calm(fold(self, factor), 2.0);
                let call = *pick(self.rng, &["cos()", "tanh()", "sin()"]);
                ("*=", factor.method(call, Ty::Scalar, 1.0))
            }
            3 => {
                // Fold into the divisor's argument: folding into the divisor could bring it
                // near zero.
                let b = self.expr(Ty::Scalar, depth);
                let b = fold(self, b);
                ("/=", self.divisor_of(b))
            }
            _ => {
                self.hidden = saved_hidden;
                let old = self.read(target);
                let kept = self.transform(old);
                self.hidden = Some(target);
                let update = self.expr(ty, depth);
                let update = fold(self, update);
                let update = self.squash(update, if in_loop { 1.0 } else { LIMIT });
                let value = binary(&kept, "+", &update, ty, kept.mag + update.mag);
                ("=", value)
            }
        };
        self.hidden = saved_hidden;
        let var = &mut self.vars[target];
        var.mag = match op {
            "+=" | "-=" => var.mag + value.mag,
            "*=" => var.mag * value.mag,
            "/=" => var.mag,
            _ => value.mag,
        };
        var.read = false;
        format!("{name} {op} {};\n", value.assigned())
    }

    /// The `let mut` variables a branch or loop updates: some in scope, or new ones.
    fn targets(&mut self, text: &mut String) -> Vec<usize> {
        let mutable: Vec<usize> =
            self.visible().into_iter().filter(|&index| self.vars[index].mutable).collect();
        let mut targets = Vec::new();
        if !mutable.is_empty() && self.rng.uniform() < 0.6 {
            targets.push(*pick(self.rng, &mutable));
        }
        if targets.is_empty() || self.rng.uniform() < 0.3 {
            let (declaration, target) = self.new_accumulator();
            text.push_str(&declaration);
            targets.push(target);
        }
        targets.dedup();
        targets
    }

    /// A condition: on a constant parameter, a loop variable, or differentiable values (which
    /// the backward pass replays, never differentiates).
    fn condition(&mut self, with_else: bool) -> String {
        loop {
            match self.rng.int(0, 5) {
                0 => {
                    if self.constant_param(|kind| *kind == ParamKind::Flag).is_some() {
                        return if with_else { "flag".to_owned() } else { "!flag".to_owned() };
                    }
                }
                1 => {
                    if self.constant_param(|kind| matches!(kind, ParamKind::Count(_))).is_some() {
                        return format!("n > {}", self.rng.int(2, 3));
                    }
                }
                2 => {
                    if !self.indices.is_empty() {
                        let index = self.rng.int(0, self.indices.len() - 1);
                        self.indices[index].used = true;
                        let name = self.indices[index].name.clone();
                        return format!("{name} {}", pick(self.rng, &["> 0", "< 2", "== 1"]));
                    }
                }
                _ => {
                    let depth = self.rng.int(0, 1);
                    let left = self.expr(Ty::Scalar, depth);
                    let right = if self.rng.uniform() < 0.5 {
                        literal(self.rng)
                    } else {
                        self.other(Ty::Scalar, 0, &left)
                    };
                    let side = |expr: &Expr| {
                        if expr.prec == Prec::Cast {
                            format!("({})", expr.text)
                        } else {
                            expr.text.clone()
                        }
                    };
                    return format!(
                        "{} {} {}",
                        side(&left),
                        pick(self.rng, &["<", ">"]),
                        side(&right)
                    );
                }
            }
        }
    }

    /// The conditions of an `if` with `arms` arms (one for a lone `if`), all different
    /// (`if c { … } else if c { … }` is a lint, `ifs_same_cond`).
    fn conditions(&mut self, arms: usize) -> Vec<String> {
        let mut conditions: Vec<String> = Vec::new();
        while conditions.len() < (arms - 1).max(1) {
            let condition = self.condition(arms > 1);
            if !conditions.contains(&condition) {
                conditions.push(condition);
            }
        }
        conditions
    }

    /// Writes `count` arms of a branch (`exhaustive`: one of them always runs), each from the
    /// state before the branch. Afterwards every outer variable has the largest magnitude an arm
    /// gave it, and counts as read only if every way through the branch reads its last value.
    fn arms(
        &mut self,
        count: usize,
        exhaustive: bool,
        mut write: impl FnMut(&mut Self) -> String,
    ) -> Vec<String> {
        let before: Vec<(f64, bool)> = self.vars.iter().map(|var| (var.mag, var.read)).collect();
        let mut after: Vec<(f64, bool)> =
            before.iter().map(|&(mag, read)| (mag, read || exhaustive)).collect();
        let mut texts: Vec<String> = Vec::new();
        for _ in 0..count {
            let mut text = String::new();
            // Identical arms are a lint (`if_same_then_else`): write another.
            for _ in 0..4 {
                for (var, &(mag, read)) in self.vars.iter_mut().zip(&before) {
                    (var.mag, var.read) = (mag, read);
                }
                text = self.scoped(&mut write);
                if !texts.contains(&text) {
                    break;
                }
            }
            texts.push(text);
            for (state, var) in after.iter_mut().zip(&self.vars) {
                *state = (state.0.max(var.mag), state.1 && var.read);
            }
        }
        for (var, &(mag, read)) in self.vars.iter_mut().zip(&after) {
            (var.mag, var.read) = (mag, read);
        }
        texts
    }

    /// `if c { … } [else if c2 { … }] [else { … }]` updating `let mut` variables.
    fn if_statement(&mut self, level: usize) -> String {
        let mut text = String::new();
        let targets = self.targets(&mut text);
        let protected = self.protected.len();
        self.protected.extend(targets.iter().map(|&target| self.vars[target].name.clone()));
        let shape = self.rng.int(0, 2);
        let arms = match shape {
            0 => 1,
            1 => 2,
            _ => 3,
        };
        let conditions = self.conditions(arms);
        let blocks = self.arms(arms, arms > 1, |body| body.block(level + 1, &targets));
        self.protected.truncate(protected);
        let _ = write!(text, "if {} {{\n{}}}", conditions[0], blocks[0]);
        if arms == 3 {
            let _ = write!(text, " else if {} {{\n{}}}", conditions[1], blocks[1]);
        }
        if arms >= 2 {
            let _ = write!(text, " else {{\n{}}}", blocks[arms - 1]);
        }
        text.push('\n');
        text
    }

    /// The statements and value of one arm of a branch used as a value.
    fn arm_value(&mut self, ty: Ty, level: usize) -> (String, f64) {
        let start = self.vars.len();
        let mut text = String::new();
        if self.rng.uniform() < 0.4 {
            text.push_str(&self.statement(level + 1));
        }
        let depth = self.rng.int(1, 2);
        let tail = self.expr(ty, depth);
        let unread = self.unread_since(start);
        let tail = self.fold(tail, &unread);
        let tail = if text.is_empty() { tail } else { self.not_a_name(tail) };
        (format!("{text}{}", tail.owned()), tail.mag)
    }

    /// `let y = if c { … } else { … };`, possibly with `else if`.
    fn if_value(&mut self, level: usize) -> String {
        let ty = self.new_ty();
        let arms = if self.rng.uniform() < 0.3 { 3 } else { 2 };
        let conditions = self.conditions(arms);
        let mut mag: f64 = 0.0;
        let values = self.arms(arms, true, |body| {
            let (text, arm_mag) = body.arm_value(ty, level);
            mag = mag.max(arm_mag);
            text
        });
        let name = self.fresh_for(ty);
        let mut text = format!("let {name} = if {} {{\n{}\n}}", conditions[0], values[0]);
        if arms == 3 {
            let _ = write!(text, " else if {} {{\n{}\n}}", conditions[1], values[1]);
        }
        let _ = writeln!(text, " else {{\n{}\n}};", values[arms - 1]);
        let value = Expr::new(String::new(), Prec::Postfix, ty, mag);
        self.declare(name, &value, false);
        text
    }

    /// `match case { 0 => …, 1 | 2 => …, _ => … }`, as a value or updating `let mut` variables.
    fn match_statement(&mut self, level: usize) -> String {
        if self.constant_param(|kind| *kind == ParamKind::Case).is_none() {
            return self.let_statement();
        }
        let patterns = ["0", "1 | 2", "_"];
        if self.rng.uniform() < 0.5 {
            let ty = self.new_ty();
            let mut mag: f64 = 0.0;
            let values = self.arms(3, true, |body| {
                let (text, arm_mag) = body.arm_value(ty, level);
                mag = mag.max(arm_mag);
                if text.contains(';') { format!("{{\n{text}\n}}") } else { format!("{text},") }
            });
            let name = self.fresh_for(ty);
            let arms: Vec<String> = patterns
                .iter()
                .zip(&values)
                .map(|(pattern, value)| format!("{pattern} => {value}"))
                .collect();
            let value = Expr::new(String::new(), Prec::Postfix, ty, mag);
            self.declare(name.clone(), &value, false);
            return format!("let {name} = match case {{\n{}\n}};\n", arms.join("\n"));
        }
        let mut text = String::new();
        let targets = self.targets(&mut text);
        let protected = self.protected.len();
        self.protected.extend(targets.iter().map(|&target| self.vars[target].name.clone()));
        let blocks = self.arms(3, true, |body| body.block(level + 1, &targets));
        self.protected.truncate(protected);
        let arms: Vec<String> = patterns
            .iter()
            .zip(&blocks)
            .map(|(pattern, block)| format!("{pattern} => {{\n{block}}}"))
            .collect();
        let _ = writeln!(text, "match case {{\n{}\n}}", arms.join("\n"));
        text
    }

    /// `for i in 0..bound { … }` updating `let mut` variables.
    fn for_loop(&mut self, level: usize) -> String {
        let mut text = String::new();
        let (range, bound) = self.range();
        let targets = self.targets(&mut text);
        let name = ["i", "j", "k"][self.indices.len().min(2)].to_owned();
        let protected = self.protected.len();
        self.protected.extend(targets.iter().map(|&target| self.vars[target].name.clone()));
        self.iterations *= bound.max(2);
        let grown: Vec<f64> =
            targets.iter().map(|&target| self.vars[target].mag + self.iterations as f64).collect();
        for (position, &target) in targets.iter().enumerate() {
            self.vars[target].mag = grown[position];
        }
        let (body, used) = self.scoped(|body| {
            body.indices.push(Index { name: name.clone(), bound, used: false });
            body.nested_loop = level == 0 && body.rng.uniform() < 0.3;
            let text = body.block(level + 1, &targets);
            (text, body.indices.last().is_some_and(|index| index.used))
        });
        self.iterations /= bound.max(2);
        self.protected.truncate(protected);
        for (position, &target) in targets.iter().enumerate() {
            self.vars[target].mag = grown[position];
            self.vars[target].read = false;
        }
        let pattern = if used { name.as_str() } else { "_" };
        let _ = writeln!(text, "for {pattern} in {range} {{\n{body}}}");
        text
    }

    /// A loop over the elements of a vector or matrix in scope, as a learner writes it:
    /// `for e in v.iter()`, `for (i, e) in v.iter().enumerate()`, `for e in &v`, or
    /// `for (a, b) in v.iter().zip(v.iter().skip(1))`, updating `let mut` variables.
    fn iterator_loop(&mut self, level: usize) -> Option<String> {
        if self.in_closure {
            return None;
        }
        // Not a `let mut` variable: the loop may update it while it borrows it.
        let tensors: Vec<usize> = self
            .visible_of(|ty| ty != Ty::Scalar)
            .into_iter()
            .filter(|&index| !self.vars[index].mutable)
            .collect();
        if tensors.is_empty() {
            return None;
        }
        let source = *pick(self.rng, &tensors);
        let ty = self.vars[source].ty;
        let mag = self.vars[source].mag;
        let name = self.touch(source);
        let mut text = String::new();
        let targets = self.targets(&mut text);
        let protected = self.protected.len();
        self.protected.extend(targets.iter().map(|&target| self.vars[target].name.clone()));
        let count = ty.len();
        self.iterations *= count.max(2);
        let grown: Vec<f64> =
            targets.iter().map(|&target| self.vars[target].mag + self.iterations as f64).collect();
        for (position, &target) in targets.iter().enumerate() {
            self.vars[target].mag = grown[position];
        }
        let index = ["i", "j", "k"][self.indices.len().min(2)].to_owned();
        // `for e in &x` needs `x` to be a matrix, not a reference parameter (`&&DVector` is not
        // iterable).
        let form = match self.rng.int(0, 3) {
            2 if matches!(self.vars[source].borrow, Borrow::Reference(_)) => 0,
            form => form,
        };
        let (header, body) = self.scoped(|body| {
            let start = body.vars.len();
            let (first, second) = (body.fresh("e"), body.fresh("e"));
            body.push_var(Var::new(first.clone(), Ty::Scalar, Borrow::Place, mag));
            match form {
                1 => body.indices.push(Index { name: index.clone(), bound: count, used: false }),
                3 => {
                    body.push_var(Var::new(second.clone(), Ty::Scalar, Borrow::Place, mag));
                }
                _ => {}
            }
            let text = body.block_from(level + 1, &targets, start);
            let header = match form {
                0 => format!("for &{first} in {name}.iter()"),
                1 => {
                    let used = body.indices.last().is_some_and(|index| index.used);
                    let pattern = if used { index.as_str() } else { "_" };
                    format!("for ({pattern}, &{first}) in {name}.iter().enumerate()")
                }
                2 => format!("for &{first} in &{name}"),
                _ => {
                    format!("for (&{first}, &{second}) in {name}.iter().zip({name}.iter().skip(1))")
                }
            };
            (header, text)
        });
        self.iterations /= count.max(2);
        self.protected.truncate(protected);
        for (position, &target) in targets.iter().enumerate() {
            self.vars[target].mag = grown[position];
            self.vars[target].read = false;
        }
        let _ = writeln!(text, "{header} {{\n{body}}}");
        Some(text)
    }

    /// `let mut w = …;` and a loop writing its elements one by one, `w[i] = …` or
    /// `w[(i, c)] = …` (now and then `+=`), each value possibly reading `w` itself, so that the
    /// backward pass must restore what each write overwrote.
    fn element_writes(&mut self) -> String {
        let ty = match self.rng.int(0, 2) {
            0 => Ty::Matrix(self.dim(), self.dim()),
            _ => Ty::Vector(self.dim()),
        };
        let init = if self.rng.uniform() < 0.5 {
            let zeros = match ty {
                Ty::Vector(n) => format!("DVector::zeros({n})"),
                Ty::Matrix(rows, cols) => format!("DMatrix::zeros({rows}, {cols})"),
                Ty::Scalar => unreachable!(),
            };
            Expr::new(zeros, Prec::Postfix, ty, 0.0)
        } else {
            self.expr(ty, 1)
        };
        let name = self.fresh("w");
        let annotation = format!(": {}", ty.rust(self.float));
        let mut text = format!("let mut {name}{annotation} = {};\n", init.owned());
        let target = self.push_var(Var::new(name.clone(), ty, Borrow::Place, init.mag));
        let (rows, shape) = match ty {
            Ty::Vector(n) => (n, "len"),
            Ty::Matrix(rows, _) => (rows, "nrows"),
            Ty::Scalar => unreachable!(),
        };
        let index = ["i", "j", "k"][self.indices.len().min(2)].to_owned();
        let place = match ty {
            Ty::Matrix(_, cols) => format!("{name}[({index}, {})]", self.rng.int(0, cols - 1)),
            _ => format!("{name}[{index}]"),
        };
        let op = if self.rng.uniform() < 0.25 { "+=" } else { "=" };
        self.iterations *= rows.max(2);
        let (value, mag) = self.scoped(|body| {
            body.indices.push(Index { name: index.clone(), bound: rows, used: true });
            let value = body.expr(Ty::Scalar, 1);
            let value = Self::calm(value, 2.0);
            let value = body.squash(value, 2.0);
            (value.text, value.mag)
        });
        self.iterations /= rows.max(2);
        let _ = writeln!(text, "for {index} in 0..{name}.{shape}() {{\n{place} {op} {value};\n}}");
        let var = &mut self.vars[target];
        var.mag = var.mag.max(mag) + mag;
        var.read = false;
        text
    }

    /// A loop over the layers of the `Stack` parameter, as a learner writes an MLP:
    /// `for layer in &s.layers { h = tanh(&add_bias(&(&layer.w * &h), &layer.b)); }`.
    fn layer_loop(&mut self) -> Option<String> {
        let stack =
            self.params.iter().position(|param| matches!(param.kind, ParamKind::Stack { .. }));
        let (Some(stack), false) = (stack, self.in_closure) else { return None };
        let ParamKind::Stack { dim, .. } = self.params[stack].kind else { return None };
        self.params[stack].used = true;
        let ty =
            if self.rng.uniform() < 0.5 { Ty::Vector(dim) } else { Ty::Matrix(dim, self.dim()) };
        let init = Self::calm(self.expr(ty, 1), 2.0);
        let name = self.fresh("h");
        let mut text = format!("let mut {name} = {};\n", init.owned());
        let layer = self.fresh("layer");
        let header = match self.rng.int(0, 2) {
            0 => format!("for {layer} in &s.layers"),
            1 => format!("for {layer} in s.layers.iter()"),
            _ => format!("for (i, {layer}) in s.layers.iter().enumerate()"),
        };
        let affine = format!("&{layer}.w * &{name}");
        let step = match ty {
            Ty::Vector(_) => format!("({affine} + &{layer}.b).map(|e| e.tanh())"),
            _ => format!("tanh(&add_bias(&({affine}), &{layer}.b))"),
        };
        let step = if header.contains("enumerate") {
            format!("{step} * (1.0 / (i as {} + 1.0))", self.float.name())
        } else {
            step
        };
        let _ = writeln!(text, "{header} {{\n{name} = {step};\n}}");
        self.push_var(Var { mutable: false, ..Var::new(name, ty, Borrow::Place, 1.0) });
        Some(text)
    }

    /// A constant range and its length: `0..n`, `0..v.len()`, `0..m.ncols()`, `0..3`.
    fn range(&mut self) -> (String, usize) {
        let tensors = self.visible_of(|ty| ty != Ty::Scalar);
        match self.rng.int(0, 3) {
            0 => {
                if let Some(index) = self.constant_param(|kind| matches!(kind, ParamKind::Count(_)))
                {
                    let ParamKind::Count(n) = self.params[index].kind else { unreachable!() };
                    return ("0..n".to_owned(), n);
                }
            }
            1 | 2 if !tensors.is_empty() => {
                let index = *pick(self.rng, &tensors);
                let ty = self.vars[index].ty;
                let name = self.touch(index);
                return match ty {
                    Ty::Vector(n) => (format!("0..{name}.len()"), n),
                    Ty::Matrix(rows, _) if self.rng.uniform() < 0.5 => {
                        (format!("0..{name}.nrows()"), rows)
                    }
                    Ty::Matrix(_, cols) => (format!("0..{name}.ncols()"), cols),
                    Ty::Scalar => unreachable!(),
                };
            }
            _ => {}
        }
        let bound = self.rng.int(2, 3);
        (format!("0..{bound}_usize"), bound)
    }

    /// `let y = { let t = …; … };`
    fn block_value(&mut self, level: usize) -> String {
        let ty = self.new_ty();
        let (text, mag) = self.scoped(|body| {
            let start = body.vars.len();
            let mut text = body.let_statement();
            if level < 2 && body.rng.uniform() < 0.3 {
                text.push_str(&body.statement(level + 1));
            }
            let tail = body.expr(ty, 1);
            let unread = body.unread_since(start);
            let tail = body.fold(tail, &unread);
            let tail = body.not_a_name(tail);
            (format!("{text}{}", tail.owned()), tail.mag)
        });
        let name = self.fresh_for(ty);
        let value = Expr::new(String::new(), Prec::Postfix, ty, mag);
        self.declare(name.clone(), &value, false);
        format!("let {name} = {{\n{text}\n}};\n")
    }

    /// `assert_eq!(m.nrows(), 3);`: kept in the forward pass.
    fn assertion(&mut self) -> Option<String> {
        let tensors = self.visible_of(|ty| ty != Ty::Scalar);
        if tensors.is_empty() {
            return None;
        }
        let index = *pick(self.rng, &tensors);
        let ty = self.vars[index].ty;
        let name = self.touch(index);
        Some(match ty {
            Ty::Vector(n) => format!("assert_eq!({name}.len(), {n});\n"),
            Ty::Matrix(rows, cols) => format!("assert_eq!({name}.shape(), ({rows}, {cols}));\n"),
            Ty::Scalar => unreachable!(),
        })
    }

    // ---- the result ---------------------------------------------------------------------------

    fn output_ty(&mut self) -> Ty {
        if self.rng.uniform() < 0.7 {
            return Ty::Scalar;
        }
        match self.tensor_ty() {
            Ty::Scalar => Ty::Scalar,
            ty => ty,
        }
    }

    /// The function's value: an expression of the output type that reads every unread variable,
    /// plus a direct term in every differentiable parameter.
    fn result(&mut self, output: Ty) -> Expr {
        let value = self.expr(output, 1);
        let unread = self.unread_since(0);
        let value = self.fold(value, &unread);
        let direct = self.direct_terms();
        let value = match output {
            Ty::Scalar => binary(&value, "+", &direct, output, value.mag + direct.mag),
            Ty::Vector(n) => {
                let ones =
                    call("DVector::from_element", &[n.to_string(), "1.0".into()], output, 1.0);
                let spread = binary(&ones, "*", &direct, output, direct.mag);
                binary(&value, "+", &spread, output, value.mag + direct.mag)
            }
            Ty::Matrix(rows, cols) => {
                let ones = call(
                    "DMatrix::from_element",
                    &[rows.to_string(), cols.to_string(), "1.0".into()],
                    output,
                    1.0,
                );
                let spread = binary(&ones, "*", &direct, output, direct.mag);
                binary(&value, "+", &spread, output, value.mag + direct.mag)
            }
        };
        let mag = value.mag;
        Expr::new(value.owned(), Prec::Postfix, value.ty, mag)
    }

    /// `x0.sum() + x1 + …`: every differentiable parameter, each tensor of a struct,
    /// reaches the value directly, so that each tensor's gradient is large enough for the
    /// checker to resolve, however flat the rest of the program is at the point. (A wrong
    /// contribution elsewhere is judged against the error bar, which this does not widen.)
    fn direct_terms(&mut self) -> Expr {
        let mut terms: Vec<Expr> = Vec::new();
        for param in 0..self.params.len() {
            if !self.params[param].differentiable() {
                continue;
            }
            let name = self.params[param].name.clone();
            let visible = self.visible();
            let vars: Vec<usize> = visible
                .into_iter()
                .filter(|&index| {
                    let var = &self.vars[index];
                    var.name == name || (var.is_field() && var.param == Some(param))
                })
                .collect();
            for index in vars {
                let var = self.read(index);
                let reduced = match var.ty {
                    Ty::Scalar => var,
                    ty => var.method("sum()", Ty::Scalar, var.mag * (ty.len() as f64).sqrt()),
                };
                terms.push(reduced);
            }
        }
        let mut sum = terms.remove(0);
        for term in terms {
            sum = binary(&sum, "+", &term, Ty::Scalar, sum.mag + term.mag);
        }
        sum
    }
}
