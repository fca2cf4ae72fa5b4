"""Loading and validating questionnaires: every problem at once, with its line."""

import dataclasses
import textwrap

import pytest

from peerready.engine import instrument

HEADER = """\
format: 1
id: t
version: "1"
language: fr
title: Test
scales:
  agreement:
    - {value: fully, label: Oui, score: 1}
    - {value: not_at_all, label: Non, score: 0}
dimensions:
  - {id: team, label: Équipe}
"""

QUESTION = """\
questions:
  - id: consulted
    dimension: team
    factors: [team_consent]
    groups: [management, team]
    text: L'équipe a-t-elle été consultée ?
    help: Parce que cela compte.
    scale: agreement
"""


def problems(text):
    with pytest.raises(instrument.QuestionnaireError) as info:
        instrument.loads(textwrap.dedent(text), "q.yaml")
    return info.value.lines()


def test_a_valid_questionnaire_loads_with_typography_and_automatic_options():
    q = instrument.loads(HEADER + QUESTION, "q.yaml")
    question = q.question("consulted")
    assert question.text == "L’équipe a-t-elle été consultée\u202f?"
    assert [o.value for o in question.options] == ["fully", "not_at_all", "dont_know"]
    assert question.option("dont_know").score is None
    assert q.content_hash and len(q.content_hash) == 64


def test_yaml_syntax_error_gives_its_line():
    assert problems(HEADER + "questions:\n  - id: x\n    text: a: b\n") == [
        "q.yaml:14: YAML illisible : mapping values are not allowed here"
    ]


def test_duplicate_keys_are_refused_with_both_lines():
    lines = problems(HEADER.replace("title: Test\n", "title: Test\ntitle: Autre\n") + QUESTION)
    assert lines == ["q.yaml:6: la clé « title » apparaît deux fois (déjà ligne 5)"]


def test_every_problem_is_reported_at_once_with_its_line():
    text = (
        HEADER
        + """\
questions:
  - id: consulted
    dimension: teem
    factors: [team_consent, not_a_factor]
    groups: [management, staff]
    stages: [someday]
    text: Texte
    help: Aide
    scale: agreement
    colour: red
  - id: consulted
    dimension: team
    factors: [team_consent]
    groups: [team]
    text: Texte
    help: Aide
    options:
      - {value: yes, label: Oui, score: 1}
      - {value: b, label: Non, score: 1.5}
  - id: no_scored
    dimension: team
    factors: [team_consent]
    groups: [team]
    text: Texte
    help: Aide
    options:
      - {value: a, label: A, score: null, kind: dont_know}
flags:
  - id: f
    factor: team_consent
    severity: terrible
    title: T
    explanation: E
    question: nowhere
    answers: [a]
actions:
  - id: a
    factors: [team_consent]
    priority: urgent
    owner_role: director
    horizon: immediately
    when: {flags: [missing_flag]}
    title: T
    steps: [Une étape.]
"""
    )
    lines = problems(text)
    expected = [
        "q.yaml:14: question « consulted » : dimension inconnue « teem » (vouliez-vous dire « team » ?)",
        "q.yaml:15: question « consulted » : facteur inconnu « not_a_factor »",
        "q.yaml:16: question « consulted » : groupe inconnu « staff »",
        "q.yaml:17: question « consulted » : étape inconnue « someday »",
        "q.yaml:21: question « consulted » : clé inconnue « colour »",
        "q.yaml:22: la question « consulted » existe déjà (ligne 13)",
        "q.yaml:29: question « consulted » : « value » est lu comme vrai/faux",
        "q.yaml:30: question « consulted » : « score » vaut 1.5, il doit être entre 0 et 1",
        "q.yaml:31: question « no_scored » : il faut au moins deux réponses notées",
        "q.yaml:42: alerte « f » : « severity » doit valoir critical ou warning",
        "q.yaml:45: alerte « f » : question inconnue « nowhere »",
        "q.yaml:50: action « a » : « priority » vaut « urgent »",
        "q.yaml:51: action « a » : « owner_role » vaut « director »",
        "q.yaml:53: action « a » : alerte inconnue « missing_flag »",
    ]
    for wanted in expected:
        assert any(line.startswith(wanted) for line in lines), (wanted, lines)


def test_missing_required_keys_and_empty_dimension():
    text = (
        HEADER.replace("dimensions:\n", "dimensions:\n  - {id: other, label: Autre}\n")
        + """\
questions:
  - id: consulted
    dimension: team
    factors: [team_consent]
    groups: [team]
    scale: agreement
"""
    )
    lines = problems(text)
    assert "q.yaml:14: question « consulted » : clé « help » manquante" in lines
    assert "q.yaml:14: question « consulted » : clé « text » manquante" in lines
    assert "q.yaml:11: la dimension « other » ne contient aucune question" in lines


