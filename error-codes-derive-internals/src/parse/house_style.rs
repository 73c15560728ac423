//! darling's own messages ("Unknown field: `htpp`. Did you mean `http`?",
//! "Duplicate field `http`", "Missing field `name`") said the way this
//! derive says everything else: lowercase, naming the attribute, saying
//! what to write. Our own messages pass through unchanged.

use darling::Error;

/// The keys of each attribute, for "the keys are ..." when darling has no
/// suggestion.
const KEYS: &[(&str, &[&str])] = &[
    (
        "#[code(...)]",
        &[
            "http",
            "grpc",
            "module",
            "message",
            "title",
            "symbol",
            "help",
            "group",
            "success",
            "transparent",
            "rejection",
            "data",
            "offset",
            "docs_url",
            "retry_after",
            "www_authenticate",
        ],
    ),
    (
        "#[catalog(...)]",
        &[
            "name",
            "http",
            "grpc",
            "domain",
            "locales",
            "language",
            "docs_url",
            "retry_after",
            "www_authenticate",
            "module",
            "envelope",
            "retired",
            "crate",
            "display",
            "errors_only",
        ],
    ),
    (
        "module(...)",
        &[
            "name",
            "ranges",
            "title",
            "http",
            "grpc",
            "description",
            "docs_url",
            "retry_after",
            "www_authenticate",
        ],
    ),
    (
        "envelope(...)",
        &[
            "code",
            "message",
            "data",
            "flatten",
            "code_is",
            "code_header",
            "under",
            "under_list",
            "status",
            "status_is",
            "grpc",
            "module",
            "docs_url",
            "fields",
            "without",
        ],
    ),
];

/// Keys users write from other tools, and the key they mean here, which a
/// spelling distance would not find (`status` is nearer `description`).
const SYNONYMS: &[(&str, &str)] = &[
    ("status", "http"),
    ("status_code", "http"),
    ("http_status", "http"),
    ("grpc_code", "grpc"),
    ("grpc_status", "grpc"),
    ("msg", "message"),
    ("desc", "description"),
];

/// The key `key` means in `attribute`, if it is a synonym of one.
pub fn synonym(key: &str, attribute: &str) -> Option<&'static str> {
    let keys = KEYS.iter().find(|(name, _)| *name == attribute)?.1;
    let (_, meant) = SYNONYMS.iter().find(|(synonym, _)| *synonym == key)?;
    keys.contains(meant).then_some(*meant)
}

/// Each of `error`'s messages in the house style, at the same span;
/// `attribute` is where it was read (`"#[code(...)]"`).
pub fn restyle(error: Error, attribute: &str) -> Error {
    let errors: Vec<Error> = error.into_iter().map(|e| one(e, attribute)).collect();
    Error::multiple(errors)
}

fn one(error: Error, attribute: &str) -> Error {
    let span = error.span();
    let text = error.to_string();
    match reword(&text, attribute) {
        Some(text) => Error::custom(text).with_span(&span),
        None => error,
    }
}

/// The message in the house style, or `None` for one that is ours.
fn reword(text: &str, attribute: &str) -> Option<String> {
    if let Some(rest) = text.strip_prefix("Unknown field: ") {
        let (key, suggestion) = quoted_pair(rest)?;
        let hint = match synonym(key, attribute).or(suggestion) {
            Some(suggestion) => format!("did you mean `{suggestion}`?"),
            None => keys_of(attribute),
        };
        return Some(format!("unknown key `{key}` in `{attribute}`; {hint}"));
    }
    if let Some(rest) = text.strip_prefix("Duplicate field ") {
        let (key, _) = quoted_pair(rest)?;
        return Some(format!("`{key}` is given twice in `{attribute}`: keep one"));
    }
    if let Some(rest) = text.strip_prefix("Missing field ") {
        let (key, _) = quoted_pair(rest)?;
        let example = if attribute == "module(...)" {
            ", e.g. `module(name = \"auth\", ranges(40001..=40111))`"
        } else {
            ""
        };
        return Some(format!("`{attribute}` needs `{key}`{example}"));
    }
    None
}

/// "`htpp`. Did you mean `http`?" → ("htpp", Some("http")).
fn quoted_pair(text: &str) -> Option<(&str, Option<&str>)> {
    let mut parts = text.split('`');
    let _ = parts.next()?;
    let first = parts.next()?;
    let _ = parts.next();
    Some((first, parts.next()))
}

/// The keys `attribute` takes.
pub fn keys(attribute: &str) -> &'static [&'static str] {
    let keys = KEYS.iter().find(|(name, _)| *name == attribute);
    keys.map_or(&[][..], |(_, keys)| *keys)
}

/// "the keys are `http`, `module`, ...".
pub fn keys_of(attribute: &str) -> String {
    let keys: Vec<String> = keys(attribute)
        .iter()
        .map(|key| format!("`{key}`"))
        .collect();
    format!("the keys are {}", keys.join(", "))
}
