"""What every PDF offers someone who does not see the page: its title shown, its language, its reading order.

The PDFs are not tagged (reportlab's open-source edition cannot tag them; the word-processor export
is the accessible version). What an untagged PDF can still do is checked here, with pypdf, on every
kind of PDF the app makes: the viewer shows the document's title (not the file name), the language is
French, and the text comes out in reading order when it is read in content order (as pypdf, a
viewer's text layer or a screen reader reading the file as printed do): on each page the body first,
then the running header and footer; a table row by row, each row's cells left to right.
"""

import dataclasses
import io
import re

import pytest
from pypdf import PdfReader
from pypdf.generic import BooleanObject

from peerready import report
from peerready.engine import answers, plan, results, wording, workplan
from peerready.engine.results.personal import PersonalView, RiskSeen
from peerready.report import words
from tests.conftest import ROOT

DATE = "2026-11-22"
STRUCTURE = "Foyer des Quatre-Saisons"


@dataclasses.dataclass(frozen=True)
class Made:
    pdf: bytes
    document: str  # what the title says the document is
    structure: str | None  # the structure the title names; None: a document that names none
    header: str  # the running header: left, then right


def flat(value: str) -> str:
    """Compare texts whatever the line breaks and special spaces."""
    return re.sub(r"\s+", " ", value.replace("\u202f", " ").replace("\u00a0", " ")).strip()


def page_texts(pdf: bytes) -> list[str]:
    return [flat(page.extract_text()) for page in PdfReader(io.BytesIO(pdf)).pages]


def computed(bundled, example: str):
    answer_set = answers.validate(answers.load(ROOT / "examples" / example), bundled)
    r = results.compute(bundled, answer_set)
    return answer_set, r, plan.build(bundled, r)


@pytest.fixture(scope="module")
def struggling(bundled):
    return computed(bundled, "chrs-mal-prepare.yaml")


@pytest.fixture(scope="module")
def made(bundled, struggling) -> dict[str, Made]:
    """One of each kind of PDF, each long enough to have pages with a running header and footer."""
    documents = {}
    prepared = computed(bundled, "service-bien-prepare.yaml")
    for name, (_, r, p) in (("struggling", struggling), ("prepared", prepared)):
        for kind, make, document in (
            ("plan", report.action_plan, "Plan d’action"),
            ("report", report.full_report, "Rapport complet"),
        ):
            header = f"{words.typeset(r.structure)} · {document} {wording.long_date(DATE)}"
            documents[f"{kind} ({name})"] = Made(make(bundled, r, p.actions, date=DATE), document, r.structure, header)
    documents["blank questionnaire (team, structure named)"] = Made(
        report.blank_questionnaire(bundled, "team", stage="preparing", structure=STRUCTURE),
        "Questionnaire papier — Équipe",
        STRUCTURE,
        f"{STRUCTURE} · Questionnaire papier — Équipe questionnaire complet",
    )
    documents["blank questionnaire (people, short)"] = Made(
        report.blank_questionnaire(bundled, "people", stage="integrating", short=True),
        "Questionnaire papier — Personnes accompagnées",
        None,
        "PeerReady · Questionnaire papier — Personnes accompagnées questionnaire court",
    )
    # A peer's sheet long enough for a second page (the examples' peer has little to report).
    risks = tuple(
        RiskSeen(f"Un risque à en parler, n° {n}", "Ce que disent les sources, et ce qui aide. " * 5, q.text, "Non")
        for n, q in enumerate(bundled.questions[:14], 1)
    )
    documents["private sheet"] = Made(
        report.private_sheet(PersonalView(risks=risks, differences=()), date="2026-12-01"),
        "Ma fiche personnelle",
        None,  # it names no one and no structure, so that a sheet left on a printer points at no one
        f"Fiche personnelle {wording.short_date('2026-12-01')}",
    )
    return documents


KINDS = [
    "plan (struggling)",
    "report (struggling)",
    "plan (prepared)",
    "report (prepared)",
    "blank questionnaire (team, structure named)",
    "blank questionnaire (people, short)",
    "private sheet",
]


def test_every_kind_of_pdf_is_checked(made):
    assert sorted(made) == sorted(KINDS)
    # Every document peerready.report makes that is not a word-processor file, a spreadsheet or a CSV is a PDF,
    # and each of them is here: a new kind of PDF gets added to these tests.
    pdfs = {name for name in report.__all__ if not name.endswith(("_docx", "_xlsx", "_csv"))}
    assert pdfs == {"action_plan", "full_report", "blank_questionnaire", "private_sheet"}


