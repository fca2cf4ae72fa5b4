"""Starting the app where it is already open on the same data."""

import os
import subprocess
import sys
import textwrap

from peerready import instance
from peerready.ui import app, dialogs
from tests.conftest import ROOT

# -- already open on the same data ------------------------------------------------------------------


def test_a_second_start_brings_the_first_window_forward(qtbot, window):
    """Two real processes: this test holds the folder with its window; a second ``peerready`` starts."""
    assert instance.holder(window.context.data_dir).pid == os.getpid()
    proc = subprocess.Popen(
        [sys.executable, "-m", "peerready"],
        cwd=ROOT,
        env={**os.environ, "PEERREADY_DATA_DIR": str(window.context.data_dir), "QT_QPA_PLATFORM": "offscreen"},
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    with qtbot.waitSignal(window.brought_forward, timeout=30000):
        qtbot.waitUntil(lambda: proc.poll() is not None, timeout=30000)
    out, err = proc.communicate()
    assert proc.returncode == 0, err
    assert "déjà ouvert sur ce dossier de données" in out
    assert "PeerReady était déjà ouvert" in window.statusBar().currentMessage()


HOLD = textwrap.dedent("""
    import sys, time
    from peerready import instance
    lock = instance.acquire(sys.argv[1])
    print("held", flush=True)
    time.sleep(120)
""")


def test_a_holder_that_cannot_be_reached_is_named_and_the_folder_left_alone(qtbot, tmp_path, monkeypatch):
    """Another user, or a PeerReady without its channel: say who has it open, offer another folder."""
    from peerready.ui.main_window import MainWindow

    folder = tmp_path / "shared"
    folder.mkdir()
    holder = subprocess.Popen([sys.executable, "-c", HOLD, str(folder)], cwd=ROOT, stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout.readline().strip() == "held"
        shown = []
        monkeypatch.setattr(
            dialogs,
            "choose",
            lambda parent, title, text, choices, escape="": shown.append((title, text)) or "quit",
        )
        window = MainWindow()
        qtbot.addWidget(window)
        assert app.open_context(window, folder) is False
        title, text = shown[0]
        assert title == "PeerReady est déjà ouvert"
        assert f"processus {holder.pid}" in text and "Fermez l’autre PeerReady" in text
        assert window.context is None
        assert not (folder / "peerready.sqlite3").exists()
    finally:
        holder.kill()
        holder.wait(10)
        holder.stdout.close()


def test_the_app_lets_go_of_the_folder_when_it_closes(tmp_path):
    from peerready.ui.context import AppContext

    context = AppContext.open(tmp_path / "data")
    assert instance.holder(tmp_path / "data") is not None
    context.close()
    assert instance.holder(tmp_path / "data") is None
