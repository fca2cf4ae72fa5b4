"""The WSGI application of one phone collection: who may ask what, and what each phone is shown.

Everything a stranger on the same Wi-Fi could try is refused before the workshop model is
reached: a path without the collection's token is a 404 (one French page, the same for every
such path, that says nothing of the collection); a Host header other than the
served address is refused (DNS rebinding); only GET and POST; bodies are small, forms
url-encoded, and each carries an anti-forgery token tied to the phone's cookie; each phone (and
each address without a phone) is rate-limited; the number of phones is capped. Only the open
collection's questions for its group are served: no results, no other group, no listing, no
file (the one style sheet is a string). A phone's cookie is random, signed, and maps in memory
to its respondent; it is valid only for this collection (its key dies with the server).
"""

from __future__ import annotations

import base64
import contextlib
import hashlib
import hmac
import logging
import secrets
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import parse_qs

from peerready.engine import vocabulary
from peerready.engine.errors import PeerReadyError
from peerready.store import assessments
from peerready.store.database import Store
from peerready.store.errors import RecordError
from peerready.store.faults import StoreError
from peerready.web import flow, pages
from peerready.web.style import CSS
from peerready.workshop import answering, collecting
from peerready.workshop.session_state import MINUTES_PER_QUESTION

log = logging.getLogger(__name__)

COOKIE = "peerready_phone"
#: A phone's cookie outlives a browser restarted in the middle of the questionnaire.
COOKIE_SECONDS = 12 * 3600
SECURITY_HEADERS = [
    ("Content-Security-Policy", "default-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'"),
    ("X-Content-Type-Options", "nosniff"),
    ("Referrer-Policy", "same-origin"),  # no-referrer would make browsers post with « Origin: null »
    ("X-Frame-Options", "DENY"),
    ("Cross-Origin-Opener-Policy", "same-origin"),
    ("Cross-Origin-Resource-Policy", "same-origin"),
]
#: Routes under ``/<token>/``, with the one method each takes.
ROUTES = {
    "": "GET",
    "style.css": "GET",
    "start": "POST",
    "answer": "POST",
    "passed": "POST",
    "sharing": "POST",
    "another": "POST",
}
FORM_TYPE = "application/x-www-form-urlencoded"


@dataclass(frozen=True)
class Counts:
    """What the laptop shows of a phone collection: never what anyone answered."""

    #: phones that started (each is one anonymous respondent of the group)
    phones: int
    #: of them, those who reached the end of the questionnaire
    finished: int


@dataclass(frozen=True)
class Limits:
    """How much a phone collection takes. The rates are far above a person's pace, far below a script's."""

    max_phones: int = 60
    #: requests a phone (or an address without a phone) may make at once, then per second
    burst: float = 40
    per_second: float = 8
    #: the largest request body, in bytes (a form with a long comment is under 10 KB)
    body: int = 16 * 1024
    #: a connection silent for this long is closed (a slow or stalled client holds nothing)
    idle_seconds: int = 20


class Bucket:
    """A token bucket: ``burst`` requests at once, refilled at ``per_second``."""

    def __init__(self, burst: float, per_second: float):
        self.burst, self.per_second = burst, per_second
        self.tokens, self.updated = burst, time.monotonic()

    def take(self) -> bool:
        now = time.monotonic()
        self.tokens = min(self.burst, self.tokens + (now - self.updated) * self.per_second)
        self.updated = now
        if self.tokens < 1:
            return False
        self.tokens -= 1
        return True


class ThreadStores:
    """One database connection per server thread (sqlite-utils wants it so), all closed at the end."""

    def __init__(self, data_dir: Path):
        self.data_dir = data_dir
        self.local = threading.local()
        self.lock = threading.Lock()
        self.opened: list[Store] = []

    def get(self) -> Store:
        store = getattr(self.local, "store", None)
        if store is None:
            store = Store.open(self.data_dir, automatic_backup=False)
            self.local.store = store
            with self.lock:
                self.opened.append(store)
        return store

    def close_all(self) -> None:
        """Once no thread uses them any more."""
        with self.lock:
            opened, self.opened = self.opened, []
        for store in opened:
            try:
                store.close()
            except Exception:  # a fault of the folder at closing loses nothing: every answer was committed
                log.exception("closing a phone collection's store")


