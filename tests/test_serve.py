"""`cortege serve` and `cortege feeds` (docs/serve.md), against the server started on a free loopback port.

Calendars are read with python `icalendar`; requests are plain http.client requests, sent as written."""
import gzip
import os
import re
import secrets
import stat
import subprocess
import tempfile
import time

import icalendar
import pytest

from export_tools import LATE, binary
from serve_tools import Served, copy_samples, feeds, wait_until

EARLY = "2026-01-01T00:00"


@pytest.fixture
def folder():
    with tempfile.TemporaryDirectory() as tmp:
        yield tmp


def served(tmp, *extra, broken=False):
    plans = copy_samples(tmp, broken=broken)
    secret = os.path.join(tmp, "secret")
    return plans, secret, Served(plans, secret, *extra)


def etags(server, links):
    """The ETag of every calendar and page of LINKS, by URL."""
    found = {}
    for link in links:
        for key in ("ics", "html"):
            if link[key] and link["audience"] != "office":
                status, headers, _ = server.get(link[key])
                assert status == 200, (link, status)
                found[link[key]] = headers["etag"]
    return found


def test_secret_file_is_created_0600_and_the_links_follow_it(folder):
    plans = copy_samples(folder)
    secret = os.path.join(folder, "secret")
    first = feeds(plans, secret, "http://127.0.0.1:1")
    mode = stat.S_IMODE(os.stat(secret).st_mode)
    assert mode == 0o600, oct(mode)
    assert re.fullmatch(r"[0-9a-f]{64}\n", open(secret).read())
    assert feeds(plans, secret, "http://127.0.0.1:1") == first
    other = os.path.join(folder, "other")
    with open(other, "w") as f:
        f.write(secrets.token_hex(32))
    os.chmod(other, 0o600)
    changed = feeds(plans, other, "http://127.0.0.1:1")
    assert {l["ics"] for l in changed if l["ics"]}.isdisjoint({l["ics"] for l in first if l["ics"]})
    os.chmod(other, 0o644)
    refused = subprocess.run([binary(), "feeds", plans, "--secret-file", other], capture_output=True, text=True)
    assert refused.returncode == 2 and "chmod 600" in refused.stderr
    short = os.path.join(folder, "short")
    with open(short, "w") as f:
        f.write("abc")
    os.chmod(short, 0o600)
    refused = subprocess.run([binary(), "feeds", plans, "--secret-file", short], capture_output=True, text=True)
    assert refused.returncode == 2 and "il en faut au moins 16" in refused.stderr


def test_feeds_list_every_audience_of_every_visit_and_the_office(folder):
    plans = copy_samples(folder)
    links = feeds(plans, os.path.join(folder, "secret"), "https://agenda.example.fr/")
    visits = {l["visit"] for l in links if l["visit"]}
    assert visits == {"cd55-semaine-2026-50", "pref-63-2026-12-10", "pref-77-2026-12-15", "mi-971-2026-12-04"}
    for visit in visits:
        audiences = {l["audience"] for l in links if l["visit"] == visit}
        assert {"principal", "staff", "security", "press", "public"} <= audiences
        assert any(a.startswith("person:") for a in audiences)
    for link in links:
        assert set(link) == {"visit", "audience", "ics", "webcal", "html"}
        if link["audience"] == "office":
            continue
        token = re.fullmatch(r"https://agenda\.example\.fr/c/([A-Za-z0-9_-]{43})\.ics", link["ics"]).group(1)
        assert link["webcal"] == f"webcal://agenda.example.fr/c/{token}.ics"
        assert link["html"] == f"https://agenda.example.fr/p/{token}.html"
    office = [l for l in links if l["audience"] == "office"]
    assert len(office) == 1 and re.fullmatch(r"https://agenda\.example\.fr/o/[A-Za-z0-9_-]{43}/", office[0]["html"])
    assert len({l["html"] for l in links}) == len(links)


