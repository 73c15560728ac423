use error_codes::ErrorCatalog;

#[derive(Debug, ErrorCatalog)]
#[catalog(retired(7005))]
enum Grand {
    #[code(7001, message = "Busy.")]
    Busy,
}

#[derive(Debug, ErrorCatalog)]
enum Mid {
    #[code(transparent)]
    Grand(Grand),
}

#[derive(Debug, ErrorCatalog)]
enum Other {
    #[code(7005, message = "Reused.")]
    Reused,
}

// `Grand` retired 7005, two levels down: the error names `Grand`, not `Mid`.
#[derive(Debug, ErrorCatalog)]
enum Top {
    #[code(transparent)]
    Mid(Mid),
    #[code(transparent)]
    Other(Other),
}

fn main() {}
