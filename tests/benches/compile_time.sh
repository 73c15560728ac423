#!/usr/bin/env bash
# The compile-time cost of the derive against other derives (BENCHMARKS.md,
# "Compile time").
#
# Generates one crate and swaps in the same 2,000-variant enum (codes
# clustered like real catalogues: modules 1,000 apart, groups of 8-30
# consecutive codes 100 apart, a message each), declared five ways:
#
#   plain      derive(Debug, Clone, Copy, PartialEq, Eq, Hash), `Vn = code`
#   derive     the same + error_codes::ErrorCatalog, `#[code(code, message = "...")]`
#   num_enum   the same + num_enum::TryFromPrimitive, `#[repr(i64)]`, `Vn = code`
#   strum      the same + strum FromRepr, EnumMessage, IntoStaticStr, `#[strum(message)]`
#   thiserror  the same + thiserror::Error, `#[error("...")]`
#   locales    derive + `#[catalog(locales = "locales")]`: every message
#              also in two languages (`locales/fr.toml`, `locales/zh-CN.toml`)
#   languages5 derive + five languages (`locales5/`), every 50th message
#              with escapes (`\"`, `\u00e9`), every 70th over lines
#              (`"""`), every 90th a literal string (`'...'`), a comment
#              every 100 lines
#
# (`locales` and `languages5` are not in the default set: `KINDS="plain
# derive locales"`; `VARIANTS=10000` for a larger enum.)
#
# and measures the CPU time (user + system, rustc included) of `cargo check`
# of each, alternating the five in every round, then prints medians and the
# ratio to `plain`.
#
#   bash benches/compile_time.sh          # RUNS=9 rounds by default
#   KINDS="plain derive" bash benches/compile_time.sh
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
dir="$root/target/compile-bench"
runs=${RUNS:-9}
kinds=${KINDS:-plain derive num_enum strum thiserror}
mkdir -p "$dir/src"
cat >"$dir/Cargo.toml" <<TOML
[package]
name = "compile-bench"
version = "0.0.0"
edition = "2024"
publish = false

[dependencies]
error-codes = { path = "$root/error-codes" }
num_enum = "0.7"
strum = { version = "0.27", features = ["derive"] }
thiserror = "2"

[workspace]
TOML

# The codes, one per line: the first $VARIANTS (2,000 by default) of up to
# 100 modules of 10 groups.
variants=${VARIANTS:-2000}
codes() {
    awk -v count="$variants" 'BEGIN {
        for (module = 0; module < 100; module++)
            for (group = 0; group < 10; group++) {
                size = 8 + (module * 7 + group * 3) % 23
                for (i = 0; i < size; i++)
                    if (n++ < count) print 10000 + module * 1000 + group * 100 + i
            }
    }'
}

# source KIND: the enum declared the KIND way.
source_of() {
    local derives="Debug, Clone, Copy, PartialEq, Eq, Hash" repr="" variant
    case $1 in
    plain) repr="#[repr(i64)]" variant='    V@I = @C,' ;;
    derive) derives+=", error_codes::ErrorCatalog"
        variant='    #[code(@C, message = "Error @C.")] V@I,' ;;
    num_enum) derives+=", num_enum::TryFromPrimitive" repr="#[repr(i64)]"
        variant='    V@I = @C,' ;;
    strum) derives+=", strum::FromRepr, strum::EnumMessage, strum::IntoStaticStr"
        repr="#[repr(i64)]" variant='    #[strum(message = "Error @C.")] V@I = @C,' ;;
    thiserror) derives+=", thiserror::Error"
        variant='    #[error("Error @C.")] V@I,' ;;
    locales) derives+=", error_codes::ErrorCatalog"
        repr='#[catalog(locales = "locales")]'
        variant='    #[code(@C, message = "Error @C.")] V@I,' ;;
    languages5) derives+=", error_codes::ErrorCatalog"
        repr='#[catalog(locales = "locales5")]'
        variant='    #[code(@C, message = "Error @C.")] V@I,' ;;
    esac
    echo "//! A generated 2,000-variant enum ($1)."
    echo "#![allow(missing_docs)]"
    echo "#[derive($derives)]"
    echo "$repr"
    echo "pub enum Codes {"
    # @I is the variant's index, @C its code.
    codes | awk -v t="$variant" '{ line = t; gsub(/@I/, NR - 1, line); gsub(/@C/, $1, line); print line }'
    echo "}"
}

# The translations of `locales`: a message of each code in each language.
mkdir -p "$dir/locales"
codes | awk '{ print $1 " = \"Erreur " $1 ".\"" }' >"$dir/locales/fr.toml"
codes | awk '{ print $1 " = \"错误 " $1 "。\"" }' >"$dir/locales/zh-CN.toml"
# `languages5`: five languages, every 50th message with escaped quotes and
# a `\u` escape, every 70th a multi-line string, every 90th a literal
# string, a comment every 100 lines, as real files have them.
mkdir -p "$dir/locales5"
for language in fr de ja zh-Hans zh-Hant; do
    codes | awk -v l="$language" -v q="'" '{
        if (NR % 100 == 0) print "# " l ": the next hundred"
        if (NR % 50 == 0) print $1 " = \"" l " \\\"" $1 "\\\" \\u00e9\""
        else if (NR % 70 == 0) print $1 " = \"\"\"\n" l "\n" $1 ".\"\"\""
        else if (NR % 90 == 0) print $1 " = " q l " " $1 "." q
        else print $1 " = \"" l " " $1 ".\""
    }' >"$dir/locales5/$language.toml"
done

export CARGO_TARGET_DIR="$dir/target"
# Whole rebuilds of the generated crate, not incremental reuse.
export CARGO_INCREMENTAL=0
check() { (cd "$dir" && cargo check -q 2>"$dir/stderr") || { cat "$dir/stderr"; exit 1; }; }

# Builds the dependencies once (and checks every kind compiles), so that only
# the generated crate is timed.
for kind in $kinds; do
    source_of "$kind" >"$dir/src/lib.rs"
    check
done

# seconds KIND: the CPU time of one `cargo check` of the KIND crate.
seconds() {
    source_of "$1" >"$dir/src/lib.rs"
    local TIMEFORMAT='%U + %S'
    { time check; } 2>"$dir/time"
    bc <"$dir/time"
}

median() { sort -n | awk '{ t[NR] = $1 } END { print t[int((NR + 1) / 2)] }'; }

for kind in $kinds; do : >"$dir/$kind.times"; done
for _ in $(seq "$runs"); do
    for kind in $kinds; do
        seconds "$kind" >>"$dir/$kind.times"
    done
done

echo "cargo check CPU time of a $variants-variant enum, median of $runs alternated runs:"
plain=""
[ -f "$dir/plain.times" ] && plain=$(median <"$dir/plain.times")
for kind in $kinds; do
    m=$(median <"$dir/$kind.times")
    ratio=""
    [ -n "$plain" ] && ratio=$(echo "scale=2; $m / $plain" | bc)
    printf '  %-10s %6s s  %5sx plain  (runs from %s to %s s)\n' "$kind" "$m" "$ratio" \
        "$(sort -n "$dir/$kind.times" | head -1)" "$(sort -n "$dir/$kind.times" | tail -1)"
done
