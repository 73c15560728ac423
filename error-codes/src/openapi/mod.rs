//! OpenAPI descriptions with utoipa (feature `utoipa` for utoipa 6,
//! `utoipa5` for utoipa 5), from the same declaration as the code.
//!
//! # What a document says
//!
//! Each error code of a catalogue is one schema in the document's
//! `components`, named `{catalogue}_{code}` (`ShopError_60404`): the
//! envelope in the catalogue's field names, whose `code` is exactly that
//! code, whose `data` is what that code carries (a `#[code(..., data)]`
//! variant's fields, each typed by its [`Shape`](crate::Shape); else
//! anything the server adds, such as a rejection's explanation). Every
//! catalogue is a `utoipa::ToSchema` whose `schemas` are its codes', so
//! `#[openapi(components(schemas(ShopError)))]` registers them, for
//! generators that name types after components and for `body = ShopError`.
//!
//! Responses write those schemas in place, never as a `$ref`: utoipa
//! registers no schema an `IntoResponses` refers
//! to, so a document built with the forms below and nothing else refers to
//! nothing it lacks; the success type's own nested types (an `Order`'s
//! `Item`s, from `T::schemas`) are written in place too (a type that holds
//! itself keeps its `$ref` where it recurs: register it). One response per
//! HTTP status, its schema the code's (`oneOf` them when a status has
//! several), its description listing the codes, and a named example per
//! code (`"60404 OrderNotFound"`: the envelope as the server writes it). The status of a
//! code is its entry's `http`, else 500; a code marked `rejection = "..."`
//! without a status of its own also answers at the statuses of its kinds
//! ([`RejectionKind::statuses`](crate::rejection::RejectionKind::statuses)),
//! and a kind no code is marked for at those statuses with its
//! [fallback code](crate::http::fallback_code).
//!
//! - `responses(ShopError)`: every error of the catalogue, and what each
//!   rejection a handler's extractors can give answers (a malformed body,
//!   query or path, a wrong content type, a body too large).
//! - `responses(Envelope<ShopError, Order>)`: that, and the success envelope
//!   carrying an `Order`; where the success and errors share a status (an
//!   "always 200" API), that response is one of them.
//! - [`codes!`](crate::codes) declares the codes one endpoint answers,
//!   checked against the catalogue at compile time;
//!   `responses(OrderErrors)` documents just those, and
//!   `responses(Endpoint<Order, OrderErrors>)` with the success.
//!
//! ```
//! # #[cfg(feature = "utoipa")] {
//! use error_codes::openapi::Endpoint;
//! use error_codes::{Envelope, ErrorCatalog};
//! use utoipa::OpenApi;
//!
//! #[derive(Debug, ErrorCatalog)]
//! pub enum ShopError {
//!     #[code(0, success, http = 200, message = "ok")]
//!     Ok,
//!     /// The order's number is not a number.
//!     #[code(60002, http = 400, rejection = "malformed-path")]
//!     BadOrderNumber,
//!     /// Order not found.
//!     #[code(60404, http = 404)]
//!     OrderNotFound,
//!     /// Too many requests.
//!     #[code(60429, http = 429, data)]
//!     Throttled { retry_after: u32 },
//! }
//!
//! error_codes::codes! {
//!     /// What `GET /orders/{id}` answers besides its order.
//!     pub OrderErrors: ShopError [BadOrderNumber, OrderNotFound, Throttled]
//! }
//!
//! #[derive(serde::Serialize, utoipa::ToSchema)]
//! struct Order { id: u32 }
//!
//! #[utoipa::path(get, path = "/orders/{id}", responses(Endpoint<Order, OrderErrors>))]
//! async fn order() -> Envelope<ShopError, Order> { Envelope::success(Order { id: 1 }) }
//!
//! #[derive(OpenApi)]
//! #[openapi(paths(order), components(schemas(ShopError)))]
//! struct Api;
//!
//! let document = serde_json::to_value(Api::openapi()).unwrap();
//! let responses = &document["paths"]["/orders/{id}"]["get"]["responses"];
//! let not_found = &responses["404"]["content"]["application/json"]["schema"];
//! assert_eq!(not_found["title"], "ShopError 60404 OrderNotFound");
//! assert_eq!(*not_found, document["components"]["schemas"]["ShopError_60404"]);
//! let throttled = &document["components"]["schemas"]["ShopError_60429"];
//! let retry_after = &throttled["properties"]["data"]["properties"]["retry_after"];
//! assert_eq!(retry_after["format"], "int64"); // a `u32`'s range
//! assert!(responses.get("500").is_none()); // only what the endpoint answers
//! # }
//! ```
//!
//! [`Problem`](crate::Problem) is a schema too, for RFC 9457 answers.

