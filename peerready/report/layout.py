"""Page layout shared by every PeerReady document: fonts, styles, colours, header and footer.

Only the embedded DejaVu Sans is used (full French coverage, including the narrow no-break
space), everywhere: body, tables, bullets and charts, so no Helvetica leaks in. Colour never
carries meaning alone: priorities and severities are always written too.
"""

from __future__ import annotations

import html
import io
import re

from reportlab import rl_config
from reportlab.graphics import shapes
from reportlab.lib import colors
from reportlab.lib.enums import TA_LEFT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas as pdfcanvas
from reportlab.platypus import BaseDocTemplate, Frame, PageTemplate, TableStyle
from reportlab.platypus import Paragraph as PlainParagraph
from reportlab.platypus.tables import CellStyle

from peerready.engine import wording
from peerready.report.words import typeset
from peerready.resources import resource_path

FONT, BOLD, ITALIC = "PeerReady-Sans", "PeerReady-Sans-Bold", "PeerReady-Sans-Italic"
PAGE_WIDTH, PAGE_HEIGHT = A4
MARGIN = 20 * mm
CONTENT_WIDTH = PAGE_WIDTH - 2 * MARGIN

INK = colors.HexColor("#1d2733")
MUTED_HEX = "#5b6675"
MUTED = colors.HexColor(MUTED_HEX)
RULE = colors.HexColor("#c9d1da")
SOFT = colors.HexColor("#eef2f6")
ACCENT = colors.HexColor("#1f5f8b")

PRIORITY_COLOURS = {key: colors.HexColor(value) for key, value in wording.PRIORITY_COLOURS.items()}
LEVEL_COLOURS = {key: colors.HexColor(value) for key, value in wording.LEVEL_COLOURS.items()}
#: One stroke colour and dash pattern per group, distinguishable in black and white.
GROUP_STYLES = {
    "all": (INK, None, 2.2),
    "management": (colors.HexColor(wording.GROUP_COLOURS["management"]), (6, 3), 1.6),
    "team": (colors.HexColor(wording.GROUP_COLOURS["team"]), None, 1.6),
    "peer": (colors.HexColor(wording.GROUP_COLOURS["peer"]), (2, 2), 1.6),
    "people": (colors.HexColor(wording.GROUP_COLOURS["people"]), (8, 2, 2, 2), 1.6),
}

_registered = False


def register_fonts() -> None:
    global _registered
    if _registered:
        return
    for name, file in ((FONT, "DejaVuSans.ttf"), (BOLD, "DejaVuSans-Bold.ttf"), (ITALIC, "DejaVuSans-Oblique.ttf")):
        pdfmetrics.registerFont(TTFont(name, str(resource_path("fonts", file))))
    pdfmetrics.registerFontFamily(FONT, normal=FONT, bold=BOLD, italic=ITALIC, boldItalic=BOLD)
    shapes.STATE_DEFAULTS["fontName"] = FONT
    rl_config.canvas_basefontname = FONT  # the canvas's initial font, else Helvetica is declared
    CellStyle.fontname = FONT  # table cells took Helvetica when reportlab was imported
    _registered = True


