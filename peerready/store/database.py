"""The local database (SQLite through sqlite-utils): one open data folder, nothing confirmed ever lost.

``Store.open`` refuses a file that is not a PeerReady database, is damaged, or was written by a
newer PeerReady, and leaves it byte for byte as it was (``opening``). Every write is one
``BEGIN IMMEDIATE`` transaction (two processes wait for each other instead of failing), WAL
journal, foreign keys on, named migrations (``migrations``) applied after a backup of the
file (``backups``). After each commit the file is checked to be still the one opened: a write
to a file that moved or whose USB stick was pulled out is reported as failed, never as saved.

A write that fails changes nothing: its transaction is rolled back, and what was committed
before stays. Every fault of the folder or the disk is a ``StoreError`` in French (``faults``);
the database files are opened only through ``files``, which guards SQLite's locks.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import json
import os
import sqlite3
import threading
import uuid
import weakref
from pathlib import Path

from peerready import paths
from peerready.store import backups, faults, files, opening, sessions
from peerready.store import migrations as schema
from peerready.store.faults import StoreError


def now() -> str:
    """The time of a change, as kept in the rows (UTC, ISO 8601, milliseconds)."""
    return dt.datetime.now(dt.timezone.utc).isoformat(timespec="milliseconds")


def new_id() -> str:
    """A stable id for a new row (a UUID), so that exports and imports match rows over years."""
    return str(uuid.uuid4())


def dumps(value) -> str:
    """A value kept as JSON in a text column."""
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"))


class Store:
    """One open PeerReady database. Use one Store per thread."""

    def __init__(self, conn: sqlite3.Connection, path: Path | None, *, registered: bool = False):
        self.conn = conn
        self._db = None
        self.path = path
        #: Questionnaires read from this database, by content hash (see ``assessments.questionnaire``).
        self.questionnaire_cache: dict = {}
        #: Computed results and synced plans, by assessment id, each with the result stamp it is
        #: valid for (see ``summaries.assessment_results``): reopening an unchanged assessment is free.
        self.results_memo: dict = {}
        self.plan_memo: dict = {}
        self._stamped: bool | None = None
        #: Problems that did not stop the opening (an automatic backup that failed…), in French.
        self.warnings: list[str] = []
        self._identity = files.identity(path) if path is not None else None
        self._journal = None
        self._broken: str | None = None  # a kind: every later write fails the same way
        self._session: sessions.Session | None = None
        self._background: threading.Thread | None = None
        #: Whether the whole file was checked (``quick_check``) since it was opened, and found sound.
        self.checked = False
        #: The fault found by the check made in the background (a damaged file), once it is known.
        self.integrity_problem: StoreError | None = None
        identity = self._identity if registered else None
        self._release = weakref.finalize(self, files.open_files.remove, identity)

    @property
    def db(self):
        """sqlite-utils' view of the connection, made on first use (the home page is read without it)."""
        if self._db is None:
            from sqlite_utils import Database  # start-up: ~60 ms (click, dateutil, pluggy), after the window

            self._db = Database(self.conn, execute_plugins=False)
        return self._db

    def execute(self, sql: str, params=()) -> sqlite3.Cursor:
        """One statement, straight on sqlite3 (no need to load sqlite-utils to read)."""
        tracer = self._db._tracer if self._db is not None else None  # the statements a test counts
        if tracer:
            tracer(sql, params)
        return self.conn.execute(sql, params)

    def rows(self, sql: str, params=()) -> list[dict]:
        """The rows of a query, as dicts, straight from sqlite3."""
        cursor = self.execute(sql, params)
        columns = [column[0] for column in cursor.description]
        return [dict(zip(columns, row, strict=True)) for row in cursor.fetchall()]

    # -- opening and closing ------------------------------------------------------

    @classmethod
    def open(cls, folder: Path | None = None, automatic_backup: bool = True) -> Store:
        """Open (creating if needed) the database of a data folder; raise StoreError if it cannot be used.

        The whole file is checked at once only when it may have been left in a bad state
        (``sessions``), and before a migration; otherwise the check runs in the background,
        followed by the automatic backup when one is due (``wait_for_background``), so that
        opening takes milliseconds even for a platform's ten years.
        """
        folder = Path(os.path.abspath(Path(folder) if folder else paths.data_dir()))
        opening.prepare_folder(folder)
        path = paths.database_path(folder)
        session = sessions.Session.begin(folder, path)
        try:
            opening.inspect(path, integrity=session.doubtful)
            existed = path.exists() and path.stat().st_size > 0
            opening.check_writable(folder, path)
            try:
                conn = files.connect(path)
            except sqlite3.Error as error:
                raise faults.error_for(error, path, "open") from error
        except BaseException:
            session.end(clean=False)
            raise
        store = cls(conn, path, registered=True)
        store._session = session
        # Checked by ``inspect``, new and empty, or checked by the store of this process that has it open too.
        store.checked = session.doubtful or not existed or session.sibling
        try:
            store._prepare(existed, automatic_backup)
        except sqlite3.Error as error:
            store.close()
            raise faults.error_for(error, path, "open") from error
        except BaseException:
            store.close()
            raise
        return store

    @classmethod
    def memory(cls) -> Store:
        """An in-memory database, for tests and for ``peerready plan``-like uses."""
        conn = sqlite3.connect(":memory:", isolation_level=None, check_same_thread=False)
        conn.execute("PRAGMA foreign_keys = ON")
        store = cls(conn, None)
        store._migrate()
        return store

    def _prepare(self, existed: bool, automatic_backup: bool) -> None:
        with contextlib.suppress(sqlite3.OperationalError):
            if self.conn.execute("PRAGMA journal_mode").fetchone()[0] != "wal":
                self.conn.execute("PRAGMA journal_mode = wal")  # network shares cannot: the default journal is safe
        pending = [m for m in schema.KNOWN_MIGRATIONS if m not in self._applied()]
        if pending and existed:
            self.backup("avant-mise-a-jour")  # checked first; no backup, no migration: the error says why
        if pending or not existed:
            self._migrate()
        self._journal = self._journal_identity()
        backup_due = automatic_backup and existed and self._automatic_backup_due()
        if not self.checked or backup_due:
            self._background = threading.Thread(
                target=self._work_in_background, args=(backup_due,), name="peerready-check", daemon=True
            )
            self._background.start()

    def _work_in_background(self, backup_due: bool) -> None:
        """The check of the whole file, then the automatic backup if one is due, on a connection of their own."""
        try:
            conn = files.connect(self.path, read_only=True)
        except sqlite3.Error as error:
            self.warnings.append(
                f"La vérification de la base n'a pas pu être faite. {faults.error_for(error, self.path, 'read')}"
            )
            return
        try:
            if not self.checked:
                try:
                    sound = conn.execute("PRAGMA quick_check").fetchall() == [("ok",)]
                except sqlite3.DatabaseError as error:  # « malformed »: so damaged that the check stops
                    if faults.error_for(error, self.path, "read").kind != "damaged":
                        raise
                    sound = False
                if not sound:
                    self.integrity_problem = faults.fault(
                        "damaged", self.path, "open", backups.latest_backup(self.path.parent)
                    )
                    self._broken = "damaged"  # writing on would only spread the damage
                    return
                self.checked = True
            if backup_due:
                target = self._backup_target("auto")
                backups.write_copy(conn, target)
                backups.rotate(target.parent)
        except (sqlite3.Error, OSError, StoreError) as error:
            reason = error if isinstance(error, StoreError) else faults.error_for(error, self.path, "backup")
            what = (
                "La sauvegarde automatique n'a pas pu être faite."
                if self.checked
                else ("La vérification de la base n'a pas pu être faite.")
            )
            self.warnings.append(f"{what} {reason}")
        finally:
            files.release(conn, self.path)

    def wait_for_background(self) -> None:
        """Wait for the check and the automatic backup started at opening (at once if there are none)."""
        thread = self._background
        if thread is not None:
            thread.join()

    def _applied(self) -> set[str]:
        if not self.conn.execute("SELECT 1 FROM sqlite_master WHERE name = '_sqlite_migrations'").fetchone():
            return set()
        applied = self.conn.execute("SELECT name FROM _sqlite_migrations WHERE migration_set = 'peerready'")
        return {row[0] for row in applied}

    def _migrate(self) -> None:
        # IMMEDIATE: two instances starting at once take turns instead of both migrating.
        self.conn.execute("BEGIN IMMEDIATE")
        try:
            if self.conn.execute("PRAGMA application_id").fetchone()[0] != opening.APPLICATION_ID:
                self.conn.execute(f"PRAGMA application_id = {opening.APPLICATION_ID}")
            schema.migrations.apply(self.db)
            self.conn.execute("COMMIT")
        except BaseException:
            if self.conn.in_transaction:
                with contextlib.suppress(sqlite3.Error):
                    self.conn.execute("ROLLBACK")
            raise

    def stamped(self) -> bool:
        """Whether the schema has the result stamps (always, once opened: migrations run at opening)."""
        if self._stamped is None:
            found = self.conn.execute("SELECT 1 FROM sqlite_master WHERE name = 'result_stamps'").fetchone()
            if not found:
                return False  # asked again next time: a migration may come
            self._stamped = True
        return self._stamped

    def forget_memos(self) -> None:
        """Drop what is kept in memory about assessments (stamps make this needless; a restore does it anyway)."""
        self.results_memo.clear()
        self.plan_memo.clear()

    def close(self) -> None:
        self.wait_for_background()
        with contextlib.suppress(sqlite3.Error):
            self.conn.close()
        self._release()
        if self._session is not None:
            session, self._session = self._session, None
            session.end(clean=self.checked and not self._broken)

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    # -- writing --------------------------------------------------------------------

    @contextlib.contextmanager
    def write(self):
        """One transaction; nested calls become savepoints. Commits at the end or rolls back.

        Any failure of the disk or the file becomes a ``StoreError`` (nothing of the
        transaction is kept). After the commit, the database file is checked to be still
        where it was opened: a write to a file that was moved or whose stick was pulled out
        is reported as failed (``kind == "gone"``), never as saved.
        """
        if self._broken:
            raise self._failed()
        if self.conn.in_transaction:
            with self.db.atomic():
                yield self.db
            return
        self.check_present()
        try:
            self.conn.execute("BEGIN IMMEDIATE")
        except sqlite3.Error as error:
            raise self.error_for(error) from error
        try:
            yield self.db
        except BaseException as error:
            self._rollback()
            if isinstance(error, sqlite3.Error) and faults.translatable(error):
                raise self.error_for(error) from error
            raise
        try:
            self.conn.execute("COMMIT")
        except sqlite3.Error as error:
            self._rollback()
            raise self.error_for(error) from error
        self.check_present()

    def _rollback(self) -> None:
        if self.conn.in_transaction:
            with contextlib.suppress(sqlite3.Error):
                self.conn.execute("ROLLBACK")
        if self.conn.in_transaction:  # a transaction that cannot end: no later write may look saved
            self._broken = self._broken or "io"

    def check_present(self) -> None:
        """Raise ``StoreError(kind="gone")`` if the database file (or its journal) is no longer the one opened.

        On Linux an open file keeps being written after it was renamed, deleted, or its
        USB stick pulled out: SQLite would report success. Two ``stat`` calls, cheap.
        """
        if self.path is None:
            return
        if self._broken:
            raise self._failed()
        journal = self._journal_path()
        if files.identity(self.path) != self._identity or (
            self._journal is not None and files.identity(journal) != self._journal
        ):
            self._broken = "gone"
            raise self._failed()
        if self._journal is None and self.path is not None:
            self._journal = self._journal_identity()

    def _failed(self) -> StoreError:
        return faults.fault(self._broken or "error", self.path, "write")

    def error_for(self, error: BaseException, action: str = "write") -> StoreError:
        """This store's ``StoreError`` for an error met while using it (see ``error_for``)."""
        if isinstance(error, StoreError):
            return error
        if self.path is not None and (
            files.identity(self.path) != self._identity
            or (self._journal is not None and files.identity(self._journal_path()) != self._journal)
        ):
            self._broken = "gone"
            return self._failed()
        return faults.error_for(error, self.path, action)

    def _journal_path(self) -> Path | None:
        return Path(os.path.realpath(self.path) + "-wal") if self.path is not None else None

    def _journal_identity(self):
        with contextlib.suppress(sqlite3.Error):
            if self.conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal":
                return files.identity(self._journal_path())
        return None

    # -- backups --------------------------------------------------------------------

    def backup(self, reason: str = "manuelle", target: Path | None = None) -> Path:
        """Copy the whole database, consistently, to ``target`` or the backups folder (see ``backups``).

        The file is checked first: a damaged database is never copied as if it were a good
        backup (the one exception: the copy kept before a restore replaces it).
        """
        if self.path is None:
            raise StoreError("Une base en mémoire ne se sauvegarde pas.")
        target = self._backup_target(reason) if target is None else Path(os.path.abspath(target))
        if files.is_open_database(target) or files.identity(target) == self._identity:
            raise StoreError(
                f"{target} est une base de données en service : une sauvegarde ne peut pas la remplacer. "
                "Que faire : choisissez un autre nom de fichier.",
                "error",
                path=target,
                advice="Choisissez un autre nom de fichier.",
            )
        if not target.parent.is_dir():
            kind = "gone" if not os.path.lexists(target.parent) else "notafolder"
            raise faults.fault(kind, target.parent, "backup")
        if reason != "avant-restauration":
            self.check_integrity()
        try:
            backups.write_copy(self.conn, target)
        except (sqlite3.Error, OSError) as error:
            raise faults.error_for(error, target, "backup") from error
        if reason == "auto":
            backups.rotate(target.parent)
        return target

    def check_integrity(self) -> None:
        """Check the whole file now (``PRAGMA quick_check``); a damaged one raises ``StoreError(kind="damaged")``."""
        try:
            found = self.conn.execute("PRAGMA quick_check").fetchall()
        except sqlite3.Error as error:
            if self.error_for(error, "read").kind != "damaged":
                raise self.error_for(error, "read") from error
            found = []
        if found != [("ok",)]:
            self._broken = "damaged"
            raise faults.fault("damaged", self.path, "open", backups.latest_backup(self.path.parent))
        self.checked = True

    def _backup_target(self, reason: str) -> Path:
        """Where a backup made now for ``reason`` goes, in the backups folder (made if needed)."""
        if self._broken == "gone" or files.identity(self.path) != self._identity:
            raise faults.fault("gone", self.path, "backup")  # never recreate a moved folder for its backups
        folder = paths.backups_dir(self.path.parent)
        try:
            if os.path.lexists(folder) and not folder.is_dir():
                raise faults.fault("notafolder", folder, "backup")
            folder.mkdir(parents=True, exist_ok=True)
        except OSError as error:
            raise faults.error_for(error, folder / "x", "backup") from None
        return folder / backups.backup_name(reason)

    def _automatic_backup_due(self) -> bool:
        return backups.automatic_backup_due(paths.backups_dir(self.path.parent))

    def restore(self, source: Path) -> Path:
        """Replace the data by a backup file, after backing up the current data (« avant-restauration »)."""
        source = Path(source)
        if not source.is_file():
            raise StoreError(
                f"La sauvegarde {source} n'existe pas. Que faire : choisissez un fichier du dossier des sauvegardes.",
                "error",
                path=source,
                advice="Choisissez un fichier du dossier des sauvegardes.",
            )
        if self.path is not None and files.identity(source) == self._identity:
            raise StoreError(
                f"{source} est la base de données en service, pas une sauvegarde. Rien n'a été changé. "
                "Que faire : choisissez un fichier du dossier des sauvegardes.",
                "error",
                path=source,
                advice="Choisissez un fichier du dossier des sauvegardes.",
            )
        self.check_present()
        opening.inspect(source)
        try:
            src = files.connect(source, read_only=True)
        except sqlite3.Error as error:
            raise faults.error_for(error, source, "read") from None
        try:
            try:
                application_id = src.execute("PRAGMA application_id").fetchone()[0]
            except sqlite3.Error as error:
                raise faults.error_for(error, source, "read") from None
            if application_id != opening.APPLICATION_ID:
                raise StoreError(f"Le fichier {source} n'est pas une sauvegarde PeerReady.", "foreign", path=source)
            safety = self.backup("avant-restauration")
            try:
                src.backup(self.conn)
            except sqlite3.Error as error:
                raise self.error_for(error, "restore") from error
        finally:
            files.release(src, source)
        self.questionnaire_cache.clear()
        self.forget_memos()
        try:
            self._migrate()
        except sqlite3.Error as error:
            raise self.error_for(error) from error
        self.check_present()
        return safety
