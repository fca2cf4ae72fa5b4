"""Scores, flags, gaps, divided groups, missing information, anonymity and the level."""

import pytest

from peerready.engine import answers, results


def compute(mini, tree):
    tree = {"questionnaire": "mini", **tree}
    return results.compute(mini, answers.validate(answers.from_tree(tree), mini))


def test_scores_are_means_of_option_scores_by_group_then_across_groups(mini):
    r = compute(
        mini,
        {
            "stage": "preparing",
            "responses": [
                {"group": "management", "mode": "consensus", "answers": {"team_agrees": "fully"}},
                {"group": "team", "mode": "tally", "answers": {"team_agrees": {"fully": 1, "not_at_all": 3}}},
            ],
        },
    )
    question = r.question("team_agrees")
    assert question.by_group["team"].score == pytest.approx(0.25)
    assert question.score == pytest.approx((1 + 0.25) / 2)
    consent = r.factor("team_consent")
    assert consent.score == pytest.approx(62.5)
    assert consent.by_group == {"management": 100.0, "team": 25.0}


def test_dont_know_is_missing_information_and_not_applicable_leaves_the_score(mini):
    r = compute(
        mini,
        {
            "stage": "preparing",
            "responses": [
                {
                    "group": "management",
                    "mode": "consensus",
                    "answers": {"contract_type": "not_applicable", "pay_level": "dont_know", "team_agrees": "fully"},
                },
                {"group": "team", "mode": "tally", "answers": {"pay_level": {"dont_know": 2, "fully": 1}}},
            ],
        },
    )
    assert r.question("contract_type").score is None
    assert r.factor("contract_stability").score is None
    pay = r.question("pay_level")
    assert pay.score == pytest.approx(1.0)  # the one scored answer; "don't know" is not a zero
    assert pay.dont_know == 3
    assert r.factor("salary_parity").missing_share == pytest.approx(0.75)
    assert [m.question for m in r.missing] == ["pay_level"]


def test_perception_gap_between_direction_and_team(mini):
    r = compute(
        mini,
        {
            "stage": "preparing",
            "responses": [
                {"group": "management", "mode": "consensus", "answers": {"team_consulted": "fully"}},
                {"group": "team", "mode": "tally", "answers": {"team_consulted": {"not_at_all": 6, "rather_no": 2}}},
            ],
        },
    )
    assert len(r.gaps) == 1
    gap = r.gaps[0]
    assert gap.question == "team_consulted" and gap.factor == "team_consent"
    assert gap.groups == {"management": 100.0, "team": 8.2}
    assert gap.difference == pytest.approx(91.7, abs=0.1)


def test_no_gap_below_the_threshold(mini):
    r = compute(
        mini,
        {
            "stage": "preparing",
            "responses": [
                {"group": "management", "mode": "consensus", "answers": {"team_consulted": "fully"}},
                {"group": "team", "mode": "tally", "answers": {"team_consulted": {"rather_yes": 8}}},
            ],
        },
    )
    assert r.gaps == ()


def test_divided_group_from_a_tally_and_from_a_noted_consensus(mini):
    r = compute(
        mini,
        {
            "stage": "preparing",
            "responses": [
                {"group": "team", "mode": "tally", "answers": {"team_agrees": {"fully": 4, "not_at_all": 4}}},
                {
                    "group": "management",
                    "mode": "consensus",
                    "answers": {"team_agrees": {"value": "rather_yes", "divided": True}},
                },
            ],
        },
    )
    assert {(d.group, d.question, d.consensus) for d in r.divided} == {
        ("team", "team_agrees", False),
        ("management", "team_agrees", True),
    }


def test_a_united_team_is_not_divided(mini):
    r = compute(
        mini,
        {
            "stage": "preparing",
            "responses": [
                {"group": "team", "mode": "tally", "answers": {"team_agrees": {"fully": 7, "not_at_all": 1}}},
            ],
        },
    )
    assert r.divided == ()


def test_individual_answers_of_fewer_than_three_people_are_not_broken_down(mini):
    two = [{"group": "team", "mode": "individual", "answers": {"team_agrees": v}} for v in ("fully", "not_at_all")]
    r = compute(
        mini,
        {
            "stage": "preparing",
            "responses": [*two, {"group": "management", "mode": "consensus", "answers": {"team_agrees": "fully"}}],
        },
    )
    assert r.factor("team_consent").by_group == {"management": 100.0}
    assert r.divided == () and r.gaps == ()
    assert {p.group: p.visible for p in r.participation} == {"management": True, "team": False}
    data = results.to_dict(r)
    assert all("team" not in q["by_group"] for q in data["questions"])
    # ...but their answers still count in the overall score.
    assert r.question("team_agrees").score == pytest.approx((1 + 0.5) / 2)

    three = [*two, {"group": "team", "mode": "individual", "answers": {"team_agrees": "fully"}}]
    r = compute(mini, {"stage": "preparing", "responses": three})
    assert r.factor("team_consent").by_group == {"team": pytest.approx(66.7)}


