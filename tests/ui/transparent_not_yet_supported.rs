use error_codes::ErrorCatalog;

#[derive(Debug, ErrorCatalog)]
enum Inner {
    #[code(1, message = "Inner error.")]
    Failed,
}

#[derive(Debug, ErrorCatalog)]
enum Outer {
    #[code(transparent)]
    Inner(Inner),
}

fn main() {}
