"""Typed values read out of a located YAML tree, each problem noted as ``file:line: message``.

The checker (``checker.py``, ``rules.py``) asks a ``Reader`` for a text, an identifier, a list
of ids, a number…; the reader returns a usable value (empty when the file's is wrong) and notes
what is wrong, with its line, in the one list of problems shared by the whole check.
``QuestionnaireError`` then lists them all at once.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from peerready.engine import text as texts
from peerready.engine import typography
from peerready.engine.errors import PeerReadyError
from peerready.engine.yamlsource import MAX_PROBLEMS, LocatedDict, line_of

#: ``(path, line or None, message)``
Problem = tuple[str, "int | None", str]

ID = re.compile(r"^[a-z0-9][a-z0-9_-]*$")


class QuestionnaireError(PeerReadyError):
    """A questionnaire is invalid. ``problems`` are ``(path, line, message)`` triples."""

    def __init__(self, problems: list[Problem]):
        # the file's own words are echoed escaped: a message never carries a control character
        if len(problems) > MAX_PROBLEMS:
            extra = len(problems) - MAX_PROBLEMS
            problems = [*problems[:MAX_PROBLEMS], (problems[0][0], None, f"… et {extra} autres problèmes")]
        self.problems = [(texts.shown(str(path), 300), line, texts.shown(message)) for path, line, message in problems]
        super().__init__("\n".join(self.lines()))

    def lines(self) -> list[str]:
        out = []
        for path, line, message in self.problems:
            out.append(f"{path}:{line}: {message}" if line else f"{path}: {message}")
        return out


def word(value):
    """``value`` when it may be looked up among ids; a list or a mapping (unhashable) becomes its repr."""
    return value if isinstance(value, (str, int, float, bool)) or value is None else repr(value)


def closest(word: str, candidates) -> str | None:
    import difflib  # kept off start-up: only a file with a problem needs it

    matches = difflib.get_close_matches(word, [str(c) for c in candidates], n=1, cutoff=0.75)
    return matches[0] if matches else None


def did_you_mean(word: str, candidates) -> str:
    """`` (vouliez-vous dire « x » ?)`` when a candidate is close to ``word``, else nothing."""
    hint = closest(word, candidates)
    return f" (vouliez-vous dire « {hint} » ?)" if hint else ""


@dataclass(frozen=True)
class Reader:
    """Reads the values of one questionnaire file; ``problems`` collects what is wrong, in order.

    ``french``: texts are given French typography (the questionnaire's language is ``fr``).
    """

    path: str
    problems: list[Problem] = field(default_factory=list)
    french: bool = False

    def error(self, line: int | None, message: str) -> None:
        self.problems.append((self.path, line, message))

    def mapping(self, node, where: str, line) -> LocatedDict | None:
        if isinstance(node, dict):
            return node
        self.error(line, f"{where} doit être une rubrique (clé: valeur)")
        return None

    def known_keys(self, node: dict, allowed: set[str], required: set[str], where: str) -> None:
        for key in node:
            if key not in allowed:
                self.error(line_of(node, key), f"{where} : clé inconnue « {key} »{did_you_mean(str(key), allowed)}")
        for key in sorted(required - set(node)):
            self.error(getattr(node, "line", None), f"{where} : clé « {key} » manquante")

    def text(self, node: dict, key: str, where: str, required: bool = True) -> str:
        value = node.get(key)
        if value is None:
            if required and key in node:
                self.error(line_of(node, key), f"{where} : « {key} » est vide")
            return ""
        if not isinstance(value, str):
            self.error(line_of(node, key), f"{where} : « {key} » doit être du texte (mettez-le entre guillemets)")
            return ""
        value = " ".join(value.split()) if "\n" not in value.strip() else value.strip()
        if required and not value:
            self.error(line_of(node, key), f"{where} : « {key} » est vide")
        return self.typeset(value)

    def typeset(self, value: str) -> str:
        """A text as shown: with French typography when the questionnaire is in French."""
        return typography.french(value) if self.french else value

    def identifier(self, node: dict, key: str, where: str) -> str:
        value = node.get(key)
        if key not in node:
            return ""
        if isinstance(value, bool):
            self.error(
                line_of(node, key),
                f"{where} : « {key} » est lu comme vrai/faux (yes, no, on, off…) ;"
                " mettez la valeur entre guillemets ou choisissez un autre mot",
            )
            return ""
        if not isinstance(value, str) or not ID.match(value):
            self.error(
                line_of(node, key),
                f"{where} : l'identifiant {value!r} doit être un mot en minuscules sans accent ni espace"
                " (lettres, chiffres, _ ou -), entre guillemets s'il ressemble à oui/non ou à un nombre",
            )
            return ""
        return value

    def id_list(self, node: dict, key: str, where: str, allowed=None, unknown: str = "") -> tuple[str, ...]:
        value = node.get(key)
        if value is None:
            return ()
        if isinstance(value, str):
            value = [value]
        if not isinstance(value, list):
            self.error(line_of(node, key), f"{where} : « {key} » doit être une liste, par exemple [a, b]")
            return ()
        out = []
        for index, item in enumerate(value):
            if isinstance(item, str) and (allowed is None or item in allowed) and item not in out:
                out.append(item)
                continue
            line = line_of(value, index) or line_of(node, key)
            if not isinstance(item, str):
                self.error(line, f"{where} : {item!r} dans « {key} » doit être un identifiant (texte)")
            elif allowed is not None and item not in allowed:
                extra = did_you_mean(item, allowed)
                self.error(line, f"{where} : {unknown or 'identifiant inconnu'} « {item} »{extra}")
            else:
                self.error(line, f"{where} : « {item} » apparaît deux fois dans « {key} »")
        return tuple(out)

    def boolean(self, node: dict, key: str, where: str, default: bool) -> bool:
        value = node.get(key, default)
        if not isinstance(value, bool):
            self.error(line_of(node, key), f"{where} : « {key} » doit valoir true ou false")
            return default
        return value

    def number(self, node: dict, key: str, where: str, low: float, high: float) -> float | None:
        value = node.get(key)
        if isinstance(value, bool) or not isinstance(value, (int, float)):
            self.error(line_of(node, key), f"{where} : « {key} » doit être un nombre de {low:g} à {high:g}")
            return None
        if not low <= value <= high:
            self.error(
                line_of(node, key), f"{where} : « {key} » vaut {value:g}, il doit être entre {low:g} et {high:g}"
            )
            return None
        return float(value)

    def items(self, tree: dict, key: str, required: bool = True):
        """Yield ``(index, item_mapping, line)`` for a top-level list of mappings."""
        value = tree.get(key)
        if value is None:
            if required:
                self.error(line_of(tree, key) if key in tree else None, f"la liste « {key} » est vide ou absente")
            return
        if not isinstance(value, list):
            self.error(line_of(tree, key), f"« {key} » doit être une liste d'éléments commençant par « - »")
            return
        for index, item in enumerate(value):
            line = line_of(value, index)
            mapping = self.mapping(item, f"l'élément {index + 1} de « {key} »", line)
            if mapping is not None:
                yield index, mapping, line

    def unique(self, seen: dict, item_id: str, line, kind: str) -> None:
        """Note ``item_id`` as met at ``line`` in ``seen`` (id -> first line); a second one is a problem."""
        if not item_id:
            return
        if item_id in seen:
            self.error(line, f"{kind} « {item_id} » existe déjà (ligne {seen[item_id]})")
        else:
            seen[item_id] = line
