//! The workspace's root package: it exists to hold the top-level `examples/`
//! and `tests/` of error-codes (`cargo run --example quickstart`,
//! `cargo test --workspace --all-features`). The library is `error-codes/`.
