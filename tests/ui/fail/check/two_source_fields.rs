use error_codes::ErrorCatalog;

#[derive(Debug, ErrorCatalog)]
enum ApiError {
    /// Storage failed.
    #[code(7001)]
    Storage {
        #[source]
        io: std::io::Error,
        #[source]
        fmt: std::fmt::Error,
    },
}

fn main() {}
