"""A focus ring that can be seen, wherever the focus came from.

Qt's Fusion style marks the focus with a one-pixel frame of a pale blue (2.35:1 against a button's
border, 1.5:1 on a tab), and only once the Tab key has been pressed (``State_KeyboardFocusChange``):
after a click, or when the app itself moves the focus to the first answer of a question, nothing
showed where the typing would go. Here every widget that holds the focus gets the same ring, whoever
moved it there: solid, a pixel and an eighth of a line of text thick (3 pixels at 100 %, 4 at 125 and
150 %, 5 at 175 and 200 %), in the palette's ``Highlight`` colour, along the inside of the widget's
edge. The palettes keep
that colour at 3:1 or more against the window, the fields and the buttons; on a chosen row, where
the highlight is the background, the ring takes the chosen text's colour instead. Fields, lists and
check boxes make room for it, so that it never covers their text. Custom widgets (the radar, the
wrapping radio buttons) draw theirs with :func:`paint_ring`.

In high contrast (:attr:`FocusVisibleStyle.strong_borders`) the style also draws the borders that
Fusion takes from a shade of the window colour, and so loses on black: buttons, tabs, fields, lists,
check boxes, in their text colour.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QRect, QRectF
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainterPath, QPalette, QPen
from PySide6.QtWidgets import QProxyStyle, QStyle

if TYPE_CHECKING:
    from PySide6.QtGui import QPainter
    from PySide6.QtWidgets import QWidget

# The widgets are recognised by the names of their classes, not by isinstance: PySide makes the Python
# class of the item views, the drop-down lists… when it is first named, some milliseconds each, and
# the style is made before the window is shown (keeps start-up fast).

Role = QPalette.ColorRole
#: WCAG 2.2: 4.5:1 for text (1.4.3), 3:1 for a control's parts and for a focus ring (1.4.11).
TEXT_CONTRAST = 4.5
NON_TEXT_CONTRAST = 3.0
#: The ring's thickness: a pixel and this share of a line of text.
RING_SHARE = 1 / 8
#: Check boxes and radio buttons as a share of a line (Fusion's 14 pixels at 100 %, 28 at 200 %).
INDICATOR_SHARE = 0.8
FUSION_INDICATOR = 14

_sizes = {"ring": 3, "indicator": FUSION_INDICATOR}  # at 100 %, until follow() is told the text size


def luminance(colour: QColor) -> float:
    """WCAG's relative luminance of an opaque colour (0 for black, 1 for white)."""

    def linear(channel: int) -> float:
        value = channel / 255
        return value / 12.92 if value <= 0.04045 else ((value + 0.055) / 1.055) ** 2.4

    return 0.2126 * linear(colour.red()) + 0.7152 * linear(colour.green()) + 0.0722 * linear(colour.blue())


def contrast(first: QColor, second: QColor) -> float:
    """WCAG's contrast ratio, from 1 (the same colour) to 21 (black on white)."""
    lighter, darker = sorted((luminance(first), luminance(second)), reverse=True)
    return (lighter + 0.05) / (darker + 0.05)


def follow(font: QFont) -> None:
    """Size the ring and the check boxes from the application's font (before it is set, so that the
    sizes asked for once it changes make the right room)."""
    line = QFontMetricsF(font).height()
    _sizes["ring"] = 1 + round(line * RING_SHARE)
    _sizes["indicator"] = max(FUSION_INDICATOR, round(line * INDICATOR_SHARE))


def ring_width() -> int:
    return _sizes["ring"]


def border_width() -> int:
    """The high-contrast borders: thinner than the ring, so that the ring still marks the focus."""
    return max(2, round(_sizes["ring"] * 0.6))


#: The ring's colours, in order of preference: the highlight; else the chosen text's colour (on a
#: chosen row the highlight is the background); else the text's.
_RING_ROLES = (Role.Highlight, Role.HighlightedText, Role.WindowText, Role.Text)


