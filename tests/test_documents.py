"""`cortege document` (docs/documents.md): each document of every sample, read back (html.parser, Chromium
without console error, PDF pages by pdfinfo), and what the command refuses (nothing written)."""

import json
import os

import pytest

from chromium_page import Chromium, chromium_binary, pdf_pages
from document_tools import (  # noqa: F401 (browser is a fixture)
    BINARY, NOW, ROOT, SAMPLES, browser, in_browser, is_staff, parse, plan_files, plan_items, plan_people,
    plan_venues, run, view)

GUADELOUPE = ROOT / "samples" / "971-visite-ministre.yaml"




# ── contacts ───────────────────────────────────────────────────────────────────────────────────────────────────


@pytest.mark.parametrize("audience", ["security", "principal"])
@pytest.mark.parametrize("sample", SAMPLES, ids=lambda p: p.stem)
def test_contact_sheet_of_every_sample_reads_back(browser, tmp_path, sample, audience):
    html = tmp_path / "contacts.html"
    result = run("document", "contacts", sample, "--audience", audience, "--now", NOW, "-o", html)
    assert result.returncode == 0, result.stderr
    tree = parse(html)
    assert tree.find_all("html")[0].attrs["lang"] == "fr"
    assert "Fiche contacts" in tree.find_all("h1")[0].text or "FICHE" in tree.find_all("h1")[0].text.upper()
    security = view(sample, "security")
    principal = security["visit"]["principal"]
    rows = tree.find_all("tr", "contact")
    assert rows, "no contact row"
    text = tree.text
    assert principal["name"] in text
    # Every phone of the view's venues is on the sheet.
    for item in security["items"]:
        phone = item["venue"].get("phone")
        if phone:
            assert phone in text
    units = security.get("escort", {}).get("units", [])
    for u in units:
        if audience == "security":
            assert u["id"] in text
        else:
            assert u["id"] not in text, "the principal's contact sheet names an escort unit"
            if u.get("phone"):
                assert u["phone"] not in text
    page_text, pages = in_browser(browser, html)
    assert pages >= 1
    assert principal["name"] in page_text


def test_contact_sheet_as_pdf_is_printed_by_chromium(tmp_path):
    out = tmp_path / "contacts.pdf"
    result = run("document", "contacts", GUADELOUPE, "--now", NOW, "-o", out)
    assert result.returncode == 0, result.stderr
    assert out.read_bytes().startswith(b"%PDF")
    assert pdf_pages(str(out)) >= 1
    assert [p.name for p in tmp_path.iterdir()] == ["contacts.pdf"]


@pytest.mark.parametrize("audience", ["staff", "press", "public", "person:prefet-971", "unit:edsr-971"])
def test_contact_sheet_is_refused_to_other_audiences_and_writes_nothing(tmp_path, audience):
    out = tmp_path / "contacts.html"
    result = run("document", "contacts", GUADELOUPE, "--audience", audience, "--now", NOW, "-o", out)
    assert result.returncode == 2
    assert "Fiche contacts" in result.stderr and "principal, security" in result.stderr
    assert list(tmp_path.iterdir()) == []


# ── the command line ───────────────────────────────────────────────────────────────────────────────────────────


def test_unknown_kind_is_a_command_line_error_and_writes_nothing(tmp_path):
    out = tmp_path / "x.html"
    result = run("document", "memo", GUADELOUPE, "-o", out)
    assert result.returncode == 2
    assert "convocation" in result.stderr and "run-sheet" in result.stderr
    assert list(tmp_path.iterdir()) == []


def test_missing_chromium_is_a_clear_error_and_writes_nothing(tmp_path):
    out = tmp_path / "contacts.pdf"
    env = dict(os.environ, CORTEGE_CHROMIUM=str(tmp_path / "no-chromium"))
    result = run("document", "contacts", GUADELOUPE, "--now", NOW, "-o", out, env=env)
    assert result.returncode == 2
    assert "erreur : il faut Chromium sans interface (headless) pour imprimer un PDF" in result.stderr, result.stderr
    assert list(tmp_path.iterdir()) == []
    english = run("document", "contacts", GUADELOUPE, "--now", NOW, "-o", out, "--lang", "en", env=env)
    assert english.returncode == 2
    assert "error: headless Chromium is needed to print a PDF" in english.stderr, english.stderr
    assert list(tmp_path.iterdir()) == []


