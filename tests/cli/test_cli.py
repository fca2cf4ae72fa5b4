"""The command line contract of PRODUCT.md, run as a user would (real subprocesses)."""

import json

from tests.conftest import DATA, ROOT, run_cli


def test_version():
    code, out, _ = run_cli("--version")
    assert code == 0 and out.startswith("PeerReady ")


def test_version_keeps_the_app_alone_on_its_first_line_then_says_what_it_carries():
    from peerready import __version__
    from peerready.engine import instrument
    from peerready.store import migrations

    code, out, _ = run_cli("--version")
    first, *rest = out.splitlines()
    assert code == 0 and first == f"PeerReady {__version__}"
    bundled = instrument.find(None)
    assert f"Questionnaire {bundled.id}\u00a0: {bundled.version}" in rest
    assert f"Schéma de la base\u00a0: {len(migrations.KNOWN_MIGRATIONS)} ({migrations.KNOWN_MIGRATIONS[-1]})" in rest


def test_check_the_bundled_instrument():
    code, out, _ = run_cli("check")
    assert code == 0
    assert "questionnaires/peerready-fr.yaml: valide (peerready-fr" in out


def test_check_reports_file_line_message_and_exits_1(tmp_path):
    bad = tmp_path / "bad.yaml"
    bad.write_text(
        (DATA / "mini.yaml").read_text(encoding="utf-8").replace("dimension: employment", "dimension: pay"),
        encoding="utf-8",
    )
    code, out, err = run_cli("check", bad, DATA / "mini.yaml")
    assert code == 1
    assert f"{bad}:47: question « contract_type » : dimension inconnue « pay »" in out
    assert f"{bad}:17: la dimension « employment » ne contient aucune question" in out
    assert "mini.yaml: valide" in out
    assert "Traceback" not in out + err


def test_check_a_missing_file_is_a_clear_error(tmp_path):
    code, out, err = run_cli("check", tmp_path / "nowhere.yaml")
    assert code == 1 and "lecture impossible" in out and "Traceback" not in err


def test_questionnaire_json_is_the_normalised_form():
    code, out, _ = run_cli("questionnaire", "peerready-fr", "--json")
    assert code == 0
    data = json.loads(out)
    assert data["id"] == "peerready-fr" and data["version"]
    assert len(data["dimensions"]) == 6
    question = data["questions"][0]
    assert {"id", "dimension", "factors", "groups", "stages", "short", "text", "help", "sources", "options"} <= set(
        question
    )
    assert all(0 <= o["score"] <= 1 for q in data["questions"] for o in q["options"] if o["score"] is not None)


def test_questionnaire_by_file_and_unknown_id():
    code, out, _ = run_cli("questionnaire", DATA / "mini.yaml", "--json")
    assert code == 0 and json.loads(out)["id"] == "mini"
    code, _, err = run_cli("questionnaire", "nothing-like-this")
    assert code == 1 and "questionnaire inconnu" in err and "peerready-fr" in err


def test_plan_json_from_the_examples(tmp_path):
    out_path = tmp_path / "plan.json"
    code, _, err = run_cli(
        "plan", "--answers", ROOT / "examples/chrs-mal-prepare.yaml", "--format", "json", "--out", out_path
    )
    assert code == 0, err
    data = json.loads(out_path.read_text(encoding="utf-8"))
    assert data["level"]["id"] == "not_ready"
    for key in ("dimensions", "factors", "flags", "gaps", "divided", "actions"):
        assert key in data
    action = data["actions"][0]
    assert {"title", "factors", "priority", "owner_role", "horizon", "because"} <= set(action)
    assert action["priority"] == "critical"

    code, _, _ = run_cli("plan", "--answers", ROOT / "examples/service-bien-prepare.yaml", "--out", out_path)
    assert code == 0
    assert json.loads(out_path.read_text(encoding="utf-8"))["level"]["id"] == "ready"


def test_plan_refuses_malformed_answers_and_writes_nothing(tmp_path):
    answers = tmp_path / "answers.yaml"
    answers.write_text(
        "stage: preparing\nresponses:\n  - group: team\n    mode: tally\n"
        "    answers:\n      team_agrees: {fully: -1}\n      nowhere: {fully: 1}\n",
        encoding="utf-8",
    )
    out_path = tmp_path / "plan.json"
    code, out, err = run_cli("plan", "--answers", answers, "--questionnaire", DATA / "mini.yaml", "--out", out_path)
    assert code == 1
    assert (
        f"{answers}:6: réponse 1 (team, tally), question « team_agrees » : le nombre pour « fully » est négatif (-1)"
        in err
    )
    assert not out_path.exists() and "Traceback" not in out + err


def test_plan_refuses_a_missing_answers_file(tmp_path):
    code, _, err = run_cli("plan", "--answers", tmp_path / "none.yaml", "--out", tmp_path / "x.json")
    assert code == 1 and "lecture impossible" in err


def test_wrong_usage_exits_2_in_french():
    code, _, err = run_cli("plan", "--out", "x.json")
    assert code == 2 and "erreur" in err and "--answers" in err


def test_every_readme_command_example_runs(tmp_path):
    """The README shows commands in ```sh blocks; each ``peerready …`` line must succeed."""
    import shlex

    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    commands = []
    for block in readme.split("```sh")[1:]:
        for line in block.split("```")[0].splitlines():
            line = line.strip()
            if line.startswith("peerready "):
                commands.append(line)
    assert len(commands) >= 15
    # « ÉVALUATION » stands for an assessment of the reader's own: one is recorded for the examples.
    code, out, err = run_cli("record", "--answers", ROOT / "examples/chrs-mal-prepare.yaml", "--structure", "CHRS")
    assert code == 0, err
    assessment = out.split(": ")[1].split()[0]
    written = (".json", ".pdf", ".peerready", ".sqlite3", ".docx", ".xlsx", ".csv")
    for command in commands:
        args = [assessment if a == "ÉVALUATION" else a for a in shlex.split(command, comments=True)[1:]]
        # Files the examples write go to a temporary folder, never into the clone.
        args = [str(tmp_path / a) if a.endswith(written) else a for a in args]
        code, _, err = run_cli(*args, cwd=ROOT)
        assert code == 0, (command, err)


def test_the_readme_answers_file_example_is_valid(bundled):
    from peerready.engine import answers

    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    block = next(b.split("```")[0] for b in readme.split("```yaml")[1:] if "responses:" in b)
    answer_set = answers.validate(answers.parse(block, "README.md"), bundled)
    assert {r.mode for r in answer_set.responses} == {"consensus", "tally", "individual"}
