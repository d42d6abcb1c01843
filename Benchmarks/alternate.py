#!/usr/bin/env python3
"""Two or more commands run in turn, ROUNDS times each, so that they share whatever the machine is doing: the
median wall-clock time and the median CPU time (user + system, of the child) of each. Used for the before/after
lines of Benchmarks/README.md.

Usage: alternate.py ROUNDS NAME=COMMAND NAME=COMMAND ...   (each COMMAND run by the shell, output discarded)
"""
import os
import statistics
import subprocess
import sys
import time


def main():
    if len(sys.argv) < 3 or not sys.argv[1].isdigit() or any("=" not in a for a in sys.argv[2:]):
        sys.exit(__doc__)
    rounds = int(sys.argv[1])
    commands = [a.split("=", 1) for a in sys.argv[2:]]
    times = {name: ([], []) for name, _ in commands}
    for _ in range(rounds):
        for name, command in commands:
            start = time.perf_counter()
            child = subprocess.Popen(command, shell=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
            _, _, usage = os.wait4(child.pid, 0)
            times[name][0].append(time.perf_counter() - start)
            times[name][1].append(usage.ru_utime + usage.ru_stime)
    for name, (wall, cpu) in times.items():
        print(f"{name}: wall {statistics.median(wall):.4f} s, cpu {statistics.median(cpu):.4f} s")


if __name__ == "__main__":
    main()
