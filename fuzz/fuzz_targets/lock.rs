//! The lock-file reader on arbitrary text: an error naming a line, or a
//! lock that renders to text that reads back as the same lock; comparing
//! it with a catalogue never panics.
#![no_main]

use error_codes::catalogues::fresns::FresnsError;
use error_codes::lock::{Lock, compare};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    match Lock::parse(text) {
        Ok(lock) => {
            let rendered = lock.render("Fuzzed");
            let again = Lock::parse(&rendered).expect("a rendered lock reads back");
            assert_eq!(again, lock, "{rendered}");
            let current = Lock::of::<FresnsError>();
            for problem in compare(&lock, &current)
                .iter()
                .chain(&compare(&current, &lock))
            {
                let _ = problem.to_string();
            }
        }
        Err(error) => {
            // Lines end in `\n`, `\r\n` or a lone `\r`.
            let lines = text.replace("\r\n", "\n").split(['\n', '\r']).count();
            assert!(error.line >= 1 && error.line <= lines.max(1));
            let _ = error.to_string();
        }
    }
});
