//! The compile-time diagnostics of `#[derive(ErrorCatalog)]`, one mistake per
//! file in `fail/<stage>/`, each with its expected `.stderr`; and the
//! programs of `pass/` that must compile without a warning. One test per
//! stage, so that a failure names its area and `cargo test -p
//! error-codes-ui -- <stage>` runs one:
//!
//! - `parse`: an attribute that cannot be read (the derive's `parse/`);
//! - `check`: a rule across values (the derive's `check/`);
//! - `translations`: a file of `locales = "..."`;
//! - `compose`: a clash found by const evaluation across composed catalogues;
//! - `use`: the runtime's macros and traits used wrongly (`codes!`, a trait
//!   not in scope).
//!
//! trybuild runs one set of cases at a time (it locks its project).
//!
//! This package depends on what the cases use only, so trybuild's own build
//! of the cases compiles little besides error-codes.
//!
//! Snapshots hold for the toolchain pinned in `rust-toolchain.toml`; after a
//! deliberate change of a message, regenerate them with
//! `TRYBUILD=overwrite cargo test -p error-codes-ui` and review the diff.

use std::path::{Path, PathBuf};
use std::sync::Once;

#[test]
fn parse() {
    compile_fail("fail/parse/*.rs");
}

#[test]
fn check() {
    compile_fail("fail/check/*.rs");
}

#[test]
fn translations() {
    compile_fail("fail/translations/*.rs");
}

#[test]
fn compose() {
    compile_fail("fail/compose/*.rs");
}

#[test]
fn r#use() {
    compile_fail("fail/use/*.rs");
}

#[test]
fn pass() {
    link_locales();
    trybuild::TestCases::new().pass("pass/*.rs");
}

fn compile_fail(cases: &str) {
    link_locales();
    trybuild::TestCases::new().compile_fail(cases);
}

/// The cases name translation folders as `locales = "locales/<case>"`,
/// relative to the manifest of the project trybuild builds them in
/// (`<target>/tests/trybuild/error-codes-ui`): that project gets a link to
/// this package's `locales/`.
fn link_locales() {
    // The stage tests run in parallel threads: the first one links.
    static LINKED: Once = Once::new();
    LINKED.call_once(|| {
        let target = Path::new(env!("CARGO_TARGET_TMPDIR")).parent().unwrap();
        let project = target.join("tests/trybuild").join(env!("CARGO_PKG_NAME"));
        std::fs::create_dir_all(&project).unwrap();
        let link = project.join("locales");
        let source = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("locales");
        if std::fs::read_link(&link).ok().as_deref() != Some(source.as_path()) {
            let _ = std::fs::remove_file(&link);
            std::os::unix::fs::symlink(&source, &link).unwrap();
        }
    });
}