def test_english_with_lang_en(tmp_path):
    html = tmp_path / "contacts.html"
    result = run("document", "contacts", GUADELOUPE, "--now", NOW, "--lang", "en", "-o", html)
    assert result.returncode == 0, result.stderr
    tree = parse(html)
    assert tree.find_all("html")[0].attrs["lang"] == "en"
    assert "Contact sheet" in tree.text and "Fiche contacts" not in tree.text


# ── convocations ───────────────────────────────────────────────────────────────────────────────────────────────


def invited(sample):
    """Who gets a convocation, from the security view and the YAML: every participant of an item who is neither
    the principal nor staff, in the order they first appear."""
    security = view(sample, "security")
    principal = security["visit"]["principal"]["id"]
    people = plan_people(sample)
    out = []
    for item in security["items"]:
        for p in item["participants"]:
            if p["id"] != principal and p["id"] not in out and not is_staff(people[p["id"]]):
                out.append(p["id"])
    return out


def escort_words(security):
    """What an escort plan would show: the units' ids, names and phones, the hand-over points."""
    words = set()
    for u in security.get("escort", {}).get("units", []):
        words.add(u["id"])
        for key in ("name", "phone", "email"):
            if u.get(key):
                words.add(u[key])
    for t in security["transfers"]:
        for h in (t.get("escort") or {}).get("hand-overs", []):
            if isinstance(h, dict) and h.get("point"):
                words.add(str(h["point"]))
    return words


@pytest.mark.parametrize("sample", SAMPLES, ids=lambda p: p.stem)
def test_a_convocation_holds_only_its_persons_items_for_every_person_of_every_sample(tmp_path, sample):
    out = tmp_path / "convocations"
    result = run("document", "convocation", sample, "--all", "--now", NOW, "-o", out)
    assert result.returncode == 0, result.stderr
    people = invited(sample)
    assert people, "a sample without invited people tests nothing"
    assert sorted(p.name for p in out.iterdir()) == sorted(f"convocation-{p}.html" for p in people)
    security = view(sample, "security")
    forbidden = escort_words(security)
    for person in people:
        tree = parse(out / f"convocation-{person}.html")
        shown = [e.attrs["data-item"] for e in tree.find_all("section", "item")]
        attends = [i["id"] for i in security["items"] if any(p["id"] == person for p in i["participants"])]
        assert shown == attends, person
        text = tree.text
        for item in security["items"]:
            if item["id"] in attends:
                continue
            assert f'item-{item["id"]}' not in (out / f"convocation-{person}.html").read_text(encoding="utf-8")
            if item.get("confidential"):
                assert item["title"] not in text, f"{person}'s convocation shows confidential {item['id']}"
        for word in forbidden:
            assert word not in text, f"{person}'s convocation shows the escort ({word})"


def expected_in_place(sample, security, person, item_id):
    """When the person is to be in place at an item: the end of the transfer they ride to it; else `in-place`
    (default 15 minutes) before its start, but not before their previous item ends."""
    from datetime import datetime, timedelta

    def at(s):
        return datetime.fromisoformat(s)

    items = {i["id"]: i for i in security["items"]}
    item = items[item_id]
    for t in security["transfers"]:
        if t["to-item"] == item_id and any(r["id"] == person for r in t["riders"]):
            return at(t["end"])
    written = plan_items(sample)[item_id].get("in-place")
    minutes = 15
    if written:
        import re

        h = re.search(r"(\d+)h", written)
        m = re.search(r"(\d+)m", written)
        minutes = (int(h.group(1)) * 60 if h else 0) + (int(m.group(1)) if m else 0)
    start = at(item["start"])
    wanted = start - timedelta(minutes=minutes)
    mine = [i for i in security["items"] if any(p["id"] == person for p in i["participants"])]
    before = [at(i["end"]) for i in mine if at(i["end"]) <= start and at(i["start"]) < start]
    if before and max(before) > wanted:
        return max(before)
    return wanted


