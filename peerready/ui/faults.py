"""One place where the app explains a problem with its data folder and offers what to do.

A storage fault — the store's ``StoreError``, or an ``sqlite3`` or system error from below — never
ends in a traceback, nor in a « ✓ enregistré » that is not true: what was being saved is reported
as not saved, and the person chooses: retry, save a copy of all the data elsewhere, carry on in
another data folder (the data is copied there while it can still be read), or quit.
"""

from __future__ import annotations

import contextlib
import errno
import shutil
import sqlite3
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, QTimer

from peerready import paths
from peerready.store import instance
from peerready.store.faults import StoreError
from peerready.store.files import BUSY_TIMEOUT_SECONDS
from peerready.ui import dialogs, words
from peerready.ui.context import STORAGE_ERRORS, AppContext

#: What can go wrong below the app when it reads or writes its data.

# SQLite's primary result codes (the low byte of sqlite_errorcode, Python 3.11+).
_BUSY, _LOCKED, _READONLY, _IOERR, _CORRUPT, _FULL, _CANTOPEN, _NOTADB = 5, 6, 8, 10, 11, 13, 14, 26


def kind_of(error: BaseException) -> str:
    """The kind of fault, as the store names them: readonly, full, gone, locked, notafolder…"""
    if isinstance(error, StoreError):
        return error.kind or "error"
    if isinstance(error, sqlite3.Error):
        code = getattr(error, "sqlite_errorcode", None)
        primary = code & 0xFF if isinstance(code, int) else None
        text = str(error).lower()
        if primary == _READONLY or "readonly" in text:
            return "readonly"
        if primary == _FULL or "is full" in text:
            return "full"
        if primary in (_BUSY, _LOCKED) or "locked" in text:
            return "locked"
        if primary in (_CORRUPT, _NOTADB) or "malformed" in text or "not a database" in text:
            return "damaged"
        if primary == _CANTOPEN or "unable to open" in text:
            return "gone"
        if primary == _IOERR or "i/o" in text:
            return "io"
        return "error"
    if isinstance(error, OSError):
        number = error.errno
        if isinstance(error, (NotADirectoryError, FileExistsError)):
            return "notafolder"
        if isinstance(error, IsADirectoryError):
            return "notafile"
        if number in (errno.EROFS, errno.EACCES, errno.EPERM):
            return "readonly"
        if number in (errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC)):
            return "full"
        if number in (errno.ENOENT, errno.ENODEV, errno.ENXIO, getattr(errno, "ESTALE", errno.ENOENT)):
            return "gone"
        if number == errno.EIO:
            return "io"
    return "error"


