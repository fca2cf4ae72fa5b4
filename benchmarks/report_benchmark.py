"""How long PeerReady takes to make each document, next to plain reportlab making the same pages.

The floor of a document is PeerReady's own story redone in plain reportlab: the same paragraphs
(markup, size, leading, bold, heading kept with what follows) as plain ``Paragraph`` objects, in
tables with the same column widths, rows and cells (nested tables included), so every cell wraps
as PeerReady's do; drawings of the same sizes where PeerReady has its checkboxes, bars and radar;
a header and a footer on each page; the same embedded DejaVu Sans files (regular, bold, italic).
PeerReady's extras are left out: French typography, blocks kept together (their content is laid
out one after the other), "page x / y". Both are built in the same run, interleaved, and the
best of several builds is kept (the machine may be busy with other work: the best is the least
disturbed), so the ratio says what PeerReady's layout costs on top of reportlab.

Whole process: a fresh Python makes the action plan of the struggling example and writes it,
from start to exit: ``peerready plan --format pdf`` (questionnaire read, results computed,
reportlab imported, fonts registered, PDF written) against a script that imports reportlab,
registers the same font files, builds the floor and writes it. The same command writing JSON
shows what the process costs before any PDF, and an empty Python what the interpreter costs.

Times are wall times; ``--cpu`` gives processor times instead, steadier when other work shares
the machine.

    python benchmarks/report_benchmark.py [--repeat 7] [--runs 7] [--cpu]
"""

from __future__ import annotations

# Only what the floor's own process needs is imported at the top: that process imports this
# file, and must not pay for the benchmark's tools (argparse, subprocess, tempfile).
import io
import json
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
FONTS = ROOT / "resources" / "fonts"
STRUGGLING = ROOT / "examples" / "chrs-mal-prepare.yaml"
PLAIN_FONT = "Plain-Sans"
CLOCKS = {False: "wall time", True: "processor time"}


def call_ms(function, cpu: bool = False) -> float:
    """The time of one call, in ms: wall time, or with ``cpu`` this process's processor time."""
    clock = time.process_time if cpu else time.perf_counter
    start = clock()
    function()
    return (clock() - start) * 1000


# The floor: reportlab only, no PeerReady module. Here and below, reportlab and PeerReady are
# imported in the functions: the floor's process must load no PeerReady module, and main()
# times the first import of reportlab.


def register_plain_fonts() -> None:
    """The three DejaVu Sans files PeerReady embeds, registered the plain way."""
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    faces = {"normal": "DejaVuSans.ttf", "bold": "DejaVuSans-Bold.ttf", "italic": "DejaVuSans-Oblique.ttf"}
    names = {face: f"{PLAIN_FONT}-{face}" for face in faces}
    for face, file in faces.items():
        pdfmetrics.registerFont(TTFont(names[face], str(FONTS / file)))
    pdfmetrics.registerFontFamily(
        PLAIN_FONT, normal=names["normal"], bold=names["bold"], italic=names["italic"], boldItalic=names["bold"]
    )


def _plain(item, styles: dict):
    """One flowable of the floor from its description (see ``describe``)."""
    from reportlab.graphics.shapes import Drawing, Rect
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import CondPageBreak, PageBreak, Paragraph, Spacer, Table

    kind, *values = item
    if kind == "paragraph":
        markup, size, leading, bold, before, after, indent, with_next = values
        key = (size, leading, bold, before, after, indent, with_next)
        if key not in styles:
            font = f"{PLAIN_FONT}-{'bold' if bold else 'normal'}"
            styles[key] = ParagraphStyle(
                f"style {len(styles)}",
                fontName=font,
                bulletFontName=font,
                fontSize=size,
                leading=leading,
                spaceBefore=before,
                spaceAfter=after,
                leftIndent=indent,
                keepWithNext=with_next,
            )
        return Paragraph(markup, styles[key])
    if kind == "table":
        widths, heights, repeat, rows = values
        cells = [[_cell(cell, styles) for cell in row] for row in rows]
        style = [
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("FONTNAME", (0, 0), (-1, -1), f"{PLAIN_FONT}-normal"),
            ("BACKGROUND", (0, 0), (-1, 0), "#eef2f6"),
            ("LINEBELOW", (0, 0), (-1, -1), 0.4, "#c9d1da"),
        ]
        return Table(cells, colWidths=widths, rowHeights=heights, repeatRows=repeat, style=style)
    if kind == "drawing":
        width, height = values
        drawing = Drawing(width, height)
        drawing.add(Rect(1, 1, width - 2, height - 2, strokeWidth=0.9, fillColor=None))
        return drawing
    if kind == "spacer":
        return Spacer(1, values[0])
    if kind == "room":
        return CondPageBreak(values[0])
    return PageBreak()


