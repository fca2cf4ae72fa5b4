"""A phone collection: the server that lets one group of an open assessment answer on its own phones.

``PhoneCollection`` checks that the group answers person by person, binds one address (never all
of them), and serves the pages of ``web.app`` with waitress on a thread of its own, until it is
stopped or the assessment's collection is closed — by the app or by ``peerready close`` in
another process: the server looks at least every second, and at each request. It reports
through a plain callback (``on_change``, called from the server's thread), which the desktop
turns into a signal; nothing here imports Qt. When it stops, its socket is closed: nothing of it
is reachable any more.

Waitress holds the limits a server on a shared Wi-Fi needs: slow clients are buffered and timed
out, the connections, the header and the body are capped.
"""

from __future__ import annotations

import contextlib
import errno
import ipaddress
import logging
import os
import secrets
import socket
import threading
import time
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

from waitress import wasyncore
from waitress.server import create_server

from peerready.engine import typography, vocabulary
from peerready.engine.errors import PeerReadyError
from peerready.store import assessments
from peerready.store.database import Store
from peerready.store.errors import RecordError
from peerready.store.faults import StoreError
from peerready.web.app import Counts, Limits, PhoneApp, ThreadStores

__all__ = ["Counts", "Limits", "PhoneCollection", "ServeError", "local_addresses"]

log = logging.getLogger(__name__)
# Waitress says « Task queue depth is 1 » whenever a request waits a few milliseconds for a thread:
# with a room of phones answering at once, that is the normal case, not news.
logging.getLogger("waitress.queue").setLevel(logging.ERROR)

#: How often the server looks whether the collection was closed elsewhere, in seconds.
POLL_SECONDS = 0.5
#: Worker threads answering phones (each with its own database connection).
THREADS = 8


class ServeError(PeerReadyError):
    """A phone collection cannot start: the address, the port, the assessment or the group; said in French."""

    def __init__(self, message: str):
        super().__init__(typography.french(message))


def local_addresses() -> list[str]:
    """IPv4 addresses of this machine that phones on the same network may reach, the default route's first.

    The default route's address is found by « connecting » a UDP socket (no packet is sent); the
    others are what the machine's name resolves to. Never fails: an empty list when there is none.
    """
    found: list[str] = []
    probes = ["192.0.2.1", "10.255.255.254", "172.31.255.254", "192.168.255.254"]  # the first: a documentation net
    for probe in probes:
        with contextlib.suppress(OSError), socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as probe_socket:
            probe_socket.connect((probe, 9))
            found.append(probe_socket.getsockname()[0])
    with contextlib.suppress(OSError, UnicodeError):
        for *_, address in socket.getaddrinfo(socket.gethostname(), None, socket.AF_INET, socket.SOCK_STREAM):
            found.append(address[0])
    usable = []
    for address in found:
        try:
            ip = ipaddress.IPv4Address(address)
        except ValueError:
            continue
        if not (ip.is_loopback or ip.is_unspecified or ip.is_multicast) and address not in usable:
            usable.append(address)
    return sorted(usable, key=lambda a: ipaddress.IPv4Address(a).is_link_local)  # stable: the default route first


