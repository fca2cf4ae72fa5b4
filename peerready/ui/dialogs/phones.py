"""A group answering on their own phones: the code to scan, the address to type, how many phones came.

The laptop (and the projector) never shows what anyone answered: only how many phones opened the
page and how many finished. Closing this window stops that group's phone collection; the
assessment stays open, and what phones sent is kept. The server itself is Qt-free
(``web.server``); it reports from its own thread, and a signal brings that here.
"""

from __future__ import annotations

import io

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from peerready.ui import dialogs, theme, words
from peerready.web.server import Counts, PhoneCollection, ServeError, local_addresses


class _Relay(QObject):
    """Brings the server's news (from its own thread) to the window's thread."""

    changed = Signal(object)


def qr_pixmap(text: str, size: int) -> QPixmap:
    """The QR code of ``text``, about ``size`` pixels wide, dark on light with its quiet zone."""
    import segno  # start-up: only when a phone collection opens

    code = segno.make(text, error="m")
    modules = code.symbol_size(border=4)[0]
    buffer = io.BytesIO()
    code.save(buffer, kind="png", scale=max(4, size // modules), border=4, dark="#000000", light="#ffffff")
    pixmap = QPixmap()
    pixmap.loadFromData(buffer.getvalue(), "PNG")
    return pixmap


class PhonesDialog(QDialog):
    """Shows a group's phone collection while it runs; closing it stops that collection."""

    def __init__(self, context, assessment_id: str, group: str, parent=None, host: str | None = None):
        super().__init__(parent)
        self.context = context
        self.assessment_id = assessment_id
        self.group = group
        self.collection: PhoneCollection | None = None
        self.counts = Counts(0, 0)
        # No parent: the server's thread may still report while this window is being deleted; the
        # relay lives as long as the server holds the callback, and Qt drops the connection to a
        # deleted window by itself.
        self._relay = _Relay()
        self._relay.changed.connect(self._news)
        name = words.group(group)
        self.setWindowTitle(self.tr("Sur les téléphones : {0}").format(name))
        layout = QVBoxLayout(self)
        self.title = QLabel(self.tr("{0} : répondez sur votre téléphone").format(name))
        self.title.setObjectName("phonesTitle")
        self.title.setWordWrap(True)
        layout.addWidget(self.title)
        self.steps = QLabel(
            self.tr(
                "Connectez-vous au même Wi-Fi que cet ordinateur, puis visez ce code avec l’appareil photo, "
                "ou tapez l’adresse. Pas d’application, pas de compte, pas de nom."
            )
        )
        self.steps.setWordWrap(True)
        layout.addWidget(self.steps)
        middle = QHBoxLayout()
        self.code = QLabel()
        self.code.setObjectName("phonesCode")
        self.code.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.code.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        middle.addWidget(self.code, 0, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        middle.addSpacing(24)
        panel = QWidget()
        panel.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        right = QVBoxLayout(panel)
        right.setContentsMargins(0, 0, 0, 0)
        self.address = QLabel()
        self.address.setObjectName("phonesAddress")
        self.address.setWordWrap(True)
        self.address.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        right.addWidget(self.address)
        self.progress = QLabel()
        self.progress.setObjectName("phonesCounts")
        self.progress.setWordWrap(True)
        right.addWidget(self.progress)
        network_row = QHBoxLayout()
        self.network_label = QLabel(self.tr("&Réseau :"))
        self.networks = QComboBox()
        self.networks.setObjectName("phonesNetwork")
        self.network_label.setBuddy(self.networks)
        network_row.addWidget(self.network_label)
        network_row.addWidget(self.networks, 1)
        right.addLayout(network_row)
        self.trouble = QLabel(  # what to try when phones cannot reach the laptop, in the order one can try it
            self.tr(
                "Les téléphones n’arrivent pas à ouvrir la page ?\n"
                "• Ils doivent être sur le même réseau Wi-Fi que cet ordinateur (pas sur leurs données mobiles).\n"
                "• Sous Windows, si une fenêtre du pare-feu s’est ouverte, autorisez PeerReady sur les réseaux "
                "privés. Un réseau « invité » isole souvent les appareils : il ne convient pas.\n"
                "• Sinon, créez un partage de connexion (point d’accès) avec votre téléphone ou cet ordinateur, "
                "protégé par un mot de passe, et connectez-y tout le monde.\n"
                "• Vous pouvez aussi continuer autrement (personne par personne, décompte) : ce que les "
                "téléphones ont déjà envoyé est gardé."
            )
        )
        self.trouble.setWordWrap(True)
        right.addWidget(self.trouble)
        right.addStretch(1)
        middle.addWidget(panel, 1)
        layout.addLayout(middle, 1)
        buttons = QDialogButtonBox()
        self.stop_button = QPushButton(self.tr("&Arrêter la collecte sur les téléphones"))
        buttons.addButton(self.stop_button, QDialogButtonBox.ButtonRole.RejectRole)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self._fonts()

        addresses = [host] if host else local_addresses()
        for address in addresses:
            self.networks.addItem(address, address)
        several = len(addresses) > 1
        self.network_label.setVisible(several)
        self.networks.setVisible(several)
        self.networks.currentIndexChanged.connect(lambda _index: self._start())
        self.started = bool(addresses) and self._start()
        if not addresses:
            self.address.setText(
                self.tr(
                    "Cet ordinateur n’est relié à aucun réseau. Créez un partage de connexion (point d’accès) "
                    "avec votre téléphone ou cet ordinateur, connectez-y tout le monde, puis rouvrez cette fenêtre."
                )
            )

    def _fonts(self) -> None:
        big = theme.large(20)
        big.setBold(True)
        self.title.setFont(big)
        self.address.setFont(theme.large(18))
        self.progress.setFont(theme.large(16))

    def _start(self) -> bool:
        """Serve on the chosen network; a collection already running there stops first."""
        self._stop()
        host = self.networks.currentData()
        relay = self._relay
        collection = PhoneCollection(
            self.context.data_dir, self.assessment_id, self.group, host=host, on_change=lambda c: relay.changed.emit(c)
        )
        try:
            collection.start()
        except ServeError as error:
            dialogs.warn(self, self.windowTitle(), str(error))
            self.address.setText(str(error))
            return False
        self.collection = collection
        self.address.setText(collection.url)
        self.address.setAccessibleName(self.tr("Adresse à taper : {0}").format(collection.url))
        side = min(420, max(220, self.screen().availableGeometry().height() // 2)) if self.screen() else 320
        self.code.setPixmap(qr_pixmap(collection.url, side))
        self.code.setAccessibleName(self.tr("Code QR de l’adresse {0}").format(collection.url))
        self._news(collection.counts())
        return True

    def _news(self, counts) -> None:
        """The counts changed, or the collection stopped (never an answer)."""
        if isinstance(counts, Counts):
            self.counts = counts
        phones, finished = self.counts.phones, self.counts.finished
        text = (
            self.tr("Aucun téléphone connecté pour l’instant")
            if phones == 0
            else self.tr("1 téléphone connecté")
            if phones == 1
            else self.tr("{0} téléphones connectés").format(phones)
        )
        if phones:
            text += " · " + (
                self.tr("personne n’a encore terminé")
                if finished == 0
                else self.tr("1 a terminé")
                if finished == 1
                else self.tr("{0} ont terminé").format(finished)
            )
        collection = self.collection
        if collection is not None and collection.stopped and collection.closed_by_collection:
            text += "\n" + self.tr("La collecte de l’évaluation est close : les téléphones ne peuvent plus répondre.")
            self.code.clear()
        self.progress.setText(text)

    def _stop(self) -> None:
        if self.collection is not None:
            self.collection.stop()

    def done(self, result: int) -> None:
        self._stop()
        super().done(result)
