//! Tests of the whole expansion: it never panics, and `SOURCE` is exactly what is compiled.

use proc_macro2::TokenStream;
use proptest::prelude::*;
use quote::ToTokens;

use crate::expand;

/// The inner attributes and items of the generated module, and its `SOURCE` text.
fn module_of(expanded: &TokenStream) -> Option<(TokenStream, String)> {
    let file: syn::File = syn::parse2(expanded.clone()).ok()?;
    file.items.into_iter().find_map(|item| {
        let syn::Item::Mod(module) = item else { return None };
        let (_, items) = module.content?;
        let mut source = None;
        let mut compiled: TokenStream = module
            .attrs
            .iter()
            .filter(|attr| matches!(attr.style, syn::AttrStyle::Inner(_)))
            .map(ToTokens::to_token_stream)
            .collect();
        for item in items {
            match &item {
                syn::Item::Const(constant) if constant.ident == "SOURCE" => {
                    if let syn::Expr::Lit(syn::ExprLit { lit: syn::Lit::Str(text), .. }) =
                        &*constant.expr
                    {
                        source = Some(text.value());
                    }
                }
                // `graph` is the one compiled item `SOURCE` leaves out: `pullback` again, with
                // reporting lines, or the stand-in whose call does not compile (see
                // `emit/graph.rs`).
                syn::Item::Fn(function) if function.sig.ident == "graph" => {}
                _ => compiled.extend(item.to_token_stream()),
            }
        }
        Some((compiled, source?))
    })
}

/// The tokens without trailing commas, which the pretty-printer adds to long lists.
fn without_trailing_commas(tokens: TokenStream) -> TokenStream {
    let trees: Vec<proc_macro2::TokenTree> = tokens.into_iter().collect();
    let mut out = Vec::with_capacity(trees.len());
    for (index, tree) in trees.iter().enumerate() {
        match tree {
            proc_macro2::TokenTree::Punct(punct)
                if punct.as_char() == ',' && index + 1 == trees.len() => {}
            proc_macro2::TokenTree::Group(group) => {
                let inner = without_trailing_commas(group.stream());
                out.push(proc_macro2::TokenTree::Group(proc_macro2::Group::new(
                    group.delimiter(),
                    inner,
                )));
            }
            other => out.push(other.clone()),
        }
    }
    out.into_iter().collect()
}

const FUNCTIONS: &[&str] = &[
    "pub fn loss(w: &DMatrix<f64>, b: &DVector<f64>, x: &DMatrix<f64>, y: &DMatrix<f64>) -> f64 {
        let z = add_bias(&(w * x), b);
        let h = sigmoid(&z);
        mse(&h, y)
    }",
    "fn scalar(x: f64, y: f64) -> f64 { let s = x * y - y / x; s.tanh() + x.powi(2) * y.cos() }",
    "fn horner(x: f64, n: usize) -> f64 {
        let mut acc = 0.0;
        for k in 0..n { acc = acc * x + (k as f64 + 1.0); }
        acc
    }",
    "fn piecewise(x: f64) -> f64 { if x < 1.0 { x * x } else { 2.0 * x.ln() + 1.0 } }",
    "fn net(p: &TwoLayer, x: &DMatrix<f64>, labels: &[usize]) -> f64 {
        let h = tanh(&layer(&p.first, x));
        cross_entropy(&layer(&p.second, &h), labels)
    }",
    "fn mapped(m: &DMatrix<f64>) -> f64 { m.map(|v| v.sin() * v).sum() }",
];

