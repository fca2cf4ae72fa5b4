"""No question passed silently: « question passée » said, the questions without an answer listed before
the end with a way back, Enter on the hub's focused buttons."""

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from peerready.store import respondents
from tests.ui.mistakes import hub_button, open_page, plain, press


def test_enter_on_an_unanswered_question_says_it_was_passed_and_the_end_lists_it(qtbot, window, open_session):
    page = open_page(qtbot, window, open_session.id)
    button = hub_button(page, "Réponse commune")
    button.setFocus()
    press(qtbot, Qt.Key.Key_Return)  # Enter on a focused hub button does what it says
    assert page.stack.currentWidget() is page.question_screen
    assert not page.question_screen.passed_note.isVisible()

    press(qtbot, Qt.Key.Key_Return)  # question 1 without an answer
    assert "Question 2 / " in page.position_label.text()
    note = page.question_screen.passed_note
    assert note.isVisible() and "Question 1 passée sans réponse" in plain(note.text())
    press(qtbot, Qt.Key.Key_1)
    assert not note.isVisible() or "Question 1" in note.text()  # still said until the next question
    count = len(page.questions)
    for _ in range(count - 2):  # every other question answered
        press(qtbot, Qt.Key.Key_Return)
        assert not note.isVisible()
        press(qtbot, Qt.Key.Key_1)
    assert page.session.is_last
    press(qtbot, Qt.Key.Key_Return)  # the last question: the list, not the end
    listing = page.passed_list
    assert page.stack.currentWidget() is listing
    assert listing.list.count() == 1 and listing.list.item(0).text().startswith("Question 1 ·")
    assert "1 question sans réponse" in plain(listing.title.text())
    assert QApplication.focusWidget() is listing.list
    management = next(r for r in respondents.list_respondents(window.context.store, open_session.id))
    assert not respondents.get_respondent(window.context.store, management.id).finished

    press(qtbot, Qt.Key.Key_Return)  # back to question 1
    assert page.stack.currentWidget() is page.question_screen and page.index == 0
    press(qtbot, Qt.Key.Key_2)
    press(qtbot, Qt.Key.Key_Return)  # nothing left without an answer: the common answer is done
    assert page.stack.currentWidget() is page.overview
    stored = respondents.respondent_answers(window.context.store, management.id)
    assert len(stored) == count


def test_a_person_may_leave_questions_unanswered_but_sees_them_first(qtbot, window, open_session):
    page = open_page(qtbot, window, open_session.id)
    qtbot.mouseClick(hub_button(page, "Nouvelle personne"), Qt.MouseButton.LeftButton)
    press(qtbot, Qt.Key.Key_Return)  # the hand-over screen: start
    count = len(page.questions)
    press(qtbot, Qt.Key.Key_1)
    for _ in range(count - 1):
        press(qtbot, Qt.Key.Key_Return)  # every other question passed
    assert "passée sans réponse" in plain(page.question_screen.passed_note.text())
    press(qtbot, Qt.Key.Key_Return)
    listing = page.passed_list
    assert page.stack.currentWidget() is listing and listing.list.count() == count - 1
    assert "ne pas répondre est permis" in plain(listing.detail.text())
    # Going back to them: Enter goes from one question without an answer to the next.
    listing.list.setCurrentRow(0)
    press(qtbot, Qt.Key.Key_Return)
    assert page.index == 1 and page.reviewing
    if count > 3:
        press(qtbot, Qt.Key.Key_Return)
        assert page.index == 2
    page.go_to(count - 1)
    press(qtbot, Qt.Key.Key_Return)
    assert page.stack.currentWidget() is listing
    listing.finish_button.setFocus()
    press(qtbot, Qt.Key.Key_Return)  # Enter on « Terminer sans y répondre »
    assert page.stack.currentWidget() in (page.sharing.screen, page.thanks)
    assert listing.list.count() == 0  # nothing of the person left behind
