//! When the input has errors, the derive still emits the impls the user
//! asked for, with empty tables and bodies that are never run (the build
//! fails on the reported errors anyway). The user then sees the real mistake
//! only, not a follow-on error at every use of the trait.

use proc_macro2::TokenStream;
use quote::quote;

use crate::expand::display;
use crate::expand::header::Header;
use crate::parse::Input;

pub fn expand(input: &Input<'_>) -> TokenStream {
    let header = Header::new(input);
    let private = &header.private;
    let impl_of = header.impl_of("ErrorCatalog", None);
    let display = display::impls(input, &header, false);
    let conversions = crate::expand::conversions::impls(input, &header);
    let web = header.web_impls();
    header.scoped(quote! {
        #impl_of {
            const NAME: &'static str = "";
            const ENTRIES: &'static [#private::Entry] = &[];
            const CODES: &'static [i64] = &[];
            const NAMES: &'static [&'static str] = &[];
            const MODULES: &'static [#private::Module] = &[];
            const LOOKUP: #private::Lookup = #private::Lookup::Sorted;
            fn entry(&self) -> &'static #private::Entry {
                #private::unreachable!()
            }
            fn from_code(_: i64) -> #private::Option<Self> {
                #private::unreachable!()
            }
        }
        #display
        #conversions
        #web
    })
}
