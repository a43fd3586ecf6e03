//! The examples run as tests, so a change that breaks one fails `cargo test`, not a reader.
//!
//! Each example is compiled again here as a module and its `main` called; what it prints goes to
//! the captured test output.

#[path = "../examples/tour.rs"]
mod tour;

#[path = "../examples/inspect.rs"]
mod inspect;

#[test]
fn the_tour_runs() {
    tour::main();
}

#[test]
fn inspect_runs() {
    inspect::main();
}
