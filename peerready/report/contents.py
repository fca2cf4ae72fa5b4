"""What the action plan and the full report say, part by part, as an ``outline``.

The parts and their order are those of the PDF (``plan.action_plan``, ``plan.full_report``); the
radar is replaced by its table, check boxes by a status column, priority marks by words.
Groups, counts and shares appear only where ``results`` allows it (its anonymity policy); no
respondent is ever named, and comments only when asked for.
"""

from __future__ import annotations

from peerready.engine import vocabulary, wording, workplan
from peerready.engine.instrument import Questionnaire
from peerready.engine.results import Results
from peerready.report import words
from peerready.report.outline import Heading, Items, Outline, Paragraph, grid, run, runs

PLAN = "Plan d’action"
REPORT = "Rapport complet"
PLAN_SUBJECT = "Préparer l’accueil d’un travailleur pair ou d’une travailleuse paire : résultats et plan d’action"
REPORT_SUBJECT = "Préparer l’accueil d’un travailleur pair ou d’une travailleuse paire : rapport complet"


def plan_outline(questionnaire: Questionnaire, results: Results, actions, *, date=None) -> Outline:
    """The action plan: cover, summary, where the team stands, alerts, workstreams, commitment, sources."""
    printed = [words.action_fields(a) for a in actions]
    streams, loose = workplan.group(questionnaire, results.stage, actions)
    blocks = cover(questionnaire, results, PLAN, date)
    blocks += summary(questionnaire, results, printed, streams)
    blocks += where_we_stand(results)
    if streams:
        blocks += gaps(questionnaire, results, limit=2, divided=False)
        by_id = {p["id"]: p for p in printed}
        blocks += stream_sections(streams, [by_id[a.id] for a in loose], by_id)
    else:
        blocks += gaps(questionnaire, results, limit=5)
        blocks += flag_list(results)
        blocks += action_details(printed, detailed=("critical",))
    blocks += commitment(results.stage)
    blocks += sources(questionnaire)
    return _outline(results, date, PLAN, PLAN_SUBJECT, blocks)


def report_outline(
    questionnaire: Questionnaire, results: Results, actions, *, date=None, include_comments: bool = False
) -> Outline:
    """Everything in the plan, plus the results per factor and the answers question by question."""
    printed = [words.action_fields(a) for a in actions]
    streams, _ = workplan.group(questionnaire, results.stage, actions)
    blocks = cover(questionnaire, results, REPORT, date)
    blocks += summary(questionnaire, results, printed, streams)
    blocks += where_we_stand(results)
    blocks += factors(questionnaire, results)
    blocks += gaps(questionnaire, results, limit=None)
    blocks += flags(results)
    blocks += answers(questionnaire, results, include_comments)
    blocks += missing(questionnaire, results)
    blocks += action_details(printed, detailed=tuple(vocabulary.PRIORITIES))
    blocks += commitment(results.stage)
    blocks += sources(questionnaire)
    return _outline(results, date, REPORT, REPORT_SUBJECT, blocks)


def _outline(results: Results, date, title: str, subject: str, blocks: list) -> Outline:
    structure = results.structure or "Structure"
    return Outline(
        title=words.typeset(f"{title} — {structure}"),
        subject=words.typeset(subject),
        header=words.typeset(f"{structure} · {title}"),
        date=wording.long_date(date),
        blocks=blocks,
    )


# -- the first pages --------------------------------------------------------------------------------


def cover(questionnaire: Questionnaire, results: Results, document: str, date) -> list:
    rows = [
        ("Date", wording.long_date(date)),
        ("Étape du projet", wording.stage(results.stage, "—")),
        ("Questionnaire", f"{questionnaire.title} ({words.version_text(results)})"),
        ("Qui a répondu", words.participation_text(results)),
    ]
    if results.posts:
        rows.append(("Postes de travail pair", "\n".join(post.describe() for post in results.posts)))
    return [
        Paragraph(runs(f"PeerReady · {document}"), "small"),
        Heading(0, words.typeset(results.structure or "Structure")),
        Paragraph(runs(questionnaire.title), "subtitle"),
        grid(("", ""), rows, (1, 3), labelled=True, caption="La structure, la date et qui a répondu"),
        Paragraph(runs("Niveau de préparation : ", run(results.level.label, bold=True)), "lead"),
        Paragraph(runs(results.level.reason)),
        Paragraph(runs(words.ANONYMITY_NOTE), "small"),
    ]


