"""Questionnaires: their model (frozen dataclasses), loading and validation.

A questionnaire is a YAML file (see docs/questionnaire-format.md). ``load`` turns it into a
``Questionnaire`` or raises ``QuestionnaireError`` listing every problem at once, each as
``file:line: message``.
"""

from __future__ import annotations

import dataclasses
import hashlib
import json
import re
from dataclasses import dataclass, field
from pathlib import Path

from peerready.engine import limits, typography, vocabulary
from peerready.engine import text as texts
from peerready.engine.yamlsource import MAX_PROBLEMS, LocatedDict, SourceError, line_of, load_text

FORMAT_VERSION = 1

#: Field metadata of what is not part of the model itself (where it was read from): left out of its JSON.
NOT_IN_JSON = {"not_in_json": True}


class QuestionnaireError(Exception):
    """A questionnaire is invalid. ``problems`` are ``(path, line, message)`` triples."""

    def __init__(self, problems: list[tuple[str, int | None, str]]):
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


@dataclass(frozen=True)
class Option:
    value: str
    label: str
    score: float | None
    kind: str = "scored"  # scored | dont_know | not_applicable

    @property
    def scored(self) -> bool:
        return self.score is not None


@dataclass(frozen=True)
class Dimension:
    id: str
    label: str
    description: str = ""


@dataclass(frozen=True)
class Reference:
    id: str
    title: str
    author: str = ""
    date: str = ""
    url: str = ""
    note: str = ""


@dataclass(frozen=True)
class Question:
    id: str
    dimension: str
    factors: tuple[str, ...]
    groups: tuple[str, ...]
    stages: tuple[str, ...]
    short: bool
    text: str
    help: str
    sources: tuple[str, ...]
    options: tuple[Option, ...]
    text_by_group: dict[str, str] = field(default_factory=dict)
    text_by_stage: dict[str, str] = field(default_factory=dict)

    def option(self, value: str) -> Option | None:
        for option in self.options:
            if option.value == value:
                return option
        return None

    def asked_at(self, stage: str | None) -> bool:
        return stage is None or not self.stages or stage in self.stages

    def text_for(self, group: str | None = None, stage: str | None = None) -> str:
        """The wording for a group and stage: the group's own wording wins."""
        if group and group in self.text_by_group:
            return self.text_by_group[group]
        if stage and stage in self.text_by_stage:
            return self.text_by_stage[stage]
        return self.text


@dataclass(frozen=True)
class Flag:
    id: str
    factor: str
    severity: str
    title: str
    explanation: str
    question: str
    threshold: float  # a group's score at or below (inclusive) / under (exclusive) fires it
    inclusive: bool
    answers: tuple[str, ...] = ()
    groups: tuple[str, ...] = ()
    stages: tuple[str, ...] = ()
    sources: tuple[str, ...] = ()

    def fires_on(self, score: float) -> bool:
        return score <= self.threshold + 1e-9 if self.inclusive else score < self.threshold - 1e-9


@dataclass(frozen=True)
class Trigger:
    flags: tuple[str, ...] = ()
    factor_below: float | None = None  # 0–100
    gap: bool = False
    divided: bool = False
    missing: bool = False
    critical_flags: int | None = None  # at least this many critical flags are raised


@dataclass(frozen=True)
class ActionTemplate:
    id: str
    factors: tuple[str, ...]
    priority: str
    owner_role: str
    horizon: str
    when: Trigger
    title: str
    steps: tuple[str, ...]
    stages: tuple[str, ...] = ()
    resources: tuple[str, ...] = ()


@dataclass(frozen=True)
class Questionnaire:
    id: str
    version: str
    language: str
    title: str
    description: str
    dimensions: tuple[Dimension, ...]
    questions: tuple[Question, ...]
    flags: tuple[Flag, ...]
    actions: tuple[ActionTemplate, ...]
    factors: dict[str, vocabulary.Factor]
    references: dict[str, Reference]
    labels: dict[str, str]
    content_hash: str
    #: where it was read from, on this machine: not part of the model, never in its JSON
    path: str = field(default="", metadata=NOT_IN_JSON)
    #: the YAML text it was read from, kept so that stored answers stay readable later
    text: str = field(default="", repr=False, compare=False, metadata=NOT_IN_JSON)

    def question(self, question_id: str) -> Question | None:
        return self._questions_by_id().get(question_id)

    def _questions_by_id(self) -> dict[str, Question]:
        cache = self.__dict__.get("_by_id")
        if cache is None:
            cache = {q.id: q for q in self.questions}
            object.__setattr__(self, "_by_id", cache)
        return cache

    def questions_for(self, group: str, stage: str | None = None, short: bool = False) -> list[Question]:
        """The questions a group sees at a stage, in questionnaire order."""
        return [q for q in self.questions if group in q.groups and q.asked_at(stage) and (q.short or not short)]

    def dimension(self, dimension_id: str) -> Dimension | None:
        return next((d for d in self.dimensions if d.id == dimension_id), None)

    def factor_label(self, factor_id: str) -> str:
        factor = self.factors.get(factor_id)
        return factor.label if factor else factor_id


