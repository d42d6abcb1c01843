"""The line-up and seating diagrams and the timeline blocks of the printed programme, measured in headless
Chromium as printed on an A4 sheet (703 px wide: 186 mm at 96 dpi): every name whole and inside its box, at
least 8 pt, and no timeline label cut with an ellipsis (docs/audiences.md §5)."""

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent))
from document_tools import browser  # noqa: E402,F401 (a fixture: one headless Chromium per module)
from test_programme import NOW, ROOT, BINARY, run  # noqa: E402

SAMPLES = sorted((ROOT / "samples").glob("*.yaml"))
# 8 pt in CSS pixels.
EIGHT_POINTS = 8 * 96 / 72

MEASURE = """(() => {
  const names = [...document.querySelectorAll('.place-name, .seat-name')];
  return {
    count: names.length,
    small: names.filter(e => parseFloat(getComputedStyle(e).fontSize) < %f - 0.01).map(e => e.textContent),
    overflowing: names.filter(e => e.scrollWidth > e.clientWidth + 0.5 ||
        e.getBoundingClientRect().right > e.closest('li').getBoundingClientRect().right + 0.5).map(e => e.textContent),
    ellipsis: [...document.querySelectorAll('.place-name, .seat-name, .bar-label')]
        .filter(e => e.textContent.includes('\u2026')).map(e => e.textContent),
    scaled: [...document.querySelectorAll('svg.lineup, svg.seating')].length,
    outside: [...document.querySelectorAll('.diagram li')].filter(e =>
        e.getBoundingClientRect().right > e.closest('.diagram').getBoundingClientRect().right + 0.5 ||
        e.getBoundingClientRect().left < e.closest('.diagram').getBoundingClientRect().left - 0.5).map(e => e.textContent),
  };
})()""" % EIGHT_POINTS


@pytest.mark.parametrize("sample", SAMPLES, ids=lambda p: p.stem)
def test_diagram_names_are_whole_readable_and_inside_their_boxes_on_a4(browser, tmp_path, sample):
    html = tmp_path / f"{sample.stem}.html"
    result = run("programme", str(sample), "--audience", "staff", "--now", NOW, "-o", str(html))
    assert result.returncode == 0, result.stderr
    page = browser.load(str(html), width=703, height=1100, media="print")
    try:
        assert page.console_errors == []
        measured = page.evaluate(MEASURE)
        assert measured["scaled"] == 0
        assert measured["small"] == []
        assert measured["overflowing"] == []
        assert measured["outside"] == []
        assert measured["ellipsis"] == []
        png = tmp_path / f"{sample.stem}.png"
        page.screenshot(str(png))
        assert png.stat().st_size > 10_000
    finally:
        page.close()


def test_the_guadeloupe_line_up_shows_every_name_in_full(browser, tmp_path):
    sample = ROOT / "samples" / "971-visite-ministre.yaml"
    html = tmp_path / "staff.html"
    assert run("programme", str(sample), "--audience", "staff", "--now", NOW, "-o", str(html)).returncode == 0
    page = browser.load(str(html), width=703, height=1100, media="print")
    try:
        names = page.evaluate("[...document.querySelectorAll('.lineup .place-name')].map(e => e.textContent)")
        assert "Stéphane Cabrisseau" in names and "Nadège Coquelin" in names
        assert len(names) >= 8
    finally:
        page.close()
