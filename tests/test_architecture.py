"""The shape of the code: the core never needs Qt, the layers import only downward.

Modules are found by walking the package, never from a hand-written list, so a module added
later is covered. The layers themselves are declared for import-linter in ``pyproject.toml``.
"""

import ast
import pkgutil
import subprocess
import sys
import textwrap
from pathlib import Path

import peerready
from tests.conftest import ROOT


def _modules() -> list[str]:
    return sorted(m.name for m in pkgutil.walk_packages(peerready.__path__, "peerready."))


def test_the_walk_finds_every_layer():
    found = {name.split(".")[1] for name in _modules() if name.count(".") >= 1}
    assert {"engine", "store", "workshop", "report", "web", "cli", "ui", "paths", "resources", "launcher"} <= found


def test_every_module_outside_ui_imports_without_pyside6():
    core = [name for name in _modules() if not name.startswith("peerready.ui")]
    assert len(core) > 20
    script = textwrap.dedent(f"""
        import importlib, importlib.abc, sys
        class Block(importlib.abc.MetaPathFinder):
            def find_spec(self, name, path=None, target=None):
                if name.split(".")[0] in ("PySide6", "shiboken6"):
                    raise ImportError("PySide6 is blocked in this test")
        sys.meta_path.insert(0, Block())
        for name in {core!r}:
            if name.endswith("__main__"):
                continue
            importlib.import_module(name)
        from peerready import cli
        sys.exit(cli.main(["plan", "--answers", "examples/chrs-mal-prepare.yaml", "--out", "-"]))
    """)
    proc = subprocess.run([sys.executable, "-c", script], cwd=ROOT, capture_output=True, text=True, timeout=60)
    assert proc.returncode == 0, proc.stderr
    assert '"level"' in proc.stdout


def test_without_the_desktop_face_the_command_line_says_so(capsys):
    from peerready import cli

    assert cli.main(["self-test"]) == 1
    assert "pas disponible" in capsys.readouterr().err


def test_starting_the_cli_does_not_import_heavy_modules():
    script = (
        "import sys; import peerready.launcher, peerready.cli; "
        "print(sorted(m for m in sys.modules if m.split('.')[0] in ('PySide6', 'reportlab', 'sqlite_utils', 'yaml')))"
    )
    proc = subprocess.run([sys.executable, "-c", script], cwd=ROOT, capture_output=True, text=True, timeout=60)
    assert proc.stdout.strip() == "[]", proc.stdout + proc.stderr


def test_the_layer_contracts_of_pyproject_hold():
    """import-linter reads the contracts from pyproject.toml: layers, Qt only in ui/, no cycles."""
    lint_imports = Path(sys.executable).with_name("lint-imports")
    proc = subprocess.run([str(lint_imports)], cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert proc.returncode == 0, proc.stdout[-3000:] + proc.stderr
    assert "BROKEN" not in proc.stdout and " KEPT" in proc.stdout


def test_no_dead_code():
    """vulture over the package, with the tests as users, and a small commented allow-list."""
    vulture = Path(sys.executable).with_name("vulture")
    proc = subprocess.run(
        [str(vulture), "peerready", "tests", "--min-confidence", "60", "--exclude", "tests/fuzz_corpus"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
    )
    dead = [line for line in proc.stdout.splitlines() if line.startswith("peerready")]
    assert dead == [], "\n".join(dead)


def _function_level_imports(path: Path):
    """(line, source) of every import inside a function of ``path``, with the comments that explain it."""
    source = path.read_text(encoding="utf-8").splitlines()
    tree = ast.parse("\n".join(source))
    found = set()
    for function in ast.walk(tree):
        if isinstance(function, (ast.FunctionDef, ast.AsyncFunctionDef)):
            for node in ast.walk(function):
                if isinstance(node, (ast.Import, ast.ImportFrom)):
                    found.add(node.lineno)
    for line in sorted(found):
        comments = [source[line - 1].partition("#")[2]]
        above = line - 2
        # The comment may stand above a block of imports (ruff separates their groups by a blank line).
        while above >= 0 and (
            not source[above].strip() or source[above].lstrip().startswith(("#", "from ", "import "))
        ):
            if source[above].lstrip().startswith("#"):
                comments.append(source[above])
            above -= 1
        yield line, source[line - 1].strip(), " ".join(comments)


def test_an_import_inside_a_function_says_it_keeps_start_up_fast():
    """Imports sit at the top of modules; one inside a function must say the start-up it saves."""
    unexplained, counted = [], 0
    for path in sorted((ROOT / "peerready").rglob("*.py")):
        for line, statement, comments in _function_level_imports(path):
            counted += 1
            if "start-up" not in comments:
                unexplained.append(f"{path.relative_to(ROOT)}:{line}: {statement}")
    assert unexplained == [], "\n".join(unexplained)
    # The walk works, and deferring stays the exception: about one module in five, each saying why
    # (issue 14 moved sqlite-utils, the questionnaire reader and the results off the start path).
    assert 0 < counted < 50, counted


def test_the_explanation_rule_catches_a_silent_import(tmp_path):
    module = tmp_path / "module.py"
    module.write_text("def f():\n    x = 1\n    import json\n\n    return json\n", encoding="utf-8")
    [(line, _, comments)] = _function_level_imports(module)
    assert line == 3 and "start-up" not in comments
    module.write_text("def f():\n    # Deferred (keeps start-up fast).\n    import json\n", encoding="utf-8")
    [(_, _, comments)] = _function_level_imports(module)
    assert "start-up" in comments


def test_a_command_loads_only_its_own_layer():
    """``peerready check`` never loads the database layer, nor Qt, nor reportlab."""
    script = (
        "import sys; from peerready import launcher; code = launcher.main(['check']); "
        "print(sorted(m for m in sys.modules if m.split('.')[0] in ('PySide6', 'reportlab', 'sqlite_utils') "
        "or m.startswith('peerready.store')))"
    )
    proc = subprocess.run([sys.executable, "-c", script], cwd=ROOT, capture_output=True, text=True, timeout=60)
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.strip().splitlines()[-1] == "[]", proc.stdout + proc.stderr
