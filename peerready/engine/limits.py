"""How much PeerReady agrees to read from a file that comes from outside.

Questionnaires, answers files and ``.peerready`` files may come from anyone (a USB stick,
an e-mail). Every reader stops at these bounds, so that a hostile or broken file is refused
at once with a clear message instead of filling the memory. The bounds are documented in
docs/questionnaire-format.md and docs/bundle-format.md; they are far above real use (the
bundled questionnaire is 125 kB and 5,300 YAML nodes).
"""

from __future__ import annotations

import json
import math
import sys
from pathlib import Path

from peerready.engine.errors import PeerReadyError

#: Questionnaires and answers files (YAML or JSON), on disk, on standard input or in a bundle.
MAX_TEXT_BYTES = 2 * 1024 * 1024
#: Nodes (keys, values, list items) in one YAML or JSON document.
MAX_NODES = 50_000
#: Levels of nesting in one YAML or JSON document (a questionnaire needs 6).
MAX_DEPTH = 32
#: Digits of a whole number (counts, scores and versions need a handful).
MAX_DIGITS = 30

#: A ``.peerready`` file, its ``data.json`` once decompressed, and its ``manifest.json``.
MAX_BUNDLE_BYTES = 200 * 1024 * 1024
MAX_BUNDLE_MEMBER_BYTES = 400 * 1024 * 1024
MAX_MANIFEST_BYTES = 1024 * 1024
#: JSON of PeerReady's own exports shrinks 5 to 20 times; a ZIP bomb shrinks a thousand times.
MAX_COMPRESSION_RATIO = 100
#: Distinct questionnaires carried by one bundle (each one is validated on import).
MAX_BUNDLE_QUESTIONNAIRES = 50


class TooBig(PeerReadyError):
    """The input is larger than ``limit`` bytes."""

    def __init__(self, limit: int):
        super().__init__(f"plus de {megabytes(limit)}")
        self.limit = limit


def megabytes(size: int) -> str:
    """A size for a French message: « 2 Mo »."""
    return f"{size / (1024 * 1024):g}\u00a0Mo"


def read_bounded(path: str | Path, limit: int) -> bytes:
    """Read at most ``limit`` bytes of a file (``-``: standard input); raise TooBig beyond.

    The file is never read whole first: a huge file, ``/dev/zero`` or an endless pipe costs
    ``limit`` bytes at most. OSError and ValueError (a name with a NUL byte) pass through.
    """
    if str(path) == "-":
        stream = getattr(sys.stdin, "buffer", None)
        if stream is None:
            raise OSError("pas d'entrée standard")
        raw = stream.read(limit + 1)
    else:
        with open(path, "rb") as handle:
            raw = handle.read(limit + 1)
    if len(raw) > limit:
        raise TooBig(limit)
    return raw


def check_size(data: str | bytes, limit: int) -> None:
    """Raise TooBig when text (counted in UTF-8) or bytes are larger than ``limit`` bytes."""
    if isinstance(data, str):
        if len(data) <= limit // 4:  # a character is at most 4 bytes: no need to encode
            return
        size = len(data.encode("utf-8", errors="surrogatepass"))
    else:
        size = len(data)
    if size > limit:
        raise TooBig(limit)


class Refused(PeerReadyError, ValueError):
    """JSON that parses but is refused: a duplicate key, a number too long, NaN or Infinity."""


def json_loads(text: str | bytes):
    """``json.loads`` with the bounds above: duplicate keys, NaN, Infinity, 1e999 and whole
    numbers longer than ``MAX_DIGITS`` raise Refused (Python 3.10 parses a million-digit
    number in quadratic time; 3.11 raises a bare ValueError). JSONDecodeError and
    RecursionError (nesting) pass through.
    """
    return json.loads(
        text,
        object_pairs_hook=_json_object,
        parse_int=_json_int,
        parse_float=_json_float,
        parse_constant=_json_constant,
    )


def _json_object(pairs):
    result = {}
    for key, value in pairs:
        if key in result:
            raise Refused(f"la clé « {key[:80]} » apparaît deux fois dans un même objet")
        result[key] = value
    return result


def _json_int(digits: str) -> int:
    if len(digits) > MAX_DIGITS:
        raise Refused(f"nombre trop long (plus de {MAX_DIGITS} chiffres)")
    return int(digits)


def _json_float(digits: str) -> float:
    value = float(digits)
    if not math.isfinite(value) or len(digits) > 100:
        raise Refused(f"nombre invalide « {digits[:40]} »")
    return value


def _json_constant(name: str):
    raise Refused(f"« {name} » n'est pas un nombre accepté")
