const _: () = {
    #[allow(unused_imports)]
    use ::error_codes::__private::bindings::*;
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
        const ENTRIES: &'static [::error_codes::__private::Entry] = &[
            ::error_codes::__private::EntryInit {
                code: -1i64,
                name: "Busy",
                symbol: "BUSY",
                message: "System busy",
                http: ::error_codes::__private::Some(200u16),
                ..::error_codes::__private::EntryInit::BLANK
            }
                .entry(),
            ::error_codes::__private::EntryInit {
                code: 0i64,
                name: "Success",
                symbol: "SUCCESS",
                message: "ok",
                http: ::error_codes::__private::Some(200u16),
                success: true,
                ..::error_codes::__private::EntryInit::BLANK
            }
                .entry(),
            ::error_codes::__private::EntryInit {
                code: 40001i64,
                name: "InvalidCaptcha",
                symbol: "INVALID_CAPTCHA",
                message: "Image captcha is invalid.",
                title: ::error_codes::__private::Some("Invalid Captcha"),
                help: ::error_codes::__private::Some("Refresh it."),
                module: ::error_codes::__private::Some("auth"),
                http: ::error_codes::__private::Some(400u16),
                ..::error_codes::__private::EntryInit::BLANK
            }
                .entry(),
            ::error_codes::__private::EntryInit {
                code: 40101i64,
                name: "UnauthorizedSession",
                symbol: "SESSION_INVALID",
                symbol_declared: true,
                message: "Login session is missing or invalid.",
                module: ::error_codes::__private::Some("auth"),
                group: ::error_codes::__private::Some("Session"),
                http: ::error_codes::__private::Some(401u16),
                ..::error_codes::__private::EntryInit::BLANK
            }
                .entry(),
        ];
        const CODES: &'static [i64] = &[-1i64, 0i64, 40001i64, 40101i64];
        const NAMES: &'static [&'static str] = &[
            "GatewayError::Busy",
            "GatewayError::Success",
            "GatewayError::InvalidCaptcha",
            "GatewayError::UnauthorizedSession",
        ];
        const LOOKUP: ::error_codes::__private::Lookup = ::error_codes::__private::Lookup::__bucketed(
            -1i64,
            13u8,
            &[0u16, 2u16, 2u16, 2u16, 2u16, 4u16],
        );
        const OWN_SYMBOLS: &'static [(&'static str, u16)] = &[
            ("BUSY", 0u16),
            ("INVALID_CAPTCHA", 2u16),
            ("SESSION_INVALID", 3u16),
            ("SUCCESS", 1u16),
        ];
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
                return match VARIANTS[position] {
                    3u16 => ::error_codes::__private::Some(Self::Busy),
                    0u16 => ::error_codes::__private::Some(Self::Success),
                    1u16 => ::error_codes::__private::Some(Self::InvalidCaptcha),
                    2u16 => ::error_codes::__private::Some(Self::UnauthorizedSession),
                    _ => ::error_codes::__private::None,
                };
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
            formatter.write_str(::error_codes::__private::ErrorCatalog::message(self))
        }
    }
    #[automatically_derived]
    impl ::error_codes::__private::Error for GatewayError
    where
        GatewayError: ::core::fmt::Debug,
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
