//! `error_codes::lock`: each test writes the lock of a first version of a
//! catalogue into a temporary directory, then checks a later version
//! against it. `ERROR_CODES_BLESS=1` rewrites the snapshot of the failure
//! message (`tests/snapshots/lock_failure.txt`), which the guide quotes (`error_codes::guide::stability`).

use std::path::PathBuf;

use error_codes::ErrorCatalog;
use error_codes::lock::{self, Lock, Problem};

/// The catalogue as published.
mod v1 {
    #[derive(Debug, error_codes::ErrorCatalog)]
    #[catalog(
        module(name = "auth", ranges(40100..=40199), http = 401),
        module(name = "billing", ranges(50000..=50999), http = 402)
    )]
    pub enum ApiError {
        #[code(0, success, message = "ok")]
        Ok,
        /// Login again.
        #[code(40101)]
        Unauthorized,
        /// Token expired.
        #[code(40102)]
        TokenExpired,
        /// Card declined.
        #[code(50001)]
        CardDeclined,
    }
}

/// 40102 deleted.
mod removed {
    #[derive(Debug, error_codes::ErrorCatalog)]
    #[catalog(
        module(name = "auth", ranges(40100..=40199), http = 401),
        module(name = "billing", ranges(50000..=50999), http = 402)
    )]
    pub enum ApiError {
        #[code(0, success, message = "ok")]
        Ok,
        /// Login again.
        #[code(40101)]
        Unauthorized,
        /// Card declined.
        #[code(50001)]
        CardDeclined,
    }
}

/// 40102 deleted and retired.
mod retired {
    #[derive(Debug, error_codes::ErrorCatalog)]
    #[catalog(
        module(name = "auth", ranges(40100..=40199), http = 401),
        module(name = "billing", ranges(50000..=50999), http = 402),
        retired(40102)
    )]
    pub enum ApiError {
        #[code(0, success, message = "ok")]
        Ok,
        /// Login again.
        #[code(40101)]
        Unauthorized,
        /// Card declined.
        #[code(50001)]
        CardDeclined,
    }
}

/// 40102 answers 403 now; 50001 reworded.
mod changed {
    #[derive(Debug, error_codes::ErrorCatalog)]
    #[catalog(
        module(name = "auth", ranges(40100..=40199), http = 401),
        module(name = "billing", ranges(50000..=50999), http = 402)
    )]
    pub enum ApiError {
        #[code(0, success, message = "ok")]
        Ok,
        /// Login again.
        #[code(40101)]
        Unauthorized,
        /// Token expired.
        #[code(40102, http = 403)]
        TokenExpired,
        /// The card was declined.
        #[code(50001)]
        CardDeclined,
    }
}

/// A new code, 40103.
mod added {
    #[derive(Debug, error_codes::ErrorCatalog)]
    #[catalog(
        module(name = "auth", ranges(40100..=40199), http = 401),
        module(name = "billing", ranges(50000..=50999), http = 402)
    )]
    pub enum ApiError {
        #[code(0, success, message = "ok")]
        Ok,
        /// Login again.
        #[code(40101)]
        Unauthorized,
        /// Token expired.
        #[code(40102)]
        TokenExpired,
        /// Token revoked.
        #[code(40103)]
        TokenRevoked,
        /// Card declined.
        #[code(50001)]
        CardDeclined,
    }
}

/// 40101 removed; 40102 moved to module billing; a new code; a rewording.
mod broken {
    #[derive(Debug, error_codes::ErrorCatalog)]
    #[catalog(
        module(name = "auth", ranges(40100..=40199), http = 401),
        module(name = "billing", ranges(40102, 50000..=50999), http = 402)
    )]
    pub enum ApiError {
        #[code(0, success, message = "ok")]
        Ok,
        /// Token expired.
        #[code(40102, module = "billing", http = 401)]
        TokenExpired,
        /// Token revoked.
        #[code(40103)]
        TokenRevoked,
        /// The card was declined.
        #[code(50001)]
        CardDeclined,
    }
}

