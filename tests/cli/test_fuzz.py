"""Fuzzing the three readers of outside files: answers files, questionnaires, ``.peerready`` files.

Inputs are structured, not only random bytes: valid files mutated (hostile snippets
inserted, lines cut, swapped, re-indented), YAML trees with anchors and aliases, odd
Unicode, huge scalars, bundles with rewritten rows (checksums made right, so the deep
checks are reached) and archives with odd members. A reader may accept an input or refuse
it with the project's own error; anything else (a traceback), an input taking seconds, or
memory growing past a ceiling fails the test.

The quick tests take a few seconds per reader; the ``slow`` ones about a minute each.
Inputs that once failed live in tests/fuzz_corpus/ and are replayed by a normal test.
"""

from __future__ import annotations

import contextlib
import io
import json
import time
import warnings
import zipfile
from pathlib import Path

import pytest
import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from peerready.engine import answers, instrument, plan, results, vocabulary
from peerready.store import bundle, errors, respondents, summaries
from peerready.store.database import Store
from peerready.workshop import recording
from tests import hostile
from tests.conftest import DATA, ROOT

#: The same on every Python: CI runs them on one (pyproject.toml's markers).
pytestmark = pytest.mark.one_python

CORPUS = Path(__file__).resolve().parent.parent / "fuzz_corpus"
MINI_TEXT = (DATA / "mini.yaml").read_text(encoding="utf-8")
BUNDLED_TEXT = (ROOT / "questionnaires/peerready-fr.yaml").read_text(encoding="utf-8")
MINI = instrument.loads(MINI_TEXT, "mini.yaml")
BUNDLED = instrument.loads(BUNDLED_TEXT, "peerready-fr.yaml")
EXAMPLES = [p.read_text(encoding="utf-8") for p in sorted((ROOT / "examples").glob("*.yaml"))]
MINI_ANSWERS = (
    "questionnaire: mini\nstructure: Foyer\nstage: integrating\nversion: full\nresponses:\n"
    "  - group: management\n    mode: consensus\n    answers:\n      team_consulted: {value: fully, divided: true,"
    " note: débat}\n      contract_type: fixed_term_short\n      pay_level: rather_no\n"
    "  - group: team\n    mode: tally\n    answers:\n      team_agrees: {fully: 3, rather_no: 2}\n"
    "      dirty_work_risk: {fully: 1}\n    comments: {team_agrees: Pas unanimes}\n"
    "  - group: peer\n    answers: {team_consulted: not_at_all, dirty_work_risk: fully}\n"
)
#: No input should take this long; real ones take milliseconds.
SLOW_INPUT = 3.0
#: Address space the readers may add while fuzzing (a bomb would take gigabytes).
MEMORY_HEADROOM = 1536 * 1024 * 1024
EXPECTED = (answers.AnswersError, instrument.QuestionnaireError, bundle.BundleError, errors.RecordError)

QUICK = settings(
    max_examples=150,
    deadline=None,
    database=None,
    suppress_health_check=list(HealthCheck),
)


def slow(examples: int):
    return settings(QUICK, max_examples=examples)


# --------------------------------------------------------------------------- bounds


@contextlib.contextmanager
def memory_ceiling():
    """Refuse to let the process grow past its size now plus MEMORY_HEADROOM (Linux)."""
    try:
        import resource

        status = Path("/proc/self/status").read_text()
        size = int(next(line for line in status.splitlines() if line.startswith("VmSize:")).split()[1]) * 1024
    except (ImportError, OSError, StopIteration, ValueError):
        yield
        return
    soft, hard = resource.getrlimit(resource.RLIMIT_AS)
    ceiling = size + MEMORY_HEADROOM
    if hard != resource.RLIM_INFINITY:
        ceiling = min(ceiling, hard)
    resource.setrlimit(resource.RLIMIT_AS, (ceiling, hard))
    try:
        yield
    finally:
        resource.setrlimit(resource.RLIMIT_AS, (soft, hard))


def bounded(call, *args):
    """Run one reader on one input: only the project's errors, and quickly."""
    start = time.perf_counter()
    with contextlib.suppress(*EXPECTED):
        call(*args)
    elapsed = time.perf_counter() - start
    assert elapsed < SLOW_INPUT, f"{elapsed:.1f} s for one input"


