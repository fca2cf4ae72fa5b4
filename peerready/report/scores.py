"""Where the team stands: the radar and table of dimensions, the factors, the gaps between groups.

Groups appear apart only when ``results`` says they may (its anonymity policy).
"""

from __future__ import annotations

from reportlab.platypus import CondPageBreak, PageBreak, Table, TableStyle

from peerready.engine import wording
from peerready.engine.instrument import Questionnaire
from peerready.engine.results import Results
from peerready.report import charts, words
from peerready.report.layout import ACCENT, CONTENT_WIDTH, grid_style, mm_, para, text


def where_we_stand(questionnaire: Questionnaire, results: Results, s, compact: bool = False) -> list:
    labels = [d.label for d in results.dimensions]
    series = [("all", "Tous groupes", [d.score for d in results.dimensions])]
    for group in results.visible_groups:
        values = [d.by_group.get(group) for d in results.dimensions]
        if any(v is not None for v in values):
            series.append((group, wording.group(group), values))
    height = (72 if compact else 92) * mm_(1) + 14 * len(series)
    chart = charts.radar(labels, series, CONTENT_WIDTH, height)
    story = [
        CondPageBreak(150 * mm_(1)) if compact else PageBreak(),
        para("Où en est-on ?", s["h1"]),
        para(words.RADAR_INTRO, s["small"]),
        chart,
    ]
    head = [para("Dimension", s["head"]), para("Tous groupes", s["head"])]
    groups = [g for g in results.visible_groups if any(d.by_group.get(g) is not None for d in results.dimensions)]
    head += [para(wording.group_column(g), s["head"]) for g in groups]
    rows = [head]
    for dimension in results.dimensions:
        row = [para(dimension.label, s["cell"]), charts.score_bar(dimension.score, 60, colour=ACCENT)]
        row += [para(wording.number(dimension.by_group.get(g)), s["number"]) for g in groups]
        rows.append(row)
    first = 62 * mm_(1)
    rest = (CONTENT_WIDTH - first - 32 * mm_(1)) / max(1, len(groups))
    table = Table(rows, colWidths=[first, 32 * mm_(1)] + [rest] * len(groups), repeatRows=1)
    table.setStyle(grid_style())
    story.append(table)
    return story


def factors(questionnaire: Questionnaire, results: Results, s) -> list:
    story = [
        PageBreak(),
        para("Résultats par facteur", s["h1"]),
        para(words.FACTORS_INTRO, s["small"]),
    ]
    groups = list(results.visible_groups)
    head = [para("Facteur", s["head"]), para("Tous groupes", s["head"])]
    head += [para(wording.group_column(g), s["head"]) for g in groups]
    head.append(para("Ne sait pas", s["head"]))
    for dimension in questionnaire.dimensions:
        factor_ids = {f for q in questionnaire.questions if q.dimension == dimension.id for f in q.factors}
        rows = [head]
        for factor in results.factors:
            if factor.id not in factor_ids:
                continue
            known = questionnaire.factors.get(factor.id)
            label = factor.label + (" (risque)" if known and known.risk else "")
            label += " ★" if factor.core else ""
            row = [para(label, s["cell"]), charts.score_bar(factor.score, 50, colour=ACCENT)]
            row += [para(wording.number(factor.by_group.get(g)), s["number"]) for g in groups]
            row.append(para(wording.percent(factor.missing_share or None), s["cell"]))
            rows.append(row)
        if len(rows) == 1:
            continue
        first = 58 * mm_(1)
        rest = (CONTENT_WIDTH - first - 27 * mm_(1) - 22 * mm_(1)) / max(1, len(groups))
        table = Table(rows, colWidths=[first, 27 * mm_(1)] + [rest] * len(groups) + [22 * mm_(1)], repeatRows=1)
        table.setStyle(grid_style())
        story += [para(dimension.label, s["h2"]), table]
    story.append(para(words.CORE_NOTE, s["small"]))
    return story


def gaps(questionnaire: Questionnaire, results: Results, s, limit: int | None = 5, divided: bool = True) -> list:
    """Questions the groups see differently, then the groups divided among themselves."""
    if not results.gaps:
        return []
    story = [
        CondPageBreak(50 * mm_(1)),
        para("Des points de vue différents", s["h1"]),
        para(words.GAPS_INTRO, s["body"]),
    ]
    rows = [[para("Question", s["head"]), para("Scores des groupes", s["head"]), para("Écart", s["head"])]]
    shown = results.gaps if limit is None else results.gaps[:limit]
    for gap in shown:
        factor = results.factor(gap.factor)
        subject = wording.gap_subject(gap, lambda q: questionnaire.question(q).text, factor.label if factor else "")
        bars = Table(
            [
                [para(wording.group(g), s["cell"]), charts.score_bar(score, 55, colour=ACCENT)]
                for g, score in gap.groups.items()
            ],
            colWidths=[30 * mm_(1), 28 * mm_(1)],
        )
        bars.setStyle(
            TableStyle(
                [
                    ("LEFTPADDING", (0, 0), (-1, -1), 0),
                    ("TOPPADDING", (0, 0), (-1, -1), 1),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), 1),
                    ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                ]
            )
        )
        rows.append(
            [
                para(text(subject).replace("\n", "<br/>"), s["cell"], markup=True),
                bars,
                para(wording.points(gap.difference), s["cell_bold"]),
            ]
        )
    table = Table(rows, colWidths=[CONTENT_WIDTH - 86 * mm_(1), 62 * mm_(1), 24 * mm_(1)], repeatRows=1)
    table.setStyle(grid_style())
    story.append(table)
    if limit is not None and len(results.gaps) > limit:
        others = wording.plural(len(results.gaps) - limit, "autre écart", "autres écarts")
        story.append(para(f"… et {others}, détaillés dans le rapport complet.", s["small"]))
    if results.divided and divided:
        story.append(para("Des avis partagés", s["h2"]))
        for divided in results.divided[: limit or len(results.divided)]:
            question = questionnaire.question(divided.question)
            sentence = words.divided_sentence(divided.group, question.text)
            story.append(para(f"• {text(sentence)}", s["bullet"], markup=True))
    return story
