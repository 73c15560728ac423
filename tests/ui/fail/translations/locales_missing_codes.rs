use error_codes::ErrorCatalog;

#[derive(Debug, ErrorCatalog)]
#[catalog(locales = "locales/missing")]
enum ApiError {
    /// Login session is missing or invalid.
    #[code(40101)]
    Unauthorized,
    /// Error 40102.
    #[code(40102)]
    E2,
    /// Error 40103.
    #[code(40103)]
    E3,
    /// Error 40104.
    #[code(40104)]
    E4,
    /// Error 40105.
    #[code(40105)]
    E5,
    /// Error 40106.
    #[code(40106)]
    E6,
    /// Error 40107.
    #[code(40107)]
    E7,
    /// Error 40108.
    #[code(40108)]
    E8,
    /// Error 40109.
    #[code(40109)]
    E9,
    /// Error 40110.
    #[code(40110)]
    E10,
    /// Error 40111.
    #[code(40111)]
    E11,
    /// Error 40112.
    #[code(40112)]
    E12,
}

fn main() {}
