//! `{field}` placeholders in a data variant's messages: `message = "Retry
//! after {retry_after} seconds."` is written with the variant's field, in
//! the declared language and in every translation (the derive checks that
//! each placeholder names a field, and that translations have the same
//! ones). A string field is written as its text, any other value as its
//! JSON text.

use alloc::borrow::Cow;
use alloc::string::String;

use serde_json::value::RawValue;

use super::Detail;

/// `template` with each `{name}` that names a field of `detail` replaced
/// by its value; the template itself when it has none.
pub(crate) fn fill(template: &'static str, detail: Option<&Detail>) -> Cow<'static, str> {
    let Some(detail) = detail.filter(|_| template.contains('{')) else {
        return Cow::Borrowed(template);
    };
    let Some(fields) = super::borrowed_members(detail.get()) else {
        return Cow::Borrowed(template);
    };
    // A name written twice reads as the last, as JSON readers read it.
    let field = |name: &str| fields.iter().rev().find(|(member, _)| *member == name);
    let mut filled = String::with_capacity(template.len());
    let mut rest = template;
    while let Some(open) = rest.find('{') {
        let (before, from) = rest.split_at(open);
        filled.push_str(before);
        let value = placeholder(from).and_then(|name| Some((name, field(name)?.1)));
        match value {
            Some((name, value)) => {
                push_value(&mut filled, value);
                rest = &from[name.len().saturating_add(2)..];
            }
            None => {
                filled.push('{');
                rest = &from[1..];
            }
        }
    }
    filled.push_str(rest);
    Cow::Owned(filled)
}

/// The name of the placeholder `text` starts with (`{name}`): an
/// identifier in braces.
pub(crate) fn placeholder(text: &str) -> Option<&str> {
    let inner = text.strip_prefix('{')?;
    let name = &inner[..inner.find('}')?];
    let mut chars = name.chars();
    let first = chars.next()?;
    let identifier = (first.is_ascii_alphabetic() || first == '_')
        && chars.all(|c| c.is_ascii_alphanumeric() || c == '_');
    identifier.then_some(name)
}

/// A field's value as a message shows it: a string's text, else its JSON.
fn push_value(filled: &mut String, value: &RawValue) {
    match serde_json::from_str::<String>(value.get()) {
        Ok(text) => filled.push_str(&text),
        Err(_) => filled.push_str(value.get()),
    }
}

#[cfg(test)]
mod tests {
    use super::{Detail, fill};

    #[test]
    fn placeholders_take_the_fields_values() {
        let detail =
            Detail::new(&serde_json::json!({"retry_after": 30, "who": "Ann \"A\""})).unwrap();
        let filled = |template| fill(template, Some(&detail)).into_owned();
        assert_eq!(filled("Retry after {retry_after} s."), "Retry after 30 s.");
        assert_eq!(filled("{who} waits {retry_after}"), "Ann \"A\" waits 30");
        assert_eq!(
            filled("{unknown} {{ {retry_after"),
            "{unknown} {{ {retry_after"
        );
        assert_eq!(filled("é{retry_after}é"), "é30é");
        assert!(matches!(
            fill("none", Some(&detail)),
            std::borrow::Cow::Borrowed(_)
        ));
        assert_eq!(fill("{retry_after}", None), "{retry_after}");
    }
}
