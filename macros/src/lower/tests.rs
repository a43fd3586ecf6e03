//! Unit tests of lowering, for what the snapshots show poorly: the bookkeeping of nested
//! scopes, which variables a loop carries, and the rule each supported method lowers to.
//!
//! In: small functions as text. Out: assertions on the lowerer's state and on the IR.

use std::collections::HashSet;

use super::expressions::{MATRIX_METHODS, SCALAR_METHODS};
use super::{Lowerer, lower};
use crate::args::Args;
use crate::errors::Ctxt;
use crate::ir::{Builtin, Function, Operand, Origin, Rule, Stmt, Value};

fn item(text: &str) -> syn::ItemFn {
    syn::parse_str(text).unwrap_or_else(|error| panic!("`{text}` does not parse: {error}"))
}

fn lowered(text: &str) -> Function {
    lower(&item(text), &Args::default()).unwrap_or_else(|error| panic!("`{text}`: {error}"))
}

/// The rule of the operation that defines the function's result.
fn result_rule(function: &Function) -> &Rule {
    let Operand::Var(result) = function.result else { panic!("the result is not a variable") };
    function
        .body
        .iter()
        .find_map(|stmt| match stmt {
            Stmt::Let { var, value: Value::Op(op), .. } if *var == result => Some(&op.rule),
            _ => None,
        })
        .expect("an operation defines the result")
}

#[test]
fn a_nested_block_leaves_the_enclosing_state_as_it_was() {
    let function = item("fn f(x: f64) -> f64 { x }");
    let mut cx = Ctxt::default();
    let mut lowerer = Lowerer::new(&mut cx, &function);
    let params = lowerer.lower_params(&function, &Args::default());
    let x = params[0].var;
    lowerer.blocks.push(Vec::new());
    let pending = lowerer.new_var(quote::format_ident!("pending"), true, false);
    lowerer.unnamed.insert(pending);
    let index = lowerer.new_var(quote::format_ident!("i"), false, true);
    let depth = (lowerer.frames.len(), lowerer.blocks.len(), lowerer.replay_starts.len());
    let first_inside = lowerer.vars.len();

    let body: syn::Block = syn::parse_quote!({
        let y = x.sin();
    });
    let (block, seen_inside, frame) = lowerer.lower_nested(Some(("i", index)), |this| {
        let seen = (
            this.lookup("i"),
            this.unnamed.is_empty(),
            this.replay_starts.last().copied(),
            this.frames.len(),
        );
        let _ = this.lower_statements(&body.stmts, false, false);
        seen
    });

    assert_eq!(
        seen_inside,
        (Some(index), true, Some(first_inside), depth.0 + 1),
        "inside: the binding, no pending intermediates, the replay start, one more scope"
    );
    assert_eq!(
        (lowerer.frames.len(), lowerer.blocks.len(), lowerer.replay_starts.len()),
        depth,
        "the scopes, blocks and replay starts are popped"
    );
    assert_eq!(lowerer.unnamed, HashSet::from([pending]), "the pending intermediates return");
    assert_eq!(lowerer.lookup("i"), None, "the binding ends with the block");
    assert_eq!(lowerer.lookup("y"), None, "a name the block declares ends with it");
    assert_eq!(lowerer.lookup("x"), Some(x), "outer names are untouched");
    assert!(frame.declared.contains("y") && frame.vars.contains_key("i"), "the block's scope");
    assert_eq!(block.len(), 1, "the block's statement is in the returned block, not outside");
    assert!(lowerer.blocks.last().is_some_and(Vec::is_empty), "nothing leaks outside");
    drop(lowerer);
    assert!(cx.is_empty(), "no errors");
}

#[test]
fn a_loop_carries_exactly_the_variables_its_body_assigns() {
    let function = lowered(
        "fn f(x: f64, n: usize) -> f64 {
            let mut acc = x;
            let mut count = 0.0;
            let scale = 2.0;
            for i in 0..n {
                let t = acc * x;
                acc = t + x;
                count = count + 1.0;
            }
            acc * scale + count
        }",
    );
    let node = function
        .body
        .iter()
        .find_map(|stmt| match stmt {
            Stmt::For(node) => Some(node),
            _ => None,
        })
        .expect("a loop");
    let name = |var: usize| function.vars[var].name.to_string();
    let carried: Vec<(String, bool, bool)> = node
        .carried
        .iter()
        .map(|carried| {
            let storage = &function.vars[carried.storage];
            (name(carried.storage), storage.active, storage.mutable)
        })
        .collect();
    assert_eq!(
        carried,
        [("acc".to_owned(), true, true), ("count".to_owned(), false, true)],
        "`acc` and `count` are carried (only `acc` active), `t` and `scale` are not"
    );
    for carried in &node.carried {
        assert_eq!(function.vars[carried.after].name, function.vars[carried.storage].name);
        assert!(matches!(function.vars[carried.before].origin, Origin::Local));
        assert_ne!(carried.end, carried.storage, "the body ends with a new version");
    }
}

