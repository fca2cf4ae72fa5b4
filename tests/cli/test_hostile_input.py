"""Hostile files at the public commands: refused at once, in French, exit 1, nothing stored.

YAML that expands (aliases), that nests or counts without end, numbers that never end,
control and bidirectional characters in every text that comes in, and the JSON of
``peerready questionnaire --json`` built from every field of the model.
"""

from __future__ import annotations

import dataclasses
import json
import time
import tracemalloc

import pytest

from peerready import cli
from peerready.cli.output import EXIT_INVALID
from peerready.engine import answers, instrument, limits, yamlsource
from peerready.engine import text as texts
from peerready.store import action_plan, assessments, bundle, bundle_rows, respondents, structures, summaries
from peerready.store.database import Store
from peerready.workshop import preparing, recording
from tests import hostile
from tests.conftest import ROOT

TABLES = ("structures", "questionnaires", "assessments", "assessment_groups", "respondents", "answers", "actions")
EXAMPLE = ROOT / "examples/chrs-mal-prepare.yaml"
#: Refusing a bomb must take well under a second; measured, here is the bound the tests hold.
FAST = 1.0


def snapshot(data_dir):
    with Store.open(data_dir) as store:
        return {t: sorted(json.dumps(dict(r), sort_keys=True) for r in store.db[t].rows) for t in TABLES}


def run(capsys, *argv):
    """``peerready ARGV`` in this process: (exit code, stdout, stderr, seconds of processor).

    Processor time, not wall time: the bound is on the work done, whatever else the machine runs.
    """
    start = time.process_time()
    code = cli.main([str(a) for a in argv])
    elapsed = time.process_time() - start
    captured = capsys.readouterr()
    return code, captured.out, captured.err, elapsed


def assert_refused(code, out, err, elapsed, *expected):
    shown = out + err
    assert code == EXIT_INVALID, shown
    assert "Traceback" not in shown
    assert elapsed < FAST, f"{elapsed:.2f} s"
    assert any(word in shown for word in expected), shown
    assert not any(texts.forbidden(line) for line in shown.splitlines()), "a raw control character was echoed"


@pytest.fixture(autouse=True)
def _warm():
    """Import what the commands import lazily, so that only the refusal is timed."""
    from peerready.engine import plan, results  # noqa: F401

    bundle_rows.tables()
    instrument.find(None)


@pytest.fixture
def recorded(capsys, _private_data_dir):
    """A data folder holding one recorded assessment."""
    code, *_ = run(capsys, "record", "--answers", EXAMPLE, "--structure", "CHRS Les Tilleuls")
    assert code == 0
    return _private_data_dir


@pytest.fixture(scope="module")
def good_bundle(tmp_path_factory, bundled):
    folder = tmp_path_factory.mktemp("export")
    with Store.open(folder / "data") as store:
        assessment = recording.record(store, "Exporté", answers.load(EXAMPLE), bundled)
        action_plan.update_action(store, action_plan.list_actions(store, assessment.id)[0].id, notes="Voir\nen janvier")
        bundle.export(store, folder / "good.peerready", structure_id=assessment.structure_id, include_comments=True)
    return (folder / "good.peerready").read_bytes()


# --------------------------------------------------------------------------- bombs

EXPECTED = {
    "laughs": "alias",
    "laughs_in_mappings": "alias",
    "one_anchor_many_aliases": "alias",
    "merge_bomb": "alias",
    "alias_as_key": "alias",
    "deep_nesting": "imbriqué",
    "many_nodes": "trop d'éléments",
    "long_number": "nombre trop long",
    "oversized": "trop gros",
}


@pytest.mark.parametrize("name", sorted(hostile.YAML_BOMBS))
def test_a_questionnaire_bomb_is_refused_by_check_at_once(name, tmp_path, capsys):
    path = tmp_path / f"{name}.yaml"
    path.write_text(hostile.questionnaire_bomb(name), encoding="utf-8")
    code, out, err, elapsed = run(capsys, "check", path)
    assert_refused(code, out, err, elapsed, EXPECTED[name])
    assert f"{path}:" in out


