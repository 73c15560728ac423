//! The reference page: one self-contained HTML document per catalogue (see
//! [`Catalogue::html`]).

use alloc::vec::Vec;
use core::fmt::{self, Display, Formatter, Write as _};

use super::{Catalogue, Columns, Module};
use crate::Entry;
use crate::locale::Translation;

/// The reference page of a catalogue: format it, or write it with
/// `write!`; see [`Catalogue::html`].
#[derive(Debug, Clone, Copy)]
pub struct Html<'a> {
    pub(super) catalogue: Catalogue,
    pub(super) locale: Option<&'a str>,
}

/// The page's languages: the declared messages' (`""` when the catalogue
/// does not say it), then each translation's, and the one shown first.
struct Languages {
    own: Option<&'static str>,
    tags: &'static [&'static str],
    shown: Option<&'static str>,
}

impl Languages {
    fn of(catalogue: &Catalogue, tag: Option<&str>) -> Self {
        let tags = catalogue.locales;
        let own = catalogue.language;
        let chosen = tag.and_then(|tag| crate::locale::choose(own, tags, tag));
        Self {
            own,
            tags,
            shown: chosen.and_then(|index| tags.get(index).copied()),
        }
    }

    /// The `lang` of the page as first shown. A catalogue that does not say
    /// its language is taken as English, the language of the derive's
    /// defaults (HTML needs one for screen readers and hyphenation).
    fn page(&self) -> &'static str {
        self.shown.or(self.own).unwrap_or("en")
    }
}

impl Display for Html<'_> {
    fn fmt(&self, f: &mut Formatter<'_>) -> fmt::Result {
        let catalogue = &self.catalogue;
        let languages = Languages::of(catalogue, self.locale);
        write!(
            f,
            "<!DOCTYPE html>\n<html lang=\"{}\">\n<head>\n<meta charset=\"utf-8\">\n\
             <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n\
             <link rel=\"icon\" href=\"data:,\">\n\
             <title>{} error codes</title>\n<style>{STYLE}</style>\n</head>\n<body>\n",
            escape(languages.page()),
            escape(catalogue.name),
        )?;
        write_header(f, catalogue, &languages)?;
        f.write_str("<main>\n")?;
        write_body(f, catalogue)?;
        let sections = catalogue.sections();
        let outside: Vec<&Entry> = catalogue
            .entries
            .iter()
            .filter(|entry| catalogue.home(entry).is_none())
            .collect();
        if !outside.is_empty() {
            f.write_str("<section id=\"codes\" data-codes>\n<h2>Codes</h2>\n")?;
            write_groups(f, &outside, &languages, catalogue)?;
            f.write_str("</section>\n")?;
        }
        for module in sections {
            write_module(f, catalogue, module, &languages)?;
        }
        write_retired(f, catalogue)?;
        write!(f, "</main>\n<script>{SCRIPT}</script>\n</body>\n</html>\n")
    }
}

/// The title, the search box, the language switch and the modules' links.
fn write_header(
    f: &mut Formatter<'_>,
    catalogue: &Catalogue,
    languages: &Languages,
) -> fmt::Result {
    let count = catalogue.entries.len();
    write!(
        f,
        "<header>\n<h1>{} error codes</h1>\n<p><label for=\"search\">Search codes</label> \
         <input id=\"search\" type=\"search\" autocomplete=\"off\" \
         placeholder=\"code, symbol or text\"> <output id=\"shown\" for=\"search\" \
         aria-live=\"polite\">{count} of {count} codes</output></p>\n",
        escape(catalogue.name),
    )?;
    if !languages.tags.is_empty() {
        f.write_str("<p><label for=\"language\">Language</label> <select id=\"language\">")?;
        let own = languages.own.unwrap_or("");
        let label = languages.own.unwrap_or("as declared");
        let selected = |tag: Option<&str>| {
            if tag == languages.shown {
                " selected"
            } else {
                ""
            }
        };
        write!(
            f,
            "<option value=\"\" data-tag=\"{}\"{}>{}</option>",
            escape(own),
            selected(None),
            escape(label)
        )?;
        for tag in languages.tags {
            let tag = escape(tag);
            let chosen = selected(Some(tag.0));
            write!(
                f,
                "<option value=\"{tag}\" data-tag=\"{tag}\"{chosen}>{tag}</option>"
            )?;
        }
        f.write_str("</select></p>\n")?;
    }
    let sections = catalogue.sections();
    if !sections.is_empty() {
        f.write_str("<nav aria-label=\"Modules\">\n<ul>\n")?;
        for module in sections {
            let name = escape(module.title.unwrap_or(module.name));
            writeln!(f, "<li><a href=\"#{}\">{name}</a></li>", ModuleId(module))?;
        }
        f.write_str("</ul>\n</nav>\n")?;
    }
    f.write_str("</header>\n")
}

