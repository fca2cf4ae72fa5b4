"""The session page's questions: entering a respondent, showing a question, moving on, the end.

A mixin of ``SessionPage`` (it uses the page's screens, its ``session`` and ``answers``): the rules
are ``workshop.answering`` and ``workshop.skipping``; this only shows what they decide.
"""

from __future__ import annotations

import contextlib

from PySide6.QtCore import Qt

from peerready.ui.context import STORAGE_ERRORS
from peerready.workshop import answering, skipping


class QuestionFlow:
    def _enter(self, respondent_id: str, exact: bool = False, legacy_index: int | None = None) -> None:
        self.session = answering.open_session(self.context.store, respondent_id, exact=exact, legacy_index=legacy_index)
        self.question_screen.why_button.setChecked(False)  # what the last person opened is not left open

    def _leave_respondent(self) -> None:
        """Back to the overview: a place left without any answer is free for the next person."""
        if self.session is not None and not self.session.finished:
            with contextlib.suppress(*STORAGE_ERRORS):  # it only lets the next person reuse the number
                answering.leave(self.context.store, self.session)
        self._forget_respondent()

    def _forget_respondent(self) -> None:
        self.session = None
        self.reviewing = False
        self._clear_question_screen()

    def _clear_question_screen(self) -> None:
        """Nothing of the previous person stays in the widgets, even hidden."""
        self.answers.showing = True
        self.question_screen.clear()
        self.passed_list.clear()
        self.answers.showing = False

    def _show_question(self) -> None:
        self.answers.showing = True
        present = self.present.get(self.session.respondent.id, 0) if self.session.mode == "tally" else 0
        self.question_screen.show_session(self.session, present)
        self.answers.showing = False
        if self.session.is_unsaved:
            self.saved.failed(self.tr("réponse choisie mais non enregistrée"))
        elif self.saved.is_failed():
            self.saved.clear()  # the warning was about another question
        self.stack.setCurrentWidget(self.question_screen)
        self._fit_chrome()
        self.room.update()
        self.first_focus().setFocus(Qt.FocusReason.OtherFocusReason)
        self._remember("question")

    def go_to(self, index: int) -> None:
        self.flush_comment()
        self.session = answering.move(self.session, index)
        self._show_question()

    def on_next(self) -> None:
        """Enter, the right arrow or « Suivant »: on to the next question, never past one silently.

        A question left without an answer is said on the next one (« question passée »). From the
        last question (or, when going back to them, from the last question without an answer),
        the questions still without one are listed before the end.
        """
        s = self.session
        if s is None:
            return
        passing = skipping.unanswered(s)
        target = skipping.next_passed(s) if self.reviewing else (None if s.is_last else s.index + 1)
        if target is None:
            self._at_the_end()
            return
        self.go_to(target)
        if passing:
            self.question_screen.show_passed(s.number, skipping.passed_before(self.session))

    def _at_the_end(self) -> None:
        """The questions still without an answer, to go back to; none: the questionnaire ends."""
        s = self.session
        # An answer not on the disk comes first: « Terminer » says which, and goes back to it.
        passed = () if s.unsaved else skipping.passed(s)
        if not passed:
            self._finish()
            return
        self.flush_comment()
        self.passed_list.show_passed(passed, s.count, s.mode)
        self.stack.setCurrentWidget(self.passed_list)
        self.passed_list.first_focus().setFocus(Qt.FocusReason.OtherFocusReason)

    def on_passed_chosen(self, index: int) -> None:
        """Back to a question without an answer; Enter there goes on to the next one without an answer."""
        if self.session is None:
            return
        self.reviewing = True
        self.go_to(index)

    def on_previous(self) -> None:
        if self.session is not None and not self.session.is_first:
            self.go_to(self.session.index - 1)

    def on_dimension_chosen(self, dimension_id: str) -> None:
        index = answering.dimension_start(self.session, dimension_id) if self.session is not None else None
        if index is not None:
            self.go_to(index)
