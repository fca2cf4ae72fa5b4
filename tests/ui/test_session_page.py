"""The session page: people answer with the keyboard, tallies and common answers, resuming, closing."""

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QApplication, QGroupBox, QLabel, QLineEdit, QSpinBox, QWidget

from peerready.store import assessments, respondents
from peerready.ui import dialogs
from peerready.ui.pages.session import OptionButton, SessionPage
from tests.ui import accessibility


class FakeNavigator:
    """Records where the page asked to go."""

    def __init__(self):
        self.calls = []

    def show_results(self, assessment_id):
        self.calls.append(("show_results", assessment_id))

    def show_structure(self, structure_id):
        self.calls.append(("show_structure", structure_id))

    def notify(self, text, milliseconds=4000):
        self.calls.append(("notify", text))


def make_page(qtbot, context, assessment_id):
    page = SessionPage(context, FakeNavigator())
    qtbot.addWidget(page)
    page.resize(1200, 800)
    page.show()
    qtbot.waitExposed(page)
    page.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is page)
    page.open(assessment_id)
    page.first_focus().setFocus()
    return page


@pytest.fixture
def page(qtbot, context, open_session):
    return make_page(qtbot, context, open_session.id)


def press(qtbot, page, key, modifier=Qt.KeyboardModifier.NoModifier):
    """A key pressed wherever the focus is, as a person would."""
    qtbot.keyClick(QApplication.focusWidget() or page, key, modifier)


def overview_button(page, name):
    return next(b for b in page.overview_buttons if b.text() == name)


def questions(context, assessment, group):
    q = assessments.questionnaire(context.store, assessment.questionnaire_hash)
    return q.questions_for(group, assessment.stage, assessment.short)


def only_respondent(context, assessment, group):
    found = [r for r in respondents.list_respondents(context.store, assessment.id) if r.group == group]
    assert len(found) == 1
    return found[0]


def visible_texts(widget):
    texts = []
    for child in widget.findChildren(QWidget):
        if not child.isVisible():
            continue
        if isinstance(child, (QLabel, QAbstractButton, QLineEdit)):
            texts.append(child.text())
        elif isinstance(child, QGroupBox):
            texts.append(child.title())
    return texts


def test_overview_lists_groups_and_modes_without_any_result(page):
    texts = " ".join(visible_texts(page))
    assert "Direction et encadrement" in texts and "Équipe" in texts
    assert "Travailleur pair ou travailleuse paire" in texts
    assert "Réponse commune" in texts and "Saisir le décompte" in texts and "Nouvelle personne" in texts
    assert "Clore la collecte et voir les résultats" in texts
    assert "%" not in texts and "score" not in texts.lower()


def test_a_person_answers_with_the_keyboard_and_goes_back_to_change_an_answer(qtbot, page, context, open_session):
    qtbot.mouseClick(overview_button(page, "Nouvelle personne"), Qt.MouseButton.LeftButton)
    assert page.stack.currentWidget() is page.handover
    assert "Passez l’ordinateur à la personne suivante" in page.handover_label.text()
    press(qtbot, page, Qt.Key.Key_Return)
    assert page.stack.currentWidget() is page.question_screen
    asked = questions(context, open_session, "peer")
    assert f"Question 1 / {len(asked)}" in page.position_label.text()
    assert page.question_label.text() == asked[0].text_for("peer", open_session.stage)

    press(qtbot, page, Qt.Key.Key_1)
    assert page.option_buttons[0].isChecked() and "✓" in page.option_buttons[0].text_label.text()
    assert page.saved.text() == "✓ enregistré"
    press(qtbot, page, Qt.Key.Key_Return)
    press(qtbot, page, Qt.Key.Key_3)
    press(qtbot, page, Qt.Key.Key_Right)
    press(qtbot, page, Qt.Key.Key_4)
    press(qtbot, page, Qt.Key.Key_Enter)
    assert "Question 4 / " in page.position_label.text()
    press(qtbot, page, Qt.Key.Key_Backspace)
    press(qtbot, page, Qt.Key.Key_Backspace)
    assert "Question 2 / " in page.position_label.text()
    assert page.option_buttons[2].isChecked()
    press(qtbot, page, Qt.Key.Key_2)
    # A comment, typed in its field, is saved with the answer; digits there are text, not answers.
    page.comment_edit.setFocus()
    qtbot.keyClicks(page.comment_edit, "Pas encore 2 fois")
    press(qtbot, page, Qt.Key.Key_Return)
    assert "Question 3 / " in page.position_label.text()

    respondent = only_respondent(context, open_session, "peer")
    stored = respondents.respondent_answers(context.store, respondent.id)
    assert {qid: a["value"] for qid, a in stored.items()} == {
        asked[0].id: asked[0].options[0].value,
        asked[1].id: asked[1].options[1].value,
        asked[2].id: asked[2].options[3].value,
    }
    assert stored[asked[1].id]["comment"] == "Pas encore 2 fois"
    assert page.dimension_list.count() >= 1


