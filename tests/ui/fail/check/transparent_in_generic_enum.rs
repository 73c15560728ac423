use error_codes::ErrorCatalog;

#[derive(Debug, ErrorCatalog)]
enum ApiError<E> {
    #[code(1, message = "Busy")]
    Busy,
    #[code(transparent)]
    Upstream(E),
}

fn main() {}
