"""The action plan handed out at the end of a workshop, and the full report built on it."""

from __future__ import annotations

from reportlab.lib import colors
from reportlab.platypus import CondPageBreak, KeepTogether, PageBreak, Spacer, Table, TableStyle

from peerready.engine import typography, vocabulary
from peerready.engine.instrument import Questionnaire
from peerready.engine.results import Results
from peerready.report import charts
from peerready.report.layout import (
    ACCENT,
    CONTENT_WIDTH,
    INK,
    LEVEL_COLOURS,
    PRIORITY_COLOURS,
    PRIORITY_MARKS,
    RULE,
    SOFT,
    build,
    french_date,
    mm_,
    para,
    styles,
    text,
)

LEVEL_MEANING = {
    "insufficient": "Il manque trop de réponses pour dire où en est la structure. Complétez le questionnaire, "
    "ou au moins sa version courte, avant de tirer des conclusions.",
    "not_ready": "Des conditions importantes ne sont pas réunies. Accueillir un·e pair·e maintenant l’exposerait, "
    "ainsi que l’équipe, aux difficultés que le terrain connaît bien. Commencez par les actions "
    "critiques.",
    "partly_ready": "Les bases sont là, mais des points restent à consolider. Le plan dit lesquels et dans quel ordre.",
    "ready": "Les conditions d’un bon accueil sont réunies. Le plan aide à les entretenir dans la durée.",
}
STATUS_LABELS = {"todo": "À faire", "doing": "En cours", "done": "Fait", "dropped": "Abandonné"}
MODE_WORDS = {
    "individual": "chacun·e son tour",
    "tally": "vote à main levée ou bulletins",
    "consensus": "réponse commune",
}


def _action_fields(action) -> dict:
    """Engine suggestions and stored actions look alike once printed."""
    return {
        "title": action.title,
        "steps": list(action.steps),
        "priority": action.priority,
        "owner_role": action.owner_role,
        "owner_name": getattr(action, "owner_name", "") or "",
        "horizon": action.horizon,
        "due_date": getattr(action, "due_date", "") or "",
        "status": getattr(action, "status", "todo"),
        "notes": getattr(action, "notes", "") or "",
        "because": list(action.because),
    }


def participation_text(results: Results) -> str:
    parts = []
    for p in results.participation:
        label = vocabulary.GROUPS[p.group]
        if p.modes == ("consensus",):
            parts.append(f"{label} : réponse commune")
        else:
            people = "personne" if p.respondents == 1 else "personnes"
            how = " et ".join(MODE_WORDS[m] for m in p.modes)
            parts.append(f"{label} : {p.respondents} {people} ({how})")
    return " ; ".join(parts) or "Personne n’a encore répondu."


def _cover(questionnaire: Questionnaire, results: Results, s, document: str, date) -> list:
    level = results.level
    colour = LEVEL_COLOURS[level.id]
    info = [
        [para("Date", s["cell_bold"]), para(french_date(date), s["cell"])],
        [para("Étape du projet", s["cell_bold"]), para(vocabulary.STAGES.get(results.stage or "", "—"), s["cell"])],
        [
            para("Questionnaire", s["cell_bold"]),
            para(
                f"{questionnaire.title} ({'version courte' if results.short else 'version complète'})",
                s["cell"],
            ),
        ],
        [para("Qui a répondu", s["cell_bold"]), para(participation_text(results), s["cell"])],
    ]
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
        para(typography.french(results.structure or "Structure"), s["title"]),
        para(questionnaire.title, s["subtitle"]),
        table,
        Spacer(1, 6 * mm_(1)),
        level_box,
        Spacer(1, 3 * mm_(1)),
        para(
            "Ce document ne contient aucun nom. Un groupe de moins de trois personnes qui ont répondu chacune son "
            "tour n’est pas montré à part, pour que personne ne soit reconnaissable.",
            s["small"],
        ),
    ]


