"""Loads every page of `dyad serve` in headless Chromium at 1280 and 390 px, through the DevTools protocol.

Fails on a console error or exception (a Content-Security-Policy violation is one), on a failed load, on
an element wider than the viewport outside a scrolling box, and on a page with no text. It also submits
the overview's year filter and checks the page it leads to. Screenshots go to OUT_DIR.

Usage: python serve_pages.py DYAD_BINARY OUT_DIR
"""

import json
import os
import re
import subprocess
import sys
import tempfile
import time
import urllib.request

import websocket

PAGES = [
    "/",
    "/indicators",
    "/indicators/refugees.registered",
    "/indicators/trade.exports",
    "/sources",
    "/documents",
    "/documents?q=Pakistan+AND+Taliban",
    "/documents/3",
    "/documents/3/audit",
    "/map",
    "/map?year=2019",
    "/audit",
    "/report",
]
WIDTHS = [1280, 390]

# Elements wider than the viewport, outside a box that scrolls on purpose (wide tables, charts).
OVERFLOW = """
(() => {
  const width = document.documentElement.clientWidth;
  const wide = [];
  for (const element of document.querySelectorAll('body *')) {
    if (element.closest('.scroll, svg, pre')) continue;
    const box = element.getBoundingClientRect();
    if (box.width > 0 && box.right > width + 1) {
      wide.push(element.tagName.toLowerCase() + (element.id ? '#' + element.id : '') +
                (element.className && typeof element.className === 'string' ? '.' + element.className : '') +
                ' ' + Math.round(box.right) + 'px');
    }
  }
  return JSON.stringify({scroll: document.documentElement.scrollWidth, width, wide: wide.slice(0, 8),
                         text: document.body ? document.body.innerText.length : 0});
})()
"""


class Browser:
    """One Chromium page driven over its DevTools websocket."""

    def __init__(self, socket_url):
        self.socket = websocket.create_connection(socket_url, timeout=60)
        self.next_id = 0
        self.events = []

    def call(self, method, **params):
        self.next_id += 1
        mine = self.next_id
        self.socket.send(json.dumps({"id": mine, "method": method, "params": params}))
        while True:
            message = json.loads(self.socket.recv())
            if message.get("id") == mine:
                if "error" in message:
                    raise RuntimeError(f"{method}: {message['error']}")
                return message.get("result", {})
            self.events.append(message)

    def wait_for(self, method, timeout=60):
        deadline = time.time() + timeout
        for index, event in enumerate(self.events):
            if event.get("method") == method:
                del self.events[: index + 1]
                return event
        while time.time() < deadline:
            message = json.loads(self.socket.recv())
            if message.get("method") == method:
                return message
            self.events.append(message)
        raise TimeoutError(method)


def start_server(binary, home):
    server = subprocess.Popen(
        [binary, "--home", home, "serve", "--bind", "127.0.0.1:0"],
        stderr=subprocess.PIPE,
        stdout=subprocess.DEVNULL,
        text=True,
    )
    for line in server.stderr:
        found = re.search(r"listening on (http://127\.0\.0\.1:\d+)/", line)
        if found:
            return server, found.group(1)
    raise RuntimeError("dyad serve did not start")


def start_browser(profile):
    browser = subprocess.Popen(
        ["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
         "--remote-debugging-port=0", f"--user-data-dir={profile}", "about:blank"],
        stderr=subprocess.PIPE,
        stdout=subprocess.DEVNULL,
        text=True,
    )
    for line in browser.stderr:
        found = re.search(r"DevTools listening on ws://127\.0\.0\.1:(\d+)/", line)
        if found:
            port = found.group(1)
            break
    else:
        raise RuntimeError("Chromium did not start its DevTools server")
    for _ in range(50):
        targets = json.load(urllib.request.urlopen(f"http://127.0.0.1:{port}/json/list"))
        pages = [t for t in targets if t.get("type") == "page"]
        if pages:
            return browser, pages[0]["webSocketDebuggerUrl"]
        time.sleep(0.1)
    raise RuntimeError("Chromium has no page")


def problems_of(events):
    found = []
    for event in events:
        method = event.get("method")
        params = event.get("params", {})
        if method == "Runtime.exceptionThrown":
            found.append("exception: " + params["exceptionDetails"].get("text", ""))
        elif method == "Runtime.consoleAPICalled" and params.get("type") in ("error", "warning"):
            found.append("console: " + " ".join(str(a.get("value", "")) for a in params.get("args", [])))
        elif method == "Log.entryAdded" and params["entry"]["level"] in ("error", "warning"):
            found.append("log: " + params["entry"]["text"])
        elif method == "Network.loadingFailed":
            found.append("failed load: " + params.get("errorText", ""))
    return found


