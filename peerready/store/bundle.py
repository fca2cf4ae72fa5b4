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
import tempfile
import zipfile
from dataclasses import dataclass, field
from pathlib import Path

from peerready import __version__
from peerready.engine import limits
from peerready.engine import text as texts
from peerready.engine.errors import PeerReadyError
from peerready.store import assessments, bundle_rows, errors, files, structures, summaries
from peerready.store.database import Store, now

FORMAT = "peerready-bundle"
FORMAT_VERSION = 1
MEMBERS = ("manifest.json", "data.json")
MAX_FILE_BYTES = limits.MAX_BUNDLE_BYTES
MAX_MEMBER_BYTES = limits.MAX_BUNDLE_MEMBER_BYTES


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
    problems = bundle_rows.check(data)
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
    if bundle_rows.depth(value) > bundle_rows.MAX_DEPTH:
        raise fail(f"{name} est imbriqué trop profondément")
    return value


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
    summaries.keep_missing(store, assessment_ids, progress)


def _complete(table: str, row: dict) -> dict:
    return {column: row.get(column) for column in bundle_rows.tables()[table]}


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
    if len(raw) > MAX_FILE_BYTES:
        raise BundleError("<octets>", [f"le fichier est trop gros (plus de {limits.megabytes(MAX_FILE_BYTES)})"])
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "x.peerready"
        path.write_bytes(raw)
        read(path)