def _cell(cell, styles: dict):
    if isinstance(cell, str) or not cell:
        return cell or ""
    if cell and isinstance(cell[0], list):
        return [_plain(item, styles) for item in cell]
    return _plain(cell, styles)


def plain_document(spec: dict) -> bytes:
    """PeerReady's story as plain reportlab makes it: the same paragraphs (markup, size, leading) in
    the same tables (column widths, rows, cells), the same drawings' sizes, a header and a footer."""
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.units import mm
    from reportlab.platypus import SimpleDocTemplate

    styles: dict = {}
    story = [_plain(item, styles) for item in spec["story"]]

    def header_and_footer(canvas, document):
        canvas.saveState()
        canvas.setFont(f"{PLAIN_FONT}-normal", 8)
        canvas.drawString(20 * mm, A4[1] - 12 * mm, spec["title"])
        canvas.line(20 * mm, A4[1] - 14.5 * mm, A4[0] - 20 * mm, A4[1] - 14.5 * mm)
        canvas.drawRightString(A4[0] - 20 * mm, 10 * mm, f"page {document.page}")
        canvas.restoreState()

    buffer = io.BytesIO()
    margin = 20 * mm - 6  # the frame's own padding is 6 pt: the same room for the text as PeerReady's
    document = SimpleDocTemplate(
        buffer,
        pagesize=A4,
        leftMargin=margin,
        rightMargin=margin,
        topMargin=margin,
        bottomMargin=margin,
        initialFontName=f"{PLAIN_FONT}-normal",
    )
    document.build(story, onFirstPage=header_and_footer, onLaterPages=header_and_footer)
    return buffer.getvalue()


#: The floor as a whole process: a fresh Python that imports reportlab, registers the font files,
#: builds the floor of a document described in a JSON file and writes it.
PLAIN_PROCESS = """
import json, sys
sys.path.insert(0, {benchmarks!r})
import report_benchmark as bench
bench.register_plain_fonts()
spec = json.loads(open(sys.argv[1], encoding="utf-8").read())
open(sys.argv[2], "wb").write(bench.plain_document(spec))
"""


# What PeerReady's documents hold, to give the floor the same work.


def pages_of(pdf: bytes) -> int:
    from pypdf import PdfReader

    return len(PdfReader(io.BytesIO(pdf)).pages)


def describe(flowables) -> list:
    """PeerReady's flowables as data the floor can rebuild in plain reportlab (and a fresh process
    read from JSON): blocks kept together are laid out one after the other, as plain reportlab would."""
    from reportlab.graphics.shapes import Drawing
    from reportlab.platypus import CondPageBreak, KeepTogether, PageBreak, Paragraph, Spacer, Table

    from peerready.report.flow import StartTogether
    from peerready.report.layout import BOLD

    described = []
    for flowable in flowables:
        if isinstance(flowable, KeepTogether):
            described += describe(flowable._content)
        elif isinstance(flowable, StartTogether):
            described += describe([*flowable.head, flowable.table])
        elif isinstance(flowable, Paragraph):
            style = flowable.style
            described.append(
                [
                    "paragraph",
                    flowable.text,
                    style.fontSize,
                    style.leading,
                    style.fontName == BOLD,
                    style.spaceBefore,
                    style.spaceAfter,
                    style.leftIndent,
                    getattr(style, "keepWithNext", 0),
                ]
            )
        elif isinstance(flowable, Table):
            rows = [[_described_cell(cell) for cell in row] for row in flowable._cellvalues]
            described.append(["table", list(flowable._colWidths), list(flowable._argH), flowable.repeatRows, rows])
        elif isinstance(flowable, Drawing):
            described.append(["drawing", flowable.width, flowable.height])
        elif isinstance(flowable, CondPageBreak):  # before Spacer: it is one
            described.append(["room", flowable.height])
        elif isinstance(flowable, Spacer):
            described.append(["spacer", flowable.height])
        elif isinstance(flowable, PageBreak):
            described.append(["page break"])
        else:
            raise TypeError(f"the floor does not know {type(flowable).__name__}")
    return described


