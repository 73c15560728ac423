use error_codes::ErrorCatalog;

#[derive(Debug, ErrorCatalog)]
enum ApiError {
    /// Too much to write.
    #[code(42901, data)]
    Limited { aa: u8, bb: u8, cc: u8, dd: u8, ee: u8, ff: u8, gg: u8, hh: u8, ii: u8 },
}

fn main() {}
