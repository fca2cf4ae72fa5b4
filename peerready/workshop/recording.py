"""Recording a whole answers file as one assessment: all of it or nothing."""

from __future__ import annotations

from peerready.engine import answers
from peerready.engine import text as texts
from peerready.engine.instrument import Questionnaire
from peerready.store import action_plan
from peerready.store.assessments import Assessment, get_assessment, set_collection_closed
from peerready.store.database import Store
from peerready.store.errors import RecordError
from peerready.store.respondents import (
    add_respondent,
    finish_respondent,
    respondent_answers,
    save_answer,
    set_consent,
)
from peerready.store.structures import create_structure, find_by_name, structure_from_row
from peerready.workshop.preparing import start_assessment


def record(
    store: Store, structure_name: str, answer_set_: answers.AnswerSet, questionnaire_: Questionnaire, label: str = ""
) -> Assessment:
    """Store a whole answers file as one assessment, in one transaction: all of it or nothing."""
    structure_name = texts.clean(structure_name)
    answer_set_ = answers.validate(answer_set_, questionnaire_)
    with store.write():
        row = find_by_name(store, structure_name)
        structure = structure_from_row(row) if row else create_structure(store, structure_name)
        groups = {}
        for response in answer_set_.responses:
            groups.setdefault(response.group, response.mode)
            if groups[response.group] != response.mode:
                raise RecordError(
                    f"Le groupe « {response.group} » mélange plusieurs modes de réponse ; "
                    "un seul mode par groupe peut être enregistré."
                )
        assessment = start_assessment(
            store,
            structure.id,
            questionnaire_,
            answer_set_.stage,
            groups,
            short=bool(answer_set_.short),
            label=label,
            described=answer_set_.posts,
        )
        for response in answer_set_.responses:
            respondent = add_respondent(store, assessment.id, response.group)
            if response.mode == "consensus" and respondent_answers(store, respondent.id):
                raise RecordError(f"Le groupe « {response.group} » a plusieurs réponses communes.")
            for question_id, counts in response.answers.items():
                if response.mode == "tally":
                    save_answer(
                        store, respondent.id, question_id, counts=counts, comment=response.comments.get(question_id)
                    )
                else:
                    save_answer(
                        store,
                        respondent.id,
                        question_id,
                        value=next(iter(counts)),
                        comment=response.comments.get(question_id),
                        divided=question_id in response.divided,
                    )
            if response.consent:
                set_consent(store, respondent.id, response.consent)
            finish_respondent(store, respondent.id)
        set_collection_closed(store, assessment.id, True)
        action_plan.sync_plan(store, assessment.id)
    return get_assessment(store, assessment.id)
