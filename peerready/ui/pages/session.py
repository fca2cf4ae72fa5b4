"""The session page: a workshop answers the questionnaire of an open assessment.

The facilitator sees an overview (groups, modes, progress — never a result). Each person
answers in private behind a neutral hand-over screen; a tally or a group's common answer is
typed in question by question. Every answer is saved at once, and the page comes back exactly
where it was left (the position is kept in the settings under ``session/<assessment id>``).
"""

from __future__ import annotations

import json
from itertools import pairwise

from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QCheckBox,
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QSpinBox,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from peerready.engine import vocabulary
from peerready.store import assessments, errors, respondents, structures
from peerready.ui import dialogs, theme, widgets
from peerready.ui.widgets import PageHeader, SavedIndicator

OPTION_STYLE = """
QPushButton#option_button { text-align: left; padding: 0.3em 0.6em; border: 1px solid palette(mid);
    border-radius: 0.3em; background: palette(button); }
QPushButton#option_button:hover { border: 1px solid palette(highlight); }
QPushButton#option_button:focus { border: 2px dashed palette(text); }
QPushButton#option_button:checked { border: 3px solid palette(highlight); background: palette(alternate-base); }
QPushButton#option_button:checked:focus { border: 3px dashed palette(highlight); }
"""


class OptionButton(QPushButton):
    """A big answer button whose label wraps; once chosen it shows « ✓ » and bold text, not only a colour."""

    def __init__(self, number: int, label: str):
        super().__init__()
        self.setObjectName("option_button")
        self.setCheckable(True)
        self.number = number
        self.label = label
        layout = QHBoxLayout(self)
        self.number_label = QLabel(str(number))
        self.text_label = QLabel()
        self.text_label.setWordWrap(True)
        for child in (self.number_label, self.text_label):
            child.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
            child.setTextFormat(Qt.TextFormat.PlainText)
        layout.addWidget(self.number_label)
        layout.addWidget(self.text_label, 1)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        # On the button itself: a style sheet on the page would stop it following the text size.
        self.setStyleSheet(OPTION_STYLE)
        self.setToolTip(self.tr("Choisir cette réponse (touche {0})").format(number))
        self.unsaved = False
        self.toggled.connect(self.on_toggled)
        self.on_toggled(False)

    def on_toggled(self, checked: bool) -> None:
        if checked and self.unsaved:
            self.text_label.setText(self.tr("⚠ {0} (choisie, NON enregistrée)").format(self.label))
            self.setAccessibleDescription(self.tr("Réponse choisie, mais non enregistrée"))
        else:
            self.text_label.setText(self.tr("✓ {0} (choisie)").format(self.label) if checked else self.label)
            self.setAccessibleDescription(self.tr("Réponse choisie") if checked else "")
        self.setAccessibleName(f"{self.number} {self.label}")
        self.apply_fonts()

    def set_unsaved(self, unsaved: bool) -> None:
        self.unsaved = unsaved
        self.on_toggled(self.isChecked())

    def apply_fonts(self) -> None:
        font = theme.scaled(15)
        font.setBold(self.isChecked())
        self.text_label.setFont(font)
        number_font = theme.scaled(15)
        number_font.setBold(True)
        self.number_label.setFont(number_font)


class DimensionList(QListWidget):
    """The progress by dimension; Enter jumps to the chosen dimension instead of moving on."""

    def event(self, event) -> bool:
        if event.type() == QEvent.Type.ShortcutOverride and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            event.accept()
            return True
        return super().event(event)


