#!/usr/bin/env bash
# The conflict benchmark: builds the release cortege and the libical floor, then runs bench.py.
# Usage: Benchmarks/run.sh [N ...]   (default 10000 100000 1000000; BENCH_RUNS=3 runs of (a) and (c))
set -euo pipefail
cd "$(dirname "$0")/.."
swift build -c release --static-swift-stdlib --product cortege >&2
mkdir -p .build/bench
cc -O2 -o .build/bench/floor Benchmarks/floor.c $(pkg-config --cflags --libs libical)
sizes=("$@")
if [ ${#sizes[@]} -eq 0 ]; then sizes=(10000 100000 1000000); fi
exec python3 Benchmarks/bench.py --cortege .build/release/cortege --floor .build/bench/floor \
    --runs "${BENCH_RUNS:-3}" --data "${BENCH_DATA:-.build/bench/data}" --sizes "${sizes[@]}"
