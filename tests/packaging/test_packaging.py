"""Questionnaires and resources are found from an installed wheel, not only from a clone."""

import subprocess
import sys
import zipfile

import pytest

from tests.conftest import ROOT


@pytest.mark.slow
def test_a_built_wheel_finds_its_questionnaires(tmp_path):
    build = subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation", "-w", str(tmp_path), str(ROOT)],
        capture_output=True,
        text=True,
        timeout=300,
    )
    if build.returncode != 0 and "hatchling" in build.stderr:
        build = subprocess.run(
            [sys.executable, "-m", "pip", "wheel", "--no-deps", "-w", str(tmp_path), str(ROOT)],
            capture_output=True,
            text=True,
            timeout=300,
        )
    assert build.returncode == 0, build.stderr
    wheel = next(tmp_path.glob("peerready-*.whl"))
    names = zipfile.ZipFile(wheel).namelist()
    assert "peerready/_data/questionnaires/peerready-fr.yaml" in names
    # A pure-Python wheel installed is its files unpacked on the path: do that, away from the clone.
    site = tmp_path / "site"
    zipfile.ZipFile(wheel).extractall(site)
    proc = subprocess.run(
        [sys.executable, "-c", "import peerready.cli, sys; sys.exit(peerready.cli.main(['check']))"],
        cwd=tmp_path,
        env={"PYTHONPATH": str(site), "PATH": ""},
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert "peerready/_data/questionnaires/peerready-fr.yaml: valide" in proc.stdout