@pytest.mark.parametrize("name", sorted(hostile.YAML_BOMBS))
def test_an_answers_bomb_is_refused_by_plan_at_once(name, tmp_path, capsys):
    path = tmp_path / f"{name}.yaml"
    path.write_text(hostile.answers_bomb(name), encoding="utf-8")
    code, out, err, elapsed = run(capsys, "plan", "--answers", path, "--out", tmp_path / "plan.json")
    assert_refused(code, out, err, elapsed, EXPECTED[name])
    assert not (tmp_path / "plan.json").exists()


@pytest.mark.parametrize("name", sorted(hostile.YAML_BOMBS) + sorted(hostile.JSON_BOMBS))
def test_an_answers_bomb_is_refused_by_record_and_nothing_is_stored(name, tmp_path, capsys, recorded):
    maker = hostile.JSON_BOMBS.get(name) or (lambda: hostile.answers_bomb(name))
    path = tmp_path / (f"{name}.json" if name in hostile.JSON_BOMBS else f"{name}.yaml")
    path.write_text(maker(), encoding="utf-8")
    before = snapshot(recorded)
    code, out, err, elapsed = run(capsys, "record", "--answers", path, "--structure", "Autre")
    assert_refused(code, out, err, elapsed, "alias", "imbriqué", "trop", "nombre", "deux fois")
    assert snapshot(recorded) == before


@pytest.mark.parametrize("name", sorted(hostile.JSON_BOMBS))
def test_a_json_answers_bomb_is_refused_by_plan_at_once(name, tmp_path, capsys):
    path = tmp_path / f"{name}.json"
    path.write_text(hostile.JSON_BOMBS[name](), encoding="utf-8")
    code, out, err, elapsed = run(capsys, "plan", "--answers", path, "--out", "-")
    assert_refused(code, out, err, elapsed, "imbriqué", "trop", "nombre", "deux fois")


@pytest.mark.parametrize("name", sorted(set(hostile.YAML_BOMBS) - {"oversized"}))
def test_a_bundle_carrying_a_bomb_questionnaire_is_refused_and_nothing_is_stored(
    name, tmp_path, capsys, recorded, good_bundle
):
    path = tmp_path / "bomb.peerready"
    path.write_bytes(hostile.with_questionnaire(good_bundle, hostile.questionnaire_bomb(name)))
    before = snapshot(recorded)
    code, out, err, elapsed = run(capsys, "import", path)
    # A bundle of many nodes may be refused first for its compression ratio (« trop gros une fois
    # décompressé ») or for its nodes (« trop d'éléments »): refused at once either way.
    assert_refused(code, out, err, elapsed, "trop" if name == "many_nodes" else EXPECTED[name])
    assert snapshot(recorded) == before


def test_a_questionnaire_bomb_is_refused_when_shown_too(tmp_path, capsys):
    path = tmp_path / "laughs.yaml"
    path.write_text(hostile.questionnaire_bomb("laughs"), encoding="utf-8")
    assert_refused(*run(capsys, "questionnaire", path, "--json"), "alias")
    assert_refused(
        *run(capsys, "plan", "--answers", EXAMPLE, "--questionnaire", path, "--out", tmp_path / "p.json"), "alias"
    )


@pytest.mark.parametrize("name", ["laughs", "one_anchor_many_aliases", "merge_bomb", "many_nodes"])
def test_refusing_a_bomb_costs_little_memory(name):
    text = hostile.answers_bomb(name)
    tracemalloc.start()
    try:
        with pytest.raises(answers.AnswersError):
            answers.parse(text, "bomb.yaml")
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert peak < 100 * 1024 * 1024, f"{peak / 1e6:.0f} MB"


def test_a_bomb_says_where_it_is(tmp_path):
    with pytest.raises(instrument.QuestionnaireError) as info:
        instrument.loads(hostile.QUESTIONNAIRE_HEAD + hostile.laughs(), "q.yaml")
    assert info.value.lines()[0].startswith("q.yaml:7: les alias YAML")


