"""Hostile XLSX workbooks written by hand (the zip and its XML), for the workbook attack tests:
`build` assembles one from sheets given as raw rows, `workbooks` is the hypothesis strategy
that generates them (IGA form sheets, lying row and cell references, every cell type, shared
string indices out of range, date styles on absurd numbers, huge numbers), and `bombs` are
the small files that once exhausted memory or a core (kept in tests/data/workbooks/; rebuild
them with `python -c "import hostile_xlsx; hostile_xlsx.write_bombs()"` from tests/)."""

from __future__ import annotations

import io
import zipfile
from xml.sax.saxutils import escape, quoteattr

from hypothesis import strategies as st

from iga_workbook import INDICATOR_HEADERS, PROFILE_HEADERS, REGION_HEADERS

MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
PKG_REL = "http://schemas.openxmlformats.org/package/2006/relationships"
SHEET_TYPE = REL + "/worksheet"

# A cell: (r attribute or None, t attribute or None, s attribute or None, inner XML)
Cell = tuple[str | None, str | None, str | None, str]
Row = tuple[str | None, list[Cell]]

# Style 1 is a date format: a number in a cell styled with it is read as a date.
STYLES = f"""<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<styleSheet xmlns="{MAIN}"><numFmts count="1"><numFmt numFmtId="164" formatCode="dd/mm/yyyy"/>
</numFmts><fonts count="1"><font/></fonts><fills count="1"><fill><patternFill patternType="none"/>
</fill></fills><borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders><cellStyleXfs count="1"><xf/></cellStyleXfs><cellXfs count="3"><xf/>
<xf numFmtId="164" applyNumberFormat="1"/><xf numFmtId="21" applyNumberFormat="1"/></cellXfs>
</styleSheet>"""


def sheet_xml(rows: list[Row], dimension: str | None = None, prolog: str = "") -> str:
    parts = [f'<?xml version="1.0" encoding="UTF-8"?>{prolog}<worksheet xmlns="{MAIN}">']
    if dimension is not None:
        parts.append(f"<dimension ref={quoteattr(dimension)}/>")
    parts.append("<sheetData>")
    for r, cells in rows:
        parts.append("<row" + (f" r={quoteattr(r)}" if r is not None else "") + ">")
        for ref, kind, style, inner in cells:
            attrs = "".join(
                f" {name}={quoteattr(value)}"
                for name, value in (("r", ref), ("t", kind), ("s", style))
                if value is not None
            )
            parts.append(f"<c{attrs}>{inner}</c>")
        parts.append("</row>")
    parts.append("</sheetData></worksheet>")
    return "".join(parts)


def build(
    sheets: list[tuple[str, str]],
    shared: list[str] | None = None,
    styles: bool = True,
    shared_xml: str | None = None,
    compress: int = zipfile.ZIP_DEFLATED,
) -> bytes:
    """A workbook of `sheets` (name, worksheet XML), with shared strings and styles."""
    names = [f"sheet{n}.xml" for n in range(1, len(sheets) + 1)]
    overrides = "".join(
        f'<Override PartName="/xl/worksheets/{name}" ContentType="application/'
        'vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
        for name in names
    )
    content_types = (
        '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/'
        'package/2006/content-types"><Default Extension="rels" ContentType="application/'
        'vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" '
        'ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType='
        '"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
        + overrides
        + '<Override PartName="/xl/sharedStrings.xml" ContentType="application/'
        'vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>'
        '<Override PartName="/xl/styles.xml" ContentType="application/'
        'vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/></Types>'
    )
    root_rels = (
        f'<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="{PKG_REL}">'
        f'<Relationship Id="rId1" Type="{REL}/officeDocument" Target="xl/workbook.xml"/>'
        "</Relationships>"
    )
    workbook = (
        f'<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="{MAIN}" xmlns:r="{REL}">'
        "<sheets>"
        + "".join(
            f'<sheet name={quoteattr(title)} sheetId="{n}" r:id="rId{n}"/>'
            for n, (title, _xml) in enumerate(sheets, start=1)
        )
        + "</sheets></workbook>"
    )
    rels = "".join(
        f'<Relationship Id="rId{n}" Type="{SHEET_TYPE}" Target="worksheets/{name}"/>'
        for n, name in enumerate(names, start=1)
    )
    extra = len(names)
    rels += (
        f'<Relationship Id="rId{extra + 1}" Type="{REL}/sharedStrings" Target="sharedStrings.xml"/>'
    )
    if styles:
        rels += f'<Relationship Id="rId{extra + 2}" Type="{REL}/styles" Target="styles.xml"/>'
    workbook_rels = (
        f'<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="{PKG_REL}">{rels}'
        "</Relationships>"
    )
    if shared_xml is None:
        strings = shared or []
        shared_xml = (
            f'<?xml version="1.0" encoding="UTF-8"?><sst xmlns="{MAIN}" count="{len(strings)}">'
            + "".join(f"<si><t>{escape(s)}</t></si>" for s in strings)
            + "</sst>"
        )
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compress) as archive:
        archive.writestr("[Content_Types].xml", content_types)
        archive.writestr("_rels/.rels", root_rels)
        archive.writestr("xl/workbook.xml", workbook)
        archive.writestr("xl/_rels/workbook.xml.rels", workbook_rels)
        for name, (_title, xml) in zip(names, sheets, strict=True):
            archive.writestr(f"xl/worksheets/{name}", xml)
        archive.writestr("xl/sharedStrings.xml", shared_xml)
        if styles:
            archive.writestr("xl/styles.xml", STYLES)
    return buffer.getvalue()