# --------------------------------------------------------------------------- the readers, end to end


def read_answers(data, json_syntax: bool = False) -> None:
    """What ``peerready plan --answers`` does with a file: read, validate, compute, plan."""
    if isinstance(data, bytes):
        answer_set = answers.parse_bytes(data, "fuzz", json_syntax=json_syntax)
    else:
        answer_set = answers.parse(data, "fuzz", json_syntax=json_syntax)
    questionnaire = MINI if answer_set.questionnaire == "mini" else BUNDLED
    answer_set = answers.validate(answer_set, questionnaire)
    result = results.compute(questionnaire, answer_set)
    json.dumps(json.loads(results.to_json(result, plan.build(questionnaire, result))))


def read_questionnaire(text: str) -> None:
    """What ``peerready check`` and ``questionnaire --json`` do; a valid one must then be usable."""
    questionnaire = instrument.loads(text, "fuzz.yaml")
    json.loads(instrument.to_json(questionnaire))
    stage = next(iter(vocabulary.STAGES))
    empty = answers.AnswerSet(responses=(), stage=stage, questionnaire=questionnaire.id)
    plan.build(questionnaire, results.compute(questionnaire, empty))


def read_bundle(raw: bytes) -> None:
    """What ``peerready import`` does: check everything, then merge into a database."""
    if len(raw) > bundle.MAX_FILE_BYTES:
        raise bundle.BundleError("fuzz", ["trop gros"])
    import tempfile

    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "fuzz.peerready"
        path.write_bytes(raw)
        _, data = bundle.read(path)
    with Store.memory() as store:
        bundle.merge(store, data)
        for assessment_id, _ in summaries.list_assessments(store):  # what the app shows next
            summaries.assessment_results(store, assessment_id.id)


# --------------------------------------------------------------------------- strategies

ODD_CHARACTERS = [
    "\x00",
    "\x07",
    "\x1b",
    "\x7f",
    "\x85",
    "\u00a0",
    "\u202e",
    "\u2066",
    "\u2028",
    "\ufeff",
    "\ufffe",
    "\ud800",
    "e\u0301",
    "\U0001f600",
    "\t",
    "\r",
    "\r\n",
    "\u00e9",
    "'",
    '"',
    "\\",
]
SNIPPETS = [
    "&a ",
    "*a",
    "&a [x, *a]",
    "<<: *a",
    "<<: {x: 1}",
    "!!python/object/apply:os.system [ls]",
    "!!binary aGk=",
    "!!set {a}",
    "!!omap [a: 1]",
    "!include x",
    "!!str",
    "!!int",
    "!",
    "? ",
    ": ",
    "- ",
    "-",
    "[",
    "]",
    "{",
    "}",
    ",",
    "#",
    "|",
    ">",
    "|-",
    "%YAML 1.1\n",
    "%TAG ! tag:x,2000:\n",
    "---\n",
    "...\n",
    "~",
    "null",
    "yes",
    "no",
    "on",
    ".nan",
    ".inf",
    "-.inf",
    "1e999",
    "0x" + "f" * 40,
    "0b101",
    "0o7",
    "1:2:3",
    "190:20:30.15",
    "2024-02-30",
    "2024-01-01T25:61:61",
    "9" * 50,
    "-" + "9" * 40,
    "1_000",
    "0.",
    ".5",
    '"\\0"',
    '"\\x1b"',
    '"\\u202e"',
    '"\\ud800"',
    '"\\N"',
    "'it''s'",
    "x" * 5000,
    "\n  ",
    "\n\t",
    "\n    - ",
    "\n  key: value",
    "[" * 60 + "]" * 60,
    "{a: " * 40 + "1" + "}" * 40,
    *ODD_CHARACTERS,
    # words of the formats, so that mutations reach the validation
    "group: team",
    "mode: tally",
    "mode: consensus",
    "answers: {}",
    "responses: []",
    "stage: preparing",
    "stage: [x]",
    "group: [team]",
    "divided: [x]",
    "comments: {x: 1}",
    "score: 2",
    "score: -1",
    "score: .nan",
    "score: " + "9" * 30,
    "scale: agreement",
    "options: []",
    "kind: dont_know",
    "reverse: true",
    "below: 150",
    "answers: [fully]",
    "critical_flags: 0",
    "factor_below: .inf",
    "id: Bad Id",
    "id: yes",
    "text: ''",
]
JSON_SNIPPETS = [
    "NaN",
    "Infinity",
    "-Infinity",
    "1e999999",
    "9" * 60,
    "-0",
    "1.5e-400",
    "[]",
    "{}",
    "null",
    "true",
    '"x"',
    '"\\u0000"',
    '"\\ud800"',
    '"\\u202e"',
    ",",
    ":",
    '"stage": "preparing"',
    '"group": "team"',
    '"mode": "tally"',
    "[" * 50,
    "{" * 50,
    '{"a": 1, "a": 2}',
    '"\\"',
    *ODD_CHARACTERS,
]


