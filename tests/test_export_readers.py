"""The reader matrix: every exported file of every sample (files and `--caldav` objects) read by independent
readers, none of them Cortège's code nor libical.

- python `icalendar` (no parse error) and `recurring-ical-events` (every VEVENT found in the visit's span);
- `vobject`, with validation (`validate(raiseException=True)`);
- `ics` (ics.py 0.7; its parser recurses once per line, so it runs in a process of its own with a 1 GiB
  stack, one process per folder: it slows down as one process reads more files);
- `ical`, the strict RFC 5545 parser (pydantic models);
- `khal`: every calendar file is imported into a temporary calendar (`khal import --batch`), and every
  `--caldav` folder is read by khal as the vdir it is (one event per file); then `khal list` shows each item
  and transfer at its local start and end time, as `cortege plan --format json` says.
"""
import datetime as dt
import glob
import json
import os
import subprocess
import sys
from zoneinfo import ZoneInfo

import icalendar
import pytest
import recurring_ical_events
import vobject

from export_tools import LATE, SAMPLES, binary, cortege, plan_json


def exported(plan, folder, caldav):
    extra = ["--caldav"] if caldav else []
    cortege("export", plan, "--all", "-o", str(folder), "--now", LATE, *extra, check=0)
    files = sorted(glob.glob(str(folder / ("*/*.ics" if caldav else "*.ics"))))
    assert files, plan
    return files


ICS_READER = """
import json, sys, threading
sys.setrecursionlimit(1000000)
threading.stack_size(1024 * 1024 * 1024)
result = {}
def run():
    import ics
    for path in sys.argv[1:]:
        try:
            result[path] = len(ics.Calendar(open(path, encoding="utf-8").read()).events)
        except Exception as error:
            result[path] = repr(error)[:300]
thread = threading.Thread(target=run)
thread.start()
thread.join()
print(json.dumps(result))
"""


def read_with_ics(paths):
    """ics.py 0.7 on every file, in a process of its own with a 1 GiB stack: its parser recurses once per
    line. By path: the number of events, or the error."""
    result = subprocess.run([sys.executable, "-c", ICS_READER, *paths], capture_output=True, text=True, timeout=600)
    assert result.returncode == 0, ("ics.py crashed", result.stderr[-2000:])
    return json.loads(result.stdout)


@pytest.mark.parametrize("caldav", [False, True], ids=["files", "caldav"])
@pytest.mark.parametrize("plan", SAMPLES, ids=os.path.basename)
def test_every_exported_file_is_read_by_every_reader(tmp_path, plan, caldav):
    from ical.calendar_stream import IcsCalendarStream

    binary()
    itinerary = plan_json(plan)
    starts = [dt.datetime.fromisoformat(i["start"]) for i in itinerary["items"]]
    ends = [dt.datetime.fromisoformat(i["end"]) for i in itinerary["items"]]
    span = (min(starts) - dt.timedelta(days=1), max(ends) + dt.timedelta(days=1))
    failures = []
    counts = {}
    paths = exported(plan, tmp_path / "out", caldav)
    for path in paths:
        where = os.path.relpath(path, tmp_path)
        text = open(path, encoding="utf-8").read()
        cal = icalendar.Calendar.from_ical(text)
        count = len(cal.walk("VEVENT"))
        try:
            found = recurring_ical_events.of(cal).between(*span)
            if len(found) != count:
                failures.append((where, "recurring-ical-events", f"{len(found)} of {count} events"))
        except Exception as error:
            failures.append((where, "recurring-ical-events", repr(error)[:300]))
        try:
            vobject.readOne(text).validate(raiseException=True)
        except Exception as error:
            failures.append((where, "vobject", repr(error)[:300]))
        counts[path] = count
        try:
            strict = IcsCalendarStream.calendar_from_ics(text)
            if len(strict.events) != count:
                failures.append((where, "ical", f"{len(strict.events)} of {count} events"))
        except Exception as error:
            failures.append((where, "ical", repr(error)[:300]))
    # One ics.py process per folder: it slows down as it reads more files in one process.
    folders = sorted({os.path.dirname(p) for p in paths})
    got_all = {}
    for folder in folders:
        got_all.update(read_with_ics([p for p in paths if os.path.dirname(p) == folder]))
    for path, got in got_all.items():
        if got != counts[path]:
            failures.append((os.path.relpath(path, tmp_path), "ics", f"{got} for {counts[path]} events"))
    assert failures == [], failures[:5]


