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

use std::path::{Path, PathBuf};

#[test]
fn ui() {
    link_locales();
    let cases = trybuild::TestCases::new();
    cases.compile_fail("fail/*.rs");
    cases.pass("pass/*.rs");
}

/// The cases name translation folders as `locales = "locales/<case>"`,
/// relative to the manifest of the project trybuild builds them in
/// (`<target>/tests/trybuild/error-codes-ui`): that project gets a link to
/// this package's `locales/`.
fn link_locales() {
    let target = Path::new(env!("CARGO_TARGET_TMPDIR")).parent().unwrap();
    let project = target.join("tests/trybuild").join(env!("CARGO_PKG_NAME"));
    std::fs::create_dir_all(&project).unwrap();
    let link = project.join("locales");
    let source = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("locales");
    if std::fs::read_link(&link).ok().as_deref() != Some(source.as_path()) {
        let _ = std::fs::remove_file(&link);
        std::os::unix::fs::symlink(&source, &link).unwrap();
    }
}