def test_every_feed_answers_a_calendar_that_icalendar_reads_with_the_export_bytes(folder):
    plans, secret, server = served(folder, "--now", LATE)
    with server:
        links = feeds(plans, secret, server.base)
        out = os.path.join(folder, "export")
        for link in links:
            if link["audience"] == "office":
                status, headers, body = server.get(link["html"])
                assert status == 200 and headers["content-type"] == "text/html; charset=utf-8"
                continue
            status, headers, body = server.get(link["ics"])
            assert status == 200, link
            assert headers["content-type"] == "text/calendar; charset=utf-8"
            calendar = icalendar.Calendar.from_ical(body)
            assert calendar.name == "VCALENDAR"
            # The same bytes as `cortege export` into an empty folder.
            plan = next(os.path.join(plans, n) for n in os.listdir(plans)
                        if n.endswith(".yaml") and f"id: {link['visit']}\n" in open(os.path.join(plans, n)).read())
            target = os.path.join(out, link["visit"], link["audience"].replace(":", "-"))
            subprocess.run([binary(), "export", plan, "--audience", link["audience"], "-o", target, "--now", LATE],
                           capture_output=True, check=True)
            (name,) = os.listdir(target)
            assert open(os.path.join(target, name), "rb").read() == body, link
            status, headers, page = server.get(link["html"])
            assert status == 200 and headers["content-type"] == "text/html; charset=utf-8"
            assert b"<html" in page and b"EventSource" in page


def test_validators_gzip_and_head(folder):
    plans, secret, server = served(folder, "--now", LATE)
    with server:
        link = next(l for l in feeds(plans, secret, server.base) if l["audience"] == "staff")
        status, headers, body = server.get(link["ics"])
        assert status == 200
        etag = headers["etag"]
        assert re.fullmatch(r'"[0-9a-f]{32}"', etag), etag  # strong: no W/
        assert "private" in headers["cache-control"]
        assert headers["last-modified"].endswith(" GMT")
        assert int(headers["content-length"]) == len(body)
        status, h304, body304 = server.get(link["ics"], {"If-None-Match": etag})
        assert status == 304 and body304 == b"" and h304["etag"] == etag
        status, _, _ = server.get(link["ics"], {"If-None-Match": '"0000"'})
        assert status == 200
        status, _, body304 = server.get(link["ics"], {"If-Modified-Since": headers["last-modified"]})
        assert status == 304 and body304 == b""
        status, _, _ = server.get(link["ics"], {"If-Modified-Since": "Mon, 01 Jan 2001 00:00:00 GMT"})
        assert status == 200
        status, hz, zipped = server.get(link["ics"], {"Accept-Encoding": "gzip, deflate"})
        assert status == 200 and hz["content-encoding"] == "gzip" and hz["etag"] != etag
        assert gzip.decompress(zipped) == body and len(zipped) < len(body)
        status, _, _ = server.get(link["ics"], {"Accept-Encoding": "gzip", "If-None-Match": hz["etag"]})
        assert status == 304
        status, hh, head = server.request("HEAD", link["ics"])
        assert status == 200 and head == b"" and hh["etag"] == etag and int(hh["content-length"]) == len(body)
        status, hp, _ = server.get(link["html"])
        assert status == 200 and re.fullmatch(r'"[0-9a-f]{32}"', hp["etag"])
        assert server.get(link["html"], {"If-None-Match": hp["etag"]})[0] == 304


def test_unknown_revoked_embargoed_and_traversal_all_answer_the_same_404(folder):
    plans, secret, server = served(folder, "--now", EARLY)
    with server:
        links = feeds(plans, secret, server.base)
        staff = next(l for l in links if l["audience"] == "staff")
        press = [l for l in links if l["audience"] in ("press", "public")]
        assert server.get(staff["ics"])[0] == 200
        answers = []
        token = re.search(r"/c/(.*)\.ics", staff["ics"]).group(1)
        wrong = token[:-1] + ("A" if token[-1] != "A" else "B")
        targets = [f"/c/{wrong}.ics", f"/p/{wrong}.html", f"/o/{wrong}/", f"/e/{wrong}",
                   "/c/../../etc/passwd", "/c/%2e%2e/%2e%2e/etc/passwd", "/c/..%2f..%2fetc%2fpasswd",
                   "/c/%2E%2E%2F%2E%2E%2Fetc%2Fpasswd.ics", "/p/../../../etc/passwd", "/", "/c/", "/c", "/o/",
                   "/samples/", "/..%252f..%252fetc/passwd", f"/c/{token}.ics/..", f"/c/{token}"]
        targets += [l["ics"] for l in press if l["visit"] != "cd55-semaine-2026-50"] + \
                   [l["html"] for l in press if l["visit"] != "cd55-semaine-2026-50"]
        for target in targets:
            status, headers, body = server.get(target)
            answers.append((target, status, headers.get("content-type"), headers.get("content-length"), body))
        # One token revoked through the revocation list, read while serving.
        with open(secret + ".revoked", "w") as f:
            f.write(f"# revoked for a test\n{token}\n")
        assert wait_until(lambda: server.get(staff["ics"])[0] == 404, 2.0) is not None
        status, headers, body = server.get(staff["ics"])
        answers.append(("revoked", status, headers.get("content-type"), headers.get("content-length"), body))
        first = answers[0]
        for answer in answers:
            assert answer[1:] == first[1:], (answer, first)
        assert first[1] == 404
        assert token not in server.log and wrong not in server.log
        assert f"/c/{token[:4]}…" in server.log


