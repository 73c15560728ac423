//! Stage 3, check: the rules that need more than one value at a time, one
//! small function each, run on the input and the resolved catalogue. A
//! rule reports at the user's own token and never stops the others; the
//! errors come out in the order of the variants they concern. One file
//! per concern: `shape`, `envelope`, `composition`, `codes`, `wire`,
//! `locale_files`.

use std::collections::BTreeMap;

use darling::Error;
use darling::error::Accumulator;

use crate::model::Catalogue;
use crate::model::Entry;
use crate::parse::Input;
use crate::parse::Variant;

mod codes;
mod composition;
mod envelope;
pub mod locale_files;
mod shape;
mod wire;

pub fn check(input: &Input<'_>, catalogue: &Catalogue<'_>, errors: &mut Accumulator) {
    let mut found = Found::default();
    shape::module_names_unique(input, &mut found);
    envelope::envelope_names_distinct(input, &mut found);
    envelope::envelope_shape_is_readable(input, catalogue, &mut found);
    composition::composition_is_concrete(input, &mut found);
    shape::every_variant_has_a_code(input, &mut found);
    shape::every_entry_has_a_message(input, &mut found);
    shape::message_not_built_by_a_macro(input, &mut found);
    shape::one_success(input, &mut found);
    shape::no_success_when_errors_only(input, &mut found);
    composition::transparent_takes_no_code(input, &mut found);
    composition::transparent_takes_no_entry_keys(input, &mut found);
    composition::transparent_is_a_one_field_tuple(input, &mut found);
    composition::offset_only_with_transparent(input, &mut found);
    shape::data_on_named_fields(input, &mut found);
    wire::data_fields_have_metadata_keys(input, &mut found);
    shape::placeholders_name_fields(catalogue, &mut found);
    codes::modules_are_declared(input, catalogue, &mut found);
    codes::codes_lie_in_their_module(catalogue, &mut found);
    codes::codes_lie_in_one_module(input, catalogue, &mut found);
    codes::codes_unique(input, &mut found);
    codes::retired_codes_stay_retired(input, catalogue, &mut found);
    codes::retired_once(input, &mut found);
    codes::no_error_reads_as_success(input, &mut found);
    wire::one_code_per_rejection(input, &mut found);
    wire::rejection_codes_can_be_built(input, &mut found);
    shape::one_source_per_variant(input, &mut found);
    wire::symbols_unique(catalogue, &mut found);
    wire::symbols_are_reasons(input, catalogue, &mut found);
    wire::reasons_unique(catalogue, &mut found);
    wire::domain_not_empty(input, &mut found);
    wire::grpc_ok_only_for_success(input, &mut found);
    wire::docs_urls_can_be_written(input, catalogue, &mut found);
    wire::headers_fit_their_status(catalogue, &mut found);
    wire::headers_can_be_sent(input, catalogue, &mut found);
    wire::retry_after_names_a_data_field(catalogue, &mut found);
    wire::retry_delay_is_one_field(catalogue, &mut found);
    locale_files::language_is_a_tag(input, &mut found);
    locale_files::translations_are_current(input, catalogue, &mut found);
    locale_files::translations_are_complete(input, catalogue, &mut found);
    locale_files::translations_keep_placeholders(input, catalogue, &mut found);
    locale_files::translated_texts_are_declared(input, catalogue, &mut found);
    shape::within_limits(input, catalogue, &mut found);
    found.into(errors);
}

/// Where an error is reported, in the order a reader meets them.
#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
enum At {
    Enum,
    Variant(usize),
    Limits,
}

#[derive(Default)]
struct Found(Vec<(At, Error)>);

impl Found {
    fn push(&mut self, at: At, error: Error) {
        self.0.push((at, error));
    }

    fn into(mut self, errors: &mut Accumulator) {
        self.0.sort_by_key(|(at, _)| *at);
        for (_, error) in self.0 {
            errors.push(error);
        }
    }
}

/// The variants with a code of their own (not `transparent`), by index.
fn own<'i, 'a>(input: &'i Input<'a>) -> impl Iterator<Item = (usize, &'i Variant<'a>)> {
    let variants = input.variants.iter().enumerate();
    variants.filter(|(_, variant)| !variant.is_transparent())
}

fn transparent<'i, 'a>(input: &'i Input<'a>) -> impl Iterator<Item = (usize, &'i Variant<'a>)> {
    let variants = input.variants.iter().enumerate();
    variants.filter(|(_, variant)| variant.is_transparent())
}

/// Each entry whose `key` an entry declared before it has, with that one.
fn repeats<'c, 'a>(
    catalogue: &'c Catalogue<'a>,
    key: impl Fn(&'c Entry<'a>) -> &'c String,
) -> Vec<(&'c Entry<'a>, &'c Entry<'a>)> {
    let mut by_index: Vec<&Entry<'_>> = catalogue.entries.iter().collect();
    by_index.sort_by_key(|entry| entry.index);
    let mut first_by_key = BTreeMap::new();
    let mut repeats = Vec::new();
    for entry in by_index {
        if let Some(first) = first_by_key.get(key(entry)) {
            repeats.push((*first, entry));
        } else {
            first_by_key.insert(key(entry), entry);
        }
    }
    repeats
}
