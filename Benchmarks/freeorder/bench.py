#!/usr/bin/env python3
"""Cortège's free order against OR-Tools' routing solver, on the same instances, in one run.

    python3 Benchmarks/freeorder/bench.py --cortege .build/release/cortege

Generates the instances (generate.py), solves them with `cortege bench-free-order` and with OR-Tools
(ortools_solve.py), checks every order returned against the instance with an evaluator of its own,
and prints per n: how often each found an order, how often Cortège's end is equal to or earlier than
OR-Tools', the instances only Cortège decided (no order exists, proved), the median solve time of
each and their ratio.
"""
import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import generate  # noqa: E402
import ortools_solve  # noqa: E402


def evaluate(instance, order):
    """(meets every window, end, travel) of an order of stops numbered from 1, waiting allowed."""
    m = instance["matrix"]
    t, prev, travel, ok = instance["departure"], 0, 0, True
    for stop in order:
        t += m[prev][stop]
        travel += m[prev][stop]
        lo, hi = instance["earliest"][stop - 1], instance["latest"][stop - 1]
        if lo is not None and t < lo:
            t = lo
        if hi is not None and t > hi:
            ok = False
        t += instance["durations"][stop - 1]
        prev = stop
    t += m[prev][0]
    travel += m[prev][0]
    if instance["deadline"] is not None and t > instance["deadline"]:
        ok = False
    ok = ok and sorted(order) == list(range(1, instance["n"] + 1))
    return ok, t, travel


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--cortege", default=".build/release/cortege")
    parser.add_argument("--sizes", default="6,9,12,15")
    parser.add_argument("--per-size", type=int, default=50)
    parser.add_argument("--seed", type=int, default=2026)
    parser.add_argument("--repeat", type=int, default=3, help="solves per instance (the fastest counts)")
    parser.add_argument("--time-limit", type=float, default=10.0, help="OR-Tools time limit per instance (s)")
    parser.add_argument("--raw", help="write every result to this JSON file")
    args = parser.parse_args()

    sizes = [int(s) for s in args.sizes.split(",")]
    data = generate.generate(sizes, args.per_size, args.seed)
    with tempfile.NamedTemporaryFile("w", suffix=".json", delete=False) as f:
        json.dump(data, f)
        path = f.name
    try:
        out = subprocess.run(
            [args.cortege, "bench-free-order", path, "--repeat", str(args.repeat)],
            check=True, capture_output=True, text=True,
        ).stdout
    finally:
        os.unlink(path)
    cortege = {r["id"]: r for r in json.loads(out)}

    ortools_solve.solve(data["instances"][0], time_limit=args.time_limit)  # load the library before timing
    rows, raw, problems = [], [], []
    for n in sizes:
        instances = [i for i in data["instances"] if i["n"] == n]
        c_found = o_found = c_not_worse = c_earlier = only_cortege = o_timeouts = 0
        c_times, o_times = [], []
        for inst in instances:
            c = cortege[inst["id"]]
            best_o = None
            for _ in range(args.repeat):
                o = ortools_solve.solve(inst, time_limit=args.time_limit)
                if best_o is None or o[4] < best_o[4]:
                    best_o = o
            o_ok, o_end, o_travel, o_order, o_seconds = best_o
            c_times.append(c["seconds"])
            o_times.append(o_seconds)
            if o_seconds >= args.time_limit * 0.98:
                o_timeouts += 1
            if c["feasible"]:
                c_found += 1
                ok, end, travel = evaluate(inst, c["order"])
                if not ok or end != c["end"] or travel != c["travel"]:
                    problems.append(f"{inst['id']}: Cortège's order does not check ({ok}, {end}, {travel})")
            if o_ok:
                o_found += 1
                ok, end, _ = evaluate(inst, o_order)
                if not ok or end != o_end:
                    problems.append(f"{inst['id']}: OR-Tools' order does not check ({ok}, {end} vs {o_end})")
                if not c["feasible"]:
                    problems.append(f"{inst['id']}: OR-Tools found an order where Cortège found none")
                elif c["end"] <= o_end:
                    c_not_worse += 1
                    c_earlier += c["end"] < o_end
                else:
                    problems.append(f"{inst['id']}: OR-Tools ends earlier ({o_end} < {c['end']})")
            elif not c["feasible"]:
                only_cortege += 1
            raw.append({
                "id": inst["id"], "tightness": inst["tightness"], "cortege": c,
                "ortools": {"feasible": o_ok, "end": o_end, "travel": o_travel, "order": o_order,
                            "seconds": o_seconds},
            })
        c_med, o_med = statistics.median(c_times), statistics.median(o_times)
        rows.append((n, len(instances), c_found, o_found, c_not_worse, c_earlier, only_cortege, o_timeouts,
                     c_med, o_med, o_med / c_med if c_med > 0 else float("inf"), max(c_times)))

    print(f"Free order: Cortège (exact DP) vs OR-Tools {ortools_solve.version()} routing "
          f"(LOCAL_CHEAPEST_INSERTION, greedy descent, {args.time_limit:g} s limit); "
          f"seed {args.seed}, {args.per_size} instances per n, fastest of {args.repeat} solves")
    print()
    print("| n | instances | Cortège found an order | OR-Tools found an order | Cortège end ≤ OR-Tools end "
          "| Cortège strictly earlier | no order (proved by Cortège, none from OR-Tools) | OR-Tools at its time limit "
          "| median Cortège | median OR-Tools | ratio | slowest Cortège |")
    print("|---|---|---|---|---|---|---|---|---|---|---|---|")
    for n, count, cf, of, nw, ce, oc, to, cm, om, ratio, cmax in rows:
        print(f"| {n} | {count} | {cf} | {of} | {nw} / {of} | {ce} | {oc} | {to} | {cm * 1000:.3f} ms | {om * 1000:.1f} ms "
              f"| {ratio:,.0f}× | {cmax * 1000:.1f} ms |")
    if problems:
        print()
        print("PROBLEMS:")
        for p in problems:
            print("  " + p)
    if args.raw:
        with open(args.raw, "w") as f:
            json.dump(raw, f, indent=1)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
