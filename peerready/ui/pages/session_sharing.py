"""The session page's sharing step: the peer's own findings, their choice, their private sheet."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication

from peerready.ui import dialogs
from peerready.ui.faults import STORAGE_ERRORS
from peerready.ui.widgets.sharing_screen import SharingScreen
from peerready.workshop import sharing


class SharingDesk:
    """Owned by the session page: shows the sharing screen, keeps the choice, saves the private sheet."""

    def __init__(self, page):
        self.page = page
        self.view = None
        self.screen = SharingScreen()
        self.screen.chosen.connect(self.on_chosen)
        self.screen.sheet_asked.connect(self.on_sheet)

    def offer(self, session) -> bool:
        """Show the sharing screen to this person, if they are asked; False when they are not."""
        if not sharing.asks_consent(session):
            return False
        page = self.page
        seen = page.context.attempt(
            QCoreApplication.translate("page", "Ce que vous avez dit n’a pas pu être relu."),
            lambda: sharing.view(page.context.store, session),
        )
        if not seen:
            return False  # their answers are saved: the thank-you screen comes, nothing is shared
        self.view = seen.value
        self.screen.show_view(self.view)
        page.stack.setCurrentWidget(self.screen)
        return True

    def on_chosen(self, consent) -> None:
        page = self.page
        session = page.session
        if session is None:
            return
        kept = page.context.attempt(
            QCoreApplication.translate("page", "Votre choix de partage n’a pas été enregistré."),
            lambda: sharing.choose(page.context.store, session, consent),
        )
        if not kept:
            return  # the screen stays: they can try again
        self.view = None
        self.screen.clear()
        page.show_thanks()

    def on_sheet(self) -> None:
        page = self.page
        if self.view is None:
            return
        folder = dialogs.export_folder()
        path = dialogs.save_file(
            page,
            QCoreApplication.translate("page", "Enregistrer ma fiche personnelle"),
            str(Path(folder) / QCoreApplication.translate("page", "ma-fiche-personnelle.pdf")),
            QCoreApplication.translate("page", "Documents PDF (*.pdf)"),
        )
        if not path:
            return
        if not path.lower().endswith(".pdf"):
            path += ".pdf"
        # Deferred: reportlab loads only when a document is made (keeps start-up fast).
        from peerready import report

        try:
            Path(path).write_bytes(report.private_sheet(self.view))
        except (OSError, *STORAGE_ERRORS) as error:
            dialogs.warn(
                page,
                QCoreApplication.translate("page", "Fiche non enregistrée"),
                QCoreApplication.translate("page", "La fiche n’a pas pu être écrite : {0}").format(error),
            )
            return
        page.navigator.notify(QCoreApplication.translate("page", "Fiche personnelle enregistrée : {0}").format(path))
