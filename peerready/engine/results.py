"""Turn answers into results: scores, readiness level, risk flags, gaps, divided groups.

The rules are documented in docs/scoring.md; the constants below are the ones it cites.
Every score is a mean of means of option scores, so a better answer never lowers any
score, and flags only fire on low scores, so it never lowers the level either.
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, field
from statistics import fmean

from peerready.engine import typography, vocabulary, wording
from peerready.engine.answers import AnswerSet
from peerready.engine.instrument import Question, Questionnaire

#: Two groups whose scores for a question differ by this many points (0–100) or more: more
#: than one step of a four-point scale (33 points).
GAP_POINTS = 35
#: A group is divided when at least this share of it is "for" and this share "against".
DIVIDED_SHARE = 0.3
FOR_SCORE, AGAINST_SCORE = 0.6, 0.4
#: Fewer scored answers than this in a group cannot show it is divided.
DIVIDED_MIN_ANSWERS = 3
#: A factor or question lacks information when this share of its answers is "don't know".
MISSING_SHARE = 1 / 3
#: A group answering person by person is shown apart only from this many people (see ``shown_apart``).
ANONYMITY_THRESHOLD = 3
#: Readiness level thresholds (0–100) and the minimal share of questions answered.
READY_SCORE, NOT_READY_SCORE, CORE_MIN_SCORE = 75, 50, 60
COVERAGE_MIN = 0.5


@dataclass(frozen=True)
class GroupAnswers:
    """What one group answered to one question."""

    counts: dict[str, int]
    score: float | None  # 0–1 mean of the scored answers
    scored: int
    dont_know: int
    not_applicable: int
    for_share: float = 0.0
    against_share: float = 0.0


@dataclass(frozen=True)
class QuestionResult:
    id: str
    score: float | None  # 0–1, the mean of the groups' scores
    by_group: dict[str, GroupAnswers]

    @property
    def dont_know(self) -> int:
        return sum(g.dont_know for g in self.by_group.values())

    @property
    def scored(self) -> int:
        return sum(g.scored for g in self.by_group.values())


@dataclass(frozen=True)
class Score:
    id: str
    label: str
    score: float | None  # 0–100
    by_group: dict[str, float | None]
    core: bool = False
    missing_share: float = 0.0


@dataclass(frozen=True)
class RaisedFlag:
    id: str
    factor: str
    severity: str
    title: str
    explanation: str
    questions: tuple[str, ...]
    groups: tuple[str, ...]  # only groups whose breakdown may be shown
    sources: tuple[str, ...] = ()


@dataclass(frozen=True)
class Gap:
    factor: str
    factors: tuple[str, ...]
    question: str
    groups: dict[str, float]  # group -> score 0–100
    difference: float


@dataclass(frozen=True)
class Divided:
    group: str
    question: str
    factor: str
    for_share: float
    against_share: float
    consensus: bool = False


@dataclass(frozen=True)
class Missing:
    question: str
    factor: str
    dont_know: int
    share: float


@dataclass(frozen=True)
class Participation:
    group: str
    modes: tuple[str, ...]
    respondents: int
    visible: bool


@dataclass(frozen=True)
class Level:
    id: str
    label: str
    reason: str


def _french_level(level_id: str, label: str, reason: str) -> Level:
    """A level whose reason is set in French typography (non-breaking spaces before « : ; ? ! »)."""
    return Level(level_id, label, typography.french(reason))


@dataclass(frozen=True)
class Results:
    questionnaire: str
    version: str
    stage: str | None
    short: bool
    structure: str
    score: float | None
    level: Level
    dimensions: tuple[Score, ...]
    factors: tuple[Score, ...]
    questions: tuple[QuestionResult, ...]
    flags: tuple[RaisedFlag, ...]
    gaps: tuple[Gap, ...]
    divided: tuple[Divided, ...]
    missing: tuple[Missing, ...]
    participation: tuple[Participation, ...]
    asked: int
    answered: int
    #: questions asked to the groups taking part that nobody answered, not even « je ne sais pas »
    unanswered: tuple[str, ...] = ()
    comments: dict[str, tuple[str, ...]] = field(default_factory=dict)

    def factor(self, factor_id: str) -> Score | None:
        return next((f for f in self.factors if f.id == factor_id), None)

    def question(self, question_id: str) -> QuestionResult | None:
        return next((q for q in self.questions if q.id == question_id), None)

    # -- the anonymity policy: every face shows a group apart, a question's whole, its counts and
    # -- shares only when these say so, so the screen, the documents and the JSON never disagree.

    @property
    def visible_groups(self) -> tuple[str, ...]:
        """The groups whose own figures may be shown, in the vocabulary's order (see ``shown_apart``)."""
        return tuple(p.group for p in self.participation if p.visible)

    @property
    def hidden_groups(self) -> tuple[str, ...]:
        """The groups that took part but count only in the whole: too few people answered one by one."""
        return tuple(p.group for p in self.participation if not p.visible)

    def hides_totals(self, question_id: str) -> bool:
        """Whether a hidden group answered the question: then its whole, its counts and its shares
        would reveal that group's answers, and only the visible groups' own figures are shown."""
        result = self.question(question_id)
        hidden = set(self.hidden_groups)
        return result is not None and any(g in hidden for g in result.by_group)

    def shown_answers(self, question_id: str) -> dict[str, GroupAnswers]:
        """What each group that may be shown apart answered to the question."""
        result = self.question(question_id)
        visible = set(self.visible_groups)
        return {g: a for g, a in result.by_group.items() if g in visible} if result else {}

    def shown_score(self, question_id: str) -> float | None:
        """The question's score over all groups (0–100), or None when it is unknown or would reveal a group."""
        result = self.question(question_id)
        if result is None or self.hides_totals(question_id):
            return None
        return _percent(result.score)

    def shown_missing(self, missing: Missing) -> bool:
        """Whether the count and share of « je ne sais pas » of a question may be shown."""
        return not self.hides_totals(missing.question)


