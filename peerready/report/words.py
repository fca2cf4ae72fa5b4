"""The words of PeerReady's documents, once, whatever they are printed with.

The PDF (reportlab), the word-processor document (python-docx) and the spreadsheets say the
same things: the level in plain words, who signs, why an action was proposed, the sentences
that open each part. They are written here and nowhere else, so the documents never drift
apart. Neither reportlab nor any other document library is imported here.
"""

from __future__ import annotations

import re

from peerready.engine import results as scoring
from peerready.engine import typography, vocabulary, wording
from peerready.engine.results import Results

#: « 75/100 : » — the typography leaves a colon after a number as it is (« 10:30 »); a spaced one
#: after a score still must not start a line.
_COLON_AFTER_NUMBER = re.compile(r"(?<=\d)[ \t]+:(?=\s|$)")


#: What XML 1.0 cannot hold (control characters, lone surrogates, U+FFFE/U+FFFF): the word-processor
#: document and the spreadsheet are XML inside.
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")


def xml_safe(value: str) -> str:
    """``value`` without what XML cannot hold: a text that came in with it (a pasted note, an imported
    file) is written without it, never refused."""
    return _NOT_XML.sub("", value)


def typeset(value: str) -> str:
    """``typography.french``, and a no-break space before a colon that follows a number."""
    return _COLON_AFTER_NUMBER.sub(typography.NBSP + ":", typography.french(value))


# -- the level --------------------------------------------------------------------------------------

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


def level_meaning(results: Results) -> str:
    """What the level means for this team, at its stage."""
    meaning = LEVEL_MEANING_IN_POST if results.stage in vocabulary.STAGES_WITH_PEER else LEVEL_MEANING
    return meaning[results.level.id]


def solid(results: Results, factor) -> bool:
    """« Déjà solide »: a high score that nothing contradicts — no alert or gap on it, and not the view
    of one group alone when others answered."""
    if factor.score is None or factor.score < SOLID_SCORE:
        return False
    if any(f.factor == factor.id for f in results.flags) or any(factor.id in g.factors for g in results.gaps):
        return False
    return len(factor.by_group) != 1 or len(results.participation) == 1


def solid_lines(results: Results) -> list[str]:
    """The five most solid factors, one line each (« Soutien de la direction (82/100, selon la direction) »)."""
    strong = sorted((f for f in results.factors if solid(results, f)), key=lambda f: -f.score)[:5]
    lines = []
    for factor in strong:
        according = ""
        if len(factor.by_group) == 1:  # one group's view only: say whose
            according = f", selon {wording.group_in_text(next(iter(factor.by_group)))}"
        lines.append(f"{factor.label} ({wording.score(factor.score)}{according})")
    return lines


NOTHING_SOLID = (
    f"Aucun facteur n’atteint encore {wording.score(SOLID_SCORE)} : le plan d’action indique par où commencer."
)


def participation_text(results: Results) -> str:
    """Who answered, and which groups are shown only in the whole (the anonymity rule of ``results``)."""
    parts = []
    for p in results.participation:
        part = wording.who_answered(p.group, p.modes, p.respondents)
        note = wording.participation_note(p.small, p.visible, p.consent, scoring.ANONYMITY_THRESHOLD)
        parts.append(f"{part} — {note}" if note else part)
    return " ; ".join(parts) or "Personne n’a encore répondu."


#: The anonymity rule of ``results`` (docs/scoring.md), in two sentences a room can read aloud: a group
#: answering person by person is shown apart, and on a question, only from this number of people; below,
#: only if they agree.
ANONYMITY_NOTE = (
    "Ce document ne contient aucun nom. Quand moins de "
    f"{wording.in_words(scoring.ANONYMITY_THRESHOLD)} personnes ont répondu chacune de son côté, leurs réponses "
    "ne sont montrées qu’avec leur accord."
)


def version_text(results: Results) -> str:
    return "version courte" if results.short else "version complète"


def unanswered_sentence(results: Results) -> str:
    count = len(results.unanswered)
    said = "est restée" if count == 1 else "sont restées"
    return f"{wording.plural(count, 'question')} sur {results.asked} {said} sans réponse."


def missing_sentence(labels: list[str]) -> str:
    return (
        "Beaucoup de « je ne sais pas » sur : " + ", ".join(labels) + ". Ne pas savoir est déjà une information : "
        "l’équipe manque d’éléments sur ces points."
    )


