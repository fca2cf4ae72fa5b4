"""Situations the sources describe, held against what a peer-work practitioner would say.

Each test builds answers with the bundled questionnaire: every group answers every question it
is asked (the best answer unless said otherwise), then the situation is written on top.
"""

from __future__ import annotations

import re

import pytest

from peerready.engine import answers, plan, results
from tests.conftest import ROOT

BEST, WORST = "best", "worst"


def _option(question, which):
    scored = sorted((o for o in question.options if o.scored), key=lambda o: o.score)
    return (scored[-1] if which == BEST else scored[0]).value


def response(bundled, group, stage, mode, overrides=None, default=BEST, short=False, consent=None, count=5):
    chosen = {}
    for question in bundled.questions_for(group, stage, short):
        value = (overrides or {}).get(question.id) or _option(question, default)
        chosen[question.id] = {value: count} if mode == "tally" else value
    entry = {"group": group, "mode": mode, "answers": chosen}
    if consent:
        entry["consent"] = consent
    return entry


def scored(bundled, stage, responses, posts=None, short=False):
    tree = {"stage": stage, "responses": responses, "version": "short" if short else "full"}
    if posts:
        tree["posts"] = posts
    answer_set = answers.validate(answers.from_tree(tree), bundled)
    result = results.compute(bundled, answer_set)
    return result, plan.build(bundled, result)


def _prepared(bundled, stage, **peer):
    """Management by consensus and a team by tally, both rosy."""
    return [response(bundled, "management", stage, "consensus"), response(bundled, "team", stage, "tally")]


SALE_BOULOT = {"dirty_work_peer_tasks": "fully"}  # « on me confie surtout ce que les autres ne veulent pas »


def test_the_peer_gets_the_dirty_work_while_the_others_see_nothing_and_shares_it(bundled):
    peer = response(bundled, "peer", "integrating", "individual", SALE_BOULOT, consent="all")
    result, action_plan = scored(bundled, "integrating", [*_prepared(bundled, "integrating"), peer])
    flag = next(f for f in result.flags if f.id == "dirty_work_felt_by_peer")
    assert flag.groups == ("peer",)
    gaps = [g for g in result.gaps if g.kind == "twins" and "dirty_work" in g.factors]
    assert {frozenset(g.groups) for g in gaps} == {frozenset({"management", "peer"}), frozenset({"team", "peer"})}
    assert all(set(g.questions.values()) == {"dirty_work_peer_tasks", "dirty_work_unwanted_tasks"} for g in gaps)
    assert result.level.id == "not_ready"  # a critical alert, even raised by one person
    assert "pair" not in result.level.reason  # never attributed, even when shared
    assert any("dirty_work" in a.factors for a in action_plan.actions)


def test_the_peer_gets_the_dirty_work_and_shares_nothing(bundled):
    peer = response(bundled, "peer", "integrating", "individual", SALE_BOULOT)  # no consent: « weight »
    result, action_plan = scored(bundled, "integrating", [*_prepared(bundled, "integrating"), peer])
    assert "dirty_work_felt_by_peer" not in {f.id for f in result.flags}
    assert not any("peer" in g.groups for g in result.gaps)
    assert "peer" not in result.visible_groups
    assert result.shown_answers("dirty_work_peer_tasks") == {}
    assert result.shown_score("dirty_work_peer_tasks") is None
    assert result.withheld == ("critical",)
    assert result.level.id == "not_ready"  # it still weighs on the level…
    assert result.level.reason == "Des points graves ont été signalés\u00a0: ils sont à travailler avant tout."
    assert "dirty_work_felt_by_peer" not in str(action_plan.to_dict() if hasattr(action_plan, "to_dict") else "")
    assert all("dirty_work_felt_by_peer" not in a.flags for a in action_plan.actions)
    text = results.to_json(result, action_plan)
    title = next(f.title for f in bundled.flags if f.id == "dirty_work_felt_by_peer")
    assert title not in text and "dirty_work_felt_by_peer" not in text


def test_the_peer_shares_the_risks_but_not_their_answers(bundled):
    peer = response(bundled, "peer", "integrating", "individual", SALE_BOULOT, consent="risks")
    result, _ = scored(bundled, "integrating", [*_prepared(bundled, "integrating"), peer])
    flag = next(f for f in result.flags if f.id == "dirty_work_felt_by_peer")
    assert flag.groups == () and flag.personal
    assert not any("peer" in g.groups for g in result.gaps)
    assert result.shown_answers("dirty_work_peer_tasks") == {}
    assert result.level.id == "not_ready"
    assert flag.title not in result.level.reason


