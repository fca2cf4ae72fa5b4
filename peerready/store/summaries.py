"""Results of stored assessments, and the summaries kept for lists and overviews."""

from __future__ import annotations

from dataclasses import dataclass

from peerready.engine import instrument, results
from peerready.store.assessments import SETTLED, Assessment, assessment_from_row, get_assessment, questionnaire
from peerready.store.database import Store, dumps, now
from peerready.store.errors import RecordError
from peerready.store.faults import StoreError
from peerready.store.respondents import answer_set
from peerready.store.structures import Structure, structure_from_row


@dataclass(frozen=True)
class StructureSummary:
    structure: Structure
    assessments: int
    last_assessment_id: str | None
    last_date: str | None
    last_stage: str | None
    level: str | None
    open_actions: int


def list_structures(store: Store, search: str = "") -> list[StructureSummary]:
    """Structures with their latest assessment, most recently active first."""
    # Per structure, its last assessment (``assessments.LAST_FIRST``), found by walking its own assessments
    # newest first and stopping at the first settled one: a few index lookups, not one per assessment.
    sql = f"""
        WITH picked AS (
            SELECT s.*, coalesce(
                (SELECT a.id FROM assessments a WHERE a.structure_id = s.id AND {SETTLED}
                 ORDER BY a.started_at DESC LIMIT 1),
                (SELECT a.id FROM assessments a WHERE a.structure_id = s.id ORDER BY a.started_at DESC LIMIT 1)
            ) AS last_id
            FROM structures s
            WHERE (? = '' OR s.name LIKE '%' || ? || '%' OR s.sector LIKE '%' || ? || '%')
        )
        SELECT p.*, l.started_at AS last_date, l.stage AS last_stage, l.closed_at AS last_closed,
               (SELECT count(*) FROM assessments b WHERE b.structure_id = p.id) AS total, c.level AS level,
               (SELECT count(*) FROM actions x WHERE x.assessment_id = l.id AND x.status IN ('todo', 'doing'))
                   AS open_actions
        FROM picked p
        LEFT JOIN assessments l ON l.id = p.last_id
        LEFT JOIN results_cache c ON c.assessment_id = l.id
        ORDER BY coalesce(l.started_at, p.updated_at) DESC, p.name
    """
    search = (search or "").strip()
    out = []
    for row in list(store.db.query(sql, [search, search, search])):  # read all before keeping any summary
        level = row["level"]
        if level is None and row["last_id"] and row["last_closed"]:
            level = summary(store, row["last_id"])[0]
        out.append(
            StructureSummary(
                structure=structure_from_row(row),
                assessments=row["total"] or 0,
                last_assessment_id=row["last_id"],
                last_date=row["last_date"],
                last_stage=row["last_stage"],
                level=level,
                open_actions=row["open_actions"] or 0,
            )
        )
    return out


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
            level, score = summary(store, row["id"])
        listed.append(
            (
                assessment_from_row(store, row),
                {"level": level, "score": score, "respondents": row["respondents"], "answers": row["answers"]},
            )
        )
    return listed


def answer_count(store: Store, assessment_id: str) -> int:
    """How many answers are kept for an assessment, all respondents together."""
    return store.db.execute(
        "SELECT count(*) FROM answers x JOIN respondents r ON r.id = x.respondent_id WHERE r.assessment_id = ?",
        [assessment_id],
    ).fetchone()[0]


def summary(store: Store, assessment_id: str) -> tuple[str | None, float | None]:
    """Level and score of a closed assessment whose summary is not kept yet: computed, then kept if possible."""
    try:
        computed = assessment_results(store, assessment_id)
    except StoreError as error:
        if error.kind not in ("locked", "readonly", "full"):
            raise
        computed = compute(store, assessment_id)  # shown all the same; kept next time
    except (RecordError, instrument.QuestionnaireError):
        return None, None
    return computed.level.id, computed.score


def compute(store: Store, assessment_id: str) -> results.Results:
    assessment = get_assessment(store, assessment_id)
    q = questionnaire(store, assessment.questionnaire_hash)
    return results.compute(q, answer_set(store, assessment_id))


def assessment_results(store: Store, assessment_id: str) -> results.Results:
    """Compute the results, and remember a summary for the lists and the overview."""
    computed = compute(store, assessment_id)
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
