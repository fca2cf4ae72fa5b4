"""The documents for people who don't have PeerReady (issue 16), made through the real command and
read back with their own libraries: python-docx for the word-processor file, openpyxl for the
spreadsheets, csv for the CSV. Each is checked against the stored plan the PDF is made from."""

from __future__ import annotations

import csv
import dataclasses
import datetime as dt
import io
import json
import zipfile

import docx
import openpyxl
import pytest
import yaml
from pypdf import PdfReader

from peerready import report
from peerready.engine import answers, instrument, typography, wording, workplan
from peerready.report import followup, words
from peerready.store import action_plan, assessments, history, summaries
from peerready.store.database import Store
from peerready.workshop import recording
from tests.conftest import ROOT, run_cli

BAD = ROOT / "examples" / "chrs-mal-prepare.yaml"
GOOD = ROOT / "examples" / "service-bien-prepare.yaml"
#: A note as a tired facilitator types it: accents, quotes, an ampersand, a line break, a formula.
NOTE = "Voir avec l'équipe « vite » & demain ;\nrappeler Zoé"
FORMULA = '=HYPERLINK("http://exemple.invalid/?"&A1,"Cliquez")'
COMMENT = "Nous n'avons jamais parlé de ça en réunion"


def flat(value: str) -> str:
    """Compare texts whatever the special spaces and apostrophes."""
    return " ".join(typography.plain(value).replace("’", "'").split())


@pytest.fixture
def planned(tmp_path, _private_data_dir):
    """CHRS Les Tilleuls: a recorded assessment with a comment, whose plan was worked on."""
    raw = yaml.safe_load(BAD.read_text(encoding="utf-8"))
    first_team = next(r for r in raw["responses"] if r["group"] == "team")
    question = next(iter(first_team["answers"]))
    first_team["comments"] = {question: COMMENT}
    source = tmp_path / "answers.yaml"
    source.write_text(yaml.safe_dump(raw, allow_unicode=True), encoding="utf-8")
    with Store.open(_private_data_dir, automatic_backup=False) as store:
        assessment = recording.record(store, "CHRS Les Tilleuls", answers.load(source), instrument.find(None))
        actions = action_plan.sync_plan(store, assessment.id)
        action_plan.update_action(
            store, actions[0].id, owner_name="Awa Diallo", due_date="2027-03-15", status="doing", notes=NOTE
        )
        action_plan.update_action(store, actions[1].id, notes=FORMULA)
        action_plan.update_action(store, actions[2].id, status="dropped")
        stored = action_plan.list_actions(store, assessment.id)
        result = summaries.assessment_results(store, assessment.id)
        questionnaire = assessments.questionnaire(store, assessment.questionnaire_hash)
    return {"id": assessment.id, "actions": stored, "results": result, "questionnaire": questionnaire}


def make(planned, tmp_path, *args) -> bytes:
    target = tmp_path / f"out-{len(list(tmp_path.iterdir()))}"
    code, out, err = run_cli("print", planned["id"], *args, "--out", target)
    assert code == 0, err
    assert "Document écrit" in out
    return target.read_bytes()


def docx_text(data: bytes) -> tuple[docx.document.Document, list[str], list]:
    document = docx.Document(io.BytesIO(data))
    return document, [p.text for p in document.paragraphs], document.tables


def row_texts(tables) -> list[list[str]]:
    return [[cell.text for cell in row.cells] for table in tables for row in table.rows]


# -- the word-processor document ---------------------------------------------------------------------


def test_the_plan_as_a_word_document_has_every_action_with_its_owner_due_date_status_and_notes(planned, tmp_path):
    document, paragraphs, tables = docx_text(make(planned, tmp_path, "--format", "docx"))
    result = planned["results"]
    text = flat("\n".join(paragraphs))
    assert flat(result.level.label) in text and flat(result.level.reason) in text
    rows = [r for r in row_texts(tables) if len(r) == 6 and r[0] != "N°"]  # the tables of actions
    shown = [a for a in planned["actions"] if a.status != "dropped"]
    for action in shown:
        [row] = [r for r in rows if r[1].startswith(flat(action.title)) or flat(r[1]).startswith(flat(action.title))]
        assert flat(row[3]) == flat(wording.owner(action.owner_role, action.owner_name))
        assert flat(row[4]) == flat(wording.due(action.due_date, action.horizon))
        assert row[5] == wording.status(action.status)
        if action.notes:
            assert flat(action.notes) in flat(row[1])
    dropped = next(a for a in planned["actions"] if a.status == "dropped")
    assert not any(flat(r[1]).startswith(flat(dropped.title)) for r in rows)  # as in the PDF
    first = next(r for r in rows if "Awa Diallo" in r[3])
    assert first[4] == "15 mars 2027" and first[5] == "En cours"
    assert "«\u00a0vite\u00a0» & demain\u202f;" in first[1] and "Zoé" in first[1]  # intact, in French typography
    assert "’équipe" in first[1]  # French typography kept
    # Real headings, as a screen reader lists them; the workstreams among them.
    headings = [(p.style.name, p.text) for p in document.paragraphs if p.style.name.startswith(("Heading", "Title"))]
    assert ("Title", "CHRS Les Tilleuls") in headings
    names = {name for name, _ in headings}
    assert {"Heading 1", "Heading 2"} <= names
    streams, _ = workplan.group(planned["questionnaire"], result.stage, shown)
    for stream in streams:
        assert ("Heading 2", words.typeset(stream.title)) in headings
        assert flat(stream.first_step) in text
    for reference in planned["questionnaire"].references.values():
        assert flat(reference.title) in text
    assert "Awa Diallo" in "".join(row[3] for row in rows)


