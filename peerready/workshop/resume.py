"""Where to resume: the question a respondent comes back to, and what a reopened session shows.

Where each respondent stands is kept in the database (``respondents.position``), so it travels
with backups and ``.peerready`` files and any number of people can be in progress at once.
What one screen was showing (the laptop handed round, one phone) is that face's own business:
it keeps a ``Pointer`` as a short text wherever it likes and asks ``reopen`` what to show.
"""

from __future__ import annotations

import json
from collections.abc import Collection, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from peerready.store import assessments, errors, respondents
from peerready.store.respondents import Respondent

if TYPE_CHECKING:
    from peerready.engine.instrument import Question
    from peerready.store.database import Store

#: The screens a pointer may name; anything else reads as the overview.
SCREENS = ("overview", "handover", "question")


def resume_index(
    questions: Sequence[Question], answered: Collection[str], position: str | None, *, exact: bool = False
) -> int:
    """The index of the question to show a respondent who comes back.

    ``exact`` (the same screen opened again, after a restart or a reload): the question they
    were on. Otherwise (resumed later from the overview): the first question without an answer
    from there on, then from the start; a questionnaire answered throughout starts again at the
    top. A position on a question that is no longer asked counts as none.
    """
    ids = [question.id for question in questions]
    if not ids:
        return 0
    start = ids.index(position) if position in ids else None
    if exact and start is not None:
        return start
    order = ids[start:] + ids[:start] if start is not None else ids
    waiting = next((question_id for question_id in order if question_id not in answered), None)
    return ids.index(waiting) if waiting is not None else 0


@dataclass(frozen=True)
class Pointer:
    """What one screen showed: a screen of ``SCREENS`` and, on a respondent's screens, which one."""

    screen: str = "overview"
    respondent_id: str | None = None
    #: The question index kept by PeerReady before positions were stored with respondents.
    legacy_index: int | None = None


def read_pointer(text: str | None) -> Pointer:
    """A pointer from its text; anything unreadable is the overview."""
    try:
        raw = json.loads(text) if text else {}
    except (TypeError, ValueError):
        raw = {}
    if not isinstance(raw, dict):
        return Pointer()
    screen = raw.get("screen") if raw.get("screen") in SCREENS else "overview"
    respondent_id = raw.get("respondent") if isinstance(raw.get("respondent"), str) else None
    index = raw.get("index")
    legacy = index if isinstance(index, int) and not isinstance(index, bool) and index >= 0 else None
    if screen == "overview" or respondent_id is None:
        return Pointer()
    return Pointer(screen, respondent_id, legacy)


def write_pointer(pointer: Pointer) -> str:
    """The text of a pointer (the same shape older versions wrote, without the index)."""
    return json.dumps({"screen": pointer.screen, "respondent": pointer.respondent_id})


@dataclass(frozen=True)
class Reopening:
    """What a session shows when it is opened again.

    ``screen`` is ``closed`` (the collection is closed), ``overview``, ``handover`` (a person
    comes back behind the neutral screen; ``resuming`` when they had started) or ``question``
    (a tally or a common answer goes on at once). ``legacy_index`` is only for a respondent with
    no stored position, from a pointer kept by an older PeerReady.
    """

    screen: str
    respondent: Respondent | None = None
    resuming: bool = False
    legacy_index: int | None = None


def reopen(store: Store, assessment_id: str, pointer: Pointer) -> Reopening:
    """What to show when the session of an assessment is opened with what the screen last showed."""
    assessment = assessments.get_assessment(store, assessment_id)
    if assessment.closed:
        return Reopening("closed")
    if pointer.screen not in ("handover", "question") or pointer.respondent_id is None:
        return Reopening("overview")
    try:
        respondent = respondents.get_respondent(store, pointer.respondent_id)
    except errors.RecordError:  # gone: a restored backup, an assessment deleted meanwhile
        return Reopening("overview")
    if respondent.assessment_id != assessment.id or respondent.finished or respondent.group not in assessment.groups:
        return Reopening("overview")
    legacy = pointer.legacy_index if respondent.position is None else None
    if respondent.mode == "individual":
        return Reopening("handover", respondent, resuming=pointer.screen == "question", legacy_index=legacy)
    return Reopening("question", respondent, legacy_index=legacy)
