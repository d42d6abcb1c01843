#!/usr/bin/env python3
"""The load benchmark: how the time to load and check a plan grows with the number of people.

Generates, for each size P, a plan whose registry holds P people and whose programme holds P items of four
participants each (so 4 P participant references, every person in four items), then times
`cortege check PLAN --format json` on each binary given, and prints the CPU time per reference at each size and
the ratio between the largest and the smallest size. A ratio near 1 means that the time per reference does
not grow with the number of people.

The items are half an hour each, one after the other, twenty a weekday, all in one venue: no transfer, no
overlap and no precedence tie (the people of an item hold four different ranks), so the plan has no finding
and the rest of the analysis grows linearly with the number of items.

Usage: bench.py --cortege BIN [--cortege BIN ...] [--sizes 1000 5000] [--runs 5] [--data DIR]
"""

import argparse
import datetime as dt
import os
import statistics
import subprocess
import time


def generate(people: int, folder: str) -> int:
    """Writes `registry.yaml` (the people) and `plan.yaml` (the programme) into `folder`; returns the
    number of participant references."""
    os.makedirs(folder, exist_ok=True)
    people = max(4, people - people % 4)
    ids = [f"p{i:05d}" for i in range(people)]
    # Four ranks in rotation: the four participants of an item never share a rank (no precedence-tie note).
    functions = ["regional-councillor", "departmental-councillor", "rector", "state-service-head"]
    registry = ["people:"] + [
        f"  - {{ id: {p}, name: Personne {p}, function: {functions[i % 4]} }}" for i, p in enumerate(ids)]
    with open(os.path.join(folder, "registry.yaml"), "w", encoding="utf-8") as f:
        f.write("\n".join(registry) + "\n")
    days = []
    day = dt.date(2026, 1, 5)
    while len(days) * 20 < people:
        if day.weekday() < 5:
            days.append(day)
        day += dt.timedelta(days=1)
    plan = ["cortege: 1", "visit:", "  id: load-bench", "  title: Programme de charge", "  kind: prefect",
            f"  principal: {ids[0]}", '  territory: "77"', f"  date: {days[0]}",
            "include: [registry.yaml]", "venues:", "  - { id: prefecture, name: Préfecture }", "programme:"]
    references = 0
    for n in range(people):
        d = days[n // 20]
        minutes = 8 * 60 + (n % 20) * 30
        who = [ids[(4 * n + k) % people] for k in range(4)]
        references += len(who)
        plan += [f"  - id: i{n:05d}", "    kind: meeting", "    venue: prefecture",
                 f'    at: "{d}T{minutes // 60:02d}:{minutes % 60:02d}"', "    duration: 30m",
                 f"    participants: [{', '.join(who)}]"]
    with open(os.path.join(folder, "plan.yaml"), "w", encoding="utf-8") as f:
        f.write("\n".join(plan) + "\n")
    return references


def timed(binary: str, plan: str, runs: int) -> tuple[float, float]:
    """The medians of `runs` runs of `cortege check plan --format json`: wall-clock time, and CPU time (user +
    system, from `wait4`), which a machine shared with other jobs disturbs much less."""
    walls, cpus = [], []
    for _ in range(runs):
        start = time.perf_counter()
        child = subprocess.Popen([binary, "check", plan, "--format", "json"], stdout=subprocess.DEVNULL,
                                 stderr=subprocess.DEVNULL)
        _, status, usage = os.wait4(child.pid, 0)
        walls.append(time.perf_counter() - start)
        cpus.append(usage.ru_utime + usage.ru_stime)
        child.returncode = os.waitstatus_to_exitcode(status)
        if child.returncode not in (0, 1):
            raise SystemExit(f"{binary} check {plan} exited with {child.returncode}")
    return statistics.median(walls), statistics.median(cpus)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--cortege", action="append", required=True, help="a cortege binary (repeatable)")
    parser.add_argument("--sizes", type=int, nargs="+", default=[1000, 5000], help="numbers of people")
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--data", default=".build/bench/load")
    args = parser.parse_args()

    plans = {}
    for size in [1] + args.sizes:
        folder = os.path.join(args.data, str(size))
        plans[size] = (os.path.join(folder, "plan.yaml"), generate(size, folder))

    print(f"median of {args.runs} runs of `cortege check PLAN --format json`; per reference = (CPU time - CPU time "
          "of a four-person plan) / references")
    print("| binary | people | references | wall | CPU | CPU per reference |")
    print("|---|---:|---:|---:|---:|---:|")
    for binary in args.cortege:
        _, fixed = timed(binary, plans[1][0], args.runs)
        per_reference = {}
        for size in args.sizes:
            plan, references = plans[size]
            wall, cpu = timed(binary, plan, args.runs)
            per_reference[size] = (cpu - fixed) / references
            print(f"| {binary} | {size:,} | {references:,} | {wall:.3f} s | {cpu:.3f} s "
                  f"| {per_reference[size] * 1e6:.1f} µs |")
        smallest, largest = min(args.sizes), max(args.sizes)
        ratio = per_reference[largest] / per_reference[smallest]
        print(f"| {binary} | per-reference ratio, {largest:,} / {smallest:,} people | | | | {ratio:.2f} |")

if __name__ == "__main__":
    main()
