//! Matching with CLDR's likely subtags (feature `cldr`): fluent-langneg's
//! filtering negotiation over ICU4X's data, as browsers' and translators'
//! negotiators match. `zh-CN` is `zh-Hans-CN` and finds `zh-Hans`; `zh-TW`
//! and `zh-HK` read Traditional; a script counts before a region.

use std::vec::Vec;

use fluent_langneg::{LanguageIdentifier, NegotiationStrategy, negotiate_languages};
use icu_locid_transform::LocaleExpander;

/// Which of `own` (the declared messages' language) and `available` (the
/// translations) the `ranges` (most wanted first; `*` for any) pick: the
/// position in `available`, or `None` for the declared messages (also when
/// nothing matches). A tag that is no language identifier is never picked.
pub(super) fn negotiate(own: Option<&str>, available: &[&str], ranges: &[&str]) -> Option<usize> {
    // Anything before `*` is wanted more than the declared messages. Each
    // range with its likely subtags (`zh-TW` is `zh-Hant-TW`), so that its
    // script counts before a bare language: a `zh` file is Simplified.
    let expander = LocaleExpander::new();
    let requested: Vec<LanguageIdentifier> = ranges
        .iter()
        .take_while(|range| **range != "*")
        .filter_map(|range| range.parse().ok())
        .map(|mut id: LanguageIdentifier| {
            expander.maximize(&mut id);
            id
        })
        .collect();
    // The declared language first, at no position of `available`.
    let own = own.into_iter().map(|tag| (None, tag));
    let tags = own.chain(available.iter().enumerate().map(|(i, tag)| (Some(i), *tag)));
    let mut candidates: Vec<(Option<usize>, LanguageIdentifier)> = tags
        .filter_map(|(position, tag)| Some((position, tag.parse().ok()?)))
        .collect();
    // The negotiator takes the first available tag that a range covers:
    // the more specific first, so that `zh-Hant-TW` finds `zh-Hant`
    // before `zh` (ties keep their order).
    candidates.sort_by_key(|(_, id)| core::cmp::Reverse(subtags(id)));
    let identifiers: Vec<&LanguageIdentifier> = candidates.iter().map(|(_, id)| id).collect();
    let chosen = negotiate_languages(
        &requested,
        &identifiers,
        None,
        NegotiationStrategy::Filtering,
    );
    let chosen = **chosen.first()?;
    let found = candidates.iter().find(|(_, id)| core::ptr::eq(id, chosen));
    found.and_then(|(position, _)| *position)
}

/// How specific a tag is: its script, region and variants.
fn subtags(id: &LanguageIdentifier) -> usize {
    usize::from(id.script.is_some())
        .saturating_add(usize::from(id.region.is_some()))
        .saturating_add(id.variants.len())
}
