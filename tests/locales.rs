//! Messages in several languages: the translations read when the derive
//! expands (`locales/shop/*.toml`), RFC 4647 lookup, compositions, the docs
//! export, the lock, and the axum middleware `axum::localize` against a
//! real server on 127.0.0.1.

use axum::Router;
use axum::routing::get;
use error_codes::catalogues::fresns::FresnsError;
use error_codes::lock::{Lock, Problem as LockProblem};
use error_codes::{ErrorCatalog, Problem, docs};

#[path = "support/shop.rs"]
mod shop;
use shop::ShopError;

/// The shop composed with Fresns (translated into `zh-Hans`). Its own
/// files translate its parts' codes too: a Fresns code into French, a shop
/// code into `zh-Hans` in other words than the shop's `zh`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ErrorCatalog)]
#[catalog(locales = "locales/platform", language = "en")]
enum Platform {
    #[code(1, success, message = "ok")]
    Ok,
    #[code(transparent)]
    Shop(ShopError),
    #[code(transparent, offset = 1_000_000)]
    Fresns(FresnsError),
}

#[test]
fn lookup_tries_the_tag_then_shorter_prefixes_then_the_own_message() {
    let error = ShopError::OrderNotFound;
    assert_eq!(ShopError::LOCALES, ["fr", "zh", "zh-Hant"]);
    assert_eq!(error.message_in("fr"), "Commande introuvable.");
    assert_eq!(error.message_in("FR-ca"), "Commande introuvable.");
    assert_eq!(error.message_in("zh-Hant-TW"), "訂單不存在。");
    assert_eq!(error.message_in("zh-Hant"), "訂單不存在。");
    assert_eq!(error.message_in("zh-CN"), "订单不存在。");
    assert_eq!(error.message_in("zh-Hans-CN"), "订单不存在。");
    assert_eq!(error.message_in("de"), "Order not found.");
    assert_eq!(error.message_in("*"), "Order not found.");
    let translations: Vec<_> = error.entry().translations().collect();
    assert_eq!(
        translations,
        [
            ("fr", "Commande introuvable."),
            ("zh", "订单不存在。"),
            ("zh-Hant", "訂單不存在。")
        ]
    );
    // A data variant's message is translated like any other.
    let slow = ShopError::SlowDown { retry_after: 3 };
    assert_eq!(slow.message_in("zh"), "请求过多，请稍后再试。");
}

/// One language per answer set: the language is chosen once over the
/// composition's languages (its own files' and its parts'), then each code
/// answers in it from the composition's files, else its part's, else in
/// its declared language, which the translation's tag then says.
#[test]
fn a_composition_answers_in_one_language_its_files_first() {
    assert_eq!(Platform::LOCALES, ["fr", "zh-Hans", "zh", "zh-Hant"]);
    let shop = Platform::Shop(ShopError::OutOfStock);
    let order = Platform::Shop(ShopError::OrderNotFound);
    let fresns = Platform::Fresns(FresnsError::PlatformIdNotExist);
    let other = Platform::Fresns(FresnsError::AccountNotExist);
    assert_eq!(fresns.code(), 1_031_101);
    let pick = |value: &Platform, accept: &str| {
        Platform::translation_for(value.code(), accept).map(|t| (t.language, t.message))
    };
    // `zh-CN` is `zh-Hans-CN`: the composition's `zh-Hans` file first,
    // then each part's Simplified Chinese (the shop's is named `zh`).
    assert_eq!(pick(&order, "zh-CN"), Some(("zh-Hans", "找不到该订单。")));
    assert_eq!(pick(&shop, "zh-CN"), Some(("zh", "订单商品缺货。")));
    assert_eq!(pick(&fresns, "zh-CN"), Some(("zh-Hans", "平台 ID 不存在")));
    // French first: every code in French where anyone translates it, the
    // composition's file filling in for Fresns; never Chinese for one part
    // and French for another (per part, Fresns would have matched `zh-CN`).
    let french = "fr, zh-CN;q=0.5";
    assert_eq!(pick(&order, french), Some(("fr", "Commande introuvable.")));
    assert_eq!(
        pick(&fresns, french),
        Some(("fr", "L'ID de plateforme n'existe pas."))
    );
    assert_eq!(pick(&other, french), None, "declared English, said as `en`");
    assert_eq!(other.entry().language, Some("en"));
    assert_eq!(fresns.message_in("fr"), "L'ID de plateforme n'existe pas.");
    assert_eq!(shop.message_in("de"), "The order's item is out of stock.");
    assert_eq!(Platform::Ok.message_in("fr"), "ok");
    // The gaps, for a test that wants none (or only known ones).
    let gaps = error_codes::locale::untranslated::<Platform>();
    assert!(gaps.contains(&(other.code(), "fr")), "{gaps:?}");
    assert!(!gaps.contains(&(fresns.code(), "fr")), "{gaps:?}");
    assert!(
        !gaps.iter().any(|(code, _)| *code == order.code()),
        "{gaps:?}"
    );
    // The JSON export writes what each code answers in each language.
    let json: serde_json::Value = serde_json::from_str(&docs::json::<Platform>()).unwrap();
    let entries = json["entries"].as_array().unwrap();
    let of = |code: i64| entries.iter().find(|e| e["code"] == code).unwrap();
    assert_eq!(
        of(1_031_101)["translations"],
        serde_json::json!({"fr": "L'ID de plateforme n'existe pas.", "zh-Hans": "平台 ID 不存在"})
    );
    assert_eq!(of(60404)["translations"]["zh-Hans"], "找不到该订单。");
}

