//! The checks besides clashes (a retired code declared again, a code
//! outside its module's ranges) and the compile-time messages of all.

use super::merge::{Clashes, Place};
use super::parts::retired_by_at;
use crate::entry::CodeRange;

/// A code that one part declares and another retired.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Revived {
    /// The code.
    pub code: i64,
    /// The entry that declares it.
    pub declared: Place,
    /// The part whose `RETIRED` holds it.
    pub retired_by: usize,
    /// The range of that part's `RETIRED` that holds it.
    pub range: usize,
}

impl Revived {
    /// The part a compile error blames: the later of the two, as for a clash.
    #[must_use]
    pub const fn blamed(&self) -> usize {
        if self.declared.part > self.retired_by {
            self.declared.part
        } else {
            self.retired_by
        }
    }
}

/// The smallest code that one part declares and another part retired.
/// `codes[p]` is sorted, `retired[p]` sorted by start; each pair of parts
/// is one linear walk, and a part that retired nothing costs nothing.
#[must_use]
pub const fn find_revived(codes: &[&[i64]], retired: &[&[CodeRange]]) -> Option<Revived> {
    let mut found: Option<Revived> = None;
    let mut by = 0;
    while by < retired.len() {
        let mut part = 0;
        while part < codes.len() && !retired[by].is_empty() {
            if part != by
                && let Some((index, range)) = first_retired(codes[part], retired[by])
            {
                let code = codes[part][index];
                let earlier = match found {
                    Some(found) => code < found.code,
                    None => true,
                };
                if earlier {
                    let declared = Place { part, index };
                    found = Some(Revived {
                        code,
                        declared,
                        retired_by: by,
                        range,
                    });
                }
            }
            part += 1;
        }
        by += 1;
    }
    found
}

/// The position of the first of `wanted` (sorted) that `codes` (sorted)
/// lacks: a code a composition's translation files give that none of its
/// parts declares.
#[must_use]
pub const fn first_missing(wanted: &[i64], codes: &[i64]) -> Option<usize> {
    let (mut at, mut code) = (0, 0);
    while at < wanted.len() {
        while code < codes.len() && codes[code] < wanted[at] {
            code += 1;
        }
        if code == codes.len() || codes[code] != wanted[at] {
            return Some(at);
        }
        at += 1;
    }
    None
}

/// The index of the first of `codes` (sorted) inside one of `ranges`
/// (sorted by start, possibly overlapping): the range under the cursor is
/// the first whose end reaches the code, and if it starts after the code,
/// every later one does too.
const fn first_retired(codes: &[i64], ranges: &[CodeRange]) -> Option<(usize, usize)> {
    let (mut at, mut range) = (0, 0);
    while at < codes.len() && range < ranges.len() {
        if ranges[range].end < codes[at] {
            range += 1;
        } else if ranges[range].start <= codes[at] {
            return Some((at, range));
        } else {
            at += 1;
        }
    }
    None
}

