"""Help: a short guide for whoever runs the workshop, and "About PeerReady".

Both are documents, not interface strings: ``resources/help/<name>.<language>.html``, one per
language of the interface (``ui/language.py``), French when a language has none. Their
placeholders (``{threshold}``, ``{version}``…) are filled here.
"""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout

from peerready import __version__, paths
from peerready.engine import instrument
from peerready.engine.results import ANONYMITY_THRESHOLD
from peerready.resources import resource_path
from peerready.ui import dialogs, language
from peerready.workshop import versions


class _TextDialog(QDialog):
    def __init__(self, title: str, html: str, parent=None):
        super().__init__(parent)
        self.setWindowTitle(title)
        layout = QVBoxLayout(self)
        self.browser = QTextBrowser()
        self.browser.setOpenExternalLinks(False)
        # A caret: read line by line, word by word with the keyboard, as a document is, not only as a whole.
        self.browser.setTextInteractionFlags(
            self.browser.textInteractionFlags() | Qt.TextInteractionFlag.TextSelectableByKeyboard
        )
        self.browser.setAccessibleName(title)
        self.browser.setHtml(html)
        layout.addWidget(self.browser)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        # Large enough for the text at any size (a projector at 200 %), within the screen.
        metrics = self.fontMetrics()
        width, height = metrics.averageCharWidth() * 90, metrics.height() * 34
        screen = self.screen().availableGeometry() if self.screen() else None
        if screen is not None:
            width, height = min(width, screen.width() - 40), min(height, screen.height() - 80)
        self.resize(width, height)


class GuideDialog(_TextDialog):
    def __init__(self, parent=None):
        html = document("guide").format(threshold=ANONYMITY_THRESHOLD)
        super().__init__(self.tr("Guide pour animer l’atelier"), html, parent)


class AboutDialog(_TextDialog):
    def __init__(self, context=None, parent=None):
        data = dialogs.data_folder(context.data_dir if context is not None else paths.data_dir())
        sources = ""
        try:
            questionnaire = instrument.find(None) if context is None else context.questionnaires()[0]
            items = "".join(f"<li>{r.title} — {r.author} ({r.date})</li>" for r in questionnaire.references.values())
            sources = f"<ul>{items}</ul>"
        except instrument.QuestionnaireError:
            sources = ""
        html = document("about").format(version=__version__, versions=self._versions(), data=data, sources=sources)
        super().__init__(self.tr("À propos de PeerReady"), html, parent)

    def _versions(self) -> str:
        """The questionnaires carried and the database schema, as ``peerready --version`` lists them."""
        items = []
        for kind, name, version in versions.details():
            if kind == "questionnaire":
                shown = self.tr("illisible") if version == versions.UNREADABLE else version
                items.append(self.tr("Questionnaire {0} : version {1}").format(name, shown))
            else:
                items.append(self.tr("Schéma de la base de données : {0} ({1})").format(version, name))
        return "<ul>" + "".join(f"<li>{escape(item)}</li>" for item in items) + "</ul>"


def document(name: str, shown_in: str | None = None) -> str:
    """The help document ``name`` (``guide``, ``about``) in the interface's language, or ``shown_in``."""
    chosen = shown_in or language.current(QApplication.instance())
    folder = resource_path("help")
    path = folder / f"{name}.{chosen}.html"
    if not path.is_file():
        path = folder / f"{name}.{language.DEFAULT}.html"
    return path.read_text(encoding="utf-8")
