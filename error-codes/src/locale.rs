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
//! [`ErrorCatalog::message_in`](crate::ErrorCatalog::message_in) picks a
//! message by RFC 4647 lookup ([`lookup`]): the tag itself, then shorter
//! prefixes (`zh-Hant-TW`, `zh-Hant`, `zh`), case-insensitively, else the
//! catalogue's own message. [`best`] does the same for an
//! `Accept-Language` header; the axum middleware
//! [`axum::localize`](crate::axum) uses it.
// It reads untrusted text: no arithmetic that can overflow or panic.
#![deny(clippy::arithmetic_side_effects)]

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
/// `available`: the position of the tag that the highest-weighted range
/// finds by [`lookup`] (ties go to the range written first); `None` when
/// no range finds one, when the best is `*` (any language), or when the
/// header is ill-formed (then it is ignored, as if absent). Ranges with
/// `q=0` are not acceptable and never chosen.
#[must_use]
pub fn best(available: &[&str], header: &str) -> Option<usize> {
    if !header
        .split(',')
        .all(|item| item.trim().is_empty() || parse(item).is_some())
    {
        return None;
    }
    let mut best: Option<(u16, Option<usize>)> = None;
    for (range, weight) in header.split(',').filter_map(parse) {
        if weight == 0 || best.is_some_and(|(q, _)| q >= weight) {
            continue;
        }
        let found = lookup(available, range);
        if found.is_some() || range == "*" {
            best = Some((weight, found));
        }
    }
    best.and_then(|(_, found)| found)
}

/// `zh-CN;q=0.8`: the range and its weight in thousandths, or `None` when
/// ill-formed (a range is `*` or subtags of 1 to 8 letters and digits, the
/// first letters only; a weight is `0` to `1` with at most 3 decimals).
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
    /// The entry's message in the language of `tag` ([`lookup`]), else its
    /// own [`message`](Entry::message).
    #[must_use]
    pub fn message_in(&self, tag: &str) -> &'static str {
        self.translation(tag)
            .map_or(self.message, |(_, message)| message)
    }

    /// The translation [`lookup`] finds for `tag`: its language's tag (as
    /// the file is named) and the message.
    #[must_use]
    pub fn translation(&self, tag: &str) -> Option<(&'static str, &'static str)> {
        self.translation_at(lookup(self.locales, tag)?)
    }

    /// The translation an `Accept-Language` header picks ([`best`]).
    #[must_use]
    pub fn translation_for(&self, accept_language: &str) -> Option<(&'static str, &'static str)> {
        self.translation_at(best(self.locales, accept_language)?)
    }

    fn translation_at(&self, position: usize) -> Option<(&'static str, &'static str)> {
        Some((
            *self.locales.get(position)?,
            *self.translations.get(position)?,
        ))
    }

    /// Every translation of the entry: each language's tag and message.
    pub fn translations(&self) -> impl Iterator<Item = (&'static str, &'static str)> + use<> {
        let locales = self.locales.iter().copied();
        locales.zip(self.translations.iter().copied())
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
            assert_eq!(best(AVAILABLE, &header), None, "{header}");
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
            None,
            "one ill-formed range: all ignored"
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
