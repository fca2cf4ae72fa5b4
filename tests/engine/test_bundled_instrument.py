"""The bundled French instrument keeps the promises of FACTORS.md."""

import re

from peerready.engine import typography, vocabulary

MANAGEMENT_AND_TEAM = {"management", "team"}


def test_every_factor_is_covered_and_core_factors_twice_with_shared_wording(bundled):
    for factor in vocabulary.FACTORS:
        questions = [q for q in bundled.questions if factor.id in q.factors]
        assert questions, f"{factor.id} has no question"
        if factor.core:
            assert len(questions) >= 2, factor.id
            shared = [
                q
                for q in questions
                if set(q.groups) >= MANAGEMENT_AND_TEAM
                and "management" not in q.text_by_group
                and "team" not in q.text_by_group
            ]
            assert shared, f"{factor.id}: no question asked to management and team in the same words"


def test_no_group_sees_more_than_fifty_questions_and_the_short_version_is_small(bundled):
    for group in vocabulary.GROUPS:
        assert len([q for q in bundled.questions if group in q.groups]) <= 50, group
    short = [q for q in bundled.questions if q.short]
    assert len(short) <= 20
    for factor in vocabulary.CORE_FACTORS:
        assert any(factor in q.factors and set(q.groups) >= MANAGEMENT_AND_TEAM for q in short), factor


def test_every_question_explains_itself_and_cites_a_source(bundled):
    for question in bundled.questions:
        assert len(question.help) >= 40, question.id
        assert question.sources, question.id
        if set(question.groups) != {"peer"}:  # the peer always knows their own situation
            assert any(o.kind == vocabulary.DONT_KNOW for o in question.options), question.id


def test_every_flag_leads_to_an_action_and_every_factor_has_one(bundled):
    triggered = {f for a in bundled.actions for f in a.when.flags}
    assert {f.id for f in bundled.flags} <= triggered
    for factor in vocabulary.FACTORS:
        assert any(factor.id in a.factors and a.when.factor_below for a in bundled.actions), factor.id
    for action in bundled.actions:
        assert 2 <= len(action.steps) <= 6, action.id


def test_french_typography_everywhere(bundled):
    texts = [bundled.title]
    for q in bundled.questions:
        texts += [q.text, q.help, *q.text_by_group.values(), *q.text_by_stage.values(), *(o.label for o in q.options)]
    texts += [t for f in bundled.flags for t in (f.title, f.explanation)]
    texts += [t for a in bundled.actions for t in (a.title, *a.steps)]
    for text in texts:
        assert "'" not in text, text
        assert not re.search(r" [?!;:]", text), text
        assert typography.french(text) == text, text


def test_people_questions_are_easy_to_read(bundled):
    for question in bundled.questions:
        if "people" not in question.groups:
            continue
        text = question.text_for("people")
        sentences = [s for s in re.split(r"[.?!]", text) if s.strip()]
        assert max(len(s.split()) for s in sentences) <= 20, text
        assert not re.search(r"\b[A-Z]{3,}\b", text), text  # no acronyms
