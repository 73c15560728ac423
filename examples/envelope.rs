//! The envelope both ways: a server answers with `{code, message, data}`
//! (and RFC 9457 problem details); a client reads a peer's answers into
//! data, a known variant, or an unknown code kept as sent.
//!
//! Run it with `cargo run --example envelope`.

use error_codes::catalogues::api_gateway::ApiGatewayError;
use error_codes::{Envelope, Failure, Problem};
use serde::{Deserialize, Serialize};

#[derive(Debug, Serialize, Deserialize)]
struct Balance {
    credits: u32,
}

/// A handler of ours: its error type is the gateway's catalogue.
fn balance(user: &str) -> Result<Balance, ApiGatewayError> {
    match user {
        "ada" => Ok(Balance { credits: 120 }),
        _ => Err(ApiGatewayError::UnauthorizedSession),
    }
}

fn main() -> Result<(), serde_json::Error> {
    // Server side: a handler's result becomes the envelope it answers with.
    for user in ["ada", "eve"] {
        let envelope = Envelope::from(balance(user));
        println!("server: {}", serde_json::to_string(&envelope)?);
    }
    let problem = Problem::of(&ApiGatewayError::RpsLimitExceeded);
    println!("server: {}", serde_json::to_string(&problem)?);

    // Client side: what peers answered.
    let answers = [
        r#"{"code":200,"message":"Request processed successfully.","data":{"credits":7}}"#,
        r#"{"code":"40101","message":"Login session is missing or invalid.","data":null}"#,
        r#"{"code":50099,"message":"Upstream timed out","data":{"retry_after":3}}"#,
        r#"{"code":4.2e4,"message":"?"}"#,
    ];
    for answer in answers {
        match serde_json::from_str::<Envelope<ApiGatewayError, Balance>>(answer) {
            Ok(Envelope::Success { data, .. }) => println!("client: data {data:?}"),
            Ok(Envelope::Failure(Failure::Known { error, .. })) => {
                println!(
                    "client: known error {error:?} (HTTP {:?})",
                    error_codes::ErrorCatalog::http_status(&error)
                );
            }
            Ok(Envelope::Failure(unknown)) => {
                println!(
                    "client: unknown code {}: {:?}, detail {}",
                    unknown.code(),
                    unknown.message(),
                    unknown.detail().map_or("none", |detail| detail.get())
                );
            }
            Err(error) => println!("client: not an envelope: {error}"),
        }
    }
    Ok(())
}
