use error_codes::ErrorCatalog;

#[derive(Debug, ErrorCatalog)]
enum Common {
    #[code(1005, message = "Rate limited.")]
    RateLimited,
}

#[derive(Debug, ErrorCatalog)]
enum Billing {
    #[code(transparent)]
    Common(Common),
}

#[derive(Debug, ErrorCatalog)]
enum Shipping {
    #[code(transparent)]
    Common(Common),
}

// `Common` reaches `Platform` twice: the error names both paths.
#[derive(Debug, ErrorCatalog)]
enum Platform {
    #[code(transparent)]
    Billing(Billing),
    #[code(transparent)]
    Shipping(Shipping),
}

fn main() {}