def _summary(questionnaire: Questionnaire, results: Results, actions: list[dict], s) -> list:
    story = [Spacer(1, 4), para("En résumé", s["h1"]), para(LEVEL_MEANING[results.level.id], s["body"])]
    open_actions = [a for a in actions if a["status"] not in ("done", "dropped")]
    if open_actions:
        heading = "Les trois choses qui comptent le plus" if len(open_actions) >= 3 else "Ce qui compte le plus"
        story.append(para(heading, s["h2"]))
        for number, action in enumerate(open_actions[:3], 1):
            why = f" — {text(action['because'][0])}" if action["because"] else ""
            story.append(para(f"<b>{number}. {text(action['title'])}</b>{why}", s["bullet"], markup=True))
    strong = sorted((f for f in results.factors if f.score is not None and f.score >= 75), key=lambda f: -f.score)[:5]
    story.append(para("Ce qui est déjà solide", s["h2"]))
    if strong:
        for factor in strong:
            according = ""
            if len(factor.by_group) == 1:  # one group's view only: say whose
                according = f", selon {vocabulary.GROUPS_IN_TEXT[next(iter(factor.by_group))]}"
            story.append(
                para(f"• {text(factor.label)} ({factor.score:.0f}/100{text(according)})", s["bullet"], markup=True)
            )
    else:
        story.append(
            para(
                "Aucun facteur n’atteint encore 75/100 : c’est normal au début d’un projet, le plan "
                "d’action indique par où commencer.",
                s["body"],
            )
        )
    if results.unanswered or results.missing:
        story.append(para("Ce qui reste à savoir", s["h2"]))
        if results.unanswered:
            count = len(results.unanswered)
            said = "est restée" if count == 1 else "sont restées"
            story.append(
                para(f"{count} question{'s' if count > 1 else ''} sur {results.asked} {said} sans réponse.", s["body"])
            )
        if results.missing:
            labels = sorted({questionnaire.factor_label(m.factor) for m in results.missing})
            story.append(
                para(
                    "Beaucoup de « je ne sais pas » sur : " + text(", ".join(labels)) + ". Ne pas "
                    "savoir est déjà une information : l’équipe manque d’éléments sur ces points.",
                    s["body"],
                )
            )
    return story


def _where_we_stand(questionnaire: Questionnaire, results: Results, s) -> list:
    labels = [d.label for d in results.dimensions]
    series = [("all", "Tous groupes", [d.score for d in results.dimensions])]
    for group in results.visible_groups:
        values = [d.by_group.get(group) for d in results.dimensions]
        if any(v is not None for v in values):
            series.append((group, vocabulary.GROUPS[group], values))
    chart = charts.radar(labels, series, CONTENT_WIDTH, 92 * mm_(1) + 14 * len(series))
    story = [
        PageBreak(),
        para("Où en est-on ?", s["h1"]),
        para(
            "Chaque axe est une dimension, de 0 (au centre) à 100 (au bord) : plus la ligne est loin du "
            "centre, plus la structure est prête sur ce point.",
            s["small"],
        ),
        chart,
    ]
    head = [para("Dimension", s["head"]), para("Tous groupes", s["head"])]
    groups = [g for g in results.visible_groups if any(d.by_group.get(g) is not None for d in results.dimensions)]
    head += [para(vocabulary.GROUPS[g], s["head"]) for g in groups]
    rows = [head]
    for dimension in results.dimensions:
        row = [para(dimension.label, s["cell"]), charts.score_bar(dimension.score, 60, colour=ACCENT)]
        row += [
            para("—" if dimension.by_group.get(g) is None else f"{dimension.by_group[g]:.0f}", s["number"])
            for g in groups
        ]
        rows.append(row)
    first = 62 * mm_(1)
    rest = (CONTENT_WIDTH - first - 32 * mm_(1)) / max(1, len(groups))
    table = Table(rows, colWidths=[first, 32 * mm_(1)] + [rest] * len(groups), repeatRows=1)
    table.setStyle(_grid_style())
    story.append(table)
    return story