def test_a_comment_waits_for_an_answer(qtbot, page, context, open_session):
    qtbot.mouseClick(overview_button(page, "Nouvelle personne"), Qt.MouseButton.LeftButton)
    press(qtbot, page, Qt.Key.Key_Return)
    page.comment_edit.setFocus()
    qtbot.keyClicks(page.comment_edit, "A discuter")
    page.flush_comment()
    respondent = only_respondent(context, open_session, "peer")
    assert respondents.respondent_answers(context.store, respondent.id) == {}
    assert page.comment_hint.isVisible()
    qtbot.mouseClick(page.option_buttons[1], Qt.MouseButton.LeftButton)
    asked = questions(context, open_session, "peer")
    stored = respondents.respondent_answers(context.store, respondent.id)[asked[0].id]
    assert stored["value"] == asked[0].options[1].value and stored["comment"] == "A discuter"


def test_the_hand_over_screen_shows_nothing_of_the_previous_person(qtbot, page, context, open_session):
    qtbot.mouseClick(overview_button(page, "Nouvelle personne"), Qt.MouseButton.LeftButton)
    press(qtbot, page, Qt.Key.Key_Return)
    press(qtbot, page, Qt.Key.Key_2)
    page.comment_edit.setFocus()
    qtbot.keyClicks(page.comment_edit, "Reponse vraiment personnelle")
    asked = questions(context, open_session, "peer")
    page.go_to(len(asked) - 1)
    press(qtbot, page, Qt.Key.Key_Return)  # the last question: the questions without an answer first
    assert page.stack.currentWidget() is page.passed_list
    qtbot.mouseClick(page.passed_list.finish_button, Qt.MouseButton.LeftButton)  # finished, some left unanswered
    assert page.stack.currentWidget() is page.sharing.screen  # the peer chooses what they share
    qtbot.mouseClick(page.sharing.screen.done_button, Qt.MouseButton.LeftButton)
    assert page.stack.currentWidget() is page.thanks
    assert page.sharing.screen.findings.text() == ""
    assert "Merci, vos réponses sont enregistrées" in page.thanks_label.text()
    press(qtbot, page, Qt.Key.Key_Return)  # « Personne suivante »
    assert page.stack.currentWidget() is page.handover
    page.on_show_overview()  # the facilitator's gesture
    assert "1 personne a terminé" in " ".join(visible_texts(page))

    qtbot.mouseClick(overview_button(page, "Nouvelle personne"), Qt.MouseButton.LeftButton)
    assert page.stack.currentWidget() is page.handover
    qtbot.waitUntil(lambda: not page.findChildren(OptionButton))
    everything = " ".join(visible_texts(page))
    assert "Reponse vraiment personnelle" not in everything and "✓" not in everything
    assert asked[0].options[1].label not in everything
    assert page.question_label.text() == "" and page.comment_edit.text() == ""
    press(qtbot, page, Qt.Key.Key_Return)
    assert "Question 1 / " in page.position_label.text()
    assert not any(button.isChecked() for button in page.option_buttons)
    assert page.comment_edit.text() == ""
    # Backspace on the first question never reaches the previous person.
    press(qtbot, page, Qt.Key.Key_Backspace)
    assert page.stack.currentWidget() is page.question_screen and page.index == 0
    assert len(respondents.list_respondents(context.store, open_session.id)) == 2


