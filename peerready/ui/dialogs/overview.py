"""The anonymous overview across all structures, for peer-work platforms."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QTreeWidget, QTreeWidgetItem, QVBoxLayout

from peerready.engine import wording
from peerready.store import history


class OverviewDialog(QDialog):
    def __init__(self, context, parent=None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Vue d’ensemble des structures"))
        data = history.overview(context.store)
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "Pour la dernière évaluation de chaque structure. Anonyme : aucune structure n’est nommée ici.\n"
                "{0}, dont {1}."
            ).format(wording.plural(data["structures"], "structure"), wording.plural(data["assessed"], "évaluée"))
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        tree = QTreeWidget()
        tree.setObjectName("overview")
        tree.setAccessibleName(self.tr("Vue d’ensemble"))
        tree.setHeaderLabels([self.tr("Indicateur"), self.tr("Valeur")])

        def section(title, rows):
            parent_item = QTreeWidgetItem([title, ""])
            for name, value in rows:
                parent_item.addChild(QTreeWidgetItem([name, value]))
            tree.addTopLevelItem(parent_item)
            parent_item.setExpanded(True)

        section(self.tr("Étape du projet"), [(wording.stage(k), str(v)) for k, v in data["stages"].items()])
        section(self.tr("Niveau de préparation"), [(wording.level(k), str(v)) for k, v in data["levels"].items()])
        section(
            self.tr("Score moyen par dimension"), [(d["label"], wording.score(d["score"])) for d in data["dimensions"]]
        )
        section(
            self.tr("Alertes les plus fréquentes"),
            [
                (f"{wording.severity(f['severity'])} — {f['title']}", wording.plural(f["structures"], "structure"))
                for f in data["flags"]
            ],
        )
        actions = data["actions"]
        section(
            self.tr("Actions des plans"),
            [
                (self.tr("Faites"), str(actions["done"])),
                (self.tr("En cours"), str(actions["doing"])),
                (self.tr("À faire"), str(actions["todo"])),
                (self.tr("Abandonnées"), str(actions["dropped"])),
            ],
        )
        tree.resizeColumnToContents(0)
        layout.addWidget(tree, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(760, 560)