/// 40101 declares the gRPC code its status gave (`UNAUTHENTICATED`), 40102
/// another.
mod grpc {
    #[derive(Debug, error_codes::ErrorCatalog)]
    #[catalog(
        module(name = "auth", ranges(40100..=40199), http = 401),
        module(name = "billing", ranges(50000..=50999), http = 402)
    )]
    pub enum ApiError {
        #[code(0, success, message = "ok")]
        Ok,
        /// Login again.
        #[code(40101, grpc = "UNAUTHENTICATED")]
        Unauthorized,
        /// Token expired.
        #[code(40102, grpc = "FAILED_PRECONDITION")]
        TokenExpired,
        /// Card declined.
        #[code(50001)]
        CardDeclined,
    }
}

/// A fresh directory under cargo's temporary directory for tests.
fn temp_lock(test: &str) -> PathBuf {
    let dir = PathBuf::from(env!("CARGO_TARGET_TMPDIR"))
        .join("locks")
        .join(test);
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    dir.join("errors.lock")
}

/// The lock of the first version, written by an update.
fn locked_v1(test: &str) -> PathBuf {
    let path = temp_lock(test);
    let report = lock::update::<v1::ApiError>(&path).unwrap();
    assert!(report.written);
    path
}

fn failure_text<C: ErrorCatalog>(path: &PathBuf) -> String {
    let failure = lock::verify::<C>(path).unwrap_err();
    // The message names the path as the caller gave it; the guide's
    // caller gives `errors.lock`.
    let dir = format!("{}/", path.parent().unwrap().display());
    failure.to_string().replace(&dir, "")
}

#[test]
fn the_same_catalogue_passes() {
    let path = locked_v1("same");
    let report = lock::verify::<v1::ApiError>(&path).unwrap();
    assert!(report.notes.is_empty());
    assert!(!report.written);
}

#[test]
fn a_removed_code_fails_naming_it() {
    let path = locked_v1("removed");
    let failure = lock::verify::<removed::ApiError>(&path).unwrap_err();
    assert_eq!(
        failure.problems,
        [Problem::Removed {
            code: 40102,
            symbol: "TOKEN_EXPIRED".into()
        }]
    );
    assert!(
        failure
            .to_string()
            .contains("code 40102 (TOKEN_EXPIRED) is no longer declared")
    );
    // An update refuses it too, and leaves the lock as it was.
    let before = std::fs::read_to_string(&path).unwrap();
    assert!(lock::update::<removed::ApiError>(&path).is_err());
    assert_eq!(std::fs::read_to_string(&path).unwrap(), before);
}

#[test]
fn retiring_it_fails_until_an_update_records_it() {
    let path = locked_v1("retired");
    // Like a new code: the check fails until the lock records it.
    let failure = lock::verify::<retired::ApiError>(&path).unwrap_err();
    assert_eq!(failure.problems, [Problem::Retired { code: 40102 }]);
    assert!(failure.to_string().contains("ERROR_CODES_LOCK=update"));
    let report = lock::update::<retired::ApiError>(&path).unwrap();
    assert!(report.notes.contains(&Problem::Retired { code: 40102 }));
    lock::verify::<retired::ApiError>(&path).unwrap();
    let text = std::fs::read_to_string(&path).unwrap();
    assert!(text.contains("\nretired 40102\n"));
    assert!(!text.contains("code 40102 "));
    // Declared again later: a failure, naming the code.
    let failure = lock::verify::<v1::ApiError>(&path).unwrap_err();
    assert_eq!(
        failure.problems,
        [Problem::Redeclared {
            code: 40102,
            symbol: "TOKEN_EXPIRED".into()
        }]
    );
    // No longer retired, nor declared: a failure too.
    let failure = lock::verify::<removed::ApiError>(&path).unwrap_err();
    assert_eq!(failure.problems, [Problem::Unretired { code: 40102 }]);
}

#[test]
fn a_changed_status_fails_and_a_reworded_message_does_not() {
    let path = locked_v1("changed");
    let failure = lock::verify::<changed::ApiError>(&path).unwrap_err();
    assert_eq!(
        failure.problems,
        [Problem::HttpChanged {
            code: 40102,
            was: Some(401),
            now: Some(403)
        }]
    );
    assert_eq!(
        failure.notes,
        [Problem::MessageChanged {
            code: 50001,
            was: "Card declined.".into(),
            now: "The card was declined.".into()
        }]
    );
}

