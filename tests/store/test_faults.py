"""Odd states of the data folder, as a USB stick or an old PC produces them.

Each gives a ``StoreError`` with a ``kind`` and a French message (what, where, what to do),
the command line prints it without a traceback (exit 1), and nothing confirmed is lost.
Tests run as root, which ignores file modes: each fault is simulated in a way root cannot
bypass (a read-only bind mount, a tmpfs, a process without capabilities, renames), as each
docstring says; a test is skipped only when its mechanism is really unavailable.
"""

import contextlib
import os
import shutil
import sqlite3
import subprocess
import sys
import time
from contextlib import closing

import pytest

from peerready import paths
from peerready.store import backups, faults, files, structures, summaries
from peerready.store.database import Store
from peerready.store.faults import StoreError
from tests.conftest import ROOT

BAD = ROOT / "examples" / "chrs-mal-prepare.yaml"
posix_only = pytest.mark.skipif(sys.platform == "win32", reason="POSIX file modes, mounts and signals")


SHORT_BUSY_TIMEOUT = "import peerready.store.files as s\ns.BUSY_TIMEOUT_SECONDS = 1"


def cli(*args, data_dir, prefix=(), cwd=None, python_before=""):
    """Run ``peerready`` in a subprocess; ``python_before`` runs first in it (e.g. a shorter busy timeout)."""
    code = f"{python_before}\nimport sys\nfrom peerready.cli import main\nsys.exit(main(sys.argv[1:]))"
    proc = subprocess.run(
        [*prefix, sys.executable, "-c", code, *map(str, args)],
        capture_output=True,
        text=True,
        cwd=cwd or ROOT,
        timeout=120,
        env={**os.environ, "PEERREADY_DATA_DIR": str(data_dir), "PYTHONIOENCODING": "utf-8", "PYTHONPATH": str(ROOT)},
    )
    return proc.returncode, proc.stdout, proc.stderr


def count(data_dir, table="structures"):
    conn = sqlite3.connect(f"{paths.database_path(data_dir).as_uri()}?mode=ro", uri=True)
    try:
        assert conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        return conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
    finally:
        conn.close()


def explained(code, err, *words):
    """Exit 1, French words present, no traceback and no raw SQLite or system text."""
    assert code == 1, err
    assert "Traceback" not in err, err
    for raw in ("disk I/O error", "database is locked", "readonly database", "unable to open", "Errno"):
        assert raw not in err, err
    for word in words:
        assert word in err, err


def filled(data_dir, names=("Avant 1", "Avant 2")):
    with Store.open(data_dir) as s:
        for name in names:
            structures.create_structure(s, name)


def _mount(*args):
    if sys.platform != "linux" or os.geteuid() != 0 or shutil.which("mount") is None:
        pytest.skip("mount needs Linux and root")
    proc = subprocess.run(["mount", *map(str, args)], capture_output=True, text=True)
    if proc.returncode != 0:
        pytest.skip(f"mount is not allowed here: {proc.stderr.strip()}")


def _umount(target):
    if subprocess.run(["umount", str(target)], capture_output=True).returncode != 0:
        subprocess.run(["umount", "-l", str(target)], capture_output=True)


@pytest.fixture
def tmpfs(tmp_path):
    """A small tmpfs: a disk that really fills up, for root too."""
    mounted = []

    def make(size="1m", name="clé"):
        target = tmp_path / name
        target.mkdir()
        _mount("-t", "tmpfs", "-o", f"size={size}", "tmpfs", target)
        mounted.append(target)
        return target

    yield make
    for target in mounted:
        _umount(target)


@pytest.fixture
def read_only_view(tmp_path):
    """``mount --bind -o ro``: a read-only view of a folder; EROFS stops root as well."""
    mounted = []

    def make(source):
        target = tmp_path / "lecture-seule"
        target.mkdir()
        _mount("--bind", source, target)
        mounted.append(target)
        _mount("-o", "remount,bind,ro", target)
        with pytest.raises(OSError):
            (target / "probe").write_text("x")
        return target

    yield make
    for target in reversed(mounted):
        _umount(target)


