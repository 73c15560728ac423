//! How a catalogue finds the entry of a raw code.
//!
//! `#[derive(ErrorCatalog)]` looks at the set of declared codes when it expands
//! and emits one of five static tables (the measurements behind them are in
//! `docs/design.md` and `BENCHMARKS.md` of the repository):
//!
//! | strategy | chosen when | cost of one lookup |
//! |---|---|---|
//! | [`Lookup::Direct`] | the codes span at most 4,096 values, or at most 4 slots per code | one clamped index, one load |
//! | [`Lookup::Paged`] | else, when pages of 16 to 256 values (only those with codes stored) take at most 8 slots per code | two clamped loads |
//! | [`Lookup::Bitmap`] | else, when it takes at most 4 words of 64 codes per code, and at most 16,384 words | one load, one popcount |
//! | [`Lookup::Hashed`] | else (codes scattered far apart): a perfect hash whose seed and per-bucket pilots the macro chose so that no two codes share a slot | two multiplications, two dependent loads, one comparison |
//! | [`Lookup::Sorted`] | compositions' merged tables | branch-free binary search over the sorted codes |
//!
//! A miss costs what a hit does: the direct and paged tables clamp the
//! index into a sentinel entry (no "inside the span?" branch), and the
//! hash table compares the one code its slot names.
//!
//! All tables are `static` data: no hashing, no allocation, nothing built at
//! run time. Each lookup gives the position of the code in the catalogue's
//! sorted [`ErrorCatalog::CODES`](crate::ErrorCatalog::CODES), or `None` when
//! the code is not declared.

use crate::Entry;

/// The slot value of [`Lookup::Direct`] and [`Lookup::Paged`] for a code
/// that is not declared (and of a page without codes).
pub const EMPTY_SLOT: u16 = u16::MAX;

/// The static table a catalogue uses to find a code; chosen at expansion.
///
/// Only the derive builds tables (their parts must agree with each other
/// and with the catalogue's codes), so [`Lookup::Direct`] and
/// [`Lookup::Bitmap`] cannot be written outside this crate; read them, or
/// use [`Lookup::find`]. Even a table whose parts disagree makes `find`
/// answer, never panic.
///
/// ```compile_fail,E0639
/// let table = error_codes::lookup::Lookup::Bitmap { min: 0, words: &[1], ranks: &[] };
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[non_exhaustive]
pub enum Lookup {
    /// One slot per value of `min..=min + slots.len() - 1`, holding the code's
    /// position or [`EMPTY_SLOT`].
    #[non_exhaustive]
    Direct {
        /// The smallest declared code.
        min: i64,
        /// `slots[code - min]` is the position of `code`, or [`EMPTY_SLOT`].
        slots: &'static [u16],
    },
    /// A bit per value of the span, in 64-bit words, with the number of codes
    /// before each word: the position of a code is its word's rank plus the
    /// population count of the lower bits.
    #[non_exhaustive]
    Bitmap {
        /// The smallest declared code.
        min: i64,
        /// Bit `i % 64` of `words[i / 64]` is set when `min + i` is declared.
        words: &'static [u64],
        /// `ranks[w]` counts the codes declared in `words[..w]`.
        ranks: &'static [u16],
    },
    /// Two levels: the span cut into pages of `1 << shift` values; `pages`
    /// gives, for each page, where its slots start in `slots` (counted in
    /// pages), or [`EMPTY_SLOT`] for a page without codes; each slot holds
    /// a code's position or [`EMPTY_SLOT`]. Only pages with codes are
    /// stored, so clustered codes spread over a wide span cost little.
    #[non_exhaustive]
    Paged {
        /// The smallest declared code.
        min: i64,
        /// log2 of the values per page.
        shift: u8,
        /// For each page, the index of its slots (in pages), or [`EMPTY_SLOT`].
        pages: &'static [u16],
        /// The slots of the pages with codes, page after page.
        slots: &'static [u16],
    },
    /// Codes scattered far apart: a perfect hash. `h = code * seed`
    /// (wrapping); its top `bucket_bits` bits pick a bucket ([`bucket_of`]),
    /// whose pilot moves the code to a slot ([`hashed_slot`]); the slot
    /// holds a code and its position, and one comparison with that code
    /// tells a hit from a miss (an empty slot holds a code of another
    /// slot, which a probe equal to it never reaches). The macro chose the
    /// seed and the pilots so that no two codes share a slot.
    #[non_exhaustive]
    Hashed {
        /// The multiplier (odd).
        seed: u64,
        /// log2 of the number of buckets (`pilots.len()`).
        bucket_bits: u8,
        /// log2 of the number of slots (`slots.len()`).
        slot_bits: u8,
        /// Each bucket's pilot.
        pilots: &'static [u16],
        /// Each slot's code position.
        slots: &'static [u16],
        /// Each slot's code, parallel to `slots`.
        keys: &'static [i64],
    },
    /// Branch-free binary search over the sorted codes.
    Sorted,
}

