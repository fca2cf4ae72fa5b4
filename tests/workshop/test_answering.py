"""One respondent answering, without Qt: what the screen shows, what each key does, what is stored."""

import contextlib

import pytest

from peerready.store import errors, respondents
from peerready.store.faults import StoreError
from peerready.workshop import answering, collecting
from tests.workshop.conftest import start


def person(store, assessment, group="peer"):
    respondent = collecting.new_person(store, assessment.id, group)
    return answering.open_session(store, respondent.id)


def stored(store, s):
    return respondents.respondent_answers(store, s.respondent.id)


def test_a_session_shows_the_questions_of_its_group_stage_and_version(store, mini, assessment):
    s = person(store, assessment)
    assert [q.id for q in s.questions] == ["team_consulted", "dirty_work_risk"]  # the peer, while integrating
    assert (s.index, s.number, s.count, s.is_first, s.is_last) == (0, 1, 2, True, False)
    assert s.text == s.question.text_for("peer", "integrating") != s.question.text  # worded for the peer
    assert s.dimension_label == mini.dimension("team").label and s.sources == (
        "Le travailleur pair, ce nouveau collègue",
    )
    assert s.shown == answering.NOTHING and s.comment == "" and not s.divided
    assert [(d.id, d.done, d.total, d.current) for d in s.progress] == [("team", 0, 2, True)]
    assert s.minutes == 1
    short = start(store, mini, {"management": "consensus"}, stage="preparing", short=True)
    common = answering.open_session(store, collecting.common_answer(store, short.id, "management").id)
    assert [q.id for q in common.questions] == ["team_consulted", "contract_type"]


def test_a_number_key_saves_the_answer_at_once_and_stays_on_the_question(store, assessment):
    s = person(store, assessment)
    s = answering.answer_number(store, s, 2)
    assert stored(store, s) == {
        "team_consulted": {"value": "rather_yes", "counts": None, "comment": None, "divided": False}
    }
    assert s.index == 0 and s.shown.value == "rather_yes" and not s.unsaved
    assert s.answered == {"team_consulted"} and s.progress[0].done == 1
    assert answering.answer_number(store, s, 9) is s  # no such option: nothing happens
    assert answering.choose_number(s, 0) is None


def test_moving_keeps_where_the_respondent_stands_in_the_database(store, assessment):
    s = person(store, assessment)
    assert respondents.get_respondent(store, s.respondent.id).position == "team_consulted"
    assert answering.previous_question(store, s) is s  # never back to the previous person
    s = answering.next_question(store, s)
    assert s.index == 1 and s.is_last
    assert respondents.get_respondent(store, s.respondent.id).position == "dirty_work_risk"
    s = answering.go_to(store, s, 99)  # clamped
    assert s.index == 1
    s = answering.previous_question(store, s)
    assert respondents.get_respondent(store, s.respondent.id).position == "team_consulted"


def test_a_comment_typed_before_the_answer_waits_for_it(store, assessment):
    s = person(store, assessment)
    s = answering.draft_comment(s, "A discuter")
    assert s.comment_waiting and s.comment == "A discuter"
    s = answering.comment(store, s)  # no answer yet: nothing is written
    assert stored(store, s) == {}
    s = answering.answer(store, s, "rather_no")
    assert stored(store, s)["team_consulted"]["comment"] == "A discuter"
    assert not s.comment_waiting and s.drafts == {}


def test_a_comment_on_an_answered_question_is_saved_once(store, assessment):
    s = answering.answer(store, person(store, assessment), "fully")
    s = answering.comment(store, s, "  Pas encore  ")
    assert stored(store, s)["team_consulted"]["comment"] == "Pas encore"
    assert answering.comment_change(s) is None  # the same text again: nothing to write
    assert answering.comment_change(answering.draft_comment(s, "Pas encore ")) is None
    s = answering.go_to(store, answering.draft_comment(s, "Autre chose"), 1)  # moving saves it
    assert stored(store, s)["team_consulted"]["comment"] == "Autre chose"


