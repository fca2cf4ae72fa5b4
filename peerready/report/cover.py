"""The first pages of a document: who answered and the level, then the plan in a few lines."""

from __future__ import annotations

from reportlab.platypus import Spacer, Table, TableStyle

from peerready.engine import results as scoring
from peerready.engine import vocabulary, wording
from peerready.engine.instrument import Questionnaire
from peerready.engine.results import Results
from peerready.report import workstreams
from peerready.report.layout import CONTENT_WIDTH, LEVEL_COLOURS, RULE, SOFT, mm_, para, text

LEVEL_MEANING = {
    "insufficient": "Il manque trop de réponses pour dire où en est la structure. Complétez le questionnaire, "
    "ou au moins sa version courte, avant de tirer des conclusions.",
    "not_ready": "Des conditions importantes ne sont pas réunies. Recruter maintenant exposerait la personne "
    "recrutée, et l’équipe, aux difficultés que le terrain connaît bien. Commencez par le premier chantier.",
    "partly_ready": "Les bases sont là, mais des points restent à consolider. Le plan dit lesquels et dans quel ordre.",
    "ready": "Les conditions d’un bon accueil sont réunies. Le plan aide à les entretenir dans la durée.",
}
#: The same, once a peer is in post: nobody is to be welcomed any more, the job is to hold.
LEVEL_MEANING_IN_POST = {
    **LEVEL_MEANING,
    "not_ready": "Des conditions importantes ne sont pas réunies, alors qu’un travailleur pair ou une travailleuse "
    "paire est déjà en poste : la personne et l’équipe sont exposées aux difficultés que le terrain connaît bien. "
    "Commencez par le premier chantier.",
    "partly_ready": "Les bases sont là, mais des points restent à consolider pour que le poste tienne. Le plan dit "
    "lesquels et dans quel ordre.",
    "ready": "Les conditions d’un bon travail pair sont réunies. Le plan aide à les entretenir dans la durée.",
}
#: A factor from this score up is "already solid" in the summary.
SOLID_SCORE = 75


def solid(results: Results, factor) -> bool:
    """« Déjà solide »: a high score that nothing contradicts — no alert or gap on it, and not the view
    of one group alone when others answered."""
    if factor.score is None or factor.score < SOLID_SCORE:
        return False
    if any(f.factor == factor.id for f in results.flags) or any(factor.id in g.factors for g in results.gaps):
        return False
    return len(factor.by_group) != 1 or len(results.participation) == 1


def participation_text(results: Results) -> str:
    """Who answered, and which groups are shown only in the whole (the anonymity rule of ``results``)."""
    parts = []
    for p in results.participation:
        part = wording.who_answered(p.group, p.modes, p.respondents)
        note = wording.participation_note(p.small, p.visible, p.consent, scoring.ANONYMITY_THRESHOLD)
        parts.append(f"{part} — {note}" if note else part)
    return " ; ".join(parts) or "Personne n’a encore répondu."


def cover(questionnaire: Questionnaire, results: Results, s, document: str, date) -> list:
    level = results.level
    colour = LEVEL_COLOURS[level.id]
    version = "version courte" if results.short else "version complète"
    info = [
        [para("Date", s["cell_bold"]), para(wording.long_date(date), s["cell"])],
        [para("Étape du projet", s["cell_bold"]), para(wording.stage(results.stage, "—"), s["cell"])],
        [para("Questionnaire", s["cell_bold"]), para(f"{questionnaire.title} ({version})", s["cell"])],
        [para("Qui a répondu", s["cell_bold"]), para(participation_text(results), s["cell"])],
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
        para(ANONYMITY_NOTE, s["small"]),
    ]


#: The anonymity rule of ``results`` (docs/scoring.md), in two sentences a room can read aloud: a group
#: answering person by person is shown apart, and on a question, only from this number of people; below,
#: only if they agree.
ANONYMITY_NOTE = (
    "Ce document ne contient aucun nom. Quand moins de "
    f"{wording.in_words(scoring.ANONYMITY_THRESHOLD)} personnes ont répondu chacune de son côté, leurs réponses "
    "ne sont montrées qu’avec leur accord."
)


def summary(questionnaire: Questionnaire, results: Results, actions: list[dict], s, streams=()) -> list:
    """The level in plain words, the three workstreams (or actions) that matter most, what is solid,
    what is not known."""
    meaning = LEVEL_MEANING_IN_POST if results.stage in vocabulary.STAGES_WITH_PEER else LEVEL_MEANING
    story = [Spacer(1, 4), para("En résumé", s["h1"]), para(meaning[results.level.id], s["body"])]
    open_actions = [a for a in actions if a["status"] not in ("done", "dropped")]
    if streams:
        story += workstreams.first_three(streams, s)
    elif open_actions:
        heading = "Les trois choses qui comptent le plus" if len(open_actions) >= 3 else "Ce qui compte le plus"
        story.append(para(heading, s["h2"]))
        for number, action in enumerate(open_actions[:3], 1):
            why = f" — {text(action['because'][0])}" if action["because"] else ""
            story.append(para(f"<b>{number}. {text(action['title'])}</b>{why}", s["bullet"], markup=True))
    strong = sorted((f for f in results.factors if solid(results, f)), key=lambda f: -f.score)[:5]
    story.append(para("Ce qui est déjà solide", s["h2"]))
    if strong:
        for factor in strong:
            according = ""
            if len(factor.by_group) == 1:  # one group's view only: say whose
                according = f", selon {wording.group_in_text(next(iter(factor.by_group)))}"
            story.append(
                para(
                    f"• {text(factor.label)} ({wording.score(factor.score)}{text(according)})",
                    s["bullet"],
                    markup=True,
                )
            )
    else:
        story.append(
            para(
                f"Aucun facteur n’atteint encore {wording.score(SOLID_SCORE)} : le plan d’action indique par où "
                "commencer.",
                s["body"],
            )
        )
    if results.unanswered or results.missing:
        story.append(para("Ce qui reste à savoir", s["h2"]))
        if results.unanswered:
            count = len(results.unanswered)
            said = "est restée" if count == 1 else "sont restées"
            story.append(
                para(f"{wording.plural(count, 'question')} sur {results.asked} {said} sans réponse.", s["body"])
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