impl Lookup {
    /// The position of `code` in `codes` (the catalogue's sorted codes that
    /// this table was built for), or `None` when it is not declared.
    ///
    /// Always inlined: the table is a constant of the catalogue, so once
    /// inlined only its own strategy's arm is left (the benchmark lost 2x
    /// when a fifth arm stopped the inlining).
    #[inline(always)]
    #[must_use]
    pub fn find(&self, codes: &[i64], code: i64) -> Option<usize> {
        match *self {
            Lookup::Direct { min, slots } => {
                let slot = *slots.get(clamped(min, code, slots.len(), 0))?;
                (slot != EMPTY_SLOT).then_some(usize::from(slot))
            }
            Lookup::Bitmap { min, words, ranks } => {
                let offset = offset(min, code)?;
                let word = *words.get(offset / 64)?;
                let bit = offset % 64;
                if word >> bit & 1 == 0 {
                    return None;
                }
                let below = (word & ((1u64 << bit) - 1)).count_ones() as usize;
                Some(usize::from(*ranks.get(offset / 64)?) + below)
            }
            Lookup::Paged {
                min,
                shift,
                pages,
                slots,
            } => {
                let within = code.wrapping_sub(min).cast_unsigned() as usize & ((1 << shift) - 1);
                let page = *pages.get(clamped(min, code, pages.len(), shift))?;
                let slot = *slots.get((usize::from(page) << shift) | within)?;
                (slot != EMPTY_SLOT).then_some(usize::from(slot))
            }
            Lookup::Hashed {
                seed,
                bucket_bits,
                slot_bits,
                pilots,
                slots,
                keys,
            } => {
                let pilot = *pilots.get(bucket_of(code, seed, bucket_bits))?;
                let at = hashed_slot(code, seed, pilot, slot_bits);
                // The slot's code and position are read side by side.
                let (key, slot) = (*keys.get(at)?, *slots.get(at)?);
                (key == code).then_some(usize::from(slot))
            }
            Lookup::Sorted => sorted_find(codes, code),
        }
    }

    /// A direct table; used by the generated code.
    #[doc(hidden)]
    #[must_use]
    pub const fn __direct(min: i64, slots: &'static [u16]) -> Self {
        Lookup::Direct { min, slots }
    }

    /// A bitmap table; used by the generated code.
    #[doc(hidden)]
    #[must_use]
    pub const fn __bitmap(min: i64, words: &'static [u64], ranks: &'static [u16]) -> Self {
        Lookup::Bitmap { min, words, ranks }
    }

    /// A paged table; used by the generated code.
    #[doc(hidden)]
    #[must_use]
    pub const fn __paged(
        min: i64,
        shift: u8,
        pages: &'static [u16],
        slots: &'static [u16],
    ) -> Self {
        Lookup::Paged {
            min,
            shift,
            pages,
            slots,
        }
    }

