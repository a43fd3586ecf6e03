//! Unit tests of emission, for what the snapshots show poorly: what a loop's tape, an `if` arm
//! and a `map` element keep, how each way of wanting an operand is written, and how markers
//! become comments.
//!
//! In: small functions as text, lowered. Out: assertions on the emitter's pieces.

use proc_macro2::TokenStream;
use quote::quote;

use super::Emitter;
use super::operands::Wanted;
use super::source::comment_markers;
use crate::args::Args;
use crate::ir::{Function, Operand, Projection, Stmt};

fn lowered(text: &str) -> Function {
    let item: syn::ItemFn =
        syn::parse_str(text).unwrap_or_else(|error| panic!("`{text}` does not parse: {error}"));
    let mut function = crate::lower::lower(&item, &Args::default())
        .unwrap_or_else(|error| panic!("`{text}`: {error}"));
    super::keep_user_names(&mut function);
    function
}

const LOOP: &str = "fn f(x: f64, n: usize) -> f64 {
    let mut acc = x;
    for i in 0..n {
        let t = acc.sin();
        let dead = acc.exp();
        let scaled = t * 3.0;
        acc = scaled * x;
    }
    acc
}";

#[test]
fn a_tape_keeps_the_values_the_backward_pass_mentions_and_nothing_else() {
    let function = lowered(LOOP);
    let emitter = Emitter::new(&function);
    let Some(Stmt::For(node)) = function.body.iter().find(|stmt| matches!(stmt, Stmt::For(_)))
    else {
        panic!("a loop");
    };
    let kept = |body: TokenStream| -> Vec<(String, bool)> {
        emitter
            .residuals(node, &body)
            .iter()
            .map(|residual| (residual.name.to_string(), residual.copied))
            .collect()
    };
    assert_eq!(kept(quote!(rules::sin::back_0(&acc, &t, &d_t);)), [("t".to_owned(), false)]);
    assert_eq!(kept(quote!(let d = x;)), [], "a backward pass that reads no value of the body");
    // `acc_2` is the version the body ends with: it is written back into `acc`, so the tape
    // gets a copy.
    assert_eq!(
        kept(quote!(f(&dead, &acc_2, &scaled))),
        [("dead".to_owned(), false), ("scaled".to_owned(), false), ("acc_2".to_owned(), true)]
    );
}

#[test]
fn the_generated_tape_holds_no_value_that_no_adjoint_reads() {
    let function = lowered(LOOP);
    let expanded = super::expand(&function, true).to_string();
    let push = expanded
        .split(';')
        .find(|statement| statement.contains("tape . push"))
        .unwrap_or_else(|| panic!("no tape in {expanded}"));
    let names: Vec<&str> = push
        .split(|c: char| !(c.is_alphanumeric() || c == '_'))
        .filter(|n| !n.is_empty())
        .collect();
    assert!(names.contains(&"t") && names.contains(&"scaled"), "the residuals: {push}");
    assert!(!names.contains(&"dead"), "`dead` reaches no output, yet is kept: {push}");
}

#[test]
fn an_operand_is_written_as_it_is_wanted() {
    let function = lowered(
        "fn f(w: &DMatrix<f64>, x: f64, y: &f64, p: &Mlp, k: usize) -> f64 { x * y + k as f64 }",
    );
    let emitter = Emitter::new(&function);
    let param = |index: usize| Operand::Var(function.params[index].var);
    let (w, x, y) = (param(0), param(1), param(2));
    let field = Operand::Place(
        function.params[3].var,
        vec![Projection::Field(syn::Member::Named(quote::format_ident!("w")))],
    );
    let compound = Operand::Const(syn::parse_quote!(k as f64));
    let literal = Operand::Const(syn::parse_quote!(2.0));
    let passed = |by_ref, owned| Wanted::Passed { by_ref, owned };
    let cases: Vec<(&Operand, Wanted, &str)> = vec![
        (&w, Wanted::Reference, "w"),
        (&w, Wanted::Value, "w"),
        (&w, passed(true, false), "& w"),
        (&w, passed(false, false), "w"),
        (&w, passed(false, true), "w . clone ()"),
        (&x, Wanted::Reference, "& x"),
        (&x, Wanted::Copied, "x"),
        (&x, Wanted::Moved, "x"),
        (&x, passed(false, false), "x"),
        (&y, Wanted::Reference, "y"),
        (&y, passed(false, true), "* y"),
        (&field, Wanted::Value, "p . w"),
        (&field, Wanted::Reference, "& p . w"),
        (&field, Wanted::Copied, "p . w . clone ()"),
        (&field, Wanted::Moved, "p . w . clone ()"),
        (&compound, Wanted::Reference, "& (k as f64)"),
        (&compound, passed(true, false), "& (k as f64)"),
        (&compound, Wanted::Copied, "k as f64"),
        (&literal, Wanted::Reference, "& 2.0"),
    ];
    for (case, (operand, wanted, expected)) in cases.into_iter().enumerate() {
        let written = emitter.operand(operand, wanted).to_string();
        assert_eq!(written, expected, "case {case}");
    }
}

