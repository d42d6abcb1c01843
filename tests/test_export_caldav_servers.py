"""Two real CalDAV servers take every `--caldav` object of every sample, and free/busy shows busy time only
during items and transfers.

- Xandikos (started on 127.0.0.1, free port, temporary folder): one calendar collection per audience
  (MKCALENDAR), every object PUT (201) and read back (GET 200, same UID).
- Radicale (the server of tests/test_export_caldav.py): every object of the principal's calendar PUT, then a
  `free-busy-query` REPORT over the visit's days: the busy periods are exactly the union of the calendar's
  events (items and transfers), so nights and gaps are free.
"""
import datetime as dt
import os
import subprocess
import sys
import time

import icalendar
import pytest

from export_tools import LATE, SAMPLES, binary, cortege, plan_json
from test_export_caldav import free_port, radicale, request, wait_for_server  # noqa: F401 (the Radicale fixture)


@pytest.fixture(scope="module")
def xandikos(tmp_path_factory):
    folder = tmp_path_factory.mktemp("xandikos")
    port = free_port()
    log_path = folder / "xandikos.log"
    log = open(log_path, "wb")
    server = subprocess.Popen(
        [sys.executable, "-m", "xandikos.web", "--defaults", "-d", str(folder / "store"), "-l", "127.0.0.1",
         "-p", str(port), "--current-user-principal", "/user/"],
        stdout=log, stderr=subprocess.STDOUT)
    try:
        wait_for_server(server, port, "Xandikos", "OPTIONS", log_path)
        yield port
    finally:
        server.terminate()
        try:
            server.wait(timeout=10)
        except subprocess.TimeoutExpired:
            server.kill()
            server.wait()
        log.close()


@pytest.mark.parametrize("plan", SAMPLES, ids=os.path.basename)
def test_xandikos_takes_every_caldav_object(plan, xandikos, tmp_path):
    binary()
    port = xandikos
    out = tmp_path / "dav"
    cortege("export", plan, "--all", "--caldav", "-o", str(out), "--now", LATE, check=0)
    name = os.path.basename(plan).removesuffix(".yaml")
    count = 0
    for audience in sorted(os.listdir(out)):
        collection = f"/user/calendars/{name}-{audience}/"
        status, answer = request(port, "MKCALENDAR", collection)
        assert status == 201, (collection, status, answer[:500])
        for file_name in sorted(os.listdir(out / audience)):
            body = (out / audience / file_name).read_bytes()
            path = collection + file_name
            status, answer = request(port, "PUT", path, body, {"Content-Type": "text/calendar; charset=utf-8"})
            assert status in (201, 204), (path, status, answer[:500])
            status, stored = request(port, "GET", path)
            assert status == 200, (path, status)
            sent = icalendar.Calendar.from_ical(body).walk("VEVENT")[0]
            got = icalendar.Calendar.from_ical(stored).walk("VEVENT")[0]
            assert str(got["UID"]) == str(sent["UID"]), path
            assert got.decoded("DTSTART") == sent.decoded("DTSTART"), path
            count += 1
    assert count > 20


FREE_BUSY = """<?xml version="1.0" encoding="utf-8"?>
<C:free-busy-query xmlns:C="urn:ietf:params:xml:ns:caldav">
  <C:time-range start="{start}" end="{end}"/>
</C:free-busy-query>"""


def merged(intervals):
    result = []
    for start, end in sorted(intervals):
        if result and start <= result[-1][1]:
            result[-1] = (result[-1][0], max(result[-1][1], end))
        else:
            result.append((start, end))
    return result


@pytest.mark.parametrize("plan", SAMPLES, ids=os.path.basename)
def test_free_busy_is_busy_only_during_items_and_transfers(plan, radicale, tmp_path):
    binary()
    port, _ = radicale
    out = tmp_path / "dav"
    cortege("export", plan, "--audience", "principal", "--caldav", "-o", str(out), "--now", LATE, check=0)
    name = "fb-" + os.path.basename(plan).removesuffix(".yaml")
    assert request(port, "MKCOL", f"/{name}/")[0] == 201
    collection = f"/{name}/principal/"
    assert request(port, "MKCALENDAR", collection)[0] == 201
    # Busy time: the items and transfers of the itinerary, as `cortege plan --format json` says.
    itinerary = plan_json(plan)
    visit = itinerary["visit"]

    def utc(iso):
        return dt.datetime.fromisoformat(iso).astimezone(dt.timezone.utc)

    spans = {f"{i['id']}.{visit}": (utc(i["start"]), utc(i["end"])) for i in itinerary["items"]}
    spans |= {f"transfer-{t['from-item']}-{t['to-item']}.{visit}": (utc(t["start"]), utc(t["end"]))
              for t in itinerary["transfers"]}
    events = []
    for file_name in sorted(os.listdir(out / "principal")):
        body = (out / "principal" / file_name).read_bytes()
        status, _ = request(port, "PUT", collection + file_name, body, {"Content-Type": "text/calendar"})
        assert status == 201
        event = icalendar.Calendar.from_ical(body).walk("VEVENT")[0]
        key = str(event["UID"]).partition("@")[0]
        assert key in spans, f"{file_name}: an event that is neither an item nor a transfer"
        events.append(spans[key])
    start = min(s for s, _ in events).replace(hour=0, minute=0, second=0) - dt.timedelta(days=1)
    end = max(e for _, e in events).replace(hour=0, minute=0, second=0) + dt.timedelta(days=2)
    body = FREE_BUSY.format(start=start.strftime("%Y%m%dT%H%M%SZ"), end=end.strftime("%Y%m%dT%H%M%SZ"))
    status, answer = request(port, "REPORT", collection, body.encode(), {"Content-Type": "application/xml",
                                                                        "Depth": "1"})
    assert status == 200, (status, answer[:500])
    freebusy = icalendar.Calendar.from_ical(answer).walk("VFREEBUSY")
    assert len(freebusy) == 1
    busy = []
    values = freebusy[0].get("FREEBUSY", [])
    for value in values if isinstance(values, list) else [values]:
        for period in value.dt if isinstance(value.dt, list) else [value.dt]:
            begin, finish = period
            if isinstance(finish, dt.timedelta):
                finish = begin + finish
            busy.append((begin.astimezone(dt.timezone.utc), finish.astimezone(dt.timezone.utc)))
    assert merged(busy) == merged(events), (merged(busy)[:3], merged(events)[:3])