/// "error code 40007 of BillingError::Refund was retired by Gateway ...",
/// or an empty message. `catalogues[p]` names part `p`, `retired_by[p]`
/// who retired each of its ranges (empty: `catalogues[p]`).
#[must_use]
pub const fn revived_message(
    revived: Option<Revived>,
    names: &[&[&str]],
    catalogues: &[&'static str],
    retired_by: &[&[&'static str]],
) -> Message {
    let Some(revived) = revived else {
        return Message::new();
    };
    let part = revived.retired_by;
    let by = if part < catalogues.len() && part < retired_by.len() {
        retired_by_at(retired_by[part], catalogues[part], revived.range)
    } else {
        "?"
    };
    Message::new()
        .str("error code ")
        .int(revived.code)
        .str(" of ")
        .str(name_at(names, revived.declared))
        .str(" was retired by ")
        .str(by)
        .str(
            ": a retired code was published once and must never mean anything else; \
              give the variant a new code, or compose it with `#[code(transparent, offset = N)]`",
        )
}

/// The index of the first code outside every range.
#[must_use]
pub const fn first_outside(codes: &[i64], ranges: &[CodeRange]) -> Option<usize> {
    let mut at = 0;
    while at < codes.len() {
        let code = codes[at];
        let mut inside = false;
        let mut range = 0;
        while range < ranges.len() {
            if ranges[range].contains(code) {
                inside = true;
            }
            range += 1;
        }
        if !inside {
            return Some(at);
        }
        at += 1;
    }
    None
}

/// A compile-time message: stable const code cannot format, so the text is
/// written byte by byte into a fixed buffer (longer text is cut at a
/// character boundary).
#[derive(Debug, Clone, Copy)]
pub struct Message {
    bytes: [u8; Message::CAPACITY],
    len: usize,
}

impl Message {
    const CAPACITY: usize = 2048;

    /// An empty message.
    #[must_use]
    pub const fn new() -> Self {
        Self {
            bytes: [0; Self::CAPACITY],
            len: 0,
        }
    }

    /// Appends `text`, as much of it as fits, whole characters only.
    #[must_use]
    pub const fn str(mut self, text: &str) -> Self {
        let text = text.as_bytes();
        let mut at = 0;
        let room = Self::CAPACITY - self.len;
        let mut end = if text.len() < room { text.len() } else { room };
        // Back off to a character boundary: a UTF-8 continuation byte is 0b10xx_xxxx.
        while end < text.len() && end > 0 && text[end] & 0xC0 == 0x80 {
            end -= 1;
        }
        while at < end {
            self.bytes[self.len] = text[at];
            self.len += 1;
            at += 1;
        }
        self
    }

    /// Appends `value` in decimal.
    #[must_use]
    pub const fn int(self, value: i64) -> Self {
        let mut digits = [0u8; 20];
        let mut count = 0;
        let mut rest = value.unsigned_abs();
        loop {
            digits[digits.len() - 1 - count] = b'0' + (rest % 10) as u8;
            count += 1;
            rest /= 10;
            if rest == 0 {
                break;
            }
        }
        let this = if value < 0 { self.str("-") } else { self };
        let (_, text) = digits.split_at(digits.len() - count);
        match core::str::from_utf8(text) {
            Ok(text) => this.str(text),
            Err(_) => this,
        }
    }

    /// The text written so far.
    #[must_use]
    pub const fn as_str(&self) -> &str {
        let (text, _) = self.bytes.split_at(self.len);
        match core::str::from_utf8(text) {
            Ok(text) => text,
            Err(_) => "error-codes: a composed catalogue is invalid",
        }
    }
}

impl Default for Message {
    fn default() -> Self {
        Self::new()
    }
}

/// "error code 40001 is defined by both EduError::CouponNotFound and
/// ApiGatewayError::InvalidCaptcha", or an empty message without a clash.
#[must_use]
///
/// `catalogues[p]` names part `p`: where both sides have the same name (one
/// catalogue composed twice, a diamond), each is followed by the part it
/// came through.
pub const fn clash_message(clashes: Clashes, names: &[&[&str]], catalogues: &[&str]) -> Message {
    let mut message = Message::new();
    if clashes.total == 1 {
        message = message.str("error code ");
    } else if clashes.total > 1 {
        message = message.str("error codes are defined twice in this composition: ");
    } else {
        return message;
    }
    let mut at = 0;
    while at < clashes.total && at < Clashes::SHOWN {
        let clash = clashes.shown[at];
        if at > 0 {
            message = message.str(", ");
        }
        message = message.int(clash.code);
        message = message.str(if clashes.total == 1 {
            " is defined by both "
        } else {
            " by both "
        });
        let (first, second) = (name_at(names, clash.first), name_at(names, clash.second));
        let through = crate::const_str::eq(first, second);
        message = through_part(message.str(first), through, catalogues, clash.first.part);
        message = message.str(" and ").str(second);
        message = through_part(message, through, catalogues, clash.second.part);
        at += 1;
    }
    if clashes.total > Clashes::SHOWN {
        message = message
            .str(", and ")
            .int(clashes.total as i64 - Clashes::SHOWN as i64)
            .str(" more");
    }
    message.str(
        "; give one side numbers of its own: shift the composed catalogue with \
         `#[code(transparent, offset = N)]`, or renumber your own codes",
    )
}

/// "error code 30001 of FresnsError::ParameterMissing lies outside the
/// ranges of module `auth` (...)": `prefix`/`suffix` carry the module part,
/// written at expansion.
#[must_use]
pub const fn outside_message(
    outside: Option<usize>,
    codes: &[i64],
    names: &[&str],
    suffix: &str,
) -> Message {
    let Some(index) = outside else {
        return Message::new();
    };
    if index >= codes.len() || index >= names.len() {
        return Message::new().str("a composed catalogue's tables are inconsistent");
    }
    Message::new()
        .str("error code ")
        .int(codes[index])
        .str(" of ")
        .str(names[index])
        .str(suffix)
}

/// `" (through A)"` after a name, when `through`.
const fn through_part(
    message: Message,
    through: bool,
    catalogues: &[&str],
    part: usize,
) -> Message {
    if !through || part >= catalogues.len() {
        return message;
    }
    message.str(" (through ").str(catalogues[part]).str(")")
}

const fn name_at<'a>(names: &[&[&'a str]], place: Place) -> &'a str {
    if place.part < names.len() && place.index < names[place.part].len() {
        names[place.part][place.index]
    } else {
        "?"
    }
}
