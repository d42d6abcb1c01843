#!/usr/bin/env python3
"""The agenda benchmark (docs/agendas.md): `cortege check` cold, warm and with one agenda changed, against the
Python baseline and the libical parse-only floor, on the same generated files; then the hostile agendas.

For each set (people x events each, or N occurrences as in bench.py), with the release `cortege`:
- (b) `baseline.py`: python icalendar + recurring-ical-events, run once;
- (c0) `floor --parse-only`: libical parses the files and walks the events, on one core (glibc's malloc);
- (c0m) the same floor linked with mimalloc, the allocator cortege is linked with (--floor-mimalloc);
- plan only: `cortege check --no-cache` with an empty agenda folder (loading and analysing the plan);
- cold: `cortege check --no-cache` (every agenda through libical, on every core);
- warm: `cortege check --cache DIR` with the cache filled by a first run and nothing changed;
- one changed: the same after one agenda (of the set's first person) gained an event.
Wall time is the median of --runs runs; peak memory is the child's maximum resident set size. The conflicts
cortege reports must be those the baseline counts (else the script exits 1).

Hostile agendas: the patterns of libical's fuzz cases 42517512 (a property with tens of thousands of
parameters) and 42521679 (a 320 KB line of long parameter values), generated here; with --libical-test-data
DIR, also libical's own files of those names. Each replaces one agenda of calendars/ for
`cortege check samples/63-tournee-prefet.yaml`; the floor's parse of the file alone is shown beside it.

Usage: agendas.py --cortege BIN --floor BIN [--floor-mimalloc BIN] [--sets 1000x100 5000x20 100x1000 100000] [--runs 3]
                  [--data DIR] [--libical-test-data DIR]
"""
import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)


def measure(cmd, cwd=None):
    """(seconds, peak RSS in MiB, stdout, exit status) of one run."""
    start = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, cwd=cwd)
    out = b""
    while True:
        chunk = proc.stdout.read(1 << 16)
        if not chunk:
            break
        out += chunk
    _, status, usage = os.wait4(proc.pid, 0)
    return time.perf_counter() - start, usage.ru_maxrss / 1024, out.decode("utf-8", "replace"), \
        os.waitstatus_to_exitcode(status)


def runs(cmd, count, ok=(0, 1), before=None, cwd=None):
    times, peaks, out = [], [], ""
    for _ in range(count):
        if before:
            before()
        t, m, out, code = measure(cmd, cwd)
        if code not in ok:
            sys.exit(f"{' '.join(cmd)} exited with {code}")
        times.append(t)
        peaks.append(m)
    return statistics.median(times), max(peaks), out


def agenda_conflicts(json_text):
    return sum(1 for f in json.loads(json_text) if f["code"] == "person-overlap"
               and any((n.get("file") or "").endswith(".ics") for n in f.get("notes", [])))


def generate(spec, data):
    """The folder of a set: 'PxE' (P people, E events each) or 'N' (as bench.py)."""
    folder = os.path.join(data, spec)
    if not os.path.exists(os.path.join(folder, "blocks.json")):
        if "x" in spec:
            people, each = (int(x) for x in spec.split("x"))
            extra = [str(people * each), folder, "--people", str(people)]
        else:
            extra = [spec, folder]
        subprocess.run([sys.executable, os.path.join(HERE, "generate.py"), *extra], check=True,
                       stdout=subprocess.DEVNULL)
    return folder


