//! What does an error code mean? Asks every shipped catalogue.
//!
//! ```text
//! cargo run --example explain -- 40101
//! cargo run --example explain -- --catalogue fresns --format markdown
//! cargo run --example explain -- --catalogue api-gateway --format json
//! cargo run --example explain -- --catalogue api-gateway --format typescript
//! cargo run --example explain -- 31101 --locale zh-Hans
//! cargo run --example explain -- --catalogue fresns --locale zh-Hans
//! ```

use std::fmt::{self, Write};
use std::io::{self, Write as _};
use std::process::ExitCode;

use error_codes::catalogues::{self, SHIPPED, Shipped};

const USAGE: &str = "usage: explain CODE [--locale TAG]\n       explain --catalogue NAME [--format markdown|json|typescript] [--locale TAG]";

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Format {
    Markdown,
    Json,
    TypeScript,
}

enum Request {
    Explain(i64, Option<String>),
    Render {
        shipped: &'static Shipped,
        format: Format,
        locale: Option<String>,
    },
    Help,
}

fn main() -> ExitCode {
    // `args_os`: an argument that is not UTF-8 is a usage error, not a panic.
    let args = std::env::args_os().skip(1).map(|arg| {
        arg.into_string()
            .map_err(|arg| format!("argument {arg:?} is not UTF-8"))
    });
    match parse(args) {
        Ok(Request::Explain(code, locale)) => {
            let mut out = String::new();
            // Writing into a `String` cannot fail.
            let _ = explain(code, locale.as_deref(), &mut out);
            emit(&out)
        }
        Ok(Request::Render {
            shipped,
            format: Format::Json,
            ..
        }) => emit(&format!("{}\n", shipped.catalogue.to_json())),
        Ok(Request::Render {
            shipped,
            format: Format::TypeScript,
            ..
        }) => emit(&shipped.catalogue.typescript()),
        Ok(Request::Render {
            shipped,
            locale: Some(tag),
            ..
        }) => emit(&shipped.catalogue.markdown_in(&tag).to_string()),
        Ok(Request::Render { shipped, .. }) => emit(&shipped.catalogue.markdown().to_string()),
        Ok(Request::Help) => emit(&format!("{USAGE}\n")),
        Err(problem) => {
            eprintln!("explain: {problem}\n{USAGE}");
            ExitCode::from(2)
        }
    }
}

/// Writes to standard output; a closed pipe (`explain ... | head`) is not an
/// error, any other write error is reported.
fn emit(text: &str) -> ExitCode {
    match io::stdout().lock().write_all(text.as_bytes()) {
        Err(error) if error.kind() != io::ErrorKind::BrokenPipe => {
            eprintln!("explain: cannot write the answer: {error}");
            ExitCode::FAILURE
        }
        _ => ExitCode::SUCCESS,
    }
}

fn parse(mut args: impl Iterator<Item = Result<String, String>>) -> Result<Request, String> {
    let mut code = None;
    let mut catalogue = None;
    let mut format = None;
    let mut locale = None;
    while let Some(arg) = args.next() {
        let arg = arg?;
        let value = |flag: &str| {
            args.next()
                .unwrap_or_else(|| Err(format!("{flag} needs a value")))
        };
        match arg.as_str() {
            "-h" | "--help" => return Ok(Request::Help),
            "--catalogue" | "--catalog" | "-c" => once(&mut catalogue, "--catalogue", value)?,
            "--format" | "-f" => once(&mut format, "--format", value)?,
            "--locale" | "-l" => once(&mut locale, "--locale", value)?,
            flag if flag.starts_with('-') && flag.parse::<i64>().is_err() => {
                return Err(format!("unknown option `{flag}`"));
            }
            number if code.is_none() => {
                let parsed = number.parse::<i64>().map_err(|error| {
                    format!("`{number}` is not a code (an integer that fits i64): {error}")
                })?;
                code = Some(parsed);
            }
            extra => return Err(format!("unexpected argument `{extra}`")),
        }
    }
    match (code, catalogue) {
        (Some(_), Some(_)) => Err("give a code or --catalogue, not both".into()),
        (Some(code), None) if format.is_none() => Ok(Request::Explain(code, locale)),
        (Some(_), None) => Err("--format applies to --catalogue".into()),
        (None, Some(name)) => {
            let shipped = catalogues::find(&name).ok_or_else(|| {
                let known: Vec<&str> = SHIPPED.iter().map(|shipped| shipped.module).collect();
                format!("no catalogue `{name}`; shipped: {}", known.join(", "))
            })?;
            let format = match format.as_deref() {
                None | Some("markdown" | "md") => Format::Markdown,
                Some("json") => Format::Json,
                Some("typescript" | "ts") => Format::TypeScript,
                Some(other) => return Err(format!("unknown format `{other}`")),
            };
            if locale.is_some() && format != Format::Markdown {
                return Err(
                    "JSON and TypeScript hold every language: --locale applies to Markdown".into(),
                );
            }
            Ok(Request::Render {
                shipped,
                format,
                locale,
            })
        }
        (None, None) => Err("give a code to explain".into()),
    }
}

