"""The escort plan in the calendars the police and gendarmerie import (docs/audiences.md §2, §4), read back with
python `icalendar`: per escorted transfer of every sample, `security.ics` names each unit, where and when it
must be in place, and each hand-over. The expected values come from `cortege plan PLAN --format json`.
"""
import datetime as dt
import json
import os

import icalendar
import pytest

from export_tools import LATE, SAMPLES, STAMP, cortege, plan_json, unfold


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


def units_of(plan):
    """The escort units a plan defines (its registries included), from the security view."""
    import json

    view = json.loads(cortege("plan", plan, "--audience", "security", "--format", "json", check=0).stdout)
    return sorted(u["id"] for u in view["escort"]["units"])


@pytest.mark.parametrize("plan", SAMPLES, ids=[os.path.basename(p) for p in SAMPLES])
def test_export_all_writes_one_calendar_per_unit(plan, tmp_path):
    export(plan, tmp_path, "--all")
    units = units_of(plan)
    assert units, "every sample's registry defines escort units"
    for unit in units:
        assert (tmp_path / f"unit-{unit}.ics").exists(), unit


def test_a_unit_calendar_holds_its_legs_from_its_post_its_repositionings_and_its_duty(tmp_path):
    plan = [p for p in SAMPLES if "971" in p][0]
    export(plan, tmp_path, "--audience", "unit:motards-dsp-971")
    found = events(tmp_path / "unit-motards-dsp-971.ics")
    legs = [leg for leg in plan_json(plan)["escort"]["legs"] if "motards-dsp-971" in leg["units"]]
    assert legs
    for leg in legs:
        event = found[f"escort-motards-dsp-971-{leg['from-item']}-{leg['to-item']}"]
        post = [p for p in leg["posts"] if p["unit"] == "motards-dsp-971"][0]
        assert event["DTSTART"].dt == dt.datetime.fromisoformat(post["in-place"])
        assert event["DTEND"].dt == dt.datetime.fromisoformat(leg["end"])
        assert str(event["LOCATION"]) == post["at"]
        assert str(event["SUMMARY"]).startswith("Escorte vers ")
        description = str(event["DESCRIPTION"])
        assert "Itinéraire : " in description and "Escorte de : " in description
        for h in leg["hand-overs"]:
            if "motards-dsp-971" in h["from-units"]:
                assert f"Relève par {', '.join(h['to-units'])} : {h['at']}" in description
    # The unit moves from the end of its leg to the monument to the next start elsewhere: a repositioning event.
    ends = {leg["to"]: leg["end"] for leg in legs}
    repositions = [e for k, e in found.items() if k.startswith("reposition-motards-dsp-971-")]
    duties = [e for k, e in found.items() if k.startswith("duty-motards-dsp-971-")]
    assert len(duties) == len({leg["start"][:10] for leg in legs})
    for r in repositions:
        assert str(r["SUMMARY"]).startswith("Repositionnement vers ")
        assert r["DTSTART"].dt.isoformat() in {dt.datetime.fromisoformat(e).isoformat() for e in ends.values()}
    # No item, no person's name or phone.
    text = open(tmp_path / "unit-motards-dsp-971.ics", encoding="utf-8").read()
    for secret in ("Jeanne Martin-Lescure", "Bertrand Lacroix-Mérel", "+590 690 12 34 56", "Presse"):
        assert secret not in text


REPOSITION_PLAN = """cortege: 1
visit: { id: v-repos, title: Visite, kind: prefect, principal: prefet, territory: "63", date: 2026-12-10 }
communes:
  - { code: "63113", name: Clermont-Ferrand, security-zone: police }
people:
  - { id: prefet, function: prefect, title: Préfète du Puy-de-Dôme, name: Hélène Rousseau, phone: "+33 6 00 00 00 01" }
escort-units:
  - { id: bmo, force: police, lead: 10m, phone: "+33 4 73 00 00 00" }
venues:
  - { id: a, name: Préfecture, commune: "63113", geo: [45.7772, 3.0870] }
  - { id: b, name: Hôtel de ville, commune: "63113", geo: [45.7797, 3.0863] }
  - { id: c, name: Gare, commune: "63113", geo: [45.7786, 3.1003] }
  - { id: d, name: Stade, commune: "63113", geo: [45.8150, 3.1180] }
programme:
  - { id: one, kind: meeting, venue: a, at: "09:00", duration: 30m, participants: [prefet] }
  - transfer: { mode: car, duration: 10m, escort: [bmo], riders: [prefet] }
  - { id: two, kind: meeting, venue: b, duration: 30m, participants: [prefet] }
  - transfer: { mode: car, duration: 10m, escort: none, riders: [prefet] }
  - { id: three, kind: meeting, venue: c, duration: 60m, participants: [prefet] }
  - transfer: { mode: car, duration: 15m, escort: [bmo], riders: [prefet] }
  - { id: four, kind: visit, venue: d, duration: 30m, participants: [prefet] }
"""


