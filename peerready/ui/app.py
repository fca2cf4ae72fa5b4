"""Start the desktop app: the window first, then the data, so it appears at once."""

from __future__ import annotations

import sys
import time
import traceback
from pathlib import Path

_STARTED = time.perf_counter()  # before Qt loads: the start-up probe counts it

from PySide6.QtCore import QCoreApplication, QLocale, QTimer  # noqa: E402
from PySide6.QtGui import QIcon  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402


def _read_imported_sources_faster() -> None:
    """Let PySide's import hook read each imported module's file as bytes instead of through ``inspect``.

    Once PySide6 is loaded it asks, of every module imported after it, whether its source mentions
    « PySide6 » (``shibokensupport.feature._mod_uses_pyside``), with ``inspect.getsource``: about
    35 ms over the modules that open the data folder and fill the home page, more than half of it for
    large files such as sqlite-utils'. Reading the file gives the same answer (tested on every loaded
    module) at a fraction of the cost; anything but a plain ``.py`` file, or a PySide without that
    hook, is left to PySide as it is.
    """
    feature = sys.modules.get("PySide6.support.feature") or sys.modules.get("shibokensupport.feature")
    original = getattr(feature, "_mod_uses_pyside", None)
    if original is None or getattr(original, "reads_bytes", False):
        return

    def mentions_pyside(module) -> bool:
        origin = getattr(getattr(module, "__spec__", None), "origin", None)
        if isinstance(origin, str) and origin.endswith(".py"):
            try:
                with open(origin, "rb") as source:
                    return b"PySide6" in source.read()
            except OSError:
                pass
        return original(module)

    mentions_pyside.reads_bytes = True
    mentions_pyside.original = original
    feature._mod_uses_pyside = mentions_pyside


_read_imported_sources_faster()  # before the app's own modules, the store and the pages are imported

from peerready import __version__, paths  # noqa: E402
from peerready.resources import resource_path  # noqa: E402
from peerready.store import errors, instance  # noqa: E402
from peerready.ui import language as language_module  # noqa: E402
from peerready.ui import theme, words  # noqa: E402
from peerready.ui.main_window import MainWindow  # noqa: E402


def create_application(argv: list[str] | None = None, language: str = language_module.DEFAULT):
    """The application, in ``language`` (its locale is set before any widget: calendars, spin boxes)."""
    QLocale.setDefault(language_module.locale(language))
    app = QApplication.instance() or QApplication((argv or sys.argv)[:1])
    app.setApplicationName("PeerReady")
    app.setApplicationVersion(__version__)
    app.setOrganizationName("PeerReady")
    app.setDesktopFileName("peerready")
    icon = resource_path("icons", "peerready.png")
    if icon.exists():
        app.setWindowIcon(QIcon(str(icon)))
    if not hasattr(app, "_peerready_language") or language_module.current(app) != language:
        language_module.install(app, language)
    theme.keep_accents(app)
    family = theme.load_fonts()
    return app, family


FORWARDED = "forwarded"


def open_context(window, data_dir: Path) -> bool | str:
    """Open the data folder; explain clearly, and offer what to do, when it cannot be used.

    Returns True once the data is open, False when the person chose to quit, or ``FORWARDED``
    when PeerReady was already open on that folder and its window was brought forward.
    """
    # Deferred: the store, the engine and YAML, the dialogs and the local channel load once the window
    # is shown (keeps start-up fast).
    from peerready.ui import dialogs, forwarding
    from peerready.ui.context import STORAGE_ERRORS, AppContext
    from peerready.ui.faults import FaultHandler

    if window.faults is None:
        window.faults = FaultHandler(window)
    faults = window.faults
    while True:
        try:
            context = AppContext.open(data_dir)
        except instance.FolderInUse as busy:
            if forwarding.ask_to_come_forward(data_dir):
                return FORWARDED
            title = QCoreApplication.translate("window", "PeerReady est déjà ouvert")
            message = words.typeset(
                str(busy)
                + "\n\n"
                + QCoreApplication.translate(
                    "window",
                    "Deux fenêtres sur les mêmes données montreraient des réponses périmées. Fermez l’autre "
                    "PeerReady (ou demandez à la personne qui l’utilise), puis réessayez ; ou choisissez un autre "
                    "dossier de données.",
                )
            )
        except STORAGE_ERRORS as error:
            title = QCoreApplication.translate("window", "Données inutilisables")
            explained = faults.explain(error, data_dir)
            unchanged = QCoreApplication.translate("window", "Rien n’a été modifié.")
            message = words.typeset(
                explained
                + "\n\n"
                + ("" if unchanged in explained else unchanged + " ")
                + QCoreApplication.translate(
                    "window", "Vous pouvez réessayer, choisir un autre dossier de données, ou quitter."
                )
            )
        else:
            window.attach(context)
            return True
        choice = dialogs.choose(
            window,
            title,
            message,
            [
                ("retry", QCoreApplication.translate("window", "Réessayer")),
                ("folder", QCoreApplication.translate("window", "Choisir un autre dossier…")),
                ("quit", QCoreApplication.translate("window", "Quitter")),
            ],
            escape="quit",
        )
        if choice == "quit":
            return False
        if choice == "folder":
            chosen = dialogs.choose_folder(
                window, QCoreApplication.translate("window", "Choisir un dossier de données")
            )
            if chosen:
                data_dir = Path(chosen)


