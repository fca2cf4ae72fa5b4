"""Read YAML safely while remembering on which line each key and item stands.

Validation needs to say ``file:line: what is wrong``. PyYAML's safe loader forgets lines
and silently keeps the last of two duplicate keys, so we compose the node tree ourselves
and build dicts and lists that carry their line numbers.

Files come from outside, so reading is bounded (see ``peerready.engine.limits``): the size is
checked first, composing stops past ``MAX_NODES`` nodes or ``MAX_DEPTH`` levels, and
aliases (``*name``) are refused outright. Our formats never need them (a questionnaire
reuses answers with ``scales``), and an alias is how a few hundred bytes of YAML expand
to billions of nodes ("billion laughs"). Explicit tags other than the plain types
(``!!python/…``, ``!!binary``, ``!include``…), forbidden characters (``peerready.engine.text``)
and whole numbers longer than ``MAX_DIGITS`` are refused too, each with its line.
"""

from __future__ import annotations

import yaml
from yaml.composer import Composer
from yaml.parser import Parser
from yaml.reader import Reader
from yaml.resolver import Resolver
from yaml.scanner import Scanner

from peerready.engine import limits
from peerready.engine import text as texts
from peerready.engine.errors import PeerReadyError

try:  # libyaml's parser reads ten times faster; our composer counts what it yields
    from yaml.cyaml import CParser
except ImportError:  # pragma: no cover - PyYAML built without libyaml
    CParser = None

MAX_BYTES = limits.MAX_TEXT_BYTES
MAX_NODES = limits.MAX_NODES
MAX_DEPTH = limits.MAX_DEPTH
MAX_PROBLEMS = 100

_PREFIX = "tag:yaml.org,2002:"
_SCALAR_TAGS = {_PREFIX + name for name in ("null", "bool", "int", "float", "str", "timestamp")}
_CONTAINER_TAGS = {yaml.MappingNode: _PREFIX + "map", yaml.SequenceNode: _PREFIX + "seq"}
ALIAS_REFUSED = (
    "les alias YAML (« *nom ») ne sont pas acceptés : écrivez le contenu en entier"
    " (pour des réponses qui reviennent, utilisez une échelle, « scales »)"
)


class SourceError(PeerReadyError):
    """A file could not be read as YAML; ``problems`` holds ``(line, message)`` pairs."""

    def __init__(self, problems: list[tuple[int | None, str]]):
        if len(problems) > MAX_PROBLEMS:
            problems = [*problems[:MAX_PROBLEMS], (None, f"… et {len(problems) - MAX_PROBLEMS} autres problèmes")]
        super().__init__("; ".join(message for _, message in problems))
        self.problems = problems


class LocatedDict(dict):
    """A mapping that knows its own line and the line of each of its keys (1-based)."""

    line: int = 0
    key_lines: dict

    def line_of(self, key) -> int:
        return self.key_lines.get(key, self.line)


class LocatedList(list):
    """A sequence that knows its own line and the line of each item (1-based)."""

    line: int = 0
    item_lines: list

    def line_of(self, index: int) -> int:
        if 0 <= index < len(self.item_lines):
            return self.item_lines[index]
        return self.line


def line_of(container, key) -> int | None:
    """The line of ``container[key]``, whatever the container, or None if unknown."""
    if isinstance(container, (LocatedDict, LocatedList)):
        return container.line_of(key)
    return None


def load_text(text: str) -> object:
    """Parse one YAML document into plain values with line information."""
    try:
        limits.check_size(text, MAX_BYTES)
    except limits.TooBig:
        raise SourceError([(None, f"le fichier est trop gros (plus de {limits.megabytes(MAX_BYTES)})")]) from None
    found = texts.forbidden_lines(text)
    if found:
        raise SourceError([(line, f"caractère invisible interdit ({what}) : retirez-le") for line, what in found])
    node = _compose(text)
    if node is None:
        return None
    problems: list[tuple[int | None, str]] = []
    value = _convert(node, yaml.SafeLoader(""), problems)
    if problems:
        raise SourceError(problems)
    return value


# --------------------------------------------------------------------------- composing, bounded


class _Refused(PeerReadyError):
    def __init__(self, line: int, message: str):
        super().__init__(message)
        self.line, self.message = line, message


class _BoundedComposer(Composer):
    """PyYAML's composer, refusing aliases and counting nodes and depth as it goes."""

    def __init__(self):
        super().__init__()
        self.node_count = 0
        self.depth = 0

    def compose_node(self, parent, index):
        event = self.peek_event()
        line = event.start_mark.line + 1
        if isinstance(event, yaml.AliasEvent):
            raise _Refused(line, ALIAS_REFUSED)
        self.node_count += 1
        if self.node_count > MAX_NODES:
            raise _Refused(line, f"le fichier contient trop d'éléments (plus de {MAX_NODES:,})".replace(",", "\u202f"))
        self.depth += 1
        if self.depth > MAX_DEPTH:
            raise _Refused(line, f"contenu imbriqué trop profondément (plus de {MAX_DEPTH} niveaux)")
        try:
            return super().compose_node(parent, index)
        finally:
            self.depth -= 1