def styles() -> dict[str, ParagraphStyle]:
    register_fonts()
    base = ParagraphStyle(
        "body",
        fontName=FONT,
        fontSize=10,
        leading=14,
        textColor=INK,
        alignment=TA_LEFT,
        bulletFontName=FONT,
        spaceAfter=4,
    )
    return {
        "body": base,
        "small": ParagraphStyle("small", parent=base, fontSize=8.5, leading=11.5, textColor=MUTED),
        "small_ink": ParagraphStyle("small_ink", parent=base, fontSize=8.5, leading=11.3, spaceAfter=0),
        "cell": ParagraphStyle("cell", parent=base, fontSize=9, leading=12, spaceAfter=0),
        # A checklist line: the action in bold and its reason under it, set tight so a plan stays short.
        "item": ParagraphStyle("item", parent=base, fontSize=9, leading=10.5, spaceAfter=0),
        "answers": ParagraphStyle("answers", parent=base, fontSize=9, leading=12.5, leftIndent=10, spaceAfter=0),
        "number": ParagraphStyle("number", parent=base, fontSize=9, leading=12, spaceAfter=0, alignment=1),
        "cell_bold": ParagraphStyle("cell_bold", parent=base, fontName=BOLD, fontSize=9, leading=12, spaceAfter=0),
        "head": ParagraphStyle(
            "head", parent=base, fontName=BOLD, fontSize=8.5, leading=11, textColor=colors.white, spaceAfter=0
        ),
        "title": ParagraphStyle("title", parent=base, fontName=BOLD, fontSize=26, leading=32, spaceAfter=10),
        "subtitle": ParagraphStyle("subtitle", parent=base, fontSize=13, leading=18, textColor=MUTED, spaceAfter=18),
        "h1": ParagraphStyle(
            "h1",
            parent=base,
            fontName=BOLD,
            fontSize=16,
            leading=21,
            textColor=ACCENT,
            spaceBefore=4,
            spaceAfter=8,
            keepWithNext=1,
        ),
        "h2": ParagraphStyle(
            "h2", parent=base, fontName=BOLD, fontSize=12, leading=16, spaceBefore=10, spaceAfter=4, keepWithNext=1
        ),
        "h3": ParagraphStyle("h3", parent=base, fontName=BOLD, fontSize=10.5, leading=14, spaceBefore=2, spaceAfter=2),
        "bullet": ParagraphStyle("bullet", parent=base, leftIndent=12, bulletIndent=2, spaceAfter=2),
        "big": ParagraphStyle("big", parent=base, fontSize=12, leading=17),
        "question": ParagraphStyle("question", parent=base, fontName=BOLD, fontSize=11.5, leading=15.5, spaceAfter=3),
        "option": ParagraphStyle("option", parent=base, fontSize=11, leading=15, spaceAfter=0),
    }


def text(value) -> str:
    """Escape text written by people before it goes into a Paragraph."""
    # html.escape rather than xml.sax.saxutils.escape (the same three characters): saxutils
    # imports urllib.request, with http, ssl and email, ~20 ms of every process that prints.
    return html.escape(str(value or ""), quote=False)


#: A tag (« <b> », « <font size=8> ») or an entity (« &amp; ») of Paragraph markup.
_MARKUP = re.compile(r"<[^>]*>|&(?:[A-Za-z]+|#\d+|#x[0-9A-Fa-f]+);")
#: What stands for the tags while the typography is set: first a letter-like character, so that
#: « Qui</b> : » gets its no-break space; then a line separator, a space to the typography, so
#: that « <b>Qui :</b> » gets it too.
_STAND_INS = ("\ue000", "\u2028")


def french_markup(markup: str) -> str:
    """French typography (``typography.french``) on the text of Paragraph markup, tags and entities untouched."""
    tags = _MARKUP.findall(markup)
    parts = _MARKUP.split(markup)
    for stand_in in _STAND_INS:
        if any(stand_in in part for part in parts):
            continue  # the text has one already: not this way
        typeset_parts = typeset(stand_in.join(parts)).split(stand_in)
        if len(typeset_parts) == len(parts):
            parts = typeset_parts
    return "".join(part + tag for part, tag in zip(parts, [*tags, ""], strict=True))


class Paragraph(PlainParagraph):
    """A reportlab ``Paragraph`` that breaks its lines once per width.

    A table measures its cells, then wraps them again to draw them, and a table that is split or
    kept with its heading is measured once more: the same paragraph is wrapped at the same width
    two to four times, and breaking lines is most of a document's time. The lines broken at a width
    are kept with what breaking them changed on the paragraph, and given back: the same lines as
    breaking them again, so the same PDF, byte for byte.
    """

    def breakLines(self, width):
        widths = width if isinstance(width, list | tuple) else [width]
        key = tuple(widths)
        kept = self.__dict__.setdefault("_lines_by_width", {})
        if key not in kept:
            lines = super().breakLines(width)
            # Also kept: the frags (the first breaking turns them into words), the widths a bullet
            # narrows, and the counters reportlab reads after breaking.
            kept[key] = (lines, self.frags, list(widths), self._width_max, self._splitLongWordCount, self._hyphenations)
            return lines
        lines, self.frags, narrowed, self._width_max, self._splitLongWordCount, self._hyphenations = kept[key]
        if isinstance(width, list):
            width[:] = narrowed
        return lines


def para(value, style, markup: bool = False) -> Paragraph:
    """A Paragraph in French typography, whatever the text's origin: the questionnaire, the code's own
    sentences (« <b>Première étape :</b> ») or what people typed."""
    markup_text = french_markup(value) if markup else text(typeset(str(value or "")))
    # reportlab breaks lines at U+202F (narrow no-break space) but not at U+00A0: use the latter,
    # so that « ? », « ; », « ! » and « : » never start a line.
    return Paragraph(markup_text.replace("\u202f", "\u00a0"), style)


