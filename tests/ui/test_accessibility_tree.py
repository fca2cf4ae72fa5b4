"""What a screen reader and the keyboard meet on every page and dialog: Qt's accessibility tree, walked.

The tree is the one the platform's bridge (AT-SPI, UI Automation) hands to a screen reader; it is
read here in-process, offscreen, so the test is deterministic. ``tests/ui/accessibility.py`` says
which defects it looks for; ``tools/atspi_walk.py`` reads the same through AT-SPI under Xvfb.
"""

import pytest
from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QWidget

from peerready.ui import accessible
from tests.ui import accessibility
from tests.ui.fit import SCREEN
from tests.ui.scenes import scenes

Role = QAccessible.Role


@pytest.fixture
def opened(reopened):
    return reopened


@pytest.fixture
def heard():
    """Every announcement made while the test runs: (text, assertive)."""
    said = []

    def listen(widget, text, assertive):
        said.append((text, assertive))

    accessible.LISTENERS.append(listen)
    yield said
    accessible.LISTENERS.remove(listen)


def at_scale(window, scale):
    window.context.set_setting("display/scale", scale)
    window.apply_theme()
    window.resize(*SCREEN)


@pytest.mark.qt_log_ignore("This plugin does not support")
@pytest.mark.parametrize("scale", [100, 200])
def test_every_screen_names_what_it_shows(window, recorded, opened, scale):
    at_scale(window, scale)
    found = []
    for name, top in scenes(window, recorded, opened):
        found.extend(f"{name} à {scale} % — {problem}" for problem in accessibility.problems(top))
    assert not found, "\n".join(found)


def test_the_walk_finds_what_misleads_a_screen_reader(qtbot):
    """The checks themselves: each defect of the audit, made on purpose, is found."""
    from PySide6.QtWidgets import QComboBox, QLabel, QMenuBar, QPushButton, QScrollArea, QVBoxLayout, QWidget

    window = QWidget()
    qtbot.addWidget(window)
    layout = QVBoxLayout(window)
    level = QLabel("Niveau : Pas encore prêt")
    level.setAccessibleName("Niveau de préparation")
    shown_other = QPushButton("Reprendre la collecte")
    shown_other.setAccessibleName("Continuer la séance")
    combo = QComboBox()
    combo.addItems(["Décompte", "Réponse commune"])
    marks = QLabel("Priorité : ●●●○ Élevée")
    scroll = QScrollArea()
    bar = QMenuBar()
    bar.addMenu("&Affichage")
    bar.addMenu("&Aide")
    for widget in (bar, level, shown_other, combo, marks, scroll):
        layout.addWidget(widget)
    window.show()
    qtbot.waitExposed(window)
    found = "\n".join(accessibility.problems(window))
    assert "hides its text « niveau : pas encore prêt »" in found
    assert "does not contain what is shown « reprendre la collecte »" in found
    assert "a combo box said only by its value « Décompte »" in found
    assert "marks read as symbols" in found
    assert "a scroll area takes focus" in found
    assert "both use Alt+a" in found


def _node_of(widget):
    return QAccessible.queryAccessibleInterface(widget)


def _question(window, opened):
    window.show_session(opened.id)
    page = window.current_page()
    page.on_show_overview()
    page.on_new_person("peer")
    page.on_start()
    QApplication.processEvents()
    return page


def test_the_question_is_said_before_its_answers_which_are_radio_buttons(window, opened):
    page = _question(window, opened)
    focused = QApplication.focusWidget()
    node = _node_of(focused)
    assert node.role() == Role.RadioButton
    assert node.childCount() == 0, "the number and the label inside are not read a second time"
    assert node.state().checkable
    group = node.parent()
    assert group.role() == Role.Grouping
    assert group.text(QAccessible.Text.Name) == page.question_label.text()
    assert "Question 1 /" in group.text(QAccessible.Text.Description)
    names = [group.child(i).text(QAccessible.Text.Name) for i in range(group.childCount())]
    assert names[0].startswith("1 ") and len(names) == len(page.question_screen.option_buttons)


def test_choosing_an_answer_says_it_is_saved_and_checks_the_radio_button(qtbot, window, opened, heard):
    _question(window, opened)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_1)
    assert ("Enregistré", False) in heard
    QApplication.processEvents()


