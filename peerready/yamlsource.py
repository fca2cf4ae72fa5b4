"""Read YAML safely while remembering on which line each key and item stands.

Validation needs to say ``file:line: what is wrong``. PyYAML's safe loader forgets lines
and silently keeps the last of two duplicate keys, so we compose the node tree ourselves
and build dicts and lists that carry their line numbers.
"""

from __future__ import annotations

import yaml

MAX_BYTES = 5 * 1024 * 1024
MAX_DEPTH = 64


class SourceError(Exception):
    """A file could not be read as YAML; ``problems`` holds ``(line, message)`` pairs."""

    def __init__(self, problems: list[tuple[int | None, str]]):
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
    if len(text.encode("utf-8", errors="replace")) > MAX_BYTES:
        raise SourceError([(None, "le fichier est trop gros (plus de 5 Mo)")])
    try:
        nodes = list(yaml.compose_all(text, Loader=yaml.SafeLoader))
    except yaml.MarkedYAMLError as error:
        mark = error.problem_mark or error.context_mark
        line = mark.line + 1 if mark else None
        problem = error.problem or str(error)
        raise SourceError([(line, f"YAML illisible : {problem}")]) from None
    except yaml.YAMLError as error:
        raise SourceError([(None, f"YAML illisible : {error}")]) from None
    except RecursionError:
        raise SourceError([(None, "le fichier est imbriqué trop profondément")]) from None
    if not nodes:
        return None
    if len(nodes) > 1:
        raise SourceError([(None, "le fichier contient plusieurs documents YAML (---) ; un seul est attendu")])
    problems: list[tuple[int | None, str]] = []
    value = _convert(nodes[0], _scalar_constructor(), problems, depth=0)
    if problems:
        raise SourceError(problems)
    return value


def _scalar_constructor() -> yaml.SafeLoader:
    return yaml.SafeLoader("")


def _convert(node, constructor, problems, depth):
    if depth > MAX_DEPTH:
        problems.append((node.start_mark.line + 1, "contenu imbriqué trop profondément"))
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
            if key_node.tag == "tag:yaml.org,2002:merge":
                problems.append((key_line, "les fusions « << » ne sont pas acceptées ; écrivez les clés en entier"))
                continue
            key = _scalar(key_node, constructor, problems)
            if not isinstance(key, (str, int, float, bool)) or key is None:
                problems.append((key_line, f"clé inattendue : {key!r}"))
                continue
            if key in result:
                problems.append((key_line, f"la clé « {key} » apparaît deux fois (déjà ligne {result.key_lines[key]})"))
                continue
            result[key] = _convert(value_node, constructor, problems, depth + 1)
            result.key_lines[key] = key_line
        return result
    if isinstance(node, yaml.SequenceNode):
        result = LocatedList()
        result.line = node.start_mark.line + 1
        result.item_lines = []
        for item in node.value:
            result.append(_convert(item, constructor, problems, depth + 1))
            result.item_lines.append(item.start_mark.line + 1)
        return result
    return _scalar(node, constructor, problems)


def _scalar(node, constructor, problems):
    try:
        return constructor.construct_object(node, deep=True)
    except yaml.YAMLError as error:
        problems.append((node.start_mark.line + 1, f"valeur illisible : {error}"))
        return None
