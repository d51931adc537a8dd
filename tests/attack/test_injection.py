"""The injection catalogue through every output: participant text holding ReportLab markup,
Qt rich text, spreadsheet formulas, Word XML and field codes or control characters comes out
as typed text in CSV, XLSX (the export and the national IGA form), JSON, PDF, every office
paper's Word file, and on every label and tooltip of the facilitator's and the station's
screens."""

from __future__ import annotations

import csv
import json

import pytest

from labinovasi.domain.papers import JuryResult, Person, TopEntry
from labinovasi.reports.papers import DOCUMENTS, paper_kind
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


# -- Word (.docx): every office paper ----------------------------------------------------------

# What a hostile text can try in a Word file: close the text node and open a field or a
# hyperlink of its own, a field typed as text (Word evaluates fields only from w:fldSimple or
# w:fldChar/w:instrText, never from braces in a run), entities and CDATA ends, a bare URL, an
# RTL override.
DOCX_PAYLOADS = [
    '</w:t></w:r><w:fldSimple w:instr="HYPERLINK http://contoh"><w:r><w:t>klik</w:t></w:r>'
    "</w:fldSimple><w:r><w:t>",
    '{ HYPERLINK "http://contoh.example/x" }',
    '{DDEAUTO c:\\windows\\system32\\cmd.exe "/k calc"}',
    "]]> &amp; &lt;tag&gt; &#x41; <![CDATA[x]]>",
    "http://contoh.example/bukti",
    "Ide \u202ekebalik\u202c \U0001f642",
]
ALL_DOCX = [*PAYLOADS, *DOCX_PAYLOADS]


@pytest.fixture(scope="module")
def hostile_office(tmp_path_factory):
    """The shipped sample with hostile text in every field a paper prints: kop, signers,
    participants, an OPD's name, its ideas, its design and rencana aksi, its innovation."""
    from labinovasi.services import WorkshopService, papers
    from labinovasi.services.innovations import Innovations
    from labinovasi.services.sample import build_sample_workshop

    path = build_sample_workshop(tmp_path_factory.mktemp("hostile") / "contoh.labinovasi")
    with WorkshopService.open(path) as service:
        p, d = PAYLOADS, DOCX_PAYLOADS
        papers.set_letterhead(
            service,
            government="Pemerintah Kabupaten Tanah Harapan",
            agency="Bapperida",
            address=d[0],
            city=d[1],
            website=d[4],
        )
        papers.set_person(service, "kepala-bapperida", d[2], position=p[0])
        papers.set_person(service, "sekda", p[2], position=d[3])
        papers.set_person(service, "kepala-daerah", p[3], position=p[1])
        for text in (*p, *d):
            papers.set_person(service, "peserta", text, position=text, opd="DINKES")
        dinkes = service.find_opd("DINKES")
        service.rename_opd(dinkes.id, f"Dinas Kesehatan {p[2]}", "DINKES")
        for text in ALL_DOCX:
            service.add_idea(dinkes.id, text, author=p[3], problem=d[0])
        innovations = Innovations(service)
        design = innovations.list(dinkes.id)[0]
        innovations.set_fields(
            design.id,
            {
                "name": p[2],
                "goal": d[2],
                "benefit": p[4],
                "expected_result": p[5],
                "members": p[6],
                "leader": p[7],
                "design_text": d[3],
                "evidence": d[5],
                "budget_source": p[3],
            },
        )
        design.actions[0].activity, design.actions[0].output = p[1], d[0]
        design.actions[1].person = d[1]
        innovations.set_actions(design.id, design.actions)
        for innovation in innovations.list(dinkes.id):
            innovations.set_fields(innovation.id, {"name": p[2]})
        yield service


def _docx_parts(path) -> dict[str, bytes]:
    import zipfile

    with zipfile.ZipFile(path) as archive:
        assert archive.testzip() is None
        return {name: archive.read(name) for name in archive.namelist()}


