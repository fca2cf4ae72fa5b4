"""The window at a regional platform's scale: typing in the home search box, opening pages, the overview.

Fills a data folder with 1,000 structures (``store_benchmark.fill``) or uses the one given with
``--data`` (the app writes to it as it would: caches, settings, a backup), starts the real main
window offscreen and times what a person does, each next to its floor measured in the same run:

- each keystroke typing « Structure 09 » in the home search box while the matching structure
  lowest in the list is selected; floor: the same rows read in raw SQL and shown in a plain
  ``QListView`` (``QStringListModel``) with the same row selected;
- the results and plan pages of the assessment with the most answers, the first time in the
  process and warm (back home, then again); floor: a plain ``QStackedWidget`` switch;
- the overview opened from the home page; floor: the kept summaries read in raw SQL.

    python benchmarks/gui_benchmark.py [--structures 1000] [--data DIR] [--text "Structure 09"]
"""

from __future__ import annotations

import argparse
import os
import sqlite3
import statistics
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.pop("QT_QPA_PLATFORMTHEME", None)  # a native theme may hang without a screen
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from PySide6.QtCore import QStringListModel
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLabel, QLineEdit, QListView, QStackedWidget, QVBoxLayout, QWidget

from benchmarks.store_benchmark import fill
from peerready import paths
from peerready.ui import workers
from peerready.ui.app import create_application
from peerready.ui.context import AppContext
from peerready.ui.main_window import MainWindow

SIZE = (1366, 768)

#: The same rows as the home list, in the same order, with nothing else: the floor of a search.
RAW_LIST = """
    SELECT s.id, s.name FROM structures s
    WHERE (? = '' OR s.name LIKE '%' || ? || '%' OR s.sector LIKE '%' || ? || '%')
    ORDER BY coalesce((SELECT max(a.started_at) FROM assessments a WHERE a.structure_id = s.id), s.updated_at) DESC,
             s.name
"""


def settled() -> None:
    """Let Qt lay out and paint what the last event changed."""
    QApplication.sendPostedEvents()
    QApplication.processEvents()


def clock(action) -> float:
    """Wall time of ``action`` and of the layout and painting it causes, in milliseconds."""
    start = time.perf_counter()
    action()
    settled()
    return (time.perf_counter() - start) * 1000


def type_in(box: QLineEdit, text: str) -> list[float]:
    box.clear()
    settled()
    return [clock(lambda c=c: QTest.keyClick(box, c)) for c in text]


def select_row(view, row: int) -> None:
    view.setCurrentIndex(view.model().index(row, 0))
    view.scrollTo(view.currentIndex())
    settled()


def home_keystrokes(window: MainWindow, text: str) -> tuple[list[float], int, str]:
    """Per keystroke (ms), with the structure matching ``text`` that is lowest in the full list selected."""
    window.show_home()
    home = window.current_page()
    home.search.clear()
    settled()
    model = home.table.model()
    names = [model.index(row, 0).data() for row in range(model.rowCount())]
    row = max((r for r, name in enumerate(names) if text.lower() in name.lower()), default=len(names) - 1)
    select_row(home.table, row)
    times = type_in(home.search, text)
    now = home.table.currentIndex().data()
    home.search.clear()
    settled()
    return times, row, "kept" if now == names[row] else f"lost (now {now!r})"


class PlainList(QWidget):
    """The floor of the home search: a line edit, raw SQL, a QStringListModel in a QListView."""

    def __init__(self, database: Path):
        super().__init__()
        self.connection = sqlite3.connect(database)
        self.search = QLineEdit()
        self.model = QStringListModel()
        self.view = QListView()
        self.view.setModel(self.model)
        layout = QVBoxLayout(self)
        layout.addWidget(self.search)
        layout.addWidget(self.view, 1)
        self.ids: list[str] = []
        self.search.textChanged.connect(self.refresh)
        self.refresh()

    def refresh(self) -> None:
        current = self.view.currentIndex().row()
        selected = self.ids[current] if 0 <= current < len(self.ids) else None
        text = self.search.text().strip()
        rows = self.connection.execute(RAW_LIST, [text, text, text]).fetchall()
        self.ids = [r[0] for r in rows]
        self.model.setStringList([r[1] for r in rows])
        row = self.ids.index(selected) if selected in self.ids else 0
        if rows:
            self.view.setCurrentIndex(self.model.index(row, 0))


def floor_keystrokes(database: Path, text: str, row: int) -> list[float]:
    plain = PlainList(database)
    plain.resize(*SIZE)
    plain.show()
    settled()
    select_row(plain.view, row)
    times = type_in(plain.search, text)
    plain.connection.close()
    plain.close()
    return times


