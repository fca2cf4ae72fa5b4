"""The app as a whole: self-test, start-up, and a damaged data folder explained."""

import os
import subprocess
import sys

from peerready import paths
from tests.conftest import ROOT, run_cli


def test_self_test_passes_headless():
    code, out, err = run_cli("self-test")
    assert code == 0, out + err
    assert "Auto-test réussi" in out


def test_the_app_starts_shows_its_window_and_opens_the_data(tmp_path):
    env = {**os.environ, "PEERREADY_DATA_DIR": str(tmp_path), "QT_QPA_PLATFORM": "offscreen"}
    proc = subprocess.run(
        [sys.executable, "-m", "peerready", "--startup-probe"],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert proc.returncode == 0, proc.stderr
    assert "window shown after" in proc.stdout and "data ready after" in proc.stdout
    assert paths.database_path(tmp_path).exists()


def test_a_foreign_database_is_explained_and_left_alone(qtbot, tmp_path, monkeypatch):
    from peerready.ui import app, dialogs
    from peerready.ui.main_window import MainWindow

    folder = tmp_path / "data"
    folder.mkdir()
    path = paths.database_path(folder)
    path.write_bytes(b"ceci n'est pas une base" * 10)
    shown = []
    monkeypatch.setattr(dialogs, "choose", lambda parent, title, text, choices, escape="": shown.append(text) or "quit")
    window = MainWindow()
    qtbot.addWidget(window)
    assert app.open_context(window, folder) is False
    assert "n’est pas une base de données PeerReady" in shown[0] and "Rien n’a été modifié" in shown[0]
    assert path.read_bytes() == b"ceci n'est pas une base" * 10
