"""The printed programme in a real browser: every sample, every audience, rendered by the built `cortege` and
loaded in headless Chromium (Debian's `chromium`), printed to PDF and screenshotted.

The Guadeloupe programmes for staff and security are kept (PNG and PDF) in $CORTEGE_PROGRAMMES_DIR, by default
demo-output/programmes, for a person to look at.
"""

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent))
from chromium_page import pdf_pages  # noqa: E402
from document_tools import browser  # noqa: E402,F401 (a fixture: one headless Chromium per module)

ROOT = Path(__file__).resolve().parent.parent
BINARY = ROOT / ".build" / "debug" / "cortege"
SAMPLES = sorted((ROOT / "samples").glob("*.yaml"))
DEMO_DIR = Path(os.environ.get("CORTEGE_PROGRAMMES_DIR", ROOT / "demo-output" / "programmes"))
# After every sample's announce time (local to each visit).
NOW = "2026-12-20T12:00"
BEFORE_ANNOUNCE = "2026-11-01T08:00"
AUDIENCES = ["principal", "staff", "security", "press", "public", "person"]
KEPT = {("971-visite-ministre", "staff"), ("971-visite-ministre", "security")}


def run(*args):
    return subprocess.run([str(BINARY), *args], capture_output=True, text=True, cwd=ROOT)


def view_json(sample, audience):
    """The audience view as `cortege plan --audience A --format json` prints it (another path than the HTML)."""
    result = run("plan", str(sample), "--audience", audience, "--format", "json", "--now", NOW)
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout)


def view_refused(sample, audience, now):
    """Whether the audience view itself is refused (the embargo), as `cortege plan --audience` reports it."""
    result = run("plan", str(sample), "--audience", audience, "--format", "json", "--now", now)
    assert result.returncode in (0, 1), result.stderr
    return result.returncode == 1


def audience_name(sample, audience):
    if audience != "person":
        return audience
    principal = view_json(sample, "security")["visit"]["principal"]
    return "person:" + (principal["id"] if isinstance(principal, dict) else principal)


def local_days(view):
    starts = [i["start"] for i in view.get("items", [])] + [t["start"] for t in view.get("transfers", [])]
    return sorted({s[:10] for s in starts})


@pytest.mark.parametrize("audience", AUDIENCES)
@pytest.mark.parametrize("sample", SAMPLES, ids=lambda p: p.stem)
def test_programme_loads_cleanly_and_prints_a_page_per_day(browser, tmp_path, sample, audience):
    audience = audience_name(sample, audience)
    html = tmp_path / f"{sample.stem}-{audience.replace(':', '-')}.html"
    result = run("programme", str(sample), "--audience", audience, "--now", NOW, "-o", str(html))
    if view_refused(sample, audience, NOW):
        # The view is under embargo: so is the programme.
        assert result.returncode == 1
        assert "erreur[embargo] : " in result.stderr
        assert not html.exists()
        return
    assert result.returncode == 0, result.stderr
    page = browser.load(str(html), width=900, height=1200)
    try:
        assert page.console_errors == []
        assert page.requests == []
        png, pdf = html.with_suffix(".png"), html.with_suffix(".pdf")
        page.screenshot(str(png))
        page.pdf(str(pdf))
        assert png.stat().st_size > 10_000
        days = local_days(view_json(sample, audience))
        sections = page.evaluate("document.querySelectorAll('section.day').length")
        assert sections == max(1, len(days))
        assert pdf_pages(str(pdf)) >= max(1, len(days))
        # Nothing wider than the page: on screen, and on an A4 sheet less its margins (186 mm at 96 dpi).
        assert page.evaluate("document.documentElement.scrollWidth <= document.documentElement.clientWidth")
        if (sample.stem, audience) in KEPT:
            DEMO_DIR.mkdir(parents=True, exist_ok=True)
            name = f"{sample.stem}-{audience}"
            (DEMO_DIR / f"{name}.png").write_bytes(png.read_bytes())
            (DEMO_DIR / f"{name}.pdf").write_bytes(pdf.read_bytes())
            (DEMO_DIR / f"{name}.html").write_bytes(html.read_bytes())
    finally:
        page.close()

    if audience in ("press", "public"):
        text = html_text = None
        page = browser.load(str(html))
        try:
            text = page.text
        finally:
            page.close()
        html_text = html.read_text(encoding="utf-8")
        security = view_json(sample, "security")
        hidden = [i for i in security["items"] if i.get("confidential") or i.get("press") == "closed"]
        for item in hidden:
            assert item["title"] not in text, f"{audience} programme shows {item['id']}"
            assert f'"item-{item["id"]}"' not in html_text
        units = [u["id"] if isinstance(u, dict) else u for u in security.get("escort", {}).get("units", [])]
        for unit in units:
            assert unit not in text and unit not in html_text, f"{audience} programme shows escort unit {unit}"


@pytest.mark.parametrize("width", [390, 703])
def test_guadeloupe_programme_fits_a_phone_and_an_a4_sheet(browser, tmp_path, width):
    html = tmp_path / "staff.html"
    result = run("programme", str(ROOT / "samples" / "971-visite-ministre.yaml"), "--audience", "staff",
                 "--now", NOW, "-o", str(html))
    assert result.returncode == 0, result.stderr
    page = browser.load(str(html), width=width, height=800, media="print" if width == 703 else None)
    try:
        assert page.evaluate("document.documentElement.scrollWidth") <= width
        # Every timeline and diagram is drawn inside the page.
        overflow = page.evaluate(
            "[...document.querySelectorAll('svg')].filter(s => s.getBoundingClientRect().right > "
            "document.documentElement.clientWidth + 0.5).length")
        assert overflow == 0
    finally:
        page.close()


def test_press_programme_before_announce_is_refused_and_writes_nothing(tmp_path):
    assert view_refused(ROOT / "samples" / "971-visite-ministre.yaml", "press", BEFORE_ANNOUNCE)
    out = tmp_path / "press.html"
    result = run("programme", str(ROOT / "samples" / "971-visite-ministre.yaml"), "--audience", "press",
                 "--now", BEFORE_ANNOUNCE, "-o", str(out))
    assert result.returncode == 1
    assert "erreur[embargo] : " in result.stderr
    assert not out.exists()
    assert list(tmp_path.iterdir()) == []


def test_draft_programme_shows_the_watermark_in_the_browser(browser, tmp_path):
    html = tmp_path / "tentative.html"
    result = run("programme", str(ROOT / "samples" / "63-tournee-prefet.yaml"), "--audience", "staff",
                 "--now", NOW, "-o", str(html))
    assert result.returncode == 0, result.stderr
    page = browser.load(str(html))
    try:
        shown = page.evaluate(
            "(() => { const w = document.querySelector('.watermark span'); if (!w) return null;"
            " const r = w.getBoundingClientRect(); const s = getComputedStyle(w);"
            " return [w.textContent, r.width > 100 && r.height > 50, s.visibility, s.display !== 'none']; })()")
        assert shown == ["PROJET", True, "visible", True]
    finally:
        page.close()
