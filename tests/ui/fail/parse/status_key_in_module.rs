use error_codes::ErrorCatalog;

#[derive(Debug, ErrorCatalog)]
#[catalog(module(name = "orders", ranges(1..=99), status = 404))]
enum ApiError {
    #[code(1, message = "Order not found.")]
    OrderNotFound,
}

fn main() {}