def bench_set(spec, args):
    folder = generate(spec, args.data)
    plan, agendas = os.path.join(folder, "plan.yaml"), os.path.join(folder, "agendas")
    files = sorted(os.listdir(agendas))
    c0_time, _, _ = runs([args.floor, "--parse-only", agendas], args.runs, ok=(0,))
    c0m_time = runs([args.floor_mimalloc, "--parse-only", agendas], args.runs, ok=(0,))[0] if args.floor_mimalloc \
        else None
    b_time, b_mem, b_out = runs([sys.executable, os.path.join(HERE, "baseline.py"), folder], 1, ok=(0,))
    baseline = json.loads(b_out)
    check = [args.cortege, "check", plan, "--agendas", agendas, "--format", "json"]
    cold_time, cold_mem, cold_out = runs(check + ["--no-cache"], args.runs)
    with tempfile.TemporaryDirectory(prefix="cortege-bench-none-") as none:
        plan_time, _, _ = runs([args.cortege, "check", plan, "--agendas", none, "--format", "json", "--no-cache"],
                               args.runs)
    cache = tempfile.mkdtemp(prefix="cortege-bench-cache-")
    try:
        fill_time, _, fill_out = runs(check + ["--cache", cache], 1)
        warm_time, warm_mem, warm_out = runs(check + ["--cache", cache], args.runs)
        # One agenda changed before each run (a new event each time, so that every run re-reads it).
        first = os.path.join(agendas, files[0])
        original = open(first, "rb").read()
        counter = [0]

        def change():
            counter[0] += 1
            event = (f"BEGIN:VEVENT\r\nUID:bench-change-{counter[0]}@cortege\r\nDTSTAMP:20260101T000000Z\r\n"
                     f"DTSTART:20260301T{counter[0] % 10:02d}0000Z\r\nDTEND:20260301T{counter[0] % 10:02d}3000Z\r\n"
                     "SUMMARY:Changement\r\nEND:VEVENT\r\n").encode()
            with open(first, "wb") as f:
                f.write(original.replace(b"END:VCALENDAR", event + b"END:VCALENDAR"))

        try:
            one_time, _, _ = runs(check + ["--cache", cache], args.runs, before=change)
        finally:
            with open(first, "wb") as f:
                f.write(original)
    finally:
        shutil.rmtree(cache, ignore_errors=True)
    counts = {agenda_conflicts(o) for o in (cold_out, fill_out, warm_out)}
    same = counts == {baseline["conflicts"]} and cold_out == warm_out == fill_out
    note = "same conflicts" if same else f"MISMATCH: cortege {sorted(counts)}, baseline {baseline['conflicts']}"
    print(f"{spec}: done", file=sys.stderr)
    return dict(spec=spec, files=len(files), occurrences=baseline["occurrences"], conflicts=baseline["conflicts"],
                python=b_time, floor=c0_time, floor_m=c0m_time, plan=plan_time, cold=cold_time, fill=fill_time, warm=warm_time, one=one_time,
                cold_mem=cold_mem, warm_mem=warm_mem, python_mem=b_mem, note=note, ok=same)


def hostile_files(libical_test_data):
    """(name, bytes) of the hostile agendas."""
    filler = b"TZID==^" + b"\xff" * 1500 + b"TU,Th," * 300 + b":a"
    files = [
        ("many parameters (fuzz42517512's pattern)",
         b"BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nRRULE" + b";BYWEE\xb5=RRULE" * 21_000 + b":FREQ=DAILY\r\n"
         b"END:VEVENT\r\nEND:VCALENDAR\r\n"),
        ("long parameter values (fuzz42521679's pattern)",
         b"BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nX;" + b";".join([filler] * 60) + b";VALUE=FLOAT:H"
         + b",,,,\xcf,,," * 300 + b";" + b";".join([filler] * 10) + b"\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"),
    ]
    # The second pattern cut to just under the bound for lines with parameters: libical reads it.
    # (ASCII only: bytes that are not UTF-8 are read as U+FFFD, three bytes each, before the guard counts.)
    ascii_filler = b"TZID==^" + b"E" * 1500 + b"TU,Th," * 300 + b":a"
    at_bound = b"X;" + b";".join([ascii_filler] * 9) + b";VALUE=FLOAT:H" + b",,,,,,," * 300
    at_bound = at_bound[:32 << 10]
    files.append(("long parameter values, 32 KiB (read by libical)",
                  b"BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\n" + at_bound + b"\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"))
    for name in ("fuzz42517512", "fuzz42521679"):
        if libical_test_data and os.path.exists(os.path.join(libical_test_data, name)):
            files.append((f"libical test-data/{name}", open(os.path.join(libical_test_data, name), "rb").read()))
    return files


