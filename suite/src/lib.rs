//! The tests and benchmarks of the error-codes workspace
//! (`cargo test --workspace --all-features`, `cargo bench -p error-codes-suite`).
//! The library is `error-codes/`; the examples are the root package's.
