"""`cortege publish` against two real CalDAV servers, Radicale (with htpasswd authentication) and Xandikos, each
started on a free 127.0.0.1 port with a temporary storage folder (docs/publish.md).

What the servers hold is read back with the python `caldav` client and compared with `cortege export`; what was
sent is counted from each server's own request log (Radicale at `info`: `PUT request for '…'`; Xandikos: its
access log). The plans are copies of the samples in a temporary folder, so that each test keeps its own journal.
"""
import os
import re
import shutil
import signal
import subprocess
import sys
import time
import urllib.parse

import caldav
import icalendar
import pytest
import yaml

from export_tools import LATE, ROOT, SAMPLES, binary
from test_export_caldav import free_port, properties, wait_for_server

USER = "cabinet"
PASSWORD = "motdepasse-tres-secret"


class DavServer:
    """One CalDAV server process: started, killed and started again on the same port and storage."""

    def __init__(self, kind, folder):
        self.kind = kind
        self.folder = folder
        self.port = free_port()
        self.log_path = folder / f"{kind}.log"
        self.process = None
        self.log = None
        if kind == "radicale":
            (folder / "users").write_text(f"{USER}:{PASSWORD}\n")

    @property
    def url(self):
        return f"http://127.0.0.1:{self.port}/"

    def command(self):
        if self.kind == "radicale":
            return [sys.executable, "-m", "radicale", "--server-hosts", f"127.0.0.1:{self.port}",
                    "--storage-filesystem-folder", str(self.folder / "storage"), "--auth-type", "htpasswd",
                    "--auth-htpasswd-filename", str(self.folder / "users"), "--auth-htpasswd-encryption", "plain",
                    "--logging-level", "info"]
        return [sys.executable, "-m", "xandikos.web", "--defaults", "-d", str(self.folder / "store"), "-l",
                "127.0.0.1", "-p", str(self.port), "--current-user-principal", f"/{USER}/"]

    def start(self):
        if self.kind == "xandikos":
            # Xandikos keeps each collection in a git repository: killed while committing, it leaves git's
            # index.lock behind and answers 423 Locked until the lock is removed, as its administrator would do
            # after a crash. What is tested is Cortège's recovery, so the restart clears the stale locks first.
            for lock in (self.folder / "store").rglob("index.lock"):
                lock.unlink()
        self.log = open(self.log_path, "ab")
        self.process = subprocess.Popen(self.command(), stdout=self.log, stderr=subprocess.STDOUT)
        wait_for_server(self.process, self.port, self.kind, "OPTIONS", self.log_path)

    def stop(self, kill=False):
        if self.process is None:
            return
        if kill:
            self.process.kill()
        else:
            self.process.terminate()
        try:
            self.process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait()
        self.process = None
        self.log.close()

    def mark(self):
        """Where the log ends now: `requests(since=…)` counts what comes after."""
        return self.log_path.stat().st_size if self.log_path.exists() else 0

    def requests(self, since=0):
        """The requests the server logged after `since`: (method, path) in order."""
        with open(self.log_path, "rb") as f:
            f.seek(since)
            text = f.read().decode("utf-8", "replace")
        if self.kind == "radicale":
            found = re.findall(r"\] (\w+) request for '([^']*)'", text)
        else:
            found = re.findall(r'"(\w+) (\S+) HTTP/1\.[01]"', text)
        return [(method, urllib.parse.unquote(path)) for method, path in found]

    def writes(self, since=0):
        return [(m, p) for m, p in self.requests(since) if m in ("PUT", "DELETE", "MKCALENDAR", "PROPPATCH")]

    def client(self):
        return caldav.DAVClient(url=self.url, username=USER, password=PASSWORD)


@pytest.fixture(params=["radicale", "xandikos"])
def server(request, tmp_path):
    yield from running(request.param, tmp_path)


def running(kind, tmp_path):
    """A DavServer of `kind` started for a test, and stopped after it."""
    s = DavServer(kind, tmp_path)
    s.start()
    try:
        yield s
    finally:
        s.stop()


@pytest.fixture
def plans(tmp_path):
    """A copy of the samples (and their registries and agendas) in a temporary folder."""
    folder = tmp_path / "plans"
    shutil.copytree(os.path.join(ROOT, "samples"), folder / "samples")
    shutil.copytree(os.path.join(ROOT, "calendars"), folder / "calendars")
    return folder / "samples"


def run(*args, env=None, password=True, check=None):
    full = [binary(), *map(str, args)]
    environment = dict(os.environ)
    environment.pop("CORTEGE_PASSWORD", None)
    if password:
        environment["CORTEGE_PASSWORD"] = PASSWORD
    environment.update(env or {})
    result = subprocess.run(full, capture_output=True, text=True, cwd=ROOT, env=environment)
    if check is not None:
        assert result.returncode == check, (args, result.returncode, result.stdout, result.stderr[-3000:])
    return result


