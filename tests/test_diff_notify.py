"""`cortege diff` and `cortege notify` on pairs of revisions of every sample (tests/revisions.py).

Messages are read with python `email` (policy.default) and their iMIP parts with python `icalendar`, never with
Cortège's own code; the mail path is real: msmtp hands each message to a local aiosmtpd server.
"""
import email
import glob
import json
import os
import socket
import subprocess
import tempfile
import time
from email import policy

import icalendar
import pytest
import yaml

import revisions
from export_tools import binary

NOW = "2030-01-01T00:00"  # after every sample's announce
EXPECTED = {"moved": "moved", "person-removed": "participants-removed", "venue": "venue", "press": "press",
            "escort": "escort"}


@pytest.fixture(scope="module")
def pairs():
    with tempfile.TemporaryDirectory() as folder:
        yield folder, revisions.pairs(folder)


def run(*args):
    return subprocess.run([binary(), *args], capture_output=True, text=True)


def diff_json(old, new, *extra):
    result = run("diff", old, new, "--format", "json", "--now", NOW, *extra)
    assert result.returncode in (0, 1), result.stderr
    return result.returncode, json.loads(result.stdout)


def test_every_sample_has_its_pairs(pairs):
    _, found = pairs
    samples = {p[0] for p in found}
    assert len(samples) == len(glob.glob(os.path.join(revisions.ROOT, "samples", "*.yaml")))
    for kind in ("moved", "person-removed", "venue", "press"):
        assert {p[0] for p in found if p[1] == kind} == samples, kind
    assert any(p[1] == "escort" for p in found)


def test_diff_json_and_human_name_each_edit(pairs):
    _, found = pairs
    for sample, kind, old, new, touched in found:
        status, changes = diff_json(old, new)
        assert status == 1, (sample, kind)
        kinds = [c["change"] for c in changes]
        assert EXPECTED[kind] in kinds, (sample, kind, kinds)
        for c in changes:
            assert set(c) >= {"item", "change", "before", "after", "affects"}
        if kind == "moved":
            moved = next(c for c in changes if c["change"] == "moved" and c["item"] == touched)
            assert moved["after"]["start"] < moved["before"]["start"]
        if kind == "person-removed":
            item, person = touched.split(":")
            removed = next(c for c in changes if c["change"] == "participants-removed" and c["item"] == item)
            assert removed["before"] == [person] and person in removed["affects"]
        if kind == "press":
            press = next(c for c in changes if c["change"] == "press")
            assert (press["item"], press["before"], press["after"]) == (touched, "open", "pool")
        if kind == "venue":
            assert any(c["change"] == "venue" and c["item"] == touched for c in changes)
        human = run("diff", old, new, "--now", NOW)
        assert human.returncode == 1
        for c in changes:
            assert "- " + c["text"] in human.stdout
        english = run("diff", old, new, "--now", NOW, "--lang", "en")
        assert english.returncode == 1 and "Concerne" not in english.stdout and "Affects: " in english.stdout


def test_no_change_other_visit_and_unreadable(pairs):
    folder, found = pairs
    old = found[0][2]
    same = run("diff", old, old, "--now", NOW)
    assert same.returncode == 0 and same.stdout.strip() == "Aucun changement."
    other = next(p[3] for p in found if p[0] != found[0][0])
    mixed = run("diff", old, other, "--now", NOW)
    assert mixed.returncode == 2 and "deux visites différentes" in mixed.stderr
    mixed = run("diff", old, other, "--now", NOW, "--lang", "en")
    assert mixed.returncode == 2 and "different visits" in mixed.stderr
    assert run("diff", old, os.path.join(folder, "missing.yaml")).returncode == 2


