"""Test settings: headless Qt, no user data, and small shared helpers."""

import os
import sys
from pathlib import Path

# Before anything imports Qt: draw offscreen and never open a native dialog.
os.environ["QT_QPA_PLATFORM"] = "offscreen"
os.environ.pop("QT_QPA_PLATFORMTHEME", None)

import pytest
from hypothesis import settings

# The same examples on every run, so that a red CI is a defect found, not a dice roll; to
# search further (more examples, new ones each run): HYPOTHESIS_PROFILE=explore.
settings.register_profile("stable", derandomize=True, database=None)
settings.register_profile("explore", max_examples=1000)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "stable"))

ROOT = Path(__file__).resolve().parent.parent
DATA = Path(__file__).resolve().parent / "data"


@pytest.fixture(autouse=True)
def _private_data_dir(tmp_path, monkeypatch):
    """Every test gets its own data folder; the user's real data is never touched."""
    data_dir = tmp_path / "peerready-data"
    monkeypatch.setenv("PEERREADY_DATA_DIR", str(data_dir))
    return data_dir


@pytest.fixture
def mini():
    from peerready.engine import instrument

    return instrument.load(DATA / "mini.yaml")


@pytest.fixture(scope="session")
def bundled():
    from peerready.engine import instrument

    return instrument.find(None)


def run_cli(*args, cwd=None):
    """Run the real ``peerready`` command in a subprocess; return (code, stdout, stderr)."""
    import subprocess

    proc = subprocess.run(
        [sys.executable, "-m", "peerready", *map(str, args)],
        capture_output=True,
        text=True,
        cwd=cwd or ROOT,
        timeout=120,
        env={**os.environ, "PYTHONIOENCODING": "utf-8"},
    )
    return proc.returncode, proc.stdout, proc.stderr
