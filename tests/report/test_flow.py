"""A heading stays with the start of its table; the table itself may run onto the next page."""

import io

from pypdf import PdfReader
from reportlab.platypus import Paragraph, Spacer, Table

from peerready.report.flow import StartTogether
from peerready.report.layout import MARGIN, PAGE_HEIGHT, build, styles


def _pages(free_at_bottom: float) -> list[str]:
    s = styles()
    rows = [["Action"]] + [[f"Ligne {n}"] for n in range(1, 31)]
    story = [
        Spacer(1, PAGE_HEIGHT - 2 * MARGIN - free_at_bottom),
        StartTogether([Paragraph("Le chantier", s["h2"])], Table(rows, repeatRows=1)),
    ]
    pdf = build(story, title="t", subject="t", header_left="t", header_right="t")
    return [page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages]


def test_a_heading_never_ends_a_page_alone():
    pages = _pages(free_at_bottom=40)  # room for the heading and the table's header, not a row
    assert "Le chantier" not in pages[0] and "Le chantier" in pages[1]
    assert "Ligne 1" in pages[1]


def test_with_room_for_a_row_the_table_starts_and_continues_under_its_header():
    pages = _pages(free_at_bottom=90)
    assert "Le chantier" in pages[0] and "Ligne 1" in pages[0]
    assert "Ligne 30" in pages[-1] and pages[-1].count("Action") == 1  # the header repeated


def test_the_space_before_the_heading_counts_too():
    # Room for the heading, the table's header and a row, but not for the heading's space before
    # as well: all of it goes to the next page, rather than a heading alone at the foot of this one.
    for free in range(50, 80, 2):
        first = _pages(free_at_bottom=free)[0]
        assert "Le chantier" not in first or "Ligne 1" in first, free
