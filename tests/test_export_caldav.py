"""A real CalDAV server (Radicale) takes every `--caldav` object of a sample (`--all`: every audience and
person) and gives it back unchanged.

The server runs on 127.0.0.1 on a free port with a temporary storage folder; every object is PUT (201),
read back with GET, and compared with what was sent, property by property, after parsing both with python
`icalendar` (the server may re-serialise). Its log must hold no `[ERROR]`. The server is stopped at the end.
"""
import http.client
import os
import socket
import subprocess
import sys
import time

import icalendar
import pytest
import yaml

from export_tools import LATE, SAMPLES, binary, cortege, plan_json


def free_port():
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def request(port, method, path, body=None, headers=None):
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=10)
    try:
        connection.request(method, path, body=body, headers=headers or {})
        response = connection.getresponse()
        return response.status, response.read()
    finally:
        connection.close()


def wait_for_server(server, port, name, method, log_path):
    """Waits until the server started as `server` answers `method /` on `port` (30 s at most)."""
    deadline = time.monotonic() + 30
    while True:
        if server.poll() is not None:
            pytest.fail(f"{name} exited with status {server.returncode}: {log_path.read_text()}")
        try:
            request(port, method, "/")
            return
        except OSError:
            if time.monotonic() > deadline:
                pytest.fail(f"{name} did not answer within 30 s")
            time.sleep(0.1)


@pytest.fixture(scope="module")
def radicale(tmp_path_factory):
    folder = tmp_path_factory.mktemp("radicale")
    log_path = folder / "radicale.log"
    port = free_port()
    log = open(log_path, "wb")
    server = subprocess.Popen(
        [sys.executable, "-m", "radicale", "--server-hosts", f"127.0.0.1:{port}",
         "--storage-filesystem-folder", str(folder / "storage"), "--auth-type", "none"],
        stdout=log, stderr=subprocess.STDOUT)
    try:
        wait_for_server(server, port, "Radicale", "GET", log_path)
        yield port, log_path
    finally:
        server.terminate()
        try:
            server.wait(timeout=10)
        except subprocess.TimeoutExpired:
            server.kill()
            server.wait()
        log.close()


def properties(event):
    """An event's properties as comparable values: name -> sorted (value, parameters) pairs."""
    result = {}
    for name, value in event.property_items(recursive=False):
        if name in ("BEGIN", "END"):
            continue
        params = tuple(sorted((k, str(v)) for k, v in getattr(value, "params", {}).items()))
        result.setdefault(name, []).append((value.to_ical() if hasattr(value, "to_ical") else str(value), params))
    return {k: sorted(v) for k, v in result.items()}


def content(text):
    """What a stored object says: its events (with their alarms) and its time zones."""
    cal = icalendar.Calendar.from_ical(text)
    for component in cal.walk():
        assert not component.errors, (component.name, component.errors)
    events = [(properties(e), [properties(a) for a in e.walk("VALARM")]) for e in cal.walk("VEVENT")]
    zones = sorted(str(z["TZID"]) for z in cal.walk("VTIMEZONE"))
    return events, zones, cal.get("METHOD")


@pytest.mark.parametrize("plan", SAMPLES, ids=os.path.basename)
def test_server_takes_every_caldav_object_unchanged(plan, radicale, tmp_path):
    binary()
    port, log_path = radicale
    out = tmp_path / "dav"
    # Every calendar of the visit: the five audiences and every person (the principal's own carries alarms).
    cortege("export", plan, "--all", "--caldav", "-o", str(out), "--now", LATE, check=0)
    principal = yaml.safe_load(open(plan, encoding="utf-8"))["visit"]["principal"]
    audiences = sorted(os.listdir(out))
    assert "security" in audiences and f"person-{principal}" in audiences, audiences
    name = os.path.basename(plan).removesuffix(".yaml")
    status, _ = request(port, "MKCOL", f"/{name}/")
    assert status == 201, status
    # A unit on none of the visit's legs has an empty calendar: its folder holds no object.
    legs = plan_json(plan)["escort"]["legs"]
    busy_units = {f"unit-{u}" for leg in legs for u in leg["units"]}
    objects = []
    for audience in audiences:
        status, _ = request(port, "MKCALENDAR", f"/{name}/{audience}/")
        assert status == 201, status
        folder = out / audience
        files = sorted(os.listdir(folder))
        if audience.startswith("unit-") and audience not in busy_units:
            assert files == [], folder
            continue
        assert files, folder
        objects += [(audience, f, (folder / f).read_bytes()) for f in files]

    for audience, file_name, body in objects:
        path = f"/{name}/{audience}/{file_name}"
        status, answer = request(port, "PUT", path, body, {"Content-Type": "text/calendar; charset=utf-8"})
        assert status == 201, (path, status, answer)
    alarms = 0
    for audience, file_name, body in objects:
        path = f"/{name}/{audience}/{file_name}"
        status, stored = request(port, "GET", path)
        assert status == 200, (path, status)
        sent_events, sent_zones, method = content(body)
        got_events, got_zones, _ = content(stored)
        assert method is None, f"{file_name}: METHOD in a CalDAV object"
        assert len(sent_events) == 1, f"{file_name}: one event per object"
        assert got_events == sent_events, file_name
        alarms += sum(len(a) for _, a in sent_events)
        assert got_zones == sent_zones == [str(icalendar.Calendar.from_ical(body).walk("VTIMEZONE")[0]["TZID"])]

    assert alarms > 0, "the person's objects carry their alarms"
    log = log_path.read_text(encoding="utf-8", errors="replace")
    assert "[ERROR]" not in log, [line for line in log.splitlines() if "[ERROR]" in line]