use core::marker::PhantomData;
use std::vec::Vec;

use crate::http::fallback_code;
use crate::rejection::RejectionKind;
use crate::{Entry, ErrorCatalog};

mod impls;
mod left_out;
pub mod schemas;

pub use left_out::rejections_left_out;

/// One thing an endpoint answers: an error code, or a rejection kind
/// (which answers with its marked code, else its fallback code).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[non_exhaustive]
pub enum Listed {
    /// An entry of the catalogue.
    Entry(&'static Entry),
    /// A rejection kind.
    Rejection(RejectionKind),
}

/// The error codes an endpoint answers, of one catalogue: what
/// [`codes!`](crate::codes) declares, or [`All`] of a catalogue.
pub trait Codes {
    /// The catalogue the codes are of.
    type Catalogue: ErrorCatalog;

    /// The codes, and the rejections, the endpoint answers.
    fn listed() -> Vec<Listed>;
}

/// Every error of catalogue `C` and every rejection its extractors give:
/// what `responses(C)` documents.
pub struct All<C>(PhantomData<fn() -> C>);

impl<C: ErrorCatalog> Codes for All<C> {
    type Catalogue = C;

    fn listed() -> Vec<Listed> {
        every_error::<C>()
    }
}

/// A whole endpoint for `#[utoipa::path(responses(...))]`: the success
/// envelope carrying a `T`, and the errors `E` lists
/// (`Endpoint<Order, OrderErrors>`).
pub struct Endpoint<T, E>(PhantomData<fn() -> (T, E)>);

/// The kinds a handler's extractors give (the router's own, unknown route
/// and method not allowed, never reach a documented operation).
/// Every entry of `C` but its success, then every extractor kind.
pub(crate) fn every_error<C: ErrorCatalog>() -> Vec<Listed> {
    let success = crate::envelope::success_code::<C>();
    let entries = C::entries()
        .iter()
        .filter(|entry| Some(entry.code) != success);
    entries
        .map(Listed::Entry)
        .chain(
            RejectionKind::ALL
                .into_iter()
                .filter(|kind| kind.from_extractor())
                .map(Listed::Rejection),
        )
        .collect()
}

/// One answer: a code at a status.
pub(crate) struct Answer {
    pub status: u16,
    pub code: i64,
    /// `None` for a fallback code.
    pub entry: Option<&'static Entry>,
    /// The rejection it answers, if any.
    pub kind: Option<RejectionKind>,
    /// What axum's explanation of the rejection looks like.
    pub explanation: Option<&'static str>,
}

/// Every answer of the listed codes and kinds, at each status it is sent
/// with (see the [module docs](self)).
pub(crate) fn answers<C: ErrorCatalog>(listed: &[Listed]) -> Vec<Answer> {
    let mut answers = Vec::new();
    for item in listed {
        match *item {
            Listed::Entry(entry) => {
                let kinds = RejectionKind::ALL
                    .into_iter()
                    .filter(|&kind| C::REJECTIONS.code(kind) == Some(entry.code));
                entry_answers(&mut answers, entry, None);
                for kind in kinds {
                    entry_answers(&mut answers, entry, Some(kind));
                }
            }
            Listed::Rejection(kind) => match C::REJECTIONS.code(kind).and_then(C::lookup) {
                Some(entry) => entry_answers(&mut answers, entry, Some(kind)),
                None => {
                    for &status in kind.statuses() {
                        let code = fallback_code::<C>(status);
                        let explanation = Some(kind.example_explanation());
                        answers.push(Answer {
                            status,
                            code,
                            entry: None,
                            kind: Some(kind),
                            explanation,
                        });
                    }
                }
            },
        }
    }
    answers
}

/// The answers of `entry`: as a value (its status, else 500), or as the
/// answer to a `kind` of rejection (its status, else the kind's).
fn entry_answers(answers: &mut Vec<Answer>, entry: &'static Entry, kind: Option<RejectionKind>) {
    let statuses = match (entry.http, kind) {
        (Some(http), _) => std::vec![http],
        (None, Some(kind)) => kind.statuses().to_vec(),
        (None, None) => std::vec![500],
    };
    // A code answered twice at one status (as a value and as a rejection)
    // is one response code and one example: `schemas` keeps the first.
    answers.extend(statuses.into_iter().map(|status| Answer {
        status,
        code: entry.code,
        entry: Some(entry),
        kind,
        explanation: kind.map(RejectionKind::example_explanation),
    }));
}

#[cfg(feature = "utoipa")]
mod utoipa6 {
    use utoipa as backend;
    include!("backend.rs");

