const _: () = {
    use ::error_codes::__private::bindings::*;
    const _: fn() = code;
    use ::error_codes::__private::ShapeFallback as _;
    const _: bool = ::error_codes::__private::Probe::<()>::DELAY;
    const _: () = (::error_codes::__private::assert_data_field)(
        &::error_codes::__private::Probe::<u64>::SHAPE,
    );
    const _: () = (::error_codes::__private::assert_data_field)(
        &::error_codes::__private::Probe::<Option<String>>::SHAPE,
    );
    #[automatically_derived]
    impl ::error_codes::__private::ErrorCatalog for StorageError {
        const NAME: &'static str = "StorageError";
        const MODULES: &'static [::error_codes::__private::Module] = &[];
        const ENTRIES: &'static [::error_codes::__private::Entry] = &::error_codes::__private::Columns {
            codes: <Self as ::error_codes::__private::ErrorCatalog>::CODES,
            names: &["Throttled", "Internal", "Upstream", "DiskFull"],
            symbols: &["THROTTLED", "INTERNAL", "UPSTREAM", "DISK_FULL"],
            messages: &[
                "Too many requests.",
                "Internal error.",
                "Upstream failed.",
                "Disk is full.",
            ],
            domain: <Self as ::error_codes::__private::ErrorCatalog>::DOMAIN,
            language: <Self as ::error_codes::__private::ErrorCatalog>::LANGUAGE,
            data: &[
                &[
                    ::error_codes::__private::DataField::__new(
                        "retry_after",
                        "retryAfter",
                        &::error_codes::__private::Probe::<u64>::SHAPE,
                    ),
                    ::error_codes::__private::DataField::__new(
                        "note",
                        "note",
                        &::error_codes::__private::Probe::<Option<String>>::SHAPE,
                    ),
                ],
                &[],
                &[],
                &[],
            ],
            ..::error_codes::__private::Columns::BLANK
        }
            .entries::<4usize>();
        const CODES: &'static [i64] = &[429i64, 500i64, 502i64, 507i64];
        const NAMES: &'static [&'static str] = &[
            "StorageError::Throttled",
            "StorageError::Internal",
            "StorageError::Upstream",
            "StorageError::DiskFull",
        ];
        const LOOKUP: ::error_codes::__private::Lookup = ::error_codes::__private::Lookup::__direct(
            429i64,
            &[
                0u16, 65535u16, 65535u16, 65535u16, 65535u16, 65535u16, 65535u16,
                65535u16, 65535u16, 65535u16, 65535u16, 65535u16, 65535u16, 65535u16,
                65535u16, 65535u16, 65535u16, 65535u16, 65535u16, 65535u16, 65535u16,
                65535u16, 65535u16, 65535u16, 65535u16, 65535u16, 65535u16, 65535u16,
                65535u16, 65535u16, 65535u16, 65535u16, 65535u16, 65535u16, 65535u16,
                65535u16, 65535u16, 65535u16, 65535u16, 65535u16, 65535u16, 65535u16,
                65535u16, 65535u16, 65535u16, 65535u16, 65535u16, 65535u16, 65535u16,
                65535u16, 65535u16, 65535u16, 65535u16, 65535u16, 65535u16, 65535u16,
                65535u16, 65535u16, 65535u16, 65535u16, 65535u16, 65535u16, 65535u16,
                65535u16, 65535u16, 65535u16, 65535u16, 65535u16, 65535u16, 65535u16,
                65535u16, 1u16, 65535u16, 2u16, 65535u16, 65535u16, 65535u16, 65535u16,
                3u16, 65535u16,
            ],
        );
        const OWN_SYMBOLS: &'static [u16] = &[3u16, 1u16, 0u16, 2u16];
        #[inline]
        fn entry(&self) -> &'static ::error_codes::__private::Entry {
            const POSITIONS: &[u16] = &[3u16, 1u16, 0u16, 2u16];
            let variant: usize = match self {
                Self::DiskFull => 0usize,
                Self::Internal { .. } => 1usize,
                Self::Throttled { .. } => 2usize,
                Self::Upstream(..) => 3usize,
            };
            &<Self as ::error_codes::__private::ErrorCatalog>::ENTRIES[POSITIONS[variant]
                as usize]
        }
        #[inline]
        fn from_code(code: i64) -> ::error_codes::__private::Option<Self> {
            const VARIANTS: &[u16] = &[2u16, 1u16, 3u16, 0u16];
            if let ::error_codes::__private::Some(position) = <Self as ::error_codes::__private::ErrorCatalog>::LOOKUP
                .find(<Self as ::error_codes::__private::ErrorCatalog>::CODES, code)
            {
                return ::error_codes::__private::Some(
                    match VARIANTS[position] as usize {
                        0usize => Self::DiskFull,
                        _ => return ::error_codes::__private::None,
                    },
                );
            }
            ::error_codes::__private::None
        }
        ::error_codes::__private::with_alloc! {
            fn __data < __ErrorCodesVisitor : ::error_codes::__private::DataVisitor > (&
            self, visitor : __ErrorCodesVisitor,) -> ::error_codes::__private::Option <
            __ErrorCodesVisitor::Output > { match self { Self::Throttled { retry_after :
            field0, note : field1 } => {
            ::error_codes::__private::Some(::error_codes::__private::DataVisitor::visit(visitor,
            & ("retry_after", field0, ("note", field1, ())))) } _ =>
            ::error_codes::__private::None, } }
        }
        ::error_codes::__private::with_alloc! {
            fn __from_detail(code : i64, detail : & ::error_codes::__private::Detail) ->
            ::error_codes::__private::Option < Self > { match code { 429i64 => { let
            fields = ::error_codes::__private::detail_fields(detail) ?; return
            ::error_codes::__private::Some(Self::Throttled { retry_after :
            ::error_codes::__private::Probe:: < u64 >
            ::read(::error_codes::__private::detail_field(& fields, "retry_after")) ?,
            note : ::error_codes::__private::Probe:: < Option < String > >
            ::read(::error_codes::__private::detail_field(& fields, "note")) ? }); } _ =>
            {} } ::error_codes::__private::None }
        }
    }
    #[automatically_derived]
    impl ::error_codes::__private::Display for StorageError {
        fn fmt(
            &self,
            formatter: &mut ::error_codes::__private::Formatter<'_>,
        ) -> ::error_codes::__private::FmtResult {
            ::error_codes::__private::write_message(self, formatter)
        }
    }
    #[automatically_derived]
    impl ::error_codes::__private::Error for StorageError
    where
        StorageError: ::error_codes::__private::Debug,
    {}
    #[automatically_derived]
    impl ::error_codes::__private::TryFrom<i64> for StorageError {
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
    impl ::error_codes::__private::From<StorageError> for i64 {
        fn from(value: StorageError) -> i64 {
            ::error_codes::__private::ErrorCatalog::code(&value)
        }
    }
    ::error_codes::__private::web_impls! {
        [] [StorageError] []
    }
};