def test_limits(folder):
    plans, secret, server = served(folder, "--idle-timeout", "1")
    with server:
        assert server.get("/c/" + "a" * 3000 + ".ics")[0] == 414
        many = {f"X-Header-{i}": "x" for i in range(100)}
        try:
            status = server.get("/", many)[0]
        except (ConnectionError, OSError, Exception) as error:  # the parser may close the connection instead
            status = type(error).__name__
        assert status in (400, 431, "RemoteDisconnected", "ConnectionResetError"), status
        assert server.request("POST", "/c/x.ics")[0] == 405
        import socket
        with socket.create_connection(("127.0.0.1", server.port), timeout=5) as s:
            began = time.monotonic()
            assert s.recv(1) == b""  # closed by the server once idle
            assert time.monotonic() - began < 4


def test_an_edit_changes_exactly_the_affected_etags_within_2_seconds(folder):
    plans, secret, server = served(folder, "--now", LATE)
    with server:
        links = feeds(plans, secret, server.base)
        before = etags(server, links)
        path = os.path.join(plans, "63-tournee-prefet.yaml")
        text = open(path, encoding="utf-8").read()
        # One note of the 63 visit changes: every audience that sees the notes of that item changes, press and
        # public (no notes) and the other visits keep their versions.
        match = re.search(r"notes: (\"?)([^\n\"]+)", text)
        assert match, "the 63 sample has a note"
        edited = text[:match.start(2)] + "Nouvelle consigne " + match.group(2) + text[match.end(2):]
        visit63 = {l["visit"] for l in links if l["ics"] and l["ics"] in before and l["visit"] and "63" in l["visit"]}
        assert len(visit63) == 1
        with open(path + ".tmp", "w", encoding="utf-8") as f:
            f.write(edited)
        os.replace(path + ".tmp", path)
        written = time.monotonic()

        def settled():
            now = etags(server, links)
            return any(now[u] != before[u] for u in before)

        assert wait_until(settled, 2.0, step=0.1) is not None, "no feed changed within 2 s"
        assert time.monotonic() - written < 3
        after = etags(server, links)
        changed = {u for u in before if after[u] != before[u]}
        for link in links:
            if link["audience"] == "office":
                continue
            for key in ("ics", "html"):
                url = link[key]
                if link["visit"] not in visit63 or link["audience"] in ("press", "public"):
                    assert url not in changed, ("changed but not affected", link["visit"], link["audience"], key)
        assert any(u in changed for l in links if l["visit"] in visit63 and l["audience"] == "staff"
                   for u in (l["ics"], l["html"]))
        # The changed calendars are the ones whose export changed.
        for link in links:
            if link["visit"] not in visit63:
                continue
            status, _, body = server.get(link["ics"])
            assert (link["ics"] in changed) == (b"Nouvelle consigne" in body.replace(b"\r\n ", b"")), link["audience"]