/// A shaped catalogue's error body, as the Markdown page shows it.
fn write_body(f: &mut Formatter<'_>, catalogue: &Catalogue) -> fmt::Result {
    let Some((code, body)) = catalogue.example_body() else {
        return Ok(());
    };
    write!(
        f,
        "<section id=\"body\">\n<h2>The error body</h2>\n<p>As code {code} answers it:</p>\n\
         <pre><code>{}</code></pre>\n",
        escape(&body)
    )?;
    if let Some(header) = catalogue.envelope.code_header {
        writeln!(
            f,
            "<p>The code also goes in the <code>{}</code> header.</p>",
            escape(header)
        )?;
    }
    f.write_str("</section>\n")
}

/// One module: its heading, ranges and description, then its tables.
fn write_module(
    f: &mut Formatter<'_>,
    catalogue: &Catalogue,
    module: &Module,
    languages: &Languages,
) -> fmt::Result {
    let title = escape(module.title.unwrap_or(module.name));
    write!(
        f,
        "<section id=\"{}\" data-codes>\n<h2>{title}</h2>\n<p>Module <code>{}</code>, codes ",
        ModuleId(module),
        escape(module.name)
    )?;
    super::write_ranges(f, module.ranges)?;
    f.write_str(".</p>\n")?;
    if let Some(description) = module.description {
        writeln!(f, "<p class=\"text\">{}</p>", escape(description))?;
    }
    let members: Vec<&Entry> = catalogue
        .entries
        .iter()
        .filter(|entry| catalogue.home(entry) == Some(module))
        .collect();
    write_groups(f, &members, languages, catalogue)?;
    f.write_str("</section>\n")
}

/// The entries without a group in one table, then each group (in the order
/// of its first code) under its own heading.
fn write_groups(
    f: &mut Formatter<'_>,
    entries: &[&Entry],
    languages: &Languages,
    catalogue: &Catalogue,
) -> fmt::Result {
    let members = |group: Option<&str>| -> Vec<&Entry> {
        let members = entries.iter().copied().filter(|entry| entry.group == group);
        members.collect()
    };
    write_table(f, &members(None), languages, catalogue)?;
    for group in super::groups(entries.iter().copied()) {
        writeln!(f, "<h3>{}</h3>", escape(group))?;
        write_table(f, &members(Some(group)), languages, catalogue)?;
    }
    Ok(())
}

fn write_table(
    f: &mut Formatter<'_>,
    entries: &[&Entry],
    languages: &Languages,
    catalogue: &Catalogue,
) -> fmt::Result {
    if entries.is_empty() {
        return Ok(());
    }
    // A deprecation is said under the message, not in a column of its own.
    let columns = Columns {
        deprecated: false,
        ..Columns::of(entries.iter().copied())
    };
    f.write_str("<table>\n<thead><tr><th scope=\"col\">Code</th>")?;
    for header in columns.headers() {
        write!(f, "<th scope=\"col\">{header}</th>")?;
    }
    f.write_str("</tr></thead>\n<tbody>\n")?;
    for entry in entries {
        write_row(
            f,
            entry,
            &columns,
            languages,
            &catalogue.translations_of(entry),
        )?;
    }
    f.write_str("</tbody>\n</table>\n")
}

/// One entry's row: the entry, its translations, the page's languages.
struct Row<'a> {
    entry: &'a Entry,
    texts: &'a [Translation],
    languages: &'a Languages,
}

/// Which text of a translation a cell shows (`message`, `title`, `help`).
type Text = fn(&Translation) -> Option<&'static str>;

fn write_row(
    f: &mut Formatter<'_>,
    entry: &Entry,
    columns: &Columns,
    languages: &Languages,
    texts: &[Translation],
) -> fmt::Result {
    let row = Row {
        entry,
        texts,
        languages,
    };
    let code = entry.code;
    write!(
        f,
        "<tr id=\"{code}\"><th scope=\"row\"><a href=\"#{code}\">{code}</a>"
    )?;
    if let Some(url) = entry.docs_url() {
        write!(f, " <a class=\"docs\" href=\"{}\">docs</a>", escape(url))?;
    }
    f.write_str("</th>")?;
    if columns.symbol {
        write!(f, "<td><code>{}</code></td>", escape(entry.symbol))?;
    }
    if columns.title {
        row.cell(f, entry.title, |t| t.title)?;
    }
    row.message(f)?;
    if columns.http {
        match entry.http {
            Some(status) => write!(f, "<td>{status}</td>")?,
            None => f.write_str("<td></td>")?,
        }
    }
    write!(f, "<td>{}</td>", entry.grpc)?;
    if columns.help {
        row.cell(f, entry.help, |t| t.help)?;
    }
    f.write_str("</tr>\n")
}

