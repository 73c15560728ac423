//! What a request can be refused for before its handler runs: the kinds of
//! `#[code(..., rejection = "...")]`, in one table.
//!
//! Every list of kinds in this crate is built from the table below:
//! [`RejectionKind`] and its [`ALL`](RejectionKind::ALL), the statuses a
//! kind answers with, whether an extractor answers it (the kinds every
//! OpenAPI operation lists), the explanation the OpenAPI examples show, and
//! the message of `codes!` for a name it does not know. The derive keeps a
//! copy of the names (a proc macro cannot read this crate); a test in
//! `tests/` compares the two, names and order. A new kind is one row here,
//! one in the derive's `parse/keys.rs`, and its answer in each framework
//! module.
//!
//! How each framework answers a kind: `axum`,
//! `actix` (features of the same names).

/// The table: each kind's variant, name, statuses without a declared
/// `http`, whether an extractor answers it, and an explanation as the
/// frameworks word it (the OpenAPI examples').
macro_rules! kinds {
    ($(
        $(#[$doc:meta])*
        $variant:ident = $name:literal, statuses $statuses:expr, extractor $extractor:literal,
            explained $explanation:literal;
    )*) => {
        /// What a request can be refused for before its handler runs: the
        /// kinds of `#[code(..., rejection = "...")]`. See the
        /// [module docs](self).
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
        #[non_exhaustive]
        pub enum RejectionKind {
            $($(#[$doc])* $variant,)*
        }

        impl RejectionKind {
            /// Every kind, in the order of [`Rejections`]' table.
            pub const ALL: [Self; COUNT] = [$(Self::$variant,)*];

            /// Its name in `rejection = "..."`.
            #[must_use]
            pub const fn name(self) -> &'static str {
                match self {
                    $(Self::$variant => $name,)*
                }
            }

            /// The HTTP statuses it answers with when its code declares none.
            #[must_use]
            pub const fn statuses(self) -> &'static [u16] {
                match self {
                    $(Self::$variant => &$statuses,)*
                }
            }

            /// Whether an extractor answers it (`Json`, `Query`, `Path`):
            /// then any endpoint that reads a body, a query or a path can
            /// answer it, and every OpenAPI operation lists it.
            #[must_use]
            pub const fn from_extractor(self) -> bool {
                match self {
                    $(Self::$variant => $extractor,)*
                }
            }

            /// An explanation of a refusal of this kind, as the frameworks
            /// word it (what the OpenAPI examples show).
            #[must_use]
            pub const fn example_explanation(self) -> &'static str {
                match self {
                    $(Self::$variant => $explanation,)*
                }
            }
        }

        /// How many kinds there are.
        const COUNT: usize = [$($name,)*].len();

        /// What `codes!` says of a name that is no kind.
        #[doc(hidden)]
        pub const UNKNOWN_KIND: &str = concat!(
            "unknown rejection kind: `codes!` takes ",
            names!($($name),*)
        );
    };
}

/// `"a", "b" or "c"`.
macro_rules! names {
    ($a:literal, $b:literal) => { concat!("\"", $a, "\" or \"", $b, "\"") };
    ($first:literal, $($rest:literal),+) => { concat!("\"", $first, "\", ", names!($($rest),+)) };
}

kinds! {
    /// `"malformed-body"`: a JSON body that does not parse (400) or is not
    /// the handler's type (422).
    MalformedBody = "malformed-body", statuses [400, 422], extractor true,
        explained "Failed to parse the request body as JSON";
    /// `"content-type"`: a JSON body without `Content-Type: application/json` (415).
    ContentType = "content-type", statuses [415], extractor true,
        explained "Expected request with `Content-Type: application/json`";
    /// `"unknown-route"`: no route for the path (404).
    UnknownRoute = "unknown-route", statuses [404], extractor false,
        explained "No route for GET /unknown";
    /// `"body-too-large"`: a body over the router's limit (413).
    BodyTooLarge = "body-too-large", statuses [413], extractor true,
        explained "Failed to buffer the request body: length limit exceeded";
    /// `"method-not-allowed"`: a route without that method (405).
    MethodNotAllowed = "method-not-allowed", statuses [405], extractor false,
        explained "DELETE is not allowed on this route";
    /// `"malformed-query"`: a query string that is not the handler's type (400).
    MalformedQuery = "malformed-query", statuses [400], extractor true,
        explained "Failed to deserialize query string";
    /// `"malformed-path"`: path parameters that are not the handler's type,
    /// invalid UTF-8 included (400).
    MalformedPath = "malformed-path", statuses [400], extractor true,
        explained "Invalid URL: Cannot parse the path parameter";
}

impl RejectionKind {
    /// The kind of a name of `rejection = "..."`.
    #[must_use]
    pub const fn from_name(name: &str) -> Option<Self> {
        let mut i = 0;
        while i < Self::ALL.len() {
            if crate::const_str::eq(Self::ALL[i].name(), name) {
                return Some(Self::ALL[i]);
            }
            i += 1;
        }
        None
    }

    const fn index(self) -> usize {
        self as usize
    }
}

/// The codes a catalogue answers rejections with: `#[code(..., rejection =
/// "...")]`, the enum's own marks first, then each composed catalogue's
/// (shifted by its offset). See the [module docs](self).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Rejections {
    codes: [Option<i64>; COUNT],
}

impl Rejections {
    /// No code marked.
    pub const NONE: Self = Self {
        codes: [None; COUNT],
    };

    /// The code marked for `kind`, if any.
    #[must_use]
    pub const fn code(&self, kind: RejectionKind) -> Option<i64> {
        self.codes[kind.index()]
    }

    /// Used by the generated code: the codes in the order of
    /// [`RejectionKind::ALL`].
    #[doc(hidden)]
    #[must_use]
    pub const fn __new(codes: [Option<i64>; COUNT]) -> Self {
        Self { codes }
    }

    /// Used by the generated code: these marks, and `other`'s where these
    /// have none.
    #[doc(hidden)]
    #[must_use]
    pub const fn or(mut self, other: Self) -> Self {
        let mut i = 0;
        while i < self.codes.len() {
            if self.codes[i].is_none() {
                self.codes[i] = other.codes[i];
            }
            i += 1;
        }
        self
    }

    /// Used by the composition: the codes shifted by `offset` (a code the
    /// offset moves out of `i64` is no code of the composition, nor a mark).
    #[doc(hidden)]
    #[must_use]
    pub const fn shifted(mut self, offset: i64) -> Self {
        let mut i = 0;
        while i < self.codes.len() {
            if let Some(code) = self.codes[i] {
                self.codes[i] = code.checked_add(offset);
            }
            i += 1;
        }
        self
    }
}
