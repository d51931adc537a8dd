"""Reading an XLSX workbook someone else made (OPD, ideas, participants, the IGA form), bounded.

A workbook is a zip of XML, and openpyxl trusts what the XML says: `<row r="1000000000000">`
makes it yield a trillion empty rows, `<dimension ref="A1:XFD1048576">` pads every row to
16,384 cells, a zip member can unpack to gigabytes. So before openpyxl reads anything the
archive and every XML part in it are checked against the limits in `domain/limits.py` (member
sizes, rows, columns, cells, characters per cell, no DTD), in one streaming pass that keeps no
tree; the stated dimension is ignored (the cells themselves are counted), and reading the rows
has a deadline. Anything beyond is refused with BadInput naming the limit; anything openpyxl
raises on a broken file is BadInput too. Nothing here ever raises anything else.
"""

from __future__ import annotations

import re
import time
import zipfile
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from xml.parsers import expat

from labinovasi.domain.errors import BadInput
from labinovasi.domain.limits import (
    MAX_XLSX_BYTES,
    MAX_XLSX_CELL_CHARACTERS,
    MAX_XLSX_CELLS,
    MAX_XLSX_COLUMNS,
    MAX_XLSX_MEMBER_BYTES,
    MAX_XLSX_MEMBERS,
    MAX_XLSX_ROWS,
    MAX_XLSX_SECONDS,
)
from labinovasi.i18n import _

# The namespaces whose <row> and <c> openpyxl reads as a sheet's rows and cells.
_SHEET_NAMESPACES = (
    "http://schemas.openxmlformats.org/spreadsheetml/2006/main",
    "http://purl.oclc.org/ooxml/spreadsheetml/main",
)
_TEXT_ELEMENTS = frozenset({"t", "v", "f"})  # where a cell's characters are
_CELL_REF = re.compile(r"^\$?([A-Za-z]{1,3})?\$?(\d*)$")
_CHUNK = 1 << 16


def refusal(source: Path, reason: str) -> BadInput:
    """The one message for a workbook beyond a limit: what, and that nothing was written."""
    return BadInput(
        _("Buku kerja {path} ditolak: {reason}. Tidak ada yang ditulis.").format(
            path=source.name, reason=reason
        )
    )


def broken(source: Path, error: BaseException) -> BadInput:
    return BadInput(
        _("Berkas XLSX tidak dapat dibaca (rusak atau bukan XLSX): {path}").format(
            path=source.name
        ),
        [f"{type(error).__name__}: {str(error)[:200]}"],
    )


def _number(value: int) -> str:
    return f"{value:,}".replace(",", ".")


def _column_number(letters: str) -> int:
    number = 0
    for char in letters.upper():
        number = number * 26 + ord(char) - 64
    return number


class _Scan:
    """One streaming pass over one XML part: refuses what openpyxl would choke on."""

    def __init__(self, source: Path, member: str, deadline: float):
        self.source, self.member, self.deadline = source, member, deadline
        self.rows = 0
        self.row_cells = 0  # cells openpyxl makes for the current row (up to its last column)
        self.cells = 0
        self.next_column = 1
        self.text = 0  # characters of the current cell text

    def refuse(self, reason: str) -> BadInput:
        return refusal(self.source, reason)

    def start(self, name: str, attributes: dict[str, str]) -> None:
        self.text = 0
        namespace, _sep, local = name.rpartition(" ")
        if namespace not in _SHEET_NAMESPACES:
            return
        if local == "row":
            self._row(attributes.get("r"))
        elif local == "c":
            self._cell(attributes.get("r"))

    def _row(self, ref: str | None) -> None:
        self.cells += self.row_cells
        self.row_cells, self.next_column = 0, 1
        self.rows += 1
        number = self.rows
        if ref is not None and ref.strip().isdigit():
            number = int(ref)
        if number > MAX_XLSX_ROWS or self.rows > MAX_XLSX_ROWS:
            raise self.refuse(
                _("baris ke-{row} melewati batas {limit} baris").format(
                    row=_number(number), limit=_number(MAX_XLSX_ROWS)
                )
            )
        self._check_cells()

    def _cell(self, ref: str | None) -> None:
        column = self.next_column
        found = _CELL_REF.match((ref or "").strip())
        if found and found.group(1):
            column = _column_number(found.group(1))
        if found and found.group(2) and int(found.group(2)) > MAX_XLSX_ROWS:
            raise self.refuse(
                _("sel {cell} melewati batas {limit} baris").format(
                    cell=(ref or "")[:20], limit=_number(MAX_XLSX_ROWS)
                )
            )
        if column > MAX_XLSX_COLUMNS:
            raise self.refuse(
                _("kolom ke-{column} melewati batas {limit} kolom").format(
                    column=_number(column), limit=MAX_XLSX_COLUMNS
                )
            )
        self.next_column = column + 1
        self.row_cells = max(self.row_cells, column)
        if self.cells + self.row_cells > MAX_XLSX_CELLS:
            self._check_cells(self.row_cells)

    def _check_cells(self, extra: int = 0) -> None:
        if self.cells + extra > MAX_XLSX_CELLS:
            raise self.refuse(_("lebih dari {limit} sel").format(limit=_number(MAX_XLSX_CELLS)))

    def end(self, _name: str) -> None:
        self.text = 0

    def characters(self, data: str) -> None:
        self.text += len(data)
        if self.text > MAX_XLSX_CELL_CHARACTERS:
            raise self.refuse(
                _("satu sel berisi lebih dari {limit} karakter").format(
                    limit=_number(MAX_XLSX_CELL_CHARACTERS)
                )
            )

    def no_dtd(self, *_args: Any) -> None:
        # A workbook never declares a DTD; one that does may expand entities without end.
        raise self.refuse(_("bagian {part} memuat deklarasi DTD").format(part=self.member))

    def run(self, stream) -> None:
        parser = expat.ParserCreate(namespace_separator=" ")
        parser.StartElementHandler = self.start
        parser.EndElementHandler = self.end
        parser.CharacterDataHandler = self.characters
        parser.StartDoctypeDeclHandler = self.no_dtd
        parser.EntityDeclHandler = self.no_dtd
        parser.buffer_text = True
        parser.buffer_size = _CHUNK
        while True:
            chunk = stream.read(_CHUNK)
            check_deadline(self.source, self.deadline)
            parser.Parse(chunk, not chunk)
            if not chunk:
                break
        self.cells += self.row_cells
        self._check_cells()


