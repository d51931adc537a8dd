"""Import OPDs, ideas or participants from CSV/XLSX: shows the rows and the problems found
first, lets the facilitator choose the file's columns, and writes only when confirmed: all rows
or none, or (participants) the correct rows without the bad ones when asked."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from labinovasi.services import ImportPreview, ImportReport
from labinovasi.ui.signals import notify
from labinovasi.ui.tasks import Task, run_task
from labinovasi.ui.widgets.common import MessageLine, make_row_list, name_buttons, plain_tip

if TYPE_CHECKING:
    from labinovasi.services.workshop_service import WorkshopService

PREVIEW_ROWS = 1000  # enough to check a file by eye; the count covers every row
# The columns the user may choose, per kind of import, in the order shown (the services'
# field names: services/imports.py OPD_COLUMNS, IDEA_COLUMNS, PERSON_COLUMNS).
CHOOSABLE = {
    "opd": ("name", "abbreviation"),
    "ideas": ("opd", "text", "problem", "author"),
    "participants": ("name", "nip", "rank", "position", "opd", "phone"),
}
COMBO_NAMES = {"name": "importNameColumn", "abbreviation": "importAbbreviationColumn"}
PAIRS_PER_ROW = 3
PROBLEM_BACKGROUND = QColor("#fdecea")
SKIPPED_FOREGROUND = QColor("#6b6f75")


def report_text(kind: str, report: ImportReport) -> str:
    """ "15 OPD diimpor, 2 dilewati" (or "54 gagasan diimpor")."""
    if kind == "opd":
        text = QCoreApplication.translate("ImportDialog", "%1 OPD diimpor")
    elif kind == "participants":
        text = QCoreApplication.translate("ImportDialog", "%1 peserta diimpor")
    else:
        text = QCoreApplication.translate("ImportDialog", "%1 gagasan diimpor")
    text = text.replace("%1", str(report.imported))
    if report.skipped:
        text += QCoreApplication.translate("ImportDialog", ", %1 dilewati").replace(
            "%1", str(len(report.skipped))
        )
    return text + "."


class ImportDialog(QDialog):
    """kind "opd", "ideas" or "participants". The preview and the import run in worker
    threads, each on its own connection to the workshop, so a file of thousands of rows keeps
    the window responsive."""

    previewReady = Signal()
    imported = Signal(object)  # ImportReport

    def __init__(self, service: WorkshopService, kind: str, source: Path, parent=None):
        super().__init__(parent)
        self.setObjectName("importDialog")
        self.target, self.kind, self.source = service.target, kind, Path(source)
        self.preview: ImportPreview | None = None
        self.report: ImportReport | None = None
        self._worker: Task | None = None
        self._generation = 0  # of the work started last (see _start)
        self.columns: dict[str, str] | None = None  # the user's choice of headings

        # Files come with many headings (a form export asks its own questions): the user may
        # pick each column; the usual headings are picked already.
        self.column_labels: dict[str, QLabel] = {}
        self.column_combos: dict[str, QComboBox] = {}
        grid = QGridLayout()
        grid.setContentsMargins(0, 0, 0, 0)
        for index, field in enumerate(CHOOSABLE[kind]):
            label = QLabel()
            combo = QComboBox(
                objectName=COMBO_NAMES.get(field, f"import{field.capitalize()}Column")
            )
            # Long form questions would make the dialog wider than the screen.
            combo.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
            )
            combo.setMinimumContentsLength(16)
            combo.activated.connect(self._columns_chosen)
            label.setBuddy(combo)
            row, pair = divmod(index, PAIRS_PER_ROW)
            grid.addWidget(label, row, 2 * pair)
            grid.addWidget(combo, row, 2 * pair + 1)
            self.column_labels[field], self.column_combos[field] = label, combo
        grid.setColumnStretch(2 * PAIRS_PER_ROW, 1)
        self.name_combo = self.column_combos.get("name")
        self.abbr_combo = self.column_combos.get("abbreviation")
        # OPDs: skip those the workshop already has; ideas: rows whose OPD it does not have.
        self.skip_check = QCheckBox(
            objectName="importSkipUnknown" if kind == "ideas" else "importSkipExisting"
        )
        self.skip_check.toggled.connect(lambda _on: self.start_preview())
        if kind not in ("opd", "ideas"):
            self.skip_check.hide()  # (show() here would open it as a window of its own)
        # "DINAS SOSIAL" and "... (disdukcapil)" would go onto every paper as typed.
        self.tidy_check = QCheckBox(objectName="importTidyNames")
        self.tidy_check.toggled.connect(lambda _on: self.start_preview())
        if kind != "opd":
            self.tidy_check.hide()
        options = QHBoxLayout()
        options.setContentsMargins(0, 0, 0, 0)
        options.addWidget(self.skip_check)
        options.addWidget(self.tidy_check)
        options.addStretch(1)
        mapping = QVBoxLayout()
        mapping.setContentsMargins(0, 0, 0, 0)
        mapping.addLayout(grid)
        mapping.addLayout(options)
        self.mapping_row = QWidget(objectName="importMapping")
        self.mapping_row.setLayout(mapping)

        self.summary_label = QLabel(objectName="importSummary")
        self.summary_label.setWordWrap(True)
        self.busy_bar = QProgressBar(objectName="importBusy")
        self.busy_bar.setRange(0, 0)  # reading and writing report no steps: a busy indicator
        self.busy_bar.hide()
        self.table = QTableWidget(0, 0, objectName="importRows")
        make_row_list(self.table)
        self.problems_label = QLabel()
        self.problems_edit = QPlainTextEdit(objectName="importProblems")
        self.problems_edit.setReadOnly(True)
        self.problems_edit.setMaximumHeight(120)
        self.message = MessageLine(objectName="importMessage")
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.import_button = QPushButton(objectName="importButton")
        self.import_button.setEnabled(False)
        self.buttons.addButton(self.import_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.import_button.clicked.connect(self.run_import)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary_label)
        layout.addWidget(self.mapping_row)
        layout.addWidget(self.busy_bar)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.problems_label)
        layout.addWidget(self.problems_edit)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self.resize(900, 560)
        self.retranslate_ui()
        self.summary_label.setText(self.tr("Membaca %1…").replace("%1", self.source.name))

    def retranslate_ui(self) -> None:
        titles = {
            "opd": self.tr("Impor OPD"),
            "ideas": self.tr("Impor gagasan"),
            "participants": self.tr("Impor peserta"),
        }
        self.setWindowTitle(titles[self.kind])
        self.problems_label.setText(self.tr("Masalah yang ditemukan:"))
        self.table.setAccessibleName(self.tr("Pratinjau baris yang akan diimpor"))
        self._name_import_button()
        labels = {
            "name": self.tr("Kolom &nama:"),
            "abbreviation": self.tr("Kolom &singkatan:"),
            "opd": self.tr("Kolom &OPD:"),
            "text": self.tr("Kolom &gagasan:"),
            "problem": self.tr("Kolom &masalah:"),
            "author": self.tr("Kolom &pengusul:"),
            "nip": self.tr("Kolom N&IP:"),
            "rank": self.tr("Kolom pan&gkat/gol.:"),
            "position": self.tr("Kolom &jabatan:"),
            "phone": self.tr("Kolom nomor &HP:"),
        }
        for field, label in self.column_labels.items():
            label.setText(labels[field])
        if self.kind == "ideas":
            self.skip_check.setText(self.tr("&Lewati baris yang OPD-nya tidak dikenal"))
            self.skip_check.setToolTip(
                self.tr(
                    "Baris dengan OPD yang tidak ada di lokakarya dilewati (disebutkan, dengan "
                    "OPD yang paling mirip), bukan membatalkan seluruh impor"
                )
            )
        else:
            self.skip_check.setText(self.tr("&Lewati yang sudah ada"))
            self.skip_check.setToolTip(
                self.tr(
                    "OPD yang singkatannya sudah ada di lokakarya (huruf besar/kecil sama saja) "
                    "dilewati, bukan membatalkan seluruh impor"
                )
            )
        self.tidy_check.setText(self.tr("&Rapikan huruf besar/kecil"))
        self.tidy_check.setToolTip(
            self.tr(
                "\u201cDINAS SOSIAL\u201d menjadi \u201cDinas Sosial\u201d; singkatan dalam "
                "kurung di akhir nama, misalnya \u201c(disdukcapil)\u201d, menjadi singkatan"
            )
        )
        name_buttons(self.buttons, {QDialogButtonBox.StandardButton.Cancel: self.tr("Batal")})

    def _name_import_button(self) -> None:
        preview = self.preview
        if preview is not None and preview.can_import_good_rows:
            text = self.tr("Impor %1 baris yang benar").replace("%1", str(preview.importable))
        elif preview is not None and preview.can_import:
            text = self.tr("Impor %1 baris").replace("%1", str(preview.importable))
        else:
            text = self.tr("Impor")
        self.import_button.setText(text)

    # -- preview ---------------------------------------------------------------------------

    def start_preview(self) -> None:
        """Read and check the file in a worker; `previewReady` fires when it is shown."""
        target, kind, source = self.target, self.kind, self.source
        columns, skip = self.columns, self.skip_check.isChecked()
        tidy = self.tidy_check.isChecked()
        self.import_button.setEnabled(False)

        def work() -> ImportPreview:
            from labinovasi.services import WorkshopService  # lazy: SQLAlchemy after the window

            with WorkshopService.open(target) as service:
                return service.preview_import(
                    kind,
                    source,
                    columns=columns,
                    skip_existing=skip and kind == "opd",
                    tidy=tidy,
                    skip_unknown=skip and kind == "ideas",
                )

        self._start(work, self._show_preview)

    def _start(self, work, on_success) -> None:
        # A column picked with the arrow keys starts a preview per key: only the last one
        # started may show its result, else an earlier choice's could arrive last and stay.
        self._generation += 1
        generation = self._generation

        def latest(callback):
            return lambda result: callback(result) if generation == self._generation else None

        def finished() -> None:
            if generation == self._generation:
                self.busy_bar.hide()

        self.busy_bar.show()
        self._worker = run_task(
            work, latest(on_success), latest(self._show_failure), on_finished=finished
        )

    def is_busy(self) -> bool:
        return self._worker is not None and self._worker.isRunning()

    def _show_preview(self, preview: ImportPreview) -> None:
        self.preview = preview
        shown = preview.rows[:PREVIEW_ROWS]
        self.table.setColumnCount(len(preview.headers))
        self.table.setHorizontalHeaderLabels(preview.headers)
        self.table.setRowCount(len(shown))
        for row, values in enumerate(shown):
            mark, note = preview.marks[row] if row < len(preview.marks) else ("", "")
            for column, value in enumerate(values):
                item = QTableWidgetItem(value)
                if mark == "problem":
                    item.setBackground(QBrush(PROBLEM_BACKGROUND))
                elif mark == "skipped":
                    item.setForeground(QBrush(SKIPPED_FOREGROUND))
                if note:
                    item.setToolTip(plain_tip(note))  # quotes the file's own text
                self.table.setItem(row, column, item)
        self._fill_columns(preview)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        if preview.headers:
            header.setSectionResizeMode(len(preview.headers) // 2, QHeaderView.ResizeMode.Stretch)
        text = (
            self.tr("%1: %2 baris dibaca.")
            .replace("%1", self.source.name)
            .replace("%2", str(len(preview.rows)))
        )
        if len(preview.rows) > PREVIEW_ROWS:
            text += " " + self.tr("Ditampilkan %1 baris pertama.").replace("%1", str(PREVIEW_ROWS))
        if preview.can_import_good_rows:
            text += " " + self.tr(
                "Baris bermasalah (merah) tidak dapat diimpor; %1 baris yang benar dapat "
                "diimpor tanpa baris itu. Belum ada yang ditulis."
            ).replace("%1", str(preview.importable))
        elif preview.problems:
            text += " " + self.tr(
                "Berkas ini tidak dapat diimpor: perbaiki masalah di bawah, "
                "lalu coba lagi. Belum ada yang ditulis."
            )
        else:
            text += " " + self.tr("%1 baris siap diimpor.").replace("%1", str(preview.importable))
        self.summary_label.setText(text)
        lines = list(preview.problems) + list(preview.skipped)
        self.problems_edit.setPlainText("\n".join(lines) if lines else self.tr("Tidak ada."))
        self.import_button.setEnabled(preview.can_import or preview.can_import_good_rows)
        self._name_import_button()
        self.previewReady.emit()

    def _fill_columns(self, preview: ImportPreview) -> None:
        for field, combo in self.column_combos.items():
            combo.clear()
            combo.addItem(self.tr("(pilih kolom)"), "")
            for heading in preview.file_headers:
                combo.addItem(heading, heading)
                combo.setItemData(
                    combo.count() - 1, plain_tip(heading), Qt.ItemDataRole.ToolTipRole
                )
            combo.setCurrentIndex(max(0, combo.findData(preview.columns.get(field, ""))))

    def _columns_chosen(self, _index: int) -> None:
        self.columns = {
            field: combo.currentData() or "" for field, combo in self.column_combos.items()
        }
        self.start_preview()

    def _show_failure(self, error: Exception) -> None:
        self.summary_label.setText(self.tr("Berkas tidak dapat diimpor. Belum ada yang ditulis."))
        self.problems_edit.setPlainText(str(error))
        self.import_button.setEnabled(False)
        self.previewReady.emit()

    # -- import ----------------------------------------------------------------------------

    def run_import(self) -> None:
        preview = self.preview
        if preview is None or not (preview.can_import or preview.can_import_good_rows):
            return
        self.import_button.setEnabled(False)
        self.message.show_ok(self.tr("Mengimpor…"))
        target, kind, source = self.target, self.kind, self.source
        columns, skip = self.columns, self.skip_check.isChecked()
        tidy, skip_bad = self.tidy_check.isChecked(), preview.can_import_good_rows

        def work() -> ImportReport:
            from labinovasi.services import WorkshopService, papers  # lazy: after the window

            with WorkshopService.open(target) as service:
                if kind == "opd":
                    return service.import_opds(
                        source, columns=columns, skip_existing=skip, tidy=tidy
                    )
                if kind == "participants":
                    return papers.import_participants(
                        service, source, skip_bad=skip_bad, columns=columns
                    )
                return service.import_ideas(source, columns=columns, skip_unknown=skip)

        self._start(work, self._finished)

    def _finished(self, report: ImportReport) -> None:
        self.report = report
        notify()
        self.imported.emit(report)
        self.accept()
