"""Loads a local page in headless Chromium through the DevTools protocol (over --remote-debugging-pipe, so no
websocket library is needed) and reports console errors, network requests, the page text, a PNG screenshot and
a PDF print.

Usable from the tests and from the command line:
    python3 tests/chromium_page.py PAGE.html OUT.png [OUT.pdf]
"""

import base64
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time


def chromium_binary():
    for name in ("chromium", "chromium-browser", "google-chrome"):
        path = shutil.which(name)
        if path:
            return path
    return None


class Chromium:
    """One headless Chromium, driven over fds 3 (commands in) and 4 (replies out), NUL-separated JSON."""

    def __init__(self, binary=None):
        self.binary = binary or chromium_binary()
        if not self.binary:
            raise RuntimeError("chromium is not installed (apt-get install chromium)")
        self.profile = tempfile.mkdtemp(prefix="cortege-chromium-")
        to_browser_r, self._to_browser_w = os.pipe()
        self._from_browser_r, from_browser_w = os.pipe()

        def plumb():
            # The browser reads commands on fd 3 and writes replies on fd 4 (dup2 leaves them inheritable; the
            # other fds are closed by Chromium's launcher).
            # The pipe itself may sit on fd 3 or 4: move both out of the way first.
            read_end = os.dup(to_browser_r)
            write_end = os.dup(from_browser_w)
            os.dup2(read_end, 3, inheritable=True)
            os.dup2(write_end, 4, inheritable=True)

        self.process = subprocess.Popen(
            [self.binary, "--headless", "--no-sandbox", "--disable-gpu", "--remote-debugging-pipe",
             "--no-first-run", "--no-default-browser-check", "--disable-extensions",
             "--disable-background-networking", "--disable-component-update", "--disable-sync",
             "--user-data-dir=" + self.profile, "about:blank"],
            stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
            preexec_fn=plumb, close_fds=False)
        os.close(to_browser_r)
        os.close(from_browser_w)
        self._buffer = b""
        self._next_id = 0
        self.events = []

    def close(self):
        try:
            self.call("Browser.close", timeout=10)
        except Exception:
            pass
        try:
            self.process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait()
        for fd in (self._to_browser_w, self._from_browser_r):
            try:
                os.close(fd)
            except OSError:
                pass
        shutil.rmtree(self.profile, ignore_errors=True)

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()

    def _read_message(self, deadline):
        while b"\0" not in self._buffer:
            if time.monotonic() > deadline:
                raise TimeoutError("no reply from chromium")
            chunk = os.read(self._from_browser_r, 1 << 20)
            if not chunk:
                raise RuntimeError("chromium closed the pipe")
            self._buffer += chunk
        message, self._buffer = self._buffer.split(b"\0", 1)
        return json.loads(message)

    def call(self, method, params=None, session=None, timeout=60):
        self._next_id += 1
        request = {"id": self._next_id, "method": method, "params": params or {}}
        if session:
            request["sessionId"] = session
        os.write(self._to_browser_w, json.dumps(request).encode() + b"\0")
        deadline = time.monotonic() + timeout
        while True:
            message = self._read_message(deadline)
            if message.get("id") == self._next_id:
                if "error" in message:
                    raise RuntimeError(f"{method}: {message['error']}")
                return message.get("result", {})
            self.events.append(message)

    def wait_for(self, method, session, timeout=60):
        for e in self.events:
            if e.get("method") == method and e.get("sessionId") == session:
                return e
        deadline = time.monotonic() + timeout
        while True:
            message = self._read_message(deadline)
            self.events.append(message)
            if message.get("method") == method and message.get("sessionId") == session:
                return message

    def load(self, path, width=900, height=1200, media=None):
        """Opens a local file in a new tab; returns the Page, with what happened while it loaded."""
        url = "file://" + os.path.abspath(path)
        target = self.call("Target.createTarget", {"url": "about:blank"})["targetId"]
        session = self.call("Target.attachToTarget", {"targetId": target, "flatten": True})["sessionId"]
        for domain in ("Page", "Runtime", "Log", "Network"):
            self.call(domain + ".enable", session=session)
        self.call("Emulation.setDeviceMetricsOverride",
                  {"width": width, "height": height, "deviceScaleFactor": 1, "mobile": width < 600},
                  session=session)
        if media:
            self.call("Emulation.setEmulatedMedia", {"media": media}, session=session)
        self.call("Page.navigate", {"url": url}, session=session)
        self.wait_for("Page.loadEventFired", session)
        # Let layout finish and any late request show up.
        self.call("Runtime.evaluate", {"expression": "new Promise(r => setTimeout(r, 300))", "awaitPromise": True},
                  session=session)
        return Page(self, session, target, url)


