"""How PeerReady words things for people: names, marks, colours, dates, numbers and plurals.

Each wording lives here once; the screen, the printed documents and the command line all take it
from here, so they never say the same thing two ways. The ids and their own names are the
``vocabulary``; this module reads them and holds every other form (short, in a sentence, marked).
Colours are plain ``#rrggbb`` strings: each face turns them into its own colour type. No Qt, no
reportlab.
"""

from __future__ import annotations

import datetime as dt
import re

from peerready.engine import vocabulary

# --------------------------------------------------------------------------- names


def _named(names: dict[str, str], key: str | None, missing: str) -> str:
    if not key:
        return missing
    return names.get(key, key)


def group(group_id: str) -> str:
    """« Direction et encadrement »: a group as a heading or a list names it."""
    return _named(vocabulary.GROUPS, group_id, "")


def group_column(group_id: str) -> str:
    """« Direction »: a group as a narrow table column names it."""
    return _named(vocabulary.GROUPS_SHORT, group_id, "")


def group_in_text(group_id: str) -> str:
    """« la direction »: a group inside a sentence."""
    return _named(vocabulary.GROUPS_IN_TEXT, group_id, "")


def stage(stage_id: str | None, missing: str = "") -> str:
    """« Réflexion / préparation, pas encore de recrutement »."""
    return _named(vocabulary.STAGES, stage_id, missing)


#: A stage in a list or a table cell: its name up to the first comma.
STAGES_SHORT: dict[str, str] = {key: name.split(",")[0] for key, name in vocabulary.STAGES.items()}


def stage_short(stage_id: str | None, missing: str = "") -> str:
    """« Réflexion / préparation »."""
    return _named(STAGES_SHORT, stage_id, missing)


def level(level_id: str | None, missing: str = "") -> str:
    """« Pas encore prêt »."""
    return _named(vocabulary.LEVELS, level_id, missing)


def severity(severity_id: str) -> str:
    """« Alerte grave » or « Point de vigilance »."""
    return _named(vocabulary.SEVERITIES, severity_id, "")


#: A mark that tells a severity without colour.
SEVERITY_MARKS: dict[str, str] = {"critical": "▲", "warning": "△"}


def severity_marked(severity_id: str) -> str:
    """« ▲ Alerte grave »."""
    return f"{SEVERITY_MARKS.get(severity_id, '')} {severity(severity_id)}".strip()


def priority(priority_id: str) -> str:
    """« Critique »."""
    return _named(vocabulary.PRIORITIES, priority_id, "")


#: Marks that say the priority without colour, on screen and in black-and-white print.
PRIORITY_MARKS: dict[str, str] = {"critical": "●●●●", "high": "●●●○", "medium": "●●○○", "low": "●○○○"}


def priority_marked(priority_id: str) -> str:
    """« ●●●● Critique »."""
    return f"{PRIORITY_MARKS.get(priority_id, '')} {priority(priority_id)}".strip()


def status(status_id: str) -> str:
    """« À faire », « En cours », « Fait », « Abandonné »."""
    return _named(vocabulary.STATUSES, status_id, "")


#: Marks for the statuses that close an action, so a list shows them at a glance.
STATUS_MARKS: dict[str, str] = {"done": "✓", "dropped": "✕"}


def status_marked(status_id: str) -> str:
    """« ✓ Fait », « ✕ Abandonné », « En cours »."""
    return f"{STATUS_MARKS.get(status_id, '')} {status(status_id)}".strip()


def owner_role(role_id: str) -> str:
    """« Chef ou cheffe de service »."""
    return _named(vocabulary.OWNER_ROLES, role_id, "")


def owner(role_id: str, name: str = "") -> str:
    """Who carries an action: « Direction (Awa) », or the role alone."""
    role = owner_role(role_id)
    return f"{role} ({name})" if name else role


def horizon(horizon_id: str | None, missing: str = "—") -> str:
    """« Dans les 3 mois »."""
    return _named(vocabulary.HORIZONS, horizon_id, missing)


def due(due_date: str, horizon_id: str | None, missing: str = "—") -> str:
    """When an action is due: its date (« 3 mars 2026 ») when one is set, else its horizon."""
    return long_date(due_date) if due_date else horizon(horizon_id, missing)


#: How a group answered, inside a sentence or a list (``vocabulary.MODES`` names the choice itself).
MODES_IN_TEXT: dict[str, str] = {
    "individual": "à tour de rôle",
    "tally": "décompte",
    "consensus": "réponse commune",
}


def mode_in_text(mode_id: str) -> str:
    """« décompte »."""
    return _named(MODES_IN_TEXT, mode_id, "")