def _described_cell(cell):
    if isinstance(cell, str):
        return cell
    return describe(cell) if isinstance(cell, list | tuple) else describe([cell])[0]


def floor_spec(make) -> tuple[bytes, dict]:
    """Make a PeerReady document once; return it and the floor's description of the same pages."""
    from reportlab.platypus import BaseDocTemplate

    build, kept = BaseDocTemplate.build, []

    def keep(document, flowables, *args, **kwargs):
        kept.append((document.title, describe(flowables)))
        return build(document, flowables, *args, **kwargs)

    BaseDocTemplate.build = keep
    try:
        pdf = make()
    finally:
        BaseDocTemplate.build = build
    [(title, story)] = kept
    return pdf, {"title": title, "story": story, "pages": pages_of(pdf)}


def counted(story: list) -> dict[str, int]:
    """How many of each kind of flowable, nested ones included, and the characters of the paragraphs' markup."""
    counts = {"paragraph": 0, "table": 0, "drawing": 0, "characters": 0}

    def walk(items):
        for item in items:
            if item and isinstance(item[0], list):
                walk(item)
                continue
            if item[0] in counts:
                counts[item[0]] += 1
            if item[0] == "paragraph":
                counts["characters"] += len(item[1])
            if item[0] == "table":
                walk(cell for row in item[4] for cell in row if not isinstance(cell, str))

    walk(story)
    return counts


def process_ms(command: list[str], env: dict, cpu: bool = False) -> float:
    """The time of one fresh process, from its start to its exit, in ms: wall time, or with ``cpu``
    the processor time it used (user and system)."""
    # The benchmark's tools, kept out of the floor's process (see the top).
    import resource
    import subprocess

    def clock() -> float:
        if not cpu:
            return time.perf_counter()
        used = resource.getrusage(resource.RUSAGE_CHILDREN)
        return used.ru_utime + used.ru_stime

    start = clock()
    subprocess.run(command, cwd=ROOT, env=env, check=True, capture_output=True, timeout=120)
    return (clock() - start) * 1000


def whole_process(spec: dict, runs: int, cpu: bool) -> None:
    # The benchmark's tools, kept out of the floor's process (see the top).
    import os
    import tempfile

    with tempfile.TemporaryDirectory() as folder:
        # Compiled modules, as an installed PeerReady has them, even where the environment says
        # not to write them (PYTHONDONTWRITEBYTECODE): else PeerReady's own modules, and not
        # reportlab's, would be compiled again in every process. Kept in the temporary folder.
        env = {key: value for key, value in os.environ.items() if key != "PYTHONDONTWRITEBYTECODE"}
        env["PYTHONPYCACHEPREFIX"] = str(Path(folder) / "pycache")
        spec_file, out = Path(folder) / "spec.json", Path(folder) / "out"
        spec_file.write_text(json.dumps(spec), encoding="utf-8")
        cli = [sys.executable, "-m", "peerready", "plan", "--answers", str(STRUGGLING), "--out"]
        plain = [sys.executable, "-c", PLAIN_PROCESS.format(benchmarks=str(ROOT / "benchmarks")), str(spec_file)]
        commands = {
            "python": [sys.executable, "-c", "pass"],
            "json": [*cli, f"{out}.json", "--format", "json"],
            "pdf": [*cli, f"{out}.pdf", "--format", "pdf"],
            "plain": [*plain, f"{out}-plain.pdf"],
        }
        for command in commands.values():  # once untimed: the compiled modules are written
            process_ms(command, env)
        times: dict[str, list[float]] = {name: [] for name in commands}
        for _ in range(runs):  # interleaved, so that a busy moment weighs on all of them alike
            for name, command in commands.items():
                times[name].append(process_ms(command, env, cpu))
        python, no_pdf, ours, plain_ms = (min(times[name]) for name in commands)
        plain_pages = pages_of((Path(folder) / "out-plain.pdf").read_bytes())
        pages = pages_of(Path(f"{out}.pdf").read_bytes())
    print(f"\nwhole process, action plan of {STRUGGLING.stem} (best of {runs} fresh processes, {CLOCKS[cpu]})")
    print(f"  peerready plan --format pdf        {ours:6.0f} ms   ({pages} pages)")
    print(f"  plain reportlab, same pages        {plain_ms:6.0f} ms   ({plain_pages} pages)")
    print(f"  ratio                              {ours / plain_ms:6.2f}×")
    print(f"  peerready plan --format json       {no_pdf:6.0f} ms   (the same command, no PDF)")
    print(f"  python -c pass                     {python:6.0f} ms")
    print(
        f"  the PDF's share: PeerReady {ours - no_pdf:.0f} ms (pdf − json), plain reportlab "
        f"{plain_ms - python:.0f} ms (its process − python): {(ours - no_pdf) / (plain_ms - python):.2f}×"
    )