/// A title translated where the file gives one; where it gives none, a
/// translated problem's title is its translated message, so that nothing
/// in it is in another language than its `Content-Language`.
#[test]
fn titles_are_translated_or_follow_the_message() {
    let problem = Problem::of(&ShopError::OutOfStock);
    assert_eq!(problem.title, "Out of Stock");
    let (hant, language) = problem.clone().translated_for("zh-TW");
    assert_eq!(language, Some("zh-Hant"));
    assert_eq!((&*hant.title, &*hant.detail), ("缺貨", "訂單商品缺貨。"));
    let (french, language) = problem.clone().translated_for("fr");
    assert_eq!(language, Some("fr"));
    assert_eq!(french.title, french.detail, "no French title: the message");
    assert_eq!(problem.clone().translated_for("de"), (problem, None));
    let page = docs::markdown_in::<ShopError>("zh-Hant");
    assert!(page.contains("| 60409 | 缺貨 | 訂單商品缺貨。 |"), "{page}");
}

#[test]
fn the_docs_export_in_a_language_and_every_language_in_json() {
    let page = docs::markdown_in::<ShopError>("zh-Hant-TW");
    assert!(
        page.contains("| 60404 |  | 訂單不存在。 | 404 | NOT_FOUND |\n"),
        "{page}"
    );
    assert!(
        page.contains("Messages, titles and help in `zh-Hant-TW` where translated"),
        "{page}"
    );
    let json: serde_json::Value = serde_json::from_str(&docs::json::<ShopError>()).unwrap();
    assert_eq!(json["locales"], serde_json::json!(["fr", "zh", "zh-Hant"]));
    let entry = &json["entries"][1];
    assert_eq!(entry["code"], 60404);
    assert_eq!(entry["message"], "Order not found.");
    assert_eq!(
        entry["translations"],
        serde_json::json!({"fr": "Commande introuvable.", "zh": "订单不存在。", "zh-Hant": "訂單不存在。"})
    );
    let plain: serde_json::Value =
        serde_json::from_str(&docs::json::<error_codes::catalogues::edu::EduError>()).unwrap();
    assert!(plain.get("locales").is_none() && plain["entries"][0].get("translations").is_none());
}

#[test]
fn the_lock_records_languages_and_notes_one_that_disappears() {
    let current = Lock::of::<ShopError>();
    let text = current.render("ShopError");
    assert!(
        text.contains("\nlocale fr\nlocale zh\nlocale zh-Hant\n"),
        "{text}"
    );
    assert_eq!(Lock::parse(&text).unwrap(), current);
    let locked = Lock::parse(&text.replace("locale fr\n", "locale fr\nlocale de\n")).unwrap();
    let problems = error_codes::lock::compare(&locked, &current);
    assert_eq!(problems, [LockProblem::LocaleRemoved { tag: "de".into() }]);
    assert!(!problems[0].breaks() && !problems[0].is_new(), "a note");
}

// The middleware, over a real socket.