def test_a_tally_is_typed_in_spin_boxes_and_stored_as_counts(qtbot, page, context, open_session):
    qtbot.mouseClick(overview_button(page, "Saisir le décompte"), Qt.MouseButton.LeftButton)
    assert page.stack.currentWidget() is page.question_screen
    assert not page.option_buttons and page.spin_boxes
    first, second = page.spin_boxes[0], page.spin_boxes[1]
    assert QApplication.focusWidget() is page.tally.present_box  # a sheet starts with the people present
    press(qtbot, page, Qt.Key.Key_Return)  # not said: on to the counts
    assert QApplication.focusWidget() is first.findChild(QLineEdit) or QApplication.focusWidget() is first
    qtbot.keyClicks(first, "3")
    press(qtbot, page, Qt.Key.Key_Tab)
    qtbot.keyClicks(second, "5")
    assert page.tally_total.text() == "Total : 8 réponses"
    asked = questions(context, open_session, "team")
    sheet = only_respondent(context, open_session, "team")
    stored = respondents.respondent_answers(context.store, sheet.id)
    assert stored[asked[0].id]["counts"] == {asked[0].options[0].value: 3, asked[0].options[1].value: 5}
    assert stored[asked[0].id]["value"] is None
    # Up arrow adds one; everything back to zero removes the answer.
    qtbot.keyClick(second, Qt.Key.Key_Up)
    assert page.tally_total.text() == "Total : 9 réponses"
    press(qtbot, page, Qt.Key.Key_Return)
    assert "Question 2 / " in page.position_label.text()
    press(qtbot, page, Qt.Key.Key_Backspace)  # in a spin box: edits the number, does not go back
    assert "Question 2 / " in page.position_label.text()
    page.go_to(0)
    assert page.spin_boxes[1].value() == 6
    page.spin_boxes[0].setValue(0)
    page.spin_boxes[1].setValue(0)
    assert asked[0].id not in respondents.respondent_answers(context.store, sheet.id)
    # The same tally sheet is used again from the overview.
    page.on_show_overview()
    qtbot.mouseClick(overview_button(page, "Saisir le décompte"), Qt.MouseButton.LeftButton)
    assert only_respondent(context, open_session, "team").id == sheet.id


def test_a_common_answer_with_divided_views_and_a_note(qtbot, page, context, open_session):
    qtbot.mouseClick(overview_button(page, "Réponse commune"), Qt.MouseButton.LeftButton)
    assert page.divided_box.isVisible()
    press(qtbot, page, Qt.Key.Key_2)
    page.divided_box.setFocus()
    press(qtbot, page, Qt.Key.Key_Space)
    assert page.divided_box.isChecked()
    page.comment_edit.setFocus()
    qtbot.keyClicks(page.comment_edit, "La moitie du groupe hesite")
    press(qtbot, page, Qt.Key.Key_Return)
    asked = questions(context, open_session, "management")
    group = only_respondent(context, open_session, "management")
    stored = respondents.respondent_answers(context.store, group.id)[asked[0].id]
    assert stored == {
        "value": asked[0].options[1].value,
        "counts": None,
        "comment": "La moitie du groupe hesite",
        "divided": True,
    }
    # Checked before answering: kept until the answer is chosen.
    page.divided_box.setChecked(True)
    press(qtbot, page, Qt.Key.Key_4)
    assert respondents.respondent_answers(context.store, group.id)[asked[1].id]["divided"] is True


def test_why_this_question_shows_the_help_and_its_sources(qtbot, page, context, open_session):
    qtbot.mouseClick(overview_button(page, "Réponse commune"), Qt.MouseButton.LeftButton)
    assert not page.why_label.isVisible()
    press(qtbot, page, Qt.Key.Key_W, Qt.KeyboardModifier.ControlModifier)
    assert page.why_label.isVisible()
    question = questions(context, open_session, "management")[0]
    q = assessments.questionnaire(context.store, open_session.questionnaire_hash)
    assert question.help.split()[0] in page.why_label.text()
    for source in question.sources:
        assert q.references[source].title in page.why_label.text()
    press(qtbot, page, Qt.Key.Key_Question)
    assert not page.why_label.isVisible()


