"""What the answers raise: the alerts, the answers question by question, and what is still unknown.

Groups, counts and shares appear only where ``results`` allows it (its anonymity policy).
"""

from __future__ import annotations

from reportlab.platypus import CondPageBreak, KeepTogether, PageBreak, Spacer, Table, TableStyle

from peerready.engine import wording
from peerready.engine.instrument import Questionnaire
from peerready.engine.results import Results
from peerready.report import words
from peerready.report.layout import CONTENT_WIDTH, PRIORITY_COLOURS, RULE, mm_, para, text

NO_FLAG = words.NO_FLAG


def flag_list(results: Results, s) -> list:
    """Flags as a compact list: the handout names them, the full report explains them."""
    if not results.flags:
        return [para("Alertes", s["h2"]), para(NO_FLAG, s["body"])]
    rows = [
        [
            para(wording.severity_marked(flag.severity), s["cell_bold"] if flag.severity == "critical" else s["cell"]),
            para(flag.title, s["cell"]),
        ]
        for flag in results.flags
    ]
    table = Table(rows, colWidths=[38 * mm_(1), CONTENT_WIDTH - 38 * mm_(1)])
    table.setStyle(
        TableStyle(
            [
                ("LINEBELOW", (0, 0), (-1, -1), 0.3, RULE),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("TOPPADDING", (0, 0), (-1, -1), 2),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
            ]
        )
    )
    return [
        CondPageBreak(40 * mm_(1)),
        para("Alertes", s["h2"]),
        para(words.FLAG_LIST_INTRO, s["small"]),
        table,
    ]


def flags(results: Results, s) -> list:
    """Each flag with its explanation."""
    if not results.flags:
        return [para("Alertes", s["h1"]), para(NO_FLAG, s["body"])]
    story = [
        CondPageBreak(50 * mm_(1)),
        para("Alertes", s["h1"]),
        para(words.FLAGS_INTRO, s["body"]),
    ]
    for flag in results.flags:
        critical = flag.severity == "critical"
        colour = PRIORITY_COLOURS["critical" if critical else "medium"]
        said = [wording.for_stage(flag.explanation, results.stage), wording.reported_by(flag.reported_by)]
        explanation = " ".join(x for x in said if x)
        block = Table(
            [
                [
                    para(
                        f"<b>{text(wording.severity_marked(flag.severity))} — {text(flag.title)}</b>",
                        s["cell"],
                        markup=True,
                    )
                ],
                [para(explanation, s["cell"])],
            ],
            colWidths=[CONTENT_WIDTH],
        )
        block.setStyle(
            TableStyle(
                [
                    ("LINEBEFORE", (0, 0), (0, -1), 4 if critical else 1.5, colour),
                    ("LEFTPADDING", (0, 0), (-1, -1), 9),
                    ("TOPPADDING", (0, 0), (-1, -1), 2),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
                ]
            )
        )
        story += [KeepTogether(block), Spacer(1, 5)]
    return story


def answers(questionnaire: Questionnaire, results: Results, s, include_comments: bool) -> list:
    """For each group that may be shown apart: how many chose each answer, and its score."""
    story = [
        PageBreak(),
        para("Les réponses, question par question", s["h1"]),
        para(words.ANSWERS_INTRO, s["small"]),
    ]
    for dimension, questions in words.answered(questionnaire, results, include_comments):
        blocks = [
            KeepTogether(
                [
                    para(question, s["cell_bold"]),
                    para(
                        "<br/>".join([text(line) for line in lines] + [f"<i>« {text(c)} »</i>" for c in comments]),
                        s["answers"],
                        markup=True,
                    ),
                    Spacer(1, 5),
                ]
            )
            for question, lines, comments in questions
        ]
        story += [para(dimension, s["h2"]), *blocks]
    return story


def missing(questionnaire: Questionnaire, results: Results, s) -> list:
    """Questions with many « je ne sais pas », and questions nobody answered."""
    if not results.missing and not results.unanswered:
        return []
    story = [CondPageBreak(40 * mm_(1)), para("Ce qui manque", s["h1"])]
    if results.missing:
        story.append(para(words.MISSING_INTRO, s["body"]))
        for item in results.missing:
            share = f" ({wording.percent(item.share)})" if results.shown_missing(item) else ""
            story.append(para(f"• {text(questionnaire.question(item.question).text)}{share}", s["bullet"], markup=True))
    if results.unanswered:
        story.append(para(words.UNANSWERED_INTRO, s["body"]))
        for question_id in results.unanswered:
            story.append(para(f"• {text(questionnaire.question(question_id).text)}", s["bullet"], markup=True))
    return story
