//! The compile-time diagnostics of `#[derive(ErrorCatalog)]`, one mistake per
//! file in `fail/`, each with its expected `.stderr`; and the programs of
//! `pass/` that must compile without a warning.
//!
//! This package depends on what the cases use only, so trybuild's own build
//! of the cases compiles little besides error-codes.
//!
//! Snapshots hold for the toolchain pinned in `rust-toolchain.toml`; after a
//! deliberate change of a message, regenerate them with
//! `TRYBUILD=overwrite cargo test -p error-codes-ui` and review the diff.

#[test]
fn ui() {
    let cases = trybuild::TestCases::new();
    cases.compile_fail("fail/*.rs");
    cases.pass("pass/*.rs");
}
