//! Every generated method of `#[derive(ErrorCatalog)]` on a real catalogue
//! (WeChat-style negative codes, modules with their own HTTP status, a
//! catalogue-wide status, overlapping ranges, groups, symbols, a variant that
//! carries data), and the lookup tables chosen for each shape of code set.

use error_codes::{CodeRange, Entry, ErrorCatalog};

#[derive(Debug, Clone, PartialEq, Eq, ErrorCatalog)]
#[catalog(
    name = "Platform",
    http = 200,
    module(name = "auth", title = "Auth", ranges(40001..=40111, 40401..=40402, 50011), http = 400),
    module(name = "gateway", ranges(40101..=40301, 42901..=42903, 50201, 50301)),
    envelope(code = "errcode", message = "errmsg"),
)]
enum PlatformError {
    /// ok
    #[code(0, success)]
    Ok,
    #[code(-1, message = "System busy", help = "Retry later.")]
    Busy,
    /// Image captcha is invalid.
    #[code(40001, title = "Invalid Captcha", group = "Captcha")]
    InvalidCaptcha,
    /// Login session is missing or invalid.
    #[code(
        40101,
        http = 401,
        module = "gateway",
        title = "Unauthorized Session",
        help = "Login again."
    )]
    UnauthorizedSession,
    /// Email/password verification failed.
    #[code(40111, http = 401, module = "auth", symbol = "VINVALID_PASSWORD")]
    InvalidPassword,
    /// Per-second rate limit exceeded.
    #[code(42901, http = 429)]
    RpsLimitExceeded,
    /// Failed to send verification email.
    #[code(50011)]
    EmailSendFailed {
        /// Where it was going.
        to: String,
    },
    /// Declared out of order: entries are sorted by code anyway.
    #[code(-40001)]
    Negative,
    /// A raw identifier.
    #[code(7)]
    r#Type,
}

#[test]
fn code_message_and_display() {
    assert_eq!(PlatformError::Busy.code(), -1);
    assert_eq!(PlatformError::Busy.message(), "System busy");
    assert_eq!(PlatformError::Busy.to_string(), "System busy");
    // A doc comment is the message when `message` is absent.
    assert_eq!(
        PlatformError::InvalidCaptcha.message(),
        "Image captcha is invalid."
    );
    let data = PlatformError::EmailSendFailed { to: "a@b.c".into() };
    assert_eq!(data.code(), 50011);
    assert_eq!(data.to_string(), "Failed to send verification email.");
    let source: &dyn std::error::Error = &PlatformError::Busy;
    assert!(source.source().is_none());
}

#[test]
fn http_status_falls_back_from_entry_to_module_to_catalogue() {
    assert_eq!(PlatformError::UnauthorizedSession.http_status(), Some(401)); // its own
    assert_eq!(PlatformError::InvalidCaptcha.http_status(), Some(400)); // module `auth`
    assert_eq!(PlatformError::Busy.http_status(), Some(200)); // the catalogue's
    assert_eq!(PlatformError::RpsLimitExceeded.http_status(), Some(429));
}

#[test]
fn entry_carries_every_column() {
    let entry = PlatformError::UnauthorizedSession.entry();
    assert_eq!(entry.code, 40101);
    assert_eq!(entry.name, "UnauthorizedSession");
    assert_eq!(entry.symbol, "UNAUTHORIZED_SESSION");
    assert_eq!(entry.message, "Login session is missing or invalid.");
    assert_eq!(entry.title, Some("Unauthorized Session"));
    assert_eq!(entry.help, Some("Login again."));
    assert_eq!(entry.module, Some("gateway"));
    assert_eq!(entry.group, None);
    assert_eq!(entry.http, Some(401));
    assert!(!entry.success);

    assert_eq!(
        PlatformError::InvalidPassword.entry().symbol,
        "VINVALID_PASSWORD"
    );
    assert_eq!(PlatformError::InvalidCaptcha.entry().group, Some("Captcha"));
    // Inferred: 40001 lies in `auth` only; -1 lies in no module.
    assert_eq!(PlatformError::InvalidCaptcha.entry().module, Some("auth"));
    assert_eq!(PlatformError::Busy.entry().module, None);
    assert!(PlatformError::Ok.entry().success);
    // A raw identifier is named without its `r#`.
    assert_eq!(
        (
            PlatformError::r#Type.entry().name,
            PlatformError::r#Type.entry().symbol
        ),
        ("Type", "TYPE")
    );
}

