//! Const-evaluated support for `#[code(transparent)]` composition: merging
//! the sorted tables of the composed catalogues, and finding clashes.
//!
//! A proc macro cannot see the codes of an enum declared elsewhere, possibly
//! in another crate; const evaluation can. The derive emits consts that call
//! these functions on the children's [`ErrorCatalog`](crate::ErrorCatalog)
//! consts. Everything here is a *linear merge* of sorted lists, never a
//! comparison of all pairs, so that thousands of codes stay well inside
//! rustc's `long_running_const_eval` budget.
//!
//! The functions never panic on a clash: they return it, and the generated
//! code panics at the user's own variant, so that the compile error points
//! there and not into this crate.

use crate::entry::{CodeRange, Entry};

/// At most this many parts (the enum's own entries and one per
/// `transparent` variant) in one composition; the derive enforces it.
pub const MAX_PARTS: usize = 64;

/// Where an entry sits: the part (0 = the enum's own entries, then the
/// `transparent` variants in declaration order) and its index in that part.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Place {
    /// The part.
    pub part: usize,
    /// The index of the entry in its part.
    pub index: usize,
}

/// Two parts that declare the same code; `first` is in the earlier part.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Clash {
    /// The code both declare.
    pub code: i64,
    /// The entry in the earlier part.
    pub first: Place,
    /// The entry in the later part: the user's composing variant to blame.
    pub second: Place,
}

/// The part whose next entry has the smallest code (the earliest part on a
/// tie), or `None` when every part is used up.
const fn next_part(parts: &[&[Entry]], cursors: &[usize; MAX_PARTS]) -> Option<usize> {
    let mut best: Option<usize> = None;
    let mut best_code = 0;
    let mut part = 0;
    while part < parts.len() {
        if cursors[part] < parts[part].len() {
            let code = parts[part][cursors[part]].code;
            if best.is_none() || code < best_code {
                best = Some(part);
                best_code = code;
            }
        }
        part += 1;
    }
    best
}

/// The first code (in ascending order) that two parts both declare, found
/// by a merge of the parts (each sorted by code) that skips ahead: the part
/// with the smallest next code jumps, by binary search, to the next code of
/// any other part. Catalogues in separate blocks of codes cost a few steps,
/// interleaved ones one step per run.
#[must_use]
pub const fn find_clash(parts: &[&[Entry]]) -> Option<Clash> {
    let mut cursors = [0; MAX_PARTS];
    loop {
        // The smallest next code (earliest part on a tie), and the next
        // smallest among the other parts.
        let mut first: Option<(usize, i64)> = None;
        let mut second: Option<(usize, i64)> = None;
        let mut part = 0;
        while part < parts.len() {
            if cursors[part] < parts[part].len() {
                let code = parts[part][cursors[part]].code;
                match first {
                    Some((_, best)) if code >= best => match second {
                        Some((_, next)) if code >= next => {}
                        _ => second = Some((part, code)),
                    },
                    _ => {
                        second = first;
                        first = Some((part, code));
                    }
                }
            }
            part += 1;
        }
        let (Some((low, low_code)), Some((high, high_code))) = (first, second) else {
            return None;
        };
        if low_code == high_code {
            return Some(Clash {
                code: low_code,
                first: Place {
                    part: low,
                    index: cursors[low],
                },
                second: Place {
                    part: high,
                    index: cursors[high],
                },
            });
        }
        cursors[low] = lower_bound(parts[low], cursors[low], high_code);
    }
}

/// The first index at or after `from` whose code is `>= code`.
const fn lower_bound(entries: &[Entry], from: usize, code: i64) -> usize {
    let (mut low, mut high) = (from, entries.len());
    while low < high {
        let middle = low + (high - low) / 2;
        if entries[middle].code < code {
            low = middle + 1;
        } else {
            high = middle;
        }
    }
    low
}

/// The entry used to fill arrays before they are written.
const BLANK: Entry = Entry::__new(0, "", "", false, "", None, None, None, None, None, false);

/// The entries of all parts in one array sorted by code. `N` is the sum of
/// the parts' lengths.
#[must_use]
pub const fn merge_entries<const N: usize>(parts: &[&[Entry]]) -> [Entry; N] {
    let mut merged = [BLANK; N];
    let mut cursors = [0; MAX_PARTS];
    let mut at = 0;
    while let Some(part) = next_part(parts, &cursors) {
        if at < N {
            merged[at] = parts[part][cursors[part]];
        }
        at += 1;
        cursors[part] += 1;
    }
    merged
}

