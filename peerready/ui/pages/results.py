"""The results of an assessment: level, radar, perception gaps, divided groups, alerts, missing information.

Results stay hidden while the collection is open, so nobody answers under the influence of the room.
Per-group figures are shown only for ``results.visible_groups`` (anonymity rules of ``results``).
"""

from __future__ import annotations

import html
import math

from PySide6.QtCore import QEvent, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter, QPalette, QPen
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QListView,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QSplitter,
    QStackedWidget,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTabWidget,
    QTextBrowser,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from peerready.engine import vocabulary
from peerready.store import assessments, structures, summaries
from peerready.ui import dialogs, theme
from peerready.ui.widgets import PageHeader
from peerready.ui.widgets.radar import RadarWidget, Series

#: What an item leads to: ("flag" | "gap" | "divided" | "missing" | "unanswered" | "dimension" | "factor", index or id).
KEY_ROLE = Qt.ItemDataRole.UserRole
#: Bars drawn under an item's text: a list of (label, score 0–100).
BARS_ROLE = Qt.ItemDataRole.UserRole + 1
LEVEL_COLOURS = {"insufficient": "#8a8a8a", "not_ready": "#c62828", "partly_ready": "#e69a00", "ready": "#2e7d32"}


class _WrappedItemDelegate(QStyledItemDelegate):
    """List items whose text wraps to the list's width (first line in bold), with optional score bars."""

    def _metrics(self, option) -> tuple[QFont, QFont, float, float]:
        font = QFont(option.font)
        bold = QFont(font)
        bold.setBold(True)
        line = QFontMetricsF(font).height()
        return font, bold, line, line * 0.4

    def _text_width(self, option, padding: float) -> float:
        view = option.widget
        width = view.viewport().width() if view is not None else option.rect.width()
        return max(width - 3 * padding, padding * 10)

    @staticmethod
    def _split(text: str) -> tuple[str, str]:
        first, _, rest = (text or "").partition("\n")
        return first, rest

    def sizeHint(self, option, index) -> QSize:
        font, bold, line, padding = self._metrics(option)
        width = self._text_width(option, padding)
        first, rest = self._split(index.data(Qt.ItemDataRole.DisplayRole))
        flags = Qt.TextFlag.TextWordWrap
        height = QFontMetricsF(bold).boundingRect(QRectF(0, 0, width, 1e6), flags, first).height()
        if rest:
            height += QFontMetricsF(font).boundingRect(QRectF(0, 0, width, 1e6), flags, rest).height()
        bars = index.data(BARS_ROLE) or []
        if bars:
            _, two_lines = self._bar_layout(QFontMetricsF(font), width, bars)
            height += len(bars) * line * (2.3 if two_lines else 1.3)
        return QSize(math.ceil(width), math.ceil(height + 2 * padding))

    @staticmethod
    def _bar_layout(metrics: QFontMetricsF, width: float, bars) -> tuple[float, bool]:
        """The width of the group names before the bars; on their own line when they do not fit."""
        line = metrics.height()
        needed = max(metrics.horizontalAdvance(label) for label, _ in bars) + line
        return (needed, False) if needed <= width * 0.45 else (0.0, True)

    def paint(self, painter: QPainter, option, index) -> None:
        item_option = QStyleOptionViewItem(option)
        self.initStyleOption(item_option, index)
        item_option.text = ""
        widget = option.widget
        style = widget.style() if widget is not None else None
        if style is not None:
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, item_option, painter, widget)
        font, bold, line, padding = self._metrics(option)
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        choosable = bool(index.flags() & Qt.ItemFlag.ItemIsSelectable)
        role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        colour = option.palette.color(QPalette.ColorGroup.Normal, role)
        rect = QRectF(option.rect).adjusted(padding, padding, -padding, -padding)
        first, rest = self._split(index.data(Qt.ItemDataRole.DisplayRole))
        flags = Qt.TextFlag.TextWordWrap | Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop
        painter.save()
        painter.setPen(colour)
        painter.setFont(bold if choosable else font)  # a "nothing here" line is not a heading
        used = painter.boundingRect(rect, flags, first)
        painter.drawText(rect, flags, first)
        top = used.bottom()
        if rest:
            painter.setFont(font)
            below = QRectF(rect.left(), top, rect.width(), rect.bottom() - top)
            used = painter.boundingRect(below, flags, rest)
            painter.drawText(below, flags, rest)
            top = used.bottom()
        bars = index.data(BARS_ROLE) or []
        if bars:
            painter.setFont(font)
            metrics = QFontMetricsF(font)
            label_width, two_lines = self._bar_layout(metrics, rect.width(), bars)
            number_width = metrics.horizontalAdvance("100/100") + line * 0.5
            bar_width = max(line, rect.width() - label_width - number_width)
            for label, score in bars:
                painter.setPen(colour)
                label_rect = QRectF(rect.left(), top + line * 0.15, rect.width() if two_lines else label_width, line)
                painter.drawText(label_rect, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, label)
                if two_lines:
                    top += line
                row = QRectF(rect.left(), top + line * 0.15, rect.width(), line)
                frame = QRectF(row.left() + label_width, row.top() + line * 0.2, bar_width, line * 0.6)
                painter.setPen(QPen(colour, 1))
                painter.setBrush(Qt.BrushStyle.NoBrush)
                painter.drawRect(frame)
                painter.fillRect(
                    QRectF(frame.left(), frame.top(), frame.width() * max(0.0, min(score, 100)) / 100, frame.height()),
                    colour,
                )
                painter.drawText(
                    QRectF(frame.right() + line * 0.3, row.top(), number_width, line),
                    Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                    f"{score:.0f}/100",
                )
                top += line * 1.3
        painter.restore()


