//! Rules on the translation files of `locales = "..."`: current and complete.

use darling::Error;

use crate::model::Catalogue;
use crate::parse::CodeArg;
use crate::parse::Input;
use crate::parse::literal::Str;

use super::{At, Found, own};

/// A code of a translation file that the enum does not declare, at its
/// line. A composition's files may also translate its parts' codes, which
/// the derive cannot see: those are checked when the crate compiles
/// (`expand/compose.rs`, `part_translations_are_current`).
pub(super) fn translations_are_current(
    input: &Input<'_>,
    catalogue: &Catalogue<'_>,
    found: &mut Found,
) {
    let Some(folder) = locales_to_check(input) else {
        return;
    };
    if catalogue.composes() {
        return;
    }
    for locale in &catalogue.locales {
        for (code, (_, line)) in &locale.messages {
            if catalogue.entry(*code).is_some() {
                continue;
            }
            let message = stale_translation(&locale.shown, *line, *code, &input.ident.to_string());
            found.push(At::Enum, Error::custom(message).with_span(&folder.0));
        }
    }
}

/// The message of a translation of a code that is not one: the rule first.
pub fn stale_translation(file: &str, line: usize, code: i64, catalogue: &str) -> String {
    format!(
        "`{file}:{line}`: a translation file translates the codes of `{catalogue}` and of the \
         catalogues it composes, and {code} is none of them: remove this stale translation"
    )
}

/// A translated title or help is one the entry declares (`title = "..."`,
/// `help = "..."`), at the file's line of the code.
pub(super) fn translated_texts_are_declared(
    input: &Input<'_>,
    catalogue: &Catalogue<'_>,
    found: &mut Found,
) {
    let Some(folder) = locales_to_check(input) else {
        return;
    };
    for locale in &catalogue.locales {
        let texts = [("title", &locale.titles), ("help", &locale.helps)];
        for (text, codes) in texts {
            for code in codes.keys() {
                let Some(entry) = catalogue.entry(*code) else {
                    continue;
                };
                let declared = match text {
                    "title" => entry.keys.title.is_some(),
                    _ => entry.keys.help.is_some(),
                };
                if declared {
                    continue;
                }
                let line = locale.messages.get(code).map_or(0, |(_, line)| *line);
                let message = format!(
                    "`{}:{line}`: translates a {text} for {code}, but `{}` declares no {text}: \
                     declare one on the variant (`{text} = \"...\"`) or remove the translation",
                    locale.shown, entry.ident
                );
                found.push(At::Enum, Error::custom(message).with_span(&folder.0));
            }
        }
    }
}

/// The most missing codes one error lists.
pub(super) const MISSING_LISTED: usize = 8;

/// Every error code of the enum in every file (the success's is optional):
/// one error per file, listing the first missing codes and how many more.
pub(super) fn translations_are_complete(
    input: &Input<'_>,
    catalogue: &Catalogue<'_>,
    found: &mut Found,
) {
    let Some(folder) = locales_to_check(input) else {
        return;
    };
    for locale in &catalogue.locales {
        // The success's translation is optional: success answers are not
        // localized, and `message_in` falls back to the declared message.
        let entries = catalogue.entries.iter();
        let errors = entries.filter(|entry| !entry.keys.success.is_present());
        let missing: Vec<i64> = errors
            .map(|entry| entry.code.value)
            .filter(|code| !locale.messages.contains_key(code))
            .collect();
        let Some(first) = missing.first() else {
            continue;
        };
        let listed: Vec<String> = missing
            .iter()
            .take(MISSING_LISTED)
            .map(i64::to_string)
            .collect();
        let more = missing.len().saturating_sub(MISSING_LISTED);
        let more = if more > 0 {
            format!(" and {more} more")
        } else {
            String::new()
        };
        let message = format!(
            "`{}` lacks {} code{} of `{}`: {}{more}; add a line for each, as `{first} = \"...\"`",
            locale.shown,
            missing.len(),
            if missing.len() == 1 { "" } else { "s" },
            input.ident,
            listed.join(", ")
        );
        found.push(At::Enum, Error::custom(message).with_span(&folder.0));
    }
}

/// `locales = "..."`, when every variant's code could be read (else a
/// translation of an unread code would look stale).
pub(super) fn locales_to_check<'i>(input: &'i Input<'_>) -> Option<&'i Str> {
    let codes_read = own(input).all(|(_, variant)| matches!(variant.code, CodeArg::Given(_)));
    input.keys.locales.as_ref().filter(|_| codes_read)
}

/// `language = "..."` names a language: a BCP 47 tag, as file names are.
pub(super) fn language_is_a_tag(input: &Input<'_>, found: &mut Found) {
    let Some(language) = &input.keys.language else {
        return;
    };
    if crate::translations::is_language_tag(&language.value()) {
        return;
    }
    let message = format!(
        "`{}` is not a BCP 47 language tag: `language` names the language of the declared \
         messages, e.g. `language = \"en\"` or `language = \"zh-Hans\"`",
        language.value()
    );
    found.push(At::Enum, Error::custom(message).with_span(&language.0));
}

/// A translation of a data variant's message writes the same fields as the
/// message (`{retry_after}`), at its line.
pub(super) fn translations_keep_placeholders(
    input: &Input<'_>,
    catalogue: &Catalogue<'_>,
    found: &mut Found,
) {
    let Some(folder) = locales_to_check(input) else {
        return;
    };
    for entry in catalogue
        .entries
        .iter()
        .filter(|entry| entry.keys.data.is_present())
    {
        let own = entry.message.as_deref().unwrap_or_default();
        let mut expected = crate::model::placeholders(own);
        expected.sort_unstable();
        for locale in &catalogue.locales {
            let Some((message, line)) = locale.messages.get(&entry.code.value) else {
                continue;
            };
            let mut written = crate::model::placeholders(message);
            written.sort_unstable();
            if written == expected {
                continue;
            }
            let shown = |names: &[&str]| match names {
                [] => "none".to_owned(),
                names => names
                    .iter()
                    .map(|n| format!("`{{{n}}}`"))
                    .collect::<Vec<_>>()
                    .join(", "),
            };
            let text = format!(
                "`{}:{line}`: the translation of {} writes {} but the message writes {}: write the \
                 same fields",
                locale.shown,
                entry.code.value,
                shown(&written),
                shown(&expected)
            );
            found.push(At::Enum, Error::custom(text).with_span(&folder.0));
        }
    }
}
