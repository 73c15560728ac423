//! The Markdown page shows each plain text as it is, whatever it holds,
//! and lets no text become HTML: a CommonMark renderer this project did not
//! write (pulldown-cmark, with tables) reads the page back, and each cell's
//! and heading's visible text equals the catalogue's (line breaks as
//! spaces); no event anywhere is raw HTML, descriptions included.

use error_codes::{ErrorCatalog, docs};
use pulldown_cmark::{Event, Options, Parser, Tag, TagEnd};

const SCRIPT: &str = "</script><script>alert(1)</script>";

#[derive(Debug, ErrorCatalog)]
#[catalog(
    name = "Hostile <b>*name*</b>\nsecond line #",
    module(name = "m`x", title = "Mod `x` <!-- c --> [l](u)", ranges(1..=9))
)]
pub enum Hostile {
    /// Ignored: the message below is given.
    ///
    /// Description </script><script>alert(1)</script>, *kept* Markdown and
    /// <https://example.com/kept>.
    #[code(
        1,
        message = "Use <b>bold</b> & *stars* `ticks` \\ back \\* </script><script>alert(1)</script>",
        title = "T\u{1}x &amp; _u_",
        help = "a|b ~~c~~ ![i](x)",
        group = "G_\\*#"
    )]
    One,
    #[code(2, message = "<!-- hidden? -->")]
    Two,
}

/// The visible text of each heading and each table cell, in order; every
/// event of raw HTML.
fn read(page: &str) -> (Vec<String>, Vec<String>, Vec<String>) {
    let (mut headings, mut cells, mut html) = (Vec::new(), Vec::new(), Vec::new());
    let mut current: Option<String> = None;
    for event in Parser::new_ext(page, Options::ENABLE_TABLES | Options::ENABLE_STRIKETHROUGH) {
        match event {
            Event::Start(Tag::Heading { .. } | Tag::TableCell) => current = Some(String::new()),
            Event::End(TagEnd::Heading(_)) => headings.extend(current.take()),
            Event::End(TagEnd::TableCell) => cells.extend(current.take()),
            Event::Text(text) | Event::Code(text) => {
                if let Some(current) = &mut current {
                    current.push_str(&text);
                }
            }
            Event::Html(text) | Event::InlineHtml(text) => html.push(text.to_string()),
            _ => {}
        }
    }
    (headings, cells, html)
}

#[test]
fn every_text_shows_as_itself_and_nothing_is_html() {
    let page = docs::markdown::<Hostile>();
    let (headings, cells, html) = read(&page);
    assert!(html.is_empty(), "raw HTML: {html:?}\n{page}");
    let one_line = |text: &str| text.replace('\n', " ");
    assert_eq!(headings[0], one_line(Hostile::NAME), "{page}");
    assert!(
        headings.contains(&"Mod `x` <!-- c --> [l](u)".to_owned()),
        "{headings:?}"
    );
    let entry = Hostile::lookup(1).unwrap();
    for text in [entry.message, entry.title.unwrap(), entry.help.unwrap()] {
        assert!(
            cells.contains(&text.to_owned()),
            "{text:?} in {cells:?}\n{page}"
        );
    }
    assert!(
        headings.contains(&entry.group.unwrap().to_owned()),
        "{headings:?}"
    );
    assert!(cells.contains(&"<!-- hidden? -->".to_owned()), "{cells:?}");
    assert!(
        page.contains("`` m`x ``") || page.contains("``m`x``"),
        "{page}"
    );
}

#[test]
fn a_description_stays_markdown_but_holds_no_element() {
    let page = docs::markdown::<Hostile>();
    let mut text = String::new();
    let mut links = Vec::new();
    for event in Parser::new(&page) {
        match event {
            Event::Text(t) => text.push_str(&t),
            Event::Start(Tag::Link { dest_url, .. }) => links.push(dest_url.to_string()),
            Event::Html(t) | Event::InlineHtml(t) => panic!("raw HTML {t:?} in\n{page}"),
            _ => {}
        }
    }
    assert!(text.contains(SCRIPT), "the tags show as text");
    assert!(
        links.contains(&"https://example.com/kept".to_owned()),
        "{links:?}"
    );
}

/// A documentation URL whose symbol holds what would end a link or a table
/// cell (`>`, `|`, a space, a backslash): the page links it, percent-encoded,
/// and the row keeps its cells.
#[derive(Debug, ErrorCatalog)]
#[catalog(docs_url = "https://example.com/errors/{symbol}")]
pub enum HostileLink {
    #[code(1, symbol = "a> b|c\\d<e", message = "Hostile link.")]
    One,
    #[code(2, symbol = "plain", message = "Plain link.")]
    Two,
}

#[test]
fn a_hostile_link_stays_one_link_in_its_cell() {
    let page = docs::markdown::<HostileLink>();
    let mut links = Vec::new();
    let mut html = Vec::new();
    for event in Parser::new_ext(&page, Options::ENABLE_TABLES) {
        match event {
            Event::Start(Tag::Link { dest_url, .. }) => links.push(dest_url.to_string()),
            Event::Html(t) | Event::InlineHtml(t) => html.push(t.to_string()),
            _ => {}
        }
    }
    assert!(html.is_empty(), "raw HTML: {html:?}\n{page}");
    assert_eq!(
        links,
        [
            "https://example.com/errors/a%3E%20b%7Cc%5Cd%3Ce",
            "https://example.com/errors/plain"
        ],
        "{page}"
    );
    let (_, cells, _) = read(&page);
    assert!(cells.contains(&"Hostile link.".to_owned()), "{cells:?}");
    assert!(cells.contains(&"Plain link.".to_owned()), "{cells:?}");
}
