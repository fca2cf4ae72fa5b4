"""How long the exports for people who don't have PeerReady take, next to their library alone.

The floor of a word-processor file is python-docx writing the same headings, paragraphs, list
items and table cells as plain text, in the default styles: what PeerReady adds (A4 page,
header and footer, French language, styles, restarted lists, table header rows and
descriptions, bold runs) is the difference. The floor of the follow-up spreadsheet is openpyxl
appending the same rows to a bare sheet. The best of several builds is kept (the machine may be
busy with other work), both in the same run.

    python benchmarks/exports_benchmark.py [--repeat 5]
"""

from __future__ import annotations

import argparse
import io
import time
from pathlib import Path

import docx
import openpyxl

from peerready.engine import answers, instrument, plan, results
from peerready.report import contents, followup, sheets, wordprocessor
from peerready.report.outline import Grid, Heading, Items, Paragraph

EXAMPLE = Path(__file__).resolve().parents[1] / "examples" / "chrs-mal-prepare.yaml"


def best(make, repeat: int) -> float:
    times = []
    for _ in range(repeat):
        started = time.perf_counter()
        make()
        times.append(time.perf_counter() - started)
    return min(times) * 1000


def plain(parts) -> str:
    return "".join(part.text for part in parts)


def docx_floor(outline) -> bytes:
    """python-docx alone: the outline's texts in the default styles."""
    document = docx.Document()
    for block in outline.blocks:
        if isinstance(block, Heading):
            document.add_heading(block.text, block.level)
        elif isinstance(block, Paragraph):
            document.add_paragraph(plain(block.runs))
        elif isinstance(block, Items):
            for item in block.items:
                document.add_paragraph(plain(item), style="List Bullet")
        elif isinstance(block, Grid):
            columns = max(len(block.header), max((len(row) for row in block.rows), default=1))
            table = document.add_table(rows=len(block.rows) + 1, cols=columns)
            for index, title in enumerate(block.header):
                table.cell(0, index).text = title
            for number, row in enumerate(block.rows, 1):
                for index, cell in enumerate(row):
                    table.cell(number, index).text = plain(cell)
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def xlsx_floor(rows) -> bytes:
    book = openpyxl.Workbook()
    for row in rows:
        book.active.append(row.values())
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()


def main(repeat: int) -> list[tuple[str, float, float]]:
    questionnaire = instrument.find(None)
    answer_set = answers.validate(answers.load(EXAMPLE), questionnaire)
    result = results.compute(questionnaire, answer_set)
    actions = plan.build(questionnaire, result).actions
    measured = []
    for name, outline_of in (
        ("plan d'action (docx)", lambda: contents.plan_outline(questionnaire, result, actions)),
        ("rapport complet (docx)", lambda: contents.report_outline(questionnaire, result, actions)),
    ):
        outline = outline_of()
        ours = best(lambda outline_of=outline_of: wordprocessor.document(outline_of()), repeat)
        floor = best(lambda outline=outline: docx_floor(outline), repeat)
        measured.append((name, ours, floor))
    rows = followup.rows(questionnaire, result.stage, actions)
    ours = best(lambda: sheets.followup_xlsx(questionnaire, result, actions), repeat)
    measured.append(("suivi des actions (xlsx)", ours, best(lambda: xlsx_floor(rows), repeat)))
    print("| document | PeerReady | la bibliothèque seule | rapport |")
    print("|---|---|---|---|")
    for name, ours, floor in measured:
        print(f"| {name} | {ours:.0f} ms | {floor:.0f} ms | {ours / floor:.2f} |")
    return measured


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=5)
    main(parser.parse_args().repeat)
