#!/usr/bin/env python3
"""The script a user would otherwise write: python `icalendar` + `recurring-ical-events`.

Reads every `<person-id>.ics` of the agendas folder, expands the occurrences over the plan's window,
keeps the busy ones (not cancelled, not transparent, all-day only when TRANSP:OPAQUE is explicit) and
counts the (person, plan item, agenda occurrence) triples that overlap (half-open intervals).

Usage: baseline.py BENCH_DIR   (prints {"conflicts": K, "occurrences": M})
"""
import bisect
import datetime as dt
import json
import os
import sys

import icalendar
import recurring_ical_events


def main():
    root = sys.argv[1]
    blocks = json.load(open(os.path.join(root, "blocks.json")))
    by_person = {}
    for person, start, end, _ in blocks:
        by_person.setdefault(person, []).append((start, end))
    for spans in by_person.values():
        spans.sort()
    lo = dt.datetime.fromtimestamp(min(b[1] for b in blocks), dt.timezone.utc)
    hi = dt.datetime.fromtimestamp(max(b[2] for b in blocks), dt.timezone.utc)
    conflicts = occurrences = 0
    folder = os.path.join(root, "agendas")
    for name in sorted(os.listdir(folder)):
        person = name.removesuffix(".ics")
        spans = by_person.get(person)
        if not spans:
            continue
        starts = [s for s, _ in spans]
        longest = max(e - s for s, e in spans)
        cal = icalendar.Calendar.from_ical(open(os.path.join(folder, name), "rb").read())
        for event in recurring_ical_events.of(cal).between(lo, hi):
            occurrences += 1
            if str(event.get("STATUS", "")).upper() == "CANCELLED":
                continue
            transp = event.get("TRANSP")
            start = event["DTSTART"].dt
            if not isinstance(start, dt.datetime):
                if transp is None or str(transp).upper() != "OPAQUE":
                    continue
            if str(transp or "OPAQUE").upper() == "TRANSPARENT":
                continue
            end = event["DTEND"].dt if "DTEND" in event else start + event["DURATION"].dt
            s, e = int(start.timestamp()), int(end.timestamp())
            # Plan spans that start before e and end after s.
            i = bisect.bisect_left(starts, s - longest)
            while i < len(spans) and spans[i][0] < e:
                if spans[i][1] > s:
                    conflicts += 1
                i += 1
    print(json.dumps({"conflicts": conflicts, "occurrences": occurrences}))


if __name__ == "__main__":
    main()
