"""Preparing a session: a new assessment of a structure, starting from its open actions.

Before one starts, the collections of the structure still open are said: a second session
started by mistake would become the structure's latest assessment.
"""

from __future__ import annotations

from dataclasses import dataclass

from peerready.engine import vocabulary
from peerready.engine.instrument import Questionnaire
from peerready.store import action_plan, assessments, summaries
from peerready.store.database import Store

#: How each group answers unless the facilitator chooses otherwise.
DEFAULT_MODES = {"management": "consensus", "team": "tally", "peer": "individual", "people": "individual"}
#: The groups taking part unless the facilitator chooses otherwise.
DEFAULT_GROUPS = ("management", "team")


@dataclass(frozen=True)
class Suggestion:
    """What a new assessment of a structure starts from: its latest assessment's stage and open actions."""

    stage: str | None = None
    carries_actions: bool = False
    #: the peer posts the latest assessment described: the structure's facts, to check and keep
    posts: tuple = ()


def suggestion(store: Store, structure_id: str) -> Suggestion:
    latest = assessments.latest_assessment(store, structure_id)
    return Suggestion(latest.stage, True, latest.posts) if latest is not None else Suggestion()


@dataclass(frozen=True)
class OpenCollection:
    """A collection of the structure that is still open: the session the facilitator may mean to go back to."""

    assessment: assessments.Assessment
    #: how many answers it holds, all respondents together
    answers: int


def open_collections(store: Store, structure_id: str) -> tuple[OpenCollection, ...]:
    """The structure's assessments whose collection is open, the newest first, with their answers counted."""
    return tuple(
        OpenCollection(assessment, summaries.answer_count(store, assessment.id))
        for assessment in assessments.open_assessments(store, structure_id)
    )


def question_counts(questionnaire: Questionnaire, stage: str, short: bool) -> dict[str, int]:
    """How many questions each group is asked; a group asked none cannot take part."""
    return {group: len(questionnaire.questions_for(group, stage, short)) for group in vocabulary.GROUPS}


def start_assessment(
    store: Store,
    structure_id: str,
    questionnaire: Questionnaire,
    stage: str,
    groups: dict[str, str],
    short: bool = False,
    label: str = "",
    carry_actions: bool = True,
    described: tuple = (),
) -> assessments.Assessment:
    """A new assessment, in one transaction. It starts from the open actions of the structure's previous one.

    ``described``: the peer posts (``engine.posts.Post``), facts entered as the assessment is prepared.
    """
    with store.write():
        assessment = assessments.create_assessment(
            store, structure_id, questionnaire, stage, groups, short, label, described=described
        )
        if carry_actions and assessment.previous_id:
            action_plan.carry_over(store, assessment.previous_id, assessment.id)
    return assessments.get_assessment(store, assessment.id)
