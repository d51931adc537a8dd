"""Print preview: renders a report PDF (or an office paper, given its `render`) off the GUI
thread and shows it with print and save-as."""

from __future__ import annotations

import shutil
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QPointF,
    QRectF,
    QSettings,
    QSize,
    Qt,
    QUrl,
    Signal,
    Slot,
)
from PySide6.QtGui import QDesktopServices, QKeySequence, QPainter, QShortcut
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtPrintSupport import QAbstractPrintDialog, QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from labinovasi.domain.errors import LabinovasiError
from labinovasi.services.output_files import whole_file
from labinovasi.ui.tasks import run_task
from labinovasi.ui.widgets.common import warn
from labinovasi.ui.widgets.pages import Retranslatable

if TYPE_CHECKING:
    from labinovasi.services.workshop_service import WorkshopService

REPORT_KINDS = ("all", "summary", "opd")
PRINT_DPI = 200  # enough for text on paper; the printer's own 1200 dpi would need ~0.5 GB/page
ZOOM_STEP = 1.25
SAVE_FOLDER_KEY = "printPreview/saveFolder"


class PrintPreviewDialog(Retranslatable, QDialog):
    """The report as it will print; `ready` fires once the pages are loaded."""

    ready = Signal()
    failed = Signal(str)

    def __init__(
        self,
        service: WorkshopService,
        kind: str = "all",
        opd_id: str | None = None,
        parent: QWidget | None = None,
        *,
        render: Callable[[WorkshopService, Path], object] | None = None,
        title: str = "",
        file_name: str = "",
    ):
        """`render(worker_service, out)` writes another PDF (an office paper) in place of a
        report; `title` and `file_name` name it in the window and the save dialog."""
        super().__init__(parent)
        if render is None and kind not in REPORT_KINDS:
            raise ValueError(f"unknown report kind {kind!r}")
        self.setObjectName("printPreview")
        self.service, self.kind, self.opd_id = service, kind, opd_id
        self._title, self._file_name = title, file_name
        self._opd = service.get_opd(opd_id) if opd_id else None
        self._folder = Path(tempfile.mkdtemp(prefix="labinovasi-preview-"))
        self.pdf_path = self._folder / self.default_file_name()
        self.error_message = ""
        self._cleaned = False

        self.document = QPdfDocument(self)
        self.document.setObjectName("previewDocument")
        self._build()
        self.retranslate_ui()
        self.resize(1000, 720)

        out = self.pdf_path

        def render_pdf(worker_service: WorkshopService) -> str:
            if render is not None:
                render(worker_service, out)
                return str(out)
            from labinovasi.services.reporting import render_report

            render_report(worker_service, out, kind=kind, opd_id=opd_id)
            return str(out)

        self._thread = run_task(render_pdf, self._load, self._render_failed, target=service.target)

    # -- layout --------------------------------------------------------------------------

    def _build(self) -> None:
        self.print_button = QPushButton(objectName="printButton", enabled=False)
        self.save_button = QPushButton(objectName="saveButton", enabled=False)
        self.zoom_out_button = QPushButton("−", objectName="zoomOutButton", enabled=False)
        self.zoom_in_button = QPushButton("+", objectName="zoomInButton", enabled=False)
        self.fit_button = QPushButton(objectName="fitWidthButton", enabled=False)
        for button in (self.zoom_out_button, self.zoom_in_button):
            button.setFixedWidth(button.sizeHint().height() + 8)
        self.page_count_label = QLabel(objectName="pageCountLabel")
        self.close_button = QPushButton(objectName="closeButton")

        bar = QHBoxLayout()
        for widget in (self.print_button, self.save_button):
            bar.addWidget(widget)
        bar.addSpacing(16)
        for widget in (self.zoom_out_button, self.zoom_in_button, self.fit_button):
            bar.addWidget(widget)
        bar.addSpacing(16)
        bar.addWidget(self.page_count_label)
        bar.addStretch(1)
        bar.addWidget(self.close_button)

        self.busy_label = QLabel(objectName="busyLabel", alignment=Qt.AlignmentFlag.AlignCenter)
        self.busy_bar = QProgressBar(objectName="busyBar", textVisible=False)
        self.busy_bar.setRange(0, 0)  # busy: ReportLab gives no progress to report
        self.busy_bar.setMaximumWidth(360)
        busy = QWidget(objectName="busyPage")
        busy_layout = QVBoxLayout(busy)
        busy_layout.addStretch(1)
        busy_layout.addWidget(self.busy_label)
        busy_layout.addWidget(self.busy_bar, 0, Qt.AlignmentFlag.AlignHCenter)
        busy_layout.addStretch(1)

        self.view = QPdfView(objectName="pdfView")
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.view.setDocument(self.document)

        self.error_label = QLabel(
            objectName="errorLabel",
            alignment=Qt.AlignmentFlag.AlignCenter,
            wordWrap=True,
            textFormat=Qt.TextFormat.PlainText,
        )

        self.stack = QStackedWidget(objectName="previewStack")
        for page in (busy, self.view, self.error_label):
            self.stack.addWidget(page)

        # After a save: where the PDF went, and the way to it.
        self.saved_bar = QWidget(objectName="savedBar")
        self.saved_label = QLabel(objectName="savedLabel", textFormat=Qt.TextFormat.PlainText)
        self.open_file_button = QPushButton(objectName="openSavedButton")
        self.open_folder_button = QPushButton(objectName="openSavedFolderButton")
        self.open_file_button.clicked.connect(lambda: self._open(self.saved_path))
        self.open_folder_button.clicked.connect(lambda: self._open(self.saved_path.parent))
        saved_layout = QHBoxLayout(self.saved_bar)
        saved_layout.setContentsMargins(0, 0, 0, 0)
        saved_layout.addWidget(self.saved_label, 1)
        saved_layout.addWidget(self.open_file_button)
        saved_layout.addWidget(self.open_folder_button)
        self.saved_bar.hide()
        self.saved_path: Path | None = None

        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.saved_bar)
        layout.addWidget(self.stack, 1)

        self.print_button.clicked.connect(self.print_document)
        self.save_button.clicked.connect(self.save_as)
        self.zoom_in_button.clicked.connect(self.zoom_in)
        self.zoom_out_button.clicked.connect(self.zoom_out)
        self.fit_button.clicked.connect(self.fit_width)
        self.close_button.clicked.connect(self.reject)
        for keys, slot in (
            (QKeySequence.StandardKey.Print, self.print_document),
            (QKeySequence.StandardKey.Save, self.save_as),
            (QKeySequence.StandardKey.ZoomIn, self.zoom_in),
            (QKeySequence.StandardKey.ZoomOut, self.zoom_out),
        ):
            QShortcut(keys, self, activated=slot)

    def retranslate_ui(self) -> None:
        self.view.setAccessibleName(self.tr("Pratinjau dokumen"))
        titles = {
            "all": self.tr("Pratinjau cetak — semua laporan"),
            "summary": self.tr("Pratinjau cetak — rekapitulasi"),
            "opd": self.tr("Pratinjau cetak — lembar hasil lab"),
        }
        title = titles.get(self.kind) or self.tr("Pratinjau cetak — %1").replace("%1", self._title)
        if self._opd is not None:
            title = f"{title}: {self._opd.display_name}"
        self.setWindowTitle(title)
        self.print_button.setText(self.tr("Cetak…"))
        self.save_button.setText(self.tr("Simpan sebagai PDF…"))
        self.zoom_in_button.setToolTip(self.tr("Perbesar"))
        self.zoom_out_button.setToolTip(self.tr("Perkecil"))
        self.fit_button.setText(self.tr("Sesuai lebar"))
        self.close_button.setText(self.tr("Tutup"))
        self.open_file_button.setText(self.tr("Buka"))
        self.open_folder_button.setText(self.tr("Buka folder"))
        if self.saved_path is not None:
            self.saved_label.setText(
                self.tr("PDF tersimpan di %1").replace("%1", str(self.saved_path))
            )
        self.busy_label.setText(self.tr("Menyiapkan laporan…"))
        self._update_page_count()

    def _update_page_count(self) -> None:
        count = self.document.pageCount()
        self.page_count_label.setText(self.tr("%n halaman", "", count) if count else "")

    # -- rendering -----------------------------------------------------------------------

    def default_file_name(self) -> str:
        if self._file_name:
            return self._file_name
        if self.kind == "summary":
            return "rekapitulasi.pdf"
        if self.kind == "opd" and self._opd is not None:
            return f"lembar-hasil-{self._opd.abbreviation or 'opd'}.pdf"
        return "laporan-lab-inovasi.pdf"

    def is_ready(self) -> bool:
        return self.document.status() == QPdfDocument.Status.Ready

    @Slot(str)
    def _load(self, path: str) -> None:
        error = self.document.load(path)
        if error != QPdfDocument.Error.None_:
            self._show_error(self.tr("Berkas PDF tidak dapat dibuka."))
            return
        self.stack.setCurrentWidget(self.view)
        for button in (
            self.print_button,
            self.save_button,
            self.zoom_in_button,
            self.zoom_out_button,
            self.fit_button,
        ):
            button.setEnabled(True)
        self._update_page_count()
        self.ready.emit()

    @Slot(str)
    def _render_failed(self, error: Exception) -> None:
        self._show_error(
            str(error) if isinstance(error, LabinovasiError) else f"{type(error).__name__}: {error}"
        )

    def _show_error(self, message: str) -> None:
        self.error_message = message
        self.error_label.setText(self.tr("Laporan tidak dapat dibuat.") + "\n\n" + message)
        self.stack.setCurrentWidget(self.error_label)
        self.failed.emit(message)

    # -- zoom ----------------------------------------------------------------------------

    def zoom_in(self) -> None:
        self._zoom(self.view.zoomFactor() * ZOOM_STEP)

    def zoom_out(self) -> None:
        self._zoom(self.view.zoomFactor() / ZOOM_STEP)

    def _zoom(self, factor: float) -> None:
        if not self.is_ready():
            return
        self.view.setZoomMode(QPdfView.ZoomMode.Custom)
        self.view.setZoomFactor(max(0.1, min(8.0, factor)))

    def fit_width(self) -> None:
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)

    # -- output --------------------------------------------------------------------------

    def save_as(self) -> Path | None:
        """Copy the rendered PDF where the user chooses; returns the path written."""
        if not self.is_ready():
            return None
        folder = QSettings().value(SAVE_FOLDER_KEY) or self._workshop_folder()
        suggested = str(Path(str(folder)) / self.default_file_name())
        chosen, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Simpan sebagai PDF"), suggested, self.tr("Berkas PDF (*.pdf)")
        )
        if not chosen:
            return None
        target = Path(chosen)
        if target.suffix.lower() != ".pdf":
            target = target.with_name(target.name + ".pdf")
        try:
            with whole_file(target) as temp:  # never over the workshop or a backup
                shutil.copyfile(self.pdf_path, temp)
        except (OSError, LabinovasiError) as error:
            warn(
                self,
                self.tr("Gagal menyimpan"),
                self.tr("Berkas tidak dapat disimpan:") + f"\n{error}",
            )
            return None
        QSettings().setValue(SAVE_FOLDER_KEY, str(target.parent))
        self.saved_path = target
        self.saved_label.setText(self.tr("PDF tersimpan di %1").replace("%1", str(target)))
        self.saved_bar.show()
        return target

    def _workshop_folder(self) -> str:
        """Save dialogs start beside the workshop file (home for a server workshop)."""
        target = str(self.service.target)
        return str(Path(target).parent) if "://" not in target else str(Path.home())

    def _open(self, path: Path | None) -> None:
        if path is not None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))

    def print_document(self, printer: QPrinter | None = None) -> int:
        """Ask for a printer and print; returns the number of pages sent (0 if cancelled)."""
        if not self.is_ready():
            return 0
        if not isinstance(printer, QPrinter):  # clicked(bool) passes a bool
            printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setDocName(self.windowTitle())
        printer.setFullPage(True)  # the PDF already carries its margins
        printer.setFromTo(1, self.document.pageCount())
        dialog = QPrintDialog(printer, self)
        dialog.setObjectName("printDialog")
        dialog.setMinMax(1, self.document.pageCount())
        dialog.setOption(QAbstractPrintDialog.PrintDialogOption.PrintCurrentPage, True)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return 0
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            return self.print_to(printer)
        finally:
            QApplication.restoreOverrideCursor()

    def print_to(self, printer: QPrinter) -> int:
        """Draw the chosen pages on `printer`, each fitted to the paper, centred."""
        count = self.document.pageCount()
        if printer.printRange() == QPrinter.PrintRange.CurrentPage:
            first = last = self.view.pageNavigator().currentPage() + 1
        else:
            first = max(1, printer.fromPage() or 1)
            last = min(count, printer.toPage() or count)
        painter = QPainter()
        if not painter.begin(printer):
            warn(self, self.tr("Gagal mencetak"), self.tr("Pencetak tidak dapat dibuka."))
            return 0
        printed = 0
        try:
            for page in range(first - 1, last):
                if printed:
                    printer.newPage()
                area = QRectF(painter.viewport())
                points = self.document.pagePointSize(page)
                scale = min(area.width() / points.width(), area.height() / points.height())
                target = QRectF(0, 0, points.width() * scale, points.height() * scale)
                target.moveCenter(QPointF(area.center()))
                pixels = QSize(
                    round(points.width() * PRINT_DPI / 72), round(points.height() * PRINT_DPI / 72)
                )
                painter.drawImage(target, self.document.render(page, pixels))
                printed += 1
        finally:
            painter.end()
        return printed

    # -- closing -------------------------------------------------------------------------

    def done(self, result: int) -> None:
        self._cleanup()
        super().done(result)

    def closeEvent(self, event) -> None:
        self._cleanup()
        super().closeEvent(event)

    def _cleanup(self) -> None:
        if self._cleaned:
            return
        self._cleaned = True
        if self._thread.isRunning():
            # ReportLab cannot be interrupted; the file goes away with the folder afterwards.
            self._thread.succeeded.disconnect(self._load)
            self._thread.wait()
        self.document.close()  # Windows keeps an open file from being deleted
        shutil.rmtree(self._folder, ignore_errors=True)
