"""What the answers point to: alerts raised, gaps between groups, divided groups.

- An alert fires on a group's answer (the mean of a group, rounded to the nearest option), or,
  for the peer group, on **any one** peer's answer: a risk one peer reports is raised, never
  averaged away by the others. It says how many peers reported it only from three of them.
- An alert raised only by people who did not agree to share it is withheld: it weighs on the
  level, and nothing else of it is shown.
- Alerts on the posts look at the posts the assessment describes.
- A gap needs two groups on opposite sides of the scale's middle **and** ``GAP_POINTS`` apart:
  on the same question, on twin questions (other words, other groups), or on a factor as a
  whole when no question already shows it.
"""

from __future__ import annotations

from peerready.engine import posts, vocabulary
from peerready.engine.answers import AnswerSet
from peerready.engine.instrument import Flag, Questionnaire
from peerready.engine.results.anonymity import consent_of
from peerready.engine.results.model import (
    ANONYMITY_THRESHOLD,
    DIVIDED_MIN_ANSWERS,
    DIVIDED_SHARE,
    GAP_POINTS,
    MIDDLE,
    Divided,
    Gap,
    Participation,
    QuestionResult,
    RaisedFlag,
    Score,
    percent,
)

#: The group whose people are each heard on a risk, one by one.
EACH_PERSON_GROUP = "peer"


def flags(
    questionnaire: Questionnaire,
    answer_set: AnswerSet,
    by_id: dict[str, QuestionResult],
    shown_on: dict[str, tuple[str, ...]],
    participation: tuple[Participation, ...],
) -> tuple[tuple[RaisedFlag, ...], tuple[str, ...]]:
    """The alerts that may be shown, and the severities of those withheld."""
    stage = answer_set.stage
    parts = {p.group: p for p in participation}
    raised, withheld = [], []
    for flag in questionnaire.flags:
        if stage and flag.stages and stage not in flag.stages:
            continue
        if flag.posts or flag.incoherent_posts:
            if _posts_fire(flag, answer_set.posts):
                raised.append(_raised(flag, (), ()))
            continue
        result = by_id.get(flag.question)
        if result is None:
            continue
        question = questionnaire.question(flag.question)
        shown = set(shown_on.get(flag.question, ()))
        named, unnamed, hidden = set(), False, False
        for group, answers in result.by_group.items():
            if flag.groups and group not in flag.groups:
                continue
            part = parts.get(group)
            if group == EACH_PERSON_GROUP and part is not None and part.modes == ("individual",):
                continue  # heard person by person, below
            if answers.score is None or not flag.fires_on(answers.score):
                continue
            if group in shown:
                named.add(group)
            elif part is not None and part.small and part.consent == "risks":
                unnamed = True
            else:
                hidden = True
        reporting = 0
        if not flag.groups or EACH_PERSON_GROUP in flag.groups:
            for response in answer_set.responses:
                if response.group != EACH_PERSON_GROUP or response.mode != "individual":
                    continue
                option = next((question.option(v) for v in response.answers.get(flag.question, {})), None)
                if option is None or not option.scored or not flag.fires_on(option.score):
                    continue
                reporting += 1
                if EACH_PERSON_GROUP in shown or consent_of(response) == "all":
                    named.add(EACH_PERSON_GROUP)
                elif consent_of(response) == "risks":
                    unnamed = True
                else:
                    hidden = True
        if named or unnamed:
            raised.append(
                _raised(
                    flag,
                    (flag.question,),
                    tuple(g for g in vocabulary.GROUPS if g in named),
                    reported_by=reporting if reporting >= ANONYMITY_THRESHOLD else None,
                    personal=not any(not parts[g].small for g in named & shown),
                )
            )
        elif hidden:
            withheld.append(flag.severity)
    ids = {f.id for f in raised}
    by_id = {f.id: f for f in questionnaire.flags}
    raised = [f for f in raised if not set(by_id[f.id].same_as) & ids]  # said once, not twice
    order = list(vocabulary.SEVERITIES)
    return tuple(sorted(raised, key=lambda f: order.index(f.severity))), tuple(withheld)


