//! The headers a status calls for, declared with the codes: `Retry-After`
//! on 429 and 503 answers (RFC 9110 §10.2.3, RFC 6585), `WWW-Authenticate`
//! on 401 answers (RFC 9110 §11.6.1), and a header carrying the code
//! (Azure's `x-ms-error-code`). Sent by axum and actix-web over a real
//! socket, documented in OpenAPI, recorded by the lock.

use std::time::Duration;

use error_codes::{ErrorCatalog, Problem};
use serde_json::json;

/// A type named `Duration` that is no `std::time::Duration` (as
/// `chrono::Duration`): no delay.
mod other {
    #[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
    pub struct Duration(pub u64);
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ErrorCatalog)]
#[catalog(
    retry_after = 30,
    www_authenticate = "Bearer realm=\"api\"",
    envelope(code_header = "x-ms-error-code", under = "error", status = "status"),
    module(name = "quota", ranges(42900..=42999), retry_after = 60)
)]
enum ApiError {
    /// The token is missing.
    #[code(40101, http = 401)]
    Unauthorized,
    /// The token lacks a scope.
    #[code(
        40102,
        http = 401,
        www_authenticate = "Bearer realm=\"api\", error=\"insufficient_scope\""
    )]
    InsufficientScope,
    /// Not found.
    #[code(40401, http = 404)]
    NotFound,
    /// Too many requests.
    #[code(42901, http = 429)]
    TooManyRequests,
    /// Down for maintenance.
    #[code(50301, http = 503, retry_after = 600)]
    Maintenance,
    /// Slow down: its delay is its `Duration` field.
    #[code(42902, http = 429, data)]
    SlowDown { wait: Duration },
    /// Other `Duration`s: the module's seconds.
    #[code(42903, http = 429, data)]
    OtherDuration { wait: other::Duration },
    /// Busy: of two durations, the one named.
    #[code(50302, http = 503, data, retry_after = wait)]
    Busy { elapsed: Duration, wait: Duration },
    /// Gone: a duration, but a 404 says nothing of retrying.
    #[code(40402, http = 404, data)]
    Gone { after: Duration },
}

/// The value of a code, the data variants with their delays.
fn value(code: i64) -> ApiError {
    let seconds = Duration::from_secs;
    match code {
        42902 => ApiError::SlowDown {
            wait: Duration::from_millis(1500),
        },
        42903 => ApiError::OtherDuration {
            wait: other::Duration(5),
        },
        50302 => ApiError::Busy {
            elapsed: seconds(10),
            wait: seconds(5),
        },
        40402 => ApiError::Gone { after: seconds(7) },
        code => ApiError::from_code(code).unwrap(),
    }
}

#[test]
fn a_data_variant_retries_after_its_duration() {
    let delay = |code| value(code).retry_after();
    assert_eq!(delay(42902), Some(Duration::from_millis(1500)));
    assert_eq!(delay(42903), Some(Duration::from_secs(60)), "the module's");
    assert_eq!(delay(50302), Some(Duration::from_secs(5)), "the one named");
    assert_eq!(delay(40402), Some(Duration::from_secs(7)));
    assert_eq!(delay(42901), Some(Duration::from_secs(60)));
    assert_eq!(delay(40401), None);
}

#[test]
fn each_code_has_the_headers_its_status_calls_for() {
    let headers = |e: ApiError| (e.entry().retry_after, e.entry().www_authenticate);
    assert_eq!(
        headers(ApiError::Unauthorized),
        (None, Some("Bearer realm=\"api\""))
    );
    assert_eq!(
        headers(ApiError::InsufficientScope),
        (
            None,
            Some("Bearer realm=\"api\", error=\"insufficient_scope\"")
        )
    );
    // Inherited headers go only where the status calls for them.
    assert_eq!(headers(ApiError::NotFound), (None, None));
    assert_eq!(
        headers(ApiError::TooManyRequests),
        (Some(60), None),
        "the module's"
    );
    assert_eq!(headers(ApiError::Maintenance), (Some(600), None), "its own");
}

async fn handler(axum::extract::Path(code): axum::extract::Path<i64>) -> axum::response::Response {
    use axum::response::IntoResponse;
    let error = value(code);
    if code == 40101 {
        return Problem::of(&error).into_response();
    }
    error.into_response()
}

/// Each answer's status and the three headers; the body in the
/// catalogue's shape (a problem aside).
fn fetch(base: &str, code: i64) -> (u16, [Option<String>; 3]) {
    let agent = ureq::Agent::new_with_config(
        ureq::config::Config::builder()
            .http_status_as_error(false)
            .build(),
    );
    let response = agent.get(&format!("{base}/{code}")).call().unwrap();
    let header = |name: &str| {
        let value = response.headers().get(name)?;
        Some(value.to_str().unwrap().to_owned())
    };
    let headers = [
        header("retry-after"),
        header("www-authenticate"),
        header("x-ms-error-code"),
    ];
    (response.status().as_u16(), headers)
}