def stack_switch() -> float:
    """Median of a plain QStackedWidget switch between two filled pages, painted."""
    stack = QStackedWidget()
    for name in ("one", "two"):
        stack.addWidget(QLabel(name))
    stack.resize(*SIZE)
    stack.show()
    settled()
    times = [clock(lambda i=i: stack.setCurrentIndex(i % 2)) for i in range(1, 12)]
    stack.close()
    return statistics.median(times)


def page_times(window: MainWindow, show, assessment_id: str, repeat: int = 5) -> tuple[float, float]:
    """The first showing of a page in this process, then the median of warm ones (from the home page)."""
    first = clock(lambda: show(assessment_id))
    warm = []
    for _ in range(repeat):
        window.show_home()
        settled()
        warm.append(clock(lambda: show(assessment_id)))
    window.show_home()
    settled()
    return first, statistics.median(warm)


def overview_time(window: MainWindow) -> float:
    from peerready.ui.dialogs.overview import OverviewDialog

    home = window.current_page()
    made = []

    def open_it():
        dialog = OverviewDialog(window.context, home)
        dialog.show()
        settled()
        workers.wait_for_all()  # if it fills itself in the background, until it is filled
        made.append(dialog)

    spent = clock(open_it)
    for dialog in made:
        dialog.close()
        dialog.deleteLater()
    settled()
    return spent


def raw_overview(database: Path) -> float:
    def read():
        with sqlite3.connect(database) as plain:
            plain.execute(
                "SELECT a.id, c.summary FROM assessments a JOIN results_cache c ON c.assessment_id = a.id "
                "WHERE a.started_at = (SELECT max(started_at) FROM assessments b WHERE b.structure_id = a.structure_id)"
            ).fetchall()

    return clock(read)


def largest_assessment(database: Path) -> str:
    with sqlite3.connect(database) as plain:
        return plain.execute(
            "SELECT r.assessment_id FROM answers x JOIN respondents r ON r.id = x.respondent_id "
            "GROUP BY r.assessment_id ORDER BY count(*) DESC LIMIT 1"
        ).fetchone()[0]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--structures", type=int, default=1000)
    parser.add_argument("--data", type=Path, help="use this data folder (filled if it has no database yet)")
    parser.add_argument("--text", default="Structure 09", help="typed in the search box, one key at a time")
    args = parser.parse_args()
    folder = args.data or Path(tempfile.mkdtemp(prefix="peerready-gui-bench-"))
    database = paths.database_path(folder)
    if not database.exists():
        start = time.perf_counter()
        counts = fill(folder, args.structures)
        print(f"Filled {counts} in {time.perf_counter() - start:.1f} s")
    with sqlite3.connect(database) as plain:
        structures = plain.execute("SELECT count(*) FROM structures").fetchone()[0]

    app, family = create_application([sys.argv[0]])
    context = AppContext.open(folder)
    window = MainWindow(context, font_family=family)
    window.resize(*SIZE)
    window.show()
    settled()
    workers.wait_for_all()
    # A person looks at the home page for a moment: the app reads the questionnaires and loads the
    # other pages' code meanwhile (main_window, after 300 and 600 ms), as it does for everyone.
    until = time.perf_counter() + 1.5
    while time.perf_counter() < until:
        QApplication.processEvents()
        time.sleep(0.01)

    rows = []
    ours, row, selection = home_keystrokes(window, args.text)
    floor = floor_keystrokes(database, args.text, row)
    keys = f"{len(args.text)} keys"
    rows.append((f"search keystroke, median ({keys})", statistics.median(ours), statistics.median(floor)))
    rows.append((f"search keystroke, max ({keys})", max(ours), max(floor)))

    switch = stack_switch()
    target = largest_assessment(database)
    results_first, results_warm = page_times(window, window.show_results, target)
    plan_first, plan_warm = page_times(window, window.show_plan, target)
    rows += [
        ("results page, first time", results_first, switch),
        ("results page, warm", results_warm, switch),
        ("plan page, first time", plan_first, switch),
        ("plan page, warm", plan_warm, switch),
    ]
    rows.append(("overview opened", overview_time(window), raw_overview(database)))

    print(f"\n{structures} structures; selected row {row} of the full list, {selection} while typing « {args.text} »")
    print(f"each keystroke (ms): {' '.join(f'{t:.0f}' for t in ours)}")
    print(f"\n{'what':40} {'PeerReady':>12} {'floor':>10} {'ratio':>8}")
    for name, mine, base in rows:
        print(f"{name:40} {mine:9.1f} ms {base:7.1f} ms {mine / base if base else float('inf'):7.1f}×")
    window.close()
    context.close()
    del app
    return 0


if __name__ == "__main__":
    sys.exit(main())