#[test]
fn a_loop_in_an_arm_copies_an_outer_variable_into_storage_of_its_own() {
    // The backward pass replays the arm, so it must find `y` as the arm found it.
    let function = lowered(
        "fn f(x: f64, n: usize, flag: bool) -> f64 {
            let mut y = x * 2.0;
            if flag { for i in 0..n { y = y * x; } }
            y
        }",
    );
    let outer = function
        .body
        .iter()
        .find_map(|stmt| match stmt {
            Stmt::Let { var, .. } if function.vars[*var].name == "y" => Some(*var),
            _ => None,
        })
        .expect("`y` before the branch");
    let Some(Stmt::If(branch)) = function.body.iter().find(|stmt| matches!(stmt, Stmt::If(_)))
    else {
        panic!("a branch");
    };
    let Some(Stmt::For(node)) = branch.then_block.iter().find(|stmt| matches!(stmt, Stmt::For(_)))
    else {
        panic!("a loop in the arm");
    };
    let storage = node.carried[0].storage;
    assert_ne!(storage, outer, "the loop writes its own storage, not the outer `y`");
    assert!(function.vars[storage].name.to_string().starts_with("y_loop"));
    assert!(function.vars[storage].mutable && !function.vars[outer].mutable);
}

#[test]
fn every_supported_method_lowers_to_the_rule_of_its_name() {
    for &rule in SCALAR_METHODS.iter().chain(MATRIX_METHODS) {
        let name = rule.name();
        // Lowering reads no types: the types only make the function look like one a user writes.
        let scalar = SCALAR_METHODS.contains(&rule);
        let ty = if scalar { "f64" } else { "DMatrix<f64>" };
        let args = match rule.arity() {
            0 => "",
            1 if rule == Builtin::Powi => "2",
            1 if rule.reads_part() => "0",
            1 if scalar => "x",
            1 => "&x",
            _ => "0, 1",
        };
        let function = lowered(&format!("fn f(x: {ty}) -> {ty} {{ x.{name}({args}) }}"));
        assert!(
            matches!(result_rule(&function), Rule::Builtin(lowered) if *lowered == rule),
            "`x.{name}({args})` does not lower to `{rule:?}`"
        );
    }
}

#[test]
fn operators_lower_to_their_rules_and_symbols() {
    for (symbol, rule) in
        [("+", Builtin::Add), ("-", Builtin::Sub), ("*", Builtin::Mul), ("/", Builtin::Div)]
    {
        let function = lowered(&format!("fn f(x: f64, y: f64) -> f64 {{ x {symbol} y }}"));
        assert!(
            matches!(result_rule(&function), Rule::Builtin(lowered) if *lowered == rule),
            "`x {symbol} y`"
        );
        assert_eq!(rule.operator(), Some(symbol));
        assert_eq!(rule.arity(), 1);
    }
    let negated = lowered("fn f(x: f64) -> f64 { -x }");
    assert!(matches!(result_rule(&negated), Rule::Builtin(Builtin::Neg)));
}

#[test]
fn rule_names_are_distinct_and_every_method_is_listed_once() {
    let methods: Vec<Builtin> = SCALAR_METHODS.iter().chain(MATRIX_METHODS).copied().collect();
    let names: HashSet<&str> = methods.iter().map(|rule| rule.name()).collect();
    assert_eq!(names.len(), methods.len(), "two methods share a rule name");
    let operators = [Builtin::Add, Builtin::Sub, Builtin::Mul, Builtin::Div, Builtin::Neg];
    for operator in operators {
        assert!(!methods.contains(&operator), "`{operator:?}` is an operator, not a method");
        assert!(!names.contains(operator.name()), "`{}` is taken by a method", operator.name());
    }
}
