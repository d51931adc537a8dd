"""Daftar OPD: correct an OPD's name and singkatan, merge two rows that are one office, remove
an OPD entered by mistake. Renames and removals go on the undo stack; a merge asks first."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence, QUndoStack
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
)

from labinovasi.domain import LabinovasiError, Opd
from labinovasi.domain.rules import tidy_opd_name
from labinovasi.ui.signals import Change, notify, signals
from labinovasi.ui.widgets.commands import OpdRemoveCommand, OpdRenameCommand, opd_edit, record
from labinovasi.ui.widgets.common import MessageLine

if TYPE_CHECKING:
    from labinovasi.services.workshop_service import WorkshopService


class OpdListDialog(QDialog):
    def __init__(self, service: WorkshopService, undo_stack: QUndoStack | None, parent=None):
        super().__init__(parent, objectName="opdListDialog")
        self.service, self.undo_stack = service, undo_stack
        self.confirm_box: QMessageBox | None = None  # the merge confirmation open now
        self.opds: list[Opd] = []

        self.opd_list = QListWidget(objectName="opdList")
        self.opd_list.currentRowChanged.connect(self._selected)
        self.name_edit = QLineEdit(objectName="opdName")
        self.abbreviation_edit = QLineEdit(objectName="opdAbbreviation")
        self.tidy_button = QPushButton(objectName="tidyOpdButton")
        self.tidy_button.clicked.connect(self.tidy)
        self.rename_button = QPushButton(objectName="renameOpdButton")
        self.rename_button.clicked.connect(self.rename)
        self.merge_target = QComboBox(objectName="mergeTarget")
        self.merge_button = QPushButton(objectName="mergeOpdButton")
        self.merge_button.clicked.connect(self.merge)
        self.remove_button = QPushButton(objectName="removeOpdButton")
        self.remove_button.clicked.connect(self.remove)
        self.message = MessageLine(objectName="opdListMessage")
        self.message.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        # The main window's Ctrl+Z does not reach a modal dialog: its own undo button does.
        self.undo_button = QPushButton(objectName="opdUndoButton")
        buttons.addButton(self.undo_button, QDialogButtonBox.ButtonRole.ActionRole)
        if undo_stack is not None:
            undo = QAction(self, shortcut=QKeySequence.StandardKey.Undo)
            undo.triggered.connect(undo_stack.undo)
            self.addAction(undo)
            self.undo_button.clicked.connect(undo_stack.undo)
            self.undo_button.setEnabled(undo_stack.canUndo())
            undo_stack.canUndoChanged.connect(self.undo_button.setEnabled)
        else:
            self.undo_button.hide()
        signals.changed.connect(self._changed)

        self.name_label, self.abbreviation_label = QLabel(), QLabel()
        self.name_label.setBuddy(self.name_edit)
        self.abbreviation_label.setBuddy(self.abbreviation_edit)
        self.merge_label = QLabel()
        self.merge_label.setBuddy(self.merge_target)
        form = QFormLayout()
        form.addRow(self.name_label, self.name_edit)
        form.addRow(self.abbreviation_label, self.abbreviation_edit)
        rename_row = QHBoxLayout()
        rename_row.addWidget(self.tidy_button)
        rename_row.addStretch(1)
        rename_row.addWidget(self.rename_button)
        merge_row = QHBoxLayout()
        merge_row.addWidget(self.merge_target, 1)
        merge_row.addWidget(self.merge_button)
        form.addRow(rename_row)
        form.addRow(self.merge_label, merge_row)
        remove_row = QHBoxLayout()
        remove_row.addWidget(self.remove_button)
        remove_row.addStretch(1)
        form.addRow(remove_row)
        right = QVBoxLayout()
        right.addLayout(form)
        right.addStretch(1)
        right.addWidget(self.message)
        body = QHBoxLayout()
        body.addWidget(self.opd_list, 5)
        body.addLayout(right, 6)
        layout = QVBoxLayout(self)
        layout.addLayout(body)
        layout.addWidget(buttons)
        self.resize(960, 460)
        self.retranslate_ui()
        self.refresh()

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Daftar OPD"))
        self.name_label.setText(self.tr("&Nama OPD:"))
        self.abbreviation_label.setText(self.tr("&Singkatan:"))
        self.tidy_button.setText(self.tr("&Rapikan huruf"))
        self.tidy_button.setToolTip(
            self.tr(
                "Nama yang ditulis huruf besar semua menjadi huruf awal besar; singkatan dalam "
                "kurung di akhir nama menjadi singkatan."
            )
        )
        self.rename_button.setText(self.tr("Si&mpan nama"))
        self.merge_label.setText(self.tr("&Gabungkan ke:"))
        self.merge_button.setText(self.tr("Gab&ungkan"))
        self.merge_button.setToolTip(
            self.tr(
                "Gagasan, inovasi dan orang dari OPD terpilih pindah ke OPD ini; "
                "OPD terpilih lalu dihapus."
            )
        )
        self.remove_button.setText(self.tr("&Hapus OPD"))
        self.remove_button.setToolTip(self.tr("Hanya OPD yang belum punya gagasan."))
        self.undo_button.setText(self.tr("&Batalkan"))

    # -- reading ------------------------------------------------------------------------

    def refresh(self, select: str | None = None) -> None:
        """Read the OPDs again; keep (or move to) `select`'s row."""
        current = select or (self.current().id if self.current() else None)
        self.opds = self.service.list_opds()
        self.opd_list.blockSignals(True)
        self.opd_list.clear()
        for opd in self.opds:
            item = QListWidgetItem(opd.display_name)
            item.setData(Qt.ItemDataRole.UserRole, opd.id)
            self.opd_list.addItem(item)
        self.opd_list.blockSignals(False)
        ids = [o.id for o in self.opds]
        self.opd_list.setCurrentRow(ids.index(current) if current in ids else 0)
        self._selected(self.opd_list.currentRow())

    def _changed(self, change: Change) -> None:
        if change.opds and self.isVisible():
            self.message.clear()  # a message about the list before this change is stale
            self.refresh()

    def current(self) -> Opd | None:
        row = self.opd_list.currentRow()
        return self.opds[row] if 0 <= row < len(self.opds) else None

    def _selected(self, _row: int) -> None:
        opd = self.current()
        for widget in (
            self.name_edit,
            self.abbreviation_edit,
            self.tidy_button,
            self.rename_button,
            self.merge_target,
            self.merge_button,
            self.remove_button,
        ):
            widget.setEnabled(opd is not None)
        self.name_edit.setText(opd.name if opd else "")
        self.abbreviation_edit.setText(opd.abbreviation if opd else "")
        self.merge_target.clear()
        # No OPD pre-selected: a merge is chosen on purpose.
        self.merge_target.addItem(self.tr("— pilih OPD yang digabungkan ke sini —"), None)
        for other in self.opds:
            if opd is not None and other.id != opd.id:
                self.merge_target.addItem(other.display_name, other.id)
        self.merge_button.setEnabled(opd is not None and len(self.opds) > 1)

    # -- changes ------------------------------------------------------------------------

    def tidy(self) -> None:
        name, abbreviation = tidy_opd_name(self.name_edit.text(), self.abbreviation_edit.text())
        self.name_edit.setText(name)
        self.abbreviation_edit.setText(abbreviation)

    def rename(self) -> None:
        opd = self.current()
        if opd is None:
            return
        after = (self.name_edit.text(), self.abbreviation_edit.text())
        try:
            renamed = self.service.rename_opd(opd.id, *after)
        except LabinovasiError as error:
            self.message.show_warning(str(error))
            return
        if (renamed.name, renamed.abbreviation) == (opd.name, opd.abbreviation):
            self.message.clear()
            return
        record(
            self.undo_stack,
            OpdRenameCommand(
                self.service,
                opd.id,
                (opd.name, opd.abbreviation),
                (renamed.name, renamed.abbreviation),
                self.tr("Ubah nama OPD {abbr}").format(abbr=renamed.abbreviation),
            ),
        )
        self.refresh(opd.id)
        self.message.show_ok(self.tr("Disimpan: {opd}").format(opd=renamed.display_name))

    def remove(self) -> None:
        opd = self.current()
        if opd is None:
            return
        try:
            removed = opd_edit().remove_opd(self.service, opd.id)
        except LabinovasiError as error:
            self.message.show_warning(str(error))
            return
        record(
            self.undo_stack,
            OpdRemoveCommand(
                self.service, removed, self.tr("Hapus OPD {abbr}").format(abbr=opd.abbreviation)
            ),
        )
        self.refresh()
        self.message.show_ok(
            self.tr("{opd} dihapus (Ctrl+Z membatalkan).").format(opd=opd.display_name)
        )

    def merge(self) -> None:
        keep, other_id = self.current(), self.merge_target.currentData()
        if keep is None:
            return
        if other_id is None:
            self.message.show_warning(self.tr("Pilih OPD yang digabungkan ke OPD ini."))
            self.merge_target.setFocus()
            return
        other = next(o for o in self.opds if o.id == other_id)
        box = QMessageBox(
            QMessageBox.Icon.Question,
            self.tr("Gabungkan OPD"),
            self.tr(
                "Semua gagasan, inovasi dan orang dari {other} pindah ke {keep}, lalu {other} "
                "dihapus. Penggabungan tidak dapat dibatalkan. Lanjutkan?"
            ).format(other=other.display_name, keep=keep.display_name),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            self,
        )
        box.setObjectName("mergeOpdConfirm")
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        self.confirm_box = box

        def done(result: int) -> None:
            self.confirm_box = None
            if result == QMessageBox.StandardButton.Yes:
                self._merge(keep, other)

        box.finished.connect(done)
        box.open()

    def _merge(self, keep: Opd, other: Opd) -> None:
        try:
            result = opd_edit().merge_opds(self.service, keep.id, other.id)
        except LabinovasiError as error:
            self.message.show_warning(str(error))
            return
        if self.undo_stack is not None:
            self.undo_stack.clear()  # older commands may name the OPD that is gone
        notify()
        self.refresh(keep.id)
        self.message.show_ok(
            self.tr("{other} digabung ke {keep}: {ideas} gagasan dipindah.").format(
                other=other.display_name,
                keep=result.kept.display_name,
                ideas=result.moved["idea"],
            )
        )
