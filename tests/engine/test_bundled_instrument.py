"""The bundled French instrument keeps the promises of FACTORS.md."""

import dataclasses
import re

from peerready.engine import typography, vocabulary
from peerready.engine.instrument import coverage

MANAGEMENT_AND_TEAM = {"management", "team"}


def _compares_management_and_team(bundled, question) -> bool:
    """Asked to both in the same words, or a twin of a question asked to the other (FACTORS.md)."""
    if set(question.groups) >= MANAGEMENT_AND_TEAM:
        return "management" not in question.text_by_group and "team" not in question.text_by_group
    groups = set(question.groups)
    for twin in bundled.twins(question.id):
        groups |= set(bundled.question(twin).groups)
    return groups >= MANAGEMENT_AND_TEAM and bool(bundled.twins(question.id))


def test_every_factor_is_covered_and_core_factors_compare_management_and_team(bundled):
    for factor in vocabulary.FACTORS:
        questions = [q for q in bundled.questions if factor.id in q.factors]
        assert questions, f"{factor.id} has no question"
        if factor.core:
            assert len(questions) >= 2, factor.id
            assert any(_compares_management_and_team(bundled, q) for q in questions), (
                f"{factor.id}: management and team are never compared (same question or twins)"
            )


def test_the_questionnaire_fits_a_workshop_and_its_short_version_asks_everyone_the_core(bundled):
    """At most 50 questions per group and stage, 20 in the short version, which asks every group,
    the peer included, about every core factor the full version asks it about."""
    assert coverage.workshop_fit(bundled) == []
    for stage in ("integrating", "established"):
        asked = {f for q in bundled.questions_for("peer", stage, short=True) for f in q.factors}
        assert set(vocabulary.CORE_FACTORS) <= asked, stage


def test_the_fit_check_finds_a_short_version_that_forgets_the_peer(bundled):
    trimmed = dataclasses.replace(
        bundled,
        questions=tuple(
            dataclasses.replace(q, short=False) if q.groups == ("peer",) and "dirty_work" in q.factors else q
            for q in bundled.questions
        ),
    )
    problems = coverage.workshop_fit(trimmed)
    assert any("« peer »" in p and "dirty_work" in p for p in problems), problems


def test_facts_are_stated_by_management_alone(bundled):
    facts = {q.id for q in bundled.questions if q.fact}
    assert {"contract_type", "pay_level", "pay_classification", "funding_source", "job_description_written"} <= facts
    for question in bundled.questions:
        if question.fact:
            assert question.groups == ("management",), question.id


def test_no_question_asks_about_a_persons_health_or_social_situation(bundled):
    """Being followed by the team that employs you is asked as a rule, to management only."""
    dual = [q for q in bundled.questions if "dual_relationship" in q.factors and "peer" in q.groups]
    assert all("accompagné·e ou soigné·e" not in q.text for q in dual)
    assert bundled.question("peer_followed_by_own_team") is None
    assert bundled.question("dual_role_settled").groups == ("management",)


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