def test_press_sees_open_item_changes_after_announce_only(pairs):
    _, found = pairs
    sample, _, old, new, touched = next(p for p in found if p[0] == "971-visite-ministre" and p[1] == "press")
    _, press = diff_json(old, new, "--audience", "press")
    assert [c["item"] for c in press] == [touched] and press[0]["change"] == "press"
    before = run("diff", old, new, "--format", "json", "--audience", "press", "--now", "2026-11-01T00:00")
    assert before.returncode == 0 and json.loads(before.stdout) == []
    # A closed item changes: the full diff shows it, the press diff does not.
    plan = yaml.safe_load(open(old, encoding="utf-8"))
    closed = [i for i in revisions.items(plan["programme"]) if i.get("press") == "closed"]
    assert closed
    closed[0]["title"] = closed[0].get("title", "") + " "
    closed[0]["venue"] = next(i["venue"] for i in revisions.items(plan["programme"]) if i["venue"] != closed[0]["venue"])
    edited = new.replace(".yaml", "-closed.yaml")
    yaml.safe_dump(plan, open(edited, "w", encoding="utf-8"), allow_unicode=True, sort_keys=False)
    _, full = diff_json(old, edited)
    assert any(c["item"] == closed[0]["id"] for c in full)
    _, press = diff_json(old, edited, "--audience", "press")
    assert all(c["item"] != closed[0]["id"] for c in press)


def test_a_person_sees_only_their_own_items(pairs):
    _, found = pairs
    for sample, kind, old, new, touched in found:
        _, full = diff_json(old, new)
        people = sorted({p for c in full for p in c["affects"]})
        units = {u for c in full if c["change"] == "escort" for side in (c["before"], c["after"]) if side
                 for u in side["units"]}
        for person in people[:4]:
            if person in units:
                continue
            _, mine = diff_json(old, new, "--audience", f"person:{person}")
            for c in mine:
                assert c["change"] != "escort", (sample, kind, person)
                assert person in c["affects"] or c["item"] == "visit", (sample, kind, person, c)


def read_messages(folder):
    messages = {}
    for path in sorted(glob.glob(os.path.join(folder, "*.eml"))):
        with open(path, "rb") as f:
            messages[os.path.basename(path)] = email.message_from_binary_file(f, policy=policy.default)
    return messages


def calendars_of(message):
    found = []
    for part in message.walk():
        if part.get_content_type() == "text/calendar":
            found.append((part.get_param("method"), icalendar.Calendar.from_ical(part.get_content())))
    return found


def person_has_email(folder, person):
    for path in glob.glob(os.path.join(folder, "registry", "*.yaml")):
        if f"email: {person}@example.org" in open(path, encoding="utf-8").read():
            return True
    return False


def exported(old, person, folder):
    """The events of the person's calendar exported from the OLD plan, by UID."""
    run("export", old, "--audience", f"person:{person}", "-o", folder, "--now", NOW)
    path = os.path.join(folder, f"person-{person}.ics")
    cal = icalendar.Calendar.from_ical(open(path, "rb").read())
    return {str(e["UID"]): int(e.get("SEQUENCE", 0)) for e in cal.walk("VEVENT")}