def _fitting_colour(palette: QPalette, backgrounds: tuple[QColor, ...]) -> QColor | None:
    for role in _RING_ROLES:
        colour = palette.color(role)
        if all(contrast(colour, background) >= NON_TEXT_CONTRAST for background in backgrounds):
            return colour
    return None


def ring_colour(palette: QPalette, *backgrounds: QColor) -> QColor:
    """The first of the ring's colours at 3:1 or more against every colour next to it (the window's
    when none is given); the one that comes closest if none does."""
    backgrounds = backgrounds or (palette.color(Role.Window),)
    fitting = _fitting_colour(palette, backgrounds)
    if fitting is not None:
        return fitting
    return max(
        (palette.color(role) for role in _RING_ROLES),
        key=lambda colour: min(contrast(colour, background) for background in backgrounds),
    )


def _frame(painter: QPainter, rect: QRect, colour: QColor, width: int) -> None:
    """A solid frame ``width`` pixels thick along the inside of ``rect``: four strips, pixel-exact."""
    if rect.width() <= 0 or rect.height() <= 0:
        return
    width = max(1, min(width, rect.width() // 2, rect.height() // 2))
    left, top, wide, high = rect.left(), rect.top(), rect.width(), rect.height()
    painter.fillRect(QRect(left, top, wide, width), colour)
    painter.fillRect(QRect(left, top + high - width, wide, width), colour)
    painter.fillRect(QRect(left, top + width, width, high - 2 * width), colour)
    painter.fillRect(QRect(left + wide - width, top + width, width, high - 2 * width), colour)


def paint_ring(painter: QPainter, rect: QRect, palette: QPalette, *backgrounds: QColor) -> None:
    """The focus ring along the inside of ``rect``; ``backgrounds`` are the colours on either side of
    it (the window's when none is given), against which its colour is chosen."""
    _frame(painter, rect, ring_colour(palette, *backgrounds), _sizes["ring"])


#: On a chosen row of high contrast (yellow in black) no colour stands out from both: the ring goes
#: this far inside the row, in the chosen text's colour, with the yellow on either side of it.
ROW_GAP = 2


def row_room() -> int:
    """The room above and below a row's text for the ring of the current row."""
    return _sizes["ring"] + (ROW_GAP if FocusVisibleStyle.strong_borders else 0)


def paint_row_ring(painter: QPainter, rect: QRect, palette: QPalette, fill: QColor) -> None:
    """The ring of a list's current row, filled with ``fill`` (the highlight when it is chosen): along
    its edge when a colour stands out from both the fill and the list around; else just inside it."""
    fitting = _fitting_colour(palette, (fill, palette.color(Role.Base)))
    if fitting is not None:
        _frame(painter, rect, fitting, _sizes["ring"])
    else:
        inside = rect.adjusted(ROW_GAP, ROW_GAP, -ROW_GAP, -ROW_GAP)
        _frame(painter, inside, ring_colour(palette, fill), _sizes["ring"])


def _border(painter: QPainter, rect: QRect, colour: QColor) -> None:
    _frame(painter, rect, colour, border_width())


_HAS_FOCUS = QStyle.StateFlag.State_HasFocus
_PE = QStyle.PrimitiveElement
_CE = QStyle.ControlElement
_CC = QStyle.ComplexControl
_PM = QStyle.PixelMetric
_FOCUS_RECT = _PE.PE_FrameFocusRect
_LINE_EDIT = _PE.PE_PanelLineEdit
#: The frames of the fields and lists (and the margin of a list's text) make room for the ring.
_FIELDS = ("QAbstractScrollArea", "QLineEdit", "QAbstractSpinBox", "QComboBox")
_ROOM_METRICS = {
    _PM.PM_DefaultFrameWidth: _FIELDS,
    _PM.PM_SpinBoxFrameWidth: _FIELDS,
    _PM.PM_ComboBoxFrameWidth: _FIELDS,
    _PM.PM_FocusFrameHMargin: ("QAbstractItemView",),
}
_ITEM_TEXT = QStyle.SubElement.SE_ItemViewItemText
#: Sub-controls are numbered within each control (the edit field of a drop-down list is also a scroll
#: bar's « sub line »): looked up by control.
_EDIT_FIELDS = {
    _CC.CC_ComboBox: QStyle.SubControl.SC_ComboBoxEditField,
    _CC.CC_SpinBox: QStyle.SubControl.SC_SpinBoxEditField,
}
_INDICATOR_METRICS = frozenset(
    (_PM.PM_IndicatorWidth, _PM.PM_IndicatorHeight, _PM.PM_ExclusiveIndicatorWidth, _PM.PM_ExclusiveIndicatorHeight)
)
_CHECKS = (_CE.CE_CheckBox, _CE.CE_RadioButton)
_FIELD_CONTROLS = (_CC.CC_ComboBox, _CC.CC_SpinBox)
_UNFRAMED = (0, 4, 5)  # QFrame.Shape's NoFrame, HLine and VLine: nothing to surround


class FocusVisibleStyle(QProxyStyle):
    """The platform's style, with a focus ring shown whatever moved the focus (see the module)."""

    #: Set in high contrast: the borders of buttons, tabs, fields and boxes in their text colour.
    strong_borders = False

    # -- room for the ring ----------------------------------------------------------------------

    def pixelMetric(self, metric, option=None, widget=None):
        # Asked for everything, all the time: two set lookups before the platform's answer.
        if metric in _ROOM_METRICS:
            made = super().pixelMetric(metric, option, widget)
            if _is(widget, *_ROOM_METRICS[metric]) and takes_focus(widget):
                if metric == _PM.PM_FocusFrameHMargin:
                    return max(made, row_room() - 1)  # a row's text starts a pixel after: past the ring
                return max(made, _sizes["ring"])
            return made
        if metric in _INDICATOR_METRICS:
            return _sizes["indicator"]
        return super().pixelMetric(metric, option, widget)

    def subElementRect(self, element, option, widget=None):
        made = super().subElementRect(element, option, widget)
        if element == _ITEM_TEXT and _is(widget, "QAbstractItemView"):
            # Above and below a row's text, the room sizeFromContents made for the current row's ring.
            room = row_room()
            if made.height() > 4 * room:
                return made.adjusted(0, room, 0, -room)
        return made

    def subControlRect(self, control, option, sub, widget=None):
        made = super().subControlRect(control, option, sub, widget)
        if _EDIT_FIELDS.get(control) == sub:
            # The text part of a drop-down list or a date field covers the frame: keep it off the ring.
            ring = _sizes["ring"]
            return made.intersected(option.rect.adjusted(ring, ring, -ring, -ring))
        return made

    # -- drawing --------------------------------------------------------------------------------

    def drawPrimitive(self, element, option, painter, widget=None):
        if element == _FOCUS_RECT:
            self._focus_rect(option, painter, widget)
            return
        super().drawPrimitive(element, option, painter, widget)
        if element == _LINE_EDIT:
            if option.lineWidth > 0:  # a field of its own, not the text part of a drop-down list
                self._field(option, painter)
        elif self.strong_borders:
            self._strong_primitive(element, option, painter, widget)

    def drawControl(self, element, option, painter, widget=None):
        if element in _CHECKS:
            # The box and its label inside the room made for the ring, the ring round both.
            ring = _sizes["ring"]
            inner = type(option)(option)
            inner.rect = option.rect.adjusted(ring, ring, -ring, -ring)
            super().drawControl(element, inner, painter, widget)
            if option.state & _HAS_FOCUS:
                paint_ring(painter, option.rect, option.palette)
            return
        super().drawControl(element, option, painter, widget)
        if element == _CE.CE_PushButton or element == _CE.CE_TabBarTab:
            if self.strong_borders:
                _border(painter, option.rect, option.palette.color(Role.ButtonText))
            if option.state & _HAS_FOCUS:
                paint_ring(painter, option.rect, option.palette, *_around_button(option.palette))
        elif element == _CE.CE_ShapedFrame:
            if self.strong_borders and option.frameShape not in _UNFRAMED:
                _border(painter, option.rect, option.palette.color(Role.Text))
            if option.state & _HAS_FOCUS:  # a list, a text area, a label the focus can reach
                inside = Role.Base if _is(widget, "QAbstractScrollArea") else Role.Window
                paint_ring(painter, option.rect, option.palette, option.palette.color(inside))

    def drawComplexControl(self, control, option, painter, widget=None):
        super().drawComplexControl(control, option, painter, widget)
        if control in _FIELD_CONTROLS:
            self._field(option, painter)
        elif control == _CC.CC_ToolButton and option.state & _HAS_FOCUS:
            paint_ring(painter, option.rect, option.palette, *_around_button(option.palette))
        elif control == _CC.CC_ScrollBar and self.strong_borders:
            # Fusion's handle is a shade of the button colour: black on a black groove.
            handle = self.subControlRect(control, option, QStyle.SubControl.SC_ScrollBarSlider, widget)
            _border(painter, handle, option.palette.color(Role.ButtonText))

    def _field(self, option, painter) -> None:
        """A field's border in high contrast; its ring when it holds the focus."""
        palette = option.palette
        if self.strong_borders:
            _border(painter, option.rect, palette.color(Role.Text))
        if option.state & _HAS_FOCUS:
            paint_ring(painter, option.rect, palette, palette.color(Role.Base), palette.color(Role.Window))

    def _focus_rect(self, option, painter, widget) -> None:
        """Qt asks for its focus frame: the ring instead."""
        palette = option.palette
        if _is(widget, "QCheckBox", "QRadioButton"):
            return  # drawControl rings the box and its label together
        if _is(widget, "QAbstractButton"):
            # Round the whole button, as drawControl does for the buttons the style paints itself
            # (this one follows a style sheet of its own: the answers to a question).
            paint_ring(painter, widget.rect(), palette, *_around_button(palette))
        elif _is(widget, "QAbstractItemView"):
            # The current row: on a chosen one the highlight is the background.
            chosen = option.backgroundColor == palette.color(Role.Highlight)
            paint_row_ring(painter, option.rect, palette, palette.color(Role.Highlight if chosen else Role.Base))
        else:
            background = getattr(option, "backgroundColor", None)
            if background is None or not background.isValid() or background.alpha() == 0:
                background = palette.color(Role.Window)
            paint_ring(painter, option.rect, palette, background)

    def _strong_primitive(self, element, option, painter, widget) -> None:
        """High contrast: the borders Fusion draws in a shade of the window, black on black."""
        palette = option.palette
        if element == _PE.PE_PanelButtonCommand and _is(widget, "QToolButton"):
            _border(painter, option.rect, palette.color(Role.ButtonText))  # push buttons: in drawControl
        elif element == _PE.PE_FrameTabWidget or element == _PE.PE_FrameGroupBox:
            _border(painter, option.rect, palette.color(Role.WindowText))
        elif element == _PE.PE_IndicatorCheckBox:
            _border(painter, option.rect, palette.color(Role.Text))
        elif element == _PE.PE_IndicatorRadioButton:
            width = border_width()
            circle = QPainterPath()
            circle.addEllipse(QRectF(option.rect).adjusted(width / 2, width / 2, -width / 2, -width / 2))
            painter.save()
            painter.setRenderHint(type(painter).RenderHint.Antialiasing)
            painter.strokePath(circle, QPen(palette.color(Role.Text), width))
            painter.restore()


def _is(widget: QWidget | None, *kinds: str) -> bool:
    # By the Python classes the widget already has (QObject.inherits would ask the widget itself,
    # which Qt does while it is still being made: a crash).
    return widget is not None and any(kind.__name__ in kinds for kind in type(widget).__mro__)


def takes_focus(widget: QWidget) -> bool:
    return widget.focusPolicy().value != 0  # not Qt.NoFocus


def _around_button(palette: QPalette) -> tuple[QColor, QColor]:
    return palette.color(Role.Button), palette.color(Role.Window)
