"""The checks a ``.peerready`` file's rows pass before anything is written: each table's
columns and types, each value's shape, the links between rows, each answer against its
questionnaire. ``check`` returns the problems, in French, with where each one is.
"""

from __future__ import annotations

import hashlib
import re

from peerready.engine import instrument, limits, posts, vocabulary
from peerready.engine import text as texts
from peerready.store.database import Store

MAX_DEPTH = 12
MAX_NAME = 200
MAX_COUNT = 100_000  # as in an answers file
_UUID = re.compile(r"^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$")
_HASH = re.compile(r"^[0-9a-f]{64}$")

#: The tables a bundle carries, in the order they are written.
TABLE_NAMES = ("structures", "questionnaires", "assessments", "assessment_groups", "respondents", "answers", "actions")
_SQL_TYPES = {"TEXT": str, "INTEGER": int, "FLOAT": float, "REAL": float}
_schema: dict[str, dict[str, type]] = {}


def tables() -> dict[str, dict[str, type]]:
    """Columns and types of each table, read from an empty database at the current schema.

    One source of truth: a migration that adds a column is known to import and export at once.
    """
    if not _schema:
        with Store.memory() as store:
            for table in TABLE_NAMES:
                _schema[table] = {
                    row[1]: _SQL_TYPES.get(row[2].upper(), str)
                    for row in store.conn.execute(f"PRAGMA table_info({table})")
                }
    return _schema


REQUIRED = {
    "structures": {"id", "name"},
    "questionnaires": {"hash", "content"},
    "assessments": {"id", "structure_id", "questionnaire_hash", "stage", "started_at"},
    "assessment_groups": {"assessment_id", "group_id", "mode"},
    "respondents": {"id", "assessment_id", "group_id", "mode", "number"},
    "answers": {"respondent_id", "question_id", "answered_at"},
    "actions": {"id", "assessment_id", "title", "status"},
}


def depth(value, level: int = 0) -> int:
    if level > MAX_DEPTH:
        return level
    if isinstance(value, dict):
        return max((depth(v, level + 1) for v in value.values()), default=level + 1)
    if isinstance(value, list):
        return max((depth(v, level + 1) for v in value), default=level + 1)
    return level


def check(data) -> list[str]:
    if not isinstance(data, dict):
        return ["data.json doit contenir les tables de l'export"]
    problems = []
    for table in data:
        if table not in tables():
            problems.append(f"table inconnue « {table} »")
    for table, columns in tables().items():
        rows = data.get(table, [])
        if not isinstance(rows, list):
            problems.append(f"« {table} » doit être une liste")
            continue
        for index, row in enumerate(rows):
            where = f"{table}[{index}]"
            if not isinstance(row, dict):
                problems.append(f"{where} : une ligne doit être un objet")
                continue
            for key, value in row.items():
                if key not in columns:
                    problems.append(f"{where} : colonne inconnue « {key} »")
                elif (value is not None and not isinstance(value, columns[key])) or isinstance(value, bool):
                    problems.append(f"{where} : « {key} » a un type inattendu")
                else:
                    problem = _check_value(table, key, value)
                    if problem:
                        problems.append(f"{where} : « {key} » {problem}")
                    elif isinstance(value, str) and key != "content":  # content is checked against its hash
                        row[key] = texts.normalise(value)
            for key in sorted(REQUIRED[table] - {k for k, v in row.items() if v not in (None, "")}):
                problems.append(f"{where} : « {key} » manquant")
    if problems:
        return problems
    return _check_links(data)


#: Columns that hold a name or a title: one line of text, as the app lets people type them.
_ONE_LINE = {
    ("structures", "name"),
    ("structures", "sector"),
    ("structures", "service_kind"),
    ("assessments", "label"),
    ("actions", "title"),
    ("actions", "owner_name"),
}
_STAMP = re.compile(r"^\d{4}-\d{2}-\d{2}[0-9T:.+Z -]{0,30}$")
_SQLITE_INTEGER = range(-(2**63), 2**63)


