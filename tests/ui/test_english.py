"""The English interface: every string of the app's own catalogue is translated, and shown translated.

The catalogue is compiled from ``resources/translations/peerready_en.ts`` as the build does it
(``tools/translations.py``); the whole app is then walked in English — every page and dialog of
``tests/ui/scenes.py`` — and no text shown may still be a French source of the catalogue.
"""

import re
import xml.etree.ElementTree as ElementTree

import pytest
from PySide6.QtWidgets import QAbstractButton, QGroupBox, QLabel, QLineEdit, QMenuBar, QTabBar, QWidget

from tests.conftest import ROOT
from tests.ui.scenes import scenes
from tools import translations

CATALOGUE = ROOT / "resources" / "translations" / "peerready_en.ts"


def _messages():
    tree = ElementTree.parse(CATALOGUE)
    for context in tree.getroot().iter("context"):
        for message in context.iter("message"):
            translation = message.find("translation")
            yield message.findtext("source") or "", translation


def test_every_message_is_translated_with_its_placeholders_and_mnemonic():
    compiled = translations.compile_catalogue(CATALOGUE, CATALOGUE.with_suffix(".qm"))
    assert compiled.unfinished == 0 and compiled.untranslated == 0, compiled
    for source, translation in _messages():
        text = translation.text or ""
        assert translation.get("type") is None, source
        assert text, source
        assert sorted(re.findall(r"\{\w*\}|%\d", source)) == sorted(re.findall(r"\{\w*\}|%\d", text)), source
        assert ("&" in source.replace("&&", "")) == ("&" in text.replace("&&", "")), (source, text)


def _french_sources() -> list[re.Pattern]:
    """Each source that reads differently in English, as a pattern (its placeholders match anything).

    Sources that are mostly placeholders (« {0} : {1} ») would match any French text, the
    questionnaire's included, and a source that is also an English translation (« Comment ») is
    not French on an English screen: both are left out."""
    english = {(t.text or "").replace("&", "") for _, t in _messages()}
    patterns = []
    for source, translation in _messages():
        text = translation.text or ""
        plain = source.replace("&", "")
        words = re.sub(r"\{\w*\}", "", plain)
        if text.replace("&", "") == plain or plain in english or not re.search(r"[^\W\d_]{3}", words):
            continue
        pattern = re.escape(plain)
        pattern = re.sub(r"\\\{\w*\\\}", ".+", pattern)
        patterns.append(re.compile(pattern, re.DOTALL))
    return patterns


def _shown_texts(top: QWidget) -> list[tuple[str, str]]:
    found = []
    widgets = [top, *top.findChildren(QWidget)]
    for widget in widgets:
        if not widget.isVisibleTo(top) and widget is not top:
            continue
        where = type(widget).__name__
        if widget.isWindow():
            found.append((where, widget.windowTitle()))
        if isinstance(widget, (QAbstractButton, QLabel)):
            found.append((where, widget.text()))
        if isinstance(widget, QGroupBox):
            found.append((where, widget.title()))
        if isinstance(widget, QLineEdit):
            found.append((where, widget.placeholderText()))
        if isinstance(widget, QTabBar):
            found.extend((where, widget.tabText(i)) for i in range(widget.count()))
        if isinstance(widget, QMenuBar):
            for action in widget.actions():
                found.append(("menu", action.text()))
                if action.menu() is not None:
                    found.extend(("menu item", item.text()) for item in action.menu().actions())
        if widget.toolTip():
            found.append((f"{where} tooltip", widget.toolTip()))
    return [(where, text.replace("&", "")) for where, text in found if text]


@pytest.mark.qt_log_ignore("This plugin does not support")
def test_the_whole_app_speaks_english(english, qtbot, context, recorded, reopened):
    from peerready.ui.app import create_application
    from peerready.ui.main_window import MainWindow

    _, family = create_application(language="en")
    window = MainWindow(context, font_family=family)
    qtbot.addWidget(window)
    window.show()
    opened = reopened
    assert window.menuBar().actions()[0].text() == "&File"
    patterns = _french_sources()
    left = set()
    for name, top in scenes(window, recorded, opened):
        for where, text in _shown_texts(top):
            if any(pattern.fullmatch(text) for pattern in patterns):
                left.add(f"{name} — {where}: « {text[:80]} »")
    assert not left, "\n".join(sorted(left))
