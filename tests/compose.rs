//! Composition: shipped catalogues and own codes in one API error type,
//! with `#[code(transparent)]`.

use error_codes::ErrorCatalog;
use error_codes::catalogues::api_gateway::ApiGatewayError;
use error_codes::catalogues::authing::AuthingError;
use error_codes::catalogues::fresns::FresnsError;

/// Our API: its own codes, the gateway's, and the social platform's in the
/// range we reserve for it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ErrorCatalog)]
#[catalog(
    module(name = "own", title = "Own", ranges(-99..=-1, 1..=99), http = 500),
    module(name = "social", title = "Social", ranges(0, 30000..=38999)),
)]
enum ApiError {
    #[code(1, success, http = 200, message = "OK")]
    Ok,
    /// System busy
    #[code(-1, http = 503)]
    Busy,
    #[code(transparent)]
    Gateway(ApiGatewayError),
    #[code(transparent, module = "social")]
    Social(FresnsError),
}

/// One level up: our API and the identity platform, with a success of its
/// own (ApiError's, 1, is not one of its codes).
#[derive(Debug, Clone, Copy, PartialEq, Eq, ErrorCatalog)]
enum Platform {
    #[code(2, success, message = "OK")]
    Ok,
    #[code(transparent)]
    Api(ApiError),
    #[code(transparent)]
    Identity(AuthingError),
}

#[test]
fn values_delegate_to_their_catalogue() {
    let error = ApiError::Gateway(ApiGatewayError::UnauthorizedSession);
    assert_eq!(error.code(), 40101);
    assert_eq!(error.message(), "Login session is missing or invalid.");
    assert_eq!(error.http_status(), Some(401));
    assert_eq!(error.entry().title, Some("Unauthorized Session"));
    assert_eq!(error.to_string(), "Login session is missing or invalid.");
    let social = ApiError::Social(FresnsError::PlatformIdNotExist);
    assert_eq!(
        (social.code(), social.entry().module),
        (31101, Some("headers"))
    );
    assert_eq!(ApiError::Busy.http_status(), Some(503));
    assert_eq!(ApiError::Busy.message(), "System busy");
}

#[test]
fn from_code_and_lookup_recurse() {
    assert_eq!(ApiError::from_code(-1), Some(ApiError::Busy));
    assert_eq!(
        ApiError::from_code(42901),
        Some(ApiError::Gateway(ApiGatewayError::RpsLimitExceeded))
    );
    assert_eq!(
        ApiError::from_code(36604),
        Some(ApiError::Social(FresnsError::MessageFileOrText))
    );
    assert_eq!(ApiError::from_code(40104), None);
    assert_eq!(
        ApiError::lookup(502).map(|e| e.message),
        Some("The service request failed to be processed.")
    );
    // FresnsError's success (0) is no code of the composition.
    assert_eq!(ApiError::lookup(0), None);
    assert_eq!(ApiError::from_code(0), None);
    assert_eq!(ApiError::lookup(2), None);

    // Two levels: Platform -> ApiError -> FresnsError, and the identity platform.
    assert_eq!(
        Platform::from_code(38212),
        Some(Platform::Api(ApiError::Social(
            FresnsError::CommentsMentionedOnly
        )))
    );
    assert_eq!(
        Platform::from_code(2004),
        Some(Platform::Identity(AuthingError::UserNotFound))
    );
    assert_eq!(Platform::from_code(-1), Some(Platform::Api(ApiError::Busy)));
    assert_eq!(Platform::from_code(7), None);
}

#[test]
fn entries_are_the_sorted_union() {
    let own = 2;
    // The composed catalogues' success entries are not codes of ApiError.
    let expected = own + ApiGatewayError::ENTRIES.len() - 1 + FresnsError::ENTRIES.len() - 1;
    assert_eq!(ApiError::entries().len(), expected);
    assert_eq!(ApiError::OWN_ENTRIES.len(), own);
    assert!(ApiError::CODES.windows(2).all(|pair| pair[0] < pair[1]));
    let codes: Vec<i64> = ApiError::entries().iter().map(|entry| entry.code).collect();
    assert_eq!(codes, ApiError::CODES);
    // Every child entry is there, field for field.
    for entry in ApiGatewayError::entries()
        .iter()
        .chain(FresnsError::entries())
        .filter(|entry| !entry.success)
    {
        let position = ApiError::CODES.binary_search(&entry.code).unwrap();
        assert_eq!(&ApiError::ENTRIES[position], entry);
    }
    // Names are qualified by the catalogue that declares the code.
    let name = |code: i64| ApiError::NAMES[ApiError::CODES.binary_search(&code).unwrap()];
    assert_eq!(name(-1), "ApiError::Busy");
    assert_eq!(name(40101), "ApiGatewayError::UnauthorizedSession");
    assert_eq!(name(31101), "FresnsError::PlatformIdNotExist");
    // Its own success, ApiError's without its success (1), AuthingError's.
    assert_eq!(
        Platform::entries().len(),
        1 + (expected - 1) + AuthingError::ENTRIES.len()
    );
    assert_eq!(
        Platform::NAMES[Platform::CODES.binary_search(&31101).unwrap()],
        "FresnsError::PlatformIdNotExist"
    );
}