def _check_value(table: str, key: str, value) -> str | None:
    """What is wrong with one cell (its type already checked), or None."""
    if isinstance(value, int) and value not in _SQLITE_INTEGER:
        return "est un nombre hors limites"
    if not isinstance(value, str):
        return None
    problem = texts.forbidden(value)
    if problem:
        return f"contient un caractère invisible interdit ({problem})"
    if (table, key) in _ONE_LINE and ("\n" in value or "\r" in value):
        return "doit tenir sur une ligne"
    if (table, key) == ("structures", "name") and len(value) > MAX_NAME:
        return f"est trop long ({MAX_NAME} caractères au plus)"
    if (key.endswith("_at") or key == "due_date") and value and not _STAMP.match(value):
        return "n'est pas une date"
    return None


def _json_cell(value: str | None, default: str):
    """A JSON value kept in a text column (steps, counts…), or None when it is unreadable or refused."""
    try:
        return limits.json_loads(value or default)
    except (ValueError, RecursionError):  # JSONDecodeError and limits.Refused are ValueErrors
        return None


def _check_links(data: dict) -> list[str]:
    problems = []
    ids = {
        table: {row.get("id") for row in data.get(table, [])}
        for table in ("structures", "assessments", "respondents", "actions")
    }
    for table in ("structures", "assessments", "respondents", "actions"):
        for row in data.get(table, []):
            if not _UUID.match(row["id"]):
                problems.append(f"{table} : identifiant invalide « {row['id'][:40]} »")
    questionnaires = {}
    if len({row["hash"] for row in data.get("questionnaires", [])}) > limits.MAX_BUNDLE_QUESTIONNAIRES:
        return [f"le fichier contient plus de {limits.MAX_BUNDLE_QUESTIONNAIRES} questionnaires différents"]
    for row in data.get("questionnaires", []):
        content = row["content"]
        if row["hash"] in questionnaires:
            continue
        if not _HASH.match(row["hash"]) or hashlib.sha256(content.encode("utf-8")).hexdigest() != row["hash"]:
            problems.append(f"questionnaire « {row.get('id')} » : son contenu ne correspond pas à son empreinte")
            continue
        try:
            questionnaires[row["hash"]] = instrument.loads(content, f"questionnaire {row.get('id')}")
        except instrument.QuestionnaireError as error:
            problems.append(f"questionnaire « {row.get('id')} » invalide : {error.lines()[0]}")
    assessments = {}
    for row in data.get("assessments", []):
        if row["structure_id"] not in ids["structures"]:
            problems.append(f"évaluation {row['id']} : structure absente du fichier")
        if row["stage"] not in vocabulary.STAGES:
            problems.append(f"évaluation {row['id']} : étape inconnue « {row['stage']} »")
        questionnaire = questionnaires.get(row["questionnaire_hash"])
        if questionnaire is None:
            problems.append(f"évaluation {row['id']} : questionnaire inconnu (absent du fichier)")
        elif row.get("questionnaire_id") not in (None, questionnaire.id):
            problems.append(f"évaluation {row['id']} : l'identifiant du questionnaire ne correspond pas à son texte")
        if row.get("posts") is not None:
            cell, found = _json_cell(row["posts"], "[]"), []
            posts.read(cell, "postes", found)
            if found or cell is None:
                problems.append(f"évaluation {row['id']} : « posts » illisible ({found[0][1] if found else 'JSON'})")
        assessments[row["id"]] = row
    for row in data.get("assessment_groups", []):
        if row["assessment_id"] not in assessments:
            problems.append("groupe d'une évaluation absente du fichier")
        if row["group_id"] not in vocabulary.GROUPS or row["mode"] not in vocabulary.MODES:
            problems.append(f"groupe ou mode inconnu « {row['group_id']} », « {row['mode']} »")
    respondents = {}
    for row in data.get("respondents", []):
        if row["assessment_id"] not in assessments:
            problems.append(f"répondant {row['id']} : évaluation absente du fichier")
        elif row["group_id"] not in vocabulary.GROUPS or row["mode"] not in vocabulary.MODES:
            problems.append(f"répondant {row['id']} : groupe ou mode inconnu")
        elif row.get("consent") is not None and (
            row["mode"] != "individual" or row["consent"] not in vocabulary.CONSENTS
        ):
            problems.append(f"répondant {row['id']} : choix de partage inconnu « {row['consent']} »")
        else:
            respondents[row["id"]] = row
            problem = _check_position(questionnaires.get(assessments[row["assessment_id"]]["questionnaire_hash"]), row)
            if problem:
                problems.append(problem)
    for row in data.get("answers", []):
        respondent = respondents.get(row["respondent_id"])
        if respondent is None:
            problems.append(f"réponse à « {row['question_id']} » : répondant absent du fichier")
            continue
        assessment = assessments[respondent["assessment_id"]]
        questionnaire = questionnaires.get(assessment["questionnaire_hash"])
        if questionnaire is None:
            continue
        problem = _check_answer(questionnaire, respondent, row)
        if problem:
            problems.append(problem)
    for row in data.get("actions", []):
        if row.get("owner_role") in vocabulary.FORMER_OWNER_ROLES:  # a file of an earlier version
            row["owner_role"] = vocabulary.FORMER_OWNER_ROLES[row["owner_role"]]
        if row["assessment_id"] not in assessments:
            problems.append(f"action {row['id']} : évaluation absente du fichier")
        if row["status"] not in vocabulary.STATUSES:
            problems.append(f"action {row['id']} : statut inconnu « {row['status']} »")
        for key, vocab in (
            ("priority", vocabulary.PRIORITIES),
            ("owner_role", vocabulary.OWNER_ROLES),
            ("horizon", vocabulary.HORIZONS),
        ):
            if row.get(key) is not None and row[key] not in vocab:
                problems.append(f"action {row['id']} : « {key} » inconnu « {row[key]} »")
        for key in ("steps", "factors", "because"):
            value = _json_cell(row.get(key), "[]")
            if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
                problems.append(f"action {row['id']} : « {key} » illisible")
            elif any(texts.forbidden(v) for v in value):
                problems.append(f"action {row['id']} : « {key} » contient un caractère invisible interdit")
    return problems


