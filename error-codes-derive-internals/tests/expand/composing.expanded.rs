const _: () = {
    use ::error_codes::__private::bindings::*;
    const _: fn() = code;
    #[automatically_derived]
    impl ::error_codes::__private::ErrorCatalog for PlatformError {
        const NAME: &'static str = "PlatformError";
        const DOMAIN: &'static str = "platform.example.com";
        const MODULES: &'static [::error_codes::__private::Module] = &[
            ::error_codes::__private::ModuleInit {
                name: "billing",
                grpc: ::error_codes::__private::Some(
                    ::error_codes::__private::GrpcCode::FailedPrecondition,
                ),
                ranges: &[
                    ::error_codes::__private::CodeRange {
                        start: 70000i64,
                        end: 70999i64,
                    },
                ],
                ..::error_codes::__private::ModuleInit::BLANK
            }
                .module(),
        ];
        const OWN_LOCALES: &'static [&'static str] = &[];
        const LOCALES: &'static [&'static str] = &{
            const LISTS: &[&[&str]] = &[
                <PlatformError as ::error_codes::__private::ErrorCatalog>::OWN_LOCALES,
                <PlatformError as ::error_codes::__private::Part<0usize>>::LOCALES,
                <PlatformError as ::error_codes::__private::Part<1usize>>::LOCALES,
            ];
            const N: usize = ::error_codes::__private::union_len(LISTS);
            ::error_codes::__private::union::<N>(LISTS)
        };
        const OWN_ENTRIES: &'static [::error_codes::__private::Entry] = &::error_codes::__private::Columns {
            codes: <Self as ::error_codes::__private::ErrorCatalog>::OWN_CODES,
            names: &["Ok", "PaymentDeclined", "BillingDown"],
            symbols: &["OK", "PAYMENT_DECLINED", "billing-down"],
            symbols_declared: &[false, false, true],
            messages: &["OK", "Payment was declined.", "Billing is down."],
            modules: &[
                ::error_codes::__private::None,
                ::error_codes::__private::Some("billing"),
                ::error_codes::__private::Some("billing"),
            ],
            grpc: &[
                ::error_codes::__private::None,
                ::error_codes::__private::Some(
                    ::error_codes::__private::GrpcCode::FailedPrecondition,
                ),
                ::error_codes::__private::Some(
                    ::error_codes::__private::GrpcCode::Unavailable,
                ),
            ],
            reasons: &["OK", "PAYMENT_DECLINED", "BILLING_DOWN"],
            domain: <Self as ::error_codes::__private::ErrorCatalog>::DOMAIN,
            language: <Self as ::error_codes::__private::ErrorCatalog>::LANGUAGE,
            success: ::error_codes::__private::Some(0usize),
            ..::error_codes::__private::Columns::BLANK
        }
            .entries::<3usize>();
        const OWN_CODES: &'static [i64] = &[200i64, 70001i64, 70503i64];
        const OWN_NAMES: &'static [&'static str] = &[
            "PlatformError::Ok",
            "PlatformError::PaymentDeclined",
            "PlatformError::BillingDown",
        ];
        const OWN_LOOKUP: ::error_codes::__private::Lookup = ::error_codes::__private::Lookup::__hashed(
            11400714819323198485u64,
            0u8,
            2u8,
            &[1u16],
            &[1u16, 65535u16, 2u16, 0u16],
            &[70001i64, 200i64, 70503i64, 200i64],
        );
        const OWN_SYMBOLS: &'static [u16] = &[0u16, 1u16, 2u16];
        const REJECTIONS: ::error_codes::__private::Rejections = ::error_codes::__private::Rejections::__new([
                ::error_codes::__private::None,
                ::error_codes::__private::None,
                ::error_codes::__private::None,
                ::error_codes::__private::None,
                ::error_codes::__private::None,
                ::error_codes::__private::None,
                ::error_codes::__private::None,
            ])
            .or(<PlatformError as ::error_codes::__private::Part<0usize>>::REJECTIONS)
            .or(<PlatformError as ::error_codes::__private::Part<1usize>>::REJECTIONS);
        #[inline]
        fn entry(&self) -> &'static ::error_codes::__private::Entry {
            let variant: usize = match self {
                Self::Ok => 0usize,
                Self::PaymentDeclined => 1usize,
                Self::BillingDown => 2usize,
                Self::Gateway(inner) => {
                    return <PlatformError as ::error_codes::__private::Part<
                        0usize,
                    >>::entry(inner);
                }
                Self::Billing(inner) => {
                    return <PlatformError as ::error_codes::__private::Part<
                        1usize,
                    >>::entry(inner);
                }
            };
            &<Self as ::error_codes::__private::ErrorCatalog>::OWN_ENTRIES[variant]
        }
        #[inline]
        fn from_code(code: i64) -> ::error_codes::__private::Option<Self> {
            if let ::error_codes::__private::Some(position) = <Self as ::error_codes::__private::ErrorCatalog>::OWN_LOOKUP
                .find(<Self as ::error_codes::__private::ErrorCatalog>::OWN_CODES, code)
            {
                return ::error_codes::__private::Some(
                    match position {
                        0usize => Self::Ok,
                        1usize => Self::PaymentDeclined,
                        2usize => Self::BillingDown,
                        _ => return ::error_codes::__private::None,
                    },
                );
            }
            if let ::error_codes::__private::Some(inner) = <PlatformError as ::error_codes::__private::Part<
                0usize,
            >>::from_code(code) {
                return ::error_codes::__private::Some(Self::Gateway(inner));
            }
            if let ::error_codes::__private::Some(inner) = <PlatformError as ::error_codes::__private::Part<
                1usize,
            >>::from_code(code) {
                return ::error_codes::__private::Some(Self::Billing(inner));
            }
            ::error_codes::__private::None
        }
        ::error_codes::__private::with_alloc! {
            fn __data < __ErrorCodesVisitor : ::error_codes::__private::DataVisitor > (&
            self, visitor : __ErrorCodesVisitor,) -> ::error_codes::__private::Option <
            __ErrorCodesVisitor::Output > { match self { Self::Gateway(inner) => <
            PlatformError as ::error_codes::__private::Part < 0usize >> ::data(inner,
            visitor), Self::Billing(inner) => < PlatformError as
            ::error_codes::__private::Part < 1usize >> ::data(inner, visitor), _ =>
            ::error_codes::__private::None, } }
        }
        fn __retry_after(
            &self,
        ) -> ::error_codes::__private::Option<::error_codes::__private::Duration> {
            match self {
                Self::Gateway(inner) => {
                    <PlatformError as ::error_codes::__private::Part<
                        0usize,
                    >>::retry_after(inner)
                }
                Self::Billing(inner) => {
                    <PlatformError as ::error_codes::__private::Part<
                        1usize,
                    >>::retry_after(inner)
                }
                _ => ::error_codes::__private::None,
            }
        }
        ::error_codes::__private::with_alloc! {
            fn __from_detail(code : i64, detail : & ::error_codes::__private::Detail) ->
            ::error_codes::__private::Option < Self > { if let
            ::error_codes::__private::Some(inner) = < PlatformError as
            ::error_codes::__private::Part < 0usize >> ::from_detail(code, detail) {
            return ::error_codes::__private::Some(Self::Gateway(inner)); } if let
            ::error_codes::__private::Some(inner) = < PlatformError as
            ::error_codes::__private::Part < 1usize >> ::from_detail(code, detail) {
            return ::error_codes::__private::Some(Self::Billing(inner)); }
            ::error_codes::__private::None }
        }
        const ENTRIES: &'static [::error_codes::__private::Entry] = &{
            const N: usize = <PlatformError as ::error_codes::__private::ErrorCatalog>::OWN_CODES
                .len()
                + <PlatformError as ::error_codes::__private::Part<0usize>>::CODES.len()
                + <PlatformError as ::error_codes::__private::Part<1usize>>::CODES.len();
            ::error_codes::__private::merge::<
                ::error_codes::__private::Entry,
                N,
            >(
                &[
                    <PlatformError as ::error_codes::__private::ErrorCatalog>::OWN_CODES,
                    <PlatformError as ::error_codes::__private::Part<0usize>>::CODES,
                    <PlatformError as ::error_codes::__private::Part<1usize>>::CODES,
                ],
                &[
                    <PlatformError as ::error_codes::__private::ErrorCatalog>::OWN_ENTRIES,
                    <PlatformError as ::error_codes::__private::Part<0usize>>::ENTRIES,
                    <PlatformError as ::error_codes::__private::Part<1usize>>::ENTRIES,
                ],
                ::error_codes::__private::BLANK,
            )
        };
        const CODES: &'static [i64] = &{
            const N: usize = <PlatformError as ::error_codes::__private::ErrorCatalog>::OWN_CODES
                .len()
                + <PlatformError as ::error_codes::__private::Part<0usize>>::CODES.len()
                + <PlatformError as ::error_codes::__private::Part<1usize>>::CODES.len();
            ::error_codes::__private::merge::<
                i64,
                N,
            >(
                &[
                    <PlatformError as ::error_codes::__private::ErrorCatalog>::OWN_CODES,
                    <PlatformError as ::error_codes::__private::Part<0usize>>::CODES,
                    <PlatformError as ::error_codes::__private::Part<1usize>>::CODES,
                ],
                &[
                    <PlatformError as ::error_codes::__private::ErrorCatalog>::OWN_CODES,
                    <PlatformError as ::error_codes::__private::Part<0usize>>::CODES,
                    <PlatformError as ::error_codes::__private::Part<1usize>>::CODES,
                ],
                0,
            )
        };
        const NAMES: &'static [&'static str] = &{
            const N: usize = <PlatformError as ::error_codes::__private::ErrorCatalog>::OWN_CODES
                .len()
                + <PlatformError as ::error_codes::__private::Part<0usize>>::CODES.len()
                + <PlatformError as ::error_codes::__private::Part<1usize>>::CODES.len();
            ::error_codes::__private::merge::<
                &'static str,
                N,
            >(
                &[
                    <PlatformError as ::error_codes::__private::ErrorCatalog>::OWN_CODES,
                    <PlatformError as ::error_codes::__private::Part<0usize>>::CODES,
                    <PlatformError as ::error_codes::__private::Part<1usize>>::CODES,
                ],
                &[
                    <PlatformError as ::error_codes::__private::ErrorCatalog>::OWN_NAMES,
                    <PlatformError as ::error_codes::__private::Part<0usize>>::NAMES,
                    <PlatformError as ::error_codes::__private::Part<1usize>>::NAMES,
                ],
                "",
            )
        };
        const LOOKUP: ::error_codes::__private::Lookup = ::error_codes::__private::Lookup::Sorted;
        const RETIRED: &'static [::error_codes::__private::CodeRange] = &{
            const N: usize = 0usize
                + <PlatformError as ::error_codes::__private::Part<0usize>>::RETIRED
                    .len()
                + <PlatformError as ::error_codes::__private::Part<1usize>>::RETIRED
                    .len();
            ::error_codes::__private::concat_ranges::<
                N,
            >(
                    &[
                        &[],
                        <PlatformError as ::error_codes::__private::Part<
                            0usize,
                        >>::RETIRED,
                        <PlatformError as ::error_codes::__private::Part<
                            1usize,
                        >>::RETIRED,
                    ],
                    &[
                        &[],
                        <PlatformError as ::error_codes::__private::Part<
                            0usize,
                        >>::RETIRED_BY,
                        <PlatformError as ::error_codes::__private::Part<
                            1usize,
                        >>::RETIRED_BY,
                    ],
                    &[
                        "PlatformError",
                        <PlatformError as ::error_codes::__private::Part<0usize>>::NAME,
                        <PlatformError as ::error_codes::__private::Part<1usize>>::NAME,
                    ],
                )
                .0
        };
        const RETIRED_BY: &'static [&'static str] = &{
            const N: usize = 0usize
                + <PlatformError as ::error_codes::__private::Part<0usize>>::RETIRED
                    .len()
                + <PlatformError as ::error_codes::__private::Part<1usize>>::RETIRED
                    .len();
            ::error_codes::__private::concat_ranges::<
                N,
            >(
                    &[
                        &[],
                        <PlatformError as ::error_codes::__private::Part<
                            0usize,
                        >>::RETIRED,
                        <PlatformError as ::error_codes::__private::Part<
                            1usize,
                        >>::RETIRED,
                    ],
                    &[
                        &[],
                        <PlatformError as ::error_codes::__private::Part<
                            0usize,
                        >>::RETIRED_BY,
                        <PlatformError as ::error_codes::__private::Part<
                            1usize,
                        >>::RETIRED_BY,
                    ],
                    &[
                        "PlatformError",
                        <PlatformError as ::error_codes::__private::Part<0usize>>::NAME,
                        <PlatformError as ::error_codes::__private::Part<1usize>>::NAME,
                    ],
                )
                .1
        };
        #[inline]
        fn lookup(
            code: i64,
        ) -> ::error_codes::__private::Option<&'static ::error_codes::__private::Entry> {
            if let ::error_codes::__private::Some(position) = <Self as ::error_codes::__private::ErrorCatalog>::OWN_LOOKUP
                .find(<Self as ::error_codes::__private::ErrorCatalog>::OWN_CODES, code)
            {
                return ::error_codes::__private::Some(
                    &<Self as ::error_codes::__private::ErrorCatalog>::OWN_ENTRIES[position],
                );
            }
            if let ::error_codes::__private::Some(entry) = <PlatformError as ::error_codes::__private::Part<
                0usize,
            >>::lookup(code) {
                return ::error_codes::__private::Some(entry);
            }
            if let ::error_codes::__private::Some(entry) = <PlatformError as ::error_codes::__private::Part<
                1usize,
            >>::lookup(code) {
                return ::error_codes::__private::Some(entry);
            }
            ::error_codes::__private::None
        }
        fn module_of(
            code: i64,
        ) -> ::error_codes::__private::Option<
            &'static ::error_codes::__private::Module,
        > {
            let modules = <Self as ::error_codes::__private::ErrorCatalog>::MODULES;
            if let ::error_codes::__private::Some(position) = <Self as ::error_codes::__private::ErrorCatalog>::OWN_LOOKUP
                .find(<Self as ::error_codes::__private::ErrorCatalog>::OWN_CODES, code)
            {
                let name = <Self as ::error_codes::__private::ErrorCatalog>::OWN_ENTRIES[position]
                    .module?;
                return modules.iter().find(|module| module.name == name);
            }
            if <PlatformError as ::error_codes::__private::Part<0usize>>::lookup(code)
                .is_some()
            {
                return <PlatformError as ::error_codes::__private::Part<
                    0usize,
                >>::module_of(code);
            }
            if <PlatformError as ::error_codes::__private::Part<1usize>>::lookup(code)
                .is_some()
            {
                return <PlatformError as ::error_codes::__private::Part<
                    1usize,
                >>::module_of(code);
            }
            if let ::error_codes::__private::Some(module) = modules
                .iter()
                .find(|module| module.contains(code))
            {
                return ::error_codes::__private::Some(module);
            }
            if let ::error_codes::__private::Some(module) = <PlatformError as ::error_codes::__private::Part<
                0usize,
            >>::module_of(code) {
                return ::error_codes::__private::Some(module);
            }
            if let ::error_codes::__private::Some(module) = <PlatformError as ::error_codes::__private::Part<
                1usize,
            >>::module_of(code) {
                return ::error_codes::__private::Some(module);
            }
            ::error_codes::__private::None
        }
        fn lookup_symbol(
            symbol: &str,
        ) -> ::error_codes::__private::Option<&'static ::error_codes::__private::Entry> {
            let own = ::error_codes::__private::find_symbol(
                <Self as ::error_codes::__private::ErrorCatalog>::OWN_SYMBOLS,
                <Self as ::error_codes::__private::ErrorCatalog>::OWN_ENTRIES,
                symbol,
            );
            if let ::error_codes::__private::Some(entry) = own {
                return ::error_codes::__private::Some(entry);
            }
            if let ::error_codes::__private::Some(entry) = <PlatformError as ::error_codes::__private::Part<
                0usize,
            >>::lookup_symbol(symbol) {
                return ::error_codes::__private::Some(entry);
            }
            if let ::error_codes::__private::Some(entry) = <PlatformError as ::error_codes::__private::Part<
                1usize,
            >>::lookup_symbol(symbol) {
                return ::error_codes::__private::Some(entry);
            }
            ::error_codes::__private::None
        }
        const PART_VARIANTS: &'static [&'static str] = &["Gateway", "Billing"];
        const PART_OFFSETS: &'static [i64] = &[0i64, 0i64];
        fn __translation(
            code: i64,
            range: &str,
        ) -> ::error_codes::__private::Option<::error_codes::__private::Translation> {
            if let ::error_codes::__private::Some(position) = <Self as ::error_codes::__private::ErrorCatalog>::OWN_LOOKUP
                .find(<Self as ::error_codes::__private::ErrorCatalog>::OWN_CODES, code)
            {
                return <Self as ::error_codes::__private::ErrorCatalog>::OWN_ENTRIES[position]
                    .translation_in(range);
            }
            if <PlatformError as ::error_codes::__private::Part<0usize>>::lookup(code)
                .is_some()
            {
                return <PlatformError as ::error_codes::__private::Part<
                    0usize,
                >>::translation(code, range);
            }
            if <PlatformError as ::error_codes::__private::Part<1usize>>::lookup(code)
                .is_some()
            {
                return <PlatformError as ::error_codes::__private::Part<
                    1usize,
                >>::translation(code, range);
            }
            ::error_codes::__private::None
        }
    }
    #[automatically_derived]
    impl ::error_codes::__private::Display for PlatformError {
        fn fmt(
            &self,
            formatter: &mut ::error_codes::__private::Formatter<'_>,
        ) -> ::error_codes::__private::FmtResult {
            ::error_codes::__private::write_message(self, formatter)
        }
    }
    #[automatically_derived]
    impl ::error_codes::__private::Error for PlatformError
    where
        PlatformError: ::error_codes::__private::Debug,
    {
        fn source(
            &self,
        ) -> ::error_codes::__private::Option<
            &(dyn ::error_codes::__private::Error + 'static),
        > {
            use ::error_codes::__private::{
                AsDynError as _, ForwardSource as _, NoSource as _,
            };
            match self {
                Self::Gateway(inner) => {
                    (&::error_codes::__private::Forward(inner)).forward_source()
                }
                Self::Billing(inner) => {
                    (&::error_codes::__private::Forward(inner)).forward_source()
                }
                _ => ::error_codes::__private::None,
            }
        }
    }
    #[automatically_derived]
    impl ::error_codes::__private::TryFrom<i64> for PlatformError {
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
    impl ::error_codes::__private::From<PlatformError> for i64 {
        fn from(value: PlatformError) -> i64 {
            ::error_codes::__private::ErrorCatalog::code(&value)
        }
    }
    #[automatically_derived]
    impl ::error_codes::__private::From<ApiGatewayError> for PlatformError {
        fn from(inner: ApiGatewayError) -> Self {
            Self::Gateway(inner)
        }
    }
    #[automatically_derived]
    impl ::error_codes::__private::From<BillingError> for PlatformError {
        fn from(inner: BillingError) -> Self {
            Self::Billing(inner)
        }
    }
    ::error_codes::__private::web_impls! {
        [] [PlatformError] []
    }
};
#[automatically_derived]
impl ::error_codes::__private::Part<0usize> for PlatformError {
    type Catalogue = ApiGatewayError;
    ::error_codes::__private::part_tables!(
        PlatformError, 0usize, 0i64, codes, ::error_codes::__private::unreachable!()
    );
}
#[automatically_derived]
impl ::error_codes::__private::Part<1usize> for PlatformError {
    type Catalogue = BillingError;
    ::error_codes::__private::part_tables!(
        PlatformError, 1usize, 0i64, codes, ::error_codes::__private::unreachable!()
    );
}
const _: () = {
    use ::error_codes::__private::bindings::*;
    const _: fn() = code;
    const CLASHES: ::error_codes::__private::Clashes = ::error_codes::__private::find_clashes(
        &[
            <PlatformError as ::error_codes::__private::ErrorCatalog>::OWN_CODES,
            <PlatformError as ::error_codes::__private::Part<0usize>>::CODES,
            <PlatformError as ::error_codes::__private::Part<1usize>>::CODES,
        ],
    );
    const MESSAGE: ::error_codes::__private::Message = ::error_codes::__private::clash_message(
        CLASHES,
        &[
            <PlatformError as ::error_codes::__private::ErrorCatalog>::OWN_NAMES,
            <PlatformError as ::error_codes::__private::Part<0usize>>::NAMES,
            <PlatformError as ::error_codes::__private::Part<1usize>>::NAMES,
        ],
        &[
            "PlatformError",
            <PlatformError as ::error_codes::__private::Part<0usize>>::NAME,
            <PlatformError as ::error_codes::__private::Part<1usize>>::NAME,
        ],
    );
    if let ::error_codes::__private::Some(clash) = CLASHES.first() {
        let message = MESSAGE.as_str();
        ::error_codes::__private::assert!(clash.second.part != 1usize, "{}", message);
        ::error_codes::__private::assert!(clash.second.part != 2usize, "{}", message);
    }
    const REVIVED: ::error_codes::__private::Option<::error_codes::__private::Revived> = ::error_codes::__private::find_revived(
        &[
            <PlatformError as ::error_codes::__private::ErrorCatalog>::OWN_CODES,
            <PlatformError as ::error_codes::__private::Part<0usize>>::CODES,
            <PlatformError as ::error_codes::__private::Part<1usize>>::CODES,
        ],
        &[
            &[],
            <PlatformError as ::error_codes::__private::Part<0usize>>::RETIRED,
            <PlatformError as ::error_codes::__private::Part<1usize>>::RETIRED,
        ],
    );
    const REVIVED_MESSAGE: ::error_codes::__private::Message = ::error_codes::__private::revived_message(
        REVIVED,
        &[
            <PlatformError as ::error_codes::__private::ErrorCatalog>::OWN_NAMES,
            <PlatformError as ::error_codes::__private::Part<0usize>>::NAMES,
            <PlatformError as ::error_codes::__private::Part<1usize>>::NAMES,
        ],
        &[
            "PlatformError",
            <PlatformError as ::error_codes::__private::Part<0usize>>::NAME,
            <PlatformError as ::error_codes::__private::Part<1usize>>::NAME,
        ],
        &[
            &[],
            <PlatformError as ::error_codes::__private::Part<0usize>>::RETIRED_BY,
            <PlatformError as ::error_codes::__private::Part<1usize>>::RETIRED_BY,
        ],
    );
    if let ::error_codes::__private::Some(revived) = REVIVED {
        let message = REVIVED_MESSAGE.as_str();
        ::error_codes::__private::assert!(revived.blamed() != 1usize, "{}", message);
        ::error_codes::__private::assert!(revived.blamed() != 2usize, "{}", message);
        ::error_codes::__private::panic!("{}", message);
    }
    {
        const OUTSIDE: ::error_codes::__private::Option<usize> = ::error_codes::__private::first_outside(
            <PlatformError as ::error_codes::__private::Part<1usize>>::CODES,
            &[
                ::error_codes::__private::CodeRange {
                    start: 70000i64,
                    end: 70999i64,
                },
            ],
        );
        const MESSAGE: ::error_codes::__private::Message = ::error_codes::__private::outside_message(
            OUTSIDE,
            <PlatformError as ::error_codes::__private::Part<1usize>>::CODES,
            <PlatformError as ::error_codes::__private::Part<1usize>>::NAMES,
            " lies outside the ranges of module `billing` (70000..=70999), which `Billing` is composed into",
        );
        ::error_codes::__private::assert!(OUTSIDE.is_none(), "{}", MESSAGE.as_str());
    }
};
