"""`cortege export` read back by an independent reader (python `icalendar`), on every sample and audience.

Every file must pass the raw checks (CRLF, 75 octets, no split UTF-8 character), parse without errors, carry a
VTIMEZONE for its TZID (the plain IANA name), have unique UIDs stable from one export to the next, and each
event's instants must equal the itinerary of `cortege plan PLAN --format json`.
"""
import datetime as dt
import glob
import json
import os
import re
import subprocess
from zoneinfo import ZoneInfo

import icalendar
import pytest
import yaml

from export_tools import LATE, SAMPLES, STAMP, binary, check_raw_lines, cortege, iso, people_of_visit, plan_json, utc

AUDIENCES = ["principal", "staff", "security", "press", "public"]


def confidential_items(path):
    """Ids of the items marked `confidential: true` in a plan's YAML."""
    data = yaml.safe_load(open(path, encoding="utf-8"))
    found = set()

    def walk(entries):
        for entry in entries:
            if "group" in entry:
                walk(entry["group"]["items"])
            elif "id" in entry and entry.get("confidential"):
                found.add(entry["id"])

    walk(data["programme"])
    return found


def wall_instant(event, name, vtimezone):
    """The instant of DTSTART/DTEND computed from the file's own VTIMEZONE (not from the system's zone data)."""
    prop = event[name]
    naive = prop.dt.replace(tzinfo=None)
    tz = vtimezone.to_tz(lookup_tzid=False)
    return utc(naive.replace(tzinfo=tz))


def check_file(path, itinerary, confidential):
    """Every check of the independent reader on one exported file; returns the UIDs in file order."""
    raw = open(path, "rb").read()
    where = os.path.basename(path)
    check_raw_lines(raw, where)
    assert b"freeassociation" not in raw, f"{where}: libical's TZID prefix"
    cal = icalendar.Calendar.from_ical(raw)
    for component in cal.walk():
        assert not component.errors, (where, component.name, component.errors)
    assert cal.get_missing_tzids() == set(), where
    zone = itinerary["timezone"]
    vtimezones = cal.walk("VTIMEZONE")
    assert [str(v["TZID"]) for v in vtimezones] == [zone], where
    vtimezone = vtimezones[0]

    visit = itinerary["visit"]
    items = {i["id"]: i for i in itinerary["items"]}
    transfers = {(t["from-item"], t["to-item"]): t for t in itinerary["transfers"]}
    events = cal.walk("VEVENT")
    uids = [str(e["UID"]) for e in events]
    assert len(uids) == len(set(uids)), f"{where}: duplicate UIDs"
    spans = {}
    for event in events:
        uid = str(event["UID"])
        for name in ("DTSTART", "DTEND"):
            value = event.decoded(name)
            if event[name].params.get("TZID") is None:
                # UTC only for the second reading of a repeated hour, which a TZID time cannot name.
                assert value.utcoffset() == dt.timedelta(0), (where, uid, name, "floating time")
                local = value.astimezone(ZoneInfo(zone))
                assert local.replace(tzinfo=None).replace(tzinfo=ZoneInfo(zone)) != value, (where, uid, name)
            else:
                assert event[name].params["TZID"] == zone, (where, uid, name)
                assert wall_instant(event, name, vtimezone) == utc(value), (where, uid, name, "VTIMEZONE disagrees")
        start, end = utc(event.decoded("DTSTART")), utc(event.decoded("DTEND"))
        local, _, domain = uid.partition("@")
        assert domain and local.endswith("." + visit), (where, uid)
        spans[local[: -len(visit) - 1]] = (start, end)

    for key, (start, end) in spans.items():
        # Only items, busy blocks and transfers are events: the visit has no span event of its own.
        if key in items:
            assert (start, end) == (iso(items[key]["start"]), iso(items[key]["end"])), (where, key)
        elif key.startswith("busy-"):
            matching = [i for i in confidential
                        if i in items and (iso(items[i]["start"]), iso(items[i]["end"])) == (start, end)]
            assert matching, f"{where}: busy block {key} matches no confidential item"
        elif key == "escort-duties":
            # The escort's duty spans, once, from the first duty's start to the last one's end (security only).
            duties = itinerary["escort"]["duties"]
            assert duties and where.startswith("security"), (where, key)
            assert (start, end) == (min(iso(d["start"]) for d in duties), max(iso(d["end"]) for d in duties)), where
        else:
            assert key.startswith("transfer-"), f"{where}: event {key} is nothing of the itinerary"
            pairs = [p for p in transfers if f"transfer-{p[0]}-{p[1]}" == key]
            assert len(pairs) == 1, (where, key)
            t = transfers[pairs[0]]
            assert (start, end) == (iso(t["start"]), iso(t["end"])), (where, key)
    return uids


