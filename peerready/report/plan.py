"""The action plan handed out at the end of a workshop, and the full report built on it.

Each part of a document is made by its own module (``cover``, ``scores``, ``findings``, ``actions``);
this one puts the parts in order.
"""

from __future__ import annotations

from reportlab.platypus import CondPageBreak, KeepTogether

from peerready.engine import vocabulary, wording, workplan
from peerready.engine.instrument import Questionnaire
from peerready.engine.results import Results
from peerready.report import actions as plan_actions
from peerready.report import cover, findings, scores, words, workstreams
from peerready.report.layout import build, mm_, para, styles, text


def short_sources(questionnaire: Questionnaire, s) -> list:
    """The sources in one paragraph (the full report lists them with their authors)."""
    titles = " ; ".join(f"<i>{text(r.title)}</i> ({text(r.date)})" for r in questionnaire.references.values())
    return [KeepTogether([para(f"<b>Sources</b> — {titles}.", s["small"], markup=True)])]


def sources(questionnaire: Questionnaire, s) -> list:
    story = [
        CondPageBreak(50 * mm_(1)),
        para("Sources", s["h2"]),
        para(words.SOURCES_INTRO, s["small"]),
    ]
    for reference in questionnaire.references.values():
        details = ", ".join(x for x in (reference.author, reference.date) if x)
        story.append(para(f"• <b>{text(reference.title)}</b>. {text(details)}.", s["small_ink"], markup=True))
    return story


def _document(results: Results, date, title: str, subject: str, body: list) -> bytes:
    structure = results.structure or "Structure"
    return build(
        body,
        title=f"{title} — {structure}",
        subject=subject,
        header_left=f"{structure} · {title}",
        header_right=wording.long_date(date),
    )


def action_plan(questionnaire: Questionnaire, results: Results, actions, *, date=None) -> bytes:
    """The action plan: cover, summary, where the team stands, flags, actions, commitment, sources."""
    s = styles()
    printed = [words.action_fields(a) for a in actions]
    streams, loose = workplan.group(questionnaire, results.stage, actions)
    story = cover.cover(questionnaire, results, s, "Plan d’action", date)
    story += cover.summary(questionnaire, results, printed, s, streams=streams)
    story += scores.where_we_stand(questionnaire, results, s, compact=bool(streams))
    if streams:  # the alerts are behind each action (« pourquoi »); all of them are in the full report
        story += scores.gaps(questionnaire, results, s, limit=2, divided=False)
    else:
        story += scores.gaps(questionnaire, results, s, limit=5)
        story += findings.flag_list(results, s)
    if streams:
        by_id = {p["id"]: p for p in printed}
        story += workstreams.sections(streams, [by_id[a.id] for a in loose], by_id, s)
    else:
        story += plan_actions.actions(printed, s, detailed=("critical",))
    story += plan_actions.commitment(s, results.stage)
    story += short_sources(questionnaire, s) if streams else sources(questionnaire, s)
    return _document(
        results,
        date,
        "Plan d’action",
        "Préparer l’accueil d’un travailleur pair ou d’une travailleuse paire : résultats et plan d’action",
        story,
    )


def full_report(
    questionnaire: Questionnaire, results: Results, actions, *, date=None, include_comments: bool = False
) -> bytes:
    """Everything in the plan, plus the results per factor and the answers question by question."""
    s = styles()
    printed = [words.action_fields(a) for a in actions]
    streams, _ = workplan.group(questionnaire, results.stage, actions)
    story = cover.cover(questionnaire, results, s, "Rapport complet", date)
    story += cover.summary(questionnaire, results, printed, s, streams=streams)
    story += scores.where_we_stand(questionnaire, results, s)
    story += scores.factors(questionnaire, results, s)
    story += scores.gaps(questionnaire, results, s, limit=None)
    story += findings.flags(results, s)
    story += findings.answers(questionnaire, results, s, include_comments)
    story += findings.missing(questionnaire, results, s)
    story += plan_actions.actions(printed, s, detailed=tuple(vocabulary.PRIORITIES))
    story += plan_actions.commitment(s, results.stage)
    story += sources(questionnaire, s)
    return _document(
        results,
        date,
        "Rapport complet",
        "Préparer l’accueil d’un travailleur pair ou d’une travailleuse paire : rapport complet",
        story,
    )