#[test]
fn source_is_the_compiled_code_with_comments() {
    for text in FUNCTIONS {
        let item: TokenStream = text.parse().expect("test function parses");
        let expanded = expand(TokenStream::new(), &item);
        let (compiled, source) =
            module_of(&expanded).expect("the expansion has a module with SOURCE");
        let reparsed: syn::File = syn::parse_str(&source).expect("SOURCE parses as Rust");
        let reparsed: TokenStream = reparsed
            .attrs
            .iter()
            .map(ToTokens::to_token_stream)
            .chain(reparsed.items.iter().map(ToTokens::to_token_stream))
            .collect();
        assert_eq!(
            without_trailing_commas(compiled).to_string(),
            without_trailing_commas(reparsed).to_string(),
            "SOURCE differs from the compiled code of {text}"
        );
        assert!(source.contains("// "), "SOURCE has no step comments: {source}");
    }
}

/// Pieces the generator assembles functions from: valid and invalid on purpose.
const PARAMS: &[&str] = &[
    "x: f64",
    "y: f32",
    "w: &DMatrix<f64>",
    "v: &DVector<f64>",
    "n: usize",
    "labels: &[usize]",
    "p: &Mlp",
    "m: DMatrix<f64>",
    "s: &mut f64",
    "self",
    "t: (f64, f64)",
    "f: impl Fn(f64) -> f64",
];
const EXPRS: &[&str] = &[
    "x",
    "y",
    "w",
    "v",
    "n",
    "p.w1",
    "v[0]",
    "w[(0, 1)]",
    "1.0",
    "2",
    "x * y",
    "w * v",
    "x + 1.0",
    "-x",
    "x.sin()",
    "x.powi(2)",
    "x.powf(y)",
    "w.transpose()",
    "w.sum()",
    "v.dot(&v)",
    "x.max(y)",
    "sigmoid(&w)",
    "relu(&(w * w))",
    "other(x)",
    "x as f32",
    "n as f64",
    "w.nrows() as f64",
    "x % 2.0",
    "x.frobnicate()",
    "|a| a + 1.0",
    "vec![1.0]",
    "(x, y)",
    "[x, y]",
    "x?",
    "!x",
    "unsafe { x }",
    "loop { break x }",
    "while x > 0.0 { }",
    "match n { 0 => x, _ => y }",
    "if x > 0.0 { x } else { -x }",
    "{ let t = x; t }",
    "w.map(|e| e * 2.0)",
    "w.column(0)",
    "x.clone()",
    "&w",
    "*s",
    "x == y",
    "0..n",
    "Mlp { w1: w }",
    "async { x }",
    "return x",
];
const STATEMENTS: &[&str] = &[
    "let a = {e};",
    "let mut a = {e};",
    "a = {e};",
    "a += {e};",
    "a *= {e};",
    "let (b, c) = {e};",
    "for i in 0..n {{ a += {e}; }}",
    "for i in 0..{e} {{ }}",
    "if {e} > 0.0 {{ a = {e}; }}",
    "assert!({e} > 0.0);",
    "println!(\"{{}}\", {e});",
    "while a < 1.0 {{ a += 1.0; }}",
    "loop {{ break; }}",
    "let f = |q: f64| q * {e};",
    "unsafe {{ }}",
    "return {e};",
    "{e};",
    "fn inner() {{}}",
    "let b: f64 = {e};",
    "match n {{ 0 => {{ a = {e}; }} _ => {{}} }}",
];
const RETURNS: &[&str] = &["-> f64", "-> f32", "-> DMatrix<f64>", "-> usize", "", "-> (f64, f64)"];
const HEADS: &[&str] = &["fn", "pub fn", "async fn", "const fn", "unsafe fn", "fn f<T>"];

fn function(
    head: usize,
    params: &[usize],
    statements: &[(usize, usize)],
    tail: usize,
    ret: usize,
) -> String {
    let params: Vec<&str> = params.iter().map(|&i| PARAMS[i % PARAMS.len()]).collect();
    let mut body = String::new();
    for &(statement, expr) in statements {
        let template = STATEMENTS[statement % STATEMENTS.len()];
        body.push_str(
            &template
                .replace("{e}", EXPRS[expr % EXPRS.len()])
                .replace("{{", "{")
                .replace("}}", "}"),
        );
        body.push('\n');
    }
    body.push_str(EXPRS[tail % EXPRS.len()]);
    let head = HEADS[head % HEADS.len()];
    let name = if head.ends_with("<T>") { "" } else { " f" };
    format!("{head}{name}({}) {} {{ {body} }}", params.join(", "), RETURNS[ret % RETURNS.len()])
}

