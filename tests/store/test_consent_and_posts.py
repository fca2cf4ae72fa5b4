"""Consent and posts are kept with the answers: recorded, read back, exported, imported, compared."""

import pytest

from peerready.engine import answers, posts, results
from peerready.store import assessments, bundle, history, respondents, summaries
from peerready.store.database import Store
from peerready.workshop import recording
from tests.engine.test_situations import SALE_BOULOT, response


@pytest.fixture
def store(tmp_path):
    with Store.open(tmp_path / "data") as opened:
        yield opened


POSTS = [
    {"status": "volunteer", "working_time": "part_time_chosen"},
    {"status": "employee", "contract": "cdd", "working_time": "full_time", "pay": "equal"},
]


def _tree(bundled, stage="integrating", consent=None, short=False):
    peer = response(bundled, "peer", stage, "individual", SALE_BOULOT, consent=consent, short=short)
    return {
        "stage": stage,
        "version": "short" if short else "full",
        "posts": POSTS,
        "responses": [
            response(bundled, "management", stage, "consensus", short=short),
            response(bundled, "team", stage, "tally", short=short),
            peer,
        ],
    }


@pytest.mark.parametrize("consent", [None, "risks", "all"])
def test_consent_and_posts_survive_recording_and_give_the_same_results(store, bundled, consent):
    answer_set = answers.from_tree(_tree(bundled, consent=consent))
    recorded = recording.record(store, "CHRS Test", answer_set, bundled)
    assert recorded.posts == tuple(posts.Post(**p) for p in POSTS)
    peer = next(r for r in respondents.list_respondents(store, recorded.id) if r.group == "peer")
    assert peer.consent == consent
    stored = summaries.assessment_results(store, recorded.id)
    direct = results.compute(bundled, answers.validate(answer_set, bundled))
    assert stored.level == direct.level
    assert [f.id for f in stored.flags] == [f.id for f in direct.flags]
    assert stored.withheld == direct.withheld


def test_consent_changed_later_changes_what_is_shown(store, bundled):
    recorded = recording.record(store, "CHRS Test", answers.from_tree(_tree(bundled)), bundled)
    assert "dirty_work_felt_by_peer" not in {f.id for f in summaries.assessment_results(store, recorded.id).flags}
    peer = next(r for r in respondents.list_respondents(store, recorded.id) if r.group == "peer")
    respondents.set_consent(store, peer.id, "all")
    shown = summaries.assessment_results(store, recorded.id)
    assert next(f for f in shown.flags if f.id == "dirty_work_felt_by_peer").groups == ("peer",)


def test_consent_and_posts_travel_in_a_peerready_file(store, bundled, tmp_path):
    recorded = recording.record(store, "CHRS Test", answers.from_tree(_tree(bundled, consent="risks")), bundled)
    target = tmp_path / "export.peerready"
    bundle.export(store, target, assessment_id=recorded.id)
    with Store.open(tmp_path / "other") as other:
        bundle.import_bundle(other, target)
        copy = assessments.get_assessment(other, recorded.id)
        assert copy.posts == recorded.posts
        peer = next(r for r in respondents.list_respondents(other, copy.id) if r.group == "peer")
        assert peer.consent == "risks"


def test_a_comparison_counts_only_what_both_assessments_asked(store, bundled):
    """A short assessment after a full one: alerts of questions the short one never asked are not « levées »."""
    full = _tree(bundled, stage="established")
    full["responses"][0]["answers"]["leadership_carries_project"] = "not_at_all"  # asked in the full version only
    first = recording.record(store, "CHRS Test", answers.from_tree(full), bundled)
    second = recording.record(
        store, "CHRS Test", answers.from_tree(_tree(bundled, stage="established", short=True)), bundled
    )
    assert not bundled.question("leadership_carries_project").short
    moved = history.compare(store, first.id, second.id)
    before_titles = {f.title for f in summaries.assessment_results(store, first.id).flags}
    assert "Projet peu porté par la direction" in before_titles  # the full one raised it…
    assert "Projet peu porté par la direction" not in moved["flags_cleared"]  # …the short one never asked
    assert "leadership_carries_project" in moved["compared"]["only_before"]
    assert moved["compared"]["questions"] == len(summaries.assessment_results(store, second.id).asked_ids)


def test_an_assessment_of_the_previous_version_stays_readable_and_comparable(store, bundled):
    """Recorded with questionnaire 1.1.1 (the team still voted on the contract), compared with 2.0.0."""
    from peerready.engine import instrument
    from tests.conftest import DATA, ROOT

    old_questionnaire = instrument.load(DATA / "peerready-fr-1.1.1.yaml")
    assert old_questionnaire.version == "1.1.1"
    old = recording.record(store, "CHRS Test", answers.load(DATA / "chrs-mal-prepare-1.1.1.yaml"), old_questionnaire)
    new = recording.record(store, "CHRS Test", answers.load(ROOT / "examples" / "chrs-mal-prepare.yaml"), bundled)
    assert assessments.get_assessment(store, old.id).questionnaire_version == "1.1.1"
    old_results = summaries.assessment_results(store, old.id)  # read with its own text
    assert old_results.version == "1.1.1" and old_results.level.id == "not_ready"
    moved = history.compare(store, old.id, new.id)
    assert moved["compared"]["questions"] > 20
    assert "employment_terms_known" in moved["compared"]["only_after"]  # new in 2.0.0
    assert {d["id"] for d in moved["dimensions"]} == {d.id for d in bundled.dimensions}
