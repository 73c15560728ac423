//! `error_codes::explain` over a service's own catalogues: a composition
//! with an offset, and a second catalogue, as a user's one-line binary
//! runs it (`explain::main::<(ShopError, BillingError)>()`).

use error_codes::ErrorCatalog;
use error_codes::catalogues::api_gateway::ApiGatewayError;
use error_codes::explain::Explain;

/// The shop's own codes, and the gateway's shifted by a million.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ErrorCatalog)]
#[catalog(module(name = "orders", title = "Orders", ranges(60400..=60499)), retired(60450))]
enum ShopError {
    /// Order not found.
    #[code(60404, http = 404, help = "Check the order's number.")]
    OrderNotFound,
    #[code(transparent, offset = 1_000_000)]
    Gateway(ApiGatewayError),
}

/// Billing, a catalogue of its own, with a language.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ErrorCatalog)]
#[catalog(language = "en", locales = "locales/reference")]
enum BillingError {
    /// Login session is missing or invalid.
    #[code(40101, http = 401, help = "Log in again.")]
    #[deprecated(note = "use 40102")]
    SessionGone,
}

fn run(line: &str) -> String {
    Explain::of::<(ShopError, BillingError)>()
        .run(line.split_whitespace())
        .unwrap_or_else(|problem| panic!("{line}: {problem}"))
}

#[test]
fn a_composed_code_is_explained_with_its_offset() {
    let out = run("1040101");
    assert!(
        out.starts_with(
            "1040101 in ShopError (ShopError::UnauthorizedSession):\n  message: Login session is missing or invalid.\n"
        ),
        "{out}"
    );
    assert!(
        out.contains("  http:    401\n  grpc:    UNAUTHENTICATED\n"),
        "{out}"
    );
    // The unshifted code is not the shop's: it is billing's.
    let out = run("40101 --locale fr");
    assert!(
        out.starts_with("40101 in BillingError (BillingError::SessionGone):\n"),
        "{out}"
    );
    assert!(
        out.contains("  fr:      Session absente ou invalide.\n"),
        "{out}"
    );
    assert!(out.contains("  deprecated: use 40102\n"), "{out}");
    assert!(!out.contains("in ShopError"), "{out}");
}

#[test]
fn an_undeclared_code_is_placed_in_ranges_and_retirements() {
    let out = run("60450");
    assert!(out.contains("60450 was retired by ShopError"), "{out}");
    assert!(
        out.contains("60450 is not declared by any of these catalogues.\n"),
        "{out}"
    );
    assert!(
        out.contains("but lies in the ranges of its module `orders` (Orders)"),
        "{out}"
    );
    assert!(run("99").ends_with("It lies in no declared module range either.\n"));
}

#[test]
fn each_catalogue_renders_in_each_format() {
    let page = run("--catalogue shoperror --format html");
    assert_eq!(page, error_codes::docs::html::<ShopError>());
    assert!(page.contains("<tr id=\"1040101\">"));
    let french = run("--catalogue BillingError --format html --locale fr");
    assert_eq!(french, error_codes::docs::html_in::<BillingError>("fr"));
    let markdown = run("--catalogue BillingError --locale fr");
    assert_eq!(
        markdown,
        error_codes::docs::markdown_in::<BillingError>("fr")
    );
    let json = run("--catalogue ShopError --format json");
    assert_eq!(
        json,
        format!("{}\n", error_codes::docs::json::<ShopError>())
    );
    let typescript = run("--catalogue ShopError --format typescript");
    assert_eq!(typescript, error_codes::docs::typescript::<ShopError>());
    let problem = Explain::of::<ShopError>().run(["--catalogue", "BillingError"]);
    assert_eq!(
        problem.unwrap_err(),
        "no catalogue `BillingError`; known: ShopError"
    );
}