class Page:
    def __init__(self, browser, session, target, url):
        self.browser = browser
        self.session = session
        self.target = target
        self.url = url

    def _mine(self):
        return [e for e in self.browser.events if e.get("sessionId") == self.session]

    @property
    def console_errors(self):
        errors = []
        for e in self._mine():
            method, params = e.get("method"), e.get("params", {})
            if method == "Runtime.consoleAPICalled" and params.get("type") in ("error", "assert"):
                errors.append(json.dumps(params.get("args")))
            elif method == "Runtime.exceptionThrown":
                errors.append(json.dumps(params.get("exceptionDetails")))
            elif method == "Log.entryAdded" and params.get("entry", {}).get("level") == "error":
                errors.append(params["entry"].get("text", ""))
        return errors

    @property
    def requests(self):
        """Every URL requested but the page itself (about: and the page's own file excluded)."""
        urls = []
        for e in self._mine():
            if e.get("method") == "Network.requestWillBeSent":
                url = e["params"]["request"]["url"]
                if url != self.url and not url.startswith("about:"):
                    urls.append(url)
        return urls

    def evaluate(self, expression):
        result = self.browser.call("Runtime.evaluate", {"expression": expression, "returnByValue": True},
                                   session=self.session)
        return result.get("result", {}).get("value")

    @property
    def text(self):
        return self.evaluate("document.body.innerText")

    def screenshot(self, path):
        """The whole page, top to bottom."""
        metrics = self.browser.call("Page.getLayoutMetrics", session=self.session)
        size = metrics["cssContentSize"]
        params = {"format": "png", "captureBeyondViewport": True,
                  "clip": {"x": 0, "y": 0, "width": size["width"], "height": size["height"], "scale": 1}}
        data = self.browser.call("Page.captureScreenshot", params, session=self.session)["data"]
        with open(path, "wb") as f:
            f.write(base64.b64decode(data))

    def pdf(self, path):
        data = self.browser.call("Page.printToPDF", {"preferCSSPageSize": True, "printBackground": True},
                                 session=self.session, timeout=120)["data"]
        with open(path, "wb") as f:
            f.write(base64.b64decode(data))

    def close(self):
        self.browser.call("Target.closeTarget", {"targetId": self.target})


def pdf_pages(path):
    """Pages of a PDF, by poppler's pdfinfo."""
    out = subprocess.run(["pdfinfo", path], capture_output=True, text=True, check=True).stdout
    for line in out.splitlines():
        if line.startswith("Pages:"):
            return int(line.split()[1])
    raise ValueError("pdfinfo printed no page count")


def main(argv):
    if len(argv) not in (3, 4):
        print(__doc__, file=sys.stderr)
        return 2
    with Chromium() as browser:
        page = browser.load(argv[1])
        page.screenshot(argv[2])
        if len(argv) == 4:
            page.pdf(argv[3])
        for error in page.console_errors:
            print("console error:", error, file=sys.stderr)
        for url in page.requests:
            print("request:", url, file=sys.stderr)
        return 1 if page.console_errors or page.requests else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
