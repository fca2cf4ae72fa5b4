"""The local database (SQLite through sqlite-utils): nothing confirmed is ever lost.

Safety first: a file that is not a PeerReady database, is damaged, or was written by a
newer PeerReady is refused and left byte for byte as it was. Every write is one
``BEGIN IMMEDIATE`` transaction (two processes wait for each other instead of failing),
WAL journal, foreign keys on, named migrations applied after a backup of the file.

The database file is never opened outside SQLite while SQLite may hold locks on it in
this process: closing any descriptor of a file drops all the process's POSIX locks on it
(https://sqlite.org/howtocorrupt.html, §2.2), and another PeerReady would then believe it
is the last one and delete the journal still in use. The few plain reads of a database
file (its header, in ``inspect``) go through ``_OpenFiles``, which knows the files this
process has open with SQLite: POSIX locks belong to the process, so this one piece of
process-wide state is the right depth for the guard.

Every problem with the data folder or the disk surfaces as a ``StoreError`` whose message
says, in French, what is wrong, where, and what to do (``advice`` holds the last part
alone); raw SQLite texts (« disk I/O error ») are never shown. Its ``kind`` is one of:

- ``foreign``: the file is not a PeerReady database (left untouched);
- ``damaged``: the database is damaged (left untouched; ``latest_backup`` suggested);
- ``newer``: written by a newer PeerReady (left untouched);
- ``notafolder``: the data folder (or a folder above it) is a file;
- ``notafile``: where the database file should be, there is a folder or something else;
- ``readonly``: nothing can be written there (read-only or locked medium, no write right);
- ``denied``: the folder or the file cannot even be read (no right to read it);
- ``full``: the disk is full;
- ``gone``: the database file or its folder disappeared or moved while in use (USB stick
  pulled out, folder renamed or deleted): a write that may not have reached the disk is
  reported as failed, and every later write fails the same way until the store is reopened;
- ``locked``: another program held the database longer than ``BUSY_TIMEOUT_SECONDS``;
- ``io``: the disk reported a read or write error;
- ``error``: anything else (a SQLite error code is given, never its English text).

A write that fails with any of these changes nothing: its transaction is rolled back, and
what was committed before stays. ``error_for`` turns any ``sqlite3.Error`` or ``OSError``
met elsewhere (a read, a file chosen by the user) into the same ``StoreError``.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import errno
import json
import os
import re
import shutil
import sqlite3
import stat
import threading
import time
import uuid
import weakref
from pathlib import Path

from sqlite_utils import Database

from peerready import paths
from peerready.store import migrations as schema

#: PRAGMA application_id of a PeerReady database ("PRdy").
APPLICATION_ID = int.from_bytes(b"PRdy", "big")
SQLITE_HEADER = b"SQLite format 3\x00"
BUSY_TIMEOUT_SECONDS = 20
AUTOMATIC_BACKUPS_KEPT = 10
AUTOMATIC_BACKUP_EVERY = dt.timedelta(hours=12)
#: A ``.partiel`` backup older than this was left by a crash: it is removed.
STALE_PARTIAL_SECONDS = 3600

KINDS = (
    "foreign",
    "damaged",
    "newer",
    "notafolder",
    "notafile",
    "readonly",
    "denied",
    "full",
    "gone",
    "locked",
    "io",
    "error",
)


def _french_spacing(text: str) -> str:
    """No-break spaces before : ; ? ! and inside « », so punctuation never starts a line."""
    text = re.sub(r" :(?=[\s).,»]|$)", "\u00a0:", text)
    text = re.sub(r" ([;?!])(?=[\s).,»]|$)", "\u202f\\1", text)
    return text.replace("« ", "«\u00a0").replace(" »", "\u00a0»")


class StoreError(Exception):
    """The data folder cannot be used; ``str()`` says what is wrong and what to do.

    ``kind`` is one of ``KINDS`` (see the module docstring); ``advice`` is the "what to do"
    part alone; ``path`` the file or folder concerned, when known.
    """

    def __init__(
        self,
        message: str,
        kind: str = "error",
        latest_backup: Path | None = None,
        *,
        path: Path | None = None,
        advice: str = "",
    ):
        message = _french_spacing(message)
        super().__init__(message)
        self.kind = kind
        self.latest_backup = latest_backup
        self.path = path
        self.advice = _french_spacing(advice)


def now() -> str:
    return dt.datetime.now(dt.timezone.utc).isoformat(timespec="milliseconds")


def new_id() -> str:
    return str(uuid.uuid4())


# --------------------------------------------------------------------------- errors

_SQLITE_KINDS = {
    3: "denied",
    5: "locked",
    6: "locked",
    8: "readonly",
    10: "io",
    11: "damaged",
    13: "full",
    14: "cantopen",
    23: "denied",
    26: "damaged",
}
_SQLITE_TEXTS = (
    ("locked", "locked"),
    ("readonly", "readonly"),
    ("read-only", "readonly"),
    ("disk is full", "full"),
    ("disk i/o error", "io"),
    ("unable to open", "cantopen"),
    ("malformed", "damaged"),
    ("not a database", "damaged"),
    ("permission denied", "denied"),
    ("authorization denied", "denied"),
)
_OS_KINDS = {
    getattr(errno, name): kind
    for name, kind in (
        ("EROFS", "readonly"),
        ("EACCES", "readonly"),
        ("EPERM", "readonly"),
        ("ENOSPC", "full"),
        ("EDQUOT", "full"),
        ("EFBIG", "full"),
        ("ENOENT", "gone"),
        ("ENXIO", "gone"),
        ("ENODEV", "gone"),
        ("ESTALE", "gone"),
        ("ENOTDIR", "notafolder"),
        ("EEXIST", "notafolder"),
        ("EISDIR", "notafile"),
        ("EIO", "io"),
        ("EBUSY", "locked"),
    )
    if hasattr(errno, name)
}
_CONSEQUENCES = {
    "open": "Rien n'a été modifié.",
    "read": "Rien n'a été modifié.",
    "write": "La dernière modification n'a pas été enregistrée ; tout ce qui l'avait été avant est conservé.",
    "backup": "La sauvegarde n'a pas été faite ; les données n'ont pas été modifiées.",
    "restore": "La sauvegarde n'a pas été restaurée ; les données actuelles n'ont pas été modifiées.",
    "file": "",
}


def _raw_kind(error: BaseException) -> str:
    if isinstance(error, OSError):
        return _OS_KINDS.get(error.errno, "error")
    code = getattr(error, "sqlite_errorcode", None)  # Python 3.11+
    if code is not None and (code & 0xFF) in _SQLITE_KINDS:
        return _SQLITE_KINDS[code & 0xFF]
    text = str(error).lower()
    return next((kind for words, kind in _SQLITE_TEXTS if words in text), "error")


def _diagnose(path: Path, writing: bool) -> str:
    """Why a file cannot be opened, from what the folder looks like now."""
    folder = path.parent
    if not folder.is_dir():
        return "notafolder" if os.path.exists(folder) else "gone"
    if path.is_dir():
        return "notafile"
    if not os.access(folder, os.R_OK | os.X_OK) or (path.exists() and not os.access(path, os.R_OK)):
        return "denied"
    if writing and (not os.access(folder, os.W_OK) or (path.exists() and not os.access(path, os.W_OK))):
        return "readonly"
    return "error"


def _nearly_full(path: Path) -> bool:
    folder = next((p for p in (path, *path.parents) if p.is_dir()), None)
    try:
        return folder is not None and shutil.disk_usage(folder).free < 256 * 1024
    except OSError:
        return False


def _describe(kind: str, where: Path | None, action: str, code: int | None = None) -> tuple[str, str]:
    """(what is wrong and what it means, what to do), in French."""
    c = _CONSEQUENCES.get(action, "")
    where = where if where is not None else "la base de données"
    if kind == "readonly":
        return (
            f"Impossible d'écrire dans {where} : le support est en lecture seule ou protégé (clé USB verrouillée, "
            f"CD-ROM, dossier ou fichier en lecture seule, droits insuffisants). {c}",
            "déverrouillez la clé USB (petit curseur sur son côté) ou demandez les droits d'écriture sur ce "
            "dossier, ou choisissez un autre dossier de données.",
        )
    if kind == "denied":
        return (
            f"PeerReady n'a pas le droit de lire {where}. {c}",
            "demandez à la personne qui gère cet ordinateur de vous donner accès à ce dossier, ou choisissez un "
            "autre dossier de données.",
        )
    if kind == "full":
        return (
            f"Le disque où se trouve {where} est plein. {c}",
            "libérez de la place (supprimez ou déplacez des fichiers, videz la corbeille), puis réessayez.",
        )
    if kind == "gone":
        if action == "write":
            return (
                f"{where} a disparu ou a été déplacé pendant que PeerReady s'en servait (clé USB retirée, disque "
                "débranché, dossier renommé ou supprimé, journal de la base effacé). La dernière modification "
                "n'est peut-être pas arrivée sur le disque : elle n'est pas confirmée. Ce qui avait été enregistré "
                "avant est resté dans le fichier de la base.",
                "rebranchez la clé USB ou remettez le dossier à sa place, puis rouvrez PeerReady et vérifiez la "
                "dernière réponse saisie.",
            )
        return (
            f"{where} est introuvable (clé USB ou disque débranché, dossier renommé ou supprimé ?). {c}",
            "branchez la clé USB ou le disque, ou remettez le dossier à sa place, puis réessayez ; ou choisissez "
            "un autre dossier.",
        )
    if kind == "locked":
        return (
            f"Base occupée par un autre programme : {where} est utilisée depuis plus de {BUSY_TIMEOUT_SECONDS}\u00a0"
            "secondes par un autre programme (une autre fenêtre de PeerReady, un logiciel de synchronisation ou "
            f"de sauvegarde, un antivirus). {c}",
            "fermez l'autre programme ou attendez qu'il ait fini, puis réessayez.",
        )
    if kind == "io":
        return (
            f"Erreur de lecture ou d'écriture sur le disque où se trouve {where} (clé USB retirée ou abîmée, "
            f"disque réseau déconnecté ?). {c}",
            "vérifiez que la clé ou le disque est bien branché, puis redémarrez PeerReady ; si l'erreur revient, "
            "copiez le dossier des sauvegardes sur un autre disque.",
        )
    if kind == "damaged":
        return (
            f"La base {where} est illisible ou endommagée. {c}",
            "restaurez une sauvegarde (peerready restore, ou Fichier → Restaurer une sauvegarde).",
        )
    if kind == "notafolder":
        return (
            f"{where} devrait être un dossier, mais c'est un fichier (ou il se trouve à l'intérieur d'un fichier). {c}",
            "choisissez un autre dossier de données, ou renommez ce fichier.",
        )
    if kind == "notafile":
        return (
            f"À la place du fichier de la base {where}, il y a un dossier (ou un fichier spécial). "
            "PeerReady n'y a pas touché.",
            "renommez ou déplacez ce dossier, ou choisissez un autre dossier de données.",
        )
    detail = f" (erreur SQLite n° {code})" if code else ""
    return (
        f"Impossible d'utiliser {where}{detail}. {c}".rstrip(),
        "réessayez ; si l'erreur revient, redémarrez l'ordinateur puis vérifiez le disque.",
    )


def _error(
    kind: str,
    where: Path | None,
    action: str,
    latest: Path | None = None,
    code: int | None = None,
    path: Path | None = None,
) -> StoreError:
    message, advice = _describe(kind, where, action, code)
    message = re.sub(r" {2,}", " ", message).strip()
    suggestion = f" La dernière sauvegarde est {latest}." if latest and kind == "damaged" else ""
    return StoreError(
        f"{message} Que faire : {advice}{suggestion}",
        kind,
        latest,
        path=path or where,
        advice=advice[:1].upper() + advice[1:],
    )


def error_for(error: BaseException, path: Path | None = None, action: str = "write") -> StoreError:
    """A ``StoreError`` in plain French for an ``sqlite3.Error`` or ``OSError`` met on ``path``.

    ``action`` says what was being done (``open``, ``read``, ``write``, ``backup``, ``restore``),
    for the sentence about what it means. Never shows the raw English text.
    """
    if isinstance(error, StoreError):
        return error
    kind = _raw_kind(error)
    path = Path(path) if path is not None else None
    if isinstance(error, OSError) and getattr(error, "filename", None) and path is None:
        path = Path(error.filename)
    writing = action not in ("open-read", "read")
    if kind == "readonly" and isinstance(error, OSError) and error.errno in (errno.EACCES, errno.EPERM):
        kind = "readonly" if writing else "denied"
    if path is not None and kind in ("cantopen", "io", "error"):
        diagnosed = _diagnose(path, writing)
        if kind == "cantopen" or diagnosed in ("gone", "notafolder", "notafile", "readonly"):
            kind = diagnosed
        if kind in ("io", "error") and _nearly_full(path):
            kind = "full"  # SQLite says « disk I/O error » when it cannot grow its shared-memory file
    code = getattr(error, "sqlite_errorcode", None) if isinstance(error, sqlite3.Error) else None
    where = path
    if path is not None and kind in ("readonly", "full", "denied") and not path.exists():
        where = path.parent  # the folder where a file could not be made
    latest = latest_backup(path.parent) if path is not None and kind == "damaged" else None
    return _error(kind, where, action, latest, code, path=path)


def _translatable(error: BaseException) -> bool:
    """Errors of the disk or the file, not of the program (a broken constraint stays what it is)."""
    return isinstance(error, sqlite3.DatabaseError) and not isinstance(
        error, (sqlite3.IntegrityError, sqlite3.ProgrammingError, sqlite3.DataError, sqlite3.NotSupportedError)
    )


# --------------------------------------------------------------------------- files open with SQLite


class _OpenFiles:
    """The database files this process has open with SQLite, by (device, inode).

    POSIX locks belong to the process: opening and closing a file SQLite holds locks on
    drops them all. So a plain read of a database file is done under ``lock``, and only
    when no SQLite connection of this process has that file open; connections are
    registered under the same lock, before they run any statement.
    """

    def __init__(self) -> None:
        self.lock = threading.RLock()
        self._counts: dict[object, int] = {}

    def add(self, identity) -> None:
        if identity is not None:
            with self.lock:
                self._counts[identity] = self._counts.get(identity, 0) + 1

    def remove(self, identity) -> None:
        if identity is not None:
            with self.lock:
                left = self._counts.get(identity, 0) - 1
                if left > 0:
                    self._counts[identity] = left
                else:
                    self._counts.pop(identity, None)

    def __contains__(self, identity) -> bool:
        with self.lock:
            return identity is not None and identity in self._counts


_open_files = _OpenFiles()


def _identity(path: Path | str):
    """What identifies a file whatever its name: (device, inode), or its real path where there are no inodes."""
    try:
        info = os.stat(path)
    except (OSError, ValueError):
        return None
    if info.st_ino:
        return (info.st_dev, info.st_ino)
    return ("path", os.path.normcase(os.path.realpath(path)))


def is_open_database(path: Path | str) -> bool:
    """Whether SQLite has this file open in this process: then never open it with plain file I/O."""
    return _identity(path) in _open_files


def _read_only_uri(path: Path) -> str:
    """A ``file:`` URI opening ``path`` read-only; any character of the name is escaped."""
    uri = Path(os.path.abspath(path)).as_uri()
    if uri.startswith("file://") and not uri.startswith("file:///"):
        uri = "file:////" + uri[len("file://") :]  # a Windows network share: SQLite wants no host part
    return uri + "?mode=ro"


def _connect(path: Path, read_only: bool = False) -> sqlite3.Connection:
    """A connection to ``path``, registered in ``_open_files`` (release it with ``_release``)."""
    with _open_files.lock:
        conn = sqlite3.connect(
            _read_only_uri(path) if read_only else os.path.abspath(path),
            uri=read_only,
            timeout=BUSY_TIMEOUT_SECONDS,
            isolation_level=None,
            check_same_thread=False,
        )
        _open_files.add(_identity(path))
    conn.execute("PRAGMA foreign_keys = ON")
    conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_SECONDS * 1000}")
    return conn


def _read_header(path: Path) -> bytes | None:
    """The first bytes of a file, or None when SQLite has it open here (SQLite then checks it)."""
    with _open_files.lock:
        if _identity(path) in _open_files:
            return None
        with open(path, "rb") as handle:
            return handle.read(len(SQLITE_HEADER))


# --------------------------------------------------------------------------- opening


def _file_state(path: Path) -> os.stat_result | None:
    """The database file's state, or None when there is none yet; odd things become a StoreError."""
    try:
        info = os.stat(path)
    except FileNotFoundError:
        if os.path.islink(path):  # a link to a file on a stick that is not plugged in
            raise _error("gone", path, "open") from None
        if os.path.lexists(path.parent) and not path.parent.is_dir():
            raise _error("notafolder", path.parent, "open") from None
        return None
    except NotADirectoryError:
        raise _error("notafolder", path.parent, "open") from None
    except OSError as error:
        raise error_for(error, path, "read") from None
    if not stat.S_ISREG(info.st_mode):
        raise _error("notafile", path, "open")
    return info


