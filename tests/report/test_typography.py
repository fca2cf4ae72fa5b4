"""French typography in every printed document: a no-break space before « : ; ? ! », so they never
start a line, and the typographic apostrophe, in the body, in the bold labels the code writes
(« <b>Première étape :</b> ») and in the page header (« Un chez-soi d’abord »)."""

import io
import re

import pytest
from pypdf import PdfReader
from reportlab.platypus import Paragraph

from peerready import report
from peerready.report.layout import french_markup, para, styles
from tests.report.test_fit import _computed, _tables, stories  # noqa: F401 (a fixture)

#: A space reportlab may break at, before a high punctuation mark that ends a word.
BREAKABLE_BEFORE_PUNCTUATION = re.compile(r"[ \t\u202f](?:<[^>]*>)*[:;?!](?=\s|$|<)")
STRAIGHT_APOSTROPHE = re.compile(r"\w'\w")


def _paragraphs(flowables):
    for flowable in flowables:
        if isinstance(flowable, Paragraph):
            yield flowable
    for table in _tables(flowables):
        for row in table._cellvalues:
            for cell in row:
                yield from (c for c in (cell if isinstance(cell, list | tuple) else [cell]) if isinstance(c, Paragraph))


def test_the_bold_labels_of_the_code_get_their_no_break_space():
    assert french_markup("<b>Première étape :</b> Écrire l'annonce") == "<b>Première étape\u00a0:</b> Écrire l’annonce"
    assert (
        french_markup("<b>Qui</b> : la direction ; l'équipe ?")
        == "<b>Qui</b>\u00a0: la direction\u202f; l’équipe\u202f?"
    )
    # Tags and entities are left as they are.
    assert (
        french_markup("<font size=8 color='#5b6675'>a &amp; b</font>")
        == "<font size=8 color='#5b6675'>a &amp; b</font>"
    )
    assert para("Pour quand : demain", styles()["body"]).text == "Pour quand\u00a0: demain"


@pytest.mark.parametrize("example", ["chrs-mal-prepare.yaml", "service-bien-prepare.yaml"])
def test_no_punctuation_can_start_a_line_in_the_plan_and_the_report(bundled, stories, example):  # noqa: F811
    _, r, p = _computed(bundled, example)
    report.action_plan(bundled, r, p.actions, date="2026-12-01")
    report.full_report(bundled, r, p.actions, date="2026-12-01", include_comments=True)
    found = []
    for story in stories:
        for paragraph in _paragraphs(story):
            if BREAKABLE_BEFORE_PUNCTUATION.search(paragraph.text) or STRAIGHT_APOSTROPHE.search(paragraph.text):
                found.append(paragraph.text[:90])
    assert found == []


def test_the_page_header_gets_the_same_typography_as_the_body(bundled):
    _, r, p = _computed(bundled, "service-bien-prepare.yaml")
    reader = PdfReader(io.BytesIO(report.action_plan(bundled, r, p.actions, date="2026-12-01")))
    page = reader.pages[1].extract_text()
    assert "Un chez-soi d’abord (exemple) · Plan d’action" in page
    assert "d'abord" not in page
