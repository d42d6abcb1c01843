#!/usr/bin/env bash
# The load benchmark: time per participant reference when loading plans of 1,000 and 5,000 people.
# Usage: Benchmarks/load/run.sh [CORTEGE ...]   (default: the release build of this checkout;
#        give several binaries to compare them in one run; BENCH_RUNS=5 runs each, median kept)
set -euo pipefail
cd "$(dirname "$0")/../.."
binaries=("$@")
if [ ${#binaries[@]} -eq 0 ]; then
    swift build -c release --static-swift-stdlib --product cortege >&2
    binaries=(.build/release/cortege)
fi
args=()
for b in "${binaries[@]}"; do args+=(--cortege "$b"); done
exec python3 Benchmarks/load/bench.py "${args[@]}" --runs "${BENCH_RUNS:-5}" \
    --data "${BENCH_DATA:-.build/bench/load}" --sizes ${BENCH_SIZES:-1000 5000}
