"""Every screen of the app, reached as a facilitator reaches it: for tests that walk them all.

``scenes(window, closed, opened)`` yields ``(name, top-level widget)`` one after the other, the
window moved to each page in turn and each dialog built on top of it (and closed after its turn).
``closed`` is a recorded assessment (results and plan), ``opened`` an open one whose management
answers together, team by a tally and peer worker one by one.
"""

from __future__ import annotations

from collections.abc import Iterator

from PySide6.QtWidgets import QApplication, QWidget


def _settle() -> None:
    for _ in range(3):
        QApplication.processEvents()


def scenes(window, closed, opened) -> Iterator[tuple[str, QWidget]]:
    from peerready.ui.dialogs.compare import CompareDialog
    from peerready.ui.dialogs.help import AboutDialog, GuideDialog
    from peerready.ui.dialogs.overview import OverviewDialog
    from peerready.ui.dialogs.phones import PhonesDialog
    from peerready.ui.dialogs.prepare import PrepareDialog
    from peerready.ui.dialogs.settings import SettingsDialog

    context = window.context
    window.show_home()
    _settle()
    yield "home", window
    window.show_structure(closed.structure_id)
    _settle()
    yield "structure", window

    window.show_session(opened.id)
    page = window.current_page()
    page.on_show_overview()
    _settle()
    yield "collection hub", window
    page.on_new_person("peer")
    _settle()
    yield "hand-over", window
    page.on_start()
    page.go_to(2)
    _settle()
    yield "question, person by person", window
    page.why_button.click()
    _settle()
    yield "question with « Pourquoi cette question ? »", window
    page.why_button.click()
    page.on_show_overview()
    page.on_tally("team")
    page.go_to(1)
    _settle()
    yield "question, tally", window
    page.on_show_overview()
    page.on_consensus("management")
    page.go_to(1)
    _settle()
    yield "question, common answer", window
    page.on_show_overview()
    page.on_new_person("peer")
    page.on_start()
    page.go_to(len(page.questions) - 1)
    page.on_next()
    _settle()
    yield "questions passed without an answer", window
    page._finish()
    _settle()
    if page.stack.currentWidget() is page.sharing.screen:
        yield "what the peer worker shares", window
        page.sharing.screen.done_button.click()
        _settle()
    yield "thank-you", window
    page.on_show_overview()
    window.show_results(opened.id)
    _settle()
    yield "results hidden while collecting", window

    window.show_results(closed.id)
    _settle()
    yield "results", window
    results = window.current_page()
    for index in range(1, results.tabs.count()):
        results.tabs.setCurrentIndex(index)
        _settle()
        yield f"results, tab {index + 1}", window
    results.tabs.setCurrentIndex(0)
    results.table_button.click()
    _settle()
    yield "results, scores as a table", window
    results.table_button.click()
    window.show_plan(closed.id)
    _settle()
    yield "plan", window

    dialogs = [
        ("set-up dialog", lambda: PrepareDialog(context, closed.structure_id, window)),
        ("settings", lambda: SettingsDialog(context, window)),
        ("guide", lambda: GuideDialog(window)),
        ("about", lambda: AboutDialog(context, window)),
        ("overview", lambda: OverviewDialog(context, window)),
        ("comparison", lambda: CompareDialog(context, closed.structure_id, closed.id, window)),
        ("phones", lambda: PhonesDialog(context, opened.id, "peer", host="127.0.0.1", parent=window)),
    ]
    for name, make in dialogs:
        dialog = make()
        dialog.show()
        _settle()
        try:
            yield name, dialog
        finally:
            dialog.close()
            dialog.deleteLater()
            _settle()
