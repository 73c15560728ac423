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
/// names the file): the plain form line by line, anything else by the
/// TOML parser.
fn parse(text: &str, shown: &str) -> Result<Texts, String> {
    if let Some(messages) = plain(text) {
        return Ok(Texts {
            messages,
            ..Texts::default()
        });
    }
    let line = |offset: usize| 1 + text[..offset.min(text.len())].matches('\n').count();
    let table = toml::de::DeTable::parse(text).map_err(|error| {
        let at = error
            .span()
            .map_or(String::new(), |span| format!(":{}", line(span.start)));
        format!("`{shown}{at}` is not valid TOML: {}", error.message())
    })?;
    let mut texts = Texts::default();
    for (key, value) in table.get_ref() {
        let at_line = line(key.span().start);
        let at = format!("`{shown}:{at_line}`");
        let Ok(code) = key.get_ref().parse::<i64>() else {
            return Err(format!(
                "{at}: `{}` is not a code; each line maps a code to its message, \
                 `40101 = \"...\"` (a negative code quoted: `\"-1\" = \"...\"`)",
                key.get_ref()
            ));
        };
        let message = match value.get_ref() {
            toml::de::DeValue::String(message) => message.to_string(),
            toml::de::DeValue::Table(table) => texts_of(table, code, &at, &mut texts)?,
            _ => {
                return Err(format!(
                    "{at}: the message of {code} must be a string, or a table \
                     `{{ message = \"...\", title = \"...\", help = \"...\" }}`"
                ));
            }
        };
        if let Some((_, first)) = texts.messages.insert(code, (message, at_line)) {
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
    table: &toml::de::DeTable<'_>,
    code: i64,
    at: &str,
    texts: &mut Texts,
) -> Result<String, String> {
    let mut message = None;
    for (key, value) in table {
        let toml::de::DeValue::String(text) = value.get_ref() else {
            return Err(format!(
                "{at}: the `{}` of {code} must be a string",
                key.get_ref()
            ));
        };
        let text = text.to_string();
        match &**key.get_ref() {
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

/// For the fuzz target: parses `text` as a translation file, never
/// panicking, and checks that the plain form, when it reads `text`, reads
/// what the TOML parser reads. Returns whether `text` is a valid file.
#[doc(hidden)]
pub fn fuzz_file(text: &str) -> bool {
    let parsed = parse(text, "fuzz.toml");
    if let Some(plain) = plain(text) {
        let table = toml::de::DeTable::parse(text);
        let table = table.unwrap_or_else(|e| panic!("plain but not TOML: {e:?}\n{text}"));
        let by_toml: BTreeMap<i64, String> = table
            .get_ref()
            .iter()
            .map(|(key, value)| {
                let code = key.get_ref().parse().expect("a plain key is a code");
                match value.get_ref() {
                    toml::de::DeValue::String(message) => (code, message.to_string()),
                    other => panic!("a plain value is a string: {other:?}"),
                }
            })
            .collect();
        let by_lines: BTreeMap<i64, String> = plain
            .into_iter()
            .map(|(code, (message, _))| (code, message))
            .collect();
        assert_eq!(by_lines, by_toml, "{text}");
    }
    parsed.is_ok()
}

/// The messages of a file whose every line is blank, a comment, or `CODE =
/// "TEXT"` (the code bare or quoted, the text without escapes or control
/// characters), which is how translation files are written: read
/// line by line, since the TOML parser, built unoptimised for `cargo check`
/// like every proc macro's dependencies, takes most of a large catalogue's
/// time (BENCHMARKS.md, "Compile time"). `None` for anything else (or a
/// code given twice), which the TOML parser then reads, or reports.
fn plain(text: &str) -> Option<BTreeMap<i64, (String, usize)>> {
    let blank = |c: char| c == ' ' || c == '\t';
    // TOML allows no control character in a comment but a tab.
    let comment = |c: &str| !c.chars().any(|c| c.is_control() && c != '\t');
    let mut messages = BTreeMap::new();
    for (index, line) in text.lines().enumerate() {
        let line = line.trim_matches(blank);
        if line.is_empty() {
            continue;
        }
        if line.starts_with('#') {
            comment(line).then_some(())?;
            continue;
        }
        let (key, value) = line.split_once('=')?;
        let key = key.trim_matches(blank);
        let key = key
            .strip_prefix('"')
            .and_then(|k| k.strip_suffix('"'))
            .unwrap_or(key);
        let digits = key.strip_prefix('-').unwrap_or(key);
        if digits.is_empty() || !digits.bytes().all(|b| b.is_ascii_digit()) {
            return None;
        }
        let (text, rest) = basic_string(value.trim_matches(blank))?;
        let rest = rest.trim_matches(blank);
        if !(rest.is_empty() || rest.starts_with('#') && comment(rest)) {
            return None;
        }
        let entry = (text, index + 1);
        if messages.insert(key.parse().ok()?, entry).is_some() {
            return None;
        }
    }
    Some(messages)
}

/// A TOML basic string at the start of `value` (`"..."`, with the escapes
/// `\\" \\\\ \\b \\t \\n \\f \\r \\uXXXX \\UXXXXXXXX`): its text and what
/// follows it. `None` for anything else (another escape, a control
/// character, an unclosed string), which the TOML parser then reads.
fn basic_string(value: &str) -> Option<(String, &str)> {
    let mut chars = value.strip_prefix('"')?.char_indices();
    let mut text = String::new();
    while let Some((at, c)) = chars.next() {
        match c {
            '"' => return Some((text, &value[at + 2..])),
            '\\' => {
                let escaped = match chars.next()?.1 {
                    '"' => '"',
                    '\\' => '\\',
                    'b' => '\u{8}',
                    't' => '\t',
                    'n' => '\n',
                    'f' => '\u{c}',
                    'r' => '\r',
                    'u' => unicode(&mut chars, 4)?,
                    'U' => unicode(&mut chars, 8)?,
                    _ => return None,
                };
                text.push(escaped);
            }
            c if c.is_control() && c != '\t' => return None,
            c => text.push(c),
        }
    }
    None
}

/// The scalar value of `digits` hexadecimal digits.
fn unicode(chars: &mut std::str::CharIndices<'_>, digits: usize) -> Option<char> {
    let mut value: u32 = 0;
    for _ in 0..digits {
        value = value.checked_mul(16)? + chars.next()?.1.to_digit(16)?;
    }
    char::from_u32(value)
}

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
    use super::{fuzz_file, is_language_tag, parse, plain};

    /// What the TOML parser reads of `text`, as `plain` gives it.
    fn by_toml(text: &str) -> Vec<(i64, String)> {
        let table = toml::de::DeTable::parse(text).unwrap();
        let rows = table.get_ref().iter().map(|(key, value)| {
            let toml::de::DeValue::String(text) = value.get_ref() else {
                panic!()
            };
            (key.get_ref().parse().unwrap(), text.to_string())
        });
        let mut rows: Vec<(i64, String)> = rows.collect();
        rows.sort();
        rows
    }

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

    #[test]
    fn plain_lines_read_as_toml_reads_them_and_the_rest_is_left_to_it() {
        let text = "# comment\n\n40101 = \"登录 无效。\"\n\"-1\" = \"x\"\r\n-2\t=\t\"tab\there\"\n007 = \"\"\n\
                    8 = \"say \\\"hi\\\" \\\\ \\u00e9\\U0001F600 \\n\\t\\r\\b\\f\" # a note\n";
        let read: Vec<(i64, String)> = plain(text)
            .unwrap()
            .into_iter()
            .map(|(code, (message, _))| (code, message))
            .collect();
        assert_eq!(read, by_toml(text));
        assert_eq!(plain(text).unwrap()[&-1].1, 4, "the line");
        for other in [
            "1 = \"a\\eb\"",    // an escape only TOML 1.1 has
            "1 = \"a\\uD800\"", // not a scalar value
            "1 = \"unclosed",
            "1 = \"a\" b",
            "1 = 'literal'",
            "[table]",
            "a.b = \"x\"",
            "+1 = \"x\"",
            "1 = \"x\"\n1 = \"y\"",
            "1 = \"\u{7f}\"",
            "1 = \"\"\"multi\"\"\"",
            "\u{a0}1 = \"x\"",
        ] {
            assert!(plain(other).is_none(), "{other:?}");
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

    /// Found by the fuzz target: the line reader took a comment holding a
    /// control character, which TOML refuses; now both refuse it.
    #[test]
    fn a_comment_with_a_control_character_is_no_file() {
        let text = "# a\u{0}b\n40101 = \"x\"\n";
        let error = parse(text, "zh.toml").unwrap_err();
        assert!(error.contains("is not valid TOML"), "{error}");
        assert!(!fuzz_file(text));
        assert!(fuzz_file("# fine\t\n40101 = \"x\" # too\n"));
    }
}