def test_an_oversized_file_is_not_read_whole(tmp_path, monkeypatch):
    path = tmp_path / "big.yaml"
    path.write_bytes(b"#" * (limits.MAX_TEXT_BYTES * 3))
    asked = []
    real_open = open

    def spy(file, mode="r", *args, **kwargs):
        handle = real_open(file, mode, *args, **kwargs)
        real_read = handle.read
        handle.read = lambda size=-1: asked.append(size) or real_read(size)
        return handle

    monkeypatch.setattr("builtins.open", spy)
    for reader, error in ((answers.load, answers.AnswersError), (instrument.load, instrument.QuestionnaireError)):
        with pytest.raises(error, match="trop gros"):
            reader(path)
    assert asked and all(0 < size <= limits.MAX_TEXT_BYTES + 1 for size in asked)


def test_standard_input_is_read_bounded_too(monkeypatch):
    import io
    import sys

    class Stdin:
        buffer = io.BytesIO(b"#" * (limits.MAX_TEXT_BYTES + 5))

    monkeypatch.setattr(sys, "stdin", Stdin)
    with pytest.raises(answers.AnswersError, match="trop gros"):
        answers.load("-")
    with pytest.raises(answers.AnswersError, match="trop gros"):
        answers.parse_bytes(b"#" * (limits.MAX_TEXT_BYTES + 5))
    with pytest.raises(bundle.BundleError, match="trop gros"):
        monkeypatch.setattr(bundle, "MAX_FILE_BYTES", 10)
        bundle.inspect_bytes(b"PK" * 20)


def test_a_zip_bomb_member_is_refused_before_it_is_inflated(tmp_path, good_bundle):
    manifest, _ = hostile.bundle_parts(good_bundle)
    raw = hostile.build_bundle(manifest, None, payload=b" " * (150 * 1024 * 1024))
    assert len(raw) < 1024 * 1024
    tracemalloc.start()
    try:
        with pytest.raises(bundle.BundleError, match="trop gros une fois décompressé"):
            bundle.inspect_bytes(raw)
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert peak < 150 * 1024 * 1024


def test_yaml_aliases_and_odd_tags_are_refused_with_their_line():
    cases = {
        "a: &x 1\nb: *x\n": (2, "alias"),
        "a: !!python/object/apply:os.system [ls]\n": (1, "étiquette YAML « !!python/object/apply:os.system »"),
        "a: !!binary aGk=\n": (1, "étiquette YAML « !!binary »"),
        "a: !include other.yaml\n": (1, "étiquette YAML « !include »"),
        "a: 2024-02-30\n": (1, "valeur illisible « 2024-02-30 »"),
        "a:\n  - " + "9" * 40 + "\n": (2, "nombre trop long"),
        "a: 1\n---\nb: 2\n": (2, "plusieurs documents"),
    }
    for source, (line, message) in cases.items():
        with pytest.raises(yamlsource.SourceError) as info:
            yamlsource.load_text(source)
        assert info.value.problems[0][0] == line, source
        assert message in info.value.problems[0][1], (source, info.value.problems)


def test_lists_where_words_are_expected_are_refused_not_a_crash(mini):
    with pytest.raises(answers.AnswersError) as info:
        answers.parse("stage: [a]\nresponses:\n  - group: {x: 1}\n    mode: [individual]\n    answers: {}\n")
    assert "étape inconnue" in str(info.value) and "mode inconnu" in str(info.value)
    header = (ROOT / "tests/data/mini.yaml").read_text(encoding="utf-8")
    broken = header.replace("factor: contract_stability", "factor: [contract_stability]", 1)
    broken = broken.replace("dimension: team\n", "dimension: {team: 1}\n", 1).replace(
        "scale: agreement", "scale: []", 1
    )
    with pytest.raises(instrument.QuestionnaireError) as info:
        instrument.loads(broken, "q.yaml")
    text = str(info.value)
    assert "facteur inconnu" in text and "dimension inconnue" in text and "échelle inconnue" in text


def test_a_questionnaire_path_in_an_answers_file_is_refused():
    with pytest.raises(answers.AnswersError, match="identifiant d'un questionnaire"):
        answers.parse("questionnaire: /dev/zero\nstage: preparing\nresponses: [{group: team, answers: {}}]\n")


def test_odd_questionnaire_references_give_a_message(capsys):
    for reference in ("x" * 5000, "nul\x00byte"):
        code, _out, err, _ = run(capsys, "questionnaire", reference)
        assert code == EXIT_INVALID and "Traceback" not in err and "questionnaire inconnu" in err


