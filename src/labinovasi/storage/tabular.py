"""Reading and writing tables as offices produce them: CSV from Excel (UTF-8 with or without
BOM, Windows-1252, comma or semicolon, quoted newlines) and XLSX (first sheet, header row).

Participant text is data: CSV cells that a spreadsheet would run as a formula are prefixed with
an apostrophe on export and the prefix is taken off again on import, so the round trip is exact.
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Collection, Iterable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

from labinovasi.domain.errors import BadInput
from labinovasi.i18n import _
from labinovasi.storage.workbooks import open_workbook

_FORMULA_START = re.compile(r"^'*[=+\-@\t\r]")


@dataclass
class Table:
    """Rows as dicts keyed by lower-cased header; `line` is the spreadsheet row (first = 1)."""

    headers: list[str]
    rows: list[tuple[int, dict[str, str]]]


def neutralize_cell(value: str) -> str:
    return "'" + value if _FORMULA_START.match(value) else value


def restore_cell(value: str) -> str:
    return value[1:] if value.startswith("'") and _FORMULA_START.match(value) else value


def _decode(data: bytes, source: Path) -> str:
    """The text of a CSV file. A file that says it is UTF-8 or UTF-16 (a byte-order mark) and
    then holds bytes that are not is refused, naming where: guessing would change the text."""
    if data.startswith(b"\xef\xbb\xbf"):
        encoding, body = "utf-8", data[3:]
    elif data.startswith((b"\xff\xfe", b"\xfe\xff")):  # Excel's "Unicode Text": UTF-16, tabs
        encoding, body = "utf-16", data
    else:
        try:
            return data.decode("utf-8")
        except UnicodeDecodeError:
            return data.decode("cp1252", errors="replace")
    try:
        return body.decode(encoding)
    except UnicodeDecodeError as error:
        raise BadInput(
            _(
                "Berkas {path} ditandai {encoding} tetapi berisi bita yang tidak sah (posisi "
                "{position}); simpan ulang sebagai CSV UTF-8 lalu coba lagi."
            ).format(path=source.name, encoding=encoding.upper(), position=error.start)
        ) from error


DELIMITERS = ",;\t|"
HEADER_SEARCH_ROWS = 20
# Characters in one cell of an imported table: an idea is at most MAX_IDEA_LENGTH; a cell far
# longer is a runaway quote or a pasted document and is refused with this stated limit.
MAX_CELL_LENGTH = 20_000


def normalize_heading(text: str) -> str:
    """A column heading as compared: lower case, single spaces, no BOM or trailing colon."""
    return " ".join(text.lstrip("\ufeff").replace("_", " ").split()).rstrip(":").lower()


def heading_key(text: str) -> str:
    """A heading as matched against the names an import knows: as `normalize_heading`, and
    dots and the spaces around a slash do not matter ("Pangkat / Gol." is "pangkat/gol",
    "No. HP" is "no hp")."""
    text = " ".join(normalize_heading(text).replace(".", " ").split())
    return re.sub(r"\s*/\s*", "/", text)


def _delimiter(text: str, header_names: Collection[str] = ()) -> str:
    """The delimiter of a CSV: the one with which the known headings are found (a title row
    above them may hold commas in a semicolon file), else csv.Sniffer's guess over several
    lines, else the one the first line uses most. Candidates: comma, semicolon (Excel in an
    Indonesian locale), tab and bar."""
    sample = "\n".join(text.splitlines()[:HEADER_SEARCH_ROWS])
    try:
        sniffed = csv.Sniffer().sniff(sample, delimiters=DELIMITERS).delimiter
    except csv.Error:
        sniffed = max(DELIMITERS, key=text.split("\n", 1)[0].count)
    if header_names:
        # Two known headings under any delimiter before one (a title's comma in a semicolon
        # file may stand before a known word).
        for loose in (False, True):
            for candidate in [sniffed, *(d for d in DELIMITERS if d != sniffed)]:
                try:
                    rows = list(csv.reader(io.StringIO(sample, newline=""), delimiter=candidate))
                except csv.Error:  # a runaway quote: reading the whole file says so clearly
                    continue
                if _header_found(rows, header_names, loose) is not None:
                    return candidate
    return sniffed


def _header_found(
    raw_rows: list[list[str]], header_names: Collection[str], loose: bool = True
) -> int | None:
    """The index of the first row naming two known columns (one when only one is known);
    failing that (`loose`), of the first row naming one: an OPD list of "No; Nama Perangkat
    Daerah" under a title, without a singkatan column."""
    wanted = {heading_key(n) for n in header_names}
    rows = raw_rows[:HEADER_SEARCH_ROWS]
    strict = min(2, len(wanted))
    for least in (strict, 1) if loose and strict > 1 else (strict,):
        for index, row in enumerate(rows):
            if len({heading_key(c) for c in row} & wanted) >= least:
                return index
    return None


