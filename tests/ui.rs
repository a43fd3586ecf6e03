//! Mistakes get errors that teach: one mistake per file in `tests/ui/`, named for the mistake,
//! with the expected compiler output beside it (`.stderr`). Regenerate on purpose with
//! `TRYBUILD=overwrite` and read the diff.

#[test]
fn each_mistake_gets_its_own_error() {
    trybuild::TestCases::new().compile_fail("../tests/ui/*.rs");
}