    /// The schema of each content of a response (utoipa 6: a content may
    /// be a reference).
    fn schemas_of(response: &mut Response) -> impl Iterator<Item = &mut Option<RefOr<Schema>>> {
        response
            .content
            .values_mut()
            .filter_map(|content| match content {
                RefOr::T(content) => Some(&mut content.schema),
                RefOr::Ref(_) => None,
            })
    }
}
#[cfg(feature = "utoipa")]
#[doc(hidden)]
pub use utoipa6::{catalogue_schema, catalogue_schemas, responses};

#[cfg(feature = "utoipa5")]
mod utoipa5 {
    use utoipa5 as backend;
    include!("backend.rs");

    /// The schema of each content of a response.
    fn schemas_of(response: &mut Response) -> impl Iterator<Item = &mut Option<RefOr<Schema>>> {
        response
            .content
            .values_mut()
            .map(|content| &mut content.schema)
    }
}
#[cfg(feature = "utoipa5")]
#[doc(hidden)]
pub use utoipa5::{
    catalogue_schema as catalogue_schema5, catalogue_schemas as catalogue_schemas5,
    responses as responses5,
};

/// Whether `name` is a variant of `C` that composes a catalogue: what
/// [`codes!`](crate::codes) refuses bare, at compile time.
#[doc(hidden)]
#[must_use]
pub const fn __composes<C: ErrorCatalog>(name: &str) -> bool {
    let names = C::PART_VARIANTS;
    let mut i = 0;
    while i < names.len() {
        if crate::const_str::eq(names[i], name) {
            return true;
        }
        i += 1;
    }
    false
}

/// The entry of `C`'s own variant `name`.
#[doc(hidden)]
#[must_use]
pub fn __own<C: ErrorCatalog>(name: &str) -> Vec<Listed> {
    let own = C::OWN_ENTRIES.iter().filter(|entry| entry.name == name);
    own.filter_map(|entry| C::lookup(entry.code))
        .map(Listed::Entry)
        .collect()
}

/// The entries of the catalogue `I` that `C`'s variant `variant` composes
/// (`wrap` is that variant, naming `I`): all its errors, or the one of its
/// own variant `name` (not a variant of a catalogue it composes in turn),
/// at their codes in `C` (shifted by the variant's offset).
#[doc(hidden)]
#[must_use]
pub fn __part<C: ErrorCatalog, I: ErrorCatalog>(
    wrap: fn(I) -> C,
    variant: &str,
    name: Option<&str>,
) -> Vec<Listed> {
    let _ = wrap;
    let variant = variant.strip_prefix("r#").unwrap_or(variant);
    let at = C::PART_VARIANTS.iter().position(|part| *part == variant);
    let Some(offset) = at.and_then(|at| C::PART_OFFSETS.get(at)) else {
        return Vec::new();
    };
    let success = crate::envelope::success_code::<I>();
    let chosen: Vec<&Entry> = match name {
        Some(name) => I::OWN_ENTRIES
            .iter()
            .filter(|entry| entry.name == name)
            .collect(),
        None => I::entries()
            .iter()
            .filter(|entry| Some(entry.code) != success)
            .collect(),
    };
    chosen
        .into_iter()
        .filter_map(|entry| C::lookup(entry.code.checked_add(*offset)?))
        .map(Listed::Entry)
        .collect()
}

/// The last segment of a stringified path (`"Inner :: Variant"`).
#[doc(hidden)]
#[must_use]
pub fn __last_segment(path: &str) -> &str {
    path.rsplit("::").next().unwrap_or(path).trim()
}

/// Declares the error codes one endpoint answers, for
/// `#[utoipa::path(responses(...))]` (features `utoipa`, `utoipa5`):
///
/// ```
/// # #[cfg(feature = "utoipa")] {
/// # use error_codes::ErrorCatalog;
/// # #[derive(Debug, ErrorCatalog)] pub enum Gateway {
/// #     /// Unauthorized.
/// #     #[code(40101, http = 401)] Unauthorized,
/// #     /// Forbidden.
/// #     #[code(40301, http = 403)] Forbidden,
/// # }
/// # #[derive(Debug, ErrorCatalog)] pub enum ShopError {
/// #     /// Order not found.
/// #     #[code(60404, http = 404)] OrderNotFound,
/// #     /// Out of stock.
/// #     #[code(60409, http = 409)] OutOfStock,
/// #     #[code(transparent)] Gateway(Gateway),
/// # }
/// error_codes::codes! {
///     /// What `GET /orders/{id}` answers when it fails.
///     pub OrderErrors: ShopError [
///         OrderNotFound,                    // a variant of the catalogue
///         Gateway(Gateway::Unauthorized),   // one code of a composed catalogue
///         "malformed-path",                 // whatever answers that rejection
///     ]
/// }
/// # use utoipa::IntoResponses;
/// # let responses = OrderErrors::responses();
/// # assert_eq!(responses.keys().collect::<Vec<_>>(), ["400", "401", "404"]);
/// # }
/// ```
///
/// It declares the unit struct `OrderErrors`, which is
/// `utoipa::IntoResponses` (`responses(OrderErrors)`) and goes with a
/// success as `responses(Endpoint<Order, OrderErrors>)`. Each item is
/// checked at compile time: a variant of the catalogue (`OrderNotFound`),
/// a composing variant with all of its catalogue's errors (`Gateway(..)`)
/// or one of its variants (`Gateway(Gateway::Unauthorized)`, one level
/// deep), or a rejection kind (`"malformed-path"`, answered with its
/// marked code, else its fallback code). A name that is not a variant
/// fails the build at that name.
///
/// List the rejection kinds of the endpoint's extractors, each answered
/// before the handler runs:
///
/// | the endpoint takes | axum | actix-web | kinds to list |
/// |---|---|---|---|
/// | a JSON body | `Json<T, C>` | `json_config::<C>()` | `"malformed-body"`, `"content-type"`, `"body-too-large"` |
/// | a form body | `Form<T, C>` | `form_config::<C>()` | `"malformed-body"`, `"content-type"`, `"body-too-large"` |
/// | a query string | `Query<T, C>` | `query_config::<C>()` | `"malformed-query"` |
/// | path parameters | `Path<T, C>` | `path_config::<C>()` | `"malformed-path"` |
///
/// (`"unknown-route"` and `"method-not-allowed"` are the router's, before
/// any operation.) Listing a variant whose code is marked for a kind lists
/// the kind too. A test finds a list that leaves one out, from the
/// document: [`rejections_left_out`](crate::openapi::rejections_left_out)
/// reads each operation's path and query parameters and request body, and
/// names each kind whose code no response documents.
#[cfg(any(feature = "utoipa", feature = "utoipa5"))]
#[macro_export]
macro_rules! codes {
    ($(#[$attr:meta])* $vis:vis $name:ident : $catalogue:ty [$($items:tt)*]) => {
        $(#[$attr])*
        #[derive(Debug, Clone, Copy)]
        $vis struct $name;

        #[automatically_derived]
        impl $crate::openapi::Codes for $name {
            type Catalogue = $catalogue;

            fn listed() -> $crate::__private::Vec<$crate::openapi::Listed> {
                #[allow(dead_code)]
                type __Catalogue = $catalogue;
                let mut listed = $crate::__private::Vec::new();
                $crate::__codes_items!(listed, __Catalogue, $($items)*);
                listed
            }
        }

        $crate::__utoipa_impls! { codes $name }
    };
}

/// The items of [`codes!`], one at a time.
#[cfg(any(feature = "utoipa", feature = "utoipa5"))]
#[doc(hidden)]
#[macro_export]
macro_rules! __codes_items {
    ($listed:ident, $c:ident $(,)?) => {};
    ($listed:ident, $c:ident, $kind:literal $(, $($rest:tt)*)?) => {
        const _: () = $crate::__private::assert!(
            $crate::rejection::RejectionKind::from_name($kind).is_some(),
            "{}",
            $crate::rejection::UNKNOWN_KIND
        );
        if let $crate::__private::Some(kind) = $crate::rejection::RejectionKind::from_name($kind) {
            $listed.push($crate::openapi::Listed::Rejection(kind));
        }
        $crate::__codes_items!($listed, $c $(, $($rest)*)?);
    };
    ($listed:ident, $c:ident, $variant:ident(..) $(, $($rest:tt)*)?) => {
        #[allow(unreachable_patterns)]
        let _ = |value: &$c| $crate::__private::matches!(value, $c::$variant(..));
        $listed.extend($crate::openapi::__part::<$c, _>(
            $c::$variant,
            $crate::__private::stringify!($variant),
            $crate::__private::None,
        ));
        $crate::__codes_items!($listed, $c $(, $($rest)*)?);
    };
    ($listed:ident, $c:ident, $variant:ident($inner:path) $(, $($rest:tt)*)?) => {
        #[allow(unreachable_patterns)]
        let _ = |value: &$c| $crate::__private::matches!(value, $c::$variant($inner { .. }));
        let name = $crate::openapi::__last_segment($crate::__private::stringify!($inner));
        $listed.extend($crate::openapi::__part::<$c, _>(
            $c::$variant,
            $crate::__private::stringify!($variant),
            $crate::__private::Some(name),
        ));
        $crate::__codes_items!($listed, $c $(, $($rest)*)?);
    };
    ($listed:ident, $c:ident, $variant:ident $(, $($rest:tt)*)?) => {
        #[allow(unreachable_patterns)]
        let _ = |value: &$c| $crate::__private::matches!(value, $c::$variant { .. });
        const _: () = $crate::__private::assert!(
            !$crate::openapi::__composes::<$c>($crate::__private::stringify!($variant)),
            $crate::__private::concat!(
                "`", $crate::__private::stringify!($variant),
                "` composes a catalogue: write `", $crate::__private::stringify!($variant),
                "(..)` for all of its codes, or `", $crate::__private::stringify!($variant),
                "(Catalogue::Variant)` for one"
            )
        );
        $listed.extend($crate::openapi::__own::<$c>($crate::__private::stringify!($variant)));
        $crate::__codes_items!($listed, $c $(, $($rest)*)?);
    };
}
