//! One mistake, one error, one count: composing a type that is not a
//! catalogue fails the build with exactly one error. trybuild's snapshot
//! (`tests/ui/fail/compose/transparent_field_not_a_catalogue.stderr`) shows the error
//! once, but rustc counts errors it shows only once, so this builds the
//! same file as a crate of its own and reads rustc's count.

use std::path::Path;
use std::process::Command;

#[test]
fn composing_a_type_that_is_not_a_catalogue_is_one_error() {
    let tests = Path::new(env!("CARGO_MANIFEST_DIR"));
    let root = tests.parent().unwrap();
    let dir = Path::new(env!("CARGO_TARGET_TMPDIR")).join("error-count");
    std::fs::create_dir_all(dir.join("src")).unwrap();
    let manifest = format!(
        "[package]\nname = \"error-count\"\nversion = \"0.0.0\"\nedition = \"2024\"\n\
         [dependencies]\nerror-codes = {{ path = {:?} }}\n[workspace]\n",
        root.join("error-codes")
    );
    std::fs::write(dir.join("Cargo.toml"), manifest).unwrap();
    // The workspace's versions, so that the build needs no registry.
    std::fs::copy(root.join("Cargo.lock"), dir.join("Cargo.lock")).unwrap();
    let source = tests.join("ui/fail/compose/transparent_field_not_a_catalogue.rs");
    std::fs::copy(source, dir.join("src/main.rs")).unwrap();
    let output = Command::new(env!("CARGO"))
        .args(["check", "--offline", "--color", "never"])
        .current_dir(&dir)
        .env("CARGO_TARGET_DIR", dir.join("target"))
        .output()
        .unwrap();
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(!output.status.success(), "{stderr}");
    assert!(
        stderr.contains(
            "could not compile `error-count` (bin \"error-count\") due to 1 previous error"
        ),
        "{stderr}"
    );
    assert_eq!(stderr.matches("error[E0277]").count(), 1, "{stderr}");
}
