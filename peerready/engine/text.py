"""Text that comes from outside: which characters are refused, cleaned away, or shown escaped.

The rule, the same everywhere (docs/questionnaire-format.md, docs/bundle-format.md):

- *Forbidden characters* are the control characters (U+0000–U+001F except tab, line feed
  and carriage return; U+007F–U+009F), the bidirectional embeddings, overrides and isolates
  (U+202A–U+202E, U+2066–U+2069: they make a text read differently from what it holds)
  and lone surrogates (not text at all: they cannot be stored).
- A **file** (questionnaire, answers file, ``.peerready``) holding one is refused, with the
  line or the field: the person who made it can fix it, and nothing is stored.
- What people **type** (in the app or on the command line) is cleaned with ``clean``: the
  forbidden characters are removed, and a one-line text (a name) gets its spaces collapsed.
- Every text kept is NFC-normalised, so that « é » typed on two machines is the same « é ».
- Messages never echo a forbidden character raw: ``shown`` escapes it.
"""

from __future__ import annotations

import re
import unicodedata

_FORBIDDEN = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069\ud800-\udfff]")


def describe(char: str) -> str:
    """What a forbidden character is, in a few French words: « U+202E (direction du texte) »."""
    code = ord(char)
    if 0xD800 <= code <= 0xDFFF:
        kind = "caractère invalide"
    elif 0x202A <= code <= 0x202E or 0x2066 <= code <= 0x2069:
        kind = "inversion du sens du texte"
    else:
        kind = "caractère de contrôle"
    return f"U+{code:04X}, {kind}"


def forbidden(value: str) -> str | None:
    """The description of the first forbidden character of ``value``, or None when it is clean."""
    match = _FORBIDDEN.search(value)
    return describe(match.group()) if match else None


def forbidden_lines(value: str, most: int = 5) -> list[tuple[int, str]]:
    """``(line, description)`` of the first forbidden characters of a whole file's text."""
    found = []
    for match in _FORBIDDEN.finditer(value):
        found.append((value.count("\n", 0, match.start()) + 1, describe(match.group())))
        if len(found) >= most:
            break
    return found


def refusal(value: str) -> str | None:
    """A French sentence saying why a text from a file is refused, or None when it is clean."""
    problem = forbidden(value)
    return f"caractère invisible interdit ({problem}) : retirez-le" if problem else None


def normalise(value: str) -> str:
    """NFC: one way only to write each accented letter."""
    return value if unicodedata.is_normalized("NFC", value) else unicodedata.normalize("NFC", value)


def clean(value, multiline: bool = False):
    """Text typed by a person, made safe to store: forbidden characters removed, NFC.

    A one-line text (a name, a title) also gets its line breaks, tabs and runs of spaces
    turned into single spaces and is stripped; a multi-line one (notes, a comment) keeps
    its line breaks, written ``\\n``. Anything that is not a string is returned unchanged.
    """
    if not isinstance(value, str):
        return value
    if "\r" in value:
        value = value.replace("\r\n", "\n").replace("\r", "\n")
    value = normalise(_FORBIDDEN.sub("", value))
    return value if multiline else " ".join(value.split())


def shown(value: str, limit: int = 1000) -> str:
    """``value`` safe to print in a message: forbidden characters escaped, long text cut."""
    value = _FORBIDDEN.sub(
        lambda m: f"\\u{ord(m.group()):04x}" if ord(m.group()) > 0xFF else f"\\x{ord(m.group()):02x}", value
    )
    return value if len(value) <= limit else value[: limit - 1] + "…"


def clean_fields(fields: dict, multiline: tuple[str, ...] = ()) -> dict:
    """``clean`` on every text of a dict of fields (and on each text of a list, such as steps)."""
    return {
        key: [clean(item) for item in value] if isinstance(value, (list, tuple)) else clean(value, key in multiline)
        for key, value in fields.items()
    }
