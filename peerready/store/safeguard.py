"""What the store does before it deletes anything: a backup of the whole database, or nothing deleted."""

from __future__ import annotations

from pathlib import Path

from peerready.store.database import Store
from peerready.store.faults import StoreError


def backup_before_deleting(store: Store, not_deleted: str) -> Path | None:
    """Back up the whole database (reason « avant-suppression », in the backups folder) before a deletion.

    When the backup cannot be made, the ``StoreError`` raised starts with ``not_deleted`` (such as
    « L'évaluation n'a pas été supprimée ») and says why; the caller then deletes nothing. A
    database in memory has nowhere to be backed up to: None, and the deletion goes on.
    """
    if store.path is None:
        return None
    try:
        return store.backup("avant-suppression")
    except StoreError as error:
        raise StoreError(
            f"{not_deleted} : une sauvegarde doit être faite avant, et elle n'a pas pu l'être. {error}",
            error.kind,
            error.latest_backup,
            path=error.path,
            advice=error.advice,
        ) from error