impl Row<'_> {
    /// A cell of one of the entry's texts (title, help), in each language.
    fn cell(
        &self,
        f: &mut Formatter<'_>,
        declared: Option<&'static str>,
        text: Text,
    ) -> fmt::Result {
        f.write_str("<td>")?;
        self.spans(f, declared, text)?;
        f.write_str("</td>")
    }

    /// The message cell: the message in each language, then what else the
    /// entry says (success, deprecation, description, data).
    fn message(&self, f: &mut Formatter<'_>) -> fmt::Result {
        let entry = self.entry;
        f.write_str("<td>")?;
        self.spans(f, Some(entry.message), |t| Some(t.message))?;
        if entry.success {
            f.write_str(" <strong class=\"note\">Success.</strong>")?;
        }
        match entry.deprecated {
            Some("") => f.write_str(" <strong class=\"note\">Deprecated.</strong>")?,
            Some(note) => write!(
                f,
                " <strong class=\"note\">Deprecated:</strong> {}",
                escape(note)
            )?,
            None => {}
        }
        if let Some(description) = entry.description {
            write!(f, "<p class=\"text\">{}</p>", escape(description))?;
        }
        write_data(f, entry)?;
        f.write_str("</td>")
    }

    /// The declared text in a `<span data-lang="">`, then each translation
    /// in a `<span data-lang="fr" lang="fr">`; all but the one of the
    /// language shown are `hidden` (the page's script switches them).
    fn spans(
        &self,
        f: &mut Formatter<'_>,
        declared: Option<&'static str>,
        text: Text,
    ) -> fmt::Result {
        let languages = self.languages;
        let translated: Vec<(&str, &str)> = self
            .texts
            .iter()
            .filter_map(|t| Some((t.language, text(t)?)))
            .collect();
        let shown = languages
            .shown
            .filter(|tag| translated.iter().any(|(language, _)| language == tag));
        if translated.is_empty() && declared.is_none() {
            return Ok(());
        }
        f.write_str("<span data-texts>")?;
        if let Some(declared) = declared {
            let hidden = if shown.is_some() { " hidden" } else { "" };
            f.write_str("<span data-lang=\"\"")?;
            if let Some(own) = self
                .entry
                .language
                .filter(|own| Some(*own) != languages.own)
            {
                write!(f, " lang=\"{}\"", escape(own))?;
            }
            write!(f, "{hidden}>{}</span>", escape(declared))?;
        }
        for (language, value) in translated {
            let hidden = if Some(language) == shown {
                ""
            } else {
                " hidden"
            };
            let tag = escape(language);
            write!(
                f,
                "<span data-lang=\"{tag}\" lang=\"{tag}\"{hidden}>{}</span>",
                escape(value)
            )?;
        }
        f.write_str("</span>")
    }
}

/// What an answer of the entry carries beside its message: its data's
/// fields with their JSON shapes (`string?` may be null), and its
/// `Retry-After` (seconds, or the field the delay is read from).
fn write_data(f: &mut Formatter<'_>, entry: &Entry) -> fmt::Result {
    if !entry.data.is_empty() {
        f.write_str("<p class=\"data\">Data:")?;
        for (index, field) in entry.data.iter().enumerate() {
            let separator = if index == 0 { "" } else { "," };
            let (name, shape) = (escape(field.name), field.shape);
            write!(f, "{separator} <code>{name}</code> <code>{shape}</code>")?;
        }
        f.write_str("</p>")?;
    }
    match (entry.retry_after_field(), entry.retry_after) {
        (Some(field), _) => write!(
            f,
            "<p class=\"data\">Retry-After: from <code>{}</code></p>",
            escape(field)
        ),
        (None, Some(seconds)) => write!(f, "<p class=\"data\">Retry-After: {seconds} s</p>"),
        (None, None) => Ok(()),
    }
}