#[test]
fn a_changed_grpc_code_fails_and_declaring_the_same_one_does_not() {
    let path = locked_v1("grpc");
    let failure = lock::verify::<grpc::ApiError>(&path).unwrap_err();
    assert_eq!(
        failure.problems,
        [Problem::GrpcChanged {
            code: 40102,
            was: error_codes::grpc::GrpcCode::Unauthenticated,
            now: error_codes::grpc::GrpcCode::FailedPrecondition,
        }]
    );
    // Declared codes are recorded, and read back.
    let text = Lock::of::<grpc::ApiError>().render("ApiError");
    assert!(text.contains("code 40101 http=401 grpc=UNAUTHENTICATED module=\"auth\""));
    assert!(text.contains("code 40102 http=401 grpc=FAILED_PRECONDITION module=\"auth\""));
    assert!(text.contains("code 50001 http=402 module=\"billing\""));
    let read = Lock::parse(&text).unwrap();
    assert_eq!(read, Lock::of::<grpc::ApiError>());
}

#[test]
fn a_new_code_passes_only_after_an_update() {
    let path = locked_v1("added");
    let failure = lock::verify::<added::ApiError>(&path).unwrap_err();
    assert_eq!(
        failure.problems,
        [Problem::Added {
            code: 40103,
            symbol: "TOKEN_REVOKED".into()
        }]
    );
    let report = lock::update::<added::ApiError>(&path).unwrap();
    assert!(report.written);
    assert_eq!(lock::verify::<added::ApiError>(&path).unwrap().notes, []);
}

#[test]
fn a_missing_lock_fails_with_the_instruction() {
    let path = temp_lock("missing");
    let failure = lock::verify::<v1::ApiError>(&path).unwrap_err();
    let text = failure.to_string();
    assert!(text.contains("does not exist: run the tests once with ERROR_CODES_LOCK=update"));
    assert!(!path.exists());
}

#[test]
#[should_panic(expected = "code 40102 changed its HTTP status from 401 to 403")]
fn check_panics_with_the_message() {
    let path = locked_v1("panics");
    lock::check::<changed::ApiError>(&path);
}

/// The message of a lock check that fails for several reasons, as the
/// guide shows it.
#[test]
fn the_message_is_readable() {
    let path = locked_v1("snapshot");
    let text = failure_text::<broken::ApiError>(&path);
    let snapshot = concat!(env!("CARGO_MANIFEST_DIR"), "/snapshots/lock_failure.txt");
    if std::env::var_os("ERROR_CODES_BLESS").is_some() {
        std::fs::write(snapshot, &text).unwrap();
    }
    let expected = std::fs::read_to_string(snapshot).unwrap();
    assert_eq!(text, expected, "ERROR_CODES_BLESS=1 rewrites the snapshot");
    let guide = include_str!("../error-codes/src/guide/stability.md");
    let indented: String = expected.lines().map(|line| format!("{line}\n")).collect();
    assert!(
        guide.contains(&indented),
        "the guide's \"Keeping codes stable\" quotes tests/snapshots/lock_failure.txt"
    );
}

#[test]
fn a_lock_reads_back_what_it_wrote() {
    let lock = Lock::of::<broken::ApiError>();
    let text = lock.render("ApiError");
    assert_eq!(Lock::parse(&text).unwrap(), lock);
    let tricky = "code 7 symbol=\"A B\" message=\"say \\\"hi\\\"\\nthen go\" later=\"x\"\n";
    let parsed = Lock::parse(tricky).unwrap();
    assert_eq!(parsed.codes[0].message, "say \"hi\"\nthen go");
    assert_eq!(parsed.codes[0].symbol, "A B");
}

