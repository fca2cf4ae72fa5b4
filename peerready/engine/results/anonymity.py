"""Who may be shown apart: per group, per question, and with the consent of identifiable people.

- A common answer or a tally is open by nature.
- A group answering person by person is shown apart from ``ANONYMITY_THRESHOLD`` people, and
  on a question only when that many of its people answered it.
- Below that (the peer, almost always), the group's people are identifiable: nothing that
  reveals their answers is shared unless each agreed (``consent``): « all » shows them like any
  group, « risks » lets the alerts they raise be shown without naming them, « weight » (or no
  answer) keeps them to their weight in the overall scores and the level.
"""

from __future__ import annotations

from peerready.engine import vocabulary
from peerready.engine.answers import AnswerSet
from peerready.engine.results.model import ANONYMITY_THRESHOLD, Participation

#: From the least to the most shared.
CONSENT_ORDER = ("weight", "risks", "all")


def shown_apart(modes: tuple[str, ...], respondents: int) -> bool:
    """A common answer or a tally is open by nature; a group answering only person by person is shown
    apart from ``ANONYMITY_THRESHOLD`` people, and below that only in the whole (unless they agree)."""
    return tuple(modes) != ("individual",) or respondents >= ANONYMITY_THRESHOLD


def consent_of(response) -> str:
    """What one person agreed to share; no answer means « weight »."""
    return response.consent or "weight"


def least(consents) -> str:
    """The least shared of several people's choices (all of a group's people must agree)."""
    return min(consents, key=CONSENT_ORDER.index, default="weight")


def participation(answer_set: AnswerSet) -> tuple[Participation, ...]:
    out = []
    for group in vocabulary.GROUPS:
        responses = [r for r in answer_set.responses if r.group == group]
        if not responses:
            continue
        individuals = [r for r in responses if r.mode == "individual"]
        tallied = max(
            (sum(counts.values()) for r in responses if r.mode == "tally" for counts in r.answers.values()),
            default=0,
        )
        consensus = any(r.mode == "consensus" for r in responses)
        modes = tuple(m for m in vocabulary.MODES if any(r.mode == m for r in responses))
        respondents = len(individuals) + tallied + (1 if consensus else 0)
        small = not shown_apart(modes, respondents)
        consent = least(consent_of(r) for r in individuals) if small else ""
        out.append(Participation(group, modes, respondents, not small or consent == "all", small, consent))
    return tuple(out)


def shown_on(
    participation: tuple[Participation, ...], answered_by: dict[str, dict[str, int]]
) -> dict[str, tuple[str, ...]]:
    """For each question, the groups that may be shown apart on it.

    ``answered_by``: question -> group -> how many people answering one by one answered it.
    A group of three people or more answering one by one is shown on a question only when three
    of them answered it; a small group that agreed to share everything is shown wherever it answered.
    """
    by_group = {p.group: p for p in participation}
    out: dict[str, tuple[str, ...]] = {}
    for question_id, groups in answered_by.items():
        shown = []
        for group in vocabulary.GROUPS:
            part = by_group.get(group)
            if group not in groups or part is None or not part.visible:
                continue
            only_individuals = part.modes == ("individual",)
            if only_individuals and not part.small and groups[group] < ANONYMITY_THRESHOLD:
                continue
            shown.append(group)
        out[question_id] = tuple(shown)
    return out