def summary(questionnaire: Questionnaire, results: Results, printed: list[dict], streams) -> list:
    blocks: list = [Heading(1, "En résumé"), Paragraph(runs(words.level_meaning(results)))]
    if streams:
        shown = streams[:3]
        blocks.append(Heading(2, words.typeset(words.top_heading(len(shown), "chantiers"))))
        items = []
        for stream in shown:
            items.append(
                runs(
                    run(stream.title, bold=True),
                    f" — {stream.changes}\n",
                    run("Cette semaine : ", bold=True),
                    f"{stream.first_step} ({words.stream_owners(stream)} · {wording.horizon(stream.horizon)})",
                )
            )
        blocks.append(Items(tuple(items), numbered=True))
    else:
        open_actions = [a for a in printed if a["status"] not in ("done", "dropped")]
        if open_actions:
            blocks.append(Heading(2, words.typeset(words.top_heading(len(open_actions)))))
            items = [
                runs(run(a["title"], bold=True), f" — {a['because'][0]}" if a["because"] else "")
                for a in open_actions[:3]
            ]
            blocks.append(Items(tuple(items), numbered=True))
    blocks.append(Heading(2, "Ce qui est déjà solide"))
    strong = words.solid_lines(results)
    if strong:
        blocks.append(Items(tuple(runs(line) for line in strong)))
    else:
        blocks.append(Paragraph(runs(words.NOTHING_SOLID)))
    if results.unanswered or results.missing:
        blocks.append(Heading(2, "Ce qui reste à savoir"))
        if results.unanswered:
            blocks.append(Paragraph(runs(words.unanswered_sentence(results))))
        if results.missing:
            labels = sorted({questionnaire.factor_label(m.factor) for m in results.missing})
            blocks.append(Paragraph(runs(words.missing_sentence(labels))))
    return blocks


# -- where the team stands --------------------------------------------------------------------------


def _groups_shown(results: Results, items) -> list[str]:
    return [g for g in results.visible_groups if any(i.by_group.get(g) is not None for i in items)]


def where_we_stand(results: Results) -> list:
    groups = _groups_shown(results, results.dimensions)
    header = ("Dimension", "Tous groupes", *(wording.group_column(g) for g in groups))
    rows = [
        (d.label, wording.number(d.score), *(wording.number(d.by_group.get(g)) for g in groups))
        for d in results.dimensions
    ]
    return [
        Heading(1, "Où en est-on ?"),
        Paragraph(runs(words.DIMENSIONS_INTRO), "small"),
        grid(header, rows, (3, 1, *([1] * len(groups))), caption="Les scores par dimension, sur 100"),
    ]


def factors(questionnaire: Questionnaire, results: Results) -> list:
    blocks: list = [Heading(1, "Résultats par facteur"), Paragraph(runs(words.FACTORS_INTRO), "small")]
    groups = list(results.visible_groups)
    header = ("Facteur", "Tous groupes", *(wording.group_column(g) for g in groups), "Ne sait pas")
    for dimension in questionnaire.dimensions:
        factor_ids = {f for q in questionnaire.questions if q.dimension == dimension.id for f in q.factors}
        rows = []
        for factor in results.factors:
            if factor.id not in factor_ids:
                continue
            known = questionnaire.factors.get(factor.id)
            label = factor.label + (" (risque)" if known and known.risk else "") + (" ★" if factor.core else "")
            rows.append(
                (
                    label,
                    wording.number(factor.score),
                    *(wording.number(factor.by_group.get(g)) for g in groups),
                    wording.percent(factor.missing_share or None),
                )
            )
        if rows:
            widths = (3, 1, *([1] * len(groups)), 1)
            blocks += [Heading(2, words.typeset(dimension.label)), grid(header, rows, widths, caption=dimension.label)]
    blocks.append(Paragraph(runs(words.CORE_NOTE), "small"))
    return blocks