def test_notify_messages_and_imip_parts(pairs):
    folder, found = pairs
    checked_request = checked_cancel = 0
    for sample, kind, old, new, touched in found:
        out = os.path.join(folder, f"out-{sample}-{kind}")
        result = run("notify", old, new, "-o", out, "--now", NOW)
        assert result.returncode == 0, result.stderr
        plan = yaml.safe_load(open(old, encoding="utf-8"))
        organizer = plan["visit"]["organizer"]["email"]
        messages = read_messages(out)
        if kind == "escort":
            # No person's view holds the escort: the units are told, by e-mail or in the security office's list.
            _, full = diff_json(old, new)
            units = {u for c in full if c["change"] == "escort" for side in (c["before"], c["after"]) if side
                     for u in side["units"]}
            assert units and all(not name.startswith("person-") for name in messages), (sample, list(messages))
            listed = open(os.path.join(out, "escort-units.txt"), encoding="utf-8").read() \
                if os.path.exists(os.path.join(out, "escort-units.txt")) else ""
            for unit in units:
                name = f"unit-{unit}.eml"
                if name in messages:
                    assert messages[name]["To"].addresses[0].addr_spec == f"{unit}@example.org"
                    body = messages[name].get_body(preferencelist=("plain",)).get_content()
                    assert "Diffusion restreinte" in body and "escorte" in body.lower()
                else:
                    assert unit + "\n" in listed, (sample, unit)
            assert any(n.startswith("unit-") for n in messages), (sample, list(messages))
            continue
        assert messages, (sample, kind)
        for name, message in messages.items():
            assert message["From"].addresses[0].addr_spec == organizer
            assert plan["visit"]["title"] in str(message["Subject"])
            assert message.get_content_charset() in (None, "utf-8")
            text = message.get_body(preferencelist=("plain",)).get_content()
            if name == "press.eml" or name.startswith("unit-"):
                assert not calendars_of(message)
                continue
            person = name[len("person-"):-len(".eml")]
            address = message["To"].addresses[0].addr_spec
            assert address == f"{person}@example.org"
            _, mine = diff_json(old, new, "--audience", f"person:{person}")
            assert mine, (sample, kind, person)
            for c in mine:
                assert "- " + c["text"] in text
            before = exported(old, person, os.path.join(out, "export"))
            for method, cal in calendars_of(message):
                assert str(cal["METHOD"]) == method and method in ("REQUEST", "CANCEL")
                events = list(cal.walk("VEVENT"))
                assert events
                for event in events:
                    assert str(event["ORGANIZER"]).lower() == f"mailto:{organizer}".lower()
                    attendees = event.get("ATTENDEE")
                    attendees = attendees if isinstance(attendees, list) else [attendees]
                    assert [str(a).lower() for a in attendees] == [f"mailto:{address}".lower()]
                    uid = str(event["UID"])
                    assert uid.endswith(f".{plan['visit']['id']}@{organizer.split('@')[1]}")
                    if uid in before:
                        assert int(event["SEQUENCE"]) > before[uid], (uid, event["SEQUENCE"], before[uid])
                    else:
                        assert method == "REQUEST" and int(event["SEQUENCE"]) == 0
                    if method == "REQUEST" and uid in before:
                        checked_request += 1
                    if method == "CANCEL":
                        assert str(event["STATUS"]) == "CANCELLED"
                        assert uid in before
                        checked_cancel += 1
        if kind == "person-removed":
            # The person who dropped out is told that each of their items is no longer theirs, with a CANCEL of each.
            item, person = touched.split(":")
            removed = messages.get(f"person-{person}.eml")
            if person_has_email(folder, person):
                assert removed is not None, (sample, person)
                _, theirs = diff_json(old, new, "--audience", f"person:{person}")
                assert theirs and all(c["change"] == "removed" for c in theirs if c["item"] != "visit")
                cancels = [c for m, c in calendars_of(removed) if m == "CANCEL"]
                cancelled = {str(e["UID"]).split(".")[0] for c in cancels for e in c.walk("VEVENT")}
                assert item in cancelled
                assert {c["item"] for c in theirs if not c["item"].startswith("transfer-")} <= cancelled
            else:
                assert removed is None
                office = open(os.path.join(out, "office.txt"), encoding="utf-8").read()
                assert f"({person})" in office
    assert checked_request > 0 and checked_cancel > 0


