//! Stage 2b, load: the translations of `#[catalog(locales = "locales")]`,
//! read from `<folder>/<BCP 47 tag>.toml` (`40101 = "..."`) relative to
//! the crate's manifest. What is wrong with a file (not a tag, not TOML,
//! a key that is not a code, a value that is not a string) is reported
//! here, at the `locales` string, naming the file and line; whether the
//! files match the catalogue's codes is checked by `check/`.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use darling::Error;
use darling::error::Accumulator;

use crate::parse::literal::Str;

mod file;

/// One file of the folder.
pub struct Locale {
    /// Its language tag: the file's name without `.toml`, in BCP 47's
    /// conventional case (`zh-hans.toml` is `zh-Hans`).
    pub tag: String,
    /// The path shown in messages: the folder as written, then the file.
    pub shown: String,
    /// Its absolute path, for the `include_str!` that rebuilds the crate
    /// when it changes.
    pub path: String,
    /// Each code's message, with the line it is on.
    pub messages: BTreeMap<i64, (String, usize)>,
    /// The titles it translates (`40101 = { message = "...", title = "..." }`).
    pub titles: BTreeMap<i64, String>,
    /// The help it translates, as titles.
    pub helps: BTreeMap<i64, String>,
}

/// What one file gives: each code's message (with its line), and the
/// titles and help of the codes written as tables.
#[derive(Debug, Default)]
struct Texts {
    messages: BTreeMap<i64, (String, usize)>,
    titles: BTreeMap<i64, String>,
    helps: BTreeMap<i64, String>,
}

/// The files of `locales = "..."`, sorted by tag, or `None` without the
/// key. Errors go to `errors`; a file with one is left out.
pub fn read(folder: Option<&Str>, errors: &mut Accumulator) -> Option<Vec<Locale>> {
    let folder = folder?;
    let written = folder.value();
    let at = |message: String| Error::custom(message).with_span(&folder.0);
    let Ok(manifest) = std::env::var("CARGO_MANIFEST_DIR") else {
        errors.push(at(
            "`locales` needs cargo: CARGO_MANIFEST_DIR is not set".into()
        ));
        return Some(Vec::new());
    };
    let dir = Path::new(&manifest).join(&written);
    let files = match toml_files(&dir) {
        Ok(files) if files.is_empty() => Err("it holds no `<language tag>.toml` file".into()),
        other => other,
    };
    let files = match files {
        Ok(files) => files,
        Err(why) => {
            let message = format!(
                "cannot read the locales folder `{written}` (relative to the crate's `Cargo.toml`): {why}"
            );
            errors.push(at(message));
            return Some(Vec::new());
        }
    };
    let mut locales: Vec<Locale> = Vec::new();
    for (name, path) in files {
        let folder = written.trim_end_matches('/');
        let shown = format!("{folder}/{name}");
        let Some(tag) = name.strip_suffix(".toml") else {
            let stem = &name[..name.len().saturating_sub(".toml".len())];
            let message = format!(
                "`{shown}`: a translation file's name ends in `.toml`, in lower case: rename \
                 it `{stem}.toml`"
            );
            errors.push(at(message));
            continue;
        };
        let texts = match load(tag, &path, &shown) {
            Ok(texts) => texts,
            Err(message) => {
                errors.push(at(message));
                continue;
            }
        };
        let tag = canonical(tag);
        if let Some(first) = locales.iter().find(|locale| locale.tag == tag) {
            let message = format!(
                "`{shown}` and `{}` are both the language `{tag}` (tags ignore case): keep one \
                 file per language",
                first.shown
            );
            errors.push(at(message));
            continue;
        }
        let path = path.to_string_lossy().into_owned();
        locales.push(Locale {
            tag,
            shown,
            path,
            messages: texts.messages,
            titles: texts.titles,
            helps: texts.helps,
        });
    }
    locales.sort_by(|a, b| a.tag.cmp(&b.tag));
    Some(locales)
}

