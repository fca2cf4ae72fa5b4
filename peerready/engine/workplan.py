"""The plan's workstreams (« chantiers »): its actions grouped into a few things to change.

Works on the engine's suggested actions and on stored ones alike (anything with ``id`` or
``template_id``, ``priority``, ``horizon``, ``flags``/``status``): a workstream holds the
actions of its templates, says who carries it, a horizon the team can hold and a first step for
this week; workstreams are ordered by what matters most (their most urgent action, then the
earliest due, then the number of alerts behind them). Actions people added themselves, or of a
questionnaire without workstreams, are left out of any workstream (``loose``).
"""

from __future__ import annotations

from dataclasses import dataclass

from peerready.engine import vocabulary, wording
from peerready.engine.instrument import Questionnaire


@dataclass(frozen=True)
class PlannedWorkstream:
    id: str
    title: str
    changes: str
    priority: str
    owners: tuple[str, ...]
    horizon: str
    first_step: str
    actions: tuple[str, ...]  # the ids of its actions, in the plan's order
    funder: bool = False  # one of its actions depends on a funder

    def to_dict(self) -> dict:
        return {
            "id": self.id,
            "title": self.title,
            "changes": self.changes,
            "priority": self.priority,
            "owners": list(self.owners),
            "horizon": self.horizon,
            "first_step": self.first_step,
            "actions": list(self.actions),
            "funder": self.funder,
        }


def _template(action) -> str | None:
    # A stored action knows its template (None: people added it); a suggestion is its template.
    return getattr(action, "template_id", action.id)


def owners(roles: tuple[str, ...], stage: str | None) -> tuple[str, ...]:
    """Who carries a workstream at ``stage``: before a peer is in post, never the peer worker, who is
    not there yet (the service head carries it if no one else is named)."""
    if stage not in vocabulary.STAGES_BEFORE_PEER:
        return roles
    kept = tuple(role for role in roles if role != "peer")
    return kept or ("service_head",)


def owner_role(role: str, stage: str | None) -> str:
    """Who carries an action at ``stage``: before a peer is in post, the service head carries what the
    peer worker would have."""
    return "service_head" if role == "peer" and stage in vocabulary.STAGES_BEFORE_PEER else role


def group(questionnaire: Questionnaire, stage: str | None, actions) -> tuple[tuple[PlannedWorkstream, ...], list]:
    """The workstreams holding ``actions`` (open ones first counted), and the actions in none."""
    templates = {t.id: t for t in questionnaire.actions}
    streams = {w.id: w for w in questionnaire.workstreams}
    held: dict[str, list] = {}
    loose = []
    for action in actions:
        template = templates.get(_template(action) or "")
        if template is None or template.workstream not in streams:
            loose.append(action)
        else:
            held.setdefault(template.workstream, []).append(action)
    priorities, horizons = list(vocabulary.PRIORITIES), list(vocabulary.HORIZONS)
    in_post = stage in vocabulary.STAGES_WITH_PEER
    planned = []
    for workstream_id, members in held.items():
        stream = streams[workstream_id]
        live = [a for a in members if getattr(a, "status", "todo") not in ("done", "dropped")] or members
        priority = min((a.priority for a in live), key=priorities.index)
        due = min((a.horizon for a in live), key=horizons.index)
        horizon = stream.horizon if horizons.index(stream.horizon) <= horizons.index(due) else due
        if priority == "low":  # only consolidation: its own actions' pace, nothing urgent
            horizon = due
        if horizon == "before_recruiting" and in_post:
            horizon = "immediately"
        planned.append(
            (
                (priorities.index(priority), horizons.index(horizon), -sum(len(getattr(a, "flags", ())) for a in live)),
                PlannedWorkstream(
                    stream.id,
                    wording.for_stage(stream.title, stage),
                    wording.for_stage(stream.changes, stage),
                    priority,
                    owners(stream.owners, stage),
                    horizon,
                    wording.for_stage(stream.first_step_for(stage), stage),
                    tuple(a.id for a in members),
                    any(templates[_template(a)].funder for a in members),
                ),
            )
        )
    planned.sort(key=lambda pair: pair[0])
    return tuple(p for _, p in planned), loose
