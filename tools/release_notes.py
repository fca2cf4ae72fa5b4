"""The release notes of a version: its section of CHANGELOG.md.

    python tools/release_notes.py v0.2.0 > notes.md

Prints the section « ## [0.2.0] … » up to the next version's heading; a tag with no section of
its own fails with a clear message (a release always says what changed).
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

CHANGELOG = Path(__file__).resolve().parent.parent / "CHANGELOG.md"


def notes(tag: str, text: str) -> str | None:
    version = tag.removeprefix("v")
    sections = re.split(r"^(?=## \[)", text, flags=re.MULTILINE)
    for section in sections:
        if section.startswith(f"## [{version}]"):
            return section.split("\n", 1)[1].strip() + "\n" if "\n" in section else ""
    return None


def main(argv: list[str]) -> int:
    if len(argv) != 1:
        print("usage : python tools/release_notes.py vX.Y.Z", file=sys.stderr)
        return 2
    found = notes(argv[0], CHANGELOG.read_text(encoding="utf-8"))
    if found is None:
        print(f"release_notes : CHANGELOG.md n’a pas de section « ## [{argv[0].removeprefix('v')}] »", file=sys.stderr)
        return 1
    sys.stdout.write(found)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
