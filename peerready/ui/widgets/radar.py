"""A radar of dimension scores (0–100), drawn with QPainter so it reads on a projector and in black and white.

Each series has its own dash pattern and marker shape as well as its colour; the legend repeats both.
Sizes follow the widget's font; colours come from the palette, with a few chart colours chosen for the
background's lightness (light colours on a dark or high-contrast background).
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter, QPainterPath, QPalette, QPen, QPolygonF
from PySide6.QtWidgets import QSizePolicy, QWidget

from peerready.engine import wording
from peerready.ui import focus_style, words

RINGS = (25, 50, 75, 100)
#: Dash pattern of each series, by group; "all" is the whole (« Tous groupes »). The marker shapes and
#: colours are ``wording``'s, the same as on paper.
PEN_STYLES = {
    "all": Qt.PenStyle.SolidLine,
    "management": Qt.PenStyle.DashLine,
    "team": Qt.PenStyle.DotLine,
    "peer": Qt.PenStyle.DashDotLine,
    "people": Qt.PenStyle.DashDotDotLine,
}
#: The style given to a series that names no group, by its place.
KEYS_IN_ORDER = tuple(PEN_STYLES)


@dataclass(frozen=True)
class Series:
    name: str
    values: dict[str, float] = field(default_factory=dict)  # axis id -> score 0–100
    key: str = ""  # "all" or a group id: its dash, marker and colour


class RadarWidget(QWidget):
    """Axes are dimensions (id, label); series are score dictionaries keyed by axis id."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self._axes: list[tuple[str, str]] = []
        self._series: list[Series] = []
        self.high_contrast = False
        self.setObjectName("radar")
        self.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setAccessibleName(self.tr("Radar des scores par dimension"))
        self._update_description()

    # -- data --------------------------------------------------------------------------

    def set_data(self, axes: list[tuple[str, str]], series: list[Series]) -> None:
        """Axes without any value in any series are left out (a dimension nobody was asked about)."""
        self._axes = [
            (axis_id, label) for axis_id, label in axes if any(s.values.get(axis_id) is not None for s in series)
        ]
        self._series = list(series)
        self._update_description()
        self.updateGeometry()
        self.update()

    def clear(self) -> None:
        self.set_data([], [])

    def axis_labels(self) -> list[str]:
        return [label for _, label in self._axes]

    def series_names(self) -> list[str]:
        return [s.name for s in self._series]

    def _update_description(self) -> None:
        if not self._axes:
            self.setAccessibleDescription(self.tr("Aucun score par dimension à afficher."))
            return
        parts = [self.tr("Échelle de 0 à 100.")]
        for series in self._series:
            scores = [
                self.tr("{0} : {1}").format(label, wording.number(series.values.get(axis_id)))
                for axis_id, label in self._axes
            ]
            parts.append(self.tr("{0} — {1}.").format(series.name, words.listed(scores)))
        self.setAccessibleDescription(" ".join(parts))

    def on_theme_changed(self, high_contrast: bool = False) -> None:
        self.high_contrast = high_contrast
        self.updateGeometry()
        self.update()

    # -- sizes (all from the font) --------------------------------------------------------

    def _label_font(self) -> QFont:
        font = QFont(self.font())
        font.setPointSizeF(font.pointSizeF() * 1.1)
        return font

    def _line(self) -> float:
        return QFontMetricsF(self._label_font()).height()

    def sizeHint(self) -> QSize:
        line = self._line()
        return QSize(round(line * 22), round(line * 18))

    def minimumSizeHint(self) -> QSize:
        line = self._line()
        return QSize(round(line * 18), round(line * 15))

    # -- painting --------------------------------------------------------------------------

    def _key(self, index: int) -> str:
        key = self._series[index].key if index < len(self._series) else ""
        return key if key in PEN_STYLES else KEYS_IN_ORDER[index % len(KEYS_IN_ORDER)]

    def _colour(self, index: int) -> QColor:
        key = self._key(index)
        if index == 0 or key == "all":
            return self.palette().color(QPalette.ColorRole.WindowText)
        dark = self.high_contrast or self.palette().color(QPalette.ColorRole.Window).lightness() < 128
        colours = wording.GROUP_COLOURS_ON_DARK if dark else wording.GROUP_COLOURS
        return QColor(colours[key])

    def _grid_colour(self) -> QColor:
        text = self.palette().color(QPalette.ColorRole.WindowText)
        window = self.palette().color(QPalette.ColorRole.Window)
        share = 0.55 if self.high_contrast else 0.35  # lighter grid on a black background
        return QColor(
            round(window.red() + (text.red() - window.red()) * share),
            round(window.green() + (text.green() - window.green()) * share),
            round(window.blue() + (text.blue() - window.blue()) * share),
        )

    def _legend_layout(self, width: float) -> list[tuple[int, QRectF]]:
        """Where each legend entry goes: rows of sample line + marker + name, wrapped to the width."""
        metrics = QFontMetricsF(self._label_font())
        line = metrics.height()
        sample = line * 3
        x = y = 0.0
        out = []
        for index, series in enumerate(self._series):
            entry = sample + line * 0.5 + metrics.horizontalAdvance(series.name) + line * 1.5
            if x > 0 and x + entry > width:
                x, y = 0.0, y + line * 1.5
            out.append((index, QRectF(x, y, entry, line * 1.2)))
            x += entry
        return out

    def paintEvent(self, event) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        font = self._label_font()
        painter.setFont(font)
        metrics = QFontMetricsF(font)
        line = metrics.height()
        area = QRectF(self.rect()).adjusted(line * 0.5, line * 0.5, -line * 0.5, -line * 0.5)
        text_colour = self.palette().color(QPalette.ColorRole.WindowText)

        if not self._axes:
            painter.setPen(text_colour)
            painter.drawText(
                area,
                Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap,
                self.tr("Pas encore de score par dimension."),
            )
            self._paint_focus(painter)
            return

        legend = self._legend_layout(area.width())
        legend_height = (max(r.bottom() for _, r in legend) + line * 0.8) if legend else 0.0
        chart = QRectF(area.left(), area.top(), area.width(), max(line * 4, area.height() - legend_height))

        label_width = max(line * 6, min(line * 10, chart.width() * 0.28))
        labels = [self._label_text(axis_id, label) for axis_id, label in self._axes]
        count = len(self._axes)
        # Labels above and below the chart may be wider: they only take height.
        widths = [
            max(label_width, min(line * 18, chart.width() * 0.6)) if _placement(i, count)[2] == 0.5 else label_width
            for i in range(count)
        ]
        label_sizes = [
            metrics.boundingRect(
                QRectF(0, 0, width, line * 20), Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap, text
            ).size()
            for text, width in zip(labels, widths, strict=True)
        ]
        centre = QPointF(chart.center().x(), chart.top() + chart.height() / 2)
        radius = _fit_radius(chart, centre, label_sizes, line * 0.6, line * 2)

        def point(index: int, value: float, extra: float = 0.0) -> QPointF:
            angle = -math.pi / 2 + 2 * math.pi * index / count
            distance = radius * value / 100 + extra
            return QPointF(centre.x() + distance * math.cos(angle), centre.y() + distance * math.sin(angle))

        # Grid: rings at 25/50/75/100 and one spoke per dimension.
        grid = QPen(self._grid_colour(), max(1.0, line / 16))
        painter.setPen(grid)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        for ring in RINGS:
            if count >= 3:
                painter.drawPolygon(QPolygonF([point(i, ring) for i in range(count)]))
            else:
                painter.drawEllipse(centre, radius * ring / 100, radius * ring / 100)
        for index in range(count):
            painter.drawLine(centre, point(index, 100))

        # Dimension labels, outside the largest ring.
        painter.setPen(text_colour)
        for index, (text, size) in enumerate(zip(labels, label_sizes, strict=True)):
            anchor = point(index, 100, line * 0.6)
            cos, _, before_x, before_y = _placement(index, count)
            x = anchor.x() - size.width() * before_x
            y = anchor.y() - size.height() * before_y
            align = (
                Qt.AlignmentFlag.AlignLeft
                if cos > 0.25
                else Qt.AlignmentFlag.AlignRight
                if cos < -0.25
                else Qt.AlignmentFlag.AlignHCenter
            )
            painter.drawText(QRectF(x, y, size.width(), size.height()), align | Qt.TextFlag.TextWordWrap, text)

        # Series: the whole last, on top, thicker.
        for index in reversed(range(len(self._series))):
            self._paint_series(painter, index, point, line)

        small = QFont(font)
        small.setPointSizeF(font.pointSizeF() * 0.8)
        painter.setFont(small)
        small_metrics = QFontMetricsF(small)
        halo = QPen(self.palette().color(QPalette.ColorRole.Window), line / 6)
        halo.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
        for ring in RINGS:  # ring values with a halo, so they stay legible over the lines
            # Halfway between the first two spokes, where no marker is ever drawn (markers sit on spokes).
            first, second = point(0, ring), point(1 % max(count, 1), ring)
            at = QPointF((first.x() + second.x()) / 2, (first.y() + second.y()) / 2) if count >= 3 else first
            width = small_metrics.horizontalAdvance(str(ring))
            path = QPainterPath()
            path.addText(QPointF(at.x() - width / 2, at.y() + small_metrics.ascent() / 2), small, str(ring))
            painter.strokePath(path, halo)
            painter.fillPath(path, text_colour)
        painter.setFont(font)

        # Legend.
        painter.setFont(font)
        for index, rect in legend:
            rect = rect.translated(area.left(), chart.bottom() + line * 0.4)
            y = rect.center().y()
            self._apply_series_pen(painter, index, line)
            painter.drawLine(QPointF(rect.left(), y), QPointF(rect.left() + line * 3, y))
            self._paint_marker(painter, index, QPointF(rect.left() + line * 1.5, y), line)
            painter.setPen(text_colour)
            painter.drawText(
                QRectF(rect.left() + line * 3.5, rect.top(), rect.width() - line * 3.5, rect.height()),
                Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                self._series[index].name,
            )
        self._paint_focus(painter)

    def _label_text(self, axis_id: str, label: str) -> str:
        overall = self._series[0].values.get(axis_id) if self._series else None
        return label if overall is None else f"{label}\n{wording.number(overall)}"

    def _apply_series_pen(self, painter: QPainter, index: int, line: float) -> None:
        pen = QPen(self._colour(index), line / (5 if index == 0 else 7))
        pen.setStyle(PEN_STYLES[self._key(index)])
        pen.setCapStyle(Qt.PenCapStyle.FlatCap)
        painter.setPen(pen)
        painter.setBrush(Qt.BrushStyle.NoBrush)

    def _paint_series(self, painter: QPainter, index: int, point, line: float) -> None:
        series = self._series[index]
        values = [series.values.get(axis_id) for axis_id, _ in self._axes]
        points = [None if v is None else point(i, v) for i, v in enumerate(values)]
        present = [p for p in points if p is not None]
        if index == 0 and len(present) == len(points) >= 3:
            fill = QColor(self._colour(0))
            fill.setAlpha(28)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(fill)
            painter.drawPolygon(QPolygonF(present))
        self._apply_series_pen(painter, index, line)
        count = len(points)
        for i in range(count if count >= 3 else count - 1):
            start, end = points[i], points[(i + 1) % count]
            if start is not None and end is not None:
                painter.drawLine(start, end)
        for p in present:
            self._paint_marker(painter, index, p, line)

    def _paint_marker(self, painter: QPainter, index: int, at: QPointF, line: float) -> None:
        shape = wording.GROUP_MARKERS[self._key(index)]
        size = line * (0.32 if index == 0 else 0.28)
        colour = self._colour(index)
        painter.setPen(QPen(colour, max(1.0, line / 10)))
        painter.setBrush(colour if shape != "cross" else Qt.BrushStyle.NoBrush)
        if shape == "circle":
            painter.drawEllipse(at, size, size)
        elif shape == "square":
            painter.drawRect(QRectF(at.x() - size, at.y() - size, 2 * size, 2 * size))
        elif shape == "triangle":
            painter.drawPolygon(
                QPolygonF(
                    [
                        QPointF(at.x(), at.y() - size * 1.2),
                        QPointF(at.x() + size * 1.1, at.y() + size),
                        QPointF(at.x() - size * 1.1, at.y() + size),
                    ]
                )
            )
        elif shape == "diamond":
            painter.drawPolygon(
                QPolygonF(
                    [
                        QPointF(at.x(), at.y() - size * 1.3),
                        QPointF(at.x() + size * 1.1, at.y()),
                        QPointF(at.x(), at.y() + size * 1.3),
                        QPointF(at.x() - size * 1.1, at.y()),
                    ]
                )
            )
        else:
            path = QPainterPath()
            path.moveTo(at.x() - size, at.y() - size)
            path.lineTo(at.x() + size, at.y() + size)
            path.moveTo(at.x() - size, at.y() + size)
            path.lineTo(at.x() + size, at.y() - size)
            painter.setPen(QPen(colour, max(1.5, line / 7)))
            painter.drawPath(path)

    def _paint_focus(self, painter: QPainter) -> None:
        if self.hasFocus():  # the app's focus ring, whoever moved the focus here
            painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)
            focus_style.paint_ring(painter, self.rect(), self.palette(), self.palette().color(self.backgroundRole()))


