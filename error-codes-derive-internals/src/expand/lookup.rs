//! The lookup table of the own codes: chosen from the shape of the code set
//! when the macro expands (`docs/design.md`, "Lookups"). The runtime side,
//! which reads these tables, is `error_codes::lookup`.

use proc_macro2::TokenStream;
use quote::quote;

/// Codes spanning at most this many values get a direct table whatever
/// their number (8 KiB of `u16` slots at most).
const DIRECT_SPAN: u128 = 4096;
/// A larger span still gets a direct table while it has at most this many
/// slots per code.
const DIRECT_SLOTS_PER_CODE: u128 = 4;
/// The bitmap is used while it has at most this many 64-bit words per code
/// (10 bytes each with its rank), and at most `BITMAP_WORDS` in all.
const BITMAP_WORDS_PER_CODE: u128 = 4;
const BITMAP_WORDS: u128 = 16_384;
/// A paged table is used while its pages and slots take at most this many
/// `u16` per code; pages hold `1 << shift` values for a shift in this range.
const PAGED_SLOTS_PER_CODE: usize = 8;
const PAGE_SHIFTS: std::ops::RangeInclusive<u8> = 4..=8;

/// Marks an empty slot of a direct table; `error_codes::lookup::EMPTY_SLOT`.
pub const EMPTY_SLOT: u16 = u16::MAX;

#[derive(Debug, PartialEq, Eq)]
pub enum Table {
    Direct {
        min: i64,
        slots: Vec<u16>,
    },
    Bitmap {
        min: i64,
        words: Vec<u64>,
        ranks: Vec<u16>,
    },
    Paged {
        min: i64,
        shift: u8,
        pages: Vec<u16>,
        slots: Vec<u16>,
    },
    Hashed {
        seed: u64,
        bucket_bits: u8,
        slot_bits: u8,
        pilots: Vec<u16>,
        slots: Vec<u16>,
        keys: Vec<i64>,
    },
    Sorted,
}

/// Chooses and builds the table for `codes`, sorted ascending without
/// duplicates, fewer than `u16::MAX` of them.
pub fn choose(codes: &[i64]) -> Table {
    let (Some(&min), Some(&max)) = (codes.first(), codes.last()) else {
        return Table::Sorted;
    };
    let count = codes.len() as u128;
    let span = (i128::from(max) - i128::from(min) + 1) as u128;
    let offsets = codes
        .iter()
        .map(|&code| (i128::from(code) - i128::from(min)) as usize);
    let position = |p: usize| u16::try_from(p).expect("fewer than u16::MAX codes");
    if span <= DIRECT_SPAN || span <= DIRECT_SLOTS_PER_CODE * count {
        // One more slot, empty: the sentinel every miss is clamped to.
        let mut slots = vec![EMPTY_SLOT; span as usize + 1];
        for (p, offset) in offsets.enumerate() {
            slots[offset] = position(p);
        }
        return Table::Direct { min, slots };
    }
    if let Some(paged) = paged(codes, min) {
        return paged;
    }
    let words_needed = span.div_ceil(64);
    if words_needed <= BITMAP_WORDS && words_needed <= BITMAP_WORDS_PER_CODE * count {
        let mut words = vec![0u64; words_needed as usize];
        for offset in offsets {
            words[offset / 64] |= 1 << (offset % 64);
        }
        let mut ranks = Vec::with_capacity(words.len());
        let mut seen = 0usize;
        for word in &words {
            ranks.push(position(seen));
            seen += word.count_ones() as usize;
        }
        return Table::Bitmap { min, words, ranks };
    }
    hashed(codes)
}

/// The multiplier of the pilots and the second hash; the runtime's
/// `lookup::PILOT_MULTIPLIER`.
const PILOT_MULTIPLIER: u64 = 0x9e37_79b9_7f4a_7c15;
/// Codes per bucket, on average.
const CODES_PER_BUCKET: usize = 4;
/// Slots per code, at least (the slots are a power of two).
const SLOTS_PER_CODE: f64 = 1.25;
/// Seeds tried, pilots per bucket tried: far more than the few a set needs.
const SEEDS: u64 = 64;
const PILOTS: u16 = u16::MAX;

