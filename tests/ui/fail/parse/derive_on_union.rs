use error_codes::ErrorCatalog;

#[derive(ErrorCatalog)]
union ApiError {
    code: i64,
    status: u16,
}

fn main() {}
