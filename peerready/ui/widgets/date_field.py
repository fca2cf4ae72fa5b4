"""A date typed in French order, jj/mm/aaaa, with the arrows and the calendar still there.

Qt's own date field types section by section: with its cursor in the day, « 15/01/2027 » typed
at once became the 1st of January. Here the whole date is selected when the field gets the
focus, and what is typed is read as a French date (« 15/01/2027 », « 15.1.27 », « 15012027 »);
a text that is no date is said, never silently replaced.
"""

from __future__ import annotations

import datetime as dt
import re

from PySide6.QtCore import QDate, QDateTime, Qt, QTime, QTimer, Signal
from PySide6.QtGui import QFocusEvent, QKeyEvent, QValidator
from PySide6.QtWidgets import QDateEdit

#: How a date shows, in Qt's words: « 15/01/2027 », as ``wording.short_date`` writes it.
DISPLAY = "dd/MM/yyyy"
_SEPARATED = re.compile(r"\s*(\d{1,2})\s*[/.\-\s]\s*(\d{1,2})\s*[/.\-\s]\s*(\d{4}|\d{2})\s*")
_RUN_OF_EIGHT = re.compile(r"\s*(\d{2})(\d{2})(\d{4})\s*")
_ISO = re.compile(r"\s*(\d{4})-(\d{1,2})-(\d{1,2})\s*")
#: What may be on the way to a date while it is typed.
_TYPING = re.compile(r"[\d/.\-\s]{0,12}")


def parse_french_date(text: str) -> dt.date | None:
    """The date of « 15/01/2027 » (also « 15.01.2027 », « 15-1-27 », « 15 01 2027 », « 15012027 »,
    « 2027-01-15 »): day first, then month, then year; two-digit years are this century's. None
    when the text is not a date (« 31/02/2027 » included)."""
    if match := _ISO.fullmatch(text or ""):
        year, month, day = (int(part) for part in match.groups())
    elif match := _SEPARATED.fullmatch(text or "") or _RUN_OF_EIGHT.fullmatch(text or ""):
        day, month, year = (int(part) for part in match.groups())
        if year < 100:
            year += 2000
    else:
        return None
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


class FrenchDateEdit(QDateEdit):
    """A date field that reads what is typed as jj/mm/aaaa; ``not_understood`` gives a text that is no date."""

    not_understood = Signal(str)

    def __init__(self):
        super().__init__()
        self.setDisplayFormat(DISPLAY)
        self.setCalendarPopup(True)
        self.setKeyboardTracking(False)  # one change per date, not one per digit typed

    def validate(self, text: str, pos: int):
        if parse_french_date(text) is not None:
            return QValidator.State.Acceptable, text, pos
        if _TYPING.fullmatch(text):
            return QValidator.State.Intermediate, text, pos
        return QValidator.State.Invalid, text, pos

    def dateTimeFromText(self, text: str) -> QDateTime:
        day = parse_french_date(text)
        if day is None:
            return self.dateTime()
        return QDateTime(QDate(day.year, day.month, day.day), QTime(0, 0))

    def textFromDateTime(self, value: QDateTime) -> str:
        return value.date().toString(DISPLAY)

    def focusInEvent(self, event: QFocusEvent) -> None:
        super().focusInEvent(event)
        # The whole date, not its day section: what is typed replaces it.
        self.lineEdit().selectAll()
        QTimer.singleShot(0, self, self.lineEdit().selectAll)  # again once a click has placed its cursor

    def focusOutEvent(self, event: QFocusEvent) -> None:
        self.say_if_not_a_date()
        super().focusOutEvent(event)  # Qt then shows the date as it was

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.say_if_not_a_date()
        super().keyPressEvent(event)

    def say_if_not_a_date(self) -> None:
        """What is typed is no date (« 31/02/2027 », « 15/0 »): ``not_understood`` says it, before Qt puts
        the date back as it was."""
        typed = self.lineEdit().text().strip()
        if typed and parse_french_date(typed) is None:
            self.not_understood.emit(typed)