def test_the_word_document_says_what_the_pdf_says(planned, tmp_path):
    pdf = make(planned, tmp_path, "--format", "pdf")
    _, paragraphs, tables = docx_text(make(planned, tmp_path, "--format", "docx"))
    pdf_text = flat(" ".join(page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages))
    docx_all = flat(" ".join(paragraphs + [c for r in row_texts(tables) for c in r]))
    for heading in ("En résumé", "Ce qui est déjà solide", "Où en est-on ?", "Le plan, chantier par chantier"):
        assert flat(heading) in pdf_text and flat(heading) in docx_all
    for action in planned["actions"]:
        if action.status != "dropped":
            assert flat(action.title)[:40] in docx_all
    for sentence in (words.ANONYMITY_NOTE, words.level_meaning(planned["results"])):
        assert flat(sentence) in docx_all
    assert flat(words.COMMITMENT.split(":")[0]) in pdf_text and flat(words.COMMITMENT.split(":")[0]) in docx_all


def test_the_word_document_is_made_to_be_read_with_a_screen_reader(planned, tmp_path):
    data = make(planned, tmp_path, "--format", "docx")
    document = docx.Document(io.BytesIO(data))
    properties = document.core_properties
    assert properties.title == "Plan d’action — CHRS Les Tilleuls"
    assert properties.language == "fr-FR" and properties.author == "PeerReady"
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        body = archive.read("word/document.xml").decode()
        styles = archive.read("word/styles.xml").decode()
    assert 'w:lang w:val="fr-FR"' in styles  # French for the spelling checker and the voice
    assert body.count("<w:tblHeader/>") == sum(1 for t in document.tables if t.rows[0].cells[0].text != "Date")
    assert "<w:tblCaption" in body and "<w:tblDescription" in body
    section = document.sections[0]
    assert round(section.page_width.cm, 1) == 21.0 and round(section.page_height.cm, 1) == 29.7  # A4
    assert "NUMPAGES" in archive_text(data, "word/footer")


def archive_text(data: bytes, prefix: str) -> str:
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        return "".join(archive.read(n).decode() for n in archive.namelist() if n.startswith(prefix))


def test_each_numbered_list_starts_at_one(planned, tmp_path):
    data = make(planned, tmp_path, "--document", "report", "--format", "docx")
    document = docx.Document(io.BytesIO(data))
    numbered = {
        p._p.pPr.numPr.numId.val
        for p in document.paragraphs
        if p.style.name == "List Number" and p._p.pPr is not None and p._p.pPr.numPr is not None
    }
    assert len(numbered) > 5  # one numbering per list (the steps of each action), each restarted
    numbering = archive_text(data, "word/numbering.xml")
    assert numbering.count('<w:startOverride w:val="1"/>') >= len(numbered)


def test_the_full_report_holds_the_comments_only_when_asked(planned, tmp_path):
    _, without, _ = docx_text(make(planned, tmp_path, "--document", "report", "--format", "docx"))
    _, with_comments, tables = docx_text(
        make(planned, tmp_path, "--document", "report", "--format", "docx", "--with-comments")
    )
    assert flat(COMMENT) not in flat(" ".join(without))
    assert flat(COMMENT) in flat(" ".join(with_comments))
    result = planned["results"]
    text = flat(" ".join(with_comments + [c for r in row_texts(tables) for c in r]))
    for flag in result.flags:
        assert flat(flag.title) in text
    for dimension in result.dimensions:
        assert flat(dimension.label) in text