/// The top `bits` bits of `h` (0 for no bits); the runtime's `top`.
fn top(h: u64, bits: u8) -> usize {
    if bits == 0 {
        0
    } else {
        (h >> (64 - u32::from(bits))) as usize
    }
}

/// The runtime's `lookup::bucket_of` and `lookup::hashed_slot`: the table
/// built here is read there.
fn bucket_of(code: i64, seed: u64, bucket_bits: u8) -> usize {
    top(code.cast_unsigned().wrapping_mul(seed), bucket_bits)
}

fn hashed_slot(code: i64, seed: u64, pilot: u16, slot_bits: u8) -> usize {
    let h = code.cast_unsigned().wrapping_mul(seed);
    let moved = h ^ u64::from(pilot).wrapping_mul(PILOT_MULTIPLIER);
    top(moved.wrapping_mul(PILOT_MULTIPLIER), slot_bits)
}

/// Codes scattered far apart: a perfect hash (hash and displace, as
/// PTHash): a seed, then for each bucket, largest first, the first pilot
/// that puts all its codes in free slots. The seeds are a fixed sequence,
/// so the same codes always give the same table.
fn hashed(codes: &[i64]) -> Table {
    let bucket_bits = (codes.len() / CODES_PER_BUCKET)
        .next_power_of_two()
        .trailing_zeros() as u8;
    let wanted = (codes.len() as f64 * SLOTS_PER_CODE).ceil() as usize;
    let slot_bits = wanted.next_power_of_two().trailing_zeros() as u8;
    let mut seed = PILOT_MULTIPLIER;
    for _ in 0..SEEDS {
        if let Some((pilots, slots)) = place(codes, seed, bucket_bits, slot_bits) {
            // An empty slot holds a code of another slot: a probe equal to
            // it hashes to that slot, never here.
            let spare = codes[0];
            let keys = slots
                .iter()
                .map(|&slot| codes.get(usize::from(slot)).copied().unwrap_or(spare))
                .collect();
            return Table::Hashed {
                seed,
                bucket_bits,
                slot_bits,
                pilots,
                slots,
                keys,
            };
        }
        seed = seed
            .wrapping_mul(6_364_136_223_846_793_005)
            .wrapping_add(1_442_695_040_888_963_407)
            | 1;
    }
    Table::Sorted
}

/// The pilots and slots of one seed, if every bucket finds a pilot.
fn place(codes: &[i64], seed: u64, bucket_bits: u8, slot_bits: u8) -> Option<(Vec<u16>, Vec<u16>)> {
    let mut buckets: Vec<Vec<usize>> = vec![Vec::new(); 1 << bucket_bits];
    for (position, &code) in codes.iter().enumerate() {
        buckets[bucket_of(code, seed, bucket_bits)].push(position);
    }
    let mut order: Vec<usize> = (0..buckets.len()).collect();
    order.sort_by_key(|&bucket| std::cmp::Reverse(buckets[bucket].len()));
    let mut pilots = vec![0u16; buckets.len()];
    let mut slots = vec![EMPTY_SLOT; 1 << slot_bits];
    let mut taken = Vec::new();
    for bucket in order.into_iter().take_while(|&b| !buckets[b].is_empty()) {
        let fits = |pilot: u16, taken: &mut Vec<usize>| {
            taken.clear();
            for &position in &buckets[bucket] {
                let slot = hashed_slot(codes[position], seed, pilot, slot_bits);
                if slots[slot] != EMPTY_SLOT || taken.contains(&slot) {
                    return false;
                }
                taken.push(slot);
            }
            true
        };
        let pilot = (0..PILOTS).find(|&pilot| fits(pilot, &mut taken))?;
        pilots[bucket] = pilot;
        for (&position, &slot) in buckets[bucket].iter().zip(&taken) {
            slots[slot] = u16::try_from(position).ok()?;
        }
    }
    Some((pilots, slots))
}