#[test]
fn from_code_gives_the_variant_or_none() {
    assert_eq!(PlatformError::from_code(0), Some(PlatformError::Ok));
    assert_eq!(PlatformError::from_code(-1), Some(PlatformError::Busy));
    assert_eq!(
        PlatformError::from_code(-40001),
        Some(PlatformError::Negative)
    );
    assert_eq!(
        PlatformError::from_code(40101),
        Some(PlatformError::UnauthorizedSession)
    );
    // Declared, but its variant carries data: it cannot be built from a code.
    assert_eq!(PlatformError::from_code(50011), None);
    // Not declared.
    for code in [1, -2, 40002, 40102, i64::MIN, i64::MAX] {
        assert_eq!(PlatformError::from_code(code), None, "code {code}");
    }
}

#[test]
fn lookup_finds_entries_of_every_declared_code() {
    assert_eq!(
        PlatformError::lookup(50011).map(|e| e.name),
        Some("EmailSendFailed")
    );
    assert_eq!(
        PlatformError::lookup(42901),
        Some(PlatformError::RpsLimitExceeded.entry())
    );
    assert_eq!(PlatformError::lookup(42902), None);
}

#[test]
fn entries_are_sorted_by_code_with_codes_alongside() {
    let codes: Vec<i64> = PlatformError::entries().iter().map(|e| e.code).collect();
    assert_eq!(codes, [-40001, -1, 0, 7, 40001, 40101, 40111, 42901, 50011]);
    assert_eq!(PlatformError::CODES, codes.as_slice());
    assert_eq!(PlatformError::NAME, "Platform");
}

#[test]
fn modules_and_module_of() {
    let modules = PlatformError::modules();
    assert_eq!(modules.len(), 2);
    assert_eq!(modules[0].name, "auth");
    assert_eq!(modules[0].title, Some("Auth"));
    assert_eq!(modules[0].http, Some(400));
    assert_eq!(
        modules[0].ranges,
        [
            CodeRange {
                start: 40001,
                end: 40111
            },
            CodeRange {
                start: 40401,
                end: 40402
            },
            CodeRange {
                start: 50011,
                end: 50011
            },
        ]
    );
    assert_eq!(modules[1].name, "gateway");
    assert_eq!(modules[1].title, None);

    // A declared code: its entry's module, even inside an overlap.
    assert_eq!(
        PlatformError::module_of(40101).map(|m| m.name),
        Some("gateway")
    );
    assert_eq!(
        PlatformError::module_of(40111).map(|m| m.name),
        Some("auth")
    );
    // A raw code from outside: the first declared module whose ranges hold it.
    assert_eq!(
        PlatformError::module_of(40110).map(|m| m.name),
        Some("auth")
    );
    assert_eq!(
        PlatformError::module_of(42903).map(|m| m.name),
        Some("gateway")
    );
    assert_eq!(
        PlatformError::module_of(50301).map(|m| m.name),
        Some("gateway")
    );
    // Declared without a module, or in no range at all.
    assert_eq!(PlatformError::module_of(-1), None);
    assert_eq!(PlatformError::module_of(99999), None);
}

#[test]
fn success_entry() {
    assert_eq!(
        PlatformError::success().map(|e| (e.code, e.message)),
        Some((0, "ok"))
    );
    assert_eq!(Shapes::success(), None);
}

#[test]
fn entries_serialize_with_all_fields() {
    let json = serde_json::to_value(PlatformError::UnauthorizedSession.entry()).unwrap();
    assert_eq!(
        json,
        serde_json::json!({
            "code": 40101, "name": "UnauthorizedSession", "symbol": "UNAUTHORIZED_SESSION",
            "message": "Login session is missing or invalid.", "description": null, "title": "Unauthorized Session",
            "help": "Login again.", "module": "gateway", "group": null, "http": 401,
            "grpc": "UNAUTHENTICATED", "domain": "Platform", "reason": "UNAUTHORIZED_SESSION",
            "success": false, "deprecated": null
        })
    );
}

