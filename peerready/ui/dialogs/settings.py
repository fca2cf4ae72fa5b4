"""Settings: text size, high contrast, where the data lives, backups."""

from __future__ import annotations

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
)

from peerready.store.backups import AUTOMATIC_BACKUPS_KEPT
from peerready.ui import accessible, dialogs, language, theme


class SettingsDialog(QDialog):
    def __init__(self, context, parent=None):
        super().__init__(parent)
        self.context = context
        self.setWindowTitle(self.tr("Réglages"))
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.scale = QComboBox()
        for value in theme.SCALES:
            self.scale.addItem(f"{value} %", value)
        current = context.setting("display/scale", 100)
        self.scale.setCurrentIndex(theme.SCALES.index(current) if current in theme.SCALES else 0)
        self.scale.setToolTip(self.tr("Pour un projecteur, 150 % ou plus (Ctrl++ et Ctrl+- à tout moment)"))
        form.addRow(self.tr("&Taille du texte :"), self.scale)
        self.contrast = QCheckBox(self.tr("&Contraste élevé (texte clair sur fond noir)"))
        self.contrast.setChecked(context.setting("display/high_contrast", False))
        form.addRow("", self.contrast)
        self.language = QComboBox()
        for code, name in language.LANGUAGES.items():
            self.language.addItem(name, code)
        self.language.setCurrentIndex(max(0, self.language.findData(context.setting(language.SETTING, "fr"))))
        form.addRow(self.tr("&Langue de l’interface :"), self.language)
        self.language_note = QLabel(
            self.tr(
                "La langue change au prochain démarrage de PeerReady. Seuls les mots de l’application changent : "
                "les questionnaires, les documents (PDF, Word, Excel), la ligne de commande et les pages des "
                "téléphones restent en français."
            )
        )
        self.language_note.setWordWrap(True)
        form.addRow(self.language_note)
        where = QLabel(dialogs.data_folder(context.data_dir))  # « Données : … » already says what it is
        where.setWordWrap(True)
        form.addRow(where)
        layout.addLayout(form)
        backups = QLabel(
            self.tr(
                "PeerReady enregistre chaque réponse immédiatement. Il fait aussi une copie de sécurité de toute la "
                "base à l’ouverture (au plus toutes les 12 heures ; les {0} dernières sont gardées) dans le dossier "
                "« backups » du dossier de données."
            ).format(AUTOMATIC_BACKUPS_KEPT)
        )
        backups.setWordWrap(True)
        layout.addWidget(backups)
        open_folder = QPushButton(self.tr("&Ouvrir le dossier des données"))
        open_folder.clicked.connect(lambda: QDesktopServices.openUrl(QUrl.fromLocalFile(str(context.data_dir))))
        backup_now = QPushButton(self.tr("Faire une &sauvegarde maintenant"))
        backup_now.clicked.connect(self.on_backup)
        layout.addWidget(open_folder)
        layout.addWidget(backup_now)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.on_accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        accessible.name_from_buddies(self)

    def on_backup(self) -> None:
        made = self.context.attempt(
            self.tr("La sauvegarde n’a pas été faite."), lambda: self.context.store.backup("manuelle")
        )
        if made:
            dialogs.inform(self, self.tr("Sauvegarde"), self.tr("Sauvegarde faite :\n{0}").format(made.value))

    def on_accept(self) -> None:
        self.context.set_setting("display/scale", self.scale.currentData())
        self.context.set_setting("display/high_contrast", self.contrast.isChecked())
        chosen = self.language.currentData()
        if chosen != self.context.setting(language.SETTING, "fr"):
            self.context.set_setting(language.SETTING, chosen)
            dialogs.inform(
                self,
                self.tr("Langue de l’interface"),
                self.tr("{0} : la langue changera au prochain démarrage de PeerReady.").format(
                    language.LANGUAGES[chosen]
                ),
            )
        self.accept()