#: Printable text: control characters come from ODD_CHARACTERS, now and then, not everywhere.
PRINTABLE = st.text(st.characters(blacklist_categories=("Cc", "Cs")), max_size=12)


@st.composite
def mutated(draw, seeds, snippets=SNIPPETS):
    """A seed text with a few edits: snippets inserted, ranges cut or doubled, lines swapped."""
    text = draw(st.sampled_from(seeds))
    for _ in range(draw(st.integers(1, 6))):
        operation = draw(st.sampled_from(["insert", "insert", "insert", "delete", "duplicate", "swap", "indent"]))
        at = draw(st.integers(0, len(text)))
        if operation == "insert":
            piece = draw(st.one_of(st.sampled_from(snippets), PRINTABLE))
            text = text[:at] + piece + text[at:]
        elif operation == "delete":
            text = text[:at] + text[at + draw(st.integers(1, 80)) :]
        elif operation == "duplicate":
            text = text[:at] + text[at : at + draw(st.integers(1, 200))] + text[at:]
        else:
            lines = text.split("\n")
            i, j = draw(st.integers(0, len(lines) - 1)), draw(st.integers(0, len(lines) - 1))
            if operation == "swap":
                lines[i], lines[j] = lines[j], lines[i]
            else:
                lines[i] = draw(st.sampled_from([" ", "  ", "\t", "- ", ""])) + lines[i]
            text = "\n".join(lines)
    return text


scalars = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(),
    st.integers(min_value=10**25, max_value=10**60),
    st.floats(allow_nan=True, allow_infinity=True),
    st.text(st.characters(blacklist_categories=("Cc", "Cs")), max_size=30),
    st.lists(st.sampled_from(ODD_CHARACTERS + list("abc: -#&*!")), max_size=20).map("".join),
    st.sampled_from(
        [
            "fully",
            "rather_no",
            "not_at_all",
            "dont_know",
            "team",
            "management",
            "peer",
            "people",
            "tally",
            "consensus",
            "individual",
            "preparing",
            "integrating",
            "team_agrees",
            "team_consulted",
            "contract_type",
            "x" * 3000,
        ]
    ),
)
trees = st.recursive(
    scalars,
    lambda children: st.one_of(
        st.lists(children, max_size=5),
        st.dictionaries(
            st.one_of(
                PRINTABLE,
                st.sampled_from(["group", "mode", "answers", "comments", "divided", "value", "note", "stage"]),
            ),
            children,
            max_size=5,
        ),
    ),
    max_leaves=25,
)


