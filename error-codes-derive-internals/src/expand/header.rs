//! What every emitted impl starts with: the path of the runtime crate's
//! `__private` module and the impl header with the enum's generics. The
//! fallback uses these too.

use proc_macro2::{Span, TokenStream};
use quote::{format_ident, quote};
use syn::{Ident, WherePredicate};

use crate::parse::Input;

pub struct Header<'a> {
    input: &'a Input<'a>,
    /// `::error_codes::__private`, or under the path of `#[catalog(crate = ...)]`:
    /// every name the generated code uses goes through it, so that nothing
    /// in the user's scope can change what it means.
    pub private: TokenStream,
}

impl<'a> Header<'a> {
    pub fn new(input: &'a Input<'a>) -> Self {
        let private = match &input.keys.krate {
            Some(path) => {
                let path = &path.0;
                quote!(#path::__private)
            }
            None => quote!(::error_codes::__private),
        };
        Header { input, private }
    }

    pub fn ident(&self) -> &syn::Ident {
        self.input.ident
    }

    /// The `__private` path with every token at `span`: for a macro of it
    /// (`assert!`, `panic!`) whose failure rustc reports at the macro's
    /// path, so that the error points at the user's token.
    pub fn private_at(&self, span: Span) -> TokenStream {
        self.private
            .clone()
            .into_iter()
            .map(|mut tree| {
                tree.set_span(span);
                tree
            })
            .collect()
    }

    /// `#[catalog(errors_only)]`.
    pub fn errors_only(&self) -> bool {
        self.input.keys.errors_only.is_present()
    }

    /// `items` in a block of their own, where `__private::bindings` shadows
    /// the user's consts and statics named like the generated bindings, and
    /// where naming a `#[deprecated]` variant warns nobody (the user's own
    /// uses of it still warn).
    ///
    /// It emits no `allow` that a user's `forbid` would refuse: the glob
    /// import is used by the `const _` below it, and `allow(deprecated)`
    /// is written only for an enum with a `#[deprecated]` variant.
    pub fn scoped(&self, items: TokenStream) -> TokenStream {
        let private = &self.private;
        let variants = &self.input.variants;
        let deprecated = variants.iter().any(|variant| variant.deprecated.is_some());
        let allow = deprecated.then(|| quote!(#[allow(deprecated)]));
        quote! {
            #allow
            const _: () = {
                use #private::bindings::*;
                const _: fn() = code;
                #items
            };
        }
    }

    /// `#[automatically_derived] impl<..> __private::Trait for Enum<..> where ..`:
    /// the enum's where clause, plus `Enum<T>: 'static` on a generic enum (the
    /// catalogue's supertrait, so that a parameter needs no bound of its
    /// own), plus `extra`.
    pub fn impl_of(&self, name: &str, extra: Option<WherePredicate>) -> TokenStream {
        let private = &self.private;
        let ident = self.input.ident;
        let (_, ty_generics, _) = self.input.generics.split_for_impl();
        let name = format_ident!("{name}");
        self.impl_with(quote!(#private::#name), quote!(#ident #ty_generics), extra)
    }

    /// `#[automatically_derived] impl<..> trait_path for self_ty where ..`,
    /// with the enum's generics and predicates.
    pub fn impl_for(&self, trait_path: TokenStream, self_ty: TokenStream) -> TokenStream {
        self.impl_with(trait_path, self_ty, None)
    }

    fn impl_with(
        &self,
        trait_path: TokenStream,
        self_ty: TokenStream,
        extra: Option<WherePredicate>,
    ) -> TokenStream {
        let (impl_generics, _, where_clause) = self.input.generics.split_for_impl();
        let mut predicates = self.predicates();
        predicates.extend(extra);
        let where_clause = (!predicates.is_empty() || where_clause.is_some())
            .then(|| quote!(where #(#predicates),*));
        quote! {
            #[automatically_derived]
            impl #impl_generics #trait_path for #self_ty #where_clause
        }
    }

    /// The enum's where predicates, plus `Enum<T>: 'static` on a generic enum.
    fn predicates(&self) -> Vec<WherePredicate> {
        let ident = self.input.ident;
        let generics = self.input.generics;
        let (_, ty_generics, where_clause) = generics.split_for_impl();
        let mut predicates: Vec<WherePredicate> = where_clause
            .map(|clause| clause.predicates.iter().cloned().collect())
            .unwrap_or_default();
        if !generics.params.is_empty() {
            predicates.push(syn::parse_quote!(#ident #ty_generics: 'static));
        }
        predicates
    }

    /// The web impls (`IntoResponse`), through the runtime's macro, whose
    /// body depends on the runtime's features, which the derive cannot see.
    pub fn web_impls(&self) -> TokenStream {
        let private = &self.private;
        let ident = self.input.ident;
        let (impl_generics, ty_generics, _) = self.input.generics.split_for_impl();
        let predicates = self.predicates();
        quote! {
            #private::web_impls! { [#impl_generics] [#ident #ty_generics] [#(#predicates),*] }
        }
    }
}

/// The names the generated code binds (parameters, locals, closure
/// arguments). Each must be a function of `__private::bindings`, which
/// [`Header::scoped`] imports so that a const or a static of the same name
/// in the user's scope cannot turn a binding into a pattern of its own.
pub fn locals<const N: usize>(names: [&str; N]) -> [Ident; N] {
    names.map(|name| Ident::new(name, Span::call_site()))
}
