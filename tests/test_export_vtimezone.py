"""The VTIMEZONE of an exported calendar (docs/ical-export.md, "Time zones").

Plans in Europe/Paris, America/Guadeloupe, Pacific/Noumea and Australia/Sydney, with events at 00:30 on
1 January and around each change of offset of the year: every event's offset computed from the file's own
VTIMEZONE (python `icalendar`, without the system's zone data) equals zoneinfo's; one STANDARD and one DAYLIGHT
with their RRULE where the zone changes offset, one observance where it does not; each observance of the right
type; no artefact observance.
"""
import datetime as dt
from zoneinfo import ZoneInfo

import icalendar
import pytest

from export_tools import LATE, binary, cortege

PLAN = """\
cortege: 1
visit:
  id: tz-{slug}
  title: Visite
  kind: prefect
  principal: prefet
  territory: "63"
  timezone: {zone}
  date: {date}
  status: confirmed
  announce: 2025-12-01T00:00
  organizer: {{ name: Cabinet, email: cabinet@puy-de-dome.gouv.fr }}
people:
  - {{ id: prefet, name: Préfète, function: prefect }}
venues:
  - {{ id: pref, name: Préfecture, geo: [45.7772, 3.0870] }}
programme:
{items}
"""

# Days: 1 January, and the days the offset changes in 2026 (none in Guadeloupe and Nouméa).
ZONES = {
    "Europe/Paris": ["2026-01-01", "2026-03-29", "2026-10-25"],
    "America/Guadeloupe": ["2026-01-01", "2026-07-01"],
    "Pacific/Noumea": ["2026-01-01", "2026-07-01"],
    "Australia/Sydney": ["2026-01-01", "2026-04-05", "2026-10-04"],
}
CHANGES = {"Europe/Paris": True, "America/Guadeloupe": False, "Pacific/Noumea": False, "Australia/Sydney": True}
TIMES = ["00:30", "01:30", "03:30", "12:00"]


def plan_for(folder, zone, date):
    slug = zone.split("/")[1].lower() + "-" + date
    items = []
    for i, at in enumerate(TIMES):
        items.append(f"  - {{ id: s{i}, kind: meeting, title: Séquence {i}, venue: pref, at: \"{at}\", "
                     f"duration: 20m, participants: [prefet] }}")
    path = folder / f"{slug}.yaml"
    path.write_text(PLAN.format(slug=slug, zone=zone, date=date, items="\n".join(items)), encoding="utf-8")
    return str(path)


@pytest.mark.parametrize("zone", sorted(ZONES))
def test_every_offset_from_the_files_own_vtimezone_equals_zoneinfos(tmp_path, zone):
    binary()
    for date in ZONES[zone]:
        plan = plan_for(tmp_path, zone, date)
        out = tmp_path / f"out-{date}"
        cortege("export", plan, "--audience", "staff", "-o", str(out), "--now", LATE, check=0)
        cal = icalendar.Calendar.from_ical((out / "staff.ics").read_bytes())
        vtimezones = cal.walk("VTIMEZONE")
        assert [str(v["TZID"]) for v in vtimezones] == [zone]
        vtz = vtimezones[0]
        observances = [c for c in vtz.subcomponents]
        kinds = sorted(c.name for c in observances)
        if CHANGES[zone]:
            assert kinds == ["DAYLIGHT", "STANDARD"], (zone, kinds)
            assert all("RRULE" in c for c in observances), zone
        else:
            assert len(observances) == 1 and "RRULE" not in observances[0], (zone, kinds)
            # From local midnight of 1 January: the event at 00:30 lies inside it.
            assert observances[0].decoded("DTSTART") <= dt.datetime(2026, 1, 1), zone
        for c in observances:
            start = c.decoded("DTSTART")
            assert dt.datetime(2024, 1, 1) <= start <= dt.datetime(2026, 12, 31, 23, 59), (zone, start)
            # The type is what the zone data says after the observance starts.
            after = dt.datetime(2026, start.month, start.day, 12) if "RRULE" in c else dt.datetime(2026, 1, 1, 12)
            daylight = bool(after.replace(tzinfo=ZoneInfo(zone)).dst())
            assert (c.name == "DAYLIGHT") == daylight, (zone, c.name, start)
        tz = vtz.to_tz(lookup_tzid=False)
        events = cal.walk("VEVENT")
        assert len(events) == len(TIMES)
        for event in events:
            for name in ("DTSTART", "DTEND"):
                value = event[name].dt
                assert event[name].params.get("TZID") == zone, (zone, date, name)
                wall = value.replace(tzinfo=None)
                from_file = wall.replace(tzinfo=tz).utcoffset()
                from_zoneinfo = wall.replace(tzinfo=ZoneInfo(zone)).utcoffset()
                assert from_file == from_zoneinfo, (zone, date, str(wall), from_file, from_zoneinfo)
