//! Messages in several languages: `#[catalog(locales = "locales")]`.
//!
//! The derive reads `<folder>/<BCP 47 tag>.toml` (the folder relative to
//! the crate's `Cargo.toml`) when it expands, one file per language, each
//! mapping every code of the enum to its message:
//!
//! ```toml
//! # locales/zh-CN.toml
//! 40101 = "登录会话缺失或无效。"
//! 40102 = { message = "令牌已过期。", title = "令牌过期", help = "请重新登录。" }
//! "-1" = "未知错误。"
//! ```
//!
//! A code whose entry declares a `title` or `help` may translate them in
//! a table, as 40102 does; a translated `Problem` whose
//! title has no translation takes the translated message as its title.
//!
//! The path is relative to the `Cargo.toml` of the crate being compiled:
//! a file that another crate includes (`#[path = "..."] mod`) is read from
//! that crate's folder, so such a file names a path both reach
//! (`"../examples/locales/shop"`).
//!
//! The messages are static like the rest of the tables, and cargo rebuilds
//! the crate when a file changes (a file added to the folder is seen at the
//! next build of the crate). A code the enum does not declare (a stale
//! translation), a declared code missing from a file, a file that is not
//! TOML or whose name is not a language tag are compile errors naming the
//! file and line.
//!
//! # One language per answer set
//!
//! A composition's [`LOCALES`](crate::ErrorCatalog::LOCALES) are its own
//! files' and its parts'. Its files may translate its parts' codes too
//! (a code no part declares is a compile error). A request's language is
//! chosen once over all of them
//! ([`ErrorCatalog::translation_for`](crate::ErrorCatalog::translation_for)),
//! then each code answers in it: from the composition's files, else the
//! part's, else in its declared language, which `Content-Language` says.
//! `untranslated` lists the codes a language lacks.
//!
//! # Matching a request's languages
//!
//! [`choose`] picks, for an `Accept-Language` header, one of the declared
//! messages (in the catalogue's own language, `#[catalog(language =
//! "en")]`) and the translations; [`Entry::translation_for`],
//! [`ErrorCatalog::message_in`](crate::ErrorCatalog::message_in), the axum
//! middleware `axum::localize` and gRPC's `status_for` all
//! use it. Ranges count by weight; a malformed range is skipped.
//!
//! With feature `cldr` (which `axum`, `actix` and `tonic` turn on) it
//! matches as CLDR-aware negotiators do:
//! fluent-langneg 0.14's filtering negotiation over ICU4X's likely
//! subtags, so `zh-CN` (what desktop browsers in mainland China send) is
//! `zh-Hans-CN` and finds a `zh-Hans` file, `zh-TW` and `zh-HK` find
//! `zh-Hant`, and a file named `zh-CN` serves `zh-Hans-CN` (Edge). The
//! recorded answers for the headers real browsers send are in the
//! repository (`tests/contract/langneg.tsv`, from
//! `examples/langneg_reference.rs`). Its cost: fluent-langneg and ICU4X's
//! locale crates with their CLDR tables (and a second `syn` for their
//! derives), 26 crates, about 6 s of a cold build on two cores
//! (BENCHMARKS.md), which a crate that negotiates no language does not
//! build. Without `cldr`, each range is matched by RFC 4647 lookup
//! ([`lookup`]: the tag, then shorter prefixes).
//!
//! Declare the catalogue's own language: then `en-US,en;q=0.9,zh-CN;q=0.8`
//! (an English browser that lists Chinese second) keeps the declared
//! messages, and answers say their language in `Content-Language` even
//! untranslated. Without it, only the translations are candidates.
// It reads untrusted text: no arithmetic that can overflow or panic.
#![deny(clippy::arithmetic_side_effects)]

#[cfg(feature = "cldr")]
mod cldr;

use crate::Entry;

/// RFC 4647 "lookup" of `requested` among `available`: the position of the
/// first available tag equal (ignoring ASCII case) to `requested`, else to
/// its prefixes, each one subtag shorter (a single-letter subtag, which
/// introduces an extension, goes with the subtag after it). `None` when no
/// prefix matches, or for `*` (any language: the catalogue's own message).
#[must_use]
pub fn lookup(available: &[&str], requested: &str) -> Option<usize> {
    let mut range = requested;
    while !range.is_empty() && range != "*" {
        let found = available
            .iter()
            .position(|tag| tag.eq_ignore_ascii_case(range));
        if found.is_some() {
            return found;
        }
        range = match range.rfind('-') {
            Some(end) => &range[..end],
            None => "",
        };
        // A singleton (`x-...`) goes with the subtag it introduces.
        if let Some(cut) = range.len().checked_sub(2)
            && range.as_bytes()[cut] == b'-'
        {
            range = &range[..cut];
        }
    }
    None
}