    /// A perfect hash table; used by the generated code.
    #[doc(hidden)]
    #[must_use]
    pub const fn __hashed(
        seed: u64,
        bucket_bits: u8,
        slot_bits: u8,
        pilots: &'static [u16],
        slots: &'static [u16],
        keys: &'static [i64],
    ) -> Self {
        Lookup::Hashed {
            seed,
            bucket_bits,
            slot_bits,
            pilots,
            slots,
            keys,
        }
    }

    /// A short name of the strategy: `"direct"`, `"paged"`, `"bitmap"`,
    /// `"hashed"` or `"sorted"`.
    #[must_use]
    pub const fn strategy(&self) -> &'static str {
        match self {
            Lookup::Direct { .. } => "direct",
            Lookup::Bitmap { .. } => "bitmap",
            Lookup::Paged { .. } => "paged",
            Lookup::Hashed { .. } => "hashed",
            Lookup::Sorted => "sorted",
        }
    }
}

/// `code - min` as an index, or `None` when `code < min` or the offset does
/// not fit `usize`. All codes of a table lie in `min..=i64::MAX`, so the
/// wrapping difference of a code below `min` never lands inside the table.
#[inline]
fn offset(min: i64, code: i64) -> Option<usize> {
    if code < min {
        return None;
    }
    usize::try_from(code.wrapping_sub(min).cast_unsigned()).ok()
}

/// `(code - min) >> shift` clamped to `len - 1`, the table's sentinel
/// entry (an empty slot, or the page of empty slots): a code below `min`
/// wraps to an offset past every code and is clamped too, since all codes
/// of a table lie in `min..=i64::MAX`. No branch, whatever the code.
#[inline]
fn clamped(min: i64, code: i64, len: usize, shift: u8) -> usize {
    let offset = code.wrapping_sub(min).cast_unsigned() >> shift;
    let last = len.saturating_sub(1) as u64;
    // The smaller of the two fits `usize`, as `last` does.
    offset.min(last) as usize
}

/// The multiplier of the pilots and of the second hash of a
/// [`Lookup::Hashed`] table (the golden ratio's 64 bits, odd).
pub const PILOT_MULTIPLIER: u64 = 0x9e37_79b9_7f4a_7c15;

/// The top `bits` bits of `h` (0 for no bits).
#[inline]
const fn top(h: u64, bits: u8) -> usize {
    if bits == 0 {
        0
    } else {
        (h >> (64 - bits as u32)) as usize
    }
}

/// The bucket of `code` in a [`Lookup::Hashed`] table: the top
/// `bucket_bits` bits of `code * seed` (wrapping).
#[inline]
#[must_use]
pub const fn bucket_of(code: i64, seed: u64, bucket_bits: u8) -> usize {
    top(code.cast_unsigned().wrapping_mul(seed), bucket_bits)
}

/// The slot of `code` in a [`Lookup::Hashed`] table, its bucket's `pilot`
/// given: the top `slot_bits` bits of `((code * seed) ^ pilot * K) * K`,
/// `K` the [`PILOT_MULTIPLIER`] (wrapping).
#[inline]
#[must_use]
pub const fn hashed_slot(code: i64, seed: u64, pilot: u16, slot_bits: u8) -> usize {
    let h = code.cast_unsigned().wrapping_mul(seed);
    let moved = h ^ (pilot as u64).wrapping_mul(PILOT_MULTIPLIER);
    top(moved.wrapping_mul(PILOT_MULTIPLIER), slot_bits)
}

/// Branch-free binary search: the loop runs `log2(len)` times whatever the
/// code, and the comparison picks the next base with a conditional move.
#[inline]
fn sorted_find(codes: &[i64], code: i64) -> Option<usize> {
    if codes.is_empty() {
        return None;
    }
    let mut base = 0usize;
    let mut len = codes.len();
    while len > 1 {
        let half = len / 2;
        base = core::hint::select_unpredictable(codes[base + half] <= code, base + half, base);
        len -= half;
    }
    (codes[base] == code).then_some(base)
}