def inspect(path: Path) -> None:
    """Refuse, without changing a byte, a file that is not a usable PeerReady database."""
    path = Path(path)
    info = _file_state(path)
    if info is None or info.st_size == 0:
        return
    latest = latest_backup(path.parent)
    advice = f" La dernière sauvegarde est {latest}." if latest else ""
    try:
        header = _read_header(path)
    except OSError as error:
        raise error_for(error, path, "read") from None
    if header is not None and header != SQLITE_HEADER:
        raise StoreError(
            f"Le fichier {path} n'est pas une base de données PeerReady (ce n'est pas une base SQLite). "
            "Il n'a pas été modifié. Que faire : choisissez un autre dossier de données ou déplacez ce fichier."
            + advice,
            "foreign",
            latest,
            path=path,
            advice="Choisissez un autre dossier de données ou déplacez ce fichier.",
        )
    for read_only in (True, False):
        try:
            conn = _connect(path, read_only=read_only)
        except sqlite3.Error as error:
            raise error_for(error, path, "open") from None
        try:
            _verify(conn, path, latest)
            return
        except sqlite3.Error as error:
            kind = _raw_kind(error)
            if kind == "readonly" and read_only and os.access(path.parent, os.W_OK) and os.access(path, os.W_OK):
                continue  # a hot journal left by a crash: only a connection that may write rolls it back
            if kind in ("locked", "io", "denied", "cantopen", "readonly", "full"):
                raise error_for(error, path, "open") from None
            raise _error("damaged", path, "open", latest) from None
        finally:
            _release(conn, path)


