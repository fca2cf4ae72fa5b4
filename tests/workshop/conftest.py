"""Fixtures for the workshop model: a real data folder, the small test questionnaire, no Qt."""

import pytest

from peerready.store import structures
from peerready.store.database import Store
from peerready.workshop import preparing


@pytest.fixture
def folder(tmp_path):
    return tmp_path / "data"


@pytest.fixture
def store(folder):
    with Store.open(folder, automatic_backup=False) as opened:
        yield opened


def start(store, questionnaire, groups, stage="integrating", short=False):
    structure = structures.create_structure(store, f"Structure {store.db['structures'].count + 1}")
    return preparing.start_assessment(store, structure.id, questionnaire, stage, groups, short=short)


@pytest.fixture
def assessment(store, mini):
    """Management answers together, the team by tally, the peer workers person by person."""
    return start(store, mini, {"management": "consensus", "team": "tally", "peer": "individual"})


@pytest.fixture
def phones(store, mini):
    """Management answers together; the team and the peer workers person by person, as on phones."""
    return start(store, mini, {"management": "consensus", "team": "individual", "peer": "individual"})
