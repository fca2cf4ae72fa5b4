"""The bundled instrument on situations the sources describe: does it say what a practitioner would?"""

from peerready.engine import plan, results, wording
from tests.scenarios import answer_set

WORKSHOP = {"management": ("consensus", 1), "team": ("tally", 9)}
WITH_PEER = {**WORKSHOP, "peer": ("individual", 1)}


def run(bundled, stage, groups, **kwargs):
    r = results.compute(bundled, answer_set(bundled, stage, groups, **kwargs))
    return r, plan.build(bundled, r)


def test_a_well_prepared_structure_is_ready_with_a_short_plan(bundled):
    # Good on everything, with the ordinary hesitations of a real team.
    overrides = {
        "team": {
            "fears_discussed": {"done": 5, "under_way": 4},
            "reform_fatigue": {"rather_no": 6, "rather_yes": 3},
            "team_trained_on_peer_work": {"rather_yes": 9},
        }
    }
    r, p = run(bundled, "established", WITH_PEER, overrides=overrides)
    assert r.level.id == "ready", r.level.reason
    assert not [f for f in r.flags if f.severity == "critical"]
    assert len(p.actions) <= 3


def test_hiring_to_win_a_call_for_projects(bundled):
    overrides = {
        "management": {
            "would_recruit_without_funding": "not_at_all",
            "timeline_allows_preparation": "not_at_all",
            "funding_source": "one_off",
        }
    }
    r, p = run(bundled, "recruiting", WORKSHOP, overrides=overrides)
    assert "funding_driven_hiring" in {f.id for f in r.flags}
    assert r.level.id == "not_ready"
    first = p.actions[0]
    assert first.priority == "critical" and "cosmetic_hiring" in first.factors
    assert any("financement" in b for b in first.because)


def test_a_team_that_was_never_consulted(bundled):
    overrides = {
        "management": {"team_consulted_before_decision": "fully", "meaning_explained_to_team": "fully"},
        "team": {
            "team_consulted_before_decision": {"not_at_all": 7, "rather_no": 2},
            "meaning_explained_to_team": {"not_at_all": 6, "rather_no": 3},
        },
    }
    r, p = run(bundled, "preparing", WORKSHOP, overrides=overrides)
    assert "project_imposed_on_team" in {f.id for f in r.flags}
    gap = next(g for g in r.gaps if g.question == "team_consulted_before_decision")
    assert gap.groups["management"] == 100 and gap.groups["team"] < 10
    assert r.level.id == "not_ready"
    hearing = [a for a in p.actions if "project_imposed_on_team" in a.flags]
    assert hearing and hearing[0].priority == "critical"
    assert any(wording.is_gap_reason(b) and "points d’écart" in b for a in p.actions for b in a.because)


def test_a_peer_given_the_dirty_work(bundled):
    overrides = {
        "team": {"dirty_work_unwanted_tasks": {"rather_yes": 5, "fully": 2, "rather_no": 2}},
        "peer": {"dirty_work_peer_tasks": "fully"},
    }
    r, p = run(bundled, "integrating", WITH_PEER, overrides=overrides)
    raised = {f.id for f in r.flags}
    assert "dirty_work_delegated" in raised
    assert r.level.id == "not_ready"
    action = next(a for a in p.actions if "dirty_work" in a.factors)
    assert action.priority == "critical" and action.horizon == "immediately"
    # The single peer's own answer is never shown as such.
    assert all("peer" not in f.groups for f in r.flags)


def test_peers_with_incoherent_statuses(bundled):
    overrides = {
        "management": {"status_equity_coherent": "not_at_all"},
        "team": {"status_equity_coherent": {"not_at_all": 5, "rather_no": 4}},
        "peer": {"peer_status_coherent": "not_at_all"},
    }
    r, p = run(bundled, "established", WITH_PEER, overrides=overrides)
    assert "peer_statuses_incoherent" in {f.id for f in r.flags}
    assert any("status_equity" in a.factors for a in p.actions)
    assert r.factor("status_equity").score < 20


def test_a_badly_prepared_structure_gets_the_critical_actions_first(bundled):
    r, p = run(bundled, "recruiting", WORKSHOP, default="worst")
    assert r.level.id == "not_ready"
    priorities = [a.priority for a in p.actions]
    assert priorities == sorted(priorities, key=["critical", "high", "medium", "low"].index)
    assert priorities[0] == "critical"
    assert all(a.because for a in p.actions)
    assert len({a.id for a in p.actions}) == len(p.actions)


def test_before_recruiting_becomes_now_once_the_peer_is_there(bundled):
    _, before = run(bundled, "recruiting", WORKSHOP, default="worst")
    _, after = run(bundled, "integrating", WITH_PEER, default="worst")
    assert "before_recruiting" in {a.horizon for a in before.actions}
    assert "before_recruiting" not in {a.horizon for a in after.actions}


def test_the_short_version_can_be_scored_on_its_own(bundled):
    r, _ = run(bundled, "preparing", WORKSHOP, short=True)
    assert r.short and r.level.id == "ready"
    assert r.asked == len({q.id for g in WORKSHOP for q in bundled.questions_for(g, "preparing", short=True)})