@pytest.mark.parametrize("sample", SAMPLES, ids=lambda p: p.stem)
def test_in_place_times_follow_the_default_the_override_and_the_motorcade(tmp_path, sample):
    out = tmp_path / "convocations"
    assert run("document", "convocation", sample, "--all", "--now", NOW, "-o", out).returncode == 0
    security = view(sample, "security")
    for person in invited(sample):
        tree = parse(out / f"convocation-{person}.html")
        for section in tree.find_all("section", "item"):
            item_id = section.attrs["data-item"]
            (span,) = section.find_all("span", "in-place")
            expected = expected_in_place(sample, security, person, item_id)
            assert span.attrs["data-time"] == expected.strftime("%Y-%m-%dT%H:%M"), (person, item_id)


@pytest.mark.parametrize("sample", SAMPLES, ids=lambda p: p.stem)
def test_dress_and_access_are_printed_where_the_plan_gives_them(tmp_path, sample):
    items, venues = plan_items(sample), plan_venues(sample)
    if sample.stem in ("971-visite-ministre", "77-seveso-tour"):
        assert any("dress" in i for i in items.values()) and any("access" in v for v in venues.values())
    out = tmp_path / "convocations"
    assert run("document", "convocation", sample, "--all", "--now", NOW, "-o", out).returncode == 0
    for person in invited(sample):
        tree = parse(out / f"convocation-{person}.html")
        for section in tree.find_all("section", "item"):
            item = items[section.attrs["data-item"]]
            dress = [e.text for e in section.find_all("dd", "dress")]
            access = [e.text for e in section.find_all("dd", "access")]
            assert [d.replace("\u00a0", " ").replace("\u202f", " ") for d in dress] == (
                [item["dress"]] if "dress" in item else [])
            venue = venues[item["venue"]]
            assert [a.replace("\u00a0", " ").replace("\u202f", " ") for a in access] == (
                [venue["access"]] if "access" in venue else [])


def test_the_cabinet_contact_is_on_every_convocation(tmp_path):
    contact = plan_files(GUADELOUPE)[-1]["visit"]["cabinet-contact"]
    out = tmp_path / "c.html"
    assert run("document", "convocation", GUADELOUPE, "--person", "maire-pap", "--now", NOW, "-o", out).returncode == 0
    (box,) = parse(out).find_all("p", "cabinet-contact")
    for key in ("phone", "email"):
        assert contact[key] in box.text
    assert contact["name"] == box.find_all("strong")[0].text.replace("\u00a0", " ")


def test_welcome_line_place_matches_the_protocol_order(tmp_path):
    # The protocol's welcome line, as `cortege protocol --format json` prints it (another path than the document).
    result = run("protocol", GUADELOUPE, "--format", "json")
    assert result.returncode in (0, 1), result.stderr
    orders = json.loads(result.stdout)
    items = orders["items"] if isinstance(orders, dict) and "items" in orders else orders
    arrival = next(i for i in items if i.get("id") == "arrivee")
    line = [p["id"] if isinstance(p, dict) else p for p in arrival["welcome"]]
    for n, person in enumerate(line, start=1):
        out = tmp_path / f"{person}.html"
        r = run("document", "convocation", GUADELOUPE, "--person", person, "--now", NOW, "-o", out)
        if r.returncode != 0:
            continue  # the principal gets no convocation
        (section,) = [s for s in parse(out).find_all("section", "item") if s.attrs["data-item"] == "arrivee"]
        places = [d.text for d in section.find_all("dd", "place")]
        assert any(p.startswith(("1re" if n == 1 else f"{n}e") + " position sur " + str(len(line))) for p in places), (
            person, places)


