"""The engine's shared words on screen: in French as the engine writes them, in English from the catalogue.

The rules hold for the whole interface, not for the cases listed: every name the engine can give is
in ``ui/words.py``'s list (so in the catalogue), every word the interface counts is in its nouns, and
no screen asks the engine for a name directly (it would stay French in English).
"""

import ast
import re

from peerready.engine import vocabulary, wording
from peerready.ui import words
from tests.conftest import ROOT

UI = ROOT / "peerready" / "ui"
CATALOGUE = ROOT / "resources" / "translations" / "peerready_en.ts"
#: The engine's names and counted words: on screen, they go through ``ui/words.py``.
NAMED = {name for name in dir(words) if not name.startswith("_") and callable(getattr(words, name))}


def _engine_names() -> set[str]:
    tables = [getattr(vocabulary, n) for n in dir(vocabulary) if n.isupper()]
    tables += [wording.STAGES_SHORT, wording.MODES_IN_TEXT]
    names = set()
    for table in tables:
        if isinstance(table, dict):
            names |= {v for v in table.values() if isinstance(v, str) and not v.isidentifier()} | {
                v for v in table.values() if isinstance(v, str) and v[:1].isupper()
            }
    # FACTORS are the questionnaire's subject (they stay as the questionnaire words them), not labels of the app.
    return names - {f.label for f in vocabulary.FACTORS}


def test_every_name_the_engine_gives_is_in_the_catalogue_list():
    missing = _engine_names() - set(words.NAMES)
    assert not missing, missing


def _calls(attribute: str):
    for path in sorted(UI.rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr == attribute:
                yield path, node


def test_every_word_the_interface_counts_has_its_two_forms_in_the_nouns():
    nouns = set(words.NOUNS)
    found = 0
    for path, call in _calls("plural"):
        literals = [a.value for a in call.args[1:] if isinstance(a, ast.Constant)]
        if not literals:
            continue
        found += 1
        singular = literals[0]
        pair = (singular, literals[1] if len(literals) > 1 else singular + "s")
        assert pair in nouns, f"{path.relative_to(ROOT)}:{call.lineno}: {pair} is not in ui/words.py's NOUNS"
    assert found > 10  # the rule bites


def test_no_screen_asks_the_engine_for_a_name_that_words_translates():
    offenders = []
    for path in sorted(UI.rglob("*.py")):
        if path.name == "words.py":
            continue
        text = path.read_text(encoding="utf-8")
        for match in re.finditer(r"\bwording\.(\w+)\(", text):
            if match.group(1) in NAMED:
                offenders.append(f"{path.relative_to(ROOT)}: wording.{match.group(1)}")
        for table in ("GROUPS", "STAGES", "MODES", "LEVELS", "CONSENTS", "OWNER_ROLES", "STATUSES", "HORIZONS"):
            for match in re.finditer(rf"vocabulary\.{table}(\[|\.get\()", text):
                offenders.append(f"{path.relative_to(ROOT)}: vocabulary.{table}{match.group(1)}")
    # The printed questionnaires keep French file names (the documents are French): the one allowed use.
    offenders = [o for o in offenders if not o.startswith("peerready/ui/dialogs/prepare.py: vocabulary.GROUPS[")]
    assert not offenders, offenders


def test_in_french_the_screen_says_what_the_engine_says():
    assert words.group("team") == wording.group("team")
    assert words.level("not_ready") == wording.level("not_ready")
    assert words.plural(0, "réponse") == "0 réponse"
    assert words.plural(2, "personne présente", "personnes présentes") == "2 personnes présentes"
    assert words.long_date("2027-03-01") == "1er mars 2027"
    assert words.typeset("Niveau : prêt") == "Niveau\u00a0: prêt"
    assert words.priority_marked("high") == wording.priority_marked("high")


def test_in_english_the_names_counts_and_dates_are_english(english):
    assert words.group("management") == "Management"
    assert words.stage_short("preparing") == "Thinking / preparing"
    assert words.level("not_ready") == "Not ready yet"
    assert words.severity("critical") == "Serious alert"
    assert words.status_marked("done") == "✓ Done"
    assert words.priority_marked("high") == "●●●○ High"
    assert words.owner("service_head", "Awa") == "Service head (Awa)"
    assert words.horizon("within_3_months") == "Within 3 months"
    assert words.who_answered("team", ("tally",), 9) == "Team (tally, 9 people)"
    assert words.plural(0, "réponse") == "0 answers"
    assert words.plural(1, "personne") == "1 person"
    assert words.plural(3, "question sans réponse", "questions sans réponse") == "3 questions without an answer"
    assert words.long_date("2027-01-15") == "15 January 2027"
    assert words.typeset("Level: ready") == "Level: ready"


def test_in_english_every_name_and_noun_has_an_english_form(english):
    for name in words.NAMES:
        assert words.shown(name) != name, name
    for singular, plural in words.NOUNS:
        assert not re.search(r"[éèàù]|ée\b", words.plural(1, singular, plural) + words.plural(2, singular, plural))
