"""Reading back the cabinet's documents (`cortege document`, docs/documents.md): the HTML parsed with Python's
html.parser (another parser than the writer's), the page loaded in headless Chromium (tests/chromium_page.py),
screenshotted and printed, the PDF counted by poppler's pdfinfo.
"""

import json
import subprocess

import pytest
import sys
from html.parser import HTMLParser
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from chromium_page import Chromium, chromium_binary, pdf_pages  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
BINARY = ROOT / ".build" / "debug" / "cortege"
SAMPLES = sorted((ROOT / "samples").glob("*.yaml"))
# After every sample's announce time (local to each visit).
NOW = "2026-12-20T12:00"


def run(*args, env=None):
    return subprocess.run([str(BINARY), *map(str, args)], capture_output=True, text=True, cwd=ROOT, env=env)


class Element:
    def __init__(self, tag, attrs, parent):
        self.tag, self.attrs, self.parent = tag, dict(attrs), parent
        self.children = []
        self.parts = []

    @property
    def classes(self):
        return (self.attrs.get("class") or "").split()

    @property
    def text(self):
        out = []
        for p in self.parts:
            out.append(p.text if isinstance(p, Element) else p)
        return "".join(out)

    def iter(self):
        yield self
        for c in self.children:
            yield from c.iter()

    def find_all(self, tag=None, cls=None):
        return [e for e in self.iter() if (tag is None or e.tag == tag) and (cls is None or cls in e.classes)]


VOID = {"meta", "br", "img", "hr", "link", "input"}


class _TreeBuilder(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.root = Element("#document", [], None)
        self.current = self.root

    def handle_starttag(self, tag, attrs):
        e = Element(tag, attrs, self.current)
        self.current.children.append(e)
        self.current.parts.append(e)
        if tag not in VOID:
            self.current = e

    def handle_startendtag(self, tag, attrs):
        e = Element(tag, attrs, self.current)
        self.current.children.append(e)
        self.current.parts.append(e)

    def handle_endtag(self, tag):
        if tag in VOID:
            return
        node = self.current
        while node is not None and node.tag != tag:
            node = node.parent
        assert node is not None, f"</{tag}> closes nothing"
        self.current = node.parent

    def handle_data(self, data):
        self.current.parts.append(data)


def parse(path):
    """The document's tree, by html.parser; every element closed."""
    builder = _TreeBuilder()
    builder.feed(Path(path).read_text(encoding="utf-8"))
    builder.close()
    assert builder.current is builder.root, f"unclosed <{builder.current.tag}>"
    return builder.root


def in_browser(browser, html, pdf=None):
    """Loads `html` in Chromium: no console error, no request; screenshots it; prints it to `pdf` (or a PDF beside
    the page) and returns (page text, PDF page count)."""
    html = Path(html)
    page = browser.load(str(html), width=900, height=1200)
    try:
        assert page.console_errors == [], page.console_errors
        assert page.requests == [], page.requests
        png = html.with_suffix(".png")
        page.screenshot(str(png))
        assert png.stat().st_size > 10_000
        assert page.evaluate("document.documentElement.scrollWidth <= document.documentElement.clientWidth")
        out = Path(pdf) if pdf else html.with_suffix(".pdf")
        page.pdf(str(out))
        return page.text, pdf_pages(str(out))
    finally:
        page.close()


def plan_files(path):
    """The plan and every registry it includes, read with PyYAML (another reader than Yams), in reading order."""
    import yaml

    seen, out = set(), []

    def visit(p):
        p = Path(p).resolve()
        if p in seen:
            return
        seen.add(p)
        data = yaml.safe_load(p.read_text(encoding="utf-8")) or {}
        for inc in data.get("include", []) or []:
            visit(p.parent / inc)
        out.append(data)

    visit(path)
    return out


def plan_people(path):
    """Every person of a plan and its registries, by id, as written."""
    return {p["id"]: p for f in plan_files(path) for p in f.get("people", []) or []}


def plan_venues(path):
    return {v["id"]: v for f in plan_files(path) for v in f.get("venues", []) or []}


def plan_items(path):
    """Every item of the plan's programme (groups opened), by id, as written."""
    items = {}

    def walk(entries):
        for e in entries or []:
            if "group" in e:
                walk(e["group"].get("items"))
            elif "id" in e:
                items[e["id"]] = e

    walk(plan_files(path)[-1].get("programme"))
    return items


STAFF_ROLES = {"staff", "close-protection", "driver", "press-officer", "interpreter"}


def is_staff(person):
    functions = person.get("functions") or ([person["function"]] if person.get("function") else [])
    return any(f in STAFF_ROLES for f in functions)


@pytest.fixture(scope="module")
def browser():
    """One headless Chromium for a test module (tests/chromium_page.py)."""
    if not BINARY.exists():
        pytest.fail(f"{BINARY} is missing: run `swift build` first")
    if chromium_binary() is None:
        pytest.fail("chromium is not installed: `make test` installs it (apt-get install chromium poppler-utils)")
    with Chromium() as b:
        yield b


def view(sample, audience, now=NOW):
    """`cortege plan --audience AUDIENCE --format json`: the audience view a document is built from."""
    result = run("plan", sample, "--audience", audience, "--format", "json", "--now", now)
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout)
