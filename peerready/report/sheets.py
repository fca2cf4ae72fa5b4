"""Spreadsheets (XLSX, openpyxl): the plan's follow-up, and the platform's anonymous overview.

Each sheet has its header in the first row, frozen, with filters; numbers are numbers, dates are
dates (shown « 31/12/2026 »), shares are percentages. No text is ever read as a formula: every
text cell is written as text. Importing this module imports openpyxl (``report`` loads it only when
such a file is made).
"""

from __future__ import annotations

import datetime as dt
import io

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.datavalidation import DataValidation

from peerready.engine import vocabulary, wording
from peerready.engine.results import Results
from peerready.report import followup, words

HEADER_FONT = Font(bold=True, color="FFFFFF")
HEADER_FILL = PatternFill("solid", fgColor="1D2733")
TITLE_FONT = Font(bold=True, size=14)
DATE_FORMAT = "DD/MM/YYYY"
#: Column widths (characters) of the follow-up, in the order of ``followup.COLUMNS``.
FOLLOWUP_WIDTHS = (5, 24, 40, 10, 18, 16, 12, 18, 11, 32, 44, 56)
WRAPPED = {"Chantier", "Action", "Notes", "Pourquoi", "Comment faire", "Horizon", "Porté par", "Nom"}


def _workbook(title: str, subject: str) -> Workbook:
    book = Workbook()
    properties = book.properties
    properties.title = words.xml_safe(title)
    properties.subject = words.xml_safe(subject)
    properties.creator = properties.lastModifiedBy = "PeerReady"
    properties.language = "fr-FR"
    properties.created = properties.modified = dt.datetime.now(dt.timezone.utc).replace(microsecond=0, tzinfo=None)
    return book


def _put(sheet, row: int, column: int, value, *, number_format: str | None = None):
    """One cell; a text always as text (a note that starts with « = » is a note, never a formula)."""
    cell = sheet.cell(row=row, column=column)
    if isinstance(value, str):
        cell.value = words.xml_safe(value)
        cell.data_type = "s"
    else:
        cell.value = value
    if number_format:
        cell.number_format = number_format
    elif isinstance(value, dt.date):
        cell.number_format = DATE_FORMAT
    return cell


def _table(sheet, header: tuple[str, ...], rows, widths=(), wrapped=frozenset(), formats=None) -> None:
    """A header row (frozen, with filters), then the rows."""
    formats = formats or {}
    for column, title in enumerate(header, 1):
        cell = _put(sheet, 1, column, title)
        cell.font, cell.fill = HEADER_FONT, HEADER_FILL
        cell.alignment = Alignment(vertical="center", wrap_text=True)
    for offset, values in enumerate(rows, 2):
        for column, value in enumerate(values, 1):
            cell = _put(sheet, offset, column, value, number_format=formats.get(column))
            cell.alignment = Alignment(vertical="top", wrap_text=header[column - 1] in wrapped)
    for column, width in enumerate(widths, 1):
        sheet.column_dimensions[get_column_letter(column)].width = width
    if widths:
        _fit_rows(sheet, header, rows, widths, wrapped)
    last = get_column_letter(len(header))
    sheet.freeze_panes = "A2"
    sheet.auto_filter.ref = f"A1:{last}{max(1, len(rows) + 1)}"
    sheet.print_title_rows = "1:1"
    sheet.page_setup.orientation = "landscape"
    sheet.page_setup.paperSize = sheet.PAPERSIZE_A4
    sheet.page_setup.fitToWidth, sheet.page_setup.fitToHeight = 1, 0
    sheet.sheet_properties.pageSetUpPr.fitToPage = True


#: The height of one line of text, in points, at the default 11-point font.
LINE_HEIGHT = 15