/// Damages a token stream: drops, repeats or swaps tokens.
fn mutate(text: &str, edits: &[(usize, u8)]) -> String {
    let mut tokens: Vec<String> = text.split_whitespace().map(str::to_owned).collect();
    for &(position, kind) in edits {
        if tokens.is_empty() {
            break;
        }
        let at = position % tokens.len();
        match kind % 4 {
            0 => {
                tokens.remove(at);
            }
            1 => {
                let token = tokens[at].clone();
                tokens.insert(at, token);
            }
            2 => {
                let other = (at * 7 + 3) % tokens.len();
                tokens.swap(at, other);
            }
            _ => {
                let inserted = [
                    "(", ")", "{", "}", ";", ",", "&", "*", "mut", "for", "if", "Self", "self",
                    "super ::", "r#type", "r#x", ":: <", "crate ::",
                ];
                tokens.insert(at, inserted[position % inserted.len()].to_owned());
            }
        }
    }
    tokens.join(" ")
}

/// Expands `text`; true when the expansion has a generated module (no error).
fn expand_text(args: &str, text: &str) -> bool {
    let Ok(item) = text.parse::<TokenStream>() else { return false };
    let Ok(args) = args.parse::<TokenStream>() else { return false };
    let expanded = expand(args, &item).to_string();
    // Whatever the input, the output is Rust tokens: the module and the function, or errors
    // that are the user's to fix, never the macro's own.
    assert!(!expanded.is_empty());
    assert!(!expanded.contains("internal error"), "internal error for `{text}`:\n{expanded}");
    !expanded.contains("compile_error")
}

#[test]
fn the_generator_reaches_the_whole_pipeline() {
    // A fixed sample of well-formed generated functions: a good share must lower and emit, so
    // the property tests below exercise every pass, not only the error paths.
    let mut accepted = 0;
    let total = 400;
    for case in 0..total {
        let params = [case % 5, (case / 5) % 5, 4];
        let statements = [((case / 7) % 4, (case / 3) % 27), ((case / 11) % 2, case % 23)];
        if expand_text("", &function(0, &params, &statements, case % 29, 0)) {
            accepted += 1;
        }
    }
    println!("{accepted} of {total} generated functions were accepted");
    assert!(accepted * 5 > total, "only {accepted} of {total} generated functions were accepted");
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 6000, failure_persistence: None, ..ProptestConfig::default() })]

    #[test]
    fn generated_functions_never_panic(
        head in 0..HEADS.len(),
        params in prop::collection::vec(0..PARAMS.len(), 0..5),
        statements in prop::collection::vec((0..STATEMENTS.len(), 0..EXPRS.len()), 0..6),
        tail in 0..EXPRS.len(),
        ret in 0..RETURNS.len(),
        wrt in prop::sample::select(vec!["", "wrt(x)", "wrt(w, v)", "wrt(nothing)", "wrt()", "bogus", "wrt(x, x)", "graph", "wrt(w), graph", "graph(x)"]),
    ) {
        let _ = expand_text(wrt, &function(head, &params, &statements, tail, ret));
    }

    #[test]
    fn damaged_functions_never_panic(
        params in prop::collection::vec(0..PARAMS.len(), 0..4),
        statements in prop::collection::vec((0..STATEMENTS.len(), 0..EXPRS.len()), 0..5),
        tail in 0..EXPRS.len(),
        edits in prop::collection::vec((0usize..400, 0u8..4), 1..6),
    ) {
        let text = function(0, &params, &statements, tail, 0);
        let _ = expand_text("", &mutate(&text, &edits));
    }
}
