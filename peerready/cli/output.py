"""What the commands print and write: messages, exit codes, files written safely.

Exit codes: 0 success, 1 invalid input (questionnaire, answers file…), 2 wrong usage.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

EXIT_OK, EXIT_INVALID, EXIT_USAGE = 0, 1, 2


def _write(stream, text: str) -> None:
    # A frozen Windows app without a console has no stdout / stderr at all.
    if stream is not None:
        try:
            stream.write(text if text.endswith("\n") else text + "\n")
            stream.flush()
        except (OSError, UnicodeEncodeError):
            stream.write(text.encode("ascii", "replace").decode("ascii") + "\n")


def out(text: str) -> None:
    _write(sys.stdout, text)


def err(text: str) -> None:
    _write(sys.stderr, text)


def write_file(path: Path, data: bytes) -> int:
    """Write atomically: a half-written file is never left behind, and no database is overwritten."""
    refusal = _refuse_to_overwrite(path)
    if refusal:
        err(refusal)
        return EXIT_INVALID
    if path.exists() and not path.is_file() and not path.is_dir():
        # A device or a pipe (« --out /dev/null », a FIFO) is written to, never replaced by a file.
        try:
            with open(path, "wb") as target:
                target.write(data)
        except OSError as error:
            err(f"{path} : écriture impossible : {error.strerror}")
            return EXIT_INVALID
        return EXIT_OK
    tmp = path.with_name(path.name + ".tmp")
    try:
        tmp.write_bytes(data)
        os.replace(tmp, path)
    except OSError as error:
        tmp.unlink(missing_ok=True)
        err(f"{path} : écriture impossible : {error.strerror}")
        return EXIT_INVALID
    return EXIT_OK


def _refuse_to_overwrite(path: Path) -> str | None:
    """Why ``path`` must not be replaced by a document (it is a database, or a folder), or None."""
    if path.is_dir():
        return f"{path} est un dossier : donnez un nom de fichier à --out."
    if not path.is_file():
        return None
    # Deferred: the database layer loads only when the target exists (keeps start-up fast).
    from peerready.store import files

    try:
        header = files.read_header(path)  # None: SQLite has it open here, so it is a database
    except OSError:
        return None
    if header is None or header == files.SQLITE_HEADER:
        return f"{path} est une base de données : elle n'a pas été remplacée. Choisissez un autre nom pour --out."
    return None
