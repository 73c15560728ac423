//! The guide: one page per topic, each with examples that run as tests.
//!
//! | page | what it covers |
//! |---|---|
//! | [`declaring`] | `#[catalog(...)]` and `#[code(...)]`, data variants, what the derive generates, conversions, compile-time errors, errors-only APIs |
//! | [`composition`] | several catalogues as one enum, checked across crates |
//! | [`stability`] | retired codes and the lock file that keeps published codes stable |
//! | [`envelope`] | the `{code, message, data}` envelope both ways, and the bodies of public APIs (`under`, `code_is`, `status`, `docs_url`, ...) |
//! | [`web`] | axum and actix-web: answers, refusals of every kind, the code's status |
//! | [`openapi`] | utoipa 5 and 6: what each endpoint answers, documented |
//! | [`grpc`] | tonic both ways: `ErrorInfo`, the standard details, AIP-193 |
//! | [`languages`] | translation files, `Accept-Language`, each transport |
//! | [`docs`] | Markdown, JSON, the reference page, TypeScript, `explain` |
//! | [`catalogues`] | the five shipped catalogues |
//!
//! A page that names the items of a cargo feature is written out when the
//! docs are built with that feature (docs.rs builds them with every
//! feature); otherwise it says which features it needs.
//!
//! ## Cargo features in detail
//!
//! | feature | what |
//! |---|---|
//! | `std` (default) | the lock file (`error_codes::lock`); turns on `alloc` |
//! | `alloc` | the envelope (`Envelope`, `Failure`, `Problem`) and the docs export's Markdown and JSON |
//! | `edu`, `api-gateway`, `authing`, `rayvision`, `fresns` | one shipped catalogue each |
//! | `all-catalogues` | all five |
//! | `http` | `http::StatusCode` of a value, an entry, a module |
//! | `axum` | every catalogue, `Envelope`, `Problem` and `error_codes::axum::Json` are `IntoResponse`; `error_codes::axum::{Json, Form, Query, Path}`, `error_codes::axum::not_found` and `error_codes::axum::method_not_allowed` answer rejections in the envelope; `error_codes::axum::localize` answers in the request's language (turns on `http`) |
//! | `utoipa` | utoipa 6: every catalogue is `IntoResponses` and `ToSchema` (its codes' schemas); `Envelope` and `codes!` lists are `IntoResponses`, `Endpoint<T, E>` too; `Envelope` and `Problem` are schemas |
//! | `utoipa5` | the same for utoipa 5 |
//! | `actix` | actix-web 4: every catalogue is `ResponseError`; `Envelope`, `Failure`, `Problem` are `Responder`s; `actix::{json_config, form_config, query_config, path_config, not_found, Refusals}` answer refusals in the envelope (a 405 with its `Allow`) |
//! | `tracing` | every answer of axum, actix-web and tonic records one `tracing` event (`error_codes::observe`) |
//! | `metrics` | every answer counts once in `error_codes_answers_total` through the `metrics` facade (`error_codes::observe`) |
//! | `tonic` | every catalogue converts into a `tonic::Status` with a `google.rpc.ErrorInfo`; `Failure::from_status` reads one back (tonic without its transport, and `tonic-types`) |
//!
//! Only `std` is on by default. Without it the crate is `#![no_std]`:
//! `default-features = false` keeps the derive, the trait, the lookups,
//! composition with its compile-time checks, and the shipped catalogues, on
//! `core` alone (`test-crates/nostd-codes` is such a crate, built by CI);
//! add `alloc` for the envelope and the docs export. Composition needs no
//! feature.

/// A page of the guide: its text when the docs are built with every
/// feature it names (so that each link resolves), else a line that names
/// them.
macro_rules! page {
    ($(#[$meta:meta])* $name:ident = [$($file:literal),+], [$($feature:literal),*]) => {
        #[cfg_attr(all($(feature = $feature),*), doc = concat!($(include_str!($file), "\n"),+))]
        #[cfg_attr(
            not(all($(feature = $feature),*)),
            doc = concat!(
                "This page of the guide needs the docs built with the features ",
                $("`", $feature, "` ",)*
                "(docs.rs builds them with every feature)."
            )
        )]
        $(#[$meta])*
        pub mod $name {
            #[allow(unused_imports)]
            use crate::*;
        }
    };
}

page!(declaring = ["declaring.md", "grammar.md"], []);
page!(composition = ["composition.md"], []);
page!(stability = ["stability.md"], []);
page!(envelope = ["envelope.md"], []);
page!(web = ["web.md"], []);
page!(openapi = ["openapi.md"], []);
page!(grpc = ["grpc.md"], []);
page!(languages = ["languages.md"], []);
page!(docs = ["docs.md"], []);
page!(catalogues = ["catalogues.md"], []);
