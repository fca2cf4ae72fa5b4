"""Text size and high contrast: the app must read well on a projector.

Sizes are point sizes scaled from the base font; no fixed pixels, no hard-coded colours
except in the high-contrast palette, which is made for that purpose.
"""

from __future__ import annotations

from PySide6.QtGui import QColor, QFont, QFontDatabase, QPalette
from PySide6.QtWidgets import QApplication, QProxyStyle, QStyle, QStyleFactory

from peerready.resources import resource_path

BASE_POINT_SIZE = 11
SCALES = (100, 125, 150, 175, 200)
_default_palette: QPalette | None = None


def load_fonts() -> str:
    """Register the bundled DejaVu Sans (offscreen and on bare machines there may be no font)."""
    family = "DejaVu Sans"
    for name in ("DejaVuSans.ttf", "DejaVuSans-Bold.ttf", "DejaVuSans-Oblique.ttf"):
        font_id = QFontDatabase.addApplicationFont(str(resource_path("fonts", name)))
        families = QFontDatabase.applicationFontFamilies(font_id) if font_id >= 0 else []
        if families:
            family = families[0]
    return family


_TAB = QStyle.ContentsType.CT_TabBarTab


class _RoomForAccents(QProxyStyle):
    """The platform's own style, with tabs tall enough for capital accents.

    Fusion draws the tabs that are not chosen two pixels lower, in a box as high as the font:
    the accent of « É » was cut off (« Ecarts de perception »). A third of a line more room.
    """

    def sizeFromContents(self, kind, option, size, widget=None):
        made = super().sizeFromContents(kind, option, size, widget)
        # Asked for every widget's size, all the time: the kind is compared with a constant read once.
        if kind == _TAB and option is not None:
            made.setHeight(made.height() + option.fontMetrics.height() // 3)
        return made


def keep_accents(app: QApplication) -> None:
    """Wrap the application's style (whatever the platform) so that no capital accent is cut off."""
    if not isinstance(app.style(), _RoomForAccents):
        base = QStyleFactory.create(app.style().name())
        if base is not None:
            app.setStyle(_RoomForAccents(base))


def apply(app: QApplication, scale: int = 100, high_contrast: bool = False, family: str | None = None) -> None:
    global _default_palette
    font = QFont(family or app.font().family())
    font.setPointSizeF(BASE_POINT_SIZE * scale / 100)
    app.setFont(font)
    # Lists, tables and their headers already on screen do not follow the application's font: they are
    # given it by class. The first call needs none of that (none is made yet), which keeps start-up fast.
    if getattr(app, "_peerready_font_applied", False):
        for kind in ("QAbstractItemView", "QHeaderView", "QTreeView", "QListView", "QTableView"):
            app.setFont(font, kind)
    app._peerready_font_applied = True
    if _default_palette is None:
        _default_palette = QPalette(app.palette())
    app.setPalette(high_contrast_palette() if high_contrast else _default_palette)
    # The platform style draws check boxes and field borders in tones that vanish on black.
    app.setStyleSheet(HIGH_CONTRAST_SHEET if high_contrast else "")


HIGH_CONTRAST_SHEET = """
QLineEdit, QPlainTextEdit, QTextEdit, QSpinBox, QDateEdit, QComboBox { border: 2px solid #ffffff; }
QCheckBox::indicator, QRadioButton::indicator { width: 1.1em; height: 1.1em; border: 2px solid #ffffff; }
QRadioButton::indicator { border-radius: 0.6em; }
QCheckBox::indicator:checked, QRadioButton::indicator:checked { background: #ffd500; }
QCheckBox::indicator:disabled, QRadioButton::indicator:disabled { border-color: #8a8a8a; }
"""


def high_contrast_palette() -> QPalette:
    palette = QPalette()
    black, white, yellow = QColor("#000000"), QColor("#ffffff"), QColor("#ffd500")
    for role in (
        QPalette.ColorRole.Window,
        QPalette.ColorRole.Base,
        QPalette.ColorRole.Button,
        QPalette.ColorRole.AlternateBase,
        QPalette.ColorRole.ToolTipBase,
    ):
        palette.setColor(role, black)
    for role in (
        QPalette.ColorRole.WindowText,
        QPalette.ColorRole.Text,
        QPalette.ColorRole.ButtonText,
        QPalette.ColorRole.ToolTipText,
        QPalette.ColorRole.BrightText,
    ):
        palette.setColor(role, white)
    # Frames, check boxes and field borders are drawn with these: keep them visible on black.
    palette.setColor(QPalette.ColorRole.Light, white)
    palette.setColor(QPalette.ColorRole.Midlight, QColor("#dddddd"))
    palette.setColor(QPalette.ColorRole.Mid, QColor("#bbbbbb"))
    palette.setColor(QPalette.ColorRole.Dark, QColor("#eeeeee"))
    palette.setColor(QPalette.ColorRole.Shadow, white)
    palette.setColor(QPalette.ColorRole.Highlight, yellow)
    palette.setColor(QPalette.ColorRole.HighlightedText, black)
    palette.setColor(QPalette.ColorRole.Link, yellow)
    palette.setColor(QPalette.ColorRole.PlaceholderText, QColor("#cccccc"))
    # Disabled controls must look disabled: grey text on black, not white.
    grey = QColor("#8a8a8a")
    for role in (QPalette.ColorRole.WindowText, QPalette.ColorRole.Text, QPalette.ColorRole.ButtonText):
        palette.setColor(QPalette.ColorGroup.Disabled, role, grey)
    palette.setColor(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Button, QColor("#1a1a1a"))
    return palette


def large(points: float) -> QFont:
    """A large text (a question, an answer, a title): ``points`` at 100 %, growing half as fast as the
    body text, so that at 200 % a question still fits a projector with all its answers."""
    factor = QApplication.font().pointSizeF() / BASE_POINT_SIZE
    font = QFont(QApplication.font())
    font.setPointSizeF(points * (1 + (factor - 1) / 2))
    return font


def scaled(points: float) -> QFont:
    """A font ``points`` larger than the application font, following the user's text size."""
    font = QFont(QApplication.font())
    font.setPointSizeF(QApplication.font().pointSizeF() * points / BASE_POINT_SIZE)
    return font
