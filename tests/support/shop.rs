//! A shop's catalogue translated into French, Chinese and Traditional
//! Chinese (`locales/shop/`): the languages test (`locales.rs`) and the
//! answer-path benchmark (`benches/answer_path.rs`).

use error_codes::ErrorCatalog;

/// A shop's errors in French, Chinese and Traditional Chinese.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ErrorCatalog)]
#[catalog(locales = "locales/shop", language = "en")]
pub enum ShopError {
    #[code(0, success, message = "ok")]
    Ok,
    /// Order not found.
    #[code(60404, http = 404)]
    OrderNotFound,
    /// The order's item is out of stock.
    #[code(60409, http = 409, title = "Out of Stock")]
    OutOfStock,
    /// Too many requests: retry later.
    #[code(60429, http = 429, data)]
    SlowDown { retry_after: u32 },
    /// Its fields written into its message, in every language.
    #[code(
        60430,
        http = 429,
        data,
        message = "Retry after {retry_after} seconds ({scope})."
    )]
    Throttled {
        retry_after: u32,
        scope: &'static str,
    },
}
