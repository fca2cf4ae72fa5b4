"""The printed documents, read back with pypdf."""

import dataclasses
import io
import re
import subprocess
import sys

import pytest
from pypdf import PdfReader

from peerready import report
from peerready.engine import answers, plan, results, vocabulary
from peerready.engine.plan import Action
from tests.conftest import ROOT, run_cli


def compute(bundled, example):
    answer_set = answers.validate(answers.load(ROOT / "examples" / example), bundled)
    r = results.compute(bundled, answer_set)
    return r, plan.build(bundled, r)


def read(pdf: bytes) -> tuple[PdfReader, str]:
    reader = PdfReader(io.BytesIO(pdf))
    return reader, "\n".join(page.extract_text() for page in reader.pages)


def flat(value: str) -> str:
    """Compare texts whatever the line breaks and special spaces."""
    return re.sub(r"\s+", " ", value.replace("\u202f", " ").replace("\u00a0", " ")).strip()


def fonts(reader: PdfReader) -> set[tuple[str, bool]]:
    found = set()
    for page in reader.pages:
        for font in (page["/Resources"].get("/Font") or {}).values():
            font = font.get_object()
            descriptor = font.get("/FontDescriptor")
            embedded = bool(descriptor and any(k in descriptor.get_object() for k in ("/FontFile", "/FontFile2")))
            found.add((str(font["/BaseFont"]), embedded))
    return found


@pytest.fixture(scope="module")
def bad(bundled):
    return compute(bundled, "chrs-mal-prepare.yaml")


def test_the_action_plan_says_what_the_results_say_in_order(bundled, bad):
    r, p = bad
    reader, content = read(report.action_plan(bundled, r, p.actions, date="2026-11-22"))
    text = flat(content)
    assert 2 <= len(reader.pages) <= 4  # what a struggling team takes home: four pages at most
    assert "CHRS Les Tilleuls (exemple)" in text and "22 novembre 2026" in text
    assert f"Niveau de préparation : {r.level.label}" in text
    # Every action appears, workstream by workstream, most important first.
    assert p.workstreams and len(p.workstreams) <= 6
    by_id = {a.id: a for a in p.actions}
    ordered = [by_id[i] for w in p.workstreams for i in w.actions]
    assert {a.id for a in ordered} == set(by_id)
    after_summary = text.index("Le plan, chantier par chantier")
    positions = [text.find(flat(a.title)[:60], after_summary) for a in ordered]
    assert all(pos >= 0 for pos in positions), [a.title for a, pos in zip(ordered, positions, strict=True) if pos < 0]
    assert positions == sorted(positions)
    for stream in p.workstreams[:3]:  # page 1: the three that matter most, with their first step
        assert text.index(flat(stream.first_step)[:50]) < after_summary
    _, full = read(report.full_report(bundled, r, p.actions, date="2026-11-22"))
    for flag in r.flags:  # every alert is in the full report
        assert flat(flag.title) in flat(full)
    assert "Notre engagement" in text and "Sources" in text
    assert f"page 2 / {len(reader.pages)}" in text


def test_french_characters_survive(bundled, bad):
    r, p = bad
    _, content = read(report.action_plan(bundled, r, p.actions))
    for sample in ("préparation", "Équipe", "«", "»", "’", "paire", "œuvre", "à"):
        assert sample in content, sample
    assert "\ufffd" not in content  # no replacement character


def test_every_font_is_embedded_and_no_helvetica(bundled, bad):
    r, p = bad
    for pdf in (
        report.action_plan(bundled, r, p.actions),
        report.full_report(bundled, r, p.actions),
        report.blank_questionnaire(bundled, "team", stage="preparing"),
    ):
        found = fonts(read(pdf)[0])
        assert found and all(embedded for _, embedded in found), found
        assert not any("Helvetica" in name for name, _ in found)


