"""The escort plan in the calendars the police and gendarmerie import (docs/audiences.md §2, §4), read back with
python `icalendar`: per escorted transfer of every sample, `security.ics` names each unit, where and when it
must be in place, and each hand-over. The expected values come from `cortege plan PLAN --format json`.
"""
import datetime as dt
import os

import icalendar
import pytest

from export_tools import LATE, SAMPLES, STAMP, cortege, plan_json


def export(plan, folder, *extra):
    cortege("export", plan, "-o", str(folder), "--now", LATE, "--dtstamp", STAMP, *extra, check=0)


def events(path):
    cal = icalendar.Calendar.from_ical(open(path, "rb").read())
    return {str(e["UID"]).split(".", 1)[0]: e for e in cal.walk("VEVENT")}


def hhmm(iso_text):
    return dt.datetime.fromisoformat(iso_text).strftime("%H:%M")


@pytest.mark.parametrize("plan", SAMPLES, ids=[os.path.basename(p) for p in SAMPLES])
def test_security_calendar_carries_every_escorted_transfers_units_posts_and_hand_overs(plan, tmp_path):
    export(plan, tmp_path, "--audience", "security")
    found = events(tmp_path / "security.ics")
    legs = [leg for leg in plan_json(plan)["escort"]["legs"] if leg["units"]]
    if any(k in plan for k in ("77-", "971-")):
        assert legs, "the 77 and 971 samples have escorted transfers"
    for leg in legs:
        event = found[f"transfer-{leg['from-item']}-{leg['to-item']}"]
        description = str(event["DESCRIPTION"])
        assert " → " in str(event["LOCATION"]), event["LOCATION"]
        for post in leg["posts"]:
            lines = [line for line in description.splitlines() if line.startswith(f"- {post['unit']} (")]
            assert lines, (leg["to-item"], post["unit"], description)
            assert f"en place à {hhmm(post['in-place'])}, {post['at']}" in lines[0], (lines[0], post)
        for h in leg["hand-overs"]:
            expected = f"{', '.join(h['from-units'])} → {', '.join(h['to-units'])}, {h['at']}"
            assert expected in description, (expected, description)
        assert ("Itinéraire : ") in description


def test_security_calendar_lists_duty_spans_once_and_speaks_english_with_lang(tmp_path):
    plan = [p for p in SAMPLES if "971" in p][0]
    export(plan, tmp_path / "fr", "--audience", "security")
    export(plan, tmp_path / "en", "--audience", "security", "--lang", "en")
    duties = plan_json(plan)["escort"]["duties"]
    for lang, header in (("fr", "Amplitudes de service :"), ("en", "Duty spans:")):
        text = "\n".join(str(e.get("DESCRIPTION", "")) for e in events(tmp_path / lang / "security.ics").values())
        assert text.count(header) == 1, lang
        for d in duties:
            assert f"{d['unit']}" in text and f"{hhmm(d['start'])}-{hhmm(d['end'])}" in text, (lang, d)
    english = events(tmp_path / "en" / "security.ics")
    assert any("in place at" in str(e.get("DESCRIPTION", "")) for e in english.values())
    assert any("Hand-overs:" in str(e.get("DESCRIPTION", "")) for e in english.values())


def test_security_calendar_carries_the_riders_phones_and_principal_has_no_escort(tmp_path):
    plan = [p for p in SAMPLES if "971" in p][0]
    export(plan, tmp_path, "--all")
    security = "\n".join(str(e.get("DESCRIPTION", "")) for e in events(tmp_path / "security.ics").values())
    assert "+590 690 12 34 56" in security
    principal = "\n".join(str(e.get("DESCRIPTION", "")) for e in events(tmp_path / "principal.ics").values())
    assert "Escorte :" not in principal and "en place à" not in principal