#[test]
fn the_value_a_block_ends_with_is_moved_only_when_the_block_defines_it() {
    let function = lowered("fn f(x: f64) -> f64 { let h = x.sin(); h }");
    let emitter = Emitter::new(&function);
    let Operand::Var(h) = function.result else { panic!("the result is a variable") };
    let inside = emitter.operand(&Operand::Var(h), Wanted::EndOf(&function.body)).to_string();
    let outside = emitter.operand(&Operand::Var(h), Wanted::EndOf(&Vec::new())).to_string();
    assert_eq!((inside.as_str(), outside.as_str()), ("h", "h . clone ()"));
}

#[test]
fn a_marker_the_printer_spread_over_lines_becomes_one_comment() {
    let text = "    let a = 1;\n    __backprop_step!(\n        \"h = sigmoid(&z)\",\n    );\n    \
                __backprop_step!(\"d = \\\"quoted\\\"\");\n";
    assert_eq!(
        comment_markers(text),
        "    let a = 1;\n    // h = sigmoid(&z)\n    // d = \"quoted\"\n"
    );
}

/// The generated module as text without spaces, for searching.
fn expanded_compactly(text: &str) -> String {
    let function = lowered(text);
    super::expand(&function, true).to_string().chars().filter(|c| !c.is_whitespace()).collect()
}

#[test]
fn a_sum_names_an_operand_only_where_its_adjoint_needs_the_type_on_the_spot() {
    // `w * x` hands its adjoint to `mul`'s backward pass and `b`'s is returned: both adjoints
    // get their types where they go, so the sum's backward pass names neither operand.
    let alone = expanded_compactly(
        "fn f(w: &DMatrix<f64>, x: &DMatrix<f64>, b: &DMatrix<f64>) -> f64 {
            let z = w * x + b;
            z.sum()
        }",
    );
    // The left operand's adjoint is the sum's own, moved (after the right operand's read it).
    assert!(alone.contains("letd_w_x=ifwant_w||want_x{d_z}"), "{alone}");
    assert!(alone.contains("rules::add::pull_1(&d_z)"), "{alone}");
    assert!(!alone.contains("add::pull_0"), "{alone}");
    assert!(!alone.contains("pull_0_like") && !alone.contains("pull_1_like"), "{alone}");

    // `b` is read twice: its adjoint is added into, so the sum names `b` for its type.
    let twice = expanded_compactly(
        "fn f(w: &DMatrix<f64>, b: &DMatrix<f64>) -> f64 {
            let s = w - b;
            let z = s + b;
            z.sum()
        }",
    );
    assert!(twice.contains("rules::add::pull_1_like(b,"), "{twice}");
    assert!(twice.contains("rules::sub::pull_1_like(b,"), "{twice}");

    // An operand that is itself a sum passes its adjoint on untyped, so it is named.
    let chained = expanded_compactly(
        "fn f(a: &DMatrix<f64>, b: &DMatrix<f64>, c: &DMatrix<f64>) -> f64 {
            let s = a.component_mul(b) + c;
            let z = c.transpose() + s;
            z.sum()
        }",
    );
    assert!(chained.contains("rules::add::pull_1_like(&s,&d_z)"), "{chained}");
    // `c` is read twice: named for its type; `a ∘ b` takes `s`'s adjoint itself.
    assert!(chained.contains("rules::add::pull_1_like(c,&d_s)"), "{chained}");
    assert!(chained.contains("{d_s}"), "{chained}");
}

/// True when the backward sweep takes `end` from the loop's storage `storage` instead of a copy
/// on the tape (asserting that exactly one of the two happens).
fn end_recovered(text: &str, storage: &str, end: &str) -> bool {
    let code = expanded_compactly(text);
    let recovered =
        code.contains(&format!("let{end}=::std::mem::replace(&mut{storage},{storage}_before);"));
    let copied = code.contains(&format!("{end}.clone()"));
    assert!(recovered != copied, "recovered {recovered}, copied {copied}: {code}");
    recovered
}

