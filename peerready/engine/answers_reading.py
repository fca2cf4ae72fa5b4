"""Reading an answers file (YAML or JSON, see the README): its structure, with every problem and its line.

Only the file's shape is checked here; ``answers.validate`` checks it against the questionnaire.
JSON is read within the same bounds as YAML (size, depth, nodes, numbers, characters).
"""

from __future__ import annotations

import json
import re
from pathlib import Path

from peerready.engine import limits, posts, vocabulary
from peerready.engine import text as texts
from peerready.engine.answerset import MAX_BYTES, MAX_COUNT, MAX_NAME, AnswersError, AnswerSet, Response
from peerready.engine.errors import PeerReadyError
from peerready.engine.yamlsource import SourceError, line_of, load_text

_ID = re.compile(r"^[a-z0-9][a-z0-9_-]*$")


def load(path: str | Path) -> AnswerSet:
    """Read an answers file (YAML or JSON; ``-``: standard input). Structure only; see ``validate``.

    At most ``MAX_BYTES`` are read: a bigger file is refused before it is read whole.
    """
    name = "<entrée standard>" if str(path) == "-" else str(path)
    try:
        raw = limits.read_bounded(path, MAX_BYTES)
    except limits.TooBig:
        raise AnswersError(
            name, [(None, f"le fichier est trop gros (plus de {limits.megabytes(MAX_BYTES)})")]
        ) from None
    except OSError as error:
        raise AnswersError(name, [(None, f"lecture impossible : {error.strerror or error}")]) from None
    except ValueError:  # a NUL byte in the name
        raise AnswersError(name, [(None, "lecture impossible : nom de fichier invalide")]) from None
    return parse_bytes(raw, name, json_syntax=Path(str(path)).suffix.lower() == ".json")


def parse_bytes(raw: bytes, name: str = "<réponses>", json_syntax: bool = False) -> AnswerSet:
    """An answers file given as bytes (UTF-8, with or without BOM)."""
    if len(raw) > MAX_BYTES:
        raise AnswersError(name, [(None, f"le fichier est trop gros (plus de {limits.megabytes(MAX_BYTES)})")])
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise AnswersError(name, [(None, "le fichier n'est pas du texte UTF-8")]) from None
    return parse(text, name, json_syntax=json_syntax)


def parse(text: str, name: str = "<réponses>", json_syntax: bool = False) -> AnswerSet:
    if json_syntax or text.lstrip().startswith("{"):
        tree = _json_tree(text, name)
    else:
        try:
            tree = load_text(text)
        except SourceError as error:
            raise AnswersError(name, error.problems) from None
    return from_tree(tree, name)


class _Refused(PeerReadyError):
    pass


def _json_tree(text: str, name: str):
    """Parse JSON with the same bounds as YAML: size, depth, nodes, numbers, characters."""
    try:
        limits.check_size(text, MAX_BYTES)
    except limits.TooBig:
        raise AnswersError(
            name, [(None, f"le fichier est trop gros (plus de {limits.megabytes(MAX_BYTES)})")]
        ) from None
    found = texts.forbidden_lines(text)
    if found:
        raise AnswersError(
            name, [(line, f"caractère invisible interdit ({what}) : retirez-le") for line, what in found]
        )
    try:
        return _json_checked(limits.json_loads(text), 0, [0])
    except json.JSONDecodeError as error:
        raise AnswersError(name, [(error.lineno, f"JSON illisible : {error.msg} (colonne {error.colno})")]) from None
    except RecursionError:
        raise AnswersError(name, [(None, "JSON imbriqué trop profondément")]) from None
    except (_Refused, limits.Refused) as refused:
        raise AnswersError(name, [(None, str(refused))]) from None


def _json_checked(value, depth: int, count: list[int]):
    """The parsed JSON with its strings NFC-normalised; refuses depth, size and forbidden characters."""
    count[0] += 1
    if count[0] > limits.MAX_NODES:
        raise _Refused(f"le fichier contient trop d'éléments (plus de {limits.MAX_NODES:,})".replace(",", "\u202f"))
    if depth > limits.MAX_DEPTH:
        raise _Refused(f"contenu imbriqué trop profondément (plus de {limits.MAX_DEPTH} niveaux)")
    if isinstance(value, str):
        refusal = texts.refusal(value)
        if refusal:
            raise _Refused(f"« {texts.shown(value, 60)} » : {refusal}")
        return texts.normalise(value)
    if isinstance(value, list):
        return [_json_checked(item, depth + 1, count) for item in value]
    if isinstance(value, dict):
        checked = {}
        for key, item in value.items():
            key = _json_checked(key, depth + 1, count)
            if key in checked:  # two spellings of the same accented key
                raise _Refused(f"la clé « {texts.shown(key, 80)} » apparaît deux fois dans un même objet")
            checked[key] = _json_checked(item, depth + 1, count)
        return checked
    return value


