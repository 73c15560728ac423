#!/usr/bin/env bash
# The compile-time cost of composition (BENCHMARKS.md, "Composition check").
#
# Generates a crate with three catalogues of 2,000 codes each and measures
# `cargo check` of it twice: composed into one enum with `#[code(transparent)]`
# (merged tables + clash check, evaluated by rustc), and wrapped in a plain
# enum without the derive (no merge, no check). Then checks four catalogues
# of 2,500 codes (10,000 in all) composed, which must build without rustc's
# `long_running_const_eval` lint.
#
#   bash benches/compose_check.sh                # RUNS=7 by default
#   bash benches/compose_check.sh --limit-only   # only the 10,000-code build (CI)
set -euo pipefail
limit_only=no
[ "${1:-}" = --limit-only ] && limit_only=yes
root=$(cd "$(dirname "$0")/../.." && pwd)
dir="$root/target/compose-bench"
runs=${RUNS:-7}
mkdir -p "$dir/src"
cat >"$dir/Cargo.toml" <<TOML
[package]
name = "compose-bench"
version = "0.0.0"
edition = "2024"
publish = false

[dependencies]
error-codes = { path = "$root/error-codes" }

[workspace]
TOML

# catalogue NAME FIRST COUNT STRIDE: an enum of COUNT codes from FIRST,
# STRIDE apart.
catalogue() {
    echo "#[derive(Debug, Clone, Copy, PartialEq, Eq, error_codes::ErrorCatalog)]"
    echo "pub enum $1 {"
    awk -v first="$2" -v count="$3" -v stride="$4" 'BEGIN {
        for (i = 0; i < count; i++)
            printf "    #[code(%d, message = \"Error %d.\")] V%d,\n", first + stride * i, first + stride * i, i
    }'
    echo "}"
}

# source COMPOSED COUNT NAMES...: the catalogues, then the enum over them.
# LAYOUT=blocks puts each catalogue in its own block of codes (as real APIs
# do); LAYOUT=interleaved deals codes round-robin (A 1000000, B 1000001, ...),
# the worst case of the merge.
source_with() {
    local composed=$1 count=$2
    shift 2
    local first=1000000 step=1000000
    [ "${LAYOUT:-blocks}" = interleaved ] && step=1
    for name in "$@"; do
        catalogue "$name" "$first" "$count" "$#"
        first=$((first + step))
    done
    if [ "$composed" = yes ]; then
        echo "#[derive(Debug, error_codes::ErrorCatalog)]"
    else
        echo "#[derive(Debug)]"
    fi
    echo "pub enum All {"
    for name in "$@"; do
        [ "$composed" = yes ] && echo "    #[code(transparent)]"
        echo "    $name($name),"
    done
    echo "}"
}

export CARGO_TARGET_DIR="$dir/target"
# Whole rebuilds of the generated crate, not incremental reuse.
export CARGO_INCREMENTAL=0
check() { (cd "$dir" && cargo check -q 2>"$dir/stderr"); }

# Builds the dependencies once, so that only the generated crate is timed.
source_with no 1 A >"$dir/src/lib.rs"
check

# seconds COMPOSED: the CPU time (user + system, rustc included) of one
# `cargo check` of the 3 x 2,000-code crate. CPU time, not wall time: on a
# shared machine, waiting for a core is noise, not cost.
seconds() {
    source_with "$1" 2000 A B C >"$dir/src/lib.rs"
    local TIMEFORMAT='%U + %S'
    { time check; } 2>"$dir/time"
    bc <"$dir/time"
}

median() { sort -n | awk '{ t[NR] = $1 } END { print t[int((NR + 1) / 2)] }'; }

if [ "$limit_only" = no ]; then
    for LAYOUT in blocks interleaved; do
        export LAYOUT
        # Alternate the two builds, so that drift of a shared machine hits both.
        : >"$dir/without" && : >"$dir/with" && : >"$dir/delta"
        for _ in $(seq "$runs"); do
            without=$(seconds no)
            with=$(seconds yes)
            echo "$without" >>"$dir/without"
            echo "$with" >>"$dir/with"
            echo "$with - $without" | bc >>"$dir/delta"
        done
        echo "cargo check CPU time, 3 x 2,000 codes ($LAYOUT), median of $runs alternated runs:"
        echo "  plain enum over the three catalogues:     $(median <"$dir/without") s"
        echo "  #[code(transparent)] composition + check: $(median <"$dir/with") s"
        echo "  cost of composition (median difference):  $(median <"$dir/delta") s" \
            "(differences from $(sort -n "$dir/delta" | head -1) to $(sort -n "$dir/delta" | tail -1) s)"
    done
fi

# The merged tables are consts evaluated where used: use them all. Codes
# interleaved, the merge's worst case.
export LAYOUT=interleaved
{
    source_with yes 2500 A B C D
    echo "pub const MERGED: [usize; 3] = {"
    echo "    use error_codes::ErrorCatalog;"
    echo "    [All::ENTRIES.len(), All::NAMES.len(), All::CODES.len()]"
    echo "};"
    echo "const _: () = assert!(MERGED[0] == 10_000 && MERGED[1] == 10_000 && MERGED[2] == 10_000);"
} >"$dir/src/lib.rs"
if check && ! grep -q long_running_const_eval "$dir/stderr"; then
    echo "4 x 2,500 codes (10,000) composed: builds, no long_running_const_eval"
else
    cat "$dir/stderr"
    echo "4 x 2,500 codes (10,000) composed: FAILED" >&2
    exit 1
fi
