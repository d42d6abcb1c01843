"""The leak property of docs/audiences.md §4 on what `cortege serve` answers: the generated plans of the export
leak test (tests/test_export_leaks.py, same generator, same forbidden and allowed words) are served from one
folder, and for every press and public token the calendar and the programme page, unfolded and unescaped, are
searched for what that audience must never see, and for what it must see (the test is not vacuous)."""
import html
import os
import re
import tempfile

from export_tools import LATE, binary, check_raw_lines, unfold
from serve_tools import Served, feeds
from test_export_leaks import allowed, forbidden, generate, unescape

PLANS = 80


def test_press_and_public_feeds_and_pages_of_generated_plans_leak_nothing():
    binary()
    problems = []
    with tempfile.TemporaryDirectory() as folder:
        plans = os.path.join(folder, "plans")
        os.makedirs(plans)
        generated = {}
        for index in range(PLANS):
            text, items, announce, secrets = generate(index)
            visit = re.search(r"\n  id: (\S+)", text).group(1)
            generated[visit] = (items, announce, secrets)
            with open(os.path.join(plans, f"plan-{index}.yaml"), "w", encoding="utf-8") as f:
                f.write(text)
        secret = os.path.join(folder, "secret")
        with Served(plans, secret, "--now", LATE) as server:
            links = feeds(plans, secret, server.base)
            checked = 0
            for link in links:
                if link["audience"] not in ("press", "public"):
                    continue
                items, announce, secrets = generated[link["visit"]]
                words, codes = forbidden(items, announce, secrets, link["audience"])
                status, _, raw = server.get(link["ics"])
                assert status == 200, link
                check_raw_lines(raw, link["visit"])
                calendar = unescape(unfold(raw))
                status, _, page = server.get(link["html"])
                assert status == 200, link
                page = html.unescape(page.decode())
                for name, content in (("calendar", calendar), ("page", page)):
                    for word in sorted(words):
                        if word in content:
                            problems.append(f"{link['visit']} {link['audience']} {name}: leak of {word!r}")
                    for code in codes:
                        if re.search(rf"(?<!\d){code}(?!\d)", content):
                            problems.append(f"{link['visit']} {link['audience']} {name}: leak of commune {code}")
                    for word in allowed(items, announce, link["audience"]):
                        if word not in content:
                            problems.append(f"{link['visit']} {link['audience']} {name}: {word} should be shown")
                checked += 1
            assert checked == 2 * PLANS
    assert not problems, f"{len(problems)} problem(s); first:\n" + "\n".join(problems[:5])
