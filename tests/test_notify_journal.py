"""`cortege notify` takes the SEQUENCE base of its iMIP updates from the export journal beside the NEW plan
(docs/diff-notify.md): after several exported revisions, an update never carries a SEQUENCE lower than the one
the person's exported calendar holds; without a journal, the OLD plan rendered afresh is the base, as before.

Messages are read with python `email` and `icalendar`.
"""
import os
import shutil
import subprocess
import tempfile

import icalendar

import revisions
from export_tools import binary
from test_diff_notify import calendars_of, read_messages

NOW = "2030-01-01T00:00"


def run(*args):
    result = subprocess.run([binary(), *map(str, args)], capture_output=True, text=True)
    assert result.returncode == 0, (args, result.stdout, result.stderr)
    return result


def request_sequence(folder, person, touched):
    message = read_messages(folder)[f"person-{person}.eml"]
    for method, cal in calendars_of(message):
        for event in cal.walk("VEVENT"):
            if method == "REQUEST" and str(event["UID"]).startswith(touched + "."):
                return int(event["SEQUENCE"])
    raise AssertionError(f"no REQUEST for {touched} in person-{person}.eml")


def exported_sequence(folder, person, touched):
    with open(os.path.join(folder, f"person-{person}.ics"), "rb") as f:
        calendar = icalendar.Calendar.from_ical(f.read())
    return next(int(e["SEQUENCE"]) for e in calendar.walk("VEVENT") if str(e["UID"]).startswith(touched + "."))


def test_notify_continues_the_sequence_of_the_export_journal():
    person = "prefet-971"
    with tempfile.TemporaryDirectory() as folder:
        found = revisions.pairs(folder)
        _, _, old, new, touched = next(p for p in found if p[0] == "971-visite-ministre" and p[1] == "moved")
        plan = os.path.join(os.path.dirname(new), "kept-plan.yaml")
        out = os.path.join(folder, "out")
        # Exported three times: the old times (SEQUENCE 0), the new (1), the old again (2).
        for version in (old, new, old):
            shutil.copyfile(version, plan)
            run("export", plan, "--all", "-o", out, "--now", NOW)
        assert exported_sequence(out, person, touched) == 2
        shutil.copyfile(new, plan)
        mail = os.path.join(folder, "mail")
        run("notify", old, plan, "-o", mail, "--now", NOW)
        # The export of the new plan, with the same journal, says the same SEQUENCE as the notice.
        run("export", plan, "--all", "-o", out, "--now", NOW)
        assert request_sequence(mail, person, touched) == exported_sequence(out, person, touched) == 3

        # Without a journal beside the NEW plan: the OLD plan rendered afresh is the base.
        bare = os.path.join(folder, "mail-bare")
        assert not os.path.exists(new.removesuffix(".yaml") + ".cortege-journal")
        run("notify", old, new, "-o", bare, "--now", NOW)
        assert request_sequence(bare, person, touched) == 1
