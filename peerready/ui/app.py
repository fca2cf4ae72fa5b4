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


def open_context(window, data_dir: Path) -> bool:
    """Open the data folder; explain clearly, and offer another folder, when it cannot be used."""
    from peerready.store import StoreError
    from peerready.ui import dialogs
    from peerready.ui.context import AppContext

    while True:
        try:
            context = AppContext.open(data_dir)
        except StoreError as error:
            message = (
                str(error)
                + "\n\n"
                + window.tr(
                    "Vous pouvez choisir un autre dossier de données, ou quitter PeerReady. Rien n’a été modifié."
                )
            )
            if not dialogs.confirm(
                window, window.tr("Données illisibles"), message, window.tr("Choisir un autre dossier…")
            ):
                return False
            chosen = dialogs.choose_folder(window, window.tr("Choisir un dossier de données"))
            if not chosen:
                return False
            data_dir = Path(chosen)
            continue
        window.attach(context)
        return True


def run(startup_probe: bool = False) -> int:
    """Open the desktop app. With ``startup_probe``, print the time to the shown window and quit."""
    from PySide6.QtCore import QTimer

    app, family = create_application()
    from peerready.ui.main_window import MainWindow

    window = MainWindow(font_family=family)
    window.show()

    def after_show():
        if startup_probe:
            shown = (time.perf_counter() - _STARTED) * 1000
            print(f"window shown after {shown:.0f} ms", flush=True)
        if not open_context(window, paths.data_dir()):
            app.quit()
            return
        if startup_probe:
            ready = (time.perf_counter() - _STARTED) * 1000
            print(f"data ready after {ready:.0f} ms", flush=True)
            QTimer.singleShot(0, app.quit)

    QTimer.singleShot(0, after_show)
    code = app.exec()
    if window.context is not None:
        window.context.close()
    return code


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
        from peerready import answers, followup, instrument, records, report
        from peerready.store import Store

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
            assessment = records.record(store, "Structure de test", answers.from_tree(sample), questionnaire)
            result = records.assessment_results(store, assessment.id)
            actions = followup.sync_plan(store, assessment.id)
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
