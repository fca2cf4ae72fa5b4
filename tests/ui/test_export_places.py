"""Documents and exports are proposed in Documents (or beside a portable copy), never the current folder;
with no viewer on the computer, PeerReady says where the document is and offers its folder (issue 13)."""

from pathlib import Path

from peerready import paths
from peerready.ui import dialogs

ORIGINAL_SAVE_FILE = dialogs.save_file  # taken before the fixtures replace it
ORIGINAL_SHOW_DOCUMENT = dialogs.show_document


def test_an_installed_copy_proposes_the_documents_folder_not_the_current_one(qtbot, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    monkeypatch.setattr(paths, "portable_dir", lambda: None)
    folder = Path(dialogs.export_folder())
    assert folder.is_absolute() and folder != tmp_path


def test_a_portable_copy_proposes_an_exports_folder_beside_its_data(qtbot, tmp_path, monkeypatch):
    monkeypatch.setattr(paths, "portable_dir", lambda: tmp_path / "PeerReady" / "data")
    folder = Path(dialogs.export_folder())
    assert folder == tmp_path / "PeerReady" / "exports" and folder.is_dir()


def test_a_bare_file_name_is_proposed_in_the_export_folder(qtbot, tmp_path, monkeypatch):
    monkeypatch.setattr(paths, "portable_dir", lambda: tmp_path / "data")
    proposed = []
    monkeypatch.setattr(dialogs, "_chosen", lambda dialog: proposed.append(dialog.selectedFiles()) or None)
    ORIGINAL_SAVE_FILE(None, "Exporter", "Le Phare.peerready", "Fichiers PeerReady (*.peerready)")
    assert proposed == [[str(tmp_path / "exports" / "Le Phare.peerready")]]


def test_without_a_viewer_the_place_of_the_document_is_said_and_its_folder_offered(qtbot, tmp_path, monkeypatch):
    document = tmp_path / "Plan.pdf"
    document.write_bytes(b"%PDF-1.4")
    asked, opened = [], []
    monkeypatch.setattr(dialogs, "open_document", lambda path: False)

    def choose(parent, title, text, choices, escape=""):
        asked.append((text, [key for key, _ in choices]))
        return "folder"

    monkeypatch.setattr(dialogs, "choose", choose)
    monkeypatch.setattr(dialogs.QDesktopServices, "openUrl", lambda url: opened.append(url.toLocalFile()) or True)
    ORIGINAL_SHOW_DOCUMENT(None, str(document))
    assert str(document) in asked[0][0] and asked[0][1] == ["folder", "close"]
    assert opened == [str(tmp_path)]