#[test]
fn symbols_are_found_through_the_composition() {
    assert_eq!(
        ApiError::from_symbol("UNAUTHORIZED_SESSION"),
        Some(ApiError::Gateway(ApiGatewayError::UnauthorizedSession))
    );
    assert_eq!(ApiError::from_symbol("BUSY"), Some(ApiError::Busy));
    assert_eq!(
        Platform::from_symbol("BUSY"),
        Some(Platform::Api(ApiError::Busy))
    );
    assert_eq!(Platform::lookup_symbol("NO_SUCH_SYMBOL"), None);
    // Every composed entry is found by its symbol, or by an earlier part's
    // entry of the same symbol (own first, then in declaration order).
    for entry in Platform::entries() {
        let found = Platform::lookup_symbol(entry.symbol).unwrap();
        assert_eq!(found.symbol, entry.symbol);
    }
}

#[test]
fn every_code_round_trips_through_the_composition() {
    for entry in Platform::entries() {
        let value = Platform::from_code(entry.code).unwrap();
        assert_eq!(value.code(), entry.code);
        assert_eq!(value.entry(), entry);
        assert_eq!(Platform::lookup(entry.code), Some(entry));
    }
}

#[test]
fn modules_and_success_stay_with_their_catalogue() {
    assert_eq!(ApiError::module_of(-5).map(|m| m.name), Some("own"));
    assert_eq!(ApiError::module_of(40101).map(|m| m.name), Some("gateway"));
    assert_eq!(ApiError::module_of(31101).map(|m| m.name), Some("headers"));
    // Undeclared: our own modules first, then the composed catalogues'.
    assert_eq!(ApiError::module_of(30999).map(|m| m.name), Some("social"));
    assert_eq!(ApiError::module_of(42999).map(|m| m.name), None);
    assert_eq!(ApiError::module_of(40104).map(|m| m.name), Some("auth"));
    // The composing enum's success is its own, not 200 or 0 of a child.
    assert_eq!(ApiError::success().map(|e| e.code), Some(1));
    assert_eq!(Platform::success().map(|e| e.code), Some(2));
}