def gaps(questionnaire: Questionnaire, results: Results, limit: int | None = 5, divided: bool = True) -> list:
    """Questions the groups see differently, then the groups divided among themselves."""
    if not results.gaps:
        return []
    shown = results.gaps if limit is None else results.gaps[:limit]
    rows = []
    for gap in shown:
        factor = results.factor(gap.factor)
        subject = wording.gap_subject(gap, lambda q: questionnaire.question(q).text, factor.label if factor else "")
        scores = "\n".join(f"{wording.group(g)} : {wording.score(score)}" for g, score in gap.groups.items())
        rows.append((subject, scores, wording.points(gap.difference)))
    blocks: list = [
        Heading(1, "Des points de vue différents"),
        Paragraph(runs(words.GAPS_INTRO)),
        grid(("Question", "Scores des groupes", "Écart"), rows, (5, 3, 1), caption="Les écarts entre les groupes"),
    ]
    if limit is not None and len(results.gaps) > limit:
        others = wording.plural(len(results.gaps) - limit, "autre écart", "autres écarts")
        blocks.append(Paragraph(runs(f"… et {others}, détaillés dans le rapport complet."), "small"))
    if results.divided and divided:
        blocks.append(Heading(2, "Des avis partagés"))
        sentences = [
            runs(words.divided_sentence(d.group, questionnaire.question(d.question).text))
            for d in results.divided[: limit or len(results.divided)]
        ]
        blocks.append(Items(tuple(sentences)))
    return blocks


# -- what the answers raise -------------------------------------------------------------------------


def flag_list(results: Results) -> list:
    if not results.flags:
        return [Heading(2, "Alertes"), Paragraph(runs(words.NO_FLAG))]
    rows = [(wording.severity(f.severity), f.title) for f in results.flags]
    return [
        Heading(2, "Alertes"),
        Paragraph(runs(words.FLAG_LIST_INTRO), "small"),
        grid(("Gravité", "Alerte"), rows, (1, 4), caption="Les alertes levées par les réponses"),
    ]


def flags(results: Results) -> list:
    if not results.flags:
        return [Heading(1, "Alertes"), Paragraph(runs(words.NO_FLAG))]
    blocks: list = [Heading(1, "Alertes"), Paragraph(runs(words.FLAGS_INTRO))]
    for flag in results.flags:
        said = [wording.for_stage(flag.explanation, results.stage), wording.reported_by(flag.reported_by)]
        blocks.append(Heading(3, words.typeset(f"{wording.severity(flag.severity)} — {flag.title}")))
        blocks.append(Paragraph(runs(" ".join(x for x in said if x))))
    return blocks


def answers(questionnaire: Questionnaire, results: Results, include_comments: bool) -> list:
    """For each group that may be shown apart: how many chose each answer, and its score."""
    blocks: list = [Heading(1, "Les réponses, question par question"), Paragraph(runs(words.ANSWERS_INTRO), "small")]
    for dimension, questions in words.answered(questionnaire, results, include_comments):
        blocks.append(Heading(2, words.typeset(dimension)))
        for question, lines, comments in questions:
            items = [runs(line) for line in lines] + [runs(run(f"« {c} »", italic=True)) for c in comments]
            blocks += [Paragraph(runs(run(question, bold=True))), Items(tuple(items))]
    return blocks


def missing(questionnaire: Questionnaire, results: Results) -> list:
    if not results.missing and not results.unanswered:
        return []
    blocks: list = [Heading(1, "Ce qui manque")]
    if results.missing:
        items = []
        for item in results.missing:
            share = f" ({wording.percent(item.share)})" if results.shown_missing(item) else ""
            items.append(runs(questionnaire.question(item.question).text + share))
        blocks += [Paragraph(runs(words.MISSING_INTRO)), Items(tuple(items))]
    if results.unanswered:
        items = [runs(questionnaire.question(q).text) for q in results.unanswered]
        blocks += [Paragraph(runs(words.UNANSWERED_INTRO)), Items(tuple(items))]
    return blocks


# -- the actions ------------------------------------------------------------------------------------

#: The columns of an action table: what a funder or a board reads, and what the team follows.
ACTION_COLUMNS = ("N°", "Action, et pourquoi", "Priorité", "Qui", "Pour quand", "Statut")


