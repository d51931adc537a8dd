"""Hostile import files: every one is a clear refusal (exit 4, nothing written) or an import,
never a traceback. Fixed regressions first, then hypothesis-generated CSV and XLSX files."""

from __future__ import annotations

import hashlib
import io
import zipfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from labinovasi.cli import main
from labinovasi.domain import BadInput
from labinovasi.storage.tabular import MAX_CELL_LENGTH

FUZZ = settings(
    max_examples=60,
    deadline=None,
    derandomize=True,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture
def wfile(service, workshop_path) -> Path:
    service.add_opd("Dinas Kesehatan", "DINKES")
    service.close()
    return workshop_path


def _xlsx(rows: list[list[str]]) -> bytes:
    from openpyxl import Workbook

    workbook = Workbook()
    for row in rows:
        workbook.active.append(row)
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()


def _broken_xml_xlsx() -> bytes:
    """A real XLSX whose sheet XML is cut in half: openpyxl raises ParseError."""
    good = zipfile.ZipFile(io.BytesIO(_xlsx([["opd", "gagasan"], ["DINKES", "x"]])))
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as broken:
        for item in good.infolist():
            data = good.read(item)
            broken.writestr(
                item, data[: len(data) // 2] if "worksheets/" in item.filename else data
            )
    return buffer.getvalue()


REGRESSIONS = {
    # _csv.Error: field larger than field limit (a quote never closed)
    "runaway-quote.csv": b'opd,gagasan\nDINKES,"' + b"a" * 200_000 + b"\n",
    "long-cell.csv": b"opd,gagasan\nDINKES," + b"b" * (MAX_CELL_LENGTH + 1) + b"\n",
    # xml.etree.ElementTree.ParseError and zipfile.BadZipFile
    "broken-xml.xlsx": _broken_xml_xlsx(),
    "not-a-zip.xlsx": b"PK\x03\x04 this is not a zip archive",
    "truncated.xlsx": _xlsx([["opd", "gagasan"], ["DINKES", "x"]])[:300],
    # UnicodeDecodeError: a byte-order mark, then bytes that are not that encoding
    "bad-utf16.csv": b"\xff\xfe" + "opd\tgagasan\n".encode("utf-16-le") + b"\x00\xd8\x41",
    "bad-utf8-bom.csv": b"\xef\xbb\xbfopd,gagasan\nDINKES,caf\xe9 \xff\n",
}


@pytest.mark.parametrize("kind", ["idea", "opd"])
@pytest.mark.parametrize("name", sorted(REGRESSIONS))
def test_hostile_file_is_exit_4_with_a_message(wfile, tmp_path, capsys, kind, name):
    source = tmp_path / name
    source.write_bytes(REGRESSIONS[name])
    before = sha256(wfile)
    code = main([kind, "import", str(wfile), str(source)])
    err = capsys.readouterr().err
    assert code == 4, err
    assert "Traceback" not in err and err.strip()
    assert sha256(wfile) == before


def test_an_over_long_cell_names_the_limit(wfile, tmp_path, capsys):
    source = tmp_path / "long.csv"
    source.write_bytes(REGRESSIONS["runaway-quote.csv"])
    assert main(["idea", "import", str(wfile), str(source)]) == 4
    assert f"{MAX_CELL_LENGTH:d}" in capsys.readouterr().err


def _import_either_way(service, source: Path, kind: str) -> None:
    """An import either completes or raises BadInput having written nothing."""
    before = [(v.idea.id, v.idea.text) for v in service.list_ideas()], service.list_opds()
    try:
        if kind == "opd":
            service.import_opds(source)
        else:
            service.import_ideas(source)
    except BadInput as refusal:
        assert refusal.message
        after = [(v.idea.id, v.idea.text) for v in service.list_ideas()], service.list_opds()
        assert after == before


cells = st.text(st.characters(blacklist_categories=("Cs",)), max_size=40)
# openpyxl cannot write control characters into a sheet (the writer refuses them).
xlsx_cells = st.text(st.characters(blacklist_categories=("Cs", "Cc")), max_size=40)
csv_bytes = st.one_of(
    st.binary(max_size=400),
    st.lists(st.lists(cells, min_size=1, max_size=5), max_size=6).flatmap(
        lambda rows: st.sampled_from(["utf-8", "utf-8-sig", "utf-16", "cp1252"]).map(
            lambda enc: ("opd,gagasan,masalah\n" + "\n".join(",".join(r) for r in rows)).encode(
                enc, errors="replace"
            )
        )
    ),
)


@FUZZ
@given(
    data=csv_bytes,
    kind=st.sampled_from(["opd", "idea"]),
    garble=st.binary(max_size=8),
    at=st.integers(min_value=0, max_value=400),
)
def test_fuzzed_csv_never_crashes(service, tmp_path, data, kind, garble, at):
    source = tmp_path / "fuzz.csv"
    source.write_bytes(data[:at] + garble + data[at:])
    _import_either_way(service, source, kind)


@FUZZ
@given(
    rows=st.lists(st.lists(xlsx_cells, min_size=1, max_size=4), max_size=5),
    kind=st.sampled_from(["opd", "idea"]),
    cut=st.integers(min_value=0, max_value=6000),
    flip=st.integers(min_value=0, max_value=6000),
)
def test_fuzzed_xlsx_never_crashes(service, tmp_path, rows, kind, cut, flip):
    data = bytearray(_xlsx([["opd", "gagasan", "nama", "singkatan"], *rows]))
    if flip < len(data):
        data[flip] ^= 0xFF
    source = tmp_path / "fuzz.xlsx"
    source.write_bytes(bytes(data[: max(cut, 1)] if cut < len(data) else data))
    _import_either_way(service, source, kind)
