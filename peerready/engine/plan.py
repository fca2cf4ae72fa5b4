"""The action plan: the questionnaire's action templates that the results call for.

Each action says what to do, who usually carries it, by when, and *because* of what
(flags, low factor scores, perception gaps, divided groups, missing information). One
action per template, ordered by priority, then horizon, then the number of flags behind
it, then the weakest factor first.
"""

from __future__ import annotations

from dataclasses import dataclass

from peerready.engine import typography, vocabulary, wording, workplan
from peerready.engine.instrument import ActionTemplate, Questionnaire
from peerready.engine.results import Results
from peerready.engine.workplan import PlannedWorkstream


@dataclass(frozen=True)
class Action:
    id: str
    title: str
    steps: tuple[str, ...]
    factors: tuple[str, ...]
    priority: str
    owner_role: str
    horizon: str
    because: tuple[str, ...]
    flags: tuple[str, ...] = ()
    questions: tuple[str, ...] = ()
    resources: tuple[str, ...] = ()
    workstream: str = ""
    #: what it needs depends on a funder: its first steps are what the structure itself controls
    funder: bool = False

    @property
    def priority_label(self) -> str:
        return vocabulary.PRIORITIES[self.priority]

    @property
    def owner_label(self) -> str:
        return vocabulary.OWNER_ROLES[self.owner_role]

    @property
    def horizon_label(self) -> str:
        return vocabulary.HORIZONS[self.horizon]

    def to_dict(self) -> dict:
        return {
            "id": self.id,
            "title": self.title,
            "steps": list(self.steps),
            "factors": list(self.factors),
            "priority": self.priority,
            "priority_label": self.priority_label,
            "owner_role": self.owner_role,
            "owner_label": self.owner_label,
            "horizon": self.horizon,
            "horizon_label": self.horizon_label,
            "because": list(self.because),
            "flags": list(self.flags),
            "questions": list(self.questions),
            "resources": list(self.resources),
            "workstream": self.workstream or None,
            "funder": self.funder,
        }


@dataclass(frozen=True)
class Plan:
    actions: tuple[Action, ...]
    workstreams: tuple[PlannedWorkstream, ...] = ()


def build(questionnaire: Questionnaire, results: Results) -> Plan:
    """The suggested actions for these results, most urgent first."""
    actions = []
    for template in questionnaire.actions:
        if results.stage and template.stages and results.stage not in template.stages:
            continue
        action = _instantiate(questionnaire, results, template)
        if action:
            actions.append(action)
    priorities, horizons = list(vocabulary.PRIORITIES), list(vocabulary.HORIZONS)

    def weakest(action: Action) -> float:
        scores = [f.score for f in results.factors if f.id in action.factors and f.score is not None]
        return min(scores, default=100.0)

    def due(action: Action) -> int:
        # Before a recruitment, "before recruiting" is as urgent as "now".
        return 0 if action.horizon == "before_recruiting" else horizons.index(action.horizon)

    # Most urgent first; then the action backed by the most flags; then the weakest factor.
    actions.sort(key=lambda a: (priorities.index(a.priority), due(a), -len(a.flags), weakest(a)))
    streams, _ = workplan.group(questionnaire, results.stage, actions)
    return Plan(tuple(actions), streams)