def test_moving_to_the_next_question_moves_the_focus_once(qtbot, window, opened):
    """Removed answers passed the focus to one another: a screen reader heard five to seven of them."""
    page = _question(window, opened)

    class Counter(QObject):
        def __init__(self):
            super().__init__()
            self.focused = []

        def eventFilter(self, watched, event):
            if event.type() == QEvent.Type.FocusIn and isinstance(watched, QWidget):
                self.focused.append(watched)
            return False

    counter = Counter()
    QApplication.instance().installEventFilter(counter)
    try:
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_2)
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
        QApplication.processEvents()
    finally:
        QApplication.instance().removeEventFilter(counter)
    widgets = {id(w) for w in counter.focused}
    assert len(widgets) <= 2, [type(w).__name__ for w in counter.focused]  # the chosen answer, then the new first
    assert "Question 2 /" in page.question_screen.position_label.text()


def test_what_appears_without_the_focus_is_announced(qtbot, window, opened, recorded, heard):
    window.show_results(recorded.id)
    assert any(text.startswith("Page : ") for text, _ in heard)
    page = _question(window, opened)
    heard.clear()
    page.why_button.click()
    assert heard and heard[-1][0] == page.question_screen.why_label.text()
    heard.clear()
    page.on_show_overview()
    page.on_new_person("peer")
    assert any("Passez l’ordinateur" in text for text, _ in heard)
    heard.clear()
    window.notify("PDF enregistré")
    assert ("PDF enregistré", False) in heard


def test_a_failed_save_is_announced_at_once(window, heard):
    from peerready.ui.widgets import SavedIndicator

    indicator = SavedIndicator()
    indicator.failed("disque plein")
    assert heard[-1][1] is True and "disque plein" in heard[-1][0]


def test_alt_left_goes_back_wherever_the_focus_is(qtbot, window, recorded):
    window.show_structure(recorded.structure_id)
    page = window.current_page()
    page.table.setFocus()
    qtbot.keyClick(page.table, Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier)
    assert window.current_page().objectName() == "home_page"


def test_the_hub_reaches_every_group_before_closing_the_collection(window, opened):
    window.show_session(opened.id)
    page = window.current_page()
    page.on_show_overview()
    overview = page.overview
    chain, widget = [], overview.first_focus()
    for _ in range(40):
        chain.append(widget)
        widget = widget.nextInFocusChain()
        if widget is overview.close_button:
            break
    assert widget is overview.close_button
    assert all(button in chain for button in overview.buttons)


def test_the_set_up_dialog_meets_print_then_start_then_cancel(qtbot, window, recorded):
    from peerready.ui.dialogs.prepare import PrepareDialog

    dialog = PrepareDialog(window.context, recorded.structure_id, window)
    qtbot.addWidget(dialog)
    cancel = dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Cancel)
    assert dialog.paper_button.nextInFocusChain() is dialog.start_button
    assert dialog.start_button.nextInFocusChain() is cancel
    assert "accord de la personne" in dialog.group_checks["people"].accessibleDescription()


def test_the_results_open_on_the_level_in_sight_at_200_percent(qtbot, window, recorded):
    at_scale(window, 200)
    window.show_results(recorded.id)
    QApplication.processEvents()
    page = window.current_page()
    focused = QApplication.focusWidget()
    assert focused is page.level_label
    viewport = page.scroll.viewport()
    top_left = focused.mapTo(viewport, focused.rect().topLeft())
    assert viewport.rect().contains(top_left), "the focus opens where it is seen"
    node = _node_of(focused)
    assert node.text(QAccessible.Text.Name).startswith("Niveau : ")
    assert node.text(QAccessible.Text.Description) == page.reason_label.text()


def test_the_radar_is_a_chart_that_points_to_its_table(window, recorded):
    window.show_results(recorded.id)
    node = _node_of(window.current_page().radar)
    assert node.role() == Role.Chart
    description = node.text(QAccessible.Text.Description)
    assert "Dimensions et facteurs" in description and "Échelle de 0 à 100" in description


def test_the_plan_reads_why_and_how_and_priorities_in_words(qtbot, window, recorded):
    window.show_plan(recorded.id)
    page = window.current_page()
    editor = page.editor
    for text in (editor.because_text, editor.steps_text):
        assert text.focusPolicy() & Qt.FocusPolicy.TabFocus
        assert _node_of(text).text(QAccessible.Text.Name) == text.text()
    for title in (editor.because_title, editor.steps_title):
        assert _node_of(title).role() == Role.Heading
    assert "●" not in _node_of(editor.marker).text(QAccessible.Text.Name)
    cells = [n for role, n, _ in accessibility.tree(window) if role == Role.Cell]
    assert cells and not any("●" in name for name in cells)
    assert any(name in ("Critique", "Élevée", "Moyenne", "Faible") for name in cells)
