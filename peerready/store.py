"""The local database (SQLite through sqlite-utils): nothing confirmed is ever lost.

Safety first: a file that is not a PeerReady database, is damaged, or was written by a
newer PeerReady is refused and left byte for byte as it was. Every write is one
``BEGIN IMMEDIATE`` transaction (two processes wait for each other instead of failing),
WAL journal, foreign keys on, named migrations applied after a backup of the file.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import json
import sqlite3
import uuid
from pathlib import Path

from sqlite_utils import Database, Migrations

from peerready import paths

#: PRAGMA application_id of a PeerReady database ("PRdy").
APPLICATION_ID = int.from_bytes(b"PRdy", "big")
SQLITE_HEADER = b"SQLite format 3\x00"
BUSY_TIMEOUT_SECONDS = 20
AUTOMATIC_BACKUPS_KEPT = 10
AUTOMATIC_BACKUP_EVERY = dt.timedelta(hours=12)

migrations = Migrations("peerready")


class StoreError(Exception):
    """The data folder cannot be used; ``str()`` says what is wrong and what to do."""

    def __init__(self, message: str, kind: str = "error", latest_backup: Path | None = None):
        super().__init__(message)
        self.kind = kind  # foreign | damaged | newer | locked | error
        self.latest_backup = latest_backup


def now() -> str:
    return dt.datetime.now(dt.timezone.utc).isoformat(timespec="milliseconds")


def new_id() -> str:
    return str(uuid.uuid4())


# --------------------------------------------------------------------------- schema


@migrations(name="0001_initial")
def _initial(db: Database) -> None:
    db["structures"].create(
        {
            "id": str,
            "name": str,
            "sector": str,
            "service_kind": str,
            "notes": str,
            "created_at": str,
            "updated_at": str,
        },
        pk="id",
        not_null={"name"},
    )
    db["questionnaires"].create(
        {"hash": str, "id": str, "version": str, "content": str, "stored_at": str},
        pk="hash",
    )
    db["assessments"].create(
        {
            "id": str,
            "structure_id": str,
            "questionnaire_hash": str,
            "questionnaire_id": str,
            "questionnaire_version": str,
            "stage": str,
            "short": int,
            "label": str,
            "started_at": str,
            "closed_at": str,
            "previous_id": str,
            "updated_at": str,
        },
        pk="id",
        not_null={"structure_id", "questionnaire_hash", "stage"},
        foreign_keys=[("structure_id", "structures", "id"), ("questionnaire_hash", "questionnaires", "hash")],
    )
    db["assessment_groups"].create(
        {"assessment_id": str, "group_id": str, "mode": str},
        pk=("assessment_id", "group_id"),
        foreign_keys=[("assessment_id", "assessments", "id")],
    )
    db["respondents"].create(
        {
            "id": str,
            "assessment_id": str,
            "group_id": str,
            "mode": str,
            "number": int,
            "created_at": str,
            "finished_at": str,
        },
        pk="id",
        not_null={"assessment_id", "group_id", "mode"},
        foreign_keys=[("assessment_id", "assessments", "id")],
    )
    db["answers"].create(
        {
            "respondent_id": str,
            "question_id": str,
            "value": str,
            "counts": str,
            "comment": str,
            "divided": int,
            "answered_at": str,
        },
        pk=("respondent_id", "question_id"),
        foreign_keys=[("respondent_id", "respondents", "id")],
    )
    db["actions"].create(
        {
            "id": str,
            "assessment_id": str,
            "template_id": str,
            "title": str,
            "steps": str,
            "factors": str,
            "priority": str,
            "owner_role": str,
            "owner_name": str,
            "horizon": str,
            "due_date": str,
            "status": str,
            "notes": str,
            "position": int,
            "user_added": int,
            "edited": int,
            "suggested": int,
            "because": str,
            "carried_from": str,
            "created_at": str,
            "updated_at": str,
        },
        pk="id",
        not_null={"assessment_id", "title", "status"},
        foreign_keys=[("assessment_id", "assessments", "id")],
    )
    db["results_cache"].create(
        {"assessment_id": str, "stamp": str, "level": str, "score": float, "summary": str},
        pk="assessment_id",
        foreign_keys=[("assessment_id", "assessments", "id")],
    )
    db["assessments"].create_index(["structure_id", "started_at"])
    db["respondents"].create_index(["assessment_id", "group_id", "number"], unique=True)
    db["actions"].create_index(["assessment_id", "position"])
    db["actions"].create_index(["assessment_id", "template_id"])
    # Cascades: deleting a structure deletes everything it holds, in one statement.
    for child, parent, column in (
        ("assessments", "structures", "structure_id"),
        ("assessment_groups", "assessments", "assessment_id"),
        ("respondents", "assessments", "assessment_id"),
        ("answers", "respondents", "respondent_id"),
        ("actions", "assessments", "assessment_id"),
        ("results_cache", "assessments", "assessment_id"),
    ):
        db.execute(
            f"CREATE TRIGGER delete_{child}_with_{parent} BEFORE DELETE ON {parent} "
            f"BEGIN DELETE FROM {child} WHERE {column} = OLD.id; END"
        )


KNOWN_MIGRATIONS = [m.name for m in migrations._migrations]


# --------------------------------------------------------------------------- opening


def inspect(path: Path) -> None:
    """Refuse, without changing a byte, a file that is not a usable PeerReady database."""
    if not path.exists() or path.stat().st_size == 0:
        return
    latest = latest_backup(path.parent)
    advice = f" La dernière sauvegarde est {latest}." if latest else ""
    with path.open("rb") as handle:
        header = handle.read(len(SQLITE_HEADER))
    if header != SQLITE_HEADER:
        raise StoreError(
            f"Le fichier {path} n'est pas une base de données PeerReady (ce n'est pas une base SQLite). "
            "Il n'a pas été modifié. Choisissez un autre dossier de données ou déplacez ce fichier." + advice,
            "foreign",
            latest,
        )
    try:
        conn = sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True, timeout=BUSY_TIMEOUT_SECONDS)
    except sqlite3.Error as error:
        raise StoreError(f"Impossible d'ouvrir {path} : {error}.", "error", latest) from None
    try:
        check = conn.execute("PRAGMA quick_check").fetchall()
        if check != [("ok",)]:
            raise StoreError(
                f"La base {path} est endommagée ({check[0][0]}). Elle n'a pas été modifiée. "
                "Restaurez une sauvegarde (peerready restore)." + advice,
                "damaged",
                latest,
            )
        application_id = conn.execute("PRAGMA application_id").fetchone()[0]
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
        if application_id != APPLICATION_ID and tables:
            raise StoreError(
                f"Le fichier {path} est une base SQLite, mais pas une base PeerReady. Il n'a pas été modifié.",
                "foreign",
                latest,
            )
        if "_sqlite_migrations" in tables:
            applied = {
                r[0] for r in conn.execute("SELECT name FROM _sqlite_migrations WHERE migration_set = 'peerready'")
            }
            unknown = applied - set(KNOWN_MIGRATIONS)
            if unknown:
                raise StoreError(
                    f"La base {path} a été écrite par une version plus récente de PeerReady. "
                    "Installez cette version plus récente pour l'ouvrir ; la base n'a pas été modifiée.",
                    "newer",
                    latest,
                )
    except sqlite3.DatabaseError as error:
        raise StoreError(
            f"La base {path} est illisible ou endommagée ({error}). Elle n'a pas été modifiée. "
            "Restaurez une sauvegarde (peerready restore)." + advice,
            "damaged",
            latest,
        ) from None
    finally:
        conn.close()


def _connect(path: Path) -> sqlite3.Connection:
    conn = sqlite3.connect(str(path), timeout=BUSY_TIMEOUT_SECONDS, isolation_level=None, check_same_thread=False)
    conn.execute("PRAGMA foreign_keys = ON")
    conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_SECONDS * 1000}")
    return conn


class Store:
    """One open PeerReady database. Use one Store per thread."""

    def __init__(self, conn: sqlite3.Connection, path: Path | None):
        self.conn = conn
        self.db = Database(conn, execute_plugins=False)
        self.path = path
        self._questionnaires: dict = {}

    # -- opening and closing ------------------------------------------------------

    @classmethod
    def open(cls, folder: Path | None = None, automatic_backup: bool = True) -> Store:
        """Open (creating if needed) the database of a data folder."""
        folder = Path(folder) if folder else paths.data_dir()
        try:
            folder.mkdir(parents=True, exist_ok=True)
        except OSError as error:
            raise StoreError(f"Impossible de créer le dossier de données {folder} : {error.strerror}.") from None
        path = paths.database_path(folder)
        inspect(path)
        existed = path.exists() and path.stat().st_size > 0
        try:
            conn = _connect(path)
        except sqlite3.Error as error:
            raise StoreError(f"Impossible d'ouvrir {path} : {error}.") from None
        store = cls(conn, path)
        try:
            store._prepare(existed, automatic_backup)
        except BaseException:
            conn.close()
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
            self.db.enable_wal()  # network shares cannot do WAL; the default journal is still safe
        pending = [m for m in KNOWN_MIGRATIONS if m not in self._applied()]
        if pending and existed:
            self.backup("avant-mise-a-jour")
        self._migrate()
        if automatic_backup and existed and self._automatic_backup_due():
            self.backup("auto")

    def _applied(self) -> set[str]:
        if not self.db["_sqlite_migrations"].exists():
            return set()
        return {
            r["name"] for r in self.db.query("SELECT name FROM _sqlite_migrations WHERE migration_set = 'peerready'")
        }

    def _migrate(self) -> None:
        # IMMEDIATE: two instances starting at once take turns instead of both migrating.
        self.conn.execute("BEGIN IMMEDIATE")
        try:
            if self.conn.execute("PRAGMA application_id").fetchone()[0] != APPLICATION_ID:
                self.conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
            migrations.apply(self.db)
            self.conn.execute("COMMIT")
        except BaseException:
            self.conn.execute("ROLLBACK")
            raise

    def close(self) -> None:
        with contextlib.suppress(sqlite3.Error):
            self.conn.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    @contextlib.contextmanager
    def write(self):
        """One transaction; nested calls become savepoints. Commits at the end or rolls back."""
        if self.conn.in_transaction:
            with self.db.atomic():
                yield self.db
            return
        self.conn.execute("BEGIN IMMEDIATE")
        try:
            yield self.db
        except BaseException:
            self.conn.execute("ROLLBACK")
            raise
        self.conn.execute("COMMIT")

    # -- backups --------------------------------------------------------------------

    def backup(self, reason: str = "manuelle", target: Path | None = None) -> Path:
        """Copy the whole database, consistently, to ``target`` or the backups folder."""
        if self.path is None:
            raise StoreError("Une base en mémoire ne se sauvegarde pas.")
        if target is None:
            folder = paths.backups_dir(self.path.parent)
            folder.mkdir(parents=True, exist_ok=True)
            stamp = dt.datetime.now().strftime("%Y-%m-%d_%H-%M-%S_%f")
            target = folder / f"peerready_{stamp}_{reason}.sqlite3"
        target = Path(target)
        partial = target.with_name(target.name + ".partiel")
        dest = sqlite3.connect(str(partial))
        try:
            self.conn.backup(dest)
        finally:
            dest.close()
        partial.replace(target)
        if reason == "auto":
            self._rotate(target.parent)
        return target

    def _rotate(self, folder: Path) -> None:
        automatic = sorted(folder.glob("peerready_*_auto.sqlite3"))
        for old in automatic[:-AUTOMATIC_BACKUPS_KEPT]:
            old.unlink(missing_ok=True)

    def _automatic_backup_due(self) -> bool:
        folder = paths.backups_dir(self.path.parent)
        automatic = sorted(folder.glob("peerready_*_auto.sqlite3"))
        if not automatic:
            return True
        age = dt.datetime.now().timestamp() - automatic[-1].stat().st_mtime
        return age > AUTOMATIC_BACKUP_EVERY.total_seconds()

    def restore(self, source: Path) -> Path:
        """Replace the data by a backup file, after backing up the current data."""
        source = Path(source)
        if not source.is_file():
            raise StoreError(f"La sauvegarde {source} n'existe pas.")
        inspect(source)
        with contextlib.closing(sqlite3.connect(f"{source.resolve().as_uri()}?mode=ro", uri=True)) as src:
            if src.execute("PRAGMA application_id").fetchone()[0] != APPLICATION_ID:
                raise StoreError(f"Le fichier {source} n'est pas une sauvegarde PeerReady.", "foreign")
            safety = self.backup("avant-restauration")
            src.backup(self.conn)
        self._questionnaires.clear()
        self._migrate()
        return safety


def latest_backup(folder: Path) -> Path | None:
    backups = sorted(paths.backups_dir(folder).glob("peerready_*.sqlite3"))
    return backups[-1] if backups else None


def dumps(value) -> str:
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"))
