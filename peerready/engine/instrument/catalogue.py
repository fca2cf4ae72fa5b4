"""Where questionnaires come from: a file, YAML text, or the bundled ones by id.

``load`` and ``loads`` return a valid ``Questionnaire`` or raise ``QuestionnaireError`` with
every problem of the file; ``find`` picks a bundled questionnaire by id, or a file by path.
"""

from __future__ import annotations

import dataclasses
import hashlib
from pathlib import Path

from peerready.engine import limits
from peerready.engine.instrument import checker
from peerready.engine.instrument.model import Questionnaire
from peerready.engine.instrument.reader import QuestionnaireError
from peerready.engine.yamlsource import SourceError, load_text
from peerready.resources import questionnaires_dir

MAX_BYTES = limits.MAX_TEXT_BYTES


def load(path: str | Path) -> Questionnaire:
    """Load and validate a questionnaire file (``-``: standard input), read up to ``MAX_BYTES``."""
    name = "<entrée standard>" if str(path) == "-" else str(path)
    fail = lambda message: QuestionnaireError([(name, None, message)])  # noqa: E731
    try:
        raw = limits.read_bounded(path, MAX_BYTES)
        text = raw.decode("utf-8")
    except limits.TooBig:
        raise fail(f"le fichier est trop gros (plus de {limits.megabytes(MAX_BYTES)})") from None
    except UnicodeDecodeError:
        raise fail("le fichier n'est pas du texte UTF-8") from None
    except OSError as error:
        raise fail(f"lecture impossible : {error.strerror or error}") from None
    except ValueError:  # a NUL byte in the name
        raise fail("lecture impossible : nom de fichier invalide") from None
    return loads(text, name)


#: Questionnaires already read and validated in this process, by the SHA-256 of their text: the app's
#: context and the store (which keeps the text of every questionnaire ever used) read each one once.
#: Only valid ones are kept, in memory only (a cache on disk would be a file someone could plant).
_READ: dict[str, Questionnaire] = {}
_MOST_KEPT = 32


def loads(text: str, path: str = "<questionnaire>") -> Questionnaire:
    """Validate questionnaire YAML given as text (each distinct text once per process)."""
    key = hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()
    known = _READ.get(key)
    if known is not None:
        return known if known.path == path else dataclasses.replace(known, path=path)
    questionnaire = _read(text, path)
    if len(_READ) >= _MOST_KEPT:
        _READ.pop(next(iter(_READ)))
    _READ[key] = questionnaire
    return questionnaire


def _read(text: str, path: str) -> Questionnaire:
    try:
        tree = load_text(text)
    except SourceError as error:
        raise QuestionnaireError([(path, line, message) for line, message in error.problems]) from None
    questionnaire, problems = checker.check(tree, path, text)
    if problems or questionnaire is None:
        raise QuestionnaireError(problems)
    return questionnaire


def bundled_paths() -> list[Path]:
    return sorted(questionnaires_dir().glob("*.yaml"))


def _exists(reference: str) -> bool:
    try:
        return Path(reference).exists()
    except (OSError, ValueError):  # a name too long for the system, or with a NUL byte
        return False


def find(reference: str | None) -> Questionnaire:
    """Load a questionnaire by file path or by the id of a bundled one (default: the first)."""
    if reference and (reference == "-" or Path(reference).suffix in (".yaml", ".yml") or _exists(reference)):
        return load(reference)
    paths = bundled_paths()
    if not paths:
        raise QuestionnaireError([("questionnaires", None, "aucun questionnaire fourni n'a été trouvé")])
    if not reference:
        return load(paths[0])
    for path in paths:
        if path.stem == reference:
            return load(path)
    for path in paths:
        questionnaire = load(path)
        if questionnaire.id == reference:
            return questionnaire
    known = ", ".join(p.stem for p in paths)
    raise QuestionnaireError([(reference, None, f"questionnaire inconnu ; disponibles : {known}")])
