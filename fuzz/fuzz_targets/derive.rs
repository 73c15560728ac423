//! The derive's front end on arbitrary Rust text: every enum, struct or
//! union in it goes through parse, resolve, check and expand (or the
//! fallback), which answer with tokens, never a panic. The derive runs on
//! `proc_macro2` tokens from `error-codes-derive-internals`, the crate
//! the proc macro calls.
#![no_main]

use libfuzzer_sys::fuzz_target;
use quote::ToTokens;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    let Ok(file) = syn::parse_file(text) else {
        return;
    };
    for item in file.items {
        let shaped = matches!(
            item,
            syn::Item::Enum(_) | syn::Item::Struct(_) | syn::Item::Union(_)
        );
        if !shaped {
            continue;
        }
        let Ok(node) = syn::parse2::<syn::DeriveInput>(item.to_token_stream()) else {
            continue;
        };
        let output = error_codes_derive_internals::derive(&node);
        // Whatever it answers is tokens the compiler can read back.
        let _ = output.to_string();
    }
});