/// The files of `dir` whose names end in `.toml` in any case, by name.
fn toml_files(dir: &Path) -> Result<Vec<(String, PathBuf)>, String> {
    let entries = std::fs::read_dir(dir).map_err(|error| error.to_string())?;
    let mut files = Vec::new();
    for entry in entries {
        let path = entry.map_err(|error| error.to_string())?.path();
        let name = path.file_name().and_then(|name| name.to_str());
        let toml = |name: &&str| {
            let extension = name
                .len()
                .checked_sub(".toml".len())
                .and_then(|at| name.get(at..));
            extension.is_some_and(|extension| extension.eq_ignore_ascii_case(".toml"))
        };
        if let Some(name) = name.filter(toml) {
            files.push((name.to_owned(), path.clone()));
        }
    }
    files.sort();
    Ok(files)
}

/// A language tag in BCP 47's conventional case, as `Content-Language`
/// carries it: the language in lower case, a script in title case
/// (`Hans`), a region in upper case (`TW`), the rest in lower case.
fn canonical(tag: &str) -> String {
    let subtags = tag.split('-').enumerate().map(|(index, subtag)| {
        let alphabetic = subtag.bytes().all(|b| b.is_ascii_alphabetic());
        match (index, subtag.len()) {
            (0, _) => subtag.to_ascii_lowercase(),
            (_, 4) if alphabetic => {
                let (first, rest) = subtag.split_at(1);
                first.to_ascii_uppercase() + &rest.to_ascii_lowercase()
            }
            (_, 2) if alphabetic => subtag.to_ascii_uppercase(),
            _ => subtag.to_ascii_lowercase(),
        }
    });
    subtags.collect::<Vec<_>>().join("-")
}

/// One file's texts, or what is wrong with it.
fn load(tag: &str, path: &Path, shown: &str) -> Result<Texts, String> {
    if !is_language_tag(tag) {
        return Err(format!(
            "`{shown}`: `{tag}` is not a BCP 47 language tag; name each file by its \
             language, as `zh-CN.toml`, `fr.toml` or `zh-Hant-TW.toml`"
        ));
    }
    let text = std::fs::read_to_string(path).map_err(|error| format!("`{shown}`: {error}"))?;
    parse(&text, shown)
}

/// The texts of one file's `text`, or what is wrong with it (`shown`
/// names the file), read by [`file::items`].
fn parse(text: &str, shown: &str) -> Result<Texts, String> {
    let items = file::items(text).map_err(|(line, why)| format!("`{shown}:{line}`{why}"))?;
    let mut texts = Texts::default();
    for file::Item { line, key, value } in items {
        let at = format!("`{shown}:{line}`");
        let Ok(code) = key.parse::<i64>() else {
            return Err(format!(
                "{at}: `{key}` is not a code; each line maps a code to its message, \
                 `40101 = \"...\"` (a negative code quoted: `\"-1\" = \"...\"`)"
            ));
        };
        let message = match value {
            file::Value::Text(message) => message,
            file::Value::Table(members) => texts_of(members, code, &at, &mut texts)?,
            file::Value::Other => {
                return Err(format!(
                    "{at}: the message of {code} must be a string, or a table \
                     `{{ message = \"...\", title = \"...\", help = \"...\" }}`"
                ));
            }
        };
        if let Some((_, first)) = texts.messages.insert(code, (message, line)) {
            return Err(format!(
                "{at}: {code} is given twice (first on line {first}): keep one"
            ));
        }
    }
    Ok(texts)
}

/// The message of `code = { message = "...", title = "...", help = "..." }`,
/// its title and help put in `texts`.
fn texts_of(
    members: Vec<(String, Option<String>)>,
    code: i64,
    at: &str,
    texts: &mut Texts,
) -> Result<String, String> {
    let mut message = None;
    for (key, text) in members {
        let Some(text) = text else {
            return Err(format!("{at}: the `{key}` of {code} must be a string"));
        };
        match &*key {
            "message" => message = Some(text),
            "title" => drop(texts.titles.insert(code, text)),
            "help" => drop(texts.helps.insert(code, text)),
            other => {
                return Err(format!(
                    "{at}: `{other}` is not a text of an entry: a table gives `message` \
                     and, optionally, `title` and `help`"
                ));
            }
        }
    }
    message.ok_or_else(|| {
        format!("{at}: the table of {code} has no `message`: add `message = \"...\"`")
    })
}

/// A file's texts: each code's message, title and help; `None` for a file
/// the derive refuses.
#[cfg(any(test, feature = "fuzz"))]
fn texts(text: &str) -> Option<FileTexts> {
    let texts = parse(text, "fuzz.toml").ok()?;
    let mut all = BTreeMap::new();
    for (code, (message, _)) in texts.messages {
        let title = texts.titles.get(&code).cloned();
        let help = texts.helps.get(&code).cloned();
        all.insert(code, (message, title, help));
    }
    Some(all)
}

