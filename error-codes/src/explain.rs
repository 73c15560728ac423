//! `explain` for your own catalogues (feature `std`): what a code means,
//! or a whole catalogue as Markdown, JSON, TypeScript or HTML, from a
//! one-line binary of your service.
//!
//! ```no_run
//! # use error_codes::ErrorCatalog;
//! # #[derive(Debug, ErrorCatalog)]
//! # enum ShopError { #[code(60404, message = "Order not found.")] OrderNotFound }
//! # #[derive(Debug, ErrorCatalog)]
//! # enum BillingError { #[code(70001, message = "Card declined.")] CardDeclined }
//! // src/bin/explain.rs
//! fn main() -> std::process::ExitCode {
//!     error_codes::explain::main::<(ShopError, BillingError)>()
//! }
//! ```
//!
//! ```text
//! explain CODE [--locale TAG]
//! explain --catalogue NAME [--format markdown|json|typescript|html] [--locale TAG]
//! ```
//!
//! A code is looked up in every catalogue given, composed codes included
//! with their offsets (`explain 1040101` in a service that composes a
//! catalogue with `offset = 1_000_000`); a code no catalogue declares is
//! placed in the module ranges and retired ranges that hold it. `--locale`
//! adds the message in that language. `--catalogue` takes a catalogue's
//! name (`ErrorCatalog::NAME`, any case).
//!
//! `cargo run --example explain` is this tool over the shipped catalogues
//! ([`Explain::shipped`]).

use std::fmt::{self, Write as _};
use std::format;
use std::io::{self, Write as _};
use std::process::ExitCode;
use std::string::{String, ToString};
use std::vec::Vec;

use crate::ErrorCatalog;
use crate::docs::Catalogue;

const USAGE: &str = "usage: explain CODE [--locale TAG]\n       explain --catalogue NAME [--format markdown|json|typescript|html] [--locale TAG]";

/// The catalogues a binary explains: one catalogue, or a tuple of up to
/// eight.
pub trait Catalogues {
    /// Each catalogue, in order.
    fn catalogues() -> Vec<Catalogue>;
}

impl<C: ErrorCatalog> Catalogues for C {
    fn catalogues() -> Vec<Catalogue> {
        std::vec![Catalogue::of::<C>()]
    }
}

macro_rules! tuples {
    ($(($($part:ident),+))*) => {$(
        impl<$($part: ErrorCatalog),+> Catalogues for ($($part,)+) {
            fn catalogues() -> Vec<Catalogue> {
                std::vec![$(Catalogue::of::<$part>()),+]
            }
        }
    )*};
}

tuples! {
    (A)
    (A, B)
    (A, B, C)
    (A, B, C, D)
    (A, B, C, D, E)
    (A, B, C, D, E, F)
    (A, B, C, D, E, F, G)
    (A, B, C, D, E, F, G, H)
}

/// Runs `explain` over the catalogues `C` with the process's arguments:
/// prints the answer, or the problem and the usage (exit code 2).
#[must_use]
pub fn main<C: Catalogues>() -> ExitCode {
    Explain::of::<C>().main()
}

