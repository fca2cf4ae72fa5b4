"""Questions passed without an answer: said as they are passed, listed before the end, easy to go back to.

Passing a question is allowed (a person may not want to answer, a group may come back to it),
but never silently: the face says « question passée » when it happens, and before the end it
lists every question still without an answer, each one a way back to it.
"""

from __future__ import annotations

from dataclasses import dataclass

from peerready.workshop.session_state import Session


@dataclass(frozen=True)
class Passed:
    """A question of the session without an answer: where it is, and how it reads for this group."""

    index: int
    text: str
    dimension: str

    @property
    def number(self) -> int:
        """Its number on screen, from 1."""
        return self.index + 1


def unanswered(s: Session, index: int | None = None) -> bool:
    """Question ``index`` (the one on screen by default) has no answer, neither stored nor given on screen."""
    question = s.questions[s.index if index is None else index]
    given = s.unsaved.get(question.id)
    if given is not None:
        return not given.given
    return question.id not in s.answered


def passed(s: Session) -> tuple[Passed, ...]:
    """Every question still without an answer, in the order they are asked."""
    found = []
    for index, question in enumerate(s.questions):
        if unanswered(s, index):
            dimension = s.questionnaire.dimension(question.dimension)
            label = dimension.label if dimension else question.dimension
            found.append(Passed(index, question.text_for(s.group, s.stage), label))
    return tuple(found)


def passed_before(s: Session) -> int:
    """How many questions before the one on screen have no answer."""
    return sum(1 for index in range(s.index) if unanswered(s, index))


def next_passed(s: Session) -> int | None:
    """The index of the next question without an answer after the one on screen, if any."""
    return next((index for index in range(s.index + 1, len(s.questions)) if unanswered(s, index)), None)
