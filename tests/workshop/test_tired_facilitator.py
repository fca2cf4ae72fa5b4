"""The rules behind what a tired facilitator gets wrong, without Qt: open sessions, passed questions,
people present for a tally, what closing would leave unfinished."""

from peerready.store import assessments, structures
from peerready.workshop import answering, collecting, headcount, preparing, skipping
from tests.workshop.conftest import start


def test_the_open_collections_of_a_structure_are_said_newest_first_with_their_answers(store, mini):
    structure = structures.create_structure(store, "CHRS Les Tilleuls")
    assert preparing.open_collections(store, structure.id) == ()
    groups = {"management": "consensus", "peer": "individual"}
    closed = preparing.start_assessment(store, structure.id, mini, "integrating", groups)
    collecting.close(store, closed.id)
    assert preparing.open_collections(store, structure.id) == ()
    first = preparing.start_assessment(store, structure.id, mini, "integrating", groups)
    s = answering.open_session(store, collecting.common_answer(store, first.id, "management").id)
    answering.next_question(store, answering.answer(store, s, "fully"))
    second = preparing.start_assessment(store, structure.id, mini, "integrating", groups)
    found = preparing.open_collections(store, structure.id)
    assert [(c.assessment.id, c.answers) for c in found] == [(second.id, 0), (first.id, 1)]
    other = structures.create_structure(store, "Autre")
    assert preparing.open_collections(store, other.id) == ()


def test_questions_passed_without_an_answer_are_found_and_counted(store, assessment):
    s = answering.open_session(store, collecting.common_answer(store, assessment.id, "management").id)
    assert [p.number for p in skipping.passed(s)] == [1, 2, 3, 4]
    assert skipping.unanswered(s)
    s = answering.go_to(store, answering.answer_number(store, s, 1), 1)  # question 1 answered, on question 2
    assert not skipping.unanswered(s, 0) and skipping.unanswered(s)
    s = answering.go_to(store, s, 2)  # question 2 passed
    assert skipping.passed_before(s) == 1
    s = answering.go_to(store, answering.answer_number(store, s, 2), 3)
    passed = skipping.passed(s)
    assert [(p.index, p.number) for p in passed] == [(1, 2), (3, 4)]
    assert passed[0].text == s.questions[1].text_for("management", s.stage)
    assert passed[0].dimension == s.questionnaire.dimension(s.questions[1].dimension).label
    # Going back to them: the next one without an answer after the question on screen.
    s = answering.go_to(store, s, 0)
    assert skipping.next_passed(s) == 1
    s = answering.go_to(store, s, 1)
    assert skipping.next_passed(s) == 3
    s = answering.go_to(store, s, 3)
    assert skipping.next_passed(s) is None


def test_an_answer_given_on_screen_counts_as_an_answer_and_a_tally_at_zero_does_not(store, assessment):
    s = answering.open_session(store, collecting.common_answer(store, assessment.id, "management").id)
    chosen = answering.choose(s, "fully")  # on screen, not on the disk (a failing USB stick)
    assert not skipping.unanswered(chosen)
    sheet = answering.open_session(store, collecting.tally_sheet(store, assessment.id, "team").id)
    zero = answering.count(sheet, {o.value: 0 for o in sheet.question.options})
    assert skipping.unanswered(zero)
    counted = answering.set_tally(store, sheet, {sheet.question.options[0].value: 3})
    assert not skipping.unanswered(counted)


def test_the_people_present_are_kept_as_text_and_compared_with_each_total():
    kept = headcount.write({"sheet-1": 12, "sheet-2": 0})
    assert headcount.read(kept) == {"sheet-1": 12}
    for broken in ("", None, "pas du json", "[1, 2]", '{"a": "douze", "b": true, "c": -3, "d": 100000}'):
        assert headcount.read(broken) == {}
    assert headcount.gap({"fully": 3, "rather_yes": 9}, 12) is None  # it adds up
    assert headcount.gap({"fully": 30, "rather_yes": 9}, 12) == 27  # « 3 » typed « 30 »
    assert headcount.gap({"fully": 3, "rather_yes": 8}, 12) == -1  # a hand missing
    assert headcount.gap({"fully": 3}, 0) is None  # nobody said how many are present
    assert headcount.gap({"fully": 0}, 12) is None  # nothing counted yet


def test_what_closing_now_would_leave_unfinished(store, mini):
    assessment = start(store, mini, {"management": "consensus", "team": "tally", "peer": "individual"})
    unfinished = collecting.collection(store, assessment.id).unfinished
    assert [(u.group.id, u.nobody) for u in unfinished] == [("management", True), ("team", True), ("peer", True)]

    done = answering.open_session(store, collecting.new_person(store, assessment.id, "peer").id)
    for value in ("fully", "rather_no"):
        done = answering.next_question(store, answering.answer(store, done, value))
    assert done.finished
    halfway = answering.open_session(store, collecting.new_person(store, assessment.id, "peer").id)
    answering.answer(store, halfway, "fully")
    collecting.new_person(store, assessment.id, "peer")  # on the hand-over screen: not counted, as on the hub
    sheet = answering.open_session(store, collecting.tally_sheet(store, assessment.id, "team").id)
    answering.set_tally(store, sheet, {"fully": 4})
    common = answering.open_session(store, collecting.common_answer(store, assessment.id, "management").id)
    for index in range(common.count):
        common = answering.go_to(store, answering.answer_number(store, common, 1), min(index + 1, common.count - 1))

    unfinished = collecting.collection(store, assessment.id).unfinished
    assert [(u.group.id, u.nobody, [(p.respondent.number, p.answered) for p in u.on_the_way]) for u in unfinished] == [
        ("team", False, [(1, 1)]),
        ("peer", False, [(2, 1)]),
    ]
    assert not assessments.get_assessment(store, assessment.id).closed