def publish(server, *plans, extra=(), check=0):
    return run("publish", *plans, "--server", server.url, "--user", USER, "--now", LATE, *extra, check=check)


def export(plan, out, journal):
    """`cortege export --all --caldav` with its own journal: the reference publish is compared with."""
    run("export", plan, "--all", "--caldav", "-o", out, "--now", LATE, "--journal", journal, check=0)
    objects = {}
    for stem in sorted(os.listdir(out)):
        for name in sorted(os.listdir(os.path.join(out, stem))):
            with open(os.path.join(out, stem, name), "rb") as f:
                objects[(stem, name)] = f.read()
    return objects


def visit_id(plan):
    with open(plan, encoding="utf-8") as f:
        return yaml.safe_load(f)["visit"]["id"]


def collection_path(server, visit, stem):
    home = f"/{USER}/" if server.kind == "radicale" else f"/{USER}/calendars/"
    return f"{home}{visit}-{stem}/"


def server_objects(server):
    """Every object of every calendar of the account: collection path -> {UID: [VEVENT, …]}."""
    result = {}
    for calendar in server.client().principal().calendars():
        path = urllib.parse.unquote(urllib.parse.urlparse(str(calendar.url)).path)
        events = {}
        for item in calendar.events():
            for event in icalendar.Calendar.from_ical(item.data).walk("VEVENT"):
                events.setdefault(str(event["UID"]), []).append(event)
        result[path] = events
    return result


def event_of(data):
    return icalendar.Calendar.from_ical(data).walk("VEVENT")[0]


def test_publish_every_sample_reads_back_as_export(server, plans, tmp_path):
    samples = sorted(str(plans / os.path.basename(p)) for p in SAMPLES)
    result = publish(server, *samples)
    assert "0 refus ou conflit(s)" in result.stdout, result.stdout
    stored = server_objects(server)
    expected_collections = set()
    for plan in samples:
        reference = export(plan, tmp_path / ("ref-" + os.path.basename(plan)), tmp_path / "ref.journal")
        visit = visit_id(plan)
        names = {}
        for (stem, name), data in reference.items():
            path = collection_path(server, visit, stem)
            expected_collections.add(path)
            event = event_of(data)
            got = stored.get(path, {}).get(str(event["UID"]), [])
            assert len(got) == 1, (path, name, len(got))
            assert properties(got[0]) == properties(event), (path, name)
            names[path] = names.get(path, 0) + 1
        # A unit with no leg has a calendar, empty, as its export folder.
        for stem in os.listdir(tmp_path / ("ref-" + os.path.basename(plan))):
            expected_collections.add(collection_path(server, visit, stem))
    assert {p for p in stored if not p.endswith("/calendar/")} == expected_collections
    assert sum(len(v) for v in stored.values()) == sum(
        len(os.listdir(os.path.join(tmp_path, d, s))) for d in os.listdir(tmp_path) if d.startswith("ref-")
        for s in os.listdir(tmp_path / d))
    # Display names: the calendar's name, as the export's calendar file says it.
    plan = samples[0]
    files = tmp_path / "files"
    run("export", plan, "--all", "-o", files, "--now", LATE, "--journal", tmp_path / "files.journal", check=0)
    for calendar in server.client().principal().calendars():
        path = urllib.parse.unquote(urllib.parse.urlparse(str(calendar.url)).path)
        prefix = collection_path(server, visit_id(plan), "")
        if path.startswith(prefix):
            stem = path[len(prefix):].rstrip("/")
            with open(files / f"{stem}.ics", "rb") as f:
                name = str(icalendar.Calendar.from_ical(f.read())["X-WR-CALNAME"])
            assert calendar.get_display_name() == name, path


def test_no_change_publish_sends_no_write_and_one_report_per_collection(server, plans):
    plan = str(plans / "63-tournee-prefet.yaml")
    publish(server, plan)
    # Xandikos (--defaults) has a calendar of its own: only the visit's are counted.
    collections = len([p for p in server_objects(server) if visit_id(plan) in p])
    mark = server.mark()
    result = publish(server, plan)
    assert server.writes(mark) == [], server.writes(mark)[:5]
    reports = [r for r in server.requests(mark) if r[0] == "REPORT"]
    assert len(reports) == collections, (len(reports), collections)
    assert len(server.requests(mark)) == collections, server.requests(mark)[:5]
    assert "0 objet(s) envoyé(s) ou supprimé(s)" in result.stdout
    # An export with the same journal (beside the plan) keeps what the journal says of the server.
    run("export", plan, "--all", "-o", plans.parent / "out", "--now", LATE, check=0)
    with open(plan.removesuffix(".yaml") + ".cortege-journal", encoding="utf-8") as f:
        assert "X-CORTEGE-DAV-OBJECT" in f.read()
    mark = server.mark()
    publish(server, plan)
    assert server.writes(mark) == []


