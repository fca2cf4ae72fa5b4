"""Where to resume, without Qt: the rules, the screen a session reopens on, and positions that travel.

Where each respondent stands is kept in the database: it survives a restart, a backup restored,
a ``.peerready`` file exported and imported elsewhere, and a database from before it was kept.
"""

import sqlite3
from contextlib import closing

import pytest
from sqlite_utils import Migrations

from peerready import paths
from peerready.store import bundle, respondents
from peerready.store import migrations as schema
from peerready.store.database import Store, new_id, now
from peerready.workshop import answering, collecting, resume
from tests.store.test_bundle import rewrite
from tests.workshop.conftest import start


class Q:
    def __init__(self, id):
        self.id = id


QUESTIONS = [Q("a"), Q("b"), Q("c"), Q("d")]


@pytest.mark.parametrize(
    ("answered", "position", "exact", "index"),
    [
        (set(), None, False, 0),
        ({"a", "b"}, None, False, 2),
        ({"a"}, "c", True, 2),  # the same screen opened again: exactly there
        ({"a", "c"}, "c", True, 2),
        ({"a", "c"}, "c", False, 3),  # resumed later: the next question without an answer from there
        ({"c", "d"}, "c", False, 0),  # … then from the start
        ({"a", "b", "c", "d"}, "c", False, 0),  # all answered: from the top
        ({"a"}, "gone", True, 1),  # a question no longer asked: as if nowhere
    ],
)
def test_where_a_respondent_resumes(answered, position, exact, index):
    assert resume.resume_index(QUESTIONS, answered, position, exact=exact) == index
    assert resume.resume_index([], answered, position, exact=exact) == 0


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("", resume.Pointer()),
        (None, resume.Pointer()),
        ("pas du json", resume.Pointer()),
        ("[1, 2]", resume.Pointer()),
        ('{"screen": "question"}', resume.Pointer()),
        ('{"screen": "ailleurs", "respondent": "r"}', resume.Pointer()),
        ('{"screen": "handover", "respondent": "r"}', resume.Pointer("handover", "r")),
        ('{"screen": "question", "respondent": "r", "index": 3}', resume.Pointer("question", "r", 3)),
        ('{"screen": "question", "respondent": "r", "index": true}', resume.Pointer("question", "r")),
        ('{"screen": "overview", "respondent": "r", "index": 3}', resume.Pointer()),
    ],
)
def test_a_pointer_is_read_forgivingly(text, expected):
    assert resume.read_pointer(text) == expected


def test_a_pointer_written_is_read_back_without_an_index():
    pointer = resume.Pointer("question", "r", 4)
    assert resume.read_pointer(resume.write_pointer(pointer)) == resume.Pointer("question", "r")


def test_what_a_reopened_session_shows(store, assessment):
    overview = resume.Pointer()
    assert resume.reopen(store, assessment.id, overview) == resume.Reopening("overview")
    person = collecting.new_person(store, assessment.id, "peer")
    reopening = resume.reopen(store, assessment.id, resume.Pointer("question", person.id))
    assert (reopening.screen, reopening.respondent.id, reopening.resuming) == ("handover", person.id, True)
    reopening = resume.reopen(store, assessment.id, resume.Pointer("handover", person.id))
    assert (reopening.screen, reopening.resuming) == ("handover", False)
    common = collecting.common_answer(store, assessment.id, "management")
    assert resume.reopen(store, assessment.id, resume.Pointer("question", common.id)).screen == "question"
    assert resume.reopen(store, assessment.id, resume.Pointer("question", new_id())).screen == "overview"
    collecting.close(store, assessment.id)
    assert resume.reopen(store, assessment.id, resume.Pointer("question", person.id)).screen == "closed"


def test_a_finished_person_or_one_of_another_assessment_is_not_reopened(store, mini, assessment):
    person = collecting.new_person(store, assessment.id, "peer")
    respondents.finish_respondent(store, person.id)
    assert resume.reopen(store, assessment.id, resume.Pointer("question", person.id)).screen == "overview"
    other = start(store, mini, {"peer": "individual"})
    elsewhere = collecting.new_person(store, other.id, "peer")
    assert resume.reopen(store, assessment.id, resume.Pointer("question", elsewhere.id)).screen == "overview"


def test_the_index_kept_by_an_older_peerready_is_used_once_for_a_respondent_with_no_position(store, assessment):
    common = collecting.common_answer(store, assessment.id, "management")
    reopening = resume.reopen(
        store, assessment.id, resume.read_pointer(f'{{"screen": "question", "respondent": "{common.id}", "index": 2}}')
    )
    assert reopening.legacy_index == 2
    s = answering.open_session(store, common.id, exact=True, legacy_index=reopening.legacy_index)
    assert s.index == 2
    answering.remember(store, answering.move(s, 1))  # from now on the database says where
    reopening = resume.reopen(store, assessment.id, resume.Pointer("question", common.id, 2))
    assert reopening.legacy_index is None
    assert answering.open_session(store, common.id, exact=True).index == 1


