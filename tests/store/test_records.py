"""Stored structures, assessments and answers; the plan as people edit it; follow-up."""

import pytest

from peerready.engine import answers, plan, results
from peerready.store import action_plan, assessments, errors, history, respondents, structures, summaries
from peerready.store.database import Store
from peerready.workshop import preparing, recording
from tests.conftest import ROOT


@pytest.fixture
def store(tmp_path):
    with Store.open(tmp_path / "data") as s:
        yield s


@pytest.fixture
def session(store, mini):
    structure = structures.create_structure(store, "CHRS Les Tilleuls", sector="AHI")
    assessment = preparing.start_assessment(
        store, structure.id, mini, "integrating", {"management": "consensus", "team": "tally", "peer": "individual"}
    )
    return structure, assessment


def test_structures_are_unique_by_name_and_searchable(store):
    structures.create_structure(store, "  CHRS   Les Tilleuls ")
    with pytest.raises(errors.RecordError, match="s'appelle déjà"):
        structures.create_structure(store, "chrs les tilleuls")
    with pytest.raises(errors.RecordError, match="vide"):
        structures.create_structure(store, "   ")
    structures.create_structure(store, "Accueil de jour", sector="AHI")
    assert [s.structure.name for s in summaries.list_structures(store, "tilleul")] == ["CHRS Les Tilleuls"]
    assert structures.find_structure(store, "chrs les tilleuls").name == "CHRS Les Tilleuls"


def test_every_answer_is_committed_at_once(store, session, tmp_path):
    _, assessment = session
    respondent = respondents.add_respondent(store, assessment.id, "management")
    respondents.save_answer(store, respondent.id, "contract_type", value="permanent", comment="Pas de nom")
    # Another connection sees it immediately: nothing waits for a later "save".
    with Store.open(tmp_path / "data") as other:
        saved = respondents.respondent_answers(other, respondent.id)
    assert saved["contract_type"]["value"] == "permanent"


def test_answers_are_checked_before_being_stored(store, session):
    _, assessment = session
    manager = respondents.add_respondent(store, assessment.id, "management")
    tally = respondents.add_respondent(store, assessment.id, "team")
    with pytest.raises(errors.RecordError, match="Réponse inconnue"):
        respondents.save_answer(store, manager.id, "contract_type", value="forever")
    with pytest.raises(errors.RecordError, match="n'est pas posée"):
        respondents.save_answer(store, tally.id, "contract_type", counts={"permanent": 1})
    with pytest.raises(errors.RecordError, match="entier positif"):
        respondents.save_answer(store, tally.id, "team_agrees", counts={"fully": -1})
    with pytest.raises(errors.RecordError, match="ne participe pas"):
        respondents.add_respondent(store, assessment.id, "people")
    assert store.db["answers"].count == 0


def test_consensus_has_one_respondent_and_people_are_numbered(store, session):
    _, assessment = session
    first = respondents.add_respondent(store, assessment.id, "management")
    assert respondents.add_respondent(store, assessment.id, "management").id == first.id
    numbers = [respondents.add_respondent(store, assessment.id, "peer").number for _ in range(3)]
    assert numbers == [1, 2, 3]


def test_stored_answers_give_the_same_results_as_the_file(store, bundled):
    path = ROOT / "examples" / "chrs-mal-prepare.yaml"
    from_file = results.compute(bundled, answers.validate(answers.load(path), bundled))
    assessment = recording.record(store, "CHRS Les Tilleuls", answers.load(path), bundled)
    stored = summaries.assessment_results(store, assessment.id)
    assert results.to_dict(stored) == {**results.to_dict(from_file), "structure": "CHRS Les Tilleuls"}
    suggested = [a.id for a in plan.build(bundled, from_file).actions]
    assert [a.template_id for a in action_plan.list_actions(store, assessment.id)] == suggested


