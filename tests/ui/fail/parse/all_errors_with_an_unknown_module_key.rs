use error_codes::ErrorCatalog;

// A misspelt key in `module(...)`, and a code outside that module's
// ranges: both reported in one round (the module is still read).
#[derive(Debug, ErrorCatalog)]
#[catalog(module(name = "orders", ranges(1..=99), status = 404))]
enum ApiError {
    #[code(1, message = "Order not found.")]
    OrderNotFound,
    #[code(150, module = "orders", message = "Order locked.")]
    OrderLocked,
}

fn main() {}
