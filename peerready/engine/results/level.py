"""The readiness level and its reason, in this order (docs/scoring.md):

1. **insufficient** — too few answers, a core factor with no scored answer, or management and
   the team did not both answer (one group alone cannot say a structure is ready);
2. **not_ready** — a critical alert (shown or withheld), or an overall score under 50;
3. **partly_ready** — an overall score under 75, a core factor under 60, a warning on a core
   factor, an alert raised by a peer, a withheld alert, or, once a peer is in post, no answer
   from the peer;
4. **ready** — otherwise.

The reason quotes only alerts raised by groups that may be shown: what identifiable people
said (the peer, almost always) is never quoted nor attributed, whatever they agreed to share.
"""

from __future__ import annotations

from peerready.engine import typography, vocabulary, wording
from peerready.engine.results.model import (
    CORE_MIN_SCORE,
    COVERAGE_MIN,
    NOT_READY_SCORE,
    READY_SCORE,
    REQUIRED_GROUPS,
    Level,
    RaisedFlag,
    Score,
)

SIGNALLED = "des points signalés restent à travailler"


def _level(level_id: str, reason: str) -> Level:
    """A level whose reason is set in French typography (non-breaking spaces before « : ; ? ! »)."""
    return Level(level_id, wording.level(level_id), typography.french(reason))


def _titles(flags: list[RaisedFlag]) -> str:
    shown = flags if len(flags) <= 4 else flags[:3]
    more = f" ; et {len(flags) - 3} autres" if len(flags) > 4 else ""
    return " ; ".join(f.title for f in shown) + more


def level(
    *,
    stage: str | None,
    overall: float | None,
    factors: tuple[Score, ...],
    flags: tuple[RaisedFlag, ...],
    withheld: tuple[str, ...],
    asked: int,
    answered: int,
    asked_factors: set[str],
    answering: set[str],
) -> Level:
    """``answering``: the groups with at least one scored answer."""
    if not asked or overall is None or answered / asked < COVERAGE_MIN:
        return _level(
            "insufficient",
            f"Seules {answered} questions sur {asked} ont reçu une réponse : complétez le questionnaire "
            "avant de conclure.",
        )
    missing = [g for g in REQUIRED_GROUPS if g not in answering]
    if missing:
        who = " et de ".join(vocabulary.GROUPS_IN_TEXT[g] for g in missing)
        return _level(
            "insufficient",
            f"Il manque l'avis de {who} : un seul point de vue ne dit pas si une structure est prête. "
            "Faites répondre la direction et l'équipe avant de conclure.",
        )

    unscored_core = [f for f in factors if f.core and f.id in asked_factors and f.score is None]
    if unscored_core:
        names = ", ".join(f"« {f.label} »" for f in unscored_core)
        return _level(
            "insufficient",
            f"Aucune réponse notée sur un point essentiel ({names}) : il manque des informations pour conclure.",
        )

    quotable = [f for f in flags if not f.personal]
    critical = [f for f in quotable if f.severity == "critical"]
    critical_unquoted = any(f.severity == "critical" for f in flags if f.personal) or "critical" in withheld
    if critical:
        count = "Une alerte grave" if len(critical) == 1 else f"{len(critical)} alertes graves"
        also = " ; d'autres points graves signalés sont aussi à travailler" if critical_unquoted else ""
        return _level("not_ready", f"{count} à lever avant tout : {_titles(critical)}{also}.")
    if critical_unquoted:
        return _level("not_ready", "Des points graves ont été signalés : ils sont à travailler avant tout.")
    if overall < NOT_READY_SCORE:
        return _level(
            "not_ready", f"Le score global est de {wording.score(overall)} : plusieurs fondations manquent encore."
        )

    core = {f.id for f in factors if f.core}
    reasons = []
    weak_core = [f for f in factors if f.core and f.score is not None and f.score < CORE_MIN_SCORE]
    if weak_core:
        names = ", ".join(f"« {f.label} » ({wording.score(f.score)})" for f in weak_core)
        reasons.append(f"des points essentiels restent faibles : {names}")
    core_warnings = [f for f in quotable if f.factor in core]
    if core_warnings:
        reasons.append(f"un point de vigilance sur un point essentiel : {_titles(core_warnings)}")
    if any(f.personal or "peer" in f.groups for f in flags) or withheld:
        reasons.append(SIGNALLED)
    if stage in vocabulary.STAGES_WITH_PEER and "peer" not in answering:
        reasons.append(
            "la personne en poste de travail pair n'a pas encore répondu : sans son regard, "
            "on ne peut pas dire que tout est prêt"
        )
    if reasons:
        return _level(
            "partly_ready",
            f"Score global de {wording.score(overall)} sans alerte grave, mais " + " ; ".join(reasons) + ".",
        )
    if overall < READY_SCORE:
        return _level(
            "partly_ready",
            f"Score global de {wording.score(overall)} sans alerte grave : les bases sont là, "
            f"il reste à consolider avant d'atteindre {wording.score(READY_SCORE)}.",
        )
    return _level(
        "ready",
        f"Score global de {wording.score(overall)}, aucune alerte grave ni point signalé, et tous les points "
        f"essentiels au-dessus de {wording.score(CORE_MIN_SCORE)}.",
    )
