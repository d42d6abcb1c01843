"""`cortege publish` under a failing server (docs/publish.md, « Pannes » and « Ce qui est envoyé »).

A small HTTP proxy, started on a free 127.0.0.1 port, stands between `cortege publish` and a real Radicale: every
request goes on to Radicale, except those a rule set by the test answers itself (503, 501, 403) or drops (the
connection closed before the request is forwarded, or after Radicale has answered, the answer lost). The proxy
logs what it saw and what it answered; what Radicale holds is read back from Radicale itself, not through the
proxy. Radicale, the plans, the journal and the reference export are those of test_publish.py.
"""
import http.client
import http.server
import os
import re
import socket
import threading
import time
import urllib.parse

import pytest

from export_tools import unfold
from test_export_caldav import properties
from test_publish import (collection_path, edit, event_of, export, plans, publish, running, server_objects,
                          visit_id)

# The retries' delays of DAVClient (docs/publish.md, « Pannes »): four tries in all.
BACKOFF = [0.5, 1, 2]
HOP_BY_HOP = {"connection", "keep-alive", "transfer-encoding", "content-length", "proxy-connection", "te",
              "trailer", "upgrade", "host"}


class Rule:
    """Requests of `method` (and whose path and headers `when` accepts) answered `action` by the proxy, `times`
    times (None: always). `action`: an HTTP status, "drop-before", "drop-after", or "no-sync" (forwarded, the
    sync-collection report taken out of the answer's supported-report-set)."""

    def __init__(self, method, action, times=None, when=None):
        self.method, self.action, self.times, self.when = method, action, times, when


class FaultProxy:
    """A real HTTP peer in front of Radicale that forwards every request it does not fault."""

    def __init__(self, upstream_port):
        self.upstream_port = upstream_port
        self.rules = []
        self.log = []  # (method, path, depth, status given back or None, "forwarded" | "faulted" | "dropped")
        self.lock = threading.RLock()  # the rules' conditions may read the log
        proxy = self

        class Handler(http.server.BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"
            disable_nagle_algorithm = True  # the headers and the body go out as separate writes

            def log_message(self, *args):
                pass

            def __getattr__(self, name):
                if name.startswith("do_"):
                    return self.relay
                raise AttributeError(name)

            def read_body(self):
                if self.headers.get("Transfer-Encoding", "").lower() == "chunked":
                    data = b""
                    while True:
                        size = int(self.rfile.readline().split(b";")[0], 16)
                        if size == 0:
                            self.rfile.readline()
                            return data
                        data += self.rfile.read(size)
                        self.rfile.readline()
                return self.rfile.read(int(self.headers.get("Content-Length", 0)))

            def drop(self):
                self.close_connection = True
                try:
                    self.connection.shutdown(socket.SHUT_RDWR)
                except OSError:
                    pass

            def relay(self):
                body = self.read_body()
                path = urllib.parse.unquote(urllib.parse.urlsplit(self.path).path)
                depth = self.headers.get("Depth")
                action = proxy.fault(self.command, path, self.headers)
                if action == "drop-before":
                    proxy.note(self.command, path, depth, None, "dropped")
                    return self.drop()
                if isinstance(action, int):
                    proxy.note(self.command, path, depth, action, "faulted")
                    self.send_response(action)
                    self.send_header("Content-Length", "0")
                    self.end_headers()
                    return
                status, headers, data = proxy.forward(self.command, self.path, self.headers, body)
                if action == "drop-after":
                    proxy.note(self.command, path, depth, None, "dropped")
                    return self.drop()
                if action == "no-sync":
                    data = re.sub(rb"<[\w:]*sync-collection\s*/>", b"", data)
                proxy.note(self.command, path, depth, status, "forwarded")
                self.send_response(status)
                for name, value in headers:
                    if name.lower() not in HOP_BY_HOP:
                        self.send_header(name, value)
                self.send_header("Content-Length", str(len(data)))
                self.end_headers()
                self.wfile.write(data)

        self.server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.server.daemon_threads = True
        self.port = self.server.server_address[1]
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)

    @property
    def url(self):
        return f"http://127.0.0.1:{self.port}/"

    def start(self):
        self.thread.start()

    def stop(self):
        self.server.shutdown()
        self.server.server_close()

    def fault(self, method, path, headers):
        with self.lock:
            for rule in self.rules:
                if rule.method == method and (rule.times is None or rule.times > 0) and (
                        rule.when is None or rule.when(path, headers)):
                    if rule.times is not None:
                        rule.times -= 1
                    return rule.action
        return None

    def note(self, method, path, depth, status, what):
        with self.lock:
            self.log.append((method, path, depth, status, what))

    def forward(self, method, target, headers, body):
        connection = http.client.HTTPConnection("127.0.0.1", self.upstream_port, timeout=30)
        try:
            sent = {k: v for k, v in headers.items() if k.lower() not in HOP_BY_HOP}
            connection.request(method, target, body=body if body or method in ("PUT", "POST") else None,
                               headers=sent)
            response = connection.getresponse()
            return response.status, response.getheaders(), response.read()
        finally:
            connection.close()

    def mark(self):
        with self.lock:
            return len(self.log)

    def seen(self, since=0, method=None):
        with self.lock:
            return [e for e in self.log[since:] if method is None or e[0] == method]


