"""The session page: a workshop answers the questionnaire of an open assessment.

The facilitator sees an overview (groups, modes, progress — never a result). Each person
answers in private behind a neutral hand-over screen; a tally or a group's common answer is
typed in question by question. The rules live in ``workshop/`` (``collecting``, ``answering``,
``resume``): this page renders their state and forwards key presses and clicks. Every answer is
saved at once (``session_answers``), the collection changed on the facilitator's word
(``session_collection``); where each respondent stands is kept with them in the database, and
which of them this laptop was showing in the settings under ``session/<assessment id>``, with
the people present for each tally sheet under ``headcount/<assessment id>``.

No question is passed silently: Enter on a question without an answer moves on and says
« question passée » on the next one; the last one lists the questions still without an
answer (``workshop.skipping``), each a way back, before the questionnaire ends.
"""

from __future__ import annotations

import contextlib

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from peerready.store import assessments, structures
from peerready.ui import accessible, widgets, words
from peerready.ui.context import STORAGE_ERRORS
from peerready.ui.pages.session_answers import AnswerKeeper
from peerready.ui.pages.session_collection import CollectionDesk
from peerready.ui.pages.session_privacy import RoomGuard
from peerready.ui.pages.session_questions import QuestionFlow
from peerready.ui.pages.session_sharing import SharingDesk
from peerready.ui.widgets import PageHeader, SavedIndicator
from peerready.ui.widgets.collection_overview import CollectionOverview
from peerready.ui.widgets.group_card import GroupActions
from peerready.ui.widgets.option_button import OptionButton
from peerready.ui.widgets.passed_list import PassedList
from peerready.ui.widgets.question_view import QuestionView
from peerready.ui.widgets.session_screens import ClosedScreen, HandoverScreen, ThanksScreen
from peerready.workshop import answering, collecting, headcount, resume

__all__ = ["OptionButton", "SessionPage"]


