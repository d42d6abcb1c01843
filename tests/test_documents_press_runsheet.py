"""`cortege document press-advisory` and `cortege document run-sheet` (docs/documents.md) on every sample, read back:
the HTML parsed by html.parser, the page in headless Chromium without console error, screenshotted and printed, the
PDF counted by pdfinfo. The press advisory holds the press view's items only and no phone but the press contact's,
and is refused before `announce`; the run-sheet fits its ceremony or `cortege check` says by how much it does not.
"""

import json
import re

import pytest

from chromium_page import Chromium, chromium_binary, pdf_pages
from document_tools import (  # noqa: F401 (browser is a fixture)
    BINARY, NOW, ROOT, SAMPLES, browser, in_browser, parse, run, view)

GUADELOUPE = ROOT / "samples" / "971-visite-ministre.yaml"
PUY_DE_DOME = ROOT / "samples" / "63-tournee-prefet.yaml"
BEFORE_ANNOUNCE = "2026-11-01T08:00"




def minutes(hhmm):
    """`09h48` (French) or `09:48` (English) as minutes of the day."""
    h, m = re.split("[h:]", hhmm.strip())
    return int(h) * 60 + int(m)


def length(text):
    """`2 min`, `1 h`, `1 h 05` as minutes."""
    text = text.strip()
    if text.endswith("min"):
        return int(text.split()[0])
    parts = text.replace("h", " ").split()
    return int(parts[0]) * 60 + (int(parts[1]) if len(parts) > 1 else 0)


def local_minutes(iso):
    """Minutes of the day of an ISO 8601 date-time with offset, read in its own offset (the visit's)."""
    return int(iso[11:13]) * 60 + int(iso[14:16])


def every_phone(sample):
    """Every phone number the security view holds: people, venues, escort units."""
    v = view(sample, "security")
    phones = set()
    people = [v["visit"]["principal"]] + [p for i in v["items"] for p in i.get("participants", [])]
    people += [r for t in v.get("transfers", []) for r in t.get("riders", [])]
    for p in people:
        if isinstance(p, dict) and p.get("phone"):
            phones.add(p["phone"])
    for i in v["items"]:
        if i["venue"].get("phone"):
            phones.add(i["venue"]["phone"])
    for u in v.get("escort", {}).get("units", []):
        if u.get("phone"):
            phones.add(u["phone"])
    return phones


def contact_phone(sample, key):
    """The phone of the visit's `press-contact` or `cabinet-contact` as written in the plan file (read here as
    text, not through Cortège), in block or flow style."""
    text = sample.read_text(encoding="utf-8")
    block = re.search(rf"^  {key}:((?: {{.*}}\n)|\n(?:    .*\n)+)", text, re.M)
    if not block:
        return None
    phone = re.search(r'phone: "([^"]+)"', block.group(1))
    return phone.group(1) if phone else None


def press_contact_phone(sample):
    return contact_phone(sample, "press-contact")


# ── the press advisory ─────────────────────────────────────────────────────────────────────────────────────────


@pytest.mark.parametrize("sample", SAMPLES, ids=lambda p: p.stem)
def test_press_advisory_of_every_sample_holds_the_press_view_and_reads_back(browser, tmp_path, sample):
    html = tmp_path / "avis.html"
    result = run("document", "press-advisory", sample, "--now", NOW, "-o", html)
    assert result.returncode == 0, result.stderr
    tree = parse(html)
    assert tree.find_all("html")[0].attrs["lang"] == "fr"
    assert "Avis aux médias" in tree.find_all("h1")[0].text
    press = view(sample, "press")
    shown = [s.attrs["id"] for s in tree.find_all("section", "press-item")]
    assert shown == [f"item-{i['id']}" for i in press["items"]]
    text = tree.text
    security = view(sample, "security")
    for item in security["items"]:
        if item.get("confidential") or item.get("press") == "closed":
            assert f"item-{item['id']}" not in shown
            assert item["title"] not in text, f"the advisory shows the closed item {item['id']}"
    for unit in security.get("escort", {}).get("units", []):
        assert unit["id"] not in text and (unit.get("name") or unit["id"]) not in text
    contact = press_contact_phone(sample)
    phones = every_phone(sample) | {contact_phone(sample, "cabinet-contact")}
    for phone in phones - {contact, None}:
        assert phone not in text, f"the advisory holds the phone {phone}"
    if contact:
        assert contact in text
    # The in-place time of each item is `press-lead` before it (15 minutes in every sample).
    for section in tree.find_all("section", "press-item"):
        start = minutes(section.find_all("p", "when")[0].parts[0].split("–")[0])
        in_place = minutes(section.find_all("span", "in-place")[0].text)
        assert start - in_place == 15
    if any(i["press"] == "pool" for i in press["items"]):
        assert tree.find_all("ul", "pool-rules")
    else:
        assert not tree.find_all("ul", "pool-rules")
    page_text, pages = in_browser(browser, html)
    assert pages >= 1
    assert "Avis aux médias".upper() in page_text.upper()