fn expected() -> Vec<(i64, u16, [Option<String>; 3])> {
    let some = |text: &str| Some(text.to_owned());
    vec![
        // A problem: its entry's headers (the code header is the envelope's).
        (40101, 401, [None, some("Bearer realm=\"api\""), None]),
        (
            40102,
            401,
            [
                None,
                some("Bearer realm=\"api\", error=\"insufficient_scope\""),
                some("40102"),
            ],
        ),
        (40401, 404, [None, None, some("40401")]),
        (42901, 429, [some("60"), None, some("42901")]),
        (50301, 503, [some("600"), None, some("50301")]),
        // Whole seconds, rounded up.
        (42902, 429, [some("2"), None, some("42902")]),
        (42903, 429, [some("60"), None, some("42903")]),
        (50302, 503, [some("5"), None, some("50302")]),
        (40402, 404, [None, None, some("40402")]),
    ]
}

#[tokio::test(flavor = "multi_thread")]
async fn axum_sends_them() {
    let app = axum::Router::new().route("/{code}", axum::routing::get(handler));
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let base = format!("http://{}", listener.local_addr().unwrap());
    tokio::spawn(async move { axum::serve(listener, app).await.unwrap() });
    let got = tokio::task::spawn_blocking(move || {
        expected()
            .into_iter()
            .map(|(code, _, _)| (code, fetch(&base, code)))
            .collect::<Vec<_>>()
    })
    .await
    .unwrap();
    for ((code, status, headers), (_, (got_status, got_headers))) in expected().into_iter().zip(got)
    {
        assert_eq!((got_status, got_headers), (status, headers), "{code}");
    }
}

#[test]
fn actix_sends_them() {
    use actix_web::{App, HttpRequest, HttpResponse, HttpServer, Responder, web};
    async fn actix_handler(request: HttpRequest, code: web::Path<i64>) -> HttpResponse {
        let error = value(code.into_inner());
        if error == ApiError::Unauthorized {
            return Problem::of(&error).respond_to(&request);
        }
        actix_web::ResponseError::error_response(&error)
    }
    let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let base = format!("http://{}", listener.local_addr().unwrap());
    let (sender, receiver) = std::sync::mpsc::channel();
    std::thread::spawn(move || {
        actix_web::rt::System::new().block_on(async move {
            let server =
                HttpServer::new(|| App::new().route("/{code}", web::get().to(actix_handler)))
                    .workers(1)
                    .listen(listener)
                    .unwrap()
                    .run();
            sender.send(server.handle()).unwrap();
            server.await.unwrap();
        });
    });
    let handle = receiver.recv().unwrap();
    for (code, status, headers) in expected() {
        assert_eq!(fetch(&base, code), (status, headers), "{code}");
    }
    drop(handle.stop(true));
}

#[test]
fn the_document_and_the_lock_carry_them() {
    let responses = serde_json::to_value(<ApiError as utoipa::IntoResponses>::responses()).unwrap();
    let headers = &responses["401"]["headers"];
    assert_eq!(
        headers["WWW-Authenticate"]["schema"],
        json!({"type": "string"})
    );
    let description = headers["WWW-Authenticate"]["description"].as_str().unwrap();
    assert!(
        description.contains("`40101`: `Bearer realm=\"api\"`"),
        "{description}"
    );
    assert_eq!(
        responses["429"]["headers"]["Retry-After"]["description"],
        "When to retry, in seconds (`42901`: 60 s, `42902`: its `wait`, rounded up, \
         `42903`: 60 s)."
    );
    assert_eq!(
        responses["404"]["headers"]["x-ms-error-code"]["schema"],
        json!({"type": "string", "enum": ["40401", "40402"]})
    );
    assert!(responses["404"]["headers"].get("Retry-After").is_none());
    let page = error_codes::docs::markdown::<ApiError>();
    assert!(
        page.contains("The code also goes in the `x-ms-error-code` header."),
        "{page}"
    );
    let lock = error_codes::lock::Lock::of::<ApiError>();
    let text = lock.render("ApiError");
    assert!(text.contains("code-header=\"x-ms-error-code\""), "{text}");
    assert!(
        text.contains(
            "code 42901 http=429 module=\"quota\" symbol=\"TOO_MANY_REQUESTS\" retry-after=60"
        ),
        "{text}"
    );
    assert!(
        text.contains("code 42902 http=429 module=\"quota\" symbol=\"SLOW_DOWN\" data=\"wait:any\" retry-after=60 retry-after-field=\"wait\""),
        "{text}"
    );
    assert_eq!(error_codes::lock::Lock::parse(&text).unwrap(), lock);
    let changed = text.replace("retry-after=600", "retry-after=300");
    let problems =
        error_codes::lock::compare(&error_codes::lock::Lock::parse(&changed).unwrap(), &lock);
    assert_eq!(problems.len(), 1, "{problems:?}");
    assert!(!problems[0].breaks(), "another Retry-After is a note");
    let gone = text.replace(" retry-after=600", "");
    let problems =
        error_codes::lock::compare(&error_codes::lock::Lock::parse(&gone).unwrap(), &lock);
    assert!(
        problems[0].is_new(),
        "a new header is recorded by an update"
    );
}