def without_capabilities():
    """A prefix running a command as root without any capability: file modes then apply to it.

    (``setpriv --reuid=65534`` cannot run here: the interpreter lives under /root, mode 0700.)
    A folder owned by nobody (65534) with mode 0555 is then read-only for that process.
    """
    if sys.platform != "linux" or os.geteuid() != 0 or shutil.which("setpriv") is None:
        pytest.skip("needs Linux, root and setpriv")
    prefix = ["setpriv", "--bounding-set=-all", "--inh-caps=-all", "--no-new-privs"]
    probe = subprocess.run([*prefix, "true"], capture_output=True, text=True)
    if probe.returncode != 0:
        pytest.skip(f"setpriv cannot drop capabilities here: {probe.stderr.strip()}")
    return prefix


def protect(path, mode):
    os.chown(path, 65534, 65534)
    os.chmod(path, mode)


# --------------------------------------------------------------------------- read-only medium


@posix_only
def test_a_read_only_medium_is_explained_and_left_as_it_was(tmp_path, read_only_view):
    """A locked USB stick: a read-only bind mount of a folder holding a database (EROFS, even for root)."""
    source = tmp_path / "données"
    filled(source)
    view = read_only_view(source)
    with pytest.raises(StoreError) as info:
        Store.open(view)
    assert info.value.kind == "readonly" and str(view) in str(info.value) and "Que faire" in str(info.value)
    code, _, err = cli("structures", data_dir=view)
    explained(code, err, "lecture seule", str(view), "Que faire")
    code, _, err = cli("record", "--answers", BAD, "--structure", "Nouvelle", data_dir=view)
    explained(code, err, "lecture seule")
    assert count(source) == 2


@posix_only
def test_a_folder_without_write_permission_is_explained(tmp_path):
    """No write right on the folder: nobody owns it, mode 0555, and the command runs without capabilities."""
    prefix = without_capabilities()
    data_dir = tmp_path / "protégé"
    filled(data_dir)
    for leftover in data_dir.glob("peerready.sqlite3-*"):
        leftover.unlink()
    protect(data_dir, 0o555)
    try:
        code, _, err = cli("record", "--answers", BAD, "--structure", "Nouvelle", data_dir=data_dir, prefix=prefix)
        explained(code, err, "Impossible d'écrire", str(data_dir), "Que faire")
    finally:
        os.chmod(data_dir, 0o755)
    assert count(data_dir) == 2


@posix_only
def test_a_read_only_database_file_is_explained(tmp_path):
    """The file itself is read-only (nobody's, mode 0444) for a process without capabilities."""
    prefix = without_capabilities()
    data_dir = tmp_path / "données"
    filled(data_dir)
    protect(data_dir, 0o777)
    protect(paths.database_path(data_dir), 0o444)
    code, _, err = cli("record", "--answers", BAD, "--structure", "Nouvelle", data_dir=data_dir, prefix=prefix)
    explained(code, err, "Impossible d'écrire", "peerready.sqlite3")
    assert count(data_dir) == 2


@posix_only
def test_a_folder_that_cannot_be_read_is_explained(tmp_path):
    """No right to read the folder (nobody's, mode 0000) for a process without capabilities."""
    prefix = without_capabilities()
    data_dir = tmp_path / "fermé"
    filled(data_dir)
    protect(data_dir, 0o000)
    try:
        code, _, err = cli("structures", data_dir=data_dir, prefix=prefix)
        explained(code, err, "n'a pas le droit de lire", str(data_dir))
    finally:
        os.chmod(data_dir, 0o755)
    assert count(data_dir) == 2


# --------------------------------------------------------------------------- full disk


@posix_only
def test_a_full_disk_fails_the_write_and_keeps_what_was_saved(tmpfs):
    """A really full disk: a 1 MB tmpfs filled up with a file, then freed."""
    stick = tmpfs("1m")
    data_dir = stick / "PeerReady"
    with Store.open(data_dir) as s:
        structures.create_structure(s, "Confirmée")
        filler = stick / "remplissage"
        with contextlib.suppress(OSError), filler.open("wb", buffering=0) as handle:
            while True:
                handle.write(b"\0" * 4096)
        with pytest.raises(StoreError) as info:
            for index in range(200):
                structures.create_structure(s, f"Jamais confirmée {index}", notes="x" * 4000)
        assert info.value.kind == "full" and "plein" in str(info.value) and "Que faire" in str(info.value)
        saved = index
        filler.unlink()
        structures.create_structure(s, "Après avoir fait de la place")
    assert count(data_dir) == saved + 2