/// The smallest paged table of `codes` (sorted, `min` the first), if one
/// fits the budget.
fn paged(codes: &[i64], min: i64) -> Option<Table> {
    let offsets: Vec<usize> = codes
        .iter()
        .map(|&code| usize::try_from(i128::from(code) - i128::from(min)).ok())
        .collect::<Option<_>>()?;
    let budget = PAGED_SLOTS_PER_CODE * codes.len();
    let best = PAGE_SHIFTS
        .filter_map(|shift| {
            let pages = offsets.last()? / (1 << shift) + 1;
            let mut used: Vec<usize> = offsets.iter().map(|offset| offset >> shift).collect();
            used.dedup();
            let size = pages + 1 + ((used.len() + 1) << shift);
            (size <= budget && used.len() + 1 < usize::from(u16::MAX)).then_some((size, shift))
        })
        .min()?;
    let shift = best.1;
    // Page 0 holds no code: every page without codes, and the sentinel
    // entry at the end that every miss past the span is clamped to, point
    // to it.
    let mut pages = vec![0u16; offsets.last()? / (1 << shift) + 2];
    let mut slots = vec![EMPTY_SLOT; 1 << shift];
    for (position, offset) in offsets.iter().enumerate() {
        let page = &mut pages[offset >> shift];
        if *page == 0 {
            *page = u16::try_from(slots.len() >> shift).ok()?;
            slots.resize(slots.len() + (1 << shift), EMPTY_SLOT);
        }
        let at = (usize::from(*page) << shift) | (offset & ((1 << shift) - 1));
        slots[at] = u16::try_from(position).ok()?;
    }
    Some(Table::Paged {
        min,
        shift,
        pages,
        slots,
    })
}

