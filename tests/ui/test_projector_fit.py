"""On a 1366×768 projector, at every text size from 100 to 200 %, everything fits (issue 13).

Every page and workshop screen is shown in a 1366×768 window: the window never grows, no label,
button, tab or header is narrower than its text, nothing outside a scrolling area lies outside
the window. On the question screens — each question of each group, person by person, tally and
common answer — the question, all its answers and the buttons to move on are seen without
scrolling.
"""

import pytest

from peerready.store import assessments
from peerready.ui import theme
from peerready.workshop import preparing
from tests.ui.fit import SCREEN, problems, wholly_visible

#: Qt lays out the same on every Python (the same Qt in every wheel): CI runs them on one.
pytestmark = pytest.mark.one_python


@pytest.fixture
def projector(qtbot, window, context, recorded):
    """The window on a 1366×768 screen, with a closed assessment and an open one where all groups answer."""
    closed = recorded
    opened = preparing.start_assessment(
        context.store,
        closed.structure_id,
        assessments.questionnaire(context.store, closed.questionnaire_hash),
        "integrating",
        {"management": "consensus", "team": "tally", "peer": "individual", "people": "individual"},
    )
    window.resize(*SCREEN)
    return window, closed, opened


def at_scale(window, context, scale):
    context.set_setting("display/scale", scale)
    window.apply_theme()
    window.resize(*SCREEN)


def settle(qtbot):
    from PySide6.QtWidgets import QApplication

    for _ in range(3):
        QApplication.processEvents()


def each_screen(window, closed, opened):
    """(name, callable showing it) for every page and workshop screen."""

    def session():
        window.show_session(opened.id)
        return window.current_page()

    def question(group):
        page = session()
        page.on_show_overview()
        {"management": page.on_consensus, "team": page.on_tally}.get(group, page.on_new_person)(group)
        if page.stack.currentWidget() is page.handover:
            page.on_start()
        return page

    def passed():
        page = question("peer")
        page.go_to(len(page.questions) - 1)
        page.on_next()
        return page

    def sharing():
        page = passed()
        page._finish()
        return page

    def thanks():
        page = sharing()
        if page.stack.currentWidget() is page.sharing.screen:
            page.sharing.screen.done_button.click()
        return page

    return [
        ("accueil", window.show_home),
        ("structure", lambda: window.show_structure(closed.structure_id)),
        ("vue d’ensemble de la collecte", lambda: session().on_show_overview()),
        ("remise de l’ordinateur", lambda: session().on_new_person("peer")),
        ("question, à tour de rôle", lambda: question("peer")),
        ("question, décompte", lambda: question("team")),
        ("question, réponse commune", lambda: question("management")),
        ("questions passées", passed),
        ("partage", sharing),
        ("merci", thanks),
        ("résultats", lambda: window.show_results(closed.id)),
        ("plan d’action", lambda: window.show_plan(closed.id)),
    ]


@pytest.mark.parametrize(("scale", "live"), [(100, False), (200, False), (200, True)])
def test_every_screen_fits_a_projector(qtbot, projector, context, scale, live):
    """``live``: every screen was shown at 100 % first, then the text made larger during the workshop."""
    window, closed, opened = projector
    if live:
        for _, show in each_screen(window, closed, opened):
            show()
            settle(qtbot)
    at_scale(window, context, scale)
    found = []
    for name, show in each_screen(window, closed, opened):
        show()
        settle(qtbot)
        found += [f"{name} à {scale} % : {problem}" for problem in problems(window)]
    assert not found, "\n".join(found)


