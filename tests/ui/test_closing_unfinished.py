"""Closing the collection says who has not finished, as the hub counts them."""

from PySide6.QtCore import Qt

from peerready.store import assessments
from peerready.ui import dialogs
from peerready.workshop import answering, collecting
from tests.ui.mistakes import open_page, plain, press


def test_closing_lists_the_people_on_the_way(qtbot, window, monkeypatch, open_session):
    store = window.context.store
    person = answering.open_session(store, collecting.new_person(store, open_session.id, "peer").id)
    answering.answer_number(store, person, 1)
    common = answering.open_session(store, collecting.common_answer(store, open_session.id, "management").id)
    answering.answer_number(store, common, 1)
    page = open_page(qtbot, window, open_session.id)
    asked = []
    monkeypatch.setattr(dialogs, "confirm", lambda parent, title, text, action="": asked.append(text) or False)
    page.close_button.setFocus()
    press(qtbot, Qt.Key.Key_Return)  # Enter on the focused button
    text = plain(asked[0])
    assert "Pas encore fini" in text
    assert "• Travailleur pair ou travailleuse paire : 1 personne en cours" in text
    assert f"• Direction et encadrement : réponse commune à 1 / {common.count} questions" in text
    assert "• Équipe : pas encore de décompte" in text
    assert not assessments.get_assessment(store, open_session.id).closed
