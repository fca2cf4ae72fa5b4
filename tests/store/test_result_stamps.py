"""Results are computed once per change of what they depend on, whoever makes the change.

Each assessment has a result stamp kept by triggers (``migrations._result_stamps``): results in
memory and the summary kept for the lists are valid only for the stamp they were computed at.
"""

import sqlite3

import pytest

from peerready import paths
from peerready.store import action_plan, assessments, respondents, structures, summaries
from peerready.store import migrations as schema
from peerready.store.database import Store
from peerready.workshop import collecting, preparing


@pytest.fixture
def folder(tmp_path):
    return tmp_path / "data"


@pytest.fixture
def store(folder):
    with Store.open(folder, automatic_backup=False) as s:
        yield s


@pytest.fixture
def closed(store, mini):
    """A closed assessment with a common answer from management and one team member."""
    structure = structures.create_structure(store, "CHRS Les Tilleuls")
    assessment = preparing.start_assessment(
        store, structure.id, mini, "integrating", {"management": "consensus", "team": "individual"}
    )
    management = respondents.add_respondent(store, assessment.id, "management")
    respondents.save_answer(store, management.id, "contract_type", value="fixed_term_short")
    respondents.save_answer(store, management.id, "team_consulted", value="rather_no")
    member = respondents.add_respondent(store, assessment.id, "team")
    respondents.save_answer(store, member.id, "team_consulted", value="not_at_all")
    collecting.close(store, assessment.id)
    return assessment.id, management.id, member.id


def stamp(store, assessment_id):
    return store.db.execute("SELECT stamp FROM result_stamps WHERE assessment_id = ?", [assessment_id]).fetchone()[0]


def kept(store, assessment_id):
    return store.db.execute("SELECT level FROM results_cache WHERE assessment_id = ?", [assessment_id]).fetchone()


def open_assessment(store, assessment_id):
    """What the app does to show an assessment: its results, then its plan."""
    assessments.get_assessment(store, assessment_id)
    computed = summaries.assessment_results(store, assessment_id)
    return computed, action_plan.sync_plan(store, assessment_id)


def traced(store, function):
    statements = []
    store.db._tracer = lambda sql, params: statements.append(sql.split()[0].upper())
    try:
        function()
    finally:
        store.db._tracer = None
    return statements


def test_reopening_an_unchanged_assessment_only_reads_a_few_rows(store, closed):
    assessment_id = closed[0]
    first = traced(store, lambda: open_assessment(store, assessment_id))
    again = traced(store, lambda: open_assessment(store, assessment_id))
    assert set(again) == {"SELECT"}, again  # nothing written, no transaction, no PRAGMA
    assert len(again) <= 8, again
    assert len(first) > len(again)
    assert kept(store, assessment_id) is not None


def test_opening_twice_computes_the_results_once(store, closed, monkeypatch):
    assessment_id = closed[0]
    calls = []
    real = summaries.results.compute
    monkeypatch.setattr(summaries.results, "compute", lambda *a, **k: calls.append(1) or real(*a, **k))
    open_assessment(store, assessment_id)
    assert calls == []  # computed when the collection closed, to keep its summary
    store.forget_memos()  # as in a new process
    open_assessment(store, assessment_id)
    open_assessment(store, assessment_id)
    assert len(calls) == 1


def test_the_plan_is_written_once_then_only_read(store, closed):
    assessment_id = closed[0]
    _, plan = open_assessment(store, assessment_id)
    assert plan, "the mini questionnaire suggests actions for a short fixed-term contract"
    store.plan_memo.clear()  # another process that never merged this plan: it writes nothing either
    statements = traced(store, lambda: action_plan.sync_plan(store, assessment_id))
    assert not {"INSERT", "UPDATE", "DELETE", "BEGIN"} & set(statements), statements


