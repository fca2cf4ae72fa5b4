"""The action plan and the full report as a word-processor document (DOCX, python-docx).

Opens and edits in Microsoft Word and LibreOffice Writer. Made to be read with a screen reader
as well as printed: real headings (« Titre 1 »…), tables with a header row repeated on each page
and a description, lists that are lists, the document's title and language (French) set. It is
the accessible alternative to the PDF, which is not tagged.

Importing this module imports python-docx: only do it when a document is made.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import io

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_TAB_ALIGNMENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor

from peerready.report.outline import Grid, Heading, Items, Outline, Paragraph, Runs
from peerready.report.words import xml_safe

#: A font every Windows has, and that LibreOffice replaces by its metric twin (Liberation Sans).
FONT = "Arial"
LANGUAGE = "fr-FR"
INK = RGBColor(0x1D, 0x27, 0x33)
MUTED = RGBColor(0x5B, 0x66, 0x75)
ACCENT = RGBColor(0x1F, 0x5F, 0x8B)
PAGE_WIDTH, PAGE_HEIGHT, MARGIN = Cm(21), Cm(29.7), Cm(2)
CONTENT_WIDTH = PAGE_WIDTH - 2 * MARGIN
HEADING_SIZES = {0: 22, 1: 15, 2: 12.5, 3: 11}
STYLE_SIZES = {"body": 10.5, "lead": 13, "small": 9, "subtitle": 13}


def document(outline: Outline) -> bytes:
    """The outline as a .docx file's bytes."""
    doc = Document()
    _page(doc, outline)
    _styles(doc)
    _properties(doc, outline)
    numbering = _Numbering(doc)
    for index, block in enumerate(outline.blocks):
        follows = outline.blocks[index + 1] if index + 1 < len(outline.blocks) else None
        if isinstance(block, Heading):
            _heading(doc, block)
        elif isinstance(block, Paragraph):
            paragraph = _paragraph(doc, block)
            # What introduces a table or a list stays on the page of its first row.
            paragraph.paragraph_format.keep_with_next = isinstance(follows, Grid | Items) or None
        elif isinstance(block, Items):
            _items(doc, block, numbering)
        elif isinstance(block, Grid):
            _grid(doc, block)
        else:
            raise TypeError(f"not a block of an outline: {block!r}")
    buffer = io.BytesIO()
    doc.save(buffer)
    return buffer.getvalue()


# -- the page and the styles ------------------------------------------------------------------------


def _page(doc, outline: Outline) -> None:
    section = doc.sections[0]
    section.orientation = WD_ORIENT.PORTRAIT
    section.page_width, section.page_height = PAGE_WIDTH, PAGE_HEIGHT  # A4, not the template's Letter
    for side in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
        setattr(section, side, MARGIN)
    for name in ("Header", "Footer"):  # the template's tab stops are for Letter paper
        doc.styles[name].paragraph_format.tab_stops.clear_all()
    section.different_first_page_header_footer = True  # the cover has no running header, as in the PDF
    header = section.header.paragraphs[0]
    header.paragraph_format.tab_stops.add_tab_stop(CONTENT_WIDTH, WD_TAB_ALIGNMENT.RIGHT)
    _add_text(header, xml_safe(f"{outline.header}\t{outline.date}"), size=8, colour=MUTED)
    footer = section.footer.paragraphs[0]
    footer.paragraph_format.tab_stops.add_tab_stop(CONTENT_WIDTH, WD_TAB_ALIGNMENT.RIGHT)
    _add_text(footer, "PeerReady\tpage ", size=8, colour=MUTED)
    _field(footer, "PAGE")
    _add_text(footer, " / ", size=8, colour=MUTED)
    _field(footer, "NUMPAGES")


def _language(element) -> None:
    """French for the spelling checker and for the voice of a screen reader."""
    rpr = element.get_or_add_rPr()
    lang = rpr.find(qn("w:lang"))
    if lang is None:
        lang = OxmlElement("w:lang")
        rpr.append(lang)
    lang.set(qn("w:val"), LANGUAGE)
    lang.set(qn("w:eastAsia"), LANGUAGE)


