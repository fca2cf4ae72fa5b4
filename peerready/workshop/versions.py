"""What this copy of PeerReady is made of: the app, the questionnaires it carries, its database schema.

``peerready --version`` prints the app's version alone on its first line (the command line's
contract), then these details; « À propos » shows them too. A platform that follows structures for
years can then say which questionnaire and which database a result came from.
"""

from __future__ import annotations

from peerready import __version__
from peerready.engine import instrument
from peerready.store import migrations


def first_line() -> str:
    """« PeerReady 0.1.0 »: what every version of PeerReady has printed first."""
    return f"PeerReady {__version__}"


def details() -> list[tuple[str, str, str]]:
    """(kind, name, version): each bundled questionnaire (``questionnaire``, its id), then the
    database schema (``schema``, its last migration; the version is how many there are).

    A bundled questionnaire that cannot be read has ``illisible`` for version, never an error:
    ``--version`` must answer on a damaged copy too."""
    rows = []
    for path in instrument.bundled_paths():
        try:
            questionnaire = instrument.load(path)
        except instrument.QuestionnaireError:
            rows.append(("questionnaire", path.stem, UNREADABLE))
            continue
        rows.append(("questionnaire", questionnaire.id, questionnaire.version))
    steps = migrations.KNOWN_MIGRATIONS
    rows.append(("schema", steps[-1] if steps else "", str(len(steps))))
    return rows


UNREADABLE = "illisible"


def report() -> str:
    """The whole ``--version`` text: the first line, then one line per detail, in French."""
    lines = [first_line()]
    for kind, name, version in details():
        if kind == "questionnaire":
            lines.append(f"Questionnaire {name}\u00a0: {version}")
        else:
            lines.append(f"Schéma de la base\u00a0: {version} ({name})")
    return "\n".join(lines)