# -- the spreadsheets ------------------------------------------------------------------------------


def test_the_follow_up_spreadsheet_has_one_row_per_action_with_dates_as_dates(planned, tmp_path):
    book = openpyxl.load_workbook(io.BytesIO(make(planned, tmp_path, "--document", "followup")))
    assert book.sheetnames == ["Suivi du plan", "À propos"]
    sheet = book["Suivi du plan"]
    header = [c.value for c in sheet[1]]
    assert tuple(header) == followup.COLUMNS
    assert sheet.freeze_panes == "A2" and sheet.auto_filter.ref == f"A1:L{len(planned['actions']) + 1}"
    rows = [dict(zip(header, (c.value for c in row), strict=True)) for row in sheet.iter_rows(min_row=2)]
    assert len(rows) == len(planned["actions"])  # the abandoned one too, with its status
    assert {flat(r["Action"]) for r in rows} == {flat(a.title) for a in planned["actions"]}
    assert [r["N°"] for r in rows] == list(range(1, len(rows) + 1))
    by_title = {flat(r["Action"]): r for r in rows}
    for action in planned["actions"]:
        row = by_title[flat(action.title)]
        assert row["Statut"] == wording.status(action.status)
        assert row["Porté par"] == wording.owner_role(action.owner_role)
        assert (row["Nom"] or "") == action.owner_name
        assert (row["Notes"] or "") == action.notes
        assert row["Chantier"]
    awa = next(r for r in rows if r["Nom"] == "Awa Diallo")
    assert awa["Échéance"] == dt.datetime(2027, 3, 15) and awa["Statut"] == "En cours"
    assert next(r for r in rows if r["Statut"] == "Abandonné")
    due = next(c for c in sheet["G"][1:] if c.value is not None)
    assert due.is_date and due.number_format == "DD/MM/YYYY"
    assert {str(v.sqref)[0] for v in sheet.data_validations.dataValidation} >= {"I", "D"}
    about = " ".join(str(c.value) for row in book["À propos"].iter_rows() for c in row if c.value)
    assert flat(planned["results"].level.label) in flat(about) and flat(planned["results"].level.reason) in flat(about)


def test_no_text_becomes_a_formula_in_the_spreadsheet_or_the_csv(planned, tmp_path):
    sheet = openpyxl.load_workbook(io.BytesIO(make(planned, tmp_path, "--document", "followup")))["Suivi du plan"]
    [cell] = [c for c in sheet["J"] if c.value == FORMULA]
    assert cell.data_type == "s"  # a text, not a formula
    with zipfile.ZipFile(io.BytesIO(make(planned, tmp_path, "--document", "followup", "--format", "xlsx"))) as book:
        assert "<f>" not in book.read("xl/worksheets/sheet1.xml").decode()
    data = make(planned, tmp_path, "--document", "followup", "--format", "csv")
    assert data.startswith("\ufeff".encode())
    rows = list(csv.reader(io.StringIO(data.decode("utf-8-sig")), delimiter=";"))
    assert tuple(rows[0]) == followup.COLUMNS and len(rows) == len(planned["actions"]) + 1
    notes = [r[followup.COLUMNS.index("Notes")] for r in rows[1:]]
    assert "'" + FORMULA in notes and FORMULA not in notes
    awa = next(r for r in rows if r[5] == "Awa Diallo")
    assert awa[6] == "15/03/2027" and awa[8] == "En cours" and "\u202f" not in "".join(awa)


def test_the_overview_spreadsheet_has_one_sheet_per_view_and_names_no_structure(tmp_path, _private_data_dir):
    for example, name in ((BAD, "CHRS Les Tilleuls"), (GOOD, "SAVS l'Étoile"), (BAD, "Pension de famille Bellevue")):
        assert run_cli("record", "--answers", example, "--structure", name)[0] == 0
    target = tmp_path / "vue.xlsx"
    code, out, err = run_cli("overview", "--format", "xlsx", "--out", target)
    assert code == 0 and "Classeur écrit" in out, err
    book = openpyxl.load_workbook(target)
    assert book.sheetnames == ["Étapes et niveaux", "Dimensions", "Alertes", "Actions", "À propos"]
    everything = " ".join(str(c.value) for s in book for row in s.iter_rows() for c in row if c.value is not None)
    for name in ("Tilleuls", "Étoile", "Bellevue"):
        assert name not in everything
    with Store.open(_private_data_dir, automatic_backup=False) as store:
        data = history.overview(store)
    crossed = book["Étapes et niveaux"]
    totals = {row[0].value: row[-1].value for row in crossed.iter_rows(min_row=2)}
    assert totals["Toutes les étapes"] == data["assessed"] == 3
    assert sum(v for k, v in totals.items() if k != "Toutes les étapes") == 3
    for row in crossed.iter_rows(min_row=2):
        assert all(isinstance(c.value, int) for c in row[1:])
        assert sum(c.value for c in row[1:-1]) == row[-1].value  # the levels add up to the stage's total
    dimensions = list(book["Dimensions"].iter_rows(min_row=2, values_only=True))
    assert dimensions == [(x["label"], x["score"], x["structures"]) for x in data["dimensions"]]
    alerts = list(book["Alertes"].iter_rows(min_row=2, values_only=True))
    assert len(alerts) == len(data["flags"]) and all(isinstance(a[2], int) and 0 < a[3] <= 1 for a in alerts)
    actions = {r[0]: r[1] for r in book["Actions"].iter_rows(min_row=2, values_only=True)}
    assert actions["Toutes"] == data["actions"]["total"] and actions["Fait"] == data["actions"]["done"]
    assert book["Dimensions"].freeze_panes == "A2" and book["Alertes"].auto_filter.ref


