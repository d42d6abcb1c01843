"""Interrupted writes (docs/ical-export.md, "Interrupted exports").

`cortege export --all` is killed (SIGKILL) at many points of its run while it replaces version A of a set by
version B: after every kill the folder shows one complete version, A or B, never a mix; a last run cleans
every leftover. `cortege programme -o` likewise: the page is whole or absent, and no temporary file stays.
"""
import json
import os
import re
import shutil
import signal
import subprocess
import time

import pytest

from export_tools import LATE, ROOT, binary, cortege, people_of_visit

SAMPLE = os.path.join(ROOT, "samples", "971-visite-ministre.yaml")
TITLE = "Visite du ministre de l'Intérieur en Guadeloupe"
DELAYS = [0.0, 0.01, 0.02, 0.03, 0.05, 0.07, 0.09, 0.11, 0.13, 0.15, 0.17, 0.2, 0.25, 0.3]


def plans(tmp_path):
    """Versions A and B of the sample (B: another visit title, so that every calendar's NAME differs)."""
    shutil.copytree(os.path.join(ROOT, "samples", "registry"), tmp_path / "registry")
    text = open(SAMPLE, encoding="utf-8").read()
    a, b = tmp_path / "a.yaml", tmp_path / "b.yaml"
    a.write_text(text.replace(TITLE, "Version A"), encoding="utf-8")
    b.write_text(text.replace(TITLE, "Version B"), encoding="utf-8")
    return str(a), str(b)


def calendar_count(plan):
    """How many calendars `--all` writes: the five audiences, one per person of the visit, one per escort unit."""
    view = json.loads(cortege("plan", plan, "--audience", "security", "--format", "json", check=0).stdout)
    return 5 + len(people_of_visit(plan)) + len(view["escort"]["units"])


def export_args(plan, out):
    return [binary(), "export", plan, "--all", "-o", str(out), "--now", LATE, "--no-journal"]


def versions(out):
    """The version named by each calendar file of the folder."""
    found = {}
    for name in sorted(os.listdir(out)):
        if name.endswith(".ics"):
            raw = open(out / name, "rb").read().replace(b"\r\n ", b"")
            match = re.search(rb"\r\nNAME:Version ([AB])", raw)
            assert match, f"{name} has no complete NAME: a truncated file"
            assert raw.endswith(b"END:VCALENDAR\r\n"), f"{name} is truncated"
            found[name] = match.group(1).decode()
    return found


def leftovers(folder):
    hidden = [n for n in os.listdir(folder) if n.startswith(".")]
    beside = [n for n in os.listdir(folder.parent) if n.startswith("." + folder.name + ".cortege-")]
    return hidden + beside


def test_a_killed_export_all_leaves_one_complete_version_and_the_next_run_cleans_up(tmp_path):
    a, b = plans(tmp_path)
    out = tmp_path / "out"
    subprocess.run(export_args(a, out), check=True, capture_output=True)
    names = set(versions(out))
    assert len(names) == calendar_count(a) and set(versions(out).values()) == {"A"}
    # The kills are spread over the length of a whole run, measured here, so that most of them land while the
    # export runs however fast or loaded the machine is.
    started = time.monotonic()
    subprocess.run(export_args(b, out), check=True, capture_output=True)
    length = time.monotonic() - started
    subprocess.run(export_args(a, out), check=True, capture_output=True)
    delays = [length * k / len(DELAYS) for k in range(len(DELAYS))]
    killed = 0
    for delay in delays:
        process = subprocess.Popen(export_args(b, out), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        time.sleep(delay)
        process.send_signal(signal.SIGKILL)
        process.wait()
        killed += process.returncode == -signal.SIGKILL
        seen = versions(out)
        assert set(seen) == names, f"after a kill at {delay}s: files {sorted(set(seen) ^ names)}"
        assert len(set(seen.values())) == 1, f"after a kill at {delay}s: a mix of versions {seen}"
        # Back to A for the next kill, when B got through.
        if set(seen.values()) == {"B"}:
            subprocess.run(export_args(a, out), check=True, capture_output=True)
    assert killed >= len(delays) // 2, "the runs ended before they could be killed: nothing was tested"
    subprocess.run(export_args(b, out), check=True, capture_output=True)
    assert set(versions(out).values()) == {"B"} and set(versions(out)) == names
    assert leftovers(out) == []


def test_a_killed_programme_leaves_the_page_whole_or_absent_and_no_temporary_file(tmp_path):
    page = tmp_path / "programme.html"
    args = [binary(), "programme", SAMPLE, "--audience", "staff", "--now", "2026-12-20T12:00", "-o", str(page)]
    for delay in DELAYS:
        process = subprocess.Popen(args, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        time.sleep(delay)
        process.send_signal(signal.SIGKILL)
        process.wait()
        if page.exists():
            assert page.read_text(encoding="utf-8").rstrip().endswith("</html>"), f"a partial page at {delay}s"
    subprocess.run(args, check=True, capture_output=True)
    assert page.read_text(encoding="utf-8").rstrip().endswith("</html>")
    assert [n for n in os.listdir(tmp_path) if n != "programme.html"] == []
