"""Structures, assessments, respondents and answers as stored, and the actions on them.

Plain functions over a ``Store``: the desktop app and the command line call the same ones.
Every change is one transaction; every answer is committed the moment it is given.
Respondents are anonymous numbers within a group, never names.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field

from peerready.engine import answers, instrument, results, vocabulary
from peerready.engine import text as texts
from peerready.engine.instrument import Questionnaire
from peerready.store.database import Store, StoreError, dumps, new_id, now

STATUSES: dict[str, str] = {"todo": "À faire", "doing": "En cours", "done": "Fait", "dropped": "Abandonné"}


class RecordError(Exception):
    """A request on stored data is not possible; the message says why, in French."""


@dataclass(frozen=True)
class Structure:
    id: str
    name: str
    sector: str = ""
    service_kind: str = ""
    notes: str = ""
    created_at: str = ""
    updated_at: str = ""


@dataclass(frozen=True)
class StructureSummary:
    structure: Structure
    assessments: int
    last_assessment_id: str | None
    last_date: str | None
    last_stage: str | None
    level: str | None
    open_actions: int


@dataclass(frozen=True)
class Assessment:
    id: str
    structure_id: str
    questionnaire_id: str
    questionnaire_version: str
    questionnaire_hash: str
    stage: str
    short: bool
    label: str
    started_at: str
    closed_at: str | None
    previous_id: str | None
    groups: dict[str, str] = field(default_factory=dict)

    @property
    def closed(self) -> bool:
        return bool(self.closed_at)


@dataclass(frozen=True)
class Respondent:
    id: str
    assessment_id: str
    group: str
    mode: str
    number: int
    finished: bool = False


# --------------------------------------------------------------------------- structures


def _structure(row: dict) -> Structure:
    return Structure(**{k: row.get(k) or "" for k in Structure.__dataclass_fields__})


def create_structure(store: Store, name: str, sector: str = "", service_kind: str = "", notes: str = "") -> Structure:
    name, sector, service_kind = texts.clean(name), texts.clean(sector), texts.clean(service_kind)
    notes = texts.clean(notes, multiline=True)
    name = " ".join((name or "").split())
    if not name:
        raise RecordError("Le nom de la structure est vide.")
    if len(name) > 200:
        raise RecordError("Le nom de la structure est trop long (200 caractères au plus).")
    with store.write() as db:
        if _by_name(store, name):
            raise RecordError(f"Une structure s'appelle déjà « {name} ».")
        stamp = now()
        row = {
            "id": new_id(),
            "name": name,
            "sector": sector.strip(),
            "service_kind": service_kind.strip(),
            "notes": notes.strip(),
            "created_at": stamp,
            "updated_at": stamp,
        }
        db["structures"].insert(row)
    return _structure(row)


def _by_name(store: Store, name: str) -> dict | None:
    rows = list(store.db.query("SELECT * FROM structures WHERE lower(name) = lower(?)", [name]))
    return rows[0] if rows else None


def update_structure(store: Store, structure_id: str, **fields) -> Structure:
    allowed = {"name", "sector", "service_kind", "notes"}
    fields = texts.clean_fields(fields, multiline=("notes",))
    unknown = set(fields) - allowed
    if unknown:
        raise RecordError(f"Champ inconnu : {', '.join(sorted(unknown))}.")
    if "name" in fields:
        fields["name"] = " ".join((fields["name"] or "").split())
        if not fields["name"]:
            raise RecordError("Le nom de la structure est vide.")
    with store.write() as db:
        current = get_structure(store, structure_id)
        other = _by_name(store, fields["name"]) if "name" in fields else None
        if other and other["id"] != current.id:
            raise RecordError(f"Une structure s'appelle déjà « {fields['name']} ».")
        db["structures"].update(current.id, {**fields, "updated_at": now()})
    return get_structure(store, structure_id)


def get_structure(store: Store, structure_id: str) -> Structure:
    rows = list(store.db.query("SELECT * FROM structures WHERE id = ?", [structure_id]))
    if not rows:
        raise RecordError(f"Aucune structure n'a l'identifiant « {structure_id} ».")
    return _structure(rows[0])


def find_structure(store: Store, reference: str) -> Structure:
    """A structure by its exact name (any case), its id, or the start of its id (8 characters or more)."""
    reference = (reference or "").strip()
    row = _by_name(store, reference)
    if row:
        return _structure(row)
    rows = list(store.db.query("SELECT * FROM structures WHERE id = ?", [reference]))
    if not rows and len(reference) >= 8:
        rows = list(store.db.query("SELECT * FROM structures WHERE id LIKE ? || '%'", [reference]))
    if len(rows) == 1:
        return _structure(rows[0])
    if len(rows) > 1:
        raise RecordError(f"Plusieurs structures commencent par « {reference} » : donnez l'identifiant complet.")
    raise RecordError(f"Aucune structure ne s'appelle « {reference} » (voir : peerready structures).")


def delete_structure(store: Store, structure_id: str) -> dict[str, int]:
    """Delete a structure and everything it holds, after a backup of the whole database.

    The backup (reason « avant-suppression », in the backups folder) comes first: when it
    cannot be made, nothing is deleted and the ``StoreError`` says why. Returns what was
    deleted, for the message.
    """
    counts = deletion_counts(store, structure_id)
    if store.path is not None:
        try:
            store.backup("avant-suppression")
        except StoreError as error:
            raise StoreError(
                "La structure n'a pas été supprimée : une sauvegarde doit être faite avant, et elle n'a pas pu "
                f"l'être. {error}",
                error.kind,
                error.latest_backup,
                path=error.path,
                advice=error.advice,
            ) from error
    with store.write() as db:
        db.execute("DELETE FROM structures WHERE id = ?", [structure_id])
    return counts


def deletion_counts(store: Store, structure_id: str) -> dict[str, int]:
    get_structure(store, structure_id)
    one = lambda sql: store.db.execute(sql, [structure_id]).fetchone()[0]  # noqa: E731
    return {
        "assessments": one("SELECT count(*) FROM assessments WHERE structure_id = ?"),
        "answers": one(
            "SELECT count(*) FROM answers JOIN respondents r ON r.id = answers.respondent_id "
            "JOIN assessments a ON a.id = r.assessment_id WHERE a.structure_id = ?"
        ),
        "actions": one(
            "SELECT count(*) FROM actions JOIN assessments a ON a.id = actions.assessment_id WHERE a.structure_id = ?"
        ),
    }


def list_structures(store: Store, search: str = "") -> list[StructureSummary]:
    """Structures with their latest assessment, most recently active first."""
    sql = """
        WITH latest AS (
            SELECT a.*, row_number() OVER (PARTITION BY structure_id ORDER BY started_at DESC) AS rank,
                   count(*) OVER (PARTITION BY structure_id) AS total
            FROM assessments a
        )
        SELECT s.*, l.id AS last_id, l.started_at AS last_date, l.stage AS last_stage, l.total AS total,
               l.closed_at AS last_closed, c.level AS level,
               (SELECT count(*) FROM actions x WHERE x.assessment_id = l.id AND x.status IN ('todo', 'doing'))
                   AS open_actions
        FROM structures s
        LEFT JOIN latest l ON l.structure_id = s.id AND l.rank = 1
        LEFT JOIN results_cache c ON c.assessment_id = l.id
        WHERE (? = '' OR s.name LIKE '%' || ? || '%' OR s.sector LIKE '%' || ? || '%')
        ORDER BY coalesce(l.started_at, s.updated_at) DESC, s.name
    """
    search = (search or "").strip()
    out = []
    for row in list(store.db.query(sql, [search, search, search])):  # read all before keeping any summary
        level = row["level"]
        if level is None and row["last_id"] and row["last_closed"]:
            level = _summary(store, row["last_id"])[0]
        out.append(
            StructureSummary(
                structure=_structure(row),
                assessments=row["total"] or 0,
                last_assessment_id=row["last_id"],
                last_date=row["last_date"],
                last_stage=row["last_stage"],
                level=level,
                open_actions=row["open_actions"] or 0,
            )
        )
    return out


# --------------------------------------------------------------------------- questionnaires


def store_questionnaire(store: Store, questionnaire: Questionnaire) -> str:
    """Keep the exact text of a questionnaire, so answers to it stay readable forever."""
    if not questionnaire.text:
        raise RecordError("Ce questionnaire n'a pas de texte source à conserver.")
    store.db["questionnaires"].insert(
        {
            "hash": questionnaire.content_hash,
            "id": questionnaire.id,
            "version": questionnaire.version,
            "content": questionnaire.text,
            "stored_at": now(),
        },
        ignore=True,
    )
    store._questionnaires[questionnaire.content_hash] = questionnaire
    return questionnaire.content_hash


def questionnaire(store: Store, content_hash: str) -> Questionnaire:
    cached = store._questionnaires.get(content_hash)
    if cached:
        return cached
    rows = list(store.db.query("SELECT content FROM questionnaires WHERE hash = ?", [content_hash]))
    if not rows:
        raise RecordError(f"Le questionnaire {content_hash[:12]} n'est pas dans la base.")
    loaded = instrument.loads(rows[0]["content"], f"questionnaire {content_hash[:12]}")
    store._questionnaires[content_hash] = loaded
    return loaded


# --------------------------------------------------------------------------- assessments


def _assessment(store: Store, row: dict) -> Assessment:
    groups = {
        r["group_id"]: r["mode"]
        for r in store.db.query("SELECT group_id, mode FROM assessment_groups WHERE assessment_id = ?", [row["id"]])
    }
    ordered = {g: groups[g] for g in vocabulary.GROUPS if g in groups}
    return Assessment(
        id=row["id"],
        structure_id=row["structure_id"],
        questionnaire_id=row["questionnaire_id"],
        questionnaire_version=row["questionnaire_version"],
        questionnaire_hash=row["questionnaire_hash"],
        stage=row["stage"],
        short=bool(row["short"]),
        label=row["label"] or "",
        started_at=row["started_at"],
        closed_at=row["closed_at"],
        previous_id=row["previous_id"],
        groups=ordered,
    )


def get_assessment(store: Store, assessment_id: str) -> Assessment:
    rows = list(store.db.query("SELECT * FROM assessments WHERE id = ?", [assessment_id]))
    if not rows and len(assessment_id or "") >= 8:
        rows = list(store.db.query("SELECT * FROM assessments WHERE id LIKE ? || '%'", [assessment_id]))
    if len(rows) != 1:
        raise RecordError(f"Aucune évaluation n'a l'identifiant « {assessment_id} » (voir : peerready assessments).")
    return _assessment(store, rows[0])


def list_assessments(store: Store, structure_id: str | None = None) -> list[tuple[Assessment, dict]]:
    """Assessments (newest first) with a summary: level, score, counts of respondents and answers."""
    where, params = ("WHERE a.structure_id = ?", [structure_id]) if structure_id else ("", [])
    rows = store.db.query(
        f"""
        SELECT a.*, c.level AS level, c.score AS score,
               (SELECT count(*) FROM respondents r WHERE r.assessment_id = a.id) AS respondents,
               (SELECT count(*) FROM answers x JOIN respondents r ON r.id = x.respondent_id
                 WHERE r.assessment_id = a.id) AS answers
        FROM assessments a LEFT JOIN results_cache c ON c.assessment_id = a.id {where}
        ORDER BY a.started_at DESC""",
        params,
    )
    listed = []
    for row in list(rows):
        level, score = row["level"], row["score"]
        if level is None and row["closed_at"]:  # imported, restored or changed: computed now, and kept
            level, score = _summary(store, row["id"])
        listed.append(
            (
                _assessment(store, row),
                {"level": level, "score": score, "respondents": row["respondents"], "answers": row["answers"]},
            )
        )
    return listed


def _summary(store: Store, assessment_id: str) -> tuple[str | None, float | None]:
    """Level and score of a closed assessment whose summary is not kept yet: computed, then kept if possible."""
    try:
        computed = assessment_results(store, assessment_id)
    except StoreError as error:
        if error.kind not in ("locked", "readonly", "full"):
            raise
        computed = _compute(store, assessment_id)  # shown all the same; kept next time
    except (RecordError, instrument.QuestionnaireError):
        return None, None
    return computed.level.id, computed.score


def latest_assessment(store: Store, structure_id: str) -> Assessment | None:
    rows = list(
        store.db.query(
            "SELECT * FROM assessments WHERE structure_id = ? ORDER BY started_at DESC LIMIT 1", [structure_id]
        )
    )
    return _assessment(store, rows[0]) if rows else None


def start_assessment(
    store: Store,
    structure_id: str,
    questionnaire_: Questionnaire,
    stage: str,
    groups: dict[str, str],
    short: bool = False,
    label: str = "",
    carry_actions: bool = True,
) -> Assessment:
    """A new assessment. It starts from the open actions of the structure's previous one."""
    from peerready.store import followup

    label = texts.clean(label)
    if stage not in vocabulary.STAGES:
        raise RecordError(f"Étape inconnue « {stage} » (attendu : {', '.join(vocabulary.STAGES)}).")
    if not groups:
        raise RecordError("Choisissez au moins un groupe qui répond.")
    for group, mode in groups.items():
        if group not in vocabulary.GROUPS:
            raise RecordError(f"Groupe inconnu « {group} ».")
        if mode not in vocabulary.MODES:
            raise RecordError(f"Mode de réponse inconnu « {mode} » pour le groupe « {group} ».")
        if not questionnaire_.questions_for(group, stage, short):
            raise RecordError(f"Le questionnaire ne pose aucune question au groupe « {group} » à cette étape.")
    with store.write() as db:
        get_structure(store, structure_id)
        previous = latest_assessment(store, structure_id)
        content_hash = store_questionnaire(store, questionnaire_)
        row = {
            "id": new_id(),
            "structure_id": structure_id,
            "questionnaire_hash": content_hash,
            "questionnaire_id": questionnaire_.id,
            "questionnaire_version": questionnaire_.version,
            "stage": stage,
            "short": int(short),
            "label": label.strip(),
            "started_at": now(),
            "closed_at": None,
            "previous_id": previous.id if previous else None,
            "updated_at": now(),
        }
        db["assessments"].insert(row)
        db["assessment_groups"].insert_all(
            [{"assessment_id": row["id"], "group_id": g, "mode": m} for g, m in groups.items()]
        )
        if previous and carry_actions:
            followup.carry_over(store, previous.id, row["id"])
    return get_assessment(store, row["id"])


