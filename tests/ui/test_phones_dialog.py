"""The facilitator's window of a phone collection: the code, the address, counts only; closing it stops the server."""

import http.client
import urllib.parse

import pytest
from PySide6.QtCore import Qt

from peerready.engine import instrument
from peerready.store import structures
from peerready.ui.dialogs.phones import PhonesDialog
from peerready.ui.widgets.group_card import GroupCard
from peerready.workshop import collecting, preparing


@pytest.fixture
def open_assessment(context):
    structure = structures.create_structure(context.store, "Pension de famille Les Lilas")
    return preparing.start_assessment(
        context.store,
        structure.id,
        instrument.find(None),
        "preparing",
        {"management": "consensus", "team": "individual"},
    )


def get(url):
    parts = urllib.parse.urlsplit(url)
    connection = http.client.HTTPConnection(parts.hostname, parts.port, timeout=5)
    try:
        connection.request("GET", parts.path)
        response = connection.getresponse()
        return response.status, response.read().decode("utf-8")
    finally:
        connection.close()


def test_the_window_shows_where_to_go_and_stops_the_server_when_closed(qtbot, context, open_assessment):
    dialog = PhonesDialog(context, open_assessment.id, "team", host="127.0.0.1")
    qtbot.addWidget(dialog)
    assert dialog.started
    url = dialog.collection.url
    assert url.startswith("http://127.0.0.1:") and dialog.address.text() == url
    assert not dialog.code.pixmap().isNull() and dialog.code.pixmap().width() >= 200
    assert "Aucun téléphone connecté" in dialog.progress.text()
    status, page = get(url)
    assert status == 200 and "<h1" in page
    dialog.reject()
    assert dialog.collection.stopped
    with pytest.raises(OSError):
        get(url)


def test_closing_the_assessment_elsewhere_is_shown(qtbot, context, open_assessment):
    dialog = PhonesDialog(context, open_assessment.id, "team", host="127.0.0.1")
    qtbot.addWidget(dialog)
    collecting.close(context.store, open_assessment.id)
    qtbot.waitUntil(lambda: "close" in dialog.progress.text(), timeout=5000)
    assert dialog.collection.closed_by_collection
    dialog.reject()


def test_a_group_that_does_not_answer_person_by_person_is_refused_in_plain_french(
    qtbot, context, open_assessment, monkeypatch
):
    from peerready.ui import dialogs

    said = []
    monkeypatch.setattr(dialogs, "warn", lambda parent, title, text: said.append(text))
    dialog = PhonesDialog(context, open_assessment.id, "management", host="127.0.0.1")
    qtbot.addWidget(dialog)
    assert not dialog.started and said and "Traceback" not in said[0]
    dialog.reject()


def test_a_person_by_person_group_offers_the_phones(qtbot, context, open_assessment):
    from peerready.ui.widgets.group_card import GroupActions

    asked = []
    actions = GroupActions(lambda g: None, lambda r: None, lambda g, n: None, lambda g: None, asked.append)
    group = next(g for g in collecting.collection(context.store, open_assessment.id).groups if g.id == "team")
    card = GroupCard(group, actions)
    qtbot.addWidget(card)
    button = next(b for b in card.buttons if "téléphones" in b.text())
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert asked == ["team"]


def test_two_groups_answer_on_phones_at_once_each_with_its_own_code(qtbot, context):
    structure = structures.create_structure(context.store, "Accueil de jour Le Phare")
    assessment = preparing.start_assessment(
        context.store,
        structure.id,
        instrument.find(None),
        "integrating",
        {"management": "consensus", "team": "individual", "peer": "individual"},
    )
    team = PhonesDialog(context, assessment.id, "team", host="127.0.0.1")
    peer = PhonesDialog(context, assessment.id, "peer", host="127.0.0.1")
    qtbot.addWidget(team)
    qtbot.addWidget(peer)
    assert team.started and peer.started and team.collection.url != peer.collection.url
    assert get(team.collection.url)[0] == 200 and get(peer.collection.url)[0] == 200
    team.reject()
    assert get(peer.collection.url)[0] == 200  # stopping one group leaves the other answering
    peer.reject()


def test_the_overview_opens_a_window_per_group_and_counts_again_when_it_closes(
    qtbot, context, open_session, monkeypatch
):
    from peerready.ui.dialogs import phones as phones_dialog
    from tests.ui.test_session_page import make_page, overview_button

    real = phones_dialog.PhonesDialog
    monkeypatch.setattr(
        phones_dialog, "PhonesDialog", lambda *args, **kwargs: real(*args, **{**kwargs, "host": "127.0.0.1"})
    )
    page = make_page(qtbot, context, open_session.id)
    qtbot.mouseClick(overview_button(page, "Sur les téléphones…"), Qt.MouseButton.LeftButton)
    shown = page.phones["peer"]
    assert shown.isVisible() and shown.started
    qtbot.mouseClick(overview_button(page, "Sur les téléphones…"), Qt.MouseButton.LeftButton)
    assert page.phones["peer"] is shown  # the same window comes forward, not a second server
    shown.reject()
    assert "peer" not in page.phones and shown.collection.stopped


def test_phones_is_a_way_to_answer_chosen_when_preparing(qtbot, window, monkeypatch):
    from peerready.ui.dialogs import phones as phones_dialog
    from peerready.ui.dialogs.prepare import PHONES, PrepareDialog

    real = phones_dialog.PhonesDialog
    monkeypatch.setattr(
        phones_dialog, "PhonesDialog", lambda *args, **kwargs: real(*args, **{**kwargs, "host": "127.0.0.1"})
    )
    structure = structures.create_structure(window.context.store, "Foyer Les Tilleuls")
    dialog = PrepareDialog(window.context, structure.id, window)
    qtbot.addWidget(dialog)
    team = dialog.mode_boxes["team"]
    team.setCurrentIndex(team.findData(PHONES))
    assert dialog.chosen()[3]["team"] == "individual"  # stored person by person: one phone, one respondent
    assert dialog.phone_groups() == ["team"]
    dialog.on_start()
    window.show_session(dialog.assessment.id, phones=dialog.phone_groups())
    page = window.current_page()
    assert page.phones["team"].started
    page.phones["team"].reject()