/// Sets an option's value; giving it twice is an error.
fn once(
    slot: &mut Option<String>,
    flag: &str,
    mut value: impl FnMut(&str) -> Result<String, String>,
) -> Result<(), String> {
    if slot.is_some() {
        return Err(format!("{flag} is given twice"));
    }
    *slot = Some(value(flag)?);
    Ok(())
}

/// What `code` means in every shipped catalogue; for a catalogue that does
/// not declare it, the module whose ranges hold it, if any.
/// A field's text on its one line: line breaks and other control
/// characters written as escapes (`\n`), everything else as it is.
fn line(text: &str) -> String {
    text.chars()
        .map(|c| match c {
            c if c.is_control() || matches!(c, '\u{2028}' | '\u{2029}') => {
                c.escape_default().to_string()
            }
            c => c.to_string(),
        })
        .collect()
}

fn explain(code: i64, locale: Option<&str>, out: &mut impl Write) -> fmt::Result {
    let mut declared = 0;
    for shipped in SHIPPED {
        let catalogue = &shipped.catalogue;
        let Some(entry) = catalogue.lookup(code) else {
            continue;
        };
        declared += 1;
        writeln!(
            out,
            "{code} in {} ({}::{}):",
            shipped.module,
            catalogue.name(),
            entry.name
        )?;
        writeln!(out, "  message: {}", line(entry.message))?;
        if let Some((tag, message)) = locale.and_then(|tag| entry.translation(tag)) {
            writeln!(
                out,
                "  {tag}: {}{}",
                " ".repeat(7usize.saturating_sub(tag.len())),
                line(message)
            )?;
        }
        if let Some(title) = entry.title {
            writeln!(out, "  title:   {}", line(title))?;
        }
        if entry.has_declared_symbol() {
            writeln!(out, "  symbol:  {}", line(entry.symbol))?;
        }
        if let Some(module) = catalogue.module_of(code) {
            writeln!(
                out,
                "  module:  {} ({})",
                line(module.name),
                line(module.title.unwrap_or(module.name))
            )?;
        }
        if let Some(group) = entry.group {
            writeln!(out, "  group:   {}", line(group))?;
        }
        if let Some(http) = entry.http {
            writeln!(out, "  http:    {http}")?;
        }
        writeln!(out, "  grpc:    {}", entry.grpc)?;
        if let Some(help) = entry.help {
            writeln!(out, "  help:    {}", line(help))?;
        }
        if entry.success {
            writeln!(out, "  success: this is the catalogue's success code")?;
        }
        match entry.deprecated {
            Some("") => writeln!(out, "  deprecated")?,
            Some(note) => writeln!(out, "  deprecated: {}", line(note))?,
            None => {}
        }
    }
    for shipped in SHIPPED {
        if shipped
            .catalogue
            .retired()
            .iter()
            .any(|range| range.contains(code))
        {
            writeln!(
                out,
                "{code} was retired by {}: published once, it is never declared again.",
                shipped.module
            )?;
        }
    }
    if declared == 0 {
        writeln!(out, "{code} is not declared by any shipped catalogue.")?;
    }
    let mut in_range = false;
    for shipped in SHIPPED {
        let catalogue = &shipped.catalogue;
        if catalogue.lookup(code).is_some() {
            continue;
        }
        if let Some(module) = catalogue.module_of(code) {
            in_range = true;
            writeln!(
                out,
                "{code} is not declared in {}, but lies in the ranges of its module `{}` ({}).",
                shipped.module,
                module.name,
                module.title.unwrap_or(module.name),
            )?;
        }
    }
    if declared == 0 && !in_range {
        writeln!(out, "It lies in no declared module range either.")?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::{Format, Request, explain, line, parse};

    fn args(line: &str) -> impl Iterator<Item = Result<String, String>> {
        line.split_whitespace()
            .map(|arg| Ok(arg.to_owned()))
            .collect::<Vec<_>>()
            .into_iter()
    }

    fn explained(code: i64) -> String {
        let mut out = String::new();
        explain(code, None, &mut out).unwrap();
        out
    }

    #[test]
    fn a_code_is_explained_by_every_catalogue_that_declares_it() {
        let out = explained(40001);
        assert!(out.contains(
            "40001 in edu (EduError::CouponNotFound):\n  message: The coupon does not exist.\n"
        ));
        assert!(out.contains("40001 in api_gateway (ApiGatewayError::InvalidCaptcha):\n"));
        assert!(out.contains("  help:    Refresh captcha and try again.\n"));
        assert!(out.contains("  http:    400\n  grpc:    INVALID_ARGUMENT\n"));
        assert!(out.contains("  grpc:    UNKNOWN\n"));
    }

    #[test]
    fn a_translated_message_is_shown_in_the_language_asked_for() {
        let mut out = String::new();
        explain(31101, Some("zh-Hans-CN"), &mut out).unwrap();
        assert!(
            out.contains("  message: Platform ID not exist\n  zh-Hans: 平台 ID 不存在\n"),
            "{out}"
        );
        let mut out = String::new();
        explain(31101, Some("fr"), &mut out).unwrap();
        assert!(!out.contains("zh-Hans"), "{out}");
    }

    #[test]
    fn an_undeclared_code_names_the_module_ranges_it_falls_in() {
        let out = explained(40104);
        assert!(out.starts_with("40104 is not declared by any shipped catalogue.\n"));
        assert!(out.contains("module `coupon` (Coupon Errors)"));
        assert!(out.contains("module `auth` (Auth)"));
        let out = explained(-77);
        assert!(out.ends_with("It lies in no declared module range either.\n"));
    }

    #[test]
    fn a_field_stays_on_its_line() {
        assert_eq!(
            line("two\nlines\r\tand\u{2028}more"),
            "two\\nlines\\r\\tand\\u{2028}more"
        );
        assert_eq!(line("plain \"text\" — ok"), "plain \"text\" — ok");
    }

    #[test]
    fn arguments_are_checked() {
        assert!(matches!(parse(args("-5")), Ok(Request::Explain(-5, None))));
        assert!(matches!(
            parse(args("--catalogue fresns --locale zh-Hans")),
            Ok(Request::Render {
                format: Format::Markdown,
                locale: Some(_),
                ..
            })
        ));
        assert!(matches!(
            parse(args("--catalogue api-gateway --format json")),
            Ok(Request::Render {
                format: Format::Json,
                ..
            })
        ));
        for (line, problem) in [
            ("", "give a code"),
            ("abc", "not a code"),
            ("99999999999999999999", "not a code"),
            ("1 2", "unexpected argument `2`"),
            ("--catalogue", "needs a value"),
            ("--catalogue nope", "no catalogue `nope`"),
            ("--catalogue fresns --format yaml", "unknown format"),
            ("--catalogue fresns --catalogue edu", "given twice"),
            ("40101 --catalogue fresns", "not both"),
            ("40101 --format json", "applies to --catalogue"),
            ("--verbose", "unknown option"),
            (
                "--catalogue fresns --format json --locale fr",
                "applies to Markdown",
            ),
            (
                "--catalogue fresns --format ts --locale fr",
                "applies to Markdown",
            ),
        ] {
            match parse(args(line)) {
                Err(message) => assert!(message.contains(problem), "{line}: {message}"),
                Ok(_) => panic!("`{line}` was accepted"),
            }
        }
    }
}