async fn order(
    axum::extract::Path(id): axum::extract::Path<u32>,
) -> Result<&'static str, ShopError> {
    match id {
        1 => Ok("tea"),
        409 => Err(ShopError::OutOfStock),
        429 => Err(ShopError::SlowDown { retry_after: 30 }),
        _ => Err(ShopError::OrderNotFound),
    }
}

async fn problem() -> (axum::http::HeaderMap, Problem) {
    let mut headers = axum::http::HeaderMap::new();
    headers.insert("x-request-id", "abc".parse().unwrap());
    (
        headers,
        Problem::of(&ShopError::OrderNotFound).with_type("https://shop.example.com/errors/60404"),
    )
}

/// An error answer with the handler's own `ETag` and `Vary`.
async fn tagged() -> (axum::http::HeaderMap, ShopError) {
    let mut headers = axum::http::HeaderMap::new();
    headers.insert("etag", "\"v1\"".parse().unwrap());
    headers.insert("vary", "origin".parse().unwrap());
    (headers, ShopError::OrderNotFound)
}

/// A message the handler wrote itself: never replaced by a translation.
async fn own_words() -> error_codes::Envelope<ShopError> {
    error_codes::Envelope::Failure(error_codes::Failure::Known {
        error: ShopError::OrderNotFound,
        message: "Order 42 was deleted on 2 May.".into(),
        detail: None,
    })
}

/// A composition's errors: two parts, one language per answer set.
async fn platform(axum::extract::Path(id): axum::extract::Path<u32>) -> Platform {
    match id {
        1 => Platform::Fresns(FresnsError::PlatformIdNotExist),
        2 => Platform::Fresns(FresnsError::AccountNotExist),
        _ => Platform::Shop(ShopError::OrderNotFound),
    }
}

fn routes() -> Router {
    Router::new()
        .route("/orders/{id}", get(order))
        .route("/platform/{id}", get(platform))
        .route("/problem", get(problem))
        .route("/tagged", get(tagged))
        .route("/own-words", get(own_words))
}

async fn serve(app: Router) -> String {
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let address = listener.local_addr().unwrap();
    tokio::spawn(async move { axum::serve(listener, app).await.unwrap() });
    format!("http://{address}")
}

async fn server() -> String {
    serve(routes().layer(axum::middleware::from_fn(error_codes::axum::localize))).await
}

/// Status, `Content-Language` and the body as JSON.
fn get_with(url: &str, accept_language: Option<&str>) -> (u16, Option<String>, serde_json::Value) {
    let agent = ureq::Agent::new_with_config(
        ureq::config::Config::builder()
            .http_status_as_error(false)
            .build(),
    );
    let mut request = agent.get(url);
    if let Some(value) = accept_language {
        request = request.header("Accept-Language", value);
    }
    let mut response = request.call().unwrap();
    let language = response
        .headers()
        .get("content-language")
        .map(|v| v.to_str().unwrap().to_owned());
    let body = response.body_mut().read_to_string().unwrap();
    let body = serde_json::from_str(&body).unwrap_or(serde_json::Value::String(body));
    (response.status().as_u16(), language, body)
}