KHAL_CONFIG = """\
[sqlite]
path = {db}
[calendars]
[[visit]]
path = {path}
type = calendar
[locale]
timeformat = %H:%M
dateformat = %Y-%m-%d
longdateformat = %Y-%m-%d
datetimeformat = %Y-%m-%d %H:%M
longdatetimeformat = %Y-%m-%d %H:%M
local_timezone = {zone}
default_timezone = {zone}
[default]
default_calendar = visit
"""


def khal(config, *args):
    result = subprocess.run(["khal", "-c", str(config), *args], capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, (args, result.stdout, result.stderr)
    return result.stdout


@pytest.mark.parametrize("caldav", [False, True], ids=["files", "caldav"])
@pytest.mark.parametrize("plan", SAMPLES, ids=os.path.basename)
def test_khal_lists_every_item_and_transfer_at_its_local_time(tmp_path, plan, caldav):
    binary()
    itinerary = plan_json(plan)
    zone = itinerary["timezone"]
    visit = itinerary["visit"]
    expected = {}
    for item in itinerary["items"]:
        expected[f"{item['id']}.{visit}"] = (item["start"], item["end"])
    for t in itinerary["transfers"]:
        expected[f"transfer-{t['from-item']}-{t['to-item']}.{visit}"] = (t["start"], t["end"])

    def local(iso):
        return dt.datetime.fromisoformat(iso).astimezone(ZoneInfo(zone)).strftime("%Y-%m-%d %H:%M")

    first = min(dt.datetime.fromisoformat(s).astimezone(ZoneInfo(zone)) for s, _ in expected.values()).date()
    last = max(dt.datetime.fromisoformat(e).astimezone(ZoneInfo(zone)) for _, e in expected.values()).date()
    days = f"{(last - first).days + 2}d"
    paths = exported(plan, tmp_path / "out", caldav)
    # A calendar file is imported into a store of its own; a CalDAV folder is a vdir khal reads as it is.
    calendars = sorted({os.path.dirname(p) for p in paths}) if caldav else paths
    checked = 0
    for calendar in calendars:
        name = os.path.basename(calendar)
        work = tmp_path / "khal" / name
        work.mkdir(parents=True)
        store = calendar if caldav else work / "store"
        if not caldav:
            store.mkdir()
        config = work / "khal.conf"
        config.write_text(KHAL_CONFIG.format(path=store, db=work / "khal.db", zone=zone), encoding="utf-8")
        if not caldav:
            khal(config, "import", "--batch", "-a", "visit", calendar)
        listed = {}
        fmt = "{start-date} {start-time}|{end-date} {end-time}|{uid}"
        for line in khal(config, "list", "--format", fmt, "--day-format", "", first.isoformat(), days).splitlines():
            if line.count("|") != 2:
                continue
            start, end, uid = line.split("|")
            listed.setdefault(uid.partition("@")[0], (start.strip(), end.strip()))
        files = [p for p in paths if os.path.dirname(p) == calendar] if caldav else [calendar]
        uids = {
            str(e["UID"]).partition("@")[0]
            for f in files
            for e in icalendar.Calendar.from_ical(open(f, "rb").read()).walk("VEVENT")
        }
        assert set(listed) == uids, (name, sorted(set(listed) ^ uids))
        for key, (start, end) in listed.items():
            if key in expected:
                assert (start, end) == (local(expected[key][0]), local(expected[key][1])), (name, key)
                checked += 1
    assert checked > 0
