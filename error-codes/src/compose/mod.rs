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
//!
//! `parts.rs`: what a composed catalogue contributes (its tables, shifted);
//! `merge.rs`: the linear merge of sorted codes, which finds clashes on the
//! way; `checks.rs`: the other checks (retired codes declared again, codes
//! outside their module) and the messages of all of them.

mod checks;
mod merge;
mod parts;
#[cfg(test)]
mod tests;

pub use checks::{
    Message, Revived, clash_message, find_revived, first_missing, first_outside, outside_message,
    revived_message,
};
pub use merge::{BLANK, Clash, Clashes, find_clashes, merge};
pub use parts::{
    Part, Tables, concat_ranges, part_codes, part_entries, part_items, part_len, shift_ranges,
    shifted_ranges_len,
};

/// At most this many parts in one composition's checks: the enum's own
/// entries, one per `transparent` variant (at most 63, the derive enforces
/// it), and the success code of an enum that declares no `success` entry.
pub const MAX_PARTS: usize = 65;
