//! The headers a status calls for, declared with the codes: `Retry-After`
//! on 429 and 503 answers (RFC 9110 §10.2.3, RFC 6585), `WWW-Authenticate`
//! on 401 answers (RFC 9110 §11.6.1), and a header carrying the code
//! (Azure's `x-ms-error-code`). Sent by axum and actix-web over a real
//! socket, documented in OpenAPI, recorded by the lock.

use error_codes::{ErrorCatalog, Problem};
use serde_json::json;

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
    let error = ApiError::from_code(code).unwrap();
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
        let error = ApiError::from_code(code.into_inner()).unwrap();
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
        "When to retry, in seconds (`42901`: 60 s)."
    );
    assert_eq!(
        responses["404"]["headers"]["x-ms-error-code"]["schema"],
        json!({"type": "string", "enum": ["40401"]})
    );
    assert!(responses["404"]["headers"].get("Retry-After").is_none());
    let lock = error_codes::lock::Lock::of::<ApiError>();
    let text = lock.render("ApiError");
    assert!(text.contains("code-header=\"x-ms-error-code\""), "{text}");
    assert!(
        text.contains(
            "code 42901 http=429 module=\"quota\" symbol=\"TOO_MANY_REQUESTS\" retry-after=60"
        ),
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