/// What an `Accept-Language` header (`fr;q=0.1, zh;q=0.9`) picks among
/// `available`, when the declared messages' language is unknown: [`choose`]
/// with no own language.
#[must_use]
pub fn best(available: &[&str], header: &str) -> Option<usize> {
    choose(None, available, header)
}

/// What an `Accept-Language` header picks among the declared messages (in
/// `own`, when known) and the translations `available`: the position of a
/// translation, or `None` for the declared messages (nothing matches, the
/// best range is `*`, or the header has no well-formed range).
///
/// The ranges are taken by weight (ties in the order written); `q=0` is
/// never chosen; a malformed range (`en_US`, `fr;q=2`) is skipped, not the
/// whole header. With feature `cldr`, matching follows CLDR's likely
/// subtags, as fluent-langneg's filtering negotiation does (`zh-CN` finds `zh-Hans`,
/// `zh-TW` and `zh-HK` find `zh-Hant`, `en-US` finds `en`); without it,
/// each range by RFC 4647 [`lookup`].
#[must_use]
pub fn choose(own: Option<&str>, available: &[&str], header: &str) -> Option<usize> {
    #[cfg(feature = "cldr")]
    {
        cldr::remembered(own, available, header, || {
            let ranges = header.split(',').filter_map(parse);
            let mut ranges: std::vec::Vec<(&str, u16)> = ranges.collect();
            ranges.retain(|(_, weight)| *weight > 0);
            // Stable: ties stay in the order written.
            ranges.sort_by(|(_, a), (_, b)| b.cmp(a));
            let ranges: std::vec::Vec<&str> = ranges.into_iter().map(|(range, _)| range).collect();
            cldr::negotiate(own, available, &ranges)
        })
    }
    #[cfg(not(feature = "cldr"))]
    {
        let mut best: Option<(u16, Option<usize>)> = None;
        for (range, weight) in header.split(',').filter_map(parse) {
            if weight == 0 || best.is_some_and(|(q, _)| q >= weight) {
                continue;
            }
            let own = own.is_some_and(|own| lookup(&[own], range).is_some());
            let found = lookup(available, range);
            if found.is_some() || own || range == "*" {
                best = Some((weight, found));
            }
        }
        best.and_then(|(_, found)| found)
    }
}

fn parse(item: &str) -> Option<(&str, u16)> {
    let mut parts = item.split(';');
    let range = parts.next()?.trim();
    let weight = match parts.next() {
        None => 1000,
        Some(parameter) => {
            let parameter = parameter.trim();
            let value = parameter
                .strip_prefix("q=")
                .or_else(|| parameter.strip_prefix("Q="));
            weight(value?)?
        }
    };
    let subtag =
        |s: &str| (1..=8).contains(&s.len()) && s.bytes().all(|b| b.is_ascii_alphanumeric());
    let first_alpha = range
        .bytes()
        .next()
        .is_some_and(|b| b.is_ascii_alphabetic());
    let well_formed = range == "*" || (first_alpha && range.split('-').all(subtag));
    (well_formed && parts.next().is_none()).then_some((range, weight))
}

/// `0.5` in thousandths (500), as RFC 9110's `qvalue`: `0`, `1`, or either
/// with a `.` and at most three digits (only zeros after a `1`).
fn weight(text: &str) -> Option<u16> {
    let (whole, fraction) = text.split_once('.').unwrap_or((text, ""));
    if fraction.len() > 3 {
        return None;
    }
    let whole: u16 = match whole {
        "0" => 0,
        "1" if fraction.bytes().all(|b| b == b'0') => 1000,
        _ => return None,
    };
    let mut thousandths: u16 = 0;
    for (place, digit) in [100_u16, 10, 1].into_iter().zip(fraction.chars()) {
        let digit = u16::try_from(digit.to_digit(10)?).ok()?;
        thousandths = thousandths.checked_add(place.checked_mul(digit)?)?;
    }
    whole.checked_add(thousandths)
}

