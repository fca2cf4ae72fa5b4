"""The one-pass reader of libyaml's events reads what PyYAML's composer read (issue 14).

``yamlsource.load_text`` builds its located tree straight from libyaml's events. Before, a
subclass of PyYAML's composer made the node tree and ``_convert`` turned it into values;
that reader is kept here, as the reference: for every YAML file of the repository, for odd
snippets and for random ones, both give the same values with the same lines, or the same
problems in the same order.
"""

from __future__ import annotations

import math
from pathlib import Path

import pytest
import yaml
from hypothesis import given, settings
from hypothesis import strategies as st
from yaml.cyaml import CParser
from yaml.resolver import Resolver

from peerready.engine import limits, yamlsource
from peerready.engine import text as texts
from tests import hostile
from tests.conftest import ROOT


class _ComposingLoader(yamlsource._BoundedComposer, CParser, Resolver):
    def __init__(self, stream):
        CParser.__init__(self, stream)
        yamlsource._BoundedComposer.__init__(self)
        Resolver.__init__(self)


def reference_load_text(text: str):
    """``load_text`` as it was: libyaml's parser, PyYAML's composer, then ``_convert``."""
    try:
        limits.check_size(text, yamlsource.MAX_BYTES)
    except limits.TooBig:
        raise yamlsource.SourceError(
            [(None, f"le fichier est trop gros (plus de {limits.megabytes(yamlsource.MAX_BYTES)})")]
        ) from None
    found = texts.forbidden_lines(text)
    if found:
        problems = [(line, f"caractère invisible interdit ({what}) : retirez-le") for line, what in found]
        raise yamlsource.SourceError(problems)
    loader = _ComposingLoader(text)
    try:
        if not loader.check_node():
            return None
        node = loader.get_node()
        if loader.check_node():
            line = loader.peek_event().start_mark.line + 1
            message = "le fichier contient plusieurs documents YAML (---) ; un seul est attendu"
            raise yamlsource.SourceError([(line, message)])
    except yamlsource._Refused as refused:
        raise yamlsource.SourceError([(refused.line, refused.message)]) from None
    except (yaml.YAMLError, RecursionError, UnicodeError):
        return yamlsource._load_slowly(text)
    finally:
        loader.dispose()
    problems: list = []
    value = yamlsource._convert(node, yaml.SafeLoader(""), problems)
    if problems:
        raise yamlsource.SourceError(problems)
    return value


def outcome(load, text: str):
    try:
        return "read", load(text)
    except yamlsource.SourceError as error:
        return "refused", error.problems


def differences(old, new, where: str = "") -> list[str]:
    """Where two located trees differ: values, types, key order, or any line."""
    if type(old) is not type(new):
        return [f"{where}: {type(old).__name__} / {type(new).__name__}"]
    if isinstance(old, dict):
        if list(old) != list(new) or old.line != new.line or old.key_lines != new.key_lines:
            return [f"{where}: keys or lines"]
        return [found for key in old for found in differences(old[key], new[key], f"{where}.{key}")]
    if isinstance(old, list):
        if len(old) != len(new) or old.line != new.line or old.item_lines != new.item_lines:
            return [f"{where}: items or lines"]
        pairs = enumerate(zip(old, new, strict=True))
        return [found for i, (a, b) in pairs for found in differences(a, b, f"{where}[{i}]")]
    if isinstance(old, float) and math.isnan(old) and math.isnan(new):
        return []
    return [] if old == new else [f"{where}: {old!r} / {new!r}"]


def assert_read_alike(text: str) -> None:
    old, new = outcome(reference_load_text, text), outcome(yamlsource.load_text, text)
    assert old[0] == new[0], (text[:200], old, new)
    if old[0] == "refused":
        assert old[1] == new[1], text[:200]
    else:
        assert differences(old[1], new[1]) == [], text[:200]


def repository_yaml() -> list[Path]:
    folders = ("questionnaires", "tests/data", "tests/fuzz_corpus", "examples")
    return sorted(path for folder in folders for path in (ROOT / folder).rglob("*.y*ml"))


