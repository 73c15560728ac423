//! The UI tests of error-codes: `ui.rs`, run by `cargo test --workspace`.