#[test]
fn a_loops_end_value_is_taken_from_its_storage_only_where_the_storage_holds_it() {
    let alone = "fn f(x: f64, n: usize) -> f64 {
        let mut acc = x;
        for i in 0..n { acc = (acc * x).exp(); }
        acc
    }";
    assert!(end_recovered(alone, "acc", "acc_2"), "a loop at the top level, nothing after it");

    let read_again_in_the_body = "fn f(x: f64, n: usize) -> f64 {
        let mut acc = x;
        let mut total = 0.0;
        for i in 0..n {
            acc = (acc * x).exp();
            total = total + acc.sin();
        }
        acc + total
    }";
    assert!(
        end_recovered(read_again_in_the_body, "acc", "acc_2"),
        "the end read again in the body, before the loop writes it back"
    );

    let rewritten_after = "fn f(x: f64, n: usize) -> f64 {
        let mut acc = x;
        for i in 0..n { acc = (acc * x).exp(); }
        for j in 0..n { acc = acc * x; }
        acc
    }";
    assert!(!end_recovered(rewritten_after, "acc", "acc_2"), "a later loop overwrites the storage");

    let in_a_branch = "fn f(x: f64, n: usize) -> f64 {
        let mut acc = x;
        if n > 2 {
            for i in 0..n { acc = (acc * x).exp(); }
        }
        acc
    }";
    assert!(!end_recovered(in_a_branch, "acc", "acc_2"), "a loop inside a branch");

    let nested = "fn f(x: f64, n: usize) -> f64 {
        let mut acc = x;
        for i in 0..n {
            for j in 0..n { acc = (acc * x).exp(); }
        }
        acc
    }";
    assert!(!end_recovered(nested, "acc", "acc_2"), "a loop inside a loop");
}

/// The forward and the backward pass of `code`'s pullback (compact text, no whitespace).
fn split_pullback(code: &str) -> (&str, &str) {
    let pullback = &code[code.find("fnpullback(").unwrap_or(0)..];
    let closure = pullback.find("move|").unwrap_or_else(|| panic!("no closure: {pullback}"));
    let (forward, rest) = pullback.split_at(closure);
    // The closure ends where the nested function hands the pullback out.
    let end = rest.find("}pullback})").unwrap_or_else(|| panic!("no end: {rest}"));
    (forward, &rest[..end])
}

#[test]
fn a_loop_inside_a_branch_records_its_tape_in_the_forward_pass_and_the_arm_saves_it() {
    let code = expanded_compactly(
        "fn f(x: f64, flag: bool) -> f64 {
            let mut acc = x.sin();
            if flag {
                for i in 0..2 { acc = acc * x; }
            }
            acc
        }",
    );
    let (forward, backward) = split_pullback(&code);
    assert!(forward.contains("tape.push"), "the forward pass records no tape: {forward}");
    assert!(forward.contains("rules::Arm::Then((acc_loop,tape))"), "no tape saved: {forward}");
    assert!(forward.contains("rules::Arm::Else(())"), "{forward}");
    assert!(backward.contains("rules::Arm::Then((mutacc_loop,tape))=>"), "{backward}");
    assert!(!backward.contains("tape.push"), "the backward pass runs the loop again: {backward}");
    assert!(
        !backward.contains("rules::mul(&"),
        "the backward pass runs a forward rule: {backward}"
    );
}

#[test]
fn an_arm_saves_only_what_its_reversal_reads_and_a_flag_stays_a_bool_when_no_arm_reads_any() {
    // `t = x.sin()` is read by `sin`'s rule, `u = t * 3.0` by nothing (`*`'s adjoints read its
    // operands, not its result), `e = x.exp()` by `exp`'s rule (it reads its result).
    let saving = expanded_compactly(
        "fn f(x: f64) -> f64 {
            let y = if x > 0.0 { let t = x.sin(); let u = t * 3.0; u } else { x.exp() };
            y
        }",
    );
    let (forward, backward) = split_pullback(&saving);
    assert!(forward.contains("let(y,branch)=ifrules::branch(x>0.0)"), "{forward}");
    assert!(forward.contains("(u,rules::Arm::Then(t))"), "{forward}");
    // The `else` arm's value is read by its own rule: a copy is handed out, the value saved.
    assert!(forward.contains("(x_exp.clone(),rules::Arm::Else(x_exp))"), "{forward}");
    assert!(backward.contains("matchbranch{rules::Arm::Then(t)=>"), "{backward}");
    assert!(!backward.contains("rules::sin(&"), "{backward}");

    // `+` and `-` read no operand: neither arm saves anything, and the flag is a `bool`.
    let plain = expanded_compactly(
        "fn f(x: f64, y: f64) -> f64 {
            let z = if x > y { x + y } else { x - y };
            z
        }",
    );
    let (forward, backward) = split_pullback(&plain);
    assert!(forward.contains("letbranch=rules::branch(x>y);"), "{forward}");
    assert!(!forward.contains("Arm"), "{forward}");
    assert!(backward.contains("ifbranch{"), "{backward}");
}