#[test]
fn a_malformed_lock_names_its_line() {
    for (text, line, reason) in [
        ("# ok\nbogus\n", 2, "expected `code N"),
        (
            "code x symbol=\"A\" message=\"a\"\n",
            1,
            "`x` is not a code",
        ),
        (
            "code 1 symbol=\"A\" message=\"a\n",
            1,
            "not a closed JSON string",
        ),
        (
            "code 1 http=99 symbol=\"A\" message=\"a\"\n",
            1,
            "100..=599",
        ),
        ("code 1 message=\"a\"\n", 1, "lacks its `symbol`"),
        ("retired 9..=3\n", 1, "start is greater"),
        (
            "code 1 symbol=\"A\" message=\"a\"\n\ncode 1 symbol=\"B\" message=\"b\"\n",
            3,
            "locked twice",
        ),
        // How answers are read is recorded once, and always with the success.
        (
            "success 0\nsuccess 1\n",
            2,
            "a second `success` line (the first is line 1)",
        ),
        (
            "success 0\nenvelope a\nenvelope b\n",
            3,
            "a second `envelope` line (the first is line 2)",
        ),
        (
            "success 0\nrejection malformed-body 1\nrejection malformed-body 2\n",
            3,
            "a second `rejection malformed-body` line",
        ),
        (
            "# a lock\nenvelope code=\"code\"\n",
            2,
            "has no `success` line",
        ),
        // Integers as the lock writes them.
        (
            "code +401 symbol=\"A\" message=\"a\"\n",
            1,
            "`+401` is not a code",
        ),
        (
            "code 0401 symbol=\"A\" message=\"a\"\n",
            1,
            "`0401` is not a code",
        ),
        (
            "code 1 http=0401 symbol=\"A\" message=\"a\"\n",
            1,
            "100..=599",
        ),
        ("success +0\n", 1, "`+0` is not a success code"),
        (
            "success 0\nrejection content-type 0415\n",
            2,
            "expected `rejection KIND CODE`",
        ),
        ("retired 01..=3\n", 1, "`01` is not a code"),
    ] {
        let error = Lock::parse(text).unwrap_err();
        assert_eq!(error.line, line, "{text:?}");
        assert!(error.reason.contains(reason), "{text:?}: {error}");
    }
}

/// Line endings of any platform and a byte order mark read as the lock
/// they carry; a key given twice on a line is refused, naming it.
#[test]
fn odd_line_endings_and_a_bom_read_and_a_repeated_key_is_refused() {
    let lf = "# a lock\ncode 40101 http=401 symbol=\"A\" message=\"a\"\nretired 7\n";
    let expected = lock::Lock::parse(lf).unwrap();
    assert_eq!(expected.codes.len(), 1);
    for text in [
        lf.replace('\n', "\r"),
        lf.replace('\n', "\r\n"),
        format!("\u{feff}{lf}"),
    ] {
        assert_eq!(lock::Lock::parse(&text).unwrap(), expected, "{text:?}");
    }
    let twice = "code 40101 http=500 http=401 symbol=\"A\" message=\"a\"\n";
    let error = lock::Lock::parse(twice).unwrap_err();
    assert_eq!(error.line, 1);
    assert!(error.reason.contains("`http` is given twice"), "{error}");
}

/// A code retired now that was never locked fails the check like a new one.
#[test]
fn a_code_retired_before_it_was_locked_fails_until_recorded() {
    let locked = lock::Lock::parse("code 1 symbol=\"A\" message=\"a\"\n").unwrap();
    let mut current = locked.clone();
    current
        .retired
        .push(error_codes::CodeRange { start: 5, end: 6 });
    assert_eq!(
        lock::compare(&locked, &current),
        [Problem::Retired { code: 5 }]
    );
    assert!(lock::compare(&current, &current).is_empty());
}

/// How answers are read is locked: the success code (moved, or none for
/// an errors-only catalogue), the envelope's field names, the rejections.
mod wire {
    use error_codes::ErrorCatalog;

    pub mod v1 {
        use super::ErrorCatalog;
        #[derive(Debug, ErrorCatalog)]
        pub enum ApiError {
            #[code(0, success, message = "ok")]
            Ok,
            /// Busy.
            #[code(1, rejection = "malformed-body")]
            Busy,
        }
    }

    pub mod moved_success {
        use super::ErrorCatalog;
        #[derive(Debug, ErrorCatalog)]
        pub enum ApiError {
            #[code(0, message = "ok")]
            Ok,
            /// Busy.
            #[code(1, rejection = "malformed-body")]
            Busy,
            #[code(2, success, message = "done")]
            Done,
        }
    }

    pub mod renamed {
        use super::ErrorCatalog;
        #[derive(Debug, ErrorCatalog)]
        #[catalog(envelope(code = "errcode", message = "errmsg"))]
        pub enum ApiError {
            #[code(0, success, message = "ok")]
            Ok,
            /// Busy.
            #[code(1, rejection = "malformed-body")]
            Busy,
        }
    }