def _percent(value: float | None) -> float | None:
    return None if value is None else round(value * 100, 1)


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


def shown_apart(modes: tuple[str, ...], respondents: int) -> bool:
    """The anonymity rule: a common answer or a tally is open by nature; a group answering only person
    by person is shown apart from ``ANONYMITY_THRESHOLD`` people, and below that only in the whole."""
    return tuple(modes) != ("individual",) or respondents >= ANONYMITY_THRESHOLD


def _participation(answer_set: AnswerSet) -> tuple[Participation, ...]:
    out = []
    for group in vocabulary.GROUPS:
        responses = [r for r in answer_set.responses if r.group == group]
        if not responses:
            continue
        individuals = sum(1 for r in responses if r.mode == "individual")
        tallied = max(
            (sum(counts.values()) for r in responses if r.mode == "tally" for counts in r.answers.values()),
            default=0,
        )
        consensus = any(r.mode == "consensus" for r in responses)
        modes = tuple(m for m in vocabulary.MODES if any(r.mode == m for r in responses))
        respondents = individuals + tallied + (1 if consensus else 0)
        out.append(Participation(group, modes, respondents, shown_apart(modes, respondents)))
    return tuple(out)


def compute(questionnaire: Questionnaire, answer_set: AnswerSet) -> Results:
    """Score a validated answer set (see ``answers.validate``)."""
    stage = answer_set.stage
    short = bool(answer_set.short)
    participation = _participation(answer_set)
    visible = {p.group for p in participation if p.visible}

    # Counts per question and group, whatever the collection mode.
    counts: dict[str, dict[str, dict[str, int]]] = {}
    consensus_divided: set[tuple[str, str]] = set()
    comments: dict[str, list[str]] = {}
    for response in answer_set.responses:
        for question_id, option_counts in response.answers.items():
            per_group = counts.setdefault(question_id, {}).setdefault(response.group, {})
            for value, count in option_counts.items():
                per_group[value] = per_group.get(value, 0) + count
        consensus_divided.update((response.group, q) for q in response.divided)
        for question_id, text in response.comments.items():
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
                by_group[group] = _percent(
                    _mean(by_id[q.id].by_group[group].score for q in questions if group in by_id[q.id].by_group)
                )
        return _percent(overall), {g: s for g, s in by_group.items() if s is not None}

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

    flags = _flags(questionnaire, by_id, stage, visible)
    gaps = _gaps(questionnaire, question_results, visible)
    divided = _divided(questionnaire, question_results, visible, consensus_divided)
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
    level = _level(questionnaire, overall, factors, flags, len(asked), len(answered), asked)

    return Results(
        questionnaire=questionnaire.id,
        version=questionnaire.version,
        stage=stage,
        short=short,
        structure=answer_set.structure,
        score=overall,
        level=level,
        dimensions=tuple(dimensions),
        factors=tuple(factors),
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
    )


