#!/usr/bin/env bash
# What the web features cost a crate that does not turn them on
# (BENCHMARKS.md, "Features turned off").
#
# The derive cannot see error-codes' features, so every catalogue's output
# ends with one `__web_impls!` call, which error-codes expands to nothing
# without `axum`, `utoipa` and `utoipa5` (and so will the features to come).
# This measures that call alone: the `cargo check` CPU time of a crate of
# 3,000 such calls against the same crate without them (error-codes with its
# default features), alternated, and prints the cost of one call.
#
#   bash tests/benches/feature_off.sh     # RUNS=7 by default
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
dir="$root/target/feature-off-bench"
runs=${RUNS:-7}
calls=3000
mkdir -p "$dir/src"
cat >"$dir/Cargo.toml" <<TOML
[package]
name = "feature-off-bench"
version = "0.0.0"
edition = "2024"
publish = false

[dependencies]
error-codes = { path = "$root/error-codes" }

[workspace]
TOML

# source N: a crate of N calls, as the derive writes them for `CatalogueN`.
source_of() {
    echo "#![allow(missing_docs)]"
    for n in $(seq "$1"); do
        echo "error_codes::__web_impls! { [] [Catalogue$n] [] }"
    done
}

export CARGO_TARGET_DIR="$dir/target" CARGO_INCREMENTAL=0
check() { (cd "$dir" && cargo check -q 2>"$dir/stderr") || { cat "$dir/stderr"; exit 1; }; }
for n in 0 "$calls"; do source_of "$n" >"$dir/src/lib.rs"; check; done

seconds() {
    source_of "$1" >"$dir/src/lib.rs"
    local TIMEFORMAT='%U + %S'
    { time check; } 2>"$dir/time"
    bc <"$dir/time"
}
median() { sort -n | awk '{ t[NR] = $1 } END { print t[int((NR + 1) / 2)] }'; }

: >"$dir/diff.times"
for _ in $(seq "$runs"); do
    none=$(seconds 0)
    some=$(seconds "$calls")
    echo "$some - $none" | bc >>"$dir/diff.times"
done
cost=$(median <"$dir/diff.times")
echo "$calls calls to __web_impls! with the web features off: $cost s of cargo check CPU time" \
    "(median of $runs alternated differences, from $(sort -n "$dir/diff.times" | head -1)" \
    "to $(sort -n "$dir/diff.times" | tail -1) s): $(echo "scale=1; $cost * 1000000 / $calls" | bc) µs a catalogue"
