"""A tally typed in: one number box per option, and the total."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QGridLayout, QLabel, QSizePolicy, QSpinBox, QVBoxLayout, QWidget

from peerready.ui import theme


class TallyGrid(QWidget):
    """How many people chose each answer; ``counts_changed`` when a number is typed (not when shown)."""

    counts_changed = Signal()

    def __init__(self):
        super().__init__()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.hint = QLabel(
            self.tr("Tapez combien de personnes ont choisi chaque réponse. Entrée passe à la question suivante.")
        )
        self.hint.setWordWrap(True)
        self.hint.setTextFormat(Qt.TextFormat.PlainText)
        self.grid = QGridLayout()
        self.total = QLabel()
        self.total.setAccessibleName(self.tr("Total des réponses"))
        layout.addWidget(self.hint)
        layout.addLayout(self.grid)
        layout.addWidget(self.total)
        self.spin_boxes: list[QSpinBox] = []
        self._values: list[str] = []

    def show_counts(self, options: Sequence, counts: Mapping[str, int]) -> None:
        """One row per option (``value`` and ``label``), filled with ``counts``."""
        self.clear()
        for row, option in enumerate(options):
            label = QLabel(f"{row + 1}  {option.label}")
            label.setWordWrap(True)
            spin = QSpinBox()
            spin.setRange(0, 9999)
            spin.setValue(int(counts.get(option.value, 0)))
            spin.setAccessibleName(self.tr("Nombre de « {0} »").format(option.label))
            spin.setToolTip(self.tr("Nombre de personnes (flèches haut et bas pour ajuster)"))
            spin.setSizePolicy(QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Fixed)
            label.setBuddy(spin)
            spin.valueChanged.connect(self.on_value_changed)
            self.grid.addWidget(spin, row, 0)
            self.grid.addWidget(label, row, 1)
            self.spin_boxes.append(spin)
            self._values.append(option.value)
        self.grid.setColumnStretch(1, 1)
        self.update_total()
        self.apply_fonts()

    def clear(self) -> None:
        while self.grid.count():
            widget = self.grid.takeAt(0).widget()
            if widget is not None:
                widget.hide()
                widget.deleteLater()
        self.spin_boxes, self._values = [], []
        self.total.clear()

    def counts(self) -> dict[str, int]:
        return {value: spin.value() for value, spin in zip(self._values, self.spin_boxes, strict=True)}

    def on_value_changed(self) -> None:
        self.update_total()
        self.counts_changed.emit()

    def update_total(self) -> None:
        total = sum(spin.value() for spin in self.spin_boxes)
        self.total.setText(
            self.tr("Total : 1 réponse") if total == 1 else self.tr("Total : {0} réponses").format(total)
        )

    def apply_fonts(self) -> None:
        self.total.setFont(theme.scaled(14))
        for spin in self.spin_boxes:
            spin.setFont(theme.scaled(15))
        for index in range(self.grid.count()):
            widget = self.grid.itemAt(index).widget()
            if isinstance(widget, QLabel):
                widget.setFont(theme.scaled(14))
