use error_codes::ErrorCatalog;

#[derive(Debug, ErrorCatalog)]
#[catalog(errors_only)]
enum DiscordError {
    #[code(1, success, message = "ok")]
    Ok,
    #[code(0, message = "General error")]
    General,
}

fn main() {}