class SessionPage(QWidget):
    """Overview of the collection, hand-over screen, questions, thank-you screen, closed collection."""

    answer_saved = Signal(str)

    def __init__(self, context, navigator):
        super().__init__()
        self.context = context
        self.navigator = navigator
        self.assessment = None
        self.questionnaire = None
        self.respondent = None
        self.questions = []
        self.index = 0
        self.answers: dict[str, dict] = {}
        #: Answers given on screen that did not reach the disk (a fault of the data folder), by question.
        self.unsaved: dict[str, dict] = {}
        self.draft_comments: dict[str, str] = {}
        self.option_buttons: list[OptionButton] = []
        self.spin_boxes: list[QSpinBox] = []
        self._showing = False
        self._comment_timer = QTimer(self)
        self._comment_timer.setSingleShot(True)
        self._comment_timer.setInterval(600)
        self._comment_timer.timeout.connect(self.on_comment_timer)

        self.header = PageHeader(self.tr("Collecte des réponses"), self.on_back)
        self.saved = SavedIndicator()
        self.stack = QStackedWidget()
        self.overview = self._build_overview()
        self.handover = self._build_handover()
        self.question_screen = self._build_question_screen()
        self.thanks = self._build_thanks()
        self.closed_screen = self._build_closed()
        for screen in (self.overview, self.handover, self.question_screen, self.thanks, self.closed_screen):
            self.stack.addWidget(screen)
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        top.addWidget(self.header, 1)
        top.addWidget(self.saved)
        layout.addLayout(top)
        layout.addWidget(self.stack, 1)
        self.on_theme_changed()

    # -- building the screens -------------------------------------------------------

    def _button(self, text: str, slot, tip: str = "", name: str = "") -> QPushButton:
        return widgets.button(text, slot, tip, name)

    def _shortcut(self, keys, parent: QWidget, slot) -> None:
        for key in keys if isinstance(keys, list) else [keys]:
            shortcut = QShortcut(QKeySequence(key), parent)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(slot)

    @staticmethod
    def _wrapped(text: str = "") -> QLabel:
        label = QLabel(text)
        label.setWordWrap(True)
        label.setTextFormat(Qt.TextFormat.PlainText)
        return label

    def _build_overview(self) -> QWidget:
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        body = QWidget()
        layout = QVBoxLayout(body)
        self.overview_stage = self._wrapped()
        self.overview_note = self._wrapped(
            self.tr(
                "Chaque groupe répond à part. Les résultats restent cachés jusqu’à la clôture de la collecte, "
                "pour que personne ne réponde sous l’influence de la salle."
            )
        )
        layout.addWidget(self.overview_stage)
        layout.addWidget(self.overview_note)
        self.groups_layout = QVBoxLayout()
        layout.addLayout(self.groups_layout)
        self.close_button = self._button(
            self.tr("Clore la collecte et voir les résultats"),
            self.on_close_collection,
            self.tr("Quand tout le monde a répondu : affiche les résultats à toute la salle"),
        )
        row = QHBoxLayout()
        row.addWidget(self.close_button)
        row.addStretch(1)
        layout.addLayout(row)
        layout.addStretch(1)
        scroll.setWidget(body)
        scroll.setAccessibleName(self.tr("Vue d’ensemble de la collecte"))
        self.group_boxes: list[QGroupBox] = []
        self.overview_buttons: list[QPushButton] = []
        return scroll

    def _build_handover(self) -> QWidget:
        screen = QWidget()
        layout = QVBoxLayout(screen)
        layout.addStretch(1)
        self.handover_label = self._wrapped()
        self.handover_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.handover_detail = self._wrapped()
        self.handover_detail.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.start_button = self._button(self.tr("Commencer"), self.on_start, self.tr("Commencer (Entrée)"))
        self.handover_cancel = self._button(
            self.tr("Retour à la vue d’ensemble"),
            self.on_show_overview,
            self.tr("Pour l’animateur·rice : revenir à la vue d’ensemble sans répondre"),
        )
        layout.addWidget(self.handover_label)
        layout.addWidget(self.handover_detail)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.start_button)
        row.addWidget(self.handover_cancel)
        row.addStretch(1)
        layout.addLayout(row)
        layout.addStretch(2)
        self._shortcut(["Return", "Enter"], screen, self.on_start)
        return screen

    def _build_thanks(self) -> QWidget:
        screen = QWidget()
        layout = QVBoxLayout(screen)
        layout.addStretch(1)
        self.thanks_label = self._wrapped(
            self.tr("Merci, vos réponses sont enregistrées. Rendez l’ordinateur à l’animateur·rice.")
        )
        self.thanks_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.thanks_button = self._button(
            self.tr("Retour à la vue d’ensemble"), self.on_show_overview, self.tr("Retour à la vue d’ensemble (Entrée)")
        )
        layout.addWidget(self.thanks_label)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.thanks_button)
        row.addStretch(1)
        layout.addLayout(row)
        layout.addStretch(2)
        self._shortcut(["Return", "Enter"], screen, self.on_show_overview)
        return screen

    def _build_closed(self) -> QWidget:
        screen = QWidget()
        layout = QVBoxLayout(screen)
        self.closed_label = self._wrapped(
            self.tr("La collecte est close : plus personne ne peut répondre et les résultats sont visibles.")
        )
        self.results_button = self._button(self.tr("Voir les résultats"), self.on_show_results)
        self.reopen_button = self._button(
            self.tr("Rouvrir la collecte"),
            self.on_reopen,
            self.tr("Pour ajouter ou corriger des réponses ; les résultats seront de nouveau cachés"),
        )
        layout.addWidget(self.closed_label)
        row = QHBoxLayout()
        row.addWidget(self.results_button)
        row.addWidget(self.reopen_button)
        row.addStretch(1)
        layout.addLayout(row)
        layout.addStretch(1)
        return screen

    def _build_question_screen(self) -> QWidget:
        screen = QWidget()
        outer = QHBoxLayout(screen)

        side = QVBoxLayout()
        self.dimensions_title = QLabel(self.tr("&Dimensions"))
        self.dimension_list = DimensionList()
        self.dimension_list.setWordWrap(True)
        self.dimension_list.setAccessibleName(self.tr("Avancement par dimension"))
        self.dimension_list.setToolTip(self.tr("Aller à une dimension : Ctrl+D, flèches puis Entrée"))
        self.dimensions_title.setBuddy(self.dimension_list)
        self.dimension_list.itemActivated.connect(self.on_dimension_chosen)
        self.dimension_list.itemClicked.connect(self.on_dimension_chosen)
        side.addWidget(self.dimensions_title)
        side.addWidget(self.dimension_list, 1)
        outer.addLayout(side, 1)

        main = QVBoxLayout()
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.question_scroll = scroll
        scroll.setAccessibleName(self.tr("Question"))
        body = QWidget()
        content = QVBoxLayout(body)
        self.who_label = self._wrapped()
        self.position_label = self._wrapped()
        self.question_label = self._wrapped()
        self.question_label.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
        content.addWidget(self.who_label)
        content.addWidget(self.position_label)
        content.addWidget(self.question_label)

        self.options_box = QWidget()
        self.options_layout = QVBoxLayout(self.options_box)
        self.options_layout.setContentsMargins(0, 0, 0, 0)
        content.addWidget(self.options_box)

        self.tally_box = QWidget()
        tally_layout = QVBoxLayout(self.tally_box)
        tally_layout.setContentsMargins(0, 0, 0, 0)
        self.tally_hint = self._wrapped(
            self.tr("Tapez combien de personnes ont choisi chaque réponse. Entrée passe à la question suivante.")
        )
        self.tally_grid = QGridLayout()
        self.tally_total = QLabel()
        self.tally_total.setAccessibleName(self.tr("Total des réponses"))
        tally_layout.addWidget(self.tally_hint)
        tally_layout.addLayout(self.tally_grid)
        tally_layout.addWidget(self.tally_total)
        content.addWidget(self.tally_box)

        self.divided_box = QCheckBox(self.tr("Les avis restent &partagés"))
        self.divided_box.setAccessibleName(self.tr("Les avis restent partagés"))
        self.divided_box.setToolTip(self.tr("Cochez si le groupe n’a pas vraiment pu se mettre d’accord (Alt+P)"))
        self.divided_box.toggled.connect(self.on_divided_toggled)
        content.addWidget(self.divided_box)

        self.why_button = QPushButton(self.tr("Pourquoi cette question ?"))
        self.why_button.setCheckable(True)
        self.why_button.setAccessibleName(self.tr("Pourquoi cette question ?"))
        self.why_button.setToolTip(self.tr("Afficher ou masquer l’explication et les sources (touche ? ou Ctrl+W)"))
        self.why_button.toggled.connect(self.on_why_toggled)
        self.why_label = self._wrapped()
        self.why_label.setFrameShape(QFrame.Shape.StyledPanel)
        self.why_label.setVisible(False)
        why_row = QHBoxLayout()
        why_row.addWidget(self.why_button)
        why_row.addStretch(1)
        content.addLayout(why_row)
        content.addWidget(self.why_label)

        self.comment_title = QLabel()
        self.comment_edit = QLineEdit()
        self.comment_title.setBuddy(self.comment_edit)
        self.comment_edit.textEdited.connect(self.on_comment_edited)
        self.comment_edit.editingFinished.connect(self.flush_comment)
        self.comment_hint = self._wrapped()
        content.addWidget(self.comment_title)
        content.addWidget(self.comment_edit)
        content.addWidget(self.comment_hint)
        content.addStretch(1)
        scroll.setWidget(body)
        main.addWidget(scroll, 1)

        nav = QHBoxLayout()
        self.previous_button = self._button(
            self.tr("← Précédent"),
            self.on_previous,
            self.tr("Question précédente (Retour arrière ou flèche gauche)"),
            self.tr("Question précédente"),
        )
        self.next_button = self._button(
            self.tr("Suivant →"),
            self.on_next,
            self.tr("Question suivante (Entrée ou flèche droite)"),
            self.tr("Question suivante"),
        )
        self.pause_button = self._button(
            self.tr("Vue d’ensemble"),
            self.on_pause,
            self.tr("Revenir à la vue d’ensemble ; on pourra reprendre ici plus tard"),
        )
        nav.addWidget(self.previous_button)
        nav.addStretch(1)
        nav.addWidget(self.pause_button)
        nav.addWidget(self.next_button)
        main.addLayout(nav)
        outer.addLayout(main, 3)

        self._shortcut(["Return", "Enter", "Right"], screen, self.on_next_key)
        self._shortcut(["Backspace", "Left"], screen, self.on_previous)
        self._shortcut(["?", "Ctrl+W"], screen, self.why_button.toggle)
        self._shortcut("Ctrl+D", screen, self.on_focus_dimensions)
        for number in range(1, 10):
            self._shortcut(str(number), screen, lambda number=number: self.on_number_key(number))
        return screen

    # -- the navigator's interface -------------------------------------------------

    def open(self, assessment_id: str) -> None:
        self.flush_comment()
        store = self.context.store
        self.assessment = assessments.get_assessment(store, assessment_id)
        self.questionnaire = assessments.questionnaire(store, self.assessment.questionnaire_hash)
        structure = structures.get_structure(store, self.assessment.structure_id)
        self.header.set_title(self.tr("Collecte — {0}").format(structure.name))
        stage = vocabulary.STAGES.get(self.assessment.stage, self.assessment.stage)
        self.overview_stage.setText(
            self.tr("Étape : {0}").format(stage) + (self.tr(" (version courte)") if self.assessment.short else "")
        )
        self._leave_respondent()
        if self.assessment.closed:
            self.stack.setCurrentWidget(self.closed_screen)
            return
        state = self._state()
        respondent = self._find_respondent(state.get("respondent"))
        if state.get("screen") in ("question", "handover") and respondent is not None:
            self._enter_respondent(respondent, int(state.get("index") or 0))
            if respondent.mode == "individual":
                self._show_handover(resuming=state.get("screen") == "question")
            else:
                self._show_question()
        else:
            self.on_show_overview()

    def first_focus(self) -> QWidget:
        current = self.stack.currentWidget()
        if current is self.handover:
            return self.start_button
        if current is self.thanks:
            return self.thanks_button
        if current is self.closed_screen:
            return self.results_button
        if current is self.question_screen:
            checked = [b for b in self.option_buttons if b.isChecked()]
            if checked or self.option_buttons:
                return (checked or self.option_buttons)[0]
            return self.spin_boxes[0] if self.spin_boxes else self.next_button
        return self.overview_buttons[0] if self.overview_buttons else self.close_button

    def on_theme_changed(self) -> None:
        big = theme.scaled(18)
        self.handover_label.setFont(big)
        self.thanks_label.setFont(big)
        self.closed_label.setFont(theme.scaled(14))
        self.handover_detail.setFont(theme.scaled(13))
        for button in (self.start_button, self.thanks_button):
            button.setFont(theme.scaled(15))
        self.question_label.setFont(theme.scaled(20))
        position = theme.scaled(12)
        position.setBold(True)
        self.position_label.setFont(position)
        self.who_label.setFont(theme.scaled(11))
        self.overview_stage.setFont(theme.scaled(13))
        self.tally_total.setFont(theme.scaled(14))
        self.dimension_list.setFont(theme.scaled(12))
        for button in self.option_buttons:
            button.apply_fonts()
        for spin in self.spin_boxes:
            spin.setFont(theme.scaled(15))
        for index in range(self.tally_grid.count()):
            widget = self.tally_grid.itemAt(index).widget()
            if isinstance(widget, QLabel):
                widget.setFont(theme.scaled(14))
        for box in self.group_boxes:
            title = theme.scaled(13)
            title.setBold(True)
            box.setFont(title)
            plain = theme.scaled(11)
            plain.setBold(False)
            for child in box.findChildren(QWidget):
                child.setFont(plain)
        self.header.on_theme_changed()

    # -- remembering where we are ------------------------------------------------------

    def _key(self) -> str:
        return f"session/{self.assessment.id}"

    def _state(self) -> dict:
        raw = self.context.setting(self._key(), "")
        try:
            state = json.loads(raw) if raw else {}
        except (TypeError, ValueError):
            state = {}
        return state if isinstance(state, dict) else {}

    def _remember(self, screen: str) -> None:
        state = self._state()
        state.update(screen=screen, respondent=self.respondent.id if self.respondent else None, index=self.index)
        self.context.set_setting(self._key(), json.dumps(state))

    def _finished_ids(self) -> set[str]:
        """People who reached the thank-you screen, as the store records it."""
        return {r.id for r in respondents.list_respondents(self.context.store, self.assessment.id) if r.finished}

    def _find_respondent(self, respondent_id):
        if not respondent_id:
            return None
        return next(
            (r for r in respondents.list_respondents(self.context.store, self.assessment.id) if r.id == respondent_id),
            None,
        )

    # -- overview ----------------------------------------------------------------------

    def on_show_overview(self) -> None:
        self.flush_comment()
        self._leave_respondent()
        self._remember("overview")
        self.refresh_overview()
        self.stack.setCurrentWidget(self.overview)
        self.first_focus().setFocus(Qt.FocusReason.OtherFocusReason)

    def refresh_overview(self) -> None:
        for box in self.group_boxes:
            self.groups_layout.removeWidget(box)
            box.hide()
            box.deleteLater()
        self.group_boxes, self.overview_buttons = [], []
        store = self.context.store
        people = respondents.list_respondents(store, self.assessment.id)
        finished = self._finished_ids()
        for group, mode in self.assessment.groups.items():
            questions = self.questionnaire.questions_for(group, self.assessment.stage, self.assessment.short)
            ids = {q.id for q in questions}
            mine = [r for r in people if r.group == group]
            answered = {r.id: len(ids & _answered(respondents.respondent_answers(store, r.id))) for r in mine}
            box = QGroupBox(vocabulary.GROUPS.get(group, group))
            layout = QVBoxLayout(box)
            mode_label = self._wrapped(
                self.tr("Mode : {0} · {1} questions").format(vocabulary.MODES.get(mode, mode), len(questions))
            )
            layout.addWidget(mode_label)
            buttons = QHBoxLayout()
            more = QVBoxLayout()
            if mode == "individual":
                done = [r for r in mine if r.id in finished or answered[r.id] == len(ids)]
                going = [r for r in mine if r not in done and answered[r.id]]
                layout.addWidget(
                    self._wrapped(
                        (
                            self.tr("1 personne a terminé")
                            if len(done) == 1
                            else self.tr("{0} personnes ont terminé").format(len(done))
                        )
                        + self.tr(" · {0} en cours").format(len(going))
                    )
                )
                first = self._button(
                    self.tr("Nouvelle personne"),
                    lambda _=False, g=group: self.on_new_person(g),
                    self.tr("Ouvre l’écran neutre pour passer l’ordinateur à la personne suivante"),
                    self.tr("Nouvelle personne : {0}").format(box.title()),
                )
                buttons.addWidget(first)
                self.overview_buttons.append(first)
                for respondent in going:
                    resume = self._button(
                        self.tr("Reprendre la personne n° {0} ({1} / {2})").format(
                            respondent.number, answered[respondent.id], len(ids)
                        ),
                        lambda _=False, r=respondent: self.on_resume(r),
                        self.tr("Cette personne n’avait pas fini : elle reprend où elle s’était arrêtée"),
                    )
                    more.addWidget(resume, 0, Qt.AlignmentFlag.AlignLeft)
                    self.overview_buttons.append(resume)
            elif mode == "tally":
                sheets = sorted(mine, key=lambda r: r.number)
                total = sum(answered.values())
                text = self.tr("{0} / {1} questions décomptées").format(max(answered.values(), default=0), len(ids))
                if len(sheets) > 1:
                    text += self.tr(" · {0} feuilles de décompte").format(len(sheets))
                layout.addWidget(self._wrapped(text if total or sheets else self.tr("Pas encore de décompte")))
                first = self._button(
                    self.tr("Saisir le décompte"),
                    lambda _=False, g=group: self.on_tally(g),
                    self.tr("Tapez combien de personnes ont choisi chaque réponse"),
                    self.tr("Saisir le décompte : {0}").format(box.title()),
                )
                buttons.addWidget(first)
                self.overview_buttons.append(first)
                for sheet in sheets[1:]:
                    other = self._button(
                        self.tr("Feuille n° {0}").format(sheet.number),
                        lambda _=False, r=sheet: self.on_resume(r),
                        self.tr("Reprendre cette feuille de décompte"),
                    )
                    more.addWidget(other, 0, Qt.AlignmentFlag.AlignLeft)
                    self.overview_buttons.append(other)
                if sheets:
                    extra = self._button(
                        self.tr("Ajouter une feuille"),
                        lambda _=False, g=group: self.on_tally(g, new_sheet=True),
                        self.tr("Pour une autre réunion du même groupe : les décomptes s’additionnent"),
                    )
                    buttons.addWidget(extra)
                    self.overview_buttons.append(extra)
            else:
                count = max(answered.values(), default=0)
                layout.addWidget(self._wrapped(self.tr("{0} / {1} questions répondues").format(count, len(ids))))
                first = self._button(
                    self.tr("Réponse commune"),
                    lambda _=False, g=group: self.on_consensus(g),
                    self.tr("Le groupe se met d’accord sur une réponse à chaque question"),
                    self.tr("Réponse commune : {0}").format(box.title()),
                )
                buttons.addWidget(first)
                self.overview_buttons.append(first)
            buttons.addStretch(1)
            layout.addLayout(buttons)
            layout.addLayout(more)
            self.groups_layout.addWidget(box)
            self.group_boxes.append(box)
        self.on_theme_changed()

    def _add_respondent(self, group: str):
        added = self.context.attempt(
            self.tr("La nouvelle personne ou feuille n’a pas pu être enregistrée."),
            lambda: respondents.add_respondent(self.context.store, self.assessment.id, group),
        )
        return added.value if added else None

    def on_new_person(self, group: str) -> None:
        store = self.context.store
        in_group = [r for r in respondents.list_respondents(store, self.assessment.id) if r.group == group]
        finished = self._finished_ids()
        # Someone who opened the hand-over screen and gave no answer: use that place again.
        empty = next(
            (r for r in in_group if r.id not in finished and not respondents.respondent_answers(store, r.id)), None
        )
        respondent = empty or self._add_respondent(group)
        if respondent is None:
            return
        self._enter_respondent(respondent, 0)
        self._show_handover(resuming=False)

    def on_resume(self, respondent) -> None:
        self._enter_respondent(respondent, None)
        if respondent.mode == "individual":
            self._show_handover(resuming=True)
        else:
            self._show_question()

    def on_tally(self, group: str, new_sheet: bool = False) -> None:
        store = self.context.store
        sheets = sorted(
            (r for r in respondents.list_respondents(store, self.assessment.id) if r.group == group),
            key=lambda r: r.number,
        )
        respondent = sheets[0] if sheets and not new_sheet else self._add_respondent(group)
        if respondent is None:
            return
        self._enter_respondent(respondent, None)
        self._show_question()

    def on_consensus(self, group: str) -> None:
        respondent = self._add_respondent(group)
        if respondent is None:
            return
        self._enter_respondent(respondent, None)
        self._show_question()

    def on_close_collection(self) -> None:
        if not dialogs.confirm(
            self,
            self.tr("Clore la collecte"),
            self.tr(
                "Clore la collecte et afficher les résultats ?\n\nLes résultats seront visibles par toute la "
                "salle. Pour ajouter des réponses ensuite, il faudra rouvrir la collecte."
            ),
            self.tr("Clore et voir les résultats"),
        ):
            return
        self.flush_comment()
        if not self.context.attempt(
            self.tr("La collecte n’a pas été close."),
            lambda: assessments.set_collection_closed(self.context.store, self.assessment.id, True),
        ):
            return
        self._leave_respondent()
        self._remember("overview")
        self.navigator.show_results(self.assessment.id)

    def on_reopen(self) -> None:
        if not dialogs.confirm(
            self,
            self.tr("Rouvrir la collecte"),
            self.tr("Rouvrir la collecte ? Les résultats seront cachés jusqu’à la prochaine clôture."),
            self.tr("Rouvrir"),
        ):
            return
        reopened = self.context.attempt(
            self.tr("La collecte n’a pas été rouverte."),
            lambda: assessments.set_collection_closed(self.context.store, self.assessment.id, False),
        )
        if not reopened:
            return
        self.assessment = reopened.value
        self.on_show_overview()
        self.navigator.notify(self.tr("Collecte rouverte."))

    def on_show_results(self) -> None:
        self.navigator.show_results(self.assessment.id)

    def on_back(self) -> None:
        self.flush_comment()
        if self.assessment is not None:
            self.navigator.show_structure(self.assessment.structure_id)

    # -- hand-over and thanks -------------------------------------------------------------

    def _show_handover(self, resuming: bool) -> None:
        self._clear_question_screen()
        self.saved.clear()  # not even a hint that the previous person just answered
        self.handover_label.setText(
            self.tr(
                "Passez l’ordinateur à la personne suivante. Vos réponses restent anonymes : "
                "elles ne seront jamais montrées une par une."
            )
        )
        group = vocabulary.GROUPS.get(self.respondent.group, self.respondent.group)
        if resuming:
            self.handover_detail.setText(
                self.tr("{0} · reprise à la question {1} / {2}").format(group, self.index + 1, len(self.questions))
            )
            self.start_button.setText(self.tr("Continuer"))
            self.start_button.setAccessibleName(self.tr("Continuer"))
        else:
            self.handover_detail.setText(
                self.tr("{0} · {1} questions, environ {2} minutes").format(
                    group, len(self.questions), max(1, round(len(self.questions) * 0.4))
                )
            )
            self.start_button.setText(self.tr("Commencer"))
            self.start_button.setAccessibleName(self.tr("Commencer"))
        self._remember("handover")
        self.stack.setCurrentWidget(self.handover)
        self.start_button.setFocus(Qt.FocusReason.OtherFocusReason)

    def on_start(self) -> None:
        if self.respondent is not None:
            self._show_question()

    def _finish(self) -> None:
        self.flush_comment()
        respondent = self.respondent
        if self.unsaved:
            # « Vos réponses sont enregistrées » must be true: go back to the first one that is not.
            first = next(i for i, q in enumerate(self.questions) if q.id in self.unsaved)
            count = len(self.unsaved)
            dialogs.warn(
                self,
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
            self.go_to(first)
            return
        if respondent.mode == "individual":
            if not self.context.attempt(
                self.tr("La fin du questionnaire n’a pas été enregistrée."),
                lambda: respondents.finish_respondent(self.context.store, respondent.id),
            ):
                return
            self._leave_respondent()
            self._remember("overview")
            self.stack.setCurrentWidget(self.thanks)
            self.thanks_button.setFocus(Qt.FocusReason.OtherFocusReason)
        else:
            self.on_show_overview()
            self.navigator.notify(
                self.tr("Réponses de « {0} » enregistrées.").format(
                    vocabulary.GROUPS.get(respondent.group, respondent.group)
                )
            )

    def on_pause(self) -> None:
        self.on_show_overview()

    # -- questions -----------------------------------------------------------------------

    def _enter_respondent(self, respondent, index: int | None) -> None:
        self.respondent = respondent
        self.questions = self.questionnaire.questions_for(
            respondent.group, self.assessment.stage, self.assessment.short
        )
        self.answers = respondents.respondent_answers(self.context.store, respondent.id)
        self.unsaved = {}
        self.draft_comments = {}
        if index is None:  # where this respondent stopped: the first question without an answer
            answered = _answered(self.answers)
            index = next((i for i, q in enumerate(self.questions) if q.id not in answered), 0)
        self.index = max(0, min(index, len(self.questions) - 1))

    def _leave_respondent(self) -> None:
        self.respondent = None
        self.questions = []
        self.answers = {}
        self.unsaved = {}
        self.draft_comments = {}
        self.index = 0
        self._clear_question_screen()

    def _clear_question_screen(self) -> None:
        """Nothing of the previous person stays in the widgets, even hidden."""
        self._showing = True
        for button in self.option_buttons:
            self.options_layout.removeWidget(button)
            button.hide()
            button.deleteLater()
        self.option_buttons = []
        while self.tally_grid.count():
            widget = self.tally_grid.takeAt(0).widget()
            if widget is not None:
                widget.hide()
                widget.deleteLater()
        self.spin_boxes = []
        for label in (self.question_label, self.position_label, self.who_label, self.why_label, self.tally_total):
            label.clear()
        self.comment_edit.clear()
        self.divided_box.setChecked(False)
        self.dimension_list.clear()
        self._showing = False

    def _show_question(self) -> None:
        self._clear_question_screen()
        self._showing = True
        question = self.questions[self.index]
        unsaved = question.id in self.unsaved
        stored = self.unsaved.get(question.id) or self.answers.get(question.id, {})
        mode = self.respondent.mode
        group = vocabulary.GROUPS.get(self.respondent.group, self.respondent.group)
        if mode == "individual":
            who = self.tr("{0} · personne n° {1}").format(group, self.respondent.number)
        elif mode == "tally":
            who = self.tr("{0} · décompte, feuille n° {1}").format(group, self.respondent.number)
        else:
            who = self.tr("{0} · réponse commune du groupe").format(group)
        self.who_label.setText(who)
        dimension = self.questionnaire.dimension(question.dimension)
        self.position_label.setText(
            self.tr("{0} · Question {1} / {2}").format(
                dimension.label if dimension else question.dimension, self.index + 1, len(self.questions)
            )
        )
        self.question_label.setText(question.text_for(self.respondent.group, self.assessment.stage))

        self.options_box.setVisible(mode != "tally")
        self.tally_box.setVisible(mode == "tally")
        if mode == "tally":
            counts = stored.get("counts") or {}
            for row, option in enumerate(question.options):
                label = QLabel(f"{row + 1}  {option.label}")
                label.setWordWrap(True)
                spin = QSpinBox()
                spin.setRange(0, 9999)
                spin.setValue(int(counts.get(option.value, 0)))
                spin.setAccessibleName(self.tr("Nombre de « {0} »").format(option.label))
                spin.setToolTip(self.tr("Nombre de personnes (flèches haut et bas pour ajuster)"))
                spin.setSizePolicy(QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Fixed)
                label.setBuddy(spin)
                spin.valueChanged.connect(self.on_count_changed)
                self.tally_grid.addWidget(spin, row, 0)
                self.tally_grid.addWidget(label, row, 1)
                self.spin_boxes.append(spin)
            self.tally_grid.setColumnStretch(1, 1)
            self._update_total()
        else:
            for number, option in enumerate(question.options, start=1):
                button = OptionButton(number, option.label)
                button.unsaved = unsaved
                button.setChecked(stored.get("value") == option.value)
                button.clicked.connect(lambda _=False, n=number: self.on_number_key(n))
                self.options_layout.addWidget(button)
                self.option_buttons.append(button)

        self.divided_box.setVisible(mode == "consensus")
        self.divided_box.setChecked(bool(stored.get("divided")))
        if mode == "consensus":
            self.comment_title.setText(self.tr("&Note sur le désaccord ou commentaire"))
            self.comment_edit.setPlaceholderText(self.tr("Facultatif : n’écrivez aucun nom"))
            self.comment_edit.setAccessibleName(self.tr("Note sur le désaccord ou commentaire"))
        else:
            self.comment_title.setText(self.tr("&Commentaire"))
            self.comment_edit.setPlaceholderText(self.tr("Commentaire facultatif : n’écrivez aucun nom"))
            self.comment_edit.setAccessibleName(self.tr("Commentaire facultatif"))
        self.comment_edit.setText(self.draft_comments.get(question.id, stored.get("comment") or ""))
        self._update_comment_hint()

        lines = [question.help] if question.help else []
        titles = [
            self.questionnaire.references[s].title for s in question.sources if s in self.questionnaire.references
        ]
        if titles:
            lines.append(self.tr("Sources :"))
            lines.extend(f"• {title}" for title in titles)
        self.why_label.setText("\n".join(lines) or self.tr("Pas d’explication pour cette question."))
        self.why_label.setVisible(self.why_button.isChecked())

        last = self.index + 1 == len(self.questions)
        self.next_button.setText(self.tr("Terminer ✓") if last else self.tr("Suivant →"))
        self.next_button.setAccessibleName(self.tr("Terminer") if last else self.tr("Question suivante"))
        self.previous_button.setEnabled(self.index > 0)
        if unsaved:
            self.saved.failed(self.tr("réponse choisie mais non enregistrée"))
        elif self.saved.is_failed():
            self.saved.clear()  # the warning was about another question
        self._fill_dimensions()
        self._set_tab_order()
        self.on_theme_changed()
        for widget in (*self.option_buttons, *self.spin_boxes):
            widget.show()  # now, not when the layout gets round to it: the focus goes there at once
        self._showing = False
        self.stack.setCurrentWidget(self.question_screen)
        self.question_scroll.verticalScrollBar().setValue(0)
        self.first_focus().setFocus(Qt.FocusReason.OtherFocusReason)
        self._remember("question")

    def _set_tab_order(self) -> None:
        chain = [
            *self.option_buttons,
            *self.spin_boxes,
            self.divided_box,
            self.why_button,
            self.comment_edit,
            self.previous_button,
            self.pause_button,
            self.next_button,
            self.dimension_list,
        ]
        for first, second in pairwise(chain):
            QWidget.setTabOrder(first, second)

    def _fill_dimensions(self) -> None:
        answered = _answered(self.answers)
        current = self.questions[self.index].dimension
        for dimension in self.questionnaire.dimensions:
            ids = [q.id for q in self.questions if q.dimension == dimension.id]
            if not ids:
                continue
            done = sum(1 for i in ids if i in answered)
            mark = "✓ " if done == len(ids) else ""
            item = QListWidgetItem(f"{mark}{dimension.label} — {done} / {len(ids)}")
            item.setData(Qt.ItemDataRole.UserRole, dimension.id)
            if dimension.id == current:
                font = theme.scaled(12)
                font.setBold(True)
                item.setFont(font)
                item.setText(self.tr("▶ {0}").format(item.text()))
            self.dimension_list.addItem(item)
            if dimension.id == current:
                self.dimension_list.setCurrentItem(item)

    def go_to(self, index: int) -> None:
        self.flush_comment()
        self.index = max(0, min(index, len(self.questions) - 1))
        self._show_question()

    def on_next_key(self) -> None:
        focused = QApplication.focusWidget()
        # Enter on a focused navigation button does what the button says.
        if (
            isinstance(focused, QAbstractButton)
            and not isinstance(focused, (OptionButton, QCheckBox))
            and focused is not self.why_button
            and self.question_screen.isAncestorOf(focused)
        ):
            focused.click()
            return
        self.on_next()

    def on_next(self) -> None:
        if self.respondent is None:
            return
        if self.index + 1 < len(self.questions):
            self.go_to(self.index + 1)
        else:
            self._finish()

    def on_previous(self) -> None:
        if self.respondent is not None and self.index > 0:
            self.go_to(self.index - 1)

    def on_dimension_chosen(self, item: QListWidgetItem) -> None:
        dimension = item.data(Qt.ItemDataRole.UserRole)
        answered = _answered(self.answers)
        indexes = [i for i, q in enumerate(self.questions) if q.dimension == dimension]
        if indexes:
            self.go_to(next((i for i in indexes if self.questions[i].id not in answered), indexes[0]))

    def on_focus_dimensions(self) -> None:
        self.dimension_list.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def on_why_toggled(self, shown: bool) -> None:
        self.why_label.setVisible(shown and self.respondent is not None)

    # -- saving ----------------------------------------------------------------------------

    def on_number_key(self, number: int) -> None:
        if self.respondent is None or self.respondent.mode == "tally" or number > len(self.option_buttons):
            return
        question = self.questions[self.index]
        option = question.options[number - 1]
        for button in self.option_buttons:
            button.setChecked(button.number == number)
        self.option_buttons[number - 1].setFocus(Qt.FocusReason.OtherFocusReason)
        self.question_scroll.ensureWidgetVisible(self.option_buttons[number - 1])
        self._save(question, value=option.value)

    def on_count_changed(self) -> None:
        if self._showing:
            return
        self._update_total()
        question = self.questions[self.index]
        counts = {o.value: s.value() for o, s in zip(question.options, self.spin_boxes, strict=True)}
        if sum(counts.values()):
            self._save(question, counts=counts)
        elif question.id in self.answers:
            if self._run(
                question.id,
                {"counts": counts},
                lambda: respondents.clear_answer(self.context.store, self.respondent.id, question.id),
            ):
                self.answers.pop(question.id, None)
                self._after_save(question.id)
        else:
            self.unsaved.pop(question.id, None)

    def on_divided_toggled(self) -> None:
        if not self._showing and self.respondent is not None:
            question = self.questions[self.index]
            if question.id in _answered(self.answers):
                self._save(question, **self._answer_of(question.id))
            self._update_comment_hint()

    def on_comment_edited(self, text: str) -> None:
        if self.respondent is not None:
            self.draft_comments[self.questions[self.index].id] = text
            self._update_comment_hint()
            self._comment_timer.start()

    def on_comment_timer(self) -> None:
        self.flush_comment()

    def flush_comment(self) -> None:
        """Save a comment being typed, if its question has an answer (otherwise keep it until one is chosen)."""
        self._comment_timer.stop()
        if self.respondent is None or not self.questions:
            return
        question = self.questions[self.index]
        draft = self.draft_comments.get(question.id)
        if draft is None or question.id not in _answered(self.answers):
            return
        if (self.answers[question.id].get("comment") or "") != draft.strip():
            self._save(question, **self._answer_of(question.id))

    def _answer_of(self, question_id: str) -> dict:
        stored = self.answers[question_id]
        if self.respondent.mode == "tally":
            return {"counts": stored.get("counts") or {}}
        return {"value": stored.get("value")}

    def _save(self, question, value: str | None = None, counts: dict | None = None) -> None:
        comment = self.draft_comments.get(question.id, self.answers.get(question.id, {}).get("comment") or "")
        divided = self.respondent.mode == "consensus" and self.divided_box.isChecked()
        ok = self._run(
            question.id,
            {"value": value, "counts": counts, "comment": comment, "divided": divided},
            lambda: respondents.save_answer(
                self.context.store,
                self.respondent.id,
                question.id,
                value=value,
                counts=counts,
                comment=comment,
                divided=divided,
            ),
        )
        if ok:
            self.answers[question.id] = {
                "value": value,
                "counts": {k: c for k, c in (counts or {}).items() if c} or None,
                "comment": comment.strip() or None,
                "divided": divided,
            }
            self.draft_comments.pop(question.id, None)
            self._after_save(question.id)

    def _run(self, question_id: str, given: dict, action) -> bool:
        """Save what was given for a question; if the data folder fails, the screen says it is not saved."""
        try:
            done = self.context.attempt(self.tr("La réponse n’a pas été enregistrée."), action)
        except errors.RecordError as error:
            self.saved.failed(str(error))
            return False
        if not done:
            from peerready.ui.faults import FaultHandler

            self.unsaved[question_id] = given
            for button in self.option_buttons:
                button.set_unsaved(True)
            self.saved.failed(FaultHandler().short(done.error))
            return False
        self.unsaved.pop(question_id, None)
        for button in self.option_buttons:
            button.set_unsaved(False)
        return True

    def _after_save(self, question_id: str) -> None:
        self.saved.saved()
        self._update_comment_hint()
        focused = QApplication.focusWidget()
        self.dimension_list.clear()
        self._fill_dimensions()
        if focused is not None and focused.isVisible():
            focused.setFocus(Qt.FocusReason.OtherFocusReason)
        self.answer_saved.emit(question_id)

    def _update_total(self) -> None:
        total = sum(spin.value() for spin in self.spin_boxes)
        self.tally_total.setText(
            self.tr("Total : 1 réponse") if total == 1 else self.tr("Total : {0} réponses").format(total)
        )

    def _update_comment_hint(self) -> None:
        question_id = self.questions[self.index].id if self.respondent is not None and self.questions else None
        waiting = bool(
            question_id
            and (self.draft_comments.get(question_id) or "").strip()
            and question_id not in _answered(self.answers)
        )
        self.comment_hint.setText(
            self.tr("Le commentaire sera enregistré avec la réponse, dès qu’une réponse sera choisie.")
            if waiting
            else ""
        )
        self.comment_hint.setVisible(waiting)

    def hideEvent(self, event) -> None:
        self.flush_comment()
        super().hideEvent(event)


def _answered(stored: dict[str, dict]) -> set[str]:
    """Questions with a real answer: a value, or a tally with at least one vote."""
    return {qid for qid, a in stored.items() if a.get("value") is not None or a.get("counts")}
