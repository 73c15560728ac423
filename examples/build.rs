//! With the `grpc` feature, generates the service of `grpc_shop.rs` from
//! `proto/shop.proto`, with the `protoc` of `protoc-bin-vendored` (nothing
//! to install). Without it, nothing.

fn main() {
    println!("cargo::rerun-if-changed=build.rs");
    #[cfg(feature = "grpc")]
    {
        println!("cargo::rerun-if-changed=proto/shop.proto");
        let mut config = tonic_prost_build::Config::new();
        config.protoc_executable(protoc_bin_vendored::protoc_bin_path().unwrap());
        tonic_prost_build::configure()
            .compile_with_config(config, &["proto/shop.proto"], &["proto"])
            .unwrap();
    }
}