#[test]
fn a_nested_branch_is_a_residual_of_the_outer_arm() {
    let code = expanded_compactly(
        "fn f(x: f64) -> f64 {
            let y = if x > 0.0 {
                let inner = if x > 1.0 { x.ln() } else { x * x };
                inner * 2.0
            } else {
                x
            };
            y
        }",
    );
    let (forward, backward) = split_pullback(&code);
    // `inner * 2.0` reads `inner`, and the nested branch's reversal reads its own arm.
    assert!(forward.contains("(inner_times_2,rules::Arm::Then((branch_2,inner)))"), "{forward}");
    assert!(backward.contains("rules::Arm::Then((branch_2,inner))=>"), "{backward}");
    assert!(backward.contains("matchbranch_2{rules::Arm::Then(x_ln)=>"), "{backward}");
    assert!(!backward.contains("rules::ln(&"), "{backward}");
}

#[test]
fn a_map_saves_per_element_only_what_the_elements_reversal_reads() {
    // `exp` reads its result: a tape of one entry per element, walked by `map_back`.
    let saving = expanded_compactly(
        "fn f(m: &DMatrix<f64>) -> f64 {
            let e = m.map(|v| (v * 2.0).exp());
            e.sum()
        }",
    );
    let (forward, backward) = split_pullback(&saving);
    assert!(forward.contains("letmuttape=Vec::with_capacity(m.len());"), "{forward}");
    assert!(forward.contains("tape.push("), "{forward}");
    assert!(backward.contains("rules::map_back(&d_e,tape,"), "{backward}");
    assert!(
        !backward.contains("rules::exp(&"),
        "the backward pass runs a forward rule: {backward}"
    );

    // `v * v` reads only the element itself: no tape, the matrix is read again.
    let element_only = expanded_compactly(
        "fn f(m: &DMatrix<f64>) -> f64 {
            let s = m.map(|v| v * v + 1.0);
            s.sum()
        }",
    );
    let (forward, backward) = split_pullback(&element_only);
    assert!(!forward.contains("tape"), "{forward}");
    assert!(backward.contains("m.zip_map(&d_s,|v,"), "{backward}");
    assert!(!backward.contains("rules::mul(&"), "{backward}");
}

/// A loop that adds into a running total: `total_2 = total + v_i_v_i` each iteration.
const RUNNING_TOTAL: &str = "fn f(v: &DVector<f64>) -> f64 {
    let mut total = 0.0;
    for i in 0..v.len() {
        total += v[i] * v[i];
    }
    total
}";

#[test]
fn a_loops_running_adjoint_is_moved_into_the_left_operand_where_the_iteration_reads_it_no_more() {
    // `total_2 = total + v_i_v_i`: the right operand's adjoint reads `d_total` first, then the
    // left operand takes it, and the hand-off assigns it again.
    let flat = expanded_compactly(RUNNING_TOTAL);
    assert!(flat.contains("letd_total_before=d_total;"), "{flat}");
    assert!(!flat.contains("add::pull_0"), "{flat}");
    assert!(flat.contains("d_total=d_total_before;"), "{flat}");

    // Nested loops that share the running adjoint: the inner iteration moves it and hands it
    // on; the outer iteration's own `+` moves the inner loop's result's adjoint after the
    // inner loop has run.
    let nested = expanded_compactly(
        "fn f(m: &DMatrix<f64>, w: f64) -> f64 {
            let mut total = 0.0;
            for i in 0..m.nrows() {
                for j in 0..m.ncols() {
                    total = total + m[(i, j)] * w;
                }
                total = total - w;
            }
            total
        }",
    );
    assert!(!nested.contains("add::pull_0") && !nested.contains("sub::pull_0"), "{nested}");

    // A matrix running adjoint moves as well.
    let matrix = expanded_compactly(
        "fn f(x: &DMatrix<f64>, w: &DMatrix<f64>, n: usize) -> f64 {
            let mut acc = x.clone();
            for k in 0..n {
                acc = acc + w * x;
            }
            acc.sum()
        }",
    );
    assert!(!matrix.contains("add::pull_0"), "{matrix}");
}

