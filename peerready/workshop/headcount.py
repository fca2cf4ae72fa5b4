"""How many people are in the room for a tally sheet, and whether a question's votes add up to it.

The facilitator says how many people are present when a tally sheet starts; each question's
total is then compared with it, so that a count typed « 30 » for « 3 » or a forgotten hand is
seen at once. A difference is only said, never refused: someone may abstain, or leave. Which
sheet had how many people is the face's to keep (the desktop keeps it in its settings, with
what its screen shows), as a short text made by ``write`` and read back by ``read``.
"""

from __future__ import annotations

import json
from collections.abc import Mapping

#: No tally sheet is typed for more people than this.
MOST_PRESENT = 999


def read(text: str | None) -> dict[str, int]:
    """The number of people present for each tally sheet (by respondent id); anything unreadable is left out."""
    try:
        raw = json.loads(text) if text else {}
    except (TypeError, ValueError):
        return {}
    if not isinstance(raw, dict):
        return {}
    return {
        key: value
        for key, value in raw.items()
        if isinstance(key, str) and isinstance(value, int) and not isinstance(value, bool) and 0 < value <= MOST_PRESENT
    }


def write(present: Mapping[str, int]) -> str:
    """The text of the numbers of people present, by tally sheet (a sheet with none is left out)."""
    return json.dumps({key: value for key, value in present.items() if 0 < value <= MOST_PRESENT}, sort_keys=True)


def gap(counts: Mapping[str, int], present: int | None) -> int | None:
    """Votes counted minus people present (``-1``: one hand missing), or None when they agree or cannot be compared.

    Nothing is compared before the number present is known, nor on a question with no vote yet.
    """
    total = sum(counts.values())
    if not present or not total:
        return None
    return (total - present) or None
