"""Starting the app where it cannot show a window, or where it is already open on the same data."""

import os
import subprocess
import sys
import textwrap

import pytest

from peerready.store import instance
from peerready.ui import app, dialogs, display
from tests.conftest import ROOT

NO_SCREEN = ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM", "QT_QPA_PLATFORMTHEME")


def start_app(data_dir, **env):
    base = {k: v for k, v in os.environ.items() if k not in NO_SCREEN}
    return subprocess.run(
        [sys.executable, "-m", "peerready"],
        cwd=ROOT,
        env={**base, "PEERREADY_DATA_DIR": str(data_dir), "PYTHONIOENCODING": "utf-8", **env},
        capture_output=True,
        text=True,
        timeout=60,
    )


# -- no screen --------------------------------------------------------------------------------


@pytest.mark.skipif(sys.platform in ("win32", "darwin"), reason="there is always a screen there")
def test_without_a_display_the_app_says_what_is_missing_and_what_works(tmp_path):
    proc = start_app(tmp_path / "data")
    assert proc.returncode == 1, proc.stderr
    assert "PeerReady ne peut pas ouvrir sa fenêtre" in proc.stderr
    assert "ni DISPLAY ni WAYLAND_DISPLAY" in proc.stderr and "peerready --help" in proc.stderr
    assert "Traceback" not in proc.stderr and "xcb" not in proc.stderr
    assert not (tmp_path / "data").exists()  # nothing was created for a window that never opened


@pytest.mark.skipif(sys.platform in ("win32", "darwin"), reason="there is always a screen there")
def test_a_display_that_does_not_answer_is_named(tmp_path):
    proc = start_app(tmp_path / "data", DISPLAY=":87")
    assert proc.returncode == 1
    assert "l’affichage «\u00a0:87\u00a0» (variable DISPLAY) ne répond pas" in proc.stderr
    assert "Traceback" not in proc.stderr


def test_the_display_check_trusts_wayland_a_chosen_platform_and_other_systems():
    assert display.display_problem({}, "linux") is not None
    assert display.display_problem({"WAYLAND_DISPLAY": "wayland-0"}, "linux") is None
    assert display.display_problem({"QT_QPA_PLATFORM": "offscreen"}, "linux") is None
    assert display.display_problem({}, "win32") is None
    assert display.display_problem({}, "darwin") is None


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
    from peerready.store import instance
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