/// Catalogues of one shape each, to see which table the derive picks.
macro_rules! shaped {
    ($name:ident: $($variant:ident = $code:literal),* $(,)?) => {
        #[derive(Debug, Clone, Copy, PartialEq, Eq, ErrorCatalog)]
        enum $name {
            $(#[code($code, message = "generated")] $variant,)*
        }
    };
}

// A small span: a direct table.
shaped!(Shapes: A = 40001, B = 40003, C = 40111, D = 40401, E = 42903);
// Short runs far apart, too sparse for pages: a bitmap with popcount ranks.
shaped!(Clustered:
    A0 = 30000, A1 = 30001, A2 = 30002, A3 = 30003, A4 = 30004, A5 = 30005,
    B0 = 31000, B1 = 31001, B2 = 31002, B3 = 31003, B4 = 31004, B5 = 31005,
    C0 = 32000, C1 = 32001, C2 = 32002, C3 = 32003, C4 = 32004, C5 = 32005,
    D0 = 33000, D1 = 33001, D2 = 33002, D3 = 33003, D4 = 33004, D5 = 33005,
    E0 = 34000, E1 = 34063, E2 = 34064, E3 = 34127, E4 = 34128, E5 = 34200,
);
// Scattered far apart: buckets.
shaped!(Scattered: Min = -9223372036854775808, Neg = -1, Ok = 200, Big = 40101, Max = 9223372036854775807);
// No variants at all.
#[derive(Debug, ErrorCatalog)]
enum Empty {}

#[test]
fn the_table_is_chosen_by_the_shape_of_the_codes() {
    assert_eq!(Shapes::LOOKUP.strategy(), "direct");
    assert_eq!(Clustered::LOOKUP.strategy(), "bitmap");
    assert_eq!(Scattered::LOOKUP.strategy(), "hashed");
    assert_eq!(Empty::LOOKUP.strategy(), "sorted");
    assert_eq!(PlatformError::LOOKUP.strategy(), "hashed");
    assert!(Empty::entries().is_empty());
    assert_eq!(Empty::from_code(0).map(|e| e.code()), None);
}

fn assert_round_trips<T: ErrorCatalog + PartialEq + std::fmt::Debug>() {
    for (position, entry) in T::entries().iter().enumerate() {
        assert_eq!(T::CODES[position], entry.code);
        assert_eq!(T::lookup(entry.code), Some(entry));
        let value = T::from_code(entry.code).expect("unit variants are built from their code");
        assert_eq!(value.code(), entry.code);
        assert_eq!(value.entry(), entry);
        assert_eq!(T::from_code(entry.code), Some(value));
    }
    assert!(T::CODES.windows(2).all(|pair| pair[0] < pair[1]));
}

#[test]
fn every_entry_round_trips_through_every_table() {
    assert_round_trips::<Shapes>();
    assert_round_trips::<Clustered>();
    assert_round_trips::<Scattered>();
}

#[test]
fn around_the_edges_of_bitmap_words() {
    // 34063/34064 and 34127/34128 straddle 64-bit words of the bitmap.
    for code in [34062, 34065, 34126, 34129, 29999, 34201, 35000] {
        assert_eq!(Clustered::from_code(code), None, "code {code}");
    }
    assert_eq!(Clustered::from_code(34064), Some(Clustered::E2));
    assert_eq!(Clustered::from_code(34128), Some(Clustered::E4));
}

mod properties {
    use super::*;
    use proptest::prelude::*;

    fn agrees_with_a_scan<T: ErrorCatalog + std::fmt::Debug>(
        code: i64,
    ) -> Result<(), TestCaseError> {
        let declared: Option<&Entry> = T::entries().iter().find(|e| e.code == code);
        prop_assert_eq!(T::lookup(code), declared);
        prop_assert_eq!(
            T::from_code(code).map(|v| v.code()),
            declared.map(|e| e.code)
        );
        Ok(())
    }

    /// Codes near the declared ones (hits and near misses) and anywhere in i64.
    fn probe(codes: &'static [i64]) -> impl Strategy<Value = i64> {
        prop_oneof![
            (0..codes.len(), -70i64..70).prop_map(move |(i, delta)| codes[i].saturating_add(delta)),
            any::<i64>(),
        ]
    }

    proptest! {
        #[test]
        fn direct_table_agrees_with_a_scan(code in probe(Shapes::CODES)) {
            agrees_with_a_scan::<Shapes>(code)?;
        }

        #[test]
        fn bitmap_agrees_with_a_scan(code in probe(Clustered::CODES)) {
            agrees_with_a_scan::<Clustered>(code)?;
        }

        #[test]
        fn sorted_search_agrees_with_a_scan(code in probe(Scattered::CODES)) {
            agrees_with_a_scan::<Scattered>(code)?;
        }

        #[test]
        fn data_variants_and_negative_codes_agree_with_a_scan(code in probe(PlatformError::CODES)) {
            let declared = PlatformError::entries().iter().find(|e| e.code == code);
            prop_assert_eq!(PlatformError::lookup(code), declared);
            if let Some(value) = PlatformError::from_code(code) {
                prop_assert_eq!(value.entry(), declared.unwrap());
            }
        }
    }
}

/// Attribute values forwarded by a `macro_rules!` arrive wrapped in
/// invisible groups: ranges, codes, statuses and strings are read through
/// them alike.
macro_rules! forwarded_catalogue {
    ($range:expr, $code:expr, $status:expr, $message:expr) => {
        #[derive(Debug, Clone, Copy, PartialEq, Eq, ErrorCatalog)]
        #[catalog(module(name = "forwarded", ranges($range, 7)))]
        enum Forwarded {
            #[code($code, http = $status, message = $message)]
            Forwarded,
        }
    };
}

forwarded_catalogue!(100..=199, 150, 404, "Forwarded by a macro.");

#[test]
fn values_forwarded_by_a_macro_are_read() {
    assert_eq!(Forwarded::from_code(150), Some(Forwarded::Forwarded));
    assert_eq!(Forwarded::Forwarded.http_status(), Some(404));
    assert_eq!(Forwarded::Forwarded.message(), "Forwarded by a macro.");
    let ranges = Forwarded::modules()[0].ranges;
    assert_eq!(
        ranges.iter().map(|r| (r.start, r.end)).collect::<Vec<_>>(),
        [(100, 199), (7, 7)]
    );
}

/// A raw identifier is named without its `r#`, in `NAME` as in `NAMES`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ErrorCatalog)]
#[allow(non_camel_case_types)]
enum r#type {
    /// Raw.
    #[code(1)]
    r#match,
}

