//! The derive's front end on arbitrary Rust text: every enum, struct or
//! union in it goes through parse, resolve, check and expand (or the
//! fallback), which answer with tokens, never a panic. The derive's
//! sources are compiled here as modules of this crate, through
//! `error-codes-derive/src/pipeline.rs`.
#![no_main]

use libfuzzer_sys::fuzz_target;
use quote::ToTokens;

#[path = "../../error-codes-derive/src/check.rs"]
mod check;
#[path = "../../error-codes-derive/src/expand/mod.rs"]
mod expand;
#[path = "../../error-codes-derive/src/fallback.rs"]
mod fallback;
#[path = "../../error-codes-derive/src/locales.rs"]
mod locales;
#[path = "../../error-codes-derive/src/model.rs"]
mod model;
#[path = "../../error-codes-derive/src/parse/mod.rs"]
mod parse;
#[path = "../../error-codes-derive/src/pipeline.rs"]
mod pipeline;
#[path = "../../error-codes-derive/src/resolve.rs"]
mod resolve;

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
        let output = pipeline::derive(&node);
        // Whatever it answers is tokens the compiler can read back.
        let _ = output.to_string();
    }
});