#[test]
fn a_loops_running_adjoint_is_not_moved_where_an_arm_passes_it_on() {
    // The iteration's end is an `if`'s value: its adjoint reaches the arms' sums through the
    // branch, not as the running slot itself, and the `if` (not a `+`) is the last step that
    // reads the slot, so nothing moves the running adjoint; the arms' sums copy.
    let branch = expanded_compactly(
        "fn f(x: f64, n: usize) -> f64 {
            let mut acc = x;
            for i in 0..n {
                acc = if acc > 0.0 { acc + x } else { acc - x };
            }
            acc
        }",
    );
    assert!(branch.contains("letd_acc_plus_x=d_acc;"), "{branch}");
    assert!(branch.contains("letd_acc_minus_x=d_acc;"), "{branch}");
    assert!(branch.contains("d_acc=d_acc_before;"), "{branch}");
}

#[test]
fn a_restore_that_nothing_reads_is_left_out_with_its_value_on_the_tape() {
    // After the move, nothing in the backward pass reads `total`: no restore, no `total` on the
    // tape.
    let dead = expanded_compactly(RUNNING_TOTAL);
    assert!(!dead.contains("total=total_before"), "{dead}");
    assert!(dead.contains("tape.push(i);"), "{dead}");
    assert!(dead.contains("foriintape"), "{dead}");

    // `acc.sqrt()` before the loop reads the value `acc` had then: its pullback reads the
    // storage after the loop's backward sweep, so the restores stay.
    let read_after = expanded_compactly(
        "fn f(x: f64, n: usize) -> f64 {
            let mut acc = x.sqrt();
            let s = acc.sqrt();
            for i in 0..n {
                acc = acc + s;
            }
            acc
        }",
    );
    assert!(read_after.contains("acc=acc_before;"), "{read_after}");
    assert!(read_after.contains("tape.push(acc);"), "{read_after}");

    // The body reads the storage (`acc * x`'s pullback reads `acc`): kept.
    let read_inside = expanded_compactly(
        "fn f(x: f64, n: usize) -> f64 {
            let mut acc = x;
            for i in 0..n {
                acc = acc * x;
            }
            acc
        }",
    );
    assert!(read_inside.contains("acc=acc_before;"), "{read_inside}");
}

#[test]
fn an_element_restore_that_nothing_after_it_reads_is_left_out_with_the_overwritten_element() {
    // Only `out.sum()`'s pullback reads `out`, before the loop's backward sweep: the restores
    // are dead, and the forward pass does not keep the overwritten elements.
    let dead = expanded_compactly(
        "fn f(x: &DMatrix<f64>, w: f64) -> f64 {
            let mut out = DMatrix::zeros(x.nrows(), x.ncols());
            for i in 0..x.nrows() {
                out[(i, 0)] = x[(i, 0)] * w;
            }
            out.sum()
        }",
    );
    assert!(!dead.contains("out_before"), "{dead}");
    assert!(dead.contains("out[(i,0)]=product;tape.push(i);"), "{dead}");

    // The product's pullback reads the element the write overwrote (`m[(i, 0)] * w`): the
    // restore puts it back first, so it stays.
    let read_after = expanded_compactly(
        "fn f(x: &DMatrix<f64>, w: f64) -> f64 {
            let mut m = x.clone();
            for i in 0..x.nrows() {
                m[(i, 0)] = m[(i, 0)] * w;
            }
            m.sum()
        }",
    );
    assert!(read_after.contains("m[(i,0)]=m_before;"), "{read_after}");

    // A write before the loop and one in it: the loop reads the storage after its own
    // restores run, so none is left out.
    let two = expanded_compactly(
        "fn f(x: &DMatrix<f64>, w: f64) -> f64 {
            let mut m = x.clone();
            m[(0, 0)] = w;
            for i in 0..x.nrows() {
                m[(i, 1)] = m[(i, 0)] * w;
            }
            m.sum()
        }",
    );
    assert!(two.contains("m[(0,0)]=m_before;"), "{two}");
    assert!(two.contains("=m_before_2;") || two.contains("m[(i,1)]=m_before"), "{two}");
}
