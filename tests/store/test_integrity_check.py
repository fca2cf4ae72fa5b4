"""The check of the whole file: at opening only when the file may have been left badly, else in the background.

Never skipped: a file that was not closed cleanly (a killed program), that is not as its last
clean close left it (copied in, replaced), or about which nothing can be told, is checked before
it is used; any other is checked in the background, and a damage found there stops every write.
"""

import os
import signal
import subprocess
import sys
import textwrap

import pytest

from peerready import paths
from peerready.store import opening, sessions, structures
from peerready.store.database import Store
from peerready.store.faults import StoreError
from tests.conftest import ROOT, run_cli


@pytest.fixture
def checks(monkeypatch):
    """Whether each opening checked the whole file before returning."""
    seen = []
    real = opening.inspect

    def recording(path, integrity=True):
        seen.append(integrity)
        return real(path, integrity)

    monkeypatch.setattr(opening, "inspect", recording)
    return seen


def filled(folder, count=50):
    with Store.open(folder, automatic_backup=False) as store:
        for index in range(count):
            structures.create_structure(store, f"Structure {index}", notes="x" * 400)


def scramble_keeping_size_and_time(path):
    """Damage pages in the middle of the file as a failing disk would: same size, same time."""
    info = os.stat(path)
    data = bytearray(path.read_bytes())
    data[4096 * 3 : 4096 * 3 + 3000] = os.urandom(3000)
    path.write_bytes(bytes(data))
    os.utime(path, ns=(info.st_atime_ns, info.st_mtime_ns))


def test_a_file_closed_cleanly_is_checked_in_the_background(tmp_path, checks):
    filled(tmp_path)
    checks.clear()
    with Store.open(tmp_path, automatic_backup=False) as store:
        assert checks == [False]
        store.wait_for_background()
        assert store.checked and store.integrity_problem is None


def test_a_file_never_opened_here_is_checked_at_once(tmp_path, checks):
    filled(tmp_path)
    (tmp_path / sessions.SESSIONS_DIR / sessions.RECORD_NAME).unlink()
    checks.clear()
    Store.open(tmp_path, automatic_backup=False).close()
    assert checks == [True]


def test_a_file_changed_since_its_clean_close_is_checked_at_once(tmp_path, checks):
    filled(tmp_path)
    path = paths.database_path(tmp_path)
    data = bytearray(path.read_bytes())
    data[4096 * 3 : 4096 * 3 + 2000] = os.urandom(2000)
    path.write_bytes(bytes(data))  # a copy from elsewhere, a file replaced by hand
    checks.clear()
    with pytest.raises(StoreError) as info:
        Store.open(tmp_path)
    assert info.value.kind == "damaged"
    assert checks == [True]


def test_a_program_killed_with_the_file_open_makes_the_next_opening_check_it(tmp_path, checks):
    filled(tmp_path)
    script = textwrap.dedent(f"""
        import sys, time
        sys.path.insert(0, {str(ROOT)!r})
        from pathlib import Path
        from peerready.store.database import Store
        store = Store.open(Path({str(tmp_path)!r}), automatic_backup=False)
        print("open", flush=True)
        time.sleep(60)
    """)
    child = subprocess.Popen([sys.executable, "-c", script], stdout=subprocess.PIPE, text=True)
    try:
        assert child.stdout.readline().strip() == "open"
        checks.clear()
        with Store.open(tmp_path, automatic_backup=False) as store:  # while it runs: its marker is alive
            store.wait_for_background()
        child.send_signal(signal.SIGKILL)
        child.wait(10)
    finally:
        child.kill()
        child.stdout.close()
    with Store.open(tmp_path, automatic_backup=False):
        pass
    assert checks[-1] is True  # the killed program's marker was left: checked before use
    assert not [p for p in (tmp_path / sessions.SESSIONS_DIR).iterdir() if p.suffix == ".open"]
    checks.clear()
    Store.open(tmp_path, automatic_backup=False).close()
    assert checks == [False]  # and once closed cleanly, the next opening is quick again


def test_damage_found_in_the_background_stops_every_write(tmp_path):
    filled(tmp_path, count=300)
    scramble_keeping_size_and_time(paths.database_path(tmp_path))
    store = Store.open(tmp_path, automatic_backup=False)  # nothing says it changed: opened at once
    try:
        store.wait_for_background()
        assert store.integrity_problem is not None and store.integrity_problem.kind == "damaged"
        with pytest.raises(StoreError) as info:
            structures.create_structure(store, "Après les dégâts")
        assert info.value.kind == "damaged"
    finally:
        store.close()
    with pytest.raises(StoreError) as info:  # not closed as sound: the next opening checks it first
        Store.open(tmp_path)
    assert info.value.kind == "damaged"


def test_a_damaged_file_is_never_backed_up_as_a_good_copy(tmp_path):
    filled(tmp_path, count=300)
    scramble_keeping_size_and_time(paths.database_path(tmp_path))
    with Store.open(tmp_path, automatic_backup=False) as store:
        with pytest.raises(StoreError) as info:
            store.backup("manuelle")
        assert info.value.kind == "damaged"
    assert not list(paths.backups_dir(tmp_path).glob("*manuelle*"))


@pytest.mark.parametrize("odd", ["a file", "no permission"])
def test_an_odd_markers_folder_means_checking_at_once(tmp_path, checks, odd):
    filled(tmp_path)
    markers = tmp_path / sessions.SESSIONS_DIR
    if odd == "a file":
        for child in markers.iterdir():
            child.unlink()
        markers.rmdir()
        markers.write_text("pas un dossier")
    else:
        if os.geteuid() == 0:
            (markers / sessions.RECORD_NAME).write_text("{not json")
        else:
            markers.chmod(0o500)
    checks.clear()
    try:
        with Store.open(tmp_path, automatic_backup=False) as store:
            structures.create_structure(store, "Toujours utilisable")
    finally:
        if markers.is_dir():
            markers.chmod(0o700)
    assert checks == [True]


def test_the_command_line_says_when_the_check_finds_damage(tmp_path, monkeypatch):
    filled(tmp_path, count=300)
    scramble_keeping_size_and_time(paths.database_path(tmp_path))
    monkeypatch.setenv("PEERREADY_DATA_DIR", str(tmp_path))
    code, _, err = run_cli("overview")
    assert code == 1
    assert "endommagée" in err and "Traceback" not in err
