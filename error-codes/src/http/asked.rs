//! The language a localizing middleware (`axum::localize`,
//! `actix::localize`) asks of the answers written while it polls its
//! request, so that a catalogue value answers once, in that language,
//! instead of in its own and again in the translation.
//!
//! The middleware awaits the inner service through [`lending`], which
//! runs each poll inside [`asking`]; a catalogue value's answer, written
//! inside that poll (axum and actix-web both call `IntoResponse` /
//! `ResponseError` there), reads the request's `Accept-Language` with
//! [`asked`] ([`answer_of`]). Outside any such poll (no
//! middleware), nothing is asked and nothing is kept for one: the answer
//! costs what it costs without translations.
//!
//! The requests' headers are kept in one buffer per thread, each poll's
//! after its caller's (a poll inside another's, as when a handler calls a
//! service in-process, keeps its own): no allocation once the buffer has
//! grown to the longest header.

use core::cell::RefCell;
use core::future::Future;
use std::string::String;
use std::vec::Vec;

use super::answer::Answer;
use crate::ErrorCatalog;
use crate::envelope::Detail;
use crate::locale::Translator;

/// The headers of the polls under way on this thread: `text` holds them
/// end to end; each frame is where its header starts, or `None` for a
/// request that sent none.
struct Polls {
    text: String,
    frames: Vec<Option<usize>>,
}

std::thread_local! {
    static POLLS: RefCell<Polls> = const {
        RefCell::new(Polls { text: String::new(), frames: Vec::new() })
    };
}

/// Ends a poll: its header leaves the buffer, even if the poll panics.
struct Frame;

impl Drop for Frame {
    fn drop(&mut self) {
        POLLS.with(|polls| {
            let mut polls = polls.borrow_mut();
            if let Some(start) = polls.frames.pop().flatten() {
                polls.text.truncate(start);
            }
        });
    }
}

/// `future`, each of its polls run as a poll of a request whose
/// `Accept-Language` is `accept`: what a localizing middleware awaits.
pub(crate) async fn lending<F: Future>(accept: Option<&str>, future: F) -> F::Output {
    let mut future = core::pin::pin!(future);
    core::future::poll_fn(|cx| asking(accept, || future.as_mut().poll(cx))).await
}

/// Runs `poll` as a poll of a request whose `Accept-Language` is
/// `accept`, with a localizing middleware listening.
fn asking<R>(accept: Option<&str>, poll: impl FnOnce() -> R) -> R {
    POLLS.with(|polls| {
        let mut polls = polls.borrow_mut();
        let start = accept.map(|accept| {
            let start = polls.text.len();
            polls.text.push_str(accept);
            start
        });
        polls.frames.push(start);
    });
    let _frame = Frame;
    poll()
}

/// `answer` of what the request being answered asked, when a localizing
/// middleware listens (`Some(None)`: it sent no `Accept-Language`); `None`
/// without one.
pub(crate) fn asked<R>(answer: impl FnOnce(Option<&str>) -> R) -> Option<R> {
    POLLS.with(|polls| {
        let polls = polls.borrow();
        let start = *polls.frames.last()?;
        Some(answer(start.map(|start| &polls.text[start..])))
    })
}

/// Whether a localizing middleware listens to the answers written now.
pub(crate) fn listening() -> bool {
    asked(|_| ()).is_some()
}

/// What a middleware says of an answer written once in the language asked:
/// `Vary: Accept-Language` (its body depends on it), its
/// `Content-Language`, and whether it was translated (the handler's `ETag`
/// then named other bytes).
#[derive(Clone, Copy)]
pub(crate) struct Localized {
    pub(crate) language: Option<&'static str>,
    pub(crate) translated: bool,
}

/// The answer of catalogue value `value`, what a framework's response of
/// it is written from: while a localizing middleware listens, in the
/// language its request asks for ([`value_for`]); else as without
/// translations.
pub(crate) fn answer_of<C: ErrorCatalog>(value: &C) -> (Answer, Option<Localized>) {
    let detail = value.__detail();
    let asked = asked(|accept| value_for(value, detail.as_ref(), accept));
    asked.unwrap_or_else(|| (Answer::value(value, detail.as_ref()), None))
}

/// The answer of catalogue value `value` (its detail `detail`) for a
/// request whose `Accept-Language` is `accept`: in the translation it
/// picks, else in the declared messages; marked [`Localized`] when its
/// entry has translations (a success, or a catalogue without files, has
/// none).
fn value_for<C: ErrorCatalog>(
    value: &C,
    detail: Option<&Detail>,
    accept: Option<&str>,
) -> (Answer, Option<Localized>) {
    let entry = value.entry();
    let Some(translator) = Translator::of::<C>().filter(|_| !entry.success) else {
        return (Answer::value(value, detail), None);
    };
    let translation = accept.and_then(|accept| translator.find(value.code(), accept));
    let answer = Answer::value_in(value, detail, translation.map(|t| t.message));
    let localized = Localized {
        language: translation.map(|t| t.language).or(entry.language),
        translated: translation.is_some(),
    };
    (answer, Some(localized))
}

#[cfg(test)]
mod tests {
    use super::{asked, asking, listening};

    #[test]
    fn each_poll_reads_its_own_header_and_none_outside() {
        assert!(!listening());
        let seen = asking(Some("fr"), || {
            let inner = asking(None, || asked(|accept| accept.map(str::to_owned)));
            let again = asking(Some("zh-TW, zh"), || asked(|a| a.map(str::to_owned)));
            (inner, again, asked(|accept| accept.map(str::to_owned)))
        });
        assert_eq!(
            seen,
            (
                Some(None),
                Some(Some("zh-TW, zh".into())),
                Some(Some("fr".into()))
            )
        );
        assert!(!listening());
        let panicked = std::panic::catch_unwind(|| asking(Some("de"), || panic!("in a poll")));
        assert!(panicked.is_err());
        assert_eq!(asked(|_| ()), None, "a panicking poll leaves nothing");
    }
}
