"""How long PeerReady takes to make each document, next to plain reportlab.

For each document, a plain reportlab document with the same number of pages and tables
(simple paragraphs and a table per page, the same embedded font) is built in the same
run, so the figures say what PeerReady's layout costs on top of reportlab itself.

    python benchmarks/report_benchmark.py
"""

from __future__ import annotations

import io
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from peerready.engine import answers, instrument, plan, results

ROOT = Path(__file__).resolve().parent.parent


def timed(function, repeat: int = 5) -> tuple[float, object]:
    times, value = [], None
    for _ in range(repeat):
        start = time.perf_counter()
        value = function()
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times), value


def plain_document(pages: int, tables: int) -> bytes:
    """A plain reportlab document: the same number of pages and tables, nothing else."""
    from reportlab.lib.pagesizes import A4
    from reportlab.platypus import PageBreak, Paragraph, SimpleDocTemplate, Table

    from peerready.report.layout import FONT, register_fonts, styles

    register_fonts()
    body = styles()["body"]
    story = []
    per_page = max(1, tables // max(1, pages))
    for page in range(pages):
        story.append(Paragraph(f"Page {page + 1} — " + "Un paragraphe de texte ordinaire. " * 20, body))
        for _ in range(per_page):
            story.append(
                Table(
                    [[f"Cellule {r}.{c}" for c in range(4)] for r in range(6)],
                    style=[("FONTNAME", (0, 0), (-1, -1), FONT)],
                )
            )
        if page < pages - 1:
            story.append(PageBreak())
    buffer = io.BytesIO()
    SimpleDocTemplate(buffer, pagesize=A4, initialFontName=FONT).build(story)
    return buffer.getvalue()


def count(pdf: bytes) -> tuple[int, int]:
    from pypdf import PdfReader

    return len(PdfReader(io.BytesIO(pdf)).pages), pdf.count(b"/Type /Page")


def main() -> int:
    start = time.perf_counter()
    from peerready import report
    from peerready.report import layout

    layout.register_fonts()
    print(f"first import of reportlab and fonts: {(time.perf_counter() - start) * 1000:.0f} ms (once per session)")
    questionnaire = instrument.find(None)
    cases = []
    for example in ("chrs-mal-prepare.yaml", "service-bien-prepare.yaml"):
        answer_set = answers.validate(answers.load(ROOT / "examples" / example), questionnaire)
        r = results.compute(questionnaire, answer_set)
        cases.append((example, r, plan.build(questionnaire, r).actions))
    rows = []
    for example, r, actions in cases:
        for name, make in (
            ("action plan", lambda r=r, a=actions: report.action_plan(questionnaire, r, a)),
            ("full report", lambda r=r, a=actions: report.full_report(questionnaire, r, a)),
        ):
            ours, pdf = timed(make)
            pages, _ = count(pdf)
            tables = 2 * pages
            plain, _ = timed(lambda p=pages, t=tables: plain_document(p, t))
            rows.append((f"{name} ({example.split('.')[0]})", pages, ours, plain))
    ours, pdf = timed(lambda: report.blank_questionnaire(questionnaire, "management", stage="integrating"))
    pages, _ = count(pdf)
    plain, _ = timed(lambda: plain_document(pages, 2 * pages))
    rows.append(("blank questionnaire (management, full)", pages, ours, plain))
    print(f"\n{'document':52} {'pages':>5} {'PeerReady':>11} {'plain reportlab':>16}")
    for name, pages, ours, plain in rows:
        print(f"{name:52} {pages:5d} {ours:8.0f} ms {plain:13.0f} ms")
    return 0


if __name__ == "__main__":
    sys.exit(main())