def test_jumping_to_a_dimension_from_the_progress_panel(qtbot, page, context, open_session):
    qtbot.mouseClick(overview_button(page, "Réponse commune"), Qt.MouseButton.LeftButton)
    press(qtbot, page, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)
    assert QApplication.focusWidget() is page.dimension_list
    press(qtbot, page, Qt.Key.Key_Down)
    target = page.dimension_list.currentItem().data(Qt.ItemDataRole.UserRole)
    press(qtbot, page, Qt.Key.Key_Return)
    assert page.questions[page.index].dimension == target
    assert page.stack.currentWidget() is page.question_screen


def test_leaving_and_coming_back_resumes_at_the_same_question(qtbot, page, context, open_session):
    qtbot.mouseClick(overview_button(page, "Réponse commune"), Qt.MouseButton.LeftButton)
    for key in (Qt.Key.Key_1, Qt.Key.Key_Return, Qt.Key.Key_2, Qt.Key.Key_Return, Qt.Key.Key_Return):
        press(qtbot, page, key)
    assert page.index == 3
    again = make_page(qtbot, context, open_session.id)
    assert again.stack.currentWidget() is again.question_screen
    assert again.index == 3 and "Question 4 / " in again.position_label.text()
    assert again.respondent.group == "management"


def test_a_person_resumes_at_the_same_question_after_the_facilitators_gesture(
    qtbot, page, context, open_session, monkeypatch
):
    qtbot.mouseClick(overview_button(page, "Nouvelle personne"), Qt.MouseButton.LeftButton)
    press(qtbot, page, Qt.Key.Key_Return)
    press(qtbot, page, Qt.Key.Key_3)
    press(qtbot, page, Qt.Key.Key_Return)
    page.open(open_session.id)
    assert page.stack.currentWidget() is page.handover and page.handover.locked
    press(qtbot, page, Qt.Key.Key_Return)  # a participant cannot reopen them
    assert page.stack.currentWidget() is page.handover
    monkeypatch.setattr(dialogs, "choose", lambda *args, **kwargs: "resume")
    press(qtbot, page, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert page.stack.currentWidget() is page.question_screen
    assert page.index == 1 and page.respondent.group == "peer"


def test_an_unfinished_person_can_be_resumed_from_the_overview(qtbot, page, context, open_session, monkeypatch):
    qtbot.mouseClick(overview_button(page, "Nouvelle personne"), Qt.MouseButton.LeftButton)
    press(qtbot, page, Qt.Key.Key_Return)
    press(qtbot, page, Qt.Key.Key_1)
    monkeypatch.setattr(dialogs, "choose", lambda *args, **kwargs: "overview")
    press(qtbot, page, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert page.stack.currentWidget() is page.overview
    resume = next(b for b in page.overview_buttons if b.text().startswith("Reprendre la personne n° 1"))
    qtbot.mouseClick(resume, Qt.MouseButton.LeftButton)
    assert page.stack.currentWidget() is page.handover
    press(qtbot, page, Qt.Key.Key_Return)
    assert page.index == 1


def test_closing_the_collection_shows_the_results(qtbot, page, context, open_session, monkeypatch):
    asked = []
    monkeypatch.setattr(dialogs, "confirm", lambda *args, **kwargs: asked.append(args) or False)
    qtbot.mouseClick(page.close_button, Qt.MouseButton.LeftButton)
    assert len(asked) == 1 and not assessments.get_assessment(context.store, open_session.id).closed
    assert page.navigator.calls == []

    monkeypatch.setattr(dialogs, "confirm", lambda *args, **kwargs: True)
    qtbot.mouseClick(page.close_button, Qt.MouseButton.LeftButton)
    assert assessments.get_assessment(context.store, open_session.id).closed
    assert page.navigator.calls == [("show_results", open_session.id)]


def test_a_closed_collection_can_be_reopened(qtbot, context, open_session, monkeypatch):
    assessments.set_collection_closed(context.store, open_session.id, True)
    page = make_page(qtbot, context, open_session.id)
    assert page.stack.currentWidget() is page.closed_screen
    qtbot.mouseClick(page.results_button, Qt.MouseButton.LeftButton)
    assert page.navigator.calls == [("show_results", open_session.id)]
    monkeypatch.setattr(dialogs, "confirm", lambda *args, **kwargs: True)
    qtbot.mouseClick(page.reopen_button, Qt.MouseButton.LeftButton)
    assert not assessments.get_assessment(context.store, open_session.id).closed
    assert page.stack.currentWidget() is page.overview


def test_every_focusable_widget_has_a_name(qtbot, page):
    def unnamed():
        missing = []
        for widget in page.findChildren(QWidget):
            if not widget.isVisible() or widget.focusPolicy() == Qt.FocusPolicy.NoFocus:
                continue
            if widget.focusProxy() is not None:  # e.g. the text field inside a spin box
                continue
            named = accessibility.spoken_name(widget) or any(
                label.buddy() is widget for label in page.findChildren(QLabel)
            )
            if not named:
                missing.append(widget)
        return missing

    assert unnamed() == []
    qtbot.mouseClick(overview_button(page, "Saisir le décompte"), Qt.MouseButton.LeftButton)
    assert all(spin.accessibleName().startswith("Nombre de") for spin in page.findChildren(QSpinBox))
    assert unnamed() == []
    page.on_show_overview()
    qtbot.mouseClick(overview_button(page, "Réponse commune"), Qt.MouseButton.LeftButton)
    assert unnamed() == []


def test_opened_from_the_main_window_and_following_the_text_size(qtbot, window, open_session):
    window.show_session(open_session.id)
    page = window.current_page()
    assert isinstance(page, SessionPage) and page.stack.currentWidget() is page.overview
    assert QApplication.focusWidget() is page.overview_buttons[0]
    qtbot.keyClick(page.overview_buttons[0], Qt.Key.Key_Space)  # the management's common answer
    size = page.question_label.font().pointSizeF()
    window.context.set_setting("display/scale", 200)
    window.apply_theme()
    # The question grows, half as fast as the body text: at 200 % it still fits a projector with its answers.
    assert page.question_label.font().pointSizeF() == pytest.approx(size * 1.5)
    assert page.question_label.font().pointSizeF() > QApplication.font().pointSizeF()
    assert page.option_buttons[0].text_label.font().pointSizeF() > size


def test_the_peer_sees_what_they_said_and_chooses_what_is_shared(
    qtbot, page, context, open_session, tmp_path, monkeypatch
):
    qtbot.mouseClick(overview_button(page, "Nouvelle personne"), Qt.MouseButton.LeftButton)
    press(qtbot, page, Qt.Key.Key_Return)
    asked = questions(context, open_session, "peer")
    for index in range(len(asked)):
        page.go_to(index)
        scored = [o for o in page.session.question.options if o.scored]
        low = min(range(len(scored)), key=lambda i: scored[i].score)
        press(qtbot, page, getattr(Qt.Key, f"Key_{low + 1}"))  # the least ready answer each time
    press(qtbot, page, Qt.Key.Key_Return)
    screen = page.sharing.screen
    assert page.stack.currentWidget() is screen
    assert "Ce que vous avez signalé" in screen.findings.text()
    assert screen.choices["weight"].isChecked()  # what happens when nothing is chosen

    sheet = tmp_path / "fiche.pdf"
    monkeypatch.setattr(dialogs, "save_file", lambda *a, **k: str(sheet))
    qtbot.mouseClick(screen.sheet_button, Qt.MouseButton.LeftButton)
    assert sheet.read_bytes().startswith(b"%PDF")

    screen.choices["all"].setChecked(True)
    qtbot.mouseClick(screen.done_button, Qt.MouseButton.LeftButton)
    assert page.stack.currentWidget() is page.thanks
    assert only_respondent(context, open_session, "peer").consent == "all"
