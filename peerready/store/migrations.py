"""The database schema, as named migrations (sqlite-utils ``Migrations``), each in its transaction.

A migration is never edited once released: a change of schema is a new named migration,
applied after a backup of the file. A database that has a migration this list does not know
was written by a newer PeerReady, and is refused.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from sqlite_utils import Database

#: Each migration, in order: its name and what it does. ``migrations`` (sqlite-utils' runner)
#: is made from them only when a database needs one (importing sqlite-utils costs ~60 ms at start).
_STEPS: list[tuple[str, Callable]] = []


def _migration(name: str):
    def register(function: Callable) -> Callable:
        _STEPS.append((name, function))
        return function

    return register


def __getattr__(name: str):
    if name == "migrations":
        from sqlite_utils import Migrations  # start-up: only when the schema is made or changed

        made = Migrations("peerready")
        for step, function in _STEPS:
            made(name=step)(function)
        globals()["migrations"] = made
        return made
    raise AttributeError(name)


@_migration("0001_initial")
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


@_migration("0002_respondent_position")
def _respondent_position(db: Database) -> None:
    """Where each respondent stands, kept with them: it travels with backups and ``.peerready`` files.

    ``position`` is the id of the question the respondent is on (none: nobody is answering as
    them, or they finished); ``updated_at`` says when it last changed, so that the newer wins
    when a bundle brings the same respondent back.
    """
    db["respondents"].add_column("position", str)
    db["respondents"].add_column("updated_at", str)


@_migration("0003_consent_and_posts")
def _consent_and_posts(db: Database) -> None:
    """What each person of a small group agreed to share, and the peer posts an assessment describes.

    ``respondents.consent`` is one of ``vocabulary.CONSENTS`` (none: « weight », nothing shared but
    its weight in the scores); ``assessments.posts`` is the JSON list of the posts (``engine.posts``).
    """
    db["respondents"].add_column("consent", str)
    db["assessments"].add_column("posts", str)


@_migration("0004_owner_roles")
def _owner_roles(db: Database) -> None:
    """The owners of actions take the ids of the JSON contract: the board's actions go to the
    direction, a partner's to the support platform (``vocabulary.FORMER_OWNER_ROLES``)."""
    for former, now_id in (("board", "direction"), ("partner", "platform")):
        db.execute("UPDATE actions SET owner_role = ? WHERE owner_role = ?", [now_id, former])


def _restamp(assessment: str) -> str:
    """Trigger body: what the results of ``assessment`` (an SQL expression) depend on has changed.

    No ``OR REPLACE``: in a trigger, the conflict policy of the statement that fired it would win.
    """
    return (
        f"UPDATE result_stamps SET stamp = lower(hex(randomblob(8))) WHERE assessment_id = {assessment}; "
        f"INSERT INTO result_stamps (assessment_id, stamp) SELECT id, lower(hex(randomblob(8))) FROM assessments "
        f"WHERE id = {assessment} AND NOT EXISTS (SELECT 1 FROM result_stamps WHERE assessment_id = {assessment}); "
        f"DELETE FROM results_cache WHERE assessment_id = {assessment};"
    )


#: What an assessment's results are computed from: each change of these columns gives the
#: assessment a new stamp and drops its kept summary (``_result_stamps``).
RESULT_INPUTS = {
    "assessments": ("stage", "short", "posts", "closed_at", "questionnaire_hash", "questionnaire_id", "structure_id"),
    "respondents": ("assessment_id", "group_id", "mode", "consent"),
    "assessment_groups": ("assessment_id", "group_id", "mode"),
    "answers": ("respondent_id", "question_id", "value", "counts", "comment", "divided"),
}


@_migration("0005_result_stamps")
def _result_stamps(db: Database) -> None:
    """A stamp per assessment that changes whenever what its results are computed from changes.

    Kept by triggers, so that no way of writing (the app, an import, a restore, another program
    on the same file) can forget it: a summary kept in ``results_cache`` and results kept in
    memory are valid only for the stamp they were computed at. A stamp is random, never a
    counter, so that a restored backup cannot bring back a stamp for other contents. The
    stamps stay in this file: exports do not carry them.
    """
    db.execute("CREATE TABLE result_stamps (assessment_id TEXT PRIMARY KEY, stamp TEXT NOT NULL)")
    db.execute("INSERT INTO result_stamps SELECT id, lower(hex(randomblob(8))) FROM assessments")
    db.execute("CREATE TRIGGER stamp_new_assessment AFTER INSERT ON assessments BEGIN " + _restamp("NEW.id") + " END")
    db.execute(
        "CREATE TRIGGER unstamp_deleted_assessment AFTER DELETE ON assessments BEGIN "
        "DELETE FROM result_stamps WHERE assessment_id = OLD.id; END"
    )
    columns = ", ".join(RESULT_INPUTS["assessments"])
    db.execute(
        f"CREATE TRIGGER stamp_changed_assessment AFTER UPDATE OF {columns} ON assessments BEGIN "
        + _restamp("NEW.id")
        + " END"
    )
    db.execute(
        "CREATE TRIGGER stamp_renamed_structure AFTER UPDATE OF name ON structures BEGIN "
        "UPDATE result_stamps SET stamp = lower(hex(randomblob(8))) "
        "WHERE assessment_id IN (SELECT id FROM assessments WHERE structure_id = NEW.id); "
        "DELETE FROM results_cache WHERE assessment_id IN (SELECT id FROM assessments WHERE structure_id = NEW.id); "
        "END"
    )
    for table in ("respondents", "assessment_groups"):
        columns = ", ".join(RESULT_INPUTS[table])
        db.execute(
            f"CREATE TRIGGER stamp_new_{table} AFTER INSERT ON {table} BEGIN {_restamp('NEW.assessment_id')} END"
        )
        db.execute(
            f"CREATE TRIGGER stamp_deleted_{table} AFTER DELETE ON {table} BEGIN {_restamp('OLD.assessment_id')} END"
        )
        db.execute(
            f"CREATE TRIGGER stamp_changed_{table} AFTER UPDATE OF {columns} ON {table} BEGIN "
            f"{_restamp('OLD.assessment_id')} {_restamp('NEW.assessment_id')} END"
        )
    of_new = "(SELECT assessment_id FROM respondents WHERE id = NEW.respondent_id)"
    of_old = "(SELECT assessment_id FROM respondents WHERE id = OLD.respondent_id)"
    columns = ", ".join(RESULT_INPUTS["answers"])
    db.execute(f"CREATE TRIGGER stamp_new_answer AFTER INSERT ON answers BEGIN {_restamp(of_new)} END")
    db.execute(f"CREATE TRIGGER stamp_deleted_answer AFTER DELETE ON answers BEGIN {_restamp(of_old)} END")
    db.execute(
        f"CREATE TRIGGER stamp_changed_answer AFTER UPDATE OF {columns} ON answers BEGIN "
        f"{_restamp(of_old)} {_restamp(of_new)} END"
    )


#: Every migration this version knows, in order.
KNOWN_MIGRATIONS = [step for step, _ in _STEPS]