@st.composite
def answers_trees(draw):
    """An answers file's shape with any value anywhere: it reaches the deep checks."""
    responses = draw(
        st.lists(
            st.fixed_dictionaries(
                {
                    "group": st.one_of(st.sampled_from(list(vocabulary.GROUPS)), scalars),
                    "mode": st.one_of(st.sampled_from(list(vocabulary.MODES)), scalars),
                    "answers": st.one_of(
                        st.dictionaries(
                            st.sampled_from([q.id for q in MINI.questions] + ["x"]),
                            st.one_of(
                                st.sampled_from(["fully", "rather_no", "permanent", "dont_know", "not_applicable"]),
                                st.dictionaries(
                                    PRINTABLE | st.sampled_from(["fully", "rather_no"]),
                                    st.integers(-5, 10**6) | scalars,
                                    max_size=3,
                                ),
                                trees,
                            ),
                            max_size=5,
                        ),
                        trees,
                    ),
                },
                optional={"comments": trees, "divided": trees},
            ),
            max_size=4,
        )
    )
    tree = {"questionnaire": draw(st.sampled_from(["mini", "peerready-fr", "x"])), "responses": responses}
    tree["stage"] = draw(st.one_of(st.sampled_from(list(vocabulary.STAGES)), scalars))
    if draw(st.booleans()):
        tree["structure"] = draw(scalars)
    return tree


def with_anchors(draw, text: str) -> str:
    """Put anchors on some values of a YAML text and aliases to them elsewhere."""
    lines = text.split("\n")
    for _ in range(draw(st.integers(0, 4))):
        i = draw(st.integers(0, len(lines) - 1))
        if ": " in lines[i]:
            key, _, value = lines[i].partition(": ")
            lines[i] = f"{key}: &n{i} {value}"
            j = draw(st.integers(0, len(lines) - 1))
            if ": " in lines[j]:
                key, _, _ = lines[j].partition(": ")
                lines[j] = f"{key}: *n{i}"
    return "\n".join(lines)


@st.composite
def yaml_documents(draw, tree_strategy):
    tree = draw(tree_strategy)
    text = yaml.safe_dump(tree, allow_unicode=draw(st.booleans()), default_flow_style=draw(st.booleans()))
    return with_anchors(draw, text)


bombs = st.sampled_from(["laughs", "laughs_in_mappings", "one_anchor_many_aliases", "merge_bomb", "alias_as_key"])

answers_texts = st.one_of(
    mutated([MINI_ANSWERS, *EXAMPLES]),
    yaml_documents(answers_trees()),
    yaml_documents(trees),
    bombs.map(hostile.answers_bomb),
)
json_texts = st.one_of(
    answers_trees()
    .map(lambda t: json.dumps(t, ensure_ascii=False))
    .flatmap(lambda text: mutated([text], JSON_SNIPPETS)),
    st.builds(json.dumps, trees),
)
questionnaire_texts = st.one_of(
    mutated([MINI_TEXT]),
    mutated([MINI_TEXT]),
    mutated([BUNDLED_TEXT]),
    st.builds(lambda text: "format: 1\nid: x\n" + text, yaml_documents(trees)),
    bombs.map(hostile.questionnaire_bomb),
)


# --------------------------------------------------------------------------- bundles


def _good_bundle() -> bytes:
    import tempfile

    with tempfile.TemporaryDirectory() as folder, Store.open(Path(folder) / "data") as store:
        answer_set = answers.parse(MINI_ANSWERS, "mini.yaml")
        assessment = recording.record(store, "Foyer", answer_set, MINI)
        respondent = respondents.add_respondent(store, assessment.id, "team")
        respondents.save_answer(store, respondent.id, "team_agrees", counts={"fully": 2}, comment="Un commentaire")
        target = Path(folder) / "good.peerready"
        bundle.export(store, target, structure_id=assessment.structure_id, include_comments=True)
        return target.read_bytes()


GOOD_BUNDLE = _good_bundle()
GOOD_MANIFEST, GOOD_DATA = hostile.bundle_parts(GOOD_BUNDLE)
HOSTILE_VALUES = st.one_of(
    scalars,
    trees,
    st.sampled_from(
        [
            "",
            "\x00",
            "x\u202e",
            "\ud800",
            "a\nb",
            "9999-99-99",
            "zzzz",
            "not-a-uuid",
            "x" * 300,
            2**63,
            -(2**63) - 1,
            json.dumps({"fully": -1}),
            json.dumps({"fully": 10**9}),
            json.dumps(["\x00"]),
            "[" * 30 + "]" * 30,
            "NaN",
            json.dumps({"x": 1}),
        ]
    ),
)