def test_a_broken_edit_keeps_the_last_good_version_and_shows_on_the_dashboard(folder):
    plans, secret, server = served(folder, "--now", LATE)
    with server:
        links = feeds(plans, secret, server.base)
        office = next(l for l in links if l["audience"] == "office")["html"]
        staff = next(l for l in links if l["audience"] == "staff" and "77" in l["visit"])
        status, headers, body = server.get(staff["ics"])
        path = os.path.join(plans, "77-seveso-tour.yaml")
        good = open(path, encoding="utf-8").read()
        with open(path, "w", encoding="utf-8") as f:
            f.write(good.replace("programme:", "programme:\n  - { id: x, kind: visit, venue: nowhere-venue, "
                                 "at: \"25:99\", duration: 10m }", 1))
        assert wait_until(lambda: "77-seveso-tour.yaml" in server.get(office)[2].decode()
                          and "derni" in server.get(office)[2].decode(), 2.0) is not None
        page = server.get(office)[2].decode()
        assert re.search(r"77-seveso-tour\.yaml:\d+", page), page
        again = server.get(staff["ics"])
        assert again[0] == 200 and again[2] == body and again[1]["etag"] == headers["etag"]
        with open(path, "w", encoding="utf-8") as f:
            f.write(good)
        assert wait_until(lambda: "dernière version valide" not in server.get(office)[2].decode(), 2.0) is not None


def test_the_dashboard_shows_visits_findings_links_and_reload_time(folder):
    plans, secret, server = served(folder, "--agendas", os.path.join(folder, "calendars"), broken=True)
    with server:
        links = feeds(plans, secret, server.base)
        office = next(l for l in links if l["audience"] == "office")["html"]
        status, headers, body = server.get(office)
        assert status == 200 and "private" in headers["cache-control"]
        page = body.decode()
        for link in links:
            if link["audience"] != "office":
                assert link["ics"] in page and link["webcal"] in page
        assert page.count("Copier") >= len(links) - 1
        assert "Dernier rechargement" in page and re.search(r"<time id=\"reloaded\">\d{4}-\d\d-\d\dT", page)
        check = subprocess.run([binary(), "check", *sorted(os.path.join(plans, n) for n in os.listdir(plans)
                                                           if n.endswith(".yaml")),
                                "--agendas", os.path.join(folder, "calendars")], capture_output=True, text=True)
        for line in check.stdout.splitlines():
            if line.startswith(plans):
                code = re.search(r"\[([a-z-]+)\]", line)
                assert line.split(":")[0] in page
        assert "non chargé" in page and "broken/" in page
        wrong = office.replace("/o/", "/o/x")
        assert server.get(wrong)[0] == 404


def test_programme_event_stream_announces_a_new_version_after_an_edit(folder):
    plans, secret, server = served(folder, "--now", LATE)
    with server:
        link = next(l for l in feeds(plans, secret, server.base) if l["audience"] == "staff" and "971" in l["visit"])
        token = re.search(r"/p/(.*)\.html", link["html"]).group(1)
        import http.client
        connection = http.client.HTTPConnection("127.0.0.1", server.port, timeout=10)
        connection.request("GET", f"/e/{token}")
        response = connection.getresponse()
        assert response.status == 200 and response.getheader("Content-Type").startswith("text/event-stream")

        def next_version():
            data = None
            while True:
                line = response.fp.readline().decode()
                if line.startswith("data: "):
                    data = line[6:].strip()
                if line == "\n" and data:
                    return data

        first = next_version()
        page = server.get(link["html"])[2].decode()
        assert f'var v="{first}"' in page
        path = os.path.join(plans, "971-visite-ministre.yaml")
        text = open(path, encoding="utf-8").read()
        match = re.search(r'title: "?([^"\n,}]+)', text[text.index("programme:"):])
        with open(path, "w", encoding="utf-8") as f:
            f.write(text.replace(match.group(1), match.group(1) + " modifié", 1))
        began = time.monotonic()
        second = next_version()
        assert second != first and time.monotonic() - began < 2.0
        connection.close()


@pytest.mark.parametrize("language", ["fr", "en"])
def test_the_start_and_reload_lines_are_french_by_default_and_english_with_lang_en(folder, language):
    extra = ("--lang", "en") if language == "en" else ()
    plans, secret, server = served(folder, *extra)
    with server:
        if language == "fr":
            listening = f"cortege serve : à l’écoute sur 127.0.0.1:{server.port} ; tableau de bord du cabinet : "
            reload = re.compile(r"cortege serve : rechargement 1 : \d+ plan\(s\) de visite, \d+ flux, ")
        else:
            listening = f"cortege serve: listening on 127.0.0.1:{server.port}; office dashboard: "
            reload = re.compile(r"cortege serve: reload 1: \d+ plan\(s\), \d+ feed\(s\), ")
        assert wait_until(lambda: listening in server.log and reload.search(server.log), 10) is not None, server.log
