"""The action plan page: working the plan with the keyboard, printing, exporting, comparing."""

import csv
import threading

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QApplication, QWidget

from peerready.engine import answers, instrument, typography
from peerready.store import action_plan, history
from peerready.ui import dialogs
from peerready.workshop import recording
from tests.conftest import ROOT
from tests.ui import accessibility


class FakeNavigator:
    """Records what the page asks the main window to do."""

    def __init__(self):
        self.calls = []

    def show_results(self, assessment_id):
        self.calls.append(("show_results", assessment_id))

    def notify(self, text, milliseconds=4000):
        self.calls.append(("notify", text))


@pytest.fixture
def navigator():
    return FakeNavigator()


@pytest.fixture
def make_page(qtbot, context, navigator):
    from peerready.ui.app import create_application
    from peerready.ui.pages.plan import PlanPage

    create_application()

    def make(assessment_id):
        page = PlanPage(context, navigator)
        qtbot.addWidget(page)
        page.open(assessment_id)
        page.resize(1300, 800)
        page.show()
        qtbot.waitExposed(page)
        page.activateWindow()
        qtbot.waitUntil(lambda: QApplication.activeWindow() is page)
        page.first_focus().setFocus()
        return page

    return make


@pytest.fixture
def page(make_page, recorded):
    return make_page(recorded.id)


def first_line(page, row, column=1):
    return page.table.item(row, column).text().split("\n")[0]


def test_the_table_lists_the_suggested_actions_in_priority_order(page, context, recorded):
    stored = action_plan.list_actions(context.store, recorded.id)
    assert len(stored) >= 3
    assert page.table.rowCount() == len(stored)
    assert [first_line(page, row) for row in range(len(stored))] == [a.title for a in stored]
    assert [page.table.item(row, 0).text() for row in range(len(stored))] == [str(i + 1) for i in range(len(stored))]
    ranks = ["critical", "high", "medium", "low"]
    assert [ranks.index(a.priority) for a in stored] == sorted(ranks.index(a.priority) for a in stored)
    # The priority is written out and marked, not only coloured.
    assert page.table.item(0, 2).text() == "●●●● Critique"
    assert page.header.title.text() == "Plan d’action — CHRS Les Tilleuls"


def test_editing_an_action_with_the_keyboard_is_saved_at_once_and_kept(page, make_page, context, recorded, qtbot):
    assert page.table.hasFocus()
    qtbot.keyClick(page.table, Qt.Key.Key_Down)
    action = action_plan.list_actions(context.store, recorded.id)[1]
    assert page.current_action().id == action.id
    assert page.editor.title_edit.text() == action.title

    page.editor.name_edit.setFocus()
    qtbot.keyClicks(page.editor.name_edit, "Awa")
    qtbot.keyClick(page.editor.name_edit, Qt.Key.Key_Tab)
    assert action_plan.get_action(context.store, action.id).owner_name == "Awa"
    assert page.editor.saved.text() == "✓ enregistré"
    assert page.table.item(1, 3).text().endswith("(Awa)")

    assert page.editor.no_date.isChecked()
    page.editor.no_date.setFocus()
    qtbot.keyClick(page.editor.no_date, Qt.Key.Key_Space)
    assert page.editor.date_edit.isEnabled()
    page.editor.date_edit.setFocus()
    qtbot.keyClick(page.editor.date_edit, Qt.Key.Key_Up)
    due = page.editor.date_edit.date().toString(Qt.DateFormat.ISODate)
    assert action_plan.get_action(context.store, action.id).due_date == due
    assert QDate.fromString(due, Qt.DateFormat.ISODate).year() >= QDate.currentDate().year()
    assert page.table.item(1, 4).text()[0].isdigit()

    page.editor.status_combo.setFocus()
    qtbot.keyClick(page.editor.status_combo, Qt.Key.Key_Down)
    assert action_plan.get_action(context.store, action.id).status == "doing"
    assert page.table.item(1, 5).text() == "En cours"

    page.editor.notes_edit.setFocus()
    qtbot.keyClicks(page.editor.notes_edit, "Voir avec la plateforme du 93")
    assert action_plan.get_action(context.store, action.id).notes == ""
    qtbot.keyClick(page.editor.notes_edit, Qt.Key.Key_Tab)
    assert action_plan.get_action(context.store, action.id).notes == "Voir avec la plateforme du 93"

    page.editor.title_edit.setFocus()
    page.editor.title_edit.selectAll()
    qtbot.keyClicks(page.editor.title_edit, "Demander l'avis de chacun")
    qtbot.keyClick(page.editor.title_edit, Qt.Key.Key_Return)
    assert action_plan.get_action(context.store, action.id).title == "Demander l'avis de chacun"
    assert first_line(page, 1) == "Demander l'avis de chacun"

    # The edits survive opening the page again (the plan is re-synchronised with the suggestions).
    again = make_page(recorded.id)
    assert again.current_action().id == action_plan.list_actions(context.store, recorded.id)[0].id
    again.table.selectRow(1)
    assert again.current_action().id == action.id
    assert again.editor.title_edit.text() == "Demander l'avis de chacun"
    assert again.editor.name_edit.text() == "Awa"
    assert not again.editor.no_date.isChecked()
    assert again.editor.date_edit.date().toString(Qt.DateFormat.ISODate) == due
    assert again.editor.status_combo.currentData() == "doing"
    assert again.editor.notes_edit.toPlainText() == "Voir avec la plateforme du 93"


