//! Runs `tests/ui/pass/hygiene.rs` as a test, so that clippy (`--all-targets`,
//! pedantic, as that file asks) lints the code the derive generates in it;
//! trybuild builds the same file alone under rustc's `deny(warnings,
//! missing_docs)` in `tests/ui.rs`.

// trybuild also builds pass programs with `dead_code` allowed.
#[allow(dead_code)]
#[path = "ui/pass/hygiene.rs"]
mod hygiene_program;

#[test]
fn generated_code_is_lint_clean_and_works() {
    hygiene_program::main();
}