def _verify(conn: sqlite3.Connection, path: Path, latest: Path | None) -> None:
    check = conn.execute("PRAGMA quick_check").fetchall()
    if check != [("ok",)]:
        raise _error("damaged", path, "open", latest)
    application_id = conn.execute("PRAGMA application_id").fetchone()[0]
    tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    if application_id != APPLICATION_ID and tables:
        raise StoreError(
            f"Le fichier {path} est une base SQLite, mais pas une base PeerReady. Il n'a pas été modifié. "
            "Que faire : choisissez un autre dossier de données ou déplacez ce fichier.",
            "foreign",
            latest,
            path=path,
            advice="Choisissez un autre dossier de données ou déplacez ce fichier.",
        )
    if "_sqlite_migrations" in tables:
        applied = {r[0] for r in conn.execute("SELECT name FROM _sqlite_migrations WHERE migration_set = 'peerready'")}
        if applied - set(schema.KNOWN_MIGRATIONS):
            raise StoreError(
                f"La base {path} a été écrite par une version plus récente de PeerReady. "
                "Installez cette version plus récente pour l'ouvrir ; la base n'a pas été modifiée.",
                "newer",
                latest,
                path=path,
                advice="Installez la version plus récente de PeerReady.",
            )


def _release(conn: sqlite3.Connection, path: Path | None, identity=None) -> None:
    with contextlib.suppress(sqlite3.Error):
        conn.close()
    _open_files.remove(identity if identity is not None else _identity(path) if path else None)


