"""`cortege document` (docs/documents.md): each document of every sample, read back (html.parser, Chromium
without console error, PDF pages by pdfinfo), and what the command refuses (nothing written)."""

import json
import os

import pytest

from chromium_page import Chromium, chromium_binary, pdf_pages
from document_tools import BINARY, NOW, ROOT, SAMPLES, in_browser, parse, run

GUADELOUPE = ROOT / "samples" / "971-visite-ministre.yaml"


@pytest.fixture(scope="module")
def browser():
    if not BINARY.exists():
        pytest.fail(f"{BINARY} is missing: run `swift build` first")
    if chromium_binary() is None:
        pytest.fail("chromium is not installed: `make test` installs it (apt-get install chromium poppler-utils)")
    with Chromium() as b:
        yield b


def view(sample, audience):
    result = run("plan", sample, "--audience", audience, "--format", "json", "--now", NOW)
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout)


def plan_people(sample):
    """Every person of the security view (the principal, participants, riders), by id."""
    v = view(sample, "security")
    people = {}
    for i in v["items"]:
        for p in i.get("participants", []):
            people[p["id"] if isinstance(p, dict) else p] = p
    return people


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
    assert "Chromium" in result.stderr
    assert list(tmp_path.iterdir()) == []


def test_english_with_lang_en(tmp_path):
    html = tmp_path / "contacts.html"
    result = run("document", "contacts", GUADELOUPE, "--now", NOW, "--lang", "en", "-o", html)
    assert result.returncode == 0, result.stderr
    tree = parse(html)
    assert tree.find_all("html")[0].attrs["lang"] == "en"
    assert "Contact sheet" in tree.text and "Fiche contacts" not in tree.text