class SessionPage(QuestionFlow, QWidget):
    """Overview of the collection, hand-over screen, questions, thank-you screen, closed collection."""

    answer_saved = Signal(str)

    def __init__(self, context, navigator):
        super().__init__()
        self.context = context
        self.navigator = navigator
        #: The phone collections running, by group (their windows).
        self.phones: dict = {}
        self.assessment = None
        self.questionnaire = None
        #: The respondent on screen, as the workshop model has it (None on the other screens).
        self.session: answering.Session | None = None
        #: The questions without an answer are being gone back to, from the list shown before the end.
        self.reviewing = False
        #: The people present for each tally sheet of this assessment, by respondent id.
        self.present: dict[str, int] = {}
        self.answers = AnswerKeeper(self)
        self.desk = CollectionDesk(self)
        self.sharing = SharingDesk(self)

        self.header = PageHeader(self.tr("Collecte des réponses"), self.on_back)
        self.saved = SavedIndicator()
        self.stack = QStackedWidget()
        self.overview = self._build_overview()
        self.handover = self._build_handover()
        self.question_screen = self._build_question_screen()
        self.passed_list = self._build_passed_list()
        self.thanks = self._build_thanks()
        self.closed_screen = self._build_closed()
        for screen in (
            self.overview,
            self.handover,
            self.question_screen,
            self.passed_list,
            self.sharing.screen,
            self.thanks,
            self.closed_screen,
        ):
            self.stack.addWidget(screen)
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        top.addWidget(self.header, 1)
        top.addWidget(self.saved)
        layout.addLayout(top)
        layout.addWidget(self.stack, 1)
        #: The group of the person who has just finished, for « Personne suivante ».
        self.last_group: str | None = None
        self.room = RoomGuard(self)
        self.stack.currentChanged.connect(lambda _: self._fit_chrome())
        self.on_theme_changed()

    # -- what the model holds, for the screens and the tests -------------------------

    @property
    def respondent(self):
        return self.session.respondent if self.session else None

    @property
    def questions(self) -> list:
        return list(self.session.questions) if self.session else []

    @property
    def index(self) -> int:
        return self.session.index if self.session else 0

    @property
    def overview_buttons(self) -> list[QPushButton]:
        return self.overview.buttons

    @property
    def option_buttons(self) -> list[OptionButton]:
        return self.question_screen.option_buttons

    @property
    def spin_boxes(self) -> list:
        return self.question_screen.spin_boxes

    # -- building the screens -------------------------------------------------------

    def _build_overview(self) -> QWidget:
        overview = CollectionOverview()
        overview.close_asked.connect(self.on_close_collection)
        self.close_button = overview.close_button
        return overview

    def _build_handover(self) -> QWidget:
        screen = HandoverScreen()
        screen.started.connect(self.on_start)
        self.handover_label, self.start_button = screen.label, screen.start_button
        return screen

    def _build_thanks(self) -> QWidget:
        screen = ThanksScreen()
        screen.done.connect(self.on_next_person)
        self.thanks_label, self.thanks_button = screen.label, screen.button
        return screen

    def _build_closed(self) -> QWidget:
        screen = ClosedScreen()
        screen.results_asked.connect(self.on_show_results)
        screen.reopen_asked.connect(self.on_reopen)
        self.results_button, self.reopen_button = (
            screen.results_button,
            screen.reopen_button,
        )
        return screen

    def _build_passed_list(self) -> QWidget:
        screen = PassedList()
        screen.chosen.connect(self.on_passed_chosen)
        screen.finish_asked.connect(self._finish)
        return screen

    def _build_question_screen(self) -> QWidget:
        view = QuestionView()
        view.number_pressed.connect(self.answers.on_number_key)
        view.next_pressed.connect(self.on_next)
        view.previous_pressed.connect(self.on_previous)
        view.pause_pressed.connect(self.on_pause)
        view.dimension_chosen.connect(self.on_dimension_chosen)
        view.tally.counts_changed.connect(self.answers.on_count_changed)
        view.tally.present_changed.connect(self.on_present_changed)
        view.divided_box.toggled.connect(self.answers.on_divided_toggled)
        view.comment_edit.textEdited.connect(self.on_comment_edited)
        view.comment_edit.editingFinished.connect(self.flush_comment)
        # The widgets the tests (and a reader of the old page) reach, under the names they always had.
        self.who_label, self.position_label, self.question_label = (
            view.who_label,
            view.position_label,
            view.question_label,
        )
        self.tally, self.tally_total, self.divided_box = view.tally, view.tally.total, view.divided_box
        self.why_button, self.why_label, self.dimension_list = view.why_button, view.why_label, view.dimension_list
        self.comment_edit, self.comment_hint = view.comment_edit, view.comment_hint
        self.previous_button, self.next_button, self.pause_button = (
            view.previous_button,
            view.next_button,
            view.pause_button,
        )
        return view

    # -- the navigator's interface -------------------------------------------------

    def open(self, assessment_id: str) -> None:
        self.flush_comment()
        store = self.context.store
        self.assessment = assessments.get_assessment(store, assessment_id)
        self.questionnaire = assessments.questionnaire(store, self.assessment.questionnaire_hash)
        structure = structures.get_structure(store, self.assessment.structure_id)
        self.header.set_title(self.tr("Collecte — {0}").format(structure.name))
        self.overview.show_stage(self.assessment)
        self._forget_respondent()
        self.present = headcount.read(self.context.setting(self._headcount_key(), ""))
        pointer = resume.read_pointer(self.context.setting(self._key(), ""))
        reopening = resume.reopen(store, self.assessment.id, pointer)
        if reopening.screen == "closed":
            self.stack.setCurrentWidget(self.closed_screen)
        elif reopening.screen == "overview":
            self.on_show_overview()
        else:
            self._enter(reopening.respondent.id, exact=True, legacy_index=reopening.legacy_index)
            if reopening.screen == "handover":
                # Interrupted while answering: their answers reopen only on the facilitator's gesture.
                self._show_handover(resuming=reopening.resuming, locked=reopening.resuming)
            else:
                self._show_question()

    def first_focus(self) -> QWidget:
        current = self.stack.currentWidget()
        if current is self.handover:
            return self.handover if self.handover.locked else self.start_button
        if current is self.thanks:
            return self.thanks_button
        if current is self.sharing.screen:
            return self.sharing.screen.choices["all"]
        if current is self.closed_screen:
            return self.results_button
        if current is self.question_screen:
            return self.question_screen.first_focus()
        if current is self.passed_list:
            return self.passed_list.first_focus()
        return self.overview.first_focus()

    def on_theme_changed(self) -> None:
        for screen in (
            self.handover,
            self.thanks,
            self.closed_screen,
            self.question_screen,
            self.passed_list,
            self.sharing.screen,
        ):
            screen.apply_fonts()
        self.overview.apply_fonts()

    # -- what this laptop shows, kept across restarts --------------------------------------

    def _key(self) -> str:
        return f"session/{self.assessment.id}"

    def _headcount_key(self) -> str:
        return f"headcount/{self.assessment.id}"

    def _remember(self, screen: str) -> None:
        """Keep which screen (and respondent) this laptop shows; on a question, where the respondent stands."""
        pointer = resume.Pointer(screen, self.respondent.id if self.respondent else None)
        self.context.set_setting(self._key(), resume.write_pointer(pointer))
        if screen == "question" and self.session is not None:
            # Only a convenience for coming back: a fault here is met, and explained, at the next answer.
            with contextlib.suppress(*STORAGE_ERRORS):
                self.session = answering.remember(self.context.store, self.session)

    # -- overview ----------------------------------------------------------------------

    def on_show_overview(self) -> None:
        self.flush_comment()
        self._leave_respondent()
        self._remember("overview")
        self.refresh_overview()
        self.stack.setCurrentWidget(self.overview)
        self.first_focus().setFocus(Qt.FocusReason.OtherFocusReason)

    def refresh_overview(self) -> None:
        actions = GroupActions(self.on_new_person, self.on_resume, self.on_tally, self.on_consensus, self.on_phones)
        self.overview.show_collection(collecting.collection(self.context.store, self.assessment.id), actions)

    def on_new_person(self, group: str) -> None:
        respondent = self.desk.new_person(group)
        if respondent is not None:
            self._enter(respondent.id)
            self._show_handover(resuming=False)

    def on_phones(self, group: str) -> None:
        """The group answers on their own phones while a window shows the code; several groups at once
        each have their window. Closing one stops that group's phones, and the overview counts again."""
        from peerready.ui.dialogs.phones import PhonesDialog  # start-up: the server loads only when asked

        shown = self.phones.get(group)
        if shown is not None:
            shown.showNormal()  # back in front of the window, not a second server
            shown.activateWindow()
            return
        dialog = PhonesDialog(self.context, self.assessment.id, group, self)  # says why if it could not start
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.finished.connect(lambda _result, g=group: self._phones_ended(g))
        self.phones[group] = dialog
        dialog.show()

    def _phones_ended(self, group: str) -> None:
        self.phones.pop(group, None)
        if self.stack.currentWidget() is self.overview:
            self.refresh_overview()

    def on_resume(self, respondent) -> None:
        self._enter(respondent.id)
        if respondent.mode == "individual":
            self._show_handover(resuming=True)
        else:
            self._show_question()
            if respondent.mode == "tally":
                self._ask_present()

    def on_tally(self, group: str, new_sheet: bool = False) -> None:
        respondent = self.desk.tally_sheet(group, new_sheet)
        if respondent is not None:
            self._enter(respondent.id)
            self._show_question()
            self._ask_present()

    def _ask_present(self) -> None:
        """A tally sheet starts: how many people are present, unless this sheet already said it."""
        if self.session is not None and not self.present.get(self.session.respondent.id):
            self.question_screen.ask_present()

    def on_present_changed(self, present: int) -> None:
        """The number of people present for the tally sheet on screen, kept on this laptop for the sheet."""
        if self.session is None:
            return
        self.present = {**self.present, self.session.respondent.id: present}
        self.context.set_setting(self._headcount_key(), headcount.write(self.present))

    def on_consensus(self, group: str) -> None:
        respondent = self.desk.common_answer(group)
        if respondent is not None:
            self._enter(respondent.id)
            self._show_question()

    def on_close_collection(self) -> None:
        if not self.desk.close():
            return
        self._leave_respondent()
        self._remember("overview")
        self.navigator.show_results(self.assessment.id)

    def on_reopen(self) -> None:
        reopened = self.desk.reopen()
        if reopened is None:
            return
        self.assessment = reopened
        self.on_show_overview()
        self.navigator.notify(self.tr("Collecte rouverte."))

    def on_show_results(self) -> None:
        self.navigator.show_results(self.assessment.id)

    def on_back(self) -> None:
        self.flush_comment()
        if self.assessment is not None:
            self.navigator.show_structure(self.assessment.structure_id)

    # -- hand-over and thanks -------------------------------------------------------------

    def _show_handover(self, resuming: bool, locked: bool = False) -> None:
        self._clear_question_screen()
        self.saved.clear()  # not even a hint that the previous person just answered
        self.handover.show_person(self.session, resuming, locked)
        self._remember("question" if locked else "handover")  # still interrupted after another restart
        self.stack.setCurrentWidget(self.handover)
        self.room.update()
        (self.handover if locked else self.start_button).setFocus(Qt.FocusReason.OtherFocusReason)

    def on_start(self) -> None:
        if self.session is not None:
            self._show_question()

    def resume_interrupted(self) -> None:
        """The facilitator's gesture on an interrupted person: their questions, where they stopped."""
        if self.session is not None:
            self._show_question()

    def on_next_person(self) -> None:
        """« Personne suivante » on the thank-you screen: the next person of the same group, behind the hand-over."""
        if self.last_group is None:
            self.on_show_overview()
            return
        self.on_new_person(self.last_group)

    def _finish(self) -> None:
        self.reviewing = False
        s = self.answers.finish()
        if s is None:
            return
        self.session = s
        self.passed_list.clear()
        if not s.finished:
            self._show_question()  # back to the first answer that is not saved
        elif s.mode == "individual":
            self._remember("overview")  # finished: after a crash, back to the overview, nothing shown
            if not self.sharing.offer(s):
                self.show_thanks()
        else:
            self.on_show_overview()
            self.navigator.notify(self.tr("Réponses de « {0} » enregistrées.").format(words.group(s.group)))

    def show_thanks(self) -> None:
        """The person is done: nothing of them stays on screen; the laptop goes to the next person."""
        self.last_group = self.session.group if self.session is not None else None
        self._leave_respondent()
        self._remember("overview")
        self.stack.setCurrentWidget(self.thanks)
        self.thanks_button.setFocus(Qt.FocusReason.OtherFocusReason)
        accessible.announce(self.thanks, self.thanks_label.text())

    def on_pause(self) -> None:
        self.on_show_overview()

    # -- saving (``AnswerKeeper``) -------------------------------------------------------

    def on_comment_edited(self, text: str) -> None:
        self.answers.on_comment_edited(text)

    def flush_comment(self) -> None:
        """Save a comment being typed, if its question has an answer (otherwise keep it until one is chosen)."""
        self.answers.flush_comment()

    def _fit_chrome(self) -> None:
        """On a question, when the text is large for the screen, the page title gives its line to the answers."""
        self.header.setVisible(not (widgets.short_of_room(self) and self.stack.currentWidget() is self.question_screen))

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._fit_chrome()

    def showEvent(self, event) -> None:
        super().showEvent(event)
        self.room.update()

    def hideEvent(self, event) -> None:
        self.flush_comment()
        self.room.release()
        super().hideEvent(event)
