"""The facilitator's station-copy and merge dialogs (Lokakarya → Salinan stasiun…, Gabungkan…).

The merge's file dialog never lists the open workshop itself (the same file by device and
inode: also a hard link or a symlink to it), and refuses it when its name is typed: merging a
workshop into itself is refused by `services.sync.merge` too.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QSortFilterProxyModel
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFileSystemModel,
    QFormLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from labinovasi.domain.evidence import size_text


class StationCopyDialog(QDialog):
    """The station's name and whether the copy carries the evidence files' bytes."""

    def __init__(self, files: int, size: int, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("stationCopyDialog")
        self.setWindowTitle(self.tr("Salinan stasiun"))
        self.name_edit = QLineEdit(self, objectName="stationNameEdit")
        self.name_edit.setAccessibleName(self.tr("Nama stasiun"))
        self.name_edit.setPlaceholderText(self.tr("mis. Meja 1"))
        self.evidence_box = QCheckBox(self, objectName="withEvidenceBox")
        self.evidence_box.setText(
            self.tr("Bawa isi berkas bukti dukung (%1 berkas, %2)")
            .replace("%1", str(files))
            .replace("%2", size_text(size))
        )
        self.evidence_box.setAccessibleName(self.tr("Bawa isi berkas bukti dukung"))
        self.evidence_box.setEnabled(files > 0)
        note = QLabel(
            self.tr(
                "Tanpa centang, salinan membawa daftar bukti dukung tanpa isinya; isinya tetap "
                "di berkas utama dan tidak hilang saat salinan digabung kembali."
            ),
            self,
        )
        note.setWordWrap(True)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setEnabled(False)
        self.name_edit.textChanged.connect(lambda t: self.ok_button.setEnabled(bool(t.strip())))
        form = QFormLayout()
        form.addRow(self.tr("Nama stasiun:"), self.name_edit)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.evidence_box)
        layout.addWidget(note)
        layout.addWidget(self.buttons)

    def station_name(self) -> str:
        return " ".join(self.name_edit.text().split())

    def with_evidence(self) -> bool:
        return self.evidence_box.isChecked()


def _is_same(open_path: str | Path, path: str | Path) -> bool:
    from labinovasi.services.sync import is_same_workshop

    return is_same_workshop(open_path, path)


class _HideOpenWorkshop(QSortFilterProxyModel):
    """Leaves the open workshop's file (by inode) out of the file dialog's listing."""

    def __init__(self, open_path: str | Path, parent: QWidget | None = None):
        super().__init__(parent)
        self.open_path = open_path

    def filterAcceptsRow(
        self, source_row: int, source_parent: QModelIndex | QPersistentModelIndex
    ) -> bool:
        model = self.sourceModel()
        if isinstance(model, QFileSystemModel):
            path = model.filePath(model.index(source_row, 0, source_parent))
            if path and not model.isDir(model.index(source_row, 0, source_parent)):
                return not _is_same(self.open_path, path)
        return True


class MergeFileDialog(QFileDialog):
    """Chooses station copies to merge into the open workshop, which it never offers; a typed
    name of the open workshop (or a link to it) is refused with a message."""

    def __init__(self, open_path: str | Path, start: Path, parent: QWidget | None = None):
        super().__init__(parent, "", str(start))
        self.setObjectName("mergeFileDialog")
        self.setWindowTitle(self.tr("Gabungkan salinan stasiun"))
        self.setNameFilter(self.tr("Berkas lokakarya (*.labinovasi)"))
        self.setFileMode(QFileDialog.FileMode.ExistingFiles)
        self.setAcceptMode(QFileDialog.AcceptMode.AcceptOpen)
        # Qt's own dialog: a native one cannot hide a file from its listing.
        self.setOption(QFileDialog.Option.DontUseNativeDialog, True)
        self.open_path = open_path
        self.setProxyModel(_HideOpenWorkshop(open_path, self))
        self.refusal: QMessageBox | None = None

    def accept(self) -> None:
        chosen = self.selectedFiles()
        same = [p for p in chosen if _is_same(self.open_path, p)]
        if same:
            self.refusal = QMessageBox(
                QMessageBox.Icon.Warning,
                self.tr("Gabungkan salinan stasiun"),
                self.tr(
                    "%1 adalah lokakarya yang sedang terbuka. Lokakarya tidak dapat "
                    "digabungkan ke dirinya sendiri: pilih salinan stasiun."
                ).replace("%1", Path(same[0]).name),
                QMessageBox.StandardButton.Ok,
                self,
            )
            self.refusal.setObjectName("mergeSelfRefusal")
            self.refusal.open()
            return
        super().accept()

    def chosen(self) -> list[Path]:
        return [Path(p) for p in self.selectedFiles()]


class MergeReportDialog(QDialog):
    """The merge's report, read-only, with a Close button."""

    def __init__(self, lines: list[str], parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("mergeReport")
        self.setWindowTitle(self.tr("Hasil penggabungan"))
        self.text = QPlainTextEdit("\n".join(lines), self)
        self.text.setObjectName("mergeReportText")
        self.text.setReadOnly(True)
        self.text.setAccessibleName(self.tr("Hasil penggabungan"))
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.buttons.setObjectName("mergeReportButtons")
        self.buttons.rejected.connect(self.reject)
        self.close_button = self.buttons.button(QDialogButtonBox.StandardButton.Close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.text)
        layout.addWidget(self.buttons)
        self.resize(640, 420)
