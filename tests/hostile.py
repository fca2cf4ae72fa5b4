"""Hostile inputs shared by the hostile-input tests and the fuzzers: bombs, and bundles rebuilt.

Each bomb is small (a few kB at most, except the deliberately oversized ones) and would
grow into billions of nodes, gigabytes or minutes of work if a reader trusted it.
"""

from __future__ import annotations

import hashlib
import io
import json
import warnings
import zipfile

from peerready.engine import limits

ANSWERS_HEAD = "stage: preparing\n"
QUESTIONNAIRE_HEAD = 'format: 1\nid: bomb\nversion: "1"\nlanguage: fr\ntitle: Bombe\n'


def laughs(levels: int = 9, width: int = 10) -> str:
    """The classic "billion laughs": 10 aliases to 10 aliases to … ``lol``."""
    lines = ['lol0: &lol0 ["lol"]']
    for level in range(1, levels + 1):
        lines.append(f"lol{level}: &lol{level} [{', '.join([f'*lol{level - 1}'] * width)}]")
    return "\n".join(lines) + "\n"


def laughs_in_mappings(levels: int = 9, width: int = 10) -> str:
    """The same with mappings, where a reader copying dicts blows up too."""
    lines = ["m0: &m0 {k: lol}"]
    for level in range(1, levels + 1):
        items = ", ".join(f"k{i}: *m{level - 1}" for i in range(width))
        lines.append(f"m{level}: &m{level} {{{items}}}")
    return "\n".join(lines) + "\n"


def one_anchor_many_aliases(items: int = 3000, aliases: int = 3000) -> str:
    """Quadratic: one big list, referred to thousands of times (9 million nodes from 30 kB)."""
    return f"big: &big [{', '.join(['x'] * items)}]\nmany: [{', '.join(['*big'] * aliases)}]\n"


def merge_bomb(levels: int = 8) -> str:
    """Merge keys (``<<``) over aliases of mappings that merge aliases…"""
    lines = ["base: &m0 {a: 1, b: 2}"]
    for level in range(1, levels + 1):
        lines.append(f"m{level}: &m{level} {{<<: [*m{level - 1}, *m{level - 1}], c{level}: 1}}")
    return "\n".join(lines) + "\n"


def alias_as_key() -> str:
    return laughs(6) + "? *lol6\n: value\n"


def deep_nesting(depth: int = 100_000) -> str:
    return "deep: " + "[" * depth + "]" * depth + "\n"


def many_nodes() -> str:
    """Under the size bound, but a million nodes."""
    count = (limits.MAX_TEXT_BYTES - 100) // 2
    return "many: [" + ",".join(["x"] * count) + "]\n"


def long_number() -> str:
    """A million-digit number: quadratic to parse on Python 3.10, an error on 3.11."""
    return "number: " + "9" * 1_000_000 + "\n"


def oversized() -> str:
    return "# " + "x" * (limits.MAX_TEXT_BYTES + 10) + "\n"


#: name -> YAML text that any PeerReady reader must refuse at once.
YAML_BOMBS = {
    "laughs": laughs,
    "laughs_in_mappings": laughs_in_mappings,
    "one_anchor_many_aliases": one_anchor_many_aliases,
    "merge_bomb": merge_bomb,
    "alias_as_key": alias_as_key,
    "deep_nesting": deep_nesting,
    "many_nodes": many_nodes,
    "long_number": long_number,
    "oversized": oversized,
}

#: name -> JSON answers file that must be refused at once.
JSON_BOMBS = {
    "deep_json": lambda: '{"stage": "preparing", "responses": ' + "[" * 100_000 + "]" * 100_000 + "}",
    "long_int_json": lambda: '{"stage": "preparing", "responses": ' + "9" * 1_000_000 + "}",
    "huge_float_json": lambda: '{"stage": "preparing", "responses": 1e999999}',
    "nan_json": lambda: '{"stage": "preparing", "responses": NaN}',
    "duplicate_key_json": lambda: '{"stage": "preparing", "stage": "recruiting", "responses": []}',
    "many_nodes_json": lambda: '{"stage": "preparing", "responses": [' + ",".join(["0"] * 1_000_000) + "]}",
    "oversized_json": lambda: '{"stage": "preparing", "x": "' + "x" * (limits.MAX_TEXT_BYTES + 10) + '"}',
}


def answers_bomb(name: str) -> str:
    return ANSWERS_HEAD + YAML_BOMBS[name]()


def questionnaire_bomb(name: str) -> str:
    return QUESTIONNAIRE_HEAD + YAML_BOMBS[name]()


# --------------------------------------------------------------------------- bundles


def bundle_parts(raw: bytes) -> tuple[dict, dict]:
    """(manifest, data) of a valid bundle given as bytes."""
    with zipfile.ZipFile(io.BytesIO(raw)) as archive:
        return json.loads(archive.read("manifest.json")), json.loads(archive.read("data.json"))


def build_bundle(manifest: dict, data, *, payload: bytes | None = None, extra=(), fix=True) -> bytes:
    """A bundle made of these parts, with its checksum (and questionnaire hashes) made right.

    ``fix`` rewrites each questionnaire's hash from its content (and the assessments that
    used the old hash), so that a test reaches the checks behind the hashes.
    """
    if fix and isinstance(data, dict):
        rows = lambda table: data.get(table) if isinstance(data.get(table), list) else []  # noqa: E731
        for row in rows("questionnaires"):
            if isinstance(row, dict) and isinstance(row.get("content"), str):
                old = row.get("hash")
                row["hash"] = hashlib.sha256(row["content"].encode("utf-8", "surrogatepass")).hexdigest()
                for assessment in rows("assessments"):
                    if isinstance(assessment, dict) and assessment.get("questionnaire_hash") == old:
                        assessment["questionnaire_hash"] = row["hash"]
    if payload is None:
        payload = json.dumps(data, ensure_ascii=True).encode("utf-8")
    manifest = json.loads(json.dumps(manifest))
    if fix:
        if not isinstance(manifest.get("files"), dict):
            manifest["files"] = {}
        manifest["files"]["data.json"] = {"sha256": hashlib.sha256(payload).hexdigest()}
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("manifest.json", json.dumps(manifest))
        archive.writestr("data.json", payload)
        with warnings.catch_warnings():  # a duplicate name is what some tests want
            warnings.simplefilter("ignore")
            for name, content in extra:
                archive.writestr(name, content)
    return out.getvalue()


def with_questionnaire(raw: bytes, content: str) -> bytes:
    """The same bundle whose (first) questionnaire has this text instead."""
    manifest, data = bundle_parts(raw)
    data["questionnaires"][0]["content"] = content
    return build_bundle(manifest, data)
