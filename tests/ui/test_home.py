"""Home, structure page and session preparation, driven as a person would."""

from pathlib import Path

from PySide6.QtCore import Qt

from peerready.store import bundle, structures, summaries
from peerready.ui import dialogs, workers
from tests.ui import accessibility


def test_create_open_rename_search_and_delete_a_structure(qtbot, window, monkeypatch):
    monkeypatch.setattr(dialogs, "ask_text", lambda *a, **k: "CHRS Les Tilleuls")
    qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    structure = structures.find_structure(window.context.store, "CHRS Les Tilleuls")
    assert window.current_page().objectName() == "structure_page"
    assert window.windowTitle() == "PeerReady — CHRS Les Tilleuls"

    window.show_home()
    home = window.current_page()
    monkeypatch.setattr(dialogs, "ask_text", lambda *a, **k: "CHRS Les Tilleuls (Lyon)")
    qtbot.keyClick(home.table, Qt.Key.Key_F2)
    assert structures.get_structure(window.context.store, structure.id).name == "CHRS Les Tilleuls (Lyon)"
    structures.create_structure(window.context.store, "Accueil de jour")
    home.refresh()
    qtbot.keyClicks(home.search, "lyon")
    assert home.table.model().rowCount() == 1
    home.search.clear()

    home.table.setCurrentIndex(home.table.model().index(0, 0))
    questions = []
    monkeypatch.setattr(dialogs, "confirm", lambda parent, title, text, action="": questions.append(text) or True)
    target = home.table.currentIndex().data()
    qtbot.keyClick(home.table, Qt.Key.Key_Delete)
    assert "Restaurer une sauvegarde" in questions[0]
    assert target not in [s.structure.name for s in summaries.list_structures(window.context.store)]


def test_a_refused_name_is_explained(qtbot, window, monkeypatch):
    structures.create_structure(window.context.store, "CHRS")
    warnings = []
    monkeypatch.setattr(dialogs, "ask_text", lambda *a, **k: "chrs")
    monkeypatch.setattr(dialogs, "warn", lambda parent, title, text: warnings.append(text))
    window.current_page().on_new_structure()
    assert "s'appelle déjà" in warnings[0]


def test_prepare_a_session_with_a_tally_group_and_a_person_by_person_group(qtbot, window, monkeypatch):
    from peerready.ui.dialogs.prepare import PrepareDialog

    structure = structures.create_structure(window.context.store, "Le Phare")
    window.show_structure(structure.id)
    dialog = PrepareDialog(window.context, structure.id, window)
    qtbot.addWidget(dialog)
    dialog.stage_box.setCurrentIndex(2)  # integrating
    dialog.group_checks["peer"].setChecked(True)
    dialog.mode_boxes["team"].setCurrentIndex(1)  # tally
    assert dialog.counts["team"].text().endswith("questions")
    qtbot.mouseClick(dialog.start_button, Qt.MouseButton.LeftButton)
    assessment = dialog.assessment
    assert assessment.stage == "integrating"
    assert assessment.groups == {"management": "consensus", "team": "tally", "peer": "individual"}


def test_the_set_up_dialog_describes_several_posts_and_the_next_one_starts_from_them(qtbot, window):
    from peerready.engine.posts import Post
    from peerready.ui.dialogs.prepare import PrepareDialog

    structure = structures.create_structure(window.context.store, "Le Phare")
    dialog = PrepareDialog(window.context, structure.id, window)
    qtbot.addWidget(dialog)
    editor = dialog.posts_editor
    editor.boxes["status"].setCurrentIndex(editor.boxes["status"].findData("volunteer"))
    assert not editor.boxes["contract"].isEnabled()  # a volunteer has no contract
    qtbot.mouseClick(editor.add_button, Qt.MouseButton.LeftButton)
    editor.boxes["status"].setCurrentIndex(editor.boxes["status"].findData("employee"))
    editor.boxes["contract"].setCurrentIndex(editor.boxes["contract"].findData("cdd"))
    editor.boxes["pay"].setCurrentIndex(editor.boxes["pay"].findData("well_below"))
    qtbot.mouseClick(editor.add_button, Qt.MouseButton.LeftButton)
    assert editor.list.count() == 2 and "CDD" in editor.list.item(1).text()
    qtbot.mouseClick(dialog.start_button, Qt.MouseButton.LeftButton)
    assert dialog.assessment.posts == (Post("volunteer"), Post("employee", contract="cdd", pay="well_below"))

    again = PrepareDialog(window.context, structure.id, window)
    qtbot.addWidget(again)
    assert again.posts_editor.described() == dialog.assessment.posts
    again.posts_editor.list.setCurrentRow(0)
    qtbot.mouseClick(again.posts_editor.remove_button, Qt.MouseButton.LeftButton)
    assert again.posts_editor.described() == (Post("employee", contract="cdd", pay="well_below"),)


