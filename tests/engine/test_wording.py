"""The one place each wording lives: names, marks, colours, dates, numbers and plurals (no Qt)."""

import datetime as dt
import re

import pytest

from peerready.engine import vocabulary, wording
from tests.conftest import ROOT


def test_long_dates_are_french_with_the_first_of_the_month_as_1er():
    assert wording.long_date("2027-01-15") == "15 janvier 2027"
    assert wording.long_date("2026-03-01T09:30:00+00:00") == "1er mars 2026"
    assert wording.long_date(dt.date(2026, 8, 2)) == "2 août 2026"
    assert wording.long_date(None) == wording.long_date(dt.date.today())
    assert wording.long_date("bientôt") == "bientôt"  # not a date: said as it is


def test_short_dates_are_day_month_year():
    assert wording.short_date("2027-01-15") == "15/01/2027"
    assert wording.short_date("2026-03-01T09:30:00.000+00:00") == "01/03/2026"
    assert wording.short_date("") == ""


def test_scores_numbers_percentages_and_changes():
    assert wording.score(62.4) == "62/100"
    assert wording.score(None) == "—"
    assert wording.number(7.3) == "7"
    assert wording.number(None, "") == ""
    assert wording.percent(1 / 3) == "33 %"
    assert wording.points(93.2) == "93 points"
    assert wording.points(1) == "1 point"
    assert [wording.change(v) for v in (12.4, -5, 0.2, None)] == ["▲ +12", "▼ −5", "= 0", "—"]


@pytest.mark.parametrize(
    ("count", "expected"),
    [(0, "0 structure"), (1, "1 structure"), (2, "2 structures"), (41, "41 structures")],
)
def test_plurals_never_write_s_in_brackets(count, expected):
    assert wording.plural(count, "structure") == expected


def test_plurals_with_their_own_form_and_a_no_break_space():
    assert wording.plural(3, "action ouverte", "actions ouvertes") == "3 actions ouvertes"
    assert wording.plural(2, "répondant·e") == "2 répondant·es"
    assert wording.plural(5, "question", space="\u00a0") == "5\u00a0questions"


def test_priorities_and_statuses_are_marked_so_they_read_without_colour():
    assert wording.priority_marked("critical") == "●●●● Critique"
    assert wording.priority_marked("low") == "●○○○ Basse"
    assert set(wording.PRIORITY_MARKS) == set(vocabulary.PRIORITIES)
    assert wording.status_marked("done") == "✓ Fait"
    assert wording.status_marked("dropped") == "✕ Abandonné"
    assert wording.status_marked("doing") == "En cours"
    assert wording.severity_marked("critical") == "▲ Alerte grave"


def test_names_in_their_forms():
    assert wording.group("team") == "Équipe"
    assert wording.group_in_text("management") == "la direction"
    assert wording.stage_short("preparing") == "Réflexion / préparation"
    assert wording.stage(None, "—") == "—"
    assert wording.level("not_ready") == "Pas encore prêt"
    assert wording.level(None) == ""
    assert wording.owner("direction", "Awa") == "Direction (Awa)"
    assert wording.due("", "within_3_months") == "Dans les 3\u00a0mois"
    assert wording.due("2026-03-01", "within_3_months") == "1er mars 2026"
    assert {wording.mode_in_text(m) for m in vocabulary.MODES} == {"à tour de rôle", "décompte", "réponse commune"}
    assert wording.group("unknown") == "unknown"  # an id the vocabulary does not know is shown as it is


def test_who_answered_says_how_and_how_many():
    assert wording.who_answered("team", ("tally",), 9) == "Équipe (décompte, 9 personnes)"
    peer = wording.who_answered("peer", ("individual",), 1)
    assert peer == "Travailleur pair ou travailleuse paire (à tour de rôle, 1 personne)"
    assert wording.who_answered("management", ("consensus",), 1) == "Direction et encadrement (réponse commune)"


def test_colours_are_plain_hex_strings_for_every_id():
    hex_colour = re.compile(r"^#[0-9a-f]{6}$")
    assert set(wording.LEVEL_COLOURS) == set(vocabulary.LEVELS)
    assert set(wording.PRIORITY_COLOURS) == set(vocabulary.PRIORITIES)
    assert set(wording.GROUP_COLOURS) == set(wording.GROUP_COLOURS_ON_DARK) == set(vocabulary.GROUPS)
    assert set(wording.GROUP_MARKERS) == {"all", *vocabulary.GROUPS}
    for palette in (wording.LEVEL_COLOURS, wording.PRIORITY_COLOURS, wording.GROUP_COLOURS):
        assert all(hex_colour.match(colour) for colour in palette.values())
    assert wording.level_colour("unknown") == wording.LEVEL_COLOURS["insufficient"]