def test_a_bad_answers_file_records_nothing(store, bundled, tmp_path):
    bad = tmp_path / "bad.yaml"
    bad.write_text(
        (ROOT / "examples" / "chrs-mal-prepare.yaml")
        .read_text(encoding="utf-8")
        .replace("employment_terms_known: {not_at_all: 7,", "employment_terms_known: {not_at_all: -7,"),
        encoding="utf-8",
    )
    with pytest.raises(answers.AnswersError):
        recording.record(store, "CHRS", answers.load(bad), bundled)
    assert store.db["structures"].count == 0 and store.db["assessments"].count == 0


def test_old_answers_stay_readable_with_the_questionnaire_they_were_given_for(store, mini):
    structure = structures.create_structure(store, "CHRS")
    assessment = preparing.start_assessment(store, structure.id, mini, "preparing", {"management": "consensus"})
    respondent = respondents.add_respondent(store, assessment.id, "management")
    respondents.save_answer(store, respondent.id, "contract_type", value="permanent")
    store.questionnaire_cache.clear()  # as after a restart, with a newer questionnaire installed
    loaded = assessments.questionnaire(store, assessment.questionnaire_hash)
    assert loaded.question("contract_type").option("permanent").label == "CDI"
    assert summaries.assessment_results(store, assessment.id).question("contract_type").score == 1


def test_edits_to_the_plan_survive_a_change_of_answers(store, session):
    _, assessment = session
    manager = respondents.add_respondent(store, assessment.id, "management")
    team = respondents.add_respondent(store, assessment.id, "team")
    respondents.save_answer(store, manager.id, "contract_type", value="volunteer")
    respondents.save_answer(store, team.id, "team_consulted", counts={"not_at_all": 6})
    respondents.save_answer(store, team.id, "pay_level", counts={"not_at_all": 6})
    plan = {a.template_id: a for a in action_plan.sync_plan(store, assessment.id)}
    assert {"secure_contract", "hear_team", "raise_pay"} <= set(plan)
    action_plan.update_action(store, plan["hear_team"].id, owner_name="Samia", due_date="2026-12-15", status="doing")
    action_plan.update_action(store, plan["raise_pay"].id, status="dropped")
    own = action_plan.add_action(store, assessment.id, "Inviter la plateforme régionale")

    # The answers change: the contract is now a CDI, the team feels consulted, pay is fine.
    respondents.save_answer(store, manager.id, "contract_type", value="permanent")
    respondents.save_answer(store, team.id, "team_consulted", counts={"fully": 6})
    respondents.save_answer(store, team.id, "pay_level", counts={"fully": 6})
    after = {a.template_id or a.title: a for a in action_plan.sync_plan(store, assessment.id)}
    assert "secure_contract" not in after  # an untouched suggestion follows the answers
    assert after["hear_team"].owner_name == "Samia" and after["hear_team"].status == "doing"
    assert after["hear_team"].suggested is False  # kept, though no longer suggested
    assert after["raise_pay"].status == "dropped"
    assert after[own.title].user_added


def test_a_new_suggestion_is_placed_by_priority(store, session):
    _, assessment = session
    team = respondents.add_respondent(store, assessment.id, "team")
    respondents.save_answer(store, team.id, "pay_level", counts={"not_at_all": 6})
    action_plan.sync_plan(store, assessment.id)
    manager = respondents.add_respondent(store, assessment.id, "management")
    respondents.save_answer(store, manager.id, "contract_type", value="volunteer")
    titles = [a.template_id for a in action_plan.sync_plan(store, assessment.id)]
    assert titles.index("secure_contract") < titles.index("raise_pay")


def test_actions_can_be_reordered_added_and_checked(store, session):
    _, assessment = session
    first = action_plan.add_action(store, assessment.id, "Premier")
    second = action_plan.add_action(store, assessment.id, "Second")
    assert [a.title for a in action_plan.move_action(store, second.id, 0)] == ["Second", "Premier"]
    with pytest.raises(errors.RecordError, match="Date"):
        action_plan.update_action(store, first.id, due_date="15/12/2026")
    with pytest.raises(errors.RecordError, match="inconnue"):
        action_plan.update_action(store, first.id, status="finished")
    action_plan.delete_action(store, first.id)
    assert [a.title for a in action_plan.list_actions(store, assessment.id)] == ["Second"]


