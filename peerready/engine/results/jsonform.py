"""The JSON result of PRODUCT.md (``peerready plan --out -``), read through the anonymity policy."""

from __future__ import annotations

import json
from dataclasses import asdict

from peerready.engine.instrument import Questionnaire
from peerready.engine.results.model import ANONYMITY_THRESHOLD, Results, Score, percent


def to_dict(results: Results, action_plan=None, questionnaire: Questionnaire | None = None) -> dict:
    """The JSON result of PRODUCT.md: level, dimensions, factors, flags, gaps, divided, actions."""
    data = {
        "questionnaire": {"id": results.questionnaire, "version": results.version},
        "structure": results.structure,
        "stage": results.stage,
        "version": "short" if results.short else "full",
        "score": results.score,
        "level": asdict(results.level),
        "coverage": {"asked": results.asked, "answered": results.answered, "unanswered": list(results.unanswered)},
        "participation": [asdict(p) for p in results.participation],
        "anonymity": {
            "threshold": ANONYMITY_THRESHOLD,
            "shown_apart": list(results.visible_groups),
            "not_shown_apart": list(results.hidden_groups),
        },
        "posts": [post.to_dict() for post in results.posts],
        "dimensions": [_score_dict(s) for s in results.dimensions],
        "factors": [_score_dict(s) for s in results.factors],
        "questions": [
            {
                "id": q.id,
                "score": results.shown_score(q.id),
                "shown_groups": list(results.shown_groups(q.id)),
                "by_group": {
                    g: {
                        "score": percent(a.score),
                        "counts": a.counts,
                        "dont_know": a.dont_know,
                        "not_applicable": a.not_applicable,
                    }
                    for g, a in results.shown_answers(q.id).items()
                },
            }
            for q in results.questions
            if q.by_group
        ],
        "flags": [
            {
                "id": f.id,
                "factor": f.factor,
                "severity": f.severity,
                "title": f.title,
                "explanation": f.explanation,
                "questions": list(f.questions),
                "groups": list(f.groups),
                "reported_by": f.reported_by,
            }
            for f in results.flags
        ],
        "gaps": [
            {
                "factor": g.factor,
                "factors": list(g.factors),
                "question": g.question or None,
                "questions": g.questions,
                "kind": g.kind,
                "groups": g.groups,
                "difference": g.difference,
            }
            for g in results.gaps
        ],
        "divided": [asdict(d) for d in results.divided],
        "missing": [
            asdict(m) if results.shown_missing(m) else {**asdict(m), "dont_know": None, "share": None}
            for m in results.missing
        ],
    }
    if action_plan is not None:
        data["actions"] = [action.to_dict() for action in action_plan.actions]
        data["workstreams"] = [stream.to_dict() for stream in action_plan.workstreams]
    return data


def _score_dict(score: Score) -> dict:
    data = {
        "id": score.id,
        "label": score.label,
        "score": score.score,
        "by_group": score.by_group,
        "missing_share": score.missing_share,
    }
    if score.core:
        data["core"] = True
    return data


def to_json(results: Results, action_plan=None) -> str:
    return json.dumps(to_dict(results, action_plan), ensure_ascii=False, indent=2)
