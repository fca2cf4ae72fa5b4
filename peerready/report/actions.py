"""The actions of the plan, as printed: the urgent ones in detail, the others as a checklist, then the signatures."""

from __future__ import annotations

from reportlab.platypus import CondPageBreak, KeepTogether, Spacer, Table, TableStyle

from peerready.engine import wording
from peerready.report import charts, words
from peerready.report.layout import (
    CONTENT_WIDTH,
    INK,
    MUTED_HEX,
    PRIORITY_COLOURS,
    RULE,
    SOFT,
    grid_style,
    mm_,
    para,
    text,
)
from peerready.report.words import due, owner, signatories


def actions(printed: list[dict], s, detailed: tuple[str, ...] = ("critical", "high")) -> list:
    """The actions of the priorities in ``detailed`` one block each, the others as a list."""
    story = [
        CondPageBreak(80 * mm_(1)),
        para("Le plan d’action", s["h1"]),
        para(words.ACTIONS_INTRO, s["body"]),
    ]
    if not printed:
        story.append(para(words.NO_ACTION, s["big"]))
        return story
    full, brief = words.detailed_and_brief(printed, detailed)
    for number, action, opens in full:
        if opens:  # the heading stays on the page of its first action
            heading = para(f"Priorité {wording.priority(opens).lower()}", s["h2"])
            story.append(KeepTogether([heading, action_block(number, action, s)]))
        else:
            story.append(KeepTogether(action_block(number, action, s)))
        story.append(Spacer(1, 5))
    if brief:
        story.append(para("Ensuite" if len(brief) < len(printed) else "Les actions", s["h2"]))
        story.append(para(words.DETAIL_IN_REPORT, s["small"]))
        story.append(action_list(brief, s))
    return story


def action_list(numbered: list[tuple[int, dict]], s) -> Table:
    """A checklist: number and title, why, priority, who and when."""
    rows = [
        [
            "",
            para("Action, et pourquoi", s["head"]),
            para("Priorité", s["head"]),
            para("Qui", s["head"]),
            para("Pour quand", s["head"]),
        ]
    ]
    for number, action in numbered:
        # A checklist line: the first reason, shortened outside any quotation; all of them are in the full report.
        first = words.short_reason(action["because"])
        why = f"<br/><font size=8 color='{MUTED_HEX}'>{text(first)}</font>" if first else ""
        rows.append(
            [
                charts.checkbox(9),
                para(f"<b>{number}. {text(action['title'])}</b>{why}", s["item"], markup=True),
                para(wording.priority_marked(action["priority"]), s["cell"]),
                para(owner(action), s["cell"]),
                para(due(action), s["cell"]),
            ]
        )
    table = Table(
        rows, colWidths=[7 * mm_(1), CONTENT_WIDTH - 86 * mm_(1), 19 * mm_(1), 29 * mm_(1), 31 * mm_(1)], repeatRows=1
    )
    table.setStyle(grid_style())
    table.setStyle(TableStyle([("TOPPADDING", (0, 0), (-1, -1), 3), ("BOTTOMPADDING", (0, 0), (-1, -1), 3)]))
    return table


def action_block(number: int, action: dict, s) -> Table:
    """One action in full: priority, who, when, status, why and how, notes."""
    priority = action["priority"]
    colour = PRIORITY_COLOURS[priority]
    parts = [
        f"{wording.PRIORITY_MARKS[priority]} <b>Priorité {wording.priority(priority).lower()}</b>",
        f"<b>Qui s’en charge :</b> {text(owner(action))}",
        f"<b>Pour quand :</b> {text(due(action))}",
    ]
    if action["status"] != "todo":
        parts.append(f"<b>{text(wording.status_marked(action['status']))}</b>")
    meta = "  ·  ".join(parts)
    rows = [
        [charts.checkbox(10), para(f"<b>{number}. {text(action['title'])}</b>", s["h3"], markup=True)],
        ["", para(meta, s["small"], markup=True)],
    ]
    why = "<br/>".join(f"• {text(b)}" for b in action["because"][:4]) or "—"
    how = "<br/>".join(f"{i}. {text(step)}" for i, step in enumerate(action["steps"], 1)) or "—"
    inner_width = CONTENT_WIDTH - 9 * mm_(1)
    columns = Table(
        [
            [
                para(f"<b>Pourquoi</b><br/>{why}", s["small_ink"], markup=True),
                para(f"<b>Comment</b><br/>{how}", s["small_ink"], markup=True),
            ]
        ],
        colWidths=[inner_width * 0.38, inner_width * 0.62],
    )
    columns.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (0, 0), 10),
                ("TOPPADDING", (0, 0), (-1, -1), 0),
            ]
        )
    )
    rows.append(["", columns])
    if action["notes"]:
        rows.append(["", para(f"<b>Notes</b> {text(action['notes'])}", s["small_ink"], markup=True)])
    table = Table(rows, colWidths=[9 * mm_(1), inner_width])
    table.setStyle(
        TableStyle(
            [
                ("LINEBEFORE", (0, 0), (0, -1), 3, colour),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (0, -1), 6),
                ("TOPPADDING", (0, 0), (-1, -1), 2),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
                ("BACKGROUND", (0, 0), (-1, 0), SOFT),
            ]
        )
    )
    return table


def commitment(s, stage: str | None = None) -> list:
    """The page the team signs: who commits to the plan, and when it will be reviewed."""
    rows = [[para("Rôle", s["head"]), para("Nom", s["head"]), para("Signature", s["head"])]]
    heights: list[float | None] = [None]
    for role in signatories(stage):
        cell = para(role, s["cell"])
        rows.append([cell, "", ""])
        # Room to sign on each row, more when the role takes two lines.
        heights.append(max(9 * mm_(1), cell.wrap(60 * mm_(1) - 12, 100)[1] + 6))
    table = Table(rows, colWidths=[60 * mm_(1), 55 * mm_(1), CONTENT_WIDTH - 115 * mm_(1)], rowHeights=heights)
    table.setStyle(
        TableStyle(
            [
                ("BACKGROUND", (0, 0), (-1, 0), INK),
                ("GRID", (0, 0), (-1, -1), 0.5, RULE),
                ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
            ]
        )
    )
    return [
        KeepTogether(
            [
                para("Notre engagement", s["h1"]),
                para(words.COMMITMENT, s["big"]),
                Spacer(1, 4),
                table,
                Spacer(1, 4),
            ]
        )
    ]
