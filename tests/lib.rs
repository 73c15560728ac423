//! The tests and benchmarks of the error-codes workspace
//! (`cargo test --workspace --all-features`, `cargo bench -p error-codes-tests`).
//! The library is `error-codes/`; the examples are the root package's.

#[cfg(test)]
mod tests {
    /// Cargo finds no test file in this folder by itself (a package's
    /// tests would be `tests/tests/`): each is a `[[test]]` of Cargo.toml,
    /// and none is forgotten.
    #[test]
    fn every_test_file_is_declared() {
        let folder = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
        let manifest = std::fs::read_to_string(folder.join("Cargo.toml")).unwrap();
        let mut files: Vec<String> = std::fs::read_dir(folder)
            .unwrap()
            .map(|entry| entry.unwrap().file_name().into_string().unwrap())
            .filter(|name| name.ends_with(".rs") && name != "lib.rs" && name != "build.rs")
            .collect();
        files.sort();
        assert!(files.len() > 20, "{files:?}");
        for file in files {
            let declared = format!("path = \"{file}\"");
            assert!(
                manifest.contains(&declared),
                "{file} is no [[test]] of tests/Cargo.toml"
            );
        }
    }
}