@pytest.fixture
def radicale(tmp_path):
    yield from running("radicale", tmp_path)


@pytest.fixture
def proxy(radicale):
    p = FaultProxy(radicale.port)
    p.start()
    try:
        yield p
    finally:
        p.stop()


def journal_objects(plan, server_url):
    """What the plan's journal says this server holds: {(collection, UID): href}."""
    with open(plan.removesuffix(".yaml") + ".cortege-journal", "rb") as f:
        lines = unfold(f.read()).split("\r\n")
    found = {}
    for line in lines:
        if line.startswith("X-CORTEGE-DAV-OBJECT:"):
            fields = [None if x == "!" else urllib.parse.unquote(x) for x in line.split(":", 1)[1].split(" ")]
            if fields[0] == server_url:
                href = fields[2]
                found[(href.rsplit("/", 1)[0] + "/", fields[1])] = href
    return found


def stored_pairs(radicale, visit):
    """What Radicale holds of the visit: {(collection, UID): number of copies}."""
    return {(path, uid): len(events) for path, calendar in server_objects(radicale).items() if visit in path
            for uid, events in calendar.items()}


def assert_server_equals_export(radicale, plan, reference):
    """Each object of the export on Radicale exactly once and equal to the export, and nothing else."""
    stored = server_objects(radicale)
    visit = visit_id(plan)
    for (stem, name), data in reference.items():
        event = event_of(data)
        got = stored.get(collection_path(radicale, visit, stem), {}).get(str(event["UID"]), [])
        assert len(got) == 1, (stem, name, len(got))
        assert properties(got[0]) == properties(event), (stem, name)
    assert sum(len(e) for path, c in stored.items() if visit in path for e in c.values()) == len(reference)


def test_one_503_on_the_first_put_is_retried_and_the_publish_succeeds(radicale, proxy, plans, tmp_path):
    plan = str(plans / "63-tournee-prefet.yaml")
    proxy.rules.append(Rule("PUT", 503, times=1))
    mark = radicale.mark()
    result = publish(proxy, plan, check=0)
    assert "0 refus ou conflit(s)" in result.stdout, result.stdout
    puts = proxy.seen(method="PUT")
    first = puts[0]
    assert first[3:] == (503, "faulted"), puts[:3]
    # The same PUT sent again, and this time through to Radicale, which created it.
    assert puts[1][1] == first[1] and puts[1][3:] == (201, "forwarded"), puts[:3]
    radicale_puts = [p for m, p in radicale.writes(mark) if m == "PUT"]
    assert radicale_puts.count(first[1]) == 1
    assert len(radicale_puts) == len(set(radicale_puts)) == len(puts) - 1
    reference = export(plan, tmp_path / "ref", tmp_path / "ref.journal")
    assert_server_equals_export(radicale, plan, reference)


def collection_of(href):
    return href.rsplit("/", 1)[0] + "/"