@pytest.mark.parametrize("sample", [s for s in SAMPLES if "announce:" in s.read_text(encoding="utf-8")],
                         ids=lambda p: p.stem)
def test_press_advisory_before_announce_is_refused_like_the_press_export_and_writes_nothing(tmp_path, sample):
    out = tmp_path / "avis.html"
    result = run("document", "press-advisory", sample, "--now", BEFORE_ANNOUNCE, "-o", out)
    assert result.returncode == 1
    assert "erreur[embargo]" in result.stderr
    export = run("export", sample, "--audience", "press", "--now", BEFORE_ANNOUNCE, "-o", tmp_path / "press.ics")
    assert export.returncode == 1
    assert result.stderr.splitlines()[0] in export.stderr
    assert list(tmp_path.iterdir()) == []


def test_press_advisory_prints_the_accreditation_deadline_and_the_press_contact(tmp_path):
    html = tmp_path / "avis.html"
    assert run("document", "press-advisory", GUADELOUPE, "--now", NOW, "-o", html).returncode == 0
    tree = parse(html)
    assert "03/12/2026 à 20h00" in tree.find_all("p", "accreditation")[0].text
    box = tree.find_all("div", "press-contact")[0].text
    assert "Service de la communication interministérielle de la préfecture" in box
    assert "0590 99 39 00" in box and "communication@guadeloupe.pref.gouv.fr" in box


def test_press_advisory_as_pdf_and_in_english(tmp_path):
    pdf = tmp_path / "avis.pdf"
    result = run("document", "press-advisory", GUADELOUPE, "--now", NOW, "-o", pdf)
    assert result.returncode == 0, result.stderr
    assert pdf.read_bytes().startswith(b"%PDF") and pdf_pages(str(pdf)) >= 1
    html = tmp_path / "advisory.html"
    assert run("document", "press-advisory", GUADELOUPE, "--now", NOW, "--lang", "en", "-o", html).returncode == 0
    tree = parse(html)
    assert tree.find_all("html")[0].attrs["lang"] == "en"
    assert "Press advisory" in tree.text and "Avis aux médias" not in tree.text
    assert "2026-12-03 at 20:00" in tree.text


@pytest.mark.parametrize("audience", ["staff", "security", "public", "principal"])
def test_press_advisory_is_written_for_the_press_only(tmp_path, audience):
    out = tmp_path / "avis.html"
    result = run("document", "press-advisory", GUADELOUPE, "--audience", audience, "--now", NOW, "-o", out)
    assert result.returncode == 2
    assert list(tmp_path.iterdir()) == []


# ── the run-sheet ──────────────────────────────────────────────────────────────────────────────────────────────


def run_sheet_rows(section):
    """(moment class, within the item?, start minute, length, who) of each line of one ceremony's run-sheet."""
    rows = []
    for tr in section.find_all("tr", "moment"):
        cells = tr.find_all("td")
        kind = tr.classes[1]
        rows.append((kind, "within" in tr.classes, minutes(cells[0].text), length(cells[1].text), cells[3].text))
    return rows