def set_collection_closed(store: Store, assessment_id: str, closed: bool) -> Assessment:
    """Close the collection (results may be shown) or reopen it."""
    with store.write() as db:
        get_assessment(store, assessment_id)
        db["assessments"].update(assessment_id, {"closed_at": now() if closed else None, "updated_at": now()})
    return get_assessment(store, assessment_id)


# --------------------------------------------------------------------------- respondents and answers


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
                return _respondent(existing[0])
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
        }
        db["respondents"].insert(row)
    return _respondent(row)


def _respondent(row: dict) -> Respondent:
    return Respondent(
        row["id"], row["assessment_id"], row["group_id"], row["mode"], row["number"], bool(row.get("finished_at"))
    )


def get_respondent(store: Store, respondent_id: str) -> Respondent:
    rows = list(store.db.query("SELECT * FROM respondents WHERE id = ?", [respondent_id]))
    if not rows:
        raise RecordError(f"Répondant inconnu « {respondent_id} ».")
    return _respondent(rows[0])


def list_respondents(store: Store, assessment_id: str) -> list[Respondent]:
    return [
        _respondent(r)
        for r in store.db.query(
            "SELECT * FROM respondents WHERE assessment_id = ? ORDER BY group_id, number", [assessment_id]
        )
    ]


def finish_respondent(store: Store, respondent_id: str) -> None:
    with store.write() as db:
        db["respondents"].update(respondent_id, {"finished_at": now()})


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
        _results_changed(store, assessment.id)


