//! Random programs: hundreds of well-typed random `#[differentiable]` functions over the whole
//! supported subset, each verified by its generated `check` at random points.
//!
//! In: `random_programs/generated.rs`, which `random_programs/generator.rs` writes from a fixed
//! seed. Out: one test per generated function, a test that the committed file is exactly what
//! the generator writes today (set `REGENERATE_RANDOM_PROGRAMS=1` to rewrite it), and a test
//! that the programs reach every construct of the subset.

mod support;

#[path = "random_programs/generated.rs"]
mod generated;
#[path = "random_programs/generator.rs"]
mod generator;

use std::io::Write as _;
use std::path::PathBuf;
use std::process::{Command, Stdio};

use backprop::check::Report;
use support::Rng;

/// Random points each function is checked at.
const POINTS: u64 = 3;

/// Runs the `check` of the generated function number `index` at [`POINTS`] random points.
fn passes_at_random_points(index: u64, name: &str, mut check: impl FnMut(&mut Rng) -> Report) {
    // Through `dyn`: the loop is compiled once, not once per generated function.
    checks_at_random_points(index, name, &mut check);
}

fn checks_at_random_points(index: u64, name: &str, check: &mut dyn FnMut(&mut Rng) -> Report) {
    for point in 0..POINTS {
        let seed = index * POINTS + point;
        let report = check(&mut Rng::new(seed));
        assert!(report.passed(), "{name} at seed {seed}:\n{report}");
    }
}

fn generated_path() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../tests/random_programs/generated.rs")
}

/// `text` as `cargo fmt` would format it, with the workspace's rustfmt.toml.
fn rustfmt(text: &str) -> String {
    let config = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../rustfmt.toml");
    let rustfmt = std::env::var_os("RUSTFMT").unwrap_or_else(|| "rustfmt".into());
    let mut child = Command::new(rustfmt)
        .args(["--edition", "2024", "--emit", "stdout", "--config-path"])
        .arg(&config)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("rustfmt runs (install it with `rustup component add rustfmt`)");
    child
        .stdin
        .take()
        .expect("rustfmt's stdin is piped")
        .write_all(text.as_bytes())
        .expect("rustfmt reads the generated text");
    let output = child.wait_with_output().expect("rustfmt finishes");
    assert!(
        output.status.success(),
        "rustfmt rejects the generated text:\n{}",
        String::from_utf8_lossy(&output.stderr)
    );
    String::from_utf8(output.stdout).expect("rustfmt writes UTF-8")
}

#[test]
fn generated_file_is_current() {
    let expected = rustfmt(&generator::generate(generator::SEED, generator::COUNT));
    let path = generated_path();
    if std::env::var_os("REGENERATE_RANDOM_PROGRAMS").is_some_and(|value| value == "1") {
        let partial = path.with_extension("rs.partial");
        std::fs::write(&partial, &expected).expect("the generated file's directory is writable");
        std::fs::rename(&partial, &path).expect("the generated file can be replaced");
        return;
    }
    let committed = std::fs::read_to_string(&path).unwrap_or_default();
    assert!(
        committed == expected,
        "tests/random_programs/generated.rs is not what generator.rs writes: regenerate it with \
         `{}`",
        generator::REGENERATE
    );
}

