// Calling a catalogue method without the trait in scope, on a shipped
// catalogue and on the user's own: the compiler suggests importing the
// trait by its public path.
mod api {
    #[derive(Debug, error_codes::ErrorCatalog)]
    pub enum ApiError {
        /// Login session is missing or invalid.
        #[code(40101)]
        UnauthorizedSession,
    }
}

fn main() {
    let _ = api::ApiError::UnauthorizedSession.code();
    let _ = error_codes::catalogues::fresns::FresnsError::Successful.code();
    let _ = api::ApiError::from_code(40101);
}