@pytest.mark.parametrize("audience", ["staff", "principal", "security"])
@pytest.mark.parametrize("sample", SAMPLES, ids=lambda p: p.stem)
def test_run_sheet_of_every_sample_reads_back_with_a_section_per_ceremony(browser, tmp_path, sample, audience):
    html = tmp_path / "deroule.html"
    result = run("document", "run-sheet", sample, "--audience", audience, "--now", NOW, "-o", html)
    assert result.returncode == 0, result.stderr
    tree = parse(html)
    assert "Déroulé de cérémonie" in tree.find_all("h1")[0].text
    v = view(sample, audience)
    ceremonies = [i for i in v["items"] if i.get("kind") == "ceremony"]
    sections = tree.find_all("section", "run-sheet")
    assert [s.attrs["id"] for s in sections] == [f"run-sheet-{i['id']}" for i in ceremonies]
    if not ceremonies:
        assert "Aucune cérémonie" in tree.text
    for item, section in zip(ceremonies, sections):
        rows = run_sheet_rows(section)
        within = [r for r in rows if r[1]]
        start = local_minutes(item["start"])
        # Arrivals first, the highest authority's at the start; the moments follow one another.
        assert rows[0][0] == "arrival" and within[0][0] == "arrival" and within[0][2] == start
        assert all(r[0] == "arrival" for r in rows[: rows.index(within[0])])
        for a, b in zip(within, within[1:]):
            assert a[2] + a[3] == b[2]
        assert within[-1][0] == "departure"
        # Everyone present arrives once and leaves once.
        names = [p["name"] for p in item["participants"]]
        for name in names:
            arrivals = [r for r in rows if r[0] == "arrival" and name in r[4]]
            departures = [r for r in rows if r[0] == "departure" and name in r[4]]
            assert len(arrivals) == 1 and len(departures) == 1, name
        # No phone on a run-sheet.
        for person in item["participants"]:
            if person.get("phone"):
                assert person["phone"] not in tree.text
    page_text, pages = in_browser(browser, html)
    assert pages >= 1


def overrun_findings(sample):
    result = run("check", sample, "--format", "json")
    return {f["subjects"][0]: f for f in json.loads(result.stdout) if f["code"] == "runsheet-overrun"}


def fits_or_overruns(sample, tmp_path):
    """For each ceremony of `sample`: whether its run-sheet (read from the document's lines) fits the item, checked
    against the finding of `cortege check` (same amount, in the document and in the finding). Returns
    {item id: minutes over, 0 when it fits}."""
    html = tmp_path / "deroule.html"
    result = run("document", "run-sheet", sample, "--audience", "security", "--now", NOW, "-o", html)
    assert result.returncode == 0, result.stderr
    tree = parse(html)
    findings = overrun_findings(sample)
    items = {i["id"]: i for i in view(sample, "security")["items"]}
    over = {}
    for section in tree.find_all("section", "run-sheet"):
        item = items[section.attrs["id"].removeprefix("run-sheet-")]
        duration = local_minutes(item["end"]) - local_minutes(item["start"])
        within = [r for r in run_sheet_rows(section) if r[1]]
        needed = within[-1][2] + within[-1][3] - within[0][2]
        speeches = sum(r[3] for r in within if r[0] == "speech")
        exchanges = [r for r in within if r[0] == "exchanges"]
        if needed > duration and speeches <= duration:
            finding = findings.pop(item["id"])
            assert f"il déborde de {needed - duration} min" in finding["message"]
            assert f"il déborde de {needed - duration} min" in section.find_all("p", "overrun")[0].text
            over[item["id"]] = needed - duration
        else:
            assert item["id"] not in findings
            assert not exchanges or needed == duration
            over[item["id"]] = 0
    assert findings == {}, f"findings for ceremonies without a run-sheet: {findings}"
    return over


@pytest.mark.parametrize("sample", SAMPLES, ids=lambda p: p.stem)
def test_run_sheet_fits_its_ceremony_or_check_says_by_how_much(tmp_path, sample):
    fits_or_overruns(sample, tmp_path)