    pub mod errors_only {
        use super::ErrorCatalog;
        #[derive(Debug, ErrorCatalog)]
        #[catalog(errors_only)]
        pub enum ApiError {
            /// ok
            #[code(0)]
            Ok,
            /// Busy.
            #[code(1, rejection = "malformed-body")]
            Busy,
        }
    }

    pub mod two_kinds {
        use super::ErrorCatalog;
        #[derive(Debug, ErrorCatalog)]
        pub enum ApiError {
            #[code(0, success, message = "ok")]
            Ok,
            /// Busy.
            #[code(1, rejection("malformed-body", "body-too-large"))]
            Busy,
        }
    }

    pub mod other_rejection {
        use super::ErrorCatalog;
        #[derive(Debug, ErrorCatalog)]
        pub enum ApiError {
            #[code(0, success, message = "ok")]
            Ok,
            /// Busy.
            #[code(1, rejection = "content-type")]
            Busy,
        }
    }
}

#[test]
fn the_success_code_the_envelope_and_the_rejections_are_locked() {
    use error_codes::lock::Lock;
    let locked = Lock::of::<wire::v1::ApiError>();
    let text = locked.render("ApiError");
    assert!(text.contains("\nsuccess 0\n"), "{text}");
    assert!(
        text.contains("\nenvelope code=\"code\" message=\"message\" data=\"data\" null-data\n"),
        "{text}"
    );
    assert!(text.contains("\nrejection malformed-body 1\n"), "{text}");
    assert_eq!(Lock::parse(&text).unwrap(), locked);
    let breaks = |current: Lock| {
        let problems = lock::compare(&locked, &current);
        assert!(problems.iter().any(Problem::breaks), "{problems:?}");
        problems
    };
    let moved = breaks(Lock::of::<wire::moved_success::ApiError>());
    assert_eq!(
        moved[0],
        Problem::SuccessChanged {
            was: Some(0),
            now: Some(2)
        }
    );
    let renamed = breaks(Lock::of::<wire::renamed::ApiError>());
    assert!(
        matches!(&renamed[0], Problem::EnvelopeChanged { .. }),
        "{renamed:?}"
    );
    let errors_only = Lock::of::<wire::errors_only::ApiError>();
    assert!(errors_only.render("ApiError").contains("\nsuccess none\n"));
    let problems = lock::compare(&locked, &errors_only);
    assert_eq!(
        problems[0],
        Problem::SuccessChanged {
            was: Some(0),
            now: None
        }
    );
    let other = breaks(Lock::of::<wire::other_rejection::ApiError>());
    assert!(other.iter().any(|p| matches!(
        p,
        Problem::RejectionChanged {
            was: Some(1),
            now: None,
            ..
        }
    )));
    // One code for two kinds: a line each; marking a new kind is recorded
    // by an update, not a break.
    let two = Lock::of::<wire::two_kinds::ApiError>();
    let text = two.render("ApiError");
    assert!(
        text.contains("\nrejection body-too-large 1\nrejection malformed-body 1\n"),
        "{text}"
    );
    let problems = lock::compare(&locked, &two);
    assert!(!problems.iter().any(Problem::breaks), "{problems:?}");
    assert!(problems.iter().any(Problem::is_new), "{problems:?}");
    // A lock written before the wire was recorded fails until updated.
    let old = Lock {
        wire: None,
        ..locked.clone()
    };
    assert_eq!(lock::compare(&old, &locked), [Problem::WireUnrecorded]);
    assert!(Problem::WireUnrecorded.is_new());
}

#[test]
fn a_generated_file_is_checked_like_a_lock() {
    let path = temp_lock("generated").with_file_name("errors.ts");
    let module = error_codes::docs::typescript::<v1::ApiError>();
    let _ = std::fs::remove_file(&path);
    let message = error_codes::docs::verify_generated(&path, &module).unwrap_err();
    assert!(message.contains("errors.ts does not exist"), "{message}");
    std::fs::write(&path, module.replace("40102", "40199")).unwrap();
    let message = error_codes::docs::verify_generated(&path, &module).unwrap_err();
    let line = 1 + module
        .lines()
        .position(|line| line.contains("40102"))
        .unwrap();
    assert!(
        message.contains(&format!("differs from line {line})")),
        "{message}"
    );
    assert!(message.contains("ERROR_CODES_LOCK=update"), "{message}");
    std::fs::write(&path, &module).unwrap();
    assert_eq!(error_codes::docs::verify_generated(&path, &module), Ok(()));
}

