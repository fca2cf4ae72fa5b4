"""« The last assessment » of a structure is the last closed one with answers (issue 13).

A session opened by mistake, still running, or closed without a single answer never becomes
where the structure stands: not on the home list (nor `peerready structures`), not in the
platform overview, not as the assessment whose open actions the next one carries over.
"""

import pytest

from peerready.engine import answers, instrument
from peerready.store import assessments, history, structures, summaries
from peerready.store.database import Store
from peerready.workshop import collecting, preparing, recording
from tests.conftest import ROOT


@pytest.fixture
def store(tmp_path):
    with Store.open(tmp_path / "data", automatic_backup=False) as s:
        yield s


@pytest.fixture
def real(store):
    """The badly prepared example, recorded: closed, with answers and a plan."""
    return recording.record(
        store, "CHRS Les Tilleuls", answers.load(ROOT / "examples/chrs-mal-prepare.yaml"), instrument.find(None)
    )


def start(store, structure_id, stage="recruiting"):
    return preparing.start_assessment(
        store, structure_id, instrument.find(None), stage, {"management": "consensus", "team": "tally"}
    )


def test_an_open_session_started_after_the_real_one_is_not_the_last(store, real):
    mistake = start(store, real.structure_id, stage="preparing")
    (listed,) = summaries.list_structures(store)
    assert listed.last_assessment_id == real.id and listed.level == "not_ready"
    assert assessments.latest_assessment(store, real.structure_id).id == real.id
    overview = history.overview(store)
    assert overview["assessed"] == 1 and overview["levels"]["not_ready"] == 1
    assert overview["stages"]["recruiting"] == 1 and overview["stages"]["preparing"] == 0
    # The next one carries over the real one's actions, not the mistake's (it has none).
    collecting.close(store, mistake.id)  # closed, but without a single answer: still says nothing
    following = start(store, real.structure_id)
    assert following.previous_id == real.id


def test_a_structure_with_only_an_open_session_shows_it_until_one_is_closed(store):
    structure = structures.create_structure(store, "Le Phare")
    only = start(store, structure.id)
    (listed,) = summaries.list_structures(store)
    assert listed.last_assessment_id == only.id and listed.level is None
    assert history.overview(store)["assessed"] == 0  # nothing to count yet
