"""The dialogs of the evidence checklist: a document's details (title, nomor dokumen, tanggal
dokumen, with the rule file's year window checked as it is typed), and picking a document the
workshop already stores to back one more indicator or innovation."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QVBoxLayout,
)

from labinovasi.domain import BadInput, LabinovasiError
from labinovasi.domain.evidence import (
    Evidence,
    Window,
    check_evidence_size,
    date_problem,
    file_extension,
    megabytes,
    opens_safely,
    safe_file_name,
    size_text,
)
from labinovasi.formatting import format_date
from labinovasi.services import evidence as ev
from labinovasi.ui.facilitator.delivery_common import ID_ROLE
from labinovasi.ui.widgets.common import MessageLine, warn
from labinovasi.ui.widgets.dates import DateEditor, parse_typed_date
from labinovasi.ui.widgets.pages import Retranslatable

GOOD, BAD = "color: #1b6b2a;", "color: #a04f00;"


def open_stored(service, evidence_id: str, parent=None) -> Path | None:
    """A link opens in the browser; a file is written into a private temporary folder under
    its name made safe and opened. A type that could run is never handed to the opener: a
    box offers "Simpan sebagai" instead. The path handed to the opener (None: none)."""
    item = ev.get_evidence(service, evidence_id)
    if item.is_link:
        QDesktopServices.openUrl(QUrl(item.link))
        return None
    name = safe_file_name(item.file_name)
    if not opens_safely(name):
        offer_save_instead(service, evidence_id, name, parent)
        return None
    path = ev.temp_copy(service, evidence_id)
    QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))
    return path


def offer_save_instead(service, evidence_id: str, name: str, parent) -> QMessageBox:
    """The box saying why a file is not opened, with "Simpan sebagai…" (a save dialog; the
    file is written only where the user chooses, never opened)."""
    box = QMessageBox(parent)
    box.setObjectName("evidenceNotOpened")
    box.setIcon(QMessageBox.Icon.Warning)
    box.setTextFormat(Qt.TextFormat.PlainText)  # a file name is data
    box.setWindowTitle(QCoreApplication.translate("EvidenceDialog", "Berkas tidak dibuka"))
    box.setText(
        QCoreApplication.translate(
            "EvidenceDialog",
            "Berkas “{name}” tidak dibuka langsung: jenis .{kind} dapat menjalankan "
            "program. Simpan sebagai berkas lalu periksa dulu sebelum membukanya.",
        ).format(name=name, kind=file_extension(name) or "?")
    )
    save = box.addButton(
        QCoreApplication.translate("EvidenceDialog", "Simpan sebagai…"),
        QMessageBox.ButtonRole.AcceptRole,
    )
    box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(QMessageBox.StandardButton.Cancel)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

    def clicked(button) -> None:
        if button is not save:
            return
        chosen, _filter = QFileDialog.getSaveFileName(
            parent,
            QCoreApplication.translate("EvidenceDialog", "Simpan bukti sebagai"),
            str(Path.home() / name),
        )
        if not chosen:
            return
        try:
            ev.export_evidence(service, evidence_id, Path(chosen))
        except LabinovasiError as error:
            warn(
                parent, QCoreApplication.translate("EvidenceDialog", "Gagal menyimpan"), str(error)
            )

    box.buttonClicked.connect(clicked)
    box.open()
    return box


def evidence_text(item: Evidence) -> str:
    """Two lines for a list: "title · nomor · tanggal", then the file (name, size) or link."""
    first = " · ".join(
        part for part in (item.label, item.number, format_date(item.doc_date)) if part
    )
    if item.is_link:
        second = item.link
    else:
        second = f"{safe_file_name(item.file_name)}, {size_text(item.size)}"
    return f"{first}\n{second}"


class EvidenceDialog(Retranslatable, QDialog):
    """Title, nomor dokumen and tanggal dokumen of a new file or link, or of a stored item.

    A new file shows its size against the indicator's limit, a new link asks for the address;
    the date is checked against the rule file's window while it is typed."""

    def __init__(
        self,
        parent=None,
        *,
        path: Path | None = None,
        link: bool = False,
        item: Evidence | None = None,
        window: Window | None = None,
        max_bytes: int | None = None,
    ):
        super().__init__(parent)
        self.setObjectName("evidenceDialog")
        self.path, self.item, self.window, self.max_bytes = path, item, window, max_bytes
        self.asks_link = link and item is None
        self.source_label = QLabel(objectName="evidenceSource", wordWrap=True)
        self.source_label.setTextFormat(Qt.TextFormat.PlainText)  # a file name is data
        self.link_label = QLabel()
        self.link_edit = QLineEdit(objectName="evidenceLink")
        self.link_label.setBuddy(self.link_edit)
        self.title_label = QLabel()
        self.title_edit = QLineEdit(objectName="evidenceTitle")
        self.title_label.setBuddy(self.title_edit)
        self.number_label = QLabel()
        self.number_edit = QLineEdit(objectName="evidenceNumber")
        self.number_label.setBuddy(self.number_edit)
        self.date_label = QLabel()
        self.date_edit = DateEditor()
        self.date_edit.setObjectName("evidenceDate")
        self.date_label.setBuddy(self.date_edit)
        self.check_label = QLabel(objectName="evidenceDateCheck", wordWrap=True)
        self.message = MessageLine(objectName="evidenceDialogMessage")
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel,
            objectName="evidenceDialogButtons",
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.date_edit.line.textChanged.connect(lambda _t: self.check_date())

        form = QFormLayout()
        if self.asks_link:
            form.addRow(self.link_label, self.link_edit)
        form.addRow(self.title_label, self.title_edit)
        form.addRow(self.number_label, self.number_edit)
        form.addRow(self.date_label, self.date_edit)
        layout = QVBoxLayout(self)
        layout.addWidget(self.source_label)
        layout.addLayout(form)
        layout.addWidget(self.check_label)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        if item is not None:
            self.title_edit.setText(item.title)
            self.number_edit.setText(item.number)
            self.date_edit.set_date(item.doc_date)
        self.setMinimumWidth(520)
        self.retranslate_ui()
        if path is not None and max_bytes is not None and path.is_file():
            try:  # say it now, not after the details are typed: a link is the way
                check_evidence_size(path.stat().st_size, path.name, max_bytes)
            except BadInput as refusal:
                self.message.show_warning(refusal.message)
        (self.link_edit if self.asks_link else self.title_edit).setFocus()

    def retranslate_ui(self) -> None:
        if self.item is not None:
            self.setWindowTitle(self.tr("Rincian bukti"))
        elif self.asks_link:
            self.setWindowTitle(self.tr("Lampirkan tautan bukti"))
        else:
            self.setWindowTitle(self.tr("Lampirkan berkas bukti"))
        self.link_label.setText(self.tr("&Alamat:"))
        self.link_edit.setPlaceholderText("https://…")
        self.title_label.setText(self.tr("&Judul:"))
        self.number_label.setText(self.tr("&Nomor dokumen:"))
        self.date_label.setText(self.tr("&Tanggal dokumen:"))
        self.title_edit.setPlaceholderText(self.tr("mis. SK Bupati tentang Inovasi Daerah"))
        self.number_edit.setPlaceholderText(self.tr("mis. 188.45/412/2025"))
        self.source_label.setText(self.source_text())
        self.source_label.setVisible(bool(self.source_label.text()))
        self.check_date()

    def source_text(self) -> str:
        if self.path is not None:
            size = self.path.stat().st_size if self.path.is_file() else 0
            text = self.tr("Berkas: {name}, {size}").format(
                name=self.path.name, size=size_text(size)
            )
            if self.max_bytes is not None:
                text += " " + self.tr("(batas indikator ini {limit} MB)").format(
                    limit=megabytes(self.max_bytes)
                )
            return text
        if self.item is not None:
            return evidence_text(self.item).replace("\n", " — ")
        return ""

    def typed_date(self) -> date | None:
        """The date typed (None: blank); ValueError with the message for anything else."""
        return parse_typed_date(self.date_edit.text())

    def check_date(self) -> None:
        """Say at once whether the typed date falls in the rule file's window."""
        try:
            value = self.typed_date()
        except ValueError as error:
            self.check_label.setText(str(error))
            self.check_label.setStyleSheet(BAD)
            return
        problem = date_problem(value, self.window)
        if value is None and problem:  # not wrong yet: say what the rule file asks
            first, last = self.window
            self.check_label.setText(
                self.tr("Aturan IGA meminta dokumen bertanggal {first} s.d. {last}.").format(
                    first=format_date(first) or "…", last=format_date(last) or "…"
                )
            )
            self.check_label.setStyleSheet("")
        elif problem:
            self.check_label.setText(problem)
            self.check_label.setStyleSheet(BAD)
        elif value is not None and self.window is not None and any(self.window):
            first, last = self.window
            self.check_label.setText(
                self.tr("Tanggal dalam jendela aturan IGA ({first} s.d. {last}).").format(
                    first=format_date(first) or "…", last=format_date(last) or "…"
                )
            )
            self.check_label.setStyleSheet(GOOD)
        else:
            self.check_label.clear()

    def values(self) -> dict:
        """title, number, doc_date (and link when asked), as typed."""
        values = {
            "title": self.title_edit.text(),
            "number": self.number_edit.text(),
            "doc_date": self.typed_date(),
        }
        if self.asks_link:
            values["link"] = self.link_edit.text().strip()
        return values

    def accept(self) -> None:
        try:
            self.typed_date()
        except ValueError as error:
            self.message.show_warning(str(error))
            self.date_edit.setFocus()
            return
        if self.asks_link and not self.link_edit.text().strip():
            self.message.show_warning(self.tr("Tulis alamat tautannya."))
            self.link_edit.setFocus()
            return
        super().accept()