/// For the fuzz target (feature `fuzz`): reads `text` as a translation
/// file, and checks that what it reads, the `toml` crate reads alike.
/// Returns whether `text` is a valid file.
///
/// # Panics
///
/// When the two differ.
#[cfg(feature = "fuzz")]
#[doc(hidden)]
#[must_use]
pub fn fuzz_file(text: &str) -> bool {
    let read = texts(text);
    if read.is_some() {
        assert_eq!(read, by_toml(text), "{text:?}");
    }
    read.is_some()
}

/// What the `toml` crate reads of `text`, as the derive's reader gives it;
/// `None` when it is no file of translations.
#[cfg(any(test, feature = "fuzz"))]
fn by_toml(text: &str) -> Option<FileTexts> {
    let table = toml::de::DeTable::parse(text).ok()?;
    let string = |value: &toml::de::DeValue<'_>| match value {
        toml::de::DeValue::String(text) => Some(text.to_string()),
        _ => None,
    };
    let mut all = FileTexts::new();
    for (key, value) in table.get_ref() {
        let code = key.get_ref().parse().ok()?;
        let texts = match value.get_ref() {
            toml::de::DeValue::Table(members) => {
                let known = ["message", "title", "help"];
                if members
                    .iter()
                    .any(|(key, _)| !known.contains(&&**key.get_ref()))
                {
                    return None;
                }
                let member = |name: &str| {
                    let found = members.iter().find(|(key, _)| key.get_ref() == name);
                    found.map(|(_, value)| string(value.get_ref()))
                };
                let (title, help) = (member("title"), member("help"));
                (member("message")??, title.flatten(), help.flatten())
            }
            other => (string(other)?, None, None),
        };
        all.insert(code, texts);
    }
    Some(all)
}

/// Each code's message, title and help.
#[cfg(any(test, feature = "fuzz"))]
type FileTexts = BTreeMap<i64, (String, Option<String>, Option<String>)>;

/// A well-formed BCP 47 language tag, as far as a file of messages needs:
/// a language of 2 or 3 letters, then optionally a script (4 letters), a
/// region (2 letters or 3 digits) and variants (5 to 8 letters or digits,
/// or a digit and 3 of them), in that order (`zh`, `zh-CN`, `zh-Hant-TW`,
/// `de-CH-1996`).
pub fn is_language_tag(tag: &str) -> bool {
    let alpha = |s: &str, n: std::ops::RangeInclusive<usize>| {
        n.contains(&s.len()) && s.bytes().all(|b| b.is_ascii_alphabetic())
    };
    let mut subtags = tag.split('-').peekable();
    if !subtags
        .next()
        .is_some_and(|language| alpha(language, 2..=3))
    {
        return false;
    }
    subtags.next_if(|script| alpha(script, 4..=4));
    subtags.next_if(|region| {
        alpha(region, 2..=2) || (region.len() == 3 && region.bytes().all(|b| b.is_ascii_digit()))
    });
    subtags.all(|variant| {
        let alphanumeric = variant.bytes().all(|b| b.is_ascii_alphanumeric());
        let digit_first = variant.len() == 4 && variant.as_bytes()[0].is_ascii_digit();
        alphanumeric && ((5..=8).contains(&variant.len()) || digit_first)
    })
}

#[cfg(test)]
mod tests {
    use super::{by_toml, is_language_tag, parse, texts as fuzz_file};

    #[test]
    fn a_code_spelt_twice_is_refused() {
        let dir = std::env::temp_dir().join("error-codes-derive-twice");
        std::fs::create_dir_all(&dir).unwrap();
        let path = dir.join("fr.toml");
        std::fs::write(&path, "01 = \"a\"\n1 = \"b\"\n").unwrap();
        let error = super::load("fr", &path, "locales/fr.toml").unwrap_err();
        assert!(
            error.contains("1 is given twice (first on line 1)"),
            "{error}"
        );
    }

