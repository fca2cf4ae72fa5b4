"""Stored structures, assessments and answers; the plan as people edit it; follow-up."""

import pytest

from peerready.engine import answers, plan, results
from peerready.store import followup, records
from peerready.store.database import Store
from tests.conftest import ROOT


@pytest.fixture
def store(tmp_path):
    with Store.open(tmp_path / "data") as s:
        yield s


@pytest.fixture
def session(store, mini):
    structure = records.create_structure(store, "CHRS Les Tilleuls", sector="AHI")
    assessment = records.start_assessment(
        store, structure.id, mini, "integrating", {"management": "consensus", "team": "tally", "peer": "individual"}
    )
    return structure, assessment


def test_structures_are_unique_by_name_and_searchable(store):
    records.create_structure(store, "  CHRS   Les Tilleuls ")
    with pytest.raises(records.RecordError, match="s'appelle déjà"):
        records.create_structure(store, "chrs les tilleuls")
    with pytest.raises(records.RecordError, match="vide"):
        records.create_structure(store, "   ")
    records.create_structure(store, "Accueil de jour", sector="AHI")
    assert [s.structure.name for s in records.list_structures(store, "tilleul")] == ["CHRS Les Tilleuls"]
    assert records.find_structure(store, "chrs les tilleuls").name == "CHRS Les Tilleuls"


def test_every_answer_is_committed_at_once(store, session, tmp_path):
    _, assessment = session
    respondent = records.add_respondent(store, assessment.id, "management")
    records.save_answer(store, respondent.id, "contract_type", value="permanent", comment="Pas de nom")
    # Another connection sees it immediately: nothing waits for a later "save".
    with Store.open(tmp_path / "data") as other:
        saved = records.respondent_answers(other, respondent.id)
    assert saved["contract_type"]["value"] == "permanent"


def test_answers_are_checked_before_being_stored(store, session):
    _, assessment = session
    manager = records.add_respondent(store, assessment.id, "management")
    tally = records.add_respondent(store, assessment.id, "team")
    with pytest.raises(records.RecordError, match="Réponse inconnue"):
        records.save_answer(store, manager.id, "contract_type", value="forever")
    with pytest.raises(records.RecordError, match="n'est pas posée"):
        records.save_answer(store, tally.id, "contract_type", counts={"permanent": 1})
    with pytest.raises(records.RecordError, match="entier positif"):
        records.save_answer(store, tally.id, "team_agrees", counts={"fully": -1})
    with pytest.raises(records.RecordError, match="ne participe pas"):
        records.add_respondent(store, assessment.id, "people")
    assert store.db["answers"].count == 0


def test_consensus_has_one_respondent_and_people_are_numbered(store, session):
    _, assessment = session
    first = records.add_respondent(store, assessment.id, "management")
    assert records.add_respondent(store, assessment.id, "management").id == first.id
    numbers = [records.add_respondent(store, assessment.id, "peer").number for _ in range(3)]
    assert numbers == [1, 2, 3]


def test_stored_answers_give_the_same_results_as_the_file(store, bundled):
    path = ROOT / "examples" / "chrs-mal-prepare.yaml"
    from_file = results.compute(bundled, answers.validate(answers.load(path), bundled))
    assessment = records.record(store, "CHRS Les Tilleuls", answers.load(path), bundled)
    stored = records.assessment_results(store, assessment.id)
    assert results.to_dict(stored) == {**results.to_dict(from_file), "structure": "CHRS Les Tilleuls"}
    suggested = [a.id for a in plan.build(bundled, from_file).actions]
    assert [a.template_id for a in followup.list_actions(store, assessment.id)] == suggested


def test_a_bad_answers_file_records_nothing(store, bundled, tmp_path):
    bad = tmp_path / "bad.yaml"
    bad.write_text(
        (ROOT / "examples" / "chrs-mal-prepare.yaml")
        .read_text(encoding="utf-8")
        .replace("contract_type: {dont_know: 9}", "contract_type: {dont_know: -9}"),
        encoding="utf-8",
    )
    with pytest.raises(answers.AnswersError):
        records.record(store, "CHRS", answers.load(bad), bundled)
    assert store.db["structures"].count == 0 and store.db["assessments"].count == 0


def test_old_answers_stay_readable_with_the_questionnaire_they_were_given_for(store, mini):
    structure = records.create_structure(store, "CHRS")
    assessment = records.start_assessment(store, structure.id, mini, "preparing", {"management": "consensus"})
    respondent = records.add_respondent(store, assessment.id, "management")
    records.save_answer(store, respondent.id, "contract_type", value="permanent")
    store._questionnaires.clear()  # as after a restart, with a newer questionnaire installed
    loaded = records.questionnaire(store, assessment.questionnaire_hash)
    assert loaded.question("contract_type").option("permanent").label == "CDI"
    assert records.assessment_results(store, assessment.id).question("contract_type").score == 1