@pytest.mark.parametrize("path", repository_yaml(), ids=lambda path: path.relative_to(ROOT).as_posix())
def test_every_yaml_file_of_the_repository_is_read_as_before(path):
    assert_read_alike(path.read_text(encoding="utf-8"))


def test_the_repository_has_yaml_files_of_each_kind():
    names = {path.relative_to(ROOT).parts[0] for path in repository_yaml()}
    assert names == {"questionnaires", "tests", "examples"} and len(repository_yaml()) > 20


ODD = [
    "",
    "# only a comment\n",
    "---\n",
    "--- \n...\n",
    "a: 1\n---\nb: 2\n",
    "a: 1\n--- b\n",
    "a: &x 1\nb: *x\n",
    "a: &x 1\nb: &x 2\n",
    "&a [&a 1]\n",
    "a: &a [1]\nb: 1\n",
    "a: [*x]\n",
    "*x\n",
    "a: !!python/object/apply:os.system [ls]\n",
    "a: !!python/name:os.system\n",
    "a: !!binary aGk=\n",
    "a: !include x\n",
    "!foo {a: 1}\n",
    "!!map {a: 1}\n",
    "a: !!map {b: 1}\nb: !!seq [1]\nc: !!set {d}\nd: !!omap [e: 1]\n",
    "a: !<tag:yaml.org,2002:str> x\nb: !<!> y\n",
    "a: 2024-02-30\n",
    "a: 2024-01-02\nb: 2024-01-02 10:00:00\nc: !!timestamp 2001-12-14t21:59:43.10-05:00\n",
    "a:\n  - " + "9" * 40 + "\n",
    "a: " + "1" * 30 + "\nb: " + "1" * 31 + "\n",
    "? [1]\n: 2\n",
    "? {a: 1}\n: [x, 1]\n",
    "[a, b]: 1\n{[a]: 1}: 2\n",
    "<<: {a: 1}\n",
    "a: <<\n",
    "!!merge x: 1\n",
    "~: 1\nnull: 2\n: 3\n",
    "1: a\ntrue: b\n1.0: c\n",
    ".nan: 1\n.nan: 2\nx: [.nan, .nan]\n",
    "2024-01-02: x\n",
    "a: 1\na: 2\n",
    "a: {b: 1, b: 2}\nc: [a, {d: 1, d: 2}]\n",
    "a: {b: !!int x, b: 1}\n",
    'a: "\\x00"\n',
    'a: "\\u202e"\n',
    'a: "\\N\\_\\L\\P"\n',
    'a: "e\\u0301"\nb: e\u0301\n"e\u0301": 1\n',
    "a: 'x'\nb: |\n  littéral\n  é\nc: >\n  plié\n  ici\n",
    "a: !!str 12\nb: ! 12\nc: !!int x\nd: !!float 1.5\ne: !!bool yes\nf: !!null ''\n",
    "a: !!bool x\nb: !!timestamp x\nc: !!int\nd: !!float ''\n",
    "a: 0x1F\nb: 0o17\nc: 1_000\nd: 1:20\ne: +.inf\nf: -.INF\ng: 0b101\nh: 190:20:30.15\ni: 1e999\n",
    "a: yes\nb: No\nc: on\nd: OFF\nyes: 1\n",
    "!!str x\n",
    "x\n",
    "12\n",
    "a: [1, 2\n",
    "a: b: c\n",
    "a:\n - b\n c\n",
    'a: "unterminated\n',
    "%YAML 1.1\n---\na: 1\n",
    "%TAG ! tag:x,2000:\n---\n!foo a\n",
    "\ufeffa: 1\n",
    "a: 1\r\nb: 2\r\n",
    "a: " + "[" * 31 + "]" * 31 + "\n",
    "a: " + "[" * 40 + "]" * 40 + "\n",
    "- x\n" * 50_001,
]


@pytest.mark.parametrize("text", ODD, ids=range(len(ODD)))
def test_odd_yaml_is_read_or_refused_as_before(text):
    assert_read_alike(text)