def guadeloupe_with_timings(tmp_path, timings):
    """A copy of the Guadeloupe sample (with its registry and agendas) whose ceremony has other `ceremony-timings`."""
    import shutil

    shutil.copytree(ROOT / "samples" / "registry", tmp_path / "samples" / "registry")
    shutil.copytree(ROOT / "calendars", tmp_path / "calendars")
    text = GUADELOUPE.read_text(encoding="utf-8")
    written = "    ceremony-timings:\n      wreath: 1m\n      speech: 3m\n"
    assert written in text
    plan = tmp_path / "samples" / GUADELOUPE.name
    plan.write_text(text.replace(written, "    ceremony-timings:\n" + timings), encoding="utf-8")
    return plan


def test_run_sheet_both_ways_on_the_guadeloupe_ceremony(tmp_path):
    # Long wreaths and speeches: 2 + 5 + 3 per wreath + 1 + 1 + 2 + 5 per speech + 3 + 2 > 40 minutes with one
    # wreath and one speech, while the speeches alone (at most 8) stay within the 40 minutes.
    long = guadeloupe_with_timings(tmp_path / "long", "      wreath: 3m\n      speech: 5m\n")
    assert fits_or_overruns(long, tmp_path / "long")["ceremonie-monument"] > 0
    # One minute for each moment: the run-sheet fits with up to 7 wreaths and 7 speeches.
    short = guadeloupe_with_timings(
        tmp_path / "short", "      honours: 1m\n      wreath: 1m\n      speech: 1m\n      standards: 1m\n")
    assert fits_or_overruns(short, tmp_path / "short")["ceremonie-monument"] == 0


def test_run_sheet_honours_and_timings_of_the_sample(tmp_path):
    html = tmp_path / "deroule.html"
    assert run("document", "run-sheet", GUADELOUPE, "--now", NOW, "-o", html).returncode == 0
    rows = run_sheet_rows(parse(html).find_all("section", "run-sheet")[0])
    kinds = [r[0] for r in rows if r[1]]
    # Time left before the farewell is for exchanges (docs/documents.md); every other moment is there, in order.
    order = ["arrival", "honours", "wreath", "last-post", "silence", "anthem", "speech", "standards", "exchanges",
             "departure"]
    assert all(k in kinds for k in order if k != "exchanges")
    assert sorted(set(kinds), key=kinds.index) == [k for k in order if k in kinds]
    honours = [r for r in rows if r[0] == "honours"][0]
    assert "Détachement d'honneur" in honours[4] and honours[3] == 5
    # `ceremony-timings: { wreath: 1m, speech: 3m }` on the item.
    assert {r[3] for r in rows if r[0] == "wreath"} == {1}
    assert {r[3] for r in rows if r[0] == "speech"} == {3}


def test_run_sheet_as_pdf_and_in_english(tmp_path):
    pdf = tmp_path / "deroule.pdf"
    result = run("document", "run-sheet", GUADELOUPE, "--now", NOW, "-o", pdf)
    assert result.returncode == 0, result.stderr
    assert pdf.read_bytes().startswith(b"%PDF") and pdf_pages(str(pdf)) >= 1
    html = tmp_path / "runsheet.html"
    assert run("document", "run-sheet", GUADELOUPE, "--now", NOW, "--lang", "en", "-o", html).returncode == 0
    tree = parse(html)
    assert tree.find_all("html")[0].attrs["lang"] == "en"
    assert "Ceremony run-sheet" in tree.text and "Wreath laying" in tree.text and "Dépôt de gerbe" not in tree.text


@pytest.mark.parametrize("audience", ["press", "public", "person:prefet-971", "unit:edsr-971"])
def test_run_sheet_is_refused_to_other_audiences_and_writes_nothing(tmp_path, audience):
    out = tmp_path / "deroule.html"
    result = run("document", "run-sheet", GUADELOUPE, "--audience", audience, "--now", NOW, "-o", out)
    assert result.returncode == 2
    assert list(tmp_path.iterdir()) == []