def _word(value) -> bool:
    """A value that may be looked up among ids (a list or a mapping may not: unhashable)."""
    return isinstance(value, str)


def from_tree(tree, name: str = "<réponses>") -> AnswerSet:
    """Build an AnswerSet from plain data (a parsed file or a dict made by code)."""
    problems: list[tuple[int | None, str]] = []
    if not isinstance(tree, dict):
        raise AnswersError(name, [(None, "le fichier doit contenir une rubrique avec « responses »")])
    for key in tree:
        if key not in {"questionnaire", "structure", "stage", "version", "date", "posts", "responses"}:
            problems.append((line_of(tree, key), f"clé inconnue « {key} »"))
    stage = tree.get("stage")
    if stage is not None and not (_word(stage) and stage in vocabulary.STAGES):
        problems.append(
            (line_of(tree, "stage"), f"étape inconnue « {stage} » (attendu : {', '.join(vocabulary.STAGES)})")
        )
    if "stage" not in tree:
        problems.append((None, f"« stage » manquant : l'étape du projet ({', '.join(vocabulary.STAGES)})"))
    version = tree.get("version")
    if version not in (None, "short", "full"):
        problems.append((line_of(tree, "version"), "« version » doit valoir short (version courte) ou full (complète)"))
    for key in ("questionnaire", "structure"):
        if tree.get(key) is not None and not isinstance(tree.get(key), str):
            problems.append((line_of(tree, key), f"« {key} » doit être du texte"))
    if isinstance(tree.get("questionnaire"), str) and tree["questionnaire"] and not _ID.match(tree["questionnaire"]):
        problems.append(
            (
                line_of(tree, "questionnaire"),
                "« questionnaire » doit être l'identifiant d'un questionnaire (par exemple peerready-fr),"
                " pas un chemin : donnez le fichier avec --questionnaire",
            )
        )
    structure = tree.get("structure")
    if isinstance(structure, str) and (len(structure) > MAX_NAME or "\n" in structure.strip()):
        problems.append(
            (
                line_of(tree, "structure"),
                f"« structure » doit être un nom sur une ligne ({MAX_NAME} caractères au plus)",
            )
        )
    described = posts.read(tree.get("posts"), "postes", problems)
    raw_responses = tree.get("responses")
    responses = []
    if not isinstance(raw_responses, list) or not raw_responses:
        problems.append((line_of(tree, "responses"), "« responses » doit être une liste non vide de réponses"))
    else:
        for index, raw in enumerate(raw_responses):
            response = _response(raw, index, line_of(raw_responses, index), problems)
            if response:
                responses.append(response)
    if problems:
        raise AnswersError(name, problems)
    return AnswerSet(
        responses=tuple(responses),
        stage=stage,
        questionnaire=tree.get("questionnaire") or "",
        structure=" ".join((tree.get("structure") or "").split()),
        short=None if version is None else version == "short",
        path=name,
        posts=described,
    )


