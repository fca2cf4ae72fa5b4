"""The facilitator's guide (F1) and « À propos » exist in every language of the interface, say the same
things, and name the interface's buttons by what the screen shows in that language."""

import re
import xml.etree.ElementTree as ElementTree

import pytest

from peerready.resources import resource_path
from peerready.ui import language
from peerready.ui.dialogs import help as help_dialogs
from tests.conftest import ROOT

CATALOGUE = ROOT / "resources" / "translations" / "peerready_en.ts"
DOCUMENTS = ("guide", "about")
OTHER_LANGUAGES = [code for code in language.LANGUAGES if code != language.DEFAULT]


def _text(name: str, code: str) -> str:
    return (resource_path("help") / f"{name}.{code}.html").read_text(encoding="utf-8")


def _shape(html: str) -> dict:
    return {tag: len(re.findall(rf"<{tag}\b", html)) for tag in ("h2", "h3", "li", "b")}


def _translations() -> dict[str, str]:
    tree = ElementTree.parse(CATALOGUE)
    return {
        (m.findtext("source") or "").replace("&", ""): (m.findtext("translation") or "").replace("&", "")
        for m in tree.getroot().iter("message")
    }


@pytest.mark.parametrize("code", OTHER_LANGUAGES)
@pytest.mark.parametrize("name", DOCUMENTS)
def test_each_document_has_the_same_placeholders_and_shape_in_every_language(name, code):
    french, other = _text(name, language.DEFAULT), _text(name, code)
    assert set(re.findall(r"\{\w+\}", other)) == set(re.findall(r"\{\w+\}", french))
    assert _shape(other) == _shape(french)


@pytest.mark.parametrize("code", OTHER_LANGUAGES)
def test_the_guide_quotes_the_buttons_as_the_interface_shows_them_in_its_language(code):
    """Each label of the interface that the French guide quotes (« Personne suivante ») is quoted in
    the other language's guide by its translation, so the guide and the screen say the same word."""
    catalogue = _translations()
    french, other = _text("guide", language.DEFAULT), _text("guide", code)
    quoted = [re.sub(r"<[^>]+>", "", q) for q in re.findall(r"« (.+?) »", french)]
    labels = [q for q in quoted if q in catalogue]
    assert len(labels) >= 3, quoted  # the rule bites: the guide does quote the interface
    for label in labels:
        assert catalogue[label] in re.sub(r"<[^>]+>", "", other), (label, catalogue[label])


def test_the_french_documents_keep_the_light_inclusive_convention():
    for name in DOCUMENTS:
        assert not re.search(r"\w·\w", _text(name, language.DEFAULT)), name


def test_an_unknown_language_falls_back_to_french():
    assert help_dialogs.document("guide", "xx") == _text("guide", language.DEFAULT)


def test_the_guide_and_about_open_in_english_with_their_placeholders_filled(english, qtbot, context):
    guide = help_dialogs.GuideDialog()
    qtbot.addWidget(guide)
    shown = guide.browser.toPlainText()
    assert guide.windowTitle() == "Guide to running the workshop"
    assert shown.startswith("Running a PeerReady workshop")
    assert "fewer than 3 people" in shown and "{" not in shown
    about = help_dialogs.AboutDialog(context)
    qtbot.addWidget(about)
    assert about.windowTitle() == "About PeerReady"
    shown = about.browser.toPlainText()
    assert "free software" in shown and "logiciel libre" not in shown and "{" not in shown
    assert "Questionnaire peerready-fr: version " in shown and "Database schema: " in shown


def test_about_shows_the_versions_of_the_app_its_questionnaires_and_its_database(qtbot, context):
    from peerready import __version__
    from peerready.store import migrations

    about = help_dialogs.AboutDialog(context)
    qtbot.addWidget(about)
    shown = about.browser.toPlainText()
    assert f"PeerReady {__version__}" in shown
    assert f"Questionnaire peerready-fr : version {context.questionnaires()[0].version}" in shown
    assert f"Schéma de la base de données : {len(migrations.KNOWN_MIGRATIONS)}" in shown
