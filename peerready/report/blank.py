"""Blank questionnaires for paper sessions, and the facilitator's tally sheet.

Questions are numbered Q1, Q2… in the order the app asks them, and each carries its stable
reference in small print, so what is typed back maps one-to-one onto the paper.
"""

from __future__ import annotations

from reportlab.lib import colors
from reportlab.platypus import KeepTogether, PageBreak, Spacer, Table, TableStyle

from peerready.engine import typography, vocabulary, wording
from peerready.engine.instrument import Questionnaire
from peerready.report import charts
from peerready.report.layout import CONTENT_WIDTH, INK, RULE, SOFT, build, mm_, para, styles


def _questions(questionnaire: Questionnaire, group: str, stage: str, short: bool):
    return questionnaire.questions_for(group, stage, short)


def blank_questionnaire(
    questionnaire: Questionnaire, group: str, *, stage: str, short: bool = False, structure: str = ""
) -> bytes:
    """One group's paper questionnaire for a stage and version, followed by a tally sheet."""
    if group not in vocabulary.GROUPS:
        raise ValueError(f"groupe inconnu « {group} »")
    if stage not in vocabulary.STAGES:
        raise ValueError(f"étape inconnue « {stage} »")
    s = styles()
    easy = group == "people"
    if easy:  # larger print and more air for the easy-to-read version
        for key, size in (("question", 13.5), ("option", 13), ("body", 13)):
            s[key].fontSize, s[key].leading = size, size * 1.4
    questions = _questions(questionnaire, group, stage, short)
    version = "questionnaire court" if short else "questionnaire complet"
    story = [
        para(f"PeerReady · {questionnaire.title}", s["small"]),
        para(f"Questionnaire — {wording.group(group)}", s["title"]),
        para(
            f"{wording.stage(stage)} · {version} · {wording.plural(len(questions), 'question', space=typography.NBSP)}",
            s["subtitle"],
        ),
        _instructions(s, easy, structure),
        Spacer(1, 8),
    ]
    for number, question in enumerate(questions, 1):
        story.append(KeepTogether(_question_block(number, question, group, stage, s, show_reference=not easy)))
    story += _tally_sheet(questions, group, stage, s)
    title = f"Questionnaire papier — {wording.group(group)}"
    return build(
        story,
        # The title viewers show names the structure too, when it is known, as the plan's does.
        title=f"{title}, {structure}" if structure else title,
        subject=f"{questionnaire.title} ({version})",
        header_left=f"{structure or 'PeerReady'} · {title}",
        header_right=version,
    )


def _instructions(s, easy: bool, structure: str):
    if easy:
        lines = [
            "Cochez une seule case pour chaque question.",
            "Si vous ne savez pas, cochez « Je ne sais pas ».",
            "Votre nom reste secret : gardez-le pour vous.",
            "Vous pouvez demander de l’aide pour lire.",
            "À la fin, pliez la feuille. Glissez-la dans l’urne.",
            "Seule la personne qui anime ouvre l’urne. Elle compte les croix.",
        ]
    else:
        lines = [
            "Cochez une seule case par question. « Je ne sais pas » est une vraie réponse : elle montre ce qui "
            "manque comme information.",
            "N’écrivez pas votre nom : les réponses sont anonymes. Si vous ajoutez un commentaire, ne nommez personne.",
            "Les questions qui ne vous concernent pas ont une case « Sans objet ».",
        ]
    body = "<br/>".join(f"• {line}" for line in lines)
    fields = f"Structure : {structure or '______________________________'}     Date : ____ / ____ / ________"
    table = Table([[para(body, s["body"], markup=True)], [para(fields, s["body"])]], colWidths=[CONTENT_WIDTH])
    table.setStyle(
        TableStyle(
            [
                ("BACKGROUND", (0, 0), (-1, -1), SOFT),
                ("LEFTPADDING", (0, 0), (-1, -1), 10),
                ("TOPPADDING", (0, 0), (-1, -1), 6),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 6),
                ("LINEABOVE", (0, 1), (-1, 1), 0.4, RULE),
            ]
        )
    )
    return table


