"""Answers files: the three modes, and clear refusals of anything malformed."""

import textwrap

import pytest

from peerready.engine import answers

GOOD = """\
questionnaire: mini
structure: CHRS Exemple
stage: integrating
responses:
  - group: management
    mode: consensus
    answers:
      team_consulted: {value: fully, divided: true, note: La cheffe de service n'est pas d'accord.}
      contract_type: permanent
  - group: team
    mode: tally
    answers:
      team_consulted: {not_at_all: 5, rather_no: 2, fully: 1}
  - group: team
    mode: tally
    answers:
      team_consulted: {fully: 2}
  - group: peer
    mode: individual
    answers: {team_consulted: rather_yes}
    comments: {team_consulted: Pas de nom ici.}
"""


def parse(text, mini):
    return answers.validate(answers.parse(textwrap.dedent(text), "a.yaml"), mini)


def refused(text, mini=None):
    with pytest.raises(answers.AnswersError) as info:
        answer_set = answers.parse(textwrap.dedent(text), "a.yaml")
        if mini is not None:
            answers.validate(answer_set, mini)
    return info.value.lines()


def test_three_modes_are_normalised_to_counts(mini):
    answer_set = parse(GOOD, mini)
    management, team1, _team2, peer = answer_set.responses
    assert management.answers == {"team_consulted": {"fully": 1}, "contract_type": {"permanent": 1}}
    assert management.divided == {"team_consulted"}
    assert management.comments["team_consulted"].startswith("La cheffe")
    assert team1.answers["team_consulted"] == {"not_at_all": 5, "rather_no": 2, "fully": 1}
    assert peer.comments == {"team_consulted": "Pas de nom ici."}
    assert answer_set.stage == "integrating" and answer_set.structure == "CHRS Exemple"
    assert answer_set.short is True  # every answered question belongs to the short version


def test_json_answers_are_read_too(mini, tmp_path):
    path = tmp_path / "a.json"
    path.write_text(
        '{"stage": "preparing", "responses": [{"group": "team", "mode": "individual",'
        ' "answers": {"team_agrees": "fully"}}]}',
        encoding="utf-8",
    )
    answer_set = answers.validate(answers.load(path), mini)
    assert answer_set.responses[0].answers == {"team_agrees": {"fully": 1}}
    assert answer_set.short is False


def test_json_syntax_error_has_its_line(tmp_path):
    path = tmp_path / "a.json"
    path.write_text('{"stage": "preparing",\n "responses": [\n}', encoding="utf-8")
    with pytest.raises(answers.AnswersError) as info:
        answers.load(path)
    assert info.value.lines()[0].startswith(f"{path}:3: JSON illisible")


def test_yaml_syntax_error_has_its_line():
    assert refused("stage: preparing\nresponses:\n  - group: team\n   mode: x\n")[0].startswith(
        "a.yaml:4: YAML illisible"
    )


def test_unknown_question_option_group_and_stage_are_refused_with_lines(mini):
    lines = refused(
        """\
        stage: preparing
        responses:
          - group: team
            mode: individual
            answers:
              nowhere: fully
              team_agrees: maybe
              contract_type: permanent
              dirty_work_risk: fully
        """,
        mini,
    )
    assert lines == [
        "a.yaml:6: réponse 1 (team, individual) : question inconnue « nowhere »",
        "a.yaml:7: réponse 1 (team, individual), question « team_agrees » : réponse inconnue « maybe »"
        " (possibles : fully, rather_yes, rather_no, not_at_all, dont_know)",
        "a.yaml:8: réponse 1 (team, individual) : la question « contract_type » n'est pas posée au groupe « team »",
        "a.yaml:9: réponse 1 (team, individual) : la question « dirty_work_risk »"
        " n'est pas posée à l'étape « preparing »",
    ]


def test_structure_errors_are_all_reported():
    lines = refused("""\
        stage: someday
        colour: blue
        responses:
          - group: staff
            mode: individual
            answers: {a: b}
          - group: team
            mode: vote
            answers: {a: b}
          - group: team
            mode: tally
            answers:
              team_agrees: {fully: -2, rather_no: 1.5, yes: 1}
        """)
    assert "a.yaml:2: clé inconnue « colour »" in lines
    assert any(line.startswith("a.yaml:1: étape inconnue « someday »") for line in lines)
    assert any(line.startswith("a.yaml:4: réponse 1 : groupe inconnu « staff »") for line in lines)
    assert any(line.startswith("a.yaml:8: réponse 2 : mode inconnu « vote »") for line in lines)
    assert any("le nombre pour « fully » est négatif (-2)" in line for line in lines)
    assert any("le nombre pour « rather_no » doit être un entier" in line for line in lines)
    assert any("True n'est pas une valeur d'option" in line for line in lines)


def test_missing_stage_and_empty_responses():
    lines = refused("structure: X\n")
    assert any("« stage » manquant" in line for line in lines)
    assert any("« responses » doit être une liste non vide" in line for line in lines)


def test_yes_no_values_get_a_hint(mini):
    lines = refused(
        "stage: preparing\nresponses:\n  - {group: team, mode: individual, answers: {team_agrees: yes}}\n", mini
    )
    assert "entre guillemets" in lines[0]


def test_two_consensus_answers_or_mixed_modes_in_one_group_are_refused(mini):
    lines = refused(
        """\
        stage: preparing
        responses:
          - {group: team, mode: consensus, answers: {team_agrees: fully}}
          - {group: team, mode: consensus, answers: {team_agrees: fully}}
          - {group: team, mode: individual, answers: {team_agrees: fully}}
        """,
        mini,
    )
    assert any("a 2 réponses communes" in line for line in lines)
    assert any("une réponse commune et d'autres réponses" in line for line in lines)


def test_answers_for_another_questionnaire_are_refused(mini):
    lines = refused(
        "questionnaire: other\nstage: preparing\nresponses:\n"
        "  - {group: team, mode: individual, answers: {team_agrees: fully}}\n",
        mini,
    )
    assert "pour le questionnaire « other », pas « mini »" in lines[0]


def test_round_trip_through_the_file_form(mini):
    answer_set = parse(GOOD, mini)
    again = answers.validate(answers.from_tree(answers.to_tree(answer_set)), mini)
    assert again.responses == answer_set.responses
    assert again.stage == answer_set.stage
