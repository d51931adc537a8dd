"""Dialog for a workshop's data: title, region, dates, place and the minimum of ideas."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
)

from labinovasi.domain import DEFAULT_MIN_IDEAS, MIN_IDEAS_LIMITS, Workshop
from labinovasi.ui.widgets.common import MessageLine, add_form_rows, name_buttons, set_texts
from labinovasi.ui.widgets.dates import DateEditor


class WorkshopDialog(QDialog):
    """Used for a new workshop (empty) and for "Data lokakarya…" (filled from `workshop`)."""

    def __init__(self, workshop: Workshop | None = None, parent=None):
        super().__init__(parent)
        self.setObjectName("workshopDialog")
        self.is_new = workshop is None
        self.title_edit = QLineEdit(objectName="workshopTitleEdit")
        self.region_edit = QLineEdit(objectName="workshopRegionEdit")
        self.place_edit = QLineEdit(objectName="workshopPlaceEdit")
        self.min_spin = QSpinBox(objectName="workshopMinIdeas")
        self.min_spin.setRange(*MIN_IDEAS_LIMITS)
        self.dates_check = QCheckBox(objectName="workshopHasDates")
        # Typed ("8 Desember 2026", "11/12/2026", "08122026") or picked from the calendar.
        self.start_edit = DateEditor()
        self.start_edit.setObjectName("workshopStart")
        self.end_edit = DateEditor()
        self.end_edit.setObjectName("workshopEnd")
        self.dates_check.toggled.connect(self.start_edit.setEnabled)
        self.dates_check.toggled.connect(self.end_edit.setEnabled)
        self.message = MessageLine(objectName="workshopMessage")
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self._accept_if_valid)
        self.buttons.rejected.connect(self.reject)

        self.form = QFormLayout()
        self.form_labels = add_form_rows(
            self.form,
            (
                self.title_edit,
                self.region_edit,
                self.min_spin,
                self.dates_check,
                self.start_edit,
                self.end_edit,
                self.place_edit,
            ),
        )
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)

        current = workshop or Workshop(id="", title="", min_ideas=DEFAULT_MIN_IDEAS)
        self.title_edit.setText(current.title)
        self.region_edit.setText(current.region)
        self.place_edit.setText(current.place)
        self.min_spin.setValue(current.min_ideas)
        self.start_edit.set_date(current.start_date)
        self.end_edit.set_date(current.end_date or current.start_date)
        self.start_edit.opening_date = self.end_edit.opening_date = date.today()
        has_dates = current.start_date is not None
        self.dates_check.setChecked(has_dates)
        self.start_edit.setEnabled(has_dates)
        self.end_edit.setEnabled(has_dates)
        self.resize(520, 0)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Lokakarya baru") if self.is_new else self.tr("Data lokakarya"))
        labels = (
            self.tr("Judul"),
            self.tr("Daerah"),
            self.tr("Minimal gagasan per OPD"),
            "",
            self.tr("Mulai"),
            self.tr("Selesai"),
            self.tr("Tempat"),
        )
        set_texts(self.form_labels, labels)
        self.dates_check.setText(self.tr("Tanggal sudah ditentukan"))
        name_buttons(
            self.buttons,
            {
                QDialogButtonBox.StandardButton.Ok: self.tr("Simpan"),
                QDialogButtonBox.StandardButton.Cancel: self.tr("Batal"),
            },
        )
        self.title_edit.setPlaceholderText(self.tr("mis. Laboratorium Inovasi 2026"))
        self.region_edit.setPlaceholderText(self.tr("mis. Kabupaten Tanah Harapan"))

    def values(self) -> dict:
        """The fields as WorkshopService.create/update_workshop take them."""
        has_dates = self.dates_check.isChecked()
        return {
            "title": self.title_edit.text().strip(),
            "region": self.region_edit.text().strip(),
            "min_ideas": self.min_spin.value(),
            "start_date": self._dates()[0] if has_dates else None,
            "end_date": self._dates()[1] if has_dates else None,
            "place": self.place_edit.text().strip(),
        }

    def _accept_if_valid(self) -> None:
        if not self.title_edit.text().strip():
            self.message.show_warning(self.tr("Judul lokakarya wajib diisi."))
            self.title_edit.setFocus()
            return
        if self.dates_check.isChecked():
            try:
                start, end = self._dates()
            except ValueError as error:
                self.message.show_warning(str(error))
                return
            if start is None:
                self.message.show_warning(self.tr("Tulis tanggal mulai lokakarya."))
                self.start_edit.setFocus()
                return
            if end < start:
                self.message.show_warning(self.tr("Tanggal selesai sebelum tanggal mulai."))
                self.end_edit.setFocus()
                return
        self.accept()

    def _dates(self) -> tuple[date | None, date]:
        """Start and end as typed (a blank end: the start day); ValueError when unreadable."""
        start = self.start_edit.typed_date()
        end = self.end_edit.typed_date() or start
        return start, end or date.today()
