"""Anonymous respondents and their answers, each committed the moment it is given."""

from __future__ import annotations

import json
from dataclasses import dataclass

from peerready.engine import answers, vocabulary
from peerready.engine import text as texts
from peerready.store.assessments import Assessment, get_assessment, questionnaire
from peerready.store.database import Store, dumps, new_id, now
from peerready.store.errors import RecordError
from peerready.store.structures import get_structure


@dataclass(frozen=True)
class Respondent:
    id: str
    assessment_id: str
    group: str
    mode: str
    number: int
    finished: bool = False
    #: The question this respondent is on; None when nobody is answering as them (or they finished).
    position: str | None = None
    updated_at: str | None = None
    #: what this person agreed to share (``vocabulary.CONSENTS``); None: not asked or no answer (« weight »)
    consent: str | None = None


def add_respondent(store: Store, assessment_id: str, group: str) -> Respondent:
    """A new anonymous respondent (a person, a tally sheet, or the group's common answer)."""
    with store.write() as db:
        assessment = get_assessment(store, assessment_id)
        mode = assessment.groups.get(group)
        if mode is None:
            raise RecordError(f"Le groupe « {group} » ne participe pas à cette évaluation.")
        if mode == "consensus":
            existing = list(
                db.query("SELECT * FROM respondents WHERE assessment_id = ? AND group_id = ?", [assessment_id, group])
            )
            if existing:
                return respondent_from_row(existing[0])
        number = db.execute(
            "SELECT coalesce(max(number), 0) + 1 FROM respondents WHERE assessment_id = ? AND group_id = ?",
            [assessment_id, group],
        ).fetchone()[0]
        row = {
            "id": new_id(),
            "assessment_id": assessment_id,
            "group_id": group,
            "mode": mode,
            "number": number,
            "created_at": now(),
            "finished_at": None,
            "position": None,
            "updated_at": now(),
        }
        db["respondents"].insert(row)
    return respondent_from_row(row)


def respondent_from_row(row: dict) -> Respondent:
    return Respondent(
        row["id"],
        row["assessment_id"],
        row["group_id"],
        row["mode"],
        row["number"],
        bool(row.get("finished_at")),
        row.get("position"),
        row.get("updated_at"),
        row.get("consent") if row.get("consent") in vocabulary.CONSENTS else None,
    )


def get_respondent(store: Store, respondent_id: str) -> Respondent:
    rows = list(store.rows("SELECT * FROM respondents WHERE id = ?", [respondent_id]))
    if not rows:
        raise RecordError(f"Répondant inconnu « {respondent_id} ».")
    return respondent_from_row(rows[0])


def list_respondents(store: Store, assessment_id: str) -> list[Respondent]:
    return [
        respondent_from_row(r)
        for r in store.rows(
            "SELECT * FROM respondents WHERE assessment_id = ? ORDER BY group_id, number", [assessment_id]
        )
    ]


def finish_respondent(store: Store, respondent_id: str) -> None:
    """This person reached the end: they stand nowhere any more."""
    with store.write() as db:
        stamp = now()
        db["respondents"].update(respondent_id, {"finished_at": stamp, "position": None, "updated_at": stamp})


def set_consent(store: Store, respondent_id: str, consent: str | None) -> Respondent:
    """Keep what a person agreed to share of their answers, at once (None: nothing but their weight)."""
    if consent is not None and consent not in vocabulary.CONSENTS:
        raise RecordError(f"Choix de partage inconnu « {consent} ».")
    respondent = get_respondent(store, respondent_id)
    if respondent.mode != "individual":
        raise RecordError("Seule une personne qui répond pour elle-même choisit ce qu'elle partage.")
    with store.write() as db:
        db["respondents"].update(respondent_id, {"consent": consent, "updated_at": now()})
        forget_results(store, respondent.assessment_id)  # what may be shown changed
    return get_respondent(store, respondent_id)


def set_position(store: Store, respondent_id: str, question_id: str | None) -> Respondent:
    """Keep the question a respondent is on (None: nobody is on this place any more), at once."""
    respondent = get_respondent(store, respondent_id)
    if question_id is not None:
        assessment = get_assessment(store, respondent.assessment_id)
        question = questionnaire(store, assessment.questionnaire_hash).question(question_id)
        if question is None or respondent.group not in question.groups or not question.asked_at(assessment.stage):
            raise RecordError(f"La question « {question_id} » n'est pas posée à ce répondant.")
    with store.write() as db:
        db["respondents"].update(respondent_id, {"position": question_id, "updated_at": now()})
    return get_respondent(store, respondent_id)


def answered_by_respondent(store: Store, assessment_id: str) -> list[tuple[Respondent, frozenset[str]]]:
    """Every respondent of an assessment, by group and number, with the questions they really answered.

    One query for the whole assessment. A real answer is a value, or a tally with at least one vote.
    """
    rows = store.rows(
        """
        SELECT r.*, x.question_id AS answered_question
        FROM respondents r LEFT JOIN answers x ON x.respondent_id = r.id
            AND (x.value IS NOT NULL OR (x.counts IS NOT NULL AND x.counts NOT IN ('{}', 'null')))
        WHERE r.assessment_id = ? ORDER BY r.group_id, r.number""",
        [assessment_id],
    )
    found: dict[str, tuple[Respondent, set[str]]] = {}
    for row in rows:
        _, answered = found.setdefault(row["id"], (respondent_from_row(row), set()))
        if row["answered_question"] is not None:
            answered.add(row["answered_question"])
    return [(respondent, frozenset(answered)) for respondent, answered in found.values()]