/// A checkout with `core.autocrlf` holds the same text with CRLF: current.
/// A file with a line more, or one less, says so, naming a line it has.
#[test]
fn a_generated_file_with_other_line_endings_is_current_and_a_longer_one_says_so() {
    let path = temp_lock("generated-crlf").with_file_name("errors.ts");
    let module = error_codes::docs::typescript::<v1::ApiError>();
    std::fs::write(&path, module.replace('\n', "\r\n")).unwrap();
    assert_eq!(error_codes::docs::verify_generated(&path, &module), Ok(()));
    let lines = module.lines().count();
    std::fs::write(&path, format!("{module}// more\n")).unwrap();
    let message = error_codes::docs::verify_generated(&path, &module).unwrap_err();
    assert!(
        message.contains(&format!("it has more lines, from line {}", lines + 1)),
        "{message}"
    );
    let shorter: String = module
        .lines()
        .take(lines - 1)
        .map(|line| format!("{line}\n"))
        .collect();
    std::fs::write(&path, shorter).unwrap();
    let message = error_codes::docs::verify_generated(&path, &module).unwrap_err();
    assert!(
        message.contains(&format!("it ends before line {lines}")),
        "{message}"
    );
    std::fs::write(&path, module.trim_end()).unwrap();
    let message = error_codes::docs::verify_generated(&path, &module).unwrap_err();
    assert!(
        message.contains("only its final line break differs"),
        "{message}"
    );
}

/// What gRPC clients match on, and each data variant's fields, as published.
mod grpc_v1 {
    #[derive(Debug, error_codes::ErrorCatalog)]
    pub enum Orders {
        /// No such order.
        #[code(1, grpc = "NOT_FOUND")]
        NotFound,
        /// Slow down.
        #[code(2, data)]
        Throttled {
            retry_after: u32,
            note: Option<String>,
        },
    }
}

/// A symbol renamed, another domain, a field retyped, one removed and one
/// required added: each breaks an old client.
mod grpc_broken {
    #[derive(Debug, error_codes::ErrorCatalog)]
    #[catalog(domain = "orders.example.com")]
    pub enum Orders {
        /// No such order.
        #[code(1, grpc = "NOT_FOUND", symbol = "ORDER_NOT_FOUND")]
        NotFound,
        /// Slow down.
        #[code(2, data)]
        Throttled { retry_after: String, limit: u32 },
    }
}

/// Only an optional field added: new to the lock, not a break.
mod grpc_optional {
    #[derive(Debug, error_codes::ErrorCatalog)]
    pub enum Orders {
        /// No such order.
        #[code(1, grpc = "NOT_FOUND")]
        NotFound,
        /// Slow down.
        #[code(2, data)]
        Throttled {
            retry_after: u32,
            note: Option<String>,
            hint: Option<String>,
        },
    }
}

/// The catalogue renamed (`name = "..."`, no `domain`): its domain moves.
mod grpc_renamed {
    #[derive(Debug, error_codes::ErrorCatalog)]
    #[catalog(name = "OrderErrors")]
    pub enum Orders {
        /// No such order.
        #[code(1, grpc = "NOT_FOUND")]
        NotFound,
        /// Slow down.
        #[code(2, data)]
        Throttled {
            retry_after: u32,
            note: Option<String>,
        },
    }
}