def _grid_style() -> TableStyle:
    return TableStyle(
        [
            ("BACKGROUND", (0, 0), (-1, 0), INK),
            ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
            ("LINEBELOW", (0, 1), (-1, -1), 0.4, RULE),
            ("TOPPADDING", (0, 0), (-1, -1), 4),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
            ("ROWBACKGROUNDS", (0, 1), (-1, -1), [colors.white, SOFT]),
        ]
    )


def _gaps(questionnaire: Questionnaire, results: Results, s, limit: int | None = 5) -> list:
    if not results.gaps:
        return []
    story = [
        CondPageBreak(50 * mm_(1)),
        para("Des points de vue différents", s["h1"]),
        para(
            "Sur ces questions, deux groupes ne voient pas la situation de la même façon (35 points d’écart "
            "ou plus sur 100). C’est souvent là qu’il faut commencer à se parler.",
            s["body"],
        ),
    ]
    rows = [[para("Question", s["head"]), para("Scores des groupes", s["head"]), para("Écart", s["head"])]]
    shown = results.gaps if limit is None else results.gaps[:limit]
    for gap in shown:
        question = questionnaire.question(gap.question)
        bars = Table(
            [
                [para(vocabulary.GROUPS[g], s["cell"]), charts.score_bar(score, 55, colour=ACCENT)]
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
        rows.append([para(question.text, s["cell"]), bars, para(f"{gap.difference:.0f} points", s["cell_bold"])])
    table = Table(rows, colWidths=[CONTENT_WIDTH - 86 * mm_(1), 62 * mm_(1), 24 * mm_(1)], repeatRows=1)
    table.setStyle(_grid_style())
    story.append(table)
    if limit is not None and len(results.gaps) > limit:
        story.append(
            para(f"… et {len(results.gaps) - limit} autre(s) écart(s), détaillés dans le rapport complet.", s["small"])
        )
    if results.divided:
        story.append(para("Des avis partagés", s["h2"]))
        for divided in results.divided[: limit or len(results.divided)]:
            question = questionnaire.question(divided.question)
            who = vocabulary.GROUPS_IN_TEXT[divided.group]
            said = (
                f"{who[0].upper()}{who[1:]} est partagée sur"
                if divided.group in ("team", "management")
                else f"Avis partagés dans {who} sur"
            )
            story.append(para(f"• {text(said)} : « {text(question.text)} »", s["bullet"], markup=True))
    return story


def _flag_list(results: Results, s) -> list:
    """Flags as a compact list: the handout names them, the full report explains them."""
    if not results.flags:
        return [para("Alertes", s["h2"]), para("Aucune alerte n’a été levée par les réponses.", s["body"])]
    rows = []
    for flag in results.flags:
        label = vocabulary.SEVERITIES[flag.severity]
        mark = "▲" if flag.severity == "critical" else "△"
        rows.append(
            [
                para(f"{mark} {label}", s["cell_bold"] if flag.severity == "critical" else s["cell"]),
                para(flag.title, s["cell"]),
            ]
        )
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
        para(
            "Des réponses qui correspondent à des causes d’échec connues (alertes graves) ou à des risques à "
            "surveiller (points de vigilance). Le rapport complet les explique.",
            s["small"],
        ),
        table,
    ]


def _flags(results: Results, s) -> list:
    if not results.flags:
        return [para("Alertes", s["h1"]), para("Aucune alerte n’a été levée par les réponses.", s["body"])]
    story = [
        CondPageBreak(50 * mm_(1)),
        para("Alertes", s["h1"]),
        para(
            "Ces réponses correspondent à des situations que le terrain décrit comme des causes d’échec "
            "(alertes graves) ou des risques à surveiller (points de vigilance).",
            s["body"],
        ),
    ]
    for flag in results.flags:
        colour = PRIORITY_COLOURS["critical" if flag.severity == "critical" else "medium"]
        label = vocabulary.SEVERITIES[flag.severity]
        block = Table(
            [
                [
                    para(
                        f"<b>{'▲' if flag.severity == 'critical' else '△'} {text(label)} — {text(flag.title)}</b>",
                        s["cell"],
                        markup=True,
                    )
                ],
                [para(flag.explanation, s["cell"])],
            ],
            colWidths=[CONTENT_WIDTH],
        )
        block.setStyle(
            TableStyle(
                [
                    ("LINEBEFORE", (0, 0), (0, -1), 4 if flag.severity == "critical" else 1.5, colour),
                    ("LEFTPADDING", (0, 0), (-1, -1), 9),
                    ("TOPPADDING", (0, 0), (-1, -1), 2),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
                ]
            )
        )
        story += [KeepTogether(block), Spacer(1, 5)]
    return story


def _actions(actions: list[dict], s, detailed: tuple[str, ...] = ("critical", "high")) -> list:
    story = [
        CondPageBreak(80 * mm_(1)),
        para("Le plan d’action", s["h1"]),
        para(
            "Les actions sont rangées par priorité, puis par échéance. Pour chacune : ce qu’il faut faire, "
            "pourquoi (les réponses qui l’ont fait proposer), qui la porte et pour quand. La case à cocher "
            "sert au point d’étape suivant.",
            s["body"],
        ),
    ]
    if not actions:
        story.append(
            para(
                "Aucune action n’est proposée : les réponses ne montrent pas de point faible. Gardez le "
                "cap, et refaites le point dans un an.",
                s["big"],
            )
        )
        return story
    current = None
    brief: list[tuple[int, dict]] = []
    for number, action in enumerate(actions, 1):
        if action["priority"] not in detailed:
            brief.append((number, action))
            continue
        if action["priority"] != current:
            current = action["priority"]
            # The heading stays on the page of its first action.
            heading = para(f"Priorité {vocabulary.PRIORITIES[current].lower()}", s["h2"])
            story.append(KeepTogether([heading, _action_block(number, action, s)]))
        else:
            story.append(KeepTogether(_action_block(number, action, s)))
        story.append(Spacer(1, 5))
    if brief:
        story.append(para("Ensuite" if len(brief) < len(actions) else "Les actions", s["h2"]))
        story.append(
            para("Le détail de ces actions (comment faire, étape par étape) est dans le rapport complet.", s["small"])
        )
        story.append(_action_list(brief, s))
    return story


def _action_list(numbered: list[tuple[int, dict]], s):
    rows = [
        [
            "",
            para("Action, et pourquoi", s["head"]),
            para("Priorité", s["head"]),
            para("Qui s’en charge", s["head"]),
            para("Pour quand", s["head"]),
        ]
    ]
    for number, action in numbered:
        why = f"<br/><font size=8 color='#5b6675'>{text(action['because'][0])}</font>" if action["because"] else ""
        rows.append(
            [
                charts.checkbox(9),
                para(f"<b>{number}. {text(action['title'])}</b>{why}", s["cell"], markup=True),
                para(f"{PRIORITY_MARKS[action['priority']]} {vocabulary.PRIORITIES[action['priority']]}", s["cell"]),
                para(_owner(action), s["cell"]),
                para(_due(action), s["cell"]),
            ]
        )
    table = Table(
        rows, colWidths=[7 * mm_(1), CONTENT_WIDTH - 96 * mm_(1), 24 * mm_(1), 34 * mm_(1), 31 * mm_(1)], repeatRows=1
    )
    table.setStyle(_grid_style())
    return table


def _owner(action: dict) -> str:
    owner = vocabulary.OWNER_ROLES[action["owner_role"]]
    return f"{owner} ({action['owner_name']})" if action["owner_name"] else owner


def _due(action: dict) -> str:
    return french_date(action["due_date"]) if action["due_date"] else vocabulary.HORIZONS[action["horizon"]]


def _action_block(number: int, action: dict, s):
    priority = action["priority"]
    colour = PRIORITY_COLOURS[priority]
    parts = [
        f"{PRIORITY_MARKS[priority]} <b>Priorité {vocabulary.PRIORITIES[priority].lower()}</b>",
        f"<b>Qui s’en charge :</b> {text(_owner(action))}",
        f"<b>Pour quand :</b> {text(_due(action))}",
    ]
    if action["status"] != "todo":
        parts.append(f"<b>{STATUS_LABELS.get(action['status'], action['status'])}</b>")
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


def _commitment(s) -> list:
    rows = [[para("Rôle", s["head"]), para("Nom", s["head"]), para("Signature", s["head"])]]
    for role in ("Direction", "Chef·fe de service", "Pour l’équipe", "Travailleur·se pair·e (si déjà en poste)"):
        rows.append([para(role, s["cell"]), "", ""])
    table = Table(
        rows, colWidths=[60 * mm_(1), 55 * mm_(1), CONTENT_WIDTH - 115 * mm_(1)], rowHeights=[None] + [12 * mm_(1)] * 4
    )
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
        CondPageBreak(80 * mm_(1)),
        para("Notre engagement", s["h1"]),
        para(
            "Nous avons construit ce plan ensemble. Nous nous engageons à le mettre en œuvre et à en faire "
            "le point le : ____ / ____ / ________",
            s["big"],
        ),
        Spacer(1, 6),
        table,
    ]