def test_a_flag_must_list_every_worse_answer():
    text = (
        HEADER.replace(
            "    - {value: not_at_all, label: Non, score: 0}\n",
            "    - {value: rather, label: Bof, score: 0.5}\n    - {value: not_at_all, label: Non, score: 0}\n",
        )
        + QUESTION
        + """\
flags:
  - id: f
    factor: team_consent
    severity: critical
    title: T
    explanation: E
    question: consulted
    answers: [rather]
"""
    )
    lines = problems(text)
    assert len(lines) == 1
    assert "la réponse « not_at_all » (score 0) n'est pas meilleure" in lines[0]


def test_unknown_factor_in_flag_and_unknown_reference():
    text = (
        HEADER
        + QUESTION.replace("    scale: agreement\n", "    scale: agreement\n    sources: [nowhere]\n")
        + """\
flags:
  - id: f
    factor: pay
    severity: warning
    title: T
    explanation: E
    question: consulted
    below: 150
"""
    )
    lines = problems(text)
    assert any("source inconnue « nowhere »" in line for line in lines)
    assert any("facteur inconnu « pay »" in line for line in lines)
    assert any("« below » vaut 150, il doit être entre 0 et 100" in line for line in lines)


def test_a_file_that_is_not_a_mapping_or_not_utf8(tmp_path):
    assert problems("- a\n- b\n") == ["q.yaml:1: le questionnaire doit être une rubrique (clé: valeur)"]
    path = tmp_path / "latin1.yaml"
    path.write_bytes("titre: équipe".encode("latin-1"))
    with pytest.raises(instrument.QuestionnaireError) as info:
        instrument.load(path)
    assert "UTF-8" in info.value.lines()[0]


def test_questions_for_filters_by_group_stage_and_version(mini):
    assert [q.id for q in mini.questions_for("team", "preparing")] == ["team_consulted", "team_agrees", "pay_level"]
    assert [q.id for q in mini.questions_for("team", "integrating")] == [
        "team_consulted",
        "team_agrees",
        "dirty_work_risk",
        "pay_level",
    ]
    assert [q.id for q in mini.questions_for("management", "preparing", short=True)] == [
        "team_consulted",
        "contract_type",
    ]


def test_wording_by_group_wins(mini):
    question = mini.question("team_consulted")
    assert question.text_for("peer").startswith("Avez-vous")
    assert question.text_for("team").startswith("L’équipe")


def test_reverse_scale_inverts_scores(mini):
    question = mini.question("dirty_work_risk")
    assert question.option("fully").score == 0
    assert question.option("not_at_all").score == 1


def test_normalised_json_has_the_contract_fields(mini):
    data = instrument.to_dict(mini)
    assert {"id", "version", "dimensions", "questions"} <= set(data)
    question = data["questions"][0]
    for key in ("id", "dimension", "factors", "groups", "stages", "short", "text", "help", "sources", "options"):
        assert key in question
    assert {"value", "label", "score"} <= set(question["options"][0])
    assert question["options"][-1] == {
        "value": "dont_know",
        "label": "Je ne sais pas",
        "score": None,
        "kind": "dont_know",
    }


def test_check_returns_the_questionnaire_and_its_problems_in_line_order_without_raising():
    from peerready.engine.yamlsource import load_text

    text = HEADER.replace('version: "1"', "version: 1") + QUESTION.replace("scale: agreement", "scale: agreemnt")
    questionnaire, found = instrument.check(load_text(text), "q.yaml", text)
    assert [line for _, line, _ in found] == sorted(line for _, line, _ in found)
    assert [f"{path}:{line}: {message}" for path, line, message in found] == [
        'q.yaml:3: « version » doit être du texte entre guillemets, par exemple "1"',
        "q.yaml:19: question « consulted » : échelle inconnue « agreemnt » (vouliez-vous dire « agreement » ?)",
    ]
    assert questionnaire is not None and questionnaire.version == "1"


def test_a_questionnaire_is_built_once_and_never_changed():
    text = HEADER + QUESTION
    q = instrument.loads(text, "q.yaml")
    assert q.text == text and q.path == "q.yaml"  # given when it is made, not set afterwards
    with pytest.raises(dataclasses.FrozenInstanceError):
        q.title = "Autre"  # type: ignore[misc]
    copy = dataclasses.replace(q, questions=q.questions[:0])
    assert copy.question("consulted") is None and q.question("consulted") is not None


def test_the_checker_sets_no_attribute_after_an_object_is_made():
    """``object.__setattr__`` only in ``__post_init__`` (building a frozen object), never in the checker."""
    import ast
    from pathlib import Path

    package = Path(instrument.__file__).parent
    for path in package.glob("*.py"):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for function in ast.walk(tree):
            if not isinstance(function, (ast.FunctionDef, ast.AsyncFunctionDef)):
                continue
            calls = [
                n
                for n in ast.walk(function)
                if isinstance(n, ast.Call) and ast.unparse(n.func) in ("object.__setattr__", "setattr")
            ]
            assert not calls or function.name == "__post_init__", (path.name, function.name)
