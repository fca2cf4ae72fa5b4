"""Compare two assessments of a structure: what moved, which alerts went or came, what was done."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from peerready.engine import wording
from peerready.store import assessments, history, structures, summaries
from peerready.ui import theme, words
from peerready.ui.widgets.event_watcher import EventWatcher


class CompareDialog(QDialog):
    """Choose another assessment of the same structure and see the changes between the two."""

    def __init__(self, context, structure_id: str, assessment_id: str, parent=None):
        super().__init__(parent)
        self.context = context
        self.assessment_id = assessment_id
        self.comparison: dict | None = None
        structure = structures.get_structure(context.store, structure_id)
        self.setWindowTitle(self.tr("Comparer deux évaluations — {0}").format(structure.name))
        current = assessments.get_assessment(context.store, assessment_id)
        # Results of a collection still open stay hidden, so only closed assessments are offered.
        self.others = [
            (a, summary)
            for a, summary in summaries.list_assessments(context.store, structure_id)
            if a.id != assessment_id and a.closed
        ]

        layout = QVBoxLayout(self)
        choice = QHBoxLayout()
        label = QLabel(
            self.tr("Comparer l’évaluation du {0} avec &celle du :").format(words.long_date(current.started_at))
        )
        label.setWordWrap(True)
        self.choice = QComboBox()
        self.choice.setAccessibleName(self.tr("Évaluation à comparer"))
        label.setBuddy(self.choice)
        for assessment, summary in self.others:
            text = words.long_date(assessment.started_at)
            if summary.get("level"):
                text += " — " + words.level(summary["level"])
            if summary.get("score") is not None:
                text += f" ({wording.number(summary['score'])})"
            if assessment.label:
                text += f" — {assessment.label}"
            self.choice.addItem(text, assessment.id)
        choice.addWidget(label)
        choice.addWidget(self.choice, 1)
        layout.addLayout(choice)

        self.summary = QLabel("")
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        layout.addWidget(self.summary)

        self.tabs = QTabWidget()
        self.tabs.setAccessibleName(self.tr("Détail de la comparaison"))
        self.dimensions = self._table(
            [self.tr("Dimension"), self.tr("Avant"), self.tr("Après"), self.tr("Évolution")],
            self.tr("Scores par dimension, avant et après"),
        )
        self.flags = self._table([self.tr("Alerte"), self.tr("Évolution")], self.tr("Alertes levées et nouvelles"))
        self.actions = self._table(
            [self.tr("Action"), self.tr("Statut à l’époque"), self.tr("Statut maintenant")],
            self.tr("Actions de la première évaluation et ce qu’elles sont devenues"),
        )
        self.tabs.addTab(self.dimensions, self.tr("Dimensions"))
        self.tabs.addTab(self.flags, self.tr("Alertes"))
        self.tabs.addTab(self.actions, self.tr("Actions"))
        layout.addWidget(self.tabs, 1)

        self.empty = QLabel(
            self.tr(
                "Cette structure n’a pas d’autre évaluation terminée. Refaites l’évaluation dans quelques mois "
                "pour voir ce qui a bougé et ce qui a été fait."
            )
        )
        self.empty.setWordWrap(True)
        layout.addWidget(self.empty)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close = buttons.button(QDialogButtonBox.StandardButton.Close)
        close.setText(self.tr("Fermer"))
        close.setAccessibleName(self.tr("Fermer"))
        close.setToolTip(self.tr("Fermer (Échap)"))
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

        has_others = bool(self.others)
        for widget in (label, self.choice, self.summary, self.tabs):
            widget.setVisible(has_others)
        self.empty.setVisible(not has_others)
        self.choice.currentIndexChanged.connect(self.on_choice_changed)
        if has_others:
            self.choice.setCurrentIndex(self._default_index(current))
            self.on_choice_changed()
        self.on_theme_changed()
        metrics = self.fontMetrics()
        screen = (parent.screen() if parent is not None else self.screen()).availableGeometry()
        self.resize(
            min(metrics.averageCharWidth() * 110, int(screen.width() * 0.9)),
            min(metrics.height() * 30, int(screen.height() * 0.85)),
        )

    def _default_index(self, current: assessments.Assessment) -> int:
        """The assessment just before the current one, or else the closest after it."""
        earlier = [i for i, (a, _) in enumerate(self.others) if a.started_at < current.started_at]
        return earlier[0] if earlier else len(self.others) - 1

    def _table(self, headers: list[str], name: str) -> QTableWidget:
        table = QTableWidget(0, len(headers))
        table.setHorizontalHeaderLabels(headers)
        table.setAccessibleName(name)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setTabKeyNavigation(False)
        table.setWordWrap(True)
        table.verticalHeader().setVisible(False)
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        table.viewport().installEventFilter(EventWatcher(QEvent.Type.Resize, table.resizeRowsToContents, table))
        return table

    @staticmethod
    def _fill(table: QTableWidget, rows: list[list[str]]) -> None:
        table.setRowCount(len(rows))
        for r, row in enumerate(rows):
            for c, text in enumerate(row):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                table.setItem(r, c, item)
        table.resizeRowsToContents()
        if rows:
            table.setCurrentCell(0, 0)

    def on_choice_changed(self) -> None:
        other = self.choice.currentData()
        if not other:
            return
        self.comparison = history.compare(self.context.store, other, self.assessment_id)
        self._show(self.comparison)

    def _show(self, comparison: dict) -> None:
        before, after = comparison["before"], comparison["after"]
        change = None if before["score"] is None or after["score"] is None else after["score"] - before["score"]
        lines = [
            self.tr("Du {0} au {1}").format(words.long_date(before["date"]), words.long_date(after["date"])),
            self.tr("Niveau : {0} → {1}").format(words.level(before["level"]), words.level(after["level"])),
            self.tr("Score d’ensemble : {0} → {1} ({2})").format(
                wording.number(before["score"]), wording.number(after["score"]), wording.change(change)
            ),
        ]
        if before["stage"] != after["stage"]:
            lines.append(self.tr("Étape : {0} → {1}").format(words.stage(before["stage"]), words.stage(after["stage"])))
        compared = comparison["compared"]
        if compared["only_before"] or compared["only_after"]:
            lines.append(
                self.tr(
                    "Comparées sur les {0} questions posées les deux fois ; {1} posées seulement la première fois "
                    "et {2} seulement la seconde ne sont pas comparées."
                ).format(compared["questions"], len(compared["only_before"]), len(compared["only_after"]))
            )
        self.summary.setText("\n".join(lines))

        self._fill(
            self.dimensions,
            [
                [d["label"], wording.number(d["before"]), wording.number(d["after"]), wording.change(d["change"])]
                for d in comparison["dimensions"]
            ],
        )
        flags = [[title, self.tr("✓ levée")] for title in comparison["flags_cleared"]]
        flags += [[title, self.tr("⚠ nouvelle")] for title in comparison["flags_new"]]
        if not flags:
            flags = [[self.tr("Aucune alerte n’a changé."), ""]]
        self._fill(self.flags, flags)
        actions = [
            [a["title"], words.status(a["status_before"]), words.status(a["status_now"])] for a in comparison["actions"]
        ]
        if not actions:
            actions = [[self.tr("La première évaluation n’avait pas d’action."), "", ""]]
        self._fill(self.actions, actions)
        done = sum(1 for a in comparison["actions"] if a["status_now"] == "done")
        self.tabs.setTabText(0, self.tr("Dimensions ({0})").format(len(comparison["dimensions"])))
        self.tabs.setTabText(
            1,
            self.tr("Alertes ({0}, {1})").format(
                words.plural(len(comparison["flags_cleared"]), "levée"),
                words.plural(len(comparison["flags_new"]), "nouvelle"),
            ),
        )
        self.tabs.setTabText(
            2, self.tr("Actions ({0} sur {1})").format(words.plural(done, "faite"), len(comparison["actions"]))
        )

    def on_theme_changed(self) -> None:
        self.summary.setFont(theme.scaled(12))
        for table in (self.dimensions, self.flags, self.actions):
            table.resizeRowsToContents()

    def first_focus(self) -> QWidget:
        return self.choice if self.others else self