CHANGES = {
    "an answer changed": lambda s, ids: respondents.save_answer(s, ids[1], "contract_type", value="permanent"),
    "an answer cleared": lambda s, ids: respondents.clear_answer(s, ids[1], "contract_type"),
    "a person added": lambda s, ids: respondents.add_respondent(s, ids[0], "team"),
    "a consent given": lambda s, ids: respondents.set_consent(s, ids[2], "all"),
    "the stage changed": lambda s, ids: s.db.execute(
        "UPDATE assessments SET stage = 'preparing' WHERE id = ?", [ids[0]]
    ),
    "the posts changed": lambda s, ids: s.db.execute("UPDATE assessments SET posts = '[]' WHERE id = ?", [ids[0]]),
    "a group's mode changed": lambda s, ids: s.db.execute(
        "UPDATE assessment_groups SET mode = 'tally' WHERE assessment_id = ? AND group_id = 'team'", [ids[0]]
    ),
    "the structure renamed": lambda s, ids: s.db.execute("UPDATE structures SET name = 'CHRS Les Lilas'"),
    "a person's answers deleted": lambda s, ids: s.db.execute("DELETE FROM respondents WHERE id = ?", [ids[2]]),
}


@pytest.mark.parametrize("change", sorted(CHANGES))
def test_every_change_of_what_results_depend_on_gives_a_new_stamp(store, closed, change):
    assessment_id = closed[0]
    open_assessment(store, assessment_id)
    before = stamp(store, assessment_id)
    assert kept(store, assessment_id) is not None
    CHANGES[change](store, closed)
    assert stamp(store, assessment_id) != before
    assert kept(store, assessment_id) is None  # the summary of the old answers is gone with them
    calls = []
    real = summaries.results.compute
    summaries.results.compute = lambda *a, **k: calls.append(1) or real(*a, **k)
    try:
        open_assessment(store, assessment_id)
    finally:
        summaries.results.compute = real
    assert calls, "the results were computed again"


def test_moving_from_question_to_question_keeps_the_results(store, closed):
    assessment_id, _, member = closed
    open_assessment(store, assessment_id)
    before = stamp(store, assessment_id)
    respondents.set_position(store, member, "team_consulted")
    respondents.finish_respondent(store, member)
    assert stamp(store, assessment_id) == before


def test_an_answer_given_by_another_program_is_seen_at_once(store, closed, folder):
    assessment_id, management, _ = closed
    computed, _ = open_assessment(store, assessment_id)
    assert "contract_precarious" in {f.id for f in computed.flags}
    raw = sqlite3.connect(paths.database_path(folder))  # not even PeerReady: the triggers see it all the same
    raw.execute(
        "UPDATE answers SET value = 'permanent' WHERE respondent_id = ? AND question_id = 'contract_type'",
        [management],
    )
    raw.commit()
    raw.close()
    computed, _ = open_assessment(store, assessment_id)
    assert "contract_precarious" not in {f.id for f in computed.flags}


def test_a_summary_computed_before_a_change_is_not_kept(store, closed):
    assessment_id, management, _ = closed
    old_stamp = stamp(store, assessment_id)
    computed = summaries.compute(store, assessment_id)
    respondents.save_answer(store, management, "contract_type", value="permanent")  # meanwhile, elsewhere
    summaries.keep_summary(store, assessment_id, old_stamp, computed)
    assert kept(store, assessment_id) is None


def test_a_restored_backup_shows_its_own_results(store, closed, tmp_path):
    assessment_id, management, _ = closed
    open_assessment(store, assessment_id)
    backup = store.backup("manuelle", tmp_path / "before.sqlite3")
    respondents.save_answer(store, management, "contract_type", value="permanent")
    assert "contract_precarious" not in {f.id for f in open_assessment(store, assessment_id)[0].flags}
    store.restore(backup)
    assert "contract_precarious" in {f.id for f in open_assessment(store, assessment_id)[0].flags}


def test_a_database_from_before_the_stamps_gets_one_per_assessment(folder, mini):
    with Store.open(folder, automatic_backup=False) as store:
        structure = structures.create_structure(store, "Accueil de jour")
        first = preparing.start_assessment(store, structure.id, mini, "preparing", {"management": "consensus"})
    conn = sqlite3.connect(paths.database_path(folder), isolation_level=None)
    conn.execute("DROP TABLE result_stamps")
    for (name,) in conn.execute("SELECT name FROM sqlite_master WHERE type = 'trigger' AND name LIKE '%stamp%'"):
        conn.execute(f"DROP TRIGGER {name}")
    conn.execute("DELETE FROM _sqlite_migrations WHERE name = '0005_result_stamps'")
    conn.close()
    with Store.open(folder, automatic_backup=False) as store:
        assert stamp(store, first.id)
        assert "0005_result_stamps" in schema.KNOWN_MIGRATIONS
