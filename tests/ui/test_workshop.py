"""A whole workshop, with the keyboard: from a new structure to the printed plan.

Create a structure, prepare a session (the team by tally, the peer workers person by
person), answer, close and reopen the app midway, finish, see the results, edit an
action and print the plan; check what is stored and what is shown at each step.
"""

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication

from peerready.engine import results
from peerready.store import action_plan, respondents
from peerready.ui import dialogs

KEY = Qt.Key


def press(qtbot, key, modifier=Qt.KeyboardModifier.NoModifier, widget=None):
    """A key pressed on ``widget``, or wherever the keyboard focus is (the active window if none)."""
    qtbot.keyClick(widget or QApplication.focusWidget() or QApplication.activeWindow(), key, modifier)


def open_window(qtbot, data_dir):
    from peerready.ui.app import create_application
    from peerready.ui.context import AppContext
    from peerready.ui.main_window import MainWindow

    _, family = create_application()
    window = MainWindow(AppContext.open(data_dir), font_family=family)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    return window


def prepare_with_keyboard(qtbot, window):
    """Ctrl+E opens the modal set-up dialog; drive it from inside its own event loop."""
    from peerready.ui.dialogs.prepare import PrepareDialog

    def drive():
        shown = [w for w in QApplication.topLevelWidgets() if isinstance(w, PrepareDialog) and w.isVisible()]
        if not shown:  # not on screen yet: look again in a moment
            QTimer.singleShot(10, drive)
            return
        dialog = shown[0]
        qtbot.keyClick(dialog.stage_box, KEY.Key_Down)
        qtbot.keyClick(dialog.stage_box, KEY.Key_Down)  # « occupé depuis moins d’un an »
        qtbot.keyClick(dialog.short, KEY.Key_Space)  # the short version
        qtbot.keyClick(dialog.group_checks["management"], KEY.Key_Space)  # management does not answer today
        qtbot.keyClick(dialog.group_checks["peer"], KEY.Key_Space)  # the peer workers do, each in turn
        assert dialog.stage_box.currentData() == "integrating"
        assert dialog.mode_boxes["team"].currentData() == "tally"
        assert dialog.mode_boxes["peer"].currentData() == "individual"
        qtbot.keyClick(dialog.start_button, KEY.Key_Space)

    QTimer.singleShot(0, drive)
    press(qtbot, KEY.Key_E, Qt.KeyboardModifier.ControlModifier)
    # A button's shortcut clicks it with a short animation: wait for its effect.
    qtbot.waitUntil(lambda: window.current_page().objectName() == "session_page", timeout=5000)
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)


def tally_question(qtbot, page, counts):
    for index, count in enumerate(counts):
        box = page.spin_boxes[index]
        box.setFocus()
        box.selectAll()
        qtbot.keyClicks(box, str(count))
    press(qtbot, KEY.Key_Return)