def test_metadata(bundled, bad):
    r, p = bad
    reader, _ = read(report.action_plan(bundled, r, p.actions))
    meta = reader.metadata
    assert meta.title == "Plan d’action — CHRS Les Tilleuls (exemple)"
    assert meta.author == "PeerReady" and "pair" in meta.subject
    assert str(reader.trailer["/Root"].get("/Lang")) == "fr-FR"


def test_a_well_prepared_structure_gets_a_short_plan(bundled):
    r, p = compute(bundled, "service-bien-prepare.yaml")
    reader, content = read(report.action_plan(bundled, r, p.actions))
    assert len(reader.pages) <= 3
    assert "Niveau de préparation : Prêt" in flat(content)
    # A peer is in post: the person may sign, if they wish.
    assert "Travailleur pair ou travailleuse paire (si la personne le souhaite)" in flat(content)


def test_the_full_report_has_the_details_and_respects_anonymity(bundled):
    answer_set = answers.validate(answers.load(ROOT / "examples" / "service-bien-prepare.yaml"), bundled)
    assert next(r for r in answer_set.responses if r.group == "peer").consent == "all"
    unshared = dataclasses.replace(
        answer_set, responses=tuple(dataclasses.replace(r, consent=None) for r in answer_set.responses)
    )
    r = results.compute(bundled, unshared)
    p = plan.build(bundled, r)
    reader, content = read(report.full_report(bundled, r, p.actions))
    text = flat(content)
    assert "Résultats par facteur" in text and "Les réponses, question par question" in text
    answers_section = text.split("Les réponses, question par question")[1].split("Le plan d’action")[0]
    assert "Équipe (" in answers_section
    assert vocabulary.GROUPS["peer"] not in answers_section  # one person, who did not agree: never shown apart
    assert len(reader.pages) > 5


def test_comments_appear_only_when_asked(bundled, bad):
    r, p = bad
    commented = results.Results(**{**r.__dict__, "comments": {"fears_discussed": ("On n'en a jamais parlé",)}})
    _, without = read(report.full_report(bundled, commented, p.actions))
    _, with_comments = read(report.full_report(bundled, commented, p.actions, include_comments=True))
    assert "jamais parlé" not in without and "jamais parlé" in with_comments


def test_the_blank_questionnaire_maps_one_to_one_onto_what_is_typed_back(bundled):
    for group in vocabulary.GROUPS:
        for short in (False, True):
            questions = bundled.questions_for(group, "integrating", short)
            if not questions:
                continue
            _, content = read(report.blank_questionnaire(bundled, group, stage="integrating", short=short))
            text = flat(content)
            for number, question in enumerate(questions, 1):
                if group != "people":  # the easy-to-read form shows no technical reference
                    assert f"réf. {question.id}" in text
                assert f"Q{number} " in text
            assert f"Q{len(questions) + 1} " not in text
            assert "Feuille de décompte" in text and "à ne pas distribuer" in text
            assert ("réf." in text) == (group != "people")


def test_extreme_content_is_never_cut_off(bundled, bad):
    r, _ = bad
    long_name = "Centre d’hébergement et de réinsertion sociale " * 6
    extreme = results.Results(**{**r.__dict__, "structure": long_name.strip()})
    actions = [
        Action(
            id=f"a{i}",
            title=f"Action numéro {i} : " + "un titre très long qui ne s’arrête pas " * 4,
            steps=tuple(f"Étape {j} " + "avec beaucoup de détails " * 10 for j in range(5)),
            factors=("supervision",),
            priority=["critical", "high", "medium", "low"][i % 4],
            owner_role="service_head",
            horizon="within_3_months",
            because=tuple("Une raison détaillée " * 8 for _ in range(3)),
        )
        for i in range(200)
    ]
    for pdf in (report.action_plan(bundled, extreme, actions), report.full_report(bundled, extreme, actions)):
        reader, content = read(pdf)
        text = flat(content)
        for i in (0, 57, 199):
            assert f"Action numéro {i} :" in text
        assert len(reader.pages) <= 1.2 * len(actions) + 20  # long, but nothing lost and no blank pages


