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

#[path = "../examples/digits.rs"]
#[allow(dead_code, reason = "the tests call `run`; `main` reads the process's own flags")]
mod digits;

/// Output files of the example runs go under cargo's scratch directory for tests.
fn scratch(name: &str) -> std::path::PathBuf {
    std::path::Path::new(env!("CARGO_TARGET_TMPDIR")).join("examples").join(name)
}

#[test]
fn digits_runs_with_tiny_settings() {
    let options = digits::Options {
        epochs: 3,
        hidden: vec![32],
        out: scratch("digits"),
        ..digits::Options::default()
    };
    let outcome = digits::run(&options).expect("the digits job runs");
    assert!(outcome.check_passed);
    assert!(outcome.test_accuracy > 0.85, "test accuracy {}", outcome.test_accuracy);
    for file in &outcome.files {
        assert!(file.is_file(), "{} was not written", file.display());
    }
}

#[test]
fn digits_flags_are_parsed_and_mistakes_named() {
    let args = |s: &str| s.split_whitespace().map(String::from).collect::<Vec<_>>();
    let options = digits::parse(args("--epochs 5 --hidden 64,32 --optimizer nesterov --lr 0.1"))
        .expect("good flags");
    assert_eq!((options.epochs, options.hidden.clone(), options.lr), (5, vec![64, 32], 0.1));
    let error = digits::parse(args("--optimizer adagrad")).expect_err("unknown optimizer");
    assert!(error.contains("not adagrad"), "{error}");
    let error = digits::parse(args("--hidden 64,x")).expect_err("bad width");
    assert!(error.contains("--hidden expects widths"), "{error}");
    let error = digits::parse(args("--epochs")).expect_err("missing value");
    assert!(error.contains("--epochs needs a value"), "{error}");
}
