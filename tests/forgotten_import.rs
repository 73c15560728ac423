//! A crate that calls `.code()` on another crate's catalogue without
//! `use error_codes::ErrorCatalog;` is told to import the trait by its
//! public path, not by a private module's (which would be E0603 when
//! followed). trybuild's one-crate setup cannot show this: the fixture is a
//! crate of its own, `test-crates/forgotten-import`, built here by cargo.
//!
//! The fixture is copied under `CARGO_TARGET_TMPDIR` (its path
//! dependencies made absolute, the workspace's `Cargo.lock` beside it) and
//! built there: the test writes nothing into the source tree.

use std::path::{Path, PathBuf};
use std::process::Command;

/// A copy of the fixture under the test's temporary directory.
fn fixture_copy(root: &Path) -> PathBuf {
    let fixture = root.join("test-crates/forgotten-import");
    let copy = Path::new(env!("CARGO_TARGET_TMPDIR")).join("forgotten-import");
    std::fs::create_dir_all(copy.join("src")).unwrap();
    let manifest = std::fs::read_to_string(fixture.join("Cargo.toml")).unwrap();
    let crates = root.join("test-crates").canonicalize().unwrap();
    let runtime = root.join("error-codes").canonicalize().unwrap();
    let manifest = manifest
        .replace(
            "\"../billing-codes\"",
            &format!("{:?}", crates.join("billing-codes")),
        )
        .replace("\"../../error-codes\"", &format!("{runtime:?}"));
    std::fs::write(copy.join("Cargo.toml"), manifest).unwrap();
    std::fs::copy(fixture.join("src/main.rs"), copy.join("src/main.rs")).unwrap();
    // The workspace's versions, so that nothing is resolved anew.
    std::fs::copy(root.join("Cargo.lock"), copy.join("Cargo.lock")).unwrap();
    copy
}

#[test]
fn rustc_suggests_the_public_path_of_the_trait() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("..");
    let copy = fixture_copy(&root);
    let output = Command::new(env!("CARGO"))
        .args(["check", "--offline", "--quiet", "--manifest-path"])
        .arg(copy.join("Cargo.toml"))
        .env("CARGO_TARGET_DIR", copy.join("target"))
        .output()
        .unwrap();
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(!output.status.success(), "the fixture compiled:\n{stderr}");
    assert!(stderr.contains("error[E0599]"), "{stderr}");
    assert!(
        stderr.contains("use error_codes::ErrorCatalog;"),
        "{stderr}"
    );
    assert!(!stderr.contains("error_codes::error_catalog"), "{stderr}");
}