def _instantiate(questionnaire: Questionnaire, results: Results, template: ActionTemplate) -> Action | None:
    when = template.when
    because: list[str] = []
    flags: list[str] = []
    questions: list[str] = []
    factors = set(template.factors)

    for flag in results.flags:
        if flag.id in when.flags:
            kind = "Alerte grave" if flag.severity == "critical" else "Point de vigilance"
            because.append(f"{kind} : {_after_colon(flag.title)}")
            flags.append(flag.id)
            questions.extend(q for q in flag.questions if q not in questions)

    if when.critical_flags:
        critical = [f for f in results.flags if f.severity == "critical"]
        if len(critical) >= when.critical_flags:
            because.append(f"{len(critical)} alertes graves en même temps")
            flags.extend(f.id for f in critical if f.id not in flags)

    if when.factor_below is not None:
        for factor in results.factors:
            if factor.id in factors and factor.score is not None and factor.score < when.factor_below:
                because.append(_factor_reason(questionnaire, factor))

    if when.gap:
        for gap in results.gaps:
            if factors & set(gap.factors):
                because.append(_gap_reason(questionnaire, results, gap))
                questions.extend(q for q in dict.fromkeys(gap.questions.values()) if q not in questions)

    if when.divided:
        for divided in results.divided:
            question = questionnaire.question(divided.question)
            if factors & set(question.factors):
                group = vocabulary.GROUPS_IN_TEXT[divided.group]
                because.append(f"Avis partagés dans {group} sur « {_question_text(questionnaire, divided.question)} »")
                if divided.question not in questions:
                    questions.append(divided.question)

    if when.missing:
        for factor in results.factors:
            if factor.id in factors and factor.missing_share >= 1 / 3 - 1e-9:
                because.append(
                    f"{factor.label} : {factor.missing_share * 100:.0f}\u00a0% de réponses « je ne sais pas »"
                )

    if when.factor_at_least is not None:
        # Consolidate what works: every factor of the action holds, and nothing contradicts it.
        scored = [f for f in results.factors if f.id in factors and f.score is not None]
        flagged = {f.factor for f in results.flags} | {x for g in results.gaps for x in g.factors}
        if (
            scored
            and len(scored) == len([f for f in results.factors if f.id in factors])
            and all(f.score >= when.factor_at_least for f in scored)
            and not factors & flagged
            and not results.withheld
        ):
            because.extend(f"Acquis à entretenir : {f.label} ({f.score:.0f}/100)" for f in scored)

    if not because:
        return None
    horizon = template.horizon
    if horizon == "before_recruiting" and results.stage in vocabulary.STAGES_WITH_PEER:
        horizon = "immediately"
    return Action(
        id=template.id,
        title=wording.for_stage(template.title, results.stage),
        steps=tuple(wording.for_stage(step, results.stage) for step in template.steps),
        factors=template.factors,
        priority=template.priority,
        owner_role=workplan.owner_role(template.owner_role, results.stage),
        horizon=horizon,
        because=tuple(typography.french(b) for b in dict.fromkeys(because)),
        flags=tuple(flags),
        questions=tuple(questions),
        resources=template.resources,
        workstream=template.workstream,
        funder=template.funder,
    )


def _gap_reason(questionnaire: Questionnaire, results: Results, gap) -> str:
    """A gap in words: what each group answered, on which question (both wordings for twins), and by how
    much they differ last. The groups' answers come first, before a comma, so that a short form
    (``wording.shorten``) still says what the groups see differently."""
    high, low = sorted(gap.groups, key=lambda g: -gap.groups[g])
    points = f"({gap.difference:.0f} points d’écart)"
    if gap.kind == "factor":
        factor = results.factor(gap.factor)
        label = factor.label if factor else gap.factor
        return (
            f"{_capital(vocabulary.GROUPS_IN_TEXT[low])} répond bien moins favorablement que "
            f"{vocabulary.GROUPS_IN_TEXT[high]} sur « {label} », toutes questions prises ensemble {points}"
        )
    said = (
        f"{_capital(vocabulary.GROUPS_IN_TEXT[high])} répond « {_nearest(questionnaire, gap, high)} », "
        f"{vocabulary.GROUPS_IN_TEXT[low]} « {_nearest(questionnaire, gap, low)} »"
    )
    if gap.kind == "twins":
        by_high, by_low = vocabulary.GROUPS_IN_TEXT[high], vocabulary.GROUPS_IN_TEXT[low]
        return (
            f"{said}, sur « {_question_text(questionnaire, gap.questions[high])} » pour {by_high} "
            f"et « {_question_text(questionnaire, gap.questions[low])} » pour {by_low} {points}"
        )
    return f"{said}, sur « {_question_text(questionnaire, gap.question)} » {points}"


def _nearest(questionnaire: Questionnaire, gap, group: str) -> str:
    """The answer nearest to a group's score on its question (« Plutôt oui »)."""
    question = questionnaire.question(gap.questions.get(group) or gap.question)
    scored = [o for o in question.options if o.scored]
    return min(scored, key=lambda o: abs(o.score * 100 - gap.groups[group])).label.rstrip(" .")


def _capital(text: str) -> str:
    return text[:1].upper() + text[1:]


def _factor_reason(questionnaire: Questionnaire, factor) -> str:
    # Risk factors carry a label that reads like their score (« Pas de recrutement d’affichage »).
    return f"{factor.label} : {factor.score:.0f}/100"


def _after_colon(text: str) -> str:
    """French: no capital after a colon, unless the word is an acronym (« CDD »)."""
    if len(text) > 1 and text[0].isupper() and not text[1].isupper():
        return text[0].lower() + text[1:]
    return text


def _question_text(questionnaire: Questionnaire, question_id: str, limit: int = 90) -> str:
    text = questionnaire.question(question_id).text.rstrip(" .:?\u202f\u00a0")
    return text if len(text) <= limit else text[: limit - 1].rsplit(" ", 1)[0].rstrip(" ,;:\u202f\u00a0") + "…"