@pytest.mark.parametrize("scale", theme.SCALES)
def test_every_question_and_its_answers_are_seen_without_scrolling(qtbot, projector, context, scale):
    window, _, opened = projector
    at_scale(window, context, scale)
    window.show_session(opened.id)
    page = window.current_page()
    hidden = []
    for group, start in (
        ("peer", page.on_new_person),
        ("people", page.on_new_person),
        ("team", page.on_tally),
        ("management", page.on_consensus),
    ):
        page.on_show_overview()
        start(group)
        if page.stack.currentWidget() is page.handover:
            page.on_start()
        for index in range(len(page.questions)):
            page.go_to(index)
            settle(qtbot)
            view = page.question_screen
            needed = [view.question_label, page.next_button, page.previous_button]
            needed += view.option_buttons if page.session.mode != "tally" else [*view.spin_boxes, view.tally.total]
            hidden += [
                f"{group} {page.session.question.id} à {scale} % : « {getattr(w, 'text', lambda: '')()[:40]} »"
                for w in needed
                if not wholly_visible(w)
            ]
    assert not hidden, "\n".join(hidden)


def test_every_text_follows_a_size_change_made_during_the_workshop(qtbot, projector, context):
    """Ctrl++ in the middle of a workshop: what is already on screen grows too, not only new screens."""
    from PySide6.QtWidgets import QAbstractButton, QAbstractItemView, QLabel, QWidget

    window, closed, opened = projector
    at_scale(window, context, 100)
    before = {}
    for name, show in each_screen(window, closed, opened):
        show()
        settle(qtbot)
        for widget in window.findChildren(QWidget):
            if isinstance(widget, QLabel | QAbstractButton | QAbstractItemView) and widget.isVisible():
                before[id(widget)] = (name, widget, widget.font().pointSizeF())
    at_scale(window, context, 200)
    stuck = []
    for name, show in each_screen(window, closed, opened):
        show()
        settle(qtbot)
        for widget in window.findChildren(QWidget):
            seen = before.get(id(widget))
            if seen is None or seen[0] != name or seen[1] is not widget or not widget.isVisible():
                continue  # a widget made afresh since takes the new size when it is made
            if widget.font().pointSizeF() < 1.4 * seen[2]:
                text = widget.text()[:40] if hasattr(widget, "text") else ""
                now = widget.font().pointSizeF()
                stuck.append(f"{name} : {type(widget).__name__} « {text} » ({seen[2]} → {now} pt)")
    assert not stuck, "\n".join(stuck)


@pytest.mark.parametrize("scale", [100, 200])
def test_the_set_up_dialog_fits_a_projector(qtbot, projector, context, scale):
    from peerready.ui.dialogs.prepare import PrepareDialog

    window, closed, _ = projector
    at_scale(window, context, scale)
    dialog = PrepareDialog(context, closed.structure_id, window)
    qtbot.addWidget(dialog)
    minimum = dialog.minimumSizeHint()
    assert minimum.width() <= SCREEN[0] and minimum.height() <= SCREEN[1]
    dialog.show()
    dialog.resize(min(dialog.width(), SCREEN[0]), min(dialog.height(), SCREEN[1]))
    settle(qtbot)
    assert not problems(dialog, screen=False), "\n".join(problems(dialog, screen=False))
    for button in (dialog.start_button, dialog.paper_button):
        assert wholly_visible(button)
    dialog.close()


@pytest.mark.parametrize("scale", [100, 200])
def test_tabs_leave_room_for_capital_accents(qtbot, projector, context, scale):
    """« Écarts de perception » kept its accent on a tab that is not the chosen one (it was cut off)."""
    from PySide6.QtWidgets import QStyle, QStyleOptionTab, QTabBar

    window, closed, _ = projector
    at_scale(window, context, scale)
    window.show_results(closed.id)
    settle(qtbot)
    bars = [bar for bar in window.findChildren(QTabBar) if bar.isVisible()]
    assert bars
    for bar in bars:
        for index in range(bar.count()):
            option = QStyleOptionTab()
            bar.initStyleOption(option, index)
            text_box = bar.style().subElementRect(QStyle.SubElement.SE_TabBarTabText, option, bar)
            assert text_box.height() >= bar.fontMetrics().height(), bar.tabText(index)  # the accent fits in it
