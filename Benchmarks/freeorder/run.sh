#!/usr/bin/env bash
# The free-order benchmark: builds the release cortege, installs OR-Tools if missing, runs bench.py.
# Usage: Benchmarks/freeorder/run.sh [bench.py options, e.g. --per-size 20]
set -euo pipefail
cd "$(dirname "$0")/../.."
swift build -c release --static-swift-stdlib --product cortege >&2
if ! python3 -c "import ortools" 2>/dev/null; then
    python3 -m pip install -q ortools==9.15.6755 >&2
fi
exec python3 Benchmarks/freeorder/bench.py --cortege .build/release/cortege "$@"