/// The docs say what the envelope does: the composing enum's own success,
/// the only success among the merged entries (FresnsError's 0 and
/// ApiGatewayError's 200 are left out).
#[test]
fn docs_and_envelopes_agree_on_the_success_code() {
    use error_codes::docs::Catalogue;
    use error_codes::{Envelope, Failure};
    assert_eq!(ApiError::ENTRIES.iter().filter(|e| e.success).count(), 1);
    for (catalogue, code) in [
        (Catalogue::of::<ApiError>(), 1),
        (Catalogue::of::<Platform>(), 2),
    ] {
        assert_eq!(catalogue.success().map(|e| e.code), Some(code));
        assert_eq!(catalogue.success_code(), Some(code));
        let json: serde_json::Value = serde_json::from_str(&catalogue.to_json()).unwrap();
        assert_eq!(json["success"], code);
        let page = catalogue.markdown().to_string();
        assert!(
            page.contains(&format!("\nSuccess code: {code}.\n")),
            "{page}"
        );
    }
    let body = serde_json::to_string(&Envelope::<ApiError, ()>::success(())).unwrap();
    assert!(body.starts_with(r#"{"code":1,"#), "{body}");
    // A composed catalogue's success value, built by hand, is no code of
    // the composition: sent, it reads back as an unknown code, kept.
    let composed = ApiError::Social(FresnsError::Successful);
    let body = serde_json::to_string(&Envelope::<ApiError>::error(composed)).unwrap();
    let back: Envelope<ApiError> = serde_json::from_str(&body).unwrap();
    assert!(
        matches!(back, Envelope::Failure(Failure::Unknown { code: 0, .. })),
        "{back:?}"
    );
}

/// The Markdown page of a composition puts every composed entry under its own
/// catalogue's module (a heading), not in the table outside any module.
#[test]
fn markdown_of_a_composition_keeps_composed_modules() {
    let page = error_codes::docs::markdown::<ApiError>();
    let (outside, sections) = page.split_once("\n## ").expect("module sections");
    // A row is outside the modules exactly when no module holds its entry.
    for entry in ApiError::ENTRIES {
        let row = format!("\n| {} |", entry.code);
        let home = ApiError::module_of(entry.code).filter(|_| entry.module.is_some());
        assert_eq!(
            outside.contains(&row),
            home.is_none(),
            "code {} outside modules",
            entry.code
        );
        if let Some(module) = home {
            // The row is in that module's section.
            let heading = format!(
                "{}\n\nModule `{}`, codes ",
                module.title.unwrap_or(module.name),
                module.name
            );
            let start = sections.find(&heading).expect("a section per module");
            let section = &sections[start..];
            let end = section[1..]
                .find("\n## ")
                .map_or(section.len(), |end| end + 1);
            assert!(
                section[..end].contains(&row),
                "code {} under {}",
                entry.code,
                module.name
            );
        }
    }
    // The composed catalogues' modules are sections of their own.
    assert!(sections.contains("Module `headers`, codes "));
    assert!(sections.contains("Module `gateway`, codes "));
}

/// Two catalogues that number their codes alike (edu and api_gateway share
/// 40001..=40006), composed with an offset: the gateway's codes appear
/// shifted everywhere.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ErrorCatalog)]
enum School {
    #[code(1, success, message = "OK")]
    Ok,
    #[code(transparent)]
    Edu(error_codes::catalogues::edu::EduError),
    #[code(transparent, offset = 1_000_000)]
    Gateway(ApiGatewayError),
}

/// Nested, shifted again.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ErrorCatalog)]
enum District {
    #[code(2, success, message = "OK")]
    Ok,
    #[code(transparent, offset = -10_000_000)]
    School(School),
}

#[test]
fn an_offset_shifts_composed_codes_everywhere() {
    use error_codes::catalogues::edu::EduError;
    use error_codes::{Envelope, Failure};
    let shifted = School::Gateway(ApiGatewayError::InvalidCaptcha);
    assert_eq!(ApiGatewayError::InvalidCaptcha.code(), 40001);
    assert_eq!(shifted.code(), 1_040_001);
    assert_eq!(shifted.message(), ApiGatewayError::InvalidCaptcha.message());
    assert_eq!(School::from_code(1_040_001), Some(shifted));
    assert_eq!(
        School::from_code(40001),
        Some(School::Edu(EduError::CouponNotFound))
    );
    assert_eq!(
        School::lookup(1_040_001).map(|e| (e.code, e.name)),
        Some((1_040_001, "InvalidCaptcha"))
    );
    assert_eq!(
        School::lookup_symbol("INVALID_CAPTCHA").map(|e| e.code),
        Some(1_040_001)
    );
    assert_eq!(i64::from(shifted), 1_040_001);
    // The merged table: every gateway code shifted, sorted, none lost.
    let codes: Vec<i64> = School::entries().iter().map(|e| e.code).collect();
    assert!(codes.windows(2).all(|w| w[0] < w[1]));
    assert_eq!(
        codes.len(),
        1 + EduError::ENTRIES.len() + ApiGatewayError::ENTRIES.len() - 1
    );
    for entry in ApiGatewayError::entries().iter().filter(|e| !e.success) {
        let code = entry.code + 1_000_000;
        assert!(codes.contains(&code), "{code}");
        let value = School::from_code(code).unwrap();
        assert_eq!(value.code(), code);
        assert_eq!(value.entry().code, code);
    }
    // Docs and envelopes show the shifted code.
    let page = error_codes::docs::markdown::<School>();
    assert!(page.contains("\n| 1040001 |"), "{page}");
    let body = serde_json::to_string(&Envelope::<School>::error(shifted)).unwrap();
    assert!(body.starts_with(r#"{"code":1040001,"#), "{body}");
    let back: Envelope<School> = serde_json::from_str(&body).unwrap();
    assert!(matches!(back, Envelope::Failure(Failure::Known { error, .. }) if error == shifted));
    // Nested and shifted again.
    let nested = District::School(shifted);
    assert_eq!(nested.code(), 1_040_001 - 10_000_000);
    assert_eq!(District::from_code(-8_959_999), Some(nested));
    assert_eq!(
        District::lookup(-8_959_999).map(|e| e.code),
        Some(-8_959_999)
    );
}
