"""A big answer button: its label wraps, its number is its key, and a chosen one says so in words."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QSizePolicy

from peerready.ui import theme

OPTION_STYLE = """
QPushButton#option_button { text-align: left; padding: 0.3em 0.6em; border: 1px solid palette(mid);
    border-radius: 0.3em; background: palette(button); }
QPushButton#option_button:hover { border: 1px solid palette(highlight); }
QPushButton#option_button:focus { border: 2px dashed palette(text); }
QPushButton#option_button:checked { border: 3px solid palette(highlight); background: palette(alternate-base); }
QPushButton#option_button:checked:focus { border: 3px dashed palette(highlight); }
"""


class OptionButton(QPushButton):
    """A big answer button whose label wraps; once chosen it shows « ✓ » and bold text, not only a colour."""

    def __init__(self, number: int, label: str):
        super().__init__()
        self.setObjectName("option_button")
        self.setCheckable(True)
        self.number = number
        self.label = label
        layout = QHBoxLayout(self)
        layout.setContentsMargins(6, 3, 6, 3)  # the style's padding is around it already
        self.number_label = QLabel(str(number))
        self.text_label = QLabel()
        self.text_label.setWordWrap(True)
        for child in (self.number_label, self.text_label):
            child.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
            child.setTextFormat(Qt.TextFormat.PlainText)
        layout.addWidget(self.number_label)
        layout.addWidget(self.text_label, 1)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        # On the button itself: a style sheet on the page would stop it following the text size.
        self.setStyleSheet(OPTION_STYLE)
        self.setToolTip(self.tr("Choisir cette réponse (touche {0})").format(number))
        self.unsaved = False
        self.toggled.connect(self.on_toggled)
        self.on_toggled(False)

    def on_toggled(self, checked: bool) -> None:
        if checked and self.unsaved:
            self.text_label.setText(self.tr("⚠ {0} (choisie, NON enregistrée)").format(self.label))
            self.setAccessibleDescription(self.tr("Réponse choisie, mais non enregistrée"))
        else:
            self.text_label.setText(self.tr("✓ {0} (choisie)").format(self.label) if checked else self.label)
            self.setAccessibleDescription(self.tr("Réponse choisie") if checked else "")
        self.setAccessibleName(f"{self.number} {self.label}")
        self.apply_fonts()

    def set_unsaved(self, unsaved: bool) -> None:
        self.unsaved = unsaved
        self.on_toggled(self.isChecked())

    def apply_fonts(self) -> None:
        font = theme.large(15)
        font.setBold(self.isChecked())
        self.text_label.setFont(font)
        number_font = theme.large(15)
        number_font.setBold(True)
        self.number_label.setFont(number_font)
