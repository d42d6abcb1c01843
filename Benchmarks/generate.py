#!/usr/bin/env python3
"""Synthetic agendas for the conflict benchmark.

N expanded occurrences in 2026 across P people (P = max(20, N // 500)), one `<person-id>.ics` each, as
calendar programs export them (CRLF, folded lines, a VTIMEZONE, some times in UTC). About 10 % of the
occurrences come from weekly series over the year, each with two EXDATEs, one moved occurrence
(RECURRENCE-ID) and one cancelled occurrence; the rest are single events, of which some are all-day,
transparent or cancelled (not busy time). Also writes `plan.yaml`, a one-year programme that involves
every person (two one-hour items each weekday, four people each), and `blocks.json`, the busy intervals
of that plan in UTC, for the baseline.

Usage: generate.py N OUT_DIR [--seed S] [--people P]
"""
import argparse
import datetime as dt
import json
import os
import random
import zoneinfo

PARIS = zoneinfo.ZoneInfo("Europe/Paris")
YEAR = 2026
SERIES_LENGTH = 52  # weekly occurrences in the year, before exceptions

VTIMEZONE = """BEGIN:VTIMEZONE
TZID:Europe/Paris
BEGIN:DAYLIGHT
TZOFFSETFROM:+0100
TZOFFSETTO:+0200
TZNAME:CEST
DTSTART:19700329T020000
RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU
END:DAYLIGHT
BEGIN:STANDARD
TZOFFSETFROM:+0200
TZOFFSETTO:+0100
TZNAME:CET
DTSTART:19701025T030000
RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU
END:STANDARD
END:VTIMEZONE"""

SUMMARIES = ["Réunion de service", "Comité de pilotage", "Rendez-vous", "Audience", "Point hebdomadaire",
             "Visioconférence", "Déjeuner de travail", "Commission", "Entretien", "Conseil d'administration"]


def fold(line):
    data = line.encode("utf-8")
    out, first = [], True
    while data:
        cut = min(75 if first else 74, len(data))
        while cut < len(data) and (data[cut] & 0xC0) == 0x80:
            cut -= 1
        out.append((b"" if first else b" ") + data[:cut])
        data, first = data[cut:], False
    return out


