"""Helpers for the tests of what a tired facilitator gets wrong: keys pressed where the focus is, the hub's buttons."""

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from peerready.engine import typography
from peerready.store import structures
from peerready.workshop import answering, collecting, preparing

GROUPS = {"management": "consensus", "team": "tally", "peer": "individual"}


def press(qtbot, key, modifier=Qt.KeyboardModifier.NoModifier, widget=None):
    """A key pressed where the focus is, as a person would."""
    qtbot.keyClick(widget or QApplication.focusWidget(), key, modifier)


def activate(qtbot, window):
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)


def plain(text):
    """A message without its French no-break spaces, to compare with ordinary text."""
    return typography.plain(text)


def open_page(qtbot, window, assessment_id):
    """The session page of an assessment, in the real window, with the keyboard's focus."""
    window.show_session(assessment_id)
    activate(qtbot, window)
    return window.current_page()


def hub_button(page, text):
    return next(b for b in page.overview_buttons if b.text() == text)


def closed_assessment(store, questionnaire):
    """A closed assessment of ``questionnaire``, management answering the least ready answer each time."""
    structure = structures.create_structure(store, "CHRS Les Tilleuls")
    assessment = preparing.start_assessment(
        store, structure.id, questionnaire, "integrating", {"management": "consensus"}
    )
    s = answering.open_session(store, collecting.common_answer(store, assessment.id, "management").id)
    for index in range(s.count):
        worst = min((o for o in s.question.options if o.scored), key=lambda o: o.score)
        s = answering.move(answering.answer(store, s, worst.value), index + 1)
    collecting.close(store, assessment.id)
    return assessment
