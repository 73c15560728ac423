//! Stage 4, expand: the `ErrorCatalog` impl of a checked catalogue, with its
//! static tables, and `Display` + `Error`. One file per part of the output.

mod compose;
pub mod conversions;
mod data_fields;
mod delay;
pub mod display;
mod from_detail;
pub mod header;
mod locales;
mod lookup;
mod methods;
mod tables;

use proc_macro2::TokenStream;
use quote::quote;

use crate::model::Catalogue;
use crate::parse::Input;
use header::Header;

pub fn expand(input: &Input<'_>, catalogue: &Catalogue<'_>) -> TokenStream {
    let header = Header::new(input);
    let impl_of = header.impl_of("ErrorCatalog", None);
    let modules = tables::modules(input, &header, catalogue);
    let own = tables::own(input, &header, catalogue);
    let envelope = tables::envelope(input, &header);
    let rejections = tables::rejections(&header, catalogue);
    let retired = tables::retired(&header, catalogue);
    let web = header.web_impls();
    let locales = locales::consts(&header, catalogue);
    let rebuild = locales::rebuild_on_change(&header, catalogue);
    let entry = methods::entry(input, &header, catalogue);
    let from_code = methods::from_code(&header, catalogue);
    let detail = methods::detail(input, &header, catalogue);
    let retry_after = delay::retry_after(&header, catalogue, input.variants.len());
    let from_detail = from_detail::from_detail(&header, catalogue);
    let probe_scope = delay::probe_scope(&header, catalogue);
    let composed = catalogue.composes().then(|| {
        let tables = compose::tables(&header, catalogue);
        let lookup = compose::lookup(&header, catalogue);
        let module_of = compose::module_of(&header, catalogue);
        let lookup_symbol = compose::lookup_symbol(&header, catalogue);
        let folder = input.keys.locales.as_ref();
        let stale =
            folder.and_then(|f| locales::part_translations_are_current(&header, catalogue, f));
        let checks = compose::checks(&header, catalogue, stale);
        let translation = locales::composed(&header, catalogue);
        let parts = compose::part_impls(&header, catalogue);
        let variants = compose::part_variants(catalogue);
        (
            quote!(#tables #lookup #module_of #lookup_symbol #variants #translation),
            quote!(#parts #checks),
        )
    });
    let (composed, checks) = composed.unzip();
    let field_checks = data_fields::checks(input, &header.private, &catalogue.entries);
    let display = display::impls(input, &header, true);
    let conversions = conversions::impls(input, &header);
    let impls = header.scoped(quote! {
        #probe_scope
        #field_checks
        #impl_of {
            #modules
            #locales
            #own
            #envelope
            #rejections
            #retired
            #entry
            #from_code
            #detail
            #retry_after
            #from_detail
            #composed
        }
        #display
        #conversions
        #web
        #rebuild
    });
    quote!(#impls #checks)
}