class _LevelBand(QWidget):
    """A band in the level's colour next to the written level (the words carry the meaning)."""

    def __init__(self):
        super().__init__()
        self.colour = QColor(LEVEL_COLOURS["insufficient"])
        self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Preferred)

    def sizeHint(self) -> QSize:
        line = self.fontMetrics().height()
        return QSize(max(4, line // 2), line * 2)

    def paintEvent(self, event) -> None:
        painter = QPainter(self)
        painter.fillRect(self.rect(), self.colour)


class ResultsPage(QWidget):
    def __init__(self, context, navigator):
        super().__init__()
        self.context = context
        self.navigator = navigator
        self.assessment = None
        self.results = None
        self.questionnaire = None

        layout = QVBoxLayout(self)
        self.header = PageHeader(self.tr("Résultats"), self.on_back)
        layout.addWidget(self.header)

        # While the collection is open: a neutral message, nothing else.
        self.hidden_panel = QWidget()
        hidden = QVBoxLayout(self.hidden_panel)
        self.hidden_message = QLabel(
            self.tr(
                "Les résultats restent cachés tant que la collecte est ouverte, pour que personne ne réponde "
                "sous l’influence du groupe."
            )
        )
        self.hidden_message.setWordWrap(True)
        self.hidden_message.setObjectName("hidden_message")
        hidden.addWidget(self.hidden_message)
        buttons = QHBoxLayout()
        self.close_button = QPushButton(self.tr("&Clore la collecte et voir les résultats"))
        self.close_button.setToolTip(self.tr("Clore la collecte et voir les résultats (Alt+C)"))
        self.close_button.setAccessibleName(self.tr("Clore la collecte et voir les résultats"))
        self.close_button.clicked.connect(self.on_close_collection)
        self.session_button = QPushButton(self.tr("&Retour à la séance"))
        self.session_button.setToolTip(self.tr("Retour à la séance (Alt+R)"))
        self.session_button.setAccessibleName(self.tr("Retour à la séance"))
        self.session_button.clicked.connect(self.on_back_to_session)
        buttons.addWidget(self.close_button)
        buttons.addWidget(self.session_button)
        buttons.addStretch(1)
        hidden.addLayout(buttons)
        hidden.addStretch(1)
        layout.addWidget(self.hidden_panel)

        self.results_panel = self._build_results_panel()
        self.scroll = QScrollArea()
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        self.scroll.setWidget(self.results_panel)
        self.scroll.setAccessibleName(self.tr("Résultats"))
        self.scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        layout.addWidget(self.scroll, 1)
        self.hidden_panel.hide()
        self.scroll.hide()
        self.on_theme_changed()

    # -- building -------------------------------------------------------------------------

    def _build_results_panel(self) -> QWidget:
        panel = QWidget()
        layout = QVBoxLayout(panel)
        layout.setContentsMargins(0, 0, 0, 0)

        level_row = QHBoxLayout()
        self.level_band = _LevelBand()
        level_row.addWidget(self.level_band)
        level_text = QVBoxLayout()
        self.level_label = QLabel()
        self.level_label.setObjectName("level_label")
        self.level_label.setWordWrap(True)
        self.reason_label = QLabel()
        self.reason_label.setObjectName("level_reason")
        self.reason_label.setWordWrap(True)
        level_text.addWidget(self.level_label)
        level_text.addWidget(self.reason_label)
        level_row.addLayout(level_text, 1)
        layout.addLayout(level_row)
        self.coverage_label = QLabel()
        self.coverage_label.setObjectName("coverage")
        self.coverage_label.setWordWrap(True)
        layout.addWidget(self.coverage_label)

        self.radar = RadarWidget()
        self.tabs = QTabWidget()
        self.tabs.setAccessibleName(self.tr("Détail des résultats"))
        self.tabs.tabBar().setAccessibleName(self.tr("Alertes, écarts, avis partagés, ce qui manque"))
        self.flags_list = self._list(self.tr("Alertes"))
        self.gaps_list = self._list(self.tr("Écarts de perception"))
        self.divided_list = self._list(self.tr("Avis partagés"))
        self.missing_list = self._list(self.tr("Ce qui manque"))
        self.scores_tree = QTreeWidget()
        self.scores_tree.setAccessibleName(self.tr("Scores par dimension et par facteur"))
        self.scores_tree.setRootIsDecorated(True)
        self.scores_tree.setUniformRowHeights(False)
        self.scores_tree.currentItemChanged.connect(self.on_score_selected)
        for widget in (self.flags_list, self.gaps_list, self.divided_list, self.missing_list):
            self.tabs.addTab(widget, "")
        self.tabs.currentChanged.connect(self.on_tab_changed)
        # The scores table takes the radar's place on demand (same numbers, read rather than seen).
        self.scores_stack = QStackedWidget()
        self.scores_stack.addWidget(self.radar)
        self.scores_stack.addWidget(self.scores_tree)

        self.detail_title = QLabel(self.tr("&Questions concernées"))
        self.detail = QTextBrowser()
        self.detail.setOpenLinks(False)
        self.detail.setAccessibleName(self.tr("Questions concernées"))
        self.detail.setToolTip(self.tr("Les questions derrière l’élément choisi (Alt+Q)"))
        self.detail_title.setBuddy(self.detail)
        detail_box = QWidget()
        detail_layout = QVBoxLayout(detail_box)
        detail_layout.setContentsMargins(0, 0, 0, 0)
        detail_layout.addWidget(self.detail_title)
        detail_layout.addWidget(self.detail, 1)

        right = QSplitter(Qt.Orientation.Vertical)
        right.setChildrenCollapsible(False)
        right.addWidget(self.tabs)
        right.addWidget(detail_box)
        right.setStretchFactor(0, 3)
        right.setStretchFactor(1, 2)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setChildrenCollapsible(False)
        self._arrange_pending = True
        self.splitter.installEventFilter(self)
        self.splitter.addWidget(self.scores_stack)
        self.splitter.addWidget(right)
        self.splitter.setStretchFactor(0, 1)
        self.splitter.setStretchFactor(1, 1)
        layout.addWidget(self.splitter, 1)

        bottom = QHBoxLayout()
        self.table_button = QPushButton(self.tr("&Dimensions et facteurs"))
        self.table_button.setCheckable(True)
        self.table_button.setToolTip(
            self.tr("Montrer les scores par dimension et par facteur en tableau, à la place du radar (Alt+D)")
        )
        self.table_button.setAccessibleName(self.tr("Dimensions et facteurs : scores en tableau"))
        self.table_button.toggled.connect(self.on_table_toggled)
        bottom.addWidget(self.table_button)
        bottom.addStretch(1)
        self.plan_button = QPushButton(self.tr("Voir le plan d’ac&tion"))
        self.plan_button.setToolTip(self.tr("Voir le plan d’action (Alt+T)"))
        self.plan_button.setAccessibleName(self.tr("Voir le plan d’action"))
        self.plan_button.clicked.connect(self.on_show_plan)
        bottom.addWidget(self.plan_button)
        layout.addLayout(bottom)
        return panel

    def _list(self, name: str) -> QListWidget:
        widget = QListWidget()
        widget.setAccessibleName(name)
        widget.setWordWrap(True)
        widget.setResizeMode(QListView.ResizeMode.Adjust)
        widget.setUniformItemSizes(False)
        widget.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        widget.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        widget.setItemDelegate(_WrappedItemDelegate(widget))
        widget.currentItemChanged.connect(self.on_item_selected)
        return widget

    # -- navigation ---------------------------------------------------------------------------

    def open(self, assessment_id: str) -> None:
        store = self.context.store
        # A missing assessment raises RecordError: the window then goes home and says it is gone.
        assessment = assessments.get_assessment(store, assessment_id)
        structure = structures.get_structure(store, assessment.structure_id)
        self.assessment = assessment
        self.header.set_title(self.tr("Résultats — {0}").format(structure.name))
        if self.assessment.closed:
            self._show_results()
        else:
            self._hide_results()

    def first_focus(self) -> QWidget:
        if self.results is None:
            return self.close_button
        return self.tabs.currentWidget()

    def on_back(self) -> None:
        if self.assessment is None:
            return
        if self.results is None:
            self.navigator.show_session(self.assessment.id)
        else:
            self.navigator.show_structure(self.assessment.structure_id)

    def on_back_to_session(self) -> None:
        if self.assessment is not None:
            self.navigator.show_session(self.assessment.id)

    def on_show_plan(self) -> None:
        if self.assessment is not None:
            self.navigator.show_plan(self.assessment.id)

    def on_close_collection(self) -> None:
        if self.assessment is None:
            return
        if not dialogs.confirm(
            self,
            self.tr("Clore la collecte"),
            self.tr(
                "Tout le monde a-t-il répondu ? Une fois la collecte close, les résultats s’affichent "
                "pour tout le groupe."
            ),
            self.tr("Clore et voir les résultats"),
        ):
            return
        closed = self.context.attempt(
            self.tr("La collecte n’a pas été close."),
            lambda: assessments.set_collection_closed(self.context.store, self.assessment.id, True),
        )
        if not closed:
            return
        self.assessment = closed.value
        self._show_results()
        self.first_focus().setFocus(Qt.FocusReason.OtherFocusReason)

    # -- states ----------------------------------------------------------------------------------

    def _hide_results(self) -> None:
        self.results = None
        self._clear()
        self.scroll.hide()
        self.hidden_panel.show()

    def _clear(self) -> None:
        self.radar.clear()
        for widget in (self.flags_list, self.gaps_list, self.divided_list, self.missing_list):
            widget.clear()
        self.scores_tree.clear()
        self.detail.clear()
        for label in (self.level_label, self.reason_label, self.coverage_label):
            label.clear()

    def _show_results(self) -> None:
        store = self.context.store
        self.questionnaire = assessments.questionnaire(store, self.assessment.questionnaire_hash)
        computed = summaries.assessment_results(store, self.assessment.id)
        # Clear with no results attached: clearing a list reports a change of current item, and the old
        # items' keys point into the previous assessment's results.
        self.results = None
        self._clear()
        self.results = computed
        self.hidden_panel.hide()
        self.scroll.show()
        self._fill_level()
        self._fill_radar()
        self._fill_flags()
        self._fill_gaps()
        self._fill_divided()
        self._fill_missing()
        self._fill_scores()
        self._update_tab_titles()
        for widget in (self.flags_list, self.gaps_list, self.divided_list, self.missing_list):
            if widget.count() and widget.item(0).flags() & Qt.ItemFlag.ItemIsSelectable:
                widget.setCurrentRow(0)
        self.tabs.setCurrentIndex(0)
        self.table_button.setChecked(False)
        self.on_tab_changed(0)
        self._arrange(force=True)

    # -- filling ------------------------------------------------------------------------------------

    def _group_label(self, group: str) -> str:
        return vocabulary.GROUPS.get(group, group)

    def _visible(self) -> list[str]:
        return list(self.results.visible_groups)

    def _fill_level(self) -> None:
        level = self.results.level
        self.level_label.setText(self.tr("Niveau : {0}").format(level.label))
        self.level_label.setAccessibleName(self.tr("Niveau de préparation"))
        self.reason_label.setText(level.reason)
        self.level_band.colour = QColor(LEVEL_COLOURS.get(level.id, LEVEL_COLOURS["insufficient"]))
        self.level_band.update()
        results = self.results
        modes = {
            "individual": self.tr("chacun·e son tour"),
            "tally": self.tr("décompte"),
            "consensus": self.tr("réponse commune"),
        }
        parts = []
        for participation in results.participation:
            how = ", ".join(modes.get(m, m) for m in participation.modes)
            if participation.modes == ("consensus",):
                text = self.tr("{0} ({1})").format(self._group_label(participation.group), how)
            else:
                people = (
                    self.tr("1 personne")
                    if participation.respondents == 1
                    else self.tr("{0} personnes").format(participation.respondents)
                )
                text = self.tr("{0} ({1}, {2})").format(self._group_label(participation.group), how, people)
            if not participation.visible:
                text += self.tr(
                    " — pas de détail pour ce groupe en dessous de 3 personnes ; ses réponses comptent dans l’ensemble"
                )
            parts.append(text)
        stage = vocabulary.STAGES.get(results.stage or "", "")
        coverage = self.tr("{0} questions sur {1} ont reçu une réponse.").format(results.answered, results.asked)
        if stage:
            coverage += " " + self.tr("Étape : {0}.").format(stage)
        if results.short:
            coverage += " " + self.tr("Version courte du questionnaire.")
        if parts:
            coverage += " " + self.tr("Ont répondu : {0}.").format(" ; ".join(parts))
        self.coverage_label.setText(coverage)

    def _fill_radar(self) -> None:
        axes = [(d.id, d.label) for d in self.results.dimensions if d.score is not None]
        series = [
            Series(self.tr("Tous groupes"), {d.id: d.score for d in self.results.dimensions if d.score is not None})
        ]
        for group in self._visible():
            values = {d.id: d.by_group[group] for d in self.results.dimensions if d.by_group.get(group) is not None}
            if values:
                series.append(Series(self._group_label(group), values))
        self.radar.set_data(axes, series)

    def _add(self, widget: QListWidget, text: str, key, bars=None, spoken: str = "") -> QListWidgetItem:
        item = QListWidgetItem(text)
        item.setData(KEY_ROLE, key)
        if bars:
            item.setData(BARS_ROLE, bars)
        item.setData(Qt.ItemDataRole.AccessibleTextRole, spoken or text.replace("\n", " — "))
        widget.addItem(item)
        return item

    def _add_empty(self, widget: QListWidget, text: str) -> None:
        item = QListWidgetItem(text)
        item.setFlags(Qt.ItemFlag.ItemIsEnabled)
        widget.addItem(item)

    def _question_text(self, question_id: str) -> str:
        question = self.questionnaire.question(question_id)
        return question.text_for(None, self.results.stage) if question else question_id

    def _severity(self, severity: str) -> str:
        return self.tr("Alerte grave") if severity == "critical" else self.tr("Point de vigilance")

    def _fill_flags(self) -> None:
        visible = set(self._visible())
        for index, flag in enumerate(self.results.flags):
            text = self.tr("{0} : {1}").format(self._severity(flag.severity), flag.title)
            text += "\n" + flag.explanation
            groups = [self._group_label(g) for g in flag.groups if g in visible]
            if groups:
                text += "\n" + self.tr("D’après : {0}").format(", ".join(groups))
            self._add(self.flags_list, text, ("flag", index))
        if not self.results.flags:
            self._add_empty(self.flags_list, self.tr("Aucune alerte."))

    def _fill_gaps(self) -> None:
        visible = set(self._visible())
        for index, gap in enumerate(self.results.gaps):
            groups = [(g, s) for g, s in gap.groups.items() if g in visible]
            if len(groups) < 2:
                continue
            question = self._question_text(gap.question)
            text = question + "\n" + self.tr("Écart de {0:.0f} points").format(gap.difference)
            bars = [(self._group_label(g), s) for g, s in groups]
            spoken = self.tr("{0} — {1} ; écart de {2:.0f} points").format(
                question, " ; ".join(self.tr("{0} : {1:.0f}/100").format(label, s) for label, s in bars), gap.difference
            )
            self._add(self.gaps_list, text, ("gap", index), bars, spoken)
        if not self.gaps_list.count():
            self._add_empty(self.gaps_list, self.tr("Aucun écart marqué entre les groupes."))

    def _fill_divided(self) -> None:
        visible = set(self._visible())
        for index, divided in enumerate(self.results.divided):
            if divided.group not in visible:
                continue
            text = self.tr("{0} : {1}").format(self._group_label(divided.group), self._question_text(divided.question))
            if divided.consensus:
                text += "\n" + self.tr("Réponse commune notée « avis partagés »")
            else:
                text += "\n" + self.tr("Pour : {0:.0f} % · Contre : {1:.0f} %").format(
                    divided.for_share * 100, divided.against_share * 100
                )
            self._add(self.divided_list, text, ("divided", index))
        if not self.divided_list.count():
            self._add_empty(self.divided_list, self.tr("Aucun groupe n’a des avis partagés."))

    def _fill_missing(self) -> None:
        listed = set()
        for index, missing in enumerate(self.results.missing):
            text = self.tr("Beaucoup de « je ne sais pas » : {0}").format(self._question_text(missing.question))
            if not self._has_hidden_answers(missing.question):  # a count would reveal a hidden group's answers
                text += "\n" + self.tr("{0} « je ne sais pas » ({1:.0f} % des réponses)").format(
                    missing.dont_know, missing.share * 100
                )
            self._add(self.missing_list, text, ("missing", index))
            listed.add(missing.question)
        for question_id in self.results.unanswered:
            if question_id not in listed:
                text = self.tr("Sans réponse : {0}").format(self._question_text(question_id))
                self._add(self.missing_list, text, ("unanswered", question_id))
        if not self.missing_list.count():
            self._add_empty(self.missing_list, self.tr("Rien ne manque : toutes les questions ont une réponse."))

    def _has_hidden_answers(self, question_id: str) -> bool:
        result = self.results.question(question_id)
        return result is not None and any(g not in self.results.visible_groups for g in result.by_group)

    def _fill_scores(self) -> None:
        visible = self._visible()
        tree = self.scores_tree
        tree.setColumnCount(2 + len(visible))
        groups = [self._group_label(g) for g in visible]
        tree.setHeaderLabels([self.tr("Point évalué"), self.tr("Tous groupes"), *groups])

        def add(parent, key, label, score) -> None:
            row = [label, _score(score.score)] + [_score(score.by_group.get(g)) for g in visible]
            item = QTreeWidgetItem(parent, row)
            item.setData(0, KEY_ROLE, key)

        dimensions = QTreeWidgetItem(tree, [self.tr("Dimensions")])
        for dimension in self.results.dimensions:
            add(dimensions, ("dimension", dimension.id), dimension.label, dimension)
        factors = QTreeWidgetItem(tree, [self.tr("Facteurs")])
        for factor in self.results.factors:
            label = self.tr("{0} (essentiel)").format(factor.label) if factor.core else factor.label
            add(factors, ("factor", factor.id), label, factor)
        for header in (dimensions, factors):
            header.setFirstColumnSpanned(True)
            header.setFlags(Qt.ItemFlag.ItemIsEnabled)
            font = QFont(tree.font())
            font.setBold(True)
            header.setFont(0, font)
        tree.expandAll()
        self._resize_score_columns()

    def _resize_score_columns(self) -> None:
        for column in range(self.scores_tree.columnCount()):
            self.scores_tree.resizeColumnToContents(column)

    def _update_tab_titles(self) -> None:
        results = self.results
        counts = [
            len(results.flags),
            self._real_count(self.gaps_list),
            self._real_count(self.divided_list),
            self._real_count(self.missing_list),
        ]
        titles = [
            self.tr("A&lertes ({0})"),
            self.tr("É&carts de perception ({0})"),
            self.tr("Avis &partagés ({0})"),
            self.tr("Ce qui &manque ({0})"),
        ]
        tips = [
            self.tr("Alertes graves et points de vigilance (Alt+L)"),
            self.tr("Là où les groupes voient les choses très différemment (Alt+C)"),
            self.tr("Questions où un groupe est partagé entre pour et contre (Alt+P)"),
            self.tr("Questions avec beaucoup de « je ne sais pas » ou sans réponse (Alt+M)"),
        ]
        for index, (title, tip, count) in enumerate(zip(titles, tips, counts, strict=True)):
            self.tabs.setTabText(index, title.format(count))
            self.tabs.setTabToolTip(index, tip)

    @staticmethod
    def _real_count(widget: QListWidget) -> int:
        return sum(1 for i in range(widget.count()) if widget.item(i).flags() & Qt.ItemFlag.ItemIsSelectable)

    # -- the questions behind an item ---------------------------------------------------------------

    def on_tab_changed(self, index: int) -> None:
        widget = self.tabs.widget(index)
        if isinstance(widget, QListWidget):
            self.on_item_selected(widget.currentItem(), None)

    def on_table_toggled(self, checked: bool) -> None:
        self.scores_stack.setCurrentWidget(self.scores_tree if checked else self.radar)
        if checked:
            self.scores_tree.setFocus(Qt.FocusReason.OtherFocusReason)
            self.on_score_selected(self.scores_tree.currentItem(), None)

    def on_item_selected(self, current: QListWidgetItem | None, previous=None) -> None:
        if self.results is None:
            return
        key = current.data(KEY_ROLE) if current is not None else None
        self.detail.setHtml(self._detail_html(key) if key else self._hint_html())

    def on_score_selected(self, current: QTreeWidgetItem | None, previous=None) -> None:
        if self.results is None:
            return
        key = current.data(0, KEY_ROLE) if current is not None else None
        self.detail.setHtml(self._detail_html(tuple(key)) if key else self._hint_html())

    def _hint_html(self) -> str:
        return (
            "<p>"
            + html.escape(
                self.tr(
                    "Choisissez un élément de la liste pour voir les questions qui sont "
                    "derrière, et ce que chaque groupe a répondu."
                )
            )
            + "</p>"
        )

    def _detail_html(self, key) -> str:
        kind, which = key
        results = self.results
        parts: list[str] = []
        if kind == "flag":
            flag = results.flags[which]
            parts.append(f"<h3>{_e(self._severity(flag.severity))} : {_e(flag.title)}</h3>")
            parts.append(f"<p>{_e(flag.explanation)}</p>")
            questions = list(flag.questions)
        elif kind == "gap":
            gap = results.gaps[which]
            labels = [self._group_label(g) for g in gap.groups if g in results.visible_groups]
            parts.append(
                "<p><b>"
                + _e(self.tr("Écart de {0:.0f} points entre {1}").format(gap.difference, self.tr(" et ").join(labels)))
                + "</b></p>"
            )
            questions = [gap.question]
        elif kind == "divided":
            divided = results.divided[which]
            parts.append(
                "<p><b>"
                + _e(self.tr("{0} est partagé·e sur cette question.").format(self._group_label(divided.group)))
                + "</b></p>"
            )
            questions = [divided.question]
        elif kind in ("missing", "unanswered"):
            questions = [results.missing[which].question if kind == "missing" else which]
        else:
            questions = self._questions_about(kind, which)
            score = next(
                (s for s in (results.dimensions if kind == "dimension" else results.factors) if s.id == which), None
            )
            if score is not None:
                parts.append(f"<h3>{_e(score.label)}</h3>")
        for question_id in questions:
            parts.append(self._question_html(question_id))
        if not questions:
            parts.append("<p>" + _e(self.tr("Aucune question posée sur ce point à cette étape.")) + "</p>")
        return "".join(parts)

    def _questions_about(self, kind: str, which: str) -> list[str]:
        results = self.results
        groups = {p.group for p in results.participation} or set(self.assessment.groups)
        return [
            q.id
            for q in self.questionnaire.questions
            if (q.dimension == which if kind == "dimension" else which in q.factors)
            and q.asked_at(results.stage)
            and (q.short or not results.short)
            and groups & set(q.groups)
        ]

    def _question_html(self, question_id: str) -> str:
        question = self.questionnaire.question(question_id)
        result = self.results.question(question_id)
        if question is None:
            return f"<p>{_e(question_id)}</p>"
        out = [f"<h4>{_e(self._question_text(question_id))}</h4>"]
        shown = [g for g in self.results.visible_groups if result is not None and g in result.by_group]
        hidden = self._has_hidden_answers(question_id)
        if result is None or not result.by_group:
            out.append("<p>" + _e(self.tr("Aucune réponse.")) + "</p>")
        else:
            if result.score is not None and not hidden:  # with a hidden group, the whole would reveal it
                out.append("<p>" + _e(self.tr("Tous groupes : {0}").format(_score(result.score * 100))) + "</p>")
            for group in shown:
                answers = result.by_group[group]
                score = _score(None if answers.score is None else answers.score * 100)
                out.append(
                    "<p><b>"
                    + _e(self._group_label(group))
                    + "</b> — "
                    + _e(self.tr("score : {0}").format(score))
                    + "</p><table cellpadding='2'>"
                )
                for option in question.options:
                    count = answers.counts.get(option.value, 0)
                    out.append(f"<tr><td>{_e(option.label)}</td><td align='right'>{count}</td></tr>")
                out.append("</table>")
            if hidden:
                out.append(
                    "<p><i>"
                    + _e(
                        self.tr(
                            "Des réponses d’un groupe de moins de trois personnes comptent dans l’ensemble "
                            "mais ne sont pas détaillées, pour préserver l’anonymat."
                        )
                    )
                    + "</i></p>"
                )
        if question.help:
            out.append("<p><i>" + _e(self.tr("Pourquoi cette question ?")) + "</i> " + _e(question.help) + "</p>")
        return "".join(out)

    # -- display ---------------------------------------------------------------------------------------

    def on_theme_changed(self) -> None:
        self.header.on_theme_changed()
        level_font = theme.scaled(20)
        level_font.setBold(True)
        self.level_label.setFont(level_font)
        self.reason_label.setFont(theme.scaled(13))
        self.hidden_message.setFont(theme.scaled(15))
        for widget in (
            self.coverage_label,
            self.detail,
            self.detail_title,
            self.tabs,
            self.scores_tree,
            self.flags_list,
            self.gaps_list,
            self.divided_list,
            self.missing_list,
            self.plan_button,
            self.close_button,
            self.session_button,
            self.radar,
            self.table_button,
        ):
            widget.setFont(theme.scaled(theme.BASE_POINT_SIZE))
        self.level_band.updateGeometry()
        high_contrast = bool(self.context.setting("display/high_contrast", False)) if self.context else False
        self.radar.on_theme_changed(high_contrast)
        for widget in (self.flags_list, self.gaps_list, self.divided_list, self.missing_list):
            widget.doItemsLayout()
        self._resize_score_columns()
        if self.results is not None:
            self.on_tab_changed(self.tabs.currentIndex())
        self._arrange(force=True)

    def eventFilter(self, watched, event) -> bool:
        if watched is self.splitter and event.type() in (QEvent.Type.Resize, QEvent.Type.Show):
            self._arrange()
        return super().eventFilter(watched, event)

    def _arrange(self, force: bool = False) -> None:
        """Radar beside the lists when there is room for both at this text size, above them otherwise."""
        self._arrange_pending = self._arrange_pending or force
        width = self.splitter.width()
        if width <= 1 or not self.splitter.isVisible():
            return
        line = QFontMetricsF(self.radar.font()).height()
        horizontal = width >= line * 60
        orientation = Qt.Orientation.Horizontal if horizontal else Qt.Orientation.Vertical
        if self._arrange_pending or orientation != self.splitter.orientation():
            self._arrange_pending = False
            self.splitter.setOrientation(orientation)
            total = width if horizontal else max(self.splitter.height(), 1)
            self.splitter.setSizes(
                [round(total * 0.45), round(total * 0.55)] if horizontal else [round(total * 0.55), round(total * 0.45)]
            )


def _e(text: str) -> str:
    return html.escape(text, quote=False)


def _score(value: float | None) -> str:
    return "—" if value is None else f"{value:.0f}/100"