class _NumberedCanvas(pdfcanvas.Canvas):
    """Draws the header and "page x / y" once the total number of pages is known.

    They are drawn when the document is saved, after each page's body: they end the page's content
    stream, so whatever reads the text in content order (pypdf, ``pdftotext -raw``, a viewer's text
    layer, a screen reader reading an untagged PDF as it was printed) reads the body first and the
    running header and footer last. A page template's ``onPage`` would put them first; its
    ``onPageEnd`` would put them last too, but before the number of pages is known.
    """

    header_left = ""
    header_right = ""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self._pages = []

    def showPage(self):
        self._pages.append(dict(self.__dict__))
        self._startPage()

    def save(self):
        total = len(self._pages)
        for state in self._pages:
            self.__dict__.update(state)
            if self._pageNumber > 1:
                self._decorate(total)
            super().showPage()
        super().save()

    def _decorate(self, total: int) -> None:
        self.saveState()
        self.setFont(FONT, 8)
        self.setFillColor(MUTED)
        self.setStrokeColor(RULE)
        top = PAGE_HEIGHT - MARGIN + 8 * mm
        self.drawString(MARGIN, top, fit(self.header_left, CONTENT_WIDTH - 45 * mm, FONT, 8))
        self.drawRightString(PAGE_WIDTH - MARGIN, top, self.header_right)
        self.line(MARGIN, top - 2.5 * mm, PAGE_WIDTH - MARGIN, top - 2.5 * mm)
        bottom = MARGIN - 10 * mm
        self.line(MARGIN, bottom + 4 * mm, PAGE_WIDTH - MARGIN, bottom + 4 * mm)
        self.drawString(MARGIN, bottom, "PeerReady")
        self.drawRightString(PAGE_WIDTH - MARGIN, bottom, f"page {self._pageNumber} / {total}")
        self.restoreState()


def fit(value: str, width: float, font: str, size: float) -> str:
    """Shorten at a word boundary, with an ellipsis, so the text fits in ``width``."""
    if stringWidth(value, font, size) <= width:
        return value
    words = value.split(" ")  # not at the no-break spaces of French typography
    while words and stringWidth(" ".join(words) + " …", font, size) > width:
        words.pop()
    return " ".join(words) + " …"


def build(story, *, title: str, subject: str, header_left: str, header_right: str) -> bytes:
    """Lay out a story on A4 pages with header, footer and metadata; return the PDF bytes.

    Every PDF PeerReady makes comes through here: the title (shown by viewers instead of the file
    name), the subject, the author and the language (French) are set on each of them.
    """
    register_fonts()
    # The header says the structure's name: the same typography as the body (« d’abord »).
    title, header_left, header_right = (typeset(x) for x in (title, header_left, header_right))
    buffer = io.BytesIO()
    doc = BaseDocTemplate(
        buffer,
        pagesize=A4,
        leftMargin=MARGIN,
        rightMargin=MARGIN,
        topMargin=MARGIN,
        bottomMargin=MARGIN,
        title=title,
        subject=subject,
        author="PeerReady",
        creator="PeerReady",
        lang="fr-FR",
        displayDocTitle=True,  # viewers show the title in their title bar, not the file name
        initialFontName=FONT,
        initialFontSize=10,
    )
    frame = Frame(
        MARGIN,
        MARGIN,
        CONTENT_WIDTH,
        PAGE_HEIGHT - 2 * MARGIN,
        id="body",
        leftPadding=0,
        rightPadding=0,
        topPadding=0,
        bottomPadding=0,
    )
    doc.addPageTemplates([PageTemplate(id="page", frames=[frame])])
    canvas_class = type("PageCanvas", (_NumberedCanvas,), {"header_left": header_left, "header_right": header_right})
    doc.build(story, canvasmaker=canvas_class)
    return buffer.getvalue()


def mm_(value: float) -> float:
    return value * mm


def grid_style() -> TableStyle:
    """A table with a dark heading row and light stripes, as every results and actions table has."""
    return TableStyle(
        [
            ("BACKGROUND", (0, 0), (-1, 0), INK),
            ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
            ("LINEBELOW", (0, 1), (-1, -1), 0.4, RULE),
            ("TOPPADDING", (0, 0), (-1, -1), 4),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
            ("ROWBACKGROUNDS", (0, 1), (-1, -1), [colors.white, SOFT]),
        ]
    )