def test_a_new_assessment_starts_from_the_open_actions_and_can_be_compared(store, mini):
    structure = structures.create_structure(store, "CHRS")
    groups = {"management": "consensus", "team": "tally"}  # no level without both
    first = preparing.start_assessment(store, structure.id, mini, "recruiting", groups)
    manager = respondents.add_respondent(store, first.id, "management")
    for question, value in (
        ("contract_type", "volunteer"),
        ("team_consulted", "rather_no"),
        ("team_agrees", "rather_no"),
        ("pay_level", "not_at_all"),
    ):
        respondents.save_answer(store, manager.id, question, value=value)
    sheet = respondents.add_respondent(store, first.id, "team")
    for question in ("team_consulted", "team_agrees", "pay_level"):
        respondents.save_answer(store, sheet.id, question, counts={"rather_no": 4})
    plan = {a.template_id: a for a in action_plan.sync_plan(store, first.id)}
    action_plan.update_action(store, plan["secure_contract"].id, status="done")
    action_plan.update_action(store, plan["raise_pay"].id, status="doing")

    second = preparing.start_assessment(store, structure.id, mini, "integrating", groups)
    carried = action_plan.list_actions(store, second.id)
    assert {a.template_id for a in carried} == {"raise_pay", "hear_team"}  # open ones only
    assert all(a.carried_from for a in carried)
    manager2 = respondents.add_respondent(store, second.id, "management")
    for question, value in (
        ("contract_type", "permanent"),
        ("team_consulted", "fully"),
        ("team_agrees", "fully"),
        ("pay_level", "rather_yes"),
    ):
        respondents.save_answer(store, manager2.id, question, value=value)
    sheet2 = respondents.add_respondent(store, second.id, "team")
    for question in ("team_consulted", "team_agrees", "pay_level"):
        respondents.save_answer(store, sheet2.id, question, counts={"fully": 4})
    scored = sorted((o for o in mini.question("dirty_work_risk").options if o.scored), key=lambda o: o.score)
    respondents.save_answer(store, sheet2.id, "dirty_work_risk", counts={scored[-1].value: 4})
    action_plan.update_action(store, next(a for a in carried if a.template_id == "raise_pay").id, status="done")

    moved = history.compare(store, first.id, second.id)
    assert moved["before"]["level"] == "not_ready" and moved["after"]["level"] in ("ready", "partly_ready")
    employment = next(d for d in moved["dimensions"] if d["id"] == "employment")
    assert employment["change"] > 50
    assert "Le poste est en contrat précaire" in moved["flags_cleared"]
    statuses = {a["title"]: a["status_now"] for a in moved["actions"]}
    assert statuses["Proposer un CDI"] == "done"
    assert statuses["Aligner le salaire sur le niveau moniteur-éducateur"] == "done"


def test_deleting_a_structure_deletes_everything_it_holds(store, session):
    structure, assessment = session
    respondent = respondents.add_respondent(store, assessment.id, "management")
    respondents.save_answer(store, respondent.id, "contract_type", value="volunteer")
    action_plan.sync_plan(store, assessment.id)
    other = structures.create_structure(store, "Autre")
    counts = structures.delete_structure(store, structure.id)
    assert counts["assessments"] == 1 and counts["answers"] == 1 and counts["actions"] >= 1
    for table in ("assessments", "assessment_groups", "respondents", "answers", "actions", "results_cache"):
        assert store.db[table].count == 0, table
    assert [s.structure.id for s in summaries.list_structures(store)] == [other.id]


def test_the_overview_is_anonymous(store, bundled):
    for name, example in (("CHRS A", "chrs-mal-prepare.yaml"), ("Service B", "service-bien-prepare.yaml")):
        recording.record(store, name, answers.load(ROOT / "examples" / example), bundled)
    data = history.overview(store)
    assert data["structures"] == 2 and data["levels"]["not_ready"] == 1 and data["levels"]["ready"] == 1
    assert data["stages"]["recruiting"] == 1 and data["stages"]["established"] == 1
    assert data["flags"][0]["structures"] == 1
    text = str(data)
    assert "CHRS A" not in text and "Service B" not in text
