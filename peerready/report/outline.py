"""A document as headings, paragraphs, lists and tables, whatever it is written with.

The word-processor file is written from this outline (``wordprocessor``); the PDF keeps its own
layout (``plan``, with its radar and check boxes) but says the same things, from the same words
(``words``) and the same parts in the same order. Every text is in French typography here, once.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from peerready.report.words import typeset


@dataclass(frozen=True)
class Run:
    """A piece of text in one style."""

    text: str
    bold: bool = False
    italic: bool = False


def run(value, bold: bool = False, italic: bool = False) -> Run:
    """A run in French typography, whatever the text's origin."""
    return Run(typeset(str(value or "")), bold, italic)


Runs = tuple[Run, ...]


def runs(*parts) -> Runs:
    """Runs from strings (plain) and runs: ``runs(run("Qui :", bold=True), " la direction")``."""
    return tuple(p if isinstance(p, Run) else run(p) for p in parts if p)


@dataclass(frozen=True)
class Heading:
    level: int  # 0: the document's title, 1 to 3: its parts
    text: str


@dataclass(frozen=True)
class Paragraph:
    runs: Runs
    #: « body », « lead » (the level, larger), « small » (a note), « subtitle »
    style: str = "body"


@dataclass(frozen=True)
class Items:
    """A list: bullets, or numbered when ``numbered``."""

    items: tuple[Runs, ...]
    numbered: bool = False


@dataclass(frozen=True)
class Grid:
    """A table whose first row is its header (repeated on each page), or a list of labelled values
    (``labelled``: no header, the first column names the row)."""

    header: tuple[str, ...]
    rows: tuple[tuple[Runs, ...], ...]
    #: Relative widths of the columns.
    widths: tuple[float, ...] = ()
    labelled: bool = False
    #: What the table holds, for those who hear it (a screen reader reads it as the table's description).
    caption: str = ""
    #: Extra room in each row (a place to sign).
    tall: bool = False


@dataclass(frozen=True)
class Outline:
    """A whole document: its title and subject (the file's properties), the line heading its pages, its blocks."""

    title: str
    subject: str
    header: str
    date: str
    blocks: list = field(default_factory=list)


def grid(header, rows, widths=(), **options) -> Grid:
    """A table from plain strings or runs in each cell."""
    return Grid(
        tuple(typeset(h) for h in header),
        tuple(tuple(c if isinstance(c, tuple) else runs(c) for c in row) for row in rows),
        tuple(widths),
        **options,
    )
