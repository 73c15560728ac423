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

use crate::ErrorCatalog;
use crate::entry::{CodeRange, Entry};

/// At most this many parts in one composition's checks: the enum's own
/// entries, one per `transparent` variant (at most 63, the derive enforces
/// it), and the success code of an enum that declares no `success` entry.
pub const MAX_PARTS: usize = 65;

/// The catalogue composed by a `transparent` variant, the `I`-th of its
/// enum: the generated code names the composed type only here, so that a
/// type that is not a catalogue is one error, at the user's type.
///
/// The generated code reads the part through this trait's items, never
/// through the composed type itself: their bound is the trait's promise, so
/// nothing else repeats the error.
///
/// A composed catalogue's success entry is not a code of the composition
/// (a composition answers success with its own success code): the part's
/// tables leave it out, and its lookups do not find it.
pub trait Part<const I: usize> {
    /// The composed catalogue.
    type Catalogue: ErrorCatalog;

    /// Its `NAME`.
    const NAME: &'static str = <Self::Catalogue as ErrorCatalog>::NAME;
    /// Its `LOCALES`.
    const LOCALES: &'static [&'static str] = <Self::Catalogue as ErrorCatalog>::LOCALES;
    /// `#[code(transparent, offset = N)]`: what its codes are shifted by.
    const OFFSET: i64 = 0;
    /// The position of its success entry in its `ENTRIES`, if it has one.
    const SUCCESS_AT: Option<usize> = crate::lookup::success_position(Self::OWN.entries);
    /// Its success code, if it has one (in its own numbering).
    const SUCCESS_CODE: Option<i64> = match Self::SUCCESS_AT {
        Some(at) => Some(Self::OWN.entries[at].code),
        None => None,
    };
    /// Its success entry, shifted by the offset: the entry of its success
    /// value, which a user may still build (`?` lifts it), though it is no
    /// code of the composition.
    const SUCCESS_ENTRY: Option<Entry> = match Self::SUCCESS_AT {
        Some(at) => {
            let mut entry = Self::OWN.entries[at];
            entry.code = entry.code.saturating_add(Self::OFFSET);
            Some(entry)
        }
        None => None,
    };
    /// Its `CODES`, `NAMES`, `ENTRIES` and `RETIRED` as it declares them:
    /// what the derive's tables below read, through this trait (so that a
    /// type that is not a catalogue is an error once, at the user's type).
    const OWN: Tables = Tables {
        codes: <Self::Catalogue as ErrorCatalog>::CODES,
        names: <Self::Catalogue as ErrorCatalog>::NAMES,
        entries: <Self::Catalogue as ErrorCatalog>::ENTRIES,
        retired: <Self::Catalogue as ErrorCatalog>::RETIRED,
        retired_by: <Self::Catalogue as ErrorCatalog>::RETIRED_BY,
    };
    /// Its rejection marks, shifted by the offset: the composition answers
    /// a rejection its own entries do not mark with the part's code.
    const REJECTIONS: crate::rejection::Rejections =
        <Self::Catalogue as ErrorCatalog>::REJECTIONS.shifted(Self::OFFSET);
    /// Its `CODES` without the success code, shifted by the offset: the
    /// derive writes them with [`part_codes`].
    const CODES: &'static [i64];
    /// Its `NAMES`, parallel to [`CODES`](Self::CODES) ([`part_items`]).
    const NAMES: &'static [&'static str];
    /// Its `ENTRIES`, parallel to [`CODES`](Self::CODES) ([`part_entries`]).
    const ENTRIES: &'static [Entry];
    /// Its `RETIRED`, shifted by the offset (the derive writes the shifted
    /// table when there is an offset).
    const RETIRED: &'static [CodeRange] = Self::OWN.retired;
    /// Who retired each range of [`RETIRED`](Self::RETIRED) (see
    /// [`ErrorCatalog::RETIRED_BY`]; likewise shifted).
    const RETIRED_BY: &'static [&'static str] = Self::OWN.retired_by;

    /// The entry of a value, shifted (the success value's too, though it
    /// is no code of the composition).
    #[inline]
    fn entry(value: &Self::Catalogue) -> &'static Entry {
        let entry = value.entry();
        if Self::OFFSET == 0 {
            return entry;
        }
        if entry.success {
            let success: &'static Option<Entry> = &Self::SUCCESS_ENTRY;
            return match success {
                Some(success) if Self::SUCCESS_CODE == Some(entry.code) => success,
                // A success deeper down, which the composed catalogue keeps as is.
                _ => entry,
            };
        }
        shifted::<Self, I>(entry).unwrap_or(entry)
    }

    /// The detail a failure of a value carries (`#[code(..., data)]`).
    #[cfg(feature = "alloc")]
    #[inline]
    fn detail(value: &Self::Catalogue) -> Option<crate::Detail> {
        value.__detail()
    }

    /// The value of a shifted code; `None` for the composed success code.
    #[inline]
    fn from_code(code: i64) -> Option<Self::Catalogue> {
        let code = own_code::<Self, I>(code)?;
        <Self::Catalogue as ErrorCatalog>::from_code(code)
    }

    /// The entry of a shifted code; `None` for the composed success code.
    #[inline]
    fn lookup(code: i64) -> Option<&'static Entry> {
        let code = own_code::<Self, I>(code)?;
        shifted::<Self, I>(<Self::Catalogue as ErrorCatalog>::lookup(code)?)
    }

    /// The entry of a symbol, shifted; `None` for the composed success.
    #[inline]
    fn lookup_symbol(symbol: &str) -> Option<&'static Entry> {
        let entry = <Self::Catalogue as ErrorCatalog>::lookup_symbol(symbol)?;
        if entry.success {
            return None;
        }
        shifted::<Self, I>(entry)
    }

    /// The module of a shifted code: the composed catalogue's (whose
    /// ranges are in its own numbering).
    #[inline]
    fn module_of(code: i64) -> Option<&'static crate::Module> {
        <Self::Catalogue as ErrorCatalog>::module_of(code.checked_sub(Self::OFFSET)?)
    }
}

