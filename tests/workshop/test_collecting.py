"""The hub of a collection, without Qt: groups, who finished, who is in progress, places, closing."""

import pytest

from peerready.store import errors, respondents
from peerready.workshop import answering, collecting


def test_the_overview_lists_each_group_with_its_mode_and_questions_and_no_result(store, assessment):
    overview = collecting.collection(store, assessment.id)
    assert [(g.id, g.mode, g.questions, g.people) for g in overview.groups] == [
        ("management", "consensus", 4, ()),
        ("team", "tally", 4, ()),
        ("peer", "individual", 2, ()),
    ]
    assert not overview.closed and not overview.results_visible
    with pytest.raises(errors.RecordError):
        overview.group("people")


def test_people_finished_and_in_progress_are_counted(store, assessment):
    first = answering.open_session(store, collecting.new_person(store, assessment.id, "peer").id)
    first = answering.finish(store, answering.next_question(store, answering.answer(store, first, "fully")))
    second = answering.open_session(store, collecting.new_person(store, assessment.id, "peer").id)
    answering.answer(store, second, "rather_no")
    collecting.new_person(store, assessment.id, "peer")  # on the hand-over screen: not in progress yet
    peer = collecting.collection(store, assessment.id).group("peer")
    assert [(p.respondent.number, p.answered, p.total, p.done, p.in_progress) for p in peer.people] == [
        (1, 1, 2, True, False),
        (2, 1, 2, False, True),
        (3, 0, 2, False, False),
    ]
    assert [p.respondent.number for p in peer.done] == [1] and [p.respondent.number for p in peer.in_progress] == [2]


def test_the_progress_of_everyone_takes_one_query(store, assessment):
    for _ in range(5):
        s = answering.open_session(store, collecting.new_person(store, assessment.id, "peer").id)
        answering.answer(store, s, "fully")
    statements = []
    store.conn.set_trace_callback(statements.append)
    try:
        overview = collecting.collection(store, assessment.id)
    finally:
        store.conn.set_trace_callback(None)
    assert [p.answered for p in overview.group("peer").people] == [1] * 5
    assert len([sql for sql in statements if "answers" in sql]) == 1


def test_a_place_left_without_any_answer_is_used_again_and_a_place_in_use_never(store, assessment):
    taken = collecting.new_person(store, assessment.id, "peer")
    assert taken.position == "team_consulted"
    other = collecting.new_person(store, assessment.id, "peer")  # someone is on the first place
    assert other.id != taken.id
    answering.leave(store, answering.open_session(store, taken.id))  # back to the overview, no answer
    assert respondents.get_respondent(store, taken.id).position is None
    assert collecting.new_person(store, assessment.id, "peer").id == taken.id
    answered = answering.answer(store, answering.open_session(store, other.id), "fully")
    answering.leave(store, answered)  # with an answer the place stays theirs
    assert respondents.get_respondent(store, other.id).position == "team_consulted"
    assert collecting.new_person(store, assessment.id, "peer").number == 3


def test_tally_sheets_and_the_common_answer(store, assessment):
    sheet = collecting.tally_sheet(store, assessment.id, "team")
    assert collecting.tally_sheet(store, assessment.id, "team").id == sheet.id
    second = collecting.tally_sheet(store, assessment.id, "team", new_sheet=True)
    assert second.number == 2
    answering.set_tally(store, answering.open_session(store, second.id), {"fully": 4})
    team = collecting.collection(store, assessment.id).group("team")
    assert [p.respondent.id for p in team.people] == [sheet.id, second.id] and team.answered == 1
    common = collecting.common_answer(store, assessment.id, "management")
    assert collecting.common_answer(store, assessment.id, "management").id == common.id


def test_each_place_fits_the_way_its_group_answers(store, assessment):
    with pytest.raises(errors.RecordError):
        collecting.new_person(store, assessment.id, "team")  # the team answers by tally
    with pytest.raises(errors.RecordError):
        collecting.tally_sheet(store, assessment.id, "peer")
    with pytest.raises(errors.RecordError):
        collecting.common_answer(store, assessment.id, "people")  # not taking part


def test_results_may_be_shown_once_the_collection_is_closed_and_nobody_answers_then(store, assessment):
    closed = collecting.close(store, assessment.id)
    assert closed.closed and collecting.collection(store, assessment.id).results_visible
    with pytest.raises(errors.RecordError, match="close"):
        collecting.new_person(store, assessment.id, "peer")
    reopened = collecting.reopen(store, assessment.id)
    assert not reopened.closed and not collecting.collection(store, assessment.id).results_visible
    assert collecting.new_person(store, assessment.id, "peer").number == 1