def test_a_whole_workshop_with_the_keyboard(qtbot, tmp_path, monkeypatch, no_real_dialogs):
    data_dir = tmp_path / "data"
    monkeypatch.setattr(dialogs, "ask_text", lambda *a, **k: "CHRS Les Tilleuls")
    monkeypatch.setattr(dialogs, "confirm", lambda *a, **k: True)
    window = open_window(qtbot, data_dir)

    # A new structure, then a session for it.
    press(qtbot, KEY.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert window.windowTitle() == "PeerReady — CHRS Les Tilleuls"
    prepare_with_keyboard(qtbot, window)
    session = window.current_page()
    assert session.objectName() == "session_page"
    assessment = session.assessment
    assert assessment.short and assessment.stage == "integrating"
    assert assessment.groups == {"team": "tally", "peer": "individual"}
    team_questions = session.questionnaire.questions_for("team", "integrating", True)

    # The team's show of hands, typed in: 5 « tout à fait », 3 « plutôt oui »… for the first half.
    tally_button = next(b for b in session.overview_buttons if b.text() == "Saisir le décompte")
    press(qtbot, KEY.Key_Space, widget=tally_button)
    half = len(team_questions) // 2
    for _ in range(half):
        tally_question(qtbot, session, [5, 3, 1])
    assert f"Question {half + 1} / {len(team_questions)}" in session.position_label.text()

    # The laptop's battery dies: close the app, start it again, come back to the session.
    window.close()
    window.context.close()
    window = open_window(qtbot, data_dir)
    assert window.current_page().objectName() == "home_page"
    press(qtbot, KEY.Key_Return)  # the last structure is selected: open it
    assert window.current_page().objectName() == "structure_page"
    press(qtbot, KEY.Key_Return)  # the open assessment: back to its session
    session = window.current_page()
    assert session.objectName() == "session_page"
    assert f"Question {half + 1} / {len(team_questions)}" in session.position_label.text()
    for _ in range(len(team_questions) - half):
        tally_question(qtbot, session, [2, 2, 4])

    # Two peer workers, each on their own, behind the hand-over screen.
    for key in (KEY.Key_1, KEY.Key_2):
        session.on_show_overview()
        person_button = next(b for b in session.overview_buttons if b.text() == "Nouvelle personne")
        press(qtbot, KEY.Key_Space, widget=person_button)
        assert session.stack.currentWidget() is session.handover
        press(qtbot, KEY.Key_Return)
        while session.stack.currentWidget() is session.question_screen:
            press(qtbot, key)
            press(qtbot, KEY.Key_Return)
        assert session.stack.currentWidget() is session.sharing.screen  # what they share, their choice
        press(qtbot, KEY.Key_Return)  # nothing chosen: nothing shared but the weight
        assert session.stack.currentWidget() is session.thanks
        press(qtbot, KEY.Key_Return)

    # What is stored is what was typed.
    stored = respondents.answer_set(window.context.store, assessment.id)
    team = next(r for r in stored.responses if r.group == "team")
    first_option = team_questions[0].options[0].value
    assert team.answers[team_questions[0].id][first_option] == 5
    assert team.answers[team_questions[-1].id][team_questions[-1].options[0].value] == 2
    assert len([r for r in stored.responses if r.group == "peer"]) == 2

    # Close the collection: the results appear.
    session.on_show_overview()
    press(qtbot, KEY.Key_Space, widget=session.close_button)
    page = window.current_page()
    assert page.objectName() == "results_page"
    expected = results.compute(session.questionnaire, respondents.answer_set(window.context.store, assessment.id))
    assert expected.level.label in page.level_label.text()
    peer = "Travailleur pair ou travailleuse paire"
    assert peer not in page.radar.accessibleDescription()  # two people: never shown apart

    # The plan: give the first action an owner, then print it.
    window.show_plan(assessment.id)
    plan_page = window.current_page()
    if not plan_page.actions:  # a plan may propose nothing: the team adds its own action
        monkeypatch.setattr(dialogs, "ask_text", lambda *a, **k: "Inviter la plateforme à une réunion d’équipe")
        press(qtbot, KEY.Key_Space, widget=plan_page.add_button)
    assert plan_page.actions
    plan_page.table.setFocus()
    plan_page.table.selectRow(0)
    plan_page.editor.name_edit.setFocus()
    plan_page.editor.name_edit.selectAll()
    qtbot.keyClicks(plan_page.editor.name_edit, "Samia")
    press(qtbot, KEY.Key_Tab, widget=plan_page.editor.name_edit)
    first = action_plan.list_actions(window.context.store, assessment.id)[0]
    assert first.owner_name == "Samia" and first.edited

    target = tmp_path / "plan.pdf"
    monkeypatch.setattr(dialogs, "save_file", lambda *a, **k: str(target))
    press(qtbot, KEY.Key_Space, widget=plan_page.print_plan_button)
    qtbot.waitUntil(lambda: ("open_document", str(target)) in no_real_dialogs, timeout=20000)
    assert target.read_bytes().startswith(b"%PDF")
    window.close()
    window.context.close()
