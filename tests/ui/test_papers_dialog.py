"""The papers dialog: kop surat, signatories and participants typed in, refusals kept inline."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QLineEdit

from labinovasi.services import papers

DATA = Path(__file__).resolve().parents[1] / "data" / "papers"


def _save(qtbot, dialog) -> None:
    button = dialog.buttons.button(QDialogButtonBox.StandardButton.Save)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def test_kop_surat_and_signatories_are_saved(qtbot, window):
    dialog = window.papers_dialog()
    qtbot.keyClicks(dialog.letterhead_edits["government"], "Pemerintah Kabupaten Contoh")
    qtbot.keyClicks(dialog.letterhead_edits["agency"], "Badan Riset dan Inovasi Daerah")
    qtbot.keyClicks(dialog.letterhead_edits["city"], "Kota Contoh")
    dialog.paper_combo.setFocus()
    qtbot.keyClicks(dialog.paper_combo, "F4")
    edits = dialog.signatory_edits["kepala-bapperida"]
    qtbot.keyClicks(edits["name"], "Dr. Hadi Prasetyo")
    qtbot.keyClicks(edits["nip"], "19700315 199503 1 002")
    qtbot.keyClicks(edits["rank"], "Pembina Utama Muda (IV/c)")
    dialog.choose_logo(DATA / "logo.png")
    _save(qtbot, dialog)
    head = papers.letterhead(window.service)
    assert (head.government, head.city, head.paper) == (
        "Pemerintah Kabupaten Contoh",
        "Kota Contoh",
        "F4",
    )
    assert head.logo_type == "png"
    person = papers.signatory(window.service, "kepala-bapperida")
    assert (person.name, person.nip) == ("Dr. Hadi Prasetyo", "197003151995031002")


def test_a_bad_nip_is_refused_inline_and_nothing_is_written(qtbot, window):
    dialog = window.papers_dialog()
    qtbot.keyClicks(dialog.letterhead_edits["government"], "Tidak tersimpan")
    edits = dialog.signatory_edits["sekda"]
    qtbot.keyClicks(edits["name"], "Drs. Bambang")
    qtbot.keyClicks(edits["nip"], "12345")
    _save(qtbot, dialog)
    assert "NIP harus 18 angka" in dialog.message.text()
    assert papers.letterhead(window.service).government == ""
    assert papers.signatory(window.service, "sekda") is None


def test_participants_typed_and_imported(qtbot, window):
    dialog = window.papers_dialog()
    dialog.tabs.setCurrentIndex(3)
    qtbot.keyClicks(dialog.new_edits["name"], "Siti <b>Aminah</b>")
    qtbot.keyClicks(dialog.new_edits["nip"], "198001012005011001")
    qtbot.keyClicks(dialog.new_edits["opd"], "DINKES")
    qtbot.mouseClick(dialog.add_button, Qt.MouseButton.LeftButton)
    assert dialog.table.rowCount() == 1
    assert dialog.table.item(0, 0).text() == "Siti <b>Aminah</b>"
    assert dialog.table.item(0, 1).text() == "19800101 200501 1 001"
    assert dialog.table.item(0, 4).text() == "DINKES"
    importer = dialog.import_participants(DATA / "peserta.csv")
    qtbot.waitUntil(lambda: importer.preview is not None, timeout=10000)
    assert importer.import_button.text() == "Impor 40 baris"
    with qtbot.waitSignal(importer.imported, timeout=10000):
        qtbot.mouseClick(importer.import_button, Qt.MouseButton.LeftButton)
    assert dialog.table.rowCount() == 41
    assert "40 peserta diimpor" in dialog.message.text()


def test_opd_heads_typed_in_the_table(qtbot, window):
    dialog = window.papers_dialog()
    dialog.tabs.setCurrentIndex(2)
    table = dialog.heads_table
    row = [o.abbreviation for o in dialog.opds].index("DINKES")
    table.setCurrentCell(row, 1)
    qtbot.keyClick(table, Qt.Key.Key_F2)  # edit the name cell, then Tab to the NIP cell
    for text in ("dr. Lina Kartika", "197512052003122004"):
        qtbot.waitUntil(lambda: table.state() == table.State.EditingState)
        [editor] = [e for e in table.viewport().findChildren(QLineEdit) if e.isVisible()]
        qtbot.keyClicks(editor, text)
        qtbot.keyClick(editor, Qt.Key.Key_Tab)
    _save(qtbot, dialog)
    head = papers.signatory(window.service, "kepala-opd", window.service.find_opd("DINKES").id)
    assert (head.name, head.nip) == ("dr. Lina Kartika", "197512052003122004")


def test_an_svg_logo_is_stored_as_png(qtbot, window, tmp_path):
    svg = tmp_path / "logo.svg"
    svg.write_text(
        "<svg xmlns='http://www.w3.org/2000/svg' width='40' height='48'>"
        "<rect width='40' height='48' fill='#0b4f8a'/></svg>",
        encoding="utf-8",
    )
    dialog = window.papers_dialog()
    dialog.choose_logo(svg)
    assert dialog.logo_label.pixmap() is not None and not dialog.logo_label.pixmap().isNull()
    _save(qtbot, dialog)
    assert papers.letterhead(window.service).logo_type == "png"


def test_people_tables_have_room_for_a_name_a_nip_and_a_pangkat(qtbot, window):
    """Empty Kepala OPD and Peserta tables gave Nama, NIP and Pangkat ~25 px (issue 25): each
    column shows its header and a full NIP, name and pangkat without cutting them."""
    from labinovasi.domain.papers import format_nip

    dialog = window.papers_dialog()
    metrics = dialog.heads_table.fontMetrics()
    nip = metrics.horizontalAdvance(format_nip("197512052003122004"))
    name = metrics.horizontalAdvance("dr. Lina Kartika, M.Kes.")
    rank = metrics.horizontalAdvance("Pembina Tingkat I (IV/b)")
    for index, table, columns in ((2, dialog.heads_table, (1, 2, 3)), (3, dialog.table, (0, 1, 2))):
        qtbot.mouseClick(
            dialog.tabs.tabBar(),
            Qt.MouseButton.LeftButton,
            pos=dialog.tabs.tabBar().tabRect(index).center(),
        )
        assert table.isVisible()
        header = table.horizontalHeader()
        widths = [table.columnWidth(c) for c in columns]
        for column, width in zip(columns, widths, strict=True):
            assert width >= header.sectionSizeFromContents(column).width(), column
        assert widths[0] > name and widths[1] > nip and widths[2] > rank, widths
        assert table.horizontalScrollBar().maximum() == 0  # all columns in view


def _type_materi(qtbot, dialog, title: str, jp: str) -> None:
    """Tambah materi, then type the title, Tab to JP, type it and Tab on, as a person does."""

    def editors() -> list[QLineEdit]:
        viewport = dialog.materi_table.viewport()
        return [e for e in viewport.findChildren(QLineEdit) if e.isVisible()]

    def editor() -> QLineEdit:
        found = editors()
        assert len(found) == 1
        return found[0]

    qtbot.mouseClick(dialog.materi_add_button, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(editor(), title)
    qtbot.keyClick(editor(), Qt.Key.Key_Tab)
    qtbot.keyClicks(editor(), jp)
    qtbot.keyClick(editor(), Qt.Key.Key_Tab)
    row = dialog.materi_table.rowCount() - 1
    qtbot.waitUntil(lambda: dialog.materi_table.item(row, 1).text() == jp)


def test_materi_and_jp_typed_in_the_materi_tab_are_saved(qtbot, window):
    from labinovasi.domain.papers import Materi

    dialog = window.papers_dialog()
    qtbot.waitExposed(dialog)
    dialog.tabs.setCurrentIndex(4)
    _type_materi(qtbot, dialog, "Drum-up: menggali gagasan", "4")
    _type_materi(qtbot, dialog, "Design: rancang bangun inovasi", "6")
    assert dialog.materi_total.text() == "Jumlah: 10 JP"
    _save(qtbot, dialog)
    assert papers.materi(window.service) == [
        Materi("Drum-up: menggali gagasan", 4),
        Materi("Design: rancang bangun inovasi", 6),
    ]
    # a JP that is not a number is refused inline and nothing of the dialog is written
    qtbot.keyClicks(dialog.letterhead_edits["city"], "Kota Lain")
    _type_materi(qtbot, dialog, "Rencana aksi", "dua")
    _save(qtbot, dialog)
    assert "JP materi" in dialog.message.text()
    assert len(papers.materi(window.service)) == 2
    assert papers.letterhead(window.service).city == ""
    # the row removed, the rest saved again; a dialog opened later shows them
    dialog.materi_table.setCurrentCell(2, 0)
    qtbot.mouseClick(dialog.materi_remove_button, Qt.MouseButton.LeftButton)
    _save(qtbot, dialog)
    dialog.close()
    again = window.papers_dialog()
    assert again.materi_rows() == [
        ("Drum-up: menggali gagasan", "4"),
        ("Design: rancang bangun inovasi", "6"),
    ]
    again.close()