# -- the strategy ---------------------------------------------------------------------------

SHEET_NAMES = ["Profil Inovasi", "Indikator", "Indikator Pemda", "Sheet1", "profil  INOVASI"]
HEADERS = {
    "Profil Inovasi": PROFILE_HEADERS,
    "Indikator": INDICATOR_HEADERS,
    "Indikator Pemda": REGION_HEADERS,
    "Sheet1": ["OPD", "Gagasan", "Nama", "Singkatan", "NIP", "Jabatan"],
}
TEXTS = [
    "DINKES",
    "Dinas Kesehatan",
    "SIAP ANTRE",
    "Penerapan",
    "Digital",
    "Kesehatan",
    "01/02/2025",
    "31/02/2025",
    "99/99/99999",
    "Rp1.250.000",
    "2",
    "1.0",
    "16",
    "1a",
    "diterima",
    "perlu revisi",
    "https://contoh.go.id/sk.pdf",
    "../../sk.pdf",
    "sk\u202efdp.exe",
    "a\nb",
    "=HYPERLINK(1)",
    "",
    " ",
]
NUMBERS = [
    "0",
    "-1",
    "1",
    "3",
    "45000",
    "2958466",
    "1e308",
    "-1e308",
    "1E400",
    "NaN",
    "INF",
    str(2**63),
    str(2**64 + 1),
    "9" * 40,
    "1.5",
    "x",
]
plain_text = st.text(st.characters(blacklist_categories=("Cs", "Cc")), max_size=30)
text_value = st.one_of(st.sampled_from(TEXTS), plain_text)


@st.composite
def cells(draw, column: int, row: int) -> Cell:
    from openpyxl.utils import get_column_letter

    ref = draw(
        st.one_of(
            st.just(f"{get_column_letter(column)}{row}"),
            st.none(),
            st.sampled_from(["A1", "B", "7", "$A$1", "ZZ0", "AAA3", "a1", "!", "A-1", ""]),
        )
    )
    kind = draw(st.sampled_from([None, "s", "n", "b", "e", "str", "inlineStr", "d", "zz"]))
    style = draw(st.sampled_from([None, None, "0", "1", "2", "99", "-1", "x"]))
    if kind == "inlineStr":
        inner = f"<is><t>{escape(draw(text_value))}</t></is>"
    elif kind == "s":
        inner = f"<v>{draw(st.sampled_from(['0', '1', '2', '5', '999', '-1', 'a', '']))}</v>"
    elif kind == "d":
        inner = f"<v>{draw(st.sampled_from(['2025-02-01', '2025-13-45', '99999-01-01', 'x']))}</v>"
    elif kind in (None, "n") or draw(st.booleans()):
        inner = f"<v>{escape(draw(st.sampled_from(NUMBERS)))}</v>"
    else:
        inner = f"<v>{escape(draw(text_value))}</v>"
    return ref, kind, style, inner


@st.composite
def sheets(draw) -> tuple[str, str]:
    name = draw(st.sampled_from(SHEET_NAMES))
    headers = HEADERS.get(name, HEADERS["Sheet1"])
    rows: list[Row] = []
    if draw(st.booleans()):  # the form's own headings, so the rows below are really read
        rows.append(
            (
                "1",
                [(None, "inlineStr", None, f"<is><t>{escape(h)}</t></is>") for h in headers],
            )
        )
    for row in range(2, 2 + draw(st.integers(0, 4))):
        r = draw(st.sampled_from([str(row), None, "0", "-3", "x", "4999", str(row + 1)]))
        width = draw(st.integers(0, len(headers) + 2))
        rows.append((r, [draw(cells(column, row)) for column in range(1, width + 1)]))
    dimension = draw(st.sampled_from([None, "A1", "A1:Q20", "A1:XFD5", "B2:A1", "ZZ", ""]))
    return name, sheet_xml(rows, dimension)


workbooks = st.builds(
    build,
    st.lists(sheets(), min_size=1, max_size=3),
    st.lists(text_value, max_size=4),
    st.booleans(),
)


