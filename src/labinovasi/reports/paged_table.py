"""A data table of any length laid out a page at a time: its rows are measured once, and each
page gets a plain ReportLab Table of the header and only the rows that fit there.

ReportLab's Table.split rebuilds the whole rest of a table at every page break (its rows, cell
styles and every style command), so a table of 1,000 ideas cost about its length squared;
here a page costs the rows on it."""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Sequence
from itertools import accumulate

from reportlab.platypus import Flowable, Table, TableStyle

MEASURE_BATCH = 200  # rows measured together (one Table each; a few pages' worth)


class _Rows:
    """What the pieces of one table share: the rows, their style commands and their heights
    (measured once per width)."""

    def __init__(
        self,
        header: list[list],
        rows: list[list],
        widths: list[float],
        style: TableStyle | Sequence[tuple],
        row_commands: Sequence[tuple],
    ):
        self.header, self.rows, self.widths = header, rows, widths
        self.style = list(style.getCommands() if isinstance(style, TableStyle) else style)
        # commands by their first data row, so a page finds its own without reading the rest
        self.by_start: dict[int, list[tuple]] = {}
        self.span = 0
        for command in row_commands:
            (_sc, first), (_ec, last) = command[1], command[2]
            if first < 0 or last < first:
                raise ValueError(f"row commands use data rows counted from 0: {command!r}")
            self.by_start.setdefault(first, []).append(command)
            self.span = max(self.span, last - first)
        self.measured_for: float | None = None
        self.header_height = 0.0
        self.tops: list[float] = []  # tops[i]: height of data rows before row i

    def table(self, first: int, end: int, heights: list[float] | None = None) -> Table:
        """The header and data rows first…end-1 as one Table with only their commands."""
        shift = len(self.header) - first
        commands = list(self.style)
        for start in range(max(0, first - self.span), end):
            for op, (sc, sr), (ec, er), *args in self.by_start.get(start, ()):
                if er < first:
                    continue
                commands.append(
                    (op, (sc, max(sr, first) + shift), (ec, min(er, end - 1) + shift), *args)
                )
        row_heights = None
        if heights is not None:
            row_heights = [self.header_height] * len(self.header) + heights
        return Table(
            self.header + self.rows[first:end],
            colWidths=self.widths,
            rowHeights=row_heights,
            style=TableStyle(commands),
            longTableOptimize=0,  # measure every row given (a batch), once
        )

    def measure(self, width: float) -> None:
        if self.measured_for == width:
            return
        heights: list[float] = []
        header = 0.0
        for first in range(0, max(len(self.rows), 1), MEASURE_BATCH):
            batch = self.table(first, min(first + MEASURE_BATCH, len(self.rows)))
            batch.wrap(width, 1e9)
            measured = batch._rowHeights  # what Table worked out; no public accessor
            header = sum(measured[: len(self.header)])
            heights += measured[len(self.header) :]
        self.header_height = header / max(len(self.header), 1)
        self.tops = [0.0, *accumulate(heights)]
        self.heights = heights
        self.measured_for = width


class PagedTable(Flowable):
    """Rows `start`… of a table whose header repeats on every page; rows never split, so
    each must stay well short of a page (cut long text into several rows)."""

    def __init__(self, rows: _Rows, start: int = 0):
        super().__init__()
        self._rows, self._start = rows, start
        self.hAlign = "CENTER"  # as Table

    def _height(self, end: int) -> float:
        rows = self._rows
        return rows.header_height * len(rows.header) + rows.tops[end] - rows.tops[self._start]

    def wrap(self, available_width, available_height):
        rows = self._rows
        rows.measure(available_width)
        self.width = sum(rows.widths)
        self.height = self._height(len(rows.rows))
        return self.width, self.height

    def split(self, available_width, available_height):
        rows = self._rows
        rows.measure(available_width)
        room = available_height - rows.header_height * len(rows.header)
        end = bisect_right(rows.tops, rows.tops[self._start] + room + 1e-6) - 1
        end = min(end, len(rows.rows))
        if end <= self._start:
            return []  # not even one row fits: the frame tries the next page
        if end == len(rows.rows):
            return [self._table(end)]
        return [self._table(end), PagedTable(rows, end)]

    def _table(self, end: int) -> Table:
        rows = self._rows
        return rows.table(self._start, end, rows.heights[self._start : end])

    def draw(self) -> None:
        page = self._table(len(self._rows.rows))
        page.wrapOn(self.canv, self.width, self.height)
        page.drawOn(self.canv, 0, 0)

    def getPlainText(self) -> str:  # for debugging and identity()
        return f"PagedTable rows {self._start}–{len(self._rows.rows)}"


def paged_table(
    header: list[list],
    rows: list[list],
    widths: list[float],
    style: TableStyle | Sequence[tuple],
    row_commands: Sequence[tuple] = (),
) -> Flowable:
    """A long table: `style` applies to every page's table as it would to one table (its row
    numbers count the header); `row_commands` name data rows, 0 being the first under the
    header, e.g. ("BACKGROUND", (0, 4), (-1, 6), colour) shades rows 4 to 6."""
    return PagedTable(_Rows(header, rows, widths, style, row_commands))