/// The position of the first entry marked `success`, found by const
/// evaluation so that [`ErrorCatalog::success`] (read by every envelope)
/// does not scan the table at run time.
pub(crate) const fn success_position(entries: &[Entry]) -> Option<usize> {
    let mut at = 0;
    while at < entries.len() {
        if entries[at].success {
            return Some(at);
        }
        at += 1;
    }
    None
}

/// The entry of `symbol`: a binary search of `by_symbol`, positions in
/// `entries` sorted by their symbols when the derive expanded. Used by the
/// generated code.
#[doc(hidden)]
#[must_use]
pub fn find_symbol(
    by_symbol: &[u16],
    entries: &'static [Entry],
    symbol: &str,
) -> Option<&'static Entry> {
    let symbol_at = |position: &u16| entries.get(usize::from(*position)).map(|e| e.symbol);
    let at = by_symbol
        .binary_search_by(|position| symbol_at(position).cmp(&Some(symbol)))
        .ok()?;
    entries.get(usize::from(by_symbol[at]))
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    /// A test-only builder of the tables, to check the readers against a
    /// linear scan on random code sets (the derive has its own builder,
    /// tested through real enums in `tests/`).
    /// A paged table of `codes`, pages of `1 << shift` values: page 0
    /// empty, the sentinel page entry at the end.
    fn build_paged(codes: &[i64], shift: u8) -> Lookup {
        let min = codes[0];
        let offsets: Vec<usize> = codes
            .iter()
            .map(|&c| usize::try_from(c - min).unwrap())
            .collect();
        let mut pages = vec![0u16; offsets[offsets.len() - 1] / (1 << shift) + 2];
        let mut slots = vec![EMPTY_SLOT; 1 << shift];
        for (position, offset) in offsets.iter().enumerate() {
            let page = &mut pages[offset >> shift];
            if *page == 0 {
                *page = u16::try_from(slots.len() >> shift).unwrap();
                slots.resize(slots.len() + (1 << shift), EMPTY_SLOT);
            }
            let at = (usize::from(*page) << shift) | (offset & ((1 << shift) - 1));
            slots[at] = u16::try_from(position).unwrap();
        }
        Lookup::__paged(min, shift, pages.leak(), slots.leak())
    }

    /// Each slot's code; an empty slot's is a code of another slot.
    fn key_of_slots(codes: &[i64], slots: &[u16]) -> Vec<i64> {
        let spare = codes.first().copied().unwrap_or(0);
        let key = |&slot: &u16| codes.get(usize::from(slot)).copied().unwrap_or(spare);
        slots.iter().map(key).collect()
    }

    /// A perfect hash of `codes` by brute force: for one seed, each bucket
    /// in turn takes the first pilot that puts its codes in free slots.
    fn build_hashed(codes: &[i64]) -> Option<Lookup> {
        let (seed, bucket_bits, slot_bits) = (PILOT_MULTIPLIER, 5, 8);
        let mut pilots = vec![0u16; 1 << bucket_bits];
        let mut slots = vec![EMPTY_SLOT; 1 << slot_bits];
        for (bucket, pilot_of) in pilots.iter_mut().enumerate() {
            let mine: Vec<usize> = (0..codes.len())
                .filter(|&p| bucket_of(codes[p], seed, bucket_bits) == bucket)
                .collect();
            let pilot = (0..u16::MAX).find(|&pilot| {
                let at: Vec<usize> = mine
                    .iter()
                    .map(|&p| hashed_slot(codes[p], seed, pilot, slot_bits))
                    .collect();
                let distinct =
                    at.iter().collect::<std::collections::BTreeSet<_>>().len() == at.len();
                distinct && at.iter().all(|&slot| slots[slot] == EMPTY_SLOT)
            })?;
            *pilot_of = pilot;
            for &p in &mine {
                slots[hashed_slot(codes[p], seed, pilot, slot_bits)] = u16::try_from(p).unwrap();
            }
        }
        let keys = key_of_slots(codes, &slots);
        Some(Lookup::__hashed(
            seed,
            bucket_bits,
            slot_bits,
            pilots.leak(),
            slots.leak(),
            keys.leak(),
        ))
    }

    fn build(codes: &[i64]) -> (Lookup, Lookup) {
        let min = codes[0];
        let span = usize::try_from(codes[codes.len() - 1] - min).unwrap() + 1;
        let mut slots = vec![EMPTY_SLOT; span + 1];
        let mut words = vec![0u64; span.div_ceil(64)];
        for (position, &code) in codes.iter().enumerate() {
            let offset = usize::try_from(code - min).unwrap();
            slots[offset] = u16::try_from(position).unwrap();
            words[offset / 64] |= 1 << (offset % 64);
        }
        let mut ranks = Vec::with_capacity(words.len());
        let mut seen = 0u16;
        for word in &words {
            ranks.push(seen);
            seen += u16::try_from(word.count_ones()).unwrap();
        }
        let direct = Lookup::__direct(min, slots.leak());
        let bitmap = Lookup::__bitmap(min, words.leak(), ranks.leak());
        (direct, bitmap)
    }

    fn code_set() -> impl Strategy<Value = Vec<i64>> {
        (
            any::<i64>(),
            prop::collection::btree_set(0i64..5_000, 1..300),
        )
            .prop_map(|(base, set)| {
                let base = base.clamp(i64::MIN, i64::MAX - 5_000);
                set.into_iter().map(|c| base + c).collect()
            })
    }

    proptest! {
        #[test]
        fn every_strategy_agrees_with_a_linear_scan(codes in code_set(), probes in prop::collection::vec(any::<i64>(), 0..50)) {
            let (direct, bitmap) = build(&codes);
            let paged = build_paged(&codes, 4);
            let hashed = build_hashed(&codes[..codes.len().min(100)]);
            let near = codes.iter().flat_map(|&c| [c.saturating_sub(1), c, c.saturating_add(1)]);
            for code in near.chain(probes).chain([i64::MIN, i64::MAX, 0]) {
                let expected = codes.iter().position(|&c| c == code);
                prop_assert_eq!(direct.find(&codes, code), expected, "direct, code {}", code);
                prop_assert_eq!(bitmap.find(&codes, code), expected, "bitmap, code {}", code);
                prop_assert_eq!(paged.find(&codes, code), expected, "paged, code {}", code);
                if let Some(hashed) = hashed {
                    let few = &codes[..codes.len().min(100)];
                    let expected = few.iter().position(|&c| c == code);
                    prop_assert_eq!(hashed.find(few, code), expected, "hashed, code {}", code);
                }
                prop_assert_eq!(Lookup::Sorted.find(&codes, code), expected, "sorted, code {}", code);
            }
        }
    }

    /// Tables whose parts disagree (only buildable through the hidden
    /// constructors) answer without panicking.
    #[test]
    fn inconsistent_tables_do_not_panic() {
        let bitmap = Lookup::__bitmap(0, &[1], &[]);
        assert_eq!(bitmap.find(&[], 0), None);
        let bitmap = Lookup::__bitmap(0, &[0b11], &[5]);
        assert_eq!(bitmap.find(&[], 1), Some(6));
        let hashed = Lookup::__hashed(1, 2, 3, &[], &[], &[]);
        assert_eq!(hashed.find(&[1], 1), None);
        let hashed = Lookup::__hashed(1, 0, 0, &[7], &[9], &[]);
        assert_eq!(hashed.find(&[1], 1), None);
        let paged = Lookup::__paged(0, 4, &[3], &[]);
        assert_eq!(paged.find(&[], 5), None);
        let direct = Lookup::__direct(0, &[9, EMPTY_SLOT]);
        assert_eq!(direct.find(&[], 0), Some(9));
        assert_eq!(direct.find(&[], 1), None);
        assert_eq!(direct.find(&[], -1), None);
    }

    #[test]
    fn empty_catalogue_finds_nothing() {
        assert_eq!(Lookup::Sorted.find(&[], 0), None);
        let direct = Lookup::__direct(0, &[]);
        assert_eq!(direct.find(&[], 0), None);
    }
}
