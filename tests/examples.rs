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

#[path = "../examples/xor.rs"]
#[allow(dead_code, reason = "the test calls `run`")]
mod xor;

#[test]
fn xor_needs_a_hidden_layer() {
    let outcome = xor::run(1500).expect("trains");
    assert!(outcome.single_layer <= 0.75, "{outcome:?}");
    assert!((outcome.two_layers - 1.0).abs() < f64::EPSILON, "{outcome:?}");
}

#[path = "../examples/cats_vs_dogs.rs"]
#[allow(dead_code, reason = "the test calls `run`")]
mod cats_vs_dogs;

#[test]
fn cats_vs_dogs_runs_with_tiny_settings() {
    let outcome = cats_vs_dogs::run(100, 10, &scratch("cats_vs_dogs")).expect("runs");
    assert!(outcome.check_passed);
    assert!(outcome.neuron_accuracy > 0.9, "{outcome:?}");
    assert!(outcome.plot.is_file());
}

#[path = "../examples/vanishing.rs"]
#[allow(dead_code, reason = "the test calls `run`")]
mod vanishing;

#[test]
fn vanishing_shows_nielsens_pattern() {
    let outcome = vanishing::run(300, 1, &scratch("vanishing")).expect("runs");
    // Each earlier sigmoid layer's gradient smaller than the next's, in every deep net; Nielsen
    // measured factors of 4 to 6 between neighbours, so at least 1.5 is asked for here.
    for norms in &outcome.sigmoid[1..] {
        for pair in norms.windows(2) {
            assert!(pair[0] * 1.5 < pair[1], "sigmoid norms {norms:?}");
        }
    }
    let deepest = &outcome.sigmoid[3];
    assert!(deepest[0] < deepest[3] / 10.0, "the first layer learns 10× slower: {deepest:?}");
    let relu = &outcome.relu[3];
    assert!(relu[0] > relu[3] / 10.0, "relu nets do not vanish like that: {relu:?}");
    assert!(outcome.plot.is_file());
}

#[path = "../examples/exploding.rs"]
#[allow(dead_code, reason = "the test calls `run`")]
mod exploding;

#[test]
fn exploding_diverges_and_clipping_tames_it() {
    let outcome = exploding::run(2, &scratch("exploding")).expect("the clipped run trains");
    assert!(outcome.diverged_at.is_some(), "{outcome:?}");
    let losses = &outcome.clipped_losses;
    assert!(losses.iter().all(|l| l.is_finite()) && losses[1] < losses[0], "{losses:?}");
    assert!(outcome.plot.is_file());
}

#[path = "../examples/batchnorm.rs"]
#[allow(dead_code, reason = "the test calls `run`")]
mod batchnorm;

#[test]
fn batchnorm_trains_the_deep_sigmoid_net_faster() {
    let outcome = batchnorm::run(2, &scratch("batchnorm")).expect("runs");
    assert!(outcome.normalized[1] > outcome.plain[1] + 0.3, "{outcome:?}");
}

#[path = "../examples/optimizers.rs"]
#[allow(dead_code, reason = "the test calls `run`")]
mod optimizers;

#[test]
fn optimizers_run_from_the_same_start() {
    let outcome = optimizers::run(2, &scratch("optimizers")).expect("runs");
    let names: Vec<&str> = outcome.runs.iter().map(|(name, _, _)| name.as_str()).collect();
    assert_eq!(names, ["sgd", "momentum", "rmsprop", "adam"]);
    for (name, losses, _) in &outcome.runs {
        assert!(losses[1] < losses[0], "{name}: {losses:?}");
    }
}

#[path = "../examples/regularization.rs"]
#[allow(dead_code, reason = "the test calls `run`")]
mod regularization;

#[test]
fn regularization_runs_with_tiny_settings() {
    let outcome = regularization::run(8).expect("runs");
    assert_eq!(outcome.len(), 3);
    let (_, train, test) = &outcome[0];
    assert!(train > test, "the big network fits its 150 digits better than new ones: {outcome:?}");
}

#[path = "../examples/bench_epoch.rs"]
#[allow(dead_code, reason = "the test calls `run`")]
mod bench_epoch;

#[test]
fn bench_epoch_prints_its_rows() {
    let rows = bench_epoch::run(1);
    let names: Vec<&str> = rows.iter().map(|row| row.name).collect();
    assert_eq!(names.len(), 4);
    assert!(names[0].starts_with("GEMM-only estimate"));
    assert!(rows.iter().all(|row| row.per_step > 0.0 && row.per_step.is_finite()));
}
