//! Not a test: `cargo test -p error-codes-derive --lib phases -- --ignored
//! --nocapture` prints how long each stage takes on a 2,000-variant enum
//! in a debug build (as cargo builds proc macros for `check`).

use std::time::Instant;

#[test]
#[ignore = "a measurement, run by hand"]
fn phases() {
    let mut source = String::from("#[derive(ErrorCatalog)] pub enum Codes {\n");
    let mut n = 0;
    'all: for module in 0..20 {
        for group in 0..10 {
            for i in 0..8 + (module * 7 + group * 3) % 23 {
                if n == 2000 {
                    break 'all;
                }
                let code = 10_000 + module * 1_000 + group * 100 + i;
                source.push_str(&format!(
                    "#[code({code}, message = \"Error {code}.\")] V{n},\n"
                ));
                n += 1;
            }
        }
    }
    source.push('}');
    let start = Instant::now();
    let node: syn::DeriveInput = syn::parse_str(&source).unwrap();
    let parsed_syn = start.elapsed();
    let mut errors = darling::Error::accumulator();
    let input = crate::parse::Input::from_syn(&node, &mut errors).unwrap();
    let parsed = start.elapsed();
    let catalogue = crate::resolve::resolve(&input);
    let resolved = start.elapsed();
    crate::check::check(&input, &catalogue, &mut errors);
    let checked = start.elapsed();
    let tokens = crate::expand::expand(&input, &catalogue);
    errors.finish().expect("the generated enum is valid");
    let expanded = start.elapsed();
    let text = tokens.to_string();
    println!(
        "syn {parsed_syn:?}, parse {:?}, resolve {:?}, check {:?}, expand {:?}; {} bytes out",
        parsed - parsed_syn,
        resolved - parsed,
        checked - resolved,
        expanded - checked,
        text.len()
    );
}