def _flags(questionnaire, by_id, stage, visible) -> tuple[RaisedFlag, ...]:
    raised = []
    for flag in questionnaire.flags:
        if stage and flag.stages and stage not in flag.stages:
            continue
        result = by_id.get(flag.question)
        if result is None:
            continue
        firing = [
            group
            for group, answers in result.by_group.items()
            if (not flag.groups or group in flag.groups) and answers.score is not None and flag.fires_on(answers.score)
        ]
        if firing:
            raised.append(
                RaisedFlag(
                    flag.id,
                    flag.factor,
                    flag.severity,
                    flag.title,
                    flag.explanation,
                    (flag.question,),
                    tuple(g for g in firing if g in visible),
                    flag.sources,
                )
            )
    order = list(vocabulary.SEVERITIES)
    return tuple(sorted(raised, key=lambda f: order.index(f.severity)))


def _gaps(questionnaire, question_results, visible) -> tuple[Gap, ...]:
    gaps = []
    for result in question_results:
        scored = {g: a.score for g, a in result.by_group.items() if g in visible and a.score is not None}
        groups = list(scored)
        for i, first in enumerate(groups):
            for second in groups[i + 1 :]:
                difference = abs(scored[first] - scored[second]) * 100
                if difference >= GAP_POINTS - 1e-9:
                    question = questionnaire.question(result.id)
                    gaps.append(
                        Gap(
                            question.factors[0],
                            question.factors,
                            result.id,
                            {first: _percent(scored[first]), second: _percent(scored[second])},
                            round(difference, 1),
                        )
                    )
    return tuple(sorted(gaps, key=lambda g: -g.difference))


def _divided(questionnaire, question_results, visible, consensus_divided) -> tuple[Divided, ...]:
    divided = []
    for result in question_results:
        question = questionnaire.question(result.id)
        for group, answers in result.by_group.items():
            split = (
                answers.scored >= DIVIDED_MIN_ANSWERS
                and answers.for_share >= DIVIDED_SHARE
                and answers.against_share >= DIVIDED_SHARE
            )
            noted = (group, result.id) in consensus_divided
            if group in visible and (split or noted):
                divided.append(
                    Divided(
                        group,
                        result.id,
                        question.factors[0],
                        round(answers.for_share, 3),
                        round(answers.against_share, 3),
                        noted,
                    )
                )
    return tuple(divided)


