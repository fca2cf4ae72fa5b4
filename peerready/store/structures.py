"""The structures (services, establishments) that are assessed: create, rename, find, delete."""

from __future__ import annotations

from dataclasses import dataclass

from peerready.engine import text as texts
from peerready.store import safeguard
from peerready.store.database import Store, new_id, now
from peerready.store.errors import RecordError


@dataclass(frozen=True)
class Structure:
    id: str
    name: str
    sector: str = ""
    service_kind: str = ""
    notes: str = ""
    created_at: str = ""
    updated_at: str = ""


def structure_from_row(row: dict) -> Structure:
    return Structure(**{k: row.get(k) or "" for k in Structure.__dataclass_fields__})


def create_structure(store: Store, name: str, sector: str = "", service_kind: str = "", notes: str = "") -> Structure:
    name, sector, service_kind = texts.clean(name), texts.clean(sector), texts.clean(service_kind)
    notes = texts.clean(notes, multiline=True)
    name = " ".join((name or "").split())
    if not name:
        raise RecordError("Le nom de la structure est vide.")
    if len(name) > 200:
        raise RecordError("Le nom de la structure est trop long (200 caractères au plus).")
    with store.write() as db:
        if find_by_name(store, name):
            raise RecordError(f"Une structure s'appelle déjà « {name} ».")
        stamp = now()
        row = {
            "id": new_id(),
            "name": name,
            "sector": sector.strip(),
            "service_kind": service_kind.strip(),
            "notes": notes.strip(),
            "created_at": stamp,
            "updated_at": stamp,
        }
        db["structures"].insert(row)
    return structure_from_row(row)


def find_by_name(store: Store, name: str) -> dict | None:
    rows = list(store.rows("SELECT * FROM structures WHERE lower(name) = lower(?)", [name]))
    return rows[0] if rows else None


def update_structure(store: Store, structure_id: str, **fields) -> Structure:
    allowed = {"name", "sector", "service_kind", "notes"}
    fields = texts.clean_fields(fields, multiline=("notes",))
    unknown = set(fields) - allowed
    if unknown:
        raise RecordError(f"Champ inconnu : {', '.join(sorted(unknown))}.")
    if "name" in fields:
        fields["name"] = " ".join((fields["name"] or "").split())
        if not fields["name"]:
            raise RecordError("Le nom de la structure est vide.")
    with store.write() as db:
        current = get_structure(store, structure_id)
        other = find_by_name(store, fields["name"]) if "name" in fields else None
        if other and other["id"] != current.id:
            raise RecordError(f"Une structure s'appelle déjà « {fields['name']} ».")
        db["structures"].update(current.id, {**fields, "updated_at": now()})
    return get_structure(store, structure_id)


def get_structure(store: Store, structure_id: str) -> Structure:
    rows = list(store.rows("SELECT * FROM structures WHERE id = ?", [structure_id]))
    if not rows:
        raise RecordError(f"Aucune structure n'a l'identifiant « {structure_id} ».")
    return structure_from_row(rows[0])


def names(store: Store) -> dict[str, str]:
    """The name of every structure, by id."""
    return {row["id"]: row["name"] for row in store.rows("SELECT id, name FROM structures")}


def find_structure(store: Store, reference: str) -> Structure:
    """A structure by its exact name (any case), its id, or the start of its id (8 characters or more)."""
    reference = (reference or "").strip()
    row = find_by_name(store, reference)
    if row:
        return structure_from_row(row)
    rows = list(store.rows("SELECT * FROM structures WHERE id = ?", [reference]))
    if not rows and len(reference) >= 8:
        rows = list(store.rows("SELECT * FROM structures WHERE id LIKE ? || '%'", [reference]))
    if len(rows) == 1:
        return structure_from_row(rows[0])
    if len(rows) > 1:
        raise RecordError(f"Plusieurs structures commencent par « {reference} » : donnez l'identifiant complet.")
    raise RecordError(f"Aucune structure ne s'appelle « {reference} » (voir : peerready structures).")


def delete_structure(store: Store, structure_id: str) -> dict[str, int]:
    """Delete a structure and everything it holds, after a backup of the whole database.

    The backup (reason « avant-suppression », in the backups folder) comes first: when it
    cannot be made, nothing is deleted and the ``StoreError`` says why. Returns what was
    deleted, for the message.
    """
    counts = deletion_counts(store, structure_id)
    safeguard.backup_before_deleting(store, "La structure n'a pas été supprimée")
    with store.write() as db:
        db.execute("DELETE FROM structures WHERE id = ?", [structure_id])
    return counts


def deletion_counts(store: Store, structure_id: str) -> dict[str, int]:
    get_structure(store, structure_id)
    one = lambda sql: store.execute(sql, [structure_id]).fetchone()[0]  # noqa: E731
    return {
        "assessments": one("SELECT count(*) FROM assessments WHERE structure_id = ?"),
        "answers": one(
            "SELECT count(*) FROM answers JOIN respondents r ON r.id = answers.respondent_id "
            "JOIN assessments a ON a.id = r.assessment_id WHERE a.structure_id = ?"
        ),
        "actions": one(
            "SELECT count(*) FROM actions JOIN assessments a ON a.id = actions.assessment_id WHERE a.structure_id = ?"
        ),
    }
