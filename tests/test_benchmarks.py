"""The benchmarks still run: a schema change or a renamed function must not leave them broken unseen."""

import subprocess
import sys

from tests.conftest import ROOT


def test_the_store_benchmark_runs_at_a_small_scale(tmp_path):
    proc = subprocess.run(
        [sys.executable, "benchmarks/store_benchmark.py", "--structures", "3"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert proc.returncode == 0, proc.stderr[-2000:]
    assert "open an assessment" in proc.stdout
