"""One respondent answering: what their screen shows now, and what each key press does.

A ``Session`` is a frozen value: the questions asked to this respondent's group at this stage
and version, the one on screen, what is stored, what was given but is not on the disk, and
the comments being typed. Functions take a session and return a new one. Those that take a
store save at once and raise ``StoreError`` (the data folder) or ``RecordError`` (a request
that is not possible) with the session unchanged; each is a pure step (``choose``, ``count``,
``mark_divided``, ``draft_comment``, ``move``) followed by ``save`` or ``remember``, so a face
that must show what was chosen but could not be saved keeps the pure step's session.

Nothing here knows about widgets: the desktop page and the phone pages drive the same rules,
each with its own store connection, for as many respondents at once as there are screens.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import replace
from typing import TYPE_CHECKING

from peerready.store import assessments, errors, respondents
from peerready.workshop import resume
from peerready.workshop.session_state import MINUTES_PER_QUESTION, NOTHING, Answer, DimensionProgress, Session

# The session values are re-exported: every face names them through this module.
__all__ = ["MINUTES_PER_QUESTION", "NOTHING", "Answer", "DimensionProgress", "Session"]

if TYPE_CHECKING:
    from peerready.store.database import Store

# -- opening ------------------------------------------------------------------------------------


def open_session(store: Store, respondent_id: str, *, exact: bool = False, legacy_index: int | None = None) -> Session:
    """A respondent's session, on the question they come back to (see ``resume.resume_index``)."""
    respondent = respondents.get_respondent(store, respondent_id)
    assessment = assessments.get_assessment(store, respondent.assessment_id)
    questionnaire = assessments.questionnaire(store, assessment.questionnaire_hash)
    questions = tuple(questionnaire.questions_for(respondent.group, assessment.stage, assessment.short))
    if not questions:
        raise errors.RecordError("Aucune question n'est posée à ce groupe.")
    stored = _stored(store, respondent.id)
    position = respondent.position
    if position is None and legacy_index is not None and 0 <= legacy_index < len(questions):
        position, exact = questions[legacy_index].id, True
    answered = {question_id for question_id, answer in stored.items() if answer.given}
    index = resume.resume_index(questions, answered, position, exact=exact)
    finished = respondent.finished and respondent.mode == "individual"
    return Session(respondent, questionnaire, assessment.stage, questions, index, stored, finished=finished)


def _stored(store: Store, respondent_id: str) -> dict[str, Answer]:
    return {
        question_id: Answer(row["value"], row["counts"], row["comment"], row["divided"])
        for question_id, row in respondents.respondent_answers(store, respondent_id).items()
    }


# -- giving an answer (pure), then saving it ------------------------------------------------


def choose(s: Session, value: str) -> Session:
    """The person chose ``value`` for the question on screen (not saved yet: see ``save``)."""
    if s.mode == "tally":
        raise errors.RecordError("Un décompte s'enregistre avec le nombre de réponses pour chaque option.")
    if s.question.option(value) is None:
        raise errors.RecordError(f"Réponse inconnue « {value} » pour la question « {s.question.id} ».")
    return _give(s, Answer(value=value, comment=_comment_of(s), divided=s.divided))


def choose_number(s: Session, number: int) -> Session | None:
    """The option of key ``number`` (from 1) chosen; None when there is no such option (or for a tally)."""
    if s.mode == "tally" or not 1 <= number <= len(s.question.options):
        return None
    return choose(s, s.question.options[number - 1].value)


def count(s: Session, counts: Mapping[str, int]) -> Session:
    """A tally typed for the question on screen; all at zero takes the answer back."""
    if s.mode != "tally":
        raise errors.RecordError("Seul un décompte s'enregistre avec un nombre de réponses par option.")
    counts = dict(counts)
    if not any(counts.values()) and s.question.id not in s.answers:
        return replace(s, unsaved=_without(s.unsaved, s.question.id))  # nothing stored, nothing to take back
    return _give(s, Answer(counts=counts, comment=_comment_of(s)))


def mark_divided(s: Session, divided: bool) -> Session:
    """« Avis partagés » for a common answer: saved with its answer, or waiting for one."""
    if s.mode != "consensus":
        raise errors.RecordError("Seule une réponse commune peut être notée « avis partagés ».")
    s = replace(s, divided_draft=divided)
    unsaved = s.unsaved.get(s.question.id)
    if unsaved is not None:  # what is on screen, not yet on the disk, carries the mark
        return _give(s, replace(unsaved, divided=divided))
    return _again(s) if s.question.id in s.answered else s


def draft_comment(s: Session, text: str) -> Session:
    """A comment being typed for the question on screen (see ``comment`` to save it)."""
    return replace(s, drafts={**s.drafts, s.question.id: text})


def save(store: Store, s: Session) -> Session:
    """Write the change given to the question on screen, if any, at once."""
    question_id = s.question.id
    pending = s.unsaved.get(question_id)
    if pending is None:
        return s
    with store.write():  # the answer and where the respondent stands, together
        _check_open(store, s)
        if pending.given:
            respondents.save_answer(
                store,
                s.respondent.id,
                question_id,
                value=pending.value,
                counts=dict(pending.counts) if pending.counts is not None else None,
                comment=pending.comment or "",
                divided=pending.divided,
            )
        elif question_id in s.answers:
            respondents.clear_answer(store, s.respondent.id, question_id)
        s = remember(store, s)
    drafts = _without(s.drafts, question_id) if pending.given else s.drafts
    answers = _stored(store, s.respondent.id)
    return replace(s, answers=answers, unsaved=_without(s.unsaved, question_id), drafts=drafts, divided_draft=None)