def top_heading(count: int, what: str = "choses") -> str:
    """« Les trois chantiers qui comptent le plus », or « Les chantiers… » when there are fewer."""
    if what == "chantiers":
        return "Les trois chantiers qui comptent le plus" if count == 3 else "Les chantiers qui comptent le plus"
    return "Les trois choses qui comptent le plus" if count >= 3 else "Ce qui compte le plus"


# -- the parts' opening sentences -------------------------------------------------------------------

RADAR_INTRO = (
    "Chaque axe est une dimension, de 0 (au centre) à 100 (au bord) : plus la ligne est loin du centre, plus la "
    "structure est prête sur ce point."
)
#: Where a document has the table without the radar (the word-processor file).
DIMENSIONS_INTRO = (
    "Chaque dimension a un score de 0 à 100 : plus il est haut, plus la structure est prête sur ce point."
)
FACTORS_INTRO = (
    "Chaque facteur regroupe les questions qui en parlent. Pour les facteurs de risque (marqués « risque »), un "
    "score élevé veut dire que le risque est faible."
)
CORE_NOTE = "★ facteur essentiel."
GAPS_INTRO = (
    "Sur ces questions, deux groupes ne voient pas la situation de la même façon "
    f"({wording.points(scoring.GAP_POINTS)} d’écart ou plus sur 100). C’est souvent là qu’il faut commencer à se "
    "parler."
)
FLAG_LIST_INTRO = (
    "Des réponses qui correspondent à des causes d’échec connues (alertes graves) ou à des risques à surveiller "
    "(points de vigilance). Le rapport complet les explique."
)
FLAGS_INTRO = (
    "Ces réponses correspondent à des situations que le terrain décrit comme des causes d’échec (alertes graves) "
    "ou des risques à surveiller (points de vigilance)."
)
NO_FLAG = "Aucune alerte n’a été levée par les réponses."
ANSWERS_INTRO = (
    "Pour chaque groupe affichable : combien ont choisi chaque réponse, et le score du groupe sur 100. Un groupe "
    f"qui a répondu personne par personne à moins de {wording.plural(scoring.ANONYMITY_THRESHOLD, 'personne')} "
    "n’apparaît pas ici."
)
MISSING_INTRO = "Questions où au moins un tiers des réponses sont « je ne sais pas » :"
UNANSWERED_INTRO = "Questions posées restées sans réponse :"
ACTIONS_INTRO = (
    "Les actions sont rangées par priorité, puis par échéance. Pour chacune : ce qu’il faut faire, pourquoi (les "
    "réponses qui l’ont fait proposer), qui la porte et pour quand. La case à cocher sert au point d’étape suivant."
)
NO_ACTION = (
    "Aucune action n’est proposée : les réponses ne montrent pas de point faible. Gardez le cap, et refaites le "
    "point dans un an."
)
DETAIL_IN_REPORT = "Le détail de ces actions (comment faire, étape par étape) est dans le rapport complet."
STREAMS_INTRO = (
    "Chaque chantier dit qui le porte, pour quand, et par quoi commencer cette semaine. Les étapes de chaque "
    "action sont dans le rapport complet ; la case à cocher sert au point d’étape suivant."
)
FUNDER_NOTE = "Une partie dépend d’un financeur : commencez par ce que la structure décide seule."
SOURCES_INTRO = "Les questions, les alertes et les actions s’appuient sur ces documents, que PeerReady paraphrase."


def divided_sentence(group: str, question_text: str) -> str:
    """« L’équipe est partagée sur : « … » »."""
    who = wording.group_in_text(group)
    said = (
        f"{who[0].upper()}{who[1:]} est partagée sur"
        if group in ("team", "management")
        else f"Avis partagés dans {who} sur"
    )
    return f"{said} : « {question_text} »"


# -- the actions ------------------------------------------------------------------------------------

#: The characters of the reason under an action's title in a checklist.
REASON_LIMIT = 110
#: Who signs the plan; the peer worker only once in post, and only if they wish (« si la personne le souhaite »).
SIGNATORIES = (
    "Direction",
    "Chef ou cheffe de service",
    "Pour l’équipe",
    "Travailleur pair ou travailleuse paire (si la personne le souhaite)",
)
#: What the signatories commit to: true of a team that was consulted as of one that was not.
#: The date's blanks never part across two lines.
COMMITMENT = (
    "Nous nous engageons à mettre ce plan en œuvre et à en faire le point le :\u00a0"
    "____\u00a0/\u00a0____\u00a0/\u00a0________"
)