def _sources(questionnaire: Questionnaire, s) -> list:
    story = [
        CondPageBreak(50 * mm_(1)),
        para("Sources", s["h2"]),
        para(
            "Les questions, les alertes et les actions s’appuient sur ces documents, que PeerReady paraphrase.",
            s["small"],
        ),
    ]
    for reference in questionnaire.references.values():
        details = ", ".join(x for x in (reference.author, reference.date) if x)
        story.append(para(f"• <b>{text(reference.title)}</b>. {text(details)}.", s["small_ink"], markup=True))
    return story


def _document(questionnaire, results, actions, date, title, subject, body) -> bytes:
    structure = results.structure or "Structure"
    return build(
        body,
        title=f"{title} — {structure}",
        subject=subject,
        header_left=f"{structure} · {title}",
        header_right=french_date(date),
    )


def action_plan(questionnaire: Questionnaire, results: Results, actions, *, date=None) -> bytes:
    """The action plan: cover, summary, where the team stands, flags, actions, commitment, sources."""
    s = styles()
    printed = [_action_fields(a) for a in actions]
    story = _cover(questionnaire, results, s, "Plan d’action", date)
    story += _summary(questionnaire, results, printed, s)
    story += _where_we_stand(questionnaire, results, s)
    story += _gaps(questionnaire, results, s, limit=5)
    story += _flag_list(results, s)
    story += _actions(printed, s, detailed=("critical",))
    story += _commitment(s)
    story += _sources(questionnaire, s)
    return _document(
        questionnaire,
        results,
        printed,
        date,
        "Plan d’action",
        "Préparation à l’accueil d’un·e travailleur·se pair·e : résultats et plan d’action",
        story,
    )