def test_three_peers_with_incoherent_statuses_and_pressure_to_tell_their_story(bundled):
    pressed = {"peer_feels_obliged_to_disclose": "fully", "peer_can_switch_off": "not_at_all"}
    peers = [response(bundled, "peer", "established", "individual", pressed) for _ in range(3)]
    posts = [
        {"status": "volunteer", "working_time": "part_time_chosen"},
        {"status": "employee", "contract": "cdd", "working_time": "part_time_imposed", "pay": "slightly_below"},
        {"status": "employee", "contract": "cdi", "working_time": "full_time", "pay": "equal"},
    ]
    result, _ = scored(bundled, "established", [*_prepared(bundled, "established"), *peers], posts=posts)
    ids = {f.id: f for f in result.flags}
    assert {"posts_incoherent", "post_contract_precarious", "post_part_time_imposed", "post_pay_slightly_below"} <= set(
        ids
    )
    pressed_flag = ids["peer_pressed_to_disclose"]
    assert pressed_flag.groups == ("peer",) and pressed_flag.reported_by == 3
    assert "peer" in result.visible_groups
    assert result.level.id == "not_ready"  # a precarious contract is a critical alert
    assert len(result.posts) == 3


def test_one_peer_of_three_reports_a_risk_and_it_is_not_averaged_away(bundled):
    peers = [
        response(bundled, "peer", "established", "individual", {"peer_feels_obliged_to_disclose": "fully"}),
        response(bundled, "peer", "established", "individual"),
        response(bundled, "peer", "established", "individual"),
    ]
    result, _ = scored(bundled, "established", [*_prepared(bundled, "established"), *peers])
    flag = next(f for f in result.flags if f.id == "peer_pressed_to_disclose")
    assert flag.reported_by is None  # one person: how many is never said
    assert result.level.id == "partly_ready"
    assert "des points signalés restent à travailler" in result.level.reason


def test_the_direction_answering_alone_gets_no_level(bundled):
    result, _ = scored(bundled, "preparing", [response(bundled, "management", "preparing", "consensus")])
    assert result.level.id == "insufficient"
    assert "l’équipe" in result.level.reason


def test_a_peer_in_post_who_has_not_answered_keeps_the_level_below_ready(bundled):
    result, _ = scored(bundled, "integrating", _prepared(bundled, "integrating"))
    assert result.level.id == "partly_ready"
    assert "n’a pas encore répondu" in result.level.reason


def test_the_short_version_with_a_peer_in_post_asks_the_peer_about_the_core(bundled):
    stage = "integrating"
    short = [
        response(bundled, "management", stage, "consensus", short=True),
        response(bundled, "team", stage, "tally", short=True),
        response(bundled, "peer", stage, "individual", SALE_BOULOT, short=True),
    ]
    result, _ = scored(bundled, stage, short, short=True)
    assert result.level.id != "ready"
    assert all(len(bundled.questions_for(g, stage, short=True)) <= 20 for g in ("management", "team", "peer"))


def test_a_hire_to_win_a_call_for_projects(bundled):
    stage = "recruiting"
    funding = {"would_recruit_without_funding": "not_at_all", "timeline_allows_preparation": "not_at_all"}
    result, action_plan = scored(
        bundled,
        stage,
        [
            response(bundled, "management", stage, "consensus", funding),
            response(bundled, "team", stage, "tally", funding),
        ],
    )
    assert result.level.id == "not_ready"
    assert "financement" in result.level.reason
    assert any(a.id == "decouple_hiring_from_funding" for a in action_plan.actions)


def test_a_well_prepared_structure_is_ready_with_a_short_plan(bundled):
    stage = "established"
    peer = response(bundled, "peer", stage, "individual", consent="all")
    result, action_plan = scored(bundled, stage, [*_prepared(bundled, stage), peer])
    assert result.level.id == "ready", result.level.reason
    assert result.flags == () and result.gaps == ()
    assert len(action_plan.actions) <= 3


def test_no_gap_between_two_answers_on_the_same_side_of_the_middle(bundled):
    """« Pas du tout » against mostly « plutôt non » on a reversed question (100 against 63) is no gap."""
    stage = "preparing"
    management = response(
        bundled, "management", stage, "consensus", {"team_goes_along_without_believing": "not_at_all"}
    )
    team = response(bundled, "team", stage, "tally")
    team["answers"]["team_goes_along_without_believing"] = {"rather_no": 4, "rather_yes": 1}
    result, _ = scored(bundled, stage, [management, team])
    assert not [g for g in result.gaps if g.question == "team_goes_along_without_believing"]


def test_a_group_is_shown_on_a_question_only_when_three_of_its_people_answered_it(bundled):
    stage = "preparing"
    people = [response(bundled, "team", stage, "individual") for _ in range(4)]
    for person in people[2:]:
        del person["answers"]["fears_discussed"]
    result, _ = scored(bundled, stage, [response(bundled, "management", stage, "consensus"), *people])
    assert "team" in result.visible_groups
    assert "team" not in result.shown_groups("fears_discussed")
    assert "team" in result.shown_groups("team_supports_project")
    assert result.shown_score("fears_discussed") is None


