"""Due dates in the plan editor: typed day first, a past one said, unticking « Pas de date » proposes the
horizon's date."""

import datetime as dt

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QValidator
from PySide6.QtWidgets import QApplication

from peerready.store import action_plan
from peerready.ui.pages.plan_editor import proposed_date
from peerready.ui.widgets.date_field import FrenchDateEdit, parse_french_date
from tests.ui.mistakes import activate, closed_assessment, plain, press


def test_french_dates_are_read_day_first():
    assert parse_french_date("15/01/2027") == dt.date(2027, 1, 15)
    assert parse_french_date(" 15.1.27 ") == dt.date(2027, 1, 15)
    assert parse_french_date("15-01-2027") == parse_french_date("15 01 2027") == dt.date(2027, 1, 15)
    assert parse_french_date("15012027") == dt.date(2027, 1, 15)
    assert parse_french_date("2027-01-15") == dt.date(2027, 1, 15)
    for wrong in ("31/02/2027", "15/13/2027", "demain", "", "15/01"):
        assert parse_french_date(wrong) is None


def test_the_date_field_reads_what_is_typed(qtbot):
    field = FrenchDateEdit()
    qtbot.addWidget(field)
    field.setDate(QDate(2026, 4, 1))
    assert field.validate("15/0", 4)[0] == QValidator.State.Intermediate
    assert field.validate("15/01/2027", 10)[0] == QValidator.State.Acceptable
    assert field.validate("demain", 6)[0] == QValidator.State.Invalid
    assert field.dateTimeFromText("15/01/2027").date() == QDate(2027, 1, 15)
    assert field.dateTimeFromText("31/02/2027").date() == QDate(2026, 4, 1)
    assert field.textFromDateTime(field.dateTime()) == "01/04/2026"
    said = []
    field.not_understood.connect(said.append)
    field.show()
    qtbot.waitExposed(field)
    field.activateWindow()
    field.setFocus()
    qtbot.waitUntil(field.hasFocus)
    qtbot.keyClicks(field, "15/0")  # the whole date was selected as the field got the focus
    qtbot.keyClick(field, Qt.Key.Key_Return)
    assert said == ["15/0"] and field.date() == QDate(2026, 4, 1)


@pytest.fixture
def closed(context, mini):
    """A closed assessment of the small test questionnaire that proposes actions."""
    return closed_assessment(context.store, mini)


@pytest.fixture
def plan_page(qtbot, window, closed):
    window.show_plan(closed.id)
    activate(qtbot, window)
    page = window.current_page()
    assert len(page.actions) >= 2
    page.table.selectRow(0)
    return page


def type_date(qtbot, editor, text):
    editor.date_edit.setFocus()
    qtbot.keyClicks(QApplication.focusWidget(), text)
    press(qtbot, Qt.Key.Key_Tab)


def test_a_date_typed_in_french_order_is_saved_as_typed_and_a_past_one_is_said(qtbot, plan_page, context):
    editor, action = plan_page.editor, plan_page.current_action()
    assert editor.no_date.isChecked()
    editor.no_date.setFocus()
    press(qtbot, Qt.Key.Key_Space)  # a date again: the horizon's, not today
    proposed = proposed_date(action.horizon, dt.date.today())
    assert proposed > QDate.currentDate()
    assert editor.date_edit.date() == proposed
    assert action_plan.get_action(context.store, action.id).due_date == proposed.toString(Qt.DateFormat.ISODate)
    assert editor.date_note.isVisible() and "Date proposée d’après l’horizon" in plain(editor.date_note.text())

    future = (dt.date.today() + dt.timedelta(days=400)).replace(day=15)
    type_date(qtbot, editor, future.strftime("%d/%m/%Y"))
    assert action_plan.get_action(context.store, action.id).due_date == future.isoformat()
    assert not editor.date_note.isVisible()

    type_date(qtbot, editor, "15/01/2020")  # in the past: kept, and said
    assert action_plan.get_action(context.store, action.id).due_date == "2020-01-15"
    assert editor.date_note.isVisible() and "déjà passée (15/01/2020)" in plain(editor.date_note.text())
    plan_page.table.selectRow(1)
    plan_page.table.selectRow(0)
    assert editor.date_note.isVisible()  # shown again with the action

    type_date(qtbot, editor, "31/02/2027")  # no such day: said, nothing changed
    assert action_plan.get_action(context.store, action.id).due_date == "2020-01-15"
    assert "n’est pas une date" in plain(editor.date_note.text())


def test_the_date_proposed_for_each_horizon_is_never_today():
    today = dt.date(2027, 1, 31)
    assert proposed_date("within_3_months", today) == QDate(2027, 4, 30)
    assert proposed_date("within_a_year", today) == QDate(2028, 1, 31)
    assert proposed_date("immediately", today) == QDate(2027, 2, 14)
