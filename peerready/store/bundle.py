"""Export and import ``.peerready`` files: one assessment or a whole structure, offline.

A bundle is a ZIP archive holding exactly two members: ``manifest.json`` (format, version,
checksums) and ``data.json`` (the rows). The format is documented in docs/bundle-format.md.
Import checks the whole file first (size, names, checksums, versions, every row and every
answer against its questionnaire) and then writes it in one transaction; importing the
same file twice changes nothing; rows are matched by their UUID, and the most recently
changed version of an answer or an action wins.
"""

from __future__ import annotations

import hashlib
import json
import re
import zipfile
from dataclasses import dataclass, field
from pathlib import Path

from peerready import __version__
from peerready.engine import instrument, limits, vocabulary
from peerready.engine import text as texts
from peerready.engine.errors import PeerReadyError
from peerready.store import assessments, errors, files, structures, summaries
from peerready.store.database import Store, now

FORMAT = "peerready-bundle"
FORMAT_VERSION = 1
MEMBERS = ("manifest.json", "data.json")
MAX_FILE_BYTES = limits.MAX_BUNDLE_BYTES
MAX_MEMBER_BYTES = limits.MAX_BUNDLE_MEMBER_BYTES
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
        from peerready.store.database import Store

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


class BundleError(PeerReadyError):
    """A bundle is refused; nothing was written. ``problems`` lists what is wrong."""

    def __init__(self, path, problems: list[str]):
        # the file's own words are echoed escaped: a message never carries a control character
        self.path = texts.shown(str(path), 300)
        self.problems = [texts.shown(problem) for problem in problems]
        super().__init__("\n".join(f"{self.path}: {p}" for p in problems))


@dataclass
class ImportReport:
    structures: int = 0
    assessments: int = 0
    respondents: int = 0
    answers: int = 0
    actions: int = 0
    renamed: list[str] = field(default_factory=list)

    @property
    def changed(self) -> int:
        return self.structures + self.assessments + self.respondents + self.answers + self.actions


# --------------------------------------------------------------------------- export