/// The names parallel to [`merge_entries`]: `names[p][i]` names
/// `parts[p][i]`.
#[must_use]
pub const fn merge_names<const N: usize>(
    parts: &[&[Entry]],
    names: &[&[&'static str]],
) -> [&'static str; N] {
    let mut merged = [""; N];
    let mut cursors = [0; MAX_PARTS];
    let mut at = 0;
    while let Some(part) = next_part(parts, &cursors) {
        if at < N && cursors[part] < names[part].len() {
            merged[at] = names[part][cursors[part]];
        }
        at += 1;
        cursors[part] += 1;
    }
    merged
}

/// The codes of `entries`, in order.
#[must_use]
pub const fn codes_of<const N: usize>(entries: &[Entry]) -> [i64; N] {
    let mut codes = [0; N];
    let mut at = 0;
    while at < N && at < entries.len() {
        codes[at] = entries[at].code;
        at += 1;
    }
    codes
}

/// The index of the first entry whose code lies outside every range.
#[must_use]
pub const fn first_outside(entries: &[Entry], ranges: &[CodeRange]) -> Option<usize> {
    let mut at = 0;
    while at < entries.len() {
        let code = entries[at].code;
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
    const CAPACITY: usize = 1024;

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
pub const fn clash_message(clash: Option<Clash>, names: &[&[&str]]) -> Message {
    let Some(clash) = clash else {
        return Message::new();
    };
    Message::new()
        .str("error code ")
        .int(clash.code)
        .str(" is defined by both ")
        .str(name_at(names, clash.first))
        .str(" and ")
        .str(name_at(names, clash.second))
}

/// "error code 30001 of FresnsError::ParameterMissing lies outside the
/// ranges of module `auth` (...)": `prefix`/`suffix` carry the module part,
/// written at expansion.
#[must_use]
pub const fn outside_message(
    outside: Option<usize>,
    entries: &[Entry],
    names: &[&str],
    suffix: &str,
) -> Message {
    let Some(index) = outside else {
        return Message::new();
    };
    let name = if index < names.len() {
        names[index]
    } else {
        ""
    };
    Message::new()
        .str("error code ")
        .int(entries[index].code)
        .str(" of ")
        .str(name)
        .str(suffix)
}

const fn name_at<'a>(names: &[&[&'a str]], place: Place) -> &'a str {
    if place.part < names.len() && place.index < names[place.part].len() {
        names[place.part][place.index]
    } else {
        "?"
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const fn entry(code: i64) -> Entry {
        Entry::__new(code, "", "", false, "", None, None, None, None, None, false)
    }

    const A: &[Entry] = &[entry(1), entry(5), entry(9)];
    const B: &[Entry] = &[entry(2), entry(5)];
    const C: &[Entry] = &[entry(-3), entry(10)];

    #[test]
    fn merging_sorts_all_parts() {
        let merged: [Entry; 5] = merge_entries(&[A, C]);
        let codes: [i64; 5] = codes_of(&merged);
        assert_eq!(codes, [-3, 1, 5, 9, 10]);
        let names: [&str; 5] = merge_names(&[A, C], &[&["a1", "a5", "a9"], &["c-3", "c10"]]);
        assert_eq!(names, ["c-3", "a1", "a5", "a9", "c10"]);
    }

    #[test]
    fn a_clash_names_both_places() {
        assert_eq!(find_clash(&[A, C]), None);
        let clash = find_clash(&[A, C, B]).unwrap();
        assert_eq!(clash.code, 5);
        assert_eq!(clash.first, Place { part: 0, index: 1 });
        assert_eq!(clash.second, Place { part: 2, index: 1 });
        let names: &[&[&str]] = &[
            &["A::One", "A::Five", "A::Nine"],
            &[],
            &["B::Two", "B::Five"],
        ];
        assert_eq!(
            clash_message(Some(clash), names).as_str(),
            "error code 5 is defined by both A::Five and B::Five"
        );
    }

    #[test]
    fn the_check_is_a_const() {
        const CLASH: Option<Clash> = find_clash(&[A, B]);
        const MESSAGE: Message = clash_message(CLASH, &[&["a", "x", "y"], &["b", "z"]]);
        assert_eq!(MESSAGE.as_str(), "error code 5 is defined by both x and z");
    }

    proptest::proptest! {
        /// The skipping merge finds the same first clash as comparing all
        /// pairs, on sorted parts without repeats inside a part.
        #[test]
        fn finds_what_all_pairs_find(
            sets in proptest::collection::vec(
                proptest::collection::btree_set(-40i64..40, 0..12), 1..5)
        ) {
            let parts: Vec<Vec<Entry>> =
                sets.iter().map(|set| set.iter().map(|&code| entry(code)).collect()).collect();
            let slices: Vec<&[Entry]> = parts.iter().map(Vec::as_slice).collect();
            let mut expected: Option<(i64, usize, usize)> = None;
            for (a, left) in sets.iter().enumerate() {
                for (b, right) in sets.iter().enumerate().skip(a + 1) {
                    if let Some(&code) = left.intersection(right).next() {
                        let better = expected.is_none_or(|(best, first, second)| {
                            (code, a, b) < (best, first, second)
                        });
                        if better {
                            expected = Some((code, a, b));
                        }
                    }
                }
            }
            let found = find_clash(&slices).map(|clash| {
                let at = |place: Place| parts[place.part][place.index].code;
                proptest::prop_assert_eq!(at(clash.first), clash.code);
                proptest::prop_assert_eq!(at(clash.second), clash.code);
                Ok((clash.code, clash.first.part, clash.second.part))
            });
            let found = found.transpose()?;
            proptest::prop_assert_eq!(found, expected);
        }
    }

    #[test]
    fn codes_outside_ranges_are_found() {
        let ranges = [CodeRange { start: 0, end: 9 }];
        assert_eq!(first_outside(A, &ranges), None);
        assert_eq!(first_outside(C, &ranges), Some(0));
        assert_eq!(
            outside_message(Some(1), C, &["C::Neg", "C::Ten"], " lies outside").as_str(),
            "error code 10 of C::Ten lies outside"
        );
    }

    #[test]
    fn messages_write_any_i64_and_cut_at_a_character() {
        for value in [0, 7, -7, 40_001, i64::MIN, i64::MAX] {
            assert_eq!(Message::new().int(value).as_str(), value.to_string());
        }
        let long = "é".repeat(600); // 1,200 bytes
        let message = Message::new().str("x").str(&long);
        assert_eq!(message.as_str().len(), 1023);
        assert!(message.as_str().ends_with('é'));
    }
}