def _posts_fire(flag: Flag, described: tuple[posts.Post, ...]) -> bool:
    if flag.incoherent_posts:
        return posts.incoherent(described)
    return posts.matching(described, flag.posts) > 0


def _raised(flag: Flag, questions, groups, reported_by=None, personal=False) -> RaisedFlag:
    return RaisedFlag(
        flag.id,
        flag.factor,
        flag.severity,
        flag.title,
        flag.explanation,
        tuple(questions),
        tuple(groups),
        flag.sources,
        reported_by,
        personal,
    )


def opposed(first: float, second: float) -> bool:
    """Two scores (0–1) that make a gap: on opposite sides of the middle, and far enough apart."""
    return (first - MIDDLE) * (second - MIDDLE) < 0 and abs(first - second) * 100 >= GAP_POINTS - 1e-9


def gaps(
    questionnaire: Questionnaire,
    by_id: dict[str, QuestionResult],
    shown_on: dict[str, tuple[str, ...]],
    factors: tuple[Score, ...],
) -> tuple[Gap, ...]:
    found: list[Gap] = []

    def scored(question_id: str) -> dict[str, float]:
        result = by_id.get(question_id)
        if result is None:
            return {}
        shown = shown_on.get(question_id, ())
        return {g: a.score for g, a in result.by_group.items() if g in shown and a.score is not None}

    def add(first, second, score_1, score_2, question_1, question_2, kind):
        question = questionnaire.question(question_1)
        factor_ids = tuple(dict.fromkeys([*question.factors, *questionnaire.question(question_2).factors]))
        found.append(
            Gap(
                factor_ids[0],
                factor_ids,
                question_1,
                {first: percent(score_1), second: percent(score_2)},
                round(abs(score_1 - score_2) * 100, 1),
                {first: question_1, second: question_2},
                kind,
            )
        )

    for question in questionnaire.questions:
        here = scored(question.id)
        groups = list(here)
        for i, first in enumerate(groups):
            for second in groups[i + 1 :]:
                if opposed(here[first], here[second]):
                    add(first, second, here[first], here[second], question.id, question.id, "question")
        for twin_id in questionnaire.twins(question.id):
            if twin_id < question.id:
                continue  # each pair once
            there = scored(twin_id)
            for first, score_1 in here.items():
                for second, score_2 in there.items():
                    if first != second and opposed(score_1, score_2):
                        add(first, second, score_1, score_2, question.id, twin_id, "twins")

    covered = {(f, frozenset(g.groups)) for g in found for f in g.factors}
    for factor in factors:
        groups = [g for g, s in factor.by_group.items() if s is not None]
        for i, first in enumerate(groups):
            for second in groups[i + 1 :]:
                score_1, score_2 = factor.by_group[first] / 100, factor.by_group[second] / 100
                if (factor.id, frozenset((first, second))) in covered or not opposed(score_1, score_2):
                    continue
                found.append(
                    Gap(
                        factor.id,
                        (factor.id,),
                        "",
                        {first: factor.by_group[first], second: factor.by_group[second]},
                        round(abs(score_1 - score_2) * 100, 1),
                        {},
                        "factor",
                    )
                )
    return tuple(sorted(found, key=lambda g: -g.difference))


def divided(
    questionnaire: Questionnaire,
    question_results: list[QuestionResult],
    shown_on: dict[str, tuple[str, ...]],
    consensus_divided: set[tuple[str, str]],
) -> tuple[Divided, ...]:
    out = []
    for result in question_results:
        question = questionnaire.question(result.id)
        shown = shown_on.get(result.id, ())
        for group, answers in result.by_group.items():
            split = (
                answers.scored >= DIVIDED_MIN_ANSWERS
                and answers.for_share >= DIVIDED_SHARE
                and answers.against_share >= DIVIDED_SHARE
            )
            noted = (group, result.id) in consensus_divided
            if group in shown and (split or noted):
                out.append(
                    Divided(
                        group,
                        result.id,
                        question.factors[0],
                        round(answers.for_share, 3),
                        round(answers.against_share, 3),
                        noted,
                    )
                )
    return tuple(out)