def _report_uncaught(window):
    """Last resort: a fault no page handled becomes a message, never a traceback lost in a terminal."""
    # Deferred, like in open_context: loaded after the window is shown (keeps start-up fast).
    from peerready.ui import dialogs
    from peerready.ui.context import STORAGE_ERRORS

    def hook(kind, error, trace):
        if isinstance(error, STORAGE_ERRORS) and window.context is not None:
            window.context.report(
                error, QCoreApplication.translate("window", "La dernière action n’a pas pu aller jusqu’au bout.")
            )
            return
        if isinstance(error, errors.RecordError):
            window.forget_pages()
            window.show_home()
            dialogs.warn(window, QCoreApplication.translate("window", "Action impossible"), str(error))
            return
        traceback.print_exception(kind, error, trace)
        if isinstance(error, Exception):
            dialogs.warn(
                window,
                QCoreApplication.translate("window", "Erreur inattendue"),
                QCoreApplication.translate(
                    "window",
                    "Une erreur inattendue s’est produite ({0}). Les réponses déjà enregistrées ne sont pas "
                    "perdues. Si cela se reproduit, notez ce que vous faisiez et signalez-le.",
                ).format(error),
            )

    return hook


def run(startup_probe: bool = False) -> int:
    """Open the desktop app. With ``startup_probe``, print the time to the shown window and quit."""
    data_dir = paths.data_dir()
    app, family = create_application(language=language_module.chosen(data_dir))
    # Already open on this folder: bring that window forward before showing a second one.
    if instance.holder(data_dir) is not None:
        # Deferred: QtNetwork loads before the window only when the folder is held (keeps start-up fast).
        from peerready.ui import forwarding

        if forwarding.ask_to_come_forward(data_dir):
            print("PeerReady est déjà ouvert sur ce dossier de données : sa fenêtre est passée devant.", flush=True)
            return 0
    window = MainWindow(font_family=family)
    window.showMaximized() if window.wants_maximised() else window.show()
    outcome = {"code": 0}

    def after_show():
        if startup_probe:
            app.processEvents()  # the window painted, as the benchmark's empty window is when it is timed
            shown = (time.perf_counter() - _STARTED) * 1000
            print(f"window shown after {shown:.0f} ms", flush=True)
        opened = open_context(window, data_dir)
        if opened is not True:
            if opened == FORWARDED:
                print("PeerReady est déjà ouvert sur ce dossier de données : sa fenêtre est passée devant.", flush=True)
            else:
                outcome["code"] = 1
            window.close()
            app.quit()
            return
        sys.excepthook = _report_uncaught(window)
        if startup_probe:
            app.processEvents()  # the home page painted, not only filled
            ready = (time.perf_counter() - _STARTED) * 1000
            print(f"data ready after {ready:.0f} ms", flush=True)
            QTimer.singleShot(0, app.quit)

    QTimer.singleShot(0, after_show)
    code = app.exec()
    sys.excepthook = sys.__excepthook__
    if window.context is not None:
        window.context.close()
    return code or outcome["code"]
