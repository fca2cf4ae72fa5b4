"""Debian's Chromium, driven by Playwright, as the phones of a workshop: what the browser tests share.

The browser is the system's (``/usr/bin/chromium``, from ``apt-get install chromium``), never one
Playwright downloads. Without it (or without Playwright) the tests skip and say why, unless
``PEERREADY_REQUIRE_BROWSER=1`` (set by ``.ci/run``) makes that a failure. Every phone is a
browser context of its own: its own cookies, so its own anonymous respondent.
"""

from __future__ import annotations

import os
import shutil
from pathlib import Path
from urllib.parse import urlsplit

import pytest

CHROMIUM = Path("/usr/bin/chromium")
#: Headless, no sandbox (the tests may run as root), and none of Chromium's own calls home:
#: on a machine with no network they would be refused, and a phone test must see none.
LAUNCH_ARGS = ["--no-sandbox", "--disable-background-networking", "--disable-component-update", "--no-first-run"]
#: A mid-range phone held upright (an iPhone 12–14's CSS size), in French.
PHONE = {
    "viewport": {"width": 390, "height": 844},
    "device_scale_factor": 3,
    "is_mobile": True,
    "has_touch": True,
    "locale": "fr-FR",
    "timezone_id": "Europe/Paris",
}
#: The smallest touch target WCAG 2.2 (2.5.5, AAA) and Apple's guidelines ask for, in CSS pixels.
TOUCH_TARGET = 44


def unavailable() -> str | None:
    """Why the browser tests cannot run on this machine, or None when they can."""
    try:
        import playwright.sync_api  # noqa: F401  (only whether it is installed)
    except ImportError:
        return 'Playwright is not installed (pip install -e ".[test]")'
    if not CHROMIUM.exists() and shutil.which("chromium") is None:
        return f"no Chromium at {CHROMIUM} (apt-get install chromium)"
    return None


def require_browser() -> None:
    """Skip the calling test when the browser is missing; fail instead where CI asks for it."""
    reason = unavailable()
    if reason is None:
        return
    if os.environ.get("PEERREADY_REQUIRE_BROWSER") == "1":
        pytest.fail(f"PEERREADY_REQUIRE_BROWSER=1 but {reason}", pytrace=False)
    pytest.skip(reason)


def executable() -> str:
    return str(CHROMIUM) if CHROMIUM.exists() else shutil.which("chromium")


class RequestLog:
    """Every URL a page asked for (documents, styles, images, fonts, favicons), to find any other host."""

    def __init__(self):
        self.urls: list[str] = []

    def watch(self, context) -> None:
        context.on("request", lambda request: self.urls.append(request.url))

    def foreign(self, origin: str) -> list[str]:
        """URLs not on ``origin`` (``http://127.0.0.1:PORT``); ``data:`` and ``about:`` are not requests to a host."""
        return [
            url
            for url in self.urls
            if urlsplit(url).scheme not in ("data", "about", "blob")
            and f"{urlsplit(url).scheme}://{urlsplit(url).netloc}" != origin
        ]


def origin_of(url: str) -> str:
    parts = urlsplit(url)
    return f"{parts.scheme}://{parts.netloc}"


class BrowserPhone:
    """One phone: a browser context of its own (its cookie, so its own respondent) with one page.

    ``labels`` are the option labels of the questions in the order asked, to name what is tapped.
    """

    def __init__(self, browser, url: str, log: RequestLog | None = None):
        self.url = url
        self.context = browser.new_context(**PHONE)
        if log is not None:
            log.watch(self.context)
        self.page = self.context.new_page()

    def open(self) -> None:
        self.page.goto(self.url)

    def begin(self) -> None:
        """The welcome page, then « Commencer »: the first question."""
        self.open()
        with self.page.expect_response(lambda r: r.request.method == "POST") as started:
            self.page.get_by_role("button", name="Commencer", exact=True).tap()
        response = started.value
        # A real browser's form carries the page's Origin (the pages are sent « same-origin »; with
        # « no-referrer » Chromium sent « Origin: null » and the server refused every answer).
        assert response.request.header_value("origin") != "null"
        assert response.status == 303, (response.status, response.text()[:300])
        self.page.locator("p.progress").wait_for()  # the redirect has landed on the first question

    @property
    def choices(self):
        return self.page.locator('button[name="choice"]')

    def tap(self, index: int) -> None:
        """Tap the answer button ``index`` (0 is the first) of the question on screen."""
        self.choices.nth(index).tap()

    def heading(self) -> str:
        return self.page.get_by_role("heading", level=1).inner_text()

    def progress(self) -> str:
        """« Question 3 sur 15 » as "3/15"; "" where the page shows no progress."""
        found = self.page.locator("p.progress")
        if not found.count():
            return ""
        number, _, total = found.inner_text().removeprefix("Question ").partition(" sur ")
        return f"{number}/{total}"

    def write_comment(self, text: str) -> None:
        self.page.get_by_text("Ajouter un commentaire", exact=True).tap()
        self.page.get_by_role("textbox", name="Commentaire facultatif").fill(text)

    def close(self) -> None:
        self.context.close()
