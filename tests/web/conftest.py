"""Fixtures for the phone pages: a real data folder, an open assessment, the app called directly, Chromium."""

import pytest

from peerready.store import structures
from peerready.store.database import Store
from peerready.web.app import Limits, PhoneApp, ThreadStores
from peerready.workshop import preparing
from tests.web import browser

#: How every group answers in these tests: the team, the peer and accompanied people on phones.
GROUPS = {"management": "consensus", "team": "individual", "peer": "individual", "people": "individual"}
HOST = "127.0.0.1:8765"


@pytest.fixture
def folder(_private_data_dir):
    return _private_data_dir


@pytest.fixture
def store(folder):
    with Store.open(folder, automatic_backup=False) as opened:
        yield opened


def start(store, questionnaire, groups=None, stage="preparing", short=False, name="CHRS Essai"):
    structure = structures.create_structure(store, name)
    return preparing.start_assessment(store, structure.id, questionnaire, stage, groups or GROUPS, short=short)


@pytest.fixture
def assessment(store, bundled):
    """An open assessment of the bundled questionnaire, the team answering person by person."""
    return start(store, bundled)


@pytest.fixture
def small(store, mini):
    """An open assessment of the small test questionnaire (four questions for the team)."""
    groups = {"management": "consensus", "team": "individual", "peer": "individual"}
    return start(store, mini, groups, stage="integrating", name="CHRS Petit")


@pytest.fixture
def make_app(folder):
    """``make_app(assessment, group, **options)``: the WSGI app of a phone collection, called in the test's thread."""
    made = []

    def make(assessment, group="team", limits=None, **options):
        stores = ThreadStores(folder)
        app = PhoneApp(stores, assessment.id, group, token="t" * 32, hosts={HOST}, limits=limits or Limits(), **options)
        made.append(app)
        return app

    yield make
    for app in made:
        app.stores.close_all()


@pytest.fixture(scope="module")
def chromium():
    """Debian's Chromium, headless, for the tests of a module; they skip where it is missing (``browser``)."""
    browser.require_browser()
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        launched = playwright.chromium.launch(
            executable_path=browser.executable(), headless=True, args=browser.LAUNCH_ARGS
        )
        yield launched
        launched.close()
