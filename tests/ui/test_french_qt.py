"""Everything Qt draws is French, whatever the system's language: calendar, dialogs, numbers."""

import pytest
from PySide6.QtCore import QDate, QLocale
from PySide6.QtWidgets import QCalendarWidget, QDialogButtonBox, QFileDialog, QLabel

from peerready.ui import dialogs
from peerready.ui.app import create_application


@pytest.fixture
def app(qtbot):
    made, _ = create_application()
    return made


def test_the_locale_and_qts_own_strings_are_french(qtbot, app):
    assert QLocale().language() == QLocale.Language.French
    assert QLocale().monthName(12) == "décembre"
    assert QLocale().toString(QDate(2027, 1, 15), "dd MMMM yyyy") == "15 janvier 2027"
    calendar = QCalendarWidget()
    qtbot.addWidget(calendar)
    assert calendar.locale().language() == QLocale.Language.French
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel | QDialogButtonBox.StandardButton.Yes)
    qtbot.addWidget(buttons)
    texts = {b.text().replace("&", "") for b in buttons.buttons()}
    assert texts == {"Annuler", "Oui"}, texts


def test_qts_own_file_dialog_speaks_french(qtbot, app, tmp_path):
    dialog = dialogs.file_dialog(None, "Choisir", str(tmp_path))
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)
    qtbot.addWidget(dialog)
    labels = {label.text() for label in dialog.findChildren(QLabel)}
    assert "Look in:" not in labels and "Files of type:" not in labels
    assert {"Regarder dans :", "Type de fichier :"} <= {t.replace("&", "").replace("\u00a0", " ") for t in labels}