class _PythonLoader(Reader, Scanner, Parser, _BoundedComposer, Resolver):
    def __init__(self, stream):
        Reader.__init__(self, stream)
        Scanner.__init__(self)
        Parser.__init__(self)
        _BoundedComposer.__init__(self)
        Resolver.__init__(self)


if CParser is not None:

    class _FastLoader(_BoundedComposer, CParser, Resolver):
        def __init__(self, stream):
            CParser.__init__(self, stream)
            _BoundedComposer.__init__(self)
            Resolver.__init__(self)


def _compose(text: str):
    """The node tree of the only document of ``text`` (None when empty), or SourceError."""
    if CParser is not None:
        try:
            return _compose_with(_FastLoader, text)
        except (yaml.YAMLError, RecursionError, UnicodeError):
            pass  # say what is wrong in PyYAML's own words and with its line, below
    return _compose_with(_PythonLoader, text)


def _compose_with(loader_class, text: str):
    loader = None
    try:
        loader = loader_class(text)
        if not loader.check_node():
            return None
        node = loader.get_node()
        if loader.check_node():
            raise _Refused(
                loader.peek_event().start_mark.line + 1,
                "le fichier contient plusieurs documents YAML (---) ; un seul est attendu",
            )
        return node
    except _Refused as refused:
        raise SourceError([(refused.line, refused.message)]) from None
    except yaml.MarkedYAMLError as error:
        if loader_class is not _PythonLoader:
            raise
        mark = error.problem_mark or error.context_mark
        line = mark.line + 1 if mark else None
        problem = error.problem or str(error)
        if problem == "second occurrence":  # PyYAML's duplicate anchor puts the news in the context
            problem = error.context or problem
        raise SourceError([(line, f"YAML illisible : {problem}")]) from None
    except yaml.reader.ReaderError as error:
        if loader_class is not _PythonLoader:
            raise
        character = error.character if isinstance(error.character, int) else 0
        line = text.count("\n", 0, error.position) + 1 if isinstance(text, str) else None
        raise SourceError([(line, f"caractère interdit (U+{character:04X}) : retirez-le")]) from None
    except yaml.YAMLError as error:
        if loader_class is not _PythonLoader:
            raise
        raise SourceError([(None, f"YAML illisible : {error}")]) from None
    except RecursionError:
        if loader_class is not _PythonLoader:
            raise
        raise SourceError([(None, "le fichier est imbriqué trop profondément")]) from None
    finally:
        if loader is not None:
            loader.dispose()


# --------------------------------------------------------------------------- nodes to values


def _convert(node, constructor, problems):
    if isinstance(node, (yaml.MappingNode, yaml.SequenceNode)) and node.tag != _CONTAINER_TAGS[type(node)]:
        problems.append((node.start_mark.line + 1, _tag_refused(node)))
        return None
    if isinstance(node, yaml.MappingNode):
        result = LocatedDict()
        result.line = node.start_mark.line + 1
        result.key_lines = {}
        for key_node, value_node in node.value:
            key_line = key_node.start_mark.line + 1
            if not isinstance(key_node, yaml.ScalarNode):
                problems.append((key_line, "une clé doit être un simple mot"))
                continue
            if key_node.tag == _PREFIX + "merge":
                problems.append((key_line, "les fusions « << » ne sont pas acceptées ; écrivez les clés en entier"))
                continue
            key = _scalar(key_node, constructor, problems)
            if not isinstance(key, (str, int, float, bool)) or key is None:
                if key is not None:
                    problems.append((key_line, f"clé inattendue : {texts.shown(repr(key), 80)}"))
                continue
            if key in result:
                shown = texts.shown(str(key), 80)
                problems.append(
                    (key_line, f"la clé « {shown} » apparaît deux fois (déjà ligne {result.key_lines[key]})")
                )
                continue
            result[key] = _convert(value_node, constructor, problems)
            result.key_lines[key] = key_line
        return result
    if isinstance(node, yaml.SequenceNode):
        result = LocatedList()
        result.line = node.start_mark.line + 1
        result.item_lines = []
        for item in node.value:
            result.append(_convert(item, constructor, problems))
            result.item_lines.append(item.start_mark.line + 1)
        return result
    return _scalar(node, constructor, problems)


def _tag_refused(node) -> str:
    tag = node.tag.replace(_PREFIX, "!!", 1) if node.tag.startswith(_PREFIX) else node.tag
    return f"étiquette YAML « {texts.shown(tag, 60)} » non acceptée : retirez-la"


def _scalar(node, constructor, problems):
    line = node.start_mark.line + 1
    if node.tag not in _SCALAR_TAGS:
        problems.append((line, _tag_refused(node)))
        return None
    if node.tag == _PREFIX + "int" and len(node.value) > limits.MAX_DIGITS:
        problems.append((line, f"nombre trop long (plus de {limits.MAX_DIGITS} chiffres)"))
        return None
    try:
        value = constructor.construct_object(node, deep=True)
    except (yaml.YAMLError, ValueError, OverflowError, TypeError):
        problems.append((line, f"valeur illisible « {texts.shown(node.value, 60)} » : mettez-la entre guillemets"))
        return None
    if isinstance(value, str):
        refusal = texts.refusal(value)
        if refusal:
            problems.append((line, refusal))
            return None
        value = texts.normalise(value)
    return value
