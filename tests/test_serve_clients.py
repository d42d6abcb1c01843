"""Real clients of `cortege serve`: vdirsyncer (http storage into a vdir) read by khal, and headless Chromium on a
programme page that follows the plan. The server is started by the tests on a free loopback port."""
import datetime as dt
import os
import re
import shutil
import subprocess
import tempfile
import time
import zoneinfo

import icalendar
import pytest

from chromium_page import Chromium, Page, chromium_binary
from serve_tools import Served, copy_samples, feeds

LATE = "2030-01-01T00:00"
PLAN = "971-visite-ministre.yaml"
ITEM_TITLE = "Cérémonie d'hommage aux forces de sécurité"


def move_ceremony(plans, minutes):
    """Moves the ceremony of the 971 sample by MINUTES; returns its new local time (HH:MM) in the visit's zone."""
    path = os.path.join(plans, PLAN)
    text = open(path, encoding="utf-8").read()
    block = text.index("id: ceremonie-monument")
    match = re.compile(r'at: "(\d\d):(\d\d)"').search(text, block)
    old = int(match.group(1)) * 60 + int(match.group(2))
    new = old + minutes
    moved = f'{new // 60:02d}:{new % 60:02d}'
    text = text[:match.start()] + f'at: "{moved}"' + text[match.end():]
    with open(path + ".tmp", "w", encoding="utf-8") as f:
        f.write(text)
    os.replace(path + ".tmp", path)
    return moved


def ceremony_time(plans):
    text = open(os.path.join(plans, PLAN), encoding="utf-8").read()
    block = text.index("id: ceremonie-monument")
    match = re.compile(r'at: "(\d\d:\d\d)"').search(text, block)
    return match.group(1)


def uids(vdir):
    """The UID of every event file of a vdir, read with python icalendar."""
    found = []
    for name in os.listdir(vdir):
        calendar = icalendar.Calendar.from_ical(open(os.path.join(vdir, name), "rb").read())
        found += [str(e["UID"]) for e in calendar.walk("VEVENT")]
    return found


def in_paris(local_hhmm):
    """The local time of the visit (America/Guadeloupe, 2026-12-04) as khal shows it in Europe/Paris."""
    hour, minute = map(int, local_hhmm.split(":"))
    start = dt.datetime(2026, 12, 4, hour, minute, tzinfo=zoneinfo.ZoneInfo("America/Guadeloupe"))
    return start.astimezone(zoneinfo.ZoneInfo("Europe/Paris")).strftime("%H:%M")


@pytest.mark.skipif(not shutil.which("vdirsyncer") or not shutil.which("khal"),
                    reason="vdirsyncer and khal are installed by `make deps`")