def _prepare_folder(folder: Path) -> None:
    if os.path.islink(folder) and not os.path.exists(folder):
        raise _error("gone", folder, "open")
    if os.path.lexists(folder) and not folder.is_dir():
        raise _error("notafolder", folder, "open")
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except (FileExistsError, NotADirectoryError):
        raise _error("notafolder", folder, "open") from None
    except FileNotFoundError:  # a drive that is not there (Windows: E:\ with no stick)
        raise _error("gone", folder, "open") from None
    except OSError as error:
        existing = next((p for p in folder.parents if p.exists()), folder)
        raise error_for(
            error, existing / "x" if error.errno in (errno.EACCES, errno.EPERM, errno.EROFS) else folder, "open"
        ) from None
    if not os.access(folder, os.R_OK | os.X_OK):
        raise _error("denied", folder, "open")


def _check_writable(folder: Path, path: Path) -> None:
    """SQLite silently opens a file it cannot write read-only; say so at once instead."""
    if not os.access(folder, os.W_OK):
        raise _error("readonly", folder, "open")
    for file in (path, Path(f"{path}-wal"), Path(f"{path}-shm")):
        if file.exists() and not os.access(file, os.R_OK):
            raise _error("denied", file, "open")
        if file.exists() and not os.access(file, os.W_OK):
            raise _error("readonly", file, "open")


