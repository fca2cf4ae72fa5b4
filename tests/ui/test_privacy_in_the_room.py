"""While a person answers in turn, the screen holds only their questions (issue: privacy in the room).

Leaving it — buttons, menus, every shortcut — takes the facilitator's gesture (Ctrl+Maj+A and a
choice in a box « Réservé à la personne qui anime »); an interrupted person's answers reopen only
after it; the thank-you screen leads to the next person, never to the overview.
"""

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QApplication

from peerready.ui import dialogs
from tests.ui.test_session_page import overview_button, press

GESTURE = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier


@pytest.fixture
def session(qtbot, window, open_session):
    window.show_session(open_session.id)
    page = window.current_page()
    page.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    return page


def visible_buttons(screen) -> list[str]:
    return [b.text() for b in screen.findChildren(QAbstractButton) if b.isVisible()]


def start_a_person(qtbot, page):
    qtbot.mouseClick(overview_button(page, "Nouvelle personne"), Qt.MouseButton.LeftButton)
    assert page.stack.currentWidget() is page.handover
    press(qtbot, page, Qt.Key.Key_Return)
    assert page.stack.currentWidget() is page.question_screen and page.respondent.mode == "individual"


ESCAPES = [
    (Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier),  # back
    (Qt.Key.Key_G, Qt.KeyboardModifier.ControlModifier),  # overview of the structures
    (Qt.Key.Key_Home, Qt.KeyboardModifier.ControlModifier),  # home
    (Qt.Key.Key_I, Qt.KeyboardModifier.ControlModifier),  # import
    (Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier),  # new structure
    (Qt.Key.Key_F1, Qt.KeyboardModifier.NoModifier),  # the guide
    (Qt.Key.Key_Escape, Qt.KeyboardModifier.NoModifier),
    (Qt.Key.Key_Backspace, Qt.KeyboardModifier.NoModifier),
]


def test_a_person_answering_can_reach_nothing_but_their_questions(qtbot, window, session):
    start_a_person(qtbot, session)
    person = session.respondent.id
    assert not session.header.back_button.isVisible() and not session.pause_button.isVisible()
    for action in window.facilitator_actions:
        assert not action.isEnabled(), action.text()
    assert window.findChild(type(window.facilitator_actions[0]), "action_zoom_in").isEnabled()  # text size stays
    for key, modifier in ESCAPES:
        press(qtbot, session, key, modifier)
        assert window.current_page() is session, key
        assert session.stack.currentWidget() is session.question_screen and session.respondent.id == person, key


def test_the_gesture_asks_and_staying_is_the_default(qtbot, window, session, monkeypatch):
    start_a_person(qtbot, session)
    asked = []

    def choose(parent, title, text, choices, escape=""):
        asked.append((title, [key for key, _ in choices], escape))
        return escape  # the box closed, or Enter on the default button

    monkeypatch.setattr(dialogs, "choose", choose)
    press(qtbot, session, Qt.Key.Key_A, GESTURE)
    assert asked == [("Réservé à la personne qui anime", ["stay", "overview"], "stay")]
    assert session.stack.currentWidget() is session.question_screen
    monkeypatch.setattr(dialogs, "choose", lambda *args, **kwargs: "overview")
    press(qtbot, session, Qt.Key.Key_A, GESTURE)
    assert session.stack.currentWidget() is session.overview
    assert session.header.back_button.isVisible()
    assert all(action.isEnabled() for action in window.facilitator_actions)


def test_the_hand_over_and_thank_you_screens_lead_only_to_a_person(qtbot, window, session, open_session):
    qtbot.mouseClick(overview_button(session, "Nouvelle personne"), Qt.MouseButton.LeftButton)
    assert visible_buttons(session.handover) == ["Commencer"]
    assert not window.facilitator_actions[0].isEnabled()
    press(qtbot, session, Qt.Key.Key_Return)
    first = session.respondent
    for _ in range(len(session.questions)):
        press(qtbot, session, Qt.Key.Key_1)
        press(qtbot, session, Qt.Key.Key_Return)
    if session.stack.currentWidget() is session.sharing.screen:
        qtbot.mouseClick(session.sharing.screen.done_button, Qt.MouseButton.LeftButton)
    assert session.stack.currentWidget() is session.thanks
    assert visible_buttons(session.thanks) == ["Personne suivante"] and not session.header.back_button.isVisible()
    press(qtbot, session, Qt.Key.Key_Return)
    assert session.stack.currentWidget() is session.handover
    assert session.respondent.group == first.group and session.respondent.id != first.id


def test_after_a_crash_an_interrupted_persons_answers_stay_closed(qtbot, window, session, open_session, monkeypatch):
    start_a_person(qtbot, session)
    press(qtbot, session, Qt.Key.Key_2)
    press(qtbot, session, Qt.Key.Key_Return)
    # The laptop restarts: the session opens again where it was.
    window.show_home()
    window.show_session(open_session.id)
    assert session.stack.currentWidget() is session.handover and session.handover.locked
    assert visible_buttons(session.handover) == []
    assert "Appelez la personne qui anime" in session.handover_label.text()
    for key, modifier in [(Qt.Key.Key_Return, Qt.KeyboardModifier.NoModifier), *ESCAPES]:
        press(qtbot, session, key, modifier)
        assert session.stack.currentWidget() is session.handover, key
    assert session.question_label.text() == ""  # nothing of them, even hidden
    assert all(not b.isChecked() for b in session.option_buttons)
    monkeypatch.setattr(dialogs, "choose", lambda *args, **kwargs: "resume")
    press(qtbot, session, Qt.Key.Key_A, GESTURE)
    assert session.stack.currentWidget() is session.question_screen and session.index == 1


def test_why_this_question_opened_by_one_person_is_closed_for_the_next(qtbot, window, session):
    start_a_person(qtbot, session)
    session.why_button.click()
    assert session.why_label.isVisible()
    session.on_show_overview()
    start_a_person(qtbot, session)
    assert not session.why_button.isChecked() and not session.why_label.isVisible()
