//! Translation files (`locales = "..."`, `<tag>.toml`) on arbitrary text:
//! the derive reads each with its line-by-line reader of the plain form
//! (`40101 = "..."`) or, for anything else, the TOML parser. Neither may
//! panic, and where the line reader reads a file it reads what the TOML
//! parser reads.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    if let Ok(text) = std::str::from_utf8(data) {
        error_codes_derive_internals::fuzz_translation_file(text);
    }
});