def test_503_on_every_put_stops_with_status_2_and_the_journal_holds_what_the_server_holds(
        radicale, proxy, plans, tmp_path):
    plan = str(plans / "63-tournee-prefet.yaml")
    visit = visit_id(plan)

    def inside_a_later_collection(path, headers):
        """From the second object of the first collection (after two whole ones) that has two, every PUT."""
        done = [collection_of(e[1]) for e in proxy.log if e[0] == "PUT" and e[4] == "forwarded"]
        order = list(dict.fromkeys(done))
        current = collection_of(path)
        return (current in order and order.index(current) >= 2) or len(proxy.seen(method="PUT")) > len(done)

    proxy.rules.append(Rule("PUT", 503, when=inside_a_later_collection))
    started = time.monotonic()
    result = publish(proxy, plan, check=2)
    elapsed = time.monotonic() - started
    error = [line for line in result.stderr.splitlines() if line.startswith("erreur")]
    assert error == [f"erreur : impossible de joindre le serveur {proxy.url} (HTTP 503) ; rien de plus n’a été "
                     "envoyé, la prochaine publication reprendra où celle-ci s’est arrêtée"], result.stderr
    refused = [e for e in proxy.seen(method="PUT") if e[4] == "faulted"]
    # One object tried four times (the retries' delays), then the run stops: no other object is tried.
    assert len(refused) == len(BACKOFF) + 1 and len({e[1] for e in refused}) == 1, refused
    assert elapsed >= sum(BACKOFF)
    sent = [e[1] for e in proxy.seen(method="PUT") if e[4] == "forwarded"]
    stopped_in = collection_of(refused[0][1])
    assert len({collection_of(h) for h in sent}) >= 3 and stopped_in in {collection_of(h) for h in sent}
    # No object half-written: each one on Radicale is whole and is the export's; the journal lists exactly them,
    # those of the collection the run stopped in included.
    stored = stored_pairs(radicale, visit)
    assert len(stored) == len(sent) and set(stored.values()) == {1}, stored
    kept = journal_objects(plan, proxy.url)
    assert set(kept) == set(stored)
    assert sorted(kept.values()) == sorted(sent)
    reference = export(plan, tmp_path / "ref", tmp_path / "ref.journal")
    by_uid = {str(event_of(data)["UID"]): data for data in reference.values()}
    for path, calendar in server_objects(radicale).items():
        for uid, events in calendar.items():
            assert properties(events[0]) == properties(event_of(by_uid[uid])), (path, uid)

    # In English.
    english = publish(proxy, plan, extra=["--lang", "en"], check=2)
    assert f"error: cannot connect to the server {proxy.url} (HTTP 503); nothing more was sent" in english.stderr

    # Without faults, the next run goes on from there: every other object once, none of those already there.
    proxy.rules.clear()
    mark = radicale.mark()
    result = publish(proxy, plan, check=0)
    assert "0 refus ou conflit(s)" in result.stdout
    new_puts = [p for m, p in radicale.writes(mark) if m == "PUT"]
    assert len(new_puts) == len(set(new_puts)) == len(reference) - len(sent), new_puts
    assert not set(new_puts) & set(sent), new_puts
    assert_server_equals_export(radicale, plan, reference)
    assert set(journal_objects(plan, proxy.url)) == set(stored_pairs(radicale, visit))


@pytest.mark.parametrize("refusal", [501, 403, "not offered"])
def test_report_refused_or_not_offered_falls_back_to_propfind_depth_1(radicale, proxy, plans, tmp_path, refusal):
    plan = str(plans / "63-tournee-prefet.yaml")
    visit = visit_id(plan)
    ref, journal = tmp_path / "ref", tmp_path / "ref.journal"
    before = export(plan, ref, journal)
    if refusal == "not offered":
        # A server without RFC 6578: its collections' supported-report-set names no sync-collection.
        proxy.rules.append(Rule("PROPFIND", "no-sync"))
    publish(proxy, plan, check=0)
    collections = {p for p in server_objects(radicale) if visit in p}
    edit(plan)
    after = export(plan, ref, journal)
    changed = {k for k, v in after.items() if before.get(k) != v}
    assert changed

    if refusal != "not offered":
        proxy.rules.append(Rule("REPORT", refusal))
    mark, log = radicale.mark(), proxy.mark()
    result = publish(proxy, plan, check=0)
    assert "0 refus ou conflit(s)" in result.stdout, result.stdout
    reports = proxy.seen(log, "REPORT")
    if refusal == "not offered":
        assert proxy.seen(method="REPORT") == []
    else:
        assert reports and all(e[3:] == (refusal, "faulted") for e in reports), reports
        # A refusal is not a failure: not retried (the token, then the whole collection, asked once each).
        assert len(reports) <= 2 * len(collections), len(reports)
    listings = {e[1] for e in proxy.seen(log, "PROPFIND") if e[2] == "1" and e[3] == 207}
    assert listings == collections, (listings, collections)
    puts = sorted(p for m, p in radicale.writes(mark) if m == "PUT")
    assert puts == sorted(collection_path(radicale, visit, s) + n for s, n in changed)
    assert [w for w in radicale.writes(mark) if w[0] != "PUT"] == []
    stored = server_objects(radicale)
    for (stem, name), data in after.items():
        event = event_of(data)
        got = stored[collection_path(radicale, visit, stem)].get(str(event["UID"]), [])
        assert len(got) == 1 and properties(got[0]) == properties(event), (stem, name)

    # And the run after that, still without REPORT, sends nothing more than the deletions of the cancelled.
    mark = radicale.mark()
    publish(proxy, plan, check=0)
    assert {m for m, _ in radicale.writes(mark)} <= {"DELETE"}
    mark = radicale.mark()
    publish(proxy, plan, check=0)
    assert radicale.writes(mark) == []


