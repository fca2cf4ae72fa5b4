"""Start the desktop app: the window first, then the data, so it appears at once."""

from __future__ import annotations

import sys
import time
from pathlib import Path

from peerready import paths

_STARTED = time.perf_counter()


def _translators(app) -> list:
    """Qt's own French strings ("Annuler", "Oui"…), then the app's translations if any."""
    from PySide6.QtCore import QLibraryInfo, QLocale, QTranslator

    from peerready.resources import resource_path

    installed = []
    language = "fr"
    for name, folder in (
        ("qtbase", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)),
        ("peerready", str(resource_path("translations"))),
    ):
        translator = QTranslator(app)
        if translator.load(QLocale(language), name, "_", folder):
            app.installTranslator(translator)
            installed.append(translator)
    return installed


def create_application(argv: list[str] | None = None):
    from PySide6.QtGui import QIcon
    from PySide6.QtWidgets import QApplication

    from peerready import __version__
    from peerready.resources import resource_path
    from peerready.ui import theme

    app = QApplication.instance() or QApplication((argv or sys.argv)[:1])
    app.setApplicationName("PeerReady")
    app.setApplicationVersion(__version__)
    app.setOrganizationName("PeerReady")
    app.setDesktopFileName("peerready")
    icon = resource_path("icons", "peerready.png")
    if icon.exists():
        app.setWindowIcon(QIcon(str(icon)))
    app._peerready_translators = _translators(app)
    family = theme.load_fonts()
    return app, family


FORWARDED = "forwarded"


def open_context(window, data_dir: Path) -> bool | str:
    """Open the data folder; explain clearly, and offer what to do, when it cannot be used.

    Returns True once the data is open, False when the person chose to quit, or ``FORWARDED``
    when PeerReady was already open on that folder and its window was brought forward.
    """
    from peerready.engine import typography
    from peerready.store import instance
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
            title = window.tr("PeerReady est déjà ouvert")
            message = typography.french(
                str(busy)
                + "\n\n"
                + window.tr(
                    "Deux fenêtres sur les mêmes données montreraient des réponses périmées. Fermez l’autre "
                    "PeerReady (ou demandez à la personne qui l’utilise), puis réessayez ; ou choisissez un autre "
                    "dossier de données."
                )
            )
        except STORAGE_ERRORS as error:
            title = window.tr("Données inutilisables")
            explained = faults.explain(error, data_dir)
            unchanged = window.tr("Rien n’a été modifié.")
            message = typography.french(
                explained
                + "\n\n"
                + ("" if unchanged in explained else unchanged + " ")
                + window.tr("Vous pouvez réessayer, choisir un autre dossier de données, ou quitter.")
            )
        else:
            window.attach(context)
            return True
        choice = dialogs.choose(
            window,
            title,
            message,
            [
                ("retry", window.tr("Réessayer")),
                ("folder", window.tr("Choisir un autre dossier…")),
                ("quit", window.tr("Quitter")),
            ],
            escape="quit",
        )
        if choice == "quit":
            return False
        if choice == "folder":
            chosen = dialogs.choose_folder(window, window.tr("Choisir un dossier de données"))
            if chosen:
                data_dir = Path(chosen)


