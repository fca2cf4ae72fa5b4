"""The session page's changes to the collection: a place taken to answer in, the collection closed or reopened.

Each change is asked for by the facilitator (closing and reopening are confirmed first) and
written through the workshop's ``collecting``; the page then shows what follows.
"""

from __future__ import annotations

from PySide6.QtCore import QObject

from peerready.store import errors
from peerready.ui import dialogs
from peerready.workshop import collecting


class CollectionDesk(QObject):
    """Takes places in the collection of the page's assessment, and closes or reopens it.

    ``page`` is the session page: its ``assessment`` is the collection, its window the parent
    of the questions asked.
    """

    def __init__(self, page):
        super().__init__(page)
        self.page = page

    def new_person(self, group: str):
        """The place of the group's next person, or None."""
        page = self.page
        return self.take_place(lambda: collecting.new_person(page.context.store, page.assessment.id, group))

    def tally_sheet(self, group: str, new_sheet: bool):
        """The group's tally sheet (a new one if asked), or None."""
        page = self.page
        return self.take_place(lambda: collecting.tally_sheet(page.context.store, page.assessment.id, group, new_sheet))

    def common_answer(self, group: str):
        """The place of the group's common answer, or None."""
        page = self.page
        return self.take_place(lambda: collecting.common_answer(page.context.store, page.assessment.id, group))

    def take_place(self, action):
        """A place to answer in (a person, a tally sheet, the common answer), or None if it could not be made."""
        page = self.page
        try:
            taken = page.context.attempt(
                self.tr("La nouvelle personne ou feuille n’a pas pu être enregistrée."), action
            )
        except errors.RecordError as error:
            dialogs.warn(page, self.tr("Collecte"), str(error))
            return None
        return taken.value if taken else None

    def close(self) -> bool:
        """Close the collection once the facilitator confirms (a comment being typed is saved first)."""
        page = self.page
        if not dialogs.confirm(
            page,
            self.tr("Clore la collecte"),
            self.tr(
                "Clore la collecte et afficher les résultats ?\n\nLes résultats seront visibles par toute la "
                "salle. Pour ajouter des réponses ensuite, il faudra rouvrir la collecte."
            ),
            self.tr("Clore et voir les résultats"),
        ):
            return False
        page.flush_comment()
        return bool(
            page.context.attempt(
                self.tr("La collecte n’a pas été close."),
                lambda: collecting.close(page.context.store, page.assessment.id),
            )
        )

    def reopen(self):
        """The assessment with its collection reopened once the facilitator confirms, or None."""
        page = self.page
        if not dialogs.confirm(
            page,
            self.tr("Rouvrir la collecte"),
            self.tr("Rouvrir la collecte ? Les résultats seront cachés jusqu’à la prochaine clôture."),
            self.tr("Rouvrir"),
        ):
            return None
        reopened = page.context.attempt(
            self.tr("La collecte n’a pas été rouverte."),
            lambda: collecting.reopen(page.context.store, page.assessment.id),
        )
        return reopened.value if reopened else None