/// The retired codes, each range anchored at its first code.
fn write_retired(f: &mut Formatter<'_>, catalogue: &Catalogue) -> fmt::Result {
    if catalogue.retired.is_empty() {
        return Ok(());
    }
    f.write_str(
        "<section id=\"retired\">\n<h2>Retired codes</h2>\n\
         <p>Published once, never to be declared again.</p>\n<ul>\n",
    )?;
    for range in catalogue.retired {
        let start = range.start;
        if range.start == range.end {
            writeln!(f, "<li id=\"{start}\">{start}</li>")?;
        } else {
            writeln!(f, "<li id=\"{start}\">{start}\u{2013}{}</li>", range.end)?;
        }
    }
    f.write_str("</ul>\n</section>\n")
}

/// A module's anchor: `module-` and its name, whitespace as `-`.
struct ModuleId<'a>(&'a Module);

impl Display for ModuleId<'_> {
    fn fmt(&self, f: &mut Formatter<'_>) -> fmt::Result {
        f.write_str("module-")?;
        for c in self.0.name.chars() {
            if c.is_whitespace() {
                f.write_char('-')?;
            } else {
                write!(f, "{}", escape(c.encode_utf8(&mut [0; 4])))?;
            }
        }
        Ok(())
    }
}

/// Text in HTML, in an element or a quoted attribute: `&`, `<`, `>`, `"`
/// and `'` as character references, so that it is only ever text.
fn escape(text: &str) -> Escaped<'_> {
    Escaped(text)
}

struct Escaped<'a>(&'a str);

impl Display for Escaped<'_> {
    fn fmt(&self, f: &mut Formatter<'_>) -> fmt::Result {
        let mut rest = self.0;
        while let Some(at) = rest.find(['&', '<', '>', '"', '\'']) {
            f.write_str(&rest[..at])?;
            f.write_str(match rest.as_bytes()[at] {
                b'&' => "&amp;",
                b'<' => "&lt;",
                b'>' => "&gt;",
                b'"' => "&quot;",
                _ => "&#39;",
            })?;
            rest = &rest[at + 1..];
        }
        f.write_str(rest)
    }
}

/// The page's style: readable, with the contrast WCAG AA asks for.
const STYLE: &str = "
body{font-family:system-ui,sans-serif;margin:0 auto;max-width:75rem;padding:0 1rem;color:#1a1a1a;background:#fff;line-height:1.45}
table{border-collapse:collapse;width:100%;margin:0.5rem 0 1.5rem}
th,td{border-bottom:1px solid #ccc;padding:0.35rem 0.5rem;text-align:left;vertical-align:top}
thead th{background:#f0f0f0}
tbody th{white-space:nowrap}
a{color:#0645ad}
tr:target{background:#fff3b0}
.text{white-space:pre-line;margin:0.3rem 0 0;color:#333}
.data{margin:0.3rem 0 0;font-size:0.9em}
.note{color:#8a1c00}
input,select{font:inherit}
pre{background:#f4f4f4;padding:0.75rem;overflow-x:auto}
";

/// The page's script: the search filters the rows as one types; the
/// language switch shows each text in the language picked.
const SCRIPT: &str = "
(function () {
  var search = document.getElementById('search');
  var shown = document.getElementById('shown');
  var rows = Array.prototype.slice.call(document.querySelectorAll('tbody tr'));
  function filter() {
    var query = search.value.trim().toLowerCase();
    var count = 0;
    rows.forEach(function (row) {
      var match = !query || row.textContent.toLowerCase().indexOf(query) >= 0;
      row.hidden = !match;
      if (match) { count += 1; }
    });
    document.querySelectorAll('[data-codes]').forEach(function (section) {
      section.hidden = !!query && !section.querySelector('tbody tr:not([hidden])');
    });
    shown.textContent = count + ' of ' + rows.length + ' codes';
  }
  search.addEventListener('input', filter);
  var language = document.getElementById('language');
  if (language) {
    language.addEventListener('change', function () {
      var picked = language.value;
      document.documentElement.lang = language.selectedOptions[0].getAttribute('data-tag') || 'en';
      document.querySelectorAll('[data-texts]').forEach(function (cell) {
        var spans = Array.prototype.slice.call(cell.children);
        var match = spans.filter(function (span) { return span.getAttribute('data-lang') === picked; })[0];
        spans.forEach(function (span) {
          span.hidden = match ? span !== match : span.getAttribute('data-lang') !== '';
        });
      });
    });
  }
  if (location.hash) {
    var target = document.getElementById(decodeURIComponent(location.hash.slice(1)));
    if (target) { target.scrollIntoView(); }
  }
})();
";
