"""No word of a printed table is cut in two: every cell is wide enough for its longest word.

A column too narrow for « encadrement » or « maintenant » makes reportlab break the word
mid-way (« encadremen / t »), which reads as a typo on a page a funder receives. Every table of
every document is checked here, cell by cell, nested tables included.
"""

import pytest
from reportlab.platypus import BaseDocTemplate, KeepTogether, Paragraph, Table

from peerready import report
from peerready.engine import answers, plan, results, vocabulary
from peerready.engine.results.personal import personal_view
from peerready.report.flow import StartTogether
from tests.conftest import ROOT


@pytest.fixture
def stories(monkeypatch):
    """The flowables of each document built while the fixture is active."""
    captured = []
    original = BaseDocTemplate.build

    def keep(self, flowables, *args, **kwargs):
        captured.append(list(flowables))
        return original(self, flowables, *args, **kwargs)

    monkeypatch.setattr(BaseDocTemplate, "build", keep)
    return captured


def _tables(flowables):
    for flowable in flowables:
        if isinstance(flowable, Table):
            yield flowable
            for row in flowable._cellvalues:
                for cell in row:
                    yield from _tables(cell if isinstance(cell, list | tuple) else [cell])
        elif isinstance(flowable, KeepTogether):
            yield from _tables(flowable._content)
        elif isinstance(flowable, StartTogether):
            yield from _tables([*flowable.head, flowable.table])


def cut_words(flowables) -> list[str]:
    cut = []
    for table in _tables(flowables):
        for r, row in enumerate(table._cellvalues):
            for c, cell in enumerate(row):
                style = table._cellStyles[r][c]
                room = table._colWidths[c] - style.leftPadding - style.rightPadding
                for value in cell if isinstance(cell, list | tuple) else [cell]:
                    if isinstance(value, Paragraph) and value.minWidth() > room + 0.5:
                        cut.append(f"« {value.getPlainText()[:50]} » ({value.minWidth():.0f} pt > {room:.0f} pt)")
    return cut


def _computed(bundled, example):
    answer_set = answers.validate(answers.load(ROOT / "examples" / example), bundled)
    r = results.compute(bundled, answer_set)
    return answer_set, r, plan.build(bundled, r)


def test_the_rule_sees_a_word_too_wide_for_its_column():
    from peerready.report.layout import styles

    table = Table([[Paragraph("encadrement", styles()["head"])]], colWidths=[20])
    assert cut_words([table])


@pytest.mark.parametrize("example", ["chrs-mal-prepare.yaml", "service-bien-prepare.yaml"])
def test_no_word_is_cut_in_the_plan_and_the_report(bundled, stories, example):
    _, r, p = _computed(bundled, example)
    report.action_plan(bundled, r, p.actions, date="2026-12-01")
    report.full_report(bundled, r, p.actions, date="2026-12-01", include_comments=True)
    assert [cut for story in stories for cut in cut_words(story)] == []


def test_no_word_is_cut_on_the_paper_questionnaires_and_the_private_sheet(bundled, stories):
    for group in vocabulary.GROUPS:
        for stage in vocabulary.STAGES:
            report.blank_questionnaire(bundled, group, stage=stage, structure="Foyer des Quatre-Saisons")
    answer_set, _, _ = _computed(bundled, "service-bien-prepare.yaml")
    peer = next(x for x in answer_set.responses if x.group == "peer")
    report.private_sheet(personal_view(bundled, answer_set, peer), date="2026-12-01")
    assert [cut for story in stories for cut in cut_words(story)] == []