def signatories(stage: str | None) -> tuple[str, ...]:
    """Who signs at ``stage``: before a peer is in post, no row for a person who is not there yet."""
    return SIGNATORIES[:-1] if stage in vocabulary.STAGES_BEFORE_PEER else SIGNATORIES


def reason(because: list[str]) -> str:
    """The one reason a checklist line gives: an alert when there is one, else the first reason that is
    not a gap, else the gap (in words: what each group answered)."""
    alerts = tuple(f"{label} :" for label in vocabulary.SEVERITIES.values())
    alert = [b for b in because if b.replace("\u00a0", " ").replace("\u202f", " ").startswith(alerts)]
    other = [b for b in because if not wording.is_gap_reason(b)]
    return (alert or other or because or [""])[0]


def short_reason(because: list[str]) -> str:
    """The first reason, shortened outside any quotation, for a checklist line."""
    return wording.shorten(reason(because), REASON_LIMIT) if because else ""


def action_fields(action) -> dict:
    """Engine suggestions and stored actions look alike once printed."""
    return {
        "id": action.id,
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


def owner(action: dict) -> str:
    return wording.owner(action["owner_role"], action["owner_name"])


def due(action: dict) -> str:
    return wording.due(action["due_date"], action["horizon"])


def stream_owners(stream) -> str:
    """Who carries a workstream, in words."""
    return ", ".join(wording.owner_role(o) for o in stream.owners)


# -- the answers, question by question --------------------------------------------------------------


def answered(questionnaire, results: Results, include_comments: bool) -> list[tuple[str, list[tuple]]]:
    """Each dimension with its questions shown (``results.shown_answers``, its anonymity policy): the
    question's text, one line per group (« Équipe (40/100) — Oui : 3 · Non : 2 »), its comments when
    ``include_comments``."""
    modes = {p.group: p.modes for p in results.participation}
    found = []
    for dimension in questionnaire.dimensions:
        questions = []
        for question in questionnaire.questions:
            if question.dimension != dimension.id:
                continue
            shown = results.shown_answers(question.id)
            if not shown:
                continue
            lines = []
            for group, answers in shown.items():
                score = "" if answers.score is None else f" ({wording.score(answers.score * 100)})"
                chosen = [o for o in question.options if answers.counts.get(o.value)]
                if modes.get(group) == ("consensus",):
                    said = "réponse commune : " + ", ".join(o.label for o in chosen)
                else:
                    said = " · ".join(f"{o.label} : {answers.counts[o.value]}" for o in chosen)
                lines.append(f"{wording.group(group)}{score} — {said}")
            comments = list(results.comments.get(question.id, ())) if include_comments else []
            questions.append((question.text, lines, comments))
        if questions:
            found.append((dimension.label, questions))
    return found


# -- the order of the actions -----------------------------------------------------------------------


def numbered_streams(streams, loose: list[dict], by_id: dict[str, dict]) -> list[tuple[object, list]]:
    """Each workstream (``None`` for the actions in none) with its printed actions numbered on through
    the plan: [(stream, [(1, action), (2, action)]), …]; a workstream with no action left is skipped."""
    sections: list[tuple[object, list]] = []
    number = 0
    groups = [(stream, [by_id[a] for a in stream.actions if a in by_id]) for stream in streams]
    for stream, members in [*groups, (None, loose)]:
        if not members:
            continue
        sections.append((stream, [(number + i, action) for i, action in enumerate(members, 1)]))
        number += len(members)
    return sections


def detailed_and_brief(printed: list[dict], detailed: tuple[str, ...]) -> tuple[list, list]:
    """The actions of the priorities in ``detailed``, each with the priority whose heading it opens
    (or ``None``): [(number, action, "critical"), (number, action, None)…]; and the others, numbered."""
    full, brief = [], []
    current = None
    for number, action in enumerate(printed, 1):
        if action["priority"] not in detailed:
            brief.append((number, action))
            continue
        opens = action["priority"] if action["priority"] != current else None
        current = action["priority"]
        full.append((number, action, opens))
    return full, brief
