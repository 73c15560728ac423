//! Messages in several languages: `#[catalog(locales = "locales")]`.
//!
//! The derive reads `<folder>/<BCP 47 tag>.toml` (the folder relative to
//! the crate's `Cargo.toml`) when it expands, one file per language, each
//! mapping every code of the enum to its message:
//!
//! ```toml
//! # locales/zh-CN.toml
//! 40101 = "登录会话缺失或无效。"
//! "-1" = "未知错误。"
//! ```
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
//! file and line. A composed catalogue keeps its own translations; a
//! composition's [`LOCALES`](crate::ErrorCatalog::LOCALES) are its own and
//! its parts'.
//!
//! # Matching a request's languages
//!
//! [`choose`] picks, for an `Accept-Language` header, one of the declared
//! messages (in the catalogue's own language, `#[catalog(language =
//! "en")]`) and the translations; [`Entry::translation_for`],
//! [`ErrorCatalog::message_in`](crate::ErrorCatalog::message_in), the axum
//! middleware [`axum::localize`](crate::axum) and gRPC's `status_for` all
//! use it. Ranges count by weight; a malformed range is skipped.
//!
//! With `std` (a default feature) it matches as CLDR-aware negotiators do:
//! fluent-langneg 0.14's filtering negotiation over ICU4X's likely
//! subtags, so `zh-CN` (what desktop browsers in mainland China send) is
//! `zh-Hans-CN` and finds a `zh-Hans` file, `zh-TW` and `zh-HK` find
//! `zh-Hant`, and a file named `zh-CN` serves `zh-Hans-CN` (Edge). The
//! recorded answers for the headers real browsers send are in the
//! repository (`tests/contract/langneg.tsv`, from
//! `examples/langneg_reference.rs`). Its cost: fluent-langneg and ICU4X's
//! locale crates with their CLDR tables, 28 crates more than without
//! `std`, about 6 s of a cold build on two cores (BENCHMARKS.md). Without
//! `std`, each range is
//! matched by RFC 4647 lookup ([`lookup`]: the tag, then shorter prefixes).
//!
//! Declare the catalogue's own language: then `en-US,en;q=0.9,zh-CN;q=0.8`
//! (an English browser that lists Chinese second) keeps the declared
//! messages, and answers say their language in `Content-Language` even
//! untranslated. Without it, only the translations are candidates.
// It reads untrusted text: no arithmetic that can overflow or panic.
#![deny(clippy::arithmetic_side_effects)]

#[cfg(feature = "std")]
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
/// whole header. With `std`, matching follows CLDR's likely subtags, as
/// fluent-langneg's filtering negotiation does (`zh-CN` finds `zh-Hans`,
/// `zh-TW` and `zh-HK` find `zh-Hant`, `en-US` finds `en`); without it,
/// each range by RFC 4647 [`lookup`].
#[must_use]
pub fn choose(own: Option<&str>, available: &[&str], header: &str) -> Option<usize> {
    #[cfg(feature = "std")]
    {
        let mut ranges: std::vec::Vec<(&str, u16)> = header.split(',').filter_map(parse).collect();
        ranges.retain(|(_, weight)| *weight > 0);
        // Stable: ties stay in the order written.
        ranges.sort_by(|(_, a), (_, b)| b.cmp(a));
        let ranges: std::vec::Vec<&str> = ranges.into_iter().map(|(range, _)| range).collect();
        cldr::negotiate(own, available, &ranges)
    }
    #[cfg(not(feature = "std"))]
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

impl Entry {
    /// The entry's message in the language of `tag` (matched as one
    /// `Accept-Language` range: [`choose`]), else its own
    /// [`message`](Entry::message).
    #[must_use]
    pub fn message_in(&self, tag: &str) -> &'static str {
        self.translation(tag)
            .map_or(self.message, |(_, message)| message)
    }

    /// The translation `tag` picks ([`choose`], with the entry's
    /// [`language`](Entry::language)): its language's tag (as the file is
    /// named) and the message. `None` when the declared message is the one.
    #[must_use]
    pub fn translation(&self, tag: &str) -> Option<(&'static str, &'static str)> {
        self.translation_for(tag)
    }

    /// The translation an `Accept-Language` header picks ([`choose`], with
    /// the entry's [`language`](Entry::language)).
    #[must_use]
    pub fn translation_for(&self, accept_language: &str) -> Option<(&'static str, &'static str)> {
        if self.locales.is_empty() {
            return None;
        }
        self.translation_at(choose(self.language, self.locales, accept_language)?)
    }

    /// The translation at `position`; none where the file gives none (a
    /// success's translation is optional).
    fn translation_at(&self, position: usize) -> Option<(&'static str, &'static str)> {
        let message = *self.translations.get(position)?;
        (!message.is_empty()).then_some((*self.locales.get(position)?, message))
    }

    /// Every translation of the entry: each language's tag and message.
    pub fn translations(&self) -> impl Iterator<Item = (&'static str, &'static str)> + use<> {
        let locales = self.locales.iter().copied();
        let translations = locales.zip(self.translations.iter().copied());
        translations.filter(|(_, message)| !message.is_empty())
    }
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
    use super::{best, lookup, union, union_len, weight};

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
