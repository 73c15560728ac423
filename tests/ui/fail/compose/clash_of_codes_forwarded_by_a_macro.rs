use error_codes::ErrorCatalog;

// The codes come from the caller: the clash is reported at the caller's
// literals, not at `$code` in the macro's body.
macro_rules! catalogue {
    ($($name:ident = $code:literal),* $(,)?) => {
        #[derive(Debug, ErrorCatalog)]
        enum ApiError {
            $(
                #[code($code, message = "An error.")]
                $name,
            )*
        }
    };
}

catalogue! {
    Busy = 1001,
    Down = 1001,
}

fn main() {}
