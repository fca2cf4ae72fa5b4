"""The core never needs Qt: it must import and work with PySide6 made unimportable."""

import subprocess
import sys
import textwrap

from tests.conftest import ROOT

CORE_MODULES = [
    "instrument",
    "answers",
    "results",
    "plan",
    "vocabulary",
    "typography",
    "yamlsource",
    "resources",
    "cli",
]


def test_the_core_imports_and_runs_without_pyside6():
    script = textwrap.dedent(f"""
        import importlib.abc, sys
        class Block(importlib.abc.MetaPathFinder):
            def find_spec(self, name, path=None, target=None):
                if name.split(".")[0] in ("PySide6", "shiboken6"):
                    raise ImportError("PySide6 is blocked in this test")
        sys.meta_path.insert(0, Block())
        for name in {CORE_MODULES!r}:
            __import__("peerready." + name)
        from peerready import cli
        sys.exit(cli.main(["plan", "--answers", "examples/chrs-mal-prepare.yaml", "--out", "-"]))
    """)
    proc = subprocess.run([sys.executable, "-c", script], cwd=ROOT, capture_output=True, text=True, timeout=60)
    assert proc.returncode == 0, proc.stderr
    assert '"level"' in proc.stdout


def test_starting_the_cli_does_not_import_heavy_modules():
    script = (
        "import sys; import peerready.cli; print(sorted(m for m in sys.modules if m.split('.')[0] in "
        "('PySide6', 'reportlab', 'sqlite_utils', 'yaml')))"
    )
    proc = subprocess.run([sys.executable, "-c", script], cwd=ROOT, capture_output=True, text=True, timeout=60)
    assert proc.stdout.strip() == "[]", proc.stdout
