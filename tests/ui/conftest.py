"""Fixtures for the desktop app: a temporary data folder, no real dialog ever opens."""

import pytest

from peerready.engine import answers, instrument
from peerready.store import structures
from peerready.workshop import preparing, recording
from tests.conftest import ROOT


@pytest.fixture(autouse=True)
def no_real_dialogs(monkeypatch):
    """Every dialog is answered by the test; an unexpected one fails loudly instead of hanging."""
    from peerready.ui import dialogs

    calls = []

    def unexpected(name):
        def fail(*args, **kwargs):
            raise AssertionError(f"unexpected dialog: {name} {args[1:] if len(args) > 1 else ''}")

        return fail

    for name in ("inform", "warn", "confirm", "choose", "ask_text", "open_file", "save_file", "choose_folder"):
        monkeypatch.setattr(dialogs, name, unexpected(name))
    # A viewer opens every document (a test of the case without one replaces this).
    monkeypatch.setattr(dialogs, "open_document", lambda path: calls.append(("open_document", path)) or True)
    yield calls
    # Let background jobs finish and deliver their results while the dialogs are still replaced.
    from PySide6.QtWidgets import QApplication

    from peerready.ui import workers

    workers.wait_for_all()
    if QApplication.instance() is not None:
        QApplication.processEvents()


@pytest.fixture
def context(tmp_path):
    from peerready.ui.context import AppContext

    ctx = AppContext.open(tmp_path / "data")
    yield ctx
    ctx.close()


@pytest.fixture
def window(qtbot, context):
    from peerready.ui.app import create_application
    from peerready.ui.main_window import MainWindow

    _, family = create_application()
    win = MainWindow(context, font_family=family)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    return win


@pytest.fixture
def recorded(context):
    """A closed assessment of "CHRS Les Tilleuls" from the badly prepared example."""
    questionnaire = instrument.find(None)
    return recording.record(
        context.store, "CHRS Les Tilleuls", answers.load(ROOT / "examples/chrs-mal-prepare.yaml"), questionnaire
    )


@pytest.fixture
def open_session(context):
    """An open assessment with management (consensus), team (tally) and peer (person by person)."""
    questionnaire = instrument.find(None)
    structure = structures.create_structure(context.store, "Accueil de jour Le Phare")
    return preparing.start_assessment(
        context.store,
        structure.id,
        questionnaire,
        "integrating",
        {"management": "consensus", "team": "tally", "peer": "individual"},
    )


@pytest.fixture
def reopened(context, recorded):
    """After ``recorded``, an open assessment of the same structure: management together, team by a
    tally, peer worker one by one (every kind of question screen)."""
    return preparing.start_assessment(
        context.store,
        recorded.structure_id,
        instrument.find(None),
        "integrating",
        {"management": "consensus", "team": "tally", "peer": "individual"},
    )


@pytest.fixture
def english(qtbot):
    """The interface in English for one test (its catalogue compiled as the build does), French after."""
    from PySide6.QtWidgets import QApplication

    from peerready.ui import language
    from tools import translations

    catalogue = ROOT / "resources" / "translations" / "peerready_en.ts"
    translations.compile_catalogue(catalogue, catalogue.with_suffix(".qm"))
    app = QApplication.instance()
    language.install(app, "en")
    yield
    language.install(app, "fr")
