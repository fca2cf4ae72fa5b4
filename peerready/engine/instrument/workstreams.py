"""The questionnaire's workstreams (« chantiers »): at most six, each action in one of them.

A plan a tired team can carry groups its actions into a few workstreams, each saying in one
line what it changes, who carries it, a horizon, and a first step for this week that needs no
meeting, written for that workstream (never a generic « faire le point »).
"""

from __future__ import annotations

from peerready.engine import vocabulary
from peerready.engine.instrument.model import ActionTemplate, Workstream
from peerready.engine.instrument.reader import Reader, word
from peerready.engine.yamlsource import line_of

MAX_WORKSTREAMS = 6
_KEYS = {"id", "title", "changes", "owners", "horizon", "first_step", "first_step_by_stage"}


def workstreams(reader: Reader, tree) -> list[Workstream]:
    out: list[Workstream] = []
    seen: dict = {}
    for _, node, line in reader.items(tree, "workstreams", required=False):
        workstream_id = reader.identifier(node, "id", "chantier")
        where = f"chantier « {workstream_id or '?'} »"
        reader.known_keys(node, _KEYS, {"id", "title", "changes", "owners", "horizon", "first_step"}, where)
        reader.unique(seen, workstream_id, line, "le chantier")
        owners = reader.id_list(node, "owners", where, vocabulary.OWNER_ROLES, "rôle inconnu")
        if "owners" in node and not owners:
            reader.error(line_of(node, "owners"), f"{where} : au moins un rôle porte le chantier")
        horizon = word(node.get("horizon"))
        if "horizon" in node and horizon not in vocabulary.HORIZONS:
            reader.error(
                line_of(node, "horizon"), f"{where} : « horizon » inconnu (attendu : {', '.join(vocabulary.HORIZONS)})"
            )
        by_stage = {}
        if "first_step_by_stage" in node:
            steps = reader.mapping(
                node["first_step_by_stage"], f"{where} : « first_step_by_stage »", line_of(node, "first_step_by_stage")
            )
            for stage in steps or {}:
                if stage not in vocabulary.STAGES:
                    reader.error(line_of(steps, stage), f"{where} : étape inconnue « {stage} »")
                else:
                    by_stage[stage] = reader.text(steps, stage, where)
        out.append(
            Workstream(
                id=workstream_id,
                title=reader.text(node, "title", where),
                changes=reader.text(node, "changes", where),
                owners=owners,
                horizon=horizon if horizon in vocabulary.HORIZONS else "ongoing",
                first_step=reader.text(node, "first_step", where),
                first_step_by_stage=by_stage,
            )
        )
    if len(out) > MAX_WORKSTREAMS:
        reader.error(
            line_of(tree, "workstreams"),
            f"{len(out)} chantiers : {MAX_WORKSTREAMS} au plus, pour un plan qu'une équipe peut porter",
        )
    return out


def check_actions(reader: Reader, tree, actions: list[ActionTemplate], workstream_ids: set[str]) -> None:
    """With workstreams, every action belongs to one that exists; without, none names one."""
    lines = {}
    for _, node, line in reader.items(tree, "actions", required=False):
        lines.setdefault(node.get("id"), line)
    for action in actions:
        line = lines.get(action.id)
        if action.workstream and action.workstream not in workstream_ids:
            reader.error(line, f"action « {action.id} » : chantier inconnu « {action.workstream} »")
        elif workstream_ids and not action.workstream:
            reader.error(line, f"action « {action.id} » : « workstream » manquant (le chantier de l'action)")
