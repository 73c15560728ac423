//! Tests of the whole derive on token input: it never panics, and its
//! expansions match the golden files in `tests/expand/`.

mod golden;
mod paths;
/// Hostile and odd inputs: the derive answers each with tokens (a
/// `compile_error!` where the input is wrong), never a panic.
#[test]
fn never_panics_and_reports_errors_as_compile_errors() {
    let cases: &[(&str, bool)] = &[
        ("enum E {}", true),
        (
            "enum E { #[code(-9223372036854775808)] /// min\n A, #[code(9223372036854775807)] /// max\n B }",
            true,
        ),
        (
            "enum E { #[code(0x7fff_ffff_ffff_ffff)] /// hex\n A }",
            true,
        ),
        ("enum E { #[code(1u8)] /// suffixed\n A }", true),
        (
            "enum E { #[code(1, success, transparent)] /// both\n A(u8) }",
            false,
        ),
        (
            "enum E { #[code(-9223372036854775809)] /// below min\n A }",
            false,
        ),
        (
            "enum E { #[code(999999999999999999999999999999999999999999)] /// huge\n A }",
            false,
        ),
        ("enum E { #[code()] A }", false),
        ("enum E { #[code(,)] A }", false),
        ("enum E { #[code(--1)] /// double negation\n A }", false),
        ("enum E { #[code(1 + 1)] /// expression\n A }", false),
        ("enum E { #[code(1.5)] /// float\n A }", false),
        (
            "enum E { #[code(1, message = \"a\", message = \"b\")] A }",
            false,
        ),
        (
            "enum E { #[code(1, http = 99999999999999999999999)] /// huge status\n A }",
            false,
        ),
        (
            "enum E { #[code(1, http = -200)] /// negative status\n A }",
            false,
        ),
        ("enum E { #[code] A }", false),
        ("#[catalog] enum E { #[code(1)] /// x\n A }", true),
        ("#[catalog(module)] enum E { #[code(1)] /// x\n A }", false),
        (
            "#[catalog(module())] enum E { #[code(1)] /// x\n A }",
            false,
        ),
        (
            "#[catalog(module(name = \"a\", ranges(-9223372036854775808..=9223372036854775807)))] enum E { #[code(1)] /// x\n A }",
            true,
        ),
        (
            "#[catalog(module(name = \"a\", ranges(..)))] enum E { #[code(1)] /// x\n A }",
            false,
        ),
        (
            "#[catalog(module(name = \"a\", ranges(5..=5, 1..=2, 3)))] enum E { #[code(9, module = \"a\")] /// x\n A }",
            false,
        ),
        (
            "#[catalog(crate = 5)] enum E { #[code(1)] /// x\n A }",
            false,
        ),
        ("#[catalog(display)] enum E { #[code(1)] /// x\n A }", true),
        (
            "#[catalog(http = 0)] enum E { #[code(1)] /// x\n A }",
            false,
        ),
        (
            "#[catalog(name = \"a\", name = \"b\")] enum E { #[code(1)] /// x\n A }",
            false,
        ),
        ("enum E<T> where T: Copy { #[code(1)] /// x\n A(T) }", true),
        (
            "enum E { #[code(1)] /// x\n A = 5, #[code(2)] /// y\n B { x: u8 } }",
            true,
        ),
        ("struct S;", false),
        ("union U { a: u8 }", false),
    ];
    for (source, valid) in cases {
        let input: syn::DeriveInput = syn::parse_str(source).expect(source);
        let output = crate::derive(&input).to_string();
        assert_eq!(
            !output.contains("compile_error"),
            *valid,
            "{source}\n=> {output}"
        );
    }
}

/// A catalogue past the `u16` positions is an error, not a panic.
#[test]
fn too_many_codes_is_an_error() {
    let variants: String = (0..=u16::MAX as i64)
        .map(|code| format!("#[code({code}, message = \"m\")] V{code},"))
        .collect();
    let input: syn::DeriveInput = syn::parse_str(&format!("enum E {{ {variants} }}")).unwrap();
    let output = crate::derive(&input).to_string();
    assert!(
        output.contains("a catalogue holds at most 65534 codes"),
        "{}",
        &output[..200]
    );
}

/// Declaration indices are `u16` too: past `u16::MAX` variants (here
/// composed ones before 65,534 own ones), an error, never a truncated index
/// that `from_code` would turn into the wrong variant.
#[test]
fn too_many_variants_is_an_error() {
    let composed: String = (0..3)
        .map(|i| format!("#[code(transparent)] C{i}(C{i}),"))
        .collect();
    let own: String = (0..65_534)
        .map(|code| format!("#[code({code}, message = \"m\")] V{code},"))
        .collect();
    let input: syn::DeriveInput =
        syn::parse_str(&format!("enum E {{ {composed} {own} }}")).unwrap();
    let output = crate::derive(&input).to_string();
    assert!(
        output.contains("an enum holds at most 65534 variants; this one has 65537"),
        "{}",
        &output[..200]
    );
}
mod phases;