def export(plan, folder, *args):
    return cortege("export", plan, "-o", str(folder), "--now", LATE, "--dtstamp", STAMP, *args)


def unit_ids(plan):
    """The escort units of a plan (its registries included), from the security view."""
    view = json.loads(cortege("plan", plan, "--audience", "security", "--format", "json", check=0).stdout)
    return sorted(u["id"] for u in view["escort"]["units"])


@pytest.fixture(scope="module")
def built():
    return binary()


@pytest.mark.parametrize("plan", SAMPLES, ids=os.path.basename)
def test_every_audience_of_every_sample_reads_back(plan, tmp_path, built):
    itinerary = plan_json(plan)
    confidential = confidential_items(plan)
    persons = people_of_visit(plan)

    units = unit_ids(plan)

    # One audience at a time.
    single = tmp_path / "single"
    for audience in AUDIENCES + [f"person:{p}" for p in persons] + [f"unit:{u}" for u in units]:
        result = export(plan, single, "--audience", audience)
        assert result.returncode == 0, (audience, result.stderr)

    # Every audience at once, twice in fresh folders.
    runs = []
    for name in ("all-1", "all-2"):
        folder = tmp_path / name
        result = export(plan, folder, "--all")
        assert result.returncode == 0, result.stderr
        runs.append(folder)
    expected = {f"{a}.ics" for a in AUDIENCES}
    expected |= {f"person-{p}.ics" for p in persons}
    unit_files = {f"unit-{u}.ics" for u in units}
    for folder in [single] + runs:
        assert set(os.listdir(folder)) == expected | unit_files, folder

    for name in sorted(expected):
        uids = [check_file(str(folder / name), itinerary, confidential) for folder in [single] + runs]
        assert uids[0] == uids[1] == uids[2], f"{name}: UIDs differ between exports"
        data = [open(folder / name, "rb").read() for folder in [single] + runs]
        assert data[0] == data[1] == data[2], f"{name}: the same plan gave different bytes"
    # A unit's calendar holds its posts, repositionings and duty spans, not the itinerary's times
    # (tests/test_escort_calendars.py checks them): here, the raw lines, the parse and the stable bytes.
    for name in sorted(unit_files):
        for folder in [single] + runs:
            raw = open(folder / name, "rb").read()
            check_raw_lines(raw, str(folder / name))
            icalendar.Calendar.from_ical(raw)
        data = [open(folder / name, "rb").read() for folder in [single] + runs]
        assert data[0] == data[1] == data[2], f"{name}: the same plan gave different bytes"


def test_security_calendar_covers_the_whole_itinerary(tmp_path, built):
    """The security view holds every item and transfer, and the escort's duty spans when there are any: none of
    them is missing from the file, and nothing else is there."""
    for plan in SAMPLES:
        itinerary = plan_json(plan)
        out = tmp_path / os.path.basename(plan)
        export(plan, out, "--audience", "security").check_returncode()
        cal = icalendar.Calendar.from_ical(open(out / "security.ics", "rb").read())
        keys = {str(e["UID"]).partition("@")[0] for e in cal.walk("VEVENT")}
        visit = itinerary["visit"]
        want = {f"{i['id']}.{visit}" for i in itinerary["items"]}
        want |= {f"transfer-{t['from-item']}-{t['to-item']}.{visit}" for t in itinerary["transfers"]}
        if itinerary["escort"]["duties"]:
            want.add(f"escort-duties.{visit}")
        assert keys == want, plan