@st.composite
def rewritten_bundles(draw):
    """The good bundle with a few cells, rows or tables changed; checksums and hashes made right."""
    manifest = json.loads(json.dumps(GOOD_MANIFEST))
    data = json.loads(json.dumps(GOOD_DATA))
    for _ in range(draw(st.integers(1, 4))):
        table = draw(st.sampled_from(sorted(data)))
        rows = data[table]
        operation = draw(
            st.sampled_from(["cell", "cell", "cell", "drop_key", "duplicate", "delete", "table", "questionnaire"])
        )
        if operation == "table":
            data[draw(st.sampled_from([table, "extra"]))] = draw(HOSTILE_VALUES)
        elif not isinstance(rows, list) or not rows:
            continue
        elif operation == "questionnaire":
            carried = data.get("questionnaires")
            if isinstance(carried, list) and carried and isinstance(carried[0], dict):
                carried[0]["content"] = draw(questionnaire_texts)
        else:
            index = draw(st.integers(0, len(rows) - 1))
            row = rows[index]
            if not isinstance(row, dict) or not row:
                continue
            column = draw(st.sampled_from(sorted(row)))
            if operation == "cell":
                row[column] = draw(HOSTILE_VALUES)
            elif operation == "drop_key":
                row.pop(column)
            elif operation == "duplicate":
                rows.append(dict(row))
            else:
                rows.pop(index)
    if draw(st.sampled_from([False] * 4 + [True])):
        manifest[draw(st.sampled_from(["format", "format_version", "files", "scope"]))] = draw(HOSTILE_VALUES)
    return hostile.build_bundle(manifest, data, fix=draw(st.sampled_from([True] * 9 + [False])))


@st.composite
def odd_archives(draw):
    """Archives with odd members: extra names, paths, duplicates, stored, empty, flipped bytes."""
    payload = json.dumps(GOOD_DATA).encode()
    members = [("manifest.json", json.dumps(GOOD_MANIFEST).encode()), ("data.json", payload)]
    for _ in range(draw(st.integers(0, 3))):
        operation = draw(st.sampled_from(["extra", "rename", "drop", "empty", "junk"]))
        if operation == "extra":
            name = draw(
                st.sampled_from(
                    [
                        "../../evil",
                        "/abs",
                        "data.json",
                        "manifest.json",
                        "DATA.JSON",
                        "é\x00",
                        "a/" * 50,
                        "manifest.json/",
                    ]
                )
            )
            members.append((name, draw(st.binary(max_size=40))))
        elif operation == "rename" and members:
            i = draw(st.integers(0, len(members) - 1))
            members[i] = (draw(st.text(min_size=1, max_size=20)), members[i][1])
        elif operation == "drop" and members:
            members.pop(draw(st.integers(0, len(members) - 1)))
        elif operation == "empty" and members:
            i = draw(st.integers(0, len(members) - 1))
            members[i] = (members[i][0], b"")
        elif members:
            i = draw(st.integers(0, len(members) - 1))
            members[i] = (members[i][0], draw(st.binary(max_size=200)))
    out = io.BytesIO()
    with zipfile.ZipFile(
        out,
        "w",
        compression=draw(
            st.sampled_from([zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED, zipfile.ZIP_BZIP2, zipfile.ZIP_LZMA])
        ),
    ) as z:
        for name, content in members:
            # duplicates are wanted; a name zipfile itself cannot write (empty once cut at a NUL,
            # an IndexError on some Pythons) is simply left out of the archive
            with contextlib.suppress(ValueError, IndexError), warnings.catch_warnings():
                warnings.simplefilter("ignore")
                z.writestr(name, content)
    raw = bytearray(out.getvalue())
    for _ in range(draw(st.integers(0, 3))):  # flip bytes: headers, sizes, flags, compressed data
        if raw:
            raw[draw(st.integers(0, len(raw) - 1))] = draw(st.integers(0, 255))
    if draw(st.integers(0, 9)) == 0:
        raw = raw[: draw(st.integers(0, len(raw)))]
    return bytes(raw)


bundle_inputs = st.one_of(rewritten_bundles(), rewritten_bundles(), odd_archives(), st.binary(max_size=300))


# --------------------------------------------------------------------------- the tests


def _fuzz_answers(text):
    with memory_ceiling():
        bounded(read_answers, text)


