//! The utoipa impls of every catalogue and `codes!` list, through
//! `__private::web_impls!`: one body for utoipa 6 (feature `utoipa`) and
//! utoipa 5 (feature `utoipa5`).

/// The OpenAPI impls of a catalogue (or of a `codes!` list), for each
/// utoipa version enabled: utoipa 6 (feature `utoipa`), utoipa 5 (feature
/// `utoipa5`).
#[doc(hidden)]
#[macro_export]
macro_rules! __utoipa_impls {
    ($($tokens:tt)*) => {
        $crate::__private::utoipa6_impls! { $($tokens)* }
        $crate::__private::utoipa5_impls! { $($tokens)* }
    };
}

/// With `utoipa`, the impls for utoipa 6.
#[doc(hidden)]
#[macro_export]
macro_rules! __utoipa6_impls {
    ($($tokens:tt)*) => {
        $crate::__utoipa_body! { utoipa, responses, catalogue_schema, catalogue_schemas, $($tokens)* }
    };
}

/// With `utoipa5`, the impls for utoipa 5.
#[doc(hidden)]
#[macro_export]
macro_rules! __utoipa5_impls {
    ($($tokens:tt)*) => {
        $crate::__utoipa_body! { utoipa5, responses5, catalogue_schema5, catalogue_schemas5, $($tokens)* }
    };
}

/// `IntoResponses` (every error), `PartialSchema` (any error) and
/// `ToSchema` (each code's schema, for `components`) of a catalogue, or
/// `IntoResponses` of a `codes!` list (`codes Name`), for the utoipa crate
/// re-exported as `__private::$utoipa`.
#[doc(hidden)]
#[macro_export]
macro_rules! __utoipa_body {
    ($utoipa:ident, $responses:ident, $schema:ident, $schemas:ident, codes $name:ident) => {
        #[automatically_derived]
        impl $crate::__private::$utoipa::IntoResponses for $name {
            fn responses() -> $crate::__private::BTreeMap<
                $crate::__private::String,
                $crate::__private::$utoipa::openapi::RefOr<$crate::__private::$utoipa::openapi::response::Response>,
            > {
                $crate::openapi::$responses::<Self>()
            }
        }
    };
    ($utoipa:ident, $responses:ident, $schema:ident, $schemas:ident, [$($impl_generics:tt)*] [$($ty:tt)*] [$($where:tt)*]) => {
        #[automatically_derived]
        impl $($impl_generics)* $crate::__private::$utoipa::IntoResponses for $($ty)*
        where
            $($where)*
        {
            fn responses() -> $crate::__private::BTreeMap<
                $crate::__private::String,
                $crate::__private::$utoipa::openapi::RefOr<$crate::__private::$utoipa::openapi::response::Response>,
            > {
                $crate::openapi::$responses::<$crate::openapi::All<Self>>()
            }
        }

        #[automatically_derived]
        impl $($impl_generics)* $crate::__private::$utoipa::PartialSchema for $($ty)*
        where
            $($where)*
        {
            fn schema() -> $crate::__private::$utoipa::openapi::RefOr<$crate::__private::$utoipa::openapi::schema::Schema> {
                $crate::openapi::$schema::<Self>()
            }
        }

        #[automatically_derived]
        impl $($impl_generics)* $crate::__private::$utoipa::ToSchema for $($ty)*
        where
            $($where)*
        {
            fn name() -> $crate::__private::Cow<'static, str> {
                $crate::__private::Cow::Owned($crate::openapi::schemas::catalogue_name::<Self>())
            }

            fn schemas(
                schemas: &mut $crate::__private::Vec<(
                    $crate::__private::String,
                    $crate::__private::$utoipa::openapi::RefOr<$crate::__private::$utoipa::openapi::schema::Schema>,
                )>,
            ) {
                $crate::openapi::$schemas::<Self>(schemas);
            }
        }
    };
}
