//! The workspace's root package: it exists to hold the top-level `examples/`
//! of error-codes (`cargo run --example quickstart`). The library is
//! `error-codes/`; the tests and benchmarks are `suite/`.