def test_edits_to_the_plan_survive_a_change_of_answers(store, session):
    _, assessment = session
    manager = records.add_respondent(store, assessment.id, "management")
    team = records.add_respondent(store, assessment.id, "team")
    records.save_answer(store, manager.id, "contract_type", value="volunteer")
    records.save_answer(store, team.id, "team_consulted", counts={"not_at_all": 6})
    records.save_answer(store, team.id, "pay_level", counts={"not_at_all": 6})
    plan = {a.template_id: a for a in followup.sync_plan(store, assessment.id)}
    assert {"secure_contract", "hear_team", "raise_pay"} <= set(plan)
    followup.update_action(store, plan["hear_team"].id, owner_name="Samia", due_date="2026-12-15", status="doing")
    followup.update_action(store, plan["raise_pay"].id, status="dropped")
    own = followup.add_action(store, assessment.id, "Inviter la plateforme régionale")

    # The answers change: the contract is now a CDI, the team feels consulted, pay is fine.
    records.save_answer(store, manager.id, "contract_type", value="permanent")
    records.save_answer(store, team.id, "team_consulted", counts={"fully": 6})
    records.save_answer(store, team.id, "pay_level", counts={"fully": 6})
    after = {a.template_id or a.title: a for a in followup.sync_plan(store, assessment.id)}
    assert "secure_contract" not in after  # an untouched suggestion follows the answers
    assert after["hear_team"].owner_name == "Samia" and after["hear_team"].status == "doing"
    assert after["hear_team"].suggested is False  # kept, though no longer suggested
    assert after["raise_pay"].status == "dropped"
    assert after[own.title].user_added


def test_a_new_suggestion_is_placed_by_priority(store, session):
    _, assessment = session
    team = records.add_respondent(store, assessment.id, "team")
    records.save_answer(store, team.id, "pay_level", counts={"not_at_all": 6})
    followup.sync_plan(store, assessment.id)
    manager = records.add_respondent(store, assessment.id, "management")
    records.save_answer(store, manager.id, "contract_type", value="volunteer")
    titles = [a.template_id for a in followup.sync_plan(store, assessment.id)]
    assert titles.index("secure_contract") < titles.index("raise_pay")


def test_actions_can_be_reordered_added_and_checked(store, session):
    _, assessment = session
    first = followup.add_action(store, assessment.id, "Premier")
    second = followup.add_action(store, assessment.id, "Second")
    assert [a.title for a in followup.move_action(store, second.id, 0)] == ["Second", "Premier"]
    with pytest.raises(records.RecordError, match="Date"):
        followup.update_action(store, first.id, due_date="15/12/2026")
    with pytest.raises(records.RecordError, match="inconnue"):
        followup.update_action(store, first.id, status="finished")
    followup.delete_action(store, first.id)
    assert [a.title for a in followup.list_actions(store, assessment.id)] == ["Second"]


def test_a_new_assessment_starts_from_the_open_actions_and_can_be_compared(store, mini):
    structure = records.create_structure(store, "CHRS")
    first = records.start_assessment(store, structure.id, mini, "recruiting", {"management": "consensus"})
    manager = records.add_respondent(store, first.id, "management")
    for question, value in (
        ("contract_type", "volunteer"),
        ("team_consulted", "rather_no"),
        ("team_agrees", "rather_no"),
        ("pay_level", "not_at_all"),
    ):
        records.save_answer(store, manager.id, question, value=value)
    plan = {a.template_id: a for a in followup.sync_plan(store, first.id)}
    followup.update_action(store, plan["secure_contract"].id, status="done")
    followup.update_action(store, plan["raise_pay"].id, status="doing")

    second = records.start_assessment(store, structure.id, mini, "integrating", {"management": "consensus"})
    carried = followup.list_actions(store, second.id)
    assert {a.template_id for a in carried} == {"raise_pay", "hear_team"}  # open ones only
    assert all(a.carried_from for a in carried)
    manager2 = records.add_respondent(store, second.id, "management")
    for question, value in (
        ("contract_type", "permanent"),
        ("team_consulted", "fully"),
        ("team_agrees", "fully"),
        ("pay_level", "rather_yes"),
    ):
        records.save_answer(store, manager2.id, question, value=value)
    followup.update_action(store, next(a for a in carried if a.template_id == "raise_pay").id, status="done")

    moved = followup.compare(store, first.id, second.id)
    assert moved["before"]["level"] == "not_ready" and moved["after"]["level"] in ("ready", "partly_ready")
    employment = next(d for d in moved["dimensions"] if d["id"] == "employment")
    assert employment["change"] > 50
    assert "Le poste est en contrat précaire" in moved["flags_cleared"]
    statuses = {a["title"]: a["status_now"] for a in moved["actions"]}
    assert statuses["Proposer un CDI"] == "done"
    assert statuses["Aligner le salaire sur le niveau moniteur-éducateur"] == "done"


def test_deleting_a_structure_deletes_everything_it_holds(store, session):
    structure, assessment = session
    respondent = records.add_respondent(store, assessment.id, "management")
    records.save_answer(store, respondent.id, "contract_type", value="volunteer")
    followup.sync_plan(store, assessment.id)
    other = records.create_structure(store, "Autre")
    counts = records.delete_structure(store, structure.id)
    assert counts["assessments"] == 1 and counts["answers"] == 1 and counts["actions"] >= 1
    for table in ("assessments", "assessment_groups", "respondents", "answers", "actions", "results_cache"):
        assert store.db[table].count == 0, table
    assert [s.structure.id for s in records.list_structures(store)] == [other.id]


def test_the_overview_is_anonymous(store, bundled):
    for name, example in (("CHRS A", "chrs-mal-prepare.yaml"), ("Service B", "service-bien-prepare.yaml")):
        records.record(store, name, answers.load(ROOT / "examples" / example), bundled)
    data = followup.overview(store)
    assert data["structures"] == 2 and data["levels"]["not_ready"] == 1 and data["levels"]["ready"] == 1
    assert data["stages"]["recruiting"] == 1 and data["stages"]["established"] == 1
    assert data["flags"][0]["structures"] == 1
    text = str(data)
    assert "CHRS A" not in text and "Service B" not in text