    /// Every form a translation file is written in reads as the `toml`
    /// crate reads it.
    #[test]
    fn the_files_read_as_toml_reads_them() {
        let files = [
            "# comment\n\n40101 = \"登录 无效。\"\n\"-1\" = \"x\"\r\n-2\t=\t\"tab\there\"\n007 = \"\"\n",
            "8 = \"say \\\"hi\\\" \\\\ \\u00e9\\U0001F600 \\n\\t\\r\\b\\f\" # a note\n",
            "1 = 'C:\\path \"quoted\"'\n'2' = \"two\"\n",
            "1 = \"\"\"\nfirst\nsecond \"quoted\" \"\"\"\n2 = \"\"\"a\"\"\"\"\n3 = \"\"\"b\"\"\"\"\"\n",
            "1 = \"\"\"\\\n    The quick \\\n    fox.\\\n    \"\"\"\n",
            "1 = '''\nraw \\n 'quoted' ''\n'''\n2 = ''''x''''\n",
            "1 = { message = \"m\", title = 't', help = \"\"\"h\"\"\" }\n2 = {message=\"only\"}\n",
            "1 = \"x\"\r\n2 = \"\"\"a\r\nb\"\"\"\r\n# end",
            "\u{feff}1 = \"after a byte order mark\"\n",
            "1 = \"x\"",
            "",
        ];
        for text in files {
            let read = fuzz_file(text);
            let why = parse(text, "t.toml").err();
            assert!(read.is_some(), "{text:?}: {why:?}");
            assert_eq!(read, by_toml(text), "{text:?}");
        }
        let first = parse(files[0], "t.toml").unwrap();
        assert_eq!(first.messages[&-1].1, 4, "the line");
        let multi = parse("1 = \"\"\"\na\nb\"\"\"\n2 = 'c'\n", "t.toml").unwrap();
        assert_eq!(multi.messages[&2].1, 4, "lines counted through a string");
    }

    /// What the derive does not read is refused with its line, whether
    /// TOML reads it (a header, a dotted key, another type) or not.
    #[test]
    fn the_rest_is_refused_at_its_line() {
        for (text, says) in [
            (
                "1 = \"a\"\n[table]\n",
                "t.toml:2`: a table header is not read",
            ),
            ("1.message = \"x\"", "t.toml:1`: a dotted key is not read"),
            ("1 = 2", "the message of 1 must be a string"),
            ("1 = { message = 2 }", "the `message` of 1 must be a string"),
            (
                "1 = \"a\\eb\"",
                "t.toml:1` is not valid TOML: an unknown escape",
            ),
            ("1 = \"a\\uD800\"", "no Unicode scalar value"),
            (
                "\n1 = \"unclosed",
                "t.toml:2` is not valid TOML: an unclosed string",
            ),
            ("1 = \"a\" b", "more after the value"),
            ("+1 = \"x\"", "expected a key"),
            ("1 = \"\u{7f}\"", "a control character in a string"),
            ("1 = { message = \"a\",\n title = \"b\" }", "on one line"),
            (
                "1 = { message = \"a\", message = \"b\" }",
                "a key given twice",
            ),
            ("1 = \"\"\"a\"\"\"\"\"\"", "more than five quotes"),
            ("x = \"a\"", "`x` is not a code"),
        ] {
            let error = parse(text, "t.toml").unwrap_err();
            assert!(error.contains(says), "{text:?}: {error}");
        }
    }

    #[test]
    fn language_tags() {
        for tag in [
            "zh",
            "zh-CN",
            "zh-Hans",
            "zh-Hant-TW",
            "fr",
            "es-419",
            "de-CH-1996",
        ] {
            assert!(is_language_tag(tag), "{tag}");
        }
        for tag in [
            "",
            "english",
            "zh_CN",
            "z",
            "zh-",
            "-CN",
            "zh-CN-",
            "fr.old",
            "zh-Hant-TW-x",
        ] {
            assert!(!is_language_tag(tag), "{tag}");
        }
    }

    /// Found by the fuzz target: a comment holding a control character,
    /// which TOML refuses.
    #[test]
    fn a_comment_with_a_control_character_is_no_file() {
        let text = "# a\u{0}b\n40101 = \"x\"\n";
        let error = parse(text, "zh.toml").unwrap_err();
        assert!(error.contains("is not valid TOML"), "{error}");
        assert!(fuzz_file(text).is_none());
        assert!(fuzz_file("# fine\t\n40101 = \"x\" # too\n").is_some());
    }
}
