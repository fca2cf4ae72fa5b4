"""Where PeerReady keeps its data: chosen, portable, or the user's application-data folder.

Order: ``--data-dir`` / ``PEERREADY_DATA_DIR``; then, for the built app, a ``portable``
marker or a ``data`` folder next to the executable (a USB stick); then the usual per-user
folder of the system. Found without Qt so the command line works alone.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

APP_NAME = "PeerReady"
DATABASE_NAME = "peerready.sqlite3"


def executable_dir() -> Path | None:
    """The folder of the built executable, or None when running from Python."""
    if getattr(sys, "frozen", False):
        return Path(sys.executable).resolve().parent
    return None


def portable_dir() -> Path | None:
    exe = executable_dir()
    if exe is None:
        return None
    if (exe / "portable").exists() or (exe / "data").is_dir():
        return exe / "data"
    return None


def user_data_dir() -> Path:
    if sys.platform == "win32":
        base = os.environ.get("APPDATA") or os.environ.get("LOCALAPPDATA")
        return Path(base) / APP_NAME if base else Path.home() / APP_NAME
    if sys.platform == "darwin":
        return Path.home() / "Library" / "Application Support" / APP_NAME
    base = os.environ.get("XDG_DATA_HOME") or str(Path.home() / ".local" / "share")
    return Path(base) / "peerready"


def data_dir() -> Path:
    chosen = os.environ.get("PEERREADY_DATA_DIR")
    if chosen:
        return Path(chosen).expanduser()
    return portable_dir() or user_data_dir()


def database_path(folder: Path | None = None) -> Path:
    return (folder or data_dir()) / DATABASE_NAME


def backups_dir(folder: Path | None = None) -> Path:
    return (folder or data_dir()) / "backups"


def origin() -> str:
    """How the data folder was found: ``chosen`` (PEERREADY_DATA_DIR), ``portable`` or ``user``."""
    if os.environ.get("PEERREADY_DATA_DIR"):
        return "chosen"
    return "portable" if portable_dir() else "user"


#: Each origin in words, for ``describe`` (the interface has its own, translated).
ORIGINS = {
    "chosen": "dossier choisi",
    "portable": "mode portable, à côté du programme",
    "user": "dossier de l'utilisateur",
}


def describe(folder: Path | None = None) -> str:
    """One sentence for ``peerready structures``: where the data is."""
    folder = folder or data_dir()
    return f"Données : {folder} ({ORIGINS[origin()]})"
