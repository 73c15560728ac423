//! The TypeScript module of a catalogue whose texts try to break out of
//! their places: a name with `*/` and a line break, symbols that are
//! `Object.prototype`'s names. The module is kept current in
//! `contract/typescript/hostile.ts`; `.ci/run` type-checks it under `tsc
//! --strict` and runs `contract/typescript/hostile_check.js` on it in node
//! (each constant's value is its code). Three codes lie beyond
//! JavaScript's exact integers: they are apart, as digits.

use error_codes::{ErrorCatalog, docs};

/// Names and texts chosen to end a comment or set a prototype.
#[derive(Debug, ErrorCatalog)]
#[catalog(name = "Hostile */ catalogue\nwith a line break")]
pub enum Hostile {
    /// The prototype's name: */ still a message.
    #[code(1, symbol = "__proto__")]
    Proto,
    /// Object's constructor.
    #[code(2, symbol = "constructor")]
    Constructor,
    /// Object's toString.
    #[code(3, symbol = "toString")]
    ToString,
    /// Two to the 53rd: one JavaScript `number` with the next code.
    #[code(9007199254740992)]
    TwoToThe53,
    /// One past it.
    #[code(9007199254740993)]
    OnePast,
    /// Far below.
    #[code(-9007199254740993)]
    FarBelow,
}

#[test]
fn the_hostile_module_is_current() {
    let module = docs::typescript::<Hostile>();
    docs::check_generated("contract/typescript/hostile.ts", &module);
}

#[test]
fn no_text_ends_a_comment_and_no_key_sets_the_prototype() {
    let module = docs::typescript::<Hostile>();
    for line in module.lines() {
        if let Some(start) = line.find("/*") {
            let inside = &line[start + 2..];
            let end = inside.find("*/").expect("a comment closed on its line");
            assert_eq!(
                end + 2,
                inside.len(),
                "a comment ends before its line: {line}"
            );
        }
    }
    let name_line = module.lines().next().unwrap();
    assert!(name_line.starts_with("// ") && name_line.contains("with a line break"));
    assert!(module.contains("  [\"__proto__\"]: 1,\n"), "{module}");
    // It marks no rejection: the fallback codes of every kind are typed.
    assert!(
        module.contains(
            "export type HostilecataloguewithalinebreakRejectionCode = 400 | 404 | 405 | 413 | 415 | 422;"
        ),
        "{module}"
    );
    assert!(module.contains(
        "export type HostilecataloguewithalinebreakAnswerCode = HostilecataloguewithalinebreakCode | HostilecataloguewithalinebreakRejectionCode;"
    ));
    assert!(module.contains("  constructor: 2,\n"), "{module}");
}

/// Codes beyond ±(2^53 − 1) are no JavaScript numbers: they are in no
/// number-typed constant, union or table, but in `<Name>WideCode` as the
/// digits the body carries, and the OpenAPI code schema says so.
#[test]
fn codes_beyond_javascripts_integers_are_kept_apart() {
    let module = docs::typescript::<Hostile>();
    assert!(
        module.contains(
            "export const HostilecataloguewithalinebreakWideCode = {\n  FAR_BELOW: \"-9007199254740993\",\n  TWO_TO_THE53: \"9007199254740992\",\n  ONE_PAST: \"9007199254740993\",\n} as const;"
        ),
        "{module}"
    );
    let numbers = module.split("WideCode = {").next().unwrap();
    assert!(!numbers.contains("900719925474099"), "{module}");
    let entries = module.split("Entries:").nth(1).unwrap();
    assert!(!entries.contains("900719925474099"), "{module}");
    // The OpenAPI document types them `int64` and says what JavaScript
    // makes of them.
    let components = error_codes::openapi::schemas::components::<Hostile>();
    for schema in components.values() {
        let code = &schema["properties"]["code"];
        let wide = code["enum"][0].as_i64().unwrap().unsigned_abs() > (1 << 53) - 1;
        assert_eq!(code.get("description").is_some(), wide, "{code}");
    }
}
