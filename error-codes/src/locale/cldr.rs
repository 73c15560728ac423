//! Matching with CLDR's likely subtags (feature `cldr`): fluent-langneg's
//! filtering negotiation over ICU4X's data, as browsers' and translators'
//! negotiators match. `zh-CN` is `zh-Hans-CN` and finds `zh-Hans`; `zh-TW`
//! and `zh-HK` read Traditional; a script counts before a region.

use core::cell::RefCell;
use core::fmt::Write as _;
use std::string::String;
use std::vec::Vec;

use fluent_langneg::{LanguageIdentifier, NegotiationStrategy, negotiate_languages};
use icu_locid_transform::LocaleExpander;

/// How many answers each thread remembers.
const REMEMBERED: usize = 8;

/// The last answers of this thread, each under its question written out
/// (`own`, the available tags and the header, each after its length).
struct Answers {
    slots: Vec<(String, Option<usize>)>,
    /// The next slot to reuse once all are taken.
    next: usize,
    /// The question being asked, written out.
    question: String,
}

std::thread_local! {
    static ANSWERS: RefCell<Answers> = const {
        RefCell::new(Answers { slots: Vec::new(), next: 0, question: String::new() })
    };
}

/// `answer()`, or what it answered last time on this thread for the same
/// `own`, `available` and `header`: clients send the same
/// `Accept-Language` on every request, and a server answers it for the
/// same few catalogues, so the parsing and the likely-subtag expansion are
/// done once per thread and question (compared by content, never by
/// address; no allocation once the slots have grown to the questions).
pub(super) fn remembered(
    own: Option<&str>,
    available: &[&str],
    header: &str,
    answer: impl FnOnce() -> Option<usize>,
) -> Option<usize> {
    let found = ANSWERS.with(|answers| {
        let Answers {
            slots, question, ..
        } = &mut *answers.borrow_mut();
        question.clear();
        // Each part after its length: no two questions are written alike.
        let parts = own.into_iter().chain(available.iter().copied());
        for part in parts.chain([header]) {
            let _ = write!(question, "{}:{part}", part.len());
        }
        question.push_str(if own.is_some() { "+" } else { "-" });
        let found = slots.iter().find(|(asked, _)| asked == question);
        found.map(|(_, answer)| *answer)
    });
    if let Some(found) = found {
        return found;
    }
    let answer = answer();
    ANSWERS.with(|answers| {
        let Answers {
            slots,
            next,
            question,
        } = &mut *answers.borrow_mut();
        if slots.len() < REMEMBERED {
            slots.push((question.clone(), answer));
        } else if let Some(slot) = slots.get_mut(*next) {
            slot.0.clear();
            slot.0.push_str(question);
            slot.1 = answer;
            *next = next.checked_add(1).filter(|n| *n < REMEMBERED).unwrap_or(0);
        }
    });
    answer
}

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