@pytest.mark.parametrize("sample", SAMPLES, ids=lambda p: p.stem)
def test_every_convocation_of_every_sample_loads_cleanly_and_prints(browser, tmp_path, sample):
    out = tmp_path / "convocations"
    assert run("document", "convocation", sample, "--all", "--now", NOW, "-o", out).returncode == 0
    for html in sorted(out.glob("*.html")):
        text, pages = in_browser(browser, html)
        assert pages >= 1
        assert "CONVOCATION" in text.upper()


def test_one_convocation_as_pdf(tmp_path):
    out = tmp_path / "maire-pap.pdf"
    result = run("document", "convocation", GUADELOUPE, "--person", "maire-pap", "--now", NOW, "-o", out)
    assert result.returncode == 0, result.stderr
    assert pdf_pages(str(out)) >= 1
    assert [p.name for p in tmp_path.iterdir()] == ["maire-pap.pdf"]


def test_all_convocations_as_pdf(tmp_path):
    out = tmp_path / "pdf"
    result = run("document", "convocation", GUADELOUPE, "--all", "--format", "pdf", "--now", NOW, "-o", out)
    assert result.returncode == 0, result.stderr
    files = sorted(out.iterdir())
    assert [f.name for f in files] == sorted(f"convocation-{p}.pdf" for p in invited(GUADELOUPE))
    for f in files:
        assert pdf_pages(str(f)) >= 1


def test_the_same_convocation_with_person_and_with_all(tmp_path):
    one = tmp_path / "one.html"
    assert run("document", "convocation", GUADELOUPE, "--person", "maire-pap", "--now", NOW, "-o", one).returncode == 0
    assert run("document", "convocation", GUADELOUPE, "--all", "--now", NOW, "-o", tmp_path / "all").returncode == 0
    assert one.read_bytes() == (tmp_path / "all" / "convocation-maire-pap.html").read_bytes()


def test_a_tentative_visit_carries_the_projet_watermark(tmp_path):
    sample = ROOT / "samples" / "63-tournee-prefet.yaml"
    out = tmp_path / "c"
    assert run("document", "convocation", sample, "--all", "--now", NOW, "-o", out).returncode == 0
    for f in out.iterdir():
        marks = parse(f).find_all("div", "watermark")
        assert len(marks) == 1 and marks[0].text == "PROJET"
    out = tmp_path / "g.html"
    assert run("document", "convocation", GUADELOUPE, "--person", "maire-pap", "--now", NOW, "-o", out).returncode == 0
    assert parse(out).find_all("div", "watermark") == []


def test_convocation_in_english(tmp_path):
    out = tmp_path / "c.html"
    assert run("document", "convocation", GUADELOUPE, "--person", "maire-pap", "--lang", "en", "--now", NOW,
               "-o", out).returncode == 0
    text = parse(out).text
    assert "In place at" in text and "En place" not in text


STAFF_PLAN = """cortege: 1
visit:
  id: essai-staff
  title: Visite d'essai
  kind: prefect
  principal: prefete
  territory: "63"
  date: 2026-12-10
  status: confirmed
communes:
  - { code: "63113", name: Clermont-Ferrand, security-zone: police }
venues:
  - { id: mairie, name: Hôtel de ville, commune: "63113", geo: [45.777, 3.087] }
people:
  - { id: prefete, name: Anne Préfète, function: prefect }
  - { id: maire, name: Paul Maire, function: mayor, commune: "63113" }
  - { id: chauffeur, name: Marc Volant, function: driver }
programme:
  - { id: reunion, kind: meeting, venue: mairie, at: "10:00", duration: 1h, participants: [prefete, maire, chauffeur] }
"""


@pytest.mark.parametrize(
    "person, status, words",
    [
        ("nobody", 1, ["unknown-ref", "nobody"]),
        ("chauffeur", 1, ["chauffeur", "équipe"]),
        ("prefete", 1, ["prefete", "autorité principale"]),
    ])
