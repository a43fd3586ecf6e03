//! The written text of the items of fixed shape against what syn and `prettyplease` print for
//! the same tokens (the path every item took before).
//!
//! In: generated signatures (names of every length, raw identifiers, types of many shapes,
//! `wrt(...)` subsets, scalar and matrix outputs, up to eight parameters). Out: for each item
//! with written text, that text equals the printed one, item by item and for the whole module;
//! and the lengths cross the margin and the struct literal's limit, so the one-line layouts,
//! the wrapped ones (signatures and calls one item a line, `Grad { … }` one field a line) and
//! the printed path all run.

use proc_macro2::TokenStream;
use proptest::prelude::*;

use super::Item;
use crate::emit::{Emitter, keep_user_names, render};

/// Types a parameter may have, of every shape the written text knows and some it does not.
const TYPES: &[&str] = &[
    "f64",
    "f32",
    "&f64",
    "usize",
    "&DMatrix<f64>",
    "&DMatrix<f32>",
    "DMatrix<f64>",
    "&DVector<f64>",
    "&[usize]",
    "&'static [usize]",
    "&Mlp",
    "Mlp",
    "&TwoLayerPerceptronParameters",
    "&nalgebra::DMatrix<f64>",
    "&::nalgebra::DMatrix<f64>",
    "&layers::DenseLayerWithAVeryLongName",
    "&Vec<f64>",
    "&HashMap<String, Vec<f64>>",
    "(f64, f64)",
    "&[f64; 3]",
    "&r#type",
];

/// Raw identifiers a name may be.
const RAW: &[&str] = &["r#type", "r#match", "r#fn", "r#struct"];

/// A name: a raw identifier, or `stem` followed by `length` letters.
fn name(stem: &str, length: usize, raw: Option<usize>) -> String {
    match raw {
        Some(index) => RAW[index % RAW.len()].to_owned(),
        None => format!(
            "{stem}{}",
            "abcdefghijklmnopqrstuvwxyz".chars().cycle().take(length).collect::<String>()
        ),
    }
}

/// The items `#[differentiable(args)]` generates for `function`; `None` when it is rejected.
fn items(args: &str, function: &str) -> Option<Vec<Item>> {
    let args: TokenStream = args.parse().ok()?;
    let args = crate::args::parse(args).ok()?;
    let item: syn::ItemFn = syn::parse_str(function).ok()?;
    let mut function = crate::lower::lower(&item, &args).ok()?;
    keep_user_names(&mut function);
    Some(Emitter::new(&function).module())
}

/// The `SOURCE` text of `items` each printed from its tokens, as before any text was written;
/// the compiled tokens are the same either way.
fn printed(items: &[Item]) -> String {
    let printed: Vec<Item> = items.iter().map(|item| Item::printed(item.tokens.clone())).collect();
    let (compiled, text) = render(&printed).expect("renders");
    let written = render(items).expect("renders").0;
    assert_eq!(compiled.to_string(), written.to_string(), "the compiled tokens differ");
    text
}

/// Checks every written item and the module against the printed text; returns how many items
/// had their text written and how many were printed.
fn compare(args: &str, function: &str) -> Option<(usize, usize)> {
    let items = items(args, function)?;
    let mut written = 0;
    for item in &items {
        if item.text.is_none() {
            continue;
        }
        written += 1;
        let alone = std::slice::from_ref(item);
        let text = render(alone).expect("renders").1;
        assert_eq!(text, printed(alone), "`{function}` with `{args}`");
    }
    let text = render(&items).expect("renders").1;
    assert_eq!(text, printed(&items), "the module of `{function}` with `{args}`");
    Some((written, items.len() - written))
}

/// A function of `params` (name, type) returning `output`, named `name`.
fn function(name: &str, params: &[(String, &str)], output: &str, value: Option<&str>) -> String {
    let list: Vec<String> = params.iter().map(|(name, ty)| format!("{name}: {ty}")).collect();
    let first = &params[0].0;
    let body = match value {
        Some(value) => format!("let {value} = {first} * {first}; {value}"),
        None => format!("{first} * {first}"),
    };
    format!("fn {name}({}) -> {output} {{ {body} }}", list.join(", "))
}

#[test]
fn the_lengths_of_a_name_cross_the_margin_on_both_paths() {
    // The same signature under function names of every length from 1 to 70: lines grow one
    // character at a time through the margin.
    let (mut written, mut printed) = (0, 0);
    for length in 1..=70 {
        let params = vec![
            ("x".to_owned(), "f64"),
            ("w".to_owned(), "&DMatrix<f64>"),
            ("labels".to_owned(), "&[usize]"),
        ];
        for output in ["f64", "DMatrix<f64>"] {
            let function = function(&name("f", length, None), &params, output, None);
            let (w, p) = compare("", &function).expect("the function is accepted");
            written += w;
            printed += p;
        }
    }
    // At every length some items are printed (`pullback`, the stand-ins); past the margin the
    // items of fixed shape are too.
    assert!(written > 70 * 2 * 5, "only {written} items written");
    assert!(printed > 70 * 2 * 2, "only {printed} items printed");
}