# --------------------------------------------------------------------------- control characters


NASTY = ["CHRS\x00", "Foyer\u202eevil", "A\x1b[31m", "B\u2066x\u2069", "C\x85", "D\x7f", "lone\ud800"]


@pytest.mark.parametrize("nasty", NASTY)
def test_a_bundle_with_a_control_character_in_a_name_is_refused_and_nothing_is_stored(
    nasty, tmp_path, capsys, recorded, good_bundle
):
    manifest, data = hostile.bundle_parts(good_bundle)
    data["structures"][0]["name"] = nasty
    path = tmp_path / "nasty.peerready"
    path.write_bytes(hostile.build_bundle(manifest, data))
    before = snapshot(recorded)
    code, out, err, elapsed = run(capsys, "import", path)
    assert_refused(code, out, err, elapsed, "structures[0] : « name » contient un caractère invisible interdit")
    assert snapshot(recorded) == before


def _every_text_cell(data):
    for table, rows in data.items():
        for index, row in enumerate(rows):
            for column, value in row.items():
                if isinstance(value, str) and column not in ("id", "hash") and not column.endswith("_id"):
                    yield table, index, column


def test_every_text_field_of_a_bundle_is_checked(tmp_path, good_bundle):
    _, data = hostile.bundle_parts(good_bundle)
    cells = sorted(set((table, column) for table, _, column in _every_text_cell(data)))
    assert len(cells) > 20
    for table, column in cells:
        manifest, data = hostile.bundle_parts(good_bundle)
        row = next(r for r in data[table] if isinstance(r.get(column), str))
        if column in ("steps", "factors", "because", "counts"):
            value = json.loads(row[column])
            row[column] = json.dumps(["x\u202e"] if isinstance(value, list) else {"x\x00": 1})
        elif column == "content":
            row[column] = row[column] + "# \u202e\n"
        else:
            row[column] = row[column] + "\x00"
        with pytest.raises(bundle.BundleError) as info:
            bundle.inspect_bytes(hostile.build_bundle(manifest, data))
        assert any("invisible" in p or "inconnue" in p for p in info.value.problems), (table, column)


def test_a_line_break_in_a_bundle_name_is_refused_but_kept_in_notes(tmp_path, good_bundle):
    manifest, data = hostile.bundle_parts(good_bundle)
    data["structures"][0]["name"] = "Deux\nlignes"
    with pytest.raises(bundle.BundleError, match="doit tenir sur une ligne"):
        bundle.inspect_bytes(hostile.build_bundle(manifest, data))
    manifest, data = hostile.bundle_parts(good_bundle)
    data["structures"][0]["notes"] = "Deux\nlignes\tet une tabulation"
    bundle.inspect_bytes(hostile.build_bundle(manifest, data))


def test_a_bundle_text_is_stored_nfc(tmp_path, good_bundle):
    manifest, data = hostile.bundle_parts(good_bundle)
    data["structures"][0]["name"] = "Cafe\u0301 solidaire"
    path = tmp_path / "nfc.peerready"
    path.write_bytes(hostile.build_bundle(manifest, data))
    with Store.open(tmp_path / "office") as store:
        bundle.import_bundle(store, path)
        assert [s.structure.name for s in summaries.list_structures(store)] == ["Caf\u00e9 solidaire"]


@pytest.mark.parametrize(
    "source, line",
    [
        ('stage: preparing\nstructure: "CHRS\\0"\nresponses: []\n', 2),
        ("stage: preparing\nstructure: Foyer \u202eevil\nresponses: []\n", 2),
        (
            "stage: preparing\nresponses:\n  - group: team\n    answers: {team_agrees: fully}\n"
            '    comments: {team_agrees: "bonjour\\x1b[2J"}\n',
            5,
        ),
        ('stage: preparing\nresponses:\n  - group: team\n    answers: {team_agrees: "fully\\u2066"}\n', 4),
    ],
)
def test_an_answers_file_with_a_control_character_is_refused_with_its_line(source, line, tmp_path, capsys):
    path = tmp_path / "a.yaml"
    path.write_text(source, encoding="utf-8")
    code, out, err, elapsed = run(
        capsys, "plan", "--answers", path, "--questionnaire", "tests/data/mini.yaml", "--out", "-"
    )
    assert_refused(code, out, err, elapsed, "caractère invisible interdit")
    assert f"{path}:{line}:" in err