/// Constructs of the subset and a piece of text that shows each in the generated programs.
const CONSTRUCTS: &[(&str, &str)] = &[
    ("f32 functions", ") -> f32 {"),
    ("f64 functions", ") -> f64 {"),
    ("matrix outputs", ") -> DMatrix<"),
    ("vector outputs", ") -> DVector<"),
    ("scalars by value", ": f64,"),
    ("scalars by reference", ": &f64"),
    ("f32 scalars by reference", ": &f32"),
    ("vectors by value", ": DVector<"),
    ("vectors by reference", ": &DVector<"),
    ("matrices by value", ": DMatrix<"),
    ("matrices by reference", ": &DMatrix<"),
    ("let with a type", "> = "),
    ("let mut", "let mut "),
    ("reassignment", " = acc"),
    ("+=", " += "),
    ("-=", " -= "),
    ("*=", " *= "),
    ("/=", " /= "),
    ("a constant that becomes differentiable", ": f64 = 0.0;"),
    ("unary minus", "-&"),
    ("subtraction", " - "),
    ("division", " / "),
    ("matrix product and scaling", " * &"),
    ("sin", ".sin()"),
    ("cos", ".cos()"),
    ("tan", ".tan()"),
    ("exp", ".exp()"),
    ("ln", ".ln()"),
    ("sqrt", ".sqrt()"),
    ("tanh", ".tanh()"),
    ("powi", ".powi("),
    ("powf", ".powf("),
    ("abs", ".abs()"),
    ("max", ".max("),
    ("min", ".min("),
    ("transpose", ".transpose()"),
    ("component_mul", ".component_mul("),
    ("component_div", ".component_div("),
    ("sum", ".sum()"),
    ("mean", ".mean()"),
    ("dot", ".dot("),
    ("norm", ".norm()"),
    ("norm_squared", ".norm_squared()"),
    ("sigmoid", "sigmoid(&"),
    ("relu", "relu(&"),
    ("elementwise tanh", " tanh(&"),
    ("elementwise exp", " exp(&"),
    ("elementwise ln", " ln(&"),
    ("softmax", " softmax(&"),
    ("log_softmax", "log_softmax(&"),
    ("add_bias", "add_bias(&"),
    ("mse", "mse(&"),
    ("column_sum", ".column_sum()"),
    ("column_mean", ".column_mean()"),
    ("column_variance", ".column_variance()"),
    ("row_sum", ".row_sum()"),
    ("row_mean", ".row_mean()"),
    ("row_variance", ".row_variance()"),
    ("variance", ".variance()"),
    ("add_scalar", ".add_scalar("),
    ("cross_entropy with labels", ", labels)"),
    ("cross_entropy with literal labels", ", &["),
    ("if", "if "),
    ("else if", "} else if "),
    ("if as a value", " = if "),
    ("match", "match case {"),
    ("match as a value", " = match case {"),
    ("for over 0..n", "in 0..n {"),
    ("for over a length", ".len() {"),
    ("for over a literal range", "_usize {"),
    ("for over columns", ".ncols() {"),
    ("for over rows", ".nrows() {"),
    ("nested for", "for j in "),
    ("vector element", "[i]"),
    ("matrix element", "[(i, "),
    ("column", ".column("),
    ("columns", ".columns("),
    ("row", ".row("),
    ("rows", ".rows("),
    ("into_owned", ".into_owned()"),
    ("DMatrix::zeros", "DMatrix::zeros("),
    ("DMatrix::from_element", "DMatrix::from_element("),
    ("DVector::zeros", "DVector::zeros("),
    ("index as a float", " as f64"),
    ("map", ".map(|e| "),
    ("map capturing a value", ".map(|u| "),
    ("vector element writes", "[i] = "),
    ("matrix element writes", ")] = "),
    ("element += ", "] += "),
    ("for over .iter()", ".iter() {"),
    ("for over .iter().enumerate()", ".iter().enumerate() {"),
    ("for over &", " in &"),
    ("for over .iter().zip(….skip(1))", ".skip(1)) {"),
    ("a Vec of layers", ": &Stack"),
    ("f32 Vec of layers", ": &Stack32"),
    ("for over &s.layers", " in &s.layers {"),
    ("for over s.layers.iter()", " in s.layers.iter() {"),
    ("for over s.layers.iter().enumerate()", " in s.layers.iter().enumerate() {"),
    ("a layer's field read by index", "s.layers[1]."),
    ("block value", " = {"),
    ("struct parameters", ": &Affine"),
    ("nested struct parameters", ": &TwoLayer"),
    ("f32 struct parameters", "32,"),
    ("struct field reads", "p.first.w"),
    ("passing a field to a function", "(&p.first"),
    ("wrt", "#[differentiable(wrt("),
    ("usize parameters", "n: usize"),
    ("bool parameters", "flag: bool"),
    ("label parameters", "labels: &[usize]"),
    ("assertions", "assert_eq!("),
];

/// Each generated function's name and text, up to its test.
fn functions_of(text: &str) -> impl Iterator<Item = (&str, &str)> {
    text.split("#[differentiable").skip(1).filter_map(|function| {
        let start = function.find("fn f")? + 3;
        let name = function.get(start..start + 4)?;
        let body = function.split("#[test]").next().unwrap_or(function);
        Some((name, body))
    })
}

/// The names a generated function binds to vectors: parameters and `let`s typed `DVector<…>`,
/// and the generator's vector locals (`v1`, `v2`, …).
fn vector_names(body: &str) -> Vec<&str> {
    let identifier = |c: char| c.is_ascii_alphanumeric() || c == '_';
    let mut names = Vec::new();
    for typed in [": DVector<", ": &DVector<"] {
        for (at, _) in body.match_indices(typed) {
            let before = &body[..at];
            let start = before.rfind(|c: char| !identifier(c)).map_or(0, |i| i + 1);
            names.push(&before[start..]);
        }
    }
    for binding in ["let v", "let mut v"] {
        for (at, _) in body.match_indices(binding) {
            let start = at + binding.len() - 1;
            let rest = &body[start..];
            let end = rest.find(|c: char| !identifier(c)).unwrap_or(rest.len());
            names.push(&rest[..end]);
        }
    }
    names.sort_unstable();
    names.dedup();
    names
}

