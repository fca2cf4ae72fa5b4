"""The plan's follow-up: one row per action, for a spreadsheet (``sheets``) or a CSV file.

A row says the workstream, the action, its priority, who carries it (role and name), by when
(a date when one is set, else the horizon), its status, the notes, why it was proposed and how
to do it. The same rows go to both formats. Neither reportlab nor openpyxl is imported here.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
from dataclasses import dataclass

from peerready.engine import typography, wording, workplan
from peerready.engine.instrument import Questionnaire
from peerready.report import words

#: The columns, in order, as a team reads them (French, plain words).
COLUMNS = (
    "N°",
    "Chantier",
    "Action",
    "Priorité",
    "Porté par",
    "Nom",
    "Échéance",
    "Horizon",
    "Statut",
    "Notes",
    "Pourquoi",
    "Comment faire",
)
OUTSIDE_STREAMS = "Autres actions"


@dataclass(frozen=True)
class Row:
    number: int
    workstream: str
    title: str
    priority: str
    owner_role: str
    owner_name: str
    due: dt.date | None
    horizon: str
    status: str
    notes: str
    why: str
    how: str

    def values(self) -> tuple:
        return (
            self.number,
            self.workstream,
            self.title,
            self.priority,
            self.owner_role,
            self.owner_name,
            self.due,
            self.horizon,
            self.status,
            self.notes,
            self.why,
            self.how,
        )


def _date(value: str) -> dt.date | None:
    try:
        return dt.date.fromisoformat(value[:10]) if value else None
    except ValueError:  # a date typed another way stays readable in the horizon column
        return None


def rows(questionnaire: Questionnaire, stage: str | None, actions) -> list[Row]:
    """The actions in the order of the plan: workstream by workstream (as printed), then the others."""
    streams, loose = workplan.group(questionnaire, stage, actions)
    by_id = {a.id: a for a in actions}
    ordered = [(s.title, by_id[a]) for s in streams for a in s.actions if a in by_id]
    ordered += [(OUTSIDE_STREAMS, a) for a in loose]
    seen = {a.id for _, a in ordered}
    ordered += [(OUTSIDE_STREAMS, a) for a in actions if a.id not in seen]  # never one left out
    result = []
    for number, (stream, action) in enumerate(ordered, 1):
        fields = words.action_fields(action)
        due = _date(fields["due_date"])
        horizon = wording.horizon(fields["horizon"], "")
        if fields["due_date"] and due is None:
            horizon = fields["due_date"]
        result.append(
            Row(
                number=number,
                workstream=words.typeset(stream),
                title=words.typeset(fields["title"]),
                priority=wording.priority(fields["priority"]),
                owner_role=wording.owner_role(fields["owner_role"]),
                owner_name=fields["owner_name"],
                due=due,
                horizon=horizon,
                status=wording.status(fields["status"]),
                notes=fields["notes"],
                why="\n".join(words.typeset(b) for b in fields["because"]),
                how="\n".join(f"{i}. {words.typeset(step)}" for i, step in enumerate(fields["steps"], 1)),
            )
        )
    return result


#: What a spreadsheet would take for a formula at the start of a cell (OWASP, « CSV injection »).
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def inert(value: str) -> str:
    """A text cell that no spreadsheet runs as a formula: an apostrophe before a formula's first character."""
    return "'" + value if value.startswith(FORMULA_STARTS) else value


def csv_bytes(table: list[Row]) -> bytes:
    """The rows as a CSV file French spreadsheet software opens as is: ';' separator, UTF-8 with a BOM,
    dates as « 31/12/2026 », plain spaces, no control character, no cell read as a formula."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter=";", lineterminator="\r\n")
    writer.writerow(COLUMNS)
    for row in table:
        cells = []
        for value in row.values():
            if value is None:
                cells.append("")
            elif isinstance(value, dt.date):
                cells.append(wording.short_date(value))
            elif isinstance(value, int):
                cells.append(str(value))
            else:
                cells.append(inert(words.xml_safe(typography.plain(value))))
        writer.writerow(cells)
    return ("\ufeff" + buffer.getvalue()).encode("utf-8")


def followup_csv(questionnaire: Questionnaire, results, actions, *, date=None) -> bytes:
    """The plan's follow-up as a CSV file (``date`` is not written: a CSV holds only the rows)."""
    return csv_bytes(rows(questionnaire, results.stage, actions))