#[test]
fn what_grpc_clients_match_on_and_the_data_fields_are_locked() {
    let locked = Lock::of::<grpc_v1::Orders>();
    let text = locked.render("Orders");
    assert!(text.contains("domain \"Orders\"\n"), "{text}");
    assert!(
        text.contains("data=\"retry_after:int64,note:string?\""),
        "{text}"
    );
    assert_eq!(Lock::parse(&text).unwrap(), locked);

    let problems = lock::compare(&locked, &Lock::of::<grpc_broken::Orders>());
    let shown: Vec<String> = problems.iter().map(ToString::to_string).collect();
    let mut notes = problems.iter().filter(|problem| !problem.breaks());
    assert!(
        notes.all(|problem| matches!(problem, Problem::SymbolChanged { .. })),
        "{shown:#?}"
    );
    assert!(
        problems.contains(&Problem::DomainChanged {
            code: None,
            was: "Orders".into(),
            now: "orders.example.com".into()
        }),
        "{shown:#?}"
    );
    assert!(
        problems.contains(&Problem::ReasonChanged {
            code: 1,
            was: "NOT_FOUND".into(),
            now: "ORDER_NOT_FOUND".into()
        }),
        "{shown:#?}"
    );
    let retyped = Problem::DataFieldChanged {
        code: 2,
        field: "retry_after".into(),
        was: "int64".into(),
        now: "string".into(),
    };
    assert!(problems.contains(&retyped), "{shown:#?}");
    let removed = Problem::DataFieldRemoved {
        code: 2,
        field: "note".into(),
    };
    assert!(problems.contains(&removed), "{shown:#?}");
    let added = Problem::DataFieldAdded {
        code: 2,
        field: "limit".into(),
        shape: "int64".into(),
    };
    assert!(problems.contains(&added), "{shown:#?}");

    let problems = lock::compare(&locked, &Lock::of::<grpc_optional::Orders>());
    assert_eq!(
        problems,
        [Problem::DataFieldAdded {
            code: 2,
            field: "hint".into(),
            shape: "string?".into()
        }]
    );
    assert!(!problems[0].breaks() && problems[0].is_new());

    let problems = lock::compare(&locked, &Lock::of::<grpc_renamed::Orders>());
    let renamed = Problem::DomainChanged {
        code: None,
        was: "Orders".into(),
        now: "OrderErrors".into(),
    };
    assert_eq!(problems, [renamed]);
}

/// A lock written before the domain was recorded asks for an update, and
/// the update records it.
#[test]
fn a_lock_without_the_domain_asks_for_an_update() {
    let path = temp_lock("no-domain");
    let text = Lock::of::<grpc_v1::Orders>().render("Orders");
    let old: String = text
        .lines()
        .filter(|line| !line.starts_with("domain "))
        .map(|line| format!("{line}\n"))
        .collect();
    let old = old.replace(" data=\"retry_after:int64,note:string?\"", "");
    std::fs::write(&path, old).unwrap();
    let failure = lock::verify::<grpc_v1::Orders>(&path).unwrap_err();
    assert_eq!(failure.problems, [Problem::GrpcUnrecorded], "{failure}");
    lock::update::<grpc_v1::Orders>(&path).unwrap();
    assert_eq!(std::fs::read_to_string(&path).unwrap(), text);
}

/// An update run writes a generated file (here the TypeScript module) only
/// behind a lock that passes: chained on the lock's report, a breaking
/// change stops the run before the file is touched; a passing update
/// writes it, and a plain check then finds it current.
#[test]
fn generated_files_are_written_only_behind_a_passing_lock() {
    let path = locked_v1("generated");
    let module = path.with_file_name("errors.ts");
    let typescript = error_codes::docs::typescript::<v1::ApiError>;
    lock::update::<v1::ApiError>(&path)
        .unwrap()
        .check_generated(&module, &typescript());
    assert_eq!(std::fs::read_to_string(&module).unwrap(), typescript());

    // A removed code breaks the lock: the update fails, no report, and the
    // module still says what the lock says.
    let broken = lock::update::<removed::ApiError>(&path);
    assert!(broken.is_err());
    let written = broken.map(|report| {
        report.check_generated(
            &module,
            &error_codes::docs::typescript::<removed::ApiError>(),
        );
    });
    assert!(written.is_err());
    assert_eq!(std::fs::read_to_string(&module).unwrap(), typescript());

    // Without the update, the report checks the file and writes nothing.
    let verified = lock::verify::<v1::ApiError>(&path).unwrap();
    assert!(!verified.written);
    verified.check_generated(&module, &typescript());
    let stale = std::panic::catch_unwind(|| {
        verified.check_generated(
            &module,
            &error_codes::docs::typescript::<removed::ApiError>(),
        );
    });
    assert!(stale.is_err());
    assert_eq!(std::fs::read_to_string(&module).unwrap(), typescript());
}
