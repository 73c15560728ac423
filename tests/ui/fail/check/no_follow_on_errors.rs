use error_codes::ErrorCatalog;

// One mistake (no message): the uses of the trait and of Display below still
// type-check against the stub impls, so it is the only error reported.
#[derive(Debug, ErrorCatalog)]
enum ApiError {
    #[code(40101, http = 401)]
    UnauthorizedSession,
}

fn main() {
    let error = ApiError::UnauthorizedSession;
    let _: i64 = error.code();
    let _: String = error.to_string();
    let _: Option<ApiError> = ApiError::from_code(40101);
}
