//! The reference page (`docs::html`): anchors a `docs_url` template can
//! point at, every text escaped whatever it holds, every language in the
//! page. `tests/contract/reference_page.py` checks the served page in
//! Chromium (search, anchors, language switch, axe-core).

use error_codes::ErrorCatalog;
use error_codes::docs::{self, Catalogue};

/// A catalogue whose documentation URLs lead to its own reference page.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ErrorCatalog)]
#[catalog(
    docs_url = "https://shop.example/errors#{code}",
    module(name = "orders", title = "Orders", ranges(60400..=60499)),
    retired(60450, 60460..=60462)
)]
enum Linked {
    /// The request is not valid.
    #[code(40000, http = 400)]
    Invalid,
    /// Order not found.
    #[code(60404, http = 404, group = "Lookup")]
    OrderNotFound,
    /// Out of stock.
    #[code(60409, http = 409)]
    #[deprecated(note = "use 60410")]
    OutOfStock,
}

/// Each `id` of the page, in order.
fn ids(page: &str) -> Vec<&str> {
    let starts = page
        .match_indices(" id=\"")
        .map(|(at, found)| at + found.len());
    starts
        .map(|start| &page[start..start + page[start..].find('"').unwrap()])
        .collect()
}

#[test]
fn docs_urls_can_point_at_the_pages_anchors() {
    let page = docs::html::<Linked>();
    let ids = ids(&page);
    for entry in Linked::ENTRIES {
        let url = entry.docs_url().unwrap();
        let fragment = url.split_once('#').unwrap().1;
        let rows = ids.iter().filter(|id| **id == fragment).count();
        assert_eq!(rows, 1, "{url}");
        assert!(page.contains(&format!("<tr id=\"{fragment}\">")), "{url}");
    }
    // Retired codes are anchored too, each range at its first code.
    assert!(ids.contains(&"60450") && ids.contains(&"60460"), "{ids:?}");
    assert!(page.contains("<section id=\"module-orders\" data-codes>"));
    assert!(page.contains("<h3>Lookup</h3>"));
    assert!(page.contains("<strong class=\"note\">Deprecated:</strong> use 60410"));
}

/// Text that would be markup, everywhere a catalogue can hold text.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ErrorCatalog)]
#[catalog(module(
    name = "a\"b <i>",
    title = "</h2><script>alert(1)</script>",
    description = "<img src=x onerror=alert(2)>",
    ranges(1..=9)
))]
enum Hostile {
    /// </td><script>alert(3)</script> & 'quoted' "double"
    ///
    /// <b>not bold</b>
    #[code(
        1,
        title = "<em>x</em>",
        help = "a</span><span hidden>b",
        group = "<h1>g</h1>"
    )]
    One,
    #[code(2, message = "\"><svg onload=alert(4)>")]
    #[deprecated(note = "<!-- gone -->")]
    Two,
}

#[test]
fn every_text_stays_text() {
    let page = docs::html::<Hostile>();
    assert_eq!(page.matches("<script").count(), 1, "only the page's own");
    for markup in [
        "<img",
        "<svg",
        "<em>",
        "<i>",
        "<b>",
        "<h1>g",
        "<!--",
        "</span><span hidden>",
    ] {
        assert!(!page.contains(markup), "{markup} in the page");
    }
    assert!(page.contains(
        "&lt;/td&gt;&lt;script&gt;alert(3)&lt;/script&gt; &amp; &#39;quoted&#39; &quot;double&quot;"
    ));
    assert!(page.contains("id=\"module-a&quot;b-&lt;i&gt;\""));
    // Every id is unique.
    let ids = ids(&page);
    let mut unique = ids.clone();
    unique.sort_unstable();
    unique.dedup();
    assert_eq!(unique.len(), ids.len(), "{ids:?}");
}

/// Translated into French and Chinese (`tests/locales/reference`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, ErrorCatalog)]
#[catalog(language = "en", locales = "locales/reference")]
enum Translated {
    /// Login session is missing or invalid.
    #[code(40101, http = 401, help = "Log in again.")]
    Unauthorized,
}

#[test]
fn every_language_is_in_the_page_and_one_is_shown() {
    let catalogue = Catalogue::of::<Translated>();
    let english = catalogue.html().to_string();
    assert!(english.starts_with("<!DOCTYPE html>\n<html lang=\"en\">"));
    for tag in Translated::LOCALES {
        let translation = Translated::translation_for(40101, tag).unwrap();
        let shown = format!("<span data-lang=\"{tag}\" lang=\"{tag}\">");
        let hidden = format!("<span data-lang=\"{tag}\" lang=\"{tag}\" hidden>");
        assert!(english.contains(&hidden), "{tag}");
        assert!(english.contains(&format!("<option value=\"{tag}\" data-tag=\"{tag}\">")));
        let page = catalogue.html_in(tag).to_string();
        assert!(page.starts_with(&format!("<!DOCTYPE html>\n<html lang=\"{tag}\">")));
        assert!(
            page.contains(&format!("{shown}{}</span>", translation.message)),
            "{tag}"
        );
        assert!(
            page.contains(
                "<span data-lang=\"\" hidden>Login session is missing or invalid.</span>"
            )
        );
        assert!(page.contains(&format!(
            "<option value=\"{tag}\" data-tag=\"{tag}\" selected>"
        )));
    }
    // A language the catalogue lacks shows the declared texts.
    assert_eq!(catalogue.html_in("de").to_string(), english);
}