def who_answered(group_id: str, modes: tuple[str, ...], respondents: int) -> str:
    """« Équipe (décompte, 9 personnes) »; a common answer is one voice: « Direction (réponse commune) »."""
    how = ", ".join(mode_in_text(m) for m in modes)
    if tuple(modes) == ("consensus",):
        return f"{group(group_id)} ({how})"
    return f"{group(group_id)} ({how}, {plural(respondents, 'personne')})"


def participation_note(small: bool, visible: bool, consent: str, threshold: int) -> str:
    """Why a group is or is not shown apart, for the « qui a répondu » line of a screen or a document."""
    if not small:
        return ""
    if visible:
        return "a choisi de partager ses réponses"
    if consent == "risks":
        return "seuls les risques signalés sont partagés, sans les réponses ; compté dans l’ensemble"
    return f"pas montré à part en dessous de {plural(threshold, 'personne')}, compté dans l’ensemble"


def gap_subject(gap, question_text, factor_label: str = "") -> str:
    """What a gap is about: its question; for twins, each group's own wording (one line each);
    for a factor, the factor as a whole. ``question_text`` gives a question's text from its id."""
    if gap.kind == "factor":
        return f"« {factor_label or gap.factor} », toutes questions prises ensemble"
    if gap.kind == "twins":
        return "\n".join(f"{group(g)} : « {question_text(q)} »" for g, q in gap.questions.items())
    return question_text(gap.question)


def reported_by(count: int | None) -> str:
    """« Signalé par 4 pairs »: said only from three of them (fewer would point at people)."""
    return f"Signalé par {count} pairs" if count else ""


# --------------------------------------------------------------------------- colours

#: The readiness level's colour; the level is always written too.
LEVEL_COLOURS: dict[str, str] = {
    "insufficient": "#5b6675",
    "not_ready": "#a4262c",
    "partly_ready": "#c25e00",
    "ready": "#2e7d32",
}
#: The priority's colour; the priority is always written and marked too.
PRIORITY_COLOURS: dict[str, str] = {
    "critical": "#a4262c",
    "high": "#c25e00",
    "medium": "#1f5f8b",
    "low": "#5b6675",
}
#: One colour per group in the charts, on a light background (the whole is drawn in the text colour).
GROUP_COLOURS: dict[str, str] = {
    "management": "#1f5fa8",
    "team": "#b34710",
    "peer": "#7b3fa0",
    "people": "#2b7a3d",
}
#: The same groups on a dark or high-contrast background.
GROUP_COLOURS_ON_DARK: dict[str, str] = {
    "management": "#ffd500",
    "team": "#7fd4ff",
    "peer": "#ff9ed8",
    "people": "#9cff9c",
}
#: One marker shape per series, so the charts read in black and white: "all" is the whole.
GROUP_MARKERS: dict[str, str] = {
    "all": "circle",
    "management": "square",
    "team": "triangle",
    "peer": "diamond",
    "people": "cross",
}


def level_colour(level_id: str) -> str:
    return LEVEL_COLOURS.get(level_id, LEVEL_COLOURS["insufficient"])


# --------------------------------------------------------------------------- dates

MONTHS = (
    "janvier",
    "février",
    "mars",
    "avril",
    "mai",
    "juin",
    "juillet",
    "août",
    "septembre",
    "octobre",
    "novembre",
    "décembre",
)


def as_day(value: str | dt.date | None) -> dt.date | None:
    """The day of an ISO date or timestamp (today when None); None for a text that is not a date."""
    if value is None:
        return dt.date.today()
    if isinstance(value, dt.date):
        return value
    try:
        return dt.date.fromisoformat(value[:10])
    except ValueError:
        return None


def long_date(value: str | dt.date | None = None) -> str:
    """« 15 janvier 2027 », « 1er mars 2026 » from an ISO date or timestamp (today when None).

    A text that is not a date is returned as it is.
    """
    day = as_day(value)
    if day is None:
        return str(value)
    first = "1er" if day.day == 1 else str(day.day)
    return f"{first} {MONTHS[day.month - 1]} {day.year}"


def short_date(value: str | dt.date | None = None) -> str:
    """« 15/01/2027 » from an ISO date or timestamp (today when None); a text that is not a date as it is."""
    day = as_day(value)
    if day is None:
        return str(value)
    return f"{day.day:02d}/{day.month:02d}/{day.year}"


# --------------------------------------------------------------------------- numbers


def number(value: float | None, missing: str = "—") -> str:
    """« 62 »: a score or a count rounded to a whole number."""
    return missing if value is None else f"{value:.0f}"


def score(value: float | None, missing: str = "—") -> str:
    """« 62/100 »."""
    return missing if value is None else f"{value:.0f}/100"