def _response(raw, index: int, line, problems) -> Response | None:
    where = f"réponse {index + 1}"
    if not isinstance(raw, dict):
        problems.append((line, f"{where} : doit contenir group, mode et answers"))
        return None
    for key in raw:
        if key not in {"group", "mode", "answers", "comments", "divided", "respondent", "consent"}:
            problems.append((line_of(raw, key), f"{where} : clé inconnue « {key} »"))
    group, mode = raw.get("group"), raw.get("mode", "individual")
    if not _word(group):
        group = texts.shown(repr(group), 60)
    if not _word(mode):
        mode = texts.shown(repr(mode), 60)
    if group not in vocabulary.GROUPS:
        problems.append(
            (
                line_of(raw, "group") or line,
                f"{where} : groupe inconnu « {group} » (attendu : {', '.join(vocabulary.GROUPS)})",
            )
        )
    if mode not in vocabulary.MODES:
        problems.append(
            (
                line_of(raw, "mode") or line,
                f"{where} : mode inconnu « {mode} » (attendu : individual, tally ou consensus)",
            )
        )
        return None
    where = f"{where} ({group}, {mode})"
    raw_answers = raw.get("answers")
    if not isinstance(raw_answers, dict):
        problems.append(
            (line_of(raw, "answers") or line, f"{where} : « answers » doit associer chaque question à sa réponse")
        )
        return None
    answers: dict[str, dict[str, int]] = {}
    lines: dict[str, int] = {}
    divided: set[str] = set()
    comments: dict[str, str] = {}
    for question, value in raw_answers.items():
        qline = line_of(raw_answers, question)
        if not isinstance(question, str):
            problems.append((qline, f"{where} : {question!r} n'est pas un identifiant de question"))
            continue
        lines[question] = qline
        if mode == "tally":
            counts = _tally(value, f"{where}, question « {question} »", qline, problems)
            if counts is not None:
                answers[question] = counts
            continue
        if mode == "consensus" and isinstance(value, dict):
            for key in value:
                if key not in {"value", "divided", "note"}:
                    problems.append(
                        (line_of(value, key) or qline, f"{where}, question « {question} » : clé inconnue « {key} »")
                    )
            if value.get("divided") is True:
                divided.add(question)
            if isinstance(value.get("note"), str) and value["note"].strip():
                comments[question] = value["note"].strip()
            value = value.get("value")
        if isinstance(value, bool) or not isinstance(value, str):
            hint = (
                " (yes/no sont lus comme vrai/faux : mettez la valeur entre guillemets)"
                if isinstance(value, bool)
                else ""
            )
            problems.append(
                (qline, f"{where}, question « {question} » : la réponse doit être la valeur d'une option{hint}")
            )
            continue
        answers[question] = {value: 1}
    raw_comments = raw.get("comments") or {}
    if not isinstance(raw_comments, dict):
        problems.append((line_of(raw, "comments"), f"{where} : « comments » doit associer une question à un texte"))
    else:
        for question, text in raw_comments.items():
            if not isinstance(text, str):
                problems.append(
                    (line_of(raw_comments, question), f"{where} : le commentaire de « {question} » doit être du texte")
                )
            elif text.strip():
                comments[str(question)] = text.strip()
    raw_divided = raw.get("divided") or []
    if raw_divided:
        if mode != "consensus":
            problems.append(
                (line_of(raw, "divided"), f"{where} : « divided » n'a de sens que pour une réponse commune (consensus)")
            )
        elif not isinstance(raw_divided, list) or not all(isinstance(q, str) for q in raw_divided):
            problems.append((line_of(raw, "divided"), f"{where} : « divided » doit être une liste de questions"))
        else:
            divided.update(raw_divided)
    consent = raw.get("consent")
    if consent is not None:
        if mode != "individual":
            problems.append(
                (line_of(raw, "consent"), f"{where} : « consent » ne vaut que pour une personne (mode individual)")
            )
            consent = None
        elif not _word(consent) or consent not in vocabulary.CONSENTS:
            expected = ", ".join(vocabulary.CONSENTS)
            problems.append((line_of(raw, "consent"), f"{where} : « consent » inconnu (attendu : {expected})"))
            consent = None
    if group not in vocabulary.GROUPS:
        return None
    return Response(
        group=group,
        mode=mode,
        answers=answers,
        comments=comments,
        divided=frozenset(divided),
        lines=lines,
        line=line,
        consent=consent,
    )


def _tally(value, where: str, line, problems) -> dict[str, int] | None:
    if not isinstance(value, dict):
        problems.append((line, f"{where} : un décompte s'écrit {{option: nombre, ...}}"))
        return None
    counts: dict[str, int] = {}
    for option, count in value.items():
        oline = line_of(value, option) or line
        if isinstance(option, bool) or not isinstance(option, str):
            problems.append((oline, f"{where} : {option!r} n'est pas une valeur d'option (mettez-la entre guillemets)"))
            continue
        if isinstance(count, bool) or not isinstance(count, int):
            problems.append((oline, f"{where} : le nombre pour « {option} » doit être un entier, pas {count!r}"))
            continue
        if count < 0:
            problems.append((oline, f"{where} : le nombre pour « {option} » est négatif ({count})"))
            continue
        if count > MAX_COUNT:
            problems.append((oline, f"{where} : le nombre pour « {option} » est invraisemblable ({count})"))
            continue
        counts[option] = count
    return counts
