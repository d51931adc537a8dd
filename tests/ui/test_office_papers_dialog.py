"""Cetak → Dokumen kantor…: every paper the command line makes is made from the dialog with
keys and clicks (same options, same text in the PDF and the Word file), and previewed."""

from __future__ import annotations

from pathlib import Path

import pytest
from docx import Document

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog

from labinovasi.cli import main
from labinovasi.reports.papers.registry import PAPER_KINDS
from labinovasi.services import WorkshopService
from labinovasi.services.sample import build_sample_workshop
from labinovasi.ui.facilitator.office_papers_dialog import OfficePapersDialog
from office_setup import set_up_office
from pdf_reading import pdf_texts

LEFT = Qt.MouseButton.LeftButton

# every paper the CLI makes, with the options an officer would give it
CASES = [(kind.key, ["--opd", "DINKES"] if kind.needs_opd else []) for kind in PAPER_KINDS] + [
    ("lembar", ["--opd", "DINKES"]),
    ("daftar-hadir", ["--session", "Sesi 2", "--blank", "3"]),
    ("sertifikat", ["--piagam"]),
    ("sertifikat", ["--opd", "DINKES"]),
    ("rancang-bangun", ["--innovation", "first"]),
    ("sk-penetapan", ["--tahapan", "penerapan", "--year", "2024"]),
    ("berita-acara-verifikasi", ["--year", "2026"]),
]


@pytest.fixture(scope="module")
def office_file(tmp_path_factory):
    path = build_sample_workshop(tmp_path_factory.mktemp("office") / "kantor.labinovasi")
    with WorkshopService.open(path) as service:
        set_up_office(service)
    return path


@pytest.fixture
def office(office_file):
    with WorkshopService.open(office_file) as service:
        yield service


def docx_text(path: Path) -> str:
    document = Document(str(path))
    parts = [p.text for p in document.paragraphs]
    for table in document.tables:
        parts += [c.text for row in table.rows for c in row.cells]
    return "\n".join(parts)


def click_paper(qtbot, dialog, key: str) -> None:
    row = next(i for i, k in enumerate(PAPER_KINDS) if k.key == key)
    view = dialog.paper_list
    view.scrollToItem(view.item(row))
    qtbot.mouseClick(view.viewport(), LEFT, pos=view.visualItemRect(view.item(row)).center())
    assert dialog.kind is not None and dialog.kind.key == key


def choose(qtbot, combo, text: str) -> None:
    """Pick an entry with the keyboard, as a user does: focus the box, Home, then Down."""
    combo.setFocus()
    qtbot.keyClick(combo, Qt.Key.Key_Home)
    for _step in range(combo.count()):
        if combo.currentText().startswith(text):
            break
        qtbot.keyClick(combo, Qt.Key.Key_Down)
    assert combo.currentText().startswith(text), combo.currentText()


def fill(qtbot, dialog, options: list[str], innovation_name: str) -> None:
    pairs = iter(options)
    for option in pairs:
        if option == "--opd":
            choose(qtbot, dialog.opd_combo, "Dinas Kesehatan" if next(pairs) else "")
        elif option == "--session":
            qtbot.keyClicks(dialog.session_edit, next(pairs))
        elif option == "--blank":
            dialog.blank_spin.setFocus()
            dialog.blank_spin.selectAll()
            qtbot.keyClicks(dialog.blank_spin, next(pairs))
        elif option == "--piagam":
            qtbot.mouseClick(dialog.piagam_check, LEFT, pos=dialog.piagam_check.rect().center())
        elif option == "--innovation":
            next(pairs)
            choose(qtbot, dialog.innovation_combo, innovation_name)
        elif option == "--tahapan":
            choose(qtbot, dialog.tahapan_combo, next(pairs).capitalize())
        elif option == "--year":
            choose(qtbot, dialog.year_combo, next(pairs))


def save(qtbot, dialog, button, target: Path, monkeypatch) -> Path:
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    with qtbot.waitSignal(dialog.written, timeout=60000) as signal:
        qtbot.mouseClick(button, LEFT)
    assert signal.args == [target]
    return target


@pytest.mark.parametrize(("document", "options"), CASES)
def test_every_cli_paper_is_made_from_the_dialog(
    qtbot, office, office_file, tmp_path, monkeypatch, document, options
):
    from labinovasi.domain.innovations import lab_innovations
    from labinovasi.services.innovations import Innovations

    first = lab_innovations(Innovations(office).list())[0]
    cli_options = [first.id if o == "first" else o for o in options]
    for suffix in (".pdf", ".docx"):
        out = tmp_path / f"cli{suffix}"
        args = ["report", str(office_file), "--out", str(out), "--document", document]
        assert main(args + cli_options) == 0

    dialog = OfficePapersDialog(office)
    qtbot.addWidget(dialog)
    dialog.show()
    click_paper(qtbot, dialog, document)
    fill(qtbot, dialog, options, first.name)
    pdf = save(qtbot, dialog, dialog.pdf_button, tmp_path / "app.pdf", monkeypatch)
    word = save(qtbot, dialog, dialog.docx_button, tmp_path / "app.docx", monkeypatch)

    made = pdf_texts(pdf)
    assert made == pdf_texts(tmp_path / "cli.pdf")
    assert "".join(made).strip()
    assert docx_text(word) == docx_text(tmp_path / "cli.docx")


def test_a_paper_opens_in_the_print_preview(qtbot, office):
    dialog = OfficePapersDialog(office)
    qtbot.addWidget(dialog)
    dialog.show()
    click_paper(qtbot, dialog, "berita-acara-komitmen")
    choose(qtbot, dialog.opd_combo, "Dinas Kesehatan")
    qtbot.mouseClick(dialog.preview_button, LEFT)
    preview = dialog.preview
    assert preview is not None
    qtbot.waitUntil(preview.is_ready, timeout=60000)
    assert preview.document.pageCount() >= 1
    assert "berita-acara-komitmen-DINKES.pdf" == preview.default_file_name()
    preview.reject()


def test_options_follow_the_paper(qtbot, office):
    dialog = OfficePapersDialog(office)
    qtbot.addWidget(dialog)
    dialog.show()
    click_paper(qtbot, dialog, "daftar-hadir")
    assert dialog.session_edit.isVisible() and not dialog.piagam_check.isVisible()
    click_paper(qtbot, dialog, "sk-tim")
    assert not dialog.session_edit.isVisible()
    assert dialog.opd_combo.isVisible() and dialog.opd_combo.findData("") < 0  # OPD required
    click_paper(qtbot, dialog, "rekap")
    assert not dialog.opd_combo.isVisible()
    assert not dialog.tahapan_combo.isVisible() and not dialog.year_combo.isVisible()
    click_paper(qtbot, dialog, "sk-penetapan")
    assert dialog.tahapan_combo.isVisible() and dialog.year_combo.isVisible()
    choose(qtbot, dialog.tahapan_combo, "Uji coba")
    choose(qtbot, dialog.year_combo, "2027")
    assert (dialog.request()["tahapan"], dialog.request()["year"]) == ("uji-coba", 2027)
    click_paper(qtbot, dialog, "rekap")  # a paper without the filter never gets it
    assert (dialog.request()["tahapan"], dialog.request()["year"]) == ("", None)


def test_the_print_menu_opens_the_dialog(qtbot, window):
    action = window.office_papers_action
    assert action in window.print_menu.actions() and action.isEnabled()
    dialog = window.open_office_papers()
    qtbot.addWidget(dialog)
    assert dialog.paper_list.count() == len(PAPER_KINDS)
    dialog.reject()
