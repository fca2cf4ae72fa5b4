"""What is checked before a database file is used: the folder, the file, what the file is.

A file that is not a PeerReady database, is damaged, or was written by a newer PeerReady is
refused by ``inspect`` and left byte for byte as it was; a data folder that cannot be made,
read or written is refused by ``prepare_folder`` and ``check_writable`` before SQLite sees it
(SQLite silently opens read-only what it cannot write). Each refusal is a ``StoreError``.
"""

from __future__ import annotations

import errno
import os
import sqlite3
import stat
from pathlib import Path

from peerready.store import backups, files
from peerready.store import migrations as schema
from peerready.store.faults import StoreError, error_for, fault, raw_kind

#: PRAGMA application_id of a PeerReady database ("PRdy").
APPLICATION_ID = int.from_bytes(b"PRdy", "big")


def inspect(path: Path, integrity: bool = True) -> None:
    """Refuse, without changing a byte, a file that is not a usable PeerReady database.

    ``integrity``: check every page too (``PRAGMA quick_check``), which reads the whole file.
    """
    path = Path(path)
    info = _file_state(path)
    if info is None or info.st_size == 0:
        return
    latest = backups.latest_backup(path.parent)
    advice = f" La dernière sauvegarde est {latest}." if latest else ""
    try:
        header = files.read_header(path)
    except OSError as error:
        raise error_for(error, path, "read") from None
    if header is not None and header != files.SQLITE_HEADER:
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
            conn = files.connect(path, read_only=read_only)
        except sqlite3.Error as error:
            raise error_for(error, path, "open") from None
        try:
            _verify(conn, path, latest, integrity)
            return
        except sqlite3.Error as error:
            kind = raw_kind(error)
            if kind == "readonly" and read_only and os.access(path.parent, os.W_OK) and os.access(path, os.W_OK):
                continue  # a hot journal left by a crash: only a connection that may write rolls it back
            if kind in ("locked", "io", "denied", "cantopen", "readonly", "full"):
                raise error_for(error, path, "open") from None
            raise fault("damaged", path, "open", latest) from None
        finally:
            files.release(conn, path)


def _file_state(path: Path) -> os.stat_result | None:
    """The database file's state, or None when there is none yet; odd things become a StoreError."""
    try:
        info = os.stat(path)
    except FileNotFoundError:
        if os.path.islink(path):  # a link to a file on a stick that is not plugged in
            raise fault("gone", path, "open") from None
        if os.path.lexists(path.parent) and not path.parent.is_dir():
            raise fault("notafolder", path.parent, "open") from None
        return None
    except NotADirectoryError:
        raise fault("notafolder", path.parent, "open") from None
    except OSError as error:
        raise error_for(error, path, "read") from None
    if not stat.S_ISREG(info.st_mode):
        raise fault("notafile", path, "open")
    return info


def _verify(conn: sqlite3.Connection, path: Path, latest: Path | None, integrity: bool) -> None:
    if integrity and conn.execute("PRAGMA quick_check").fetchall() != [("ok",)]:
        raise fault("damaged", path, "open", latest)
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


def prepare_folder(folder: Path) -> None:
    """Make the data folder if needed; refuse one that is a file, is gone, or cannot be read."""
    if os.path.islink(folder) and not os.path.exists(folder):
        raise fault("gone", folder, "open")
    if os.path.lexists(folder) and not folder.is_dir():
        raise fault("notafolder", folder, "open")
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except (FileExistsError, NotADirectoryError):
        raise fault("notafolder", folder, "open") from None
    except FileNotFoundError:  # a drive that is not there (Windows: E:\ with no stick)
        raise fault("gone", folder, "open") from None
    except OSError as error:
        existing = next((p for p in folder.parents if p.exists()), folder)
        raise error_for(
            error, existing / "x" if error.errno in (errno.EACCES, errno.EPERM, errno.EROFS) else folder, "open"
        ) from None
    if not os.access(folder, os.R_OK | os.X_OK):
        raise fault("denied", folder, "open")


def check_writable(folder: Path, path: Path) -> None:
    """SQLite silently opens a file it cannot write read-only; say so at once instead."""
    if not os.access(folder, os.W_OK):
        raise fault("readonly", folder, "open")
    for file in (path, Path(f"{path}-wal"), Path(f"{path}-shm")):
        if file.exists() and not os.access(file, os.R_OK):
            raise fault("denied", file, "open")
        if file.exists() and not os.access(file, os.W_OK):
            raise fault("readonly", file, "open")