@posix_only
def test_a_full_disk_is_explained_by_the_command_line(tmpfs):
    """``peerready record`` onto a full tmpfs: one clear message, and the database as it was."""
    stick = tmpfs("1m")
    data_dir = stick / "PeerReady"
    filled(data_dir)
    with contextlib.suppress(OSError), (stick / "remplissage").open("wb", buffering=0) as handle:
        while True:
            handle.write(b"\0" * 4096)
    code, _, err = cli("record", "--answers", BAD, "--structure", "Nouvelle", data_dir=data_dir)
    explained(code, err, "plein", "Que faire")
    (stick / "remplissage").unlink()
    assert count(data_dir) == 2


def test_a_full_database_limit_is_a_full_disk_too(tmp_path):
    """Anywhere, without privileges: SQLite's PRAGMA max_page_count makes the file unable to grow."""
    with Store.open(tmp_path / "données") as s:
        structures.create_structure(s, "Confirmée")
        pages = s.conn.execute("PRAGMA page_count").fetchone()[0]
        s.conn.execute(f"PRAGMA max_page_count = {pages}")
        with pytest.raises(StoreError) as info:
            for index in range(100):
                structures.create_structure(s, f"Jamais {index}", notes="x" * 4000)
        assert info.value.kind == "full"
        assert [x.structure.name for x in summaries.list_structures(s)][-1] == "Confirmée"


# --------------------------------------------------------------------------- the stick pulled out


def test_a_renamed_data_folder_is_noticed_and_no_write_looks_saved(tmp_path):
    """The stick pulled out, as Linux sees it from an open file: the folder renamed under the store."""
    data_dir = tmp_path / "clé"
    with Store.open(data_dir) as s:
        structures.create_structure(s, "Confirmée")
        data_dir.rename(tmp_path / "ailleurs")
        with pytest.raises(StoreError) as info:
            structures.create_structure(s, "Pas confirmée")
        assert info.value.kind == "gone" and "a disparu" in str(info.value)
        assert "n'est pas confirmée" in str(info.value) and "Que faire" in str(info.value)
        with pytest.raises(StoreError) as again:  # and so on, until reopened: nothing looks saved
            structures.create_structure(s, "Toujours pas")
        assert again.value.kind == "gone"
        with pytest.raises(StoreError):
            s.backup()
        assert not data_dir.exists()  # no empty folder recreated where the stick was
    with closing(sqlite3.connect(tmp_path / "ailleurs" / "peerready.sqlite3")) as moved:
        assert "Confirmée" in [r[0] for r in moved.execute("SELECT name FROM structures")]


def test_a_deleted_or_replaced_database_file_is_noticed(tmp_path):
    """The file deleted (or another copied over it with mv) while open: it keeps being written on Linux."""
    data_dir = tmp_path / "données"
    with Store.open(data_dir) as s:
        structures.create_structure(s, "Confirmée")
        paths.database_path(data_dir).unlink()
        with pytest.raises(StoreError) as info:
            structures.create_structure(s, "Pas confirmée")
        assert info.value.kind == "gone"
    filled(tmp_path / "autre")
    with Store.open(data_dir) as s:
        os.replace(paths.database_path(tmp_path / "autre"), paths.database_path(data_dir))
        with pytest.raises(StoreError) as info:
            structures.create_structure(s, "Pas confirmée")
        assert info.value.kind == "gone"


def test_a_deleted_journal_is_noticed(tmp_path):
    """Another program removes the WAL still in use (what issue 9 saw): the next commit is not confirmed."""
    data_dir = tmp_path / "données"
    with Store.open(data_dir) as s:
        structures.create_structure(s, "Confirmée")
        paths.database_path(data_dir).with_name("peerready.sqlite3-wal").unlink()
        with pytest.raises(StoreError) as info:
            structures.create_structure(s, "Pas confirmée")
        assert info.value.kind == "gone"


@posix_only
def test_a_stick_unmounted_mid_session_is_noticed(tmpfs):
    """The stick really goes away: a lazy unmount of the tmpfs holding the data (open files survive)."""
    stick = tmpfs("4m")
    with Store.open(stick / "PeerReady") as s:
        structures.create_structure(s, "Confirmée")
        subprocess.run(["umount", "-l", str(stick)], check=True)
        with pytest.raises(StoreError) as info:
            structures.create_structure(s, "Pas confirmée")
        assert info.value.kind == "gone"


