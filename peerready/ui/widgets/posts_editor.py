"""The peer posts of an assessment, entered as it is prepared: one line per post, no name.

Facts of the structure (status, contract, working time, pay compared with the
moniteur-éducateur level, classification): alerts look at each post and at all of
them together (« statuts incohérents »). A volunteer has only a status and a working time.
"""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QFormLayout, QGroupBox, QHBoxLayout, QLabel, QListWidget, QVBoxLayout

from peerready.engine import posts
from peerready.engine.posts import Post
from peerready.ui import widgets


class PostsEditor(QGroupBox):
    def __init__(self, described: tuple[Post, ...] = ()):
        super().__init__(self.tr("Le ou les postes de travail pair (facultatif)"))
        self.posts: list[Post] = list(described)
        layout = QVBoxLayout(self)
        hint = QLabel(
            self.tr(
                "Décrivez chaque poste, prévu ou occupé, sans nom : plusieurs pairs peuvent avoir des statuts "
                "différents. Le plan en tient compte."
            )
        )
        hint.setWordWrap(True)
        layout.addWidget(hint)
        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("Postes décrits"))
        self.list.setMaximumHeight(90)
        layout.addWidget(self.list)
        form = QFormLayout()
        self.boxes: dict[str, QComboBox] = {}
        names = {
            "status": self.tr("Statut :"),
            "contract": self.tr("Contrat :"),
            "working_time": self.tr("Temps de travail :"),
            "pay": self.tr("Salaire :"),
            "classification": self.tr("Classification :"),
        }
        for key, values in posts.FIELDS.items():
            box = widgets.narrow_combo()
            box.setAccessibleName(names[key].rstrip(" :"))
            if key != "status":
                box.addItem(self.tr("—"), None)
            for value, label in values.items():
                box.addItem(label, value)
            form.addRow(names[key], box)
            self.boxes[key] = box
        self.boxes["status"].currentIndexChanged.connect(self._status_changed)
        layout.addLayout(form)
        row = QHBoxLayout()
        self.add_button = widgets.button(self.tr("Ajouter ce poste"), self.on_add)
        self.remove_button = widgets.button(self.tr("Retirer le poste choisi"), self.on_remove)
        for button in (self.add_button, self.remove_button):  # Enter in the dialog starts the session
            button.setAutoDefault(False)
        row.addWidget(self.add_button)
        row.addWidget(self.remove_button)
        row.addStretch(1)
        layout.addLayout(row)
        self._refresh()
        self._status_changed()

    def described(self) -> tuple[Post, ...]:
        return tuple(self.posts)

    def _status_changed(self) -> None:
        volunteer = self.boxes["status"].currentData() == "volunteer"
        for key in posts.EMPLOYEE_ONLY:
            self.boxes[key].setEnabled(not volunteer)
            if volunteer:
                self.boxes[key].setCurrentIndex(0)

    def on_add(self) -> None:
        values = {key: box.currentData() for key, box in self.boxes.items() if box.isEnabled()}
        self.posts.append(Post(**{k: v for k, v in values.items() if v is not None}))
        self._refresh()

    def on_remove(self) -> None:
        row = self.list.currentRow()
        if 0 <= row < len(self.posts):
            del self.posts[row]
            self._refresh()

    def _refresh(self) -> None:
        self.list.clear()
        for index, post in enumerate(self.posts, 1):
            self.list.addItem(self.tr("Poste {0} : {1}").format(index, post.describe()))
        self.remove_button.setEnabled(bool(self.posts))