def display_problem(environ=None, platform: str | None = None) -> str | None:
    """Why the window could not open here (no screen), in plain French; None when it can.

    Qt aborts the whole process when its platform cannot start, so this is checked before any
    QApplication exists, in a few milliseconds: the X server's socket, and the X11 plugin's libraries.
    """
    import os

    environ = os.environ if environ is None else environ
    platform = sys.platform if platform is None else platform
    chosen = environ.get("QT_QPA_PLATFORM", "")
    if platform in ("win32", "darwin", "cygwin") or (chosen and not chosen.startswith("xcb")):
        return None  # a screen is always there, or the person chose how Qt draws
    if environ.get("WAYLAND_DISPLAY") and not chosen:
        return None
    display = environ.get("DISPLAY", "")
    if not display:
        reason = (
            "aucun écran n’est disponible ici (ni DISPLAY ni WAYLAND_DISPLAY n’est défini\u00a0: "
            "une connexion SSH, un serveur sans interface graphique, une tâche planifiée…)."
        )
    elif not _x_display_answers(display):
        reason = f"l’affichage «\u00a0{display}\u00a0» (variable DISPLAY) ne répond pas."
    else:
        missing = _xcb_missing_library()
        if missing is None:
            return None
        reason = (
            f"il manque la bibliothèque système {missing}, dont Qt a besoin pour ouvrir une fenêtre "
            "(sous Debian ou Ubuntu\u00a0: sudo apt install libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 "
            "libxcb-shape0 libxcb-xkb1 libxkbcommon-x11-0 libxcb-render-util0 libxcb-image0)."
        )
    return (
        f"PeerReady ne peut pas ouvrir sa fenêtre\u00a0: {reason}\n"
        "Lancez-le depuis une session graphique, ou utilisez les commandes qui n’ont pas besoin de fenêtre\u00a0:\n"
        "  peerready --help                          toutes les commandes\n"
        "  peerready plan --answers FICHIER --format pdf --out plan.pdf\n"
        "  peerready record, structures, export, import, print, backup…\n"
        "  peerready self-test                       vérifier l’installation, sans écran"
    )


def _x_display_answers(display: str) -> bool:
    """Whether an X server listens at ``display`` (":0", "unix:1", "localhost:10.0")."""
    import socket

    host, _, rest = display.rpartition(":")
    number = rest.split(".")[0]
    if not number.isdigit() or "/" in host:
        return True  # a form we do not know (macOS launchd paths…): let Qt try
    if host in ("", "unix"):
        path = f"/tmp/.X11-unix/X{number}"
        for address in (path, "\0" + path):  # the file, then Linux's abstract name
            with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as probe:
                probe.settimeout(1)
                try:
                    probe.connect(address)
                except OSError:
                    continue
                return True
        if host == "unix":
            return False
        host = "localhost"
    try:
        with socket.create_connection((host, 6000 + int(number)), timeout=1):
            return True
    except OSError:
        return False


def _xcb_missing_library() -> str | None:
    """The system library Qt's X11 plugin lacks here (Qt would abort), or None when it loads."""
    import ctypes

    from PySide6.QtCore import QLibraryInfo  # QtCore alone never aborts; the plugin is what may

    folder = Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.PluginsPath)) / "platforms"
    plugin = next(iter(sorted(folder.glob("libqxcb*.so*"))), None)
    if plugin is None:
        return None  # a build without it: let Qt say what it has
    try:
        ctypes.CDLL(str(plugin))  # loads what Qt would load next anyway, and fails the same way
    except OSError as error:
        missing = str(error).split(":")[0].strip()
        return missing if missing and missing != str(plugin) else "une bibliothèque XCB"
    return None


def _report_uncaught(window):
    """Last resort: a fault no page handled becomes a message, never a traceback lost in a terminal."""
    import traceback

    from peerready.store import errors
    from peerready.ui import dialogs
    from peerready.ui.context import STORAGE_ERRORS

    def hook(kind, error, trace):
        if isinstance(error, STORAGE_ERRORS) and window.context is not None:
            window.context.report(error, window.tr("La dernière action n’a pas pu aller jusqu’au bout."))
            return
        if isinstance(error, errors.RecordError):
            window.forget_pages()
            window.show_home()
            dialogs.warn(window, window.tr("Action impossible"), str(error))
            return
        traceback.print_exception(kind, error, trace)
        if isinstance(error, Exception):
            dialogs.warn(
                window,
                window.tr("Erreur inattendue"),
                window.tr(
                    "Une erreur inattendue s’est produite ({0}). Les réponses déjà enregistrées ne sont pas "
                    "perdues. Si cela se reproduit, notez ce que vous faisiez et signalez-le."
                ).format(error),
            )

    return hook


