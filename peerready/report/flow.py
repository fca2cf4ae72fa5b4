"""Keeping a heading with the start of its table, so a long table may run onto the next page.

``KeepTogether`` moves a heading and its whole table to the next page when they do not fit, which
leaves half pages empty; a bare ``CondPageBreak`` guesses a height and can strand a heading at the
foot of a page. ``StartTogether`` does neither: its heading goes where at least the table's header and
first rows fit beside it, and the rest of the table continues on the next page under its repeated
header.
"""

from __future__ import annotations

from reportlab.platypus import Flowable, Table


class StartTogether(Flowable):
    """``head`` (paragraphs, spacers) and ``table``; the head never ends a page without ``rows`` rows under it."""

    def __init__(self, head: list, table: Table, rows: int = 1):
        super().__init__()
        self.head = head
        self.table = table
        self.rows = rows
        self._heights: list[float] = []

    def _gap(self, index: int, flowable) -> float:
        before = flowable.getSpaceBefore() if index else 0
        return before + flowable.getSpaceAfter()

    def _head_height(self, width: float, height: float) -> float:
        # Split, the head's first flowable is placed by the frame, which adds its space before.
        first = self.head[0].getSpaceBefore() if self.head else 0
        return first + sum(f.wrap(width, height)[1] + self._gap(i, f) for i, f in enumerate(self.head))

    def wrap(self, availWidth, availHeight):
        parts = [*self.head, self.table]
        self._heights = [f.wrap(availWidth, availHeight)[1] for f in parts]
        self.width = availWidth
        self.height = sum(self._heights) + sum(self._gap(i, f) for i, f in enumerate(parts))
        return availWidth, self.height

    def split(self, availWidth, availHeight):
        room = availHeight - self._head_height(availWidth, availHeight)
        pieces = self.table.split(availWidth, room) if room > 0 else []
        data_rows = len(self.table._cellvalues) - self.table.repeatRows
        wanted = min(self.rows, data_rows)
        if len(pieces) < 2 or len(pieces[0]._cellvalues) - self.table.repeatRows < wanted:
            return []  # not enough room for the start of the table: all of it goes to the next page
        return [*self.head, *pieces]

    def draw(self):
        y = self.height
        for index, (flowable, height) in enumerate(zip([*self.head, self.table], self._heights, strict=True)):
            if index:
                y -= flowable.getSpaceBefore()
            y -= height
            flowable.drawOn(self.canv, 0, y)
            y -= flowable.getSpaceAfter()
