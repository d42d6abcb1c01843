"""Updates: export, change one item's time and remove another, export again.

Exactly one event gets SEQUENCE + 1 (the moved item), exactly one is written as CANCELLED (the removed item),
and every other VEVENT keeps its bytes (its old DTSTAMP included, although the plan's revision moved on).
The items share one venue, so there are no transfers; the visit has no event of its own.
"""
import os
import re

import icalendar
import pytest

from export_tools import LATE, binary, check_raw_lines, cortege

PLAN = """\
cortege: 1
visit:
  id: maj-63-2026-06-10
  title: Journée en préfecture
  kind: prefect
  principal: prefet
  territory: "63"
  date: 2026-06-10
  status: confirmed
  announce: 2026-06-09T12:00
  revision: {revision}
  organizer: {{ name: Cabinet, email: cabinet@puy-de-dome.gouv.fr }}
people:
  - {{ id: prefet, name: Anne Préfète, function: prefect }}
venues:
  - {{ id: pref, name: Préfecture du Puy-de-Dôme, address: 18 boulevard Desaix, geo: [45.7772, 3.0870] }}
programme:
{items}
"""

ITEMS = [
    ("accueil", "09:00", "30m", "welcome"),
    ("reunion", "10:00", "45m", "meeting"),
    ("signature", "11:00", "30m", "ceremony"),
    ("dejeuner", "12:30", "1h", "meal"),
    ("discours", "15:00", "30m", "speech"),
]


def write_plan(path, items, revision):
    lines = [f"  - {{ id: {i}, kind: {k}, title: Séquence « {i} », venue: pref, at: \"{at}\", duration: {d}, "
             f"participants: [prefet], press: open }}" for i, at, d, k in items]
    path.write_text(PLAN.format(items="\n".join(lines), revision=revision), encoding="utf-8")


def vevents(raw):
    """The raw VEVENT blocks of a file, by UID (the UID line is never folded here)."""
    blocks = {}
    for block in re.findall(rb"BEGIN:VEVENT\r\n.*?END:VEVENT\r\n", raw, flags=re.S):
        uid = re.search(rb"\r\nUID:([^\r]*)\r\n", b"\r\n" + block).group(1).decode()
        blocks[uid] = block
    return blocks


def uid(item):
    return f"{item}.maj-63-2026-06-10@puy-de-dome.gouv.fr"


@pytest.mark.parametrize("caldav", [False, True], ids=["file", "caldav"])
@pytest.mark.parametrize("audience", ["principal", "public", "person:prefet"])
def test_one_change_and_one_removal_give_one_bump_and_one_cancel(tmp_path, audience, caldav):
    binary()
    plan = tmp_path / "plan.yaml"
    out = tmp_path / "out"
    extra = ["--caldav"] if caldav else []
    stem = audience.replace(":", "-")

    def export():
        cortege("export", str(plan), "--audience", audience, "-o", str(out), "--now", LATE, *extra, check=0)
        if caldav:
            folder = out / stem
            merged = {}
            for name in sorted(p.name for p in folder.iterdir()):
                raw = (folder / name).read_bytes()
                check_raw_lines(raw, name)
                found = vevents(raw)
                assert len(found) == 1 and b"METHOD" not in raw, name
                merged.update(found)
            return merged
        raw = (out / f"{stem}.ics").read_bytes()
        check_raw_lines(raw, stem)
        return vevents(raw)

    write_plan(plan, ITEMS, "2026-06-01T09:00")
    before = export()
    assert set(before) == {uid(i[0]) for i in ITEMS}, "one event per item, none for the visit itself"

    moved = [(i, "11:15" if i == "signature" else at, d, k) for i, at, d, k in ITEMS if i != "reunion"]
    write_plan(plan, moved, "2026-06-05T17:30")
    after = export()

    assert set(after) == set(before), "the removed item is still there, cancelled"
    changed = {u for u in before if after[u] != before[u]}
    assert changed == {uid("signature"), uid("reunion")}, changed
    for u in set(before) - changed:
        assert after[u] == before[u], f"{u} is not byte-identical"

    events = {u: icalendar.Event.from_ical(after[u].decode()) for u in after}
    old = {u: icalendar.Event.from_ical(before[u].decode()) for u in before}
    sequences = {u: int(e["SEQUENCE"]) for u, e in events.items()}
    assert {u: s for u, s in sequences.items() if s != int(old[u]["SEQUENCE"])} == {
        uid("signature"): 1, uid("reunion"): 1}
    cancelled = [u for u, e in events.items() if str(e.get("STATUS")) == "CANCELLED"]
    assert cancelled == [uid("reunion")]
    bumped_not_cancelled = [u for u in changed if u not in cancelled]
    assert bumped_not_cancelled == [uid("signature")]
    signature = events[uid("signature")]
    assert signature.decoded("DTSTART").strftime("%H:%M") == "11:15"
    assert signature["DTSTAMP"].dt.strftime("%Y%m%dT%H%M") == "20260605T1530", "the new revision, in UTC"
    assert old[uid("accueil")]["DTSTAMP"].dt == events[uid("accueil")]["DTSTAMP"].dt

    # Once more, unchanged: the cancelled item is gone, from the file and from the CalDAV folder alike.
    third = export()
    assert set(third) == set(after) - {uid("reunion")}
    assert all(third[u] == after[u] for u in third)
    if caldav:
        assert not any(name.startswith("reunion.") for name in os.listdir(out / stem))