@pytest.mark.parametrize("question", ["contract_type", "pay_level", "funding_source", "job_description_written"])
def test_facts_are_not_put_to_the_team_vote(bundled, question):
    team = response(bundled, "team", "preparing", "tally")
    team["answers"][question] = {"dont_know": 3}
    with pytest.raises(answers.AnswersError, match="n'est pas posée au groupe « team »"):
        scored(bundled, "preparing", [response(bundled, "management", "preparing", "consensus"), team])


def test_a_peers_comment_is_shared_only_with_their_consent(bundled):
    stage = "integrating"
    peer = response(bundled, "peer", stage, "individual")
    peer["comments"] = {"dirty_work_peer_tasks": "On me laisse le ménage des chambres."}
    result, _ = scored(bundled, stage, [*_prepared(bundled, stage), peer])
    assert "dirty_work_peer_tasks" not in result.comments
    peer["consent"] = "all"
    result, _ = scored(bundled, stage, [*_prepared(bundled, stage), peer])
    assert result.comments["dirty_work_peer_tasks"] == ("On me laisse le ménage des chambres.",)


def test_an_imposed_part_time_and_unchecked_benefits_each_get_their_own_action(bundled):
    """The practitioner's review: the part-time fixed by the budget, and the person's benefits (AAH, RSA, APL)."""
    stage = "recruiting"
    management = {"contract_working_time": "imposed_part_time", "benefits_checked": "not_at_all"}
    _, action_plan = scored(
        bundled,
        stage,
        [response(bundled, "management", stage, "consensus", management), response(bundled, "team", stage, "tally")],
    )
    by_id = {a.id: a for a in action_plan.actions}
    assert "temps de travail" in by_id["choose_working_time_with_person"].title
    assert "temps partiel" in by_id["choose_working_time_with_person"].because[0]
    benefits = by_id["check_benefits_with_person"]
    assert "simulation de ses droits" in benefits.title and "personne candidate" in benefits.title
    assert any("avant la signature" in step for step in benefits.steps)
    # Never asked whether the person receives a benefit; told where to simulate, and they decide.
    assert any(step.startswith("Ne jamais demander") and "AAH" in step for step in benefits.steps)
    places = ("CAF", "mesdroitssociaux.gouv.fr", "CCAS", "Cap emploi")
    assert any(all(place in step for place in places) for step in benefits.steps)
    assert "secure_contract" not in by_id  # a CDI at the right pay: nothing else to secure


@pytest.mark.parametrize("stage", ["preparing", "recruiting", "integrating", "established"])
def test_the_plan_speaks_of_the_peer_as_the_stage_requires(bundled, stage):
    """Before arrival, the job description is written and the person is « recrutée »; once in post, the
    description is written or reviewed and the person is « en poste »."""
    worst = [
        response(bundled, g, stage, "consensus" if g == "management" else "tally", default=WORST)
        for g in ("management", "team")
    ]
    _, action_plan = scored(bundled, stage, worst)
    in_post = stage in ("integrating", "established")
    titles = {a.id: a.title for a in action_plan.actions}
    job = titles.get("revise_job_description" if in_post else "write_job_description")
    assert job == (
        "Écrire ou revoir la fiche de poste avec la personne en poste"
        if in_post
        else "Écrire la fiche de poste avec des pairs"
    )
    shown = [a.title for a in action_plan.actions] + [s for a in action_plan.actions for s in a.steps]
    shown += [t for w in action_plan.workstreams for t in (w.title, w.changes, w.first_step)]
    assert not in_post or not [t for t in shown if "recrutée" in t]
    # …and the other way: before arrival, never « la personne en poste » (peers elsewhere may be « en poste »).
    assert in_post or not [t for t in shown if re.search(r"\b[Ll]a personne en poste\b(?! de travail pair)", t)]
    # Before a peer is in post, nothing is carried by the peer worker, who is not there yet.
    assert in_post or not [a.id for a in action_plan.actions if a.owner_role == "peer"]
    assert in_post or not [w.id for w in action_plan.workstreams if "peer" in w.owners]


def test_supervision_and_informing_the_team_are_due_before_the_person_arrives(bundled):
    """Before arrival, « within three months » means nothing: both are ready when the person comes."""
    answer_set = answers.validate(answers.load(ROOT / "examples" / "chrs-mal-prepare.yaml"), bundled)
    r = results.compute(bundled, answer_set)
    assert r.stage == "recruiting"
    by_id = {a.id: a for a in plan.build(bundled, r).actions}
    for action in ("organise_practice_supervision", "inform_team_on_employment_terms"):
        assert by_id[action].horizon == "before_recruiting"
        assert by_id[action].horizon_label == "Avant l’arrivée de la personne"