# -- the bombs ------------------------------------------------------------------------------


def _row_bomb() -> bytes:
    rows: list[Row] = [("1", [(None, "inlineStr", None, "<is><t>opd</t></is>")])]
    rows.append(("1000000000000", [("A1000000000000", "inlineStr", None, "<is><t>x</t></is>")]))
    return build([("Profil Inovasi", sheet_xml(rows))])


def _dimension_lie() -> bytes:
    """Three cells under a dimension claiming the whole sheet: openpyxl pads every row."""
    rows: list[Row] = [(str(r), [(f"A{r}", "n", None, "<v>1</v>")]) for r in range(1, 4)]
    return build([("Profil Inovasi", sheet_xml(rows, "A1:XFD1048576"))])


def _dimension_bomb() -> bytes:
    """The same with a last row at the sheet's end: a million rows of 16,384 cells."""
    rows: list[Row] = [(str(r), [(f"A{r}", "n", None, "<v>1</v>")]) for r in range(1, 4)]
    rows.append(("1048576", [("A1048576", "n", None, "<v>1</v>")]))
    return build([("Profil Inovasi", sheet_xml(rows, "A1:XFD1048576"))])


def _column_bomb() -> bytes:
    rows: list[Row] = [("1", [("XFD1", "n", None, "<v>1</v>")])]
    return build([("Profil Inovasi", sheet_xml(rows))])


def _shared_string_bomb() -> bytes:
    shared = (
        f'<?xml version="1.0" encoding="UTF-8"?><sst xmlns="{MAIN}" count="1"><si><t>'
        + "A" * (30 * 1024 * 1024)
        + "</t></si></sst>"
    )
    rows: list[Row] = [("1", [("A1", "s", None, "<v>0</v>")])]
    return build([("Sheet1", sheet_xml(rows))], shared_xml=shared)


def _many_strings_bomb() -> bytes:
    shared = (
        f'<?xml version="1.0" encoding="UTF-8"?><sst xmlns="{MAIN}">'
        + "<si><t>a</t></si>" * 3_000_000
        + "</sst>"
    )
    rows: list[Row] = [("1", [("A1", "s", None, "<v>0</v>")])]
    return build([("Sheet1", sheet_xml(rows))], shared_xml=shared)


def _entity_bomb() -> bytes:
    entities = '<!ENTITY a "aaaaaaaaaa">' + "".join(
        f'<!ENTITY {chr(98 + n)} "{("&" + chr(97 + n) + ";") * 10}">' for n in range(8)
    )
    rows: list[Row] = [("1", [("A1", "inlineStr", None, "<is><t>&i;</t></is>")])]
    return build([("Sheet1", sheet_xml(rows, prolog=f"<!DOCTYPE worksheet [{entities}]>"))])


def _cell_count_bomb() -> bytes:
    rows: list[Row] = [(str(r), [(f"GR{r}", "n", None, "<v>1</v>")]) for r in range(1, 12_001)]
    return build([("Sheet1", sheet_xml(rows))])


def _budget_bomb() -> bytes:
    values = ["DINKES", "SIAP ANTRE"] + [""] * 13 + [str(2**64)] + ["APBD"]
    rows: list[Row] = [
        ("1", [(None, "inlineStr", None, f"<is><t>{escape(h)}</t></is>") for h in PROFILE_HEADERS]),
        (
            "2",
            [
                (
                    None,
                    "n" if v.isdigit() else "inlineStr",
                    None,
                    f"<v>{v}</v>" if v.isdigit() else f"<is><t>{v}</t></is>",
                )
                for v in values
            ],
        ),
    ]
    return build([("Profil Inovasi", sheet_xml(rows))])


def _zip_bomb() -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(build([("Sheet1", sheet_xml([]))]))) as good:
        with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
            for item in good.infolist():
                archive.writestr(item.filename, good.read(item))
            archive.writestr("xl/media/image1.png", b"\0" * (120 * 1024 * 1024))
    return buffer.getvalue()


BOMBS = {
    "row-bomb.xlsx": _row_bomb,
    "dimension-bomb.xlsx": _dimension_bomb,
    "dimension-lie.xlsx": _dimension_lie,
    "column-bomb.xlsx": _column_bomb,
    "shared-string-bomb.xlsx": _shared_string_bomb,
    "many-strings-bomb.xlsx": _many_strings_bomb,
    "entity-bomb.xlsx": _entity_bomb,
    "cell-count-bomb.xlsx": _cell_count_bomb,
    "budget-bomb.xlsx": _budget_bomb,
    "zip-bomb.xlsx": _zip_bomb,
}


def write_bombs(folder: str = "data/workbooks") -> None:
    from pathlib import Path

    for name, make in BOMBS.items():
        (Path(folder) / name).write_bytes(make())