def save_answer(
    store: Store,
    respondent_id: str,
    question_id: str,
    value: str | None = None,
    counts: dict[str, int] | None = None,
    comment: str | None = None,
    divided: bool = False,
) -> None:
    """Check and commit one answer at once (a value, or counts for a tally)."""
    comment = texts.clean(comment, multiline=True)
    respondent = get_respondent(store, respondent_id)
    assessment = get_assessment(store, respondent.assessment_id)
    q = questionnaire(store, assessment.questionnaire_hash)
    question = q.question(question_id)
    if question is None:
        raise RecordError(f"Question inconnue « {question_id} ».")
    if respondent.group not in question.groups or not question.asked_at(assessment.stage):
        raise RecordError(f"La question « {question_id} » n'est pas posée à ce groupe à cette étape.")
    if respondent.mode == "tally":
        if counts is None or value is not None:
            raise RecordError("Un décompte s'enregistre avec le nombre de réponses pour chaque option.")
        for option, count in counts.items():
            if question.option(option) is None:
                raise RecordError(f"Réponse inconnue « {option} » pour la question « {question_id} ».")
            if isinstance(count, bool) or not isinstance(count, int) or count < 0:
                raise RecordError(f"Le nombre pour « {option} » doit être un entier positif ou nul.")
        counts = {o: c for o, c in counts.items() if c}
    else:
        if counts is not None or question.option(value or "") is None:
            raise RecordError(f"Réponse inconnue « {value} » pour la question « {question_id} ».")
    if divided and respondent.mode != "consensus":
        raise RecordError("Seule une réponse commune peut être notée « avis partagés ».")
    with store.write() as db:
        db["answers"].upsert(
            {
                "respondent_id": respondent_id,
                "question_id": question_id,
                "value": value,
                "counts": dumps(counts) if counts is not None else None,
                "comment": (comment or "").strip() or None,
                "divided": int(divided),
                "answered_at": now(),
            },
            pk=("respondent_id", "question_id"),
        )
        forget_results(store, assessment.id)


def clear_answer(store: Store, respondent_id: str, question_id: str) -> None:
    respondent = get_respondent(store, respondent_id)
    with store.write() as db:
        db.execute("DELETE FROM answers WHERE respondent_id = ? AND question_id = ?", [respondent_id, question_id])
        forget_results(store, respondent.assessment_id)


def forget_results(store: Store, assessment_id: str) -> None:
    store.execute("DELETE FROM results_cache WHERE assessment_id = ?", [assessment_id])
    store.execute("UPDATE assessments SET updated_at = ? WHERE id = ?", [now(), assessment_id])


def respondent_answers(store: Store, respondent_id: str) -> dict[str, dict]:
    return {
        r["question_id"]: {
            "value": r["value"],
            "counts": json.loads(r["counts"]) if r["counts"] else None,
            "comment": r["comment"],
            "divided": bool(r["divided"]),
        }
        for r in store.rows("SELECT * FROM answers WHERE respondent_id = ?", [respondent_id])
    }


def answer_set(store: Store, assessment_id: str, assessment: Assessment | None = None) -> answers.AnswerSet:
    assessment = assessment or get_assessment(store, assessment_id)
    structure = get_structure(store, assessment.structure_id)
    rows = store.rows(
        """
        SELECT r.id AS rid, r.group_id, r.mode, r.consent, x.question_id, x.value, x.counts, x.comment, x.divided
        FROM respondents r JOIN answers x ON x.respondent_id = r.id
        WHERE r.assessment_id = ? ORDER BY r.group_id, r.number, x.question_id""",
        [assessment.id],
    )
    by_respondent: dict[str, dict] = {}
    for row in rows:
        entry = by_respondent.setdefault(
            row["rid"],
            {
                "group": row["group_id"],
                "mode": row["mode"],
                "consent": row["consent"],
                "answers": {},
                "comments": {},
                "divided": set(),
            },
        )
        entry["answers"][row["question_id"]] = json.loads(row["counts"]) if row["counts"] else {row["value"]: 1}
        if row["comment"]:
            entry["comments"][row["question_id"]] = row["comment"]
        if row["divided"]:
            entry["divided"].add(row["question_id"])
    responses = tuple(
        answers.Response(
            group=e["group"],
            mode=e["mode"],
            answers=e["answers"],
            comments=e["comments"],
            divided=frozenset(e["divided"]),
            consent=e["consent"] if e["consent"] in vocabulary.CONSENTS else None,
        )
        for e in by_respondent.values()
    )
    return answers.AnswerSet(
        responses=responses,
        stage=assessment.stage,
        questionnaire=assessment.questionnaire_id,
        structure=structure.name,
        short=assessment.short,
        posts=assessment.posts,
    )
