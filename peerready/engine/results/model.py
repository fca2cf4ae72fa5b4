"""The values a set of answers turns into, and the anonymity policy every face reads them through.

The policy (which group may be shown apart, on which question; whether a question's whole
would reveal a group) is written here once: the screen, the documents and the JSON all ask
these methods, so they can never show different groups.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from peerready.engine.posts import Post

#: Two groups whose scores differ by this many points (0–100) or more, standing on opposite
#: sides of the scale's middle: more than one step of a four-point scale (33 points).
GAP_POINTS = 35
#: The middle of the scale (0–1): a gap needs one group under it and the other above it.
MIDDLE = 0.5
#: A group is divided when at least this share of it is "for" and this share "against".
DIVIDED_SHARE = 0.3
FOR_SCORE, AGAINST_SCORE = 0.6, 0.4
#: Fewer scored answers than this in a group cannot show it is divided.
DIVIDED_MIN_ANSWERS = 3
#: A factor or question lacks information when this share of its answers is "don't know".
MISSING_SHARE = 1 / 3
#: A group answering person by person is shown apart only from this many people (see ``shown_apart``),
#: and on a question only when this many of its people answered it.
ANONYMITY_THRESHOLD = 3
#: Readiness level thresholds (0–100) and the minimal share of questions answered.
READY_SCORE, NOT_READY_SCORE, CORE_MIN_SCORE = 75, 50, 60
COVERAGE_MIN = 0.5
#: The groups whose answers are needed for any level.
REQUIRED_GROUPS = ("management", "team")


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
    groups: tuple[str, ...]  # only groups that may be named
    sources: tuple[str, ...] = ()
    #: how many peers reported it, given only from ``ANONYMITY_THRESHOLD`` of them
    reported_by: int | None = None
    #: raised only by people of a small group who agreed to share the risks, not their answers:
    #: shown without a group, and never quoted by the level's reason
    personal: bool = False


@dataclass(frozen=True)
class Gap:
    factor: str
    factors: tuple[str, ...]
    question: str  # the first group's question; "" for a gap on the factor as a whole
    groups: dict[str, float]  # group -> score 0–100
    difference: float
    #: group -> the question it answered: the same one, twins (other words), or none (the factor)
    questions: dict[str, str] = field(default_factory=dict)
    kind: str = "question"  # question | twins | factor


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
    #: fewer than ``ANONYMITY_THRESHOLD`` people answering one by one: identifiable people
    small: bool = False
    #: for a small group, what all its people agreed to share (the least of their choices)
    consent: str = ""


@dataclass(frozen=True)
class Level:
    id: str
    label: str
    reason: str


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
    #: question id -> the groups that may be shown apart on it (the per-question anonymity rule)
    shown_on: dict[str, tuple[str, ...]] = field(default_factory=dict)
    #: the severity of each alert raised that its people did not agree to share: it weighs on
    #: the level, never shown (not even which factor)
    withheld: tuple[str, ...] = ()
    posts: tuple[Post, ...] = ()
    #: the ids of the questions asked (to the groups taking part, at this stage and version)
    asked_ids: frozenset[str] = frozenset()

    def factor(self, factor_id: str) -> Score | None:
        return next((f for f in self.factors if f.id == factor_id), None)

    def question(self, question_id: str) -> QuestionResult | None:
        return next((q for q in self.questions if q.id == question_id), None)

    # -- the anonymity policy -------------------------------------------------------------------

    @property
    def visible_groups(self) -> tuple[str, ...]:
        """The groups whose own figures (per dimension, per factor) may be shown, in the vocabulary's order."""
        return tuple(p.group for p in self.participation if p.visible)

    @property
    def hidden_groups(self) -> tuple[str, ...]:
        """The groups that took part but count only in the whole: too few people answered one by one."""
        return tuple(p.group for p in self.participation if not p.visible)

    def shown_groups(self, question_id: str) -> tuple[str, ...]:
        """The groups that may be shown apart on this question: visible, and enough of its people answered it."""
        return self.shown_on.get(question_id, ())

    def hides_totals(self, question_id: str) -> bool:
        """Whether a group that may not be shown on the question answered it: then its whole, its counts and
        its shares would reveal that group's answers, and only the shown groups' own figures are given."""
        result = self.question(question_id)
        shown = set(self.shown_groups(question_id))
        return result is not None and any(g not in shown for g in result.by_group)

    def shown_answers(self, question_id: str) -> dict[str, GroupAnswers]:
        """What each group that may be shown apart on the question answered to it."""
        result = self.question(question_id)
        shown = set(self.shown_groups(question_id))
        return {g: a for g, a in result.by_group.items() if g in shown} if result else {}

    def shown_score(self, question_id: str) -> float | None:
        """The question's score over all groups (0–100), or None when it is unknown or would reveal a group."""
        result = self.question(question_id)
        if result is None or self.hides_totals(question_id):
            return None
        return percent(result.score)

    def shown_missing(self, missing: Missing) -> bool:
        """Whether the count and share of « je ne sais pas » of a question may be shown."""
        return not self.hides_totals(missing.question)


def percent(value: float | None) -> float | None:
    return None if value is None else round(value * 100, 1)
