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
from reportlab.platypus.tables import LINECOMMANDS

MEASURE_BATCH = 200  # rows measured together (one Table each; a few pages' worth)


_DRAWN = frozenset(("BACKGROUND", "ROWBACKGROUNDS", "COLBACKGROUNDS", "SPAN", "NOSPLIT"))


def _cell_level(command: tuple) -> bool:
    """Whether a command sets cell styles (font, padding, alignment…), which decide the
    rows' heights, rather than something drawn (lines, backgrounds)."""
    return command[0] not in _DRAWN and command[0] not in LINECOMMANDS


class _Rows:
    """What the pieces of one table share: the rows, their style commands, and their cell
    styles and heights (worked out once per width, by ReportLab's Table, a batch at a
    time)."""

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
        self.header_heights: list[float] = []
        self.header_styles: list[list] = []
        self.heights: list[float] = []
        self.cell_styles: list[list] = []  # ReportLab's CellStyle of every data row's cells
        self.tops: list[float] = []  # tops[i]: height of data rows before row i

    def commands(self, first: int, end: int, cell_level: bool) -> list[tuple]:
        """The style's and rows' commands of one table of data rows first…end-1 (the header
        first), in its own row numbers: those that set cell styles, or the others."""
        shift = len(self.header) - first
        commands = [c for c in self.style if _cell_level(c) == cell_level]
        for start in range(max(0, first - self.span), end):
            for op, (sc, sr), (ec, er), *args in self.by_start.get(start, ()):
                if er < first or _cell_level((op,)) != cell_level:
                    continue
                commands.append(
                    (op, (sc, max(sr, first) + shift), (ec, min(er, end - 1) + shift), *args)
                )
        return commands

    def table(self, first: int, end: int) -> Table:
        """The header and data rows first…end-1 as one Table, measured already: its cell
        styles and heights given, and only the lines and backgrounds left to add."""
        return Table(
            self.header + self.rows[first:end],
            colWidths=self.widths,
            rowHeights=self.header_heights + self.heights[first:end],
            cellStyles=self.header_styles + self.cell_styles[first:end],
            style=TableStyle(self.commands(first, end, cell_level=False)),
        )

    def measure(self, width: float) -> None:
        if self.measured_for == width:
            return
        head = len(self.header)
        self.heights, self.cell_styles = [], []
        for first in range(0, max(len(self.rows), 1), MEASURE_BATCH):
            end = min(first + MEASURE_BATCH, len(self.rows))
            batch = Table(
                self.header + self.rows[first:end],
                colWidths=self.widths,
                style=TableStyle(self.commands(first, end, cell_level=True)),
                longTableOptimize=0,  # measure every row of the batch, once
            )
            batch.wrap(width, 1e9)
            # what the Table worked out (no public accessors): shared with the page tables,
            # as Table.split shares them with its pieces
            measured, styles = batch._rowHeights, batch._cellStyles
            self.header_heights, self.header_styles = measured[:head], styles[:head]
            self.heights += measured[head:]
            self.cell_styles += styles[head:]
        self.tops = [0.0, *accumulate(self.heights)]
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
        return sum(rows.header_heights) + rows.tops[end] - rows.tops[self._start]

    def wrap(self, available_width, available_height):
        rows = self._rows
        rows.measure(available_width)
        self.width = sum(rows.widths)
        self.height = self._height(len(rows.rows))
        return self.width, self.height

    def split(self, available_width, available_height):
        rows = self._rows
        rows.measure(available_width)
        room = available_height - sum(rows.header_heights)
        end = bisect_right(rows.tops, rows.tops[self._start] + room + 1e-6) - 1
        end = min(end, len(rows.rows))
        if end <= self._start:
            return []  # not even one row fits: the frame tries the next page
        if end == len(rows.rows):
            return [self._table(end)]
        return [self._table(end), PagedTable(rows, end)]

    def _table(self, end: int) -> Table:
        return self._rows.table(self._start, end)

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