def _header_index(raw_rows: list[list[str]], header_names: Collection[str]) -> int:
    """Which row holds the headings: offices put a title block above them ("DAFTAR GAGASAN
    INOVASI", the kabupaten, a blank row). The first row naming two known columns; else row 1."""
    found = _header_found(raw_rows, header_names)
    return 0 if found is None else found


def read_table(source: Path, header_names: Collection[str] = ()) -> Table:
    """A CSV or XLSX file as a Table. Unreadable files raise BadInput. With `header_names`
    (the column names the caller knows), title rows above the headings are passed over."""
    if not source.exists():
        raise BadInput(_("Berkas tidak ditemukan: {path}").format(path=source))
    if source.suffix.lower() in (".xlsx", ".xlsm"):
        raw_rows = _xlsx_rows(source)
    else:
        text = _decode(source.read_bytes(), source)
        raw_rows = _csv_rows(text, source, _delimiter(text, header_names))
    if not raw_rows:
        raise BadInput(_("Berkas kosong: {path}").format(path=source))
    header_at = _header_index(raw_rows, header_names) if header_names else 0
    headers = [normalize_heading(h) for h in raw_rows[header_at]]
    rows = []
    overflowing = []
    for number, values in enumerate(raw_rows[header_at + 1 :], start=header_at + 2):
        if not any(v.strip() for v in values):
            continue  # a fully empty row
        if any(v.strip() for v in values[len(headers) :]):
            # Text beyond the last heading (a comma without quotes, usually) would be lost.
            overflowing.append(
                _("baris {line}: {n} isian, padahal hanya ada {m} judul kolom").format(
                    line=number, n=len(values), m=len(headers)
                )
            )
        padded = list(values) + [""] * (len(headers) - len(values))
        rows.append((number, dict(zip(headers, padded, strict=False))))
    if overflowing:
        raise BadInput(
            _(
                "Ada baris dengan isian di luar kolom berjudul (koma tanpa tanda kutip?); "
                "tidak ada yang ditulis."
            ),
            overflowing[:20],
        )
    return Table(headers, rows)


def _csv_rows(text: str, source: Path, delimiter: str) -> list[list[str]]:
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    try:
        # The csv module's own field limit (128 KiB) is far above MAX_CELL_LENGTH: an
        # over-long cell gets our message below, a runaway quote gets this one.
        return [
            _checked_row([restore_cell(cell) for cell in row], reader.line_num, source)
            for row in reader
        ]
    except csv.Error as error:
        if "field larger" in str(error):
            raise _too_long(reader.line_num, source, csv.field_size_limit()) from error
        raise BadInput(
            _(
                "Berkas CSV {path} rusak di baris {line} (tanda kutip tidak ditutup?): {error}"
            ).format(path=source.name, line=reader.line_num, error=error)
        ) from error


def _checked_row(row: list[str], line: int, source: Path) -> list[str]:
    for cell in row:
        if len(cell) > MAX_CELL_LENGTH:
            raise _too_long(line, source, len(cell))
    return row


