"""The engine's shared words as the interface shows them: in the interface's language.

The engine names groups, stages, levels, modes, roles, horizons, priorities and statuses in French
(``engine.vocabulary``, ``engine.wording``), for the documents and the command line, which stay
French. On screen, those names are part of the app's own words: this module gives them in the
interface's language, through the catalogue (context ``Vocabulary`` for the names, ``Plural`` for
the words counted in « 3 réponses »), and writes counts and dates as that language does. In French
it returns the engine's wording unchanged.

Every name the engine can give is listed below as a literal, so that ``pyside6-lupdate`` puts it
in the catalogue; ``tests/ui/test_words.py`` fails when the engine gains a name this list lacks,
or when the interface counts a word that is not in ``NOUNS``.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QDate, QLocale

from peerready.engine import typography, vocabulary, wording
from peerready.ui import language

NAMES = (
    QT_TRANSLATE_NOOP("Vocabulary", "Direction et encadrement"),
    QT_TRANSLATE_NOOP("Vocabulary", "Équipe"),
    QT_TRANSLATE_NOOP("Vocabulary", "Travailleur pair ou travailleuse paire"),
    QT_TRANSLATE_NOOP("Vocabulary", "Personnes accompagnées"),
    QT_TRANSLATE_NOOP("Vocabulary", "la direction"),
    QT_TRANSLATE_NOOP("Vocabulary", "l’équipe"),
    QT_TRANSLATE_NOOP("Vocabulary", "la personne en poste de travail pair"),
    QT_TRANSLATE_NOOP("Vocabulary", "les personnes accompagnées"),
    QT_TRANSLATE_NOOP("Vocabulary", "Direction"),
    QT_TRANSLATE_NOOP("Vocabulary", "Pairs"),
    QT_TRANSLATE_NOOP("Vocabulary", "Réflexion / préparation, pas encore de recrutement"),
    QT_TRANSLATE_NOOP("Vocabulary", "Recrutement en cours"),
    QT_TRANSLATE_NOOP("Vocabulary", "Poste de travail pair occupé depuis moins d’un an"),
    QT_TRANSLATE_NOOP("Vocabulary", "Poste installé depuis plus d’un an"),
    QT_TRANSLATE_NOOP("Vocabulary", "Réflexion / préparation"),
    QT_TRANSLATE_NOOP("Vocabulary", "À tour de rôle"),
    QT_TRANSLATE_NOOP("Vocabulary", "Décompte (vote à main levée ou bulletins)"),
    QT_TRANSLATE_NOOP("Vocabulary", "Réponse commune"),
    QT_TRANSLATE_NOOP("Vocabulary", "à tour de rôle"),
    QT_TRANSLATE_NOOP("Vocabulary", "décompte"),
    QT_TRANSLATE_NOOP("Vocabulary", "réponse commune"),
    QT_TRANSLATE_NOOP("Vocabulary", "Chef ou cheffe de service"),
    QT_TRANSLATE_NOOP("Vocabulary", "Ressources humaines"),
    QT_TRANSLATE_NOOP("Vocabulary", "Plateforme de soutien"),
    QT_TRANSLATE_NOOP("Vocabulary", "Dès\u00a0maintenant"),
    QT_TRANSLATE_NOOP("Vocabulary", "Avant l’arrivée de la personne"),
    QT_TRANSLATE_NOOP("Vocabulary", "Dans les 3\u00a0mois"),
    QT_TRANSLATE_NOOP("Vocabulary", "Dans les 6\u00a0mois"),
    QT_TRANSLATE_NOOP("Vocabulary", "Dans l’année"),
    QT_TRANSLATE_NOOP("Vocabulary", "Dans la durée"),
    QT_TRANSLATE_NOOP("Vocabulary", "Critique"),
    QT_TRANSLATE_NOOP("Vocabulary", "Haute"),
    QT_TRANSLATE_NOOP("Vocabulary", "Moyenne"),
    QT_TRANSLATE_NOOP("Vocabulary", "Basse"),
    QT_TRANSLATE_NOOP("Vocabulary", "Alerte grave"),
    QT_TRANSLATE_NOOP("Vocabulary", "Point de vigilance"),
    QT_TRANSLATE_NOOP("Vocabulary", "Pas assez de réponses pour conclure"),
    QT_TRANSLATE_NOOP("Vocabulary", "Pas encore prêt"),
    QT_TRANSLATE_NOOP("Vocabulary", "En partie prêt"),
    QT_TRANSLATE_NOOP("Vocabulary", "Prêt"),
    QT_TRANSLATE_NOOP("Vocabulary", "À faire"),
    QT_TRANSLATE_NOOP("Vocabulary", "En cours"),
    QT_TRANSLATE_NOOP("Vocabulary", "Fait"),
    QT_TRANSLATE_NOOP("Vocabulary", "Abandonné"),
    QT_TRANSLATE_NOOP("Vocabulary", "Tout partager : mes réponses peuvent apparaître dans les résultats communs"),
    QT_TRANSLATE_NOOP("Vocabulary", "Partager les risques que je signale, sans mes réponses"),
    QT_TRANSLATE_NOOP(
        "Vocabulary", "Ne rien partager : mes réponses comptent seulement dans les scores d’ensemble et le niveau"
    ),
)

#: The words the interface counts, singular then plural, in French (« 1 réponse », « 2 réponses »).
NOUNS = (
    (QT_TRANSLATE_NOOP("Plural", "action"), QT_TRANSLATE_NOOP("Plural", "actions")),
    (QT_TRANSLATE_NOOP("Plural", "évaluation"), QT_TRANSLATE_NOOP("Plural", "évaluations")),
    (QT_TRANSLATE_NOOP("Plural", "évaluée"), QT_TRANSLATE_NOOP("Plural", "évaluées")),
    (QT_TRANSLATE_NOOP("Plural", "faite"), QT_TRANSLATE_NOOP("Plural", "faites")),
    (QT_TRANSLATE_NOOP("Plural", "levée"), QT_TRANSLATE_NOOP("Plural", "levées")),
    (QT_TRANSLATE_NOOP("Plural", "minute"), QT_TRANSLATE_NOOP("Plural", "minutes")),
    (QT_TRANSLATE_NOOP("Plural", "nouvelle"), QT_TRANSLATE_NOOP("Plural", "nouvelles")),
    (QT_TRANSLATE_NOOP("Plural", "personne"), QT_TRANSLATE_NOOP("Plural", "personnes")),
    (QT_TRANSLATE_NOOP("Plural", "point"), QT_TRANSLATE_NOOP("Plural", "points")),
    (QT_TRANSLATE_NOOP("Plural", "personne présente"), QT_TRANSLATE_NOOP("Plural", "personnes présentes")),
    (QT_TRANSLATE_NOOP("Plural", "question"), QT_TRANSLATE_NOOP("Plural", "questions")),
    (QT_TRANSLATE_NOOP("Plural", "question sans réponse"), QT_TRANSLATE_NOOP("Plural", "questions sans réponse")),
    (QT_TRANSLATE_NOOP("Plural", "réponse"), QT_TRANSLATE_NOOP("Plural", "réponses")),
    (QT_TRANSLATE_NOOP("Plural", "structure"), QT_TRANSLATE_NOOP("Plural", "structures")),
)


def _in_french() -> bool:
    return language.current(QCoreApplication.instance()) == language.DEFAULT


def shown(name: str) -> str:
    """A name the engine gives (« Équipe », « Pas encore prêt »), in the interface's language."""
    return QCoreApplication.translate("Vocabulary", name) if name else name


