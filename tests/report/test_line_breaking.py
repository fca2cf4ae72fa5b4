"""Each paragraph of a document breaks its lines once per width, and the PDF is the same as without it.

A table measures its cells, then wraps them again to draw them, and a table split across pages or
kept with its heading is measured once more: without ``layout.Paragraph``'s kept lines, the plan's
paragraphs were broken into lines two to four times each, and breaking lines was most of the time.
"""

from collections import Counter

import pytest
from reportlab import rl_config
from reportlab.platypus import Paragraph as PlainParagraph

from peerready import report
from peerready.engine import answers, plan, results
from peerready.report import layout
from tests.conftest import ROOT


@pytest.fixture(scope="module")
def struggling(bundled):
    """The struggling example: its plan has four pages, workstreams and checklists that run over a page."""
    answer_set = answers.validate(answers.load(ROOT / "examples" / "chrs-mal-prepare.yaml"), bundled)
    r = results.compute(bundled, answer_set)
    return r, plan.build(bundled, r).actions


@pytest.fixture
def breaking(monkeypatch):
    """Counts, while active, each time reportlab itself breaks a paragraph's lines, by paragraph and widths."""
    counts: Counter = Counter()
    kept = []  # the paragraphs themselves, so that no id is reused while counting
    original = PlainParagraph.breakLines

    def counted(paragraph, width):
        kept.append(paragraph)
        counts[id(paragraph), tuple(width) if isinstance(width, list | tuple) else (width,)] += 1
        return original(paragraph, width)

    monkeypatch.setattr(PlainParagraph, "breakLines", counted)
    return counts


@pytest.fixture
def wrapped(monkeypatch):
    """Counts each time a paragraph is wrapped (measured or drawn), by paragraph."""
    counts: Counter = Counter()
    original = PlainParagraph.wrap

    def counted(paragraph, width, height):
        counts[id(paragraph)] += 1
        return original(paragraph, width, height)

    monkeypatch.setattr(PlainParagraph, "wrap", counted)
    return counts


@pytest.fixture
def invariant(monkeypatch):
    """PDFs without the date of their making or a random id, so that two builds can be compared byte for byte."""
    monkeypatch.setattr(rl_config, "invariant", 1)


def test_the_plan_breaks_each_paragraph_into_lines_once_per_width(bundled, struggling, breaking, wrapped):
    r, actions = struggling
    report.action_plan(bundled, r, actions, date="2026-11-22")
    assert breaking, "no paragraph was broken into lines: the count no longer sees reportlab's breakLines"
    assert max(breaking.values()) == 1, [key for key, n in breaking.items() if n > 1][:5]
    # Cells are still measured, then drawn, so paragraphs are wrapped more often than broken: the
    # kept lines were given back (2.2 wraps per breaking when this test was written).
    assert sum(wrapped.values()) > len(breaking)


def test_the_paragraphs_of_every_document_are_layout_paragraphs(bundled, struggling, monkeypatch):
    """A plain reportlab Paragraph would silently break its lines at every wrap again."""
    made = Counter()
    original = PlainParagraph.__init__

    def counted(paragraph, *args, **kwargs):
        made[type(paragraph)] += 1
        original(paragraph, *args, **kwargs)

    monkeypatch.setattr(PlainParagraph, "__init__", counted)
    r, actions = struggling
    report.action_plan(bundled, r, actions)
    report.full_report(bundled, r, actions, include_comments=True)
    report.blank_questionnaire(bundled, "team", stage="integrating")
    assert set(made) == {layout.Paragraph}


def _documents(bundled, struggling) -> list[bytes]:
    r, actions = struggling
    return [
        report.action_plan(bundled, r, actions, date="2026-11-22"),
        report.full_report(bundled, r, actions, date="2026-11-22", include_comments=True),
        report.blank_questionnaire(bundled, "management", stage="integrating", structure="Foyer des Quatre-Saisons"),
    ]


def test_kept_lines_give_the_same_pdf_byte_for_byte(bundled, struggling, invariant, monkeypatch):
    kept = _documents(bundled, struggling)
    assert kept == _documents(bundled, struggling)  # invariant: the comparison below means something
    monkeypatch.setattr(layout.Paragraph, "breakLines", PlainParagraph.breakLines)  # break lines at every wrap
    assert _documents(bundled, struggling) == kept