def clear_answer(store: Store, respondent_id: str, question_id: str) -> None:
    respondent = get_respondent(store, respondent_id)
    with store.write() as db:
        db.execute("DELETE FROM answers WHERE respondent_id = ? AND question_id = ?", [respondent_id, question_id])
        _results_changed(store, respondent.assessment_id)


def _results_changed(store: Store, assessment_id: str) -> None:
    store.db.execute("DELETE FROM results_cache WHERE assessment_id = ?", [assessment_id])
    store.db.execute("UPDATE assessments SET updated_at = ? WHERE id = ?", [now(), assessment_id])


def respondent_answers(store: Store, respondent_id: str) -> dict[str, dict]:
    return {
        r["question_id"]: {
            "value": r["value"],
            "counts": json.loads(r["counts"]) if r["counts"] else None,
            "comment": r["comment"],
            "divided": bool(r["divided"]),
        }
        for r in store.db.query("SELECT * FROM answers WHERE respondent_id = ?", [respondent_id])
    }


def answer_set(store: Store, assessment_id: str) -> answers.AnswerSet:
    assessment = get_assessment(store, assessment_id)
    structure = get_structure(store, assessment.structure_id)
    rows = store.db.query(
        """
        SELECT r.id AS rid, r.group_id, r.mode, x.question_id, x.value, x.counts, x.comment, x.divided
        FROM respondents r JOIN answers x ON x.respondent_id = r.id
        WHERE r.assessment_id = ? ORDER BY r.group_id, r.number, x.question_id""",
        [assessment_id],
    )
    by_respondent: dict[str, dict] = {}
    for row in rows:
        entry = by_respondent.setdefault(
            row["rid"], {"group": row["group_id"], "mode": row["mode"], "answers": {}, "comments": {}, "divided": set()}
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
        )
        for e in by_respondent.values()
    )
    return answers.AnswerSet(
        responses=responses,
        stage=assessment.stage,
        questionnaire=assessment.questionnaire_id,
        structure=structure.name,
        short=assessment.short,
    )