/// A composed catalogue's tables, as [`Part::OWN`].
#[derive(Debug, Clone, Copy)]
pub struct Tables {
    /// `CODES`.
    pub codes: &'static [i64],
    /// `NAMES`.
    pub names: &'static [&'static str],
    /// `ENTRIES`.
    pub entries: &'static [Entry],
    /// `RETIRED`.
    pub retired: &'static [CodeRange],
    /// `RETIRED_BY`.
    pub retired_by: &'static [&'static str],
}

/// A composition's code in the composed catalogue's numbering, unless it
/// is that catalogue's success code (not a code of the composition).
#[inline]
fn own_code<P: Part<I> + ?Sized, const I: usize>(code: i64) -> Option<i64> {
    let code = code.checked_sub(P::OFFSET)?;
    match P::SUCCESS_CODE {
        Some(success) if success == code => None,
        _ => Some(code),
    }
}

/// An entry of a composed catalogue, not its success, as the composition
/// sees it: itself without an offset (a constant test, folded away), else
/// its shifted copy in the part's `ENTRIES`, at the catalogue's position
/// less one past the left-out success.
#[inline]
fn shifted<P: Part<I> + ?Sized, const I: usize>(entry: &'static Entry) -> Option<&'static Entry> {
    if P::OFFSET == 0 {
        return Some(entry);
    }
    let catalogue = <P::Catalogue as ErrorCatalog>::LOOKUP;
    let position = catalogue.find(<P::Catalogue as ErrorCatalog>::CODES, entry.code)?;
    let position = match P::SUCCESS_AT {
        Some(success) if success < position => position - 1,
        _ => position,
    };
    P::ENTRIES.get(position)
}

/// The length of a part's tables: the catalogue's, less its success.
#[must_use]
pub const fn part_len(len: usize, success_at: Option<usize>) -> usize {
    match success_at {
        Some(_) if len > 0 => len - 1,
        _ => len,
    }
}

/// `codes` without the one at `skip`, each shifted by `offset`; `None`
/// when one would leave `i64`.
#[must_use]
pub const fn part_codes<const N: usize>(
    codes: &[i64],
    skip: Option<usize>,
    offset: i64,
) -> Option<[i64; N]> {
    let mut out = [0; N];
    let (mut from, mut to) = (0, 0);
    while from < codes.len() && to < N {
        if !is_skipped(from, skip) {
            out[to] = match codes[from].checked_add(offset) {
                Some(code) => code,
                None => return None,
            };
            to += 1;
        }
        from += 1;
    }
    Some(out)
}

/// `items` without the one at `skip`.
#[must_use]
pub const fn part_items<T: Copy, const N: usize>(
    items: &[T],
    skip: Option<usize>,
    fill: T,
) -> [T; N] {
    let mut out = [fill; N];
    let (mut from, mut to) = (0, 0);
    while from < items.len() && to < N {
        if !is_skipped(from, skip) {
            out[to] = items[from];
            to += 1;
        }
        from += 1;
    }
    out
}

/// `entries` without the one at `skip`, each with its code shifted by
/// `offset` (saturating: the codes are checked by [`part_codes`]).
#[must_use]
pub const fn part_entries<const N: usize>(
    entries: &[Entry],
    skip: Option<usize>,
    offset: i64,
) -> [Entry; N] {
    let mut out: [Entry; N] = part_items(entries, skip, BLANK);
    let mut at = 0;
    while at < N && offset != 0 {
        out[at].code = out[at].code.saturating_add(offset);
        at += 1;
    }
    out
}

const fn is_skipped(at: usize, skip: Option<usize>) -> bool {
    matches!(skip, Some(skip) if skip == at)
}

/// `ranges`, each shifted by `offset`, dropping what would leave `i64`:
/// a range wholly past it is gone, one that crosses it ends at the edge
/// (no code beyond `i64` can be declared, and a clamped range would forbid
/// a code nobody retired). `N` is [`shifted_ranges_len`]. With them, who
/// retired each (`by`, parallel to `ranges`; empty: `name`).
#[must_use]
pub const fn shift_ranges<const N: usize>(
    ranges: &[CodeRange],
    by: &[&'static str],
    name: &'static str,
    offset: i64,
) -> ([CodeRange; N], [&'static str; N]) {
    let mut shifted = [CodeRange { start: 0, end: 0 }; N];
    let mut names = [""; N];
    let (mut from, mut to) = (0, 0);
    while from < ranges.len() && to < N {
        if let Some(range) = shift_range(ranges[from], offset) {
            shifted[to] = range;
            names[to] = retired_by_at(by, name, from);
            to += 1;
        }
        from += 1;
    }
    (shifted, names)
}

/// Who retired range `at`: `by[at]`, or `name` when `by` is empty.
const fn retired_by_at(by: &[&'static str], name: &'static str, at: usize) -> &'static str {
    if at < by.len() { by[at] } else { name }
}

/// How many of `ranges` keep a code inside `i64` once shifted by `offset`.
#[must_use]
pub const fn shifted_ranges_len(ranges: &[CodeRange], offset: i64) -> usize {
    let (mut at, mut len) = (0, 0);
    while at < ranges.len() {
        if shift_range(ranges[at], offset).is_some() {
            len += 1;
        }
        at += 1;
    }
    len
}

/// One range shifted by `offset`, cut to what stays inside `i64`.
const fn shift_range(range: CodeRange, offset: i64) -> Option<CodeRange> {
    let (start, end) = (
        range.start as i128 + offset as i128,
        range.end as i128 + offset as i128,
    );
    let (start, end) = (
        if start < i64::MIN as i128 {
            i64::MIN as i128
        } else {
            start
        },
        if end > i64::MAX as i128 {
            i64::MAX as i128
        } else {
            end
        },
    );
    if start > end || start > i64::MAX as i128 || end < i64::MIN as i128 {
        return None;
    }
    Some(CodeRange {
        start: start as i64,
        end: end as i64,
    })
}

/// The retired ranges of all parts in one array sorted by start (`N` is
/// their total): a composition's `RETIRED`, and beside it its `RETIRED_BY`
/// (`by[p]` who retired part `p`'s ranges, empty for `names[p]`). Lists are
/// short, so an insertion sort.
#[must_use]
pub const fn concat_ranges<const N: usize>(
    parts: &[&[CodeRange]],
    by: &[&[&'static str]],
    names: &[&'static str],
) -> ([CodeRange; N], [&'static str; N]) {
    let mut all = [CodeRange { start: 0, end: 0 }; N];
    let mut all_by = [""; N];
    let mut len = 0;
    let mut part = 0;
    while part < parts.len() {
        let (part_by, name): (&[&str], &str) = if part < by.len() && part < names.len() {
            (by[part], names[part])
        } else {
            (&[], "?")
        };
        let mut at = 0;
        while at < parts[part].len() && len < N {
            let range = parts[part][at];
            let mut slot = len;
            while slot > 0 && all[slot - 1].start > range.start {
                all[slot] = all[slot - 1];
                all_by[slot] = all_by[slot - 1];
                slot -= 1;
            }
            all[slot] = range;
            all_by[slot] = retired_by_at(part_by, name, at);
            len += 1;
            at += 1;
        }
        part += 1;
    }
    (all, all_by)
}

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

/// Every code that two parts both declare, in ascending order: the first
/// [`Clashes::SHOWN`] of them, and how many in all.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Clashes {
    shown: [Clash; Clashes::SHOWN],
    total: usize,
}

impl Clashes {
    /// How many clashes a compile error names; it counts the others.
    pub const SHOWN: usize = 8;

    const NONE: Self = Self {
        shown: [Clash {
            code: 0,
            first: Place { part: 0, index: 0 },
            second: Place { part: 0, index: 0 },
        }; Clashes::SHOWN],
        total: 0,
    };

    const fn push(&mut self, clash: Clash) {
        if self.total < Self::SHOWN {
            self.shown[self.total] = clash;
        }
        self.total += 1;
    }

    /// The first clash (the smallest code), if any.
    #[must_use]
    pub const fn first(&self) -> Option<Clash> {
        if self.total == 0 {
            None
        } else {
            Some(self.shown[0])
        }
    }

    /// How many clashes in all.
    #[must_use]
    pub const fn total(&self) -> usize {
        self.total
    }
}

/// Every code that two parts both declare.
///
/// It reads the catalogues' `CODES` (plain integers), never their `ENTRIES`:
/// evaluating thousands of entries is what would make the check slow.
#[must_use]
pub const fn find_clashes(parts: &[&[i64]]) -> Clashes {
    let mut clashes = Clashes::NONE;
    walk::<i64>(parts, &[], &mut [], Some(&mut clashes));
    clashes
}

/// The first code (in ascending order) that two parts both declare.
#[cfg(test)]
#[must_use]
pub const fn find_clash(parts: &[&[i64]]) -> Option<Clash> {
    find_clashes(parts).first()
}

/// The entry used to fill arrays before they are written.
pub const BLANK: Entry = crate::entry::BLANK;

/// The items of all parts in one array, in the order of their codes:
/// `items[p][i]` belongs to `codes[p][i]`, each `codes[p]` is sorted, and
/// `N` is the number of codes in all. The derive merges a composition's
/// `CODES`, `NAMES` and `ENTRIES` with it, always in the same order (equal
/// codes, which the clash check refuses, in the order of the parts); `fill`
/// only fills the array before it is written.
#[must_use]
pub const fn merge<T: Copy, const N: usize>(codes: &[&[i64]], items: &[&[T]], fill: T) -> [T; N] {
    let mut merged = [fill; N];
    // Without a clash check, it always goes to the end.
    walk(codes, items, &mut merged, None);
    merged
}

/// A merge of sorted parts that skips ahead: the part with the smallest
/// next code (the earliest part on a tie) gives, in one run, all its codes
/// below the smallest next code of the other parts, found by a galloping
/// search (steps of 1, 2, 4, ..., then a binary search in the last step).
/// Catalogues in separate blocks of codes cost a few runs; interleaved
/// ones a run per code and a compare or two per run. With `out` as long as
/// all parts, each run's items are copied there; with `clashes`, every code
/// that two parts share is recorded there.
///
/// rustc evaluates the merged tables of a composition in every `cargo
/// check`, and the const evaluator pays dearly for each function call, so
/// this is one function body with the parts' lengths read once (see
/// BENCHMARKS.md, "Composition check").
const fn walk<T: Copy>(
    codes: &[&[i64]],
    items: &[&[T]],
    out: &mut [T],
    mut clashes: Option<&mut Clashes>,
) {
    let parts = if codes.len() < MAX_PARTS {
        codes.len()
    } else {
        MAX_PARTS
    };
    // Items are copied only when there is one item per code and room for
    // them all.
    let mut copy = items.len() == parts;
    let mut total = 0;
    let mut lengths = [0; MAX_PARTS];
    let mut part = 0;
    while part < parts {
        lengths[part] = codes[part].len();
        total += lengths[part];
        if copy && items[part].len() != lengths[part] {
            copy = false;
        }
        part += 1;
    }
    let copy = copy && out.len() >= total;
    let mut cursors = [0; MAX_PARTS];
    let mut at = 0;
    loop {
        // The part with the smallest next code, and the smallest next code
        // of the other parts.
        let mut low = MAX_PARTS;
        let mut low_code = 0;
        let mut high = MAX_PARTS;
        let mut high_code = 0;
        part = 0;
        while part < parts {
            if cursors[part] < lengths[part] {
                let code = codes[part][cursors[part]];
                if low == MAX_PARTS || code < low_code {
                    (high, high_code) = (low, low_code);
                    (low, low_code) = (part, code);
                } else if high == MAX_PARTS || code < high_code {
                    (high, high_code) = (part, code);
                }
            }
            part += 1;
        }
        if low == MAX_PARTS {
            return;
        }
        let from = cursors[low];
        let (run, length) = (codes[low], lengths[low]);
        let to = if high == MAX_PARTS {
            length
        } else if low_code == high_code {
            if let Some(clashes) = &mut clashes {
                clashes.push(Clash {
                    code: low_code,
                    first: Place {
                        part: low,
                        index: from,
                    },
                    second: Place {
                        part: high,
                        index: cursors[high],
                    },
                });
            }
            // The earlier part's code goes first.
            from + 1
        } else {
            // The first index after `from` whose code is >= high_code.
            let mut last = from;
            let mut step = 1;
            loop {
                let next = last + step;
                if next >= length || run[next] >= high_code {
                    let mut end = if next < length { next } else { length };
                    let mut start = last + 1;
                    while start < end {
                        let middle = start + (end - start) / 2;
                        if run[middle] < high_code {
                            start = middle + 1;
                        } else {
                            end = middle;
                        }
                    }
                    break start;
                }
                last = next;
                step *= 2;
            }
        };
        let count = to - from;
        if copy {
            if count == 1 {
                out[at] = items[low][from];
            } else {
                let (_, source) = items[low].split_at(from);
                let (source, _) = source.split_at(count);
                let (_, target) = out.split_at_mut(at);
                let (target, _) = target.split_at_mut(count);
                target.copy_from_slice(source);
            }
        }
        at += count;
        cursors[low] = to;
    }
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

#[cfg(test)]
mod tests {
    use super::*;

    const A: &[i64] = &[1, 5, 9];
    const B: &[i64] = &[2, 5];
    const C: &[i64] = &[-3, 10];

    const fn entry(code: i64) -> Entry {
        let mut entry = BLANK;
        entry.code = code;
        entry
    }

    #[test]
    fn merging_sorts_all_parts() {
        let codes: [i64; 5] = merge(&[A, C], &[A, C], 0);
        assert_eq!(codes, [-3, 1, 5, 9, 10]);
        let names: [&str; 5] = merge(&[A, C], &[&["a1", "a5", "a9"], &["c-3", "c10"]], "");
        assert_eq!(names, ["c-3", "a1", "a5", "a9", "c10"]);
        let entries: [Entry; 5] = merge(
            &[A, C],
            &[&[entry(1), entry(5), entry(9)], &[entry(-3), entry(10)]],
            BLANK,
        );
        assert_eq!(entries.map(|entry| entry.code), codes);
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
        assert!(
            clash_message(find_clashes(&[A, C, B]), names, &[])
                .as_str()
                .starts_with("error code 5 is defined by both A::Five and B::Five; ")
        );
    }

    #[test]
    fn every_clash_is_counted_and_the_first_few_named() {
        let a: Vec<i64> = (1..=13).collect();
        let b: Vec<i64> = (5..=20).collect();
        let clashes = find_clashes(&[&a, &b]);
        assert_eq!(clashes.total(), 9);
        let names_a: Vec<String> = a.iter().map(|code| format!("A{code}")).collect();
        let names_b: Vec<String> = b.iter().map(|code| format!("B{code}")).collect();
        let names_a: Vec<&str> = names_a.iter().map(String::as_str).collect();
        let names_b: Vec<&str> = names_b.iter().map(String::as_str).collect();
        let message = clash_message(clashes, &[&names_a, &names_b], &["A", "B"]);
        assert_eq!(
            message.as_str(),
            "error codes are defined twice in this composition: 5 by both A5 and B5, \
             6 by both A6 and B6, 7 by both A7 and B7, 8 by both A8 and B8, \
             9 by both A9 and B9, 10 by both A10 and B10, 11 by both A11 and B11, \
             12 by both A12 and B12, and 1 more; give one side numbers of its own: \
             shift the composed catalogue with `#[code(transparent, offset = N)]`, \
             or renumber your own codes"
        );
    }

    #[test]
    fn the_check_is_a_const() {
        const CLASHES: Clashes = find_clashes(&[A, B]);
        const MESSAGE: Message = clash_message(CLASHES, &[&["a", "x", "y"], &["b", "z"]], &[]);
        assert!(
            MESSAGE
                .as_str()
                .starts_with("error code 5 is defined by both x and z; ")
        );
    }

    proptest::proptest! {
        /// The skipping merge finds the same first clash as comparing all
        /// pairs, on sorted parts without repeats inside a part.
        #[test]
        fn finds_what_all_pairs_find(
            sets in proptest::collection::vec(
                proptest::collection::btree_set(-40i64..40, 0..12), 1..5)
        ) {
            let parts: Vec<Vec<i64>> =
                sets.iter().map(|set| set.iter().copied().collect()).collect();
            let slices: Vec<&[i64]> = parts.iter().map(Vec::as_slice).collect();
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
                let at = |place: Place| parts[place.part][place.index];
                proptest::prop_assert_eq!(at(clash.first), clash.code);
                proptest::prop_assert_eq!(at(clash.second), clash.code);
                Ok((clash.code, clash.first.part, clash.second.part))
            });
            let found = found.transpose()?;
            proptest::prop_assert_eq!(found, expected);
        }
    }

    proptest::proptest! {
        /// The merge gives what a stable sort by code of all parts gives
        /// (equal codes in the order of the parts), for any sorted parts.
        #[test]
        fn merges_like_a_stable_sort(
            sets in proptest::collection::vec(
                proptest::collection::btree_set(-80i64..80, 0..40), 0..6)
        ) {
            let parts: Vec<Vec<i64>> =
                sets.iter().map(|set| set.iter().copied().collect()).collect();
            let codes: Vec<&[i64]> = parts.iter().map(Vec::as_slice).collect();
            let labels: Vec<Vec<(i64, usize)>> = parts
                .iter()
                .enumerate()
                .map(|(part, codes)| codes.iter().map(|&code| (code, part)).collect())
                .collect();
            let items: Vec<&[(i64, usize)]> = labels.iter().map(Vec::as_slice).collect();
            let mut expected: Vec<(i64, usize)> = labels.concat();
            expected.sort_by_key(|&(code, _)| code);
            let merged: [(i64, usize); 240] = merge(&codes, &items, (0, usize::MAX));
            proptest::prop_assert_eq!(&merged[..expected.len()], &expected[..]);
            proptest::prop_assert!(merged[expected.len()..].iter().all(|&item| item == (0, usize::MAX)));
        }
    }

    #[test]
    fn retired_ranges_shifted_past_i64_are_cut_or_dropped() {
        let range = |start, end| CodeRange { start, end };
        let ranges = [range(1, 2), range(40, 60), range(100, 200)];
        let offset = i64::MAX - 50;
        assert_eq!(shifted_ranges_len(&ranges, offset), 2);
        let (shifted, by): ([CodeRange; 2], _) =
            shift_ranges(&ranges, &["A", "B", "C"], "X", offset);
        assert_eq!(
            shifted,
            [range(offset + 1, offset + 2), range(offset + 40, i64::MAX)]
        );
        assert_eq!(by, ["A", "B"]);
        let (low, by): ([CodeRange; 1], _) =
            shift_ranges(&[range(-10, -5)], &[], "X", i64::MIN + 7);
        assert_eq!(low, [range(i64::MIN, i64::MIN + 2)]);
        assert_eq!(by, ["X"]);
        assert_eq!(shifted_ranges_len(&[range(-10, -9)], i64::MIN + 1), 0);
    }

    #[test]
    fn part_tables_leave_out_the_success_and_shift() {
        let codes: [i64; 2] = part_codes(&[1, 5, 9], Some(1), 10).unwrap();
        assert_eq!(codes, [11, 19]);
        assert_eq!(part_codes::<3>(&[1, 5, 9], None, i64::MAX), None);
        let names: [&str; 2] = part_items(&["a", "b", "c"], Some(0), "");
        assert_eq!(names, ["b", "c"]);
        assert_eq!(part_len(3, Some(2)), 2);
        assert_eq!(part_len(3, None), 3);
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
        let long = "é".repeat(1100); // 2,200 bytes
        let message = Message::new().str("x").str(&long);
        assert_eq!(message.as_str().len(), 2047);
        assert!(message.as_str().ends_with('é'));
    }
}