def test_reportlab_is_imported_only_when_a_document_is_made():
    script = (
        "import sys; from peerready import cli; from peerready.engine import results, plan; "
        "from peerready.store import structures, assessments, respondents, summaries, action_plan, history, bundle; "
        "print('reportlab' in ' '.join(sys.modules))"
    )
    out = subprocess.run([sys.executable, "-c", script], cwd=ROOT, capture_output=True, text=True).stdout
    assert out.strip() == "False"


def test_pdf_commands(tmp_path):
    target = tmp_path / "plan.pdf"
    code, _, err = run_cli(
        "plan", "--answers", ROOT / "examples/chrs-mal-prepare.yaml", "--format", "pdf", "--out", target
    )
    assert code == 0, err
    assert target.read_bytes().startswith(b"%PDF")
    code, out, _ = run_cli("record", "--answers", ROOT / "examples/chrs-mal-prepare.yaml", "--structure", "CHRS")
    assessment = out.split(": ")[1].split()[0]
    for document in ("plan", "report"):
        code, _, err = run_cli("print", assessment, "--document", document, "--out", tmp_path / f"{document}.pdf")
        assert code == 0, err
    code, _, err = run_cli(
        "print", "--document", "blank", "--group", "people", "--stage", "preparing", "--out", tmp_path / "blank.pdf"
    )
    assert code == 0, err
    code, _, err = run_cli("print", "--document", "blank", "--group", "team", "--out", tmp_path / "x.pdf")
    assert code == 1 and "--stage" in err


def test_the_accompanied_peoples_paper_version_is_a_private_ballot(bundled):
    _, people = read(report.blank_questionnaire(bundled, "people", stage="integrating"))
    people = flat(people)
    assert "urne" in people and "pliez la feuille" in people
    assert "jamais de vote à main levée devant l’équipe" in people  # said to the facilitator, on the tally sheet
    _, team = read(report.blank_questionnaire(bundled, "team", stage="integrating"))
    assert "urne" not in flat(team) and "vote à main levée" in flat(team)


def test_the_plan_reads_aloud_and_never_cuts_a_quotation(bundled, bad):
    r, p = bad
    _, content = read(report.action_plan(bundled, r, p.actions))
    text = flat(content)
    assert (
        "Ce document ne contient aucun nom. Quand moins de trois personnes ont répondu chacune de son côté, leurs "
        "réponses ne sont montrées qu’avec leur accord." in text
    )
    # Recruiting: no signature row for a peer worker who is not there yet, and nothing said as if the
    # team had built the plan together.
    assert "Travailleur pair ou travailleuse paire (si la personne le souhaite)" not in text
    assert "Nous nous engageons à mettre ce plan en œuvre et à en faire le point le :" in text
    assert "construit ce plan ensemble" not in text and "normal au début" not in text
    # The checklist gives an action its alert when there is one, and a gap in words (what each group answered).
    assert "Alerte grave : l’équipe n’est pas encore partie prenante du projet" in text
    assert "La direction répond « Plutôt oui », l’équipe « Pas du tout »" in text
    assert "Écart de 60 points" not in text
    # Nothing carried by the peer worker, no « personne en poste », no « Avant le recrutement » when recruiting.
    plan_part = text.split("Le plan, chantier par chantier")[1]
    assert "Travailleur pair ou travailleuse paire" not in plan_part
    assert "la personne en poste" not in text.replace("la personne en poste de travail pair", "")
    assert "Avant le recrutement" not in text and "Avant l’arrivée de la personne" in text
    checklist = text.split("Le plan, chantier par chantier")[1].split("Notre engagement")[0]
    assert checklist.count("«") == checklist.count("»")
    assert "Relire la fiche de poste avec" not in text and "recours en cas de difficulté" in text
