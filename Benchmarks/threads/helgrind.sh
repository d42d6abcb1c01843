#!/usr/bin/env bash
# Checks with helgrind what Sources/CortegeICal/LibICal.swift lets run outside its lock (docs/agendas.md):
#  1. the probe's concurrent path (parse, walk, convert, expand, free on 2 threads): no race but the benign
#     ones listed in libical-benign.supp;
#  2. the same with icaltimezone_get_builtin_timezone called with new names on each thread (--names): helgrind
#     must report the race in icalarray_append, the call Cortège serialises.
# Usage: Benchmarks/threads/helgrind.sh   (needs valgrind and libical-dev; about a minute)
set -euo pipefail
cd "$(dirname "$0")/../.."
mkdir -p .build/bench
cc -O2 -g -Wall -o .build/bench/probe Benchmarks/threads/probe.c $(pkg-config --cflags --libs libical) -lpthread
data=.build/bench/threads-data
[ -f "$data/blocks.json" ] || python3 Benchmarks/generate.py 2000 "$data" >/dev/null
supp=Benchmarks/threads/libical-benign.supp
log=$(mktemp)
trap 'rm -f "$log"' EXIT

valgrind --tool=helgrind --suppressions="$supp" .build/bench/probe 2 "$data/agendas" >/dev/null 2>"$log"
safe=$(grep -c "Possible data race" "$log" || true)
echo "concurrent path: $safe race(s) outside the suppressed benign ones"
if [ "$safe" != 0 ]; then grep -A8 "Possible data race" "$log" | head -40; exit 1; fi

valgrind --tool=helgrind --suppressions="$supp" .build/bench/probe --names 2 "$data/agendas" >/dev/null 2>"$log"
named=$(grep -A3 "Possible data race" "$log" | grep -c "icalarray_append" || true)
echo "built-in zones by new names on 2 threads, unlocked: $named race(s) in icalarray_append"
if [ "$named" = 0 ]; then echo "helgrind did not see the known race: the check above proves nothing"; exit 1; fi
echo "ok"