#[test]
fn the_widths_of_a_struct_literal_cross_its_limit() {
    // `vjp`'s `(f, Grad { x: d_x, y: d_y })` grows two characters at a time past the printer's
    // limit for a struct literal on one line, `check`'s `let at = Grad { x, y: y.clone() };`
    // one at a time: written on one line, then broken one field a line.
    let (mut one_line, mut broken) = (0, 0);
    for (x, y, ty) in
        (1..=12).flat_map(|x| (1..=12).flat_map(move |y| [(x, y, "f64"), (x, y, "&DMatrix<f64>")]))
    {
        let params = vec![(name("x", x - 1, None), "f64"), (name("y", y - 1, None), ty)];
        let function = function("f", &params, "f64", None);
        compare("", &function).expect("the function is accepted");
        let items = items("", &function).expect("the function is accepted");
        for fixed in ["fn vjp", "fn check"] {
            let item = items.iter().find(|item| item.tokens.to_string().contains(fixed));
            // `check` is printed when a line of it would break another way (its checker call
            // fits on one line, its last line is too long).
            let Some(written) = &item.expect("the item").text else {
                assert_eq!(fixed, "fn check", "`vjp` is written");
                continue;
            };
            let text = &written.text;
            if text.lines().any(|line| line.ends_with("Grad {")) {
                broken += 1;
            } else {
                one_line += 1;
            }
        }
    }
    assert!(one_line > 0 && broken > 0, "{one_line} on one line, {broken} broken");
}

#[test]
fn the_import_of_the_users_names_crosses_the_margin() {
    // `use super::{DMatrix, T…, mse, sigmoid, softmax};` under a type name growing one
    // character at a time: on one line and written, then broken by the printer. A function
    // that calls a primitive and names no type imports it alone, under the same `allow`.
    let (mut one_line, mut printed) = (0, 0);
    for length in 0..=70 {
        let ty = name("T", length, None);
        let function =
            format!("fn f(w: &DMatrix<f64>, p: &{ty}) -> f64 {{ mse(&softmax(&sigmoid(w)), w) }}");
        compare("wrt(w)", &function).expect("the function is accepted");
        let items = items("wrt(w)", &function).expect("the function is accepted");
        let import = items
            .iter()
            .find(|item| item.tokens.to_string().contains("unused_imports"))
            .expect("the import of the primitives");
        match &import.text {
            Some(written) => {
                let line = format!("use super::{{DMatrix, {ty}, mse, sigmoid, softmax}};");
                assert_eq!(written.text, format!("#[allow(unused_imports)]\n{line}\n"));
                one_line += 1;
            }
            None => printed += 1,
        }
    }
    assert!(one_line > 10 && printed > 10, "{one_line} on one line, {printed} printed");
    let alone = "fn f(x: f64) -> f64 { sigmoid(x) }";
    compare("", alone).expect("the function is accepted");
    let items = items("", alone).expect("the function is accepted");
    let texts: Vec<&str> =
        items.iter().filter_map(|item| item.text.as_ref()).map(|w| w.text.as_str()).collect();
    assert!(texts.contains(&"#[allow(unused_imports)]\nuse super::sigmoid;\n"), "{texts:?}");
}

/// How the items of `items` are laid out: how many written ones have a wrapped signature (`pub
/// fn f(` alone on its line), how many a wrapped call in their body, and how many functions of
/// fixed shape (`grad`, `vjp`, `forward`, `back_<i>`, `check`) are printed instead.
fn layouts(items: &[Item]) -> (usize, usize, usize) {
    let (mut signatures, mut calls, mut printed) = (0, 0, 0);
    for item in items {
        let Some(written) = &item.text else {
            let tokens = item.tokens.to_string();
            let fixed = ["fn grad", "fn vjp", "fn forward", "fn back_", "fn check"];
            printed += usize::from(fixed.iter().any(|name| tokens.contains(name)));
            continue;
        };
        let lines = || written.text.lines();
        signatures +=
            usize::from(lines().any(|line| line.starts_with("pub fn ") && line.ends_with('(')));
        // `check`'s call of the checker is broken at every length: not counted.
        calls += usize::from(lines().any(|line| {
            line.starts_with("    ") && line.ends_with('(') && !line.ends_with("check::params(")
        }));
    }
    (signatures, calls, printed)
}

