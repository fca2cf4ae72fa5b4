"""What one respondent's screen holds: a frozen ``Session`` value and what it says about itself.

The questions asked to this respondent's group at this stage and version, the one on screen,
what is stored, what was given but is not on the disk, the comments being typed; and what
follows from them (the position, the progress per dimension, the first unsaved answer). The
steps that change a session are in ``answering``.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from peerready.store.respondents import Respondent

if TYPE_CHECKING:
    from peerready.engine.instrument import Question, Questionnaire


#: Minutes a person needs per question, to announce the length of a questionnaire.
MINUTES_PER_QUESTION = 0.4


@dataclass(frozen=True)
class Answer:
    """What a respondent gave to one question: a value, or counts for a tally; a comment; divided views."""

    value: str | None = None
    counts: Mapping[str, int] | None = None
    comment: str | None = None
    divided: bool = False

    @property
    def given(self) -> bool:
        """A real answer: a value, or a tally with at least one vote."""
        return self.value is not None or any(self.counts.values() if self.counts else ())


NOTHING = Answer()


@dataclass(frozen=True)
class DimensionProgress:
    """How far a respondent is in one dimension."""

    id: str
    label: str
    done: int
    total: int
    current: bool

    @property
    def complete(self) -> bool:
        return self.done == self.total


@dataclass(frozen=True)
class Session:
    """One respondent's questionnaire as it stands now."""

    respondent: Respondent
    questionnaire: Questionnaire
    stage: str
    questions: tuple[Question, ...]
    index: int = 0
    #: What is on the disk, by question.
    answers: Mapping[str, Answer] = field(default_factory=dict)
    #: What was given on screen and is not on the disk (yet, or because the data folder failed), by question.
    unsaved: Mapping[str, Answer] = field(default_factory=dict)
    #: Comments being typed, saved with their question's answer (kept until it has one), by question.
    drafts: Mapping[str, str] = field(default_factory=dict)
    #: « Avis partagés » marked on the question on screen before it has an answer.
    divided_draft: bool | None = None
    finished: bool = False

    # -- what the screen shows ---------------------------------------------------------------

    @property
    def question(self) -> Question:
        return self.questions[self.index]

    @property
    def mode(self) -> str:
        return self.respondent.mode

    @property
    def group(self) -> str:
        return self.respondent.group

    @property
    def text(self) -> str:
        """The question's wording for this group at this stage."""
        return self.question.text_for(self.group, self.stage)

    @property
    def number(self) -> int:
        """The position on screen, from 1."""
        return self.index + 1

    @property
    def count(self) -> int:
        return len(self.questions)

    @property
    def is_first(self) -> bool:
        return self.index == 0

    @property
    def is_last(self) -> bool:
        return self.index + 1 >= len(self.questions)

    @property
    def minutes(self) -> int:
        """About how long the whole questionnaire takes."""
        return max(1, round(len(self.questions) * MINUTES_PER_QUESTION))

    @property
    def answered(self) -> frozenset[str]:
        """Questions with a real answer on the disk."""
        return frozenset(question_id for question_id, answer in self.answers.items() if answer.given)

    @property
    def shown(self) -> Answer:
        """The answer to show for the question on screen: what was given, else what is stored."""
        question_id = self.question.id
        return self.unsaved.get(question_id) or self.answers.get(question_id) or NOTHING

    @property
    def pending(self) -> Answer | None:
        """A change to the question on screen that has not reached the disk."""
        return self.unsaved.get(self.question.id)

    @property
    def is_unsaved(self) -> bool:
        return self.question.id in self.unsaved

    @property
    def divided(self) -> bool:
        """Whether « avis partagés » is marked on the question on screen (a common answer only)."""
        if self.mode != "consensus":
            return False
        return self.divided_draft if self.divided_draft is not None else self.shown.divided

    @property
    def comment(self) -> str:
        """The comment field's text: what is being typed, else what is stored."""
        return self.drafts.get(self.question.id, self.shown.comment or "")

    @property
    def comment_waiting(self) -> bool:
        """A comment is typed but waits for an answer before it can be saved."""
        return bool(self.drafts.get(self.question.id, "").strip()) and self.question.id not in self.answered

    @property
    def sources(self) -> tuple[str, ...]:
        """Titles of the evidence behind the question on screen."""
        references = self.questionnaire.references
        return tuple(references[source].title for source in self.question.sources if source in references)

    @property
    def dimension_label(self) -> str:
        dimension = self.questionnaire.dimension(self.question.dimension)
        return dimension.label if dimension else self.question.dimension

    @property
    def progress(self) -> tuple[DimensionProgress, ...]:
        """Progress by dimension, in the questionnaire's order, for the dimensions this respondent is asked."""
        answered = self.answered
        current = self.question.dimension if self.questions else None
        found = []
        for dimension in self.questionnaire.dimensions:
            ids = [q.id for q in self.questions if q.dimension == dimension.id]
            if ids:
                done = sum(1 for question_id in ids if question_id in answered)
                found.append(DimensionProgress(dimension.id, dimension.label, done, len(ids), dimension.id == current))
        return tuple(found)

    @property
    def first_unsaved(self) -> int | None:
        return next((i for i, q in enumerate(self.questions) if q.id in self.unsaved), None)