def test_flags_fire_on_low_answers_of_the_named_groups(mini):
    r = compute(
        mini,
        {
            "stage": "integrating",
            "responses": [
                {"group": "management", "mode": "consensus", "answers": {"contract_type": "fixed_term_long"}},
                {"group": "team", "mode": "tally", "answers": {"team_consulted": {"not_at_all": 3, "fully": 1}}},
                {"group": "peer", "mode": "individual", "answers": {"team_consulted": "not_at_all"}},
            ],
        },
    )
    assert [f.id for f in r.flags] == ["contract_precarious", "team_not_consulted"]
    assert r.flags[1].groups == ("team",)
    assert r.level.id == "not_ready"


def test_levels(mini):
    def level(contract, consulted, pay="fully", agrees="fully"):
        return compute(
            mini,
            {
                "stage": "preparing",
                "responses": [
                    {
                        "group": "management",
                        "mode": "consensus",
                        "answers": {
                            "contract_type": contract,
                            "team_consulted": consulted,
                            "pay_level": pay,
                            "team_agrees": agrees,
                        },
                    },
                    {
                        "group": "team",
                        "mode": "tally",
                        "answers": {
                            "team_consulted": {consulted: 4},
                            "team_agrees": {agrees: 4},
                            "pay_level": {pay: 4},
                        },
                    },
                ],
            },
        ).level

    assert level("permanent", "fully").id == "ready"
    assert level("permanent", "fully", agrees="not_at_all").id == "partly_ready"  # the core factor is weak
    assert level("volunteer", "fully").id == "not_ready"
    assert "contrat précaire" in level("volunteer", "fully").reason
    assert level("permanent", "not_at_all", pay="not_at_all", agrees="not_at_all").id == "not_ready"


def test_too_few_answers_is_insufficient(mini):
    r = compute(
        mini,
        {
            "stage": "preparing",
            "responses": [
                {"group": "team", "mode": "individual", "answers": {"team_agrees": "dont_know", "pay_level": "fully"}},
            ],
        },
    )
    assert r.level.id == "insufficient"
    assert "1 questions sur 3" in r.level.reason


def test_json_result_has_the_contract_fields(mini):
    r = compute(
        mini,
        {
            "stage": "preparing",
            "responses": [{"group": "management", "mode": "consensus", "answers": {"contract_type": "volunteer"}}],
        },
    )
    data = results.to_dict(r)
    assert data["level"]["id"] in ("insufficient", "not_ready", "partly_ready", "ready")
    assert {"id", "label", "score"} <= set(data["dimensions"][0])
    assert {"id", "score", "by_group"} <= set(data["factors"][0])
    assert {"factor", "severity", "title", "questions"} <= set(data["flags"][0])


def test_the_anonymity_rule_and_its_threshold():
    assert results.ANONYMITY_THRESHOLD == 3
    assert not results.shown_apart(("individual",), 2)
    assert results.shown_apart(("individual",), 3)
    assert results.shown_apart(("tally",), 1)  # a tally or a common answer is open by nature
    assert results.shown_apart(("consensus",), 1)
    assert results.shown_apart(("individual", "tally"), 2)


def test_a_hidden_group_hides_the_whole_counts_and_shares_of_its_questions(mini):
    two = [{"group": "team", "mode": "individual", "answers": {"team_agrees": "dont_know"}} for _ in range(2)]
    management = {"group": "management", "mode": "consensus", "answers": {"team_agrees": "fully", "pay_level": "fully"}}
    r = compute(mini, {"stage": "preparing", "responses": [*two, management]})
    assert r.visible_groups == ("management",) and r.hidden_groups == ("team",)
    assert r.hides_totals("team_agrees") and not r.hides_totals("pay_level")
    assert set(r.shown_answers("team_agrees")) == {"management"}
    assert r.shown_score("team_agrees") is None  # the whole would give the team's answers away
    assert r.shown_score("pay_level") == 100.0
    missing = next(m for m in r.missing if m.question == "team_agrees")
    assert not r.shown_missing(missing)

    data = results.to_dict(r)
    assert data["anonymity"] == {"threshold": 3, "shown_apart": ["management"], "not_shown_apart": ["team"]}
    questions = {q["id"]: q for q in data["questions"]}
    assert questions["team_agrees"]["score"] is None and set(questions["team_agrees"]["by_group"]) == {"management"}
    assert questions["pay_level"]["score"] == 100.0
    shown = next(m for m in data["missing"] if m["question"] == "team_agrees")
    assert shown["dont_know"] is None and shown["share"] is None
