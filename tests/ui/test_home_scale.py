"""The home list at a platform's scale (issue 14), and lists whose columns wrap at large text sizes.

Typing in the search box with a structure chosen far down the list was quadratic with a widget
per row (12.9 s per keystroke at 1,000 structures). What is checked here is what keeps it cheap
— a model and a view, no widget per row, the rows the store returns — with a generous time bound
as a safety net; the figures themselves come from ``benchmarks/gui_benchmark.py``.
"""

import time

import pytest
from PySide6.QtCore import QRect, Qt
from PySide6.QtWidgets import QApplication, QStyle, QTreeView, QTreeWidget, QWidget

from peerready.engine import instrument
from peerready.store import structures, summaries
from peerready.workshop import preparing
from tests.ui.fit import problems

STRUCTURES = 400


def settle():
    QApplication.sendPostedEvents()
    QApplication.processEvents()


@pytest.fixture
def platform(window, context):
    """A home page listing 400 structures, one in ten with an assessment started (they come first)."""
    questionnaire = instrument.find(None)
    made = [structures.create_structure(context.store, f"Structure {n:04d}", sector="AHI") for n in range(STRUCTURES)]
    for structure in made[::10]:
        preparing.start_assessment(
            context.store, structure.id, questionnaire, "recruiting", {"management": "consensus"}
        )
    window.show_home()
    home = window.current_page()
    settle()
    return home


def shown_ids(home) -> list[str]:
    model = home.table.model()
    return [model.index(row, 0).data(Qt.ItemDataRole.UserRole) for row in range(model.rowCount())]


def test_the_list_is_a_view_on_a_model_with_no_widget_per_row(platform, context):
    home = platform
    assert isinstance(home.table, QTreeView) and not isinstance(home.table, QTreeWidget)
    assert shown_ids(home) == [s.structure.id for s in summaries.list_structures(context.store)]
    widgets_with_all = len(home.table.findChildren(QWidget))
    home.search.setText("Structure 0001")
    settle()
    assert home.table.model().rowCount() == 1
    assert len(home.table.findChildren(QWidget)) == widgets_with_all  # nothing made or kept per row


def test_each_keystroke_keeps_a_structure_chosen_far_down_and_lists_what_the_store_finds(qtbot, platform, context):
    home = platform
    listed = summaries.list_structures(context.store)
    far_down = len(listed) - 5
    chosen = listed[far_down].structure  # « Structure 0005 »: without an assessment, older ones last
    home.table.setCurrentIndex(home.table.model().index(far_down, 0))
    home.search.setFocus()
    slowest = 0.0
    for typed in chosen.name[:-1]:
        start = time.perf_counter()
        qtbot.keyClick(home.search, typed)
        settle()
        slowest = max(slowest, time.perf_counter() - start)
        found = summaries.list_structures(context.store, home.search.text())
        assert shown_ids(home) == [s.structure.id for s in found]
        assert home.selected_id() == chosen.id
        shown = home.table.visualRect(home.table.currentIndex())
        assert home.table.viewport().rect().intersects(shown)  # scrolled to, not only kept
    assert home.table.model().rowCount() == 10
    assert slowest < 1.0, f"a keystroke took {slowest:.2f} s with {STRUCTURES} structures"
    qtbot.keyClick(home.table, Qt.Key.Key_Return)
    assert home.window().current_page().objectName() == "structure_page"


def test_a_search_finds_exactly_what_the_store_finds(qtbot, window, context):
    for name in ("Élan", "élan solidaire", "Cafe des Amis", "Café du Port", "Taux 100% pair", "a_b", "AXB"):
        structures.create_structure(context.store, name, sector="CHRS" if name.startswith("C") else "")
    window.show_home()
    home = window.current_page()
    for text in ("élan", "ÉLAN", "elan", "cafe", "CAFÉ", "100%", "_", "a_b", "chrs", "  port  ", "%"):
        home.search.setText(text)
        assert shown_ids(home) == [s.structure.id for s in summaries.list_structures(context.store, text)], text


def test_the_empty_list_says_why(qtbot, window, context):
    home = window.current_page()
    home.refresh()
    assert home.empty.isVisible() and "Nouvelle structure" in home.empty.text()
    structures.create_structure(context.store, "Le Phare")
    home.refresh()
    assert not home.empty.isVisible()
    qtbot.keyClicks(home.search, "Tilleuls")
    assert home.empty.isVisible() and home.empty.text() == "Aucune structure ne correspond à « Tilleuls »."
    assert not home.open_button.isEnabled()
    home.search.clear()
    assert not home.empty.isVisible() and home.open_button.isEnabled()
    home.search.setText("Tilleuls")
    structures.delete_structure(context.store, structures.find_structure(context.store, "Le Phare").id)
    home.search.clear()
    assert "Nouvelle structure" in home.empty.text()


def needed_height(view, index) -> int:
    """The height of the text of a cell wrapped at its column's width, measured apart from the view's delegate."""
    margin = 2 * (view.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, view) + 1)
    width = view.columnWidth(index.column()) - margin
    flags = int(Qt.TextFlag.TextWordWrap)
    return view.fontMetrics().boundingRect(QRect(0, 0, width, 100000), flags, index.data()).height()


def cut_cells(view) -> list[str]:
    model = view.model()
    cut = []
    for row in range(model.rowCount()):
        for column in range(model.columnCount()):
            index = model.index(row, column)
            if index.data() and view.visualRect(index).height() < needed_height(view, index):
                cut.append(f"row {row}, « {index.data()} »: {view.visualRect(index).height()} px")
    return cut


@pytest.mark.parametrize("scale", [100, 200])
def test_at_large_text_the_columns_fit_and_wrapped_cells_are_whole(qtbot, window, context, recorded, scale):
    """At 200 % in a 1200-px-wide window: no header cut, no sideways scrolling, no name squeezed, no cell cut."""
    questionnaire = instrument.find(None)
    long_name = "Centre d’hébergement et de réinsertion sociale Les Tilleuls du Grand Ouest"
    other = structures.create_structure(context.store, long_name)
    preparing.start_assessment(context.store, other.id, questionnaire, "integrating", {"management": "consensus"})
    context.set_setting("display/scale", scale)
    window.apply_theme()
    window.resize(1200, 768)
    window.show_home()
    settle()
    home = window.current_page()
    assert not problems(window, screen=False)
    assert home.table.horizontalScrollBar().maximum() == 0
    assert home.table.columnWidth(0) >= home.table.fontMetrics().horizontalAdvance("d’hébergement")  # no word cut
    assert not cut_cells(home.table)

    window.show_structure(recorded.structure_id)
    settle()
    page = window.current_page()
    assert not problems(window, screen=False)
    assert not cut_cells(page.table)
    window.resize(900, 768)  # narrower: the wrapping columns wrap more, their rows grow again
    settle()
    assert not cut_cells(page.table)


def test_columns_short_of_room_share_it_in_proportion_to_their_texts():
    from peerready.ui.pages.home_list import share

    least, wanted = [147, 297, 96, 113, 252], [400, 297, 700, 220, 252]
    assert share(2000, least, wanted, (0, 2, 3)) == [531, 297, 700, 220, 252]  # all fit, the name takes the rest
    assert share(1500, least, wanted, (0, 2, 3)) == [289, 297, 504, 158, 252]  # short: in proportion
    assert share(1180, least, wanted, (0, 2, 3)) == [189, 297, 329, 113, 252]  # the level at its longest word
    assert share(500, least, wanted, (0, 2, 3)) == least  # not even the least: the view scrolls
