"""What the results page shows while the collection is open: a neutral message, nothing of the results."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from peerready.ui import theme


class HiddenResults(QWidget):
    """Why the results stay hidden, with a way to close the collection (Alt+C) and one back to the session (Alt+R)."""

    close_asked = Signal()
    session_asked = Signal()

    def __init__(self):
        super().__init__()
        hidden = QVBoxLayout(self)
        self.message = QLabel(
            self.tr(
                "Les résultats restent cachés tant que la collecte est ouverte, pour que personne ne réponde "
                "sous l’influence du groupe."
            )
        )
        self.message.setWordWrap(True)
        self.message.setObjectName("hidden_message")
        hidden.addWidget(self.message)
        buttons = QHBoxLayout()
        self.close_button = QPushButton(self.tr("&Clore la collecte et voir les résultats"))
        self.close_button.setToolTip(self.tr("Clore la collecte et voir les résultats (Alt+C)"))
        self.close_button.setAccessibleName(self.tr("Clore la collecte et voir les résultats"))
        self.close_button.clicked.connect(self.close_asked)
        self.session_button = QPushButton(self.tr("&Retour à la séance"))
        self.session_button.setToolTip(self.tr("Retour à la séance (Alt+R)"))
        self.session_button.setAccessibleName(self.tr("Retour à la séance"))
        self.session_button.clicked.connect(self.session_asked)
        buttons.addWidget(self.close_button)
        buttons.addWidget(self.session_button)
        buttons.addStretch(1)
        hidden.addLayout(buttons)
        hidden.addStretch(1)

    def apply_fonts(self) -> None:
        self.message.setFont(theme.scaled(15))
        for button in (self.close_button, self.session_button):
            button.setFont(theme.scaled(theme.BASE_POINT_SIZE))
