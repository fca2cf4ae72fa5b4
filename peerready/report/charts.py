"""Charts drawn with reportlab shapes: a radar of dimensions and small score bars.

The radar's scale is fixed (0 in the centre, 100 at the edge), one line per group with its
own dash pattern and marker, so it reads the same in black and white.
"""

from __future__ import annotations

import math

from reportlab.graphics.shapes import Circle, Drawing, Line, Polygon, PolyLine, Rect, String
from reportlab.lib import colors
from reportlab.pdfbase.pdfmetrics import stringWidth

from peerready.engine import wording
from peerready.report.layout import BOLD, FONT, GROUP_STYLES, INK, MUTED, RULE, SOFT


def _balanced(label: str, width: float, size: float) -> list[str]:
    """One line if it fits, else two lines of similar length."""
    if stringWidth(label, BOLD, size) <= width or " " not in label:
        return [label]
    words = label.split()
    best = min(
        range(1, len(words)),
        key=lambda i: abs(stringWidth(" ".join(words[:i]), BOLD, size) - stringWidth(" ".join(words[i:]), BOLD, size)),
    )
    return [" ".join(words[:best]), " ".join(words[best:])]


def _marker(kind: str, x: float, y: float, colour, size: float = 3.2):
    if kind == "square":
        return Rect(x - size, y - size, 2 * size, 2 * size, fillColor=colors.white, strokeColor=colour, strokeWidth=1.2)
    if kind == "triangle":
        return Polygon(
            [x, y + size * 1.2, x - size, y - size * 0.8, x + size, y - size * 0.8],
            fillColor=colors.white,
            strokeColor=colour,
            strokeWidth=1.2,
        )
    if kind == "diamond":
        return Polygon(
            [x, y + size * 1.2, x + size, y, x, y - size * 1.2, x - size, y],
            fillColor=colors.white,
            strokeColor=colour,
            strokeWidth=1.2,
        )
    if kind == "cross":
        return PolyLine(
            [x - size, y - size, x + size, y + size, x, y, x - size, y + size, x + size, y - size],
            strokeColor=colour,
            strokeWidth=1.2,
        )
    return Circle(x, y, size, fillColor=colour, strokeColor=colour)


def radar(labels: list[str], series: list[tuple[str, str, list[float | None]]], width: float, height: float) -> Drawing:
    """``series`` is a list of (style key, legend label, scores 0–100 or None per axis).

    An axis that nobody scored is labelled « pas de réponse ».
    """
    if series:
        labels = [
            label if any(serie[2][i] is not None for serie in series) else f"{label} (pas de réponse)"
            for i, label in enumerate(labels)
        ]
    drawing = Drawing(width, height)
    legend_height = 14 * len(series) + 6
    cx, cy = width / 2, (height + legend_height) / 2
    radius = min(width * 0.30, (height - legend_height) / 2 - 30)
    count = len(labels)

    def point(index: int, value: float) -> tuple[float, float]:
        angle = math.pi / 2 - 2 * math.pi * index / count
        return cx + radius * value / 100 * math.cos(angle), cy + radius * value / 100 * math.sin(angle)

    # The filled background first, then the rings, the axes and the scale, then the data.
    drawing.add(
        Polygon([c for i in range(count) for c in point(i, 100)], fillColor=SOFT, strokeColor=RULE, strokeWidth=0.8)
    )
    for level in (25, 50, 75):
        drawing.add(
            Polygon(
                [c for i in range(count) for c in point(i, level)], fillColor=None, strokeColor=RULE, strokeWidth=0.5
            )
        )
    for index in range(count):
        x, y = point(index, 100)
        drawing.add(Line(cx, cy, x, y, strokeColor=RULE, strokeWidth=0.5))
    between = math.pi / 2 - math.pi / count  # the scale is written between the first two axes
    for level in (25, 50, 75, 100):
        sx = cx + radius * level / 100 * math.cos(between)
        sy = cy + radius * level / 100 * math.sin(between)
        drawing.add(String(sx + 2, sy - 2, str(level), fontName=FONT, fontSize=6.5, fillColor=MUTED))
    for index, label in enumerate(labels):
        lx, ly = point(index, 118)
        lines = _balanced(label, 95, 8)
        anchor = "middle" if abs(lx - cx) < 8 else ("start" if lx > cx else "end")
        top = ly + (len(lines) - 1) * 9.5 / 2 - 3
        for offset, line in enumerate(lines):
            drawing.add(
                String(lx, top - offset * 9.5, line, fontName=BOLD, fontSize=8, fillColor=INK, textAnchor=anchor)
            )
    for key, _, values in series:
        colour, dash, stroke = GROUP_STYLES.get(key, GROUP_STYLES["all"])
        pts = [(i, v) for i, v in enumerate(values) if v is not None]
        coords = [c for i, v in pts for c in point(i, v)]
        if len(pts) == count and count >= 3:
            drawing.add(Polygon(coords, fillColor=None, strokeColor=colour, strokeWidth=stroke, strokeDashArray=dash))
        elif len(pts) >= 2:
            drawing.add(PolyLine(coords, strokeColor=colour, strokeWidth=stroke, strokeDashArray=dash))
        for i, v in pts:
            drawing.add(_marker(wording.GROUP_MARKERS.get(key, "circle"), *point(i, v), colour))
    for row, (key, legend, _) in enumerate(series):
        colour, dash, stroke = GROUP_STYLES.get(key, GROUP_STYLES["all"])
        y = legend_height - 12 - row * 14
        x = width / 2 - 90
        drawing.add(Line(x, y + 3, x + 26, y + 3, strokeColor=colour, strokeWidth=stroke, strokeDashArray=dash))
        drawing.add(_marker(wording.GROUP_MARKERS.get(key, "circle"), x + 13, y + 3, colour))
        drawing.add(String(x + 34, y, legend, fontName=FONT, fontSize=8.5, fillColor=INK))
    return drawing


def score_bar(score: float | None, width: float = 80, height: float = 9, colour=None) -> Drawing:
    """A bar out of 100, with the figure written next to it."""
    drawing = Drawing(width + 30, height + 2)
    drawing.add(Rect(0, 1, width, height, fillColor=SOFT, strokeColor=RULE, strokeWidth=0.5))
    if score is not None:
        drawing.add(
            Rect(0, 1, width * max(0.0, min(100.0, score)) / 100, height, fillColor=colour or INK, strokeColor=None)
        )
    label = wording.number(score)
    drawing.add(String(width + 5, 2, label, fontName=BOLD, fontSize=8.5, fillColor=INK))
    return drawing


def checkbox(size: float = 9) -> Drawing:
    drawing = Drawing(size + 2, size + 2)
    drawing.add(Rect(1, 1, size, size, fillColor=colors.white, strokeColor=INK, strokeWidth=0.9))
    return drawing