def edit(plan):
    """Moves the breakfast a quarter of an hour earlier and takes the health centre's coordinator off the visit."""
    with open(plan, encoding="utf-8") as f:
        text = f.read()
    assert 'at: "08:00"' in text and ", directrice-msp]" in text
    text = text.replace('at: "08:00"', 'at: "07:45"', 1).replace(", directrice-msp]", "]")
    with open(plan, "w", encoding="utf-8") as f:
        f.write(text)


def test_edit_updates_exactly_the_changed_objects_then_deletes_the_cancelled(server, plans, tmp_path):
    plan = str(plans / "63-tournee-prefet.yaml")
    visit = visit_id(plan)
    # The reference: the same edit exported twice into one folder, with a journal of its own.
    ref, journal = tmp_path / "ref", tmp_path / "ref.journal"
    before = export(plan, ref, journal)
    publish(server, plan)
    edit(plan)
    after = export(plan, ref, journal)
    changed = {k for k, v in after.items() if before.get(k) != v}
    cancelled = {k for k, v in after.items() if b"STATUS:CANCELLED" in v and b"STATUS:CANCELLED" not in before.get(k, b"")}
    assert cancelled and {s for s, _ in cancelled} >= {"person-directrice-msp"}
    assert changed - cancelled, "the move changes some objects"

    mark = server.mark()
    publish(server, plan)
    puts = sorted(p for m, p in server.writes(mark) if m == "PUT")
    assert puts == sorted(collection_path(server, visit, s) + n for s, n in changed)
    assert [w for w in server.writes(mark) if w[0] != "PUT"] == []
    stored = server_objects(server)
    person = collection_path(server, visit, "person-directrice-msp")
    assert stored[person] and all(
        str(e[0].get("STATUS")) == "CANCELLED" for e in stored[person].values()), stored[person]

    # The next publish deletes what the previous one cancelled, and sends nothing else.
    final = export(plan, ref, journal)
    removed = set(after) - set(final)
    assert removed == cancelled
    mark = server.mark()
    publish(server, plan)
    deletes = sorted(p for m, p in server.writes(mark) if m == "DELETE")
    assert deletes == sorted(collection_path(server, visit, s) + n for s, n in removed)
    assert [w for w in server.writes(mark) if w[0] != "DELETE"] == []
    stored = server_objects(server)
    assert stored.get(person, {}) == {}
    # And then nothing at all.
    mark = server.mark()
    publish(server, plan)
    assert server.writes(mark) == []


def test_dry_run_says_what_it_would_send_and_sends_nothing(server, plans):
    plan = str(plans / "63-tournee-prefet.yaml")
    publish(server, plan)
    edit(plan)
    mark = server.mark()
    result = publish(server, plan, extra=["--dry-run"])
    assert server.writes(mark) == []
    assert "à mettre à jour : petit-dejeuner-thiers." in result.stdout, result.stdout
    assert "à annuler : " in result.stdout
    english = publish(server, plan, extra=["--dry-run", "--lang", "en"])
    assert "to create: " in english.stdout  # the English calendars are collections of their own
    assert server.writes(mark) == []


def test_object_edited_on_the_server_gives_the_conflict_finding(server, plans):
    plan = str(plans / "63-tournee-prefet.yaml")
    visit = visit_id(plan)
    publish(server, plan)
    path = collection_path(server, visit, "staff")
    calendar = server.client().calendar(url=server.url.rstrip("/") + path)
    uid = f"petit-dejeuner-thiers.{visit}@puy-de-dome.gouv.fr"
    item = calendar.object_by_uid(uid)
    data = item.data.replace("SUMMARY:", "SUMMARY:Modifié sur le serveur — ", 1)
    item.data = data
    item.save()
    edit(plan)
    result = publish(server, plan, check=1)
    assert "erreur[publish-conflict]" in result.stderr, result.stderr
    assert uid in result.stderr and path in result.stderr
    assert "Modifié sur le serveur" in calendar.object_by_uid(uid).data
    # --force puts the plan's version back.
    publish(server, plan, extra=["--force"], check=0)
    assert "Modifié sur le serveur" not in calendar.object_by_uid(uid).data
    mark = server.mark()
    publish(server, plan, check=0)
    assert server.writes(mark) == []


