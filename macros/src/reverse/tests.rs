//! Unit tests of the chain rule's bookkeeping, for what the snapshots show poorly: which
//! variables need an adjoint, and which adjoints are computed only when a caller wants them.
//!
//! In: small functions as text, lowered. Out: assertions on `needed` and `guards`.

use std::collections::HashMap;

use super::{backward, guards, needed};
use crate::args::Args;
use crate::ir::{Function, VarId};

fn lowered(text: &str) -> Function {
    let item: syn::ItemFn =
        syn::parse_str(text).unwrap_or_else(|error| panic!("`{text}` does not parse: {error}"));
    crate::lower::lower(&item, &Args::default()).unwrap_or_else(|error| panic!("`{text}`: {error}"))
}

/// The variable named `name` (the last one, if a name was reused).
fn var(function: &Function, name: &str) -> VarId {
    function
        .vars
        .iter()
        .rposition(|var| var.name == name)
        .unwrap_or_else(|| panic!("no variable `{name}`"))
}

/// The guards of `function` differentiated with respect to every parameter, by name.
fn guards_by_name(function: &Function) -> HashMap<String, Vec<usize>> {
    let wrt: Vec<usize> =
        (0..function.params.len()).filter(|&index| function.params[index].differentiable).collect();
    let backward = backward(function, &wrt);
    guards(function, &wrt, &backward)
        .into_iter()
        .map(|(var, wanting)| (function.vars[var].name.to_string(), wanting))
        .collect()
}

#[test]
fn a_value_needs_an_adjoint_only_between_a_parameter_and_the_output() {
    let function = lowered(
        "fn f(a: f64, b: f64, k: f64) -> f64 {
            let dead = a.exp();
            let u = a.sin();
            let c = k * 2.0;
            let v = b.cos();
            u * c
        }",
    );
    let both = needed(&function, &[0, 1]);
    assert!(both[var(&function, "u")], "`u` is between `a` and the output");
    assert!(!both[var(&function, "dead")], "`dead` does not reach the output");
    assert!(!both[var(&function, "v")], "`v` does not reach the output");
    assert!(!both[var(&function, "c")], "no chosen parameter flows into `c`");
    let only_b = needed(&function, &[1]);
    assert!(!only_b[var(&function, "u")], "`u` does not depend on `b`");
}

#[test]
fn an_adjoint_one_parameter_needs_is_guarded_by_that_parameter_alone() {
    let function = lowered(
        "fn f(a: f64, b: f64) -> f64 {
            let u = a.sin();
            let v = b.cos();
            let s = u + v;
            let t = s.tanh();
            t * u
        }",
    );
    let guards = guards_by_name(&function);
    assert_eq!(guards.get("u"), Some(&vec![0]), "{guards:?}");
    assert_eq!(guards.get("v"), Some(&vec![1]), "{guards:?}");
    for shared in ["s", "t"] {
        assert!(!guards.contains_key(shared), "both parameters need `{shared}`: {guards:?}");
    }
}

#[test]
fn with_one_parameter_nothing_is_guarded() {
    let function = lowered("fn f(a: f64, k: usize) -> f64 { let u = a.sin(); u * a }");
    assert_eq!(guards_by_name(&function), HashMap::new());
}

#[test]
fn adjoints_a_loop_touches_are_always_computed() {
    let function = lowered(
        "fn f(a: f64, b: f64, n: usize) -> f64 {
            let u = a.sin();
            let mut acc = b;
            for i in 0..n { acc = acc * u; }
            acc
        }",
    );
    let guards = guards_by_name(&function);
    assert!(guards.keys().all(|name| !name.starts_with("acc")), "{guards:?}");
    assert!(!guards.contains_key("u"), "the loop reads `u`'s adjoint: {guards:?}");
}

/// How many contributions of `text`'s backward pass (every parameter) move a loop's running
/// adjoint.
fn running_moves_of(text: &str) -> usize {
    let function = lowered(text);
    let wrt: Vec<usize> =
        (0..function.params.len()).filter(|&index| function.params[index].differentiable).collect();
    backward(&function, &wrt).moved_running.len()
}

#[test]
fn a_running_adjoint_moves_only_into_the_left_operand_of_the_sum_that_ends_the_iteration() {
    let sum = "fn f(x: f64, n: usize) -> f64 {
        let mut acc = x;
        for i in 0..n { acc = acc + x * x; }
        acc
    }";
    assert_eq!(running_moves_of(sum), 1);
    // The left operand takes it whatever it is: here the parameter's adjoint (`d_x += d_acc`).
    let left = "fn f(x: f64, n: usize) -> f64 {
        let mut acc = x;
        for i in 0..n { acc = x - acc; }
        acc
    }";
    assert_eq!(running_moves_of(left), 1);
    // The right operand of `-` does not take the adjoint unchanged, and a constant left operand
    // takes none.
    let right = "fn f(x: f64, n: usize) -> f64 {
        let mut acc = x;
        for i in 0..n { acc = 1.0 - acc; }
        acc
    }";
    assert_eq!(running_moves_of(right), 0);
    // A product's operands need the adjoint scaled.
    let product = "fn f(x: f64, n: usize) -> f64 {
        let mut acc = x;
        for i in 0..n { acc = acc * x; }
        acc
    }";
    assert_eq!(running_moves_of(product), 0);
    // An `if` ends the iteration: it is the last step that reads the running adjoint.
    let branch = "fn f(x: f64, n: usize) -> f64 {
        let mut acc = x;
        for i in 0..n { acc = if acc > 0.0 { acc + x } else { acc - x }; }
        acc
    }";
    assert_eq!(running_moves_of(branch), 0);
    // Nested loops: the inner sum and the outer difference each end an iteration.
    let nested = "fn f(x: f64, n: usize) -> f64 {
        let mut acc = x;
        for i in 0..n {
            for j in 0..n { acc = acc + x; }
            acc = acc - x;
        }
        acc
    }";
    assert_eq!(running_moves_of(nested), 2);
    // Without a parameter's adjoint flowing through the loop, it carries no running adjoint.
    let constant = "fn f(x: f64, n: usize) -> f64 {
        let mut acc = 1.0;
        for i in 0..n { acc = acc + 1.0; }
        acc * x
    }";
    assert_eq!(running_moves_of(constant), 0);
}
