//! `Accept-Language` on arbitrary text: `locale::best` and
//! `locale::lookup` over a fixed list of tags, and an entry's
//! `translation_for` (Fresns in Simplified Chinese). None may panic; a
//! picked position is one of the list's, and a translation one the entry
//! has.
#![no_main]

use error_codes::ErrorCatalog;
use error_codes::catalogues::fresns::FresnsError;
use error_codes::locale::{best, lookup};
use libfuzzer_sys::fuzz_target;

const AVAILABLE: &[&str] = &["fr", "zh-Hant", "zh", "de-CH", "zh-Hans", "x-private"];

fuzz_target!(|data: &[u8]| {
    let header = String::from_utf8_lossy(data);
    if let Some(position) = best(AVAILABLE, &header) {
        assert!(position < AVAILABLE.len());
    }
    for range in header.split(',') {
        if let Some(position) = lookup(AVAILABLE, range.trim()) {
            assert!(position < AVAILABLE.len());
        }
    }
    let entry = FresnsError::ENTRIES[1];
    if let Some((tag, message)) = entry.translation_for(&header) {
        assert!(entry.translations().any(|pair| pair == (tag, message)));
    }
});
