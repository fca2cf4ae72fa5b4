"""What the plan page writes to files: the spreadsheet of actions, and names for the documents it saves."""

from __future__ import annotations

import csv
import datetime as dt
import re
from pathlib import Path

from peerready.engine import wording
from peerready.store.action_plan import StoredAction

CSV_COLUMNS = ["ordre", "action", "priorité", "porté par", "nom", "échéance", "statut", "notes", "pourquoi"]


def safe_file_name(text: str) -> str:
    """A file name every system accepts, from a document's title."""
    return re.sub(r'[\\/:*?"<>|]+', "-", text).strip(" .") or "PeerReady"


def suggested_path(folder: str, document: str, structure: str, extension: str) -> str:
    """« Plan d’action - CHRS Les Tilleuls - 2026-11-22.pdf » in ``folder``."""
    name = safe_file_name(f"{document} - {structure} - {dt.date.today().isoformat()}")
    return str(Path(folder) / f"{name}.{extension}") if folder else f"{name}.{extension}"


def write_csv(path: str, actions: list[StoredAction]) -> None:
    """Actions as a spreadsheet French software opens as is: ';' separator, UTF-8 with a BOM."""
    with open(path, "w", encoding="utf-8-sig", newline="") as handle:
        writer = csv.writer(handle, delimiter=";")
        writer.writerow(CSV_COLUMNS)
        for number, action in enumerate(actions, 1):
            due = wording.short_date(action.due_date) if action.due_date else wording.horizon(action.horizon, "")
            writer.writerow(
                [
                    number,
                    action.title,
                    wording.priority(action.priority),
                    wording.owner_role(action.owner_role),
                    action.owner_name,
                    due,
                    wording.status(action.status),
                    action.notes,
                    "\n".join(action.because),
                ]
            )
