//! Names in the user's scope change nothing in the generated code: lowercase
//! consts and statics named like every identifier the expansion binds
//! (parameters, locals, closure arguments) stand at the derive sites, and
//! the lookups still give the right answers. trybuild builds and runs it.
#![allow(non_upper_case_globals, dead_code)]

use error_codes::ErrorCatalog;

/// Consts of the types the bindings have: a binding that resolved to one
/// would become a constant pattern and match only that value.
mod consts {
    use error_codes::{Entry, ErrorCatalog, Module};

    pub const code: i64 = 10;
    pub const position: usize = 0;
    pub const variant: usize = 0;
    pub const inner: Inner = Inner::A;
    pub const entry: &Entry = &<Inner as ErrorCatalog>::ENTRIES[0];
    pub const name: &str = "x";
    pub const module: &Module = &<Inner as ErrorCatalog>::MODULES[0];
    pub const modules: &[Module] = &[];
    pub const message: &str = "";
    pub const formatter: usize = 0;
    pub const clash: usize = 0;
    pub const revived: usize = 0;
    pub const value: Outer = Outer::Ten;
    pub const symbol: &str = "TEN";
    pub const own: Option<&Entry> = None;
    pub const field0: u32 = 0;

    #[derive(Debug, Clone, Copy, PartialEq, Eq, ErrorCatalog)]
    #[catalog(module(name = "m", ranges(1..=99)))]
    pub enum Inner {
        /// A.
        #[code(1)]
        A,
        /// B.
        #[code(2)]
        B,
    }

    #[derive(Debug, Clone, Copy, PartialEq, Eq, ErrorCatalog)]
    #[catalog(module(name = "own", ranges(10..=29)))]
    pub enum Outer {
        /// Ten.
        #[code(10)]
        Ten,
        /// Twenty.
        #[code(20)]
        Twenty,
        /// With data.
        #[code(21, data)]
        Data { count: u32 },
        /// Composed.
        #[code(transparent)]
        Inner(Inner),
    }
}

/// Statics: a binding may not shadow one, so a binding that resolved to one
/// would not compile.
mod statics {
    use error_codes::ErrorCatalog;

    pub static code: i64 = 10;
    pub static position: usize = 0;
    pub static variant: usize = 0;
    pub static inner: u8 = 0;
    pub static entry: u8 = 0;
    pub static name: u8 = 0;
    pub static module: u8 = 0;
    pub static modules: u8 = 0;
    pub static message: u8 = 0;
    pub static formatter: u8 = 0;
    pub static clash: u8 = 0;
    pub static revived: u8 = 0;
    pub static value: u8 = 0;
    pub static symbol: u8 = 0;
    pub static own: u8 = 0;
    pub static field0: u8 = 0;

    #[derive(Debug, Clone, Copy, PartialEq, Eq, ErrorCatalog)]
    pub enum Inner {
        /// A.
        #[code(1)]
        A,
    }

    #[derive(Debug, Clone, Copy, PartialEq, Eq, ErrorCatalog)]
    #[catalog(module(name = "own", ranges(10..=29)))]
    pub enum Outer {
        /// Ten.
        #[code(10)]
        Ten,
        /// Twenty.
        #[code(20)]
        Twenty,
        /// Composed.
        #[code(transparent)]
        Inner(Inner),
    }
}

fn main() {
    use consts::{Inner, Outer};
    assert_eq!(Outer::from_code(10), Some(Outer::Ten));
    assert_eq!(Outer::from_code(20), Some(Outer::Twenty));
    assert_eq!(Outer::from_code(2), Some(Outer::Inner(Inner::B)));
    assert_eq!(Outer::from_code(3), None);
    assert_eq!(Outer::Inner(Inner::B).code(), 2);
    assert_eq!(Outer::Twenty.entry().name, "Twenty");
    assert_eq!(Outer::lookup(20).map(|e| e.name), Some("Twenty"));
    assert_eq!(Outer::lookup(2).map(|e| e.name), Some("B"));
    assert_eq!(Outer::module_of(20).map(|m| m.name), Some("own"));
    assert_eq!(Outer::module_of(2).map(|m| m.name), Some("m"));
    assert_eq!(Outer::module_of(29).map(|m| m.name), Some("own"));
    assert_eq!(Outer::Twenty.to_string(), "Twenty.");
    assert_eq!(i64::from(Outer::Twenty), 20);
    assert_eq!(Outer::from_symbol("TWENTY"), Some(Outer::Twenty));
    assert_eq!(Outer::from_symbol("B"), Some(Outer::Inner(Inner::B)));
    assert_eq!(Outer::try_from(2), Ok(Outer::Inner(Inner::B)));
    assert_eq!(Outer::from(Inner::A), Outer::Inner(Inner::A));
    let data = error_codes::Envelope::<Outer>::error(Outer::Data { count: 4 });
    let Err(failure) = data.into_result() else { panic!("a failure") };
    assert_eq!(failure.detail().map(|detail| detail.get().to_owned()), Some(r#"{"count":4}"#.to_owned()));

    use statics::Outer as S;
    assert_eq!(S::from_code(20), Some(S::Twenty));
    assert_eq!(S::from_code(1), Some(S::Inner(statics::Inner::A)));
    assert_eq!(S::module_of(20).map(|m| m.name), Some("own"));
    assert_eq!(S::Ten.to_string(), "Ten.");
}
