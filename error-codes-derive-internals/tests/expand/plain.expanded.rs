const _: () = {
    use ::error_codes::__private::bindings::*;
    const _: fn() = code;
    #[automatically_derived]
    impl ::error_codes::__private::ErrorCatalog for GatewayError {
        const NAME: &'static str = "Gateway";
        const MODULES: &'static [::error_codes::__private::Module] = &[
            ::error_codes::__private::ModuleInit {
                name: "auth",
                title: ::error_codes::__private::Some("Auth"),
                http: ::error_codes::__private::Some(401u16),
                ranges: &[
                    ::error_codes::__private::CodeRange {
                        start: 40001i64,
                        end: 40111i64,
                    },
                    ::error_codes::__private::CodeRange {
                        start: 50011i64,
                        end: 50011i64,
                    },
                ],
                ..::error_codes::__private::ModuleInit::BLANK
            }
                .module(),
        ];
        const ENTRIES: &'static [::error_codes::__private::Entry] = &::error_codes::__private::Columns {
            codes: <Self as ::error_codes::__private::ErrorCatalog>::CODES,
            names: &["Busy", "Success", "InvalidCaptcha", "UnauthorizedSession"],
            symbols: &["BUSY", "SUCCESS", "INVALID_CAPTCHA", "SESSION_INVALID"],
            symbols_declared: &[false, false, false, true],
            messages: &[
                "System busy",
                "ok",
                "Image captcha is invalid.",
                "Login session is missing or invalid.",
            ],
            titles: &[
                ::error_codes::__private::None,
                ::error_codes::__private::None,
                ::error_codes::__private::Some("Invalid Captcha"),
                ::error_codes::__private::None,
            ],
            helps: &[
                ::error_codes::__private::None,
                ::error_codes::__private::None,
                ::error_codes::__private::Some("Refresh it."),
                ::error_codes::__private::None,
            ],
            modules: &[
                ::error_codes::__private::None,
                ::error_codes::__private::None,
                ::error_codes::__private::Some("auth"),
                ::error_codes::__private::Some("auth"),
            ],
            groups: &[
                ::error_codes::__private::None,
                ::error_codes::__private::None,
                ::error_codes::__private::None,
                ::error_codes::__private::Some("Session"),
            ],
            http: &[
                ::error_codes::__private::Some(200u16),
                ::error_codes::__private::Some(200u16),
                ::error_codes::__private::Some(400u16),
                ::error_codes::__private::Some(401u16),
            ],
            domain: <Self as ::error_codes::__private::ErrorCatalog>::DOMAIN,
            language: <Self as ::error_codes::__private::ErrorCatalog>::LANGUAGE,
            success: ::error_codes::__private::Some(1usize),
            ..::error_codes::__private::Columns::BLANK
        }
            .entries::<4usize>();
        const CODES: &'static [i64] = &[-1i64, 0i64, 40001i64, 40101i64];
        const NAMES: &'static [&'static str] = &[
            "GatewayError::Busy",
            "GatewayError::Success",
            "GatewayError::InvalidCaptcha",
            "GatewayError::UnauthorizedSession",
        ];
        const LOOKUP: ::error_codes::__private::Lookup = ::error_codes::__private::Lookup::__hashed(
            11400714819323198485u64,
            0u8,
            3u8,
            &[2u16],
            &[65535u16, 2u16, 65535u16, 3u16, 65535u16, 1u16, 65535u16, 0u16],
            &[-1i64, 40001i64, -1i64, 40101i64, -1i64, 0i64, -1i64, -1i64],
        );
        const OWN_SYMBOLS: &'static [u16] = &[0u16, 2u16, 3u16, 1u16];
        const ENVELOPE: ::error_codes::__private::FieldNames = ::error_codes::__private::FieldNames::__new(
            "errcode",
            "errmsg",
            "data",
            false,
            false,
        );
        #[inline]
        fn entry(&self) -> &'static ::error_codes::__private::Entry {
            const POSITIONS: &[u16] = &[1u16, 2u16, 3u16, 0u16];
            let variant: usize = match self {
                Self::Success => 0usize,
                Self::InvalidCaptcha => 1usize,
                Self::UnauthorizedSession => 2usize,
                Self::Busy => 3usize,
            };
            &<Self as ::error_codes::__private::ErrorCatalog>::ENTRIES[POSITIONS[variant]
                as usize]
        }
        #[inline]
        fn from_code(code: i64) -> ::error_codes::__private::Option<Self> {
            const VARIANTS: &[u16] = &[3u16, 0u16, 1u16, 2u16];
            if let ::error_codes::__private::Some(position) = <Self as ::error_codes::__private::ErrorCatalog>::LOOKUP
                .find(<Self as ::error_codes::__private::ErrorCatalog>::CODES, code)
            {
                return ::error_codes::__private::Some(
                    match VARIANTS[position] as usize {
                        3usize => Self::Busy,
                        0usize => Self::Success,
                        1usize => Self::InvalidCaptcha,
                        2usize => Self::UnauthorizedSession,
                        _ => return ::error_codes::__private::None,
                    },
                );
            }
            ::error_codes::__private::None
        }
    }
    #[automatically_derived]
    impl ::error_codes::__private::Display for GatewayError {
        fn fmt(
            &self,
            formatter: &mut ::error_codes::__private::Formatter<'_>,
        ) -> ::error_codes::__private::FmtResult {
            ::error_codes::__private::write_message(self, formatter)
        }
    }
    #[automatically_derived]
    impl ::error_codes::__private::Error for GatewayError
    where
        GatewayError: ::error_codes::__private::Debug,
    {}
    #[automatically_derived]
    impl ::error_codes::__private::TryFrom<i64> for GatewayError {
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
    impl ::error_codes::__private::From<GatewayError> for i64 {
        fn from(value: GatewayError) -> i64 {
            ::error_codes::__private::ErrorCatalog::code(&value)
        }
    }
    ::error_codes::__private::web_impls! {
        [] [GatewayError] []
    }
};