/// The `__private::Lookup` value of `codes`.
pub fn emit(private: &TokenStream, codes: &[i64]) -> TokenStream {
    match choose(codes) {
        Table::Direct { min, slots } => quote! {
            #private::Lookup::__direct(#min, &[#(#slots),*])
        },
        Table::Bitmap { min, words, ranks } => quote! {
            #private::Lookup::__bitmap(#min, &[#(#words),*], &[#(#ranks),*])
        },
        Table::Paged {
            min,
            shift,
            pages,
            slots,
        } => quote! {
            #private::Lookup::__paged(#min, #shift, &[#(#pages),*], &[#(#slots),*])
        },
        Table::Hashed {
            seed,
            bucket_bits,
            slot_bits,
            pilots,
            slots,
            keys,
        } => quote! {
            #private::Lookup::__hashed(
                #seed, #bucket_bits, #slot_bits, &[#(#pilots),*], &[#(#slots),*], &[#(#keys),*]
            )
        },
        Table::Sorted => quote!(#private::Lookup::Sorted),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn find(table: &Table, codes: &[i64], code: i64) -> Option<usize> {
        match table {
            Table::Direct { min, slots } => {
                let offset = usize::try_from(code.checked_sub(*min)?).ok()?;
                let slot = *slots.get(offset)?;
                (slot != EMPTY_SLOT).then_some(slot as usize)
            }
            Table::Bitmap { min, words, ranks } => {
                let offset = usize::try_from(code.checked_sub(*min)?).ok()?;
                let word = *words.get(offset / 64)?;
                (word >> (offset % 64) & 1 == 1).then(|| {
                    ranks[offset / 64] as usize
                        + (word & ((1u64 << (offset % 64)) - 1)).count_ones() as usize
                })
            }
            Table::Paged {
                min,
                shift,
                pages,
                slots,
            } => {
                let offset = usize::try_from(code.checked_sub(*min)?).ok()?;
                let page = *pages.get(offset >> shift)?;
                let slot = slots[(usize::from(page) << shift) | (offset & ((1 << shift) - 1))];
                (slot != EMPTY_SLOT).then_some(slot as usize)
            }
            Table::Hashed {
                seed,
                bucket_bits,
                slot_bits,
                pilots,
                slots,
                keys,
            } => {
                let pilot = pilots[bucket_of(code, *seed, *bucket_bits)];
                let at = hashed_slot(code, *seed, pilot, *slot_bits);
                (keys[at] == code).then_some(usize::from(slots[at]))
            }
            Table::Sorted => codes.binary_search(&code).ok(),
        }
    }

    fn assert_finds_all(codes: &[i64]) -> Table {
        let table = choose(codes);
        for (position, &code) in codes.iter().enumerate() {
            assert_eq!(find(&table, codes, code), Some(position), "code {code}");
            if let Some(next) = code.checked_add(1)
                && !codes.contains(&next)
            {
                assert_eq!(find(&table, codes, next), None, "code {next}");
            }
        }
        table
    }

    #[test]
    fn small_spans_get_a_direct_table() {
        let codes: Vec<i64> = (40001..=40111).chain([40401, 40402, 42901]).collect();
        assert!(matches!(
            assert_finds_all(&codes),
            Table::Direct { min: 40001, .. }
        ));
        assert!(matches!(
            assert_finds_all(&[-1, 0, 1, 2000]),
            Table::Direct { min: -1, .. }
        ));
    }

    #[test]
    fn dense_wide_sets_get_a_direct_table() {
        let codes: Vec<i64> = (0..10_000).map(|i| i * 3).collect();
        assert!(matches!(assert_finds_all(&codes), Table::Direct { .. }));
    }

    #[test]
    fn clustered_sets_get_a_paged_table() {
        // Like the seeds: runs of codes a few thousand apart.
        let codes: Vec<i64> = (0..40)
            .flat_map(|block| (0..20).map(move |i| 30_000 + block * 1_000 + i))
            .collect();
        assert!(matches!(assert_finds_all(&codes), Table::Paged { .. }));
        // Modules 1,000 apart, groups of 8 to 30 codes 100 apart.
        let codes: Vec<i64> = (0..20)
            .flat_map(|module| (0..10).map(move |group| (module, group)))
            .flat_map(|(module, group)| {
                (0..8 + (module * 7 + group * 3) % 23)
                    .map(move |i| 10_000 + module * 1_000 + group * 100 + i)
            })
            .collect();
        assert!(matches!(assert_finds_all(&codes), Table::Paged { .. }));
    }

    #[test]
    fn sparse_sets_get_a_bitmap() {
        // One code every 40 values: pages would hold mostly empty slots.
        let codes: Vec<i64> = (0..500).map(|i| i * 40).collect();
        assert!(matches!(assert_finds_all(&codes), Table::Bitmap { .. }));
    }

    #[test]
    fn scattered_sets_get_a_perfect_hash() {
        assert!(matches!(
            assert_finds_all(&[200, 400, 40101, 50301]),
            Table::Hashed { .. }
        ));
        assert!(matches!(
            assert_finds_all(&[i64::MIN, 0, i64::MAX]),
            Table::Hashed { .. }
        ));
        let scattered: Vec<i64> = (0..3000i64).map(|i| i * 333_667 + (i * i) % 1000).collect();
        let Table::Hashed { slots, pilots, .. } = assert_finds_all(&scattered) else {
            panic!("not hashed")
        };
        // 4,096 slots for 3,000 codes; a bucket per 4 codes.
        assert_eq!((slots.len(), pilots.len()), (4096, 1024));
        // Every bucket found a pilot within the first few hundred tries.
        assert!(
            pilots.iter().all(|&p| p < 1_000),
            "{:?}",
            pilots.iter().max()
        );
        assert_eq!(choose(&[]), Table::Sorted);
    }
}
