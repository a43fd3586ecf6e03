//! The `#[differentiable]` attribute and `#[derive(Params)]` of the `backprop` crate.
//!
//! Use them through `backprop` (`use backprop::prelude::*;`), which re-exports both and the
//! runtime the generated code calls. The passes, one module each: `args` (attribute arguments),
//! `lower` (syn function → IR, every unsupported construct a spanned error), `ir` (A-normal
//! form), `reverse` (IR → adjoint IR, the chain rule), `emit` (tokens and `SOURCE` text).

mod args;
mod emit;
mod errors;
mod ir;
mod lower;
mod names;
mod params;
mod reverse;
mod timing;

use proc_macro::TokenStream;
use proc_macro2::TokenStream as TokenStream2;
use quote::quote;

/// Writes the backward pass of a function as readable Rust, beside the function.
///
/// See the `backprop` crate's documentation of `differentiable` for the full table of what is
/// supported.
#[proc_macro_attribute]
pub fn differentiable(args: TokenStream, item: TokenStream) -> TokenStream {
    let timed = std::env::var_os(TIME_EXPANSION)
        .is_some()
        .then(|| (std::time::Instant::now(), thread_cpu_nanos()));
    if timed.is_some() {
        timing::start();
    }
    // syn, the passes and their drops recurse once per level of nesting; rustc itself accepts
    // far deeper expressions than a thread's default stack holds, so run on a large one.
    let expanded = stacker::grow(EXPANSION_STACK, || expand(args.into(), &item.into()).into());
    if let Some((start, cpu_start)) = timed {
        // Read by `examples/compile_time.rs`: one line per expansion, on rustc's stderr.
        let cpu = match (cpu_start, thread_cpu_nanos()) {
            (Some(before), Some(after)) => format!(" cpu {} ns", after.saturating_sub(before)),
            _ => String::new(),
        };
        eprintln!("{TIME_EXPANSION}: wall {} ns{cpu}", start.elapsed().as_nanos());
        eprintln!("{TIME_EXPANSION} phases (wall ns):{}", timing::finish());
    }
    expanded
}

/// Set in the environment of a build, it makes `#[differentiable]` print how long each of its
/// expansions took, from the tokens rustc hands over to the tokens handed back: wall-clock
/// time, and where the system reports it (Linux), the time the thread spent on a CPU; then a
/// second line with the wall-clock time of each phase (see `timing`).
const TIME_EXPANSION: &str = "BACKPROP_TIME_EXPANSION";

/// The CPU time this thread has used so far, on Linux (`/proc/thread-self/schedstat`).
fn thread_cpu_nanos() -> Option<u64> {
    let stat = std::fs::read_to_string("/proc/thread-self/schedstat").ok()?;
    stat.split_whitespace().next()?.parse().ok()
}

/// The stack the expansion runs on: address space reserved up front, memory used as touched.
const EXPANSION_STACK: usize = 1 << 30;

/// Implements `backprop::Params` (and `AddAssign`) for a struct whose fields are all `Params`.
#[proc_macro_derive(Params)]
pub fn derive_params(item: TokenStream) -> TokenStream {
    match syn::parse::<syn::DeriveInput>(item) {
        Ok(input) => params::derive(&input).unwrap_or_else(|error| error.to_compile_error()).into(),
        Err(error) => error.to_compile_error().into(),
    }
}

/// The whole expansion of `#[differentiable(args)] item`. Never panics: on any error it
/// returns the errors and the item unchanged.
fn expand(args: TokenStream2, item: &TokenStream2) -> TokenStream2 {
    let Ok(function) = timing::phase("parse", || syn::parse2::<syn::ItemFn>(item.clone())) else {
        let error = syn::Error::new_spanned(
            item,
            "#[differentiable] applies to functions: put it on a `fn`",
        )
        .to_compile_error();
        return quote!(#error #item);
    };
    let args = match args::parse(args) {
        Ok(args) => args,
        Err(error) => {
            let error = error.to_compile_error();
            return quote!(#error #function);
        }
    };
    match timing::phase("lower", || lower::lower(&function, &args)) {
        Ok(mut lowered) => {
            timing::phase("names", || emit::keep_user_names(&mut lowered));
            let expanded = emit::expand(&lowered, args.graph);
            timing::phase("drop", move || drop((lowered, function)));
            expanded
        }
        Err(error) => {
            let errors = errors::to_compile_errors(&error);
            let stub = emit::stub(&function, &args);
            quote!(#errors #function #stub)
        }
    }
}

#[cfg(test)]
mod tests;

#[cfg(test)]
mod depth_tests {
    use proc_macro2::TokenStream;

    use super::{EXPANSION_STACK, expand};

    /// Expands `text` as `differentiable` does, on the expansion stack, and returns the output.
    fn expand_deep(text: &str) -> String {
        let item: TokenStream = text.parse().expect("test function parses");
        stacker::grow(EXPANSION_STACK, || expand(TokenStream::new(), &item).to_string())
    }

    #[test]
    fn a_sum_of_2500_terms_is_lowered() {
        let terms: Vec<String> = (0..2500).map(|i| format!("x * {i}.5")).collect();
        let expanded =
            expand_deep(&format!("fn long_sum(x: f64) -> f64 {{ {} }}", terms.join(" + ")));
        assert!(expanded.contains("SOURCE"), "no generated module");
        assert!(!expanded.contains("compile_error"), "an error instead of the gradient");
    }

    #[test]
    fn three_thousand_nested_parentheses_are_lowered() {
        let nested = format!("{}x{}", "(".repeat(3000), ")".repeat(3000));
        let expanded = expand_deep(&format!("fn nested(x: f64) -> f64 {{ {nested} * x }}"));
        assert!(expanded.contains("SOURCE"), "no generated module");
        assert!(!expanded.contains("compile_error"), "an error instead of the gradient");
    }
}
