"""Assessments as stored: the questionnaire version used, the stage, the groups, open or closed; deleting one."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from peerready.engine import posts, vocabulary
from peerready.engine import text as texts
from peerready.engine.posts import Post
from peerready.store.database import Store, new_id, now
from peerready.store.errors import RecordError
from peerready.store.listing import LAST_FIRST, SETTLED  # noqa: F401 (SETTLED re-exported)
from peerready.store.safeguard import backup_before_deleting

if TYPE_CHECKING:
    from peerready.engine.instrument import Questionnaire
from peerready.store.structures import get_structure


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
    posts: tuple[Post, ...] = ()
    #: Changes whenever what the results are computed from changes (``migrations._result_stamps``);
    #: read with the row, so results kept for this stamp are the results of this very row.
    result_stamp: str | None = field(default=None, compare=False)

    @property
    def closed(self) -> bool:
        return bool(self.closed_at)


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
    store.questionnaire_cache[questionnaire.content_hash] = questionnaire
    return questionnaire.content_hash


def questionnaire(store: Store, content_hash: str) -> Questionnaire:
    cached = store.questionnaire_cache.get(content_hash)
    if cached:
        return cached
    rows = list(store.rows("SELECT content FROM questionnaires WHERE hash = ?", [content_hash]))
    if not rows:
        raise RecordError(f"Le questionnaire {content_hash[:12]} n'est pas dans la base.")
    from peerready.engine import instrument  # start-up: the home page and the resume check need no questionnaire

    loaded = instrument.loads(rows[0]["content"], f"questionnaire {content_hash[:12]}")
    store.questionnaire_cache[content_hash] = loaded
    return loaded


def assessment_from_row(store: Store, row: dict) -> Assessment:
    groups = {
        r["group_id"]: r["mode"]
        for r in store.rows("SELECT group_id, mode FROM assessment_groups WHERE assessment_id = ?", [row["id"]])
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
        posts=stored_posts(row.get("posts")),
        result_stamp=row.get("result_stamp"),
    )


_WITH_STAMP = (
    "SELECT a.*, t.stamp AS result_stamp FROM assessments a LEFT JOIN result_stamps t ON t.assessment_id = a.id"
)


def get_assessment(store: Store, assessment_id: str) -> Assessment:
    select = _WITH_STAMP if store.stamped() else "SELECT a.* FROM assessments a"  # before 0005: no stamps
    rows = list(store.rows(f"{select} WHERE a.id = ?", [assessment_id]))
    if not rows and len(assessment_id or "") >= 8:
        rows = list(store.rows(f"{select} WHERE a.id LIKE ? || '%'", [assessment_id]))
    if len(rows) != 1:
        raise RecordError(f"Aucune évaluation n'a l'identifiant « {assessment_id} » (voir : peerready assessments).")
    return assessment_from_row(store, rows[0])


def latest_assessment(store: Store, structure_id: str) -> Assessment | None:
    """The structure's last assessment, in the sense of ``LAST_FIRST``."""
    rows = list(
        store.rows(
            f"SELECT a.* FROM assessments a WHERE a.structure_id = ? ORDER BY {LAST_FIRST} LIMIT 1", [structure_id]
        )
    )
    return assessment_from_row(store, rows[0]) if rows else None


def open_assessments(store: Store, structure_id: str) -> list[Assessment]:
    """The assessments of a structure whose collection is still open, the newest first."""
    rows = store.rows(
        "SELECT * FROM assessments WHERE structure_id = ? AND (closed_at IS NULL OR closed_at = '') "
        "ORDER BY started_at DESC",
        [structure_id],
    )
    return [assessment_from_row(store, row) for row in list(rows)]


def create_assessment(
    store: Store,
    structure_id: str,
    questionnaire_: Questionnaire,
    stage: str,
    groups: dict[str, str],
    short: bool = False,
    label: str = "",
    described: tuple[Post, ...] = (),
) -> Assessment:
    """A new assessment. It starts from the open actions of the structure's previous one.

    ``described``: the peer posts (one or several), facts entered when the assessment is prepared.
    """

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
        if described:
            row["posts"] = json.dumps([post.to_dict() for post in described])
        db["assessments"].insert(row)
        db["assessment_groups"].insert_all(
            [{"assessment_id": row["id"], "group_id": g, "mode": m} for g, m in groups.items()]
        )
    return get_assessment(store, row["id"])


def stored_posts(value: str | None) -> tuple[Post, ...]:
    """The posts kept as JSON; a value that does not read is refused where it came in (the import)."""
    if not value:
        return ()
    problems: list = []
    read = posts.read(json.loads(value), "postes", problems)
    if problems:
        raise RecordError("Les postes enregistrés pour cette évaluation sont illisibles.")
    return read


def set_collection_closed(store: Store, assessment_id: str, closed: bool) -> Assessment:
    """Close the collection (results may be shown) or reopen it."""
    with store.write() as db:
        get_assessment(store, assessment_id)
        db["assessments"].update(assessment_id, {"closed_at": now() if closed else None, "updated_at": now()})
    return get_assessment(store, assessment_id)


def deletion_counts(store: Store, assessment_id: str) -> dict[str, int]:
    """What deleting an assessment takes away: its respondents (people, tally sheets, common answers),
    their answers and its actions."""
    assessment = get_assessment(store, assessment_id)
    one = lambda sql: store.execute(sql, [assessment.id]).fetchone()[0]  # noqa: E731
    return {
        "respondents": one("SELECT count(*) FROM respondents WHERE assessment_id = ?"),
        "answers": one(
            "SELECT count(*) FROM answers JOIN respondents r ON r.id = answers.respondent_id WHERE r.assessment_id = ?"
        ),
        "actions": one("SELECT count(*) FROM actions WHERE assessment_id = ?"),
    }


def delete_assessment(store: Store, assessment_id: str) -> dict[str, int]:
    """Delete one assessment and what it holds (groups, respondents, answers, plan), after a backup.

    The backup of the whole database (« avant-suppression ») comes first: when it cannot be
    made, nothing is deleted and the ``StoreError`` says why. No other assessment loses anything:
    one that followed this one now follows the one before it, and the actions it carried on from
    this one now come from where this one had them, so that comparisons and the next carrying
    over of open actions find the real previous assessment. Returns what was deleted.
    """
    assessment = get_assessment(store, assessment_id)
    counts = deletion_counts(store, assessment.id)
    backup_before_deleting(store, "L'évaluation n'a pas été supprimée")
    with store.write() as db:
        get_assessment(store, assessment.id)  # still there: another program may have deleted it meanwhile
        stamp = now()
        db.execute(
            "UPDATE actions SET updated_at = ?, "
            "carried_from = (SELECT d.carried_from FROM actions d WHERE d.id = actions.carried_from) "
            "WHERE carried_from IN "
            "(SELECT id FROM actions WHERE assessment_id = ? AND carried_from IS NOT NULL)",
            [stamp, assessment.id],
        )
        db.execute(
            "UPDATE assessments SET previous_id = ?, updated_at = ? WHERE previous_id = ?",
            [assessment.previous_id, stamp, assessment.id],
        )
        db.execute("DELETE FROM assessments WHERE id = ?", [assessment.id])
    return counts