#[tokio::test(flavor = "multi_thread")]
async fn the_middleware_answers_in_the_requested_language_and_changes_nothing_else() {
    let base = server().await;
    let url = format!("{base}/orders/404");
    let cases = [
        (Some("zh-CN"), Some("zh"), "订单不存在。"),
        (Some("zh-Hant-TW"), Some("zh-Hant"), "訂單不存在。"),
        (Some("fr;q=0.1, zh;q=0.9"), Some("zh"), "订单不存在。"),
        (Some("de, fr;q=0.5"), Some("fr"), "Commande introuvable."),
        (Some("*"), Some("en"), "Order not found."),
        (
            Some("en-US,en;q=0.9,zh-CN;q=0.8"),
            Some("en"),
            "Order not found.",
        ),
        // A malformed range is skipped, not the whole header.
        (
            Some("zh;q=nonsense, fr"),
            Some("fr"),
            "Commande introuvable.",
        ),
        // A byte below `0` after `q=0.` once panicked the server (debug).
        (Some("fr;q=0.-5"), Some("en"), "Order not found."),
        (Some("fr;q=0.+5, zh"), Some("zh"), "订单不存在。"),
        (Some("🦀"), Some("en"), "Order not found."),
        (None, Some("en"), "Order not found."),
    ];
    let untranslated = {
        let url = url.clone();
        tokio::task::spawn_blocking(move || get_with(&url, None))
            .await
            .unwrap()
    };
    for (accept, language, message) in cases {
        let url = url.clone();
        let got = tokio::task::spawn_blocking(move || get_with(&url, accept))
            .await
            .unwrap();
        assert_eq!(got.0, 404, "{accept:?}");
        assert_eq!(got.1.as_deref(), language, "{accept:?}");
        assert_eq!(got.2["message"], message, "{accept:?}");
        let mut same = got.2.clone();
        same["message"] = untranslated.2["message"].clone();
        assert_eq!(same, untranslated.2, "{accept:?}: only the message changes");
    }
    // Data, status and code kept; a success passes unchanged.
    let (data, tea) = tokio::task::spawn_blocking(move || {
        (
            get_with(&format!("{base}/orders/429"), Some("fr")),
            get_with(&format!("{base}/orders/1"), Some("fr")),
        )
    })
    .await
    .unwrap();
    assert_eq!(data.0, 429);
    assert_eq!(
        data.2,
        serde_json::json!({"code": 60429, "message": "Trop de requêtes : réessayez plus tard.", "data": {"retry_after": 30}})
    );
    // A success's body does not depend on the language: nothing said.
    assert_eq!(
        (tea.0, tea.1, tea.2),
        (200, None, serde_json::Value::String("tea".into()))
    );
}

#[tokio::test(flavor = "multi_thread")]
async fn a_problem_is_translated_too_and_keeps_its_headers() {
    let base = server().await;
    let (status, language, body) =
        tokio::task::spawn_blocking(move || get_with(&format!("{base}/problem"), Some("zh-Hant")))
            .await
            .unwrap();
    assert_eq!((status, language.as_deref()), (404, Some("zh-Hant")));
    assert_eq!(
        body,
        serde_json::json!({
            "type": "https://shop.example.com/errors/60404", "title": "訂單不存在。",
            "status": 404, "detail": "訂單不存在。", "code": 60404
        })
    );
}

/// Over a real socket, a composition's answers to one French-first client:
/// French from every part that has it (the composition's own file filling
/// in for Fresns), the declared English where none does, each saying so.
#[tokio::test(flavor = "multi_thread")]
async fn a_composition_answers_one_client_in_one_language() {
    let base = server().await;
    let answers = tokio::task::spawn_blocking(move || {
        let ask = [("accept-language", "fr, zh-CN;q=0.5")];
        [1, 2, 3].map(|id| raw_get(&format!("{base}/platform/{id}"), &ask))
    })
    .await
    .unwrap();
    let said: Vec<(Vec<&str>, serde_json::Value)> = answers
        .iter()
        .map(|(_, headers, body)| {
            let body: serde_json::Value = serde_json::from_slice(body).unwrap();
            assert_eq!(header(headers, "vary"), ["accept-language"]);
            (header(headers, "content-language"), body["message"].clone())
        })
        .collect();
    assert_eq!(
        said,
        [
            (vec!["fr"], "L'ID de plateforme n'existe pas.".into()),
            (vec!["en"], FresnsError::AccountNotExist.message().into()),
            (vec!["fr"], "Commande introuvable.".into()),
        ]
    );
}

#[test]
fn the_api_description_stays_in_the_own_language_and_names_the_others() {
    let entry = ShopError::lookup(60404);
    let schema = error_codes::openapi::schemas::error_schema::<ShopError>(60404, entry);
    assert_eq!(
        schema["description"],
        "Order not found.\n\nThe message is also answered in `fr`, `zh`, `zh-Hant` (`Accept-Language`)."
    );
    let text = schema.to_string();
    assert!(
        !text.contains("Commande") && !text.contains("订单"),
        "{text}"
    );
}