def _fuzz_json_answers(text):
    with memory_ceiling():
        bounded(read_answers, text, True)


def _fuzz_answers_bytes(raw):
    with memory_ceiling():
        bounded(read_answers, raw)


def _fuzz_questionnaire(text):
    with memory_ceiling():
        bounded(read_questionnaire, text)


def _fuzz_bundle(raw):
    with memory_ceiling():
        bounded(read_bundle, raw)


@settings(QUICK, max_examples=500)
@given(answers_texts)
def test_answers_files_yaml_quick(text):
    _fuzz_answers(text)


@settings(QUICK, max_examples=350)
@given(json_texts)
def test_answers_files_json_quick(text):
    _fuzz_json_answers(text)


@settings(QUICK, max_examples=150)
@given(st.one_of(st.binary(max_size=200), answers_texts.map(lambda t: t.encode("utf-8", "surrogatepass"))))
def test_answers_files_bytes_quick(raw):
    _fuzz_answers_bytes(raw)


@settings(QUICK, max_examples=600)
@given(questionnaire_texts)
def test_questionnaires_quick(text):
    _fuzz_questionnaire(text)


@settings(QUICK, max_examples=1100)
@given(bundle_inputs)
def test_bundles_quick(raw):
    _fuzz_bundle(raw)


#: How long each reader is fuzzed by the slow tests, in seconds of wall time.
BUDGET = 60.0


def for_a_while(test, budget: float = BUDGET) -> int:
    """Run a hypothesis test again and again (new random inputs each time) for ``budget`` seconds.

    Hypothesis counts examples, not seconds; batches make a time budget that does not
    depend on how fast the machine is. Returns how many inputs were tried.
    """
    tried = [0]
    start = time.monotonic()
    while time.monotonic() - start < budget:
        test(tried)
    print(f"{tried[0]} inputs in {time.monotonic() - start:.0f} s")
    return tried[0]


@pytest.mark.slow
@pytest.mark.timeout(BUDGET * 3)
def test_answers_files_for_a_minute():
    @slow(300)
    @given(st.one_of(answers_texts.map(lambda text: (text, False)), json_texts.map(lambda text: (text, True))))
    def batch(tried, given_input):
        tried[0] += 1
        text, json_syntax = given_input
        _fuzz_json_answers(text) if json_syntax else _fuzz_answers(text)

    assert for_a_while(batch) > 1000


@pytest.mark.slow
@pytest.mark.timeout(BUDGET * 3)
def test_questionnaires_for_a_minute():
    @slow(200)
    @given(questionnaire_texts)
    def batch(tried, text):
        tried[0] += 1
        _fuzz_questionnaire(text)

    assert for_a_while(batch) > 1000


@pytest.mark.slow
@pytest.mark.timeout(BUDGET * 3)
def test_bundles_for_a_minute():
    @slow(300)
    @given(bundle_inputs)
    def batch(tried, raw):
        tried[0] += 1
        _fuzz_bundle(raw)

    assert for_a_while(batch) > 1000


# --------------------------------------------------------------------------- inputs that once failed


def _corpus():
    return sorted(p for p in CORPUS.rglob("*") if p.is_file() and p.name != "README.md")


@pytest.mark.parametrize("path", _corpus(), ids=lambda p: f"{p.parent.name}/{p.name}")
def test_an_input_that_once_failed_is_handled(path, tmp_path):
    kind = path.parent.name
    with memory_ceiling():
        if kind == "answers":
            bounded(lambda: read_answers(path.read_bytes(), path.suffix == ".json"))
            bounded(answers.load, path)
        elif kind == "questionnaires":
            bounded(instrument.load, path)
            bounded(lambda: read_questionnaire(path.read_text(encoding="utf-8", errors="surrogateescape")))
        elif kind == "bundles":
            bounded(read_bundle, path.read_bytes())
        else:
            pytest.fail(f"unknown corpus folder {kind}")


def test_the_corpus_covers_every_reader():
    assert {p.parent.name for p in _corpus()} == {"answers", "questionnaires", "bundles"}
    assert all(p.stat().st_size < 512 * 1024 for p in _corpus())
