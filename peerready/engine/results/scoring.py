"""Turn answers into results: scores, then the findings and the level (docs/scoring.md).

Every score is a mean of means of option scores, so a better answer never lowers any score;
alerts only fire on low scores, so a better answer never adds one nor lowers the level.
"""

from __future__ import annotations

from statistics import fmean

from peerready.engine import vocabulary
from peerready.engine.answers import AnswerSet
from peerready.engine.instrument import Question, Questionnaire
from peerready.engine.results import anonymity, findings
from peerready.engine.results.level import level as readiness
from peerready.engine.results.model import (
    AGAINST_SCORE,
    FOR_SCORE,
    MISSING_SHARE,
    GroupAnswers,
    Missing,
    QuestionResult,
    Results,
    Score,
    percent,
)


def _mean(values) -> float | None:
    values = [v for v in values if v is not None]
    return fmean(values) if values else None


def _group_answers(question: Question, counts: dict[str, int]) -> GroupAnswers:
    scored = dont_know = not_applicable = 0
    total = in_favour = against = 0.0
    for value, count in counts.items():
        option = question.option(value)
        if option is None or count <= 0:
            continue
        if option.scored:
            scored += count
            total += option.score * count
            in_favour += count if option.score >= FOR_SCORE else 0
            against += count if option.score <= AGAINST_SCORE else 0
        elif option.kind == vocabulary.DONT_KNOW:
            dont_know += count
        else:
            not_applicable += count
    return GroupAnswers(
        counts={v: c for v, c in counts.items() if c > 0},
        score=total / scored if scored else None,
        scored=scored,
        dont_know=dont_know,
        not_applicable=not_applicable,
        for_share=in_favour / scored if scored else 0.0,
        against_share=against / scored if scored else 0.0,
    )


def compute(questionnaire: Questionnaire, answer_set: AnswerSet) -> Results:
    """Score a validated answer set (see ``answers.validate``)."""
    stage = answer_set.stage
    short = bool(answer_set.short)
    participation = anonymity.participation(answer_set)
    visible = {p.group for p in participation if p.visible}

    # Counts per question and group, whatever the collection mode; who answered one by one.
    counts: dict[str, dict[str, dict[str, int]]] = {}
    answered_by: dict[str, dict[str, int]] = {}
    consensus_divided: set[tuple[str, str]] = set()
    comments: dict[str, list[str]] = {}
    for response in answer_set.responses:
        for question_id, option_counts in response.answers.items():
            per_group = counts.setdefault(question_id, {}).setdefault(response.group, {})
            for value, count in option_counts.items():
                per_group[value] = per_group.get(value, 0) + count
            people = answered_by.setdefault(question_id, {})
            people[response.group] = people.get(response.group, 0) + (response.mode == "individual")
        consensus_divided.update((response.group, q) for q in response.divided)
    shown_on = anonymity.shown_on(participation, answered_by)
    for response in answer_set.responses:  # a comment is someone's own words: shared like their answers
        for question_id, text in response.comments.items():
            if response.group in shown_on.get(question_id, ()) or anonymity.consent_of(response) == "all":
                comments.setdefault(question_id, []).append(text)

    question_results = []
    for question in questionnaire.questions:
        by_group = {
            group: _group_answers(question, group_counts) for group, group_counts in counts.get(question.id, {}).items()
        }
        by_group = {g: by_group[g] for g in vocabulary.GROUPS if g in by_group}
        question_results.append(QuestionResult(question.id, _mean(a.score for a in by_group.values()), by_group))
    by_id = {r.id: r for r in question_results}
    groups_answering = [p.group for p in participation]

    def scores_for(questions: list[Question]) -> tuple[float | None, dict[str, float | None]]:
        overall = _mean(by_id[q.id].score for q in questions)
        by_group = {}
        for group in groups_answering:
            if group in visible:
                by_group[group] = percent(
                    _mean(by_id[q.id].by_group[group].score for q in questions if group in by_id[q.id].by_group)
                )
        return percent(overall), {g: s for g, s in by_group.items() if s is not None}

    def missing_share(questions: list[Question]) -> float:
        dont_know = sum(by_id[q.id].dont_know for q in questions)
        scored = sum(by_id[q.id].scored for q in questions)
        return round(dont_know / (dont_know + scored), 3) if dont_know else 0.0

    dimensions = []
    for dimension in questionnaire.dimensions:
        questions = [q for q in questionnaire.questions if q.dimension == dimension.id]
        score, by_group = scores_for(questions)
        dimensions.append(Score(dimension.id, dimension.label, score, by_group, missing_share=missing_share(questions)))

    factors = []
    for factor in questionnaire.factors.values():
        questions = [q for q in questionnaire.questions if factor.id in q.factors]
        if not questions:
            continue
        score, by_group = scores_for(questions)
        factors.append(Score(factor.id, factor.shown_label, score, by_group, factor.core, missing_share(questions)))
    factors = tuple(factors)

    flags, withheld = findings.flags(questionnaire, answer_set, by_id, shown_on, participation)
    gaps = findings.gaps(questionnaire, by_id, shown_on, factors)
    divided = findings.divided(questionnaire, question_results, shown_on, consensus_divided)
    missing = tuple(
        Missing(
            r.id, questionnaire.question(r.id).factors[0], r.dont_know, round(r.dont_know / (r.dont_know + r.scored), 3)
        )
        for r in question_results
        if r.dont_know and r.dont_know / (r.dont_know + r.scored) >= MISSING_SHARE - 1e-9
    )

    asked = {q.id for group in groups_answering for q in questionnaire.questions_for(group, stage, short)}
    answered = {q for q in asked if any(a.scored or a.not_applicable for a in by_id[q].by_group.values())}
    overall = _mean(d.score for d in dimensions)
    overall = None if overall is None else round(overall, 1)
    answering = {g for r in question_results for g, a in r.by_group.items() if a.scored}
    level = readiness(
        stage=stage,
        overall=overall,
        factors=factors,
        flags=flags,
        withheld=withheld,
        asked=len(asked),
        answered=len(answered),
        asked_factors={f for q in questionnaire.questions if q.id in asked for f in q.factors},
        answering=answering,
    )

    return Results(
        questionnaire=questionnaire.id,
        version=questionnaire.version,
        stage=stage,
        short=short,
        structure=answer_set.structure,
        score=overall,
        level=level,
        dimensions=tuple(dimensions),
        factors=factors,
        questions=tuple(question_results),
        flags=flags,
        gaps=gaps,
        divided=divided,
        missing=missing,
        participation=participation,
        asked=len(asked),
        answered=len(answered),
        unanswered=tuple(q.id for q in questionnaire.questions if q.id in asked and not by_id[q.id].by_group),
        comments={q: tuple(t) for q, t in comments.items()},
        shown_on=shown_on,
        withheld=withheld,
        posts=answer_set.posts,
        asked_ids=frozenset(asked),
    )
