use error_codes::ErrorCatalog;

#[derive(Debug, ErrorCatalog)]
enum ApiError {
    #[code(transparent)]
    Io(std::io::ErrorKind),
}

fn main() {}
