"""Read YAML safely while remembering on which line each key and item stands.

Validation needs to say ``file:line: what is wrong``. PyYAML's safe loader forgets lines
and silently keeps the last of two duplicate keys, so we build dicts and lists that carry
their line numbers ourselves: in one pass over libyaml's events when PyYAML has it (the
bundled questionnaire in about the time libyaml takes to parse it), else, and whenever
libyaml stumbles, with PyYAML's pure-Python composer, whose messages say what is wrong.
Both read the same values with the same lines and the same problems (tests/engine/test_yaml_fast.py).

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

try:  # libyaml's parser reads ten times faster than PyYAML's own
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
    if CParser is not None and not Resolver.yaml_path_resolvers:
        try:
            return _build(text)
        except (yaml.YAMLError, _Unusual, RecursionError, UnicodeError):
            pass  # say what is wrong in PyYAML's own words and with its line, below
    return _load_slowly(text)


# --------------------------------------------------------------------------- values straight from libyaml's events


class _Refused(PeerReadyError):
    def __init__(self, line: int, message: str):
        super().__init__(message)
        self.line, self.message = line, message


class _Unusual(PeerReadyError):
    """Something the slow path words better (a duplicate anchor): read the file again with it."""


def _too_many(line: int) -> _Refused:
    return _Refused(line, f"le fichier contient trop d'éléments (plus de {MAX_NODES:,})".replace(",", "\u202f"))


def _too_deep(line: int) -> _Refused:
    return _Refused(line, f"contenu imbriqué trop profondément (plus de {MAX_DEPTH} niveaux)")


def _several_documents(line: int) -> _Refused:
    return _Refused(line, "le fichier contient plusieurs documents YAML (---) ; un seul est attendu")


_STR, _MERGE = _PREFIX + "str", _PREFIX + "merge"
_MAP, _SEQ = _PREFIX + "map", _PREFIX + "seq"
#: The state of an open mapping: waiting for a key, or for the value of a key that is refused.
_KEY, _SKIP = object(), object()


def _build(text: str):
    """The value tree of ``text`` made in one pass over libyaml's events; SourceError when refused.

    It reads what the slow path (PyYAML's composer, then ``_convert``) reads, with the same
    problems in the same order and the same lines, without making nodes: the open containers
    are kept on a list, so nesting costs no recursion and stops at ``MAX_DEPTH``. A subtree the
    slow path would not look into (under a refused key or tag) is counted but not read.
    """
    parser = CParser(text)
    try:
        parser.get_event()  # the stream starts
        if parser.check_event(yaml.StreamEndEvent):
            return None
        parser.get_event()  # the document starts
        problems: list[tuple[int | None, str]] = []
        value = _build_document(parser.get_event, problems)
        parser.get_event()  # the document ends
        if not parser.check_event(yaml.StreamEndEvent):
            raise _several_documents(parser.peek_event().start_mark.line + 1)
    except _Refused as refused:
        raise SourceError([(refused.line, refused.message)]) from None
    finally:
        parser.dispose()
    if problems:
        raise SourceError(problems)
    return value


def _build_document(next_event, problems):
    scalars = _Scalars(problems)
    # Each open container is [the LocatedDict or LocatedList, or None when it is not read;
    # for a mapping, what it waits for: _KEY, _SKIP (a refused key's value) or the (key, line)].
    stack: list[list] = []
    anchors: set = set()
    count = 0
    root = None
    scalar_event, mapping_start, sequence_start = yaml.ScalarEvent, yaml.MappingStartEvent, yaml.SequenceStartEvent
    mapping_end, sequence_end = yaml.MappingEndEvent, yaml.SequenceEndEvent
    while True:
        event = next_event()
        kind = event.__class__
        if kind is mapping_end or kind is sequence_end:
            stack.pop()
            if not stack:
                return root
            continue
        line = event.start_mark.line + 1
        if kind is yaml.AliasEvent:
            raise _Refused(line, ALIAS_REFUSED)
        if kind is not scalar_event and kind is not mapping_start and kind is not sequence_start:
            raise _Unusual(kind)
        count += 1
        if count > MAX_NODES:
            raise _too_many(line)
        if len(stack) >= MAX_DEPTH:
            raise _too_deep(line)
        anchor = event.anchor
        if anchor is not None:
            if anchor in anchors:
                raise _Unusual(anchor)
            anchors.add(anchor)

        # Where the node goes: _ROOT, _ITEM of the parent list, the (key, line) of the parent
        # mapping, or _NOWHERE when the slow path would not read it.
        if not stack:
            where = _ROOT
        else:
            top = stack[-1]
            parent = top[0]
            if parent is None:
                where = _NOWHERE
            elif parent.__class__ is LocatedList:
                where = _ITEM
            else:
                where = top[1]
                if where is _KEY:
                    top[1] = _key(event, kind is scalar_event, line, parent, scalars, problems)
                    if kind is not scalar_event:
                        stack.append([None, _KEY])  # a key that is a list or a mapping is not read
                    continue
                top[1] = _KEY
                if where is _SKIP:
                    where = _NOWHERE

        if kind is scalar_event:
            if where is _NOWHERE:
                continue
            value = scalars.value(event, scalars.tag(event), line)
        else:
            if where is _NOWHERE:
                stack.append([None, _KEY])
                continue
            if kind is mapping_start:
                value, default = LocatedDict(), _MAP
                value.key_lines = {}
            else:
                value, default = LocatedList(), _SEQ
                value.item_lines = []
            value.line = line
            tag = event.tag
            if tag is not None and tag != "!" and tag != default:
                problems.append((line, _tag_refused(tag)))
                value = None
            stack.append([value, _KEY])
        if where is _ROOT:
            if kind is scalar_event:
                return value
            root = value
        elif where is _ITEM:
            parent.append(value)
            parent.item_lines.append(line)
        else:
            parent[where[0]] = value
            parent.key_lines[where[0]] = where[1]


_ROOT, _ITEM, _NOWHERE = object(), object(), object()


def _key(event, is_scalar: bool, line: int, mapping: LocatedDict, scalars, problems):
    """What an open mapping waits for once ``event`` starts a key: the (key, line), or _SKIP."""
    if not is_scalar:
        problems.append((line, "une clé doit être un simple mot"))
        return _SKIP
    tag = scalars.tag(event)
    if tag == _MERGE:
        problems.append((line, "les fusions « << » ne sont pas acceptées ; écrivez les clés en entier"))
        return _SKIP
    key = scalars.value(event, tag, line)
    if key is None:
        return _SKIP
    if not isinstance(key, (str, int, float, bool)):
        problems.append((line, f"clé inattendue : {texts.shown(repr(key), 80)}"))
        return _SKIP
    if key in mapping:
        shown = texts.shown(str(key), 80)
        problems.append((line, f"la clé « {shown} » apparaît deux fois (déjà ligne {mapping.key_lines[key]})"))
        return _SKIP
    return key, line


class _Scalars:
    """Scalars read as ``_scalar`` reads their nodes; plain ones are remembered (keys and scores come back)."""

    def __init__(self, problems):
        self.problems = problems
        self.plain: dict[str, tuple[str, object]] = {}
        self.resolver = Resolver()
        self.constructor = None

    def tag(self, event) -> str:
        """The scalar's tag, as PyYAML's composer resolves it."""
        tag = event.tag
        if tag is not None and tag != "!":
            return tag
        if not event.implicit[0]:  # quoted, literal or folded
            return _STR
        known = self.plain.get(event.value)
        if known is not None:
            return known[0]
        rules = Resolver.yaml_implicit_resolvers
        if event.value[:1] not in rules and None not in rules:
            return _STR
        return self.resolver.resolve(yaml.ScalarNode, event.value, event.implicit)

    def value(self, event, tag: str, line: int):
        """The scalar's value: None when it is refused, its problem noted."""
        text = event.value
        plain = event.implicit[0] and (event.tag is None or event.tag == "!")
        if plain:
            known = self.plain.get(text)
            if known is not None:
                return known[1]
        if tag == _STR and (event.tag is None or event.tag == "!"):
            if event.style == '"':  # escapes write any character; the others were checked with the whole text
                refusal = texts.refusal(text)
                if refusal:
                    self.problems.append((line, refusal))
                    return None
            value = text if text.isascii() else texts.normalise(text)
            if plain:
                self.plain[text] = _STR, value
            return value
        if self.constructor is None:
            self.constructor = yaml.SafeLoader("")
        before = len(self.problems)
        value = _scalar(yaml.ScalarNode(tag, text, event.start_mark, event.end_mark), self.constructor, self.problems)
        if plain and len(self.problems) == before:
            self.plain[text] = tag, value
        return value


# --------------------------------------------------------------------------- the slow path: PyYAML's composer


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
            raise _too_many(line)
        self.depth += 1
        if self.depth > MAX_DEPTH:
            raise _too_deep(line)
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


def _load_slowly(text: str) -> object:
    """``load_text`` without libyaml, or when it stumbles: PyYAML's words and lines for what is wrong."""
    node = _compose(text)
    if node is None:
        return None
    problems: list[tuple[int | None, str]] = []
    value = _convert(node, yaml.SafeLoader(""), problems)
    if problems:
        raise SourceError(problems)
    return value


def _compose(text: str):
    """The node tree of the only document of ``text`` (None when empty), or SourceError."""
    loader = None
    try:
        loader = _PythonLoader(text)
        if not loader.check_node():
            return None
        node = loader.get_node()
        if loader.check_node():
            raise _several_documents(loader.peek_event().start_mark.line + 1)
        return node
    except _Refused as refused:
        raise SourceError([(refused.line, refused.message)]) from None
    except yaml.MarkedYAMLError as error:
        mark = error.problem_mark or error.context_mark
        line = mark.line + 1 if mark else None
        problem = error.problem or str(error)
        if problem == "second occurrence":  # PyYAML's duplicate anchor puts the news in the context
            problem = error.context or problem
        raise SourceError([(line, f"YAML illisible : {problem}")]) from None
    except yaml.reader.ReaderError as error:
        character = error.character if isinstance(error.character, int) else 0
        line = text.count("\n", 0, error.position) + 1 if isinstance(text, str) else None
        raise SourceError([(line, f"caractère interdit (U+{character:04X}) : retirez-le")]) from None
    except yaml.YAMLError as error:
        raise SourceError([(None, f"YAML illisible : {error}")]) from None
    except RecursionError:
        raise SourceError([(None, "le fichier est imbriqué trop profondément")]) from None
    finally:
        if loader is not None:
            loader.dispose()


# --------------------------------------------------------------------------- nodes to values


def _convert(node, constructor, problems):
    if isinstance(node, (yaml.MappingNode, yaml.SequenceNode)) and node.tag != _CONTAINER_TAGS[type(node)]:
        problems.append((node.start_mark.line + 1, _tag_refused(node.tag)))
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


def _tag_refused(tag: str) -> str:
    tag = tag.replace(_PREFIX, "!!", 1) if tag.startswith(_PREFIX) else tag
    return f"étiquette YAML « {texts.shown(tag, 60)} » non acceptée : retirez-la"


def _scalar(node, constructor, problems):
    line = node.start_mark.line + 1
    if node.tag not in _SCALAR_TAGS:
        problems.append((line, _tag_refused(node.tag)))
        return None
    if node.tag == _PREFIX + "int" and len(node.value) > limits.MAX_DIGITS:
        problems.append((line, f"nombre trop long (plus de {limits.MAX_DIGITS} chiffres)"))
        return None
    try:
        value = constructor.construct_object(node, deep=True)
    except (yaml.YAMLError, ValueError, OverflowError, TypeError, LookupError, AttributeError):
        # a wrong explicit tag (« !!bool x », « !!int » on nothing) breaks PyYAML's constructors
        problems.append((line, f"valeur illisible « {texts.shown(node.value, 60)} » : mettez-la entre guillemets"))
        return None
    if isinstance(value, str):
        refusal = texts.refusal(value)
        if refusal:
            problems.append((line, refusal))
            return None
        value = texts.normalise(value)
    return value
