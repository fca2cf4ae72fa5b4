"""The light inclusive convention of docs/writing.md: no point médian in what people read.

The questionnaire (questions, help, answers, alerts, actions, workstreams), the labels of the
engine and every string the interface, the documents and the CLI show are written with epicene
words (« la personne en poste de travail pair », « les pairs », « à tour de rôle »), so a room reads
them aloud without stumbling. A middle dot between two letters (« pair·e ») is the sign to avoid; a
spaced one (« Question 3 · Équipe ») is a separator and stays.
"""

import ast
import re
from pathlib import Path

import yaml

import peerready

POINT_MEDIAN = re.compile(r"\w·\w")
PACKAGE = Path(peerready.__file__).parent
ROOT = PACKAGE.parent


def _strings(node) -> list[str]:
    if isinstance(node, str):
        return [node]
    if isinstance(node, dict):
        return [s for value in node.values() for s in _strings(value)]
    if isinstance(node, list):
        return [s for value in node for s in _strings(value)]
    return []


def test_the_rule_finds_a_point_median_and_spares_a_separator():
    assert POINT_MEDIAN.search("un·e travailleur·se pair·e")
    assert not POINT_MEDIAN.search("Équipe · Question 3 / 20")


def test_no_point_median_in_the_bundled_questionnaires():
    found = []
    for path in sorted((ROOT / "questionnaires").glob("*.yaml")):
        for text in _strings(yaml.safe_load(path.read_text(encoding="utf-8"))):
            found += [f"{path.name}: {text[:70]}" for _ in POINT_MEDIAN.finditer(text)][:1]
    assert found == []


def test_no_point_median_in_what_the_program_shows():
    found = []
    for path in sorted(PACKAGE.rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, ast.Constant) and isinstance(node.value, str) and POINT_MEDIAN.search(node.value):
                found.append(f"{path.relative_to(ROOT)}:{node.lineno}: {node.value[:70]}")
    assert found == []
