"""The scores of the dimensions and factors as a table, one column per group shown apart.

It takes the radar's place on demand: the same numbers, read rather than seen.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QTreeWidget, QTreeWidgetItem

from peerready.engine import wording
from peerready.engine.results import Results, Score
from peerready.ui import words
from peerready.ui.widgets.finding_list import KEY_ROLE


class ScoreTree(QTreeWidget):
    """Dimensions, then factors; each row leads to its questions (``KEY_ROLE`` of column 0)."""

    def __init__(self):
        super().__init__()
        self.setAccessibleName(self.tr("Scores par dimension et par facteur"))
        self.setRootIsDecorated(True)
        self.setUniformRowHeights(False)

    def show_results(self, results: Results) -> None:
        groups = list(results.visible_groups)
        self.clear()
        self.setColumnCount(2 + len(groups))
        self.setHeaderLabels([self.tr("Point évalué"), self.tr("Tous groupes"), *map(words.group, groups)])

        def add(parent: QTreeWidgetItem, key, label: str, score: Score) -> None:
            row = [label, wording.score(score.score)] + [wording.score(score.by_group.get(g)) for g in groups]
            item = QTreeWidgetItem(parent, row)
            item.setData(0, KEY_ROLE, key)

        dimensions = QTreeWidgetItem(self, [self.tr("Dimensions")])
        for dimension in results.dimensions:
            add(dimensions, ("dimension", dimension.id), dimension.label, dimension)
        factors = QTreeWidgetItem(self, [self.tr("Facteurs")])
        for factor in results.factors:
            label = self.tr("{0} (essentiel)").format(factor.label) if factor.core else factor.label
            add(factors, ("factor", factor.id), label, factor)
        for header in (dimensions, factors):
            header.setFirstColumnSpanned(True)
            header.setFlags(Qt.ItemFlag.ItemIsEnabled)
            font = QFont(self.font())
            font.setBold(True)
            header.setFont(0, font)
        self.expandAll()
        self.resize_columns()

    def resize_columns(self) -> None:
        for column in range(self.columnCount()):
            self.resizeColumnToContents(column)