class StoredEvidencePicker(Retranslatable, QDialog):
    """Pick a document the workshop already stores (e.g. one SK listing every innovation)."""

    def __init__(self, parent, items: list[Evidence], uses: dict[str, int]):
        super().__init__(parent)
        self.setObjectName("storedEvidencePicker")
        self.items = items
        self.uses = uses
        self.hint = QLabel(objectName="storedEvidenceHint", wordWrap=True)
        self.filter_label = QLabel()
        self.filter_edit = QLineEdit(objectName="storedEvidenceFilter")
        self.filter_label.setBuddy(self.filter_edit)
        self.filter_edit.textChanged.connect(lambda _t: self.fill())
        self.list = QListWidget(objectName="storedEvidenceList")
        self.list.setAlternatingRowColors(True)
        self.list.itemDoubleClicked.connect(lambda _i: self.accept())
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel,
            objectName="storedEvidenceButtons",
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        form = QFormLayout()
        form.addRow(self.filter_label, self.filter_edit)
        layout = QVBoxLayout(self)
        layout.addWidget(self.hint)
        layout.addLayout(form)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.buttons)
        self.resize(640, 420)
        self.retranslate_ui()
        self.filter_edit.setFocus()

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Bukti tersimpan"))
        self.hint.setText(
            self.tr(
                "Dokumen yang sudah tersimpan di lokakarya ini dapat mendukung indikator lain "
                "atau inovasi lain (mis. satu SK yang memuat semua inovasi) tanpa disimpan dua "
                "kali."
            )
        )
        self.filter_label.setText(self.tr("&Cari:"))
        self.filter_edit.setPlaceholderText(self.tr("judul, nomor atau nama berkas"))
        self.fill()

    def fill(self) -> None:
        words = self.filter_edit.text().casefold().split()
        self.list.clear()
        for item in self.items:
            text = evidence_text(item)
            text += " · " + self.tr("mendukung {n} jawaban").format(n=self.uses.get(item.id, 0))
            if all(word in text.casefold() for word in words):
                entry = QListWidgetItem(text)
                entry.setData(ID_ROLE, item.id)
                self.list.addItem(entry)
        if self.list.count():
            self.list.setCurrentRow(0)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(self.list.count() > 0)

    def chosen(self) -> str | None:
        item = self.list.currentItem()
        return item.data(ID_ROLE) if item else None