def test_office_list_and_press_message(pairs):
    folder, found = pairs
    sample, kind, old, new, touched = next(p for p in found if p[0] == "971-visite-ministre" and p[1] == "moved")
    out = os.path.join(folder, "office")
    assert run("notify", old, new, "-o", out, "--now", NOW).returncode == 0
    office = open(os.path.join(out, "office.txt"), encoding="utf-8").read()
    assert "(" in office and "avancé" in office
    press = read_messages(out)["press.eml"].get_body(preferencelist=("plain",)).get_content()
    assert "Avis aux médias" in press
    plan = yaml.safe_load(open(new, encoding="utf-8"))
    for item in revisions.items(plan["programme"]):
        if item.get("confidential") or item.get("press", "closed") == "closed":
            assert item.get("title", item["id"]) not in press
        if item.get("notes"):
            assert item["notes"] not in press
    registry = open(os.path.join(folder, "registry", "971.yaml"), encoding="utf-8").read()
    for phone in [l.split('"')[1] for l in registry.split("\n") if "phone:" in l]:
        assert phone not in press
    for unit in yaml.safe_load(registry).get("escort-units", []):
        assert unit["id"] not in press


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def test_msmtp_delivers_each_message_once_and_keeps_them_when_the_server_is_down(pairs):
    from aiosmtpd.controller import Controller

    folder, found = pairs
    sample, kind, old, new, touched = next(p for p in found if p[0] == "971-visite-ministre" and p[1] == "moved")
    expected = os.path.join(folder, "expected")
    assert run("notify", old, new, "-o", expected, "--now", NOW).returncode == 0
    recipients = sorted(m["To"].addresses[0].addr_spec for m in read_messages(expected).values())
    assert recipients

    class Collect:
        def __init__(self):
            self.received = []

        async def handle_DATA(self, server, session, envelope):
            self.received.append((envelope.rcpt_tos, envelope.content))
            return "250 OK"

    port = free_port()
    home = os.path.join(folder, "home")
    os.makedirs(home, exist_ok=True)
    rc = os.path.join(home, ".msmtprc")
    with open(rc, "w") as f:
        f.write(f"defaults\nauth off\ntls off\naccount default\nhost 127.0.0.1\nport {port}\n"
                "from cabinet@guadeloupe.pref.gouv.fr\n")
    os.chmod(rc, 0o600)
    env = dict(os.environ, HOME=home)
    handler = Collect()
    controller = Controller(handler, hostname="127.0.0.1", port=port)
    controller.start()
    try:
        sent = os.path.join(folder, "sent")
        result = subprocess.run([binary(), "notify", old, new, "-o", sent, "--now", NOW, "--sendmail", "msmtp -t"],
                                capture_output=True, text=True, env=env)
        assert result.returncode == 0, result.stderr
        deadline = time.monotonic() + 5
        while len(handler.received) < len(recipients) and time.monotonic() < deadline:
            time.sleep(0.05)
    finally:
        controller.stop()
    delivered = sorted(r for tos, _ in handler.received for r in tos)
    assert delivered == recipients
    for _, content in handler.received:
        message = email.message_from_bytes(content, policy=policy.default)
        assert message["Subject"] and message.get_body(preferencelist=("plain",)) is not None
    assert not glob.glob(os.path.join(sent, "*.eml"))

    # The server is down: every message is kept, every failure reported.
    kept = os.path.join(folder, "kept")
    result = subprocess.run([binary(), "notify", old, new, "-o", kept, "--now", NOW, "--sendmail", "msmtp -t"],
                            capture_output=True, text=True, env=env)
    assert result.returncode == 1
    assert len(read_messages(kept)) == len(recipients)
    assert result.stderr.count("a échoué") == len(recipients)


def test_since_reads_the_plan_and_its_includes_at_a_git_revision(pairs):
    folder, found = pairs
    repo = os.path.join(folder, "repo")
    os.makedirs(repo)
    sample, kind, old, new, touched = next(p for p in found if p[0] == "971-visite-ministre" and p[1] == "person-removed")
    item, person = touched.split(":")
    import shutil
    shutil.copytree(os.path.join(folder, "registry"), os.path.join(repo, "registry"))
    shutil.copy(old, os.path.join(repo, "visit.yaml"))
    git = ["git", "-C", repo, "-c", "user.name=t", "-c", "user.email=t@example.org"]
    subprocess.run(["git", "init", "-q", repo], check=True)
    subprocess.run(git + ["add", "."], check=True)
    subprocess.run(git + ["commit", "-qm", "first"], check=True)
    # The working tree: the person is removed and renamed in the registry.
    shutil.copy(new, os.path.join(repo, "visit.yaml"))
    registry = os.path.join(repo, "registry", "971.yaml")
    text = open(registry, encoding="utf-8").read()
    lines = text.split("\n")
    at = lines.index(f"  - id: {person}")
    name_line = next(k for k in range(at + 1, at + 6) if lines[k].startswith("    name: "))
    old_name = lines[name_line][len("    name: "):]
    lines[name_line] = "    name: Nom Renommé"
    open(registry, "w", encoding="utf-8").write("\n".join(lines))
    result = run("diff", os.path.join(repo, "visit.yaml"), "--since", "HEAD", "--now", NOW)
    assert result.returncode == 1, result.stderr
    # The removal is told with the name the registry had at that revision.
    assert "Ne participe plus à" in result.stdout and old_name in result.stdout
    assert "Nom Renommé" not in result.stdout
    same = run("diff", os.path.join(repo, "visit.yaml"), "--since", "HEAD", "--now", NOW, "--audience",
               "person:nobody")
    assert same.returncode == 2
    bad = run("diff", os.path.join(repo, "visit.yaml"), "--since", "no-such-revision")
    assert bad.returncode == 2 and "no-such-revision" in bad.stderr
    outside = run("diff", old, "--since", "HEAD")
    assert outside.returncode == 2 and "git" in outside.stderr