def _compute(store: Store, assessment_id: str) -> results.Results:
    assessment = get_assessment(store, assessment_id)
    q = questionnaire(store, assessment.questionnaire_hash)
    return results.compute(q, answer_set(store, assessment_id))


def assessment_results(store: Store, assessment_id: str) -> results.Results:
    """Compute the results, and remember a summary for the lists and the overview."""
    computed = _compute(store, assessment_id)
    summary = {
        "dimensions": {d.id: d.score for d in computed.dimensions},
        "dimension_labels": {d.id: d.label for d in computed.dimensions},
        "flags": [{"id": f.id, "severity": f.severity, "title": f.title} for f in computed.flags],
    }
    with store.write() as db:
        db["results_cache"].upsert(
            {
                "assessment_id": assessment_id,
                "stamp": now(),
                "level": computed.level.id,
                "score": computed.score,
                "summary": dumps(summary),
            },
            pk="assessment_id",
        )
    return computed


# --------------------------------------------------------------------------- recording an answers file


def record(
    store: Store, structure_name: str, answer_set_: answers.AnswerSet, questionnaire_: Questionnaire, label: str = ""
) -> Assessment:
    """Store a whole answers file as one assessment, in one transaction: all of it or nothing."""
    structure_name = texts.clean(structure_name)
    answer_set_ = answers.validate(answer_set_, questionnaire_)
    with store.write():
        row = _by_name(store, structure_name)
        structure = _structure(row) if row else create_structure(store, structure_name)
        groups = {}
        for response in answer_set_.responses:
            groups.setdefault(response.group, response.mode)
            if groups[response.group] != response.mode:
                raise RecordError(
                    f"Le groupe « {response.group} » mélange plusieurs modes de réponse ; "
                    "un seul mode par groupe peut être enregistré."
                )
        assessment = start_assessment(
            store, structure.id, questionnaire_, answer_set_.stage, groups, short=bool(answer_set_.short), label=label
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
            finish_respondent(store, respondent.id)
        set_collection_closed(store, assessment.id, True)
        from peerready.store import followup

        followup.sync_plan(store, assessment.id)
    return get_assessment(store, assessment.id)