def test_a_position_survives_a_backup_restored(store, folder, assessment, tmp_path):
    s = answering.open_session(store, collecting.new_person(store, assessment.id, "peer").id)
    s = answering.next_question(store, answering.answer(store, s, "fully"))
    saved = store.backup(target=tmp_path / "copie.sqlite3")
    answering.previous_question(store, s)
    assert respondents.get_respondent(store, s.respondent.id).position == "team_consulted"
    store.restore(saved)
    assert respondents.get_respondent(store, s.respondent.id).position == "dirty_work_risk"
    assert answering.open_session(store, s.respondent.id, exact=True).index == 1


def test_a_position_travels_in_a_peerready_file(store, assessment, tmp_path):
    s = answering.open_session(store, collecting.new_person(store, assessment.id, "peer").id)
    s = answering.next_question(store, answering.answer(store, s, "fully"))
    path = tmp_path / "collecte.peerready"
    bundle.export(store, path, assessment_id=assessment.id)
    with Store.open(tmp_path / "autre-portable", automatic_backup=False) as other:
        bundle.import_bundle(other, path)
        moved = respondents.get_respondent(other, s.respondent.id)
        assert moved.position == "dirty_work_risk" and moved.updated_at
        assert answering.open_session(other, moved.id, exact=True).index == 1
        # Continued on the other laptop: coming back, the newer position wins, once.
        answering.previous_question(other, answering.open_session(other, moved.id, exact=True))
        back = tmp_path / "retour.peerready"
        bundle.export(other, back, assessment_id=assessment.id)
    report = bundle.import_bundle(store, back)
    assert report.respondents == 1
    assert respondents.get_respondent(store, s.respondent.id).position == "team_consulted"
    assert bundle.import_bundle(store, back).changed == 0
    bundle.import_bundle(store, path)  # the older file changes nothing
    assert respondents.get_respondent(store, s.respondent.id).position == "team_consulted"


def test_a_bundle_placing_a_respondent_on_a_question_not_asked_to_them_is_refused(store, assessment, tmp_path):
    collecting.new_person(store, assessment.id, "peer")
    good = tmp_path / "bon.peerready"
    bundle.export(store, good, assessment_id=assessment.id)

    def misplaced(data):
        data["respondents"][0]["position"] = "contract_type"  # asked to the management only

    bad = rewrite(good, tmp_path / "mauvais.peerready", mutate_data=misplaced)
    with pytest.raises(bundle.BundleError, match="position"):
        bundle.read(bad)


def test_a_database_from_before_positions_opens_after_a_backup(folder, mini, monkeypatch):
    older = Migrations("peerready")
    first = schema.migrations._migrations[0]
    older(name=first.name)(first.fn)
    with monkeypatch.context() as patch:
        patch.setattr(schema, "migrations", older)
        patch.setattr(schema, "KNOWN_MIGRATIONS", [first.name])
        with Store.open(folder, automatic_backup=False) as store:
            assessment = start(store, mini, {"peer": "individual"})
            respondent_id = new_id()
            store.db["respondents"].insert(
                {
                    "id": respondent_id,
                    "assessment_id": assessment.id,
                    "group_id": "peer",
                    "mode": "individual",
                    "number": 1,
                    "created_at": now(),
                    "finished_at": None,
                }
            )
            store.db["answers"].insert(
                {
                    "respondent_id": respondent_id,
                    "question_id": "team_consulted",
                    "value": "fully",
                    "divided": 0,
                    "answered_at": now(),
                }
            )
    with Store.open(folder, automatic_backup=False) as store:
        person = respondents.get_respondent(store, respondent_id)
        assert person.position is None and person.updated_at is None
        assert collecting.collection(store, assessment.id).group("peer").in_progress[0].respondent.id == person.id
        s = answering.open_session(store, person.id)
        assert s.index == 1  # no position yet: the first question without an answer
        answering.remember(store, s)
        assert respondents.get_respondent(store, person.id).position == "dirty_work_risk"
    saved = list(paths.backups_dir(folder).glob("*avant-mise-a-jour*"))
    assert len(saved) == 1
    with closing(sqlite3.connect(saved[0])) as conn:
        assert "position" not in [c[1] for c in conn.execute("PRAGMA table_info(respondents)")]
