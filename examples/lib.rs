//! The examples' package: it exists to hold `examples/` of error-codes
//! (`cargo run --example quickstart` from the top level). The library is
//! `error-codes/`; the tests and benchmarks are `tests/`.
