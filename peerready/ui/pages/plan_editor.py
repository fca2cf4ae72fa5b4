"""The chosen action of the plan, field by field: each change is handed over at once to be saved.

The editor only shows and collects; the plan page saves (``edited``) and says whether it worked
(``saved``). A due date is typed in French order (jj/mm/aaaa); a date already past is kept but
said; unticking « Pas de date » proposes the date of the action's horizon.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from peerready.engine import vocabulary
from peerready.store.action_plan import StoredAction
from peerready.ui import accessible, theme, widgets, words
from peerready.ui.widgets import SavedIndicator
from peerready.ui.widgets.date_field import FrenchDateEdit
from peerready.ui.widgets.event_watcher import EventWatcher
from peerready.ui.widgets.flow_layout import FlowLayout

#: Days from today proposed for an action to do « Dès maintenant » (a date of today is past tomorrow).
IMMEDIATE_DAYS = 14


def proposed_date(horizon: str, today: dt.date) -> QDate:
    """The due date proposed for an action of ``horizon``: that many months from ``today``
    (« Dans les 3 mois »: three months), two weeks for « Dès maintenant »."""
    start = QDate(today.year, today.month, today.day)
    months = vocabulary.HORIZON_MONTHS.get(horizon, 3)
    return start.addMonths(months) if months else start.addDays(IMMEDIATE_DAYS)


def _read_only_text(name: str) -> QLabel:
    """Text to read, not to change: a tab stop (read on focus, with a caret), ``name`` said after it."""
    label = QLabel("")
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setTextInteractionFlags(
        Qt.TextInteractionFlag.TextSelectableByMouse | Qt.TextInteractionFlag.TextSelectableByKeyboard
    )
    label.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
    label.setAccessibleDescription(name)  # a name would replace the text: it is read, and then what it is
    return label


class ActionEditor(QScrollArea):
    """Title, who, when, status and notes of one action, with why it was proposed and how to do it."""

    #: Fields a person changed, to save: {"title": …}, {"due_date": …}…
    edited = Signal(dict)
    #: « Supprimer… » was pressed for the action shown.
    delete_requested = Signal()

    def __init__(self):
        super().__init__()
        self.action: StoredAction | None = None
        self._showing = False
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.panel = QWidget()
        box = QVBoxLayout(self.panel)
        top = QHBoxLayout()
        self.editor_title = QLabel(self.tr("Action choisie"))
        top.addWidget(self.editor_title, 1)
        self.saved = SavedIndicator()
        top.addWidget(self.saved)
        box.addLayout(top)
        self.marker = QLabel("")
        self.marker.setWordWrap(True)
        box.addWidget(self.marker)
        box.addLayout(self._build_form())

        self.drop_button = widgets.button(
            self.tr("Abandonner"),
            self.drop,
            self.tr("Passer l’action choisie à « Abandonné » : elle reste visible, grisée, et ne sera plus imprimée"),
            self.tr("Abandonner l’action"),
        )
        self.delete_button = widgets.button(
            self.tr("Supprimer…"),
            self.delete_requested.emit,
            self.tr(
                "Supprimer une action ajoutée par l’équipe. Une action proposée s’abandonne, elle ne se supprime pas."
            ),
            self.tr("Supprimer l’action"),
        )
        change = FlowLayout()
        change.addWidget(self.drop_button)
        change.addWidget(self.delete_button)
        box.addLayout(change)

        self.because_title = accessible.heading(QLabel(self.tr("Pourquoi")))
        box.addWidget(self.because_title)
        self.because_text = _read_only_text(self.tr("Pourquoi cette action"))
        box.addWidget(self.because_text)
        self.steps_title = accessible.heading(QLabel(self.tr("Comment")))
        box.addWidget(self.steps_title)
        self.steps_text = _read_only_text(self.tr("Comment faire"))
        box.addWidget(self.steps_text)
        box.addStretch(1)
        self.setWidget(self.panel)

    def _build_form(self) -> QFormLayout:
        form = QFormLayout()
        # Labels above their fields: the panel stays readable with large text on a small screen.
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)

        def row(text: str, widget: QWidget, name: str) -> None:
            widget.setAccessibleName(name)
            label = QLabel(text)
            label.setBuddy(widget)
            form.addRow(label, widget)

        self.title_edit = QLineEdit()
        self.title_edit.editingFinished.connect(self.on_title_edited)
        row(self.tr("In&titulé"), self.title_edit, self.tr("Intitulé de l’action"))

        self.role_combo = QComboBox()
        self.role_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.role_combo.setMinimumContentsLength(10)
        for role_id in vocabulary.OWNER_ROLES:
            self.role_combo.addItem(words.owner_role(role_id), role_id)
        self.role_combo.currentIndexChanged.connect(self.on_role_changed)
        row(self.tr("&Porté par"), self.role_combo, self.tr("Porté par (rôle)"))

        self.name_edit = QLineEdit()
        self.name_edit.setPlaceholderText(self.tr("Un prénom ou une fonction"))
        self.name_edit.setToolTip(
            self.tr(
                "Un prénom ou une fonction (par exemple « Awa » ou « la cheffe de service »). "
                "N’écrivez pas d’autres données personnelles."
            )
        )
        self.name_edit.editingFinished.connect(self.on_name_edited)
        row(self.tr("&Nom"), self.name_edit, self.tr("Nom de la personne qui porte l’action"))

        due = QWidget()
        due_box = QHBoxLayout(due)
        due_box.setContentsMargins(0, 0, 0, 0)
        self.date_edit = FrenchDateEdit()  # jj/mm/aaaa, as wording.short_date writes it
        self.date_edit.setToolTip(
            self.tr("Date d’échéance, jour/mois/année : par exemple 15/01/2027 (Alt+Flèche bas : le calendrier)")
        )
        self.date_edit.dateChanged.connect(self.on_date_changed)
        self.date_edit.not_understood.connect(self.on_date_not_understood)
        self.no_date = QCheckBox(self.tr("Pas de date"))
        self.no_date.setAccessibleName(self.tr("Pas de date d’échéance"))
        self.no_date.setToolTip(
            self.tr("Sans date, le plan affiche l’horizon proposé (par exemple « Dans les 3 mois »)")
        )
        self.no_date.toggled.connect(self.on_no_date_toggled)
        due_box.addWidget(self.date_edit, 1)
        due_box.addWidget(self.no_date)
        # the row holds the date and its checkbox side by side; the label names the date field
        self.date_edit.setAccessibleName(self.tr("Date d’échéance"))
        label = QLabel(self.tr("Éc&héance"))
        label.setBuddy(self.date_edit)
        form.addRow(label, due)
        #: What to know about the date: already past, not understood, proposed from the horizon.
        self.date_note = QLabel("")
        self.date_note.setObjectName("date_note")
        self.date_note.setWordWrap(True)
        self.date_note.setTextFormat(Qt.TextFormat.PlainText)
        self.date_note.setVisible(False)
        form.addRow(self.date_note)

        self.status_combo = QComboBox()
        for status_id in vocabulary.STATUSES:
            self.status_combo.addItem(words.status(status_id), status_id)
        self.status_combo.currentIndexChanged.connect(self.on_status_changed)
        row(self.tr("&Statut"), self.status_combo, self.tr("Statut de l’action"))

        self.notes_edit = QPlainTextEdit()
        self.notes_edit.setTabChangesFocus(True)
        self.notes_edit.setPlaceholderText(
            self.tr("Où en est l’action, ce qui bloque… Pas de nom de personne accompagnée.")
        )
        self.notes_edit.setToolTip(self.tr("Enregistré quand vous quittez le champ (Tab)"))
        self.notes_edit.installEventFilter(EventWatcher(QEvent.Type.FocusOut, self.on_notes_edited, self))
        row(self.tr("N&otes"), self.notes_edit, self.tr("Notes sur l’action"))
        return form

    def focus_chain(self) -> list[QWidget]:
        """The fields in the order Tab visits them."""
        return [
            self.title_edit,
            self.role_combo,
            self.name_edit,
            self.date_edit,
            self.no_date,
            self.status_combo,
            self.notes_edit,
            self.drop_button,
            self.delete_button,
        ]

    # -- showing an action -------------------------------------------------------------------

    def show_action(self, action: StoredAction | None, number: int = 0) -> None:
        """Show ``action``, number ``number`` in the plan, or an empty editor for None."""
        self._showing = True
        self.action = action
        has = action is not None
        for widget in self.focus_chain():
            widget.setEnabled(has)
        self.delete_button.setEnabled(has and action.user_added)
        if not has:
            self.editor_title.setText(self.tr("Aucune action choisie"))
            self.marker.setText("")
            for edit in (self.title_edit, self.name_edit):
                edit.clear()
            self.notes_edit.clear()
            self._say_about_date("")
            self.because_text.setText("—")
            self.steps_text.setText("—")
            self._showing = False
            return
        self.editor_title.setText(self.tr("Action n° {0}").format(number))
        marks = [self.tr("Priorité : {0}").format(words.priority_marked(action.priority))]
        if action.user_added:
            marks.append(self.tr("ajoutée par l’équipe"))
        if action.status == "dropped":
            marks.append(self.tr("abandonnée"))
        self.marker.setText(" · ".join(marks))
        self.marker.setAccessibleName(accessible.spoken(self.marker.text()))  # « Priorité : Critique », no dots
        self.title_edit.setText(action.title)
        self.title_edit.setCursorPosition(0)
        self.role_combo.setCurrentIndex(max(0, self.role_combo.findData(action.owner_role)))
        self.name_edit.setText(action.owner_name)
        if action.due_date:
            self.no_date.setChecked(False)
            self.date_edit.setDate(QDate.fromString(action.due_date, Qt.DateFormat.ISODate))
        else:
            self.no_date.setChecked(True)
            self.date_edit.setDate(proposed_date(action.horizon, dt.date.today()))
        self.date_edit.setEnabled(not self.no_date.isChecked())
        self._say_about_date(self._past_note() if action.due_date else "")
        self.status_combo.setCurrentIndex(max(0, self.status_combo.findData(action.status)))
        self.notes_edit.setPlainText(action.notes)
        because = "\n".join(f"• {line}" for line in action.because)
        self.because_text.setText(because or (self.tr("Action ajoutée par l’équipe.") if action.user_added else "—"))
        self.steps_text.setText("\n".join(f"{i}. {step}" for i, step in enumerate(action.steps, 1)) or "—")
        self._showing = False

    # -- what a person changes ---------------------------------------------------------------

    def _edited(self, **fields) -> None:
        if not self._showing and self.action is not None:
            self.edited.emit(fields)

    def on_title_edited(self) -> None:
        self._edited(title=self.title_edit.text().strip())

    def on_role_changed(self) -> None:
        self._edited(owner_role=self.role_combo.currentData())

    def on_name_edited(self) -> None:
        self._edited(owner_name=self.name_edit.text().strip())

    def on_status_changed(self) -> None:
        self._edited(status=self.status_combo.currentData())

    def on_date_changed(self) -> None:
        if not self.no_date.isChecked() and not self._showing:
            self._say_about_date(self._past_note())
            self._edited(due_date=self.date_edit.date().toString(Qt.DateFormat.ISODate))

    def on_date_not_understood(self, text: str) -> None:
        self._say_about_date(
            self.tr(
                "⚠ « {0} » n’est pas une date : tapez jour/mois/année, par exemple 15/01/2027. "
                "L’échéance n’a pas changé."
            ).format(text)
        )

    def on_no_date_toggled(self, checked: bool) -> None:
        self.date_edit.setEnabled(not checked and self.action is not None)
        if self._showing or self.action is None:
            return
        if checked:
            self._say_about_date("")
            self._edited(due_date="")
            return
        # A date again: the one the horizon proposes (« Dans les 3 mois »: three months from today), never today.
        self._showing = True
        self.date_edit.setDate(proposed_date(self.action.horizon, dt.date.today()))
        self._showing = False
        self._say_about_date(
            self.tr("Date proposée d’après l’horizon « {0} » : changez-la si besoin.").format(
                words.horizon(self.action.horizon)
            )
        )
        self._edited(due_date=self.date_edit.date().toString(Qt.DateFormat.ISODate))

    def _past_note(self) -> str:
        """The warning for a due date already past (kept: it may be on purpose), else nothing."""
        if self.no_date.isChecked() or self.date_edit.date() >= QDate.currentDate():
            return ""
        return self.tr(
            "⚠ Cette échéance est déjà passée ({0}). Elle est gardée : changez-la si ce n’est pas voulu."
        ).format(self.date_edit.date().toString("dd/MM/yyyy"))

    def _say_about_date(self, text: str) -> None:
        self.date_note.setText(words.typeset(text))
        self.date_note.setVisible(bool(text))

    def on_notes_edited(self) -> None:
        self._edited(notes=self.notes_edit.toPlainText().strip())

    def save_pending_notes(self) -> None:
        """Notes are saved when the field is left: leaving the page or printing leaves it too."""
        if self.notes_edit.hasFocus():
            self.on_notes_edited()

    def drop(self) -> None:
        if self.action is not None:
            self.status_combo.setCurrentIndex(self.status_combo.findData("dropped"))

    def on_theme_changed(self) -> None:
        lines = self.notes_edit.fontMetrics().lineSpacing()
        self.notes_edit.setMinimumHeight(lines * 3)
        self.notes_edit.setMaximumHeight(lines * 6)
        font = theme.scaled(14)
        font.setBold(True)
        self.editor_title.setFont(font)
        note = theme.scaled(11)
        note.setBold(True)
        self.date_note.setFont(note)
        for label in (self.because_title, self.steps_title):
            font = theme.scaled(11)
            font.setBold(True)
            label.setFont(font)
