"""Results of stored assessments, and the summaries kept for lists and overviews.

The home page's list is in ``listing`` (re-exported here), which loads neither the engine's
results nor the questionnaires, so that the home page is read at once.
"""

from __future__ import annotations

from dataclasses import replace

from peerready.engine import instrument, results
from peerready.store import listing
from peerready.store.assessments import SETTLED, Assessment, assessment_from_row, get_assessment, questionnaire
from peerready.store.database import Store, dumps, now
from peerready.store.errors import RecordError
from peerready.store.faults import StoreError
from peerready.store.listing import StructureSummary
from peerready.store.respondents import answer_set


def list_structures(store: Store, search: str = "", compute_missing: bool = True) -> list[StructureSummary]:
    """``listing.list_structures``, with the levels not kept yet computed (and kept) here, unless
    ``compute_missing`` is false."""
    listed = listing.list_structures(store, search)
    if not compute_missing:
        return listed
    return [
        replace(s, level=summary(store, s.last_assessment_id)[0], level_pending=False) if s.level_pending else s
        for s in listed
    ]


def list_assessments(store: Store, structure_id: str | None = None) -> list[tuple[Assessment, dict]]:
    """Assessments (newest first) with a summary: level, score, counts of respondents and answers."""
    where, params = ("WHERE a.structure_id = ?", [structure_id]) if structure_id else ("", [])
    rows = store.rows(
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
    return store.execute(
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


#: How many assessments' results a store keeps in memory (a platform's afternoon, not its ten years).
MEMO_SIZE = 64


def compute(store: Store, assessment_id: str) -> results.Results:
    assessment = get_assessment(store, assessment_id)
    return _compute(store, assessment)


def _compute(store: Store, assessment: Assessment) -> results.Results:
    q = questionnaire(store, assessment.questionnaire_hash)
    return results.compute(q, answer_set(store, assessment.id, assessment))


def assessment_results(store: Store, assessment_id: str, assessment: Assessment | None = None) -> results.Results:
    """The results, computed once per change of what they depend on, and their summary kept for lists.

    Results are kept in memory with the assessment's result stamp (read with its row): as long
    as the stamp is the same, nothing it depends on changed, whoever writes to the file. The
    summary for the lists and the overview is written only when it is not kept yet, and only if
    the stamp did not change meanwhile (an answer given by another program at that moment).
    """
    assessment = assessment or get_assessment(store, assessment_id)
    stamp = assessment.result_stamp
    kept = store.results_memo.get(assessment.id)
    if stamp is not None and kept is not None and kept[0] == stamp:
        return kept[1]
    computed = _compute(store, assessment)
    if stamp is None:  # a database written before stamps: as before, computed each time
        return computed
    store.results_memo.pop(assessment.id, None)
    store.results_memo[assessment.id] = (stamp, computed)
    while len(store.results_memo) > MEMO_SIZE:
        store.results_memo.pop(next(iter(store.results_memo)))
    if not store.execute("SELECT 1 FROM results_cache WHERE assessment_id = ?", [assessment.id]).fetchone():
        keep_summary(store, assessment.id, stamp, computed)
    return computed


def missing(store: Store, assessment_ids: list[str] | None = None) -> list[str]:
    """Closed assessments with answers whose summary is not kept (all of them, or among ``assessment_ids``)."""
    sql = (
        f"SELECT a.id FROM assessments a LEFT JOIN results_cache c ON c.assessment_id = a.id "
        f"WHERE {SETTLED} AND c.assessment_id IS NULL"
    )
    if assessment_ids is None:
        return [row[0] for row in store.execute(f"{sql} ORDER BY a.started_at DESC")]
    found = []
    for start in range(0, len(assessment_ids), 500):
        chunk = assessment_ids[start : start + 500]
        found += [row[0] for row in store.execute(f"{sql} AND a.id IN ({','.join('?' * len(chunk))})", chunk)]
    return found


def keep_missing(store: Store, assessment_ids: list[str] | None = None, progress=None, batch: int = 100) -> int:
    """Compute and keep, in one pass, the summaries that are not kept yet; return how many.

    For after an import, a restore or a database from an older version: the lists and the
    overview then read kept summaries only. ``progress(done, total)`` is called after each
    batch; its writes are one transaction per batch, not one per assessment. A questionnaire or
    an assessment that cannot be read is left out (the lists say « — » for it), never fatal.
    """
    todo = missing(store, assessment_ids)
    kept = 0
    for start in range(0, len(todo), batch):
        computed = []
        for assessment_id in todo[start : start + batch]:
            try:
                assessment = get_assessment(store, assessment_id)
                computed.append((assessment, _compute(store, assessment)))
            except (RecordError, instrument.QuestionnaireError):
                continue
        with store.write():
            for assessment, result in computed:
                if assessment.result_stamp is not None:
                    keep_summary(store, assessment.id, assessment.result_stamp, result)
                    kept += 1
        if progress is not None:
            progress(min(start + batch, len(todo)), len(todo))
    return kept


def summary_of(computed: results.Results) -> dict:
    """What the lists and the overview need of the results (kept as JSON in ``results_cache``)."""
    return {
        "dimensions": {d.id: d.score for d in computed.dimensions},
        "dimension_labels": {d.id: d.label for d in computed.dimensions},
        "flags": [{"id": f.id, "severity": f.severity, "title": f.title} for f in computed.flags],
    }


def keep_summary(store: Store, assessment_id: str, stamp: str, computed: results.Results) -> None:
    """Keep the summary of results computed at ``stamp``, unless the assessment changed since."""
    with store.write() as db:
        db.execute(
            "INSERT OR REPLACE INTO results_cache (assessment_id, stamp, level, score, summary) "
            "SELECT ?, ?, ?, ?, ? WHERE (SELECT stamp FROM result_stamps WHERE assessment_id = ?) = ?",
            [
                assessment_id,
                now(),
                computed.level.id,
                computed.score,
                dumps(summary_of(computed)),
                assessment_id,
                stamp,
            ],
        )
