//! The value a loop iteration ends with, recovered by the backward sweep from the loop's storage
//! instead of copied onto the tape.
//!
//! In: a top-level loop and one of its carried variables. Out: whether, at the top of each
//! reversed iteration, the storage holds exactly the value that iteration ended with, so that
//! `let h_2 = ::std::mem::replace(&mut h, h_before);` gives it and restores the storage at once.
//!
//! Why it holds: the forward pass ends iteration `k` with `h = h_2`, so the storage holds
//! iteration `k`'s end until iteration `k + 1` begins; after the loop it holds the last
//! iteration's end. Reversed iteration `k + 1` puts back `h_before`, the value iteration `k + 1`
//! began with, which is iteration `k`'s end. So each reversed iteration finds its own end in the
//! storage, provided nothing else changes the storage in between:
//!
//! - the loop is at the function's top level: inside an arm the storage may be a value the arm
//!   saves and hands back to the backward pass (not the one the forward pass left), and inside
//!   another loop or a `map` it is shared with the enclosing construct's other iterations;
//! - nothing after the loop writes the storage: no later loop carries it (a later loop that is
//!   not reversed would leave its own last value there) and no element write targets it;
//! - inside the body, the end is a plain `let` at the body's top level that no element write
//!   changes after it is defined (no writes at all in the body), no inner loop carries the same
//!   storage, and no other carried variable ends with the same value.

use crate::ir::{Carried, For, Function, Stmt, Value, Write};

/// True when the backward sweep of `node` may take `carried`'s end value from the storage (see
/// the module's documentation).
pub(super) fn end_is_in_storage(function: &Function, node: &For, carried: &Carried) -> bool {
    let Some(position) = function
        .body
        .iter()
        .position(|stmt| matches!(stmt, Stmt::For(top) if std::ptr::eq(top.as_ref(), node)))
    else {
        return false;
    };
    let storage = function.vars[carried.storage].name.to_string();
    let end = carried.end;
    let defined_by_let = node.body.iter().any(|stmt| {
        matches!(stmt, Stmt::Let { var, value, .. }
            if *var == end && !matches!(value, Value::Map(_)))
    });
    defined_by_let
        && !function.vars[end].mutable
        && !Write::any_in(&node.body)
        && node.carried.iter().filter(|other| other.end == end).count() == 1
        && !writes_storage(function, &node.body, &storage)
        && !writes_storage(function, &function.body[position + 1..], &storage)
}

/// True when `block` (or a block in it) has a loop that carries the storage named `storage`, or
/// an element write into it.
fn writes_storage(function: &Function, block: &[Stmt], storage: &str) -> bool {
    block.iter().any(|stmt| match stmt {
        Stmt::For(node) => {
            node.carried.iter().any(|carried| function.vars[carried.storage].name == storage)
                || writes_storage(function, &node.body, storage)
        }
        Stmt::If(node) => {
            writes_storage(function, &node.then_block, storage)
                || writes_storage(function, &node.else_block, storage)
        }
        Stmt::Write(write) => function.vars[write.target].name == storage,
        Stmt::Let { value: Value::Map(map), .. } => writes_storage(function, &map.body, storage),
        Stmt::Let { .. } | Stmt::Assert(_) => false,
    })
}
