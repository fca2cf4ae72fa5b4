"""The language of the interface: French by default, English on request (Réglages → Langue).

The choice is stored with the other settings of the data folder (``peerready.ini``, key
``display/language``), so a USB stick keeps it, and takes effect at the next start: every window
and page writes its words when it is made. Only the app's own words change: the questionnaires,
the documents (PDF, Word, Excel), the command line and the phone pages stay in French — they are
written for the French sector, and the English interface says so.

The translations are ``resources/translations/peerready_<code>.ts`` (Qt Linguist), compiled to
``.qm`` at build time (``tools/translations.py``: the wheel's build hook and ``build.spec`` call it).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QLibraryInfo, QLocale, QSettings, QTranslator

from peerready.resources import resource_path

DEFAULT = "fr"
#: Code → name of the language, in that language (as a language menu shows them).
LANGUAGES = {"fr": "Français", "en": "English"}
SETTING = "display/language"
SETTINGS_FILE = "peerready.ini"
#: Each language's locale: dates, month and day names, numbers in the calendar and the spin boxes.
LOCALES = {
    "fr": (QLocale.Language.French, QLocale.Country.France),
    "en": (QLocale.Language.English, QLocale.Country.UnitedKingdom),
}


def chosen(data_dir: Path) -> str:
    """The language chosen for the data folder ``data_dir``, French when none (or an unknown one) is."""
    try:
        value = QSettings(str(Path(data_dir) / SETTINGS_FILE), QSettings.Format.IniFormat).value(SETTING, DEFAULT)
    except (OSError, ValueError):
        return DEFAULT
    return value if value in LANGUAGES else DEFAULT


def locale(language: str) -> QLocale:
    return QLocale(*LOCALES.get(language, LOCALES[DEFAULT]))


def install(app, language: str = DEFAULT) -> list[QTranslator]:
    """Qt's own strings (« Annuler », « Regarder dans »), then the app's, in ``language``; the ones
    installed before are removed. French is the source language: it needs only Qt's."""
    for old in getattr(app, "_peerready_translators", []):
        app.removeTranslator(old)
    QLocale.setDefault(locale(language))
    installed = []
    catalogues = [("qtbase", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))]
    if language != DEFAULT:
        catalogues.append(("peerready", str(resource_path("translations"))))
    for name, folder in catalogues:
        translator = QTranslator(app)
        if translator.load(locale(language), name, "_", folder):
            app.installTranslator(translator)
            installed.append(translator)
    app._peerready_translators = installed
    app._peerready_language = language
    return installed


def current(app) -> str:
    return getattr(app, "_peerready_language", DEFAULT)
