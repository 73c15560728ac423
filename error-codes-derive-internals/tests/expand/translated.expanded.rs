const _: () = {
    use ::error_codes::__private::bindings::*;
    const _: fn() = code;
    #[automatically_derived]
    impl ::error_codes::__private::ErrorCatalog for AuthError {
        const NAME: &'static str = "AuthError";
        const MODULES: &'static [::error_codes::__private::Module] = &[];
        const LOCALES: &'static [&'static str] = &["fr", "zh-CN"];
        const ENTRIES: &'static [::error_codes::__private::Entry] = &::error_codes::__private::Columns {
            codes: <Self as ::error_codes::__private::ErrorCatalog>::CODES,
            names: &["Ok", "Unauthorized"],
            symbols: &["OK", "UNAUTHORIZED"],
            messages: &["ok", "Login session is missing or invalid."],
            http: &[
                ::error_codes::__private::None,
                ::error_codes::__private::Some(401u16),
            ],
            domain: <Self as ::error_codes::__private::ErrorCatalog>::DOMAIN,
            language: <Self as ::error_codes::__private::ErrorCatalog>::LANGUAGE,
            locales: <Self as ::error_codes::__private::ErrorCatalog>::OWN_LOCALES,
            translations: &[
                &["ok", "成功"],
                &[
                    "Session de connexion absente ou invalide.",
                    "登录会话缺失或无效。",
                ],
            ],
            title_translations: &[],
            help_translations: &[],
            success: ::error_codes::__private::Some(0usize),
            ..::error_codes::__private::Columns::BLANK
        }
            .entries::<2usize>();
        const CODES: &'static [i64] = &[0i64, 40101i64];
        const NAMES: &'static [&'static str] = &[
            "AuthError::Ok",
            "AuthError::Unauthorized",
        ];
        const LOOKUP: ::error_codes::__private::Lookup = ::error_codes::__private::Lookup::__hashed(
            11400714819323198485u64,
            0u8,
            2u8,
            &[0u16],
            &[0u16, 1u16, 65535u16, 65535u16],
            &[0i64, 40101i64, 0i64, 0i64],
        );
        const OWN_SYMBOLS: &'static [u16] = &[0u16, 1u16];
        #[inline]
        fn entry(&self) -> &'static ::error_codes::__private::Entry {
            let variant: usize = match self {
                Self::Ok => 0usize,
                Self::Unauthorized => 1usize,
            };
            &<Self as ::error_codes::__private::ErrorCatalog>::ENTRIES[variant]
        }
        #[inline]
        fn from_code(code: i64) -> ::error_codes::__private::Option<Self> {
            if let ::error_codes::__private::Some(position) = <Self as ::error_codes::__private::ErrorCatalog>::LOOKUP
                .find(<Self as ::error_codes::__private::ErrorCatalog>::CODES, code)
            {
                return ::error_codes::__private::Some(
                    match position {
                        0usize => Self::Ok,
                        1usize => Self::Unauthorized,
                        _ => return ::error_codes::__private::None,
                    },
                );
            }
            ::error_codes::__private::None
        }
    }
    #[automatically_derived]
    impl ::error_codes::__private::Display for AuthError {
        fn fmt(
            &self,
            formatter: &mut ::error_codes::__private::Formatter<'_>,
        ) -> ::error_codes::__private::FmtResult {
            ::error_codes::__private::write_message(self, formatter)
        }
    }
    #[automatically_derived]
    impl ::error_codes::__private::Error for AuthError
    where
        AuthError: ::error_codes::__private::Debug,
    {}
    #[automatically_derived]
    impl ::error_codes::__private::TryFrom<i64> for AuthError {
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
    impl ::error_codes::__private::From<AuthError> for i64 {
        fn from(value: AuthError) -> i64 {
            ::error_codes::__private::ErrorCatalog::code(&value)
        }
    }
    ::error_codes::__private::web_impls! {
        [] [AuthError] []
    }
    const _: &'static str = ::error_codes::__private::include_str!(
        "$CARGO_MANIFEST_DIR/tests/expand/locales/fr.toml"
    );
    const _: &'static str = ::error_codes::__private::include_str!(
        "$CARGO_MANIFEST_DIR/tests/expand/locales/zh-CN.toml"
    );
};