def _docx_text(path) -> str:
    from docx import Document

    document = Document(str(path))  # python-docx opens it
    parts = [p.text for p in document.paragraphs]

    def cells(table):
        for row in table.rows:
            for cell in row.cells:
                parts.extend(p.text for p in cell.paragraphs)
                for inner in cell.tables:
                    cells(inner)

    for table in document.tables:
        cells(table)
    for section in document.sections:
        parts.extend(p.text for p in section.footer.paragraphs)
    return "\n".join(parts)


def _xml_texts(xml: bytes) -> str:
    """The text nodes of a Word XML part, as Word reads them (w:t, w:tab, w:br)."""
    from lxml import etree

    w = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
    out = []
    for element in etree.fromstring(xml).iter(f"{w}t", f"{w}tab", f"{w}br", f"{w}p"):
        if element.tag == f"{w}t":
            out.append(element.text or "")
        elif element.tag == f"{w}tab":
            out.append("\t")
        else:
            out.append("\n")
    return "".join(out)


FIELD_CODES = {"PAGE", "NUMPAGES"}  # the footer's page numbers, the only fields we write


@pytest.mark.parametrize("document", DOCUMENTS)
def test_every_docx_holds_hostile_text_as_text(hostile_office, tmp_path, document):
    from lxml import etree

    from labinovasi.services.papers import render_paper

    dinkes = hostile_office.find_opd("DINKES")
    opd_id = dinkes.id if paper_kind(document).needs_opd or document == "lembar" else None
    jury = JuryResult(
        entries=[TopEntry(1, PAYLOADS[0], f"Dinas Kesehatan {PAYLOADS[2]}", DOCX_PAYLOADS[2])],
        jurors=[Person("j1", "juri", DOCX_PAYLOADS[0], position=PAYLOADS[3])],
    )
    pdf, docx = tmp_path / "dokumen.pdf", tmp_path / "dokumen.docx"
    for out in (pdf, docx):
        render_paper(hostile_office, out, document, opd_id, jury=jury)

    word = _docx_text(docx)
    printed = squeeze(" ".join(pdf_texts(pdf)))
    in_pdf = [t for t in ALL_DOCX if squeeze(t) in printed]
    assert in_pdf, "the hostile text does not reach this paper: the test would prove nothing"
    for text in in_pdf:  # what the PDF prints, the Word copy holds literally, as text
        assert text in word, (document, text)
    if document in ("lembar", "daftar-hadir", "sertifikat"):  # every idea, every participant
        assert [t for t in ALL_DOCX if t not in word] == []

    parts = _docx_parts(docx)
    for name, data in parts.items():
        if not name.endswith((".xml", ".rels")):
            continue
        root = etree.fromstring(data)  # every part is well-formed XML
        if name.endswith(".rels"):  # nothing points outside the file (a link, a template)
            assert b'TargetMode="External"' not in data, name
            continue
        tags = {etree.QName(e).localname for e in root.iter() if isinstance(e.tag, str)}
        assert not tags & {"hyperlink", "fldSimple", "object", "altChunk", "dde"}, (name, tags)
        codes = {e.text.strip() for e in root.iter() if etree.QName(e).localname == "instrText"}
        assert codes <= FIELD_CODES, (name, codes)
        if "footer" not in name:
            assert not codes, name
    body = _xml_texts(parts["word/document.xml"])
    for text in in_pdf:  # the raw text nodes say the same as python-docx
        assert text.replace("\n", " ") in body.replace("\n", " "), (document, text)


# -- tooltips: Qt shows one as rich text when it merely looks like HTML ----------------------


def _tooltips(root) -> list[str]:
    """Every tooltip a pointer can raise in `root`: widgets', and every cell's of its views."""
    from PySide6.QtCore import QModelIndex, Qt
    from PySide6.QtWidgets import QAbstractItemView, QWidget

    tips = [w.toolTip() for w in [root, *root.findChildren(QWidget)]]
    for view in root.findChildren(QAbstractItemView):
        model = view.model()
        if model is None:
            continue
        parents = [QModelIndex()]
        while parents:
            parent = parents.pop()
            try:
                columns = model.columnCount(parent)
            except TypeError:  # a list model hides columnCount: one column
                columns = 1
            for row in range(model.rowCount(parent)):
                for column in range(columns):
                    index = model.index(row, column, parent)
                    tips.append(model.data(index, Qt.ItemDataRole.ToolTipRole))
                    if column == 0 and columns > 1 and model.rowCount(index):
                        parents.append(index)  # a tree's branch
    return [t for t in tips if isinstance(t, str) and t]