def test_no_convocation_for_an_unknown_person_staff_or_the_principal(tmp_path, person, status, words):
    plan = tmp_path / "plan.yaml"
    plan.write_text(STAFF_PLAN, encoding="utf-8")
    out = tmp_path / "out"
    out.mkdir()
    result = run("document", "convocation", plan, "--person", person, "--now", "2026-12-01T12:00",
                 "-o", out / "c.html")
    assert result.returncode == status, result.stderr
    for w in words:
        assert w in result.stderr
    assert list(out.iterdir()) == []
    # --all leaves the driver out and convokes the mayor.
    result = run("document", "convocation", plan, "--all", "--now", "2026-12-01T12:00", "-o", out / "all")
    assert result.returncode == 0, result.stderr
    assert [p.name for p in (out / "all").iterdir()] == ["convocation-maire.html"]


@pytest.mark.parametrize(
    "args",
    [
        ["convocation"],  # neither --person nor --all
        ["convocation", "--person", "maire-pap", "--all"],
        ["contacts", "--person", "maire-pap"],
        ["contacts", "--all"],
        ["convocation", "--person", "maire-pap", "--audience", "staff"],
        ["contacts", "--audience", "nobody-knows"],
        ["convocation", "--person", "maire-pap", "--audience", "person:prefet-971"],
    ])
def test_wrong_command_lines_write_nothing(tmp_path, args):
    out = tmp_path / "x.html"
    result = run("document", args[0], GUADELOUPE, *args[1:], "--now", NOW, "-o", out)
    assert result.returncode == 2, result.stderr
    assert result.stderr.strip()
    assert list(tmp_path.iterdir()) == []


def test_the_new_keys_never_reach_the_press_or_the_public(tmp_path):
    """The cabinet's contact, the venues' access notes and the items' dress and in-place are for the invited:
    no press or public output carries them (view JSON, programme, calendar)."""
    visit = plan_files(GUADELOUPE)[-1]["visit"]
    secrets = [visit["cabinet-contact"]["phone"], visit["cabinet-contact"]["name"]]
    secrets += [v["access"] for v in plan_venues(GUADELOUPE).values() if "access" in v]
    secrets += [i["dress"] for i in plan_items(GUADELOUPE).values() if "dress" in i]
    assert len(secrets) >= 5
    for audience in ("press", "public"):
        outputs = [run("plan", GUADELOUPE, "--audience", audience, "--format", "json", "--now", NOW).stdout]
        html = tmp_path / f"{audience}.html"
        assert run("programme", GUADELOUPE, "--audience", audience, "--now", NOW, "-o", html).returncode == 0
        outputs.append(html.read_text(encoding="utf-8"))
        ics = tmp_path / f"ics-{audience}"
        assert run("export", GUADELOUPE, "--audience", audience, "--now", NOW, "-o", ics).returncode == 0
        calendars = list(ics.rglob("*.ics"))
        assert calendars
        outputs += [f.read_text(encoding="utf-8") for f in calendars]
        for text in outputs:
            unfolded = text.replace("\r\n ", "").replace("\\,", ",").replace("\\;", ";")
            for s in secrets:
                assert s not in unfolded, f"{audience} output carries {s!r}"


def test_the_contact_sheet_lists_the_staff_with_their_phones(tmp_path):
    plan = tmp_path / "plan.yaml"
    plan.write_text(STAFF_PLAN.replace("function: driver }", 'function: driver, phone: "+33 6 00 00 00 01" }'),
                    encoding="utf-8")
    out = tmp_path / "contacts.html"
    result = run("document", "contacts", plan, "--now", "2026-12-01T12:00", "-o", out)
    assert result.returncode == 0, result.stderr
    rows = parse(out).find_all("tr", "person")
    staff = [r for r in rows if "Marc Volant" in r.text]
    assert len(staff) == 1 and "+33 6 00 00 00 01" in staff[0].text
    # The mayor is neither principal, préfet nor staff: not on the sheet.
    assert not any("Paul Maire" in r.text for r in rows)