def _placement(index: int, count: int) -> tuple[float, float, float, float]:
    """Direction of an axis, and the share of its label's width and height that lies before the anchor."""
    angle = -math.pi / 2 + 2 * math.pi * index / count
    cos, sin = math.cos(angle), math.sin(angle)
    return cos, sin, (0 if cos > 0.25 else 1 if cos < -0.25 else 0.5), (0 if sin > 0.25 else 1 if sin < -0.25 else 0.5)


def _fit_radius(chart: QRectF, centre: QPointF, sizes, gap: float, smallest: float) -> float:
    """The largest radius at which every label, placed outside its axis, stays inside the chart."""
    radius = min(chart.width(), chart.height()) / 2 - gap
    for index, size in enumerate(sizes):
        cos, sin, before_x, before_y = _placement(index, len(sizes))
        for direction, low, high, before, after in (
            (
                cos,
                centre.x() - chart.left(),
                chart.right() - centre.x(),
                size.width() * before_x,
                size.width() * (1 - before_x),
            ),
            (
                sin,
                centre.y() - chart.top(),
                chart.bottom() - centre.y(),
                size.height() * before_y,
                size.height() * (1 - before_y),
            ),
        ):
            if direction > 1e-6:
                radius = min(radius, (high - after) / direction - gap)
            elif direction < -1e-6:
                radius = min(radius, (low - before) / -direction - gap)
    return max(smallest, radius)
