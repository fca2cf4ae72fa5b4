"""A second session started by accident: asked first (back to the open one by default); a mistaken
assessment deleted from the structure page, after a backup, and only it."""

import pytest
from PySide6.QtCore import Qt

from peerready import paths
from peerready.engine import instrument, wording
from peerready.store import assessments, structures, summaries
from peerready.ui import dialogs
from peerready.workshop import answering, collecting, preparing
from tests.ui.mistakes import GROUPS, activate, closed_assessment, plain, press


@pytest.fixture
def structure_with_open_session(context):
    structure = structures.create_structure(context.store, "Accueil de jour Le Phare")
    questionnaire = instrument.find(None)
    assessment = preparing.start_assessment(context.store, structure.id, questionnaire, "integrating", GROUPS)
    s = answering.open_session(context.store, collecting.common_answer(context.store, assessment.id, "management").id)
    answering.answer_number(context.store, s, 1)
    return structure, assessment


def test_ctrl_e_while_a_collection_is_open_asks_first_and_goes_back_to_it_by_default(
    qtbot, window, monkeypatch, structure_with_open_session
):
    structure, assessment = structure_with_open_session
    window.show_structure(structure.id)
    activate(qtbot, window)
    asked = []

    def answer_with_the_default(parent, title, text, choices, escape=""):
        asked.append((text, choices, escape))
        return choices[0][0]  # Enter: the default button, the first one

    monkeypatch.setattr(dialogs, "choose", answer_with_the_default)
    press(qtbot, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: window.current_page().objectName() == "session_page", timeout=5000)
    text, choices, escape = asked[0]
    assert "encore ouverte" in text and "1 réponse" in text
    assert wording.short_date(assessment.started_at) in text
    assert choices[0] == ("back", "Revenir à la séance ouverte") and escape == "cancel"
    assert window.current_page().assessment.id == assessment.id  # back to the open one
    assert [a.id for a, _ in summaries.list_assessments(window.context.store, structure.id)] == [assessment.id]


def test_a_second_session_is_started_only_when_asked_for(qtbot, window, monkeypatch, structure_with_open_session):
    from peerready.ui.dialogs.prepare import PrepareDialog

    structure, _ = structure_with_open_session
    window.show_structure(structure.id)
    page = window.current_page()
    opened = []
    monkeypatch.setattr(PrepareDialog, "exec", lambda dialog: opened.append(dialog) or 0)
    monkeypatch.setattr(dialogs, "choose", lambda *a, **k: "cancel")  # Escape
    page.on_new_assessment()
    assert opened == [] and window.current_page() is page
    monkeypatch.setattr(dialogs, "choose", lambda *a, **k: "new")
    page.on_new_assessment()
    assert len(opened) == 1  # the set-up dialog, as before


def test_no_question_when_every_collection_is_closed(qtbot, window, monkeypatch, context, mini):
    from peerready.ui.dialogs.prepare import PrepareDialog

    closed = closed_assessment(context.store, mini)
    window.show_structure(closed.structure_id)
    opened = []
    monkeypatch.setattr(PrepareDialog, "exec", lambda dialog: opened.append(dialog) or 0)
    window.current_page().on_new_assessment()  # dialogs.choose would fail the test
    assert len(opened) == 1


def test_a_mistaken_assessment_is_deleted_after_a_backup_and_the_other_one_kept(
    qtbot, window, monkeypatch, structure_with_open_session
):
    structure, real = structure_with_open_session
    store = window.context.store
    mistake = preparing.start_assessment(store, structure.id, instrument.find(None), "integrating", GROUPS)
    window.context.set_setting(f"session/{mistake.id}", '{"screen": "overview"}')
    window.show_structure(structure.id)
    page = window.current_page()
    assert page.selected_id() == mistake.id  # the newest is chosen first
    questions = []
    monkeypatch.setattr(dialogs, "confirm", lambda parent, title, text, action="": questions.append(text) or False)
    page.table.setFocus()
    press(qtbot, Qt.Key.Key_Delete, widget=page.table)
    assert "aucune réponse" in questions[0] and "avant-suppression" in questions[0]
    assert "Les autres évaluations de" in questions[0]
    assert len(summaries.list_assessments(store, structure.id)) == 2  # « Annuler »: nothing deleted

    monkeypatch.setattr(dialogs, "confirm", lambda parent, title, text, action="": questions.append(text) or True)
    qtbot.mouseClick(page.delete_button, Qt.MouseButton.LeftButton)
    assert [a.id for a, _ in summaries.list_assessments(store, structure.id)] == [real.id]
    assert assessments.latest_assessment(store, structure.id).id == real.id
    assert summaries.answer_count(store, real.id) == 1
    assert any("avant-suppression" in p.name for p in paths.backups_dir(window.context.data_dir).iterdir())
    assert window.context.setting(f"session/{mistake.id}", "") == ""
    shown = window.current_page()
    assert shown.objectName() == "structure_page" and shown.table.topLevelItemCount() == 1
    assert "a été supprimée" in window.statusBar().currentMessage()

    # The one left holds answers: the question says how many.
    shown.on_delete()
    assert "1 réponse" in plain(questions[-1])
    assert summaries.list_assessments(store, structure.id) == []
