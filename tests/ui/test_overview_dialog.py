"""The overview reads kept summaries; the ones not kept yet are computed off the UI thread, with progress."""

import threading

from peerready.store import summaries
from peerready.ui.dialogs.overview import OverviewDialog


def rows(dialog):
    tree = dialog.tree
    found = {}
    for index in range(tree.topLevelItemCount()):
        section = tree.topLevelItem(index)
        children = [section.child(i) for i in range(section.childCount())]
        found[section.text(0)] = {child.text(0): child.text(1) for child in children}
    return found


def test_a_closed_collection_keeps_its_summary_so_the_overview_computes_nothing(qtbot, context, recorded, monkeypatch):
    assert summaries.missing(context.store) == []
    monkeypatch.setattr(summaries.results, "compute", lambda *a, **k: (_ for _ in ()).throw(AssertionError("computed")))
    dialog = OverviewDialog(context)
    qtbot.addWidget(dialog)
    assert rows(dialog)["Niveau de préparation"]["Pas encore prêt"] == "1"
    assert not dialog.progress.isVisible()


def test_summaries_not_kept_yet_are_computed_on_a_worker_thread(qtbot, context, recorded, monkeypatch):
    context.store.db.execute("DELETE FROM results_cache")  # as after a restore of an old backup
    assert summaries.missing(context.store) == [recorded.id]
    threads = []
    real = summaries._compute
    monkeypatch.setattr(
        summaries, "_compute", lambda *a, **k: threads.append(threading.current_thread()) or real(*a, **k)
    )
    dialog = OverviewDialog(context)
    qtbot.addWidget(dialog)
    assert dialog.progress.maximum() == 1 and "Calcul des résultats" in dialog.intro.text()
    qtbot.waitUntil(lambda: dialog.tree.topLevelItemCount() > 0, timeout=10000)
    assert threads and threading.main_thread() not in threads
    assert rows(dialog)["Niveau de préparation"]["Pas encore prêt"] == "1"
    assert summaries.missing(context.store) == []  # kept: the next opening computes nothing


def test_home_shows_levels_not_kept_yet_once_a_worker_computed_them(qtbot, context, recorded, monkeypatch):
    from peerready.ui.pages.home import HomePage

    context.store.db.execute("DELETE FROM results_cache")
    threads = []
    real = summaries._compute
    monkeypatch.setattr(
        summaries, "_compute", lambda *a, **k: threads.append(threading.current_thread()) or real(*a, **k)
    )
    page = HomePage(context, navigator=None)
    qtbot.addWidget(page)
    level = page.rows.index(0, 3)
    assert level.data() == "calcul…"
    qtbot.waitUntil(lambda: page.rows.index(0, 3).data() == "Pas encore prêt", timeout=10000)
    assert threads and threading.main_thread() not in threads


def test_the_overview_is_exported_as_a_spreadsheet_off_the_ui_thread(
    qtbot, context, recorded, tmp_path, monkeypatch, no_real_dialogs
):
    import openpyxl

    from peerready import report
    from peerready.ui import dialogs

    threads = []
    real = report.overview_xlsx
    monkeypatch.setattr(
        report, "overview_xlsx", lambda *a, **k: threads.append(threading.current_thread()) or real(*a, **k)
    )
    suggested = []
    monkeypatch.setattr(dialogs, "save_file", lambda *args: suggested.append(args[2]) or str(tmp_path / "vue"))
    dialog = OverviewDialog(context)
    qtbot.addWidget(dialog)
    assert dialog.export_button.isEnabled()
    dialog.export_button.click()
    path = tmp_path / "vue.xlsx"
    qtbot.waitUntil(lambda: ("open_document", str(path)) in no_real_dialogs, timeout=20000)
    assert threads and threads[0] is not threading.main_thread()
    assert "Vue d’ensemble des structures - " in suggested[0] and suggested[0].endswith(".xlsx")
    book = openpyxl.load_workbook(path)
    assert book.sheetnames[:4] == ["Étapes et niveaux", "Dimensions", "Alertes", "Actions"]
    everything = " ".join(str(c.value) for s in book for row in s.iter_rows() for c in row if c.value is not None)
    assert "Tilleuls" not in everything