#[test]
fn raw_identifiers_are_named_without_r_hash() {
    assert_eq!(<r#type as ErrorCatalog>::NAME, "type");
    assert_eq!(<r#type as ErrorCatalog>::NAMES, ["type::match"]);
    assert_eq!(r#type::r#match.entry().name, "match");
}

/// A doc attribute built by a macro documents the variant; with `message`
/// given, it is not read, and `#[doc(hidden)]` is no doc text at all.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ErrorCatalog)]
enum MacroDocs {
    #[doc = concat!("Login session is missing ", "or invalid.")]
    #[code(40101, message = "Login session is missing or invalid.")]
    UnauthorizedSession,
    /// Hidden but documented.
    #[doc(hidden)]
    #[code(40102)]
    Hidden,
}

#[test]
fn doc_macros_document_only() {
    assert_eq!(
        MacroDocs::UnauthorizedSession.message(),
        "Login session is missing or invalid."
    );
    assert_eq!(MacroDocs::Hidden.message(), "Hidden but documented.");
}

/// Messages from doc comments as rustdoc reads them: the first paragraph is
/// the message (Markdown kept as written), the rest the description.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ErrorCatalog)]
enum Described {
    /// Login session is `missing` or [invalid](https://example.com/401).
    /// Log in again.
    ///
    /// The session expires after 30 minutes.
    ///
    /// - tokens are per device
    ///   (indented continuation)
    #[code(40101)]
    Unauthorized,
    /// With a message given, the whole doc comment describes the entry.
    #[code(40102, message = "Short.")]
    Short,
    /// One paragraph: no description.
    #[code(40103)]
    Plain,
}

#[test]
fn doc_paragraphs_give_message_and_description() {
    let entry = Described::Unauthorized.entry();
    assert_eq!(
        entry.message,
        "Login session is `missing` or [invalid](https://example.com/401). Log in again."
    );
    assert_eq!(
        entry.description,
        Some(
            "The session expires after 30 minutes.\n\n- tokens are per device\n  (indented continuation)"
        )
    );
    assert_eq!(
        Described::Short.entry().description,
        Some("With a message given, the whole doc comment describes the entry.")
    );
    assert_eq!(Described::Plain.entry().description, None);
    let page = error_codes::docs::markdown::<Described>();
    assert!(
        page.contains(
            "\n**`40101`** The session expires after 30 minutes.\n\n- tokens are per device\n"
        ),
        "{page}"
    );
    let json: serde_json::Value =
        serde_json::from_str(&error_codes::docs::json::<Described>()).unwrap();
    assert_eq!(
        json["entries"][1]["description"],
        "With a message given, the whole doc comment describes the entry."
    );
}

/// Lookup by symbol: every symbol of every shipped catalogue finds its
/// entry; compositions ask their own table, then each composed catalogue.
#[test]
fn lookup_by_symbol() {
    use error_codes::catalogues::{api_gateway, authing, edu, fresns, rayvision};
    fn all<C: ErrorCatalog + std::fmt::Debug + PartialEq>() -> usize {
        for entry in C::entries() {
            assert_eq!(
                C::lookup_symbol(entry.symbol),
                Some(entry),
                "{}",
                entry.symbol
            );
            assert_eq!(C::from_symbol(entry.symbol), C::from_code(entry.code));
        }
        assert_eq!(C::lookup_symbol("NO_SUCH_SYMBOL"), None);
        assert_eq!(C::lookup_symbol(""), None);
        C::entries().len()
    }
    let counts = [
        all::<edu::EduError>(),
        all::<api_gateway::ApiGatewayError>(),
        all::<authing::AuthingError>(),
        all::<rayvision::RayvisionError>(),
        all::<fresns::FresnsError>(),
    ];
    assert_eq!(counts, [58, 45, 99, 49, 252]);
    // Declared symbols, typos and mixed case kept.
    assert_eq!(
        rayvision::RayvisionError::lookup_symbol("VINSUFFICIENT_PERMISSIONS").map(|e| e.code),
        rayvision::RayvisionError::entries()
            .iter()
            .find(|e| e.symbol == "VINSUFFICIENT_PERMISSIONS")
            .map(|e| e.code)
    );
    assert_eq!(
        PlatformError::from_symbol("UNAUTHORIZED_SESSION"),
        Some(PlatformError::UnauthorizedSession)
    );
}

/// Doc comments in the shapes people write them: a first paragraph over
/// two lines before a `message = "..."`, and line breaks as a lone `\r`.
#[derive(Debug, ErrorCatalog)]
enum DocShapes {
    /// First line
    /// second line.
    ///
    /// Later paragraph
    /// with a break.
    #[code(1, message = "Given.")]
    Given,
    #[doc = "Message line\ron two lines.\r\rLone CR paragraph\rnext.  "]
    #[code(2)]
    LoneCr,
    #[doc = "Windows line\r\n\r\nends here."]
    #[code(3)]
    Crlf,
}

/// One description, written as in the source with each line break a `\n`,
/// whatever the export: the entry, the JSON and the Markdown say the same.
#[test]
fn descriptions_are_normalised_once() {
    let given = "First line\nsecond line.\n\nLater paragraph\nwith a break.";
    let entry = |code| DocShapes::lookup(code).unwrap();
    assert_eq!(entry(1).description, Some(given));
    assert_eq!(entry(2).message, "Message line on two lines.");
    assert_eq!(entry(2).description, Some("Lone CR paragraph\nnext."));
    assert_eq!(entry(3).message, "Windows line");
    assert_eq!(entry(3).description, Some("ends here."));
    let json: serde_json::Value =
        serde_json::from_str(&error_codes::docs::json::<DocShapes>()).unwrap();
    for exported in json["entries"].as_array().unwrap() {
        let code = exported["code"].as_i64().unwrap();
        assert_eq!(exported["description"].as_str(), entry(code).description);
    }
    let markdown = error_codes::docs::markdown::<DocShapes>();
    assert!(!markdown.contains('\r'), "{markdown}");
}
