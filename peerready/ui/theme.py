"""Text size and high contrast: the app must read well on a projector.

Sizes are point sizes scaled from the base font; no fixed pixels, no hard-coded colours
except in the high-contrast palette, which is made for that purpose. The normal palette is the
platform's, with the colours that fall short of WCAG AA moved just far enough; the focus ring and
the high-contrast borders are drawn by the style (``focus_style``), in the palette's colours.
"""

from __future__ import annotations

from PySide6.QtCore import QMargins
from PySide6.QtGui import QColor, QFont, QFontDatabase, QPalette
from PySide6.QtWidgets import QAbstractScrollArea, QApplication, QStyle, QStyleFactory

from peerready.resources import resource_path
from peerready.ui import focus_style

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
_CHECKS = (QStyle.ContentsType.CT_CheckBox, QStyle.ContentsType.CT_RadioButton)
_ITEM = QStyle.ContentsType.CT_ItemViewItem


class _RoomForAccents(focus_style.FocusVisibleStyle):
    """The platform's own style, with tabs tall enough for capital accents and a focus ring that shows.

    Fusion draws the tabs that are not chosen two pixels lower, in a box as high as the font:
    the accent of « É » was cut off (« Ecarts de perception »). A third of a line more room.
    Check boxes, radio buttons and the rows of lists get room for the focus ring (``focus_style``).
    """

    def sizeFromContents(self, kind, option, size, widget=None):
        made = super().sizeFromContents(kind, option, size, widget)
        # Asked for every widget's size, all the time: the kind is compared with constants read once.
        if kind == _TAB and option is not None:
            made.setHeight(made.height() + option.fontMetrics.height() // 3)
        elif kind in _CHECKS:
            ring = focus_style.ring_width()
            made = made.grownBy(QMargins(ring, ring, ring, ring))
        elif kind == _ITEM:
            made.setHeight(made.height() + 2 * focus_style.row_room())  # the current row's ring
        return made


def keep_accents(app: QApplication) -> None:
    """Wrap the application's style (whatever the platform): no capital accent cut off, a visible focus."""
    if not isinstance(app.style(), _RoomForAccents):
        base = QStyleFactory.create(app.style().name())
        if base is not None:
            app.setStyle(_RoomForAccents(base))


def apply(app: QApplication, scale: int = 100, high_contrast: bool = False, family: str | None = None) -> None:
    global _default_palette
    font = QFont(family or app.font().family())
    font.setPointSizeF(BASE_POINT_SIZE * scale / 100)
    # Before the font: the sizes asked for once it changes make room for a ring of the new thickness.
    focus_style.follow(font)
    focus_style.FocusVisibleStyle.strong_borders = high_contrast
    app.setFont(font)
    # Lists, tables and their headers already on screen do not follow the application's font: they are
    # given it by class. The first call needs none of that (none is made yet), which keeps start-up fast.
    if getattr(app, "_peerready_font_applied", False):
        for kind in ("QAbstractItemView", "QHeaderView", "QTreeView", "QListView", "QTableView"):
            app.setFont(font, kind)
        _refit_frames(app)
    app._peerready_font_applied = True
    if _default_palette is None:
        _default_palette = QPalette(app.palette())
    app.setPalette(high_contrast_palette() if high_contrast else readable_palette(_default_palette))


def _refit_frames(app: QApplication) -> None:
    """Lists and text areas measure their frame once (Qt asks again only when the style changes): at a
    new text size, the room for the focus ring inside them is measured again."""
    for widget in app.allWidgets():
        if isinstance(widget, QAbstractScrollArea) and focus_style.takes_focus(widget):
            widget.setFrameStyle(widget.frameStyle())


# -- colours --------------------------------------------------------------------------------------

Role, Group = QPalette.ColorRole, QPalette.ColorGroup
_TEXT, _NON_TEXT = focus_style.TEXT_CONTRAST, focus_style.NON_TEXT_CONTRAST
#: A little above the thresholds, so that rounding never brings a colour back under them.
_MARGIN = 0.1


def _mix(colour: QColor, towards: QColor, share: float) -> QColor:
    return QColor(
        round(colour.red() + (towards.red() - colour.red()) * share),
        round(colour.green() + (towards.green() - colour.green()) * share),
        round(colour.blue() + (towards.blue() - colour.blue()) * share),
    )


def _meets(colour: QColor, against) -> bool:
    return all(focus_style.contrast(colour, other) >= ratio + _MARGIN for other, ratio in against)


def _far_enough(colour: QColor, *against: tuple[QColor, float]) -> QColor:
    """``colour``, or the closest to it towards black or towards white that has each contrast asked for
    (``(other colour, least ratio)``): the platform's hue, only as much darker or lighter as needed
    (``colour`` itself when no shade of it can)."""
    if _meets(colour, against):
        return QColor(colour)
    for step in range(1, 51):
        for end in (QColor("#000000"), QColor("#ffffff")):
            candidate = _mix(colour, end, step / 50)
            if _meets(candidate, against):
                return candidate
    return QColor(colour)


def _opaque(colour: QColor, over: QColor) -> QColor:
    """A see-through colour (Qt's placeholder is black at half opacity) as it shows over ``over``."""
    return _mix(over, QColor(colour.red(), colour.green(), colour.blue()), colour.alphaF())


def readable_palette(platform: QPalette) -> QPalette:
    """The platform's palette, with the colours that fell short of WCAG AA moved just far enough.

    Fusion's chosen rows were white on #308CC6 (3.69:1) and its placeholder text half-transparent black
    (4.0:1 on white): the highlight is darkened until white text reads at 4.5:1 (the focus ring, in the
    same colour, then stands at 3:1 against the window, the fields and the buttons), the placeholder
    and the grey of a dropped action are darkened to 4.5:1 on the fields, and so are the links.
    """
    palette = QPalette(platform)
    for group in (Group.Active, Group.Inactive):

        def colour(role: Role, group: Group = group) -> QColor:
            return palette.color(group, role)

        base, window, button = colour(Role.Base), colour(Role.Window), colour(Role.Button)
        chosen_text = colour(Role.HighlightedText)
        # On a dark window, white text on a highlight 3:1 away from the window cannot reach 4.5:1:
        # the chosen text turns black on a lighter highlight.
        for text in (chosen_text, QColor("#000000" if chosen_text.lightness() > 127 else "#ffffff")):
            wanted = ((text, _TEXT), (base, _NON_TEXT), (window, _NON_TEXT), (button, _NON_TEXT))
            highlight = _far_enough(colour(Role.Highlight), *wanted)
            if _meets(highlight, wanted):
                break
        palette.setColor(group, Role.HighlightedText, text)
        palette.setColor(group, Role.Highlight, highlight)
        palette.setColor(group, Role.Accent, highlight)
        placeholder = _opaque(colour(Role.PlaceholderText), base)
        palette.setColor(group, Role.PlaceholderText, _far_enough(placeholder, (base, _TEXT)))
        for role in (Role.Link, Role.LinkVisited):
            palette.setColor(group, role, _far_enough(colour(role), (base, _TEXT), (window, _TEXT)))
    # A dropped action is written in the disabled text colour (plan_table): information, so 4.5:1.
    active_base = palette.color(Group.Active, Role.Base)
    palette.setColor(
        Group.Disabled,
        Role.Text,
        _far_enough(
            palette.color(Group.Disabled, Role.Text),
            (active_base, _TEXT),
            (palette.color(Group.Active, Role.AlternateBase), _TEXT),
        ),
    )
    return palette


def high_contrast_palette() -> QPalette:
    palette = QPalette()
    black, white, yellow = QColor("#000000"), QColor("#ffffff"), QColor("#ffd500")
    for role in (
        Role.Window,
        Role.Base,
        Role.Button,
        Role.AlternateBase,
        Role.ToolTipBase,
    ):
        palette.setColor(role, black)
    for role in (
        Role.WindowText,
        Role.Text,
        Role.ButtonText,
        Role.ToolTipText,
        Role.BrightText,
    ):
        palette.setColor(role, white)
    # Frames and shades are drawn with these: keep them visible on black.
    palette.setColor(Role.Light, white)
    palette.setColor(Role.Midlight, QColor("#dddddd"))
    palette.setColor(Role.Mid, QColor("#bbbbbb"))
    palette.setColor(Role.Dark, QColor("#eeeeee"))
    palette.setColor(Role.Shadow, white)
    # Chosen rows and the focus ring: yellow (14.8:1 on black); black text on it.
    for role in (Role.Highlight, Role.Accent, Role.Link, Role.LinkVisited):
        palette.setColor(role, yellow)
    palette.setColor(Role.HighlightedText, black)
    palette.setColor(Role.PlaceholderText, QColor("#cccccc"))
    # Disabled controls must look disabled: grey text on black, not white (still 5.9:1, for the
    # dropped actions of a plan, written in this grey).
    grey = QColor("#8a8a8a")
    for role in (Role.WindowText, Role.Text, Role.ButtonText):
        palette.setColor(Group.Disabled, role, grey)
    palette.setColor(Group.Disabled, Role.Button, QColor("#1a1a1a"))
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