def group(group_id: str) -> str:
    return shown(wording.group(group_id))


def group_column(group_id: str) -> str:
    return shown(wording.group_column(group_id))


def group_in_text(group_id: str) -> str:
    return shown(wording.group_in_text(group_id))


def stage(stage_id: str | None, missing: str = "") -> str:
    return shown(wording.stage(stage_id, missing))


def stage_short(stage_id: str | None, missing: str = "") -> str:
    return shown(wording.stage_short(stage_id, missing))


def level(level_id: str | None, missing: str = "") -> str:
    return shown(wording.level(level_id, missing))


def severity(severity_id: str) -> str:
    return shown(wording.severity(severity_id))


def status(status_id: str) -> str:
    return shown(wording.status(status_id))


def status_marked(status_id: str) -> str:
    """« ✓ Fait »: the engine's mark, then the status in the interface's language."""
    return f"{wording.STATUS_MARKS.get(status_id, '')} {status(status_id)}".strip()


def priority(priority_id: str) -> str:
    return shown(wording.priority(priority_id))


def priority_marked(priority_id: str) -> str:
    """The engine's marks for a priority (``wording.PRIORITY_MARKS``), then its name in the interface's language."""
    return f"{wording.PRIORITY_MARKS.get(priority_id, '')} {priority(priority_id)}".strip()


