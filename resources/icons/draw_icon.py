"""Draw PeerReady's icon (two people side by side, one step up) as PNG files and a Windows .ico.

Run once when the icon changes: python resources/icons/draw_icon.py
"""

import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QGuiApplication, QImage, QPainter, QPainterPath

HERE = Path(__file__).resolve().parent


def draw(size: int) -> QImage:
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    p = QPainter(image)
    p.setRenderHint(QPainter.RenderHint.Antialiasing)
    s = size / 64
    background = QPainterPath()
    background.addRoundedRect(QRectF(2 * s, 2 * s, 60 * s, 60 * s), 13 * s, 13 * s)
    p.fillPath(background, QColor("#1f5f8b"))
    for x, y, colour in ((22, 26, "#ffffff"), (42, 20, "#ffd166")):
        p.setBrush(QColor(colour))
        p.setPen(Qt.PenStyle.NoPen)
        p.drawEllipse(QPointF(x * s, y * s), 7 * s, 7 * s)
        body = QPainterPath()
        body.addRoundedRect(QRectF((x - 11) * s, (y + 10) * s, 22 * s, 24 * s), 10 * s, 10 * s)
        p.drawPath(body)
    p.end()
    return image


def main() -> int:
    app = QGuiApplication(sys.argv[:1])
    for size in (16, 24, 32, 48, 64, 128, 256):
        draw(size).save(str(HERE / f"peerready-{size}.png"))
    draw(256).save(str(HERE / "peerready.png"))
    saved = draw(256).save(str(HERE / "peerready.ico"))
    print("ico written" if saved else "ico not written (no ico image plugin)")
    del app
    return 0


if __name__ == "__main__":
    sys.exit(main())