class PhoneCollection:
    """One group of an open assessment answering on phones, at ``url``, until ``stop``."""

    def __init__(
        self,
        data_dir: Path,
        assessment_id: str,
        group: str,
        *,
        host: str | None = None,
        port: int = 0,
        on_change: Callable[[Counts], None] | None = None,
        max_phones: int = 60,
        limits: Limits | None = None,
    ):
        self.data_dir = Path(data_dir)
        self.assessment_id, self.group = assessment_id, group
        self.host, self.port = host, port
        self.on_change = on_change
        #: ``limits`` (tests and benchmarks that answer faster than people): its cap on phones is ``max_phones``.
        self.limits = replace(limits or Limits(), max_phones=max_phones)
        self.token = secrets.token_urlsafe(16)  # 128 bits: the least the issue allows, and 22 characters to type
        self.url = ""
        self.stopped = False
        self.closed_by_collection = False
        self.app: PhoneApp | None = None
        self.stores: ThreadStores | None = None
        self.server = None
        self.thread: threading.Thread | None = None
        self.stopping = threading.Event()
        self.done = threading.Event()
        self.lock = threading.Lock()

    # -- starting -------------------------------------------------------------------------------

    def start(self) -> None:
        """Check the assessment and the group, bind, and serve on a thread of its own; raise ``ServeError``."""
        if self.thread is not None or self.stopped:
            raise ServeError("Cette collecte sur les téléphones a déjà été lancée.")
        host = self.host or next(iter(local_addresses()), None)
        if host is None:
            raise ServeError(
                "Aucun réseau local n’est disponible sur cet ordinateur. Connectez-le au Wi-Fi de la salle, "
                "ou créez un point d’accès (depuis cet ordinateur ou le téléphone de la personne qui anime)."
            )
        try:
            ip = ipaddress.IPv4Address(host)
        except ValueError:
            raise ServeError(
                f"« {host} » n’est pas une adresse IPv4 de cet ordinateur (par exemple 192.168.1.12)."
            ) from None
        if ip.is_unspecified or ip.is_multicast:
            raise ServeError(f"« {host} » n’est pas une adresse que des téléphones peuvent joindre.")
        if not 0 <= self.port <= 65535:
            raise ServeError(f"Le port {self.port} n’existe pas : choisissez un nombre entre 1024 et 65535.")
        self.check_assessment()
        listening = _bind(host, self.port)
        stores = ThreadStores(self.data_dir)
        server = create_server(
            self.serve_request,
            sockets=[listening],
            threads=THREADS,
            ident="PeerReady",
            channel_timeout=self.limits.idle_seconds,  # a phone that stops in the middle of a request is let go
            cleanup_interval=max(1, min(5, self.limits.idle_seconds // 2)),
            connection_limit=max(100, 4 * self.limits.max_phones + 20),
            max_request_header_size=8 * 1024,
            max_request_body_size=self.limits.body,
            expose_tracebacks=False,
            clear_untrusted_proxy_headers=True,
        )
        port = server.effective_port
        self.url = f"http://{host}:{port}/{self.token}/"
        hosts = {f"{host}:{port}"} | ({host} if port == 80 else set())
        try:
            self.app = PhoneApp(
                stores,
                self.assessment_id,
                self.group,
                token=self.token,
                hosts=hosts,
                limits=self.limits,
                on_change=self.on_change,
                on_closed=self.collection_closed,
            )
        except (RecordError, StoreError) as error:
            wasyncore.close_all(server._map)
            server.task_dispatcher.shutdown()
            stores.close_all()
            raise ServeError(str(error)) from error
        self.stores, self.server = stores, server
        self.thread = threading.Thread(target=self.run, name=f"peerready-phones-{self.group}", daemon=True)
        self.thread.start()

    def check_assessment(self) -> None:
        try:
            with Store.open(self.data_dir, automatic_backup=False) as store:
                assessment = assessments.get_assessment(store, self.assessment_id)
        except (RecordError, StoreError) as error:
            raise ServeError(str(error)) from error
        name = vocabulary.GROUPS.get(self.group, self.group)
        if assessment.closed:
            raise ServeError(
                "La collecte de cette évaluation est close : rouvrez-la avant de faire répondre sur les téléphones."
            )
        if self.group not in assessment.groups:
            raise ServeError(f"Le groupe « {name} » ne participe pas à cette évaluation.")
        if assessment.groups[self.group] != "individual":
            raise ServeError(
                f"Le groupe « {name} » ne répond pas personne par personne dans cette évaluation : "
                "sur les téléphones, chaque personne répond pour elle-même."
            )

    def serve_request(self, environ, start_response):
        return self.app(environ, start_response)

    # -- what the laptop reads ---------------------------------------------------------------------

    def counts(self) -> Counts:
        return self.app.counts() if self.app is not None else Counts(0, 0)

    # -- serving, then stopping --------------------------------------------------------------------

    def run(self) -> None:
        server = self.server
        next_look = time.monotonic() + POLL_SECONDS
        try:
            while not self.stopping.is_set():
                wasyncore.loop(timeout=POLL_SECONDS / 2, map=server._map, use_poll=True, count=1)
                if time.monotonic() >= next_look:
                    next_look = time.monotonic() + POLL_SECONDS
                    self.look_at_the_collection()
        except Exception:  # the server's own loop broke: stop cleanly rather than hang
            log.exception("phone collection loop")
        finally:
            self.shut_down()

    def look_at_the_collection(self) -> None:
        try:
            self.app.closed()  # calls ``collection_closed`` when it is
        except StoreError as error:  # the folder is unreachable for a moment: look again next time
            log.warning("phone collection: %s", error)

    def collection_closed(self) -> None:
        self.closed_by_collection = True
        self.request_stop()

    def request_stop(self) -> None:
        self.stopping.set()
        server = self.server
        if server is not None:
            with contextlib.suppress(Exception):
                server.pull_trigger()  # wakes the loop at once

    def shut_down(self) -> None:
        server, app, stores = self.server, self.app, self.stores
        with contextlib.suppress(Exception):
            server.socket.close()  # no new connection from now on
        server.task_dispatcher.shutdown(cancel_pending=True, timeout=5)  # requests under way end first
        with contextlib.suppress(Exception):
            wasyncore.close_all(server._map)
        if not self.closed_by_collection:
            with contextlib.suppress(Exception):
                app.leave_all()
        stores.close_all()
        self.stopped = True
        self.done.set()
        app.changed()

    def stop(self) -> None:
        """Stop serving; once it returns (from any thread but the server's), the socket is closed."""
        with self.lock:
            if self.thread is None:
                self.stopped = True
                self.done.set()
                return
        self.request_stop()
        if threading.current_thread() is not self.thread and not _is_worker():
            self.done.wait(10)

    def wait(self, timeout: float | None = None) -> bool:
        """True once stopped (by ``stop``, or because the collection was closed)."""
        return self.done.wait(timeout)


def _is_worker() -> bool:
    """Called from a request (``on_change``): waiting for the workers there would wait for ourselves."""
    return threading.current_thread().name.startswith("waitress-")


def _bind(host: str, port: int) -> socket.socket:
    """The listening socket, on that one address; ``ServeError`` when it cannot be had."""
    listening = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    try:
        if os.name == "nt":  # on Windows, SO_REUSEADDR would let another program take the port over
            listening.setsockopt(socket.SOL_SOCKET, socket.SO_EXCLUSIVEADDRUSE, 1)
        else:  # the same port again at once after a stop, past the closed connections' TIME_WAIT
            listening.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        listening.bind((host, port))
    except OSError as error:
        listening.close()
        raise ServeError(_bind_problem(host, port, error)) from error
    return listening


def _bind_problem(host: str, port: int, error: OSError) -> str:
    if error.errno == errno.EADDRINUSE:
        return (
            f"Le port {port} est déjà pris sur cet ordinateur : choisissez-en un autre, ou laissez PeerReady choisir."
        )
    if error.errno == errno.EADDRNOTAVAIL:
        return (
            f"L’adresse {host} n’est pas celle de cet ordinateur (le réseau a peut-être changé) : "
            "choisissez une des adresses proposées."
        )
    if error.errno in (errno.EACCES, errno.EPERM):
        return f"Cet ordinateur refuse d’ouvrir le port {port} : choisissez un port au-dessus de 1024."
    return f"Impossible d’ouvrir l’adresse {host}:{port} : {error.strerror or error}."
