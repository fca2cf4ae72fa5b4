"""The results of an assessment: level, radar, perception gaps, divided groups, alerts, missing information.

Results stay hidden while the collection is open, so nobody answers under the influence of the room.
Groups, wholes and counts are shown only as the anonymity policy of ``results`` allows; the lists
are ``FindingList``s, the table of scores a ``ScoreTree``, the detail panel written by ``ResultsDetail``,
the level and the radar by ``SummaryWriter``; while the collection is open, ``HiddenResults`` stands in.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QFontMetricsF
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidgetItem,
    QPushButton,
    QScrollArea,
    QSplitter,
    QStackedWidget,
    QTabWidget,
    QTextBrowser,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from peerready.store import assessments, structures, summaries
from peerready.ui import accessible, dialogs, theme
from peerready.ui.pages.results_detail import ResultsDetail
from peerready.ui.pages.results_findings import FindingsWriter
from peerready.ui.pages.results_hidden import HiddenResults
from peerready.ui.pages.results_scores import ScoreTree
from peerready.ui.pages.results_summary import SummaryWriter
from peerready.ui.widgets import PageHeader
from peerready.ui.widgets.finding_list import KEY_ROLE, FindingList
from peerready.ui.widgets.level_band import LevelBand
from peerready.ui.widgets.radar import RadarWidget


class ResultsPage(QWidget):
    def __init__(self, context, navigator):
        super().__init__()
        self.context = context
        self.navigator = navigator
        self.assessment = None
        self.results = None
        self.questionnaire = None
        self.detail_writer: ResultsDetail | None = None
        #: The assessment and results the widgets were last filled from: shown again unchanged, they are
        #: kept as they are (the lists, the radar and the tree cost tens of milliseconds to make again).
        self._filled_from: tuple | None = None
        #: What the detail panel shows (a finding's or a score's key), so that choosing it again costs nothing.
        self._detail_key: object = None

        layout = QVBoxLayout(self)
        self.header = PageHeader(self.tr("Résultats"), self.on_back)
        layout.addWidget(self.header)

        # While the collection is open: a neutral message, nothing else.
        self.hidden_panel = HiddenResults()
        self.hidden_panel.close_asked.connect(self.on_close_collection)
        self.hidden_panel.session_asked.connect(self.on_back_to_session)
        self.hidden_message = self.hidden_panel.message
        self.close_button, self.session_button = self.hidden_panel.close_button, self.hidden_panel.session_button
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
        self.level_band = LevelBand()
        level_row.addWidget(self.level_band)
        level_text = QVBoxLayout()
        self.level_label = QLabel()
        self.level_label.setObjectName("level_label")
        self.level_label.setWordWrap(True)
        # The page opens here, at the top at any text size: the level is heard first, its reason after it.
        self.level_label.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.level_label.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse | Qt.TextInteractionFlag.TextSelectableByKeyboard
        )
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
        accessible.set_role(self.radar, accessible.Role.Chart)
        self.tabs = QTabWidget()
        self.tabs.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # its tab bar takes the focus, not an empty frame
        self.tabs.setAccessibleName(self.tr("Détail des résultats"))
        self.tabs.tabBar().setAccessibleName(self.tr("Alertes, écarts, avis partagés, ce qui manque"))
        self.flags_list = FindingList(self.tr("Alertes"))
        self.gaps_list = FindingList(self.tr("Écarts de perception"))
        self.divided_list = FindingList(self.tr("Avis partagés"))
        self.missing_list = FindingList(self.tr("Ce qui manque"))
        self.scores_tree = ScoreTree()
        self.scores_tree.currentItemChanged.connect(self.on_score_selected)
        for widget in self._lists():
            widget.currentItemChanged.connect(
                lambda current, previous, widget=widget: self.on_item_selected(current, previous, widget)
            )
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

    def _lists(self) -> tuple[FindingList, ...]:
        return (self.flags_list, self.gaps_list, self.divided_list, self.missing_list)

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
        return self.level_label

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
        self._filled_from = None
        self._clear()
        self.scroll.hide()
        self.hidden_panel.show()

    def _clear(self) -> None:
        self.radar.clear()
        for widget in self._lists():
            widget.clear()
        self.scores_tree.clear()
        self._detail_key = None
        self.detail.clear()
        for label in (self.level_label, self.reason_label, self.coverage_label):
            label.clear()

    def _show_results(self) -> None:
        store = self.context.store
        computed = summaries.assessment_results(store, self.assessment.id)
        self.hidden_panel.hide()
        self.scroll.show()
        if self._filled_from is not None and self._filled_from == (self.assessment, computed):
            # Nothing changed since the widgets were filled: only back to where a first look starts.
            self._start_view()
            return
        self.questionnaire = assessments.questionnaire(store, self.assessment.questionnaire_hash)
        # Clear with no results attached: clearing a list reports a change of current item, and the old
        # items' keys point into the previous assessment's results.
        self.results = None
        self._filled_from = None
        self._clear()
        self.results = computed
        self.detail_writer = ResultsDetail(computed, self.questionnaire, set(self.assessment.groups))
        summary = SummaryWriter(computed)
        summary.fill_level(self.level_band, self.level_label, self.reason_label, self.coverage_label)
        self.level_label.setAccessibleDescription(self.reason_label.text())
        summary.fill_radar(self.radar)
        self.radar.setAccessibleDescription(
            self.radar.accessibleDescription()
            + " "
            + self.tr("Les mêmes scores, en tableau : bouton « Dimensions et facteurs » (Alt+D).")
        )
        FindingsWriter(computed, self.detail_writer.question_text).fill(*self._lists())
        self.scores_tree.show_results(computed)
        self._update_tab_titles()
        self._filled_from = (self.assessment, computed)
        self._start_view()
        self._arrange(force=True)

    def _start_view(self) -> None:
        """The first tab, the radar, the first item of each list, and the questions behind the first alert."""
        for widget in self._lists():
            widget.choose_first()
        self.tabs.setCurrentIndex(0)
        self.table_button.setChecked(False)
        self.on_tab_changed(0)

    # -- filling: the summary (``SummaryWriter``), the findings (``FindingsWriter``), the tabs' titles ------

    def _update_tab_titles(self) -> None:
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
        for index, (title, tip, widget) in enumerate(zip(titles, tips, self._lists(), strict=True)):
            self.tabs.setTabText(index, title.format(widget.real_count()))
            self.tabs.setTabToolTip(index, tip)

    # -- the questions behind an item ---------------------------------------------------------------

    def on_tab_changed(self, index: int) -> None:
        widget = self.tabs.widget(index)
        if isinstance(widget, FindingList):
            self.on_item_selected(widget.currentItem(), None)

    def on_table_toggled(self, checked: bool) -> None:
        self.scores_stack.setCurrentWidget(self.scores_tree if checked else self.radar)
        if checked:
            self.scores_tree.setFocus(Qt.FocusReason.OtherFocusReason)
            self.on_score_selected(self.scores_tree.currentItem(), None)

    def on_item_selected(self, current: QListWidgetItem | None, previous=None, source=None) -> None:
        # A list out of sight (its tab not chosen) changing its current item leaves the panel as it is.
        if self.results is None or (source is not None and source is not self.tabs.currentWidget()):
            return
        key = current.data(KEY_ROLE) if current is not None else None
        self._show_detail(key, lambda: self.detail_writer.html(key) if key else self.detail_writer.hint())

    def on_score_selected(self, current: QTreeWidgetItem | None, previous=None) -> None:
        # The tree is out of sight while the radar is shown: its current item is shown when it comes back.
        if self.results is None or not self.table_button.isChecked():
            return
        key = current.data(0, KEY_ROLE) if current is not None else None
        key = tuple(key) if key else None
        self._show_detail(key, lambda: self.detail_writer.html(key) if key else self.detail_writer.hint())

    def _show_detail(self, key, html) -> None:
        """Write the detail panel for ``key`` (``html`` makes its text), unless it already shows it."""
        if key is not None and key == self._detail_key:
            return
        self._detail_key = key
        self.detail.setHtml(html() if callable(html) else html)

    # -- display ---------------------------------------------------------------------------------------

    def on_theme_changed(self) -> None:
        level_font = theme.scaled(20)
        level_font.setBold(True)
        self.level_label.setFont(level_font)
        self.reason_label.setFont(theme.scaled(13))
        self.hidden_panel.apply_fonts()
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
            self.radar,
            self.table_button,
        ):
            widget.setFont(theme.scaled(theme.BASE_POINT_SIZE))
        self.level_band.updateGeometry()
        high_contrast = bool(self.context.setting("display/high_contrast", False)) if self.context else False
        self.radar.on_theme_changed(high_contrast)
        for widget in self._lists():
            widget.doItemsLayout()
        self.scores_tree.resize_columns()
        if self.results is not None:
            self._detail_key = None  # written again in the new size
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
