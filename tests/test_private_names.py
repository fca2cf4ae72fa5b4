"""A module's private names (``_x``) stay its own: no other module of PeerReady imports or reads them.

A name two modules share is public (no underscore), so whoever changes it knows it is used
elsewhere. Read from the source (``ast``) of every module of the package.
"""

import ast
from pathlib import Path

import peerready

PACKAGE = Path(peerready.__file__).parent


def _private(name: str) -> bool:
    return name.startswith("_") and not name.startswith("__")


def _private_uses(path: Path, root: Path = PACKAGE.parent) -> list[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"), str(path))
    where = path.relative_to(root).as_posix()
    found, imported = [], set()
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and (node.module or "").startswith("peerready"):
            for alias in node.names:
                if _private(alias.name):
                    found.append(f"{where}:{node.lineno}: from {node.module} import {alias.name}")
                imported.add(alias.asname or alias.name)
        elif isinstance(node, ast.Import):
            imported |= {
                alias.asname or alias.name.split(".")[0] for alias in node.names if alias.name.startswith("peerready")
            }
    for node in ast.walk(tree):
        named = isinstance(node, ast.Attribute) and isinstance(node.value, ast.Name)
        if named and node.value.id in imported and _private(node.attr):
            found.append(f"{where}:{node.lineno}: {node.value.id}.{node.attr}")
    return found


def test_no_module_uses_another_modules_private_names():
    modules = sorted(PACKAGE.rglob("*.py"))
    assert len(modules) > 20
    assert [use for path in modules for use in _private_uses(path)] == []


def test_the_check_sees_a_private_name_read_from_another_module(tmp_path):
    sample = tmp_path / "peerready" / "sample.py"
    sample.parent.mkdir()
    sample.write_text("from peerready.store import files, _hidden\nfiles._guard\n", encoding="utf-8")
    assert _private_uses(sample, tmp_path) == [
        "peerready/sample.py:1: from peerready.store import _hidden",
        "peerready/sample.py:2: files._guard",
    ]