def test_import_and_export_run_in_the_background(qtbot, window, monkeypatch, recorded, tmp_path):
    exported = tmp_path / "tilleuls.peerready"
    home = window.current_page()
    home.refresh()
    monkeypatch.setattr(dialogs, "save_file", lambda *a, **k: str(exported))
    informed = []
    monkeypatch.setattr(dialogs, "inform", lambda parent, title, text: informed.append(text))
    home.on_export()
    qtbot.waitUntil(lambda: bool(informed), timeout=10000)
    assert exported.exists() and "Exporté" in informed[-1]

    structures.delete_structure(window.context.store, recorded.structure_id)
    home.refresh()
    assert home.table.model().rowCount() == 0
    monkeypatch.setattr(dialogs, "open_file", lambda *a, **k: str(exported))
    home.on_import()
    qtbot.waitUntil(lambda: len(informed) == 2, timeout=10000)
    assert "Importé" in informed[-1]
    assert home.table.model().rowCount() == 1
    workers.wait_for_all()


def test_a_broken_import_is_refused_with_a_clear_message(qtbot, window, monkeypatch, tmp_path):
    broken = tmp_path / "x.peerready"
    broken.write_text("pas un export")
    monkeypatch.setattr(dialogs, "open_file", lambda *a, **k: str(broken))
    warnings = []
    monkeypatch.setattr(dialogs, "warn", lambda parent, title, text: warnings.append(text))
    window.current_page().on_import()
    qtbot.waitUntil(lambda: bool(warnings), timeout=10000)
    assert "rien n’a été modifié" in warnings[0] and "ce n'est pas un fichier PeerReady" in warnings[0]


def test_structure_page_lists_assessments_and_leads_to_them(qtbot, window, recorded):
    window.show_structure(recorded.structure_id)
    page = window.current_page()
    assert page.table.topLevelItemCount() == 1
    item = page.table.topLevelItem(0)
    assert item.text(4) == "close" and item.text(5) == "Pas encore prêt"
    qtbot.keyClick(page.table, Qt.Key.Key_Return)
    assert window.current_page().objectName() == "results_page"


def test_text_size_and_contrast_are_remembered(qtbot, window):
    size = window.font().pointSizeF()
    qtbot.keyClick(window, Qt.Key.Key_Plus, Qt.KeyboardModifier.ControlModifier)
    assert window.context.setting("display/scale", 100) == 125
    qtbot.keyClick(window, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert window.context.setting("display/high_contrast", False) is True
    from PySide6.QtWidgets import QApplication

    assert QApplication.font().pointSizeF() > size
    qtbot.keyClick(window, Qt.Key.Key_0, Qt.KeyboardModifier.ControlModifier)
    assert window.context.setting("display/scale", 100) == 100


def unnamed_focusable_widgets(root):
    """Focusable widgets a screen reader could not name (no accessible name, text or labelling buddy)."""
    from PySide6.QtWidgets import QAbstractButton, QLabel, QWidget

    buddies = {label.buddy() for label in root.window().findChildren(QLabel) if label.buddy() is not None}
    unnamed = []
    for widget in root.findChildren(QWidget):
        if widget.focusPolicy() == Qt.FocusPolicy.NoFocus or not widget.isVisibleTo(root.window()):
            continue
        if widget.metaObject().className() in ("QScrollBar", "QHeaderView", "QWidget", "QScrollArea"):
            continue
        has_text = isinstance(widget, (QAbstractButton, QLabel)) and bool(widget.text())
        if not (accessibility.spoken_name(widget) or has_text or widget in buddies):
            unnamed.append(f"{widget.metaObject().className()} {widget.objectName()}")
    return unnamed


def test_every_focusable_widget_has_a_name(qtbot, window, recorded):
    window.current_page().refresh()
    assert not unnamed_focusable_widgets(window.current_page())
    window.show_structure(recorded.structure_id)
    assert not unnamed_focusable_widgets(window.current_page())


def test_bundle_round_trip_from_the_ui_folder_is_the_same_store(context, recorded, tmp_path):
    # The export the UI writes (a worker's own Store on the same folder) is a normal bundle.
    from peerready.store.database import Store

    with Store.open(Path(context.data_dir)) as other:
        manifest = bundle.export(other, tmp_path / "x.peerready", structure_id=recorded.structure_id)
    assert manifest["counts"]["assessments"] == 1
