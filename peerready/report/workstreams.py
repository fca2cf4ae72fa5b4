"""The plan as a team carries it: a few workstreams (« chantiers »), each with its first step and its actions.

Page 1 of the printed plan names the three workstreams that matter most and their first steps;
further on, each workstream lists its actions as a checklist (why, who, when). The steps of each
action are in the full report.
"""

from __future__ import annotations

from reportlab.platypus import KeepTogether, Spacer

from peerready.engine import wording
from peerready.engine.workplan import PlannedWorkstream
from peerready.report import words
from peerready.report.actions import action_list
from peerready.report.flow import StartTogether
from peerready.report.layout import para, text


def first_three(streams: tuple[PlannedWorkstream, ...], s) -> list:
    """For page 1: the three workstreams that matter most, what each changes, who, when, its first step."""
    if not streams:
        return []
    shown = streams[:3]
    story = [para(words.top_heading(len(shown), "chantiers"), s["h2"])]
    for number, stream in enumerate(shown, 1):
        story.append(
            KeepTogether(
                [
                    para(
                        f"<b>{number}. {text(stream.title)}</b> — {text(stream.changes)}",
                        s["bullet"],
                        markup=True,
                    ),
                    para(
                        f"<b>Cette semaine :</b> {text(stream.first_step)} "
                        f"<font size=8>({text(words.stream_owners(stream))} · "
                        f"{text(wording.horizon(stream.horizon))})</font>",
                        s["small_ink"],
                        markup=True,
                    ),
                ]
            )
        )
    return story


def sections(streams: tuple[PlannedWorkstream, ...], loose: list, printed_by_id: dict[str, dict], s) -> list:
    """Each workstream with its actions as a checklist; then the actions in no workstream."""
    heading = [
        para("Le plan, chantier par chantier", s["h1"]),
        para(words.STREAMS_INTRO, s["body"]),
    ]
    story: list = []
    for stream, numbered in words.numbered_streams(streams, loose, printed_by_id):
        if stream is None:
            head = [para("Nos autres actions", s["h2"])]
            story.append(StartTogether(head if story else [*heading, *head], action_list(numbered, s)))
            continue
        intro = [
            para(f"{text(stream.title)}", s["h2"]),
            para(
                f"{text(stream.changes)} <b>Qui :</b> {text(words.stream_owners(stream))}. "
                f"<b>Pour quand :</b> {text(wording.horizon(stream.horizon))}. "
                f"<b>Première étape :</b> {text(stream.first_step)}",
                s["small_ink"],
                markup=True,
            ),
        ]
        if stream.funder:
            intro.append(para(words.FUNDER_NOTE, s["small"]))
        head = intro if story else [*heading, *intro]  # the section's heading stays with its first workstream
        story += [StartTogether([*head, Spacer(1, 2)], action_list(numbered, s)), Spacer(1, 4)]
    return story or heading