def owner_role(role_id: str) -> str:
    return shown(wording.owner_role(role_id))


def owner(role_id: str, name: str = "") -> str:
    role = owner_role(role_id)
    return f"{role} ({name})" if name else role


def horizon(horizon_id: str | None, missing: str = "—") -> str:
    return shown(wording.horizon(horizon_id, missing))


def due(due_date: str, horizon_id: str | None, missing: str = "—") -> str:
    return long_date(due_date) if due_date else horizon(horizon_id, missing)


def mode(mode_id: str) -> str:
    """« Réponse commune »: how a group answers, as the choice names it."""
    return shown(vocabulary.MODES.get(mode_id, mode_id))


def mode_in_text(mode_id: str) -> str:
    return shown(wording.mode_in_text(mode_id))


def consent(consent_id: str) -> str:
    return shown(vocabulary.CONSENTS[consent_id])


def who_answered(group_id: str, modes: tuple[str, ...], respondents: int) -> str:
    """« Équipe (décompte, 9 personnes) », as ``wording.who_answered`` says it, in the interface's language."""
    how = ", ".join(mode_in_text(m) for m in modes)
    if tuple(modes) == ("consensus",):
        return f"{group(group_id)} ({how})"
    return f"{group(group_id)} ({how}, {plural(respondents, 'personne')})"


def plural(count: int, singular: str, plural_form: str | None = None, *, space: str = " ") -> str:
    """« 2 réponses » in French (0 and 1 in the singular, as ``wording.plural``); « 2 answers »,
    « 0 answers » in English, whose singular is for 1 alone. The French forms must be in ``NOUNS``."""
    if _in_french():
        return wording.plural(count, singular, plural_form, space=space)
    french = singular if abs(count) == 1 else (plural_form or singular + "s")
    return f"{count}{space}{QCoreApplication.translate('Plural', french)}"


def long_date(value: str | dt.date | None = None) -> str:
    """A date as ``wording.long_date`` writes it in French; « 15 January 2027 » in English."""
    if _in_french():
        return wording.long_date(value)
    day = wording.as_day(value)
    if day is None:
        return str(value)
    return QLocale().toString(QDate(day.year, day.month, day.day), "d MMMM yyyy")


def short_date(value: str | dt.date | None = None) -> str:
    """« 15/01/2027 »: day, month, year in both languages (the interface's date fields type it so)."""
    return wording.short_date(value)


def points(difference: float) -> str:
    """« 93 points » (``wording.points``), in the interface's language."""
    return plural(round(difference), "point")


def participation_note(small: bool, visible: bool, consent: str, threshold: int) -> str:
    """Why a small group is or is not shown apart (``wording.participation_note``, which the documents use)."""
    if not small:
        return ""
    if visible:
        return QCoreApplication.translate("Words", "a choisi de partager ses réponses")
    if consent == "risks":
        return QCoreApplication.translate(
            "Words", "seuls les risques signalés sont partagés, sans les réponses ; compté dans l’ensemble"
        )
    return QCoreApplication.translate("Words", "pas montré à part en dessous de {0}, compté dans l’ensemble").format(
        plural(threshold, "personne")
    )


def gap_subject(gap, question_text, factor_label: str = "") -> str:
    """What a gap is about (``wording.gap_subject``): the question texts stay as the questionnaire has them."""
    if gap.kind == "factor":
        return QCoreApplication.translate("Words", "« {0} », toutes questions prises ensemble").format(
            factor_label or gap.factor
        )
    if gap.kind == "twins":
        return "\n".join(
            QCoreApplication.translate("Words", "{0} : « {1} »").format(group(g), question_text(q))
            for g, q in gap.questions.items()
        )
    return question_text(gap.question)


def reported_by(count: int | None) -> str:
    """« Signalé par 4 pairs » (``wording.reported_by``): said only from three of them."""
    return QCoreApplication.translate("Words", "Signalé par {0} pairs").format(count) if count else ""


def typeset(text: str) -> str:
    """French typography (no-break spaces before « : ; ? ! », inside « »: ``typography.french``) in
    French; in another language, the text as it is (« Saved: 3 answers », not « Saved : »)."""
    return typography.french(text) if _in_french() else text


def listed(parts) -> str:
    """« a ; b » in French, « a; b » in English: a list of phrases that already hold commas."""
    return (" ; " if _in_french() else "; ").join(parts)
