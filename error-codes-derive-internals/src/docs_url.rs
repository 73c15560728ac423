//! `docs_url = "https://example.com/errors/{code}"`: a code's
//! documentation URL, written from a template when the derive expands (the
//! entry's own `docs_url`, else its module's, else the catalogue's), so
//! that each entry carries its URL as a static string.

use crate::model::Entry;
use crate::parse::literal::Str;

/// The placeholders a template may write.
pub const PLACEHOLDERS: &[&str] = &[
    "code",
    "symbol",
    "symbol:kebab",
    "symbol:lower",
    "symbol:upper",
    "module",
];

/// The template that applies to `entry`: its own, else its module's, else
/// the catalogue's.
pub fn template<'a>(entry: &Entry<'a>, catalogue: Option<&'a Str>) -> Option<&'a Str> {
    let module = entry.module.and_then(|module| module.docs_url.as_ref());
    entry.keys.docs_url.as_ref().or(module).or(catalogue)
}

/// The URL of `entry` from `template`, or why it cannot be written.
pub fn expand(template: &str, entry: &Entry<'_>) -> Result<String, String> {
    let mut url = String::new();
    let mut rest = template;
    while let Some(open) = rest.find('{') {
        url.push_str(&rest[..open]);
        let Some(close) = rest[open..].find('}') else {
            return Err(format!(
                "`docs_url` opens a placeholder it does not close: `{}`",
                &rest[open..]
            ));
        };
        let name = &rest[open + 1..open + close];
        url.push_str(&value(name, entry)?);
        rest = &rest[open + close + 1..];
    }
    url.push_str(rest);
    Ok(url)
}

/// What one placeholder writes for `entry`.
fn value(name: &str, entry: &Entry<'_>) -> Result<String, String> {
    let symbol = &entry.symbol;
    Ok(match name {
        "code" => entry.code.value.to_string(),
        "symbol" => symbol.clone(),
        "symbol:kebab" => symbol.to_lowercase().replace(['_', ' '], "-"),
        "symbol:lower" => symbol.to_lowercase(),
        "symbol:upper" => symbol.to_uppercase(),
        "module" => match entry.module {
            Some(module) => module.name.value(),
            None => {
                return Err(format!(
                    "`docs_url` writes `{{module}}`, but `{}` ({}) belongs to no module: give \
                     it a module, or a `docs_url` of its own",
                    entry.ident, entry.code.value
                ));
            }
        },
        unknown => {
            let listed: Vec<String> = PLACEHOLDERS.iter().map(|p| format!("`{{{p}}}`")).collect();
            return Err(format!(
                "`{{{unknown}}}` is not a placeholder of `docs_url`: write one of {}",
                listed.join(", ")
            ));
        }
    })
}
