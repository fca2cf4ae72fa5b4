"""The plan's workstreams: a few things to change, each with its first step and its actions."""

import pytest

from peerready.engine import answers, instrument, plan, results, workplan
from peerready.engine.instrument import QuestionnaireError
from tests.conftest import DATA

WORKSTREAMS = """workstreams:
  - id: employment
    title: Un poste qui tient
    changes: Le contrat et le salaire de la personne recrutée sont ceux d'un vrai poste.
    owners: [direction, hr]
    horizon: before_recruiting
    first_step: Demander au financeur la ligne budgétaire du poste.
    first_step_by_stage:
      integrating: Relire le contrat avec la personne recrutée.
  - id: team
    title: Une équipe qui porte le projet
    changes: L'équipe a pu dire ses réserves et sait pourquoi le poste existe.
    owners: [service_head, team]
    horizon: immediately
    first_step: Afficher en salle d'équipe, en cinq lignes, pourquoi la structure crée ce poste.
"""


def _with_workstreams(extra=""):
    text = (DATA / "mini.yaml").read_text(encoding="utf-8")
    text = text.replace("actions:\n", WORKSTREAMS + "actions:\n", 1)
    for action, stream in (("secure_contract", "employment"), ("raise_pay", "employment"), ("hear_team", "team")):
        text = text.replace(f"  - id: {action}\n", f"  - id: {action}\n    workstream: {stream}\n", 1)
    text = text.replace("  - id: raise_pay\n", "  - id: raise_pay\n    funder: true\n", 1)
    text = text.replace("  - id: protect_from_dirty_work\n", f"  - id: protect_from_dirty_work\n{extra}", 1)
    return text


def _scored(questionnaire, stage, management, team=None):
    responses = [{"group": "management", "mode": "consensus", "answers": management}]
    if team:
        responses.append({"group": "team", "mode": "tally", "answers": team})
    answer_set = answers.validate(answers.from_tree({"stage": stage, "responses": responses}), questionnaire)
    result = results.compute(questionnaire, answer_set)
    return result, plan.build(questionnaire, result)


def test_every_action_must_belong_to_a_workstream_that_exists():
    with pytest.raises(QuestionnaireError, match="« workstream » manquant"):
        instrument.loads(_with_workstreams(), "mini.yaml")
    with pytest.raises(QuestionnaireError, match="chantier inconnu « nowhere »"):
        instrument.loads(_with_workstreams("    workstream: nowhere\n"), "mini.yaml")


def test_more_than_six_workstreams_are_refused():
    text = _with_workstreams("    workstream: team\n")
    more = "".join(
        f"  - {{id: extra{i}, title: T, changes: C, owners: [team], horizon: ongoing, first_step: Écrire.}}\n"
        for i in range(5)
    )
    with pytest.raises(QuestionnaireError, match="6 au plus"):
        instrument.loads(text.replace("actions:\n", more + "actions:\n", 1), "mini.yaml")


def test_the_plan_groups_its_actions_into_workstreams_ordered_by_what_matters_most():
    questionnaire = instrument.loads(_with_workstreams("    workstream: team\n"), "mini.yaml")
    result, made = _scored(
        questionnaire,
        "recruiting",
        {
            "contract_type": "volunteer",
            "team_consulted": "not_at_all",
            "pay_level": "not_at_all",
            "team_agrees": "fully",
        },
        {"team_consulted": {"not_at_all": 4}, "pay_level": {"dont_know": 4}, "team_agrees": {"rather_no": 4}},
    )
    assert [w.id for w in made.workstreams] == ["employment", "team"]  # a critical action leads
    employment = made.workstreams[0]
    assert employment.priority == "critical" and employment.funder
    assert employment.first_step == "Demander au financeur la ligne budgétaire du poste."
    assert set(employment.actions) == {"secure_contract", "raise_pay"}
    data = results.to_dict(result, made)
    assert data["workstreams"][0]["actions"] == list(employment.actions)
    assert {a["workstream"] for a in data["actions"]} == {"employment", "team"}


