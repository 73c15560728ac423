//! What a composed catalogue contributes: the [`Part`] trait and its tables,
//! without its success entry and shifted by its offset.

use super::merge::BLANK;
use crate::ErrorCatalog;
use crate::entry::{CodeRange, Entry};

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
    /// `#[code(transparent, http = 503)]`: the HTTP status of its codes
    /// that declare none (their gRPC code, unless declared, follows it).
    const HTTP: Option<u16> = None;
    /// `#[code(transparent, grpc = "UNAVAILABLE")]`: the gRPC code of its
    /// codes that declare none.
    const GRPC: Option<crate::grpc::GrpcCode> = None;
    /// Whether its entries differ from its catalogue's (an offset, a
    /// status or a gRPC code given): then its own copies are answered.
    const REWRITTEN: bool = Self::OFFSET != 0 || Self::HTTP.is_some() || Self::GRPC.is_some();
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
        if !Self::REWRITTEN {
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

    /// What `visitor` makes of a value's fields (`#[code(..., data)]`).
    #[cfg(feature = "alloc")]
    #[inline]
    fn data<V: crate::envelope::DataVisitor>(
        value: &Self::Catalogue,
        visitor: V,
    ) -> Option<V::Output> {
        value.__data(visitor)
    }

    /// The retry delay of a value (a data variant's `Duration` field).
    #[inline]
    fn retry_after(value: &Self::Catalogue) -> Option<core::time::Duration> {
        value.__retry_after()
    }

    /// The data variant of a shifted code, rebuilt from its fields.
    #[cfg(feature = "alloc")]
    #[inline]
    fn from_detail(code: i64, detail: &crate::Detail) -> Option<Self::Catalogue> {
        let code = own_code::<Self, I>(code)?;
        <Self::Catalogue as ErrorCatalog>::__from_detail(code, detail)
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

    /// The texts of a shifted code in one language range: the composed
    /// catalogue's ([`ErrorCatalog::__translation`]).
    #[inline]
    fn translation(code: i64, range: &str) -> Option<crate::locale::Translation> {
        let code = own_code::<Self, I>(code)?;
        <Self::Catalogue as ErrorCatalog>::__translation(code, range)
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
    if !P::REWRITTEN {
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
    if offset == 0 {
        return Some(part_items(codes, skip, 0));
    }
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

/// `items` without the one at `skip`: at most two bulk copies, since the
/// const evaluator pays for every step of a loop (an element at a time,
/// 3 x 2,000 entries cost a composition 0.4 s of `cargo check`:
/// BENCHMARKS.md, "Composition check").
#[must_use]
pub const fn part_items<T: Copy, const N: usize>(
    items: &[T],
    skip: Option<usize>,
    fill: T,
) -> [T; N] {
    let mut out = [fill; N];
    let (before, after) = match skip {
        Some(at) if at < items.len() => {
            let (before, rest) = items.split_at(at);
            (before, rest.split_at(1).1)
        }
        _ => (items, &[] as &[T]),
    };
    let (first, rest) = out.split_at_mut(min(before.len(), N));
    first.copy_from_slice(before.split_at(first.len()).0);
    let second = rest.split_at_mut(min(after.len(), rest.len())).0;
    second.copy_from_slice(after.split_at(second.len()).0);
    out
}

const fn min(a: usize, b: usize) -> usize {
    if a < b { a } else { b }
}

/// `entries` without the one at `skip`, each with its code shifted by
/// `offset` (saturating: the codes are checked by [`part_codes`]), and the
/// `given` HTTP status and gRPC code where an entry declares none (its
/// gRPC code, unless declared, read again from its status).
#[must_use]
pub const fn part_entries<const N: usize>(
    entries: &[Entry],
    skip: Option<usize>,
    offset: i64,
    given: (Option<u16>, Option<crate::grpc::GrpcCode>),
) -> [Entry; N] {
    let mut out: [Entry; N] = part_items(entries, skip, BLANK);
    if offset == 0 && given.0.is_none() && given.1.is_none() {
        return out; // as the part wrote them, the usual composition
    }
    let mut at = 0;
    while at < N {
        let entry = &mut out[at];
        entry.code = entry.code.saturating_add(offset);
        if entry.success {
            at += 1;
            continue; // a success deeper down stays as it is
        }
        if entry.http.is_none() {
            entry.http = given.0;
        }
        if !entry.grpc_declared {
            entry.grpc = match given.1 {
                Some(code) => code,
                None => crate::grpc::GrpcCode::from_http(entry.http),
            };
            entry.grpc_declared = given.1.is_some();
        }
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
pub(super) const fn retired_by_at(
    by: &[&'static str],
    name: &'static str,
    at: usize,
) -> &'static str {
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
