"""Follow-up over time: comparing two assessments, and the anonymous overview across structures."""

from __future__ import annotations

import json

from peerready.engine import answers, instrument, results, vocabulary
from peerready.store import assessments, errors, respondents, summaries
from peerready.store.action_plan import list_actions
from peerready.store.database import Store


def compare(store: Store, before_id: str, after_id: str) -> dict:
    """What moved between two assessments of a structure, and what was done."""
    before_a, after_a = assessments.get_assessment(store, before_id), assessments.get_assessment(store, after_id)
    if before_a.structure_id != after_a.structure_id:
        raise errors.RecordError("Ces deux évaluations ne sont pas celles d'une même structure.")
    if before_a.started_at > after_a.started_at:
        before_a, after_a = after_a, before_a
    before, after = summaries.assessment_results(store, before_a.id), summaries.assessment_results(store, after_a.id)
    # Only what both asked is compared: a short version against a full one, or two questionnaire
    # versions, on the question ids they share; what could not be compared is said.
    q_before = assessments.questionnaire(store, before_a.questionnaire_hash)
    q_after = assessments.questionnaire(store, after_a.questionnaire_hash)
    shared = before.asked_ids & after.asked_ids
    shared = {q for q in shared if q_before.question(q) is not None and q_after.question(q) is not None}
    before_shared = results.compute(q_before, answers.only(respondents.answer_set(store, before_a.id), shared))
    after_shared = results.compute(q_after, answers.only(respondents.answer_set(store, after_a.id), shared))

    def comparable(flag) -> bool:
        return set(flag.questions) <= shared  # an alert on the posts has no question: always comparable

    def moves(old_items, new_items):
        old = {i.id: i for i in old_items}
        out = []
        for item in new_items:
            previous = old.get(item.id)
            a, b = previous.score if previous else None, item.score
            out.append(
                {
                    "id": item.id,
                    "label": item.label,
                    "before": a,
                    "after": b,
                    "change": None if a is None or b is None else round(b - a, 1),
                }
            )
        return out

    later_actions = list_actions(store, after_a.id)
    carried = {a.carried_from: a for a in later_actions if a.carried_from}
    done = []
    for action in list_actions(store, before_a.id):
        successor = carried.get(action.id)
        status = successor.status if successor else action.status
        done.append({"title": action.title, "status_before": action.status, "status_now": status})
    return {
        "before": {
            "id": before_a.id,
            "date": before_a.started_at,
            "stage": before_a.stage,
            "level": before.level.id,
            "score": before.score,
        },
        "after": {
            "id": after_a.id,
            "date": after_a.started_at,
            "stage": after_a.stage,
            "level": after.level.id,
            "score": after.score,
        },
        "dimensions": moves(before_shared.dimensions, after_shared.dimensions),
        "factors": moves(before_shared.factors, after_shared.factors),
        "flags_cleared": sorted({f.title for f in before.flags if comparable(f)} - {f.title for f in after.flags}),
        "flags_new": sorted({f.title for f in after.flags if comparable(f)} - {f.title for f in before.flags}),
        "compared": {
            "questions": len(shared),
            "only_before": sorted(before.asked_ids - shared),
            "only_after": sorted(after.asked_ids - shared),
        },
        "actions": done,
    }


def overview(store: Store, compute_missing: bool = True, progress=None) -> dict:
    """Anonymous figures across every structure, from each structure's latest assessment.

    Read from the kept summaries (``summaries.keep_missing`` first computes those that are not
    kept, in one pass with ``progress``; the app does that on a worker thread and then asks with
    ``compute_missing=False``). A summary that still cannot be kept (a read-only file) is computed
    and used all the same.
    """
    latest = list(  # each structure's last closed assessment with answers (an open one says nothing yet)
        store.db.query(f"""
        SELECT l.id, l.stage FROM structures s
        JOIN assessments l ON l.id = (
            SELECT a.id FROM assessments a WHERE a.structure_id = s.id AND {assessments.SETTLED}
            ORDER BY a.started_at DESC LIMIT 1)""")
    )
    if compute_missing:  # none, as a rule: summaries are kept when a collection closes and at imports
        summaries.keep_missing(store, [r["id"] for r in latest], progress)
    cached = {r["assessment_id"]: r for r in store.db.query("SELECT * FROM results_cache")}
    stages = {stage: 0 for stage in vocabulary.STAGES}
    levels = {level: 0 for level in vocabulary.LEVELS}
    by_stage_level = {stage: {level: 0 for level in vocabulary.LEVELS} for stage in vocabulary.STAGES}
    dimension_scores: dict[str, list[float]] = {}
    flag_counts: dict[str, dict] = {}
    labels: dict[str, str] = {}
    for row in latest:
        stages[row["stage"]] = stages.get(row["stage"], 0) + 1
        summary_row = cached.get(row["id"])
        if summary_row is None:
            try:
                computed = summaries.compute(store, row["id"])
            except (errors.RecordError, instrument.QuestionnaireError):
                continue
            summary_row = {"level": computed.level.id, "summary": summaries.dumps(summaries.summary_of(computed))}
        levels[summary_row["level"]] = levels.get(summary_row["level"], 0) + 1
        crossed = by_stage_level.setdefault(row["stage"], {})
        crossed[summary_row["level"]] = crossed.get(summary_row["level"], 0) + 1
        summary = json.loads(summary_row["summary"])
        for dimension, score in summary["dimensions"].items():
            labels.setdefault(dimension, summary.get("dimension_labels", {}).get(dimension, dimension))
            if score is not None:
                dimension_scores.setdefault(dimension, []).append(score)
        for flag in summary["flags"]:
            entry = flag_counts.setdefault(flag["id"], {**flag, "structures": 0})
            entry["structures"] += 1
    ids = [r["id"] for r in latest]
    actions = {"total": 0, "done": 0, "doing": 0, "todo": 0, "dropped": 0}
    if ids:
        marks = ",".join("?" * len(ids))
        for row in store.db.query(
            f"SELECT status, count(*) AS n FROM actions WHERE assessment_id IN ({marks}) GROUP BY status", ids
        ):
            actions[row["status"]] = row["n"]
            actions["total"] += row["n"]
    return {
        "structures": store.db.execute("SELECT count(*) FROM structures").fetchone()[0],
        "assessed": len(latest),
        "stages": stages,
        "levels": levels,
        "by_stage_level": by_stage_level,
        "dimensions": [
            {"id": d, "label": labels[d], "score": round(sum(v) / len(v), 1), "structures": len(v)}
            for d, v in dimension_scores.items()
        ],
        "flags": sorted(
            flag_counts.values(), key=lambda f: (-f["structures"], f["severity"] != "critical", f["title"])
        )[:15],
        "actions": actions,
    }