/// The headers real browsers send, matched as fluent-langneg 0.14 with its
/// CLDR data does (filtering, the own language `en` among the files), with
/// files named by script and again by region: the answers recorded by
/// `examples/langneg_reference.rs` in `contract/langneg.tsv`.
#[test]
fn browsers_headers_pick_what_a_cldr_negotiator_picks() {
    let recorded = include_str!("contract/langneg.tsv");
    let mut checked = 0;
    for line in recorded.lines().filter(|line| !line.starts_with('#')) {
        let [files, header, expected] = line.split('\t').collect::<Vec<_>>()[..] else {
            panic!("a line of three fields: {line:?}");
        };
        let files: Vec<&str> = files.split(',').collect();
        let chosen = error_codes::locale::choose(Some("en"), &files, header);
        assert_eq!(
            chosen.map_or("en", |at| files[at]),
            expected,
            "{files:?} {header}"
        );
        checked += 1;
    }
    assert_eq!(checked, 30);
    // A malformed range is skipped, not the whole header.
    let files = ["zh-Hans", "zh-Hant", "ja"];
    let chosen = error_codes::locale::choose(Some("en"), &files, "zh-CN,zh;q=0.9,en_US;q=0.8");
    assert_eq!(chosen, Some(0));
    // Without the own language, an English-first header finds the Chinese
    // it lists second: declare `language = "en"`.
    let header = "en-US,en;q=0.9,zh-CN;q=0.8";
    assert_eq!(error_codes::locale::best(&files, header), Some(0));
    assert_eq!(
        error_codes::locale::choose(Some("en"), &files, header),
        None
    );
    // A bare `zh` file is Simplified: Taiwan's `zh-TW` finds `zh-Hant`
    // beside it (its script before the bare language), `zh-CN` and `zh`
    // find `zh`.
    let files = ["fr", "zh", "zh-Hant"];
    let pick = |header| error_codes::locale::choose(Some("en"), &files, header).map(|at| files[at]);
    assert_eq!(pick("zh-TW,zh;q=0.9"), Some("zh-Hant"));
    assert_eq!(pick("zh-HK"), Some("zh-Hant"));
    assert_eq!(pick("zh-CN,zh;q=0.9"), Some("zh"));
    assert_eq!(pick("zh"), Some("zh"));
}

/// Status, the headers, and the body's bytes.
fn raw_get(url: &str, headers: &[(&str, &str)]) -> (u16, axum::http::HeaderMap, Vec<u8>) {
    let agent = ureq::Agent::new_with_config(
        ureq::config::Config::builder()
            .http_status_as_error(false)
            .build(),
    );
    let mut request = agent.get(url);
    for (name, value) in headers {
        request = request.header(*name, *value);
    }
    let mut response = request.call().unwrap();
    let headers = response.headers().clone();
    let body = response.body_mut().read_to_vec().unwrap();
    (response.status().as_u16(), headers, body)
}

fn header<'h>(headers: &'h axum::http::HeaderMap, name: &str) -> Vec<&'h str> {
    let values = headers.get_all(name).iter();
    values.map(|value| value.to_str().unwrap()).collect()
}

/// As caches expect (RFC 9110): `Vary: Accept-Language` beside the
/// handler's own, the language said even untranslated, no `ETag` of the
/// other language's bytes; and a message the handler wrote stays.
#[tokio::test(flavor = "multi_thread")]
async fn caches_are_told_and_the_handlers_words_stay() {
    let base = server().await;
    let (tagged, translated, untranslated, own, success) = tokio::task::spawn_blocking(move || {
        (
            raw_get(&format!("{base}/tagged"), &[("accept-language", "fr")]),
            raw_get(
                &format!("{base}/orders/404"),
                &[("accept-language", "zh-Hant")],
            ),
            raw_get(&format!("{base}/orders/404"), &[]),
            raw_get(&format!("{base}/own-words"), &[("accept-language", "fr")]),
            raw_get(&format!("{base}/orders/1"), &[("accept-language", "fr")]),
        )
    })
    .await
    .unwrap();
    let (_, headers, body) = tagged;
    assert_eq!(header(&headers, "vary"), ["origin", "accept-language"]);
    assert_eq!(
        header(&headers, "etag"),
        Vec::<&str>::new(),
        "the tag named English bytes"
    );
    assert_eq!(header(&headers, "content-language"), ["fr"]);
    assert!(
        String::from_utf8(body)
            .unwrap()
            .contains("Commande introuvable.")
    );
    for (_, headers, _) in [&translated, &untranslated] {
        assert_eq!(header(headers, "vary"), ["accept-language"]);
    }
    assert_eq!(header(&translated.1, "content-language"), ["zh-Hant"]);
    assert_eq!(header(&untranslated.1, "content-language"), ["en"]);
    // The handler's own words: as written, in no language claimed.
    let (status, headers, body) = own;
    assert_eq!(status, 404);
    let body: serde_json::Value = serde_json::from_slice(&body).unwrap();
    assert_eq!(body["message"], "Order 42 was deleted on 2 May.");
    assert_eq!(header(&headers, "content-language"), Vec::<&str>::new());
    assert_eq!(header(&success.1, "vary"), Vec::<&str>::new());
}

