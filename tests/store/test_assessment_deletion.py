"""Deleting one assessment (empty, or started by mistake): after a backup, only it, the chain of previous ones kept."""

import pytest

from peerready import paths
from peerready.store import action_plan, assessments, history, respondents, structures, summaries
from peerready.store.database import Store
from peerready.store.faults import StoreError
from peerready.workshop import preparing

GROUPS = {"management": "consensus", "team": "tally", "peer": "individual"}


@pytest.fixture
def store(tmp_path):
    with Store.open(tmp_path / "data", automatic_backup=False) as s:
        yield s


def answered_and_planned(store, assessment):
    """One answer from management, and the plan of the assessment with its first action in progress."""
    respondent = respondents.add_respondent(store, assessment.id, "management")
    respondents.save_answer(store, respondent.id, "contract_type", value="volunteer")
    plan = action_plan.sync_plan(store, assessment.id)
    action_plan.update_action(store, plan[0].id, status="doing")
    return action_plan.list_actions(store, assessment.id)


def counts_of_other_tables(store, assessment_id):
    rows = {
        "respondents": "SELECT count(*) FROM respondents WHERE assessment_id = ?",
        "answers": "SELECT count(*) FROM answers x JOIN respondents r ON r.id = x.respondent_id "
        "WHERE r.assessment_id = ?",
        "actions": "SELECT count(*) FROM actions WHERE assessment_id = ?",
        "groups": "SELECT count(*) FROM assessment_groups WHERE assessment_id = ?",
    }
    return {name: store.db.execute(sql, [assessment_id]).fetchone()[0] for name, sql in rows.items()}


def test_a_second_session_started_by_mistake_is_deleted_and_the_real_one_is_the_latest_again(store, mini):
    structure = structures.create_structure(store, "CHRS Les Tilleuls")
    real = preparing.start_assessment(store, structure.id, mini, "integrating", GROUPS)
    real_actions = answered_and_planned(store, real)
    before = counts_of_other_tables(store, real.id)
    mistake = preparing.start_assessment(store, structure.id, mini, "integrating", GROUPS)  # Ctrl+E by accident
    assert assessments.latest_assessment(store, structure.id).id == mistake.id
    assert [a.id for a in assessments.open_assessments(store, structure.id)] == [mistake.id, real.id]

    counts = assessments.deletion_counts(store, mistake.id)
    assert counts == {"respondents": 0, "answers": 0, "actions": len([a for a in real_actions if a.open])}
    assert assessments.delete_assessment(store, mistake.id) == counts

    assert assessments.latest_assessment(store, structure.id).id == real.id
    assert [a.id for a, _ in summaries.list_assessments(store, structure.id)] == [real.id]
    assert counts_of_other_tables(store, real.id) == before  # the other assessment keeps everything
    assert action_plan.list_actions(store, real.id) == real_actions
    assert counts_of_other_tables(store, mistake.id) == {"respondents": 0, "answers": 0, "actions": 0, "groups": 0}
    # The backup came first, named for what it is before.
    assert [p.name for p in paths.backups_dir(store.path.parent).iterdir() if "avant-suppression" in p.name]

    # The next assessment starts from the real previous one, and carries its open actions.
    following = preparing.start_assessment(store, structure.id, mini, "integrating", GROUPS)
    assert following.previous_id == real.id
    carried = action_plan.list_actions(store, following.id)
    assert {a.carried_from for a in carried} == {a.id for a in real_actions if a.open}


def test_deleting_one_in_the_middle_keeps_the_chain_to_the_real_previous_assessment(store, mini):
    structure = structures.create_structure(store, "Accueil de jour")
    first = preparing.start_assessment(store, structure.id, mini, "integrating", GROUPS)
    first_actions = answered_and_planned(store, first)
    assessments.set_collection_closed(store, first.id, True)
    mistake = preparing.start_assessment(store, structure.id, mini, "integrating", GROUPS)
    # Answered and closed, it is the last assessment (an empty or open one never is): the third follows it.
    respondent = respondents.add_respondent(store, mistake.id, "management")
    respondents.save_answer(store, respondent.id, "contract_type", value="volunteer")
    assessments.set_collection_closed(store, mistake.id, True)
    third = preparing.start_assessment(store, structure.id, mini, "integrating", GROUPS)
    assert third.previous_id == mistake.id
    third_before = action_plan.list_actions(store, third.id)
    assert third_before  # carried through the mistaken one

    assessments.delete_assessment(store, mistake.id)

    assert assessments.get_assessment(store, third.id).previous_id == first.id
    third_after = action_plan.list_actions(store, third.id)
    # Same actions, same statuses and texts; each now comes from the first assessment's action.
    assert [(a.id, a.title, a.status) for a in third_after] == [(a.id, a.title, a.status) for a in third_before]
    assert {a.carried_from for a in third_after} == {a.id for a in first_actions if a.open}
    # Comparing the first with the third follows the actions as before.
    compared = history.compare(store, first.id, third.id)
    assert [entry["status_now"] for entry in compared["actions"]] == [
        next((b.status for b in third_after if b.carried_from == a.id), a.status) for a in first_actions
    ]
    assert respondents.list_respondents(store, first.id)  # the first one's answers are still there


def test_when_the_backup_cannot_be_made_nothing_is_deleted(tmp_path, mini):
    data_dir = tmp_path / "data"
    with Store.open(data_dir, automatic_backup=False) as store:
        structure = structures.create_structure(store, "Le Phare")
        assessment = preparing.start_assessment(store, structure.id, mini, "integrating", GROUPS)
    paths.backups_dir(data_dir).write_text("pas un dossier")
    with Store.open(data_dir, automatic_backup=False) as store:
        with pytest.raises(StoreError) as info:
            assessments.delete_assessment(store, assessment.id)
        assert "L'évaluation n'a pas été supprimée" in str(info.value) and "sauvegarde" in str(info.value)
        assert assessments.get_assessment(store, assessment.id).id == assessment.id


def test_an_assessment_in_memory_is_deleted_without_a_backup(mini):
    with Store.memory() as store:
        structure = structures.create_structure(store, "Le Phare")
        assessment = preparing.start_assessment(store, structure.id, mini, "integrating", GROUPS)
        assessments.delete_assessment(store, assessment.id)
        assert assessments.latest_assessment(store, structure.id) is None