def bench_hostile(args):
    rows = []
    for name, content in hostile_files(args.libical_test_data):
        with tempfile.TemporaryDirectory(prefix="cortege-bench-hostile-") as tmp:
            agendas = os.path.join(tmp, "agendas")
            shutil.copytree(os.path.join(ROOT, "calendars"), agendas)
            with open(os.path.join(agendas, "prefet-63.ics"), "wb") as f:
                f.write(content)
            alone = os.path.join(tmp, "alone")
            os.makedirs(alone)
            with open(os.path.join(alone, "hostile.ics"), "wb") as f:
                f.write(content)
            a_time, a_mem, out = runs([args.cortege, "check", os.path.join(ROOT, "samples", "63-tournee-prefet.yaml"),
                                       "--agendas", agendas, "--format", "json", "--no-cache", "--lang", "en"], args.runs)
            warned = [f for f in json.loads(out) if f["code"] == "ics-syntax" and "not read" in f["message"]
                      and f.get("file", "").endswith("prefet-63.ics")]
            expected = "read by libical" not in name
            where = f"line {warned[0]['line']}" if warned else "NO WARNING" if expected else "none (read)"
            f_time, f_mem, _ = runs(["timeout", "120", args.floor, "--parse-only", alone], 1, ok=(0, 124))
            rows.append((name, len(content), a_time, a_mem, where, f_time, f_mem))
            print(f"{name}: done", file=sys.stderr)
    return rows


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--cortege", required=True)
    parser.add_argument("--floor", required=True)
    parser.add_argument("--floor-mimalloc")
    parser.add_argument("--sets", nargs="+", default=["1000x100", "5000x20", "100x1000", "100000"])
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--data", default=os.path.join(ROOT, ".build", "bench", "data"))
    parser.add_argument("--libical-test-data")
    args = parser.parse_args()

    print(f"load average at start: {' '.join(f'{x:.2f}' for x in os.getloadavg())}", file=sys.stderr)
    results = [bench_set(spec, args) for spec in args.sets]
    hostile = bench_hostile(args)
    load_end = os.getloadavg()

    def s(x):
        return f"{x:.3f} s"

    print("| set | files | occurrences | conflicts | (b) python | (c0) libical parse only, 1 core | "
          "(c0m) the same, mimalloc | plan only | cold | warm | one changed | (b)/cold | (b)/warm | one changed/warm | "
          "cold/(c0) | cold/(c0m) | peak cold | peak warm | peak (b) | check |")
    print("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|")
    for r in results:
        floor_m = r["floor_m"]
        print(f"| {r['spec']} | {r['files']:,} | {r['occurrences']:,} | {r['conflicts']:,} | {s(r['python'])} | "
              f"{s(r['floor'])} | {s(floor_m) if floor_m else '–'} | {s(r['plan'])} | {s(r['cold'])} | "
              f"{s(r['warm'])} | {s(r['one'])} | {r['python'] / r['cold']:.1f} | "
              f"{r['python'] / r['warm']:.1f} | {r['one'] / r['warm']:.2f} | {r['cold'] / r['floor']:.2f} | "
              f"{r['cold'] / floor_m if floor_m else 0:.2f} | "
              f"{r['cold_mem']:.0f} MiB | {r['warm_mem']:.0f} MiB | {r['python_mem']:.0f} MiB | {r['note']} |")
    print()
    print("| hostile agenda | bytes | cortege check | peak | warning | libical parse of the file alone | peak |")
    print("|---|---:|---:|---:|---|---:|---:|")
    for name, size, a_time, a_mem, where, f_time, f_mem in hostile:
        print(f"| {name} | {size:,} | {s(a_time)} | {a_mem:.0f} MiB | {where} | {s(f_time)} | {f_mem:.0f} MiB |")
    print(f"\nload average at the end: {' '.join(f'{x:.2f}' for x in load_end)}")
    sys.exit(0 if all(r["ok"] for r in results) and all(h[4] != "NO WARNING" for h in hostile) else 1)


if __name__ == "__main__":
    main()
