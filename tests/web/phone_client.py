"""Phones for the tests: the same few gestures over WSGI (the app called directly) or over loopback.

A phone keeps its cookie as a browser would, follows the 303 after each form, and reads from the
last page the forms it could post (anti-forgery token, step, question, buttons).
"""

from __future__ import annotations

import html
import http.client
import io
import re
import time
from dataclasses import dataclass, field
from urllib.parse import urlencode, urlsplit

from tests.web.conftest import HOST

_HIDDEN = re.compile(r'<input type="hidden" name="(\w+)" value="([^"]*)">')
_CHOICE = re.compile(r'<button type="submit" name="choice" value="([^"]*)"[^>]*>')
_COOKIE = re.compile(r"^(peerready_phone=[^;]*)")


@dataclass
class Page:
    status: int
    headers: dict[str, str]
    body: bytes
    all_headers: list[tuple[str, str]] = field(default_factory=list)

    @property
    def text(self) -> str:
        return self.body.decode("utf-8")

    def hidden(self) -> dict[str, str]:
        return {name: html.unescape(value) for name, value in _HIDDEN.findall(self.text)}

    @property
    def choices(self) -> list[str]:
        return [html.unescape(value) for value in _CHOICE.findall(self.text)]

    @property
    def h1(self) -> str:
        found = re.findall(r"<h1[^>]*>(.*?)</h1>", self.text, re.S)
        assert len(found) == 1, found
        return html.unescape(found[0])

    @property
    def progress(self) -> str | None:
        found = re.search(r'<p class="progress">Question (\d+) sur (\d+)</p>', self.text)
        return found and f"{found[1]}/{found[2]}"


class Phone:
    """A phone's browser: subclasses say how a request travels (``send``)."""

    prefix = "/" + "t" * 32 + "/"

    def __init__(self):
        self.cookie: str | None = None
        self.page: Page | None = None

    def send(self, method: str, path: str, body: bytes, headers: dict[str, str]) -> Page:
        raise NotImplementedError

    def request(self, method: str, path: str, fields: dict | None = None, headers: dict | None = None) -> Page:
        body = urlencode(fields).encode() if fields is not None else b""
        sent = {"Host": self.host}
        if method == "POST":  # as a browser does for a form of the same site (Referrer-Policy: same-origin)
            sent["Origin"] = f"http://{self.host}"
        sent.update(headers or {})
        if fields is not None:
            sent["Content-Type"] = "application/x-www-form-urlencoded"
        if self.cookie:
            sent["Cookie"] = self.cookie
        page = self.send(method, path, body, sent)
        for name, value in page.all_headers:
            if name.lower() == "set-cookie":
                self.cookie = _COOKIE.match(value)[1]
        return page

    def get(self, path: str = "") -> Page:
        self.page = self.request("GET", self.prefix + path)
        return self.page

    def post(self, path: str, **fields) -> Page:
        """Post a form of the last page (its hidden fields, with ``fields``), then follow the redirect."""
        sent = {**self.page.hidden(), **fields}
        page = self.request("POST", self.prefix + path, sent)
        if page.status == 303:
            return self.get()
        self.page = page
        return page

    # -- a person's gestures ------------------------------------------------------------------------

    def open(self) -> Page:
        return self.get()

    def begin(self) -> Page:
        self.get()
        return self.post("start")

    def choose(self, value: str, comment: str | None = None) -> Page:
        extra = {} if comment is None else {"comment": comment}
        return self.post("answer", choice=value, **extra)

    def next(self) -> Page:
        return self.post("answer", action="next")

    def previous(self) -> Page:
        return self.post("answer", action="previous")


class WsgiPhone(Phone):
    """Calls the WSGI app in the test's thread: no socket."""

    host = HOST

    def __init__(self, app, address="192.168.1.20"):
        super().__init__()
        self.app, self.address = app, address

    def send(self, method, path, body, headers) -> Page:
        environ = {
            "REQUEST_METHOD": method,
            "PATH_INFO": path.partition("?")[0],
            "QUERY_STRING": path.partition("?")[2],
            "SERVER_NAME": "127.0.0.1",
            "SERVER_PORT": "8765",
            "REMOTE_ADDR": self.address,
            "wsgi.input": io.BytesIO(body),
            "wsgi.url_scheme": "http",
            "CONTENT_LENGTH": str(len(body)) if body else "",
        }
        for name, value in headers.items():
            if name.lower() == "content-type":
                environ["CONTENT_TYPE"] = value
            elif name.lower() == "content-length":
                environ["CONTENT_LENGTH"] = value
            else:
                environ["HTTP_" + name.upper().replace("-", "_")] = value
        started = {}

        def start_response(status, response_headers):
            started["status"], started["headers"] = status, response_headers

        body_out = b"".join(self.app(environ, start_response))
        return Page(int(started["status"].split()[0]), dict(started["headers"]), body_out, list(started["headers"]))


class HttpPhone(Phone):
    """Over a real socket with ``http.client``, one kept-alive connection like a phone's browser."""

    def __init__(self, url: str):
        super().__init__()
        parts = urlsplit(url)
        self.host, self.prefix = parts.netloc, parts.path
        self.connection = http.client.HTTPConnection(parts.hostname, parts.port, timeout=30)
        self.timings: list[float] = []

    def send(self, method, path, body, headers) -> Page:
        for attempt in range(2):
            try:
                self.connection.request(method, path, body=body or None, headers=headers)
                response = self.connection.getresponse()
                data = response.read()
                return Page(response.status, dict(response.getheaders()), data, response.getheaders())
            except (http.client.RemoteDisconnected, ConnectionResetError, BrokenPipeError):
                self.connection.close()  # a kept-alive connection the server let go: a browser opens another
                if attempt:
                    raise
        raise AssertionError("unreachable")

    def timed_choice(self, value: str) -> Page:
        """Choose an answer, and keep how long the POST, its redirect and the next page took."""
        began = time.perf_counter()
        page = self.choose(value)
        self.timings.append(time.perf_counter() - began)
        return page

    def close(self) -> None:
        self.connection.close()
