"""Destructive actions with a way back: delete a structure, restore the backup made before, pages cope."""

from PySide6.QtCore import Qt

from peerready import paths
from peerready.store import structures, summaries
from peerready.ui import dialogs


def test_delete_a_structure_then_restore_the_backup_made_before(qtbot, window, recorded, monkeypatch):
    store = window.context.store
    structure_id = recorded.structure_id
    window.show_structure(structure_id)
    structure_page = window.current_page()
    assert structure_page.selected_id() == recorded.id
    window.show_results(recorded.id)
    window.show_plan(recorded.id)

    window.show_home()
    home = window.current_page()
    home.table.setCurrentIndex(home.table.model().index(0, 0))
    monkeypatch.setattr(dialogs, "confirm", lambda *a, **k: True)
    qtbot.keyClick(home.table, Qt.Key.Key_Delete)
    assert summaries.list_structures(store) == []
    backups = sorted(paths.backups_dir(window.context.data_dir).glob("*avant-suppression*.sqlite3"))
    assert len(backups) == 1, "structures.delete_structure must back up first"

    asked = []

    def open_file(parent, title, filters, folder=""):
        asked.append(folder)
        return str(backups[0])

    monkeypatch.setattr(dialogs, "open_file", open_file)
    window.findChild(type(window.high_contrast_action), "action_restore").trigger()
    assert asked == [str(paths.backups_dir(window.context.data_dir))]  # opens where the backups are
    assert [s.structure.id for s in summaries.list_structures(window.context.store)] == [structure_id]
    assert window.current_page() is home
    assert home.table.model().rowCount() == 1
    assert "Sauvegarde restaurée" in window.statusBar().currentMessage()

    # Every page shows the structure again, built afresh: no leftover of before the deletion.
    window.show_structure(structure_id)
    assert window.current_page().selected_id() == recorded.id
    window.show_results(recorded.id)
    window.show_plan(recorded.id)
    assert window.current_page().actions


def test_a_restore_that_removes_what_a_page_shows_goes_home_with_a_notice(qtbot, window, recorded, monkeypatch):
    store = window.context.store
    before = store.backup("manuelle")
    later = structures.create_structure(store, "Pension de famille Les Lilas")
    window.show_structure(recorded.structure_id)  # the structure page holds the old assessment selected
    window.show_structure(later.id)
    monkeypatch.setattr(dialogs, "open_file", lambda *a, **k: str(before))
    monkeypatch.setattr(dialogs, "confirm", lambda *a, **k: True)
    window.on_restore()
    # The structure made after the backup is gone: opening it goes home and says why, no traceback.
    window.show_structure(later.id)
    assert window.current_page().objectName() == "home_page"
    assert "n’existe plus" in window.statusBar().currentMessage()
    # The one that is still there opens, with its assessment (the old bug: RecordError in _update_buttons).
    window.show_structure(recorded.structure_id)
    assert window.current_page().selected_id() == recorded.id


def test_a_structure_deleted_by_another_program_while_its_page_is_open(qtbot, window, recorded):
    from peerready.store.database import Store

    window.show_structure(recorded.structure_id)
    page = window.current_page()
    with Store.open(window.context.data_dir, automatic_backup=False) as other:  # « peerready delete-structure »
        structures.delete_structure(other, recorded.structure_id)
    page.table.setCurrentItem(None)
    page.table.setCurrentItem(page.table.topLevelItem(0))  # its row still points to the deleted assessment
    assert not page.results_button.isEnabled()
    page.on_results()
    assert window.current_page().objectName() == "home_page"


def test_restoring_a_file_that_is_not_a_backup_is_refused_and_changes_nothing(window, tmp_path, monkeypatch):
    structures.create_structure(window.context.store, "CHRS")
    bogus = tmp_path / "notes.sqlite3"
    bogus.write_text("pas une base")
    warned = []
    monkeypatch.setattr(dialogs, "open_file", lambda *a, **k: str(bogus))
    monkeypatch.setattr(dialogs, "warn", lambda parent, title, text: warned.append((title, text)))
    window.on_restore()
    assert warned and warned[0][0] == "Restauration impossible"
    assert [s.structure.name for s in summaries.list_structures(window.context.store)] == ["CHRS"]
    # The database in use is not a backup either.
    monkeypatch.setattr(dialogs, "open_file", lambda *a, **k: str(window.context.store.path))
    window.on_restore()
    assert len(warned) == 2