/// With tower-http's `CompressionLayer` outside `localize` or inside it, a
/// catalogue value's answer is translated (it is written once, in the
/// language asked, by the handler), then compressed: the body decodes, in
/// the language `Content-Language` says.
#[tokio::test(flavor = "multi_thread")]
async fn compression_in_either_order_gives_bodies_that_decode() {
    use std::io::Read as _;
    let localize = || axum::middleware::from_fn(error_codes::axum::localize);
    let compression = tower_http::compression::CompressionLayer::new;
    let outside = serve(routes().layer(localize()).layer(compression())).await;
    let inside = serve(routes().layer(compression()).layer(localize())).await;
    let ask = [("accept-language", "fr"), ("accept-encoding", "gzip")];
    let (outside, inside) = tokio::task::spawn_blocking(move || {
        (
            raw_get(&format!("{outside}/orders/404"), &ask),
            raw_get(&format!("{inside}/orders/404"), &ask),
        )
    })
    .await
    .unwrap();
    let decoded = |(_, headers, body): &(u16, axum::http::HeaderMap, Vec<u8>)| {
        assert_eq!(header(headers, "content-encoding"), ["gzip"]);
        let mut text = String::new();
        flate2::read::GzDecoder::new(&body[..])
            .read_to_string(&mut text)
            .unwrap();
        serde_json::from_str::<serde_json::Value>(&text).unwrap()
    };
    assert_eq!(decoded(&outside)["message"], "Commande introuvable.");
    assert_eq!(header(&outside.1, "content-language"), ["fr"]);
    assert_eq!(decoded(&inside)["message"], "Commande introuvable.");
    assert_eq!(header(&inside.1, "content-language"), ["fr"]);
    assert_eq!(
        header(&inside.1, "vary"),
        ["accept-encoding", "accept-language"]
    );
}

/// `{field}` placeholders are filled from the variant's fields in the
/// declared language and in every translation, on every transport.
#[tokio::test(flavor = "multi_thread")]
async fn placeholders_are_filled_everywhere() {
    let value = ShopError::Throttled {
        retry_after: 30,
        scope: "orders",
    };
    let english = "Retry after 30 seconds (orders).";
    assert_eq!(
        value.message(),
        "Retry after {retry_after} seconds ({scope})."
    );
    assert_eq!(value.formatted_message(), english);
    assert_eq!(value.to_string(), english);
    let envelope = serde_json::to_value(error_codes::Envelope::<ShopError>::error(value)).unwrap();
    assert_eq!(envelope["message"], english);
    let problem = Problem::of(&value);
    assert_eq!(
        (problem.title.as_ref(), problem.detail.as_ref()),
        (english, english)
    );
    assert_eq!(
        problem.in_language("fr").detail,
        "Réessayez dans 30 secondes (orders)."
    );
    // gRPC: the status in the declared language, the translation filled.
    let mut metadata = tonic::metadata::MetadataMap::new();
    metadata.insert("accept-language", "zh-TW".parse().unwrap());
    let status = error_codes::grpc::status_for(&value, &metadata);
    assert_eq!(status.message(), english);
    use tonic_types::StatusExt;
    let localized = status.get_details_localized_message().unwrap();
    assert_eq!(localized.message, "請在 30 秒後重試（orders）。");
    // The middleware writes the translation filled.
    let base = serve(
        routes()
            .route(
                "/throttled",
                get(|| async {
                    ShopError::Throttled {
                        retry_after: 30,
                        scope: "orders",
                    }
                }),
            )
            .layer(axum::middleware::from_fn(error_codes::axum::localize)),
    )
    .await;
    let body =
        tokio::task::spawn_blocking(move || get_with(&format!("{base}/throttled"), Some("fr")))
            .await
            .unwrap();
    assert_eq!(body.1.as_deref(), Some("fr"));
    assert_eq!(body.2["message"], "Réessayez dans 30 secondes (orders).");
    assert_eq!(
        body.2["data"],
        serde_json::json!({"retry_after": 30, "scope": "orders"})
    );
}