def export(
    store: Store,
    target: Path,
    *,
    structure_id: str | None = None,
    assessment_id: str | None = None,
    include_comments: bool = False,
) -> dict:
    """Write one assessment or one whole structure to a ``.peerready`` file."""
    if bool(structure_id) == bool(assessment_id):
        raise errors.RecordError("Exportez soit une structure, soit une évaluation.")
    if assessment_id:
        assessment = assessments.get_assessment(store, assessment_id)
        structure_id, ids, scope = assessment.structure_id, [assessment.id], "assessment"
    else:
        structures.get_structure(store, structure_id)
        ids = [r["id"] for r in store.db.query("SELECT id FROM assessments WHERE structure_id = ?", [structure_id])]
        scope = "structure"
    marks = ",".join("?" * len(ids)) or "NULL"
    rows = lambda sql, params: [dict(r) for r in store.db.query(sql, params)]  # noqa: E731
    data = {
        "structures": rows("SELECT * FROM structures WHERE id = ?", [structure_id]),
        "questionnaires": rows(
            f"SELECT * FROM questionnaires WHERE hash IN "
            f"(SELECT questionnaire_hash FROM assessments WHERE id IN ({marks}))",
            ids,
        ),
        "assessments": rows(f"SELECT * FROM assessments WHERE id IN ({marks}) ORDER BY started_at", ids),
        "assessment_groups": rows(f"SELECT * FROM assessment_groups WHERE assessment_id IN ({marks})", ids),
        "respondents": rows(f"SELECT * FROM respondents WHERE assessment_id IN ({marks})", ids),
        "answers": rows(
            f"SELECT x.* FROM answers x JOIN respondents r ON r.id = x.respondent_id "
            f"WHERE r.assessment_id IN ({marks})",
            ids,
        ),
        "actions": rows(f"SELECT * FROM actions WHERE assessment_id IN ({marks}) ORDER BY position", ids),
    }
    if not include_comments:
        for answer in data["answers"]:
            answer["comment"] = None
        for structure in data["structures"]:
            structure["notes"] = ""
    if scope == "assessment":
        for assessment in data["assessments"]:
            assessment["previous_id"] = None
    payload = json.dumps(data, ensure_ascii=False, indent=1).encode("utf-8")
    manifest = {
        "format": FORMAT,
        "format_version": FORMAT_VERSION,
        "app_version": __version__,
        "created_at": now(),
        "scope": scope,
        "comments_included": include_comments,
        "counts": {k: len(v) for k, v in data.items()},
        "files": {"data.json": {"sha256": hashlib.sha256(payload).hexdigest(), "size": len(payload)}},
    }
    target = Path(target)
    refuse_open_database(target)  # replacing it would destroy the data under SQLite's feet
    partial = target.with_name(target.name + ".partiel")
    with zipfile.ZipFile(partial, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("manifest.json", json.dumps(manifest, ensure_ascii=False, indent=1))
        archive.writestr("data.json", payload)
    partial.replace(target)
    return manifest


# --------------------------------------------------------------------------- reading and checking


def read(path: Path) -> tuple[dict, dict]:
    """Read and check a bundle completely; return (manifest, data) or raise BundleError."""
    path = Path(path)
    fail = lambda *problems: BundleError(path, list(problems))  # noqa: E731
    try:
        size = path.stat().st_size
    except OSError as error:
        raise fail(f"lecture impossible : {error.strerror or error}") from None
    except ValueError:  # a NUL byte in the name
        raise fail("lecture impossible : nom de fichier invalide") from None
    if size > MAX_FILE_BYTES:
        limit = limits.megabytes(MAX_FILE_BYTES)
        raise fail(f"le fichier est trop gros pour être un export PeerReady (plus de {limit})")
    contents = _members(path, fail)
    manifest = _json(contents["manifest.json"], "manifest.json", fail)
    if not isinstance(manifest, dict) or manifest.get("format") != FORMAT:
        raise fail("ce n'est pas un fichier PeerReady (manifest.json ne le décrit pas)")
    version = manifest.get("format_version")
    if version != FORMAT_VERSION:
        raise fail(
            f"version de fichier {version!r} non prise en charge par cette version de PeerReady "
            f"(elle lit la version {FORMAT_VERSION})"
        )
    files = manifest.get("files")
    entry = files.get("data.json") if isinstance(files, dict) else None
    expected = entry.get("sha256") if isinstance(entry, dict) else None
    if hashlib.sha256(contents["data.json"]).hexdigest() != expected:
        raise fail("data.json ne correspond pas à sa somme de contrôle : le fichier est abîmé ou a été modifié")
    data = _json(contents["data.json"], "data.json", fail)
    problems = _check(data)
    if problems:
        raise BundleError(
            path, problems[:50] + ([f"… et {len(problems) - 50} autres problèmes"] if len(problems) > 50 else [])
        )
    return manifest, data


def _members(path: Path, fail) -> dict[str, bytes]:
    """The two members of the archive, each read up to its bound, or BundleError."""
    unreadable = "ce n'est pas un fichier PeerReady (.peerready) : il est illisible ou tronqué"
    try:
        archive = zipfile.ZipFile(path)
    except Exception:  # a hostile archive makes zipfile raise about anything (ValueError, EOFError…)
        raise fail(unreadable) from None
    with archive:
        infos = archive.infolist()
        names = [info.filename for info in infos]
        if sorted(names) != sorted(MEMBERS):
            odd = [n for n in names if n not in MEMBERS]
            detail = f" (contenu inattendu : {', '.join(n[:80] for n in odd[:5])})" if odd else ""
            raise fail("ce n'est pas un fichier PeerReady : il doit contenir manifest.json et data.json" + detail)
        contents = {}
        for info in infos:
            if info.flag_bits & 0x1:
                raise fail(f"{info.filename} est chiffré : un export PeerReady ne l'est jamais")
            bound = limits.MAX_MANIFEST_BYTES if info.filename == "manifest.json" else MAX_MEMBER_BYTES
            # a ZIP bomb shrinks a thousand times; read no more than a real export could hold
            bound = min(bound, info.compress_size * limits.MAX_COMPRESSION_RATIO + 1024 * 1024)
            if info.file_size > bound:
                raise fail(f"{info.filename} est trop gros une fois décompressé")
            try:
                with archive.open(info) as member:
                    raw = member.read(bound + 1)
            except Exception as error:  # BadZipFile, zlib.error, EOFError, NotImplementedError…
                raise fail(f"{info.filename} est illisible ou tronqué ({error})") from None
            if len(raw) > bound:
                raise fail(f"{info.filename} est trop gros une fois décompressé")
            contents[info.filename] = raw
    return contents


def _json(raw: bytes, name: str, fail):
    try:
        value = limits.json_loads(raw.decode("utf-8"))
    except RecursionError:
        raise fail(f"{name} est imbriqué trop profondément") from None
    except (UnicodeDecodeError, json.JSONDecodeError) as error:
        raise fail(f"{name} est illisible ({error})") from None
    except limits.Refused as error:
        raise fail(f"{name} est refusé : {error}") from None
    if _depth(value) > MAX_DEPTH:
        raise fail(f"{name} est imbriqué trop profondément")
    return value


def _depth(value, level: int = 0) -> int:
    if level > MAX_DEPTH:
        return level
    if isinstance(value, dict):
        return max((_depth(v, level + 1) for v in value.values()), default=level + 1)
    if isinstance(value, list):
        return max((_depth(v, level + 1) for v in value), default=level + 1)
    return level


def _check(data) -> list[str]:
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


def import_bundle(store: Store, path: Path, progress=None) -> ImportReport:
    """Check the whole file, then merge it into the database in one transaction."""
    refuse_open_database(path)
    return merge(store, read(path)[1], progress)


def refuse_open_database(path: Path) -> None:
    """A database SQLite has open here is never read as a bundle: closing it would drop SQLite's locks."""
    if files.is_open_database(path):
        raise BundleError(path, ["c'est une base de données PeerReady en service, pas un export (.peerready)"])


def merge(store: Store, data: dict, progress=None) -> ImportReport:
    """Merge bundle rows already checked by ``read`` into the database, in one transaction.

    The results summary of every closed assessment of the file (level and score, shown in
    the lists) is computed and kept in the same transaction; ``progress(done, total)`` is
    called after each one, if given.
    """
    report = ImportReport()
    with store.write() as db:
        for row in data.get("questionnaires", []):
            db["questionnaires"].insert({**row, "stored_at": row.get("stored_at") or now()}, ignore=True)
        for row in data.get("structures", []):
            row = _complete("structures", row)
            existing = _one(store, "SELECT * FROM structures WHERE id = ?", row["id"])
            clash = _one(
                store, "SELECT id FROM structures WHERE lower(name) = lower(?) AND id != ?", row["name"], row["id"]
            )
            if existing is None:
                if clash:
                    original = row["name"]
                    row["name"] = _free_name(store, original)
                    report.renamed.append(f"{original} → {row['name']}")
                db["structures"].insert(row)
                report.structures += 1
            elif (row["updated_at"] or "") > (existing["updated_at"] or ""):
                if clash:
                    row["name"] = existing["name"]
                db["structures"].update(row["id"], row)
                report.structures += 1
        for row in data.get("assessments", []):
            row = _complete("assessments", row)
            existing = _one(store, "SELECT * FROM assessments WHERE id = ?", row["id"])
            if existing is None:
                db["assessments"].insert(row)
                report.assessments += 1
            elif (row["updated_at"] or "") > (existing["updated_at"] or ""):
                db["assessments"].update(row["id"], {k: row[k] for k in ("stage", "label", "closed_at", "updated_at")})
                report.assessments += 1
        for row in data.get("assessment_groups", []):
            db["assessment_groups"].insert(row, ignore=True)
        for row in data.get("respondents", []):
            row = _complete("respondents", row)
            existing = _one(store, "SELECT * FROM respondents WHERE id = ?", row["id"])
            if existing is not None:
                if (row["updated_at"] or "") > (existing["updated_at"] or ""):  # where they stand: the newer wins
                    finished = existing["finished_at"] or row["finished_at"]
                    db["respondents"].update(
                        row["id"],
                        {
                            "position": None if finished else row["position"],
                            "finished_at": finished,
                            "updated_at": row["updated_at"],
                        },
                    )
                    report.respondents += 1
                continue
            taken = _one(
                store,
                "SELECT id FROM respondents WHERE assessment_id = ? AND group_id = ? AND number = ?",
                row["assessment_id"],
                row["group_id"],
                row["number"],
            )
            if taken:  # the same assessment continued on another laptop: keep both people, renumber
                row["number"] = db.execute(
                    "SELECT max(number) + 1 FROM respondents WHERE assessment_id = ? AND group_id = ?",
                    [row["assessment_id"], row["group_id"]],
                ).fetchone()[0]
            db["respondents"].insert(row)
            report.respondents += 1
        changed_assessments = set()
        for row in data.get("answers", []):
            row = _complete("answers", row)
            existing = _one(
                store,
                "SELECT answered_at FROM answers WHERE respondent_id = ? AND question_id = ?",
                row["respondent_id"],
                row["question_id"],
            )
            if existing is None or row["answered_at"] > (existing["answered_at"] or ""):
                db["answers"].upsert(row, pk=("respondent_id", "question_id"))
                report.answers += 1
                changed_assessments.add(row["respondent_id"])
        for row in data.get("actions", []):
            row = _complete("actions", row)
            existing = _one(store, "SELECT updated_at FROM actions WHERE id = ?", row["id"])
            if existing is None or (row["updated_at"] or "") > (existing["updated_at"] or ""):
                db["actions"].upsert(row, pk="id")
                report.actions += 1
        if changed_assessments:
            db.execute(
                "DELETE FROM results_cache WHERE assessment_id IN (SELECT assessment_id FROM respondents "
                f"WHERE id IN ({','.join('?' * len(changed_assessments))}))",
                list(changed_assessments),
            )
        _summarise(store, [row["id"] for row in data.get("assessments", [])], progress)
    return report


def _summarise(store: Store, assessment_ids: list[str], progress=None) -> None:
    """Compute and keep the results summary of the closed ones among these assessments that have none."""
    missing = []
    for start in range(0, len(assessment_ids), 500):
        chunk = assessment_ids[start : start + 500]
        missing += [
            r["id"]
            for r in store.db.query(
                "SELECT a.id FROM assessments a LEFT JOIN results_cache c ON c.assessment_id = a.id "
                f"WHERE a.id IN ({','.join('?' * len(chunk))}) "
                "AND a.closed_at IS NOT NULL AND c.assessment_id IS NULL",
                chunk,
            )
        ]
    for done, assessment_id in enumerate(missing, 1):
        summaries.assessment_results(store, assessment_id)
        if progress is not None:
            progress(done, len(missing))


def _complete(table: str, row: dict) -> dict:
    return {column: row.get(column) for column in tables()[table]}


def _one(store: Store, sql: str, *params):
    rows = list(store.db.query(sql, list(params)))
    return rows[0] if rows else None


def _free_name(store: Store, name: str) -> str:
    for index in range(2, 1000):
        candidate = f"{name} ({index})"
        if not _one(store, "SELECT id FROM structures WHERE lower(name) = lower(?)", candidate):
            return candidate
    raise errors.RecordError(f"Impossible de trouver un nom libre pour « {name} ».")


def inspect_bytes(raw: bytes) -> None:
    """For tests and fuzzing: check a bundle given as bytes."""
    import tempfile

    if len(raw) > MAX_FILE_BYTES:
        raise BundleError("<octets>", [f"le fichier est trop gros (plus de {limits.megabytes(MAX_FILE_BYTES)})"])
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "x.peerready"
        path.write_bytes(raw)
        read(path)
