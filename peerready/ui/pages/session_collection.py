"""The session page's changes to the collection: a place taken to answer in, the collection closed or reopened.

Each change is asked for by the facilitator (closing and reopening are confirmed first) and
written through the workshop's ``collecting``; the page then shows what follows. The question
before closing says who has not finished, as the overview counts them.
"""

from __future__ import annotations

from PySide6.QtCore import QObject

from peerready.store import errors
from peerready.ui import dialogs, words
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
        """Close the collection once the facilitator confirms (a comment being typed is saved first).

        The question lists what is not finished: people on the way, tally sheets and common
        answers stopped before the end, groups with no answer at all.
        """
        page = self.page
        question = self.tr("Clore la collecte et afficher les résultats ?")
        unfinished = self.unfinished_lines(collecting.collection(page.context.store, page.assessment.id))
        if unfinished:
            question += "\n\n" + self.tr("Pas encore fini :") + "\n" + "\n".join(f"• {line}" for line in unfinished)
        question += "\n\n" + self.tr(
            "Les résultats seront visibles par toute la salle. Pour ajouter des réponses ensuite, il faudra "
            "rouvrir la collecte."
        )
        if not dialogs.confirm(
            page, self.tr("Clore la collecte"), words.typeset(question), self.tr("Clore et voir les résultats")
        ):
            return False
        page.flush_comment()
        return bool(
            page.context.attempt(
                self.tr("La collecte n’a pas été close."),
                lambda: collecting.close(page.context.store, page.assessment.id),
            )
        )

    def unfinished_lines(self, collection: collecting.Collection) -> list[str]:
        """« Travailleur pair ou travailleuse paire : 1 personne en cours », one line per unfinished group."""
        lines = []
        for entry in collection.unfinished:
            group = entry.group
            name = words.group(group.id)
            if group.mode == "individual":
                said = (
                    words.plural(len(entry.on_the_way), "personne") + self.tr(" en cours")
                    if entry.on_the_way
                    else self.tr("personne n’a encore répondu")
                )
            elif entry.nobody:
                said = self.tr("pas encore de décompte") if group.mode == "tally" else self.tr("pas encore de réponse")
            else:
                parts = []
                for person in entry.on_the_way:
                    progress = self.tr("{0} / {1} questions").format(person.answered, person.total)
                    parts.append(
                        self.tr("feuille n° {0} à {1}").format(person.respondent.number, progress)
                        if group.mode == "tally"
                        else self.tr("réponse commune à {0}").format(progress)
                    )
                said = ", ".join(parts)
            lines.append(self.tr("{0} : {1}").format(name, said))
        return lines

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
