"""The gelar inovasi's rubric editor: criteria (name, weight) added, renamed, removed and
reordered; the weights' sum said live and saving refused until it is 100; locked, with the
service's reason, once jurors have scored or the Top-N is fixed."""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import QEvent, QLocale, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDoubleSpinBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from labinovasi.domain import LabinovasiError
from labinovasi.domain.jury import MAX_CRITERIA, Rubric, check_weights, default_rubric
from labinovasi.services import WorkshopService, jury
from labinovasi.ui import style
from labinovasi.ui.signals import notify
from labinovasi.ui.widgets.common import MessageLine

KEY_ROLE = Qt.ItemDataRole.UserRole  # the criterion's key on its name cell ("" for a new one)


class RubricDialog(QDialog):
    def __init__(self, service: WorkshopService, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("juryRubricDialog")
        self.service = service
        self.locked_label = QLabel(objectName="rubricLocked", wordWrap=True)
        self.locked_label.setStyleSheet(f"color: {style.WARNING_TEXT}; font-weight: 600;")
        self.table = QTableWidget(0, 2, objectName="rubricTable")
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.table.itemChanged.connect(lambda _item: self.update_total())
        self.add_button = QPushButton(objectName="rubricAdd")
        self.remove_button = QPushButton(objectName="rubricRemove")
        self.up_button = QPushButton("↑", objectName="rubricUp")
        self.down_button = QPushButton("↓", objectName="rubricDown")
        self.default_button = QPushButton(objectName="rubricDefault")
        self.add_button.clicked.connect(self.add_criterion)
        self.remove_button.clicked.connect(self.remove_criterion)
        self.up_button.clicked.connect(lambda: self.move_criterion(-1))
        self.down_button.clicked.connect(lambda: self.move_criterion(1))
        self.default_button.clicked.connect(lambda: self.fill(default_rubric()))
        self.total_label = QLabel(objectName="rubricTotal", wordWrap=True)
        self.message = MessageLine(objectName="rubricMessage")
        self.save_button = QPushButton(objectName="rubricSave")
        self.save_button.setDefault(True)
        self.save_button.clicked.connect(self.save)
        self.cancel_button = QPushButton(objectName="rubricCancel")
        self.cancel_button.clicked.connect(self.reject)

        edits = QHBoxLayout()
        for button in (self.add_button, self.remove_button, self.up_button, self.down_button):
            edits.addWidget(button)
        edits.addStretch(1)
        edits.addWidget(self.default_button)
        closing = QHBoxLayout()
        closing.addWidget(self.total_label, 1)
        closing.addWidget(self.cancel_button)
        closing.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.locked_label)
        layout.addWidget(self.table, 1)
        layout.addLayout(edits)
        layout.addWidget(self.message)
        layout.addLayout(closing)
        self.resize(620, 420)

        self.locked = jury.rubric_locked(service)
        self.retranslate_ui()
        self.fill(jury.rubric(service))

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Rubrik penilaian juri"))
        self.table.setHorizontalHeaderLabels([self.tr("Kriteria"), self.tr("Bobot (%)")])
        self.add_button.setText(self.tr("&Tambah kriteria"))
        self.remove_button.setText(self.tr("&Hapus"))
        self.up_button.setToolTip(self.tr("Naikkan"))
        self.down_button.setToolTip(self.tr("Turunkan"))
        self.default_button.setText(self.tr("Kembalikan &bawaan"))
        self.save_button.setText(self.tr("&Simpan rubrik"))
        self.cancel_button.setText(self.tr("Batal"))
        self.locked_label.setText(self.locked)
        self.locked_label.setVisible(bool(self.locked))
        self.update_total()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    # -- the table -------------------------------------------------------------------------

    def fill(self, rubric: Rubric) -> None:
        self._fill([(c.key, c.name, c.weight) for c in rubric.criteria])

    def _fill(self, rows: list[tuple[str, str, Decimal | int]]) -> None:
        self.table.setRowCount(0)
        for key, name, weight in rows:
            self._append(key, name, Decimal(weight))
        self._lock_edits()
        self.update_total()

    def _append(self, key: str, name: str, weight: Decimal) -> int:
        row = self.table.rowCount()
        blocked = self.table.blockSignals(True)  # no total until the row has its weight
        self.table.insertRow(row)
        item = QTableWidgetItem(name)
        item.setData(KEY_ROLE, key)
        self.table.setItem(row, 0, item)
        # Whole percents as a rule; one decimal for a rubric like 12,5 / 37,5.
        spin = QDoubleSpinBox(
            objectName=f"rubricWeight_{row}", minimum=0, maximum=100, decimals=1, suffix=" %"
        )
        spin.setLocale(QLocale(QLocale.Language.Indonesian, QLocale.Country.Indonesia))
        spin.setValue(float(weight))
        spin.valueChanged.connect(lambda _v: self.update_total())
        self.table.setCellWidget(row, 1, spin)
        self.table.blockSignals(blocked)
        return row

    def rows(self) -> list[tuple[str, str, Decimal]]:
        """(key, name, weight) as the table shows them now."""
        out = []
        for row in range(self.table.rowCount()):
            item = self.table.item(row, 0)
            spin: QDoubleSpinBox = self.table.cellWidget(row, 1)
            weight = Decimal(str(round(spin.value(), 1))).normalize()
            out.append((item.data(KEY_ROLE) or "", item.text().strip(), weight))
        return out

    def weight_spin(self, row: int) -> QDoubleSpinBox:
        return self.table.cellWidget(row, 1)

    def _lock_edits(self) -> None:
        editable = not self.locked
        for button in (
            self.add_button,
            self.remove_button,
            self.up_button,
            self.down_button,
            self.default_button,
        ):
            button.setEnabled(editable)
        self.table.setEditTriggers(
            QAbstractItemView.EditTrigger.AllEditTriggers
            if editable
            else QAbstractItemView.EditTrigger.NoEditTriggers
        )
        for row in range(self.table.rowCount()):
            self.weight_spin(row).setEnabled(editable)
        self.add_button.setEnabled(editable and self.table.rowCount() < MAX_CRITERIA)

    def update_total(self) -> None:
        rows = self.rows()
        problem = check_weights([w for _k, _n, w in rows]) if rows else ""
        blank = any(not name for _k, name, _w in rows)
        if problem:
            self.total_label.setText(problem)
            self.total_label.setStyleSheet(f"color: {style.WARNING_TEXT}; font-weight: 600;")
        elif not rows:
            self.total_label.setText(self.tr("Tambahkan paling sedikit satu kriteria."))
            self.total_label.setStyleSheet(f"color: {style.WARNING_TEXT}; font-weight: 600;")
        elif blank:
            self.total_label.setText(self.tr("Setiap kriteria perlu nama."))
            self.total_label.setStyleSheet(f"color: {style.WARNING_TEXT}; font-weight: 600;")
        else:
            self.total_label.setText(self.tr("Jumlah bobot 100% ✓"))
            self.total_label.setStyleSheet(f"color: {style.MET.name()}; font-weight: 600;")
        self.save_button.setEnabled(not self.locked and bool(rows) and not problem and not blank)

    # -- actions ---------------------------------------------------------------------------

    def add_criterion(self) -> None:
        rows = self.rows()
        if len(rows) >= MAX_CRITERIA:
            return
        missing = max(Decimal(0), 100 - sum((w for _k, _n, w in rows), Decimal(0)))
        row = self._append("", "", missing)
        self._lock_edits()
        self.update_total()
        self.table.setCurrentCell(row, 0)
        self.table.editItem(self.table.item(row, 0))

    def remove_criterion(self) -> None:
        row = self.table.currentRow()
        if row < 0:
            return
        rows = self.rows()
        del rows[row]
        self._fill(rows)
        if rows:
            self.table.setCurrentCell(min(row, len(rows) - 1), 0)

    def move_criterion(self, step: int) -> None:
        row = self.table.currentRow()
        target = row + step
        rows = self.rows()
        if row < 0 or not 0 <= target < len(rows):
            return
        rows[row], rows[target] = rows[target], rows[row]
        self._fill(rows)
        self.table.setCurrentCell(target, 0)

    def save(self) -> None:
        criteria = [
            {"key": key, "name": name, "weight": weight} for key, name, weight in self.rows()
        ]
        try:
            jury.set_rubric(self.service, criteria)
        except LabinovasiError as error:
            self.message.show_warning(str(error))
            return
        notify()
        self.accept()
