"""How a database command runs: open the data folder's store, turn every known fault into a
French message and exit code 1 (never a traceback), close the store, ask for confirmation."""

from __future__ import annotations

import functools
import sqlite3
import sys
from pathlib import Path

from peerready import paths
from peerready.cli.output import EXIT_INVALID, err, out
from peerready.engine.errors import PeerReadyError
from peerready.store.database import Store
from peerready.store.faults import StoreError, error_for


def open_store() -> Store | None:
    """The data folder's store, or None once the reason it cannot be opened has been said."""
    try:
        store = Store.open(paths.data_dir())
    except StoreError as error:
        err(str(error))
        return None
    for warning in store.warnings:  # e.g. an automatic backup that could not be made: say it, carry on
        err(warning)
    return store


def failing(function):
    """Run a command body on an open store; known errors become a message and exit code 1.

    A fault of the disk or of a file (``sqlite3.Error``, ``OSError``) is told in French too,
    never with SQLite's or the system's English text.
    """

    @functools.wraps(function)
    def run(args):
        store = open_store()
        if store is None:
            return EXIT_INVALID
        told = len(store.warnings)
        try:
            code = function(store, args)
        except PeerReadyError as error:
            for line in error.lines():
                err(line)
            code = EXIT_INVALID
        except sqlite3.Error as error:
            err(str(store.error_for(error)))
            code = EXIT_INVALID
        except OSError as error:
            err(str(error_for(error, Path(error.filename) if error.filename else None, "file")))
            code = EXIT_INVALID
        finally:
            store.close()  # waits for the check of the file and the automatic backup started at opening
        for warning in store.warnings[told:]:
            err(warning)
        if store.integrity_problem is not None:
            err(str(store.integrity_problem))
            return EXIT_INVALID
        return code

    return run


def confirm(question: str, assume_yes: bool) -> bool:
    """Ask on the terminal; without one, refuse (and say to use ``--yes``)."""
    if assume_yes:
        return True
    if sys.stdin is None or not sys.stdin.isatty():
        err("Confirmation impossible sans terminal : relancez avec --yes pour confirmer.")
        return False
    out(question + " Tapez « oui » pour confirmer : ")
    return sys.stdin.readline().strip().lower() in ("oui", "o", "yes", "y")
