"""The data folder's lock, across real processes: held, told, refused to ``restore``, released on kill."""

import os
import signal
import subprocess
import sys
import textwrap

import pytest

from peerready import paths
from peerready.store import instance
from tests.conftest import ROOT, run_cli

HOLD = textwrap.dedent("""
    import sys, time
    from peerready.store import instance
    lock = instance.acquire(sys.argv[1])
    print("held" if lock else "none", flush=True)
    time.sleep(120)
""")


@pytest.fixture
def holder_process(_private_data_dir):
    """Another process holding the test's data folder, as the desktop app does."""
    _private_data_dir.mkdir(parents=True, exist_ok=True)
    proc = subprocess.Popen(
        [sys.executable, "-c", HOLD, str(_private_data_dir)],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        text=True,
    )
    assert proc.stdout.readline().strip() == "held"
    yield proc
    proc.kill()
    proc.wait(10)
    proc.stdout.close()


def test_a_second_process_is_told_who_holds_the_folder(holder_process, _private_data_dir):
    with pytest.raises(instance.FolderInUse) as raised:
        instance.acquire(_private_data_dir)
    assert raised.value.holder.pid == holder_process.pid
    assert "PeerReady utilise déjà le dossier de données" in str(raised.value)
    assert instance.holder(_private_data_dir).pid == holder_process.pid


def test_the_lock_is_released_when_the_holder_is_killed(holder_process, _private_data_dir):
    assert instance.holder(_private_data_dir) is not None
    os.kill(holder_process.pid, signal.SIGKILL)
    holder_process.wait(10)
    assert instance.holder(_private_data_dir) is None
    with instance.acquire(_private_data_dir) as lock:
        assert lock.held


def test_restore_refuses_while_the_app_holds_the_folder_and_works_after(holder_process, _private_data_dir):
    code, out, err = run_cli("structures")  # any other command still works alongside the app
    assert code == 0, err
    code, out, err = run_cli("backup")
    assert code == 0, err
    backup = out.split("Sauvegarde faite : ")[1].strip()
    database = paths.database_path(_private_data_dir)
    before = database.read_bytes()

    code, out, err = run_cli("restore", backup, "--yes")
    assert code == 1
    assert "PeerReady utilise déjà le dossier de données" in err and "fermez d'abord PeerReady" in err
    assert "Traceback" not in err
    assert database.read_bytes() == before

    holder_process.kill()
    holder_process.wait(10)
    code, out, err = run_cli("restore", backup, "--yes")
    assert code == 0, err
    assert "Sauvegarde restaurée" in out
    assert instance.holder(_private_data_dir) is None  # restore let go of the folder when it was done


def test_a_read_only_or_missing_folder_gives_no_lock_rather_than_an_error(tmp_path):
    assert instance.acquire(tmp_path / "absent") is None
    assert instance.holder(tmp_path / "absent") is None


def test_the_channel_name_depends_on_the_folder_only(tmp_path):
    (tmp_path / "a").mkdir()
    assert instance.channel_name(tmp_path / "a") == instance.channel_name(tmp_path / "a" / ".." / "a")
    assert instance.channel_name(tmp_path / "a") != instance.channel_name(tmp_path / "b")
