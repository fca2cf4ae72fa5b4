"""The questionnaire model: frozen dataclasses, built once by the checker and never changed."""

from __future__ import annotations

import functools
from dataclasses import dataclass, field

from peerready.engine import vocabulary

#: Field metadata of what is not part of the model itself (where it was read from): left out of its JSON.
NOT_IN_JSON = {"not_in_json": True}


@dataclass(frozen=True)
class Option:
    """One answer a question offers; ``score`` 0–1, None for « je ne sais pas » and « non concerné »."""

    value: str
    label: str
    score: float | None
    kind: str = "scored"  # scored | dont_know | not_applicable

    @property
    def scored(self) -> bool:
        return self.score is not None


@dataclass(frozen=True)
class Dimension:
    """A part of the questionnaire: its questions are shown together."""

    id: str
    label: str
    description: str = ""


@dataclass(frozen=True)
class Reference:
    """A source that questions, alerts and actions cite (their ``sources`` and ``resources``)."""

    id: str
    title: str
    author: str = ""
    date: str = ""
    url: str = ""
    note: str = ""


@dataclass(frozen=True)
class Question:
    """A question, the groups and stages it is asked at, its answers and the factors it measures."""

    id: str
    dimension: str
    factors: tuple[str, ...]
    groups: tuple[str, ...]
    stages: tuple[str, ...]
    short: bool
    text: str
    help: str
    sources: tuple[str, ...]
    options: tuple[Option, ...]
    text_by_group: dict[str, str] = field(default_factory=dict)
    text_by_stage: dict[str, str] = field(default_factory=dict)
    #: questions asked in other words to other groups that measure the same thing (twins)
    compares_with: tuple[str, ...] = ()
    #: a fact (contract, pay, funding…): stated by management, never averaged with opinions
    fact: bool = False

    def option(self, value: str) -> Option | None:
        for option in self.options:
            if option.value == value:
                return option
        return None

    def asked_at(self, stage: str | None) -> bool:
        return stage is None or not self.stages or stage in self.stages

    def text_for(self, group: str | None = None, stage: str | None = None) -> str:
        """The wording for a group and stage: the group's own wording wins."""
        if group and group in self.text_by_group:
            return self.text_by_group[group]
        if stage and stage in self.text_by_stage:
            return self.text_by_stage[stage]
        return self.text


@dataclass(frozen=True)
class Flag:
    """An alert, raised when a group's answers to a question reach its threshold, or by the posts."""

    id: str
    factor: str
    severity: str
    title: str
    explanation: str
    question: str  # "" for a flag on the posts
    threshold: float  # a group's score at or below (inclusive) / under (exclusive) fires it
    inclusive: bool
    answers: tuple[str, ...] = ()
    groups: tuple[str, ...] = ()
    stages: tuple[str, ...] = ()
    sources: tuple[str, ...] = ()
    #: a flag on the posts: a post whose every listed field has one of the values fires it
    posts: dict[str, tuple[str, ...]] = field(default_factory=dict)
    #: a flag on the posts: fires when the posts are on incoherent terms
    incoherent_posts: bool = False
    #: a flag on the posts that says what these flags (on questions) say: left out when one is raised
    same_as: tuple[str, ...] = ()

    def fires_on(self, score: float) -> bool:
        return score <= self.threshold + 1e-9 if self.inclusive else score < self.threshold - 1e-9


@dataclass(frozen=True)
class Trigger:
    """When an action template is suggested: flags raised, a low factor, a gap, a divided group…"""

    flags: tuple[str, ...] = ()
    factor_below: float | None = None  # 0–100
    gap: bool = False
    divided: bool = False
    missing: bool = False
    critical_flags: int | None = None  # at least this many critical flags are raised
    #: consolidate what works: every factor of the action scores at least this (0–100), and no alert on them
    factor_at_least: float | None = None


@dataclass(frozen=True)
class ActionTemplate:
    """An action the plan may suggest, with its steps, owner and horizon."""

    id: str
    factors: tuple[str, ...]
    priority: str
    owner_role: str
    horizon: str
    when: Trigger
    title: str
    steps: tuple[str, ...]
    stages: tuple[str, ...] = ()
    resources: tuple[str, ...] = ()
    #: the workstream (« chantier ») the action belongs to
    workstream: str = ""
    #: what it needs depends on a funder: the plan says so, and its first step is the structure's own
    funder: bool = False


@dataclass(frozen=True)
class Workstream:
    """A « chantier »: a few actions that change one thing, with a first step for this week."""

    id: str
    title: str
    changes: str  # one line: what it changes
    owners: tuple[str, ...]
    horizon: str
    first_step: str  # a concrete act, no meeting
    first_step_by_stage: dict[str, str] = field(default_factory=dict)

    def first_step_for(self, stage: str | None) -> str:
        return self.first_step_by_stage.get(stage or "", self.first_step)


@dataclass(frozen=True)
class Questionnaire:
    """A whole questionnaire, checked: what ``instrument.load`` returns."""

    id: str
    version: str
    language: str
    title: str
    description: str
    dimensions: tuple[Dimension, ...]
    questions: tuple[Question, ...]
    flags: tuple[Flag, ...]
    actions: tuple[ActionTemplate, ...]
    factors: dict[str, vocabulary.Factor]
    references: dict[str, Reference]
    labels: dict[str, str]
    content_hash: str
    workstreams: tuple[Workstream, ...] = ()
    #: where it was read from, on this machine: not part of the model, never in its JSON
    path: str = field(default="", metadata=NOT_IN_JSON)
    #: the YAML text it was read from, kept so that stored answers stay readable later
    text: str = field(default="", repr=False, compare=False, metadata=NOT_IN_JSON)

    @functools.cached_property
    def _by_id(self) -> dict[str, Question]:
        # An index of the questions, made on first use (not a field: never compared, never in its JSON).
        return {q.id: q for q in self.questions}

    def question(self, question_id: str) -> Question | None:
        return self._by_id.get(question_id)

    @functools.cached_property
    def _twins(self) -> dict[str, tuple[str, ...]]:
        # Twins are declared on one side or both; the relation is symmetric and transitive.
        linked: dict[str, set[str]] = {}
        for question in self.questions:
            for other in question.compares_with:
                family = linked.get(question.id, {question.id}) | linked.get(other, {other})
                for member in family:
                    linked[member] = family
        return {q: tuple(sorted(family - {q})) for q, family in linked.items()}

    def twins(self, question_id: str) -> tuple[str, ...]:
        """The questions that measure the same thing as this one, in other words, for other groups."""
        return self._twins.get(question_id, ())

    def questions_for(self, group: str, stage: str | None = None, short: bool = False) -> list[Question]:
        """The questions a group sees at a stage, in questionnaire order."""
        return [q for q in self.questions if group in q.groups and q.asked_at(stage) and (q.short or not short)]

    def dimension(self, dimension_id: str) -> Dimension | None:
        return next((d for d in self.dimensions if d.id == dimension_id), None)

    def factor_label(self, factor_id: str) -> str:
        factor = self.factors.get(factor_id)
        return factor.label if factor else factor_id
