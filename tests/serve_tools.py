"""Helpers of the `cortege serve` tests: a copy of the samples, a server started on a free loopback port and
stopped by the test, plain HTTP requests (http.client sends the request target exactly as given)."""
import glob
import http.client
import json
import os
import shutil
import socket
import subprocess
import threading
import time

from export_tools import ROOT, binary


def copy_samples(folder, broken=False):
    """samples/*.yaml and samples/registry under FOLDER/samples, the agendas under FOLDER/calendars."""
    plans = os.path.join(folder, "samples")
    os.makedirs(plans)
    for path in glob.glob(os.path.join(ROOT, "samples", "*.yaml")):
        shutil.copy2(path, plans)
    shutil.copytree(os.path.join(ROOT, "samples", "registry"), os.path.join(plans, "registry"))
    if broken:
        shutil.copytree(os.path.join(ROOT, "samples", "broken"), os.path.join(plans, "broken"))
    shutil.copytree(os.path.join(ROOT, "calendars"), os.path.join(folder, "calendars"))
    return plans


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def feeds(folder, secret, base, *extra):
    result = subprocess.run([binary(), "feeds", folder, "--secret-file", secret, "--base-url", base,
                             "--format", "json", *extra], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout)


class Served:
    """`cortege serve FOLDER` on a free port of 127.0.0.1, its standard error collected; stopped on exit."""

    def __init__(self, folder, secret, *extra):
        self.port = free_port()
        self.base = f"http://127.0.0.1:{self.port}"
        self.lines = []
        self.process = subprocess.Popen(
            [binary(), "serve", folder, "--secret-file", secret, "--port", str(self.port), *extra],
            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
        threading.Thread(target=self._read, daemon=True).start()
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise AssertionError(f"cortege serve exited {self.process.returncode}: {self.log}")
            try:
                with socket.create_connection(("127.0.0.1", self.port), timeout=0.2):
                    return
            except OSError:
                time.sleep(0.05)
        raise AssertionError("cortege serve did not listen within 60 s: " + self.log)

    def _read(self):
        for line in self.process.stderr:
            self.lines.append(line)

    @property
    def log(self):
        return "".join(self.lines)

    def stop(self):
        if self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.stop()

    def request(self, method, target, headers=None):
        """(status, headers as a lower-cased dict, body bytes) of one request on a new connection."""
        if target.startswith(self.base):
            target = target[len(self.base):]
        connection = http.client.HTTPConnection("127.0.0.1", self.port, timeout=10)
        try:
            connection.request(method, target, headers=headers or {})
            response = connection.getresponse()
            body = response.read()
            return response.status, {k.lower(): v for k, v in response.getheaders()}, body
        finally:
            connection.close()

    def get(self, target, headers=None):
        return self.request("GET", target, headers)


def wait_until(condition, seconds, step=0.05):
    """Polls CONDITION until it is true or SECONDS have passed; returns the elapsed time or None."""
    began = time.monotonic()
    while time.monotonic() - began < seconds:
        if condition():
            return time.monotonic() - began
        time.sleep(step)
    return time.monotonic() - began if condition() else None
