"""Every message box and file dialog goes through these functions.

Tests replace them (monkeypatch) so that no real modal dialog ever opens headless.
"""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QStandardPaths, Qt, QUrl
from PySide6.QtGui import QDesktopServices, QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QFrame,
    QInputDialog,
    QMessageBox,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from peerready import paths


def scrolling_body(dialog: QDialog) -> tuple[QVBoxLayout, QVBoxLayout]:
    """A dialog that fits any screen at any text size: its content scrolls, its buttons stay in sight.

    Returns the layout for the content and the dialog's own layout (for the buttons, below).
    """
    outer = QVBoxLayout(dialog)
    body = QWidget()
    content = QVBoxLayout(body)
    content.setContentsMargins(0, 0, 0, 0)
    area = QScrollArea()
    area.setWidgetResizable(True)
    area.setFrameShape(QFrame.Shape.NoFrame)
    area.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # not a tab stop: the fields in it scroll it into view
    area.setWidget(body)
    outer.addWidget(area, 1)
    return content, outer


def fit_on_screen(dialog: QWidget) -> None:
    """As large as its content asks, never larger than the screen it opens on."""
    screen = dialog.screen() or QGuiApplication.primaryScreen()
    room = screen.availableGeometry()
    body = dialog.findChild(QScrollArea)
    wanted = dialog.sizeHint()
    if body is not None and body.widget() is not None:  # the whole content, not the scrolling area's guess
        inner = body.widget().sizeHint()
        wanted = wanted.expandedTo(inner + (dialog.sizeHint() - body.sizeHint()))
    dialog.resize(min(wanted.width() + 24, room.width() - 16), min(wanted.height() + 24, room.height() - 48))


def data_folder(folder) -> str:
    """« Données : … (dossier choisi) », in the interface's language."""
    how = {
        "chosen": QCoreApplication.translate("DataFolder", "dossier choisi"),
        "portable": QCoreApplication.translate("DataFolder", "mode portable, à côté du programme"),
        "user": QCoreApplication.translate("DataFolder", "dossier de l’utilisateur"),
    }[paths.origin()]
    return QCoreApplication.translate("DataFolder", "Données : {0} ({1})").format(folder, how)


def inform(parent: QWidget | None, title: str, text: str) -> None:
    QMessageBox.information(parent, title, text)


def warn(parent: QWidget | None, title: str, text: str) -> None:
    QMessageBox.warning(parent, title, text)


def confirm(parent: QWidget | None, title: str, text: str, action: str = "") -> bool:
    box = QMessageBox(QMessageBox.Icon.Question, title, text, parent=parent)
    yes = box.addButton(action or QCoreApplication.translate("Dialogs", "Confirmer"), QMessageBox.ButtonRole.AcceptRole)
    box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(QMessageBox.StandardButton.Cancel)
    box.exec()
    return box.clickedButton() is yes


def choose(parent: QWidget | None, title: str, text: str, choices: list[tuple[str, str]], escape: str = "") -> str:
    """Ask what to do; returns the key of the chosen button, or ``escape`` when the box is closed."""
    box = QMessageBox(QMessageBox.Icon.Warning, title, text, parent=parent)
    buttons = []
    for number, (key, label) in enumerate(choices):
        role = QMessageBox.ButtonRole.RejectRole if key == escape else QMessageBox.ButtonRole.ActionRole
        button = box.addButton(label, role)
        buttons.append((button, key))
        if number == 0:
            box.setDefaultButton(button)
    box.exec()
    clicked = box.clickedButton()
    return next((key for button, key in buttons if button is clicked), escape)


def ask_text(parent: QWidget | None, title: str, label: str, value: str = "") -> str | None:
    text, accepted = QInputDialog.getText(parent, title, label, text=value)
    return text if accepted else None


def file_dialog(parent: QWidget | None, title: str, folder: str, filters: str = "") -> QFileDialog:
    """A file dialog in the interface's language even when Qt draws it: Qt's own French catalogue
    lacks some of its words, given here. A native dialog follows the system's language."""
    dialog = QFileDialog(parent, title, folder, filters)
    labels = {
        QFileDialog.DialogLabel.LookIn: QCoreApplication.translate("Dialogs", "Regarder dans\u00a0:"),
        QFileDialog.DialogLabel.FileName: QCoreApplication.translate("Dialogs", "Nom du fichier\u00a0:"),
        QFileDialog.DialogLabel.FileType: QCoreApplication.translate("Dialogs", "Type de fichier\u00a0:"),
        QFileDialog.DialogLabel.Reject: QCoreApplication.translate("Dialogs", "Annuler"),
    }
    for label, text in labels.items():
        dialog.setLabelText(label, text)
    return dialog


