"""Faults of the data folder and the disk, told in French: ``StoreError`` and ``error_for``.

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
- ``locked``: another program held the database longer than ``files.BUSY_TIMEOUT_SECONDS``;
- ``io``: the disk reported a read or write error;
- ``error``: anything else (a SQLite error code is given, never its English text).

``fault`` makes the ``StoreError`` of a kind; ``error_for`` turns any ``sqlite3.Error`` or
``OSError`` met anywhere (a read, a write, a file chosen by the user) into the same ``StoreError``.
"""

from __future__ import annotations

import errno
import os
import re
import shutil
import sqlite3
from pathlib import Path

from peerready.engine.errors import PeerReadyError
from peerready.store import backups, files

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


class StoreError(PeerReadyError):
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


# --------------------------------------------------------------------------- what a raw error means

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


def raw_kind(error: BaseException) -> str:
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
            f"Base occupée par un autre programme : {where} est utilisée depuis plus de "
            f"{files.BUSY_TIMEOUT_SECONDS}\u00a0"
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


def fault(
    kind: str,
    where: Path | None,
    action: str,
    latest: Path | None = None,
    code: int | None = None,
    path: Path | None = None,
) -> StoreError:
    """The ``StoreError`` of a ``kind`` met on ``where`` while doing ``action``, with what to do."""
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
    kind = raw_kind(error)
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
    latest = backups.latest_backup(path.parent) if path is not None and kind == "damaged" else None
    return fault(kind, where, action, latest, code, path=path)


def translatable(error: BaseException) -> bool:
    """Errors of the disk or the file, not of the program (a broken constraint stays what it is)."""
    return isinstance(error, sqlite3.DatabaseError) and not isinstance(
        error, (sqlite3.IntegrityError, sqlite3.ProgrammingError, sqlite3.DataError, sqlite3.NotSupportedError)
    )
