"""Every message box and file dialog goes through these functions.

Tests replace them (monkeypatch) so that no real modal dialog ever opens headless.
"""

from __future__ import annotations

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QFileDialog, QInputDialog, QMessageBox, QWidget


def inform(parent: QWidget | None, title: str, text: str) -> None:
    QMessageBox.information(parent, title, text)


def warn(parent: QWidget | None, title: str, text: str) -> None:
    QMessageBox.warning(parent, title, text)


def confirm(parent: QWidget | None, title: str, text: str, action: str = "Confirmer") -> bool:
    box = QMessageBox(QMessageBox.Icon.Question, title, text, parent=parent)
    yes = box.addButton(action, QMessageBox.ButtonRole.AcceptRole)
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


def open_file(parent: QWidget | None, title: str, filters: str, folder: str = "") -> str | None:
    path, _ = QFileDialog.getOpenFileName(parent, title, folder, filters)
    return path or None


def save_file(parent: QWidget | None, title: str, suggested: str, filters: str) -> str | None:
    path, _ = QFileDialog.getSaveFileName(parent, title, suggested, filters)
    return path or None


def choose_folder(parent: QWidget | None, title: str) -> str | None:
    path = QFileDialog.getExistingDirectory(parent, title)
    return path or None


def open_document(path: str) -> None:
    """Open a file (a PDF) with the system's viewer."""
    QDesktopServices.openUrl(QUrl.fromLocalFile(path))