def test_a_data_folder_link_to_a_missing_stick_is_explained(tmp_path):
    """A data folder that is a symbolic link to a stick that is not plugged in."""
    link = tmp_path / "PeerReady"
    link.symlink_to(tmp_path / "media" / "CLE" / "PeerReady")
    code, _, err = cli("structures", data_dir=link)
    explained(code, err, "introuvable", str(link))
    assert not (tmp_path / "media").exists()


# --------------------------------------------------------------------------- odd things in the way


def test_a_file_where_the_data_folder_should_be(tmp_path):
    """A file named like the data folder (or a file on the way to it)."""
    in_the_way = tmp_path / "PeerReady"
    in_the_way.write_text("notes de réunion")
    for data_dir in (in_the_way, in_the_way / "données"):
        with pytest.raises(StoreError) as info:
            Store.open(data_dir)
        assert info.value.kind == "notafolder"
        code, _, err = cli("structures", data_dir=data_dir)
        explained(code, err, "devrait être un dossier", "Que faire")
    assert in_the_way.read_text() == "notes de réunion"


def test_a_folder_where_the_database_file_should_be(tmp_path):
    """A folder named peerready.sqlite3 in the data folder."""
    data_dir = tmp_path / "données"
    (data_dir / "peerready.sqlite3").mkdir(parents=True)
    (data_dir / "peerready.sqlite3" / "gardé.txt").write_text("x")
    with pytest.raises(StoreError) as info:
        Store.open(data_dir)
    assert info.value.kind == "notafile"
    code, _, err = cli("record", "--answers", BAD, "--structure", "Nouvelle", data_dir=data_dir)
    explained(code, err, "il y a un dossier", "Que faire")
    assert (data_dir / "peerready.sqlite3" / "gardé.txt").read_text() == "x"


@posix_only
def test_a_special_file_where_the_database_should_be_does_not_hang(tmp_path):
    """A named pipe at the database's place: opening it for reading would wait forever."""
    data_dir = tmp_path / "données"
    data_dir.mkdir()
    os.mkfifo(paths.database_path(data_dir))
    code, _, err = cli("structures", data_dir=data_dir)
    explained(code, err, "fichier spécial")


def test_a_database_link_to_a_missing_file_is_explained(tmp_path):
    """peerready.sqlite3 is a link to a file on a stick that is not plugged in: no empty base is created."""
    data_dir = tmp_path / "données"
    data_dir.mkdir()
    paths.database_path(data_dir).symlink_to(tmp_path / "clé" / "peerready.sqlite3")
    with pytest.raises(StoreError) as info:
        Store.open(data_dir)
    assert info.value.kind == "gone"


# --------------------------------------------------------------------------- another program holds the base

HOLDER = """
import sqlite3, sys
conn = sqlite3.connect(sys.argv[1], isolation_level=None)
if sys.argv[2] == "exclusive":
    conn.execute("PRAGMA locking_mode = EXCLUSIVE")
    conn.execute("BEGIN EXCLUSIVE")
else:
    conn.execute("BEGIN IMMEDIATE")
conn.execute("CREATE TABLE IF NOT EXISTS autre_programme (x)")
print("ok", flush=True)
sys.stdin.read()
"""


