#!/usr/bin/env python3
"""Runs the three measurements of the conflict benchmark on the same generated files and prints the table.

(a) `cortege check PLAN` against the agendas; (b) the Python baseline (icalendar + recurring-ical-events);
(c) the libical floor (parse and walk only; (c0) the same without converting the events' times). Wall time is the median of the runs; peak memory is the
child's maximum resident set size (getrusage through wait4). (a) and (b) must report the same number of
conflicts.

Usage: bench.py --cortege BIN --floor BIN [--sizes 10000 100000 1000000] [--runs 3] [--data DIR]
"""
import argparse
import json
import os
import statistics
import subprocess
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))


def measure(cmd):
    """(seconds, peak RSS in MiB, stdout) of one run."""
    start = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL)
    out = b""
    while True:
        chunk = proc.stdout.read(1 << 16)
        if not chunk:
            break
        out += chunk
    _, status, usage = os.wait4(proc.pid, 0)
    proc.returncode = os.waitstatus_to_exitcode(status)
    elapsed = time.perf_counter() - start
    return elapsed, usage.ru_maxrss / 1024, out.decode("utf-8"), proc.returncode


def runs(cmd, count, ok=(0,)):
    times, peaks, out = [], [], ""
    for _ in range(count):
        t, m, out, code = measure(cmd)
        if code not in ok:
            sys.exit(f"{' '.join(cmd)} exited with {code}")
        times.append(t)
        peaks.append(m)
    return statistics.median(times), max(peaks), out


def agenda_conflicts(json_text):
    findings = json.loads(json_text)
    return sum(1 for f in findings if f["code"] == "person-overlap"
               and any((n.get("file") or "").endswith(".ics") for n in f.get("notes", [])))


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--cortege", required=True)
    parser.add_argument("--floor", required=True)
    parser.add_argument("--sizes", type=int, nargs="+", default=[10_000, 100_000, 1_000_000])
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--baseline-runs", type=int, default=1)
    parser.add_argument("--data", default=os.path.join(HERE, "..", ".build", "bench", "data"))
    args = parser.parse_args()

    rows, failed, previous_a = [], False, None
    for n in args.sizes:
        folder = os.path.join(args.data, str(n))
        if not os.path.exists(os.path.join(folder, "blocks.json")):
            subprocess.run([sys.executable, os.path.join(HERE, "generate.py"), str(n), folder], check=True,
                           stdout=subprocess.DEVNULL)
        plan = os.path.join(folder, "plan.yaml")
        agendas = os.path.join(folder, "agendas")
        c_time, c_mem, c_out = runs([args.floor, agendas], args.runs)
        c0_time, _, _ = runs([args.floor, "--parse-only", agendas], args.runs)
        b_time, b_mem, b_out = runs([sys.executable, os.path.join(HERE, "baseline.py"), folder], args.baseline_runs)
        baseline = json.loads(b_out)
        # --no-cache: every run reads the agendas (the cache is measured by agendas.py).
        a_time, a_mem, a_out = runs([args.cortege, "check", plan, "--agendas", agendas, "--format", "json",
                                     "--no-cache"], args.runs, ok=(0, 1))
        a_conflicts = agenda_conflicts(a_out)
        if a_conflicts == 0 and baseline["conflicts"] > 0:
            a_time = a_mem = None
            note = "(a) n/a: this cortege reads no agenda yet"
        elif a_conflicts != baseline["conflicts"]:
            failed = True
            note = f"MISMATCH: (a) {a_conflicts} conflicts, (b) {baseline['conflicts']}"
        else:
            note = "same conflicts"
        rows.append((n, baseline["occurrences"], baseline["conflicts"], a_time, a_mem, b_time, b_mem, c_time, c_mem,
                     json.loads(c_out)["events"], note, c0_time))
        growth = f", x{a_time / previous_a:.1f} vs previous N" if a_time and previous_a else ""
        previous_a = a_time or previous_a
        print(f"N={n}: done{growth}", file=sys.stderr)

    def f(x, unit):
        return "—" if x is None else f"{x:.3f} {unit}" if unit == "s" else f"{x:.0f} {unit}"

    def ratio(x, y):
        return "—" if x is None or y is None else f"{x / y:.2f}"

    print("| N expanded | occurrences | VEVENTs | conflicts | (a) cortege | (b) python | (c) libical | "
          "(b)/(a) | (a)/(c) | (c0) parse only | (a)/(c0) | peak (a) | peak (b) | peak (c) | check |")
    print("|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|")
    for (n, occ, k, at, am, bt, bm, ct, cm, vevents, note, c0t) in rows:
        print(f"| {n:,} | {occ:,} | {vevents:,} | {k:,} | {f(at, 's')} | {f(bt, 's')} | {f(ct, 's')} | "
              f"{ratio(bt, at)} | {ratio(at, ct)} | {f(c0t, 's')} | {ratio(at, c0t)} | {f(am, 'MiB')} | "
              f"{f(bm, 'MiB')} | {f(cm, 'MiB')} | {note} |")
    sys.exit(1 if failed else 0)


if __name__ == "__main__":
    main()
