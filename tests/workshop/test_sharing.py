"""The peer chooses what they share, at the end of their answers: plain Python, no Qt."""

import pytest

from peerready.engine import instrument
from peerready.store import assessments, errors, respondents, summaries
from peerready.store.database import Store
from peerready.workshop import answering, preparing, sharing


@pytest.fixture
def store(tmp_path):
    with Store.open(tmp_path / "data") as opened:
        yield opened


def _assessment(store):
    from peerready.store import structures

    questionnaire = instrument.find(None)
    structure = structures.create_structure(store, "CHRS Test")
    groups = {"management": "consensus", "team": "tally", "peer": "individual"}
    return questionnaire, preparing.start_assessment(store, structure.id, questionnaire, "integrating", groups)


def _answer_all(store, session, overrides):
    while True:
        question = session.question
        scored = sorted((o for o in question.options if o.scored), key=lambda o: o.score)
        value = overrides.get(question.id) or scored[-1].value
        if session.mode == "tally":
            session = answering.set_tally(store, session, {value: 4})
        else:
            session = answering.answer(store, session, value)
        if session.is_last:
            return answering.finish(store, session)
        session = answering.next_question(store, session)


def test_the_peer_sees_their_risk_and_difference_then_chooses(store):
    _, assessment = _assessment(store)
    for group in ("management", "team"):
        place = respondents.add_respondent(store, assessment.id, group)
        _answer_all(store, answering.open_session(store, place.id), {})
    peer = respondents.add_respondent(store, assessment.id, "peer")
    session = _answer_all(store, answering.open_session(store, peer.id), {"dirty_work_peer_tasks": "fully"})
    assert session.finished and sharing.asks_consent(session)

    seen = sharing.view(store, session)
    assert any("personne ne veut" in r.title or "tâches" in r.title for r in seen.risks), seen.risks
    assert {d.other_group for d in seen.differences} == {"Direction et encadrement", "Équipe"}
    assert seen.support

    assessments.set_collection_closed(store, assessment.id, True)
    with pytest.raises(errors.RecordError):
        sharing.choose(store, session, "all")
    assessments.set_collection_closed(store, assessment.id, False)

    hidden = summaries.assessment_results(store, assessment.id)
    assert "dirty_work_felt_by_peer" not in {f.id for f in hidden.flags}
    session = sharing.choose(store, session, "all")
    assert session.respondent.consent == "all"
    shown = summaries.assessment_results(store, assessment.id)
    assert next(f for f in shown.flags if f.id == "dirty_work_felt_by_peer").groups == ("peer",)
    session = sharing.choose(store, session, None)  # changed their mind: nothing but the weight
    assert "dirty_work_felt_by_peer" not in {f.id for f in summaries.assessment_results(store, assessment.id).flags}


def test_the_team_is_not_asked(store):
    _, assessment = _assessment(store)
    place = respondents.add_respondent(store, assessment.id, "team")
    assert not sharing.asks_consent(answering.open_session(store, place.id))