def test_wrong_password_and_no_server_exit_2(plans, tmp_path):
    server = DavServer("radicale", tmp_path)
    server.start()
    try:
        plan = str(plans / "63-tournee-prefet.yaml")
        mark = server.mark()
        result = run("publish", plan, "--server", server.url, "--user", USER, "--now", LATE,
                     env={"CORTEGE_PASSWORD": "faux"}, check=2)
        assert "refuse l’authentification de l’utilisateur « cabinet »" in result.stderr, result.stderr
        assert "faux" not in result.stdout + result.stderr
        assert server.writes(mark) == []
        secret = tmp_path / "password"
        secret.write_text("faux\n")
        result = run("publish", plan, "--server", server.url, "--user", USER, "--password-file", secret,
                     "--lang", "en", password=False, check=2)
        assert 'refuses the authentication of user "cabinet"' in result.stderr
        result = run("publish", plan, "--server", server.url, "--user", USER, password=False, check=2)
        assert "CORTEGE_PASSWORD" in result.stderr
    finally:
        server.stop()
    result = run("publish", plan, "--server", f"http://127.0.0.1:{free_port()}/", "--user", USER, check=2)
    assert "impossible de joindre le serveur" in result.stderr, result.stderr


def test_server_killed_midway_then_restarted_completes_with_each_object_once(server, plans, tmp_path):
    samples = sorted(str(plans / os.path.basename(p)) for p in SAMPLES)
    environment = dict(os.environ, CORTEGE_PASSWORD=PASSWORD)
    mark = server.mark()
    run_ = subprocess.Popen(
        [binary(), "publish", *samples, "--server", server.url, "--user", USER, "--now", LATE],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=environment)
    deadline = time.monotonic() + 120
    while sum(1 for m, _ in server.writes(mark) if m == "PUT") < 60:
        assert run_.poll() is None, run_.communicate()
        assert time.monotonic() < deadline
        time.sleep(0.05)
    server.stop(kill=True)
    out, err = run_.communicate(timeout=120)
    assert run_.returncode == 2, (out, err)
    assert "impossible de joindre le serveur" in err
    server.start()
    result = publish(server, *samples)
    assert "0 refus ou conflit(s)" in result.stdout
    stored = server_objects(server)
    total = 0
    for plan in samples:
        reference = export(plan, tmp_path / ("ref-" + os.path.basename(plan)), tmp_path / "ref.journal")
        for (stem, name), data in reference.items():
            event = event_of(data)
            got = stored[collection_path(server, visit_id(plan), stem)].get(str(event["UID"]), [])
            assert len(got) == 1, (stem, name)
            assert properties(got[0]) == properties(event)
        total += len(reference)
    assert sum(len(events) for c in stored.values() for events in c.values()) == total
    # And a publish after that sends nothing.
    mark = server.mark()
    publish(server, *samples)
    assert server.writes(mark) == []


def test_tls_is_verified_and_a_private_authority_is_given_with_ca_file(plans, tmp_path):
    """Xandikos over TLS (its self-signed certificate for `localhost`) with htpasswd authentication: refused
    without --ca-file, published with it; a wrong password there also gives exit 2."""
    import base64
    import hashlib

    digest = base64.b64encode(hashlib.sha1(PASSWORD.encode()).digest()).decode()
    (tmp_path / "htpasswd").write_text(f"{USER}:{{SHA}}{digest}\n")
    port = free_port()
    log_path = tmp_path / "xandikos-tls.log"
    log = open(log_path, "wb")
    process = subprocess.Popen(
        [sys.executable, "-m", "xandikos.web", "--defaults", "-d", str(tmp_path / "store"), "-l", "localhost",
         "-p", str(port), "--current-user-principal", f"/{USER}/", "--autocert", "--htpasswd",
         str(tmp_path / "htpasswd"), "--state-dir", str(tmp_path / "state")],
        stdout=log, stderr=subprocess.STDOUT)
    try:
        certificate = tmp_path / "state" / "certs" / "selfsigned.crt"
        deadline = time.monotonic() + 30
        while not certificate.exists() or "Listening" not in log_path.read_text():
            assert process.poll() is None, log_path.read_text()
            assert time.monotonic() < deadline, log_path.read_text()
            time.sleep(0.1)
        time.sleep(0.5)
        plan = str(plans / "55-agenda-president.yaml")
        url = f"https://localhost:{port}/"
        result = run("publish", plan, "--server", url, "--user", USER, "--now", LATE, check=2)
        assert "le certificat TLS du serveur" in result.stderr and "--ca-file" in result.stderr, result.stderr
        result = run("publish", plan, "--server", url, "--user", USER, "--now", LATE, "--ca-file", certificate,
                     env={"CORTEGE_PASSWORD": "faux"}, check=2)
        assert "refuse l’authentification" in result.stderr, result.stderr
        result = run("publish", plan, "--server", url, "--user", USER, "--now", LATE, "--ca-file", certificate,
                     check=0)
        assert "0 refus ou conflit(s)" in result.stdout
    finally:
        process.terminate()
        process.wait(timeout=10)
        log.close()