def _check_position(questionnaire, respondent: dict) -> str | None:
    """Where a respondent stands must be a question asked to their group."""
    position = respondent.get("position")
    if position is None or questionnaire is None:
        return None
    question = questionnaire.question(position)
    if question is None or respondent["group_id"] not in question.groups:
        return f"répondant {respondent['id']} : position sur une question inconnue ou non posée à son groupe"
    return None


def _check_answer(questionnaire, respondent: dict, row: dict) -> str | None:
    question = questionnaire.question(row["question_id"])
    where = f"réponse à « {row['question_id']} »"
    if question is None:
        return f"{where} : question inconnue"
    if respondent["group_id"] not in question.groups:
        return f"{where} : question non posée au groupe « {respondent['group_id']} »"
    if (row.get("counts") is None) == (respondent["mode"] == "tally") or (
        respondent["mode"] == "tally" and row.get("value") is not None
    ):
        return f"{where} : une réponse porte soit une valeur, soit un décompte (pour le mode tally)"
    if respondent["mode"] == "tally":
        counts = _json_cell(row.get("counts"), "")
        if not isinstance(counts, dict):
            return f"{where} : décompte illisible"
        for option, count in counts.items():
            if question.option(option) is None:
                return f"{where} : réponse inconnue « {option} »"
            if isinstance(count, bool) or not isinstance(count, int) or not 0 <= count <= MAX_COUNT:
                return f"{where} : nombre invalide pour « {option} »"
        return None
    if question.option(row.get("value") or "") is None:
        return f"{where} : réponse inconnue « {row.get('value')} »"
    return None


# --------------------------------------------------------------------------- import