#[test]
fn wrapped_signatures_and_calls_cross_the_margin() {
    // The README's `loss` (four matrices and vectors) and longer kin under names growing one
    // character at a time: signatures wrap one parameter a line, then the calls in the bodies
    // wrap too, until a line cannot fit and the item is printed.
    let (mut signatures, mut calls, mut checks, mut printed) = (0, 0, 0, 0);
    let mut fields = std::collections::HashMap::new();
    for length in 0..=60 {
        for (types, output, wrt) in [
            (&["&DMatrix<f64>", "&DVector<f64>", "&DMatrix<f64>", "&DMatrix<f64>"][..], "f64", ""),
            (
                &["&DMatrix<f64>", "&DVector<f64>", "&DMatrix<f64>", "&DMatrix<f64>"][..],
                "f64",
                "wrt(w, b)",
            ),
            (
                &["DMatrix<f64>", "f64", "&[usize]", "&Mlp", "(f64, f64)", "&DVector<f32>"][..],
                "DMatrix<f64>",
                "",
            ),
            (&["&nalgebra::DMatrix<f64>", "&HashMap<String, Vec<f64>>", "f32"][..], "f32", ""),
        ] {
            let names = ["w", "b", "x", "y", "z", "u"];
            let params: Vec<(String, &str)> = types
                .iter()
                .zip(names)
                .map(|(ty, stem)| (name(stem, length / 2, None), *ty))
                .collect();
            let wrt = if wrt.is_empty() {
                String::new()
            } else {
                format!("wrt({}, {})", params[0].0, params[1].0)
            };
            let function = function(&name("loss", length % 7, None), &params, output, None);
            compare(&wrt, &function).expect("the function is accepted");
            let items = items(&wrt, &function).expect("the function is accepted");
            let (s, c, p) = layouts(&items);
            // `forward`'s and `back_<i>`'s `pullback(…).0` broken before the field: after a call
            // on one line, or after its arguments one a line.
            for written in items.iter().filter_map(|item| item.text.as_ref()) {
                let lines: Vec<&str> = written.text.lines().collect();
                for pair in lines.windows(2) {
                    if pair[1].starts_with("        .") {
                        *fields.entry(pair[0] == "        )").or_insert(0) += 1;
                    }
                }
            }
            // `check`'s last call, `rules::same_function(…)`, wrapped.
            checks += items
                .iter()
                .filter_map(|item| item.text.as_ref())
                .filter(|written| written.text.lines().any(|line| line.ends_with("same_function(")))
                .count();
            signatures += s;
            calls += c;
            printed += p;
        }
    }
    assert!(signatures > 61 * 4 * 2, "only {signatures} wrapped signatures written");
    assert!(calls > 61 * 2, "only {calls} wrapped calls written");
    assert!(checks > 10, "only {checks} wrapped last calls of `check` written");
    let broken = |arguments| fields.get(&arguments).copied().unwrap_or(0);
    assert!(broken(false) > 4 && broken(true) > 10, "fields broken: {fields:?}");
    assert!(printed > 61 * 2, "only {printed} functions of fixed shape printed");
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 2500, failure_persistence: None, ..ProptestConfig::default() })]

    #[test]
    fn written_text_is_what_the_printer_prints(
        function_length in 0usize..40,
        raw_function in proptest::option::weighted(0.1, 0usize..4),
        params in proptest::collection::vec((0usize..24, proptest::option::weighted(0.15, 0usize..4), 0..TYPES.len()), 1..9),
        first_scalar in any::<bool>(),
        matrix_output in any::<bool>(),
        value in proptest::option::of(0usize..20),
        wrt in proptest::option::of(proptest::collection::vec(any::<bool>(), 6)),
    ) {
        let mut seen = std::collections::HashSet::new();
        let mut list: Vec<(String, &str)> = Vec::new();
        for (index, (length, raw, ty)) in params.into_iter().enumerate() {
            let name = name(&format!("p{index}"), length, raw);
            if seen.insert(name.clone()) {
                list.push((name, TYPES[ty]));
            }
        }
        if first_scalar {
            list[0].1 = "f64";
        }
        let output = if matrix_output { "DMatrix<f64>" } else { "f64" };
        let value = value.map(|length| name("v", length, None));
        let args = match wrt {
            Some(flags) => {
                let names: Vec<&str> = list
                    .iter()
                    .zip(flags)
                    .enumerate()
                    .filter(|(index, (_, flag))| *flag || *index == 0)
                    .map(|(_, pair)| pair)
                    .map(|((name, _), _)| name.as_str())
                    .collect();
                format!("wrt({})", names.join(", "))
            }
            None => String::new(),
        };
        let function = function(&name("f", function_length, raw_function), &list, output, value.as_deref());
        // A rejected function (a type the macro refuses, an empty `wrt`) has nothing to compare.
        let _ = compare(&args, &function);
    }
}