def full_report(
    questionnaire: Questionnaire, results: Results, actions, *, date=None, include_comments: bool = False
) -> bytes:
    """Everything in the plan, plus the results per factor and the answers question by question."""
    s = styles()
    printed = [_action_fields(a) for a in actions]
    story = _cover(questionnaire, results, s, "Rapport complet", date)
    story += _summary(questionnaire, results, printed, s)
    story += _where_we_stand(questionnaire, results, s)
    story += _factors(questionnaire, results, s)
    story += _gaps(questionnaire, results, s, limit=None)
    story += _flags(results, s)
    story += _answers(questionnaire, results, s, include_comments)
    story += _missing(questionnaire, results, s)
    story += _actions(printed, s, detailed=tuple(vocabulary.PRIORITIES))
    story += _commitment(s)
    story += _sources(questionnaire, s)
    return _document(
        questionnaire,
        results,
        printed,
        date,
        "Rapport complet",
        "Préparation à l’accueil d’un·e travailleur·se pair·e : rapport complet",
        story,
    )


def _factors(questionnaire: Questionnaire, results: Results, s) -> list:
    story = [
        PageBreak(),
        para("Résultats par facteur", s["h1"]),
        para(
            "Chaque facteur regroupe les questions qui en parlent. Pour les facteurs de risque (marqués "
            "« risque »), un score élevé veut dire que le risque est faible.",
            s["small"],
        ),
    ]
    groups = list(results.visible_groups)
    head = [para("Facteur", s["head"]), para("Tous groupes", s["head"])]
    head += [para(vocabulary.GROUPS[g], s["head"]) for g in groups]
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
            row += [
                para("—" if factor.by_group.get(g) is None else f"{factor.by_group[g]:.0f}", s["number"])
                for g in groups
            ]
            row.append(para(f"{factor.missing_share * 100:.0f} %" if factor.missing_share else "—", s["cell"]))
            rows.append(row)
        if len(rows) == 1:
            continue
        first = 58 * mm_(1)
        rest = (CONTENT_WIDTH - first - 27 * mm_(1) - 22 * mm_(1)) / max(1, len(groups))
        table = Table(rows, colWidths=[first, 27 * mm_(1)] + [rest] * len(groups) + [22 * mm_(1)], repeatRows=1)
        table.setStyle(_grid_style())
        story += [para(dimension.label, s["h2"]), table]
    story.append(para("★ facteur essentiel.", s["small"]))
    return story


