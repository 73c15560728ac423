//! The reference answers of language matching: fluent-langneg 0.14 with
//! its CLDR data (`cldr`), `NegotiationStrategy::Filtering`, the available
//! set being the catalogue's own language (`en`) and its files, for the
//! `Accept-Language` headers real browsers send. `tests/locales.rs` checks
//! `error_codes::locale::choose` against what this prints, kept in
//! `tests/contract/langneg.tsv`; regenerate it with
//!
//! ```text
//! cargo run -q -p error-codes-examples --features langneg --example langneg_reference \
//!     > tests/contract/langneg.tsv
//! ```
//!
//! Each line: the files (comma-separated), the header, the language
//! chosen (`en` for the catalogue's own messages).

use fluent_langneg::{
    LanguageIdentifier, NegotiationStrategy, negotiate_languages, parse_accepted_languages,
};

/// The two namings of the same files, by script and by region.
const FILES: [&[&str]; 2] = [&["zh-Hans", "zh-Hant", "ja"], &["zh-CN", "zh-TW", "ja"]];

/// What browsers send (desktop Chrome, Firefox, Safari and Edge in
/// mainland China, Taiwan and Hong Kong; Japanese; English-first browsers
/// listing Chinese or Japanese second; MDN's example), plus `*`.
const HEADERS: &[&str] = &[
    "zh-CN,zh;q=0.9",
    "zh-CN,zh;q=0.9,en;q=0.8",
    "zh-CN,zh;q=0.8,zh-TW;q=0.7,zh-HK;q=0.5,en-US;q=0.3,en;q=0.2",
    "zh-CN",
    "zh-CN,zh-Hans;q=0.9",
    "zh-Hans-CN,zh-Hans;q=0.5",
    "zh-TW,zh;q=0.9",
    "zh-HK",
    "zh-HK,zh;q=0.9",
    "ja,en-US;q=0.9,en;q=0.8",
    "ja-JP",
    "en-US,en;q=0.9,zh-CN;q=0.8,zh;q=0.7",
    "en-GB,en;q=0.9,ja;q=0.8",
    "pt-BR",
    "*",
];

fn main() {
    println!("# files\theader\tchosen (fluent-langneg 0.14, cldr, Filtering; own language en)");
    for files in FILES {
        let available: Vec<LanguageIdentifier> = std::iter::once("en")
            .chain(files.iter().copied())
            .map(|tag| tag.parse().expect("a language tag"))
            .collect();
        for header in HEADERS {
            let requested = parse_accepted_languages(header);
            let chosen =
                negotiate_languages(&requested, &available, None, NegotiationStrategy::Filtering);
            let chosen = chosen.first().map_or("en".to_owned(), ToString::to_string);
            println!("{}\t{header}\t{chosen}", files.join(","));
        }
    }
}