/// An entry's texts in one language: what a translation file gives for its
/// code (`40101 = "..."`, or `40101 = { message = "...", title = "...",
/// help = "..." }`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub struct Translation {
    /// The language's tag, as the file is named (`"zh-Hans"`): what
    /// `Content-Language` says.
    pub language: &'static str,
    /// The message (placeholders unfilled).
    pub message: &'static str,
    /// The title, when the entry has one and the file translates it. A
    /// translated answer whose title has no translation takes the
    /// translated message as its title, as an entry without a title does,
    /// so that no text of it is in another language than it says.
    pub title: Option<&'static str>,
    /// The help, when the entry has some and the file translates it.
    pub help: Option<&'static str>,
}

impl Entry {
    /// The entry's message in the language of `tag` (matched as one
    /// `Accept-Language` range: [`choose`]), else its own
    /// [`message`](Entry::message). The entry's own translations only: a
    /// composition's files and its other languages are
    /// [`ErrorCatalog::message_in`](crate::ErrorCatalog::message_in)'s.
    #[must_use]
    pub fn message_in(&self, tag: &str) -> &'static str {
        self.translation_in(tag)
            .map_or(self.message, |translation| translation.message)
    }

    /// The translation `tag` picks ([`choose`], with the entry's
    /// [`language`](Entry::language)): its language's tag (as the file is
    /// named) and the message. `None` when the declared message is the one.
    #[must_use]
    pub fn translation(&self, tag: &str) -> Option<(&'static str, &'static str)> {
        self.translation_for(tag)
    }

    /// The translation an `Accept-Language` header picks ([`choose`], with
    /// the entry's [`language`](Entry::language)): its tag and message.
    #[must_use]
    pub fn translation_for(&self, accept_language: &str) -> Option<(&'static str, &'static str)> {
        let translation = self.translation_in(accept_language)?;
        Some((translation.language, translation.message))
    }

    /// The texts an `Accept-Language` header (or one tag) picks among the
    /// entry's own translations ([`choose`], with its
    /// [`language`](Entry::language)); `None` when the declared texts are
    /// the ones.
    #[must_use]
    pub fn translation_in(&self, accept_language: &str) -> Option<Translation> {
        if self.locales.is_empty() {
            return None;
        }
        self.translation_at(choose(self.language, self.locales, accept_language)?)
    }

    /// The translation at `position`; none where the file gives none (a
    /// success's translation is optional).
    fn translation_at(&self, position: usize) -> Option<Translation> {
        let message = *self.translations.get(position)?;
        let text =
            |column: &[&'static str]| column.get(position).copied().filter(|t| !t.is_empty());
        (!message.is_empty()).then_some(Translation {
            language: self.locales.get(position)?,
            message,
            title: text(self.title_translations),
            help: text(self.help_translations),
        })
    }

    /// Every translation of the entry: each language's tag and message.
    pub fn translations(&self) -> impl Iterator<Item = (&'static str, &'static str)> + use<> {
        let locales = self.locales.iter().copied();
        let translations = locales.zip(self.translations.iter().copied());
        translations.filter(|(_, message)| !message.is_empty())
    }
}

/// A catalogue's [`translation_for`](crate::ErrorCatalog::translation_for),
/// kept by what is written from one of its values (a [`Problem`](crate::Problem),
/// a middleware's note of an answer) to translate it later. Equal to any
/// other: the entry it goes with tells values apart.
#[cfg(feature = "alloc")]
#[derive(Clone, Copy)]
pub(crate) struct Translator(fn(i64, &str) -> Option<Translation>);

#[cfg(feature = "alloc")]
impl Translator {
    /// `C`'s, when it has translations.
    pub(crate) fn of<C: crate::ErrorCatalog>() -> Option<Self> {
        (!C::LOCALES.is_empty()).then_some(Self(C::translation_for))
    }

    /// The texts of `code` that `accept` picks.
    pub(crate) fn find(self, code: i64, accept: &str) -> Option<Translation> {
        (self.0)(code, accept)
    }
}

#[cfg(feature = "alloc")]
impl PartialEq for Translator {
    fn eq(&self, _: &Self) -> bool {
        true
    }
}

#[cfg(feature = "alloc")]
impl Eq for Translator {}

#[cfg(feature = "alloc")]
impl core::fmt::Debug for Translator {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        f.write_str("Translator")
    }
}

