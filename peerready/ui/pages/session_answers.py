"""What the respondent on the session page gives, saved at once: a choice, a tally, a divided group, a comment.

A fault of the data folder leaves the answer on screen, marked not saved; the end of a
questionnaire is recorded only once every answer is on the disk.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, QTimer

from peerready.store import errors
from peerready.ui import dialogs
from peerready.ui.faults import FaultHandler
from peerready.workshop import answering


class AnswerKeeper(QObject):
    """Saves each answer of the respondent on screen as it is given, and says whether it worked.

    ``page`` is the session page: its ``session`` (the respondent on screen) is read here and
    replaced by what was saved; its question screen and « saved » sign show the outcome.
    """

    def __init__(self, page):
        super().__init__(page)
        self.page = page
        #: True while the page fills the question screen: what its widgets then report is no answer.
        self.showing = False
        self.comment_timer = QTimer(page)
        self.comment_timer.setSingleShot(True)
        self.comment_timer.setInterval(600)
        self.comment_timer.timeout.connect(self.flush_comment)

    def on_number_key(self, number: int) -> None:
        page = self.page
        chosen = answering.choose_number(page.session, number) if page.session is not None else None
        if chosen is None:
            return
        page.question_screen.show_chosen(number)
        self.save(chosen)

    def on_count_changed(self) -> None:
        page = self.page
        if not self.showing and page.session is not None:
            self.save(answering.count(page.session, page.tally.counts()))

    def on_divided_toggled(self) -> None:
        page = self.page
        if not self.showing and page.session is not None:
            self.save(answering.mark_divided(page.session, page.divided_box.isChecked()))

    def on_comment_edited(self, text: str) -> None:
        page = self.page
        if page.session is not None:
            page.session = answering.draft_comment(page.session, text)
            self.update_comment_hint()
            self.comment_timer.start()

    def flush_comment(self) -> None:
        """Save a comment being typed, if its question has an answer (otherwise keep it until one is chosen)."""
        self.comment_timer.stop()
        if self.page.session is not None:
            change = answering.comment_change(self.page.session)
            if change is not None:
                self.save(change)

    def save(self, given: answering.Session) -> None:
        """Write what was just given; if the data folder fails, the screen keeps it, marked not saved."""
        page = self.page
        if given.pending is None:  # nothing to write (a tally back to zero that was never stored)
            page.session = given
            self.update_comment_hint()
            return
        question_id = given.question.id
        try:
            done = page.context.attempt(
                self.tr("La réponse n’a pas été enregistrée."), lambda: answering.save(page.context.store, given)
            )
        except errors.RecordError as error:
            page.saved.failed(str(error))
            return
        page.session = done.value if done else given
        page.question_screen.show_saved(page.session, bool(done))
        if not done:
            page.saved.failed(FaultHandler().short(done.error))
            return
        page.saved.saved()
        page.answer_saved.emit(question_id)

    def update_comment_hint(self) -> None:
        self.page.question_screen.show_comment_hint(self.page.session)

    def finish(self) -> answering.Session | None:
        """Record the end of the questionnaire: the session as it then stands, or None if it was not recorded.

        While some answers are not on the disk the session is not finished, and a message says which.
        """
        self.flush_comment()
        page = self.page
        finished = page.context.attempt(
            self.tr("La fin du questionnaire n’a pas été enregistrée."),
            lambda: answering.finish(page.context.store, page.session),
        )
        if not finished:
            return None
        s = finished.value
        if not s.finished:
            # « Vos réponses sont enregistrées » must be true: back to the first one that is not.
            count = len(s.unsaved)
            dialogs.warn(
                page,
                self.tr("Réponses non enregistrées"),
                (
                    self.tr("1 réponse n’est pas enregistrée")
                    if count == 1
                    else self.tr("{0} réponses ne sont pas enregistrées").format(count)
                )
                + self.tr(
                    " (marquées « ⚠ NON enregistrée »). Choisissez-les de nouveau pour les enregistrer, une fois "
                    "le problème du dossier de données réglé."
                ),
            )
        return s
