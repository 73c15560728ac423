use error_codes::ErrorCatalog;

#[derive(Debug, ErrorCatalog)]
pub enum ShopError {
    /// Order not found.
    #[code(60404, http = 404)]
    OrderNotFound,
}

error_codes::codes! {
    pub OrderErrors: ShopError [OrderNotFound, "malformed-json"]
}

fn main() {}