@pytest.mark.parametrize("escaped", ["\\u0000", "\\u202e", "\\ud800", "\\u0007"])
def test_a_json_answers_file_with_a_control_character_is_refused(escaped, tmp_path, capsys, recorded):
    path = tmp_path / "a.json"
    path.write_text(
        '{"stage": "preparing", "structure": "X' + escaped + '", "responses": '
        '[{"group": "team", "answers": {"team_agrees": "fully"}}]}',
        encoding="utf-8",
    )
    before = snapshot(recorded)
    code, out, err, elapsed = run(
        capsys, "record", "--answers", path, "--questionnaire", "tests/data/mini.yaml", "--structure", "Y"
    )
    assert_refused(code, out, err, elapsed, "caractère invisible interdit")
    assert snapshot(recorded) == before


def test_a_questionnaire_with_a_control_character_is_refused_with_its_line(tmp_path, capsys):
    text = (ROOT / "tests/data/mini.yaml").read_text(encoding="utf-8")
    path = tmp_path / "q.yaml"
    path.write_text(text.replace("label: Tout à fait", 'label: "Tout \\0 à fait"', 1), encoding="utf-8")
    code, out, err, elapsed = run(capsys, "check", path)
    assert_refused(code, out, err, elapsed, "caractère invisible interdit (U+0000")
    assert f"{path}:11:" in out
    path.write_text(text.replace("# A small", "# A \u202esmall", 1), encoding="utf-8")
    code, out, err, elapsed = run(capsys, "check", path)
    assert_refused(code, out, err, elapsed, "U+202E")
    assert f"{path}:1:" in out


def test_names_typed_on_the_command_line_are_cleaned_before_they_are_stored(capsys, _private_data_dir):
    code, _out, err, _ = run(
        capsys, "record", "--answers", EXAMPLE, "--structure", "CHRS\x00 Les\u202e  Tilleuls\x1b", "--label", "a\tb\x07"
    )
    assert code == 0, err
    with Store.open(_private_data_dir) as store:
        (summary,) = summaries.list_structures(store)
        assert summary.structure.name == "CHRS Les Tilleuls"
        assert assessments.get_assessment(store, summary.last_assessment_id).label == "a b"


def test_texts_typed_in_the_app_are_cleaned_before_they_are_stored(tmp_path, mini):
    with Store.open(tmp_path / "data") as store:
        structure = structures.create_structure(
            store, "Cafe\u0301\x00 ", sector="Sans\u2066 abri", notes="l1\r\nl2\x0c"
        )
        assert (structure.name, structure.sector, structure.notes) == ("Café", "Sans abri", "l1\nl2")
        structure = structures.update_structure(store, structure.id, name="Nou\u202dveau\n", notes="a\x00\nb")
        assert (structure.name, structure.notes) == ("Nouveau", "a\nb")
        assessment = preparing.start_assessment(
            store, structure.id, mini, "preparing", {"team": "individual"}, label="Atelier\x1b[1m"
        )
        assert assessment.label == "Atelier[1m"
        respondent = respondents.add_respondent(store, assessment.id, "team")
        respondents.save_answer(store, respondent.id, "team_agrees", value="fully", comment="ok\x00\u202e\nsuite")
        assert respondents.respondent_answers(store, respondent.id)["team_agrees"]["comment"] == "ok\nsuite"
        action = action_plan.add_action(
            store, assessment.id, "Titre\x07", owner_name="Sa\u2067mia", notes="n\x00", steps=["e\u0301tape\x00"]
        )
        assert (action.title, action.owner_name, action.notes, action.steps) == ("Titre", "Samia", "n", ("étape",))
        action = action_plan.update_action(store, action.id, title="T\u202e2", notes="x\r\ny\x1b", steps=["a\x00"])
        assert (action.title, action.notes, action.steps) == ("T2", "x\ny", ("a",))