def answer(store: Store, s: Session, value: str) -> Session:
    """Choose ``value`` for the question on screen and save it."""
    return save(store, choose(s, value))


def answer_number(store: Store, s: Session, number: int) -> Session:
    """The person pressed the key of option ``number``: saved at once (a key with no option does nothing)."""
    chosen = choose_number(s, number)
    return s if chosen is None else save(store, chosen)


def set_tally(store: Store, s: Session, counts: Mapping[str, int]) -> Session:
    return save(store, count(s, counts))


def set_divided(store: Store, s: Session, divided: bool) -> Session:
    return save(store, mark_divided(s, divided))


def comment_change(s: Session) -> Session | None:
    """The stored answer given again with the comment being typed, when there is a new one to save; else None.

    A comment typed before any answer waits for it (it is saved with the answer).
    """
    question_id = s.question.id
    draft = s.drafts.get(question_id)
    if draft is None or question_id not in s.answered:
        return None
    if (s.answers[question_id].comment or "") == draft.strip():
        return None
    return _again(s)


def comment(store: Store, s: Session, text: str | None = None) -> Session:
    """Save the comment typed (``text``, or the one being typed) with the answer of the question on screen."""
    if text is not None:
        s = draft_comment(s, text)
    change = comment_change(s)
    return s if change is None else save(store, change)


# -- moving -----------------------------------------------------------------------------------


def move(s: Session, index: int) -> Session:
    """To another question (clamped to the questionnaire); a mark waiting for an answer stays behind."""
    return replace(s, index=max(0, min(index, len(s.questions) - 1)), divided_draft=None)


def remember(store: Store, s: Session) -> Session:
    """Keep, with the respondent, the question they are on."""
    if s.respondent.position != s.question.id:
        s = replace(s, respondent=respondents.set_position(store, s.respondent.id, s.question.id))
    return s


def go_to(store: Store, s: Session, index: int) -> Session:
    """Save the comment being typed, go to question ``index`` and keep it as where the respondent stands."""
    return remember(store, move(comment(store, s), index))


def next_question(store: Store, s: Session) -> Session:
    """On to the next question; from the last one, ``finish``."""
    return finish(store, s) if s.is_last else go_to(store, s, s.index + 1)


def previous_question(store: Store, s: Session) -> Session:
    """Back one question; nothing before the first (never back to the previous person)."""
    return s if s.is_first else go_to(store, s, s.index - 1)


def dimension_start(s: Session, dimension_id: str) -> int | None:
    """Where a jump to a dimension lands: its first question without an answer, else its first."""
    indexes = [i for i, q in enumerate(s.questions) if q.dimension == dimension_id]
    if not indexes:
        return None
    answered = s.answered
    return next((i for i in indexes if s.questions[i].id not in answered), indexes[0])


def go_to_dimension(store: Store, s: Session, dimension_id: str) -> Session:
    index = dimension_start(s, dimension_id)
    return s if index is None else go_to(store, s, index)


# -- ending ------------------------------------------------------------------------------------


def finish(store: Store, s: Session) -> Session:
    """The respondent is done: recorded as finished (a person) and standing nowhere any more.

    Refused while an answer given on screen is not on the disk: the session comes back on the
    first such question, not finished (« your answers are saved » must be true).
    """
    if s.unsaved:
        return move(s, s.first_unsaved)
    s = comment(store, s)
    if s.mode == "individual":
        respondents.finish_respondent(store, s.respondent.id)
    elif s.respondent.position is not None:
        respondents.set_position(store, s.respondent.id, None)
    return replace(s, respondent=respondents.get_respondent(store, s.respondent.id), finished=True)


def leave(store: Store, s: Session) -> None:
    """The respondent's screen goes back to the overview. A place left without any answer is free again."""
    if not s.answers and not s.unsaved and not s.finished:
        respondent = respondents.get_respondent(store, s.respondent.id)
        if respondent.position is not None:
            respondents.set_position(store, respondent.id, None)


# -- helpers -----------------------------------------------------------------------------------


def _give(s: Session, given: Answer) -> Session:
    return replace(s, unsaved={**s.unsaved, s.question.id: given})


def _again(s: Session) -> Session:
    """The stored answer of the question on screen given again, with the comment and mark now on screen."""
    stored = s.answers[s.question.id]
    if s.mode == "tally":
        return _give(s, Answer(counts=stored.counts or {}, comment=_comment_of(s)))
    return _give(s, Answer(value=stored.value, comment=_comment_of(s), divided=s.divided))


def _comment_of(s: Session) -> str:
    question_id = s.question.id
    return s.drafts.get(question_id, (s.answers.get(question_id) or NOTHING).comment or "")


def _without(mapping: Mapping[str, object], key: str) -> dict:
    return {k: v for k, v in mapping.items() if k != key}


def _check_open(store: Store, s: Session) -> None:
    if assessments.get_assessment(store, s.respondent.assessment_id).closed:
        raise errors.RecordError("La collecte est close : plus personne ne peut répondre.")
