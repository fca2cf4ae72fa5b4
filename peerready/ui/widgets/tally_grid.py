"""A tally typed in: how many people are present, one number box per option, the total and whether it adds up."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QFocusEvent
from PySide6.QtWidgets import QFrame, QGridLayout, QHBoxLayout, QLabel, QSizePolicy, QSpinBox, QVBoxLayout, QWidget

from peerready.ui import theme, widgets, words
from peerready.workshop import headcount


class CountBox(QSpinBox):
    """A number box whose content is selected whenever it gets the focus: typing 3 gives 3, never 30."""

    def focusInEvent(self, event: QFocusEvent) -> None:
        super().focusInEvent(event)
        self.selectAll()
        # A click places the cursor after the focus came: select again once it has.
        QTimer.singleShot(0, self, self.selectAll)


class TallyGrid(QWidget):
    """How many people chose each answer; ``counts_changed`` when a number is typed (not when shown).

    Above the counts, how many people are present (``present_changed`` when it is typed); below,
    the total and, when it differs from the people present, a warning that stays on screen.
    """

    counts_changed = Signal()
    present_changed = Signal(int)

    def __init__(self):
        super().__init__()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        present_row = QHBoxLayout()
        self.present_label = QLabel(self.tr("Personnes &présentes :"))
        self.present_box = CountBox()
        self.present_box.setRange(0, headcount.MOST_PRESENT)
        self.present_box.setSpecialValueText("—")
        self.present_box.setAccessibleName(self.tr("Nombre de personnes présentes"))
        self.present_box.setToolTip(
            self.tr("Combien de personnes sont dans la salle pour ce décompte : chaque total lui est comparé")
        )
        self.present_box.setSizePolicy(QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Fixed)
        self.present_label.setBuddy(self.present_box)
        self.present_box.valueChanged.connect(self.on_present_changed)
        present_row.addWidget(self.present_label)
        present_row.addWidget(self.present_box)
        present_row.addStretch(1)
        self.hint = QLabel()
        self.hint.setWordWrap(True)
        self.hint.setTextFormat(Qt.TextFormat.PlainText)
        self.grid = QGridLayout()
        self.total = QLabel()
        self.gap = QLabel()
        self.gap.setObjectName("tally_gap")
        self.gap.setWordWrap(True)
        self.gap.setTextFormat(Qt.TextFormat.PlainText)
        self.gap.setFrameShape(QFrame.Shape.StyledPanel)
        self.gap.setVisible(False)
        layout.addLayout(present_row)
        layout.addWidget(self.hint)
        layout.addLayout(self.grid)
        present_row.addWidget(self.total)  # beside the people present, which it is compared with: one line less
        layout.addWidget(self.gap)
        self.spin_boxes: list[CountBox] = []
        self._values: list[str] = []
        self._labels: list[QLabel] = []
        self._showing = False

    def show_counts(self, options: Sequence, counts: Mapping[str, int], present: int = 0) -> None:
        """One row per option (``value`` and ``label``), filled with ``counts``; ``present``: the people present."""
        self.clear()
        self._showing = True
        self.present_box.setValue(present)
        self._showing = False
        for row, option in enumerate(options):
            label = QLabel(f"{row + 1}  {option.label}")
            label.setWordWrap(True)
            spin = CountBox()
            spin.setRange(0, 9999)
            spin.setValue(int(counts.get(option.value, 0)))
            spin.setAccessibleName(self.tr("Nombre de « {0} »").format(option.label))
            spin.setToolTip(self.tr("Nombre de personnes (flèches haut et bas pour ajuster)"))
            spin.setSizePolicy(QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Fixed)
            label.setBuddy(spin)
            spin.valueChanged.connect(self.on_value_changed)
            self.spin_boxes.append(spin)
            self._labels.append(label)
            self._values.append(option.value)
        self.arrange(1)
        self.update_total()
        self.apply_fonts()

    def clear(self) -> None:
        while self.grid.count():
            widget = self.grid.takeAt(0).widget()
            if widget is not None:
                widget.hide()
                widget.deleteLater()
        self.spin_boxes, self._values, self._labels = [], [], []
        self.total.clear()
        self.gap.clear()
        self.gap.setVisible(False)
        self._showing = True
        self.present_box.setValue(0)
        self._showing = False

    def arrange(self, columns: int) -> None:
        """The counts top to bottom, then in the next column (1 2 3 | 4 5 6), for a screen too short for one."""
        widgets.place_in_columns(self.grid, list(zip(self.spin_boxes, self._labels, strict=True)), columns)

    def counts(self) -> dict[str, int]:
        return {value: spin.value() for value, spin in zip(self._values, self.spin_boxes, strict=True)}

    def present(self) -> int:
        """The people present as typed (0: not said)."""
        return self.present_box.value()

    def on_value_changed(self) -> None:
        self.update_total()
        self.counts_changed.emit()

    def on_present_changed(self) -> None:
        self.update_total()
        if not self._showing:
            self.present_changed.emit(self.present())

    def update_total(self) -> None:
        self.hint.setText(
            words.typeset(
                self.tr("Tapez combien de personnes ont choisi chaque réponse. Entrée passe à la question suivante.")
                if self.present()
                else self.tr(
                    "Tapez d’abord combien de personnes sont présentes, puis Entrée : chaque total leur sera comparé. "
                    "Puis, pour chaque réponse, combien de personnes l’ont choisie."
                )
            )
        )
        total = sum(spin.value() for spin in self.spin_boxes)
        self.total.setText(
            self.tr("Total : 1 réponse") if total == 1 else self.tr("Total : {0} réponses").format(total)
        )
        difference = headcount.gap(self.counts(), self.present())
        if difference is None:
            self.gap.clear()
        else:
            votes = words.plural(total, "réponse")
            present = words.plural(self.present(), "personne présente", "personnes présentes")
            if difference < 0:
                text = self.tr("⚠ {0} pour {1} : {2} de moins. Une abstention, ou une main oubliée ?").format(
                    votes, present, words.plural(-difference, "réponse")
                )
            else:
                text = self.tr("⚠ {0} pour {1} : {2} de trop. Un nombre tapé deux fois, ou un zéro de trop ?").format(
                    votes, present, words.plural(difference, "réponse")
                )
            self.gap.setText(words.typeset(text))
        self.gap.setVisible(difference is not None)

    def apply_fonts(self) -> None:
        self.total.setFont(theme.scaled(14))
        bold = theme.scaled(13)
        bold.setBold(True)
        self.gap.setFont(bold)
        self.present_label.setFont(theme.scaled(14))
        self.present_box.setFont(theme.large(15))
        for spin in self.spin_boxes:
            spin.setFont(theme.large(15))
        for index in range(self.grid.count()):
            widget = self.grid.itemAt(index).widget()
            if isinstance(widget, QLabel):
                widget.setFont(theme.large(14))