class Response:
    def __init__(self, status: str, body: bytes = b"", content_type: str = "text/plain; charset=utf-8"):
        self.status, self.body = status, body
        self.headers = [("Content-Type", content_type), *SECURITY_HEADERS, ("Cache-Control", "no-store")]

    def header(self, name: str, value: str) -> Response:
        self.headers = [(n, v) for n, v in self.headers if n != name] + [(name, value)]
        return self


def plain(status: str) -> Response:
    """A refusal that says nothing but its status."""
    return Response(status, status.split(" ", 1)[1].encode("ascii"))


def html(text: str, status: str = "200 OK") -> Response:
    return Response(status, text.encode("utf-8"), "text/html; charset=utf-8")


class PhoneApp:
    """The pages of one group's phone collection, under ``/<token>/``, for the hosts in ``hosts``."""

    def __init__(
        self,
        stores: ThreadStores,
        assessment_id: str,
        group: str,
        *,
        token: str,
        hosts: set[str],
        limits: Limits | None = None,
        on_change: Callable[[Counts], None] | None = None,
        on_closed: Callable[[], None] | None = None,
    ):
        self.stores, self.assessment_id, self.group = stores, assessment_id, group
        self.token, self.prefix = token, f"/{token}/"
        self.hosts = {host.lower() for host in hosts}
        self.limits = limits or Limits()
        self.on_change, self.on_closed = on_change, on_closed
        self.key = secrets.token_bytes(32)  # signs cookies and forms; dies with the collection
        self.lock = threading.Lock()
        self.phones: dict[str, flow.Phone] = {}
        self.buckets: dict[str, Bucket] = {}
        store = stores.get()
        assessment = assessments.get_assessment(store, assessment_id)
        self.questionnaire = assessments.questionnaire(store, assessment.questionnaire_hash)
        self.questions = len(self.questionnaire.questions_for(group, assessment.stage, assessment.short))

    # -- what the laptop sees ---------------------------------------------------------------------

    def counts(self) -> Counts:
        with self.lock:
            phones = list(self.phones.values())
        return Counts(len(phones), sum(1 for phone in phones if phone.finished))

    def changed(self) -> None:
        if self.on_change is not None:
            try:
                self.on_change(self.counts())
            except Exception:  # the laptop's trouble must not break a phone's request
                log.exception("on_change of a phone collection")

    def leave_all(self) -> None:
        """At the end: the places of phones that gave no answer are free again (as a person leaving the laptop)."""
        store = self.stores.get()
        with self.lock:
            phones = list(self.phones.values())
        for phone in phones:
            # The assessment may be closed or gone: nothing of anyone's answers depends on it.
            with contextlib.suppress(PeerReadyError):
                answering.leave(store, flow.session(store, phone))

    # -- signing ------------------------------------------------------------------------------------

    def sign(self, purpose: str, value: str) -> str:
        digest = hmac.new(self.key, f"{purpose}:{value}".encode(), hashlib.sha256).digest()
        return base64.urlsafe_b64encode(digest[:18]).decode("ascii")

    def new_cookie(self) -> str:
        phone_id = secrets.token_urlsafe(16)
        return f"{phone_id}.{self.sign('cookie', phone_id)}"

    def cookie_id(self, environ) -> str | None:
        """The phone id of a genuine cookie of this collection, else None."""
        for part in environ.get("HTTP_COOKIE", "").split(";"):
            name, _, value = part.strip().partition("=")
            if name == COOKIE:
                phone_id, _, signature = value.partition(".")
                if phone_id and hmac.compare_digest(signature.encode(), self.sign("cookie", phone_id).encode()):
                    return phone_id
        return None

    def set_cookie(self, response: Response, cookie: str) -> Response:
        response.headers.append(
            (
                "Set-Cookie",
                f"{COOKIE}={cookie}; Path={self.prefix}; Max-Age={COOKIE_SECONDS}; HttpOnly; SameSite=Strict",
            )
        )
        return response

    def form(self, phone_id: str, step: int) -> pages.Form:
        return pages.Form(self.sign("form", phone_id), step)

    # -- a request ------------------------------------------------------------------------------

    def __call__(self, environ, start_response):
        try:
            response = self.handle(environ)
        except Exception:  # a bug: said in the log, never to the phone
            log.exception("phone collection request")
            response = plain("500 Internal Server Error")
        start_response(response.status, [*response.headers, ("Content-Length", str(len(response.body)))])
        return [response.body]

    def handle(self, environ) -> Response:
        host = environ.get("HTTP_HOST", "").lower()
        if host not in self.hosts:
            return plain("421 Misdirected Request")
        route = self.route(environ.get("PATH_INFO", ""))
        if route is None:  # a person may have mistyped the address, or kept an old collection's code
            return html(pages.not_found(), "404 Not Found")
        method = environ.get("REQUEST_METHOD", "")
        if method not in ("GET", "POST"):
            return plain("405 Method Not Allowed").header("Allow", "GET, POST")
        if ROUTES[route] != method:
            return plain("405 Method Not Allowed").header("Allow", ROUTES[route])
        phone_id = self.cookie_id(environ)
        with self.lock:
            phone = self.phones.get(phone_id) if phone_id else None
            if not self.bucket(phone.id if phone else "address " + environ.get("REMOTE_ADDR", "")).take():
                return self.busy()
        if route == "style.css":
            return Response("200 OK", CSS.encode("utf-8"), "text/css; charset=utf-8").header(
                "Cache-Control", "private, max-age=3600"
            )
        fields: dict[str, str] = {}
        if method == "POST":
            refused = self.refuse_body(environ)
            if refused is not None:
                return refused
            fields_or_refusal = self.read_form(environ)
            if isinstance(fields_or_refusal, Response):
                return fields_or_refusal
            fields = fields_or_refusal
            if phone_id is None:
                return self.say(
                    "403 Forbidden",
                    "Ce téléphone n’a pas gardé le cookie",
                    [
                        "PeerReady a besoin d’un cookie pour reconnaître ce téléphone (rien d’autre n’y est "
                        "gardé). Autorisez les cookies pour cette page, ou quittez la navigation privée, puis "
                        "rouvrez l’adresse."
                    ],
                    error=True,
                )
            if not hmac.compare_digest(fields.get("csrf", "").encode(), self.sign("form", phone_id).encode()):
                return plain("403 Forbidden")
        try:
            return self.serve(route, method, phone_id, phone, fields)
        except StoreError as error:
            log.warning("phone collection: %s", error)
            return self.say(
                "503 Service Unavailable",
                "Réponse non enregistrée",
                [
                    "L’ordinateur de la personne qui anime n’a pas pu enregistrer. Réessayez dans un instant, "
                    "ou prévenez-la."
                ],
                again=True,
                error=True,
            ).header("Retry-After", "5")
        except RecordError as error:
            if self.closed():
                return self.closed_page()
            log.warning("phone collection: %s", error)
            return self.say("409 Conflict", "Ce n’est pas possible", [str(error)], again=True, error=True)

    def route(self, path: str) -> str | None:
        """The route named by ``path`` under the collection's token, or None (no token, unknown, a folder…)."""
        parts = path.split("/")
        if len(parts) != 3 or parts[0] != "":
            return None
        try:
            given = parts[1].encode("latin-1")
        except UnicodeEncodeError:
            return None
        if not hmac.compare_digest(given, self.token.encode("ascii")):
            return None
        return parts[2] if parts[2] in ROUTES else None

    def bucket(self, key: str) -> Bucket:
        found = self.buckets.get(key)
        if found is None:
            if len(self.buckets) >= 4096:  # many addresses: the oldest half is forgotten
                for old in list(self.buckets)[:2048]:
                    del self.buckets[old]
            found = self.buckets[key] = Bucket(self.limits.burst, self.limits.per_second)
        return found

    def refuse_body(self, environ) -> Response | None:
        if environ.get("CONTENT_TYPE", "").split(";")[0].strip().lower() != FORM_TYPE:
            return plain("415 Unsupported Media Type")
        length = environ.get("CONTENT_LENGTH") or "0"
        if not length.isdigit():
            return plain("400 Bad Request")
        if int(length) > self.limits.body:
            return plain("413 Content Too Large")
        origin = environ.get("HTTP_ORIGIN")
        if origin is not None and origin.lower() not in {f"http://{host}" for host in self.hosts}:
            return plain("403 Forbidden")
        return None

    def read_form(self, environ) -> dict[str, str] | Response:
        length = int(environ.get("CONTENT_LENGTH") or "0")
        body = environ["wsgi.input"].read(length) if length else b""
        try:
            parsed = parse_qs(body.decode("utf-8"), keep_blank_values=True, strict_parsing=False, max_num_fields=12)
        except (UnicodeDecodeError, ValueError):
            return plain("400 Bad Request")
        if any(len(values) != 1 for values in parsed.values()):
            return plain("400 Bad Request")
        return {name: values[0] for name, values in parsed.items()}

    # -- the pages ------------------------------------------------------------------------------

    def serve(self, route: str, method: str, phone_id: str | None, phone: flow.Phone | None, fields) -> Response:
        store = self.stores.get()
        if self.closed(store):
            return self.closed_page()
        if route == "":
            if phone is None:
                return self.start_page(phone_id)
            with phone.lock:
                return html(flow.render(store, phone, self.prefix, self.form(phone.id, phone.step)))
        if route == "start":
            return self.start(store, phone_id, phone)
        if phone is None:  # a form of a phone this collection does not know (an old tab, a forged cookie)
            return self.redirect()
        with phone.lock:
            if fields.get("step") != str(phone.step):
                return self.redirect()  # a stale form: a double tap, an old tab; nothing is written
            return self.act(store, route, phone, fields)

    def act(self, store: Store, route: str, phone: flow.Phone, fields) -> Response:
        if route == "another":
            if phone.screen != flow.THANKS:
                return self.redirect()
            phone.step += 1
            return self.set_cookie(self.redirect(), self.new_cookie())  # a new phone id: a new person
        try:
            if route == "answer":
                finished = flow.answer(store, phone, fields)
            elif route == "passed":
                finished = flow.passed(store, phone, fields)
            else:
                flow.share(store, phone, fields)
                finished = False
        except flow.Stale:
            return self.redirect()
        except flow.Refused as error:
            return self.say("400 Bad Request", "Ce n’est pas possible", [str(error)], again=True, error=True)
        phone.step += 1
        if finished:
            self.changed()
        return self.redirect()

    def start_page(self, phone_id: str | None) -> Response:
        if len(self.phones) >= self.limits.max_phones:
            return self.full()
        cookie = None if phone_id else self.new_cookie()
        form = self.form(phone_id or cookie.partition(".")[0], 0)
        minutes = max(1, round(self.questions * MINUTES_PER_QUESTION))
        page = pages.start(
            self.prefix,
            form,
            title=self.questionnaire.title or "Questionnaire",
            group=self.group,
            questions=self.questions,
            minutes=minutes,
        )
        response = html(page)
        return self.set_cookie(response, cookie) if cookie else response

    def start(self, store: Store, phone_id: str, phone: flow.Phone | None) -> Response:
        if phone is not None:
            return self.redirect()  # started already (a double tap)
        with self.lock:
            if len(self.phones) >= self.limits.max_phones:
                return self.full()
            respondent = collecting.new_person(store, self.assessment_id, self.group)
            self.phones[phone_id] = flow.Phone(phone_id, respondent.id)
        self.changed()
        return self.redirect()

    # -- the pages that say no ----------------------------------------------------------------------

    def closed(self, store: Store | None = None) -> bool:
        """Whether the assessment's collection is closed (by the app, or ``peerready close`` elsewhere)."""
        try:
            closed = assessments.get_assessment(store or self.stores.get(), self.assessment_id).closed
        except RecordError:
            closed = True  # the assessment is gone (deleted, a backup restored): nothing to answer to
        if closed and self.on_closed is not None:
            self.on_closed()
        return closed

    def closed_page(self) -> Response:
        return self.say(
            "410 Gone",
            "La collecte est close",
            ["Merci : plus personne ne peut répondre. Les réponses déjà données sont enregistrées."],
        )

    def full(self) -> Response:
        group = vocabulary.GROUPS_IN_TEXT.get(self.group, "ce groupe")
        return self.say(
            "503 Service Unavailable",
            "Plus de place pour un nouveau téléphone",
            [
                f"Le nombre de téléphones prévu pour {group} est atteint. Merci de votre envie de répondre : "
                "voyez avec la personne qui anime, elle peut vous faire répondre autrement.",
            ],
        )

    def busy(self) -> Response:
        return self.say(
            "429 Too Many Requests",
            "Un instant, s’il vous plaît",
            ["Ce téléphone a envoyé beaucoup de demandes d’un coup. Attendez quelques secondes, puis réessayez."],
            again=True,
            error=True,
        ).header("Retry-After", "5")

    def say(self, status: str, title: str, lines: list[str], *, again: bool = False, error: bool = False) -> Response:
        """A page that only says something; an ``error`` when what the phone sent was refused or not saved."""
        return html(pages.message(self.prefix, title, lines, again=again, error=error), status)

    def redirect(self) -> Response:
        return Response("303 See Other").header("Location", self.prefix)
