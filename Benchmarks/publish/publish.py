"""`cortege publish` of the four samples into Radicale (htpasswd) and Xandikos, then a no-change publish; the
baseline, in the same run and against the same kind of server, is the python `caldav` client uploading the
same objects (`cortege export --all --caldav`): one MKCALENDAR per collection and one PUT per object, as a
script would do. Each server starts empty (a fresh storage folder) for each first publish.

Prints one line per server: objects, requests and seconds of the first publish, requests and seconds of the
no-change publish, the baseline's seconds, and the ratios.
"""
import os
import re
import subprocess
import sys
import tempfile
import time
import pathlib
import shutil

HERE = pathlib.Path(__file__).resolve().parent
ROOT = HERE.parent.parent
sys.path.insert(0, str(ROOT / "tests"))

import caldav  # noqa: E402

from test_publish import DavServer, USER, PASSWORD  # noqa: E402

BIN = ROOT / ".build" / "debug" / "cortege"
LATE = "2030-01-01T00:00"


def copy_samples(folder):
    shutil.copytree(ROOT / "samples", folder / "samples")
    shutil.copytree(ROOT / "calendars", folder / "calendars")
    return sorted(str(p) for p in (folder / "samples").glob("*.yaml"))


def publish(server, plans):
    env = dict(os.environ, CORTEGE_PASSWORD=PASSWORD)
    start = time.monotonic()
    result = subprocess.run([str(BIN), "publish", *plans, "--server", server.url, "--user", USER, "--now", LATE,
                             "--lang", "en"], capture_output=True, text=True, env=env)
    seconds = time.monotonic() - start
    assert result.returncode == 0, result.stderr[-2000:]
    last = result.stdout.strip().splitlines()[-1]
    sent = int(re.search(r"(\d+) object\(s\) sent", last).group(1))
    unchanged = int(re.search(r"(\d+) unchanged", last).group(1))
    requests = int(re.search(r"(\d+) request\(s\)", last).group(1))
    return sent + unchanged, requests, seconds


def baseline(server, plans, folder):
    """The same objects uploaded with the python caldav client: a collection per calendar, a PUT per object."""
    out = folder / "export"
    for plan in plans:
        subprocess.run([str(BIN), "export", plan, "--all", "--caldav", "-o", str(out / pathlib.Path(plan).stem),
                        "--now", LATE, "--journal", str(folder / "baseline.journal"), "--lang", "en"],
                       check=True, capture_output=True)
    start = time.monotonic()
    client = caldav.DAVClient(url=server.url, username=USER, password=PASSWORD)
    principal = client.principal()
    objects = 0
    for visit in sorted(out.iterdir()):
        for calendar in sorted(visit.iterdir()):
            collection = principal.make_calendar(name=f"{visit.name}-{calendar.name}",
                                                 cal_id=f"base-{visit.name}-{calendar.name}")
            for item in sorted(calendar.iterdir()):
                collection.save_event(item.read_text(), no_overwrite=False)
                objects += 1
    return objects, time.monotonic() - start


def main():
    print("server    objects  requests  seconds | no-change requests  seconds | caldav-client seconds | "
          "publish/client  no-change/publish")
    for kind in ("radicale", "xandikos"):
        with tempfile.TemporaryDirectory(prefix="cortege-bench-publish-") as tmp:
            folder = pathlib.Path(tmp)
            plans = copy_samples(folder)
            server = DavServer(kind, folder)
            server.start()
            try:
                objects, requests, seconds = publish(server, plans)
                _, again_requests, again_seconds = publish(server, plans)
            finally:
                server.stop()
            base_folder = folder / "baseline"
            base_folder.mkdir()
            base_server = DavServer(kind, base_folder)
            base_server.start()
            try:
                base_objects, base_seconds = baseline(base_server, plans, base_folder)
            finally:
                base_server.stop()
            assert base_objects == objects, (base_objects, objects)
            print(f"{kind:9} {objects:7}  {requests:8}  {seconds:7.2f} | {again_requests:18}  {again_seconds:7.2f} | "
                  f"{base_seconds:21.2f} | {seconds / base_seconds:14.2f}  {again_seconds / seconds:17.3f}")


if __name__ == "__main__":
    main()
