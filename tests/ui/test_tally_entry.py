"""Tally entry: the people present asked when a sheet starts, every count box selected on focus, a visible
warning when a total differs from the people present."""

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLineEdit

from peerready.store import respondents
from tests.ui.mistakes import hub_button, open_page, plain, press


def test_a_tally_asks_the_people_present_selects_each_count_and_warns_when_the_total_differs(
    qtbot, window, open_session
):
    page = open_page(qtbot, window, open_session.id)
    qtbot.mouseClick(hub_button(page, "Saisir le décompte"), Qt.MouseButton.LeftButton)
    assert QApplication.focusWidget() is page.tally.present_box  # the sheet starts with the people present
    assert "personnes sont présentes" in plain(page.tally.hint.text())
    qtbot.keyClicks(QApplication.focusWidget(), "12")
    press(qtbot, Qt.Key.Key_Return)  # Enter: on to the first count, not to the next question
    first, second = page.spin_boxes[0], page.spin_boxes[1]
    assert QApplication.focusWidget() in (first, first.findChild(QLineEdit))
    assert "Question 1 / " in page.position_label.text()
    qtbot.keyClicks(QApplication.focusWidget(), "3")  # the « 0 » was selected: 3, not 30
    assert first.value() == 3
    press(qtbot, Qt.Key.Key_Tab)
    qtbot.keyClicks(QApplication.focusWidget(), "8")
    assert page.tally_total.text() == "Total : 11 réponses"
    gap = page.tally.gap
    assert gap.isVisible() and "11 réponses pour 12 personnes présentes" in plain(gap.text())
    assert "1 réponse de moins" in plain(gap.text())
    qtbot.keyClick(second, Qt.Key.Key_Up)  # 3 + 9 = 12: it adds up
    assert not gap.isVisible()

    # A click in a box that holds a number selects it too: typing replaces it.
    qtbot.mouseClick(first.findChild(QLineEdit), Qt.MouseButton.LeftButton)
    qtbot.wait(20)
    qtbot.keyClicks(QApplication.focusWidget(), "30")  # a slip: « 30 » for « 3 »
    assert first.value() == 30
    assert gap.isVisible() and "39 réponses pour 12 personnes présentes : 27 réponses de trop" in plain(gap.text())
    sheet = page.respondent
    stored = respondents.respondent_answers(window.context.store, sheet.id)[page.session.question.id]
    assert sum(stored["counts"].values()) == 39  # warned, not refused

    # The number present is kept for the sheet: after a restart it is not asked again.
    page.on_show_overview()
    page.open(open_session.id)
    qtbot.mouseClick(hub_button(page, "Saisir le décompte"), Qt.MouseButton.LeftButton)
    assert page.tally.present_box.value() == 12
    assert QApplication.focusWidget() in (page.spin_boxes[0], page.spin_boxes[0].findChild(QLineEdit))
    # A new sheet (another meeting of the team) asks again.
    page.on_show_overview()
    qtbot.mouseClick(hub_button(page, "Ajouter une feuille"), Qt.MouseButton.LeftButton)
    assert page.tally.present_box.value() == 0 and QApplication.focusWidget() is page.tally.present_box
