"""Importing participants and ideas through the preview (issue 25): every problem named, the
correct rows imported on request, a form export's columns chosen, unknown OPDs skipped."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox

from labinovasi.services import papers
from labinovasi.ui.widgets.accessibility import name_controls

DATA = Path(__file__).resolve().parents[1] / "data"


def _previewed(qtbot, dialog):
    qtbot.waitUntil(lambda: dialog.preview is not None and not dialog.is_busy(), timeout=10000)
    return dialog


def test_participants_every_problem_named_and_the_correct_rows_imported(qtbot, window):
    papers_dialog = window.papers_dialog()
    papers_dialog.tabs.setCurrentIndex(3)
    source = DATA / "papers" / "peserta_bermasalah.csv"

    # Batal: nothing written.
    importer = _previewed(qtbot, papers_dialog.import_participants(source))
    problems = importer.problems_edit.toPlainText().splitlines()
    assert problems == [
        "baris 3, kolom nip: NIP harus 18 angka: 1980",
        "baris 4, kolom nama: nama kosong; nama wajib diisi",
        "baris 4, kolom nip: NIP tidak sah (bulan lahir atau bulan pengangkatan): "
        "19801301 200501 1 002",
    ]
    assert importer.table.rowCount() == 4
    # Each column picker is named for screen readers by its label (as the app does on show).
    name_controls(importer)
    # (Qt on Linux speaks a combo box's current text as its name, the label by relation.)
    assert {f: c.accessibleName() for f, c in importer.column_combos.items()} == {
        "name": "Kolom nama",
        "nip": "Kolom NIP",
        "rank": "Kolom pangkat/gol.",
        "position": "Kolom jabatan",
        "opd": "Kolom OPD",
        "phone": "Kolom nomor HP",
    }
    assert importer.table.item(1, 2).background().color().name() == "#fdecea"  # row 3: red
    assert importer.table.item(0, 3).text() == "Penata (III/c)"  # "Pangkat / Gol." is read
    assert importer.import_button.isEnabled()
    assert importer.import_button.text() == "Impor 2 baris yang benar"
    cancel = importer.buttons.button(QDialogButtonBox.StandardButton.Cancel)
    assert cancel.text() == "Batal"
    qtbot.mouseClick(cancel, Qt.MouseButton.LeftButton)
    assert not importer.isVisible()
    assert papers.people(window.service, "peserta") == []

    # Impor 2 baris yang benar: the good rows, with their pangkat; the bad ones named.
    importer = _previewed(qtbot, papers_dialog.import_participants(source))
    with qtbot.waitSignal(importer.imported, timeout=10000):
        qtbot.mouseClick(importer.import_button, Qt.MouseButton.LeftButton)
    assert papers_dialog.message.text() == "2 peserta diimpor, 2 dilewati."
    assert papers_dialog.table.rowCount() == 2
    people = papers.people(window.service, "peserta")
    assert [(p.name, p.rank) for p in people] == [
        ("Siti Aminah", "Penata (III/c)"),
        ("Rina Marlina", "Pembina (IV/a)"),
    ]


def _choose(qtbot, dialog, combo, heading: str) -> None:
    """Pick a heading with the keyboard, as a person would, and wait for the new preview."""
    combo.setFocus()
    with qtbot.waitSignal(dialog.previewReady, timeout=10000):
        while combo.currentText() != heading:
            qtbot.keyClick(combo, Qt.Key.Key_Down)


def test_a_form_export_mapped_by_columns_and_unknown_opds_skipped(qtbot, window):
    before = len(window.service.list_ideas())
    dialog = _previewed(qtbot, window.import_dialog("ideas", DATA / "imports" / "gagasan_form.csv"))
    combos = dialog.column_combos
    # The obvious headings are mapped already; "Masalah yang ingin diatasi" is not.
    assert [combos[f].currentText() for f in ("opd", "text", "problem", "author")] == [
        "nama perangkat daerah",
        "gagasan inovasi",
        "(pilih kolom)",
        "nama pengusul",
    ]
    problems = dialog.problems_edit.toPlainText()
    assert (
        "baris 4: OPD tidak dikenal: Dinas Kesehatn; mungkin maksudnya: Dinas Kesehatan (DINKES)"
        in problems
    )
    assert "baris 5: OPD tidak dikenal: Dinas Pariwisata dan Kebudayaan" in problems
    assert not dialog.import_button.isEnabled()

    _choose(qtbot, dialog, combos["problem"], "masalah yang ingin diatasi")
    assert dialog.table.item(0, 3).text() == "Antrean panjang"
    assert dialog.skip_check.isVisible() and not dialog.tidy_check.isVisible()
    with qtbot.waitSignal(dialog.previewReady, timeout=10000):
        qtbot.mouseClick(dialog.skip_check, Qt.MouseButton.LeftButton)
    assert dialog.import_button.isEnabled()
    assert dialog.import_button.text() == "Impor 2 baris"
    assert "dilewati" in dialog.table.item(2, 1).toolTip()
    with qtbot.waitSignal(dialog.imported, timeout=10000):
        qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    assert window.board.message.text() == "2 gagasan diimpor, 2 dilewati."
    ideas = window.service.list_ideas()
    assert len(ideas) == before + 2
    added = {v.idea.text: v.idea for v in ideas}["Antrean puskesmas lewat WhatsApp"]
    assert (added.problem, added.author) == ("Antrean panjang", "Sari")
    assert added.opd_id == window.service.find_opd("DINKES").id
