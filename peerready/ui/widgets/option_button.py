"""A big answer button: its label wraps, its number is its key, and a chosen one says so in words."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QSizePolicy

from peerready.ui import focus_style, theme


def option_style(ring: int) -> str:
    """The answer's look, in the palette's colours, with room round its border for the focus ring
    (``focus_style`` draws it along the button's edge): focused and chosen never look alike."""
    return f"""
QPushButton#option_button {{ text-align: left; margin: {ring + 1}px; padding: 0; border: 1px solid palette(shadow);
    border-radius: 0.3em; background: palette(button); }}
QPushButton#option_button:hover {{ border: 1px solid palette(highlight); }}
QPushButton#option_button:checked {{ border: {CHOSEN_BORDER}px solid palette(highlight);
    background: palette(alternate-base); }}
"""


#: The border of a chosen answer; the labels keep clear of it.
CHOSEN_BORDER = 3


class OptionButton(QPushButton):
    """A big answer button whose label wraps; once chosen it shows « ✓ » and bold text, not only a colour."""

    def __init__(self, number: int, label: str):
        super().__init__()
        self.setObjectName("option_button")
        self.setCheckable(True)
        self.number = number
        self.label = label
        layout = QHBoxLayout(self)
        self._ring = 0  # the focus ring's width the style sheet was made for (apply_fonts)
        self.number_label = QLabel(str(number))
        self.text_label = QLabel()
        self.text_label.setWordWrap(True)
        for child in (self.number_label, self.text_label):
            child.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
            child.setTextFormat(Qt.TextFormat.PlainText)
        layout.addWidget(self.number_label)
        layout.addWidget(self.text_label, 1)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
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
        ring = focus_style.ring_width()
        if ring != self._ring:
            # On the button itself (a style sheet on the page would stop it following the text size),
            # made again only when the ring's width changes with the text size.
            self._ring = ring
            self.setStyleSheet(option_style(ring))
            edge = ring + 1 + CHOSEN_BORDER  # the ring, a pixel of air, the border of a chosen answer
            self.layout().setContentsMargins(edge + 3, edge, edge + 3, edge)
        font = theme.large(15)
        font.setBold(self.isChecked())
        self.text_label.setFont(font)
        number_font = theme.large(15)
        number_font.setBold(True)
        self.number_label.setFont(number_font)