def _question_block(number: int, question, group: str, stage: str, s, show_reference: bool = True):
    asked = question.text_for(group, stage)
    rows = [[para(f"Q{number}", s["question"]), para(asked, s["question"])]]
    labels = [option.label for option in question.options]
    longest = max(len(label) for label in labels)
    if (len(labels) <= 5 and longest <= 16) or (len(labels) <= 6 and longest <= 24):
        # A short scale reads left to right, like the buttons of the app: one line, or two of three.
        per_row = len(labels) if len(labels) <= 5 and longest <= 16 else 3
        cell_width = (CONTENT_WIDTH - 12 * mm_(1)) / per_row
        cells = [
            Table([[charts.checkbox(11), para(label, s["option"])]], colWidths=[7 * mm_(1), cell_width - 7 * mm_(1)])
            for label in labels
        ]
        for cell in cells:
            cell.setStyle(
                TableStyle(
                    [
                        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                        ("LEFTPADDING", (0, 0), (-1, -1), 0),
                        ("RIGHTPADDING", (0, 0), (-1, -1), 2),
                    ]
                )
            )
        rows_of_cells = [cells[i : i + per_row] for i in range(0, len(cells), per_row)]
        rows_of_cells[-1] += [""] * (per_row - len(rows_of_cells[-1]))
        grid = Table(rows_of_cells, colWidths=[cell_width] * per_row)
    else:
        grid = Table(
            [[charts.checkbox(11), para(label, s["option"])] for label in labels],
            colWidths=[8 * mm_(1), CONTENT_WIDTH - 20 * mm_(1)],
        )
    grid.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                ("TOPPADDING", (0, 0), (-1, -1), 3),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
            ]
        )
    )
    rows.append(["", grid])
    if show_reference:
        rows.append(["", para(f"réf. {question.id}", s["small"])])
    table = Table(rows, colWidths=[12 * mm_(1), CONTENT_WIDTH - 12 * mm_(1)])
    table.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LINEABOVE", (0, 0), (-1, 0), 0.6, RULE),
                ("TOPPADDING", (0, 0), (-1, 0), 8),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
            ]
        )
    )
    return [table]


TALLY_HOW_TO = (
    "Pour l’animation : après un vote à main levée ou le dépouillement des questionnaires papier, notez "
    "combien de personnes ont choisi chaque réponse, puis le total. Saisissez ensuite ces nombres dans "
    "PeerReady (mode « décompte »), question par question."
)
#: Accompanied people answer on paper, privately: never a show of hands in front of the staff.
TALLY_HOW_TO_BALLOT_BOX = (
    "Pour l’animation : les personnes accompagnées répondent sur papier, à l’écart, et glissent leur "
    "feuille pliée dans une urne ; jamais de vote à main levée devant l’équipe qui les accompagne. Ouvrez "
    "l’urne après leur départ, sans personne de l’équipe, et ne montrez les feuilles à personne. Notez combien de "
    "feuilles ont coché chaque réponse, puis le total, et saisissez ces nombres dans PeerReady (mode "
    "« décompte »). Ensuite, détruisez les feuilles."
)


def _tally_sheet(questions, group: str, stage: str, s) -> list:
    story = [
        PageBreak(),
        para(f"Feuille de décompte — {wording.group(group)}", s["h1"]),
        para("<b>Pour l’animation — à ne pas distribuer</b>", s["body"], markup=True),
        para(TALLY_HOW_TO_BALLOT_BOX if group == "people" else TALLY_HOW_TO, s["body"]),
        Spacer(1, 6),
    ]
    for number, question in enumerate(questions, 1):
        names = [option.label for option in question.options] + ["Total"]
        if max(len(name) for name in names) <= 22:
            width = (CONTENT_WIDTH - 14 * mm_(1)) / len(names)
            grid = Table(
                [[para(name, s["small"]) for name in names], [""] * len(names)],
                colWidths=[width] * len(names),
                rowHeights=[None, 9 * mm_(1)],
            )
            grid.setStyle(
                TableStyle(
                    [
                        ("GRID", (0, 1), (-1, 1), 0.6, INK),
                        ("VALIGN", (0, 0), (-1, 0), "BOTTOM"),
                        ("BACKGROUND", (-1, 1), (-1, 1), SOFT),
                        ("LEFTPADDING", (0, 0), (-1, -1), 2),
                        ("RIGHTPADDING", (0, 0), (-1, -1), 2),
                    ]
                )
            )
        else:  # long answers: one line each, the count box on the right
            grid = Table(
                [[para(name, s["small"]), ""] for name in names],
                colWidths=[CONTENT_WIDTH - 44 * mm_(1), 30 * mm_(1)],
                rowHeights=[7 * mm_(1)] * len(names),
            )
            grid.setStyle(
                TableStyle(
                    [
                        ("GRID", (1, 0), (1, -1), 0.6, INK),
                        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                        ("BACKGROUND", (1, -1), (1, -1), SOFT),
                        ("LEFTPADDING", (0, 0), (-1, -1), 2),
                        ("LINEBELOW", (0, 0), (0, -1), 0.3, RULE),
                    ]
                )
            )
        short_text = question.text_for(group, stage)  # in full: it is read aloud
        block = Table(
            [[para(f"Q{number}", s["cell_bold"]), para(short_text, s["cell"])], ["", grid]],
            colWidths=[14 * mm_(1), CONTENT_WIDTH - 14 * mm_(1)],
        )
        block.setStyle(
            TableStyle(
                [
                    ("VALIGN", (0, 0), (-1, -1), "TOP"),
                    ("LEFTPADDING", (0, 0), (-1, -1), 0),
                    ("LINEABOVE", (0, 0), (-1, 0), 0.4, colors.lightgrey),
                    ("TOPPADDING", (0, 0), (-1, 0), 6),
                ]
            )
        )
        story.append(KeepTogether([block]))
    return story
