const _: () = {
    use ::error_codes::__private::bindings::*;
    const _: fn() = code;
    #[automatically_derived]
    impl<T> ::error_codes::__private::ErrorCatalog for Wrapped<T>
    where
        T: Clone,
        Wrapped<T>: 'static,
    {
        const NAME: &'static str = "Wrapped";
        const MODULES: &'static [::error_codes::__private::Module] = &[];
        const ENTRIES: &'static [::error_codes::__private::Entry] = &::error_codes::__private::Columns {
            codes: <Self as ::error_codes::__private::ErrorCatalog>::CODES,
            names: &["Failed"],
            symbols: &["FAILED"],
            messages: &["Wrapped failure."],
            domain: <Self as ::error_codes::__private::ErrorCatalog>::DOMAIN,
            language: <Self as ::error_codes::__private::ErrorCatalog>::LANGUAGE,
            ..::error_codes::__private::Columns::BLANK
        }
            .entries::<1usize>();
        const CODES: &'static [i64] = &[1i64];
        const NAMES: &'static [&'static str] = &["Wrapped::Failed"];
        const LOOKUP: ::error_codes::__private::Lookup = ::error_codes::__private::Lookup::__direct(
            1i64,
            &[0u16, 65535u16],
        );
        const OWN_SYMBOLS: &'static [u16] = &[0u16];
        #[inline]
        fn entry(&self) -> &'static ::error_codes::__private::Entry {
            let variant: usize = match self {
                Self::Failed(..) => 0usize,
            };
            &<Self as ::error_codes::__private::ErrorCatalog>::ENTRIES[variant]
        }
        #[inline]
        fn from_code(code: i64) -> ::error_codes::__private::Option<Self> {
            if <Self as ::error_codes::__private::ErrorCatalog>::LOOKUP
                .find(<Self as ::error_codes::__private::ErrorCatalog>::CODES, code)
                .is_some()
            {
                return ::error_codes::__private::None;
            }
            ::error_codes::__private::None
        }
    }
    #[automatically_derived]
    impl<T> ::error_codes::__private::Display for Wrapped<T>
    where
        T: Clone,
        Wrapped<T>: 'static,
    {
        fn fmt(
            &self,
            formatter: &mut ::error_codes::__private::Formatter<'_>,
        ) -> ::error_codes::__private::FmtResult {
            ::error_codes::__private::write_message(self, formatter)
        }
    }
    #[automatically_derived]
    impl<T> ::error_codes::__private::Error for Wrapped<T>
    where
        T: Clone,
        Wrapped<T>: 'static,
        Wrapped<T>: ::error_codes::__private::Debug,
    {}
    #[automatically_derived]
    impl<T> ::error_codes::__private::TryFrom<i64> for Wrapped<T>
    where
        T: Clone,
        Wrapped<T>: 'static,
    {
        type Error = ::error_codes::__private::UnknownCode;
        fn try_from(
            code: i64,
        ) -> ::error_codes::__private::Result<
            Self,
            ::error_codes::__private::UnknownCode,
        > {
            <Self as ::error_codes::__private::ErrorCatalog>::from_code(code)
                .ok_or(::error_codes::__private::UnknownCode(code))
        }
    }
    #[automatically_derived]
    impl<T> ::error_codes::__private::From<Wrapped<T>> for i64
    where
        T: Clone,
        Wrapped<T>: 'static,
    {
        fn from(value: Wrapped<T>) -> i64 {
            ::error_codes::__private::ErrorCatalog::code(&value)
        }
    }
    ::error_codes::__private::web_impls! {
        [< T >] [Wrapped < T >] [T : Clone, Wrapped < T > : 'static]
    }
};