/// The texts a composing catalogue's own files give a composed catalogue's
/// code, which override the composed catalogue's own translations. Used
/// by the generated code (a composition's `__translation` holds them,
/// sorted by code, each column in the order of `OWN_LOCALES`; `""`: none).
#[doc(hidden)]
#[derive(Debug, Clone, Copy)]
pub struct PartTranslation {
    pub code: i64,
    pub messages: &'static [&'static str],
    pub titles: &'static [&'static str],
    pub helps: &'static [&'static str],
}

/// The texts `range` picks among a composition's own files for a composed
/// code (`table` sorted by code, `locales` its `OWN_LOCALES`).
/// Used by the generated code.
#[doc(hidden)]
#[must_use]
pub fn part_translation(
    table: &[PartTranslation],
    locales: &'static [&'static str],
    code: i64,
    range: &str,
) -> Option<Translation> {
    let row = table.binary_search_by_key(&code, |row| row.code).ok()?;
    let row = table.get(row)?;
    let entry = Entry {
        code,
        locales,
        translations: row.messages,
        title_translations: row.titles,
        help_translations: row.helps,
        ..crate::entry::BLANK
    };
    entry.translation_in(range)
}

/// Every code of `C` that has no text of its own in one of `C`'s
/// [`LOCALES`](crate::ErrorCatalog::LOCALES), and that language: where a
/// client that asks for it gets the code's declared message instead (in
/// the code's own [`language`](Entry::language), which `Content-Language`
/// then says). Empty when every language covers every error code. A test
/// of a composition can assert it is empty, or that only known gaps stay.
#[cfg(feature = "alloc")]
#[must_use]
pub fn untranslated<C: crate::ErrorCatalog>() -> alloc::vec::Vec<(i64, &'static str)> {
    let mut gaps = alloc::vec::Vec::new();
    for entry in C::ENTRIES.iter().filter(|entry| !entry.success) {
        for &tag in C::LOCALES {
            let translated = C::__translation(entry.code, tag).is_some();
            if !translated && entry.language != Some(tag) {
                gaps.push((entry.code, tag));
            }
        }
    }
    gaps
}

/// The number of distinct tags of `lists`. Used by the generated code.
#[doc(hidden)]
#[must_use]
#[allow(clippy::arithmetic_side_effects)] // const evaluation over the catalogue's own tags
pub const fn union_len(lists: &[&[&str]]) -> usize {
    let mut count = 0;
    let mut list = 0;
    while list < lists.len() {
        let mut i = 0;
        while i < lists[list].len() {
            if first_of(lists, list, i) {
                count += 1;
            }
            i += 1;
        }
        list += 1;
    }
    count
}