def test_the_overview_data_crosses_stages_and_levels(_private_data_dir):
    for example, name in ((BAD, "A"), (GOOD, "B")):
        assert run_cli("record", "--answers", example, "--structure", name)[0] == 0
    _, out, _ = run_cli("overview", "--json")
    data = json.loads(out)
    assert data["by_stage_level"]["recruiting"]["not_ready"] == 1
    assert sum(sum(v.values()) for v in data["by_stage_level"].values()) == data["assessed"] == 2


# -- what cannot be done is said --------------------------------------------------------------------


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (("--document", "followup", "--format", "docx"), "xlsx ou csv"),
        (("--document", "plan", "--format", "xlsx"), "pdf ou docx"),
        (("--document", "report", "--format", "csv"), "pdf ou docx"),
        (("--document", "blank", "--group", "team", "--format", "docx"), "en pdf"),
    ],
)
def test_a_format_a_document_does_not_have_is_refused_clearly(planned, tmp_path, args, message):
    target = tmp_path / "x.out"
    code, _, err = run_cli("print", planned["id"], *args, "--out", target)
    assert code == 2 and message in err and "Traceback" not in err
    assert not target.exists()


def test_the_extension_of_the_file_chooses_the_format(planned, tmp_path):
    target = tmp_path / "Plan.DOCX"
    assert run_cli("print", planned["id"], "--out", target)[0] == 0
    assert zipfile.is_zipfile(target) and docx.Document(target).paragraphs
    target = tmp_path / "suivi.csv"
    assert run_cli("print", planned["id"], "--document", "followup", "--out", target)[0] == 0
    assert target.read_bytes().startswith("\ufeffN°".encode())


def test_an_overview_spreadsheet_needs_a_file(_private_data_dir):
    code, _, err = run_cli("overview", "--format", "xlsx")
    assert code == 2 and "--out" in err
    code, _, err = run_cli("overview", "--out", "vue.txt")
    assert code == 2 and "--format xlsx" in err


# -- texts that came in from anywhere ------------------------------------------------------------


@pytest.mark.parametrize("hostile", ["\x00\x07\x0b\x1f", "\ud800", "\ufffe", "=1+1", "@SUM(A1)", "-2+3", "<w:t>&amp;"])
def test_any_text_in_an_action_gives_valid_files(planned, hostile):
    actions = [dataclasses.replace(a, notes=f"{hostile} note", title=f"{hostile} titre") for a in planned["actions"]]
    questionnaire, result = planned["questionnaire"], planned["results"]
    for made in (
        report.plan_docx(questionnaire, result, actions),
        report.report_docx(questionnaire, result, actions, include_comments=True),
    ):
        document = docx.Document(io.BytesIO(made))
        texts = [p.text for p in document.paragraphs]
        texts += [c.text for t in document.tables for r in t.rows for c in r.cells]
        assert sum("titre" in t for t in texts) >= len(actions)
    book = openpyxl.load_workbook(io.BytesIO(report.followup_xlsx(questionnaire, result, actions)))
    notes = [c.value for c in book["Suivi du plan"]["J"][1:]]
    assert all(n.endswith(" note") for n in notes)
    assert all(c.data_type == "s" for c in book["Suivi du plan"]["J"][1:])
    rows = list(
        csv.reader(io.StringIO(report.followup_csv(questionnaire, result, actions).decode("utf-8-sig")), delimiter=";")
    )
    assert all(not r[9].startswith(followup.FORMULA_STARTS) for r in rows[1:])