@contextlib.contextmanager
def held(data_dir, how):
    """Another program holding the database in a transaction, in its own process."""
    proc = subprocess.Popen(
        [sys.executable, "-c", HOLDER, str(paths.database_path(data_dir)), how],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert proc.stdout.readline().strip() == "ok"
        yield
    finally:
        proc.stdin.close()
        proc.wait(timeout=30)
        proc.stdout.close()


def test_a_long_lock_by_another_program_ends_in_a_clear_message(tmp_path, monkeypatch):
    """Another process keeps a write transaction open longer than the busy timeout (shortened to 1 s)."""
    data_dir = tmp_path / "données"
    filled(data_dir)
    monkeypatch.setattr(files, "BUSY_TIMEOUT_SECONDS", 1)
    with Store.open(data_dir) as s, held(data_dir, "write"):
        start = time.monotonic()
        with pytest.raises(StoreError) as info:
            structures.create_structure(s, "Pas confirmée")
        assert time.monotonic() - start >= 0.9
        assert info.value.kind == "locked" and "occupée par un autre programme" in str(info.value)
    assert count(data_dir) == 2


def test_a_database_locked_at_opening_is_busy_not_damaged(tmp_path, monkeypatch):
    """Another process holds an exclusive lock (even readers wait): it is « occupée », never « endommagée »."""
    data_dir = tmp_path / "données"
    filled(data_dir)
    monkeypatch.setattr(files, "BUSY_TIMEOUT_SECONDS", 1)
    with held(data_dir, "exclusive"):
        with pytest.raises(StoreError) as info:
            Store.open(data_dir)
        assert info.value.kind == "locked", info.value
        code, _, err = cli(
            "structures",
            data_dir=data_dir,
            python_before=SHORT_BUSY_TIMEOUT,
        )
        explained(code, err, "occupée par un autre programme")
        assert "endommagée" not in err
    assert count(data_dir) == 2


def test_the_command_line_explains_a_long_lock(tmp_path):
    data_dir = tmp_path / "données"
    filled(data_dir)
    with held(data_dir, "write"):
        code, _, err = cli(
            "record",
            "--answers",
            BAD,
            "--structure",
            "Nouvelle",
            data_dir=data_dir,
            python_before=SHORT_BUSY_TIMEOUT,
        )
    explained(code, err, "occupée par un autre programme", "Que faire")
    assert count(data_dir) == 2


# --------------------------------------------------------------------------- raw errors are translated


@pytest.mark.parametrize(
    ("raw", "kind"),
    [
        ("disk I/O error", "io"),
        ("database is locked", "locked"),
        ("attempt to write a readonly database", "readonly"),
        ("database or disk is full", "full"),
        ("database disk image is malformed", "damaged"),
        ("file is not a database", "damaged"),
        ("something nobody expected", "error"),
    ],
)
def test_raw_sqlite_errors_become_french_messages(tmp_path, raw, kind):
    filled(tmp_path)
    error = faults.error_for(sqlite3.OperationalError(raw), paths.database_path(tmp_path))
    assert isinstance(error, StoreError) and error.kind == kind
    assert raw not in str(error) and "Que faire" in str(error) and error.advice
    assert "\u00a0:" in str(error)  # French typography: no-break space before the colon


def test_system_errors_become_french_messages(tmp_path):
    import errno

    for number, kind in ((errno.ENOSPC, "full"), (errno.EROFS, "readonly"), (errno.EIO, "io")):
        error = faults.error_for(OSError(number, os.strerror(number)), tmp_path / "x", "backup")
        assert error.kind == kind and os.strerror(number) not in str(error)
        assert "La sauvegarde n'a pas été faite" in str(error)


# --------------------------------------------------------------------------- odd but valid folders


@pytest.mark.parametrize("name", ["Données de l'équipe", "dossier avec  espaces", "clé #1 ?%20 & 100%", "名前 ✓ é"])
def test_unusual_folder_names_work(tmp_path, name):
    data_dir = tmp_path / name / "PeerReady"
    code, out, err = cli("record", "--answers", BAD, "--structure", "CHRS", data_dir=data_dir)
    assert code == 0, err
    code, out, err = cli("structures", data_dir=data_dir)
    assert code == 0 and "CHRS" in out
    assert count(data_dir) == 1


def test_a_relative_data_folder_works(tmp_path):
    for _ in range(2):  # the second time, the database exists and is checked first
        code, _, err = cli("record", "--answers", BAD, "--structure", "CHRS", data_dir="relatif", cwd=tmp_path)
        assert code == 0, err
    assert count(tmp_path / "relatif", "assessments") == 2


def test_a_symlinked_data_folder_and_a_symlinked_database_work(tmp_path):
    real = tmp_path / "réel"
    real.mkdir()
    (tmp_path / "lien").symlink_to(real)
    assert cli("record", "--answers", BAD, "--structure", "Par le lien", data_dir=tmp_path / "lien")[0] == 0
    assert count(real) == 1
    elsewhere = tmp_path / "ailleurs"
    elsewhere.mkdir()
    (elsewhere / "peerready.sqlite3").symlink_to(real / "peerready.sqlite3")
    with Store.open(elsewhere) as s:
        structures.create_structure(s, "Par le lien du fichier")  # no false « gone »
        assert (real / "peerready.sqlite3-wal").exists()  # the journal sits by the real file
    assert count(real) == 2


# --------------------------------------------------------------------------- backups in odd states


def test_a_partial_backup_left_by_a_crash_is_ignored_and_cleaned(tmp_path):
    data_dir = tmp_path / "données"
    filled(data_dir)
    folder = paths.backups_dir(data_dir)
    folder.mkdir(exist_ok=True)
    stale = folder / "peerready_2020-01-01_00-00-00_000000_auto.sqlite3.partiel"
    stale.write_bytes(b"SQLite format 3\x00" + b"\xff" * 1000)
    old = time.time() - 2 * backups.STALE_PARTIAL_SECONDS
    os.utime(stale, (old, old))
    target = tmp_path / "copie.sqlite3"
    target.with_name("copie.sqlite3.partiel").write_bytes(b"garbage from a crash")
    with Store.open(data_dir) as s:
        s.wait_for_background()  # the automatic backup is made in the background, after the check
        assert backups.latest_backup(data_dir).suffix == ".sqlite3"
        assert s.backup(target=target) == target
    assert not stale.exists() and not target.with_name("copie.sqlite3.partiel").exists()
    conn = sqlite3.connect(target)
    assert conn.execute("SELECT count(*) FROM structures").fetchone()[0] == 2
    conn.close()


def test_a_backups_folder_that_cannot_be_used(tmp_path):
    """« backups » is a file: the app still opens (with a warning); what needs a backup is refused."""
    data_dir = tmp_path / "données"
    filled(data_dir)
    paths.backups_dir(data_dir).write_text("pas un dossier")
    with Store.open(data_dir) as s:
        s.wait_for_background()  # the automatic backup is tried in the background
        assert s.warnings and "sauvegarde automatique" in s.warnings[0]
        with pytest.raises(StoreError) as info:
            s.backup()
        assert info.value.kind == "notafolder"
        structure = structures.find_structure(s, "Avant 1")
        with pytest.raises(StoreError) as info:
            structures.delete_structure(s, structure.id)
        assert "n'a pas été supprimée" in str(info.value)
    assert count(data_dir) == 2
    code, _, err = cli("delete-structure", "Avant 1", "--yes", data_dir=data_dir)
    explained(code, err, "n'a pas été supprimée")
    assert count(data_dir) == 2


@posix_only
def test_a_backups_folder_without_write_permission(tmp_path):
    """backups/ owned by nobody, mode 0555, for a command without capabilities."""
    prefix = without_capabilities()
    data_dir = tmp_path / "données"
    filled(data_dir)
    protect(data_dir, 0o777)
    protect(paths.database_path(data_dir), 0o666)
    paths.backups_dir(data_dir).mkdir()
    protect(paths.backups_dir(data_dir), 0o555)
    code, out, err = cli("structures", data_dir=data_dir, prefix=prefix)
    assert code == 0 and "Avant 1" in out
    code, _, err = cli("backup", data_dir=data_dir, prefix=prefix)
    explained(code, err, "Impossible d'écrire", "La sauvegarde n'a pas été faite")


def test_the_live_database_is_never_taken_for_a_backup_or_an_export(tmp_path):
    data_dir = tmp_path / "données"
    filled(data_dir)
    live = paths.database_path(data_dir)
    code, _, err = cli("import", live, data_dir=data_dir)
    explained(code, err, "en service")
    code, _, err = cli("restore", live, "--yes", data_dir=data_dir)
    assert code == 1 and "Traceback" not in err
    code, _, err = cli("backup", "--out", live, data_dir=data_dir)
    explained(code, err, "en service")
    assert count(data_dir) == 2


@posix_only
def test_a_hot_journal_left_by_a_crash_is_rolled_back_not_called_read_only(tmp_path):
    """A crash mid-write in the default journal mode (network shares cannot do WAL): SIGKILL leaves a hot journal."""
    data_dir = tmp_path / "partage"
    filled(data_dir)
    crash = f"""
import os, signal, sqlite3
conn = sqlite3.connect({str(paths.database_path(data_dir))!r}, isolation_level=None)
conn.execute("PRAGMA journal_mode = DELETE")
conn.execute("PRAGMA cache_size = 1")
conn.execute("BEGIN")
for index in range(300):
    conn.execute("INSERT INTO structures (id, name) VALUES (?, ?)", (str(index), "x" * 5000))
os.kill(os.getpid(), signal.SIGKILL)
"""
    subprocess.run([sys.executable, "-c", crash], check=False)
    assert paths.database_path(data_dir).with_name("peerready.sqlite3-journal").exists()
    with Store.open(data_dir) as s:
        assert sorted(x.structure.name for x in summaries.list_structures(s)) == ["Avant 1", "Avant 2"]
        structures.create_structure(s, "Après")
