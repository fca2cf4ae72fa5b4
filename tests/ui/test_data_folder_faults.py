"""Odd states of the data folder in the app: a clear message and a way out, never « ✓ enregistré » for nothing.

Real faults wherever they can be made here (a folder renamed mid-session, a disk full through
``PRAGMA max_page_count``, a database held by another connection, a file or a folder in the
way at start-up); a store whose writes raise ``StoreError`` for those the tests cannot make
(a read-only medium: the tests run as root).
"""

import contextlib
import sqlite3

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from peerready import paths
from peerready.store import action_plan, assessments, structures, summaries
from peerready.store.database import Store
from peerready.store.faults import StoreError
from peerready.ui import app, dialogs
from peerready.ui.main_window import MainWindow
from peerready.ui.pages.session import OptionButton


class Choices:
    """Answers the fault dialog with the given choices, one per call, and keeps what it was shown."""

    def __init__(self, monkeypatch, *answers):
        self.answers = list(answers)
        self.shown = []
        monkeypatch.setattr(dialogs, "choose", self)

    def __call__(self, parent, title, text, choices, escape=""):
        self.shown.append((title, text, [key for key, _ in choices]))
        return self.answers.pop(0) if self.answers else escape

    @property
    def texts(self):
        return " ".join(text for _, text, _ in self.shown)


def consensus_question(qtbot, window, open_session):
    """The session page on the first question of the management's common answer, focus on it."""
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    window.show_session(open_session.id)
    page = window.current_page()
    page.on_consensus("management")
    assert page.stack.currentWidget() is page.question_screen
    return page


def press(qtbot, page, key):
    qtbot.keyClick(QApplication.focusWidget() or page, key)


def stored_answers(folder, respondent_id):
    with contextlib.closing(sqlite3.connect(paths.database_path(folder))) as conn:
        rows = conn.execute("SELECT question_id, value FROM answers WHERE respondent_id = ?", [respondent_id])
        return rows.fetchall()


def assert_not_saved(page):
    assert "✓ enregistré" not in page.saved.text()
    assert "non enregistré" in page.saved.text()
    chosen = [b for b in page.findChildren(OptionButton) if b.isChecked() and b.isVisible()]
    assert chosen and all("NON enregistrée" in b.text_label.text() for b in chosen)


def failing_writes(store, monkeypatch, raw_error):
    """Every write of ``store`` fails as the store reports ``raw_error`` (a fault the tests cannot make)."""
    error = store.error_for(raw_error)

    @contextlib.contextmanager
    def write():
        raise error
        yield  # pragma: no cover

    monkeypatch.setattr(store, "write", write)
    return error


# -- during a session ---------------------------------------------------------------------------


def test_a_data_folder_renamed_mid_session_is_never_reported_saved(qtbot, window, open_session, monkeypatch):
    folder = window.context.data_dir
    page = consensus_question(qtbot, window, open_session)
    respondent = page.respondent
    choices = Choices(monkeypatch, "cancel")
    moved = folder.with_name("moved-away")
    folder.rename(moved)  # a USB stick pulled out, a folder renamed by someone else

    press(qtbot, page, "1")
    assert len(choices.shown) == 1
    _, text, offered = choices.shown[0]
    assert "La réponse n’a pas été enregistrée." in text and "disparu ou a été déplacé" in text
    assert offered == ["retry", "copy", "folder", "quit", "cancel"]
    assert_not_saved(page)
    assert stored_answers(moved, respondent.id) == []

    # The stick is back: « Réessayer » reopens the folder and the answer reaches the disk.
    moved.rename(folder)
    choices.answers = ["retry"]
    press(qtbot, page, "1")
    assert page.saved.text() == "✓ enregistré"
    assert "NON enregistrée" not in page.option_buttons[0].text_label.text()
    question = page.questions[0]
    assert stored_answers(folder, respondent.id) == [(question.id, question.options[0].value)]


