//! Hygiene that cannot regress: in the expansion of every golden input
//! (`tests/expand/*.rs`) and of inputs that exercise the other keys, every
//! path the derive writes is absolute (`::error_codes::__private::...`,
//! `::core::...`), and every name it binds or names alone is one that the
//! user's scope cannot capture: a binding of `__private::bindings` (read
//! from the runtime's source), an item the expansion itself defines, a
//! primitive type, `Self`, or a name the user wrote. A generated `Option`,
//! `Some`, `assert!` or `core::` without its leading `::`, or a new local
//! binding missing from `__private::bindings`, fails here.

use std::collections::BTreeSet;
use std::path::PathBuf;

use proc_macro2::{TokenStream, TokenTree};
use syn::visit::{self, Visit};

/// The functions of `__private::bindings` in `error-codes/src/private/mod.rs`.
fn bindings() -> BTreeSet<String> {
    let lib = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../error-codes/src/private/mod.rs");
    let source = std::fs::read_to_string(lib).unwrap();
    let module = &source[source
        .find("pub mod bindings {")
        .expect("the bindings module")..];
    let lines = module.lines().skip(1).take_while(|line| line.trim() != "}");
    let names = lines.filter_map(|line| {
        let name = line.trim().strip_prefix("pub fn ")?.strip_suffix("() {}")?;
        Some(name.to_owned())
    });
    names.collect()
}

/// Every identifier of the input: names the user wrote may stand alone.
fn idents(tokens: TokenStream, into: &mut BTreeSet<String>) {
    for token in tokens {
        match token {
            TokenTree::Ident(ident) => {
                into.insert(ident.to_string());
            }
            TokenTree::Group(group) => idents(group.stream(), into),
            _ => {}
        }
    }
}

const PRIMITIVES: &[&str] = &["i64", "u16", "u64", "usize", "str", "bool", "u8"];

#[derive(Default)]
struct Scan {
    allowed: BTreeSet<String>,
    bindings: BTreeSet<String>,
    defined: BTreeSet<String>,
    problems: Vec<String>,
}

impl Scan {
    fn lone(&mut self, name: &str, what: &str) {
        let fine = PRIMITIVES.contains(&name)
            || ["Self", "self", "_"].contains(&name)
            || self.allowed.contains(name)
            || self.bindings.contains(name)
            || self.defined.contains(name);
        if !fine {
            self.problems.push(format!(
                "{what} `{name}` is neither absolute nor bound safely"
            ));
        }
    }
}

impl<'ast> Visit<'ast> for Scan {
    fn visit_path(&mut self, path: &'ast syn::Path) {
        if path.leading_colon.is_none() {
            let first = path.segments[0].ident.to_string();
            self.lone(&first, "the path starting with");
        }
        visit::visit_path(self, path);
    }

    fn visit_pat_ident(&mut self, pat: &'ast syn::PatIdent) {
        let name = pat.ident.to_string();
        if !self.bindings.contains(&name) && !self.allowed.contains(&name) {
            self.problems.push(format!(
                "the binding `{name}` is not in `__private::bindings`"
            ));
        }
        visit::visit_pat_ident(self, pat);
    }

    fn visit_item_const(&mut self, item: &'ast syn::ItemConst) {
        self.defined.insert(item.ident.to_string());
        visit::visit_item_const(self, item);
    }

    /// A type parameter the generated code declares (`fn __data<V>`)
    /// shadows whatever the user's scope holds of that name.
    fn visit_type_param(&mut self, param: &'ast syn::TypeParam) {
        self.defined.insert(param.ident.to_string());
        visit::visit_type_param(self, param);
    }

    fn visit_attribute(&mut self, _: &'ast syn::Attribute) {}

    /// `::core::assert!(a, "{}", b)` and `with_alloc! { fn .. }`: their
    /// contents are read as expressions or an item where they parse so.
    fn visit_macro(&mut self, mac: &'ast syn::Macro) {
        self.visit_path(&mac.path);
        let parser = syn::punctuated::Punctuated::<syn::Expr, syn::Token![,]>::parse_terminated;
        if let Ok(function) = syn::parse2::<syn::ImplItemFn>(mac.tokens.clone()) {
            self.visit_impl_item_fn(&function);
        } else if let Ok(exprs) = syn::parse::Parser::parse2(parser, mac.tokens.clone()) {
            for expr in &exprs {
                self.visit_expr(expr);
            }
        }
    }
}

fn scan(input: &str) -> Vec<String> {
    let node: syn::DeriveInput = syn::parse_str(input).unwrap();
    let output = crate::derive(&node);
    let file: syn::File = syn::parse2(output.clone()).unwrap();
    assert!(
        !output.to_string().contains("compile_error"),
        "the input is valid: {output}"
    );
    let mut scan = Scan {
        bindings: bindings(),
        ..Scan::default()
    };
    idents(input.parse().unwrap(), &mut scan.allowed);
    // Inner items first: they may be named before they are defined.
    let mut definitions = Scan::default();
    definitions.visit_file(&file);
    scan.defined = definitions.defined;
    scan.visit_file(&file);
    scan.problems.sort();
    scan.problems.dedup();
    scan.problems
}

#[test]
fn every_generated_path_is_absolute_and_every_binding_safe() {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/expand");
    let mut inputs: Vec<String> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|entry| entry.unwrap().path())
        .filter(|path| path.extension().is_some_and(|extension| extension == "rs"))
        .filter(|path| !path.to_string_lossy().ends_with(".expanded.rs"))
        .map(|path| std::fs::read_to_string(path).unwrap())
        .collect();
    assert!(inputs.len() >= 4);
    inputs.extend(
        [
            "#[catalog(crate = my::codes, retired(5, 7..=9))] enum E { /// A.\n #[code(1, rejection = \"malformed-body\")] A, #[deprecated] /// B.\n #[code(2, data)] B { count: u32 }, #[code(transparent, offset = 100)] C(Other) }",
            "#[catalog(envelope(code = \"errcode\", flatten), display = false)] enum E { /// A.\n #[code(1)] A { #[source] cause: Cause } }",
        ]
        .map(str::to_owned),
    );
    for input in &inputs {
        let problems = scan(input);
        assert!(problems.is_empty(), "{input}\n{}", problems.join("\n"));
    }
}

/// The scan itself finds what it looks for.
#[test]
fn the_scan_sees_a_relative_path_and_an_unsafe_binding() {
    let mut scan = Scan {
        bindings: bindings(),
        ..Scan::default()
    };
    assert!(scan.bindings.contains("position") && scan.bindings.len() > 10);
    let file: syn::File = syn::parse_str(
        "fn f(position: i64) -> Option<i64> { let total = 1; ::core::assert!(core::mem::drop(total)); Some(position) }",
    )
    .unwrap();
    scan.visit_file(&file);
    let found = scan.problems.join("\n");
    for expected in ["`Option`", "`Some`", "`total`", "`core`"] {
        assert!(found.contains(expected), "{found}");
    }
}