def test_embargo_before_announce(tmp_path, built):
    """971: announce 2026-12-03T18:00 in Guadeloupe (22:00Z)."""
    plan = next(p for p in SAMPLES if os.path.basename(p).startswith("971-"))
    before, after = "2026-12-03T17:59", "2026-12-03T18:00"
    for audience in ("press", "public"):
        out = tmp_path / f"refused-{audience}"
        result = cortege("export", plan, "--audience", audience, "-o", str(out), "--now", before)
        assert result.returncode == 1 and "erreur[embargo]" in result.stderr, result.stderr
        assert re.search(r"971-visite-ministre\.yaml:\d+:\d+: erreur\[embargo\]", result.stderr), result.stderr
        assert not out.exists(), "nothing written under embargo"
        # With an offset: 21:59Z is still before, 22:00Z is the announce time.
        assert cortege("export", plan, "--audience", audience, "-o", str(out), "--now",
                       "2026-12-03T21:59Z").returncode == 1
        ok = cortege("export", plan, "--audience", audience, "-o", str(out), "--now", after)
        assert ok.returncode == 0, ok.stderr
        assert (out / f"{audience}.ics").exists()

    out = tmp_path / "all"
    result = cortege("export", plan, "--all", "-o", str(out), "--now", before)
    assert result.returncode == 1, result.stderr
    assert result.stderr.count("erreur[embargo]") == 2, result.stderr
    names = set(os.listdir(out))
    assert {"principal.ics", "staff.ics", "security.ics"} <= names
    assert not names & {"press.ics", "public.ics"}
    assert {n for n in names if n.startswith("person-")} == {f"person-{p}.ics" for p in people_of_visit(plan)}


def test_another_visits_file_is_replaced_not_merged(tmp_path, built):
    """A folder holding another visit's staff.ics: the new export neither keeps nor cancels its events."""
    first, second = SAMPLES[0], SAMPLES[1]
    export(first, tmp_path, "--audience", "staff").check_returncode()
    result = export(second, tmp_path, "--audience", "staff")
    assert result.returncode == 0, result.stderr
    visit = plan_json(second)["visit"]
    cal = icalendar.Calendar.from_ical(open(tmp_path / "staff.ics", "rb").read())
    uids = [str(e["UID"]) for e in cal.walk("VEVENT")]
    assert uids and all(f".{visit}@" in u for u in uids), uids
    assert not [e for e in cal.walk("VEVENT") if str(e.get("STATUS")) == "CANCELLED"]


DST_PLAN = """\
cortege: 1
visit:
  id: dst-{date}
  title: Visite le jour du changement d'heure
  kind: prefect
  principal: prefet
  territory: "63"
  date: {date}
  status: confirmed
  announce: {date}T00:00
  organizer: {{ name: Cabinet, email: cabinet@puy-de-dome.gouv.fr }}
people:
  - {{ id: prefet, name: Préfète, function: prefect }}
venues:
  - {{ id: pref, name: Préfecture, geo: [45.7772, 3.0870] }}
programme:
{items}
"""


def dst_plan(folder, date, items):
    lines = []
    for ident, at, duration in items:
        lines.append(f"  - {{ id: {ident}, kind: meeting, title: Séquence {ident}, venue: pref, at: \"{at}\", "
                     f"duration: {duration}, participants: [prefet], press: open }}")
    path = folder / f"dst-{date}.yaml"
    path.write_text(DST_PLAN.format(date=date, items="\n".join(lines)), encoding="utf-8")
    return str(path)


@pytest.mark.parametrize("date,items", [
    # 29 March 2026: 02:00 CET becomes 03:00 CEST. An item across the gap, one after, one late.
    ("2026-03-29", [("nuit", "01:00", "3h"), ("matin", "04:30", "30m"), ("midi", "12:00", "45m")]),
    # 25 October 2026: 03:00 CEST becomes 02:00 CET. An item ending in the repeated hour's second pass,
    # one across the whole fold, one after.
    ("2026-10-25", [("nuit", "01:30", "90m"), ("fold", "03:10", "30m"), ("matin", "04:00", "2h")]),
], ids=["spring-forward", "fall-back"])
def test_dst_day_instants_read_back_equal(date, items, tmp_path, built):
    plan = dst_plan(tmp_path, date, items)
    itinerary = plan_json(plan)
    by_id = {i["id"]: i for i in itinerary["items"]}
    # Cortège's own itinerary, checked against the wall clock with zoneinfo (independent of Cortège).
    paris = ZoneInfo("Europe/Paris")
    for ident, at, _ in items:
        wall = dt.datetime.fromisoformat(f"{date}T{at}").replace(tzinfo=paris)
        assert iso(by_id[ident]["start"]) == utc(wall), ident
    for audience in ("principal", "public"):
        result = export(plan, tmp_path / "out", "--audience", audience)
        assert result.returncode == 0, result.stderr
        path = tmp_path / "out" / f"{audience}.ics"
        check_file(str(path), itinerary, set())
        cal = icalendar.Calendar.from_ical(open(path, "rb").read())
        got = {str(e["UID"]).split(".")[0]: (utc(e.decoded("DTSTART")), utc(e.decoded("DTEND")))
               for e in cal.walk("VEVENT")}
        for ident, _, _ in items:
            assert got[ident] == (iso(by_id[ident]["start"]), iso(by_id[ident]["end"])), ident