def test_a_unit_that_changes_place_between_two_legs_gets_a_repositioning_event(tmp_path):
    plan = tmp_path / "plan.yaml"
    plan.write_text(REPOSITION_PLAN, encoding="utf-8")
    export(str(plan), tmp_path / "out", "--audience", "unit:bmo")
    found = events(tmp_path / "out" / "unit-bmo.ics")
    first = found["escort-bmo-one-two"]
    second = found["escort-bmo-three-four"]
    reposition = found["reposition-bmo-four"]
    # From the end of the first leg (at the Hôtel de ville) to the post of the second (at the Gare, lead 10m).
    assert reposition["DTSTART"].dt == first["DTEND"].dt
    assert reposition["DTEND"].dt == second["DTSTART"].dt
    assert second["DTSTART"].dt.strftime("%H:%M") == "11:10"
    assert str(reposition["SUMMARY"]) == "Repositionnement vers Gare"
    assert str(reposition["LOCATION"]) == "Hôtel de ville → Gare"
    assert "Escorte de : Préfète du Puy-de-Dôme" in str(first["DESCRIPTION"])
    text = unfold(open(tmp_path / "out" / "unit-bmo.ics", "rb").read())
    assert "+33 4 73 00 00 00" in text
    assert "Hélène Rousseau" not in text and "+33 6 00 00 00 01" not in text


def programme_text(plan, audience, folder):
    out = folder / f"{audience.replace(':', '-')}.html"
    cortege("programme", plan, "--audience", audience, "-o", str(out), "--now", LATE, check=0)
    return out.read_text(encoding="utf-8")


@pytest.mark.parametrize("sample", ["77-", "971-"])
def test_security_and_principal_programmes_end_with_a_contact_sheet_others_have_none(sample, tmp_path):
    plan = [p for p in SAMPLES if os.path.basename(p).startswith(sample)][0]
    units = json.loads(cortege("plan", plan, "--audience", "security", "--format", "json", check=0).stdout)
    unit_phones = [u["phone"] for u in units["escort"]["units"] if u.get("phone")]
    assert unit_phones, "the sample's units have a contact"
    security = programme_text(plan, "security", tmp_path)
    principal = programme_text(plan, "principal", tmp_path)
    for html in (security, principal):
        sheet = html[html.index('class="contacts"'):]
        assert "contact person" in sheet
        if sample == "971-":
            assert "contact venue" in sheet and "+590 590 93 00 00" in sheet
    sheet = security[security.index('class="contacts"'):]
    for phone in unit_phones:
        assert phone in sheet
    assert not any(phone in principal for phone in unit_phones)
    for audience in ("staff", "press", "public"):
        html = programme_text(plan, audience, tmp_path)
        assert 'class="contacts"' not in html
        assert "+590 " not in html and "+33 " not in html, audience


def test_security_calendar_carries_venue_and_unit_contacts(tmp_path):
    plan = [p for p in SAMPLES if "971" in p][0]
    export(plan, tmp_path, "--all")
    security = "\n".join(str(e.get("DESCRIPTION", "")) for e in events(tmp_path / "security.ics").values())
    assert "Contact du lieu : +590 590 93 00 00" in security
    assert "+590 590 89 01 10" in security
    for name in ("staff", "press", "public", "principal"):
        text = unfold(open(tmp_path / f"{name}.ics", "rb").read())
        assert "+590 590" not in text, name


def test_a_units_programme_shows_its_legs_and_nothing_of_the_items(tmp_path):
    plan = [p for p in SAMPLES if os.path.basename(p).startswith("77-")][0]
    html = programme_text(plan, "unit:edsr-77", tmp_path)
    assert "Diffusion restreinte — unité edsr-77" in html
    assert "edsr-77 (en place" in html
    secure = json.loads(cortege("plan", plan, "--audience", "security", "--format", "json", check=0).stdout)
    for item in secure["items"]:
        assert item["title"] not in html, item["title"]
    for person in [p for i in secure["items"] for p in i["participants"]]:
        assert person["name"] not in html, person["name"]
        if person.get("phone"):
            assert person["phone"] not in html