# --------------------------------------------------------------------------- loading


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


def loads(text: str, path: str = "<questionnaire>") -> Questionnaire:
    """Validate questionnaire YAML given as text."""
    try:
        tree = load_text(text)
    except SourceError as error:
        raise QuestionnaireError([(path, line, message) for line, message in error.problems]) from None
    checker = _Checker(path)
    questionnaire = checker.questionnaire(tree, hashlib.sha256(text.encode("utf-8")).hexdigest())
    if checker.problems:
        raise QuestionnaireError(sorted(checker.problems, key=lambda p: p[1] or 0))
    object.__setattr__(questionnaire, "text", text)
    return questionnaire


MAX_BYTES = limits.MAX_TEXT_BYTES
_ID = re.compile(r"^[a-z0-9][a-z0-9_-]*$")
_SCALAR_TYPES = {str: "du texte", list: "une liste", dict: "une rubrique (clé: valeur)", bool: "vrai ou faux"}


class _Checker:
    """Turns a located YAML tree into a Questionnaire, collecting every problem."""

    def __init__(self, path: str):
        self.path = path
        self.problems: list[tuple[str, int | None, str]] = []
        self.french = False

    def error(self, line: int | None, message: str) -> None:
        self.problems.append((self.path, line, message))

    # -- small typed accessors -------------------------------------------------

    def mapping(self, node, where: str, line) -> LocatedDict | None:
        if isinstance(node, dict):
            return node
        self.error(line, f"{where} doit être une rubrique (clé: valeur)")
        return None

    def known_keys(self, node: dict, allowed: set[str], required: set[str], where: str) -> None:
        for key in node:
            if key not in allowed:
                hint = _closest(str(key), allowed)
                extra = f" (vouliez-vous dire « {hint} » ?)" if hint else ""
                self.error(line_of(node, key), f"{where} : clé inconnue « {key} »{extra}")
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
        if not isinstance(value, str) or not _ID.match(value):
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
            line = line_of(value, index) or line_of(node, key)
            if not isinstance(item, str):
                self.error(line, f"{where} : {item!r} dans « {key} » doit être un identifiant (texte)")
                continue
            if allowed is not None and item not in allowed:
                hint = _closest(item, allowed)
                extra = f" (vouliez-vous dire « {hint} » ?)" if hint else ""
                self.error(line, f"{where} : {unknown or 'identifiant inconnu'} « {item} »{extra}")
                continue
            if item in out:
                self.error(line, f"{where} : « {item} » apparaît deux fois dans « {key} »")
                continue
            out.append(item)
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
        if not item_id:
            return
        if item_id in seen:
            self.error(line, f"{kind} « {item_id} » existe déjà (ligne {seen[item_id]})")
        else:
            seen[item_id] = line

    # -- the questionnaire --------------------------------------------------------

    def questionnaire(self, tree, content_hash: str) -> Questionnaire | None:
        tree = self.mapping(tree, "le questionnaire", 1)
        if tree is None:
            return None
        self.known_keys(
            tree,
            {
                "format",
                "id",
                "version",
                "language",
                "title",
                "description",
                "labels",
                "factors",
                "references",
                "scales",
                "dimensions",
                "questions",
                "flags",
                "actions",
            },
            {"format", "id", "version", "language", "title", "dimensions", "questions"},
            "questionnaire",
        )
        if "format" in tree and tree.get("format") != FORMAT_VERSION:
            self.error(
                line_of(tree, "format"),
                f"format {tree.get('format')!r} inconnu : cette version de PeerReady lit le format {FORMAT_VERSION}",
            )
        language = tree.get("language")
        if "language" in tree and language not in ("fr", "en"):
            self.error(line_of(tree, "language"), "« language » doit valoir fr ou en")
        self.french = language == "fr"
        version = tree.get("version")
        if "version" in tree and not isinstance(version, str):
            self.error(
                line_of(tree, "version"), f'« version » doit être du texte entre guillemets, par exemple "{version}"'
            )
            version = str(version)

        labels = {"dont_know": "Je ne sais pas", "not_applicable": "Non concerné"}
        if language == "en":
            labels = {"dont_know": "I don't know", "not_applicable": "Not applicable"}
        if "labels" in tree:
            node = self.mapping(tree["labels"], "« labels »", line_of(tree, "labels"))
            if node is not None:
                self.known_keys(node, {"dont_know", "not_applicable"}, set(), "labels")
                for key in ("dont_know", "not_applicable"):
                    if key in node:
                        labels[key] = self.text(node, key, "labels")

        factors = {f.id: f for f in vocabulary.FACTORS}
        seen_factors: dict = {}
        for _, node, line in self.items(tree, "factors", required=False):
            self.known_keys(node, {"id", "label"}, {"id", "label"}, f"facteur (ligne {line})")
            factor_id = self.identifier(node, "id", "facteur")
            if factor_id in factors:
                self.error(line, f"le facteur « {factor_id} » existe déjà dans FACTORS.md")
                continue
            self.unique(seen_factors, factor_id, line, "le facteur")
            if factor_id:
                factors[factor_id] = vocabulary.Factor(factor_id, self.text(node, "label", "facteur"))

        references = self.references(tree)
        scales = self.scales(tree)
        dimensions = self.dimensions(tree)
        questions = self.questions(tree, scales, factors, references, {d.id for d in dimensions}, labels)
        flags = self.flags(tree, questions, factors, references)
        actions = self.actions(tree, factors, references, {f.id for f in flags})

        used = {q.dimension for q in questions}
        for dimension in dimensions:
            if dimension.id not in used:
                self.error(
                    self._dimension_lines.get(dimension.id),
                    f"la dimension « {dimension.id} » ne contient aucune question",
                )

        return Questionnaire(
            id=self.identifier(tree, "id", "questionnaire"),
            version=version or "",
            language=language if language in ("fr", "en") else "fr",
            title=self.text(tree, "title", "questionnaire"),
            description=self.text(tree, "description", "questionnaire", required=False),
            dimensions=tuple(dimensions),
            questions=tuple(questions),
            flags=tuple(flags),
            actions=tuple(actions),
            factors=factors,
            references=references,
            labels=labels,
            content_hash=content_hash,
            path=self.path,
        )

    def references(self, tree) -> dict[str, Reference]:
        references: dict[str, Reference] = {}
        seen: dict = {}
        for _, node, line in self.items(tree, "references", required=False):
            self.known_keys(node, {"id", "title", "author", "date", "url", "note"}, {"id", "title"}, "référence")
            ref_id = self.identifier(node, "id", "référence")
            self.unique(seen, ref_id, line, "la référence")
            date = node.get("date", "")
            if not isinstance(date, str):
                self.error(line_of(node, "date"), 'référence : « date » doit être entre guillemets, par exemple "2021"')
                date = str(date)
            if ref_id:
                references[ref_id] = Reference(
                    id=ref_id,
                    title=self.text(node, "title", "référence"),
                    author=self.text(node, "author", "référence", required=False),
                    date=date,
                    url=self.text(node, "url", "référence", required=False),
                    note=self.text(node, "note", "référence", required=False),
                )
        return references

    def option(self, node, where: str, line) -> Option | None:
        node = self.mapping(node, where, line)
        if node is None:
            return None
        self.known_keys(node, {"value", "label", "score", "kind"}, {"value", "label", "score"}, where)
        value = self.identifier(node, "value", where)
        label = self.text(node, "label", where)
        kind = node.get("kind", "scored")
        if kind not in ("scored", vocabulary.DONT_KNOW, vocabulary.NOT_APPLICABLE):
            self.error(line_of(node, "kind"), f"{where} : « kind » doit valoir dont_know ou not_applicable")
            kind = "scored"
        score = node.get("score")
        if score is None:
            if "score" in node and kind == "scored":
                self.error(
                    line_of(node, "score"),
                    f"{where} : une réponse sans score doit préciser « kind: dont_know » ou « kind: not_applicable »",
                )
        else:
            score = self.number(node, "score", where, 0, 1)
            if kind != "scored":
                self.error(line_of(node, "score"), f"{where} : une réponse « {kind} » n'a pas de score (score: null)")
        if not value:
            return None
        return Option(value=value, label=label, score=score, kind=kind if score is None else "scored")

    def scales(self, tree) -> dict[str, tuple[Option, ...]]:
        scales: dict[str, tuple[Option, ...]] = {}
        node = tree.get("scales")
        if node is None:
            return scales
        node = self.mapping(node, "« scales »", line_of(tree, "scales"))
        if node is None:
            return scales
        for scale_id, options in node.items():
            line = line_of(node, scale_id)
            if not isinstance(scale_id, str) or not _ID.match(scale_id):
                self.error(line, f"échelle : l'identifiant {scale_id!r} n'est pas valide")
                continue
            if not isinstance(options, list) or not options:
                self.error(line, f"l'échelle « {scale_id} » doit être une liste de réponses")
                continue
            parsed = [self.option(o, f"échelle « {scale_id} »", line_of(options, i)) for i, o in enumerate(options)]
            scales[scale_id] = tuple(o for o in parsed if o)
        return scales

    def dimensions(self, tree) -> list[Dimension]:
        dimensions: list[Dimension] = []
        self._dimension_lines: dict = {}
        for _, node, line in self.items(tree, "dimensions"):
            self.known_keys(node, {"id", "label", "description"}, {"id", "label"}, "dimension")
            dim_id = self.identifier(node, "id", "dimension")
            self.unique(self._dimension_lines, dim_id, line, "la dimension")
            if dim_id:
                dimensions.append(
                    Dimension(
                        dim_id,
                        self.text(node, "label", "dimension"),
                        self.text(node, "description", "dimension", required=False),
                    )
                )
        return dimensions

    def wordings(self, node, key, allowed, where) -> dict[str, str]:
        value = node.get(key)
        if value is None:
            return {}
        value = self.mapping(value, f"{where} : « {key} »", line_of(node, key))
        if value is None:
            return {}
        out = {}
        for name in value:
            if name not in allowed:
                self.error(
                    line_of(value, name),
                    f"{where} : « {key} » : « {name} » inconnu (attendu : {', '.join(sorted(allowed))})",
                )
                continue
            out[name] = self.text(value, name, f"{where} : « {key} »")
        return out

    def questions(self, tree, scales, factors, references, dimension_ids, labels) -> list[Question]:
        questions: list[Question] = []
        seen: dict = {}
        self._question_lines = seen
        allowed = {
            "id",
            "dimension",
            "factors",
            "groups",
            "stages",
            "short",
            "text",
            "text_by_group",
            "text_by_stage",
            "help",
            "sources",
            "scale",
            "options",
            "reverse",
            "dont_know",
            "not_applicable",
        }
        for _, node, line in self.items(tree, "questions"):
            qid = self.identifier(node, "id", "question")
            where = f"question « {qid or '?'} »"
            self.known_keys(node, allowed, {"id", "dimension", "factors", "groups", "text", "help"}, where)
            self.unique(seen, qid, line, "la question")
            dimension = _word(node.get("dimension"))
            if "dimension" in node and dimension not in dimension_ids:
                hint = _closest(str(dimension), dimension_ids)
                extra = f" (vouliez-vous dire « {hint} » ?)" if hint else ""
                self.error(line_of(node, "dimension"), f"{where} : dimension inconnue « {dimension} »{extra}")
            question_factors = self.id_list(node, "factors", where, factors, "facteur inconnu")
            if "factors" in node and not question_factors:
                self.error(line_of(node, "factors"), f"{where} : au moins un facteur est nécessaire")
            groups = self.id_list(node, "groups", where, vocabulary.GROUPS, "groupe inconnu")
            if "groups" in node and not groups:
                self.error(line_of(node, "groups"), f"{where} : au moins un groupe est nécessaire")
            stages = self.id_list(node, "stages", where, vocabulary.STAGES, "étape inconnue")
            options = self.question_options(node, where, scales, labels)
            sources = self.id_list(node, "sources", where, references, "source inconnue")
            questions.append(
                Question(
                    id=qid,
                    dimension=dimension if isinstance(dimension, str) else "",
                    factors=question_factors,
                    groups=groups,
                    stages=stages,
                    short=self.boolean(node, "short", where, False),
                    text=self.text(node, "text", where),
                    help=self.text(node, "help", where),
                    sources=sources,
                    options=options,
                    text_by_group=self.wordings(node, "text_by_group", set(groups) or vocabulary.GROUPS, where),
                    text_by_stage=self.wordings(node, "text_by_stage", vocabulary.STAGES, where),
                )
            )
        return questions

    def question_options(self, node, where, scales, labels) -> tuple[Option, ...]:
        has_scale, has_options = "scale" in node, "options" in node
        if has_scale == has_options:
            self.error(
                node.line,
                f"{where} : donnez soit « scale » (une échelle), soit « options » (des réponses), pas les deux",
            )
            return ()
        if has_scale:
            scale_id = _word(node.get("scale"))
            if scale_id not in scales:
                hint = _closest(str(scale_id), scales)
                extra = f" (vouliez-vous dire « {hint} » ?)" if hint else ""
                self.error(line_of(node, "scale"), f"{where} : échelle inconnue « {scale_id} »{extra}")
                return ()
            options = list(scales[scale_id])
        else:
            raw = node.get("options")
            if not isinstance(raw, list) or not raw:
                self.error(line_of(node, "options"), f"{where} : « options » doit être une liste de réponses")
                return ()
            parsed = [self.option(item, where, line_of(raw, i)) for i, item in enumerate(raw)]
            options = [o for o in parsed if o]
        if self.boolean(node, "reverse", where, False):
            options = [Option(o.value, o.label, round(1 - o.score, 4), o.kind) if o.scored else o for o in options]
        if self.boolean(node, "dont_know", where, True) and not any(o.kind == vocabulary.DONT_KNOW for o in options):
            options.append(Option(vocabulary.DONT_KNOW, labels["dont_know"], None, vocabulary.DONT_KNOW))
        if self.boolean(node, "not_applicable", where, False) and not any(
            o.kind == vocabulary.NOT_APPLICABLE for o in options
        ):
            options.append(Option(vocabulary.NOT_APPLICABLE, labels["not_applicable"], None, vocabulary.NOT_APPLICABLE))
        values = [o.value for o in options]
        for value in sorted({v for v in values if values.count(v) > 1}):
            self.error(node.line, f"{where} : la réponse « {value} » apparaît deux fois")
        if len({o.score for o in options if o.scored}) < 2:
            self.error(node.line, f"{where} : il faut au moins deux réponses notées avec des scores différents")
        return tuple(options)

    def flags(self, tree, questions, factors, references) -> list[Flag]:
        flags: list[Flag] = []
        seen: dict = {}
        by_id: dict[str, Question] = {}
        for q in questions:
            by_id.setdefault(q.id, q)
        allowed = {
            "id",
            "factor",
            "severity",
            "title",
            "explanation",
            "question",
            "answers",
            "below",
            "groups",
            "stages",
            "sources",
        }
        for _, node, line in self.items(tree, "flags", required=False):
            flag_id = self.identifier(node, "id", "alerte")
            where = f"alerte « {flag_id or '?'} »"
            self.known_keys(node, allowed, {"id", "factor", "severity", "title", "explanation", "question"}, where)
            self.unique(seen, flag_id, line, "l'alerte")
            factor = _word(node.get("factor"))
            if "factor" in node and factor not in factors:
                self.error(line_of(node, "factor"), f"{where} : facteur inconnu « {factor} »")
            severity = _word(node.get("severity"))
            if "severity" in node and severity not in vocabulary.SEVERITIES:
                self.error(line_of(node, "severity"), f"{where} : « severity » doit valoir critical ou warning")
            question = by_id.get(_word(node.get("question")))
            if "question" in node and question is None:
                self.error(line_of(node, "question"), f"{where} : question inconnue « {node.get('question')} »")
            groups = self.id_list(node, "groups", where, vocabulary.GROUPS, "groupe inconnu")
            if question:
                for group in groups:
                    if group not in question.groups:
                        self.error(
                            line_of(node, "groups"),
                            f"{where} : la question « {question.id} » n'est pas posée au groupe « {group} »",
                        )
            threshold, inclusive, answers = self.flag_condition(node, where, question)
            sources = self.id_list(node, "sources", where, references, "source inconnue")
            flags.append(
                Flag(
                    id=flag_id,
                    factor=factor if isinstance(factor, str) else "",
                    severity=severity if severity in vocabulary.SEVERITIES else "warning",
                    title=self.text(node, "title", where),
                    explanation=self.text(node, "explanation", where),
                    question=question.id if question else "",
                    threshold=threshold,
                    inclusive=inclusive,
                    answers=answers,
                    groups=groups,
                    stages=self.id_list(node, "stages", where, vocabulary.STAGES, "étape inconnue"),
                    sources=sources,
                )
            )
        return flags

    def flag_condition(self, node, where, question) -> tuple[float, bool, tuple[str, ...]]:
        if ("answers" in node) == ("below" in node):
            self.error(
                node.line, f"{where} : donnez soit « answers » (des réponses), soit « below » (un score), pas les deux"
            )
            return 0.0, True, ()
        if "below" in node:
            below = self.number(node, "below", where, 0, 100)
            return (below or 0) / 100, False, ()
        values = self.id_list(node, "answers", where)
        if not question:
            return 0.0, True, values
        listed = []
        for value in values:
            option = question.option(value)
            if option is None:
                self.error(
                    line_of(node, "answers"), f"{where} : la question « {question.id} » n'a pas de réponse « {value} »"
                )
            elif not option.scored:
                self.error(
                    line_of(node, "answers"),
                    f"{where} : « {value} » n'a pas de score et ne peut pas déclencher d'alerte",
                )
            else:
                listed.append(option)
        if not listed:
            if values:
                return 0.0, True, values
            self.error(line_of(node, "answers"), f"{where} : « answers » est vide")
            return 0.0, True, values
        worst_kept = max(o.score for o in listed)
        better = [o.score for o in question.options if o.scored and o.score > worst_kept]
        # A group's average answer, rounded to the nearest option, is one of those listed:
        # the threshold is halfway to the next better answer (ties count as listed).
        threshold = (worst_kept + min(better)) / 2 if better else worst_kept
        for option in question.options:
            if option.scored and option.score <= worst_kept and option.value not in values:
                self.error(
                    line_of(node, "answers"),
                    f"{where} : la réponse « {option.value} » (score {option.score:g}) n'est pas meilleure que celles"
                    " listées et déclencherait aussi l'alerte ; ajoutez-la à « answers »",
                )
        if not better:
            self.error(line_of(node, "answers"), f"{where} : toutes les réponses déclencheraient l'alerte")
        return threshold, True, values

    def actions(self, tree, factors, references, flag_ids) -> list[ActionTemplate]:
        actions: list[ActionTemplate] = []
        seen: dict = {}
        allowed = {
            "id",
            "factors",
            "priority",
            "owner_role",
            "horizon",
            "stages",
            "when",
            "title",
            "steps",
            "resources",
        }
        for _, node, line in self.items(tree, "actions", required=False):
            action_id = self.identifier(node, "id", "action")
            where = f"action « {action_id or '?'} »"
            self.known_keys(
                node, allowed, {"id", "factors", "priority", "owner_role", "horizon", "when", "title", "steps"}, where
            )
            self.unique(seen, action_id, line, "l'action")
            action_factors = self.id_list(node, "factors", where, factors, "facteur inconnu")
            for key, vocab in (
                ("priority", vocabulary.PRIORITIES),
                ("owner_role", vocabulary.OWNER_ROLES),
                ("horizon", vocabulary.HORIZONS),
            ):
                if key in node and _word(node[key]) not in vocab:
                    self.error(
                        line_of(node, key), f"{where} : « {key} » vaut « {node[key]} » ; attendu : {', '.join(vocab)}"
                    )
            trigger = self.trigger(node, where, flag_ids)
            steps_node = node.get("steps")
            steps: list[str] = []
            if isinstance(steps_node, list) and steps_node:
                for index, step in enumerate(steps_node):
                    if isinstance(step, str) and step.strip():
                        steps.append(
                            typography.french(" ".join(step.split())) if self.french else " ".join(step.split())
                        )
                    else:
                        self.error(line_of(steps_node, index), f"{where} : chaque étape doit être une phrase")
            elif "steps" in node:
                self.error(line_of(node, "steps"), f"{where} : « steps » doit être une liste de phrases")
            actions.append(
                ActionTemplate(
                    id=action_id,
                    factors=action_factors,
                    priority=node.get("priority") if _word(node.get("priority")) in vocabulary.PRIORITIES else "medium",
                    owner_role=node.get("owner_role")
                    if _word(node.get("owner_role")) in vocabulary.OWNER_ROLES
                    else "direction",
                    horizon=node.get("horizon") if _word(node.get("horizon")) in vocabulary.HORIZONS else "ongoing",
                    when=trigger,
                    title=self.text(node, "title", where),
                    steps=tuple(steps),
                    stages=self.id_list(node, "stages", where, vocabulary.STAGES, "étape inconnue"),
                    resources=self.id_list(node, "resources", where, references, "source inconnue"),
                )
            )
        return actions

    def trigger(self, node, where, flag_ids) -> Trigger:
        when = node.get("when")
        if when is None:
            return Trigger()
        when = self.mapping(when, f"{where} : « when »", line_of(node, "when"))
        if when is None:
            return Trigger()
        self.known_keys(
            when, {"flags", "factor_below", "gap", "divided", "missing", "critical_flags"}, set(), f"{where} : « when »"
        )
        if not when:
            self.error(line_of(node, "when"), f"{where} : « when » ne contient aucune condition")
        factor_below = self.number(when, "factor_below", where, 0, 100) if "factor_below" in when else None
        critical_flags = self.number(when, "critical_flags", where, 1, 100) if "critical_flags" in when else None
        return Trigger(
            flags=self.id_list(when, "flags", where, flag_ids, "alerte inconnue"),
            factor_below=factor_below,
            gap=self.boolean(when, "gap", where, False),
            divided=self.boolean(when, "divided", where, False),
            missing=self.boolean(when, "missing", where, False),
            critical_flags=int(critical_flags) if critical_flags else None,
        )