def _answers(questionnaire: Questionnaire, results: Results, s, include_comments: bool) -> list:
    story = [
        PageBreak(),
        para("Les réponses, question par question", s["h1"]),
        para(
            "Pour chaque groupe affichable : combien ont choisi chaque réponse, et le score du groupe sur 100. "
            "Un groupe qui a répondu personne par personne à moins de trois n’apparaît pas ici.",
            s["small"],
        ),
    ]
    visible = set(results.visible_groups)
    modes = {p.group: p.modes for p in results.participation}
    for dimension in questionnaire.dimensions:
        blocks = []
        for question in questionnaire.questions:
            if question.dimension != dimension.id:
                continue
            result = results.question(question.id)
            shown = {g: a for g, a in result.by_group.items() if g in visible} if result else {}
            if not shown:
                continue
            lines = []
            for group, answered in shown.items():
                score = "" if answered.score is None else f" ({answered.score * 100:.0f}/100)"
                if modes.get(group) == ("consensus",):
                    chosen = ", ".join(text(o.label) for o in question.options if answered.counts.get(o.value))
                    lines.append(f"{text(vocabulary.GROUPS[group])}{score} — réponse commune : {chosen}")
                    continue
                counts = " · ".join(
                    f"{text(o.label)} : {answered.counts[o.value]}"
                    for o in question.options
                    if answered.counts.get(o.value)
                )
                lines.append(f"{text(vocabulary.GROUPS[group])}{score} — {counts}")
            comments = results.comments.get(question.id, ()) if include_comments else ()
            lines += [f"<i>« {text(c)} »</i>" for c in comments]
            blocks.append(
                KeepTogether(
                    [
                        para(question.text, s["cell_bold"]),
                        para("<br/>".join(lines), s["answers"], markup=True),
                        Spacer(1, 5),
                    ]
                )
            )
        if blocks:
            story += [para(dimension.label, s["h2"]), *blocks]
    return story


def _missing(questionnaire: Questionnaire, results: Results, s) -> list:
    if not results.missing and not results.unanswered:
        return []
    story = [CondPageBreak(40 * mm_(1)), para("Ce qui manque", s["h1"])]
    if results.missing:
        story.append(para("Questions où au moins un tiers des réponses sont « je ne sais pas » :", s["body"]))
        for missing in results.missing:
            story.append(
                para(
                    f"• {text(questionnaire.question(missing.question).text)} ({missing.share * 100:.0f} %)",
                    s["bullet"],
                    markup=True,
                )
            )
    if results.unanswered:
        story.append(para("Questions posées restées sans réponse :", s["body"]))
        for question_id in results.unanswered:
            story.append(para(f"• {text(questionnaire.question(question_id).text)}", s["bullet"], markup=True))
    return story
