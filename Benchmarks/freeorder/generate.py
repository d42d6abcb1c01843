#!/usr/bin/env python3
"""Instances of the free-order problem for the benchmark.

n stops drawn uniformly in a square the size of a département (about 100 km a side, centred on
Clermont-Ferrand), a tour leaving the préfecture at 08:00 and coming back to it; travel minutes by
the great-circle estimate of docs/plan-format.md §12 (distance × 1.3 at 50 km/h, rounded up to 5 minutes); visit
durations of 10 to 45 minutes; windows on the start of the stops, of three tightnesses:

  loose   a third of the stops have a window, 3 to 5 hours wide
  medium  half of the stops have a window, 1.5 to 3 hours wide
  tight   four stops out of five have a window, 30 to 90 minutes wide

Windows are drawn around the times of a random tour, so most instances have an order that meets
them; in a fifth of the instances the windows of different stops come from different random tours,
which often leaves no order at all. Half of the instances also fix the latest return to the
préfecture. Times are minutes after midnight.
"""
import argparse
import json
import math
import random

CENTRE = (45.7767, 3.0880)  # préfecture du Puy-de-Dôme
HALF_SIDE_KM = 50.0
DEPARTURE = 8 * 60
TIGHTNESS = {
    "loose": (1 / 3, 180, 300),
    "medium": (1 / 2, 90, 180),
    "tight": (4 / 5, 30, 90),
}


def haversine_km(a, b):
    r = 6371.0088
    la1, lo1, la2, lo2 = map(math.radians, (a[0], a[1], b[0], b[1]))
    h = math.sin((la2 - la1) / 2) ** 2 + math.cos(la1) * math.cos(la2) * math.sin((lo2 - lo1) / 2) ** 2
    return 2 * r * math.asin(min(1.0, math.sqrt(h)))


def travel_minutes(a, b):
    if a == b:
        return 0
    raw = haversine_km(a, b) * 1.3 / 50 * 60
    return max(0, math.ceil(raw / 5 - 1e-9)) * 5


def random_point(rng):
    dlat = HALF_SIDE_KM / 111.2
    dlon = HALF_SIDE_KM / (111.2 * math.cos(math.radians(CENTRE[0])))
    return (CENTRE[0] + rng.uniform(-dlat, dlat), CENTRE[1] + rng.uniform(-dlon, dlon))


def timed_tour(order, durations, matrix):
    """Start of each stop (index = stop) of a tour without waiting, and the return time."""
    starts = [0] * len(order)
    t, prev = DEPARTURE, 0
    for stop in order:
        t += matrix[prev][stop + 1]
        starts[stop] = t
        t += durations[stop]
        prev = stop + 1
    return starts, t + matrix[prev][0]


def instance(n, index, rng):
    points = [CENTRE] + [random_point(rng) for _ in range(n)]
    matrix = [[travel_minutes(a, b) for b in points] for a in points]
    durations = [rng.choice([10, 15, 20, 30, 45]) for _ in range(n)]
    tightness = rng.choice(list(TIGHTNESS))
    share, narrow, wide = TIGHTNESS[tightness]
    shuffled = rng.random() < 0.2
    reference = list(range(n))
    rng.shuffle(reference)
    starts, back = timed_tour(reference, durations, matrix)
    earliest, latest = [None] * n, [None] * n
    for stop in range(n):
        if rng.random() >= share:
            continue
        centre = starts[stop]
        if shuffled:
            other = list(range(n))
            rng.shuffle(other)
            centre = timed_tour(other, durations, matrix)[0][stop]
        width = rng.randint(narrow, wide)
        before = rng.randint(0, width)
        kind = rng.random()
        if kind < 0.6:  # both ends
            earliest[stop], latest[stop] = centre - before, centre - before + width
        elif kind < 0.8:  # not-before only
            earliest[stop] = centre - before
        else:  # not-after only
            latest[stop] = centre - before + width
    deadline = back + rng.randint(0, 90) if rng.random() < 0.5 else None
    return {
        "id": f"n{n:02d}-{index:03d}",
        "n": n,
        "tightness": tightness,
        "shuffled": shuffled,
        "departure": DEPARTURE,
        "durations": durations,
        "earliest": earliest,
        "latest": latest,
        "matrix": matrix,
        "deadline": deadline,
        "points": [[round(p[0], 5), round(p[1], 5)] for p in points],
    }


def generate(sizes, per_size, seed):
    rng = random.Random(seed)
    return {
        "seed": seed,
        "instances": [instance(n, i, rng) for n in sizes for i in range(per_size)],
    }


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sizes", default="6,9,12,15")
    parser.add_argument("--per-size", type=int, default=50)
    parser.add_argument("--seed", type=int, default=2026)
    parser.add_argument("--out", default="-")
    args = parser.parse_args()
    data = generate([int(s) for s in args.sizes.split(",")], args.per_size, args.seed)
    text = json.dumps(data)
    if args.out == "-":
        print(text)
    else:
        with open(args.out, "w") as f:
            f.write(text)


if __name__ == "__main__":
    main()
