"""The injection catalogue through every output: participant text holding ReportLab markup,
Qt rich text, spreadsheet formulas or control characters comes out as typed text in CSV,
XLSX, JSON, PDF, and on every label of the facilitator's and the station's screens."""

from __future__ import annotations

import csv
import json

import pytest

from labinovasi.services.export import export_workshop
from labinovasi.services.reporting import render_report_bytes
from pdf_reading import pdf_texts, squeeze

PAYLOADS = [
    "<b>tebal</b> <font size=80 color=red>besar</font>",  # ReportLab Paragraph markup
    "<img src='x' width=900/> & <br/>",
    "<a href='http://contoh'>tautan</a><h1>judul</h1>",  # Qt rich text
    '=HYPERLINK("http://contoh","klik")',  # spreadsheet formulas
    "+1+2",
    "-3+4",
    "@SUM(1;2)",
    "Antrean\tpanjang",  # a tab survives as typed
]
CONTROL = "Bel\x07 dan\x1b[31m escape"  # control characters are dropped on entry


@pytest.fixture
def hostile(service):
    opd = service.add_opd("Dinas <i>Miring</i> =1+1", "D<b>")
    for text in [*PAYLOADS, CONTROL]:
        service.add_idea(opd.id, text, author="=cmd|' /C calc'!A0", problem="<u>garis</u>")
    return service


def test_csv_is_the_typed_text_and_never_a_formula(hostile, tmp_path):
    out = export_workshop(hostile, "csv", tmp_path / "hasil.csv")
    with out.open(encoding="utf-8-sig", newline="") as handle:
        cells = [c for row in csv.reader(handle) for c in row]
    for payload in PAYLOADS:
        assert payload in cells or "'" + payload in cells, payload
    assert not [c for c in cells if c and c[0] in "=+-@" and c != "-"]
    assert "Bel dan[31m escape" in cells


def test_xlsx_cells_are_strings(hostile, tmp_path):
    from openpyxl import load_workbook

    out = export_workshop(hostile, "xlsx", tmp_path / "hasil.xlsx")
    workbook = load_workbook(out)
    cells = [c for sheet in workbook.worksheets for row in sheet.iter_rows() for c in row]
    values = {c.value for c in cells}
    for payload in PAYLOADS:
        assert payload in values, payload
    assert all(c.data_type != "f" for c in cells)


def test_json_is_the_typed_text(hostile, tmp_path):
    out = export_workshop(hostile, "json", tmp_path / "hasil.json")
    text = json.dumps(json.loads(out.read_text(encoding="utf-8")), ensure_ascii=False)
    for payload in PAYLOADS:
        assert json.dumps(payload, ensure_ascii=False)[1:-1] in text, payload


def test_pdf_prints_markup_as_text(hostile):
    pages = squeeze(" ".join(pdf_texts(render_report_bytes(hostile))))
    for payload in (
        "<b>tebal</b>",
        "<font size=80 color=red>besar</font>",
        "<h1>judul</h1>",
        "=HYPERLINK",
        "<u>garis</u>",
        "Dinas <i>Miring</i>",
    ):
        assert squeeze(payload) in pages, payload


def _rich_labels(window, needle: str) -> list[str]:
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QLabel

    return [
        label.objectName() or label.text()[:40]
        for label in window.findChildren(QLabel)
        if needle in label.text() and label.textFormat() != Qt.TextFormat.PlainText
    ]


def test_labels_show_markup_as_text(qtbot, hostile):
    from PySide6.QtWidgets import QLabel

    from labinovasi.ui.facilitator.main_window import MainWindow
    from labinovasi.ui.station.station_window import StationWindow

    window = MainWindow(service=hostile)
    qtbot.addWidget(window)
    opd = hostile.find_opd("D<b>")
    window.show_opd(opd.id)
    # Needles only participant text holds (the app's own rich labels use <b>, <i> too).
    assert [label for label in window.findChildren(QLabel) if "<i>Miring</i>" in label.text()]
    for tab in ("drumup", "diagnose", "design"):
        window.workspace.show_tab(tab)
        assert _rich_labels(window, "<i>Miring</i>") == [], tab
        assert _rich_labels(window, "D<b>") == [], tab
    station = StationWindow(hostile, fullscreen=False)
    qtbot.addWidget(station)
    station.open_opd(opd.id)
    assert [label for label in station.findChildren(QLabel) if "<i>Miring</i>" in label.text()]
    assert _rich_labels(station, "<i>Miring</i>") == []
    assert _rich_labels(station, "D<b>") == []