def _word(value):
    """``value`` when it may be looked up among ids; a list or a mapping (unhashable) becomes None."""
    return value if isinstance(value, (str, int, float, bool)) or value is None else repr(value)


def _closest(word: str, candidates) -> str | None:
    import difflib

    matches = difflib.get_close_matches(word, [str(c) for c in candidates], n=1, cutoff=0.75)
    return matches[0] if matches else None


# --------------------------------------------------------------------------- catalogue


def bundled_paths() -> list[Path]:
    from peerready.resources import questionnaires_dir

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


# --------------------------------------------------------------------------- JSON


def json_fields(value) -> list[dataclasses.Field]:
    """The fields of a model object that its JSON carries: all but those marked ``NOT_IN_JSON``."""
    return [f for f in dataclasses.fields(value) if not f.metadata.get("not_in_json")]


def to_dict(questionnaire: Questionnaire) -> dict:
    """The normalised form printed by ``peerready questionnaire --json``.

    Built from the dataclasses themselves (``dataclasses.fields``): every field of every
    class of the model is there, and a field added later appears without anyone listing it.
    ``_ADAPTERS`` only say where the JSON contract reads differently from the plain fields.
    """
    return _plain(questionnaire)


def _plain(value):
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        plain = {f.name: _plain(getattr(value, f.name)) for f in json_fields(value)}
        adapter = _ADAPTERS.get(type(value))
        return adapter(value, plain) if adapter else plain
    if isinstance(value, dict):
        return {str(key): _plain(item) for key, item in value.items()}
    if isinstance(value, (frozenset, set)):
        return sorted(_plain(item) for item in value)
    if isinstance(value, (list, tuple)):
        return [_plain(item) for item in value]
    return value


def _questionnaire_json(questionnaire: Questionnaire, plain: dict) -> dict:
    # factors and references are lists of objects in the contract, in questionnaire order
    return {**plain, "factors": list(plain["factors"].values()), "references": list(plain["references"].values())}


_ADAPTERS = {
    Questionnaire: _questionnaire_json,
    # the label a score reads under: a risk is scored as its absence
    vocabulary.Factor: lambda factor, plain: {**plain, "score_label": factor.shown_label},
    # thresholds are kept 0–1 inside, shown 0–100 like every score of the JSON
    Flag: lambda flag, plain: {**plain, "threshold": round(flag.threshold * 100, 2)},
}


def to_json(questionnaire: Questionnaire) -> str:
    return json.dumps(to_dict(questionnaire), ensure_ascii=False, indent=2)