def action_table(numbered: list[tuple[int, dict]], caption: str):
    rows = []
    for number, action in numbered:
        first = words.short_reason(action["because"])
        what = [run(action["title"], bold=True)]
        if first:
            what.append(run(f"\n{first}"))
        if action["notes"]:
            what += [run("\nNotes : ", bold=True), run(action["notes"])]
        rows.append(
            (
                str(number),
                tuple(what),
                wording.priority(action["priority"]),
                words.owner(action),
                words.due(action),
                wording.status(action["status"]),
            )
        )
    return grid(ACTION_COLUMNS, rows, (0.8, 5.4, 1.5, 2, 2.1, 1.2), caption=caption)


def stream_sections(streams, loose: list[dict], by_id: dict[str, dict]) -> list:
    """Each workstream with its actions; then the actions in no workstream."""
    blocks: list = [Heading(1, "Le plan, chantier par chantier"), Paragraph(runs(words.STREAMS_INTRO))]
    for stream, numbered in words.numbered_streams(streams, loose, by_id):
        if stream is None:
            blocks += [Heading(2, "Nos autres actions"), action_table(numbered, "Nos autres actions")]
            continue
        blocks += [
            Heading(2, words.typeset(stream.title)),
            Paragraph(
                runs(
                    f"{stream.changes} ",
                    run("Qui : ", bold=True),
                    f"{words.stream_owners(stream)}. ",
                    run("Pour quand : ", bold=True),
                    f"{wording.horizon(stream.horizon)}. ",
                    run("Première étape : ", bold=True),
                    stream.first_step,
                )
            ),
        ]
        if stream.funder:
            blocks.append(Paragraph(runs(words.FUNDER_NOTE), "small"))
        blocks.append(action_table(numbered, f"Les actions du chantier « {stream.title} »"))
    return blocks


def action_details(printed: list[dict], detailed: tuple[str, ...]) -> list:
    """The actions of the priorities in ``detailed`` in full (why, how, notes); the others in a table."""
    blocks: list = [Heading(1, "Le plan d’action"), Paragraph(runs(words.ACTIONS_INTRO))]
    if not printed:
        return [*blocks, Paragraph(runs(words.NO_ACTION), "lead")]
    full, brief = words.detailed_and_brief(printed, detailed)
    for number, action, opens in full:
        if opens:
            blocks.append(Heading(2, f"Priorité {wording.priority(opens).lower()}"))
        blocks += action_block(number, action)
    if brief:
        blocks.append(Heading(2, "Ensuite" if len(brief) < len(printed) else "Les actions"))
        blocks.append(Paragraph(runs(words.DETAIL_IN_REPORT), "small"))
        blocks.append(action_table(brief, "Les autres actions"))
    return blocks


def action_block(number: int, action: dict) -> list:
    meta = [
        run("Priorité : ", bold=True),
        run(wording.priority(action["priority"]).lower()),
        run(" · Qui s’en charge : ", bold=True),
        run(words.owner(action)),
        run(" · Pour quand : ", bold=True),
        run(words.due(action)),
        run(" · Statut : ", bold=True),
        run(wording.status(action["status"]).lower()),
    ]
    blocks = [Heading(3, words.typeset(f"{number}. {action['title']}")), Paragraph(tuple(meta), "small")]
    blocks.append(Paragraph(runs(run("Pourquoi", bold=True))))
    blocks.append(Items(tuple(runs(b) for b in action["because"][:4]) or (runs("—"),)))
    blocks.append(Paragraph(runs(run("Comment", bold=True))))
    blocks.append(Items(tuple(runs(step) for step in action["steps"]) or (runs("—"),), numbered=True))
    if action["notes"]:
        blocks.append(Paragraph(runs(run("Notes : ", bold=True), action["notes"])))
    return blocks


def commitment(stage: str | None) -> list:
    rows = [(role, "", "") for role in words.signatories(stage)]
    return [
        Heading(1, "Notre engagement"),
        Paragraph(runs(words.COMMITMENT), "lead"),
        grid(("Rôle", "Nom", "Signature"), rows, (4, 3, 3), tall=True, caption="Les signatures"),
    ]


def sources(questionnaire: Questionnaire) -> list:
    items = []
    for reference in questionnaire.references.values():
        details = ", ".join(x for x in (reference.author, reference.date) if x)
        items.append(runs(run(reference.title, bold=True), f". {details}." if details else "."))
    return [Heading(1, "Sources"), Paragraph(runs(words.SOURCES_INTRO), "small"), Items(tuple(items))]