def test_a_tally_is_stored_as_counts_and_taken_back_at_zero(store, assessment):
    sheet = collecting.tally_sheet(store, assessment.id, "team")
    s = answering.open_session(store, sheet.id)
    s = answering.set_tally(store, s, {"fully": 3, "rather_yes": 5, "rather_no": 0})
    assert stored(store, s)["team_consulted"]["counts"] == {"fully": 3, "rather_yes": 5}
    assert s.shown.counts == {"fully": 3, "rather_yes": 5}
    s = answering.set_tally(store, s, {"fully": 0, "rather_yes": 0})
    assert stored(store, s) == {} and not s.unsaved
    untouched = answering.count(s, {"fully": 0})  # zero where nothing is stored: nothing to write
    assert untouched.pending is None
    with pytest.raises(errors.RecordError):
        answering.choose(s, "fully")
    with pytest.raises(errors.RecordError):
        answering.count(person(store, assessment), {"fully": 1})


def test_divided_views_wait_for_the_common_answer_then_are_saved_with_it(store, assessment):
    s = answering.open_session(store, collecting.common_answer(store, assessment.id, "management").id)
    s = answering.set_divided(store, s, True)
    assert s.divided and stored(store, s) == {}
    s = answering.answer(store, s, "rather_no")
    assert stored(store, s)["team_consulted"]["divided"] is True and s.divided_draft is None
    s = answering.set_divided(store, s, False)
    assert stored(store, s)["team_consulted"]["divided"] is False
    s = answering.move(answering.mark_divided(answering.move(s, 1), True), 0)
    assert not s.divided  # a mark waiting for an answer stays behind on its question
    with pytest.raises(errors.RecordError):
        answering.mark_divided(person(store, assessment), True)


def test_a_jump_to_a_dimension_lands_on_its_first_question_without_an_answer(store, mini):
    assessment = start(store, mini, {"team": "individual"})
    s = answering.open_session(store, collecting.new_person(store, assessment.id, "team").id)
    assert [q.id for q in s.questions] == ["team_consulted", "team_agrees", "dirty_work_risk", "pay_level"]
    s = answering.answer(store, s, "fully")
    s = answering.go_to_dimension(store, s, "employment")
    assert s.question.id == "pay_level"
    s = answering.go_to_dimension(store, s, "team")
    assert s.question.id == "team_agrees"
    assert answering.go_to_dimension(store, s, "unknown") is s


@contextlib.contextmanager
def failing(store, monkeypatch):
    """Every write of the store fails as on a full disk."""

    @contextlib.contextmanager
    def write():
        raise StoreError("Le disque est plein.", "full")
        yield  # pragma: no cover

    with monkeypatch.context() as patch:
        patch.setattr(store, "write", write)
        yield


def test_an_answer_that_cannot_be_saved_stays_on_screen_marked_and_finishing_waits(store, assessment, monkeypatch):
    s = person(store, assessment)
    with failing(store, monkeypatch):
        chosen = answering.choose(s, "rather_yes")
        with pytest.raises(StoreError):
            answering.save(store, chosen)
        assert stored(store, s) == {}
        s = answering.move(chosen, 1)  # the face keeps what was chosen, and the person moves on
        assert not s.is_unsaved
        refused = answering.finish(store, s)
    assert not refused.finished and refused.index == 0 and refused.is_unsaved
    assert refused.shown.value == "rather_yes"
    assert refused.first_unsaved == 0
    s = answering.answer(store, refused, "rather_yes")  # chosen again once the disk is back
    assert not s.unsaved and stored(store, s)["team_consulted"]["value"] == "rather_yes"


def test_finishing_a_person_records_it_and_frees_nothing(store, assessment):
    s = answering.answer(store, person(store, assessment), "fully")
    s = answering.finish(store, answering.next_question(store, s))
    assert s.finished
    respondent = respondents.get_respondent(store, s.respondent.id)
    assert respondent.finished and respondent.position is None
    assert answering.open_session(store, respondent.id).finished
    again = collecting.new_person(store, assessment.id, "peer")
    assert again.id != respondent.id  # a finished person's place is never given again


def test_finishing_a_tally_sheet_leaves_it_open_for_later(store, assessment):
    sheet = collecting.tally_sheet(store, assessment.id, "team")
    s = answering.remember(store, answering.open_session(store, sheet.id))
    s = answering.finish(store, answering.set_tally(store, s, {"fully": 2}))
    respondent = respondents.get_respondent(store, sheet.id)
    assert s.finished and not respondent.finished and respondent.position is None
    assert answering.open_session(store, sheet.id).index == 1  # the first question without a count


def test_nobody_answers_a_closed_collection(store, assessment):
    s = person(store, assessment)
    collecting.close(store, assessment.id)
    with pytest.raises(errors.RecordError, match="close"):
        answering.answer(store, s, "fully")
    assert stored(store, s) == {}
