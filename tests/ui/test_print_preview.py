"""Print preview: the report renders off the GUI thread, shows its pages, prints and saves."""

from __future__ import annotations

from pathlib import Path

import pytest
from pypdf import PdfReader

from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QDesktopServices
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QDialog, QFileDialog

from labinovasi.services import WorkshopService
from labinovasi.services.sample import build_sample_workshop
from labinovasi.ui.facilitator.print_preview import PrintPreviewDialog

LEFT = Qt.MouseButton.LeftButton


@pytest.fixture(autouse=True)
def own_settings(tmp_path):
    """The dialog remembers the folder it saved to: not in the developer's own settings."""
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp_path))


@pytest.fixture(scope="module")
def sample_file(tmp_path_factory):
    return build_sample_workshop(tmp_path_factory.mktemp("sample") / "contoh.labinovasi")


@pytest.fixture
def sample(sample_file):
    with WorkshopService.open(sample_file) as service:
        yield service


def open_preview(qtbot, service, **kwargs) -> PrintPreviewDialog:
    dialog = PrintPreviewDialog(service, **kwargs)
    qtbot.addWidget(dialog)
    with qtbot.waitSignal(dialog.ready, timeout=30000):
        dialog.show()
    return dialog


def test_all_reports_open_with_pages(qtbot, sample):
    dialog = open_preview(qtbot, sample, kind="all")
    count = dialog.document.pageCount()
    assert count > 1
    assert dialog.objectName() == "printPreview"
    assert dialog.stack.currentWidget() is dialog.view
    assert dialog.page_count_label.text() == f"{count} halaman"
    assert dialog.print_button.isEnabled() and dialog.save_button.isEnabled()


def test_zoom_buttons_change_the_zoom(qtbot, sample):
    dialog = open_preview(qtbot, sample, kind="summary")
    before = dialog.view.zoomFactor()
    qtbot.mouseClick(dialog.zoom_in_button, LEFT)
    assert dialog.view.zoomFactor() == pytest.approx(before * 1.25)
    qtbot.mouseClick(dialog.zoom_out_button, LEFT)
    qtbot.mouseClick(dialog.zoom_out_button, LEFT)
    assert dialog.view.zoomFactor() < before


def test_save_as_writes_the_pdf(qtbot, sample, tmp_path, monkeypatch):
    dialog = open_preview(qtbot, sample, kind="opd", opd_id=sample.find_opd("DINKES").id)
    chosen = tmp_path / "lembar DINKES"  # no suffix: .pdf is added
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", staticmethod(lambda *args, **kwargs: (str(chosen), ""))
    )
    qtbot.mouseClick(dialog.save_button, LEFT)
    written = tmp_path / "lembar DINKES.pdf"
    reader = PdfReader(written)
    assert len(reader.pages) == dialog.document.pageCount()
    assert "Dinas Kesehatan" in "".join(page.extract_text() for page in reader.pages)
    assert QSettings().value("printPreview/saveFolder") == str(tmp_path)

    # Where it went is said, with the way to open it (issue 14 #12).
    assert dialog.saved_bar.isVisible()
    assert str(written) in dialog.saved_label.text()
    opened = []
    monkeypatch.setattr(QDesktopServices, "openUrl", staticmethod(opened.append))
    qtbot.mouseClick(dialog.open_folder_button, LEFT)
    qtbot.mouseClick(dialog.open_file_button, LEFT)
    assert [u.toLocalFile() for u in opened] == [str(tmp_path), str(written)]


def test_save_dialog_starts_in_the_workshop_folder(qtbot, sample, monkeypatch):
    dialog = open_preview(qtbot, sample, kind="summary")
    asked = []
    monkeypatch.setattr(
        QFileDialog,
        "getSaveFileName",
        staticmethod(lambda *args, **kwargs: asked.append(args[2]) or ("", "")),
    )
    qtbot.mouseClick(dialog.save_button, LEFT)
    assert Path(asked[0]).parent == Path(str(sample.target)).parent


def test_save_as_cancelled_writes_nothing(qtbot, sample, tmp_path, monkeypatch):
    dialog = open_preview(qtbot, sample, kind="summary")
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", staticmethod(lambda *args, **kwargs: ("", ""))
    )
    assert dialog.save_as() is None


def test_printing_to_a_pdf_printer(qtbot, sample, tmp_path, monkeypatch):
    dialog = open_preview(qtbot, sample, kind="summary")
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    out = tmp_path / "tercetak.pdf"
    printer.setOutputFileName(str(out))
    monkeypatch.setattr(QPrintDialog, "exec", lambda self: QDialog.DialogCode.Accepted)
    printed = dialog.print_document(printer)
    assert printed == dialog.document.pageCount() > 0
    assert len(PdfReader(out).pages) == printed


def test_printing_cancelled_prints_nothing(qtbot, sample, tmp_path, monkeypatch):
    dialog = open_preview(qtbot, sample, kind="summary")
    printer = QPrinter()
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "batal.pdf"))
    monkeypatch.setattr(QPrintDialog, "exec", lambda self: QDialog.DialogCode.Rejected)
    assert dialog.print_document(printer) == 0
    assert not (tmp_path / "batal.pdf").exists()


def test_unknown_opd_shows_the_error(qtbot, sample):
    dialog = PrintPreviewDialog(sample, kind="opd")  # no OPD given: the service refuses
    qtbot.addWidget(dialog)
    with qtbot.waitSignal(dialog.failed, timeout=30000) as blocker:
        dialog.show()
    assert blocker.args[0]
    assert dialog.stack.currentWidget() is dialog.error_label
    assert blocker.args[0] in dialog.error_label.text()
    assert not dialog.print_button.isEnabled()


def test_closing_removes_the_temporary_file(qtbot, sample):
    dialog = open_preview(qtbot, sample, kind="summary")
    folder = dialog.pdf_path.parent
    assert dialog.pdf_path.exists()
    dialog.reject()
    assert not folder.exists()


def test_printing_a_page_range(qtbot, sample, tmp_path, monkeypatch):
    dialog = open_preview(qtbot, sample, kind="all")
    printer = QPrinter()
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "halaman-2-3.pdf"))

    def choose_pages(self):
        printer.setPrintRange(QPrinter.PrintRange.PageRange)
        printer.setFromTo(2, 3)
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(QPrintDialog, "exec", choose_pages)
    assert dialog.print_document(printer) == 2
    assert len(PdfReader(tmp_path / "halaman-2-3.pdf").pages) == 2


def test_save_as_never_writes_over_the_workshop(qtbot, sample, tmp_path, monkeypatch):
    """A name that reaches the open workshop (here a link named .pdf) is refused (issue 26)."""
    import hashlib

    dialog = open_preview(qtbot, sample, kind="summary")
    workshop = Path(str(sample.target))
    alias = tmp_path / "rekap.pdf"
    alias.symlink_to(workshop)
    before = hashlib.sha256(workshop.read_bytes()).hexdigest()
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", staticmethod(lambda *args, **kwargs: (str(alias), ""))
    )
    warned = []
    monkeypatch.setattr(
        "labinovasi.ui.facilitator.print_preview.warn", lambda *args: warned.append(args[2])
    )
    qtbot.mouseClick(dialog.save_button, LEFT)
    assert "lokakarya yang sedang dibuka" in warned[0]
    assert hashlib.sha256(workshop.read_bytes()).hexdigest() == before
    assert not dialog.saved_bar.isVisible()