def check_deadline(source: Path, deadline: float) -> None:
    if time.monotonic() > deadline:
        raise refusal(
            source,
            _("membacanya memakan lebih dari {seconds} detik").format(seconds=MAX_XLSX_SECONDS),
        )


def _looks_like_xml(head: bytes) -> bool:
    head = head.lstrip(b" \t\r\n")
    return head.startswith((b"<", b"\xef\xbb\xbf", b"\xff\xfe", b"\xfe\xff"))


def check_workbook(source: Path, deadline: float | None = None) -> None:
    """Refuse (BadInput) an archive beyond the limits before openpyxl opens it."""
    deadline = deadline if deadline is not None else time.monotonic() + MAX_XLSX_SECONDS
    try:
        archive = zipfile.ZipFile(source)
    except (zipfile.BadZipFile, OSError, ValueError, EOFError) as error:
        raise broken(source, error) from error
    with archive:
        members = archive.infolist()
        if len(members) > MAX_XLSX_MEMBERS:
            raise refusal(
                source,
                _("arsipnya berisi {n} bagian (paling banyak {limit})").format(
                    n=_number(len(members)), limit=_number(MAX_XLSX_MEMBERS)
                ),
            )
        total = sum(member.file_size for member in members)
        biggest = max(members, key=lambda m: m.file_size, default=None)
        if biggest is not None and biggest.file_size > MAX_XLSX_MEMBER_BYTES:
            raise refusal(
                source,
                _(
                    "bagian {part} berukuran {size} MB setelah diurai (paling besar {limit} MB)"
                ).format(
                    part=biggest.filename[:80],
                    size=_number(biggest.file_size // 2**20),
                    limit=_number(MAX_XLSX_MEMBER_BYTES // 2**20),
                ),
            )
        if total > MAX_XLSX_BYTES:
            raise refusal(
                source,
                _("isinya {size} MB setelah diurai (paling besar {limit} MB)").format(
                    size=_number(total // 2**20), limit=_number(MAX_XLSX_BYTES // 2**20)
                ),
            )
        for member in members:
            if member.is_dir():
                continue
            try:
                with archive.open(member) as stream:
                    if not _looks_like_xml(stream.read(64)):
                        continue
                with archive.open(member) as stream:
                    _Scan(source, member.filename[:80], deadline).run(stream)
            except BadInput:
                raise
            except Exception as error:  # a bad CRC, a cut member, XML that does not parse
                raise broken(source, error) from error


@dataclass
class Workbook:
    """An openpyxl workbook (read-only, values) that passed `check_workbook`, with the
    deadline its reading keeps."""

    book: Any
    source: Path
    deadline: float

    def sheets(self) -> list[Any]:
        """The workbook's sheets (BadInput when even listing them fails)."""
        try:
            return list(self.book.worksheets)
        except Exception as error:
            raise broken(self.source, error) from error

    def rows(self, sheet: Any) -> Iterator[tuple[object, ...]]:
        """The rows of one sheet as tuples of values, its stated dimension dropped (only
        the cells really there are read); BadInput on a broken sheet or after the deadline,
        never anything else."""
        try:
            sheet.reset_dimensions()
            for number, row in enumerate(sheet.iter_rows(values_only=True), start=1):
                if number > MAX_XLSX_ROWS:  # counted before; a second guard costs nothing
                    raise refusal(
                        self.source,
                        _("lebih dari {limit} baris").format(limit=_number(MAX_XLSX_ROWS)),
                    )
                if number % 1000 == 0:
                    check_deadline(self.source, self.deadline)
                yield row
        except BadInput:
            raise
        except Exception as error:
            raise broken(self.source, error) from error


@contextmanager
def open_workbook(source: Path) -> Iterator[Workbook]:
    """The workbook at `source` once `check_workbook` let it through; BadInput otherwise."""
    from openpyxl import load_workbook

    source = Path(source)
    if not source.is_file():
        raise BadInput(_("Berkas tidak ditemukan: {path}").format(path=source))
    deadline = time.monotonic() + MAX_XLSX_SECONDS
    check_workbook(source, deadline)
    try:
        book = load_workbook(source, read_only=True, data_only=True)
    except Exception as error:  # openpyxl raises many kinds for a bad file
        raise broken(source, error) from error
    try:
        yield Workbook(book, source, deadline)
    finally:
        try:
            book.close()
        except Exception:  # noqa: BLE001 - closing a broken archive may fail too
            pass