def percent(share: float | None, missing: str = "—") -> str:
    """« 33 % » from a share between 0 and 1."""
    return missing if share is None else f"{share * 100:.0f} %"


def points(difference: float) -> str:
    """« 93 points », « 1 point »: a difference between two scores out of 100."""
    return plural(round(difference), "point")


MINUS = "\u2212"


def change(value: float | None, missing: str = "—") -> str:
    """« ▲ +12 », « ▼ −5 », « = 0 »: a change written with its sign and an arrow, so it reads without colour."""
    if value is None:
        return missing
    rounded = round(value)
    if rounded > 0:
        return f"▲ +{rounded}"
    if rounded < 0:
        return f"▼ {MINUS}{-rounded}"
    return "= 0"


def plural(count: int, singular: str, plural_form: str | None = None, *, space: str = " ") -> str:
    """« 1 structure », « 2 structures », « 0 structure »: French puts 0 and 1 in the singular.

    ``space`` goes between the number and the word: a no-break space (``typography.NBSP``) in a
    title that must not break there.
    """
    word = singular if abs(count) < 2 else (plural_form or singular + "s")
    return f"{count}{space}{word}"


#: Small numbers said in words, as a sentence read aloud says them.
NUMBER_WORDS = ("zéro", "une", "deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf", "dix")


def in_words(count: int) -> str:
    """« trois » for 3 (up to ten; beyond, the digits)."""
    return NUMBER_WORDS[count] if 0 <= count < len(NUMBER_WORDS) else str(count)


# --------------------------------------------------------------------------- texts

#: What may hang at the end of a shortened text and says nothing without what followed it.
_DANGLING = re.compile(
    r"(?:[\s,;:\u00a0\u202f—–-]|\b(?:sur|et|ou|de|du|des|entre|avec|pour|par|à|au|aux|en|le|la|les|un|une|que|qui)\b"
    r"|\b[ldLD][’'])+$"
)


def shorten(value: str, limit: int) -> str:
    """``value`` in at most about ``limit`` characters, cut at a word, never inside a quotation « … »,
    without a dangling « sur » or comma, and ended with « … » when something was left out."""
    if len(value) <= limit:
        return value
    depth, cut = 0, 0
    for index, char in enumerate(value):
        if index > limit:
            break
        if char == "«":
            depth += 1
        elif char == "»":
            depth = max(depth - 1, 0)
            if depth == 0:
                cut = index + 1
        elif char in " \u00a0\u202f" and depth == 0:
            cut = index
    kept = _DANGLING.sub("", value[:cut]).rstrip(" .")
    if not kept:  # one long word or quotation: the words that fit, closing what is opened
        kept = value[:limit].rsplit(" ", 1)[0].rstrip(" ,;:")
        if kept.count("«") > kept.count("»"):
            return kept + "…\u00a0»"
    if value[len(kept) :].startswith((",", ";", ".")):
        return kept  # cut at the end of a clause: what is kept says all it says
    return kept + "\u00a0…"


_GAP_REASON = re.compile(r"^Écart de |\(\d+ points d’écart\)$")


def is_gap_reason(reason: str) -> bool:
    """A reason of the plan that is a perception gap (``engine.plan``: « (60 points d’écart) » at its end;
    « Écart de 60 points… » in plans stored before)."""
    return bool(_GAP_REASON.search(reason.strip()))


#: Said of the peer worker before arrival, and once in post (the stages of ``vocabulary.STAGES_WITH_PEER``).
_IN_POST = (("personne recrutée", "personne en poste"), ("personnes recrutées", "personnes en poste"))
#: Before arrival, « la personne en poste » (the peer of this structure) is « la personne recrutée »; « une
#: personne en poste de travail pair ailleurs », « des pairs en poste » name peers elsewhere and stay.
_BEFORE_ARRIVAL = re.compile(r"\b([Ll]a|[Ll]es) (personnes?) en poste\b(?! de travail pair)(?! ailleurs)")


def for_stage(value: str, stage: str | None) -> str:
    """A text of the questionnaire as it reads at ``stage``: once a peer is in post, « la personne
    recrutée » is « la personne en poste » (in the questionnaire, « recrutée » always names the peer);
    before a peer is in post (``vocabulary.STAGES_BEFORE_PEER``), « la personne en poste » is « la personne
    recrutée ». With no stage known, the text is left as written."""
    if stage in vocabulary.STAGES_BEFORE_PEER:
        return _BEFORE_ARRIVAL.sub(lambda m: f"{m[1]} {m[2]} recrutée{'s' if m[2].endswith('s') else ''}", value)
    if stage not in vocabulary.STAGES_WITH_PEER:
        return value
    for before, after in _IN_POST:
        value = value.replace(before, after)
    return value
