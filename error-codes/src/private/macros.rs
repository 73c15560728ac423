//! The macros the generated code calls: what a catalogue gets from each
//! integration that is on (`web_impls!`), a composed part's tables
//! (`part_tables!`), and what needs `alloc` (`with_alloc!`).
//!
//! The derive cannot see this crate's features, so it always calls
//! `web_impls!`; each integration's macro is defined in its own module
//! (`axum/mod.rs`, ...) and reached through `__private::<name>_impls`,
//! which is [`__no_impls`] when its feature is off: one line each in
//! `integrations!` below.

/// Used by the generated code: the impls of a catalogue for every
/// integration (axum, actix-web, tonic, utoipa 6 and 5). The derive cannot
/// see this crate's features, so it always calls this macro; each line is
/// an integration's macro, or nothing without its feature.
#[doc(hidden)]
#[macro_export]
macro_rules! __web_impls {
    ($($tokens:tt)*) => {
        $crate::__private::axum_impls! { $($tokens)* }
        $crate::__private::actix_impls! { $($tokens)* }
        $crate::__private::tonic_impls! { $($tokens)* }
        $crate::__private::utoipa6_impls! { $($tokens)* }
        $crate::__private::utoipa5_impls! { $($tokens)* }
    };
}

/// An integration whose feature is off: nothing.
#[doc(hidden)]
#[macro_export]
macro_rules! __no_impls {
    ($($tokens:tt)*) => {};
}

/// `__private::<alias>`: an integration's macro with its feature, else
/// [`__no_impls`].
macro_rules! integrations {
    ($($feature:literal => $alias:ident = $impls:ident;)*) => {$(
        #[cfg(feature = $feature)]
        #[doc(hidden)]
        pub use crate::$impls as $alias;
        #[cfg(not(feature = $feature))]
        #[doc(hidden)]
        pub use crate::__no_impls as $alias;
    )*};
}

integrations! {
    "axum" => axum_impls = __axum_impls;
    "actix" => actix_impls = __actix_impls;
    "tonic" => tonic_impls = __tonic_impls;
    "utoipa" => utoipa6_impls = __utoipa6_impls;
    "utoipa5" => utoipa5_impls = __utoipa5_impls;
}

/// The tables of the generated `impl Part<I> for Enum`: the composed
/// catalogue's own (read through `Part::OWN`) without its success entry,
/// shifted by `offset` (`$codes` a binding of `__private::bindings`;
/// `$overflow` what a code shifted out of `i64` evaluates to, a panic at the
/// user's `offset`). With `shifted`, also `OFFSET` and the retired ranges.
/// Used by the generated code: one line per part instead of the tables.
#[doc(hidden)]
#[macro_export]
macro_rules! __part_tables {
    ($enum:ident, $index:literal, $offset:literal, $codes:ident, $overflow:expr) => {
        const CODES: &'static [i64] = &{
            const LEN: usize = $crate::__private::part_len(
                <$enum as $crate::__private::Part<$index>>::OWN.codes.len(),
                <$enum as $crate::__private::Part<$index>>::SUCCESS_AT,
            );
            match $crate::__private::part_codes::<LEN>(
                <$enum as $crate::__private::Part<$index>>::OWN.codes,
                <$enum as $crate::__private::Part<$index>>::SUCCESS_AT,
                $offset,
            ) {
                $crate::__private::Some($codes) => $codes,
                $crate::__private::None => $overflow,
            }
        };
        const NAMES: &'static [&'static str] = &{
            const LEN: usize = $crate::__private::part_len(
                <$enum as $crate::__private::Part<$index>>::OWN.names.len(),
                <$enum as $crate::__private::Part<$index>>::SUCCESS_AT,
            );
            $crate::__private::part_items::<&'static str, LEN>(
                <$enum as $crate::__private::Part<$index>>::OWN.names,
                <$enum as $crate::__private::Part<$index>>::SUCCESS_AT,
                "",
            )
        };
        const ENTRIES: &'static [$crate::Entry] = &{
            const LEN: usize = $crate::__private::part_len(
                <$enum as $crate::__private::Part<$index>>::OWN
                    .entries
                    .len(),
                <$enum as $crate::__private::Part<$index>>::SUCCESS_AT,
            );
            $crate::__private::part_entries::<LEN>(
                <$enum as $crate::__private::Part<$index>>::OWN.entries,
                <$enum as $crate::__private::Part<$index>>::SUCCESS_AT,
                $offset,
                (
                    <$enum as $crate::__private::Part<$index>>::HTTP,
                    <$enum as $crate::__private::Part<$index>>::GRPC,
                ),
            )
        };
    };
    (shifted $enum:ident, $index:literal, $offset:literal, $codes:ident, $overflow:expr) => {
        $crate::__part_tables!($enum, $index, $offset, $codes, $overflow);
        const OFFSET: i64 = $offset;
        const RETIRED: &'static [$crate::CodeRange] = &{
            const LEN: usize = $crate::__private::shifted_ranges_len(
                <$enum as $crate::__private::Part<$index>>::OWN.retired,
                $offset,
            );
            $crate::__private::shift_ranges::<LEN>(
                <$enum as $crate::__private::Part<$index>>::OWN.retired,
                <$enum as $crate::__private::Part<$index>>::OWN.retired_by,
                <$enum as $crate::__private::Part<$index>>::NAME,
                $offset,
            )
            .0
        };
        const RETIRED_BY: &'static [&'static str] = &{
            const LEN: usize = $crate::__private::shifted_ranges_len(
                <$enum as $crate::__private::Part<$index>>::OWN.retired,
                $offset,
            );
            $crate::__private::shift_ranges::<LEN>(
                <$enum as $crate::__private::Part<$index>>::OWN.retired,
                <$enum as $crate::__private::Part<$index>>::OWN.retired_by,
                <$enum as $crate::__private::Part<$index>>::NAME,
                $offset,
            )
            .1
        };
    };
}

/// The tokens it is given, with the `alloc` feature (the generated
/// `__detail`, which builds an envelope's detail).
#[cfg(feature = "alloc")]
#[doc(hidden)]
#[macro_export]
macro_rules! __with_alloc {
    ($($tokens:tt)*) => { $($tokens)* };
}

/// Without the `alloc` feature, nothing.
#[cfg(not(feature = "alloc"))]
#[doc(hidden)]
#[macro_export]
macro_rules! __with_alloc {
    ($($tokens:tt)*) => {};
}
