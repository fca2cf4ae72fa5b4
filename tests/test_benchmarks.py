"""The benchmarks still run: a schema change or a renamed function must not leave them broken unseen."""

import os
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


def run_benchmark(*args, timeout=300):
    proc = subprocess.run(
        [sys.executable, *args],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=timeout,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )
    assert proc.returncode == 0, proc.stderr[-2000:]
    return proc.stdout


def test_the_gui_benchmark_runs_at_a_small_scale():
    assert "search keystroke" in run_benchmark("benchmarks/gui_benchmark.py", "--structures", "3")


def test_the_report_benchmark_runs_once():
    assert "plan" in run_benchmark("benchmarks/report_benchmark.py", "--repeat", "1", "--runs", "1")


def test_the_questionnaire_benchmark_runs_once():
    out = run_benchmark("benchmarks/questionnaire_benchmark.py", "--repeat", "1", "--runs", "1")
    assert "load + validate" in out


def test_the_exports_benchmark_runs_once():
    out = run_benchmark("benchmarks/exports_benchmark.py", "--repeat", "1")
    assert "rapport complet (docx)" in out and "suivi des actions (xlsx)" in out
