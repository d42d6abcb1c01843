"""Helpers shared by the tests of `cortege export`: the binary, the plans' itineraries, the raw checks.

Nothing here uses Cortège's own iCalendar code: files are read as bytes and with python `icalendar`.
"""
import atexit
import datetime as dt
import glob
import json
import os
import shutil
import subprocess
import tempfile

import pytest

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
BIN = os.path.join(ROOT, ".build", "debug", "cortege")
SAMPLES = sorted(glob.glob(os.path.join(ROOT, "samples", "*.yaml")))
# Long after every sample's `announce`: the press and public exports are allowed.
LATE = "2030-01-01T00:00"
STAMP = "2026-11-01T12:00:00Z"


def binary():
    """The built binary, or a clear failure saying how to build it."""
    if not os.access(BIN, os.X_OK):
        pytest.fail(f"{BIN} is missing: build it first (`swift build --product cortege`; `make test` does it)")
    return BIN


def cortege(*args, check=None):
    """Runs the binary; `check` is the exit status expected, if any.

    An export of a plan of the repository (the samples) keeps its journal in a fresh temporary folder, not
    beside the plan: the tests never write into the repository, and each such export starts a new history
    (the previous export is then the output folder's, as a test that exports twice into one folder expects).
    """
    args = list(args)
    if (args and args[0] == "export" and len(args) > 1 and "--journal" not in args and "--no-journal" not in args
            and os.path.abspath(args[1]).startswith(ROOT + os.sep)):
        folder = tempfile.mkdtemp(prefix="cortege-journal-")
        atexit.register(shutil.rmtree, folder, True)
        args += ["--journal", os.path.join(folder, "plan.cortege-journal")]
    result = subprocess.run([binary(), *args], capture_output=True, text=True, cwd=ROOT)
    if check is not None:
        assert result.returncode == check, (args, result.returncode, result.stdout, result.stderr)
    return result


def plan_json(path):
    """`cortege plan PLAN --format json`."""
    return json.loads(cortege("plan", path, "--format", "json", check=0).stdout)


def people_of_visit(path):
    """The person ids `--all` writes a calendar for: the principal, the participants and the riders."""
    import yaml

    data = yaml.safe_load(open(path, encoding="utf-8"))
    people = {data["visit"]["principal"]}

    def walk(entries):
        for entry in entries:
            if "transfer" in entry:
                people.update(entry["transfer"].get("riders", []))
            elif "group" in entry:
                walk(entry["group"]["items"])
            else:
                people.update(entry.get("participants", []))

    walk(data["programme"])
    return sorted(people)


def check_raw_lines(raw, where):
    """CRLF everywhere, no physical line over 75 octets, none that splits a UTF-8 character."""
    assert raw.endswith(b"\r\n"), where
    assert raw.count(b"\r\n") == raw.count(b"\n"), f"{where}: a line does not end with CRLF"
    assert b"\r\n\r\n" not in raw, f"{where}: an empty line"
    for number, line in enumerate(raw.split(b"\r\n")[:-1], 1):
        assert len(line) <= 75, f"{where}:{number}: {len(line)} octets"
        try:
            line.decode("utf-8", errors="strict")
        except UnicodeDecodeError as error:
            raise AssertionError(f"{where}:{number}: the line splits a UTF-8 character ({error})")


def unfold(raw):
    """The logical lines of an .ics file (RFC 5545 §3.1), as text."""
    return raw.replace(b"\r\n ", b"").replace(b"\r\n\t", b"").decode("utf-8")


def utc(value):
    """An aware datetime as UTC (so that comparisons never depend on fold or tzinfo identity)."""
    assert isinstance(value, dt.datetime) and value.tzinfo is not None, f"not an aware date-time: {value!r}"
    return value.astimezone(dt.timezone.utc)


def iso(text):
    return utc(dt.datetime.fromisoformat(text))