class Store:
    """One open PeerReady database. Use one Store per thread."""

    def __init__(self, conn: sqlite3.Connection, path: Path | None, *, registered: bool = False):
        self.conn = conn
        self.db = Database(conn, execute_plugins=False)
        self.path = path
        self._questionnaires: dict = {}
        #: Problems that did not stop the opening (an automatic backup that failed…), in French.
        self.warnings: list[str] = []
        self._identity = _identity(path) if path is not None else None
        self._journal = None
        self._broken: str | None = None  # a kind: every later write fails the same way
        identity = self._identity if registered else None
        self._release = weakref.finalize(self, _open_files.remove, identity)

    # -- opening and closing ------------------------------------------------------

    @classmethod
    def open(cls, folder: Path | None = None, automatic_backup: bool = True) -> Store:
        """Open (creating if needed) the database of a data folder; raise StoreError if it cannot be used."""
        folder = Path(os.path.abspath(Path(folder) if folder else paths.data_dir()))
        _prepare_folder(folder)
        path = paths.database_path(folder)
        inspect(path)
        existed = path.exists() and path.stat().st_size > 0
        _check_writable(folder, path)
        try:
            conn = _connect(path)
        except sqlite3.Error as error:
            raise error_for(error, path, "open") from error
        store = cls(conn, path, registered=True)
        try:
            store._prepare(existed, automatic_backup)
        except sqlite3.Error as error:
            store.close()
            raise error_for(error, path, "open") from error
        except BaseException:
            store.close()
            raise
        return store

    @classmethod
    def memory(cls) -> Store:
        """An in-memory database, for tests and for ``peerready plan``-like uses."""
        conn = sqlite3.connect(":memory:", isolation_level=None, check_same_thread=False)
        conn.execute("PRAGMA foreign_keys = ON")
        store = cls(conn, None)
        store._migrate()
        return store

    def _prepare(self, existed: bool, automatic_backup: bool) -> None:
        with contextlib.suppress(sqlite3.OperationalError):
            self.db.enable_wal()  # network shares cannot do WAL; the default journal is still safe
        pending = [m for m in schema.KNOWN_MIGRATIONS if m not in self._applied()]
        if pending and existed:
            self.backup("avant-mise-a-jour")  # no backup, no migration: the error says why
        self._migrate()
        self._journal = self._journal_identity()
        if automatic_backup and existed and self._automatic_backup_due():
            try:
                self.backup("auto")
            except StoreError as error:
                self.warnings.append(f"La sauvegarde automatique n'a pas pu être faite. {error}")

    def _applied(self) -> set[str]:
        if not self.db["_sqlite_migrations"].exists():
            return set()
        return {
            r["name"] for r in self.db.query("SELECT name FROM _sqlite_migrations WHERE migration_set = 'peerready'")
        }

    def _migrate(self) -> None:
        # IMMEDIATE: two instances starting at once take turns instead of both migrating.
        self.conn.execute("BEGIN IMMEDIATE")
        try:
            if self.conn.execute("PRAGMA application_id").fetchone()[0] != APPLICATION_ID:
                self.conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
            schema.migrations.apply(self.db)
            self.conn.execute("COMMIT")
        except BaseException:
            if self.conn.in_transaction:
                with contextlib.suppress(sqlite3.Error):
                    self.conn.execute("ROLLBACK")
            raise

    def close(self) -> None:
        with contextlib.suppress(sqlite3.Error):
            self.conn.close()
        self._release()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    # -- writing --------------------------------------------------------------------

    @contextlib.contextmanager
    def write(self):
        """One transaction; nested calls become savepoints. Commits at the end or rolls back.

        Any failure of the disk or the file becomes a ``StoreError`` (nothing of the
        transaction is kept). After the commit, the database file is checked to be still
        where it was opened: a write to a file that was moved or whose stick was pulled out
        is reported as failed (``kind == "gone"``), never as saved.
        """
        if self._broken:
            raise self._failed()
        if self.conn.in_transaction:
            with self.db.atomic():
                yield self.db
            return
        self.check_present()
        try:
            self.conn.execute("BEGIN IMMEDIATE")
        except sqlite3.Error as error:
            raise self.error_for(error) from error
        try:
            yield self.db
        except BaseException as error:
            self._rollback()
            if isinstance(error, sqlite3.Error) and _translatable(error):
                raise self.error_for(error) from error
            raise
        try:
            self.conn.execute("COMMIT")
        except sqlite3.Error as error:
            self._rollback()
            raise self.error_for(error) from error
        self.check_present()

    def _rollback(self) -> None:
        if self.conn.in_transaction:
            with contextlib.suppress(sqlite3.Error):
                self.conn.execute("ROLLBACK")
        if self.conn.in_transaction:  # a transaction that cannot end: no later write may look saved
            self._broken = self._broken or "io"

    def check_present(self) -> None:
        """Raise ``StoreError(kind="gone")`` if the database file (or its journal) is no longer the one opened.

        On Linux an open file keeps being written after it was renamed, deleted, or its
        USB stick pulled out: SQLite would report success. Two ``stat`` calls, cheap.
        """
        if self.path is None:
            return
        if self._broken:
            raise self._failed()
        journal = self._journal_path()
        if _identity(self.path) != self._identity or (
            self._journal is not None and _identity(journal) != self._journal
        ):
            self._broken = "gone"
            raise self._failed()
        if self._journal is None and self.path is not None:
            self._journal = self._journal_identity()

    def _failed(self) -> StoreError:
        return _error(self._broken or "error", self.path, "write")

    def error_for(self, error: BaseException, action: str = "write") -> StoreError:
        """This store's ``StoreError`` for an error met while using it (see ``error_for``)."""
        if isinstance(error, StoreError):
            return error
        if self.path is not None and (
            _identity(self.path) != self._identity
            or (self._journal is not None and _identity(self._journal_path()) != self._journal)
        ):
            self._broken = "gone"
            return self._failed()
        return error_for(error, self.path, action)

    def _journal_path(self) -> Path | None:
        return Path(os.path.realpath(self.path) + "-wal") if self.path is not None else None

    def _journal_identity(self):
        with contextlib.suppress(sqlite3.Error):
            if self.conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal":
                return _identity(self._journal_path())
        return None

    # -- backups --------------------------------------------------------------------

    def backup(self, reason: str = "manuelle", target: Path | None = None) -> Path:
        """Copy the whole database, consistently, to ``target`` or the backups folder.

        The copy is written through SQLite to ``….partiel`` then renamed, so a crash never
        leaves a half backup under a backup's name; it is a single file (no journal).
        """
        if self.path is None:
            raise StoreError("Une base en mémoire ne se sauvegarde pas.")
        if target is None:
            if self._broken == "gone" or _identity(self.path) != self._identity:
                raise _error("gone", self.path, "backup")  # never recreate a moved folder for its backups
            folder = paths.backups_dir(self.path.parent)
            try:
                if os.path.lexists(folder) and not folder.is_dir():
                    raise _error("notafolder", folder, "backup")
                folder.mkdir(parents=True, exist_ok=True)
            except OSError as error:
                raise error_for(error, folder / "x", "backup") from None
            stamp = dt.datetime.now().strftime("%Y-%m-%d_%H-%M-%S_%f")
            target = folder / f"peerready_{stamp}_{reason}.sqlite3"
        target = Path(os.path.abspath(target))
        if _identity(target) in _open_files or _identity(target) == self._identity:
            raise StoreError(
                f"{target} est une base de données en service : une sauvegarde ne peut pas la remplacer. "
                "Que faire : choisissez un autre nom de fichier.",
                "error",
                path=target,
                advice="Choisissez un autre nom de fichier.",
            )
        if not target.parent.is_dir():
            raise _error("gone" if not os.path.lexists(target.parent) else "notafolder", target.parent, "backup")
        partial = target.with_name(target.name + ".partiel")
        _remove_stale_partials(target.parent)
        for leftover in (partial, Path(f"{partial}-journal"), Path(f"{partial}-wal"), Path(f"{partial}-shm")):
            with contextlib.suppress(OSError):
                leftover.unlink()
        try:
            dest = sqlite3.connect(str(partial), timeout=BUSY_TIMEOUT_SECONDS)
            try:
                self.conn.backup(dest)
                dest.execute("PRAGMA journal_mode = DELETE")  # a backup is one file, readable on a read-only medium
            finally:
                dest.close()
            os.replace(partial, target)
        except (sqlite3.Error, OSError) as error:
            with contextlib.suppress(OSError):
                partial.unlink()
            raise error_for(error, target, "backup") from error
        _sync_folder(target.parent)
        if reason == "auto":
            self._rotate(target.parent)
        return target

    def _rotate(self, folder: Path) -> None:
        automatic = sorted(folder.glob("peerready_*_auto.sqlite3"))
        for old in automatic[:-AUTOMATIC_BACKUPS_KEPT]:
            with contextlib.suppress(OSError):
                old.unlink()

    def _automatic_backup_due(self) -> bool:
        folder = paths.backups_dir(self.path.parent)
        automatic = sorted(folder.glob("peerready_*_auto.sqlite3"))
        if not automatic:
            return True
        try:
            age = dt.datetime.now().timestamp() - automatic[-1].stat().st_mtime
        except OSError:
            return True
        return age > AUTOMATIC_BACKUP_EVERY.total_seconds()

    def restore(self, source: Path) -> Path:
        """Replace the data by a backup file, after backing up the current data (« avant-restauration »)."""
        source = Path(source)
        if not source.is_file():
            raise StoreError(
                f"La sauvegarde {source} n'existe pas. Que faire : choisissez un fichier du dossier des sauvegardes.",
                "error",
                path=source,
                advice="Choisissez un fichier du dossier des sauvegardes.",
            )
        if self.path is not None and _identity(source) == self._identity:
            raise StoreError(
                f"{source} est la base de données en service, pas une sauvegarde. Rien n'a été changé. "
                "Que faire : choisissez un fichier du dossier des sauvegardes.",
                "error",
                path=source,
                advice="Choisissez un fichier du dossier des sauvegardes.",
            )
        self.check_present()
        inspect(source)
        try:
            src = _connect(source, read_only=True)
        except sqlite3.Error as error:
            raise error_for(error, source, "read") from None
        try:
            try:
                application_id = src.execute("PRAGMA application_id").fetchone()[0]
            except sqlite3.Error as error:
                raise error_for(error, source, "read") from None
            if application_id != APPLICATION_ID:
                raise StoreError(f"Le fichier {source} n'est pas une sauvegarde PeerReady.", "foreign", path=source)
            safety = self.backup("avant-restauration")
            try:
                src.backup(self.conn)
            except sqlite3.Error as error:
                raise self.error_for(error, "restore") from error
        finally:
            _release(src, source)
        self._questionnaires.clear()
        try:
            self._migrate()
        except sqlite3.Error as error:
            raise self.error_for(error) from error
        self.check_present()
        return safety


def _remove_stale_partials(folder: Path) -> None:
    """A ``.partiel`` copy left by a crash long ago is removed (a recent one may be another instance's)."""
    limit = time.time() - STALE_PARTIAL_SECONDS
    with contextlib.suppress(OSError):
        for leftover in folder.glob("*.partiel*"):
            with contextlib.suppress(OSError):
                if leftover.stat().st_mtime < limit:
                    leftover.unlink()


def _sync_folder(folder: Path) -> None:
    """Make a rename durable (POSIX); nothing to do elsewhere."""
    if os.name != "posix":
        return
    with contextlib.suppress(OSError):
        handle = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(handle)
        finally:
            os.close(handle)


def latest_backup(folder: Path) -> Path | None:
    try:
        backups = sorted(paths.backups_dir(folder).glob("peerready_*.sqlite3"))
    except OSError:
        return None
    return backups[-1] if backups else None


def dumps(value) -> str:
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"))