def test_vdirsyncer_subscribes_and_khal_shows_the_moved_item_once():
    with tempfile.TemporaryDirectory() as folder:
        plans = copy_samples(folder)
        secret = os.path.join(folder, "secret")
        with Served(plans, secret, "--now", LATE) as server:
            link = next(l for l in feeds(plans, secret, server.base)
                        if l["visit"] == "mi-971-2026-12-04" and l["audience"] == "staff")
            vdir = os.path.join(folder, "vdir")
            config = os.path.join(folder, "vdirsyncer.conf")
            with open(config, "w") as f:
                f.write(f"""[general]
status_path = "{folder}/status/"

[pair feed]
a = "feed_remote"
b = "feed_local"
collections = null
conflict_resolution = "a wins"

[storage feed_remote]
type = "http"
url = "{link['ics']}"

[storage feed_local]
type = "filesystem"
path = "{vdir}/"
fileext = ".ics"
""")
            khal_config = os.path.join(folder, "khal.conf")
            with open(khal_config, "w") as f:
                f.write(f"""[calendars]
[[feed]]
path = {vdir}/
type = calendar
[locale]
timeformat = %H:%M
dateformat = %Y-%m-%d
longdateformat = %Y-%m-%d
datetimeformat = %Y-%m-%d %H:%M
longdatetimeformat = %Y-%m-%d %H:%M
default_timezone = Europe/Paris
local_timezone = Europe/Paris
""")
            env = dict(os.environ, XDG_DATA_HOME=os.path.join(folder, "data"),
                       XDG_CONFIG_HOME=os.path.join(folder, "config"))
            os.makedirs(vdir)

            def sync():
                result = subprocess.run(["vdirsyncer", "-c", config, "sync"], capture_output=True, text=True,
                                        env=env, timeout=120)
                assert result.returncode == 0, result.stdout + result.stderr

            def khal_list():
                result = subprocess.run(["khal", "-c", khal_config, "list", "2026-12-03", "5d", "--format",
                                         "{start-time}|{title}"], capture_output=True, text=True, env=env,
                                        timeout=120)
                assert result.returncode == 0, result.stderr
                return [line.split("|", 1) for line in result.stdout.splitlines() if "|" in line]

            discover = subprocess.run(["vdirsyncer", "-c", config, "discover", "feed"], capture_output=True,
                                      text=True, env=env, timeout=120, input="")
            assert discover.returncode == 0, discover.stdout + discover.stderr
            sync()
            first = khal_list()
            files = sorted(os.listdir(vdir))
            first_uids = uids(vdir)
            assert len(files) >= 5
            before = ceremony_time(plans)
            shown = [t for t, title in first if title.startswith(ITEM_TITLE)]
            assert shown == [in_paris(before)], (shown, first)

            moved = move_ceremony(plans, 7)
            etag = server.get(link["ics"])[1]["etag"]
            deadline = time.monotonic() + 2
            while server.get(link["ics"])[1]["etag"] == etag and time.monotonic() < deadline:
                time.sleep(0.1)
            sync()
            second = khal_list()
            shown = [t for t, title in second if title.startswith(ITEM_TITLE)]
            assert shown == [in_paris(moved)], (shown, second)
            # Nothing duplicated: as many files and events as before, each title as often as before. (vdirsyncer's
            # http storage replaces every UID by a hash of the event, so the moved event is a new file that
            # replaces the old one: exactly one file changed.)
            assert len(os.listdir(vdir)) == len(files)
            second_uids = uids(vdir)
            assert len(second_uids) == len(first_uids) and len(set(second_uids)) == len(second_uids)
            assert len(set(second_uids) - set(first_uids)) >= 1
            assert len(second) == len(first)
            assert sorted(title for _, title in second) == sorted(title for _, title in first)


@pytest.mark.skipif(chromium_binary() is None, reason="chromium is installed by `make deps`")
def test_an_open_programme_page_shows_the_new_time_without_a_manual_reload():
    with tempfile.TemporaryDirectory() as folder:
        plans = copy_samples(folder)
        secret = os.path.join(folder, "secret")
        with Served(plans, secret, "--now", LATE) as server, Chromium() as browser:
            link = next(l for l in feeds(plans, secret, server.base)
                        if l["visit"] == "mi-971-2026-12-04" and l["audience"] == "staff")
            target = browser.call("Target.createTarget", {"url": "about:blank"})["targetId"]
            session = browser.call("Target.attachToTarget", {"targetId": target, "flatten": True})["sessionId"]
            for domain in ("Page", "Runtime"):
                browser.call(domain + ".enable", session=session)
            browser.call("Page.navigate", {"url": link["html"]}, session=session)
            browser.wait_for("Page.loadEventFired", session)
            page = Page(browser, session, target, link["html"])

            def text():
                try:
                    return page.text or ""
                except RuntimeError:  # the page is reloading itself
                    return ""

            before = ceremony_time(plans)
            deadline = time.monotonic() + 10
            while "EventSource" not in (page.evaluate("document.documentElement.outerHTML") or "") \
                    and time.monotonic() < deadline:
                time.sleep(0.1)
            def shows(hhmm):
                """The ceremony's line of the programme starts at HH:MM (written 10h07 in French)."""
                line = hhmm.replace(":", "h") + r"\s*–\s*\d\dh\d\d\s+(\d+ min\s+)?" + re.escape(ITEM_TITLE)
                return re.search(line, text()) is not None

            assert shows(before), text()
            # The stream is open before the edit (the page announced itself to the server).
            deadline = time.monotonic() + 10
            while f"/e/{link['html'].split('/p/')[1][:4]}" not in server.log and time.monotonic() < deadline:
                time.sleep(0.1)
            moved = move_ceremony(plans, 7)
            assert not shows(moved)
            deadline = time.monotonic() + 10
            while not shows(moved) and time.monotonic() < deadline:
                time.sleep(0.2)
            assert shows(moved), "the page did not update itself"
            assert not shows(before)
            navigations = [e for e in browser.events if e.get("method") == "Page.frameNavigated"
                           and e.get("sessionId") == session]
            assert len(navigations) >= 2  # the first load, then the page's own reload
