"""The question screen of one respondent: it shows an ``answering.Session`` and says which key was pressed.

It holds no rule: what a key does is decided by the page, through ``workshop.answering``.
"""

from __future__ import annotations

from itertools import pairwise

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QCheckBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from peerready.ui import accessible, theme, widgets, words
from peerready.ui.widgets.dimension_list import DimensionList
from peerready.ui.widgets.option_button import OptionButton
from peerready.ui.widgets.tally_grid import TallyGrid
from peerready.workshop.answering import Session


def _wrapped() -> QLabel:
    label = QLabel()
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    return label


class QuestionView(QWidget):
    """Progress by dimension, the question, its answers (buttons, a tally or a common answer), a comment."""

    number_pressed = Signal(int)
    next_pressed = Signal()
    previous_pressed = Signal()
    pause_pressed = Signal()
    dimension_chosen = Signal(str)

    def __init__(self):
        super().__init__()
        outer = QHBoxLayout(self)
        self.side_panel = QWidget()  # hidden as a whole where there is no room: its share of the width goes too
        side = QVBoxLayout(self.side_panel)
        side.setContentsMargins(0, 0, 0, 0)
        self.dimensions_title = QLabel(self.tr("&Dimensions"))
        self.dimension_list = DimensionList()
        self.dimension_list.setWordWrap(True)
        self.dimension_list.setAccessibleName(self.tr("Avancement par dimension"))
        self.dimension_list.setToolTip(self.tr("Aller à une dimension : Ctrl+D, flèches puis Entrée"))
        self.dimensions_title.setBuddy(self.dimension_list)
        for signal in (self.dimension_list.itemActivated, self.dimension_list.itemClicked):
            signal.connect(lambda item: self.dimension_chosen.emit(item.data(Qt.ItemDataRole.UserRole)))
        side.addWidget(self.dimensions_title)
        side.addWidget(self.dimension_list, 1)
        outer.addWidget(self.side_panel, 1)

        main = QVBoxLayout()
        self.scroll = QScrollArea()
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # not a tab stop: the answers scroll it into view
        body = QWidget()
        content = QVBoxLayout(body)
        #: « Question 3 passée sans réponse »: said on the next question, so that no question is passed silently.
        self.passed_note = _wrapped()
        self.passed_note.setObjectName("passed_note")
        self.passed_note.setFrameShape(QFrame.Shape.StyledPanel)
        self.passed_note.setVisible(False)
        content.addWidget(self.passed_note)
        self.who_label, self.position_label, self.question_label = _wrapped(), _wrapped(), _wrapped()
        self.question_label.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
        for label in (self.who_label, self.position_label, self.question_label):
            content.addWidget(label)
        self.options_box = QWidget()
        # One named group: on its first answer, a screen reader says the question, then « 1 Tout à fait ».
        accessible.set_role(self.options_box, accessible.Role.Grouping)
        self.options_layout = QGridLayout(self.options_box)
        self.options_layout.setContentsMargins(0, 0, 0, 0)
        content.addWidget(self.options_box)
        self.option_buttons: list[OptionButton] = []
        self.tally = TallyGrid()
        content.addWidget(self.tally)

        self.divided_box = QCheckBox(self.tr("Les avis restent &partagés"))
        self.divided_box.setAccessibleName(self.tr("Les avis restent partagés"))
        self.divided_box.setToolTip(self.tr("Cochez si le groupe n’a pas vraiment pu se mettre d’accord (Alt+P)"))
        content.addWidget(self.divided_box)

        self.why_button = QPushButton(self.tr("Pourquoi cette question ?"))
        self.why_button.setCheckable(True)
        self.why_button.setToolTip(self.tr("Afficher ou masquer l’explication et les sources (touche ? ou Ctrl+W)"))
        self.why_button.toggled.connect(self.on_why_toggled)
        self.why_label = _wrapped()
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
        self.comment_hint = _wrapped()
        for widget in (self.comment_title, self.comment_edit, self.comment_hint):
            content.addWidget(widget)
        content.addStretch(1)
        self.scroll.setWidget(body)
        main.addWidget(self.scroll, 1)

        self.previous_button = widgets.button(
            self.tr("← Précédent"),
            self.previous_pressed,
            self.tr("Question précédente (Retour arrière ou flèche gauche)"),
            self.tr("Question précédente"),
        )
        self.next_button = widgets.button(
            self.tr("Suivant →"),
            self.next_pressed,
            self.tr("Question suivante (Entrée ou flèche droite)"),
            self.tr("Question suivante"),
        )
        self.pause_button = widgets.button(
            self.tr("Vue d’ensemble"),
            self.pause_pressed,
            self.tr("Revenir à la vue d’ensemble ; on pourra reprendre ici plus tard"),
        )
        nav = QHBoxLayout()
        nav.addWidget(self.previous_button)
        nav.addStretch(1)
        nav.addWidget(self.pause_button)
        nav.addWidget(self.next_button)
        main.addLayout(nav)
        outer.addLayout(main, 3)

        self._shortcut(["Return", "Enter", "Right"], self.on_next_key)
        self._shortcut(["Backspace", "Left"], self.previous_pressed.emit)
        self._shortcut(["?", "Ctrl+W"], self.why_button.toggle)
        self._shortcut(["Ctrl+D"], lambda: self.dimension_list.setFocus(Qt.FocusReason.ShortcutFocusReason))
        for number in range(1, 10):
            self._shortcut([str(number)], lambda number=number: self.number_pressed.emit(number))
        self.apply_fonts()

    def _shortcut(self, keys: list[str], slot) -> None:
        for key in keys:
            shortcut = QShortcut(QKeySequence(key), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(slot)

    @property
    def spin_boxes(self) -> list:
        return self.tally.spin_boxes

    # -- showing a session ----------------------------------------------------------------

    def clear(self) -> None:
        """Nothing of the previous person stays in the widgets, even hidden."""
        focused = QApplication.focusWidget()
        if focused is not None and self.isAncestorOf(focused) and focused in (*self.option_buttons, *self.spin_boxes):
            # Hidden while focused, each answer would pass the focus to the next one about to go: a screen
            # reader heard five or seven of them before the new question. The new one takes it at once.
            focused.clearFocus()
        for button in self.option_buttons:
            self.options_layout.removeWidget(button)
            button.hide()
            button.deleteLater()
        self.option_buttons = []
        self.tally.clear()
        for label in (self.question_label, self.position_label, self.who_label, self.why_label, self.passed_note):
            label.clear()
        self.passed_note.setVisible(False)
        self.comment_edit.clear()
        self.divided_box.setChecked(False)
        self.dimension_list.clear()

    def show_session(self, s: Session, present: int = 0) -> None:
        """Everything about the question on screen; signals of the widgets filled here are the caller's to mute.

        ``present``: for a tally, the people present for this sheet (0 when not said yet).
        """
        self.clear()
        group = words.group(s.group)
        if s.mode == "individual":
            who = self.tr("{0} · personne n° {1}").format(group, s.respondent.number)
        elif s.mode == "tally":
            who = self.tr("{0} · décompte, feuille n° {1}").format(group, s.respondent.number)
        else:
            who = self.tr("{0} · réponse commune du groupe").format(group)
        self.who_label.setText(who)
        self.position_label.setText(self.tr("{0} · Question {1} / {2}").format(s.dimension_label, s.number, s.count))
        self.question_label.setText(s.text)
        self.options_box.setAccessibleName(s.text)
        self.options_box.setAccessibleDescription(self.position_label.text())

        self.options_box.setVisible(s.mode != "tally")
        self.tally.setVisible(s.mode == "tally")
        if s.mode == "tally":
            self.tally.show_counts(s.question.options, s.shown.counts or {}, present)
        else:
            for number, option in enumerate(s.question.options, start=1):
                button = OptionButton(number, option.label)
                # A choice among several, read once: the number and label inside it are not read again.
                accessible.set_role(button, accessible.Role.RadioButton, childless=True)
                button.unsaved = s.is_unsaved
                button.setChecked(s.shown.value == option.value)
                button.clicked.connect(lambda _=False, n=number: self.number_pressed.emit(n))
                self.option_buttons.append(button)
            self._place_options(1)  # in the window now, for the tab order; fit() then picks the columns

        self.divided_box.setVisible(s.mode == "consensus")
        self.divided_box.setChecked(s.divided)
        if s.mode == "consensus":
            self.comment_title.setText(self.tr("&Note sur le désaccord ou commentaire"))
            self.comment_edit.setPlaceholderText(self.tr("Facultatif : n’écrivez aucun nom"))
            self.comment_edit.setAccessibleName(self.tr("Note sur le désaccord ou commentaire"))
        else:
            self.comment_title.setText(self.tr("&Commentaire"))
            self.comment_edit.setPlaceholderText(self.tr("Commentaire facultatif : n’écrivez aucun nom"))
            self.comment_edit.setAccessibleName(self.tr("Commentaire facultatif"))
        self.comment_edit.setText(s.comment)
        self.show_comment_hint(s)

        lines = [s.question.help] if s.question.help else []
        if s.sources:
            lines.append(self.tr("Sources :"))
            lines.extend(f"• {title}" for title in s.sources)
        self.why_label.setText("\n".join(lines) or self.tr("Pas d’explication pour cette question."))
        self.why_label.setVisible(self.why_button.isChecked())

        self.next_button.setText(self.tr("Terminer ✓") if s.is_last else self.tr("Suivant →"))
        self.next_button.setAccessibleName(self.tr("Terminer") if s.is_last else self.tr("Question suivante"))
        self.previous_button.setEnabled(not s.is_first)
        self.dimension_list.show_progress(s.progress)
        self._set_tab_order()
        self.apply_fonts()
        for widget in (*self.option_buttons, *self.spin_boxes):
            widget.show()  # now, not when the layout gets round to it: the focus goes there at once
        self.fit()
        self.scroll.verticalScrollBar().setValue(0)

    # -- fitting the screen, at any text size -------------------------------------------------

    def _place_options(self, columns: int) -> None:
        widgets.place_in_columns(self.options_layout, [(button,) for button in self.option_buttons], columns)

    def _above_answers(self, width: int) -> int:
        spacing = self.scroll.widget().layout().spacing()
        return sum(
            label.heightForWidth(width) + spacing
            for label in (self.passed_note, self.who_label, self.position_label, self.question_label)
            if not label.isHidden() and label.text()
        )

    def fit(self) -> None:
        """The dimension list only where there is room for it; the answers in as few columns as fit."""
        # The list only if, beside it, a line of the question still holds some sixty characters.
        question_line = self.question_label.fontMetrics().averageCharWidth() * 60
        self.side_panel.setVisible(self.width() - self.dimension_list.sizeHint().width() >= question_line)
        tally = not self.tally.isHidden()
        if not (self.option_buttons or (tally and self.spin_boxes)):
            return
        margins = self.scroll.widget().layout().contentsMargins()
        width = self.scroll.viewport().width() - margins.left() - margins.right()
        height = self.scroll.viewport().height() - margins.top() - margins.bottom()
        room = height - self._above_answers(width)
        answers = self.tally if tally else self.options_box
        place = self.tally.arrange if tally else self._place_options
        for columns in (1, 2, 3):
            place(columns)
            if answers.heightForWidth(width) <= room:
                break

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self.fit()

    def show_passed(self, number: int, passed: int) -> None:
        """Question ``number`` was just passed without an answer; ``passed`` questions are without one so far."""
        if passed <= 1:
            text = self.tr("⚠ Question {0} passée sans réponse : elle sera rappelée avant la fin.").format(number)
        else:
            text = self.tr(
                "⚠ Question {0} passée sans réponse ({1} jusqu’ici) : elles seront rappelées avant la fin."
            ).format(number, words.plural(passed, "question sans réponse", "questions sans réponse"))
        self.passed_note.setText(words.typeset(text))
        self.passed_note.setVisible(True)
        accessible.announce(self, self.passed_note.text())

    def ask_present(self) -> None:
        """A tally sheet starts: the number of people present is asked first (Entrée then goes to the counts)."""
        self.tally.present_box.setFocus(Qt.FocusReason.OtherFocusReason)

    def show_chosen(self, number: int) -> None:
        """The option of key ``number`` is the chosen one, at once (before it is saved)."""
        for button in self.option_buttons:
            button.setChecked(button.number == number)
        self.option_buttons[number - 1].setFocus(Qt.FocusReason.OtherFocusReason)
        self.scroll.ensureWidgetVisible(self.option_buttons[number - 1])

    def show_saved(self, s: Session, saved: bool) -> None:
        """After a save: the « NON enregistrée » marks, and the progress when it reached the disk."""
        for button in self.option_buttons:
            button.set_unsaved(not saved)
        if saved:
            self.show_comment_hint(s)
            focused = QApplication.focusWidget()
            self.dimension_list.show_progress(s.progress)
            if focused is not None and focused.isVisible():
                focused.setFocus(Qt.FocusReason.OtherFocusReason)

    def show_comment_hint(self, s: Session | None) -> None:
        waiting = s is not None and s.comment_waiting
        self.comment_hint.setText(
            self.tr("Le commentaire sera enregistré avec la réponse, dès qu’une réponse sera choisie.")
            if waiting
            else ""
        )
        self.comment_hint.setVisible(waiting)

    def first_focus(self) -> QWidget:
        checked = [b for b in self.option_buttons if b.isChecked()]
        if checked or self.option_buttons:
            return (checked or self.option_buttons)[0]
        return self.spin_boxes[0] if self.spin_boxes else self.next_button

    def _set_tab_order(self) -> None:
        chain = [
            *self.option_buttons,
            self.tally.present_box,
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

    # -- keys -----------------------------------------------------------------------------

    def on_next_key(self) -> None:
        focused = QApplication.focusWidget()
        present = self.tally.present_box
        if focused is not None and (focused is present or present.isAncestorOf(focused)):
            # The number of people present is typed: on to the first count, not to the next question.
            (self.spin_boxes[0] if self.spin_boxes else self.next_button).setFocus(Qt.FocusReason.TabFocusReason)
            return
        # Enter on a focused navigation button does what the button says.
        if (
            isinstance(focused, QAbstractButton)
            and not isinstance(focused, (OptionButton, QCheckBox))
            and focused is not self.why_button
            and self.isAncestorOf(focused)
        ):
            focused.click()
            return
        self.next_pressed.emit()

    def on_why_toggled(self, shown: bool) -> None:
        self.why_label.setVisible(shown and bool(self.question_label.text()))
        if self.why_label.isVisibleTo(self):
            accessible.announce(self, self.why_label.text())  # shown below, out of the focus's way: said now

    def apply_fonts(self) -> None:
        self.question_label.setFont(theme.large(20))
        position = theme.scaled(12)
        position.setBold(True)
        self.position_label.setFont(position)
        self.who_label.setFont(theme.scaled(11))
        note = theme.scaled(13)
        note.setBold(True)
        self.passed_note.setFont(note)
        self.dimension_list.setFont(theme.scaled(12))
        for button in self.option_buttons:
            button.apply_fonts()
        self.tally.apply_fonts()