def main() -> int:
    import argparse  # the benchmark's tool, kept out of the floor's process (see the top)

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=7, help="builds of each document in process")
    parser.add_argument("--runs", type=int, default=7, help="fresh processes of each kind")
    parser.add_argument(
        "--cpu", action="store_true", help="processor time instead of wall time (steadier on a busy machine)"
    )
    args = parser.parse_args()
    sys.path.insert(0, str(ROOT))
    start = time.perf_counter()
    # Imported here, not at the top: the floor's own process imports this file and must load
    # nothing of PeerReady (it keeps the floor's start-up plain).
    from peerready import report
    from peerready.engine import answers, instrument, plan, results
    from peerready.report import layout

    layout.register_fonts()
    print(f"first import of reportlab and fonts: {(time.perf_counter() - start) * 1000:.0f} ms (once per session)")
    register_plain_fonts()
    questionnaire = instrument.find(None)
    documents = []
    for example in (STRUGGLING.name, "service-bien-prepare.yaml"):
        answer_set = answers.validate(answers.load(ROOT / "examples" / example), questionnaire)
        r = results.compute(questionnaire, answer_set)
        actions = plan.build(questionnaire, r).actions
        name = example.split(".")[0]
        documents.append((f"action plan ({name})", lambda r=r, a=actions: report.action_plan(questionnaire, r, a)))
        documents.append((f"full report ({name})", lambda r=r, a=actions: report.full_report(questionnaire, r, a)))
    documents.append(
        (
            "blank questionnaire (management, full)",
            lambda: report.blank_questionnaire(questionnaire, "management", stage="integrating"),
        )
    )
    print(f"\nin process, best of {args.repeat} builds each, {CLOCKS[args.cpu]}")
    print(f"{'document':40} {'pages':>7} {'tables':>6} {'PeerReady':>10} {'plain':>8} {'ratio':>6}")
    plan_spec = None
    for name, make in documents:
        _, spec = floor_spec(make)
        plain_pages = pages_of(plain_document(spec))
        plan_spec = plan_spec or spec
        ours_times, plain_times = [], []
        for _ in range(args.repeat):  # interleaved, so that a busy moment weighs on both alike
            ours_times.append(call_ms(make, args.cpu))
            plain_times.append(call_ms(lambda s=spec: plain_document(s), args.cpu))
        ours, plain_ms = min(ours_times), min(plain_times)
        pages = f"{spec['pages']}" + ("" if plain_pages == spec["pages"] else f"/{plain_pages}")
        tables = counted(spec["story"])["table"]
        print(f"{name:40} {pages:>7} {tables:6d} {ours:7.0f} ms {plain_ms:5.0f} ms {ours / plain_ms:5.2f}×")
    counts = counted(plan_spec["story"])
    print(
        f"pages: PeerReady's, and plain reportlab's when they differ. The plan of {STRUGGLING.stem}: "
        f"{counts['paragraph']} paragraphs ({counts['characters']} characters of markup), "
        f"{counts['table']} tables, {counts['drawing']} drawings."
    )
    whole_process(plan_spec, args.runs, args.cpu)
    return 0


if __name__ == "__main__":
    sys.exit(main())