def _chosen(dialog: QFileDialog) -> str | None:
    return dialog.selectedFiles()[0] if dialog.exec() and dialog.selectedFiles() else None


def open_file(parent: QWidget | None, title: str, filters: str, folder: str = "") -> str | None:
    dialog = file_dialog(parent, title, folder, filters)
    dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
    dialog.setLabelText(QFileDialog.DialogLabel.Accept, QCoreApplication.translate("Dialogs", "Ouvrir"))
    return _chosen(dialog)


def export_folder() -> str:
    """Where documents and exports are proposed: the user's Documents folder; for a portable copy
    (on a USB stick), an ``exports`` folder beside its data. Never the folder PeerReady was started from."""
    portable = paths.portable_dir()
    if portable is not None:
        folder = portable.parent / "exports"
        try:
            folder.mkdir(parents=True, exist_ok=True)
            return str(folder)
        except OSError:
            pass  # a read-only stick: the Documents folder, as for an installed copy
    documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return documents or str(Path.home())


def safe_file_name(text: str) -> str:
    """A file name every system accepts, from a document's title."""
    return re.sub(r'[\\/:*?"<>|]+', "-", text).strip(" .") or "PeerReady"


def suggested_path(folder: str, document: str, structure: str, extension: str) -> str:
    """« Plan d’action - CHRS Les Tilleuls - 2026-11-22.pdf » in ``folder`` (no structure: no part for it)."""
    name = safe_file_name(" - ".join(x for x in (document, structure, dt.date.today().isoformat()) if x))
    return str(Path(folder) / f"{name}.{extension}") if folder else f"{name}.{extension}"


def save_file(parent: QWidget | None, title: str, suggested: str, filters: str) -> str | None:
    """Ask where to save; a bare file name is proposed in ``export_folder()``."""
    if suggested and not Path(suggested).is_absolute():
        suggested = str(Path(export_folder()) / suggested)
    dialog = file_dialog(parent, title, suggested, filters)
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
    dialog.setLabelText(QFileDialog.DialogLabel.Accept, QCoreApplication.translate("Dialogs", "Enregistrer"))
    if suggested:
        dialog.selectFile(suggested)
    return _chosen(dialog)


def choose_folder(parent: QWidget | None, title: str, folder: str = "") -> str | None:
    dialog = file_dialog(parent, title, folder or export_folder())
    dialog.setFileMode(QFileDialog.FileMode.Directory)
    dialog.setOption(QFileDialog.Option.ShowDirsOnly, True)
    dialog.setLabelText(QFileDialog.DialogLabel.Accept, QCoreApplication.translate("Dialogs", "Choisir"))
    return _chosen(dialog)


def open_document(path: str) -> bool:
    """Open a file (a PDF) with the system's viewer; False when none would open it."""
    return QDesktopServices.openUrl(QUrl.fromLocalFile(path))


def show_document(parent: QWidget | None, path: str) -> None:
    """Open a document just made; with no viewer on this computer, say where it is and offer its folder."""
    if open_document(path):
        return
    folder = str(Path(path).parent)
    chosen = choose(
        parent,
        QCoreApplication.translate("Dialogs", "Document enregistré"),
        QCoreApplication.translate(
            "Dialogs",
            "Le document est enregistré ici :\n{0}\n\nAucun programme n’a pu l’ouvrir sur cet ordinateur "
            "(pour un PDF, il faut un lecteur de PDF). Vous pouvez ouvrir son dossier et le copier ou l’envoyer.",
        ).format(path),
        [
            ("folder", QCoreApplication.translate("Dialogs", "Ouvrir le dossier")),
            ("close", QCoreApplication.translate("Dialogs", "Fermer")),
        ],
        escape="close",
    )
    if chosen == "folder" and not QDesktopServices.openUrl(QUrl.fromLocalFile(folder)):
        text = QCoreApplication.translate("Dialogs", "Le dossier n’a pas pu être ouvert. Il se trouve ici :\n{0}")
        inform(parent, QCoreApplication.translate("Dialogs", "Dossier"), text.format(folder))
