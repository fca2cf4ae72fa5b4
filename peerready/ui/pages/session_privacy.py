"""Privacy in the room: while a person answers on the laptop, the screen holds only their questions.

From the hand-over screen to the thank-you screen, a person answering in turn (« à tour de rôle »)
can reach nothing else: the page's way back, « Vue d'ensemble », the menus and their shortcuts are
hidden or disabled, and an interrupted person's answers stay closed. Leaving takes the
facilitator's gesture, **Ctrl+Maj+A** then a choice in a box marked « Réservé à la personne qui
anime » (Rester is the default): a participant does not make it by accident. The guide (F1)
says so. Text size and contrast stay at hand, for the person answering.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QKeySequence, QShortcut

from peerready.ui import dialogs

#: The facilitator's gesture: two modifiers and a letter nobody types while answering with digits and Enter.
GESTURE = "Ctrl+Shift+A"


class RoomGuard:
    """Owned by the session page: locks the window while a participant has it, opens it on the gesture."""

    def __init__(self, page):
        self.page = page
        self.private = False
        self.shortcut = QShortcut(QKeySequence(GESTURE), page)
        self.shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.shortcut.activated.connect(self.on_gesture)
        page.stack.currentChanged.connect(lambda _: self.update())

    def participant_has_it(self) -> bool:
        """A person answering in turn sees this screen (or is about to, or has just finished)."""
        page = self.page
        current = page.stack.currentWidget()
        if current in (page.handover, page.thanks):
            return True
        if current in (page.question_screen, page.passed_list, page.sharing.screen):
            return page.session is not None and page.session.mode == "individual"
        return False

    def update(self) -> None:
        private = self.page.isVisible() and self.participant_has_it()
        self.page.header.set_back_allowed(not private)
        self.page.question_screen.pause_button.setVisible(not private)
        self._tell(private)

    def release(self) -> None:
        """The page is left (or hidden): the window is the facilitator's again."""
        self._tell(False)

    def _tell(self, private: bool) -> None:
        """The window closes or opens its menus (a navigator without menus, in tests, has nothing to do)."""
        if private != self.private:
            self.private = private
            set_private = getattr(self.page.navigator, "set_private", None)
            if set_private is not None:
                set_private(private)

    def on_gesture(self) -> None:
        page = self.page
        if not self.participant_has_it():
            return
        locked = page.stack.currentWidget() is page.handover and page.handover.locked
        choices = [("stay", QCoreApplication.translate("page", "Rester sur cet écran"))]
        if locked and page.session is not None:
            number = page.session.respondent.number
            choices.append(
                (
                    "resume",
                    QCoreApplication.translate("page", "Reprendre les réponses de la personne n° {0}").format(number),
                )
            )
        choices.append(("overview", QCoreApplication.translate("page", "Aller à la vue d’ensemble de la collecte")))
        text = QCoreApplication.translate(
            "page",
            "Ce choix est pour la personne qui anime l’atelier. Les réponses déjà données sont enregistrées ; "
            "une personne qui n’a pas fini pourra reprendre depuis la vue d’ensemble.",
        )
        chosen = dialogs.choose(
            page, QCoreApplication.translate("page", "Réservé à la personne qui anime"), text, choices, escape="stay"
        )
        if chosen == "resume":
            page.resume_interrupted()
        elif chosen == "overview":
            page.on_show_overview()