def test_a_connection_dropped_once_is_retried_without_duplicate(radicale, proxy, plans, tmp_path):
    plan = str(plans / "63-tournee-prefet.yaml")
    # The third PUT: its connection closed before the request reaches Radicale; the sixth: closed after Radicale
    # has stored it, its answer lost.
    def nth(n):
        return lambda path, headers: len([e for e in proxy.log if e[0] == "PUT"]) + 1 == n

    proxy.rules.append(Rule("PUT", "drop-before", times=1, when=nth(3)))
    proxy.rules.append(Rule("PUT", "drop-after", times=1, when=nth(6)))
    mark = radicale.mark()
    result = publish(proxy, plan, check=0)
    assert "0 refus ou conflit(s)" in result.stdout, (result.stdout, result.stderr)
    puts = proxy.seen(method="PUT")
    dropped = [e for e in puts if e[4] == "dropped"]
    assert [puts.index(e) for e in dropped] == [2, 5], puts[:8]
    for (method, href, _, _, _), answer in zip(dropped, [201, 412]):
        again = [e for e in puts if e[1] == href and e[4] == "forwarded"]
        # Sent again: created (the first never arrived), or refused by If-None-Match (the first did arrive) and
        # then recognised by reading it back.
        assert [e[3] for e in again] == [answer], again
    assert ("GET", dropped[1][1]) in radicale.requests(mark)
    assert [p for m, p in radicale.writes(mark) if m == "PUT"].count(dropped[0][1]) == 1
    assert [p for m, p in radicale.writes(mark) if m == "PUT"].count(dropped[1][1]) == 2
    reference = export(plan, tmp_path / "ref", tmp_path / "ref.journal")
    assert_server_equals_export(radicale, plan, reference)
    assert set(journal_objects(plan, proxy.url)) == set(stored_pairs(radicale, visit_id(plan)))
    mark = radicale.mark()
    publish(proxy, plan, check=0)
    assert radicale.writes(mark) == []


@pytest.mark.parametrize("status", [404, 403, 405, 501])
def test_principal_discovery_refused_says_it_is_not_the_dav_address(radicale, proxy, plans, status):
    plan = str(plans / "63-tournee-prefet.yaml")
    proxy.rules.append(Rule("PROPFIND", status, when=lambda path, headers: path == "/"))
    mark = radicale.mark()
    result = publish(proxy, plan, check=2)
    assert (f"erreur : impossible de joindre le serveur {proxy.url} (HTTP {status} : ce n’est pas l’adresse DAV "
            "du serveur)") in result.stderr, result.stderr
    assert radicale.writes(mark) == []
    assert len(proxy.seen(method="PROPFIND")) == 1
    english = publish(proxy, plan, extra=["--lang", "en"], check=2)
    assert f"(HTTP {status}: not the server's DAV address)" in english.stderr, english.stderr


def test_principal_discovery_answered_503_is_retried_then_stops(radicale, proxy, plans):
    plan = str(plans / "63-tournee-prefet.yaml")
    proxy.rules.append(Rule("PROPFIND", 503, when=lambda path, headers: path == "/"))
    mark = radicale.mark()
    result = publish(proxy, plan, check=2)
    assert f"erreur : impossible de joindre le serveur {proxy.url} (HTTP 503)" in result.stderr, result.stderr
    assert len(proxy.seen(method="PROPFIND")) == len(BACKOFF) + 1
    assert radicale.writes(mark) == []


def test_connections_dropped_at_every_try_stop_with_the_reason_in_the_language_asked(radicale, proxy, plans):
    plan = str(plans / "63-tournee-prefet.yaml")
    proxy.rules.append(Rule("PUT", "drop-before"))
    mark = radicale.mark()
    result = publish(proxy, plan, check=2)
    assert (f"erreur : impossible de joindre le serveur {proxy.url} (connexion fermée par le serveur) ; rien de plus "
            "n’a été envoyé") in result.stderr, result.stderr
    dropped = proxy.seen(method="PUT")
    assert len(dropped) == len(BACKOFF) + 1 and {e[4] for e in dropped} == {"dropped"}, dropped
    assert [m for m, _ in radicale.writes(mark) if m == "PUT"] == []
    english = publish(proxy, plan, extra=["--lang", "en"], check=2)
    assert f"error: cannot connect to the server {proxy.url} (connection closed by the server)" in english.stderr, \
        english.stderr
