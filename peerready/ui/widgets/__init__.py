"""Small widgets shared by the pages: a page header with a way back, a quiet "saved" sign."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSizePolicy,
    QTreeWidget,
    QWidget,
)

from peerready.ui import accessible, theme


def button(text: str, slot, tip: str = "", name: str = "", shortcut=None) -> QPushButton:
    """A push button named by the words it shows (no « & », no arrow); ``name``, when it says more, is
    read after them as its description; with its tooltip."""
    made = QPushButton(text)
    shown = accessible.spoken(text)
    if name and accessible.spoken(name).casefold().startswith(shown.casefold()):
        made.setAccessibleName(name)
    elif shown != accessible.plain(text):
        made.setAccessibleName(shown)  # « Suivant », not « Suivant flèche droite »
    # Otherwise unnamed: Qt reads its text, the one shown now even after a setText().
    if name and made.accessibleName() != name:
        made.setAccessibleDescription(name)
    if tip:
        made.setToolTip(tip)
    if shortcut:
        made.setShortcut(shortcut)
    made.clicked.connect(slot)
    return made


class PageHeader(QWidget):
    """Title of the page, with a "back" button (Alt+Left) when there is somewhere to go back to."""

    def __init__(self, title: str, back: Callable[[], None] | None = None, back_text: str = ""):
        super().__init__()
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.back_button = None
        self.back_shortcut = None
        if back is not None:
            self.back_button = QPushButton(back_text or self.tr("← Retour"))
            # Named by what it shows (« Structures »): said, and heard, as it is seen; where it leads, after.
            self.back_button.setAccessibleDescription(self.tr("Retour à la page précédente (Alt+Flèche gauche)"))
            self.back_button.setToolTip(self.tr("Retour (Alt+Flèche gauche)"))
            self.back_button.clicked.connect(back)
            layout.addWidget(self.back_button)
            # Wherever the focus is on the page (a shown page's header is the only one visible: no clash).
            self.back_shortcut = QShortcut(QKeySequence("Alt+Left"), self)
            self.back_shortcut.setContext(Qt.ShortcutContext.WindowShortcut)
            self.back_shortcut.activated.connect(back)
        self.title = QLabel(title)
        self.title.setObjectName("page_title")
        accessible.heading(self.title)
        self.title.setWordWrap(True)
        self.title.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        layout.addWidget(self.title, 1)
        self.on_theme_changed()

    def set_title(self, text: str) -> None:
        self.title.setText(text)

    def set_back_allowed(self, allowed: bool) -> None:
        """Show or hide the way back, its Alt+Left shortcut with it."""
        if self.back_button is not None:
            self.back_button.setVisible(allowed)
            self.back_shortcut.setEnabled(allowed)

    def on_theme_changed(self) -> None:
        font = theme.large(17)
        font.setBold(True)
        self.title.setFont(font)

    def changeEvent(self, event) -> None:
        """The text size changed (Ctrl++): the title follows, whatever page it is on."""
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:
            self.on_theme_changed()


class SavedIndicator(QLabel):
    """Says "✓ enregistré" for a moment after each save, without getting in the way."""

    def __init__(self):
        super().__init__("")
        self.setObjectName("saved_indicator")
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(lambda: self.setText(""))
        self._failed = False

    def saved(self) -> None:
        self._failed = False
        self.setText(self.tr("✓ enregistré"))
        accessible.announce(self, self.tr("Enregistré"))
        self._timer.start(2500)

    def failed(self, message: str) -> None:
        """Stays until the next save: what is on screen is not on the disk."""
        self._timer.stop()
        self._failed = True
        self.setText(self.tr("⚠ non enregistré : {0}").format(message))
        accessible.announce(self, self.text(), assertive=True)

    def is_failed(self) -> bool:
        return self._failed

    def clear(self) -> None:
        self._timer.stop()
        self._failed = False
        super().clear()


def fit_columns(tree: QTreeWidget, wrapping: tuple[int, ...]) -> None:
    """Columns that fit the width at any text size: the ``wrapping`` ones share what is left and wrap
    their text; the others take their content's width; no header is ever narrower than its title."""
    header = tree.header()
    header.setStretchLastSection(False)
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    for column in wrapping:
        header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
    tree.setWordWrap(True)
    tree.setUniformRowHeights(False)
    tree.setTextElideMode(Qt.TextElideMode.ElideNone)
    tree.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)

    def keep_titles() -> None:
        item = tree.headerItem()
        margin = 2 * header.style().pixelMetric(header.style().PixelMetric.PM_HeaderMargin) + 4
        titles = [header.fontMetrics().horizontalAdvance(item.text(c)) for c in range(tree.columnCount())]
        header.setMinimumSectionSize(max(titles, default=0) + margin)

    keep_titles()
    tree.installEventFilter(_FontWatcher(tree, keep_titles))


class _FontWatcher(QObject):
    """Calls back when the widget's font changes (the text size of the app)."""

    def __init__(self, parent: QWidget, callback: Callable[[], None]):
        super().__init__(parent)
        self.callback = callback

    def eventFilter(self, watched, event) -> bool:
        if event.type() == QEvent.Type.FontChange:
            self.callback()
        return False


def narrow_combo() -> QComboBox:
    """A drop-down list that does not ask for the width of its longest choice (it shows it when opened)."""
    box = QComboBox()
    box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    box.setMinimumContentsLength(20)
    box.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
    return box


def place_in_columns(grid: QGridLayout, items: list[tuple[QWidget, ...]], columns: int) -> None:
    """Lay ``items`` top to bottom, then in the next column (1 2 3 | 4 5 6 reads in order); each item
    takes as many grid cells side by side as it has widgets, the last of them stretching."""
    for item in items:
        for widget in item:
            grid.removeWidget(widget)
    rows = -(-len(items) // columns) if items else 0
    span = len(items[0]) if items else 1
    for index, item in enumerate(items):
        for offset, widget in enumerate(item):
            grid.addWidget(widget, index % rows, span * (index // rows) + offset)
    for column in range(3):
        grid.setColumnStretch(span * column + span - 1, 1 if column < columns else 0)


def short_of_room(widget: QWidget) -> bool:
    """The text is large for the screen: fewer than 30 lines fit in the widget's height."""
    return widget.height() < 30 * widget.fontMetrics().lineSpacing()