def test_the_cleaning_rule():
    assert texts.clean("  a \t b\n c\x00\u202e ") == "a b c"
    assert texts.clean("a\r\nb\rc\n\td\x85", multiline=True) == "a\nb\nc\n\td"
    assert texts.clean("e\u0301") == "\u00e9"
    assert texts.clean(None) is None and texts.clean(3) == 3
    assert texts.shown("a\x00b\u202ec") == "a\\x00b\\u202ec"
    assert texts.forbidden("ok\t\n\r é €") is None
    assert texts.forbidden("\u200f") is None  # a right-to-left mark is text, not an override


def test_messages_escape_what_they_echo(tmp_path):
    error = answers.AnswersError("a\x00.yaml", [(1, "« x\u202e »")])
    assert error.lines() == ["a\\x00.yaml:1: « x\\u202e »"]
    many = instrument.QuestionnaireError([("q.yaml", n, "faux") for n in range(500)])
    assert len(many.lines()) == yamlsource.MAX_PROBLEMS + 1 and "400 autres" in many.lines()[-1]


# --------------------------------------------------------------------------- questionnaire --json


def _pairs(obj, plain, path="questionnaire"):
    """Each dataclass instance of the model with its JSON object, found by walking the fields."""
    if dataclasses.is_dataclass(obj):
        assert isinstance(plain, dict), path
        yield obj, plain, path
        for field in instrument.json_fields(obj):
            yield from _pairs(getattr(obj, field.name), plain.get(field.name), f"{path}.{field.name}")
    elif isinstance(obj, dict):
        # a dict of objects by id is a list in the JSON, in the same order
        assert isinstance(plain, (list, dict)) and len(plain) == len(obj), path
        items = plain if isinstance(plain, list) else [plain.get(key) for key in obj]
        for (key, value), item in zip(obj.items(), items, strict=True):
            yield from _pairs(value, item, f"{path}[{key}]")
    elif isinstance(obj, (tuple, list)):
        assert isinstance(plain, list) and len(plain) == len(obj), path
        for index, (value, item) in enumerate(zip(obj, plain, strict=True)):
            yield from _pairs(value, item, f"{path}[{index}]")


def test_questionnaire_json_has_every_field_of_every_dataclass_of_the_model(bundled, capsys):
    code, out, _, _ = run(capsys, "questionnaire", "--json")
    assert code == 0
    plain = json.loads(out)
    seen = set()
    for obj, item, path in _pairs(bundled, plain):
        seen.add(type(obj).__name__)
        missing = {f.name for f in instrument.json_fields(obj)} - set(item)
        assert not missing, (path, missing)
    left_out = {
        (type(obj).__name__, f.name)
        for obj, _, _ in _pairs(bundled, plain)
        for f in dataclasses.fields(obj)
        if f not in instrument.json_fields(obj)
    }
    assert left_out == {("Questionnaire", "path"), ("Questionnaire", "text")}, "only where it was read from"
    assert "text" not in plain and "path" not in plain
    assert {
        "Questionnaire",
        "Dimension",
        "Question",
        "Option",
        "Flag",
        "Trigger",
        "ActionTemplate",
        "Reference",
        "Factor",
    } <= seen


def test_questionnaire_json_keeps_critical_flags_and_the_contract(bundled, capsys):
    code, out, _, _ = run(capsys, "questionnaire", "--json")
    assert code == 0
    plain = json.loads(out)
    counted = {a.id: a.when.critical_flags for a in bundled.actions if a.when.critical_flags}
    assert counted, "the bundled questionnaire has an action on several critical flags"
    by_id = {a["id"]: a for a in plain["actions"]}
    for action_id, count in counted.items():
        assert by_id[action_id]["when"]["critical_flags"] == count
    assert {"id", "version", "dimensions", "questions"} <= set(plain)
    assert {"id", "label"} <= set(plain["dimensions"][0])
    question = plain["questions"][0]
    assert {"id", "dimension", "factors", "groups", "stages", "short", "text", "help", "sources", "options"} <= set(
        question
    )
    assert {"value", "label", "score"} <= set(question["options"][0])
    assert isinstance(plain["factors"], list) and isinstance(plain["references"], list)
    flag = bundled.flags[0]
    assert plain["flags"][0]["threshold"] == round(flag.threshold * 100, 2)