def visit(page, url, width, shot):
    page.events.clear()
    page.call("Emulation.setDeviceMetricsOverride", width=width, height=900, deviceScaleFactor=1,
              mobile=width < 500)
    page.call("Page.navigate", url=url)
    page.wait_for("Page.loadEventFired")
    measured = json.loads(page.call("Runtime.evaluate", expression=OVERFLOW, returnByValue=True)["result"]["value"])
    image = page.call("Page.captureScreenshot", format="png")["data"]
    with open(shot, "wb") as out:
        import base64
        out.write(base64.b64decode(image))
    problems = problems_of(page.events)
    if measured["scroll"] > measured["width"] + 1:
        problems.append(f"the page scrolls sideways: {measured['scroll']}px in {measured['width']}px")
    problems += [f"wider than the viewport: {w}" for w in measured["wide"]]
    if measured["text"] < 200:
        problems.append(f"only {measured['text']} characters of text")
    return problems


def main():
    binary, out_dir = sys.argv[1], sys.argv[2]
    os.makedirs(out_dir, exist_ok=True)
    with tempfile.TemporaryDirectory(ignore_cleanup_errors=True) as scratch:
        server, base = start_server(binary, os.path.join(scratch, "home"))
        browser, socket_url = start_browser(os.path.join(scratch, "profile"))
        failures = []
        try:
            page = Browser(socket_url)
            for domain in ("Page", "Runtime", "Log", "Network"):
                page.call(f"{domain}.enable")
            for path in PAGES:
                for width in WIDTHS:
                    name = re.sub(r"[^a-z0-9]+", "-", path.lower()).strip("-") or "overview"
                    shot = os.path.join(out_dir, f"{name}-{width}.png")
                    problems = visit(page, base + path, width, shot)
                    status = "ok" if not problems else "; ".join(problems)
                    print(f"{path} at {width}px: {status}")
                    failures += [f"{path} at {width}px: {p}" for p in problems]
            # The year filter: change the year and submit the form, as a reader would.
            page.events.clear()
            page.call("Page.navigate", url=base + "/")
            page.wait_for("Page.loadEventFired")
            page.call("Runtime.evaluate", expression="document.getElementById('year').value = '2021'; document.querySelector('form').requestSubmit();")
            page.wait_for("Page.loadEventFired")
            location = page.call("Runtime.evaluate", expression="location.search + '|' + document.getElementById('year').value",
                                 returnByValue=True)["result"]["value"]
            print(f"year filter: {location}")
            if location != "?year=2021|2021":
                failures.append(f"the year filter led to {location}")
            failures += ["year filter: " + p for p in problems_of(page.events)]
            # The script's enhancements: a year typed in applies at once (a change event), and the
            # sources table gets a filter box that hides the rows without the words typed.
            page.events.clear()
            page.call("Runtime.evaluate", expression="const y = document.getElementById('year'); y.value = '2022'; y.dispatchEvent(new Event('change'));")
            page.wait_for("Page.loadEventFired")
            location = page.call("Runtime.evaluate", expression="location.search", returnByValue=True)["result"]["value"]
            print(f"year applied on change: {location}")
            if location != "?year=2022":
                failures.append(f"a year changed without the button led to {location!r}")
            page.call("Page.navigate", url=base + "/sources")
            page.wait_for("Page.loadEventFired")
            counts = page.call("Runtime.evaluate", expression="""(() => {
              const rows = () => [...document.querySelectorAll('table[data-filter] tbody tr')];
              const box = document.querySelector('input.filter');
              if (!box) return 'no filter box';
              const before = rows().filter(r => !r.hidden).length;
              box.value = 'UNHCR';
              box.dispatchEvent(new Event('input'));
              const after = rows().filter(r => !r.hidden);
              const wrong = after.filter(r => !r.textContent.includes('UNHCR')).length;
              return before + '>' + after.length + ' wrong ' + wrong;
            })()""", returnByValue=True)["result"]["value"]
            print(f"sources filter: {counts}")
            match = re.fullmatch(r"(\d+)>(\d+) wrong 0", counts)
            if not match or not 0 < int(match.group(2)) < int(match.group(1)):
                failures.append(f"the sources filter gave {counts}")
            failures += ["script: " + p for p in problems_of(page.events)]
        finally:
            browser.terminate()
            server.terminate()
            browser.wait()
            server.wait()
    if failures:
        print("\n".join(failures), file=sys.stderr)
        sys.exit(1)
    print(f"serve_pages: {len(PAGES)} pages at {len(WIDTHS)} widths, no console error, no overflow")


if __name__ == "__main__":
    main()
