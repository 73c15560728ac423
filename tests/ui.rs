//! The compile-time diagnostics of `#[derive(ErrorCatalog)]`, one mistake per
//! file in `tests/ui/`, each with its expected `.stderr`; and the programs of
//! `tests/pass/` that must compile without a warning.
//!
//! Snapshots hold for the toolchain pinned in `rust-toolchain.toml`; after a
//! deliberate change of a message, regenerate them with
//! `TRYBUILD=overwrite cargo test --test ui` and review the diff.

#[test]
fn ui() {
    let cases = trybuild::TestCases::new();
    cases.compile_fail("ui/*.rs");
    cases.pass("pass/*.rs");
}
