"""Nothing but the store touches SQL: outside ``peerready/store/`` no module runs a query.

Read from the source (``ast``) of every module found by walking the package, so that a module
added later is covered. A face that needs a count or a list asks a store function for it.
"""

import ast
from pathlib import Path

import peerready

PACKAGE = Path(peerready.__file__).parent
SQL_METHODS = {"execute", "executemany", "executescript", "query"}
STORE_HANDLES = {"db"}  # ``Store.db``, the sqlite-utils database (``db["answers"].insert(…)``)


def _uses_of_sql(path: Path) -> list[str]:
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"), str(path))):
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr in SQL_METHODS:
            found.append(f"{path.relative_to(PACKAGE.parent)}:{node.lineno}: .{node.func.attr}(…)")
        elif isinstance(node, ast.Attribute) and node.attr in STORE_HANDLES:
            found.append(f"{path.relative_to(PACKAGE.parent)}:{node.lineno}: .{node.attr}")
    return found


def test_no_module_outside_the_store_runs_sql():
    outside = [p for p in sorted(PACKAGE.rglob("*.py")) if PACKAGE / "store" not in p.parents]
    assert len(outside) > 20
    assert [use for path in outside for use in _uses_of_sql(path)] == []


def test_the_check_sees_sql_where_there_is_some():
    assert any(".execute(" in use for use in _uses_of_sql(PACKAGE / "store" / "structures.py"))
