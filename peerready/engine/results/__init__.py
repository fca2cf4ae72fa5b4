"""Turn answers into results: scores, readiness level, alerts, gaps, divided groups.

The rules are documented in docs/scoring.md; the constants it cites are in ``model``. The
anonymity policy (who may be shown apart, on which question, with whose consent) is in
``anonymity`` and read through the methods of ``Results``, by every face alike.
"""

from peerready.engine.results.anonymity import CONSENT_ORDER, shown_apart
from peerready.engine.results.jsonform import to_dict, to_json
from peerready.engine.results.model import (
    AGAINST_SCORE,
    ANONYMITY_THRESHOLD,
    CORE_MIN_SCORE,
    COVERAGE_MIN,
    DIVIDED_MIN_ANSWERS,
    DIVIDED_SHARE,
    FOR_SCORE,
    GAP_POINTS,
    MIDDLE,
    MISSING_SHARE,
    NOT_READY_SCORE,
    READY_SCORE,
    REQUIRED_GROUPS,
    Divided,
    Gap,
    GroupAnswers,
    Level,
    Missing,
    Participation,
    QuestionResult,
    RaisedFlag,
    Results,
    Score,
)
from peerready.engine.results.scoring import compute

__all__ = [
    "AGAINST_SCORE",
    "ANONYMITY_THRESHOLD",
    "CONSENT_ORDER",
    "CORE_MIN_SCORE",
    "COVERAGE_MIN",
    "DIVIDED_MIN_ANSWERS",
    "DIVIDED_SHARE",
    "FOR_SCORE",
    "GAP_POINTS",
    "MIDDLE",
    "MISSING_SHARE",
    "NOT_READY_SCORE",
    "READY_SCORE",
    "REQUIRED_GROUPS",
    "Divided",
    "Gap",
    "GroupAnswers",
    "Level",
    "Missing",
    "Participation",
    "QuestionResult",
    "RaisedFlag",
    "Results",
    "Score",
    "compute",
    "shown_apart",
    "to_dict",
    "to_json",
]
