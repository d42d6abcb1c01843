"""`cortege check --cache DIR`: the findings are those of `--no-cache`, on the samples with calendars/ and on
generated agendas, whatever state the cache is in (cold, warm, a changed agenda, a corrupt file, another
format version, another window, a tampered row). docs/agendas.md, "The agenda cache".
"""
import glob
import os
import shutil
import sqlite3
import subprocess
import sys

import pytest

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
BIN = os.path.join(ROOT, ".build", "debug", "cortege")
SAMPLES = sorted(glob.glob(os.path.join(ROOT, "samples", "*.yaml")))


def check(plans, agendas, *cache):
    proc = subprocess.run([BIN, "check", *plans, "--agendas", agendas, "--format", "json", *cache],
                          capture_output=True, text=True, cwd=ROOT)
    assert proc.returncode in (0, 1), proc.stderr
    return proc.stdout


def rows(cache_dir):
    with sqlite3.connect(os.path.join(cache_dir, "agendas.sqlite")) as db:
        return db.execute("SELECT count(*) FROM agenda").fetchone()[0]


@pytest.fixture(scope="module")
def generated(tmp_path_factory):
    """10,000 occurrences over 20 people, as the conflict benchmark makes them (Benchmarks/generate.py)."""
    folder = tmp_path_factory.mktemp("generated")
    subprocess.run([sys.executable, os.path.join(ROOT, "Benchmarks", "generate.py"), "10000", str(folder)],
                   check=True, stdout=subprocess.DEVNULL)
    return folder


def test_samples_with_calendars_give_the_same_findings_cold_and_warm(tmp_path):
    plans = [os.path.relpath(p, ROOT) for p in SAMPLES]
    without = check(plans, "calendars", "--no-cache")
    assert '"person-overlap"' in without
    cache = str(tmp_path / "cache")
    assert check(plans, "calendars", "--cache", cache) == without
    assert rows(cache) > 0
    assert check(plans, "calendars", "--cache", cache) == without


def test_generated_agendas_give_the_same_findings_through_every_state_of_the_cache(generated, tmp_path):
    plan = str(generated / "plan.yaml")
    agendas = tmp_path / "agendas"
    shutil.copytree(generated / "agendas", agendas)
    cache = str(tmp_path / "cache")
    without = check([plan], str(agendas), "--no-cache")
    assert without.count('"person-overlap"') > 100

    # Cold, then warm.
    assert check([plan], str(agendas), "--cache", cache) == without
    assert rows(cache) == len(os.listdir(agendas))
    assert check([plan], str(agendas), "--cache", cache) == without

    # One agenda changed: a busy hour over the plan's first item (1 January 2026, 10:00 Paris), for p00000.
    first = agendas / "p00000.ics"
    text = first.read_bytes()
    event = (b"BEGIN:VEVENT\r\nUID:added@test\r\nDTSTAMP:20260101T000000Z\r\n"
             b"DTSTART:20260101T083000Z\r\nDTEND:20260101T093000Z\r\nSUMMARY:Ajout\r\nEND:VEVENT\r\n")
    first.write_bytes(text.replace(b"END:VCALENDAR", event + b"END:VCALENDAR"))
    changed = check([plan], str(agendas), "--no-cache")
    assert changed != without
    assert check([plan], str(agendas), "--cache", cache) == changed

    # The same size and modification time, other content: the content hash tells.
    stat = first.stat()
    same_size = first.read_bytes().replace(b"SUMMARY:Ajout", b"SUMMARY:AJOUT")
    first.write_bytes(same_size)
    os.utime(first, ns=(stat.st_atime_ns, stat.st_mtime_ns))
    renamed = check([plan], str(agendas), "--no-cache")
    assert "AJOUT" in renamed
    assert check([plan], str(agendas), "--cache", cache) == renamed


def test_another_window_is_read_again(generated, tmp_path):
    cache = str(tmp_path / "cache")
    agendas = str(generated / "agendas")
    plan = str(generated / "plan.yaml")
    short = tmp_path / "short.yaml"
    # The same plan cut to its first three items: a shorter window over the same agendas.
    lines = open(plan, encoding="utf-8").read().split("\n")
    items = [i for i, line in enumerate(lines) if line.startswith("  - id: i")]
    assert len(items) > 3
    lines = lines[: items[3]]
    short.write_text("\n".join(lines), encoding="utf-8")
    assert check([plan], agendas, "--cache", cache) == check([plan], agendas, "--no-cache")
    assert check([str(short)], agendas, "--cache", cache) == check([str(short)], agendas, "--no-cache")
    assert check([plan], agendas, "--cache", cache) == check([plan], agendas, "--no-cache")


def test_a_corrupt_cache_file_is_rebuilt(generated, tmp_path):
    cache = tmp_path / "cache"
    cache.mkdir()
    (cache / "agendas.sqlite").write_bytes(b"not a database" * 1000)
    agendas, plan = str(generated / "agendas"), str(generated / "plan.yaml")
    without = check([plan], agendas, "--no-cache")
    assert check([plan], agendas, "--cache", str(cache)) == without
    assert rows(str(cache)) == len(os.listdir(agendas))


@pytest.mark.parametrize("version", [1, 2, 99])
def test_a_cache_of_another_version_is_rebuilt(generated, tmp_path, version):
    # Version 1 kept each finding in English only; version 2 hashed in one lane; version 3 is the current one.
    cache = str(tmp_path / "cache")
    agendas, plan = str(generated / "agendas"), str(generated / "plan.yaml")
    without = check([plan], agendas, "--no-cache")
    check([plan], agendas, "--cache", cache)
    with sqlite3.connect(os.path.join(cache, "agendas.sqlite")) as db:
        db.execute("UPDATE agenda SET payload = zeroblob(16)")
        db.execute(f"PRAGMA user_version = {version}")
    assert check([plan], agendas, "--cache", cache) == without
    with sqlite3.connect(os.path.join(cache, "agendas.sqlite")) as db:
        assert db.execute("PRAGMA user_version").fetchone()[0] == 3
    assert check([plan], agendas, "--cache", cache) == without


def test_a_tampered_row_is_not_trusted(generated, tmp_path):
    cache = str(tmp_path / "cache")
    agendas, plan = str(generated / "agendas"), str(generated / "plan.yaml")
    without = check([plan], agendas, "--no-cache")
    check([plan], agendas, "--cache", cache)
    with sqlite3.connect(os.path.join(cache, "agendas.sqlite")) as db:
        # Each row given the payload of the next person's agenda, its checksum left as it was.
        found = db.execute("SELECT rowid, payload FROM agenda ORDER BY person").fetchall()
        for (rowid, _), (_, other) in zip(found, found[1:] + found[:1]):
            db.execute("UPDATE agenda SET payload = ? WHERE rowid = ?", (other, rowid))
    assert check([plan], agendas, "--cache", cache) == without


def test_no_cache_and_cache_exclude_each_other(tmp_path):
    proc = subprocess.run([BIN, "check", SAMPLES[0], "--cache", str(tmp_path), "--no-cache"],
                          capture_output=True, text=True, cwd=ROOT)
    assert proc.returncode != 0
    assert "--no-cache" in proc.stderr
