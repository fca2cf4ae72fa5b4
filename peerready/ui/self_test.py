"""``peerready self-test``: exercise the installed or frozen app end to end, with no one at the keyboard."""

from __future__ import annotations

import http.client
import io
import os
import tempfile
import urllib.parse
import zipfile
from pathlib import Path

from PySide6.QtNetwork import QLocalServer

from peerready import report
from peerready.engine import answers, instrument
from peerready.store import action_plan, summaries
from peerready.store.database import Store
from peerready.ui.app import create_application
from peerready.ui.context import AppContext
from peerready.ui.dialogs.phones import qr_pixmap
from peerready.ui.main_window import MainWindow
from peerready.web.server import PhoneCollection
from peerready.workshop import preparing, recording


def self_test(out, err) -> int:
    """Exercise the installed or frozen app end to end, without anyone at the keyboard."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    steps = []

    def step(name):
        steps.append(name)
        out(f"… {name}")

    try:
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
            step("documents Word et Excel")
            _office_documents(questionnaire, result, actions)
            step("fenêtre principale")
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
            QLocalServer(app).close()  # a trimmed build must keep QtNetwork
            step("collecte sur les téléphones (sur cet ordinateur seulement)")
            _phones(folder, store, questionnaire)
            store.close()
    except Exception as error:  # the self-test reports any failure as a message and a code
        err(f"Échec de l'auto-test à l'étape « {steps[-1] if steps else 'démarrage'} » : {error}")
        return 1
    out("Auto-test réussi : PeerReady fonctionne.")
    return 0


def _office_documents(questionnaire, result, actions) -> None:
    """The plan as a Word file and its follow-up as a workbook: a trimmed build must keep python-docx's
    template and openpyxl, and each file must be a real one (a zip holding its main part)."""
    for made, part in (
        (report.plan_docx(questionnaire, result, actions), "word/document.xml"),
        (report.followup_xlsx(questionnaire, result, actions), "xl/workbook.xml"),
    ):
        with zipfile.ZipFile(io.BytesIO(made)) as archive:
            if part not in archive.namelist() or archive.testzip() is not None:
                raise RuntimeError(f"le fichier produit est invalide ({part} manque)")


def _phones(folder: str, store: Store, questionnaire) -> None:
    """Start a phone collection on loopback, open its page as a phone would, stop it: nothing stays reachable."""
    structure_id = summaries.list_structures(store)[0].structure.id
    assessment = preparing.start_assessment(
        store, structure_id, questionnaire, "preparing", {"management": "consensus", "team": "individual"}
    )
    collection = PhoneCollection(Path(folder), assessment.id, "team", host="127.0.0.1")
    collection.start()
    try:
        if qr_pixmap(collection.url, 240).isNull():
            raise RuntimeError("le code QR n'a pas pu être dessiné")
        parts = urllib.parse.urlsplit(collection.url)
        connection = http.client.HTTPConnection(parts.hostname, parts.port, timeout=10)
        try:
            connection.request("GET", parts.path)
            response = connection.getresponse()
            page = response.read()
        finally:
            connection.close()
        if response.status != 200 or b"<form" not in page:
            raise RuntimeError(f"la page des téléphones ne s'affiche pas (réponse {response.status})")
    finally:
        collection.stop()
    if not collection.wait(10):
        raise RuntimeError("la collecte sur les téléphones ne s'arrête pas")


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
