"""Preparing a session, without Qt: what a new assessment of a structure is suggested to start from."""

from peerready.store import structures
from peerready.workshop import preparing


def test_a_new_assessment_starts_from_the_latest_ones_stage_and_actions(store, mini):
    structure = structures.create_structure(store, "Accueil de jour")
    assert preparing.suggestion(store, structure.id) == preparing.Suggestion()
    preparing.start_assessment(store, structure.id, mini, "established", {"team": "tally"})
    assert preparing.suggestion(store, structure.id) == preparing.Suggestion("established", True)


def test_each_group_is_asked_its_own_questions(mini):
    assert preparing.question_counts(mini, "preparing", short=False) == {
        "management": 4,
        "team": 3,
        "peer": 1,
        "people": 0,
    }
    assert preparing.question_counts(mini, "integrating", short=True)["people"] == 0
    assert set(preparing.DEFAULT_GROUPS) <= set(preparing.DEFAULT_MODES)
