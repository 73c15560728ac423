//! A crate that calls `.code()` on another crate's catalogue without
//! `use error_codes::ErrorCatalog;` is told to import the trait by its
//! public path, not by a private module's (which would be E0603 when
//! followed). trybuild's one-crate setup cannot show this: the fixture is a
//! crate of its own, `test-crates/forgotten-import`, built here by cargo.

use std::path::Path;
use std::process::Command;

#[test]
fn rustc_suggests_the_public_path_of_the_trait() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("..");
    let fixture = root.join("test-crates/forgotten-import");
    // The workspace's versions, so that nothing is resolved anew.
    std::fs::copy(root.join("Cargo.lock"), fixture.join("Cargo.lock")).unwrap();
    let output = Command::new(env!("CARGO"))
        .args(["check", "--offline", "--quiet", "--manifest-path"])
        .arg(fixture.join("Cargo.toml"))
        .env("CARGO_TARGET_DIR", root.join("target/forgotten-import"))
        .output()
        .unwrap();
    let _ = std::fs::remove_file(fixture.join("Cargo.lock"));
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(!output.status.success(), "the fixture compiled:\n{stderr}");
    assert!(stderr.contains("error[E0599]"), "{stderr}");
    assert!(
        stderr.contains("use error_codes::ErrorCatalog;"),
        "{stderr}"
    );
    assert!(!stderr.contains("error_codes::error_catalog"), "{stderr}");
}
