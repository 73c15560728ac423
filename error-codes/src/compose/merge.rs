//! The linear merge of the parts' sorted codes: one walk that merges the
//! tables and finds every clash.

use super::MAX_PARTS;
use crate::entry::Entry;

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
    pub(super) shown: [Clash; Clashes::SHOWN],
    pub(super) total: usize,
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