def test_an_empty_title_is_refused_and_the_stored_one_kept(page, context, qtbot):
    action = page.current_action()
    page.editor.title_edit.setFocus()
    page.editor.title_edit.clear()
    qtbot.keyClick(page.editor.title_edit, Qt.Key.Key_Return)
    assert action_plan.get_action(context.store, action.id).title == action.title
    assert page.editor.title_edit.text() == action.title
    assert page.editor.saved.text().startswith("⚠ non enregistré")


def test_adding_an_action_puts_it_at_the_end_and_selects_it(page, context, recorded, qtbot, monkeypatch):
    monkeypatch.setattr(dialogs, "ask_text", lambda *args, **kwargs: "Réunion d’équipe mensuelle")
    before = page.table.rowCount()
    qtbot.mouseClick(page.add_button, Qt.MouseButton.LeftButton)
    stored = action_plan.list_actions(context.store, recorded.id)
    assert len(stored) == before + 1
    added = stored[-1]
    assert added.title == "Réunion d’équipe mensuelle" and added.user_added
    assert page.table.rowCount() == before + 1
    assert page.table.item(before, 1).text() == "Réunion d’équipe mensuelle\n✎ ajoutée par l’équipe"
    assert page.current_action().id == added.id
    assert page.editor.delete_button.isEnabled()

    # Ctrl+Shift+N adds one too.
    monkeypatch.setattr(dialogs, "ask_text", lambda *args, **kwargs: "Former l’équipe")
    qtbot.keyClick(page.table, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert action_plan.list_actions(context.store, recorded.id)[-1].title == "Former l’équipe"

    # Only the team's own actions can be deleted, after confirmation.
    monkeypatch.setattr(dialogs, "confirm", lambda *args, **kwargs: True)
    qtbot.mouseClick(page.editor.delete_button, Qt.MouseButton.LeftButton)
    titles = [a.title for a in action_plan.list_actions(context.store, recorded.id)]
    assert "Former l’équipe" not in titles and "Réunion d’équipe mensuelle" in titles
    page.table.selectRow(0)
    assert not page.editor.delete_button.isEnabled()


def test_alt_down_and_alt_up_move_the_selected_action(page, context, recorded, qtbot):
    first, second = action_plan.list_actions(context.store, recorded.id)[:2]
    assert "Alt+Flèche bas" in page.table.toolTip()
    qtbot.keyClick(page.table, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    stored = action_plan.list_actions(context.store, recorded.id)
    assert [stored[0].id, stored[1].id] == [second.id, first.id]
    assert first_line(page, 1) == first.title
    assert page.current_action().id == first.id
    assert page.table.hasFocus()

    qtbot.keyClick(page.table, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    assert action_plan.list_actions(context.store, recorded.id)[2].id == first.id
    qtbot.keyClick(page.table, Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier)
    assert action_plan.list_actions(context.store, recorded.id)[1].id == first.id


def test_dismissing_an_action_greys_it_and_says_so(page, context, qtbot):
    action = page.current_action()
    qtbot.mouseClick(page.editor.drop_button, Qt.MouseButton.LeftButton)
    assert action_plan.get_action(context.store, action.id).status == "dropped"
    assert page.table.item(0, 5).text() == "✕ Abandonné"
    assert page.table.item(0, 1).font().strikeOut()
    assert "abandonnée" in page.editor.marker.text()


def test_printing_the_plan_makes_the_pdf_off_the_ui_thread_then_opens_it(
    page, qtbot, tmp_path, monkeypatch, no_real_dialogs
):
    from peerready import report

    target = tmp_path / "plan"
    monkeypatch.setattr(dialogs, "save_file", lambda parent, title, suggested, filters: str(target))
    suggested = []
    real_save = dialogs.save_file
    monkeypatch.setattr(dialogs, "save_file", lambda *args: suggested.append(args[2]) or real_save(*args))
    threads = []
    real_plan = report.action_plan

    def action_plan(*args, **kwargs):
        threads.append(threading.current_thread())
        return real_plan(*args, **kwargs)

    monkeypatch.setattr(report, "action_plan", action_plan)
    qtbot.keyClick(page.table, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    assert page.busy_bar.isVisible() and not page.print_plan_button.isEnabled()
    pdf = tmp_path / "plan.pdf"
    qtbot.waitUntil(lambda: ("open_document", str(pdf)) in no_real_dialogs, timeout=20000)
    assert pdf.read_bytes().startswith(b"%PDF")
    assert threads and threads[0] is not threading.main_thread()
    assert not page.busy_bar.isVisible() and page.print_plan_button.isEnabled()
    assert "Plan d’action - CHRS Les Tilleuls - " in suggested[0] and suggested[0].endswith(".pdf")


def test_a_failed_pdf_is_explained(page, qtbot, tmp_path, monkeypatch):
    monkeypatch.setattr(dialogs, "save_file", lambda *args: str(tmp_path / "missing-folder" / "rapport.pdf"))
    warnings = []
    monkeypatch.setattr(dialogs, "warn", lambda parent, title, text: warnings.append(text))
    qtbot.mouseClick(page.print_report_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(warnings), timeout=20000)
    assert "Le PDF n’a pas pu être fait" in warnings[0]
    assert page.print_report_button.isEnabled()


def export(page, kind):
    """Choose ``kind`` in the « Exporter… » menu, as the keyboard does (Ctrl+E, then the entry)."""
    [entry] = [a for a in page.documents.export_menu.actions() if a.objectName() == kind]
    entry.trigger()


@pytest.mark.qt_log_ignore("This plugin does not support")  # the offscreen platform and a popup menu
def test_ctrl_e_opens_the_export_menu_with_the_four_files(page, qtbot):
    qtbot.keyClick(page.table, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    menu = page.documents.export_menu
    qtbot.waitUntil(menu.isVisible)
    assert [a.text() for a in menu.actions()] == [
        "Plan d’action en document Word (.docx)…",
        "Rapport complet en document Word (.docx)…",
        "Suivi des actions en tableur Excel (.xlsx)…",
        "Suivi des actions en CSV…",
    ]
    assert "lecteur d’écran" in page.export_button.toolTip() and "Word" in page.print_plan_button.toolTip()
    menu.close()


def test_exporting_to_csv_writes_a_french_spreadsheet(
    page, context, recorded, qtbot, tmp_path, monkeypatch, no_real_dialogs
):
    action_plan.update_action(context.store, page.actions[0].id, owner_name="Awa", due_date="2026-03-01")
    page.open(recorded.id)
    monkeypatch.setattr(dialogs, "save_file", lambda *args: str(tmp_path / "actions"))
    export(page, "followup_csv")
    path = tmp_path / "actions.csv"
    qtbot.waitUntil(lambda: ("open_document", str(path)) in no_real_dialogs, timeout=20000)
    assert path.read_bytes().startswith("\ufeff".encode())
    with path.open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.reader(handle, delimiter=";"))
    assert rows[0][:4] == ["N°", "Chantier", "Action", "Priorité"]
    stored = action_plan.list_actions(context.store, recorded.id)
    assert len(rows) == len(stored) + 1
    assert sorted(row[2] for row in rows[1:]) == sorted(typography.plain(typography.french(a.title)) for a in stored)
    awa = next(row for row in rows if row[5] == "Awa")
    assert awa[6] == "01/03/2026" and awa[8] == "À faire" and awa[10]


def test_the_word_and_excel_exports_are_made_off_the_ui_thread_and_opened(
    page, context, qtbot, tmp_path, monkeypatch, no_real_dialogs
):
    import docx
    import openpyxl

    from peerready import report

    threads = []
    real = report.plan_docx
    monkeypatch.setattr(
        report, "plan_docx", lambda *a, **k: threads.append(threading.current_thread()) or real(*a, **k)
    )
    suggested = []
    monkeypatch.setattr(dialogs, "save_file", lambda *args: suggested.append(args[2]) or str(tmp_path / "plan"))
    export(page, "plan_docx")
    path = tmp_path / "plan.docx"
    qtbot.waitUntil(lambda: ("open_document", str(path)) in no_real_dialogs, timeout=20000)
    assert threads and threads[0] is not threading.main_thread()
    assert "Plan d’action - CHRS Les Tilleuls - " in suggested[0] and suggested[0].endswith(".docx")
    headings = [p.text for p in docx.Document(path).paragraphs if p.style.name.startswith("Heading")]
    assert "En résumé" in headings
    monkeypatch.setattr(dialogs, "save_file", lambda *args: suggested.append(args[2]) or str(tmp_path / "suivi"))
    export(page, "followup_xlsx")
    path = tmp_path / "suivi.xlsx"
    qtbot.waitUntil(lambda: ("open_document", str(path)) in no_real_dialogs, timeout=20000)
    assert suggested[-1].endswith(".xlsx") and "Suivi du plan d’action" in suggested[-1]
    sheet = openpyxl.load_workbook(path)["Suivi du plan"]
    assert sheet.max_row == len(action_plan.list_actions(context.store, page.assessment_id)) + 1
    assert ("notify", f"Fichier enregistré : {path}") in page.navigator.calls


def test_a_failed_export_is_explained(page, qtbot, tmp_path, monkeypatch):
    monkeypatch.setattr(dialogs, "save_file", lambda *args: str(tmp_path / "missing-folder" / "plan.docx"))
    warnings = []
    monkeypatch.setattr(dialogs, "warn", lambda parent, title, text: warnings.append((title, text)))
    export(page, "report_docx")
    qtbot.waitUntil(lambda: bool(warnings), timeout=20000)
    assert warnings[0][0] == "Export impossible" and "Le fichier n’a pas pu être fait" in warnings[0][1]
    assert page.export_button.isEnabled()


def test_an_open_collection_sends_people_to_the_results(make_page, open_session, navigator, qtbot):
    page = make_page(open_session.id)
    assert page.stack.currentIndex() == 0
    assert page.first_focus() is page.results_button
    qtbot.keyClick(page.results_button, Qt.Key.Key_Space)
    assert ("show_results", open_session.id) in navigator.calls


def test_with_large_text_on_a_small_screen_who_and_when_go_under_the_title(page, qtbot):
    assert not page.table.isColumnHidden(3)
    page.resize(520, 700)
    qtbot.waitUntil(lambda: page.table.isColumnHidden(3) and page.table.isColumnHidden(4))
    assert "\nPorté par : Direction" in page.table.item(0, 1).text()
    assert "\nÉchéance : " in page.table.item(0, 1).text()
    page.resize(1600, 800)
    qtbot.waitUntil(lambda: not page.table.isColumnHidden(3))
    assert "Porté par" not in page.table.item(0, 1).text()


def test_every_focusable_widget_has_a_name(page):
    unnamed = [
        type(w).__name__
        for w in page.findChildren(QWidget)
        if w.focusPolicy() != Qt.FocusPolicy.NoFocus
        and w.isVisibleTo(page)
        and not accessibility.spoken_name(w)
        and type(w).__name__ not in ("QScrollArea", "QSplitterHandle", "QAbstractScrollArea", "QWidget")
        and not w.objectName().startswith("qt_")
    ]
    assert unnamed == []


@pytest.fixture
def two_assessments(context):
    questionnaire = instrument.find(None)
    before = recording.record(
        context.store, "CHRS Les Tilleuls", answers.load(ROOT / "examples/chrs-mal-prepare.yaml"), questionnaire
    )
    after = recording.record(
        context.store, "CHRS Les Tilleuls", answers.load(ROOT / "examples/service-bien-prepare.yaml"), questionnaire
    )
    return before, after


def test_the_compare_dialog_shows_what_moved(context, two_assessments, qtbot):
    from peerready.ui.dialogs.compare import CompareDialog

    before, after = two_assessments
    dialog = CompareDialog(context, after.structure_id, after.id)
    qtbot.addWidget(dialog)
    assert dialog.choice.count() == 1 and dialog.choice.currentData() == before.id
    expected = history.compare(context.store, before.id, after.id)
    table = dialog.dimensions
    assert table.rowCount() == len(expected["dimensions"])
    for row, dimension in enumerate(expected["dimensions"]):
        assert table.item(row, 0).text() == dimension["label"]
        written = table.item(row, 3).text()
        if dimension["change"] is None:
            assert written == "—"
            continue
        change = round(dimension["change"])
        assert written == (f"▲ +{change}" if change > 0 else f"▼ −{-change}" if change < 0 else "= 0")
    assert any(table.item(row, 3).text().startswith("▲") for row in range(table.rowCount()))
    assert "Niveau : Pas encore prêt → " in dialog.summary.text()
    assert dialog.flags.rowCount() == len(expected["flags_cleared"]) + len(expected["flags_new"])
    assert dialog.actions.rowCount() == len(expected["actions"])

    dialog.show()
    qtbot.waitExposed(dialog)
    qtbot.keyClick(dialog.choice, Qt.Key.Key_Escape)
    assert not dialog.isVisible()


def test_the_plan_page_opens_the_compare_dialog(make_page, two_assessments, qtbot, monkeypatch):
    from peerready.ui.dialogs import compare as compare_dialog

    opened = []
    monkeypatch.setattr(compare_dialog.CompareDialog, "exec", lambda self: opened.append(self) or 0)
    page = make_page(two_assessments[0].id)
    qtbot.mouseClick(page.compare_button, Qt.MouseButton.LeftButton)
    assert opened and opened[0].choice.currentData() == two_assessments[1].id


def test_the_compare_dialog_says_when_there_is_nothing_to_compare(context, recorded, qtbot):
    from peerready.ui.dialogs.compare import CompareDialog

    dialog = CompareDialog(context, recorded.structure_id, recorded.id)
    qtbot.addWidget(dialog)
    assert dialog.choice.count() == 0
    assert not dialog.empty.isHidden() and dialog.tabs.isHidden()