def _too_long(line: int, source: Path, length: int) -> BadInput:
    return BadInput(
        _(
            "Isian di baris {line} {path} terlalu panjang (lebih dari {n} karakter; "
            "paling banyak {limit}). Tanda kutip yang tidak ditutup?"
        ).format(line=line, path=source.name, n=length - 1, limit=MAX_CELL_LENGTH)
    )


def _xlsx_rows(source: Path) -> list[list[str]]:
    """The first sheet's rows as text, read within the workbook limits (storage/workbooks)."""
    with open_workbook(source) as workbook:
        sheets = workbook.sheets()
        if not sheets:
            raise BadInput(_("Berkas kosong: {path}").format(path=source))
        return [
            _checked_row(["" if v is None else _cell_text(v) for v in row], number, source)
            for number, row in enumerate(workbook.rows(sheets[0]), start=1)
        ]


def _cell_text(value: object) -> str:
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


def find_columns(
    table: Table, wanted: Mapping[str, Sequence[str]], chosen: dict[str, str] | None = None
) -> dict[str, str]:
    """Map our field names to the table's headers: the user's `chosen` heading first, else
    the first of the field's usual names (Indonesian or English, synonyms) the table has,
    compared as `heading_key` does. A heading serves one field only (the first that names
    it)."""
    keys: dict[str, str] = {}
    for header in table.headers:
        keys.setdefault(heading_key(header), header)
    found: dict[str, str] = {}
    for field, names in wanted.items():
        if chosen and field in chosen:
            picked = normalize_heading(chosen[field])
            if picked in table.headers:
                found[field] = picked
                continue
        for name in names:
            match = keys.get(heading_key(name))
            if match is not None and match not in found.values():
                found[field] = match
                break
    return found


def pick_columns(
    table: Table, wanted: Mapping[str, Sequence[str]], required: Iterable[str], source: Path
) -> dict[str, str]:
    """Map our field names to the table's headers (Indonesian or English names)."""
    found = find_columns(table, wanted)
    missing = [wanted[f][0] for f in required if f not in found]
    if missing:
        raise BadInput(
            _("Kolom wajib tidak ada di {path}: {columns}").format(
                path=source.name, columns=", ".join(missing)
            ),
            [_("Kolom yang ada: {columns}").format(columns=", ".join(table.headers))],
        )
    return found


def write_csv(path: Path, headers: Sequence[str], rows: Iterable[Sequence[object]]) -> None:
    """UTF-8 with BOM so Excel opens it with the right letters."""
    with path.open("w", encoding="utf-8-sig", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(headers)
        for row in rows:
            writer.writerow(["" if v is None else neutralize_cell(str(v)) for v in row])


def write_xlsx(
    path: Path, sheets: dict[str, tuple[Sequence[str], Iterable[Sequence[object]]]]
) -> None:
    """Every text cell is typed as a string, so nothing a participant typed becomes a formula."""
    from openpyxl import Workbook
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE
    from openpyxl.styles import Font

    # Open the target first: a path that cannot be written fails before any sheet is built.
    with path.open("wb") as handle:
        workbook = Workbook(write_only=True)
        bold = Font(bold=True)
        for title, (headers, rows) in sheets.items():
            sheet = workbook.create_sheet(title)
            header_cells = []
            for h in headers:
                cell = WriteOnlyCell(sheet, value=h)
                cell.font = bold
                header_cells.append(cell)
            sheet.append(header_cells)
            for row in rows:
                cells = []
                for value in row:
                    if isinstance(value, str):
                        # XML cannot hold control characters (a file name stored by an older
                        # version may): they are dropped, as clean_text drops them when typed.
                        value = ILLEGAL_CHARACTERS_RE.sub("", value)
                    cell = WriteOnlyCell(sheet, value=value)
                    if isinstance(value, str):
                        cell.data_type = "s"
                    cells.append(cell)
                sheet.append(cells)
        workbook.save(handle)
