//! Golden expansion tests: each `tests/expand/NAME.rs` (an enum as a user
//! writes it) is expanded and pretty-printed, and compared with
//! `tests/expand/NAME.expanded.rs`, so that a reviewer sees what a change to
//! the derive emits. `ERROR_CODES_BLESS=1 cargo test -p error-codes-derive-internals`
//! rewrites the expected files.

use std::path::PathBuf;

fn expand(name: &str) {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/expand");
    let input = std::fs::read_to_string(dir.join(format!("{name}.rs"))).unwrap();
    let node: syn::DeriveInput = syn::parse_str(&input).unwrap();
    let output = crate::derive(&node);
    let file: syn::File = syn::parse2(output).expect("the expansion parses as a file");
    // The `include_str!` of a translation file names it by its absolute path.
    let actual =
        prettyplease::unparse(&file).replace(env!("CARGO_MANIFEST_DIR"), "$CARGO_MANIFEST_DIR");
    let expected_path = dir.join(format!("{name}.expanded.rs"));
    if std::env::var_os("ERROR_CODES_BLESS").is_some() {
        std::fs::write(&expected_path, &actual).unwrap();
        return;
    }
    let expected = std::fs::read_to_string(&expected_path).unwrap_or_default();
    if actual != expected {
        let changed = actual
            .lines()
            .zip(expected.lines())
            .position(|(a, e)| a != e)
            .unwrap_or_else(|| actual.lines().count().min(expected.lines().count()));
        panic!(
            "the expansion of tests/expand/{name}.rs differs from {} from line {}:\n{}\n\
             (ERROR_CODES_BLESS=1 rewrites the expected file)",
            expected_path.display(),
            changed + 1,
            actual
                .lines()
                .skip(changed)
                .take(8)
                .collect::<Vec<_>>()
                .join("\n"),
        );
    }
}

#[test]
fn plain_enum() {
    expand("plain");
}

#[test]
fn composing_enum() {
    expand("composing");
}

#[test]
fn data_variants() {
    expand("data_variants");
}

#[test]
fn generic_enum() {
    expand("generic");
}

#[test]
fn translated_enum() {
    expand("translated");
}