def test_a_full_disk_offers_another_folder_where_the_work_goes_on(qtbot, window, open_session, monkeypatch, tmp_path):
    page = consensus_question(qtbot, window, open_session)
    respondent = page.respondent
    store = window.context.store
    pages = store.conn.execute("PRAGMA page_count").fetchone()[0]
    store.conn.execute(f"PRAGMA max_page_count = {pages}")  # the disk is full: the database cannot grow
    page.comment_edit.setText("Long échange. " * 4000)
    page.on_comment_edited(page.comment_edit.text())
    other = tmp_path / "autre-cle"
    choices = Choices(monkeypatch, "folder")
    monkeypatch.setattr(dialogs, "choose_folder", lambda *a, **k: str(other))
    informed = []
    monkeypatch.setattr(dialogs, "inform", lambda parent, title, text: informed.append(text))

    press(qtbot, page, "1")
    assert "plein" in choices.texts
    # The data was copied into the other folder and the answer saved there, in the same session.
    assert window.context.data_dir == other
    assert "copiées dans" in informed[0]
    question = page.questions[0]
    assert stored_answers(other, respondent.id) == [(question.id, question.options[0].value)]
    assert page.saved.text() == "✓ enregistré"
    assert window.current_page() is page and page.stack.currentWidget() is page.question_screen  # same session
    press(qtbot, page, "3")  # and the next answers go to the new folder too
    assert page.saved.text() == "✓ enregistré"


def test_a_database_held_by_another_program_can_be_retried(qtbot, window, open_session, monkeypatch, request):
    page = consensus_question(qtbot, window, open_session)
    window.context.store.conn.execute("PRAGMA busy_timeout = 100")  # not 20 s in a test
    other = sqlite3.connect(paths.database_path(window.context.data_dir), isolation_level=None)
    request.addfinalizer(other.close)  # closed even when an assertion fails first
    other.execute("BEGIN IMMEDIATE")
    shown = []

    def choose(parent, title, text, choices, escape=""):
        shown.append(text)
        if len(shown) == 1:
            return "cancel"
        other.execute("COMMIT")  # the other program lets go while the message is on screen
        return "retry"

    monkeypatch.setattr(dialogs, "choose", choose)
    press(qtbot, page, "1")
    assert "autre programme" in shown[0]
    assert_not_saved(page)
    press(qtbot, page, "1")
    other.close()
    assert page.saved.text() == "✓ enregistré"


@pytest.mark.parametrize(
    ("raw", "words"),
    [
        (sqlite3.OperationalError("attempt to write a readonly database"), "lecture seule"),
        (sqlite3.OperationalError("disk I/O error"), "disque"),
        (OSError(28, "No space left on device"), "plein"),
    ],
)
def test_each_write_fault_is_explained_and_the_answer_marked_not_saved(
    qtbot, window, open_session, monkeypatch, raw, words
):
    page = consensus_question(qtbot, window, open_session)
    respondent = page.respondent
    failing_writes(window.context.store, monkeypatch, raw)
    choices = Choices(monkeypatch, "cancel")
    press(qtbot, page, "1")
    assert words in choices.texts and "Que faire" in choices.texts
    assert_not_saved(page)
    assert stored_answers(window.context.data_dir, respondent.id) == []

    # Coming back to the question shows the choice still marked; « Terminer » refuses to say « enregistrées ».
    warned = []
    monkeypatch.setattr(dialogs, "warn", lambda parent, title, text: warned.append(text))
    page.go_to(1)
    page.go_to(0)
    assert_not_saved(page)
    page.go_to(len(page.questions) - 1)
    page.on_next()
    assert "1 réponse n’est pas enregistrée" in warned[0]
    assert page.stack.currentWidget() is page.question_screen and page.index == 0


def test_a_plan_edit_that_cannot_be_saved_stays_on_screen_marked(qtbot, window, recorded, monkeypatch):
    action_plan.sync_plan(window.context.store, recorded.id)
    window.show_plan(recorded.id)
    page = window.current_page()
    page.table.selectRow(0)
    failing_writes(window.context.store, monkeypatch, sqlite3.OperationalError("attempt to write a readonly database"))
    choices = Choices(monkeypatch, "cancel")
    page.editor.name_edit.setText("Mme Diallo")
    page.editor.on_name_edited()
    assert "L’action n’a pas été enregistrée" not in choices.texts  # the sentence is about the change
    assert "La modification de l’action n’a pas été enregistrée." in choices.texts
    assert page.editor.saved.text().startswith("⚠ non enregistré")
    assert page.editor.name_edit.text() == "Mme Diallo"  # what was typed is not thrown away
    assert action_plan.list_actions(window.context.store, recorded.id)[0].owner_name == ""


