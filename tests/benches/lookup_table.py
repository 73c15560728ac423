"""The table of BENCHMARKS.md's "Code -> variant lookups" from one run of
`cargo bench -p error-codes-tests --bench lookup`: ns per lookup (criterion's
middle estimate / 1,024) of each alternative, by catalogue and probes, with
the ratios that are the result.

    python3 tests/benches/lookup_table.py [target/criterion]
"""

import json
import pathlib
import sys

root = pathlib.Path(sys.argv[1] if len(sys.argv) > 1 else "target/criterion")
group = root / "code -_ variant, per 1024 lookups"
columns = ["derive from_code", "match", "FxHashMap", "std HashMap", "phf Map",
           "num_enum TryFromPrimitive", "strum FromRepr"]
shapes = ["Direct30", "Runs300", "Runs3000", "Clustered2000", "Scattered3000"]
kinds = ["hit", "miss", "random"]

times = {}
for bench in group.glob("*/new/benchmark.json"):
    meta = json.loads(bench.read_text())
    function, shape, strategy, kind = meta["function_id"].split("/")
    estimates = json.loads((bench.parent / "estimates.json").read_text())
    point = (estimates.get("slope") or estimates["mean"])["point_estimate"]
    times[(shape, kind, function)] = (strategy, point / 1024)

head = ["catalogue (table)", "probes"] + [f"`{c}`" if c in ("match",) else c for c in columns] + ["derive / Fx", "derive / std"]
print("| " + " | ".join(head) + " |")
print("|" + "---|" * len(head))
for shape in shapes:
    for kind in kinds:
        row = [times.get((shape, kind, c)) for c in columns]
        if row[0] is None:
            continue
        strategy = row[0][0]
        ns = [f"{t[1]:.2f}" if t else "" for t in row]
        derive, fx, std = row[0][1], row[2][1], row[3][1]
        print(f"| `{shape}` ({strategy}) | {kind} | " + " | ".join(ns)
              + f" | {derive / fx:.2f}x | {derive / std:.2f}x |")
