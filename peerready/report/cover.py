"""The first pages of a document: who answered and the level, then the plan in a few lines."""

from __future__ import annotations

from reportlab.platypus import Spacer, Table, TableStyle

from peerready.engine import wording
from peerready.engine.instrument import Questionnaire
from peerready.engine.results import Results
from peerready.report import words, workstreams
from peerready.report.layout import CONTENT_WIDTH, LEVEL_COLOURS, RULE, SOFT, mm_, para, text


def cover(questionnaire: Questionnaire, results: Results, s, document: str, date) -> list:
    level = results.level
    colour = LEVEL_COLOURS[level.id]
    version = words.version_text(results)
    info = [
        [para("Date", s["cell_bold"]), para(wording.long_date(date), s["cell"])],
        [para("Étape du projet", s["cell_bold"]), para(wording.stage(results.stage, "—"), s["cell"])],
        [para("Questionnaire", s["cell_bold"]), para(f"{questionnaire.title} ({version})", s["cell"])],
        [para("Qui a répondu", s["cell_bold"]), para(words.participation_text(results), s["cell"])],
    ]
    if results.posts:
        described = "<br/>".join(text(post.describe()) for post in results.posts)
        info.append([para("Postes de travail pair", s["cell_bold"]), para(described, s["cell"], markup=True)])
    table = Table(info, colWidths=[40 * mm_(1), CONTENT_WIDTH - 40 * mm_(1)])
    table.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LINEBELOW", (0, 0), (-1, -1), 0.4, RULE),
                ("TOPPADDING", (0, 0), (-1, -1), 6),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 6),
            ]
        )
    )
    level_box = Table(
        [
            [para(f"Niveau de préparation : <b>{text(level.label)}</b>", s["big"], markup=True)],
            [para(level.reason, s["body"])],
        ],
        colWidths=[CONTENT_WIDTH],
    )
    level_box.setStyle(
        TableStyle(
            [
                ("LINEBEFORE", (0, 0), (0, -1), 6, colour),
                ("BACKGROUND", (0, 0), (-1, -1), SOFT),
                ("LEFTPADDING", (0, 0), (-1, -1), 12),
                ("TOPPADDING", (0, 0), (-1, -1), 8),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 8),
            ]
        )
    )
    return [
        Spacer(1, 6 * mm_(1)),
        para(f"PeerReady · {document}", s["small"]),
        para(results.structure or "Structure", s["title"]),
        para(questionnaire.title, s["subtitle"]),
        table,
        Spacer(1, 6 * mm_(1)),
        level_box,
        Spacer(1, 3 * mm_(1)),
        para(words.ANONYMITY_NOTE, s["small"]),
    ]


def summary(questionnaire: Questionnaire, results: Results, actions: list[dict], s, streams=()) -> list:
    """The level in plain words, the three workstreams (or actions) that matter most, what is solid,
    what is not known."""
    story = [Spacer(1, 4), para("En résumé", s["h1"]), para(words.level_meaning(results), s["body"])]
    open_actions = [a for a in actions if a["status"] not in ("done", "dropped")]
    if streams:
        story += workstreams.first_three(streams, s)
    elif open_actions:
        story.append(para(words.top_heading(len(open_actions)), s["h2"]))
        for number, action in enumerate(open_actions[:3], 1):
            why = f" — {text(action['because'][0])}" if action["because"] else ""
            story.append(para(f"<b>{number}. {text(action['title'])}</b>{why}", s["bullet"], markup=True))
    strong = words.solid_lines(results)
    story.append(para("Ce qui est déjà solide", s["h2"]))
    for line in strong:
        story.append(para(f"• {text(line)}", s["bullet"], markup=True))
    if not strong:
        story.append(para(words.NOTHING_SOLID, s["body"]))
    if results.unanswered or results.missing:
        story.append(para("Ce qui reste à savoir", s["h2"]))
        if results.unanswered:
            story.append(para(words.unanswered_sentence(results), s["body"]))
        if results.missing:
            labels = sorted({questionnaire.factor_label(m.factor) for m in results.missing})
            story.append(para(words.missing_sentence(labels), s["body"]))
    return story