def test_a_request_updates_the_event_exported_earlier(pairs):
    """A calendar reader applying the REQUEST to the exported calendar (RFC 5546 §2.1.5: a higher SEQUENCE
    replaces the event of the same UID) shows the new times."""
    folder, found = pairs
    sample, kind, old, new, touched = next(p for p in found if p[0] == "971-visite-ministre" and p[1] == "moved")
    out = os.path.join(folder, "update")
    assert run("notify", old, new, "-o", out, "--now", NOW).returncode == 0
    _, changes = diff_json(old, new, "--audience", "person:prefet-971")
    moved = next(c for c in changes if c["item"] == touched)
    run("export", old, "--audience", "person:prefet-971", "-o", out, "--now", NOW)
    calendar = icalendar.Calendar.from_ical(open(os.path.join(out, "person-prefet-971.ics"), "rb").read())
    events = {str(e["UID"]): e for e in calendar.walk("VEVENT")}
    message = read_messages(out)["person-prefet-971.eml"]
    applied = 0
    for method, cal in calendars_of(message):
        assert method == "REQUEST"
        for event in cal.walk("VEVENT"):
            uid = str(event["UID"])
            if uid in events and int(event["SEQUENCE"]) > int(events[uid].get("SEQUENCE", 0)):
                events[uid] = event
                applied += 1
    assert applied >= 1
    event = next(e for uid, e in events.items() if uid.startswith(touched + "."))
    start = event.decoded("DTSTART")
    assert start.strftime("%Y-%m-%dT%H:%M") == moved["after"]["start"]


def test_a_command_that_does_not_read_the_message_fails_its_hand_over(pairs):
    folder, found = pairs
    sample, kind, old, new, touched = next(p for p in found if p[0] == "971-visite-ministre" and p[1] == "moved")
    expected = os.path.join(folder, "expected-exit")
    assert run("notify", old, new, "-o", expected, "--now", NOW).returncode == 0
    count = len(read_messages(expected))
    for command in ("exit 3", "cat >/dev/null; echo refused >&2; exit 75"):
        kept = os.path.join(folder, f"kept-{command.split()[0]}")
        result = run("notify", old, new, "-o", kept, "--now", NOW, "--sendmail", command)
        assert result.returncode == 1, result.stderr
        assert len(read_messages(kept)) == count
        assert result.stderr.count("a échoué (statut de sortie") == count
    assert "refused" in result.stderr


def test_a_cancelled_visit_cancels_every_event(pairs):
    folder, found = pairs
    sample, kind, old, new, touched = next(p for p in found if p[0] == "971-visite-ministre" and p[1] == "moved")
    plan = yaml.safe_load(open(old, encoding="utf-8"))
    plan["visit"]["status"] = "cancelled"
    cancelled = os.path.join(folder, "971-cancelled.yaml")
    yaml.safe_dump(plan, open(cancelled, "w", encoding="utf-8"), allow_unicode=True, sort_keys=False)
    _, changes = diff_json(old, cancelled)
    assert changes[0]["item"] == "visit" and changes[0]["change"] == "status"
    assert changes[0]["after"] == "cancelled"
    out = os.path.join(folder, "cancelled")
    assert run("notify", old, cancelled, "-o", out, "--now", NOW).returncode == 0
    messages = read_messages(out)
    people = [name for name in messages if name.startswith("person-")]
    assert people
    for name in people:
        parts = calendars_of(messages[name])
        assert [method for method, _ in parts] == ["CANCEL"], name
        for _, cal in parts:
            assert all(str(e["STATUS"]) == "CANCELLED" for e in cal.walk("VEVENT"))
