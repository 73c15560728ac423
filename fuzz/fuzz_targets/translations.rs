//! Translation files (`locales = "..."`, `<tag>.toml`) on arbitrary text:
//! the derive reads each with its own reader of the part of TOML such
//! files are written in. It may not panic, and whatever it reads, the
//! `toml` crate reads alike.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    if let Ok(text) = std::str::from_utf8(data) {
        let _valid = error_codes_derive_internals::fuzz_translation_file(text);
    }
});
