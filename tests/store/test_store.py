"""The database file: refused when foreign, damaged or newer, and never touched then."""

import datetime
import hashlib
import os
import sqlite3
import sys
from contextlib import closing

import pytest
from sqlite_utils import Migrations

from peerready import paths
from peerready.store import backups, opening, structures, summaries
from peerready.store import migrations as schema
from peerready.store.database import Store
from peerready.store.faults import StoreError


def digest(path):
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_a_new_folder_gets_a_wal_database_with_foreign_keys(tmp_path):
    with Store.open(tmp_path / "data") as s:
        assert s.conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        assert s.conn.execute("PRAGMA foreign_keys").fetchone()[0] == 1
        assert s.conn.execute("PRAGMA application_id").fetchone()[0] == opening.APPLICATION_ID
        assert {"structures", "assessments", "answers", "actions"} <= set(s.db.table_names())


def test_a_file_that_is_not_sqlite_is_refused_and_left_untouched(tmp_path):
    path = paths.database_path(tmp_path)
    path.write_bytes(b"Compte rendu de la reunion d'equipe\n" * 100)
    before = digest(path)
    with pytest.raises(StoreError) as info:
        Store.open(tmp_path)
    assert info.value.kind == "foreign" and "n'est pas une base de données PeerReady" in str(info.value)
    assert digest(path) == before
    assert not (tmp_path / "peerready.sqlite3-wal").exists()


def test_another_applications_sqlite_database_is_refused_and_left_untouched(tmp_path):
    path = paths.database_path(tmp_path)
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE contacts (name TEXT)")
    conn.execute("INSERT INTO contacts VALUES ('x')")
    conn.commit()
    conn.close()
    before = digest(path)
    with pytest.raises(StoreError) as info:
        Store.open(tmp_path)
    assert info.value.kind == "foreign"
    assert digest(path) == before


def test_a_damaged_database_is_refused_untouched_and_the_latest_backup_suggested(tmp_path):
    with Store.open(tmp_path) as s:
        for index in range(300):
            structures.create_structure(s, f"Structure {index}", notes="x" * 500)
        backup = s.backup("manuelle")
    path = paths.database_path(tmp_path)
    data = bytearray(path.read_bytes())
    data[4096 * 3 : 4096 * 3 + 2000] = os.urandom(2000)  # scramble a page in the middle
    path.write_bytes(bytes(data))
    before = digest(path)
    with pytest.raises(StoreError) as info:
        Store.open(tmp_path)
    assert info.value.kind == "damaged"
    assert info.value.latest_backup == backup and str(backup) in str(info.value)
    assert digest(path) == before


def test_a_database_from_a_newer_peerready_is_refused_untouched(tmp_path):
    with Store.open(tmp_path) as s:
        s.db["_sqlite_migrations"].insert(
            {"migration_set": "peerready", "name": "0999_from_the_future", "applied_at": "2031-01-01"}
        )
    path = paths.database_path(tmp_path)
    before = digest(path)
    with pytest.raises(StoreError) as info:
        Store.open(tmp_path)
    assert info.value.kind == "newer" and "version plus récente" in str(info.value)
    assert digest(path) == before


def test_a_pending_migration_runs_after_a_backup_of_the_file(tmp_path, monkeypatch):
    with Store.open(tmp_path) as s:
        structures.create_structure(s, "CHRS Avant")
    newer = Migrations("peerready")
    for migration in schema.migrations._migrations:
        newer(name=migration.name)(migration.fn)

    @newer(name="0002_test_column")
    def _add(db):
        db["structures"].add_column("region", str)

    monkeypatch.setattr(schema, "migrations", newer)
    monkeypatch.setattr(schema, "KNOWN_MIGRATIONS", [m.name for m in newer._migrations])
    with Store.open(tmp_path) as s:
        assert "region" in s.db["structures"].columns_dict
        assert [r["name"] for r in s.db["structures"].rows] == ["CHRS Avant"]
    saved = list(paths.backups_dir(tmp_path).glob("*avant-mise-a-jour*"))
    assert len(saved) == 1
    with closing(sqlite3.connect(saved[0])) as conn:
        assert "region" not in [c[1] for c in conn.execute("PRAGMA table_info(structures)")]


def test_a_failing_migration_changes_nothing(tmp_path, monkeypatch):
    with Store.open(tmp_path) as s:
        structures.create_structure(s, "CHRS Avant")
    applied = len(schema.KNOWN_MIGRATIONS)
    broken = Migrations("peerready")
    for migration in schema.migrations._migrations:
        broken(name=migration.name)(migration.fn)

    @broken(name="0002_broken")
    def _broken(db):
        db["structures"].add_column("region", str)
        raise RuntimeError("boom")

    monkeypatch.setattr(schema, "migrations", broken)
    monkeypatch.setattr(schema, "KNOWN_MIGRATIONS", [m.name for m in broken._migrations])
    with pytest.raises(RuntimeError):
        Store.open(tmp_path)
    with closing(sqlite3.connect(paths.database_path(tmp_path))) as conn:
        assert "region" not in [c[1] for c in conn.execute("PRAGMA table_info(structures)")]
        assert conn.execute("SELECT count(*) FROM _sqlite_migrations").fetchone()[0] == applied


def test_automatic_backups_are_made_and_rotated(tmp_path, monkeypatch):
    with Store.open(tmp_path) as s:
        structures.create_structure(s, "CHRS")
    monkeypatch.setattr(backups, "AUTOMATIC_BACKUP_EVERY", datetime.timedelta(seconds=-1))
    for _ in range(backups.AUTOMATIC_BACKUPS_KEPT + 3):
        Store.open(tmp_path).close()
    automatic = list(paths.backups_dir(tmp_path).glob("*_auto.sqlite3"))
    assert len(automatic) == backups.AUTOMATIC_BACKUPS_KEPT


def test_backup_and_restore(tmp_path):
    with Store.open(tmp_path) as s:
        structures.create_structure(s, "Avant la sauvegarde")
        saved = s.backup()
        structures.create_structure(s, "Après la sauvegarde")
        safety = s.restore(saved)
        assert [x.structure.name for x in summaries.list_structures(s)] == ["Avant la sauvegarde"]
    with Store.open(tmp_path) as s:  # the restore is durable
        assert [x.structure.name for x in summaries.list_structures(s)] == ["Avant la sauvegarde"]
    with closing(sqlite3.connect(safety)) as conn:  # and what was there before is kept
        assert conn.execute("SELECT count(*) FROM structures").fetchone()[0] == 2


def test_restoring_something_that_is_not_a_backup_is_refused(tmp_path):
    fake = tmp_path / "fake.sqlite3"
    fake.write_text("pas une sauvegarde")
    with Store.open(tmp_path / "data") as s:
        structures.create_structure(s, "Gardée")
        with pytest.raises(StoreError):
            s.restore(fake)
        assert [x.structure.name for x in summaries.list_structures(s)] == ["Gardée"]


def test_data_folder_choice(tmp_path, monkeypatch):
    monkeypatch.setenv("PEERREADY_DATA_DIR", str(tmp_path / "chosen"))
    assert paths.data_dir() == tmp_path / "chosen"
    monkeypatch.delenv("PEERREADY_DATA_DIR")
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "xdg"))
    if sys.platform.startswith("linux"):
        assert paths.data_dir() == tmp_path / "xdg" / "peerready"
    exe = tmp_path / "usb" / "PeerReady"
    exe.parent.mkdir()
    (exe.parent / "portable").touch()
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "executable", str(exe))
    assert paths.data_dir() == tmp_path / "usb" / "data"
    assert "portable" in paths.describe()