def run(startup_probe: bool = False) -> int:
    """Open the desktop app. With ``startup_probe``, print the time to the shown window and quit."""
    from PySide6.QtCore import QTimer

    app, family = create_application()
    data_dir = paths.data_dir()
    from peerready.store import instance

    if instance.holder(data_dir) is not None:
        # Already open on this folder: bring that window forward before showing a second one.
        from peerready.ui import forwarding

        if forwarding.ask_to_come_forward(data_dir):
            print("PeerReady est déjà ouvert sur ce dossier de données : sa fenêtre est passée devant.", flush=True)
            return 0
    from peerready.ui.main_window import MainWindow

    window = MainWindow(font_family=family)
    window.show()
    outcome = {"code": 0}

    def after_show():
        if startup_probe:
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
            ready = (time.perf_counter() - _STARTED) * 1000
            print(f"data ready after {ready:.0f} ms", flush=True)
            QTimer.singleShot(0, app.quit)

    QTimer.singleShot(0, after_show)
    code = app.exec()
    sys.excepthook = sys.__excepthook__
    if window.context is not None:
        window.context.close()
    return code or outcome["code"]


def self_test(out, err) -> int:
    """Exercise the installed or frozen app end to end, without anyone at the keyboard."""
    import os
    import tempfile

    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    steps = []

    def step(name):
        steps.append(name)
        out(f"… {name}")

    try:
        from peerready import report
        from peerready.engine import answers, instrument
        from peerready.store import action_plan, summaries
        from peerready.store.database import Store
        from peerready.workshop import recording

        step("questionnaires fournis")
        loaded = [instrument.load(p) for p in instrument.bundled_paths()]
        if not loaded:
            raise RuntimeError("aucun questionnaire fourni n'a été trouvé")
        questionnaire = loaded[0]
        with tempfile.TemporaryDirectory(prefix="peerready-self-test-") as folder:
            step("base de données temporaire")
            store = Store.open(Path(folder))
            step("évaluation d'exemple et plan d'action")
            sample = _sample_answers(questionnaire)
            assessment = recording.record(store, "Structure de test", answers.from_tree(sample), questionnaire)
            result = summaries.assessment_results(store, assessment.id)
            actions = action_plan.sync_plan(store, assessment.id)
            if not actions:
                raise RuntimeError("le plan d'action d'exemple est vide")
            step("document PDF")
            pdf = report.action_plan(questionnaire, result, actions)
            if not pdf.startswith(b"%PDF") or len(pdf) < 10_000:
                raise RuntimeError("le PDF produit est invalide")
            step("fenêtre principale")
            from peerready.ui.context import AppContext
            from peerready.ui.main_window import MainWindow

            app, family = create_application()
            context = AppContext(data_dir=Path(folder), store=store)
            window = MainWindow(context, font_family=family)
            window.show()
            app.processEvents()
            window.show_structure(assessment.structure_id)
            window.show_results(assessment.id)
            window.show_plan(assessment.id)
            app.processEvents()
            window.close()
            step("passage de relais à une fenêtre déjà ouverte")
            from PySide6.QtNetwork import QLocalServer  # noqa: F401  (a trimmed build must keep it)

            store.close()
    except Exception as error:  # the self-test reports any failure as a message and a code
        err(f"Échec de l'auto-test à l'étape « {steps[-1] if steps else 'démarrage'} » : {error}")
        return 1
    out("Auto-test réussi : PeerReady fonctionne.")
    return 0


def _sample_answers(questionnaire) -> dict:
    """Answers with a bit of everything: each group answers mid-scale, the team as a tally."""
    responses = []
    modes = {"management": "consensus", "team": "tally", "peer": "individual"}
    for group, mode in modes.items():
        chosen = {}
        for question in questionnaire.questions_for(group, "integrating"):
            scored = sorted((o for o in question.options if o.scored), key=lambda o: o.score)
            option = scored[len(scored) // 2].value
            chosen[question.id] = {option: 3, scored[0].value: 2} if mode == "tally" else option
        responses.append({"group": group, "mode": mode, "answers": chosen})
    return {"questionnaire": questionnaire.id, "stage": "integrating", "responses": responses}