def _styles(doc) -> None:
    defaults = doc.styles.element.find(qn("w:docDefaults"))
    if defaults is not None:
        rpr_default = defaults.find(qn("w:rPrDefault"))
        if rpr_default is not None and rpr_default.find(qn("w:rPr")) is not None:
            rpr = rpr_default.find(qn("w:rPr"))
            lang = rpr.find(qn("w:lang"))
            if lang is None:
                lang = OxmlElement("w:lang")
                rpr.append(lang)
            lang.set(qn("w:val"), LANGUAGE)
    for name in ("Normal", "Title", "Subtitle", "Heading 1", "Heading 2", "Heading 3", "List Bullet", "List Number"):
        style = doc.styles[name]
        style.font.name = FONT
        rfonts = style.element.get_or_add_rPr().get_or_add_rFonts()
        for attribute in ("w:ascii", "w:hAnsi", "w:cs", "w:eastAsia"):
            rfonts.set(qn(attribute), FONT)
        for theme in ("w:asciiTheme", "w:hAnsiTheme", "w:cstheme", "w:eastAsiaTheme"):
            rfonts.attrib.pop(qn(theme), None)
        _language(style.element)
    normal = doc.styles["Normal"]
    normal.font.size = Pt(STYLE_SIZES["body"])
    normal.font.color.rgb = INK
    normal.paragraph_format.space_after = Pt(4)
    for level, name in ((0, "Title"), (1, "Heading 1"), (2, "Heading 2"), (3, "Heading 3")):
        style = doc.styles[name]
        style.font.size = Pt(HEADING_SIZES[level])
        style.font.color.rgb = INK if level in (0, 1) else ACCENT
        style.font.bold = True
        style.paragraph_format.keep_with_next = True  # a heading never ends a page alone
        style.paragraph_format.space_before = Pt(0 if level == 0 else 14 if level == 1 else 10)
        style.paragraph_format.space_after = Pt(4)


def _properties(doc, outline: Outline) -> None:
    """What a file manager, a screen reader or Word's « Propriétés » show: the title, not « python-docx »."""
    core = doc.core_properties
    now = dt.datetime.now(dt.timezone.utc).replace(microsecond=0, tzinfo=None)
    core.title = xml_safe(outline.title)
    core.subject = xml_safe(outline.subject)
    core.author = core.last_modified_by = "PeerReady"
    core.language = LANGUAGE
    core.keywords = "travail pair, plan d’action"
    core.comments = ""
    core.created = core.modified = now
    core.revision = 1


# -- the blocks -------------------------------------------------------------------------------------


def _add_text(paragraph, value: str, *, bold=False, italic=False, size=None, colour=None) -> None:
    """A run per line of ``value``, with a line break between them (never a new paragraph)."""
    for number, line in enumerate(value.split("\n")):
        if number:
            paragraph.add_run().add_break()  # a run's text, once set, would replace its break
        if not line:
            continue
        target = paragraph.add_run(line)
        target.bold = bold or None
        target.italic = italic or None
        if size is not None:
            target.font.size = Pt(size)
        if colour is not None:
            target.font.color.rgb = colour


def _add_runs(paragraph, parts: Runs, size=None, colour=None) -> None:
    for part in parts:
        _add_text(paragraph, xml_safe(part.text), bold=part.bold, italic=part.italic, size=size, colour=colour)


def _field(paragraph, instruction: str) -> None:
    """A field Word and LibreOffice compute when they show the page (the page number, the page count)."""
    field = OxmlElement("w:fldSimple")
    field.set(qn("w:instr"), instruction)
    inner = OxmlElement("w:r")
    properties = OxmlElement("w:rPr")
    properties.append(_element("w:color", **{"w:val": str(MUTED)}))
    properties.append(_element("w:sz", **{"w:val": "16"}))  # half-points: 8 pt, as the text around it
    inner.append(properties)
    text = OxmlElement("w:t")
    text.text = "1"
    inner.append(text)
    field.append(inner)
    paragraph._p.append(field)


def _heading(doc, block: Heading) -> None:
    doc.add_heading(xml_safe(block.text), block.level)


def _paragraph(doc, block: Paragraph):
    if block.style == "subtitle":
        paragraph = doc.add_paragraph(style="Subtitle")
        _add_runs(paragraph, block.runs)
        return paragraph
    paragraph = doc.add_paragraph()
    size = STYLE_SIZES.get(block.style)
    colour = MUTED if block.style == "small" else None
    _add_runs(paragraph, block.runs, size=None if block.style == "body" else size, colour=colour)
    if block.style == "lead":
        paragraph.paragraph_format.space_before = Pt(8)
    return paragraph