/// The distinct tags of `lists`, in their first order. Used by the
/// generated code (`N` is [`union_len`]).
#[doc(hidden)]
#[must_use]
#[allow(clippy::arithmetic_side_effects)] // const evaluation over the catalogue's own tags
pub const fn union<const N: usize>(lists: &[&[&'static str]]) -> [&'static str; N] {
    let mut tags = [""; N];
    let mut count = 0;
    let mut list = 0;
    while list < lists.len() {
        let mut i = 0;
        while i < lists[list].len() {
            if first_of(lists, list, i) {
                tags[count] = lists[list][i];
                count += 1;
            }
            i += 1;
        }
        list += 1;
    }
    tags
}

/// Whether `lists[list][i]` is met there first.
#[allow(clippy::arithmetic_side_effects)] // const evaluation over the catalogue's own tags
const fn first_of(lists: &[&[&str]], list: usize, i: usize) -> bool {
    let tag = lists[list][i];
    let mut l = 0;
    while l <= list {
        let end = if l == list { i } else { lists[l].len() };
        let mut j = 0;
        while j < end {
            if crate::const_str::eq(lists[l][j], tag) {
                return false;
            }
            j += 1;
        }
        l += 1;
    }
    true
}

#[cfg(test)]
mod tests {
    use super::{best, choose, lookup, union, union_len, weight};

    /// Own language, available tags, header, and the answer.
    type Question = (
        Option<&'static str>,
        &'static [&'static str],
        &'static str,
        Option<usize>,
    );

    /// The answers a thread remembers are told apart by every part of the
    /// question, in any order of asking, past the number it keeps.
    #[test]
    fn remembered_answers_answer_only_their_own_question() {
        let questions: [Question; 5] = [
            (Some("en"), &["fr"], "fr", Some(0)),
            (None, &["en", "fr"], "fr", Some(1)),
            (Some("en"), &["fr"], "en", None),
            (Some("fr"), &["en"], "fr", None),
            (
                None,
                &["zh-Hans", "zh-Hant"],
                "zh-TW",
                if cfg!(feature = "cldr") {
                    Some(1)
                } else {
                    None
                },
            ),
        ];
        for round in 0..12 {
            for (own, available, header, expected) in questions.iter().cycle().skip(round).take(7) {
                assert_eq!(
                    choose(*own, available, header),
                    *expected,
                    "{own:?} {available:?} {header}"
                );
            }
        }
    }

    /// A byte below `0` after `q=0.` (`-`, `+`, space, `!`, `/`) once
    /// underflowed in the digit's value: a panic in every debug build.
    #[test]
    fn a_q_value_with_a_sign_or_punctuation_is_ill_formed_not_a_panic() {
        for q in [
            "0.-5", "0.+5", "0. 5", "0.!5", "0./5", "0.5-", "1.-0", "0.9:9",
        ] {
            assert_eq!(weight(q), None, "{q}");
            let header = format!("fr;q={q}, zh");
            // The malformed range is skipped: `zh` is chosen.
            assert_eq!(best(AVAILABLE, &header), Some(2), "{header}");
        }
        assert_eq!(weight("0.5"), Some(500));
        assert_eq!(weight("0.125"), Some(125));
        assert_eq!(weight("1.000"), Some(1000));
        assert_eq!(weight("1.5"), None);
    }

    const AVAILABLE: &[&str] = &["fr", "zh-Hant", "zh", "de-CH"];

    #[test]
    fn lookup_falls_back_to_shorter_prefixes() {
        assert_eq!(lookup(AVAILABLE, "zh-Hant-TW"), Some(1));
        assert_eq!(lookup(AVAILABLE, "ZH-hant"), Some(1));
        assert_eq!(lookup(AVAILABLE, "zh-CN"), Some(2));
        assert_eq!(lookup(AVAILABLE, "fr-CA-x-private"), Some(0));
        assert_eq!(
            lookup(AVAILABLE, "de"),
            None,
            "lookup never widens the available tag"
        );
        assert_eq!(lookup(AVAILABLE, "*"), None);
        assert_eq!(lookup(AVAILABLE, ""), None);
        assert_eq!(lookup(&[], "fr"), None);
    }

    #[test]
    fn accept_language_weights_ranges() {
        assert_eq!(best(AVAILABLE, "fr;q=0.1, zh;q=0.9"), Some(2));
        assert_eq!(
            best(AVAILABLE, "en, fr;q=0.5"),
            Some(0),
            "en is not available"
        );
        assert_eq!(best(AVAILABLE, "*"), None);
        assert_eq!(
            best(AVAILABLE, "*, fr;q=0.5"),
            None,
            "any language first: the own message"
        );
        assert_eq!(best(AVAILABLE, "fr;q=0, zh-Hant-TW"), Some(1));
        assert_eq!(best(AVAILABLE, "fr;q=0"), None);
        assert_eq!(
            best(AVAILABLE, "zh, fr"),
            Some(2),
            "ties: the first written"
        );
        assert_eq!(best(AVAILABLE, "fr;q=1.0"), Some(0));
        assert_eq!(
            best(AVAILABLE, "fr;Q=0.2, zh ; q=0.3"),
            Some(2),
            "names ignore case, spaces"
        );
        for garbage in [
            "fr;q=2",
            "fr;q=0.1234",
            "zh;x=1",
            "12-fr",
            "fr;;",
            "fr_FR",
            "fr;q=",
            "🦀",
        ] {
            assert_eq!(best(AVAILABLE, garbage), None, "{garbage}");
        }
        assert_eq!(
            best(AVAILABLE, "zh, fr_FR"),
            Some(2),
            "an ill-formed range is skipped, not the header"
        );
        assert_eq!(best(AVAILABLE, ""), None);
    }

    #[test]
    fn union_keeps_the_first_of_each_tag() {
        const LISTS: &[&[&str]] = &[&["fr", "zh"], &[], &["zh", "de"], &["fr"]];
        const N: usize = union_len(LISTS);
        assert_eq!(union::<N>(LISTS), ["fr", "zh", "de"]);
    }
}
