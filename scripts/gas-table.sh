#!/usr/bin/env bash
# Prints the gas table of contracts/GAS.md from contracts/snapshots/Gas.json, which
# `forge test --isolate --match-path contracts/test/Gas.t.sol` writes: for each operation its
# full transaction gas, its floor, the ratio and the target. Needs only python3.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
python3 - "${1:-$root/contracts/snapshots/Gas.json}" <<'PY'
import json
import sys

entries = {name: int(value) for name, value in json.load(open(sys.argv[1])).items()}
suffixes = (" floor", " floor + ecrecover", " target")
operations = sorted(name for name in entries if not name.endswith(suffixes))

print("| operation | full tx gas | floor | ratio | target |")
print("| --- | ---: | ---: | ---: | --- |")
for name in operations:
    gas, floor = entries[name], entries[name + " floor"]
    floor_cell, ratio_cell = f"{floor:,}", f"{gas / floor:.3f}"
    with_ecrecover = entries.get(name + " floor + ecrecover")
    if with_ecrecover is not None:
        floor_cell += f" (+ ecrecover: {with_ecrecover:,})"
        ratio_cell += f" ({gas / with_ecrecover:.3f})"
    target = f"<= {(with_ecrecover or floor) * 12 // 10:,} (1.2x)"
    if name + " target" in entries:
        target += f"; <= {entries[name + ' target']:,} (issue)"
    print(f"| {name} | {gas:,} | {floor_cell} | {ratio_cell} | {target} |")
PY