class _Numbering:
    """Numbered lists that each start at 1: Word's « List Number » style numbers on and on through
    the whole document, so each list gets a numbering instance of its own, restarted."""

    def __init__(self, doc):
        self.doc = doc
        self.part = doc.part.numbering_part.element
        style = doc.styles["List Number"].element
        num = style.find(qn("w:pPr")).find(qn("w:numPr")).find(qn("w:numId"))
        self.style_num = num.get(qn("w:val"))
        self.abstract = None
        for candidate in self.part.findall(qn("w:num")):
            if candidate.get(qn("w:numId")) == self.style_num:
                self.abstract = candidate.find(qn("w:abstractNumId")).get(qn("w:val"))

    def fresh(self) -> str:
        used = [int(n.get(qn("w:numId"))) for n in self.part.findall(qn("w:num"))]
        number = str(max(used, default=0) + 1)
        num = OxmlElement("w:num")
        num.set(qn("w:numId"), number)
        abstract = OxmlElement("w:abstractNumId")
        abstract.set(qn("w:val"), self.abstract)
        num.append(abstract)
        override = OxmlElement("w:lvlOverride")
        override.set(qn("w:ilvl"), "0")
        start = OxmlElement("w:startOverride")
        start.set(qn("w:val"), "1")
        override.append(start)
        num.append(override)
        self.part.append(num)
        return number


def _items(doc, block: Items, numbering: _Numbering) -> None:
    number = numbering.fresh() if block.numbered and numbering.abstract is not None else None
    for item in block.items:
        paragraph = doc.add_paragraph(style="List Number" if block.numbered else "List Bullet")
        paragraph.paragraph_format.space_after = Pt(2)
        if number is not None:
            ppr = paragraph._p.get_or_add_pPr()
            num_pr = OxmlElement("w:numPr")
            level = OxmlElement("w:ilvl")
            level.set(qn("w:val"), "0")
            num_id = OxmlElement("w:numId")
            num_id.set(qn("w:val"), number)
            num_pr.append(level)
            num_pr.append(num_id)
            ppr.insert(1, num_pr) if len(ppr) else ppr.append(num_pr)
        _add_runs(paragraph, item)


def _grid(doc, block: Grid) -> None:
    columns = max(len(block.header), max((len(r) for r in block.rows), default=0))
    header_rows = 0 if block.labelled else 1
    table = doc.add_table(rows=header_rows + len(block.rows), cols=columns)
    table.style = doc.styles["Table Grid"]
    table.alignment = WD_TABLE_ALIGNMENT.LEFT
    table.autofit = False
    _describe(table, block)
    weights = block.widths or (1,) * columns
    total = sum(weights)
    widths = [int(CONTENT_WIDTH * w / total) for w in weights]
    if not block.labelled:
        row = table.rows[0]
        _repeat_header(row)
        for index, title in enumerate(block.header):
            cell = row.cells[index]
            cell.text = ""
            _add_text(cell.paragraphs[0], xml_safe(title), bold=True)
            _shade(cell, "EEF2F6")
    for offset, values in enumerate(block.rows):
        row = table.rows[header_rows + offset]
        row._tr.get_or_add_trPr().append(_element("w:cantSplit"))  # a row never parts across two pages
        if block.tall:
            row.height = Cm(1.3)
        for index, parts in enumerate(values):
            paragraph = row.cells[index].paragraphs[0]
            if block.labelled and index == 0:
                _add_runs(paragraph, tuple(dataclasses.replace(p, bold=True) for p in parts))
            else:
                _add_runs(paragraph, parts)
    for index, column in enumerate(table.columns):  # the grid's widths (LibreOffice reads these)
        column.width = widths[index]
    for row in table.rows:  # and each cell's (Word reads these)
        for index, cell in enumerate(row.cells):
            cell.width = widths[index]
    doc.add_paragraph().paragraph_format.space_after = Pt(2)  # two tables never run together


def _element(tag: str, **attributes) -> OxmlElement:
    element = OxmlElement(tag)
    for key, value in attributes.items():
        element.set(qn(key), value)
    return element


def _repeat_header(row) -> None:
    """The header row is repeated on each page, and read by a screen reader as the columns' names."""
    row._tr.get_or_add_trPr().append(_element("w:tblHeader"))


def _shade(cell, colour: str) -> None:
    cell._tc.get_or_add_tcPr().append(_element("w:shd", **{"w:val": "clear", "w:color": "auto", "w:fill": colour}))


def _describe(table, block: Grid) -> None:
    """The table's title and description (Word's « Texte de remplacement »), read by a screen reader."""
    if not block.caption:
        return
    tbl_pr = table._tbl.tblPr
    tbl_pr.append(_element("w:tblCaption", **{"w:val": xml_safe(block.caption)}))
    tbl_pr.append(_element("w:tblDescription", **{"w:val": xml_safe(block.caption)}))
