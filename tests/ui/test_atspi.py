"""The app read through AT-SPI, from outside, as Orca reads it on Linux (tools/atspi_walk.py)."""

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import ROOT

NEEDED = ("/usr/bin/python3", "/usr/libexec/at-spi-bus-launcher")


def _ready() -> bool:
    if not all(Path(p).exists() for p in NEEDED) or not shutil.which("dbus-run-session") or not shutil.which("Xvfb"):
        return False
    return subprocess.run(["/usr/bin/python3", "-c", "import pyatspi"], capture_output=True).returncode == 0


@pytest.mark.slow
@pytest.mark.skipif(not _ready(), reason="AT-SPI (at-spi2-core, python3-pyatspi, dbus, Xvfb) is not installed")
def test_a_screen_reader_on_linux_hears_the_level_the_heading_and_the_chart(tmp_path):
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "QT_QPA_PLATFORM")}
    done = subprocess.run(
        ["dbus-run-session", "--", sys.executable, str(ROOT / "tools" / "atspi_walk.py")],
        capture_output=True,
        text=True,
        timeout=180,
        env=env,
        cwd=tmp_path,
    )
    said = done.stdout
    assert done.returncode == 0, said + done.stderr[-2000:]
    assert "heading: « Résultats — CHRS Les Tilleuls »" in said
    assert "label: « Niveau : Pas encore prêt »" in said
    assert "chart: « Radar des scores par dimension »" in said
    assert "menu item: « Aide »" in said