@pytest.mark.parametrize("name", sorted(hostile.YAML_BOMBS))
def test_a_yaml_bomb_is_refused_as_before(name):
    assert_read_alike(hostile.YAML_BOMBS[name]())


PIECES = [
    "a", "b", "<<", "~", "null", "yes", "1", "1.0", ".nan", "2024-01-02", "'q'", '"e\\u0301"', '"\\x01"',
    "!!str", "!!int", "!!bool", "!x", "!", "&a", "&b", "*a", "[", "]", "{", "}", ",", ": ", "- ", "? ",
    "\n", "\n  ", "\n    ", "|\n  t\n", ">\n  f\n", "---\n", "...\n", "#c", "é", "e\u0301", "9" * 31, "  ",
    "!!map", "!!seq", "!!merge", "0x1F", "1:2", "-", ".",
]  # fmt: skip


@settings(max_examples=300, deadline=None, database=None, derandomize=True)
@given(st.lists(st.sampled_from(PIECES), max_size=40).map("".join))
def test_random_yaml_is_read_or_refused_as_before(text):
    assert_read_alike(text)


MINI = (ROOT / "tests/data/mini.yaml").read_text(encoding="utf-8").splitlines(keepends=True)


@settings(max_examples=200, deadline=None, database=None, derandomize=True)
@given(st.lists(st.tuples(st.integers(0, len(MINI) - 1), st.sampled_from(PIECES)), min_size=1, max_size=4))
def test_a_mended_questionnaire_is_read_or_refused_as_before(edits):
    lines = list(MINI)
    for index, piece in edits:
        lines[index] = lines[index].replace(": ", ": " + piece, 1) if ": " in lines[index] else piece + lines[index]
    assert_read_alike("".join(lines))


DEPTH = f"contenu imbriqué trop profondément (plus de {yamlsource.MAX_DEPTH} niveaux)"


@pytest.mark.parametrize(
    ("text", "line"),
    [
        ("[" * 100_000, 1),
        ("[" * 100_000 + "]" * 100_000, 1),
        ("{a: " * 100_000, 1),
        ("- " * 100_000 + "x\n", 1),
        # the mapping of line n is at level n, its key at level n + 1: line 32 holds the first too deep
        ("".join(" " * level + "a:\n" for level in range(1_500)), yamlsource.MAX_DEPTH),
        ("".join(" " * level + "-\n" for level in range(1_500)), yamlsource.MAX_DEPTH + 1),
    ],
    ids=["open lists", "closed lists", "flow mappings", "block lists", "block mappings", "block lists on lines"],
)
@pytest.mark.parametrize("libyaml", [True, False], ids=["libyaml", "pure Python"])
def test_deep_nesting_is_refused_with_the_depth_message(text, line, libyaml, monkeypatch):
    if not libyaml:
        monkeypatch.setattr(yamlsource, "CParser", None)
    with pytest.raises(yamlsource.SourceError) as info:
        yamlsource.load_text(text)
    assert info.value.problems == [(line, DEPTH)]


@pytest.mark.parametrize("path", repository_yaml(), ids=lambda path: path.relative_to(ROOT).as_posix())
def test_without_libyaml_the_pure_python_reader_reads_the_same(path, monkeypatch):
    text = path.read_text(encoding="utf-8")
    expected = outcome(yamlsource.load_text, text)
    monkeypatch.setattr(yamlsource, "CParser", None)
    found = outcome(yamlsource.load_text, text)
    assert found[0] == expected[0]
    assert found[1] == expected[1] if found[0] == "refused" else differences(expected[1], found[1]) == []


@pytest.mark.parametrize("source", ["a: !!bool x\n", "a: !!timestamp x\n", "a: !!int\n", "a: !!float ''\n"])
def test_a_wrong_explicit_tag_is_refused_with_its_line_not_a_traceback(source):
    with pytest.raises(yamlsource.SourceError) as info:
        yamlsource.load_text(source)
    assert info.value.problems[0][0] == 1 and "valeur illisible" in info.value.problems[0][1]
