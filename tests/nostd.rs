//! `test-crates/nostd-codes`: a `#![no_std]` crate under the strictest
//! lints, with shadowed prelude names, lowercase consts, catalogues in a
//! function body and from a `macro_rules!`, `#[cfg]`-gated variants, and
//! `error_codes` only through a re-exporting crate. That it builds is the
//! hygiene test; this checks that what it builds answers right.

#[test]
fn a_no_std_crate_through_a_reexport_answers_right() {
    assert_eq!(
        nostd_codes::answers(),
        [
            Some(40101),
            None, // retired
            Some(1_005_001),
            Some(40102),
            Some(1), // the deprecation note
            Some(7), // the enum in a function body
        ]
    );
    assert_eq!(nostd_codes::in_a_function_body(), (7, "Local failure."));
}