def local(d, minutes):
    return dt.datetime(d.year, d.month, d.day, minutes // 60, minutes % 60)


def fmt_local(t):
    return t.strftime("%Y%m%dT%H%M%S")


def fmt_utc(t):
    return t.replace(tzinfo=PARIS).astimezone(dt.timezone.utc).strftime("%Y%m%dT%H%M%SZ")


def weekdays():
    d = dt.date(YEAR, 1, 1)
    while d.year == YEAR:
        if d.weekday() < 5:
            yield d
        d += dt.timedelta(days=1)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("events", type=int)
    parser.add_argument("out")
    parser.add_argument("--seed", type=int, default=2026)
    parser.add_argument("--people", type=int, help="number of people (default max(20, N / 500))")
    args = parser.parse_args()
    rng = random.Random(args.seed)
    n = args.events
    people = [f"p{i:05d}" for i in range(args.people or max(20, n // 500))]
    days = list(weekdays())
    all_days = [dt.date(YEAR, 1, 1) + dt.timedelta(days=i) for i in range(365)]
    agendas = os.path.join(args.out, "agendas")
    os.makedirs(agendas, exist_ok=True)
    events = {p: [] for p in people}
    stamp = "20260101T000000Z"

    series_count = round(n * 0.10 / (SERIES_LENGTH - 2))
    for s in range(series_count):
        person = people[s % len(people)]
        first = dt.date(YEAR, 1, 5) + dt.timedelta(days=rng.randrange(5))  # a weekday of the first full week
        start_min = rng.randrange(8 * 4, 17 * 4) * 15
        length = rng.choice([30, 60, 90, 120])
        uid = f"series-{s}@bench.example"
        occ = [first + dt.timedelta(weeks=w) for w in range(SERIES_LENGTH)]
        excluded = rng.sample(occ[1:], 2)
        rest = [d for d in occ[1:] if d not in excluded]
        moved, cancelled = rng.sample(rest, 2)
        until = local(occ[-1], start_min)
        lines = ["BEGIN:VEVENT", f"UID:{uid}", f"DTSTAMP:{stamp}", f"SUMMARY:{rng.choice(SUMMARIES)} (hebdomadaire)",
                 f"DTSTART;TZID=Europe/Paris:{fmt_local(local(first, start_min))}",
                 f"DTEND;TZID=Europe/Paris:{fmt_local(local(first, start_min + length))}",
                 f"RRULE:FREQ=WEEKLY;UNTIL={fmt_utc(until)}",
                 "EXDATE;TZID=Europe/Paris:" + ",".join(fmt_local(local(d, start_min)) for d in sorted(excluded)),
                 "END:VEVENT"]
        new_min = rng.randrange(8 * 4, 17 * 4) * 15
        lines += ["BEGIN:VEVENT", f"UID:{uid}", f"DTSTAMP:{stamp}", "SUMMARY:Réunion déplacée",
                  f"RECURRENCE-ID;TZID=Europe/Paris:{fmt_local(local(moved, start_min))}",
                  f"DTSTART;TZID=Europe/Paris:{fmt_local(local(moved, new_min))}",
                  f"DTEND;TZID=Europe/Paris:{fmt_local(local(moved, new_min + length))}", "END:VEVENT"]
        lines += ["BEGIN:VEVENT", f"UID:{uid}", f"DTSTAMP:{stamp}", "SUMMARY:Réunion annulée", "STATUS:CANCELLED",
                  f"RECURRENCE-ID;TZID=Europe/Paris:{fmt_local(local(cancelled, start_min))}",
                  f"DTSTART;TZID=Europe/Paris:{fmt_local(local(cancelled, start_min))}",
                  f"DTEND;TZID=Europe/Paris:{fmt_local(local(cancelled, start_min + length))}", "END:VEVENT"]
        events[person].append(lines)

    singles = max(0, n - series_count * (SERIES_LENGTH - 2))
    for e in range(singles):
        person = people[rng.randrange(len(people))]
        uid = f"single-{e}@bench.example"
        lines = ["BEGIN:VEVENT", f"UID:{uid}", f"DTSTAMP:{stamp}", f"SUMMARY:{rng.choice(SUMMARIES)}"]
        kind = rng.random()
        if kind < 0.05:
            d = rng.choice(all_days)
            lines += [f"DTSTART;VALUE=DATE:{d:%Y%m%d}", f"DTEND;VALUE=DATE:{d + dt.timedelta(days=1):%Y%m%d}"]
        else:
            d = rng.choice(days)
            start_min = rng.randrange(7 * 4, 19 * 4) * 15
            end_min = start_min + rng.choice([30, 45, 60, 90, 120])
            if rng.random() < 0.2:
                lines += [f"DTSTART:{fmt_utc(local(d, start_min))}", f"DTEND:{fmt_utc(local(d, end_min))}"]
            else:
                lines += [f"DTSTART;TZID=Europe/Paris:{fmt_local(local(d, start_min))}",
                          f"DTEND;TZID=Europe/Paris:{fmt_local(local(d, end_min))}"]
            if kind < 0.10:
                lines.append("TRANSP:TRANSPARENT")
            elif kind < 0.12:
                lines.append("STATUS:CANCELLED")
        lines.append("END:VEVENT")
        events[person].append(lines)

    for person, evs in events.items():
        body = ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Cortege//Benchmark//FR", "CALSCALE:GREGORIAN",
                *VTIMEZONE.split("\n")]
        for ev in evs:
            body += ev
        body.append("END:VCALENDAR")
        with open(os.path.join(agendas, person + ".ics"), "wb") as f:
            f.write(b"\r\n".join(part for line in body for part in fold(line)) + b"\r\n")

    # The plan: two one-hour items each weekday, four people each, in rotation.
    yaml_lines = ["cortege: 1", "visit:", "  id: bench-2026", "  title: Programme annuel de synthèse",
                  "  kind: prefect", f"  principal: {people[0]}", '  territory: "77"', f"  date: {days[0]}",
                  "agendas: agendas", "people:"]
    yaml_lines += [f"  - {{ id: {p}, function: state-service-head }}" for p in people]
    yaml_lines += ["venues:", "  - { id: prefecture, name: Préfecture }", "programme:"]
    blocks, slot = [], 0
    for d in days:
        for hour in (10, 15):
            who = [people[(slot * 4 + k) % len(people)] for k in range(4)]
            item = f"i{slot:04d}"
            yaml_lines += [f"  - id: {item}", "    kind: meeting", "    venue: prefecture",
                           f'    at: "{d}T{hour:02d}:00"', "    duration: 1h", f"    participants: [{', '.join(who)}]"]
            start = dt.datetime(d.year, d.month, d.day, hour, tzinfo=PARIS)
            for p in who:
                blocks.append([p, int(start.timestamp()), int(start.timestamp()) + 3600, item])
            slot += 1
    with open(os.path.join(args.out, "plan.yaml"), "w", encoding="utf-8") as f:
        f.write("\n".join(yaml_lines) + "\n")
    with open(os.path.join(args.out, "blocks.json"), "w") as f:
        json.dump(blocks, f)
    print(json.dumps({"events": n, "people": len(people), "series": series_count, "singles": singles,
                      "items": slot}))


if __name__ == "__main__":
    main()