class FaultHandler(QObject):
    """Explains storage faults and carries out what the person chooses. One per main window."""

    def __init__(self, window=None):
        super().__init__(window)
        self.window = window
        self._asking = False

    # -- words --------------------------------------------------------------------------

    def explain(self, error: BaseException, folder: Path | None) -> str:
        """What happened and what can be done, in plain French."""
        kind = kind_of(error)
        if isinstance(error, StoreError) and str(error).strip():
            return words.typeset(str(error))
        folder_text = str(folder) if folder is not None else self.tr("(inconnu)")
        messages = {
            "readonly": self.tr(
                "Le dossier de données {0} est en lecture seule ou protégé (clé USB verrouillée, CD, dossier "
                "sans droit d’écriture) : PeerReady ne peut rien y enregistrer."
            ),
            "full": self.tr(
                "Le disque du dossier de données {0} est plein : PeerReady ne peut plus rien y enregistrer. "
                "Libérez de la place puis réessayez, ou continuez dans un autre dossier."
            ),
            "gone": self.tr(
                "Le dossier de données {0} n’est plus accessible (clé USB retirée, disque réseau déconnecté, "
                "dossier déplacé ou renommé). Remettez-le en place puis réessayez, ou continuez dans un autre "
                "dossier."
            ),
            "locked": self.tr(
                "Un autre programme bloque la base de données depuis plus de {1}\u00a0secondes (une "
                "synchronisation, un antivirus, un autre PeerReady\u202f?). Attendez un peu puis réessayez."
            ),
            "notafolder": self.tr(
                "{0} est un fichier, pas un dossier : PeerReady ne peut pas y ranger ses données. "
                "Choisissez un autre dossier de données."
            ),
            "notafile": self.tr(
                "À la place du fichier de la base de données, il y a un dossier dans {0}. PeerReady n’y a pas "
                "touché. Choisissez un autre dossier de données, ou déplacez ce dossier."
            ),
            "damaged": self.tr(
                "La base de données de {0} est endommagée. Restaurez une sauvegarde (Fichier → Restaurer une "
                "sauvegarde) ou continuez dans un autre dossier."
            ),
            "io": self.tr(
                "Le disque du dossier de données {0} a signalé une erreur de lecture ou d’écriture (support "
                "abîmé, clé USB mal branchée). Réessayez, ou continuez dans un autre dossier."
            ),
        }
        message = messages.get(kind) or self.tr("Erreur en lisant ou en écrivant dans le dossier {0} ({2}).")
        return words.typeset(message.format(folder_text, BUSY_TIMEOUT_SECONDS, error))

    def short(self, error: BaseException) -> str:
        """A few words for the « ⚠ non enregistré » sign next to what was not saved."""
        return {
            "readonly": self.tr("dossier de données en lecture seule"),
            "full": self.tr("disque plein"),
            "gone": self.tr("dossier de données inaccessible"),
            "locked": self.tr("base bloquée par un autre programme"),
            "denied": self.tr("accès refusé au dossier de données"),
            "io": self.tr("erreur du disque"),
            "notafolder": self.tr("dossier de données inutilisable"),
            "notafile": self.tr("dossier de données inutilisable"),
            "damaged": self.tr("base endommagée"),
        }.get(kind_of(error), self.tr("erreur d’écriture"))

    def file_problem(self, error: BaseException, path: Path | str) -> str:
        """A file the person chose (an export, a PDF) could not be written: why, in a few words."""
        reasons = {
            "readonly": self.tr("ce support est en lecture seule ou protégé"),
            "full": self.tr("le disque est plein"),
            "gone": self.tr("ce dossier n’est plus accessible"),
            "notafolder": self.tr("ce dossier n’existe pas"),
        }
        reason = reasons.get(kind_of(error)) or str(error)
        return words.typeset(self.tr("Le fichier {0} n’a pas pu être écrit : {1}.").format(path, reason))

    # -- what the person can do ------------------------------------------------------------

    def handle(self, error: BaseException, what: str, context) -> bool:
        """Tell what was not done and why; True when the person asks to try again (and it may work)."""
        if self._asking:  # a second fault while the first is on screen (a field losing focus): already said
            return False
        self._asking = True
        try:
            while True:
                choice = dialogs.choose(
                    self.window,
                    self.tr("Problème avec le dossier de données"),
                    words.typeset(
                        what
                        + "\n\n"
                        + self.explain(error, context.data_dir)
                        + "\n\n"
                        + self.tr(
                            "« Réessayer » une fois le problème réglé. « Copier les données… » met une copie de "
                            "tout ailleurs (une autre clé, le disque de l’ordinateur). « Changer de dossier… » "
                            "continue dans un autre dossier, où les données sont copiées si elles peuvent encore "
                            "être lues."
                        )
                    ),
                    [
                        ("retry", self.tr("Réessayer")),
                        ("copy", self.tr("Copier les données…")),
                        ("folder", self.tr("Changer de dossier…")),
                        ("quit", self.tr("Quitter")),
                        ("cancel", self.tr("Fermer")),
                    ],
                    escape="cancel",
                )
                if choice == "retry":
                    if kind_of(error) in ("locked", "full"):
                        return True  # the same connection will do once the space or the lock is free
                    try:
                        context.reopen()
                    except STORAGE_ERRORS as again:
                        error = again
                        continue
                    return True
                if choice == "copy":
                    self.save_copy(context)
                    continue
                if choice == "folder":
                    moved = self.move_to_other_folder(context)
                    if moved is None:
                        continue
                    return moved
                if choice == "quit" and self.window is not None:
                    QTimer.singleShot(0, self.window.close)
                return False
        finally:
            self._asking = False

    def save_copy(self, context) -> Path | None:
        """Copy the whole database, as it is now, to a file the person chooses."""
        if context.store is None:
            return None
        path = dialogs.save_file(
            self.window,
            self.tr("Enregistrer une copie des données"),
            "PeerReady-copie.sqlite3",
            self.tr("Sauvegardes PeerReady (*.sqlite3)"),
        )
        if not path:
            return None
        target = Path(path)
        if target.suffix != ".sqlite3":
            target = target.with_name(target.name + ".sqlite3")
        try:
            context.store.backup("copie", target=target)
        except STORAGE_ERRORS as error:
            dialogs.warn(
                self.window,
                self.tr("Copie impossible"),
                words.typeset(
                    self.tr("La copie n’a pas pu être faite.\n\n{0}").format(self.explain(error, target.parent))
                ),
            )
            return None
        dialogs.inform(
            self.window,
            self.tr("Copie enregistrée"),
            words.typeset(
                self.tr(
                    "Toutes les données sont copiées dans :\n{0}\n\nPour les retrouver : Fichier → Restaurer une "
                    "sauvegarde, ou « peerready restore » sur un autre ordinateur."
                ).format(target)
            ),
        )
        return target

    def move_to_other_folder(self, context) -> bool | None:
        """Carry on in another folder. True: the data was copied there (retry); False: it was not; None: cancelled."""
        chosen = dialogs.choose_folder(self.window, self.tr("Continuer dans quel dossier de données ?"))
        if not chosen:
            return None
        folder = Path(chosen)
        with contextlib.suppress(OSError):
            if folder.resolve() == Path(context.data_dir).resolve():
                dialogs.warn(
                    self.window,
                    self.tr("Même dossier"),
                    self.tr("C’est le dossier de données actuel : choisissez-en un autre."),
                )
                return None
        copied = self._copy_into(context, folder)
        try:
            new = AppContext.open(folder)
        except instance.FolderInUse as busy:
            dialogs.warn(self.window, self.tr("Dossier déjà utilisé"), words.typeset(str(busy)))
            return None
        except STORAGE_ERRORS as error:
            dialogs.warn(self.window, self.tr("Dossier inutilisable"), self.explain(error, folder))
            return None
        if self.window is not None:
            self.window.change_context(new, same_data=copied)
        else:
            context.adopt(new)
        if copied:
            dialogs.inform(
                self.window,
                self.tr("Nouveau dossier de données"),
                words.typeset(
                    self.tr("Les données sont copiées dans {0} : vous continuez dans ce dossier.").format(folder)
                ),
            )
            return True
        dialogs.inform(
            self.window,
            self.tr("Nouveau dossier de données"),
            words.typeset(
                self.tr(
                    "PeerReady utilise maintenant le dossier {0}. Les données de l’ancien dossier n’ont pas pu y "
                    "être copiées (ou ce dossier avait déjà les siennes) : ce qui n’était pas enregistré ne l’est "
                    "toujours pas."
                ).format(folder)
            ),
        )
        if self.window is not None:
            self.window.show_home()
        return False

    @staticmethod
    def _copy_into(context, folder: Path) -> bool:
        """Copy the current data into an empty folder; never over a database already there."""
        target = paths.database_path(folder)
        if context.store is None or target.exists():
            return False
        try:
            folder.mkdir(parents=True, exist_ok=True)
            context.store.backup("copie", target=target)
        except STORAGE_ERRORS:
            with contextlib.suppress(OSError):
                target.unlink(missing_ok=True)
            return False
        with contextlib.suppress(OSError):  # the settings (where each session stopped) follow if they can
            settings = Path(context.data_dir) / "peerready.ini"
            if settings.is_file() and not (folder / "peerready.ini").exists():
                shutil.copy2(settings, folder / "peerready.ini")
        return True


def is_data_folder_fault(error: BaseException) -> bool:
    """A fault of the data folder, not of a file the person chose (an export, an import)."""
    return isinstance(error, (StoreError, sqlite3.Error))


def report_export_failure(parent, context, error: BaseException, path: str) -> None:
    """An export that stopped in the background: the data folder's fault goes to the handler, the file's is said."""
    if is_data_folder_fault(error):
        context.report(error, QCoreApplication.translate("parent", "L’exportation n’a pas été faite."))
    elif isinstance(error, OSError):
        dialogs.warn(
            parent,
            QCoreApplication.translate("parent", "Exportation impossible"),
            FaultHandler().file_problem(error, path),
        )
    else:
        dialogs.warn(parent, QCoreApplication.translate("parent", "Exportation impossible"), str(error))
