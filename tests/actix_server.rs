//! The example server's twin on actix-web (feature `actix`), on 127.0.0.1
//! beside the axum one (`examples/axum_server.rs`): the same requests to
//! both, and the answers compared byte for byte (status, content type,
//! body), rejections included.

#[allow(dead_code)]
#[path = "../examples/axum_server.rs"]
mod server;

mod support;

use actix_web::{App, HttpRequest, HttpResponse, HttpServer, Responder, web};
use error_codes::{Envelope, Problem, actix};
use server::{Login, Order, Session, ShopError, TokenQuery, WeChatError};

async fn login(login: web::Json<Login>) -> Result<Envelope<ShopError, Session>, ShopError> {
    if login.username == "alice" && login.password == "secret" {
        Ok(Envelope::success(Session { token: "t-1" }))
    } else {
        Err(ShopError::Gateway(
            error_codes::catalogues::api_gateway::ApiGatewayError::UnauthorizedSession,
        ))
    }
}

async fn order(id: web::Path<u32>) -> Envelope<ShopError, Order> {
    Envelope::from(server::find_order(id.into_inner()))
}

async fn order_problem(id: web::Path<u32>, request: HttpRequest) -> HttpResponse {
    match server::find_order(id.into_inner()) {
        Ok(order) => HttpResponse::Ok().json(order),
        Err(error) => Problem::of(&error).respond_to(&request),
    }
}

async fn wechat_token(query: web::Query<TokenQuery>) -> Envelope<WeChatError, Session> {
    if query.appid.as_deref() == Some("wx1") {
        Envelope::success(Session { token: "wx-t-1" })
    } else {
        Envelope::error(WeChatError::InvalidAppId)
    }
}

/// The twin's routes.
fn shop_routes(config: &mut web::ServiceConfig) {
    config
        .service(web::resource("/login").route(web::post().to(login)))
        .service(web::resource("/orders/{id}").route(web::get().to(order)))
        .service(web::resource("/orders/{id}/problem").route(web::get().to(order_problem)))
        .service(web::resource("/wechat/token").route(web::get().to(wechat_token)))
        .service(web::resource("/errors").route(web::get().to(actix::reference::<ShopError>)));
}

/// An actix app with `routes` on a free port, in a thread of its own.
fn start_actix(routes: fn(&mut web::ServiceConfig)) -> (String, actix_web::dev::ServerHandle) {
    let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let address = listener.local_addr().unwrap();
    let (sender, receiver) = std::sync::mpsc::channel();
    std::thread::spawn(move || {
        actix_web::rt::System::new().block_on(async move {
            let server = HttpServer::new(move || {
                App::new()
                    .wrap(actix::Refusals::<ShopError>::new())
                    // Outside the refusals: what they answer is localized too.
                    .wrap(actix_web::middleware::from_fn(actix::localize))
                    .app_data(actix::json_config::<ShopError>())
                    .app_data(actix::path_config::<ShopError>())
                    .app_data(actix::query_config::<WeChatError>())
                    .app_data(actix::form_config::<ShopError>())
                    .configure(routes)
                    .default_service(web::to(actix::not_found::<ShopError>))
            })
            .workers(1)
            .listen(listener)
            .unwrap()
            .run();
            sender.send(server.handle()).unwrap();
            server.await.unwrap();
        });
    });
    (format!("http://{address}"), receiver.recv().unwrap())
}

/// Status, content type, the body's bytes, and the methods `Allow` names
/// but HEAD (axum answers HEAD on a GET route and names it; actix-web does
/// neither: see the `actix` docs).
#[derive(Debug, PartialEq)]
struct Raw {
    status: u16,
    content_type: String,
    body: String,
    allow: Option<Vec<String>>,
}

