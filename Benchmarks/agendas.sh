#!/usr/bin/env bash
# The agenda benchmark (cold, warm, one agenda changed, hostile agendas): builds the release cortege and the
# libical floor, then runs agendas.py. Usage: Benchmarks/agendas.sh [SET ...]
#   (default 1000x100 5000x20 100x1000 100000; BENCH_RUNS=3; LIBICAL_TEST_DATA=DIR adds libical's own fuzz files)
set -euo pipefail
cd "$(dirname "$0")/.."
swift build -c release --static-swift-stdlib --product cortege >&2
mkdir -p .build/bench
cc -O2 -o .build/bench/floor Benchmarks/floor.c $(pkg-config --cflags --libs libical)
# The same floor with the allocator cortege is linked with (mimalloc), for the comparison on equal terms.
cc -O2 -o .build/bench/floor-mimalloc Benchmarks/floor.c -Wl,--no-as-needed -lmimalloc $(pkg-config --cflags --libs libical)
sets=("$@")
if [ ${#sets[@]} -eq 0 ]; then sets=(1000x100 5000x20 100x1000 100000); fi
exec python3 Benchmarks/agendas.py --cortege .build/release/cortege --floor .build/bench/floor \
    --floor-mimalloc .build/bench/floor-mimalloc \
    --runs "${BENCH_RUNS:-3}" --data "${BENCH_DATA:-.build/bench/data}" --sets "${sets[@]}" \
    ${LIBICAL_TEST_DATA:+--libical-test-data "$LIBICAL_TEST_DATA"}
