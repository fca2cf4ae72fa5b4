"""Preparing a session: a new assessment of a structure, starting from its open actions."""

from __future__ import annotations

from peerready.engine.instrument import Questionnaire
from peerready.store import action_plan, assessments
from peerready.store.database import Store


def start_assessment(
    store: Store,
    structure_id: str,
    questionnaire: Questionnaire,
    stage: str,
    groups: dict[str, str],
    short: bool = False,
    label: str = "",
    carry_actions: bool = True,
) -> assessments.Assessment:
    """A new assessment, in one transaction. It starts from the open actions of the structure's previous one."""
    with store.write():
        assessment = assessments.create_assessment(store, structure_id, questionnaire, stage, groups, short, label)
        if carry_actions and assessment.previous_id:
            action_plan.carry_over(store, assessment.previous_id, assessment.id)
    return assessments.get_assessment(store, assessment.id)