/// How many generated functions call the runtime function `rule` on a vector.
fn functions_calling_on_a_vector(text: &str, rule: &str) -> usize {
    functions_of(text)
        .filter(|(_, body)| {
            let names = vector_names(body);
            let call = format!(" {rule}(");
            body.match_indices(&call)
                .any(|(at, _)| shows_a_vector(first_argument(&body[at + call.len()..]), &names))
        })
        .count()
}

/// Whether an argument's text shows that it is a vector: a name bound to one (`&v2`, `x0`), a
/// `DVector::…` constant, a layer's bias (`&p.first.b`), a column read
/// (`m.column(1).into_owned()`) or a column reduction (`m.column_mean()`), perhaps calmed by a
/// factor first (`&(0.5 * &acc1)`).
fn shows_a_vector(argument: &str, names: &[&str]) -> bool {
    let argument = argument.trim_start_matches('&');
    let inner =
        argument.strip_prefix('(').and_then(|inner| inner.strip_suffix(')')).unwrap_or(argument);
    let last_factor =
        inner.rsplit(" * ").next().unwrap_or(inner).trim_start_matches(['&', '*', '(']);
    inner.starts_with("DVector::")
        || last_factor.starts_with("DVector::")
        || names.contains(&last_factor)
        || last_factor.rsplit_once('.').is_some_and(|(_, field)| field == "b")
        || [".column_mean()", ".column_sum()", ".column_variance()"]
            .iter()
            .any(|reduction| last_factor.ends_with(reduction))
        || (last_factor.ends_with(").into_owned()")
            && last_factor.rsplit('.').nth(1).is_some_and(|part| part.starts_with("column(")))
}

/// The text of a call's first argument: `text` up to the first `,` or `)` outside parentheses.
fn first_argument(text: &str) -> &str {
    let mut depth = 0_usize;
    for (at, c) in text.char_indices() {
        match c {
            '(' | '[' => depth += 1,
            ')' | ']' | ',' if depth == 0 => return &text[..at],
            ')' | ']' => depth -= 1,
            _ => {}
        }
    }
    text
}

/// For each generated function, the depth of its calls: 1 when it calls no generated function,
/// else one more than its deepest callee.
fn call_depths(text: &str) -> Vec<usize> {
    let functions: Vec<(&str, &str)> = functions_of(text).collect();
    let mut depths: Vec<usize> = Vec::with_capacity(functions.len());
    // Functions only call earlier ones, so one pass in order sees every callee's depth first.
    for (index, (name, body)) in functions.iter().enumerate() {
        let deepest = functions[..index]
            .iter()
            .zip(&depths)
            .filter(|((callee, _), _)| *callee != *name && body.contains(&format!(" {callee}(")))
            .map(|(_, depth)| *depth)
            .max()
            .unwrap_or(0);
        depths.push(deepest + 1);
    }
    depths
}

#[test]
fn the_programs_reach_every_construct() {
    let text = std::fs::read_to_string(generated_path()).unwrap_or_default();
    let functions = text.matches("#[differentiable").count();
    assert!(functions >= 300, "only {functions} generated functions");
    let calls =
        (0..functions).filter(|index| text.matches(&format!(" f{index:03}(")).count() > 1).count();
    assert!(calls >= 30, "only {calls} generated functions are called by others");
    // Calls nested 3 deep and more (a caller of a caller of a function), and loops that read a
    // part of a matrix or vector by their index: what save-then-pull-back and in-place parts
    // are about.
    let deep = call_depths(&text).into_iter().filter(|&depth| depth >= 3).count();
    assert!(deep >= 20, "only {deep} generated functions make calls nested 3 deep");
    let part_loops = functions_of(&text)
        .filter(|(_, body)| {
            body.contains("for i in ")
                && [".column(i", ".row(i", "[i]", "[(i, "].iter().any(|part| body.contains(part))
        })
        .count();
    assert!(part_loops >= 10, "only {part_loops} generated functions loop over parts");
    let mut rare: Vec<String> = CONSTRUCTS
        .iter()
        .filter_map(|(construct, shown)| {
            let count = text.matches(shown).count();
            (count < 3).then(|| format!("{construct} (`{shown}`): {count}"))
        })
        .collect();
    for rule in ["sigmoid", "tanh", "exp", "relu", "softmax", "log_softmax"] {
        let count = functions_calling_on_a_vector(&text, rule);
        if count < 3 {
            rare.push(format!("`{rule}` of a vector: in {count} functions"));
        }
    }
    assert!(
        rare.is_empty(),
        "constructs the programs reach fewer than 3 times:\n{}",
        rare.join("\n")
    );
}
