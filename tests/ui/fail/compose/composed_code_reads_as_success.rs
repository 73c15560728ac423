use error_codes::ErrorCatalog;

#[derive(Debug, ErrorCatalog)]
enum Upstream {
    #[code(1, success, message = "ok")]
    Ok,
    #[code(0, message = "General error")]
    General,
}

// No entry of `ApiError` is marked `success`, so its envelopes answer success
// with 0, which `Upstream::General` is: that error would read back as a
// success. (Upstream's own success, 1, is no code of `ApiError`.)
#[derive(Debug, ErrorCatalog)]
enum ApiError {
    #[code(-1, message = "System busy")]
    Busy,
    #[code(transparent)]
    Upstream(Upstream),
}

fn main() {}