def _level(questionnaire, overall, factors, flags, asked, answered, asked_ids) -> Level:
    labels = {key: wording.level(key) for key in vocabulary.LEVELS}
    if not asked or overall is None or answered / asked < COVERAGE_MIN:
        return _french_level(
            "insufficient",
            labels["insufficient"],
            f"Seules {answered} questions sur {asked} ont reçu une réponse : complétez le questionnaire "
            "avant de conclure.",
        )
    asked_factors = {f for q in questionnaire.questions if q.id in asked_ids for f in q.factors}
    unscored_core = [f for f in factors if f.core and f.id in asked_factors and f.score is None]
    if unscored_core:
        names = ", ".join(f"« {f.label} »" for f in unscored_core)
        return _french_level(
            "insufficient",
            labels["insufficient"],
            f"Aucune réponse notée sur un point essentiel ({names}) : il manque des informations pour conclure.",
        )
    critical = [f for f in flags if f.severity == "critical"]
    if critical:
        shown = critical if len(critical) <= 4 else critical[:3]
        titles = " ; ".join(f.title for f in shown)
        more = f" ; et {len(critical) - 3} autres" if len(critical) > 4 else ""
        count = "Une alerte grave" if len(critical) == 1 else f"{len(critical)} alertes graves"
        return _french_level("not_ready", labels["not_ready"], f"{count} à lever avant tout : {titles}{more}.")
    if overall < NOT_READY_SCORE:
        return _french_level(
            "not_ready",
            labels["not_ready"],
            f"Le score global est de {wording.score(overall)} : plusieurs fondations manquent encore.",
        )
    weak_core = [f for f in factors if f.core and f.score is not None and f.score < CORE_MIN_SCORE]
    if overall < READY_SCORE or weak_core:
        if weak_core:
            names = ", ".join(f"« {f.label} » ({wording.score(f.score)})" for f in weak_core)
            return _french_level(
                "partly_ready",
                labels["partly_ready"],
                f"Score global de {wording.score(overall)} sans alerte grave, mais des points essentiels restent "
                f"faibles : {names}.",
            )
        return _french_level(
            "partly_ready",
            labels["partly_ready"],
            f"Score global de {wording.score(overall)} sans alerte grave : les bases sont là, "
            f"il reste à consolider avant d'atteindre {wording.score(READY_SCORE)}.",
        )
    return _french_level(
        "ready",
        labels["ready"],
        f"Score global de {wording.score(overall)}, aucune alerte grave et tous les points essentiels "
        f"au-dessus de {wording.score(CORE_MIN_SCORE)}.",
    )


# --------------------------------------------------------------------------- JSON


def to_dict(results: Results, action_plan=None, questionnaire: Questionnaire | None = None) -> dict:
    """The JSON result of PRODUCT.md: level, dimensions, factors, flags, gaps, divided, actions."""
    data = {
        "questionnaire": {"id": results.questionnaire, "version": results.version},
        "structure": results.structure,
        "stage": results.stage,
        "version": "short" if results.short else "full",
        "score": results.score,
        "level": asdict(results.level),
        "coverage": {"asked": results.asked, "answered": results.answered, "unanswered": list(results.unanswered)},
        "participation": [asdict(p) for p in results.participation],
        "anonymity": {
            "threshold": ANONYMITY_THRESHOLD,
            "shown_apart": list(results.visible_groups),
            "not_shown_apart": list(results.hidden_groups),
        },
        "dimensions": [_score_dict(s) for s in results.dimensions],
        "factors": [_score_dict(s) for s in results.factors],
        "questions": [
            {
                "id": q.id,
                "score": results.shown_score(q.id),
                "by_group": {
                    g: {
                        "score": _percent(a.score),
                        "counts": a.counts,
                        "dont_know": a.dont_know,
                        "not_applicable": a.not_applicable,
                    }
                    for g, a in results.shown_answers(q.id).items()
                },
            }
            for q in results.questions
            if q.by_group
        ],
        "flags": [
            {
                "id": f.id,
                "factor": f.factor,
                "severity": f.severity,
                "title": f.title,
                "explanation": f.explanation,
                "questions": list(f.questions),
                "groups": list(f.groups),
            }
            for f in results.flags
        ],
        "gaps": [
            {
                "factor": g.factor,
                "factors": list(g.factors),
                "question": g.question,
                "groups": g.groups,
                "difference": g.difference,
            }
            for g in results.gaps
        ],
        "divided": [asdict(d) for d in results.divided],
        "missing": [
            asdict(m) if results.shown_missing(m) else {**asdict(m), "dont_know": None, "share": None}
            for m in results.missing
        ],
    }
    if action_plan is not None:
        data["actions"] = [action.to_dict() for action in action_plan.actions]
    return data


def _score_dict(score: Score) -> dict:
    data = {
        "id": score.id,
        "label": score.label,
        "score": score.score,
        "by_group": score.by_group,
        "missing_share": score.missing_share,
    }
    if score.core:
        data["core"] = True
    return data


def to_json(results: Results, action_plan=None) -> str:
    return json.dumps(to_dict(results, action_plan), ensure_ascii=False, indent=2)
