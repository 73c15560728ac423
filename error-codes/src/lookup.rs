//! How a catalogue finds the entry of a raw code.
//!
//! `#[derive(ErrorCatalog)]` looks at the set of declared codes when it expands
//! and emits one of five static tables (the measurements behind them are in
//! `docs/design.md` and `BENCHMARKS.md` of the repository):
//!
//! | strategy | chosen when | cost of one lookup |
//! |---|---|---|
//! | [`Lookup::Direct`] | the codes span at most 4,096 values, or at most 4 slots per code | one bounds check, one load |
//! | [`Lookup::Paged`] | else, when pages of 16 to 256 values (only those with codes stored) take at most 8 slots per code | two loads |
//! | [`Lookup::Bitmap`] | else, when it takes at most 4 words of 64 codes per code, and at most 16,384 words | one load, one popcount |
//! | [`Lookup::Bucketed`] | else (codes scattered far apart): buckets of a power-of-two width, about two per code | two loads, a search of the bucket's few codes |
//! | [`Lookup::Sorted`] | compositions' merged tables | branch-free binary search over the sorted codes |
//!
//! All tables are `static` data: no hashing, no allocation, nothing built at
//! run time. Each lookup gives the position of the code in the catalogue's
//! sorted [`ErrorCatalog::CODES`](crate::ErrorCatalog::CODES), or `None` when
//! the code is not declared.

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
    /// Codes scattered far apart: the span cut into `starts.len() - 1`
    /// buckets of `1 << shift` values (about two per code); `starts[b]` is
    /// the position of the first code of bucket `b` in the sorted codes, so
    /// a lookup searches the few codes of one bucket.
    #[non_exhaustive]
    Bucketed {
        /// The smallest declared code.
        min: i64,
        /// log2 of the values per bucket.
        shift: u8,
        /// For each bucket, the position of its first code; one more at the end.
        starts: &'static [u16],
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
                let slot = *slots.get(offset(min, code)?)?;
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
                let offset = offset(min, code)?;
                let page = *pages.get(offset >> shift)?;
                if page == EMPTY_SLOT {
                    return None;
                }
                let within = offset & ((1 << shift) - 1);
                let slot = *slots.get((usize::from(page) << shift) | within)?;
                (slot != EMPTY_SLOT).then_some(usize::from(slot))
            }
            Lookup::Bucketed { min, shift, starts } => {
                let bucket = offset_u64(min, code)? >> shift;
                let bucket = usize::try_from(bucket).ok()?;
                let start = usize::from(*starts.get(bucket)?);
                let end = usize::from(*starts.get(bucket + 1)?);
                let found = sorted_find(codes.get(start..end)?, code)?;
                Some(start + found)
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

    /// A bucketed table; used by the generated code.
    #[doc(hidden)]
    #[must_use]
    pub const fn __bucketed(min: i64, shift: u8, starts: &'static [u16]) -> Self {
        Lookup::Bucketed { min, shift, starts }
    }

    /// A short name of the strategy: `"direct"`, `"paged"`, `"bitmap"`,
    /// `"bucketed"` or `"sorted"`.
    #[must_use]
    pub const fn strategy(&self) -> &'static str {
        match self {
            Lookup::Direct { .. } => "direct",
            Lookup::Bitmap { .. } => "bitmap",
            Lookup::Paged { .. } => "paged",
            Lookup::Bucketed { .. } => "bucketed",
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

/// `code - min` as a `u64`, or `None` when `code < min`.
#[inline]
fn offset_u64(min: i64, code: i64) -> Option<u64> {
    (code >= min).then(|| code.wrapping_sub(min).cast_unsigned())
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

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    /// A test-only builder of the tables, to check the readers against a
    /// linear scan on random code sets (the derive has its own builder,
    /// tested through real enums in `tests/`).
    /// A paged table of `codes`, pages of `1 << shift` values.
    fn build_paged(codes: &[i64], shift: u8) -> Lookup {
        let min = codes[0];
        let offsets: Vec<usize> = codes
            .iter()
            .map(|&c| usize::try_from(c - min).unwrap())
            .collect();
        let mut pages = vec![EMPTY_SLOT; offsets[offsets.len() - 1] / (1 << shift) + 1];
        let mut slots = Vec::new();
        for (position, offset) in offsets.iter().enumerate() {
            let page = &mut pages[offset >> shift];
            if *page == EMPTY_SLOT {
                *page = u16::try_from(slots.len() >> shift).unwrap();
                slots.resize(slots.len() + (1 << shift), EMPTY_SLOT);
            }
            let at = (usize::from(*page) << shift) | (offset & ((1 << shift) - 1));
            slots[at] = u16::try_from(position).unwrap();
        }
        Lookup::__paged(min, shift, pages.leak(), slots.leak())
    }

    /// A bucketed table of `codes`, buckets of `1 << shift` values.
    fn build_bucketed(codes: &[i64], shift: u8) -> Lookup {
        let min = codes[0];
        let bucket = |code: i64| usize::try_from((code - min) >> shift).unwrap();
        let mut starts = vec![0u16; bucket(codes[codes.len() - 1]) + 2];
        for &code in codes {
            starts[bucket(code) + 1] += 1;
        }
        for at in 1..starts.len() {
            starts[at] += starts[at - 1];
        }
        Lookup::__bucketed(min, shift, starts.leak())
    }

    fn build(codes: &[i64]) -> (Lookup, Lookup) {
        let min = codes[0];
        let span = usize::try_from(codes[codes.len() - 1] - min).unwrap() + 1;
        let mut slots = vec![EMPTY_SLOT; span];
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
            let bucketed = build_bucketed(&codes, 3);
            let near = codes.iter().flat_map(|&c| [c.saturating_sub(1), c, c.saturating_add(1)]);
            for code in near.chain(probes).chain([i64::MIN, i64::MAX, 0]) {
                let expected = codes.iter().position(|&c| c == code);
                prop_assert_eq!(direct.find(&codes, code), expected, "direct, code {}", code);
                prop_assert_eq!(bitmap.find(&codes, code), expected, "bitmap, code {}", code);
                prop_assert_eq!(paged.find(&codes, code), expected, "paged, code {}", code);
                prop_assert_eq!(bucketed.find(&codes, code), expected, "bucketed, code {}", code);
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
        let bucketed = Lookup::__bucketed(0, 2, &[0, 9]);
        assert_eq!(bucketed.find(&[1], 1), None);
        let paged = Lookup::__paged(0, 4, &[3], &[]);
        assert_eq!(paged.find(&[], 5), None);
        let direct = Lookup::__direct(0, &[9]);
        assert_eq!(direct.find(&[], 0), Some(9));
        assert_eq!(direct.find(&[], 1), None);
    }

    #[test]
    fn empty_catalogue_finds_nothing() {
        assert_eq!(Lookup::Sorted.find(&[], 0), None);
        let direct = Lookup::__direct(0, &[]);
        assert_eq!(direct.find(&[], 0), None);
    }
}