/// One request, on a connection of its own, over a plain socket
/// (`support::exchange`).
fn send(base: &str, method: &str, path: &str, content_type: Option<&str>, body: &[u8]) -> Raw {
    let exchanged = support::exchange(base, method, path, content_type, body);
    let allow = exchanged.header("allow").map(|allow| {
        let methods = allow.split(',').map(|method| method.trim().to_owned());
        let mut methods: Vec<String> = methods.filter(|method| method != "HEAD").collect();
        methods.sort();
        methods
    });
    Raw {
        status: exchanged.status,
        content_type: exchanged.header("content-type").unwrap_or_default(),
        body: exchanged.body,
        allow,
    }
}

#[test]
fn the_actix_twin_answers_as_the_axum_server_byte_for_byte() {
    let axum = support::Running::start(server::router());
    let axum_base = format!("http://{}", axum.address());
    let (actix_base, handle) = start_actix(shop_routes);
    const JSON: Option<&str> = Some("application/json");
    let big = vec![b' '; 3_000_000];
    let requests: Vec<(&str, &str, Option<&str>, &[u8])> = vec![
        ("GET", "/orders/1", None, b""),
        ("GET", "/orders/2", None, b""),
        ("GET", "/orders/3", None, b""),
        ("GET", "/orders/1/problem", None, b""),
        ("GET", "/orders/4/problem", None, b""),
        (
            "POST",
            "/login",
            JSON,
            br#"{"username":"alice","password":"guess"}"#,
        ),
        (
            "POST",
            "/login",
            JSON,
            br#"{"username":"alice","password":"secret"}"#,
        ),
        (
            "POST",
            "/login",
            None,
            br#"{"username":"alice","password":"secret"}"#,
        ),
        (
            "POST",
            "/login",
            Some("text/plain"),
            br#"{"username":"alice"}"#,
        ),
        ("POST", "/login", JSON, br#"{"username":"alice""#),
        ("POST", "/login", JSON, br#"{"username":"alice"}"#),
        ("POST", "/login", JSON, &big),
        ("GET", "/orders", None, b""),
        ("GET", "/nowhere/at/all", None, b""),
        ("POST", "/orders/1", None, b""),
        ("DELETE", "/login", None, b""),
        ("PUT", "/orders/1", None, b""),
        ("GET", "/wechat/token?appid=wx1", None, b""),
        ("GET", "/wechat/token?appid=wx0", None, b""),
        ("GET", "/wechat/token?appid=a&appid=b", None, b""),
    ];
    for (method, path, content_type, body) in requests {
        let from_axum = send(&axum_base, method, path, content_type, body);
        let from_actix = send(&actix_base, method, path, content_type, body);
        assert_eq!(
            from_actix,
            from_axum,
            "{method} {path} ({} bytes)",
            body.len()
        );
    }
    // A 405 names what the route takes (RFC 9110 §15.5.6), on both.
    let refused = send(&actix_base, "DELETE", "/login", None, b"");
    assert_eq!(
        (refused.status, refused.allow),
        (405, Some(vec!["POST".to_owned()]))
    );
    // Refusals whose explanation (`data`) is each framework's own: path
    // parameters that are not the handler's type (actix-web words them),
    // and a JSON value of the wrong type (axum names the field's path,
    // which actix-web does not give). The same status, content type, code
    // and message.
    let explained: [(&str, &str, Option<&str>, &[u8]); 4] = [
        ("GET", "/orders/abc", None, b""),
        ("GET", "/orders/%FF", None, b""),
        ("GET", "/orders/abc/problem", None, b""),
        ("POST", "/login", JSON, br#"{"username":1,"password":"x"}"#),
    ];
    for (method, path, content_type, body) in explained {
        let from_axum = send(&axum_base, method, path, content_type, body);
        let from_actix = send(&actix_base, method, path, content_type, body);
        let head = |raw: &Raw| (raw.status, raw.content_type.clone());
        assert_eq!(head(&from_actix), head(&from_axum), "{path}");
        let [axum, actix]: [serde_json::Value; 2] =
            [&from_axum.body, &from_actix.body].map(|body| serde_json::from_str(body).unwrap());
        let code_and_message =
            |json: &serde_json::Value| (json["code"].clone(), json["message"].clone());
        assert_eq!(code_and_message(&actix), code_and_message(&axum), "{path}");
        assert!(
            actix["data"].is_string() && axum["data"].is_string(),
            "{path}: {actix} / {axum}"
        );
    }
    actix_web::rt::System::new().block_on(handle.stop(true));
}

/// A form, as Twilio-style clients send (`application/x-www-form-urlencoded`).
#[derive(Debug, serde::Deserialize, serde::Serialize)]
struct Feedback {
    rating: u8,
    comment: String,
}

async fn feedback_axum(
    form: error_codes::axum::Form<Feedback, ShopError>,
) -> Envelope<ShopError, Feedback> {
    Envelope::success(form.into_inner())
}

async fn feedback_actix(form: web::Form<Feedback>) -> Envelope<ShopError, Feedback> {
    Envelope::success(form.into_inner())
}

fn form_routes(config: &mut web::ServiceConfig) {
    config.service(web::resource("/feedback").route(web::post().to(feedback_actix)));
}

/// Form bodies are refused in the envelope on both frameworks, with the
/// kinds of JSON bodies: a wrong content type, a body over the limit, a
/// form that is not the handler's type.
#[test]
fn form_bodies_answer_alike_on_both_frameworks() {
    let router = axum::Router::new().route("/feedback", axum::routing::post(feedback_axum));
    let axum = support::Running::start(router);
    let axum_base = format!("http://{}", axum.address());
    let (actix_base, handle) = start_actix(form_routes);
    const FORM: Option<&str> = Some("application/x-www-form-urlencoded");
    let big = format!("rating=5&comment={}", "a".repeat(3 << 20));
    let requests: [(Option<&str>, &[u8]); 5] = [
        (FORM, b"rating=5&comment=fine"),
        (
            Some("application/json"),
            br#"{"rating":5,"comment":"fine"}"#,
        ),
        (None, b"rating=5&comment=fine"),
        (FORM, b"comment=no+rating"),
        (FORM, big.as_bytes()),
    ];
    for (content_type, body) in requests {
        let from_axum = send(&axum_base, "POST", "/feedback", content_type, body);
        let from_actix = send(&actix_base, "POST", "/feedback", content_type, body);
        assert_eq!(
            from_actix,
            from_axum,
            "{content_type:?} ({} bytes)",
            body.len()
        );
    }
    let refused = send(&axum_base, "POST", "/feedback", None, b"rating=5");
    assert_eq!(refused.status, 415, "{refused:?}");
    assert!(refused.body.contains("\"code\":60001"), "{refused:?}");
    // A value of the wrong type: the same status (the marked code's own),
    // code and message (axum
    // names the field's path in the explanation, actix-web does not).
    let [from_axum, from_actix] = [&axum_base, &actix_base]
        .map(|base| send(base, "POST", "/feedback", FORM, b"rating=x&comment=c"));
    assert_eq!(from_actix.status, from_axum.status);
    let [axum_json, actix_json]: [serde_json::Value; 2] =
        [&from_axum.body, &from_actix.body].map(|body| serde_json::from_str(body).unwrap());
    assert_eq!(actix_json["code"], axum_json["code"]);
    assert_eq!(actix_json["message"], axum_json["message"]);
    actix_web::rt::System::new().block_on(handle.stop(true));
}

/// Status, `Content-Language`, `Vary` and the body of a GET with an
/// `Accept-Language`.
fn localized(base: &str, path: &str, accept: &str) -> (u16, Option<String>, Vec<String>, String) {
    let agent = ureq::Agent::new_with_config(
        ureq::config::Config::builder()
            .http_status_as_error(false)
            .build(),
    );
    let mut response = agent
        .get(format!("{base}{path}"))
        .header("accept-language", accept)
        .call()
        .unwrap();
    let header = |name: &str| {
        let values = response.headers().get_all(name).iter();
        values
            .map(|value| value.to_str().unwrap().to_owned())
            .collect::<Vec<_>>()
    };
    let language = header("content-language").into_iter().next();
    let vary = header("vary");
    let body = response.body_mut().read_to_string().unwrap();
    (response.status().as_u16(), language, vary, body)
}

/// `actix::localize` answers as `axum::localize`: the same language, the
/// same `Vary` and `Content-Language`, the same bytes.
#[test]
fn the_actix_middleware_localizes_as_the_axum_one() {
    let axum = support::Running::start(server::router());
    let axum_base = format!("http://{}", axum.address());
    let (actix_base, handle) = start_actix(shop_routes);
    let cases = [
        ("/orders/2", "zh-CN,zh;q=0.9"),
        ("/orders/2", "zh-TW"),
        ("/orders/3", "de, fr;q=0.5"),
        ("/orders/2", "en-US,en;q=0.9,zh-CN;q=0.8"),
        ("/orders/4/problem", "fr"),
        ("/orders/1", "fr"),
    ];
    for (path, accept) in cases {
        let from_axum = localized(&axum_base, path, accept);
        let from_actix = localized(&actix_base, path, accept);
        assert_eq!(from_actix, from_axum, "{path} {accept}");
    }
    // A refusal: translated alike (its explanation is each framework's).
    let message = |(status, language, vary, body): (u16, Option<String>, Vec<String>, String)| {
        let body: serde_json::Value = serde_json::from_str(&body).unwrap();
        (status, language, vary, body["message"].clone())
    };
    let refused = |base: &str| message(localized(base, "/orders/abc", "fr"));
    assert_eq!(refused(&actix_base), refused(&axum_base));
    let (_, language, vary, body) = localized(&actix_base, "/orders/2", "zh-TW");
    assert_eq!(
        (language.as_deref(), vary),
        (Some("zh-CN"), vec!["accept-language".to_owned()])
    );
    assert!(body.contains("缺货"), "{body}");
    let (_, language, vary, _) = localized(&actix_base, "/orders/1", "fr");
    assert_eq!(
        (language, vary),
        (None, Vec::<String>::new()),
        "a success says nothing"
    );
    actix_web::rt::System::new().block_on(handle.stop(true));
}

/// The reference page, served by both frameworks alike: the page of the
/// language the request asks for (`docs::html_in`), said in
/// `Content-Language` (the declared `en` when no translation is asked
/// for), `Vary: Accept-Language`, as `text/html`.
#[test]
fn the_reference_page_is_served_alike() {
    let axum = support::Running::start(server::router());
    let axum_base = format!("http://{}", axum.address());
    let (actix_base, handle) = start_actix(shop_routes);
    let cases = [
        ("", "en", None),
        ("fr", "fr", Some("fr")),
        ("de, zh-CN;q=0.5", "zh-CN", Some("zh-CN")),
        ("en-US,en;q=0.9,fr;q=0.8", "en", None),
    ];
    for (accept, language, page) in cases {
        let from_axum = localized(&axum_base, "/errors", accept);
        let from_actix = localized(&actix_base, "/errors", accept);
        assert_eq!(from_actix, from_axum, "{accept}");
        let (status, said, vary, body) = from_axum;
        assert_eq!(status, 200);
        assert_eq!(said.as_deref(), Some(language), "{accept}");
        assert_eq!(vary, ["accept-language"], "{accept}");
        let expected = match page {
            Some(tag) => error_codes::docs::html_in::<ShopError>(tag),
            None => error_codes::docs::html::<ShopError>(),
        };
        assert!(body == expected, "{accept}: not the page of {page:?}");
        assert!(body.starts_with(&format!("<!DOCTYPE html>\n<html lang=\"{language}\">")));
    }
    let exchanged = support::exchange(&actix_base, "GET", "/errors", None, b"");
    assert_eq!(
        exchanged.header("content-type").as_deref(),
        Some("text/html; charset=utf-8")
    );
    actix_web::rt::System::new().block_on(handle.stop(true));
}