def test_guadeloupe_visit_carries_america_guadeloupe(tmp_path, built):
    plan = next(p for p in SAMPLES if os.path.basename(p).startswith("971-"))
    export(plan, tmp_path, "--audience", "principal").check_returncode()
    raw = open(tmp_path / "principal.ics", "rb").read()
    cal = icalendar.Calendar.from_ical(raw)
    assert [str(v["TZID"]) for v in cal.walk("VTIMEZONE")] == ["America/Guadeloupe"]
    for event in cal.walk("VEVENT"):
        assert event["DTSTART"].params["TZID"] == "America/Guadeloupe"
        assert event.decoded("DTSTART").utcoffset() == dt.timedelta(hours=-4)
    assert b"\r\nTZOFFSETTO:-0400\r\n" in raw


def test_export_command_line_errors(tmp_path, built):
    plan = SAMPLES[0]
    assert cortege("export", plan, "-o", str(tmp_path)).returncode == 2, "no --audience nor --all"
    assert cortege("export", plan, "--all", "--audience", "staff", "-o", str(tmp_path)).returncode == 2
    assert cortege("export", plan, "--audience", "journalists", "-o", str(tmp_path)).returncode == 2
    bad_now = cortege("export", plan, "--audience", "staff", "--now", "demain", "-o", str(tmp_path))
    assert bad_now.returncode == 2 and "--now" in bad_now.stderr
    missing = cortege("export", str(tmp_path / "none.yaml"), "--audience", "staff", "-o", str(tmp_path / "x"))
    assert missing.returncode == 2 and "none.yaml" in missing.stderr
    unknown = cortege("export", plan, "--audience", "person:nobody", "-o", str(tmp_path / "y"))
    assert unknown.returncode == 1 and "unknown-ref" in unknown.stderr
    assert not (tmp_path / "x").exists() and not (tmp_path / "y").exists(), "nothing written on bad input"


def test_broken_plans_get_located_findings_and_no_file(tmp_path, built):
    broken = sorted(glob.glob(os.path.join(os.path.dirname(SAMPLES[0]), "broken", "*.yaml")))
    assert broken
    for plan in broken:
        out = tmp_path / os.path.basename(plan)
        result = cortege("export", plan, "--all", "-o", str(out), "--now", LATE)
        if result.returncode == 0 or (out.exists() and os.listdir(out)):
            continue  # a plan with warnings only, still exportable
        assert result.returncode in (1, 2), (plan, result.returncode)
        assert re.search(r"\.yaml:\d+:\d+: erreur\[[a-z-]+\]", result.stderr), (plan, result.stderr)
        assert not out.exists(), plan


def test_an_item_named_visit_is_an_ordinary_item(tmp_path, built):
    """The visit has no event of its own, so the id `visit` names an item like any other."""
    plan = dst_plan(tmp_path, "2026-06-10", [("visit", "09:00", "30m"), ("suite", "10:00", "30m")])
    out = tmp_path / "out"
    cortege("export", plan, "--audience", "staff", "-o", str(out), "--now", LATE, check=0)
    cal = icalendar.Calendar.from_ical((out / "staff.ics").read_bytes())
    uids = sorted(str(e["UID"]).partition("@")[0] for e in cal.walk("VEVENT"))
    assert uids == ["suite.dst-2026-06-10", "visit.dst-2026-06-10"], uids