def _might_be_rich(text: str) -> bool:
    """Qt's own guess, the one QToolTip makes before showing a tooltip."""
    from PySide6.QtGui import Qt

    return Qt.mightBeRichText(text)


def _shown(tip: str) -> str:
    """The tooltip's text as Qt displays it."""
    from PySide6.QtGui import QTextDocument

    if not _might_be_rich(tip):
        return tip
    document = QTextDocument()
    document.setHtml(tip)
    return document.toPlainText()


TIP_NEEDLES = ("<i>Miring</i>", "<b>tebal</b>", "<a href='http://contoh'>tautan</a>")


def _assert_tips_plain(root, where: str) -> list[str]:
    tips = _tooltips(root)
    for needle in TIP_NEEDLES:
        rendered = [t for t in tips if needle in t and _might_be_rich(t)]
        assert rendered == [], (where, needle, rendered)
    return [_shown(t) for t in tips]


def test_tooltips_show_markup_as_text(qtbot, hostile):
    from labinovasi.services.innovations import Innovations
    from labinovasi.ui.facilitator.main_window import MainWindow
    from labinovasi.ui.facilitator.papers_dialog import PapersDialog
    from labinovasi.ui.station.station_window import StationWindow

    opd = hostile.find_opd("D<b>")
    ideas = [v.idea.id for v in hostile.list_ideas(opd.id)]
    Innovations(hostile).add(opd.id, "Inovasi <b>tebal</b>", idea_ids=ideas[:3])
    window = MainWindow(service=hostile)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    shown = _assert_tips_plain(window, "board")
    window.show_opd(opd.id)
    for tab in ("drumup", "diagnose", "design"):
        window.workspace.show_tab(tab)
        shown += _assert_tips_plain(window, tab)
    # The design form's list of source ideas is a tooltip holding the participants' text.
    assert any("<b>tebal</b>" in t for t in shown)

    papers = PapersDialog(hostile, window)
    qtbot.addWidget(papers)
    shown = _assert_tips_plain(papers, "papers")
    assert any("Dinas <i>Miring</i>" in t for t in shown)  # the OPD heads' table

    station = StationWindow(hostile, fullscreen=False)
    qtbot.addWidget(station)
    _assert_tips_plain(station, "station pick")
    station.open_opd(opd.id)
    _assert_tips_plain(station, "station ideas")


def test_import_preview_tooltips_quote_the_file_as_text(qtbot, hostile, tmp_path):
    """The import preview's notes quote the file's cells: shown as typed, never rendered."""
    from labinovasi.ui.facilitator.main_window import MainWindow

    window = MainWindow(service=hostile)
    qtbot.addWidget(window)
    source = tmp_path / "opd.csv"
    source.write_text(
        "nama,singkatan\nDinas Satu,<b>tebal</b>\nDinas Dua,<b>tebal</b>\n", encoding="utf-8"
    )
    dialog = window.import_dialog("opd", source)
    with qtbot.waitSignal(dialog.previewReady, timeout=10000):
        pass
    shown = _assert_tips_plain(dialog, "import preview")
    assert "baris 3: singkatan <b>tebal</b> ganda" in shown


def test_iga_xlsx_cells_are_strings(hostile, tmp_path):
    from openpyxl import load_workbook

    from labinovasi.services.innovations import Innovations

    opd = hostile.find_opd("D<b>")
    for payload in PAYLOADS:
        Innovations(hostile).add(opd.id, payload, goal=payload)
    out = export_workshop(hostile, "iga-xlsx", tmp_path / "iga.xlsx")
    cells = [c for sheet in load_workbook(out).worksheets for row in sheet.iter_rows() for c in row]
    values = {c.value for c in cells}
    for payload in PAYLOADS:
        assert payload in values, payload
    assert all(c.data_type != "f" for c in cells)