def test_creating_renaming_and_deleting_a_structure_on_a_read_only_medium(qtbot, window, monkeypatch):
    structure = structures.create_structure(window.context.store, "CHRS Les Tilleuls")
    window.show_home()
    home = window.current_page()
    failing_writes(window.context.store, monkeypatch, sqlite3.OperationalError("attempt to write a readonly database"))
    choices = Choices(monkeypatch)
    monkeypatch.setattr(dialogs, "ask_text", lambda *a, **k: "Accueil de jour")
    monkeypatch.setattr(dialogs, "confirm", lambda *a, **k: True)
    home.on_new_structure()
    home.table.setCurrentIndex(home.table.model().index(0, 0))
    home.on_rename()
    home.on_delete()
    assert [t.split("\n")[0] for _, t, _ in choices.shown] == [
        "La structure «\u00a0Accueil de jour\u00a0» n’a pas été créée.",
        "La structure n’a pas été renommée.",
        "«\u00a0CHRS Les Tilleuls\u00a0» n’a pas été supprimée.",
    ]
    assert [s.structure.name for s in summaries.list_structures(window.context.store)] == [structure.name]
    assert window.current_page() is home


def test_save_a_copy_elsewhere_keeps_everything_when_the_folder_is_gone(
    qtbot, window, open_session, monkeypatch, tmp_path
):
    page = consensus_question(qtbot, window, open_session)
    folder = window.context.data_dir
    folder.rename(folder.with_name("gone"))
    choices = Choices(monkeypatch, "copy", "cancel")
    rescue = tmp_path / "secours" / "copie"
    rescue.parent.mkdir()
    monkeypatch.setattr(dialogs, "save_file", lambda *a, **k: str(rescue))
    informed = []
    monkeypatch.setattr(dialogs, "inform", lambda parent, title, text: informed.append(text))
    press(qtbot, page, "1")
    assert len(choices.shown) == 2  # the copy is made, then the problem is shown again
    copy = rescue.with_name("copie.sqlite3")
    assert str(copy) in informed[0]
    with Store.open(copy.parent.parent / "check", automatic_backup=False) as check:
        check.restore(copy)
        assert assessments.get_assessment(check, open_session.id).id == open_session.id


# -- at start-up ------------------------------------------------------------------------------


@pytest.fixture
def bare_window(qtbot):
    window = MainWindow()
    qtbot.addWidget(window)
    yield window
    if window.context is not None:
        window.context.close()


def test_a_file_where_the_data_folder_should_be_is_explained(bare_window, tmp_path, monkeypatch):
    folder = tmp_path / "data"
    folder.write_text("un fichier")
    choices = Choices(monkeypatch, "quit")
    assert app.open_context(bare_window, folder) is False
    title, text, offered = choices.shown[0]
    assert title == "Données inutilisables" and "c’est un fichier" in text and "Rien n’a été modifié" in text
    assert offered == ["retry", "folder", "quit"]
    assert folder.read_text() == "un fichier"


def test_a_folder_where_the_database_should_be_then_another_folder_chosen(bare_window, tmp_path, monkeypatch):
    folder = tmp_path / "data"
    paths.database_path(folder).mkdir(parents=True)
    choices = Choices(monkeypatch, "folder")
    monkeypatch.setattr(dialogs, "choose_folder", lambda *a, **k: str(tmp_path / "other"))
    assert app.open_context(bare_window, folder) is True
    assert "il y a un dossier" in choices.texts or "n’est pas un fichier" in choices.texts
    assert bare_window.context.data_dir == tmp_path / "other"
    assert paths.database_path(folder).is_dir()


def test_every_message_uses_french_spacing(qtbot, window, open_session, monkeypatch):
    page = consensus_question(qtbot, window, open_session)
    failing_writes(window.context.store, monkeypatch, sqlite3.OperationalError("database or disk is full"))
    choices = Choices(monkeypatch, "cancel")
    press(qtbot, page, "1")
    text = choices.shown[0][1]
    assert " :" not in text and " ?" not in text and "'" not in text
    assert "non enregistré\u00a0: " in page.saved.text() or "non enregistré : " in page.saved.text()


def test_unexpected_storage_errors_reach_the_handler_not_a_traceback(window, monkeypatch):
    choices = Choices(monkeypatch, "cancel")
    hook = app._report_uncaught(window)
    hook(StoreError, StoreError("Le disque est plein. Que faire : libérez de la place.", "full"), None)
    assert "La dernière action n’a pas pu aller jusqu’au bout." in choices.texts


def test_keyboard_only_the_fault_message_never_hides_the_unsaved_mark(qtbot, window, open_session, monkeypatch):
    page = consensus_question(qtbot, window, open_session)
    failing_writes(window.context.store, monkeypatch, sqlite3.OperationalError("attempt to write a readonly database"))
    Choices(monkeypatch)
    press(qtbot, page, "2")
    press(qtbot, page, Qt.Key.Key_Return)  # on to the next question
    assert "✓ enregistré" not in page.saved.text()
    press(qtbot, page, Qt.Key.Key_Backspace)  # back: still marked
    assert_not_saved(page)