def test_no_other_module_keeps_a_copy_of_the_marks_months_or_level_colours():
    copies = re.compile(
        r"●●|●○|\bjanvier\b|\bdécembre\b|def _?french_date|(LEVEL|PRIORITY)_(COLOURS|MARKS)\s*=\s*\{\s*['\"]"
    )
    found = [
        str(path.relative_to(ROOT))
        for path in (ROOT / "peerready").rglob("*.py")
        if path.name != "wording.py" and copies.search(path.read_text(encoding="utf-8"))
    ]
    assert found == []


@pytest.mark.parametrize(
    ("reason", "short"),
    [
        (  # a gap on twin questions: the groups and their scores, then the clause that quotes them
            "Écart de 60 points entre l’équipe (7) et la direction (67), sur « Je connais les conditions d’emploi "
            "du poste de travail pair : contrat… » pour l’équipe et « L’équipe connaît… » pour la direction",
            "Écart de 60 points entre l’équipe (7) et la direction (67)",
        ),
        (  # never inside the quotation, never a dangling « sur »
            "Écart de 93 points entre la direction (100) et l’équipe (7) sur « Avant la décision de recruter sur un "
            "poste de travail pair, l’équipe a été »",
            "Écart de 93 points entre la direction (100) et l’équipe (7)\u00a0…",
        ),
        (  # a gap in words, as the plan now gives it: what each group answered, before the quotation
            "La direction répond « Plutôt oui », l’équipe « Pas du tout », sur « L’équipe connaît les conditions "
            "d’emploi du poste de travail pair : contrat… » pour la direction et « Je connais… » pour l’équipe "
            "(60 points d’écart)",
            "La direction répond « Plutôt oui », l’équipe « Pas du tout »",
        ),
        ("Alerte grave : pas de fiche de poste écrite", "Alerte grave : pas de fiche de poste écrite"),
    ],
)
def test_a_reason_is_shortened_outside_its_quotations(reason, short):
    assert wording.shorten(reason, 110) == short


def test_a_shortened_text_closes_what_it_opens_and_drops_dangling_words():
    assert wording.shorten("« " + "mot " * 40 + "»", 30) == "« mot mot mot mot mot mot mot…\u00a0»"
    assert wording.shorten("Point de vigilance : aucun temps prévu pour entendre les craintes de l’équipe", 60) == (
        "Point de vigilance : aucun temps prévu pour entendre\u00a0…"
    )
    for limit in range(10, 120, 7):
        text = wording.shorten(
            "Écart de 93 points sur « Avant la décision de recruter, l’équipe a été » et « autre »", limit
        )
        assert text.count("«") == text.count("»"), text


def test_once_in_post_the_person_is_en_poste():
    text = "Réserver un entretien avec la personne recrutée ; les personnes recrutées ailleurs aussi."
    assert wording.for_stage(text, "recruiting") == text
    assert wording.for_stage(text, None) == text
    for stage in ("integrating", "established"):
        assert wording.for_stage(text, stage) == (
            "Réserver un entretien avec la personne en poste ; les personnes en poste ailleurs aussi."
        )


def test_before_arrival_the_person_is_never_en_poste():
    text = "Les remarques de la personne en poste ; La personne en poste décide ; les personnes en poste aussi."
    for stage in ("preparing", "recruiting"):
        assert wording.for_stage(text, stage) == (
            "Les remarques de la personne recrutée ; La personne recrutée décide ; les personnes recrutées aussi."
        )
    assert wording.for_stage(text, None) == text and wording.for_stage(text, "integrating") == text
    # Peers in post elsewhere, and the peer role named in general, stay as written.
    elsewhere = "Inviter une personne en poste de travail pair ailleurs, ou des pairs en poste ailleurs."
    assert wording.for_stage(elsewhere, "recruiting") == elsewhere
    role = "la personne en poste de travail pair"
    assert wording.for_stage(role, "preparing") == role


def test_a_gap_reason_is_known_in_both_its_forms():
    assert wording.is_gap_reason("Écart de 60 points entre l’équipe (7) et la direction (67)")
    assert wording.is_gap_reason("La direction répond « Oui », l’équipe « Non », sur « … » (85 points d’écart)")
    assert not wording.is_gap_reason("Alerte grave\u00a0: pas de fiche de poste écrite")
    assert not wording.is_gap_reason("Rémunération\u00a0: 39/100")


def test_small_numbers_in_words():
    assert [wording.in_words(n) for n in (0, 3, 10, 11)] == ["zéro", "trois", "dix", "11"]