def test_the_first_step_and_the_horizon_know_the_stage():
    questionnaire = instrument.loads(_with_workstreams("    workstream: team\n"), "mini.yaml")
    _, made = _scored(questionnaire, "integrating", {"contract_type": "volunteer", "team_consulted": "fully"})
    employment = next(w for w in made.workstreams if w.id == "employment")
    assert employment.first_step == "Relire le contrat avec la personne en poste."  # « recrutée », once in post
    assert employment.horizon == "immediately"  # « avant le recrutement » once the peer is in post


@pytest.mark.parametrize(
    ("stage", "said"),
    [("recruiting", "personne recrutée"), ("integrating", "personne en poste"), ("established", "personne en poste")],
)
def test_once_a_peer_is_in_post_the_plan_says_la_personne_en_poste(stage, said):
    text = _with_workstreams("    workstream: team\n").replace(
        "    title: Proposer un CDI\n", "    title: Proposer un CDI à la personne recrutée\n", 1
    )
    questionnaire = instrument.loads(text, "mini.yaml")
    _, made = _scored(questionnaire, stage, {"contract_type": "volunteer", "team_consulted": "fully"})
    employment = next(w for w in made.workstreams if w.id == "employment")
    assert said in employment.changes
    contract = next(a for a in made.actions if a.id == "secure_contract")
    assert said in contract.title
    shown = " ".join([employment.changes, employment.first_step, contract.title, *contract.steps])
    assert ("recrutée" in shown) == (stage == "recruiting")


def test_a_consolidation_action_comes_only_when_everything_on_its_factors_holds():
    extra = "    workstream: team\n    when: {factor_at_least: 75}\n"
    text = _with_workstreams().replace("  - id: protect_from_dirty_work\n", "  - id: keep_team_on_board\n" + extra, 1)
    text = text.replace(
        "    stages: [integrating, established]\n    when: {factor_below: 60}\n"
        "    title: Revoir la répartition des tâches",
        "    title: Garder l'équipe dans le projet",
    ).replace("    factors: [dirty_work]\n    priority: high", "    factors: [team_consent]\n    priority: low", 1)
    questionnaire = instrument.loads(text, "mini.yaml")
    good = {"contract_type": "permanent", "team_consulted": "fully", "pay_level": "fully", "team_agrees": "fully"}
    _, made = _scored(
        questionnaire, "recruiting", good, {k: {"fully": 4} for k in ("team_consulted", "team_agrees", "pay_level")}
    )
    keep = next(a for a in made.actions if a.id == "keep_team_on_board")
    assert keep.priority == "low" and keep.because[0].startswith("Acquis à entretenir")
    _, made = _scored(questionnaire, "recruiting", {**good, "team_agrees": "not_at_all"})
    assert "keep_team_on_board" not in {a.id for a in made.actions}


@pytest.mark.parametrize("stage", ["preparing", "recruiting", "integrating", "established"])
def test_before_a_peer_is_in_post_nothing_is_carried_by_the_peer_worker(stage):
    text = _with_workstreams("    workstream: team\n").replace("owners: [service_head, team]", "owners: [peer]", 1)
    head, _, tail = text.partition("  - id: hear_team\n")
    text = head + "  - id: hear_team\n" + tail.replace("owner_role: service_head", "owner_role: peer", 1)
    questionnaire = instrument.loads(text, "mini.yaml")
    _, made = _scored(
        questionnaire,
        stage,
        {"team_consulted": "not_at_all", "contract_type": "volunteer"},
        {"team_consulted": {"not_at_all": 4}},
    )
    team = next(w for w in made.workstreams if w.id == "team")
    hearing = next(a for a in made.actions if a.id == "hear_team")
    if stage in ("integrating", "established"):
        assert team.owners == ("peer",) and hearing.owner_role == "peer"
    else:  # the person is not there yet: the service head carries it
        assert team.owners == ("service_head",) and hearing.owner_role == "service_head"
    employment = next(w for w in made.workstreams if w.id == "employment")
    assert employment.owners == ("direction", "hr")  # others are kept as they are


def test_a_workstream_drops_the_peer_worker_from_its_owners_before_arrival():
    assert workplan.owners(("service_head", "peer"), "recruiting") == ("service_head",)
    assert workplan.owners(("service_head", "peer"), "established") == ("service_head", "peer")
    assert workplan.owner_role("peer", "preparing") == "service_head"
    assert workplan.owner_role("peer", None) == "peer" and workplan.owner_role("hr", "recruiting") == "hr"
