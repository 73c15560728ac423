// The `ErrorCatalog` trait, included at the crate root by `lib.rs`: a trait
// defined at the root is one that rustc names by its public path
// (`use error_codes::ErrorCatalog;`) when a user forgets to import it; one
// defined in a private module and re-exported is named by the module's
// path, which does not resolve (`tests/forgotten_import.rs` checks it).
// Its names are the root's: `Entry`, `Module`, the module `lookup`.

/// A catalogue of documented error codes, implemented by
/// `#[derive(ErrorCatalog)]` on an enum.
///
/// Everything a catalogue knows lives in static tables chosen when the derive
/// expands: the associated consts below. The methods read them; none hashes,
/// allocates or initialises anything at run time.
///
/// ```
/// use error_codes::ErrorCatalog;
///
/// #[derive(Debug, Clone, Copy, PartialEq, Eq, ErrorCatalog)]
/// #[catalog(module(name = "auth", ranges(40001..=40111)))]
/// enum AuthError {
///     /// Image captcha is invalid.
///     #[code(40001, http = 400)]
///     InvalidCaptcha,
///     #[code(40111, http = 401, message = "Email/password verification failed.")]
///     InvalidPassword,
/// }
///
/// assert_eq!(AuthError::InvalidPassword.code(), 40111);
/// assert_eq!(AuthError::from_code(40001), Some(AuthError::InvalidCaptcha));
/// assert_eq!(AuthError::from_code(40002), None);
/// assert_eq!(AuthError::module_of(40002).map(|m| m.name), Some("auth"));
/// assert_eq!(AuthError::InvalidCaptcha.to_string(), "Image captcha is invalid.");
/// ```
pub trait ErrorCatalog: Sized + 'static {
    /// The catalogue's name: `#[catalog(name = "...")]`, else the enum's name.
    const NAME: &'static str;

    /// The languages its messages are translated into: the tags of
    /// `#[catalog(locales = "...")]`'s files, a composition's own and its
    /// parts' (first met first). See [`locale`].
    const LOCALES: &'static [&'static str] = &[];

    /// The languages of the enum's own entries. Used by the generated code.
    #[doc(hidden)]
    const OWN_LOCALES: &'static [&'static str] = Self::LOCALES;

    /// The language of the messages it declares: `#[catalog(language =
    /// "en")]`. It takes part in matching a request's languages (an `en`
    /// range keeps the declared messages), and answers in those messages
    /// say it in `Content-Language`. `None` when undeclared: then a
    /// request's languages choose among the translations alone, and an
    /// untranslated answer names no language. See [`locale`].
    const LANGUAGE: Option<&'static str> = None;

    /// The `domain` of its gRPC `ErrorInfo`s: `#[catalog(domain =
    /// "shop.example.com")]`, else [`NAME`](Self::NAME). See [`grpc`].
    const DOMAIN: &'static str = Self::NAME;

    /// Every entry, sorted by code.
    const ENTRIES: &'static [Entry];

    /// The codes of [`ENTRIES`](Self::ENTRIES), in the same order: sorted
    /// ascending, without duplicates.
    const CODES: &'static [i64];

    /// The qualified name of each code's variant (`"FresnsError::ParameterError"`),
    /// parallel to [`CODES`](Self::CODES). Composition reads them to name
    /// both sides of a clash.
    const NAMES: &'static [&'static str];

    /// The declared modules, in declaration order (a composing enum's own
    /// modules; the composed catalogues keep theirs).
    const MODULES: &'static [Module];

    /// The static table that finds a code's position in [`CODES`](Self::CODES).
    const LOOKUP: lookup::Lookup;

    /// The wire field names of this catalogue's `Envelope`s:
    /// `#[catalog(envelope(code = "...", message = "...", data = "..."))]`,
    /// else `code`, `message`, `data`.
    const ENVELOPE: crate::envelope::FieldNames = crate::envelope::FieldNames::DEFAULT;

    /// `#[catalog(errors_only)]`: the catalogue has no success code. Every
    /// code (`0` included) is an error; a success is the bare body (an
    /// `Envelope::success` writes its data
    /// alone), and reading an answer takes its HTTP status
    /// (`Envelope::from_answer`), since a
    /// bare resource may itself hold a `code` field. As Discord, GitHub and
    /// Stripe answer. [`success`](Self::success) is `None`.
    const ERRORS_ONLY: bool = false;

    /// The codes that answer rejections (a malformed body, a missing content
    /// type, an unknown route): `#[code(..., rejection = "...")]`. See
    /// [`rejection`].
    const REJECTIONS: crate::rejection::Rejections = crate::rejection::Rejections::NONE;

    /// The codes that were published once and must never mean anything
    /// else: `#[catalog(retired(40007, 40010..=40012))]`, sorted by their
    /// start. A composition holds its parts' too (shifted by their
    /// `offset`), so that a code one part retired cannot be declared by
    /// another, in this crate or the next. No variant declares one, so
    /// [`from_code`](Self::from_code) of a retired code is `None` and an
    /// envelope carrying one reads as unknown.
    const RETIRED: &'static [crate::CodeRange] = &[];

    /// The catalogue that retired each range of [`RETIRED`](Self::RETIRED),
    /// parallel to it; empty when this catalogue retired them all (its
    /// [`NAME`](Self::NAME)). Read by the composition's checks to name the
    /// catalogue that retired a code, however deep.
    #[doc(hidden)]
    const RETIRED_BY: &'static [&'static str] = &[];

    /// The names of the variants that compose a catalogue
    /// (`#[code(transparent)]`), in declaration order. Read by
    /// [`codes!`](crate::codes) to tell them from the enum's own.
    #[doc(hidden)]
    const PART_VARIANTS: &'static [&'static str] = &[];

    /// The offset of each composing variant, parallel to
    /// [`PART_VARIANTS`](Self::PART_VARIANTS). Read by [`codes!`](crate::codes).
    #[doc(hidden)]
    const PART_OFFSETS: &'static [i64] = &[];

    /// The entries the enum declares itself, sorted by code: [`ENTRIES`](Self::ENTRIES)
    /// without the catalogues composed with `#[code(transparent)]`.
    const OWN_ENTRIES: &'static [Entry] = Self::ENTRIES;

    /// The position of the success entry in [`OWN_ENTRIES`](Self::OWN_ENTRIES),
    /// computed at compile time.
    #[doc(hidden)]
    const OWN_SUCCESS: Option<usize> = lookup::success_position(Self::OWN_ENTRIES);

    /// The codes of [`OWN_ENTRIES`](Self::OWN_ENTRIES). Used by the generated code.
    #[doc(hidden)]
    const OWN_CODES: &'static [i64] = Self::CODES;

    /// The names of [`OWN_ENTRIES`](Self::OWN_ENTRIES). Used by the generated code.
    #[doc(hidden)]
    const OWN_NAMES: &'static [&'static str] = Self::NAMES;

    /// The positions in [`OWN_ENTRIES`](Self::OWN_ENTRIES), sorted by the
    /// entries' symbols. Used by [`lookup_symbol`](Self::lookup_symbol).
    #[doc(hidden)]
    const OWN_SYMBOLS: &'static [u16] = &[];

    /// The table over [`OWN_CODES`](Self::OWN_CODES). Used by the generated code.
    #[doc(hidden)]
    const OWN_LOOKUP: lookup::Lookup = Self::LOOKUP;

    /// The entry of this value.
    fn entry(&self) -> &'static Entry;

    /// The value of a declared code, or `None` for a code that is not declared
    /// or whose variant carries data (it cannot be built from a code alone).
    /// Never a wrong variant.
    fn from_code(code: i64) -> Option<Self>;

    /// The numeric code of this value.
    #[inline]
    fn code(&self) -> i64 {
        self.entry().code
    }

    /// The detail a failure of this value carries: the fields of a variant
    /// marked `#[code(..., data)]`, else `None`. Used by the envelope.
    #[doc(hidden)]
    #[cfg(feature = "alloc")]
    #[inline]
    fn __detail(&self) -> Option<crate::Detail> {
        self.__data(crate::envelope::DetailOf).flatten()
    }

    /// What `visitor` makes of the fields of a variant marked
    /// `#[code(..., data)]`; `None` for any other. The derive writes it.
    #[doc(hidden)]
    #[cfg(feature = "alloc")]
    #[inline]
    fn __data<V: crate::envelope::DataVisitor>(&self, visitor: V) -> Option<V::Output> {
        let _ = visitor;
        None
    }

    /// A data variant's retry delay: its `std::time::Duration` field. Used
    /// by [`retry_after`](Self::retry_after); the derive writes it.
    #[doc(hidden)]
    #[inline]
    fn __retry_after(&self) -> Option<core::time::Duration> {
        None
    }

    /// When to retry: a data variant's `std::time::Duration` field (the one
    /// `#[code(..., data, retry_after = field)]` names, else its only field
    /// written `Duration`), else the entry's `retry_after` seconds
    /// ([`Entry::retry_after`]). Answers whose status is 429, 503 or a
    /// redirection send it as `Retry-After`, in whole seconds rounded up.
    ///
    /// ```
    /// use std::time::Duration;
    /// use error_codes::ErrorCatalog;
    ///
    /// #[derive(Debug, ErrorCatalog)]
    /// enum ApiError {
    ///     /// Too many requests.
    ///     #[code(42901, http = 429, data)]
    ///     TooManyRequests { wait: Duration },
    ///     /// Down for maintenance.
    ///     #[code(50301, http = 503, retry_after = 600)]
    ///     Maintenance,
    /// }
    ///
    /// let wait = Duration::from_millis(1500);
    /// assert_eq!(ApiError::TooManyRequests { wait }.retry_after(), Some(wait));
    /// assert_eq!(ApiError::Maintenance.retry_after(), Some(Duration::from_secs(600)));
    /// ```
    #[inline]
    fn retry_after(&self) -> Option<core::time::Duration> {
        let seconds = || self.entry().retry_after.map(|s| core::time::Duration::from_secs(u64::from(s)));
        self.__retry_after().or_else(seconds)
    }

    /// The data variant of `code` rebuilt from the fields a peer sent, when
    /// each can be read back. Used by the readers; the derive writes it.
    #[doc(hidden)]
    #[cfg(feature = "alloc")]
    #[inline]
    fn __from_detail(_code: i64, _detail: &crate::Detail) -> Option<Self> {
        None
    }

    /// The documented message of this value.
    #[inline]
    fn message(&self) -> &'static str {
        self.entry().message
    }

    /// This value's message as answers write it: [`message`](Self::message)
    /// with a data variant's `{field}` placeholders filled from its fields
    /// (`"Retry after 30 seconds."`; the derive checks that each names a
    /// field). The envelope, `Problem`, `Display` and gRPC write this one.
    #[cfg(feature = "alloc")]
    #[inline]
    fn formatted_message(&self) -> alloc::borrow::Cow<'static, str> {
        let message = self.message();
        if !message.contains('{') {
            return alloc::borrow::Cow::Borrowed(message);
        }
        crate::envelope::placeholder::fill(message, self.__detail().as_ref())
    }

    /// The message in the language of `tag` (`"zh-CN"`), matched as one
    /// `Accept-Language` range ([`translation_for`](Self::translation_for)),
    /// else [`message`](Self::message); placeholders unfilled. See
    /// [`locale`].
    #[inline]
    fn message_in(&self, tag: &str) -> &'static str {
        Self::translation_for(self.code(), tag).map_or(self.message(), |t| t.message)
    }

    /// The texts of `code` that an `Accept-Language` header picks, or `None`
    /// for its declared texts. The language is chosen once, over the
    /// catalogue's [`LANGUAGE`](Self::LANGUAGE) and all its
    /// [`LOCALES`](Self::LOCALES) (a composition's parts' included), so one
    /// client gets one language whichever part answers; then the code's
    /// texts in that language: a composition's own files first (they may
    /// translate its parts' codes), then the part's own. A code without a
    /// text in that language answers in its declared language
    /// (`locale::untranslated` lists where). See [`locale`].
    fn translation_for(code: i64, accept_language: &str) -> Option<locale::Translation> {
        if Self::LOCALES.is_empty() {
            return None;
        }
        let chosen = locale::choose(Self::LANGUAGE, Self::LOCALES, accept_language)?;
        Self::__translation(code, Self::LOCALES.get(chosen)?)
    }

    /// The texts of `code` that one language `range`, already chosen among
    /// [`LOCALES`](Self::LOCALES), picks: a composition's own files' first,
    /// then its parts'. Used by [`translation_for`](Self::translation_for);
    /// the derive writes it for a composition.
    #[doc(hidden)]
    #[inline]
    fn __translation(code: i64, range: &str) -> Option<locale::Translation> {
        Self::lookup(code)?.translation_in(range)
    }

    /// The code's documentation URL ([`Entry::docs_url`]): `#[catalog(docs_url
    /// = "https://example.com/errors/{code}")]`, a module's or an entry's own.
    #[inline]
    fn docs_url(&self) -> Option<&'static str> {
        self.entry().docs_url()
    }

    /// The HTTP status: the entry's own, else its module's, else the
    /// catalogue's (`#[catalog(http = ...)]`), else `None`.
    #[inline]
    fn http_status(&self) -> Option<u16> {
        self.entry().http
    }

    /// The HTTP status as an [`http::StatusCode`](::http::StatusCode): [`http_status`](Self::http_status),
    /// else 500 (feature `http`).
    #[cfg(feature = "http")]
    #[inline]
    fn status_code(&self) -> ::http::StatusCode {
        crate::http::status_code(self)
    }

    /// The entry of a declared code, or `None`.
    #[inline]
    fn lookup(code: i64) -> Option<&'static Entry> {
        let position = Self::LOOKUP.find(Self::CODES, code)?;
        Self::ENTRIES.get(position)
    }

    /// The entry of a symbol (`"UNAUTHORIZED_SESSION"`), or `None`: a
    /// binary search of a static table sorted when the derive expanded. In a
    /// composition, the enum's own entries first, then each composed
    /// catalogue's in declaration order.
    #[inline]
    fn lookup_symbol(symbol: &str) -> Option<&'static Entry> {
        lookup::find_symbol(Self::OWN_SYMBOLS, Self::OWN_ENTRIES, symbol)
    }

    /// The value of a symbol, or `None` (an unknown symbol, or one of a
    /// variant that carries data).
    #[inline]
    fn from_symbol(symbol: &str) -> Option<Self> {
        Self::from_code(Self::lookup_symbol(symbol)?.code)
    }

    /// Every entry, sorted by code.
    #[inline]
    fn entries() -> &'static [Entry] {
        Self::ENTRIES
    }

    /// The declared modules, in declaration order.
    #[inline]
    fn modules() -> &'static [Module] {
        Self::MODULES
    }

    /// The module of a raw code: the module of its entry when the code is
    /// declared, else the first declared module whose ranges contain it.
    fn module_of(code: i64) -> Option<&'static Module> {
        match Self::lookup(code) {
            Some(entry) => {
                let name = entry.module?;
                Self::MODULES.iter().find(|module| module.name == name)
            }
            None => Self::MODULES.iter().find(|module| module.contains(code)),
        }
    }

    /// The catalogue's success entry (`#[code(..., success)]`), if it has one.
    /// A composing enum's success is its own, never a composed catalogue's.
    #[inline]
    fn success() -> Option<&'static Entry> {
        match Self::OWN_SUCCESS {
            Some(position) => Self::OWN_ENTRIES.get(position),
            None => None,
        }
    }
}
