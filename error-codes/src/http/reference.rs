//! The reference page as every framework serves it
//! ([`axum::reference`](crate::axum::reference),
//! [`actix::reference`](crate::actix::reference)).

use alloc::string::{String, ToString};
use alloc::vec::Vec;

use crate::ErrorCatalog;
use crate::docs::Catalogue;

/// What a request for the reference page is answered with.
pub(crate) struct Page {
    /// The page, first shown in the language the request asks for.
    pub(crate) body: String,
    /// `Content-Language`: the translation chosen, else the catalogue's own
    /// language when it declares one.
    pub(crate) language: Option<&'static str>,
    /// Whether the page depends on `Accept-Language` (`Vary`): whether the
    /// catalogue has translations.
    pub(crate) varies: bool,
}

/// `text/html; charset=utf-8`.
pub(crate) const CONTENT_TYPE: &str = "text/html; charset=utf-8";

/// The page of `C` for a request with these `Accept-Language` header
/// values (read as one list, as RFC 9110 combines repeated fields).
pub(crate) fn page<'a, C: ErrorCatalog>(accept_language: impl Iterator<Item = &'a str>) -> Page {
    let catalogue = Catalogue::of::<C>();
    let ranges: Vec<&str> = accept_language.collect();
    let chosen = crate::locale::choose(C::LANGUAGE, C::LOCALES, &ranges.join(","));
    let translation = chosen.and_then(|index| C::LOCALES.get(index).copied());
    let body = match translation {
        Some(tag) => catalogue.html_in(tag).to_string(),
        None => catalogue.html().to_string(),
    };
    Page {
        body,
        language: translation.or(C::LANGUAGE),
        varies: !C::LOCALES.is_empty(),
    }
}