/// The catalogues `explain` answers for, each under the names
/// `--catalogue` takes.
#[derive(Debug, Clone, Default)]
pub struct Explain {
    known: Vec<(Vec<&'static str>, Catalogue)>,
}

/// What one run does.
enum Request<'a> {
    Explain(i64, Option<String>),
    Render(&'a Catalogue, Format, Option<String>),
    Help,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Format {
    Markdown,
    Json,
    TypeScript,
    Html,
}

impl Explain {
    /// The catalogues `C` (one, or a tuple), each under its name.
    #[must_use]
    pub fn of<C: Catalogues>() -> Self {
        C::catalogues()
            .into_iter()
            .fold(Self::default(), |explain, catalogue| {
                explain.with(&[], catalogue)
            })
    }

    /// The shipped catalogues this build has (their features), each under
    /// its module's name, its feature's and its own (`api_gateway`,
    /// `api-gateway`, `ApiGatewayError`).
    #[must_use]
    pub fn shipped() -> Self {
        crate::catalogues::SHIPPED
            .iter()
            .fold(Self::default(), |explain, shipped| {
                explain.with(&[shipped.module, shipped.feature], shipped.catalogue)
            })
    }

    /// One more catalogue, under its name and `names` (the first of them is
    /// how an explanation names it).
    #[must_use]
    pub fn with(mut self, names: &[&'static str], catalogue: Catalogue) -> Self {
        let mut all: Vec<&'static str> = names.to_vec();
        all.push(catalogue.name());
        self.known.push((all, catalogue));
        self
    }

    /// Runs with the process's arguments, printing the answer.
    #[must_use]
    pub fn main(&self) -> ExitCode {
        // `args_os`: an argument that is not UTF-8 is a usage error, not a panic.
        let args = std::env::args_os().skip(1).map(|arg| {
            arg.into_string()
                .map_err(|arg| format!("argument {arg:?} is not UTF-8"))
        });
        match self.answer(args) {
            Ok(text) => emit(&text),
            Err(problem) => {
                std::eprintln!("explain: {problem}\n{USAGE}");
                ExitCode::from(2)
            }
        }
    }

    /// The answer to these arguments (without the program's name), or
    /// what is wrong with them.
    ///
    /// # Errors
    ///
    /// A usage error: no code, a code that is no `i64`, an unknown option,
    /// catalogue or format, an option given twice.
    pub fn run<I, S>(&self, args: I) -> Result<String, String>
    where
        I: IntoIterator<Item = S>,
        S: Into<String>,
    {
        self.answer(args.into_iter().map(|arg| Ok(arg.into())))
    }

    fn answer(&self, args: impl Iterator<Item = Result<String, String>>) -> Result<String, String> {
        Ok(match self.parse(args)? {
            Request::Help => format!("{USAGE}\n"),
            Request::Explain(code, locale) => {
                let mut out = String::new();
                // Writing into a `String` cannot fail.
                let _ = self.explain(code, locale.as_deref(), &mut out);
                out
            }
            Request::Render(catalogue, format, locale) => {
                render(catalogue, format, locale.as_deref())
            }
        })
    }

    fn parse(
        &self,
        mut args: impl Iterator<Item = Result<String, String>>,
    ) -> Result<Request<'_>, String> {
        let (mut code, mut catalogue, mut format, mut locale) = (None, None, None, None);
        while let Some(arg) = args.next() {
            let arg = arg?;
            let mut value = |flag: &str| {
                args.next()
                    .unwrap_or_else(|| Err(format!("{flag} needs a value")))
            };
            match arg.as_str() {
                "-h" | "--help" => return Ok(Request::Help),
                "--catalogue" | "--catalog" | "-c" => {
                    once(&mut catalogue, "--catalogue", &mut value)?
                }
                "--format" | "-f" => once(&mut format, "--format", &mut value)?,
                "--locale" | "-l" => once(&mut locale, "--locale", &mut value)?,
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
                let found = self.find(&name)?;
                let format = parse_format(format.as_deref())?;
                if locale.is_some() && matches!(format, Format::Json | Format::TypeScript) {
                    return Err("JSON and TypeScript hold every language: --locale applies to Markdown and HTML".into());
                }
                Ok(Request::Render(found, format, locale))
            }
            (None, None) => Err("give a code to explain".into()),
        }
    }

    /// The catalogue `--catalogue NAME` names.
    fn find(&self, name: &str) -> Result<&Catalogue, String> {
        let found = self
            .known
            .iter()
            .find(|(names, _)| names.iter().any(|known| known.eq_ignore_ascii_case(name)));
        found.map(|(_, catalogue)| catalogue).ok_or_else(|| {
            let known: Vec<&str> = self.known.iter().map(|(names, _)| names[0]).collect();
            format!("no catalogue `{name}`; known: {}", known.join(", "))
        })
    }
}

fn parse_format(format: Option<&str>) -> Result<Format, String> {
    Ok(match format {
        None | Some("markdown" | "md") => Format::Markdown,
        Some("json") => Format::Json,
        Some("typescript" | "ts") => Format::TypeScript,
        Some("html") => Format::Html,
        Some(other) => return Err(format!("unknown format `{other}`")),
    })
}

fn render(catalogue: &Catalogue, format: Format, locale: Option<&str>) -> String {
    match (format, locale) {
        (Format::Json, _) => format!("{}\n", catalogue.to_json()),
        (Format::TypeScript, _) => catalogue.typescript(),
        (Format::Html, Some(tag)) => catalogue.html_in(tag).to_string(),
        (Format::Html, None) => catalogue.html().to_string(),
        (Format::Markdown, Some(tag)) => catalogue.markdown_in(tag).to_string(),
        (Format::Markdown, None) => catalogue.markdown().to_string(),
    }
}

/// Sets an option's value; giving it twice is an error.
fn once(
    slot: &mut Option<String>,
    flag: &str,
    value: &mut impl FnMut(&str) -> Result<String, String>,
) -> Result<(), String> {
    if slot.is_some() {
        return Err(format!("{flag} is given twice"));
    }
    *slot = Some(value(flag)?);
    Ok(())
}

/// Writes to standard output; a closed pipe (`explain ... | head`) is not an
/// error, any other write error is reported.
fn emit(text: &str) -> ExitCode {
    match io::stdout().lock().write_all(text.as_bytes()) {
        Err(error) if error.kind() != io::ErrorKind::BrokenPipe => {
            std::eprintln!("explain: cannot write the answer: {error}");
            ExitCode::FAILURE
        }
        _ => ExitCode::SUCCESS,
    }
}

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

impl Explain {
    /// What `code` means in every catalogue; for one that does not declare
    /// it, the retired range or the module whose ranges hold it.
    fn explain(&self, code: i64, locale: Option<&str>, out: &mut String) -> fmt::Result {
        let mut declared = 0;
        for (names, catalogue) in &self.known {
            if let Some(entry) = catalogue.lookup(code) {
                declared += 1;
                writeln!(
                    out,
                    "{code} in {} ({}::{}):",
                    names[0],
                    catalogue.name(),
                    entry.name
                )?;
                describe(out, catalogue, entry, code, locale)?;
            }
        }
        for (names, catalogue) in &self.known {
            if catalogue.retired().iter().any(|range| range.contains(code)) {
                let name = names[0];
                writeln!(
                    out,
                    "{code} was retired by {name}: published once, it is never declared again."
                )?;
            }
        }
        if declared == 0 {
            writeln!(out, "{code} is not declared by any of these catalogues.")?;
        }
        let mut in_range = false;
        for (names, catalogue) in &self.known {
            if catalogue.lookup(code).is_some() {
                continue;
            }
            if let Some(module) = catalogue.module_of(code) {
                in_range = true;
                let title = module.title.unwrap_or(module.name);
                writeln!(
                    out,
                    "{code} is not declared in {}, but lies in the ranges of its module `{}` ({title}).",
                    names[0], module.name,
                )?;
            }
        }
        if declared == 0 && !in_range {
            writeln!(out, "It lies in no declared module range either.")?;
        }
        Ok(())
    }
}

/// An entry's fields, one per line.
fn describe(
    out: &mut String,
    catalogue: &Catalogue,
    entry: &crate::Entry,
    code: i64,
    locale: Option<&str>,
) -> fmt::Result {
    writeln!(out, "  message: {}", line(entry.message))?;
    if let Some((tag, message)) = locale.and_then(|tag| entry.translation(tag)) {
        let pad = " ".repeat(7usize.saturating_sub(tag.len()));
        writeln!(out, "  {tag}: {pad}{}", line(message))?;
    }
    let texts = [
        ("title:  ", entry.title),
        (
            "symbol: ",
            entry.has_declared_symbol().then_some(entry.symbol),
        ),
    ];
    for (label, text) in texts {
        if let Some(text) = text {
            writeln!(out, "  {label} {}", line(text))?;
        }
    }
    if let Some(module) = catalogue.module_of(code) {
        let title = module.title.unwrap_or(module.name);
        writeln!(out, "  module:  {} ({})", line(module.name), line(title))?;
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
    if let Some(url) = entry.docs_url() {
        writeln!(out, "  docs:    {}", line(url))?;
    }
    if entry.success {
        writeln!(out, "  success: this is the catalogue's success code")?;
    }
    match entry.deprecated {
        Some("") => writeln!(out, "  deprecated"),
        Some(note) => writeln!(out, "  deprecated: {}", line(note)),
        None => Ok(()),
    }
}

#[cfg(test)]
mod tests {
    use super::line;

    #[test]
    fn a_field_stays_on_its_line() {
        assert_eq!(
            line("two\nlines\r\tand\u{2028}more"),
            "two\\nlines\\r\\tand\\u{2028}more"
        );
        assert_eq!(line("plain \"text\" — ok"), "plain \"text\" — ok");
    }
}
