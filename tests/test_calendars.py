"""The agendas of calendars/: valid iCalendar as exporters write it, and the clashes they hold with samples/.

The expected clashes are computed here independently of Cortège: python `icalendar` and
`recurring-ical-events` expand the agendas, the plans' participants come from their YAML, and the times
from `cortege plan --format json`.
"""
import datetime as dt
import glob
import json
import os
import subprocess

import icalendar
import pytest
import recurring_ical_events
import yaml

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
CALENDARS = sorted(glob.glob(os.path.join(ROOT, "calendars", "*.ics")))
SAMPLES = sorted(glob.glob(os.path.join(ROOT, "samples", "*.yaml")))
BIN = os.path.join(ROOT, ".build", "debug", "cortege")


def test_there_are_agendas():
    assert len(CALENDARS) >= 5


@pytest.mark.parametrize("path", CALENDARS, ids=os.path.basename)
def test_agenda_is_valid_icalendar_as_exported(path):
    raw = open(path, "rb").read()
    assert raw.count(b"\r\n") == raw.count(b"\n"), "every line ends with CRLF"
    for line in raw.split(b"\r\n"):
        assert len(line) <= 75, line
        line.decode("utf-8")
    cal = icalendar.Calendar.from_ical(raw)
    assert cal.get_missing_tzids() == set()
    for component in cal.walk():
        assert not component.errors, (component.name, component.errors)
    assert cal.walk("VEVENT"), "the agenda has events"


def test_agendas_cover_the_features_of_real_exports():
    texts = {os.path.basename(p): open(p, encoding="utf-8").read() for p in CALENDARS}
    joined = "".join(texts.values())
    assert "RRULE:FREQ=WEEKLY" in joined
    assert "EXDATE" in joined
    assert "RECURRENCE-ID" in joined
    assert "VALUE=DATE:" in joined
    assert "STATUS:CANCELLED" in joined
    assert 'TZID="SA Western Standard Time"' in texts["prefet-971.ics"]
    assert "TZID:SA Western Standard Time" in texts["prefet-971.ics"]


def plan_people(plan_path):
    """Item id -> participants, and the principal, read from the plan's YAML."""
    data = yaml.safe_load(open(plan_path, encoding="utf-8"))
    participants, riders = {}, {}

    def walk(entries, pending):
        for entry in entries:
            if "transfer" in entry:
                pending = entry["transfer"]
            elif "group" in entry:
                pending = walk(entry["group"]["items"], pending)
            else:
                participants[entry["id"]] = entry.get("participants", [])
                if pending and "riders" in pending:
                    riders[entry["id"]] = pending["riders"]
                pending = None
        return pending

    walk(data["programme"], None)
    return participants, riders, data["visit"]["principal"]


def busy_blocks(plan_path):
    """(person, start, end, what) for every item and transfer of a plan."""
    itinerary = json.loads(subprocess.run([BIN, "plan", plan_path, "--format", "json"], check=True,
                                          capture_output=True, text=True).stdout)
    participants, riders, principal = plan_people(plan_path)
    blocks = []
    for item in itinerary["items"]:
        for person in participants.get(item["id"], []):
            blocks.append((person, dt.datetime.fromisoformat(item["start"]), dt.datetime.fromisoformat(item["end"]),
                           item["id"]))
    for t in itinerary["transfers"]:
        given = riders.get(t["to-item"])
        if given is None:
            before = set(participants.get(t["from-item"], []))
            given = [p for p in participants.get(t["to-item"], []) if p in before] or [principal]
        for person in given:
            blocks.append((person, dt.datetime.fromisoformat(t["start"]), dt.datetime.fromisoformat(t["end"]),
                           "transfer:" + t["to-item"]))
    return blocks


def busy_occurrences(path, start, end):
    cal = icalendar.Calendar.from_ical(open(path, "rb").read())
    for event in recurring_ical_events.of(cal).between(start - dt.timedelta(days=1), end + dt.timedelta(days=1)):
        if str(event.get("STATUS", "")).upper() == "CANCELLED":
            continue
        all_day = not isinstance(event["DTSTART"].dt, dt.datetime)
        transp = event.get("TRANSP")
        if str(transp or "OPAQUE").upper() == "TRANSPARENT" or (all_day and transp is None):
            continue
        s, e = event["DTSTART"].dt, event["DTEND"].dt
        yield s, e, str(event["SUMMARY"])


def expected_clashes():
    found = set()
    for plan in SAMPLES:
        blocks = busy_blocks(plan)
        for person in {b[0] for b in blocks}:
            agenda = os.path.join(ROOT, "calendars", person + ".ics")
            if not os.path.exists(agenda):
                continue
            mine = [b for b in blocks if b[0] == person]
            lo, hi = min(b[1] for b in mine), max(b[2] for b in mine)
            for s, e, summary in busy_occurrences(agenda, lo, hi):
                for _, bs, be, what in mine:
                    if bs < e and s < be:
                        found.add((person, what, summary))
    return found


needs_binary = pytest.mark.skipif(not os.path.exists(BIN) or not SAMPLES, reason="needs the built cortege and samples/")


@needs_binary
def test_the_agendas_hold_real_clashes_with_the_samples():
    clashes = expected_clashes()
    people = {c[0] for c in clashes}
    assert len(clashes) >= 6, clashes
    assert {"prefet-971", "maire-pap", "president-cd55", "prefet-55"} <= people
    # The moved occurrences clash, the series' usual times do not.
    assert ("president-cd55", "lun-chambre-agriculture", "Commission permanente (décalée)") in clashes
    assert not any(c[2] == "Commission permanente" for c in clashes)
    assert ("prefet-971", "dejeuner", "État-major de sécurité (déplacé)") in clashes
    # Cancelled, transparent and all-day entries do not.
    assert not any("Marie-Galante" in c[2] or "Permanence" in c[2] or c[2] == "Point hebdomadaire avec le DGS" for c in clashes)


@needs_binary
def test_cortege_check_reports_the_same_clashes():
    run = subprocess.run([BIN, "check", *SAMPLES, "--agendas", os.path.join(ROOT, "calendars"), "--format", "json",
                          "--lang", "en"], capture_output=True, text=True)
    findings = json.loads(run.stdout)
    reported = set()
    for f in findings:
        if f["code"] != "person-overlap":
            continue
        for note in f.get("notes", []):
            if (note.get("file") or "").endswith(".ics"):
                summary = note["message"].split('"')[1]
                reported.add((f["subjects"][0], f["subjects"][1], summary))
    expected = {(p, w.removeprefix("transfer:"), s) for p, w, s in expected_clashes()}
    assert reported == expected