@pytest.mark.parametrize("kind", KINDS)
def test_the_viewer_shows_the_title_and_the_language_is_french(made, kind):
    document = made[kind]
    reader = PdfReader(io.BytesIO(document.pdf))
    catalog = reader.trailer["/Root"]
    # The title bar says « Plan d’action — CHRS … », not « plan (3).pdf », and a screen reader says it too.
    assert catalog.get("/ViewerPreferences", {}).get("/DisplayDocTitle") == BooleanObject(True)
    assert str(catalog["/Lang"]) == "fr-FR"
    meta = reader.metadata
    assert meta.title and document.document in meta.title
    if document.structure:
        assert words.typeset(document.structure) in meta.title
    else:
        assert STRUCTURE not in meta.title and "exemple" not in meta.title
    assert meta.subject and meta.author == "PeerReady"


@pytest.mark.parametrize("kind", KINDS)
def test_the_running_header_and_footer_come_after_the_body(made, kind):
    document = made[kind]
    pages = page_texts(document.pdf)
    assert len(pages) >= 2, "no page with a running header and footer to check"
    for number, content in enumerate(pages[1:], 2):  # the first page has neither
        running = flat(f"{document.header} PeerReady page {number} / {len(pages)}")
        assert content.endswith(running), (number, content[-300:])
        body = content[: -len(running)].strip()
        assert body, number
        # Neither the header nor the footer is read in the middle of the page's text.
        assert f"page {number} / {len(pages)}" not in body


def _first_rows(pages: list[str], cells: list[str]) -> bool:
    """Whether ``cells``, in this order and nothing between them, come out on one of the pages."""
    expected = flat(" ".join(words.typeset(cell) for cell in cells))
    return any(expected in page for page in pages)


def test_the_action_table_reads_row_by_row(bundled, struggling):
    """The plan's first checklist: row 1 before row 2, and in each row number and title, why, priority, who, when."""
    _, r, p = struggling
    pages = page_texts(report.action_plan(bundled, r, p.actions, date=DATE))
    printed = [words.action_fields(a) for a in p.actions]
    by_id = {a["id"]: a for a in printed}
    streams, loose = workplan.group(bundled, r.stage, p.actions)
    _, numbered = next(iter(words.numbered_streams(streams, [by_id[a.id] for a in loose], by_id)))
    assert len(numbered) >= 2
    header = ["Action, et pourquoi", "Priorité", "Qui", "Pour quand"]
    rows = [
        [
            f"{number}. {action['title']}",  # the title and its reason take several lines
            words.short_reason(action["because"]),
            wording.priority_marked(action["priority"]),
            words.owner(action),
            words.due(action),
        ]
        for number, action in numbered[:2]
    ]
    assert _first_rows(pages, header + rows[0] + rows[1])
    assert not _first_rows(pages, [rows[0][0], rows[1][0]])  # not the first column, then the next


def test_the_score_table_reads_row_by_row(bundled, struggling):
    """The report's table of dimensions: the header row, then each dimension with its score and each group's."""
    _, r, p = struggling
    pages = page_texts(report.full_report(bundled, r, p.actions, date=DATE))
    groups = [g for g in r.visible_groups if any(d.by_group.get(g) is not None for d in r.dimensions)]
    assert groups and len(r.dimensions) >= 2
    cells = ["Dimension", "Tous groupes", *(wording.group_column(g) for g in groups)]
    for dimension in r.dimensions:
        cells += [dimension.label, wording.number(dimension.score)]
        cells += [wording.number(dimension.by_group.get(g)) for g in groups]
    assert _first_rows(pages, cells)


def test_a_paper_question_reads_its_answers_in_order_line_by_line(bundled):
    """The boxes of a paper question are a grid (one line, two lines of three, or one box a line): its answers come
    out in their order, the first line first; on the tally sheet, each answer's name in order, then « Total »."""
    group, stage = "peer", "integrating"  # every layout of boxes is in it
    questions = bundled.questions_for(group, stage, False)
    assert {len(q.options) for q in questions} >= {5, 6}
    pages = page_texts(report.blank_questionnaire(bundled, group, stage=stage))
    for number, question in enumerate(questions, 1):
        asked = question.text_for(group, stage)
        labels = [option.label for option in question.options]
        assert _first_rows(pages, [f"Q{number}", asked, *labels, f"réf. {question.id}"]), question.id
        assert _first_rows(pages, [f"Q{number}", asked, *labels, "Total"]), question.id  # the tally sheet
