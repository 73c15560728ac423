//! Retired codes and deprecations at run time: `RETIRED` of an enum and of
//! compositions (across crates, shifted by an offset), what lookups and the
//! envelope make of a retired code, `Entry::deprecated`, and the docs
//! export of both. The compile errors are in `tests/ui/retired_*.rs` and
//! `tests/ui/*retired*.rs`; the lock file is `tests/lock.rs`.

use billing_codes::BillingError;
use error_codes::envelope::Failure;
use error_codes::{CodeRange, Envelope, ErrorCatalog};

#[derive(Debug, Clone, Copy, PartialEq, Eq, ErrorCatalog)]
#[catalog(retired(40012, 40007, 40009..=40010))]
enum AuthError {
    /// Login again.
    #[code(40101, http = 401)]
    Unauthorized,
    /// Weak password.
    #[deprecated(note = "use 40101")]
    #[code(40102)]
    WeakPassword,
    /// Captcha required.
    #[deprecated]
    #[code(40103)]
    CaptchaRequired,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ErrorCatalog)]
#[catalog(retired(7001..=7002))]
enum ShopError {
    /// Out of stock.
    #[code(7003)]
    OutOfStock,
    #[code(transparent)]
    Auth(AuthError),
    #[code(transparent, offset = 100_000)]
    Billing(BillingError),
}

fn range(start: i64, end: i64) -> CodeRange {
    CodeRange { start, end }
}

#[test]
fn retired_codes_are_sorted_by_start() {
    assert_eq!(
        AuthError::RETIRED,
        [
            range(40007, 40007),
            range(40009, 40010),
            range(40012, 40012)
        ]
    );
}

#[test]
fn a_composition_carries_its_parts_retired_codes_shifted() {
    // BillingError, in another crate, retired 5002 and 5100..=5199.
    assert_eq!(
        BillingError::RETIRED,
        [range(5002, 5002), range(5100, 5199)]
    );
    assert_eq!(
        ShopError::RETIRED,
        [
            range(7001, 7002),
            range(40007, 40007),
            range(40009, 40010),
            range(40012, 40012),
            range(105_002, 105_002),
            range(105_100, 105_199),
        ]
    );
}

#[test]
fn a_retired_code_is_no_variant_and_reads_as_unknown() {
    for code in [40007, 40009, 40010, 40012] {
        assert_eq!(AuthError::from_code(code), None);
        assert_eq!(AuthError::lookup(code), None);
        assert_eq!(ShopError::from_code(code), None);
    }
    let body = r#"{"code":40007,"message":"Old captcha error","data":null}"#;
    let parsed: Envelope<AuthError> = serde_json::from_str(body).unwrap();
    assert!(matches!(
        parsed,
        Envelope::Failure(Failure::Unknown { code: 40007, ref message, .. })
            if message == "Old captcha error"
    ));
}

#[test]
fn deprecations_are_read_into_the_entries() {
    #[allow(deprecated)]
    let (weak, captcha) = (AuthError::WeakPassword, AuthError::CaptchaRequired);
    assert_eq!(weak.entry().deprecated, Some("use 40101"));
    assert_eq!(captcha.entry().deprecated, Some(""));
    assert_eq!(AuthError::Unauthorized.entry().deprecated, None);
    // Composed, the entry keeps it.
    assert_eq!(
        ShopError::lookup(40102).and_then(|entry| entry.deprecated),
        Some("use 40101")
    );
}

#[test]
fn the_docs_export_shows_both() {
    let page = error_codes::docs::markdown::<AuthError>();
    assert!(
        page.contains("| Code | Message | HTTP | gRPC | Deprecated |\n"),
        "{page}"
    );
    assert!(
        page.contains("| 40102 | Weak password. |  | UNKNOWN | use 40101 |\n"),
        "{page}"
    );
    assert!(
        page.contains("| 40103 | Captcha required. |  | UNKNOWN | yes |\n"),
        "{page}"
    );
    assert!(
        page.contains("| 40101 | Login again. | 401 | UNAUTHENTICATED |  |\n"),
        "{page}"
    );
    assert!(page.ends_with(
        "\n## Retired codes\n\nPublished once, never to be declared again: \
         40007, 40009\u{2013}40010, 40012.\n"
    ));
    let json: serde_json::Value =
        serde_json::from_str(&error_codes::docs::json::<AuthError>()).unwrap();
    assert_eq!(
        json["retired"][1],
        serde_json::json!({"start": 40009, "end": 40010})
    );
    assert_eq!(json["entries"][1]["deprecated"], "use 40101");
    assert_eq!(json["entries"][0]["deprecated"], serde_json::Value::Null);
}

/// Retires codes near the top of `i64`'s range once shifted.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ErrorCatalog)]
#[catalog(retired(1..=2, 100..=200))]
enum NearTheTop {
    /// Three.
    #[code(3)]
    Three,
}

/// `offset` moves `NearTheTop`'s 100..=200 wholly past `i64::MAX`: that
/// range is dropped (no code there can be declared), not clamped to
/// `i64::MAX..=i64::MAX`, which would forbid the own `i64::MAX` below (a
/// build error before); 1..=2 stays, shifted.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ErrorCatalog)]
enum TopComposition {
    /// The largest code.
    #[code(9_223_372_036_854_775_807)]
    Largest,
    #[code(transparent, offset = 9_223_372_036_854_775_757)]
    Top(NearTheTop),
}

#[test]
fn a_retired_range_shifted_past_i64_is_dropped_not_clamped() {
    let top = i64::MAX - 50;
    assert_eq!(TopComposition::RETIRED, [range(top + 1, top + 2)]);
    assert_eq!(TopComposition::Largest.code(), i64::MAX);
    assert_eq!(TopComposition::Top(NearTheTop::Three).code(), top + 3);
    assert_eq!(
        TopComposition::from_code(i64::MAX),
        Some(TopComposition::Largest)
    );
}