def _lines(value, width: float) -> int:
    """How many lines ``value`` takes in a column ``width`` characters wide (an estimate: a spreadsheet
    lays text out when it shows it, and neither Excel nor LibreOffice sizes a row on opening)."""
    if not isinstance(value, str) or not value:
        return 1
    room = max(1, int(width * 1.25))
    return sum(max(1, -(-len(line) // room)) for line in value.split("\n"))


def _fit_rows(sheet, header, rows, widths, wrapped) -> None:
    """Each row tall enough for its longest wrapped cell (at most 30 lines: a longer text scrolls)."""
    heading = max(_lines(title, widths[i] * 0.8) for i, title in enumerate(header) if i < len(widths))  # bold
    if heading > 1:  # the header wraps too
        sheet.row_dimensions[1].height = heading * LINE_HEIGHT + 4
    columns = [i for i, title in enumerate(header) if title in wrapped and i < len(widths)]
    for offset, values in enumerate(rows, 2):
        lines = max((_lines(values[i], widths[i]) for i in columns if i < len(values)), default=1)
        if lines > 1:
            sheet.row_dimensions[offset].height = min(lines, 30) * LINE_HEIGHT


def _about(book, title: str, lines: list[tuple[str, object]]) -> None:
    """A last sheet that says what the file is: the structure or the platform, the date, the rules."""
    sheet = book.create_sheet("À propos")
    _put(sheet, 1, 1, title).font = TITLE_FONT
    for row, (label, value) in enumerate(lines, 3):
        _put(sheet, row, 1, label).font = Font(bold=True)
        cell = _put(sheet, row, 2, value)
        cell.alignment = Alignment(vertical="top", wrap_text=True)
    sheet.column_dimensions["A"].width = 28
    sheet.column_dimensions["B"].width = 100


def _bytes(book) -> bytes:
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()


def followup_xlsx(questionnaire, results: Results, actions, *, date=None) -> bytes:
    """The plan's follow-up: one row per action, the status a list to choose from; then « À propos »."""
    structure = results.structure or "Structure"
    book = _workbook(words.typeset(f"Suivi du plan d’action — {structure}"), "Le suivi du plan d’action")
    sheet = book.active
    sheet.title = "Suivi du plan"
    table = followup.rows(questionnaire, results.stage, actions)
    due_column = followup.COLUMNS.index("Échéance") + 1
    _table(
        sheet,
        followup.COLUMNS,
        [row.values() for row in table],
        FOLLOWUP_WIDTHS,
        WRAPPED,
        formats={due_column: DATE_FORMAT},
    )
    if table:  # the status is chosen from the four words PeerReady reads, and so is the priority
        for column, choices in (("Statut", vocabulary.STATUSES), ("Priorité", vocabulary.PRIORITIES)):
            letter = get_column_letter(followup.COLUMNS.index(column) + 1)
            listed = ",".join(wording.priority(k) if column == "Priorité" else wording.status(k) for k in choices)
            check = DataValidation(type="list", formula1=f'"{listed}"', allow_blank=True)
            check.error = f"Choisissez dans la liste : {listed.replace(',', ', ')}."
            check.errorTitle = column
            sheet.add_data_validation(check)
            check.add(f"{letter}2:{letter}{len(table) + 1}")
        dates = DataValidation(type="date", operator="greaterThan", formula1="1")
        dates.error = "Une date, par exemple 31/12/2026."
        sheet.add_data_validation(dates)
        letter = get_column_letter(due_column)
        dates.add(f"{letter}2:{letter}{len(table) + 1}")
    _about(
        book,
        words.typeset(f"Suivi du plan d’action — {structure}"),
        [
            ("Date de l’évaluation", wording.long_date(date)),
            ("Étape du projet", wording.stage(results.stage, "—")),
            ("Niveau de préparation", words.typeset(results.level.label)),
            ("Pourquoi ce niveau", words.typeset(results.level.reason)),
            ("Qui a répondu", words.typeset(words.participation_text(results))),
            ("Anonymat", words.typeset(words.ANONYMITY_NOTE)),
            ("Fait le", wording.long_date(dt.date.today())),
            ("Fait avec", "PeerReady"),
        ],
    )
    return _bytes(book)


OVERVIEW_INTRO = (
    "Pour la dernière évaluation close de chaque structure. Anonyme : aucune structure n’est nommée, seuls des "
    "nombres de structures sont donnés."
)


def overview_xlsx(data: dict, *, date=None) -> bytes:
    """The anonymous overview (``data``: the store's ``history.overview``), one sheet per view: stages
    and levels, dimensions, alerts, actions."""
    book = _workbook("Vue d’ensemble des structures", "Vue d’ensemble anonyme des structures suivies")
    assessed = data["assessed"]

    sheet = book.active
    sheet.title = "Étapes et niveaux"
    levels = list(vocabulary.LEVELS)
    crossed = data.get("by_stage_level", {})
    header = ("Étape du projet", *(wording.level(level) for level in levels), "Total")
    rows = []
    for stage in vocabulary.STAGES:
        counts = [crossed.get(stage, {}).get(level, 0) for level in levels]
        rows.append((wording.stage(stage), *counts, data["stages"].get(stage, 0)))
    rows.append(("Toutes les étapes", *(data["levels"].get(level, 0) for level in levels), assessed))
    _table(sheet, header, rows, (44, *([16] * len(levels)), 10), {"Étape du projet"})
    for column in range(1, len(header) + 1):
        sheet.cell(row=len(rows) + 1, column=column).font = Font(bold=True)

    sheet = book.create_sheet("Dimensions")
    rows = [(d["label"], d["score"], d["structures"]) for d in data["dimensions"]]
    _table(sheet, ("Dimension", "Score moyen sur 100", "Structures"), rows, (44, 20, 12), formats={2: "0.0"})

    sheet = book.create_sheet("Alertes")
    rows = [
        (
            wording.severity(f["severity"]),
            words.typeset(f["title"]),
            f["structures"],
            f["structures"] / assessed if assessed else None,
        )
        for f in data["flags"]
    ]
    _table(
        sheet,
        ("Gravité", "Alerte", "Structures", "Part des structures évaluées"),
        rows,
        (16, 70, 12, 16),
        {"Alerte"},
        formats={4: "0 %"},
    )

    sheet = book.create_sheet("Actions")
    actions = data["actions"]
    total = actions["total"]
    rows = [
        (wording.status(status), actions.get(status, 0), actions.get(status, 0) / total if total else None)
        for status in vocabulary.STATUSES
    ]
    rows.append(("Toutes", total, 1 if total else None))
    _table(sheet, ("Statut", "Actions", "Part"), rows, (20, 12, 12), formats={3: "0 %"})

    _about(
        book,
        "Vue d’ensemble des structures",
        [
            ("Structures", data["structures"]),
            ("Structures évaluées", assessed),
            ("Ce que disent ces chiffres", words.typeset(OVERVIEW_INTRO)),
            ("Fait le", wording.long_date(date or dt.date.today())),
            ("Fait avec", "PeerReady"),
        ],
    )
    return _bytes(book)
