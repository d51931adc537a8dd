"""Station PIN screens, shown inside the station window: setting the facilitator's PIN when the
station starts, and asking for it before anyone leaves (with the wrong-PIN wait)."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from labinovasi.domain import LabinovasiError
from labinovasi.services.station_lock import PinGuard, check_new_pin, hash_pin, wait_text
from labinovasi.ui.widgets.common import MessageLine


def _pin_field(name: str) -> QLineEdit:
    field = QLineEdit(objectName=name)
    field.setEchoMode(QLineEdit.EchoMode.Password)
    field.setMaxLength(64)
    # Input methods must not remember or predict a PIN.
    field.setInputMethodHints(
        Qt.InputMethodHint.ImhSensitiveData
        | Qt.InputMethodHint.ImhNoPredictiveText
        | Qt.InputMethodHint.ImhHiddenText
    )
    return field


class _CentredScreen(QWidget):
    """A narrow column in the middle of the screen: heading, text, field(s), a message, and a
    secondary and a main button. `prefix` names the widgets ("stationPin" → stationPinHeading,
    stationPinHint, stationPinMessage, stationPinOk, and `second_name`)."""

    def __init__(self, prefix: str, second_name: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName(f"{prefix}Page")
        self.heading = QLabel(objectName=f"{prefix}Heading")
        self.heading.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.hint = QLabel(objectName=f"{prefix}Hint")
        self.hint.setWordWrap(True)
        self.hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.message = MessageLine(objectName=f"{prefix}Message")
        self.message.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.ok_button = QPushButton(objectName=f"{prefix}Ok")
        self.second_button = QPushButton(objectName=second_name)
        self.second_button.setProperty("secondary", True)

    def lay_out(self, fields: list[QLineEdit]) -> None:
        column = QVBoxLayout()
        column.setSpacing(16)
        for widget in (self.heading, self.hint, *fields, self.message):
            column.addWidget(widget)
        buttons = QHBoxLayout()
        buttons.addWidget(self.second_button)
        buttons.addWidget(self.ok_button)
        column.addLayout(buttons)
        box = QWidget(self)
        box.setLayout(column)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(box, 3)  # about 60% of the screen: room for the text, still one column
        row.addStretch(1)
        outer = QVBoxLayout(self)
        outer.addStretch(1)
        outer.addLayout(row)
        outer.addStretch(2)

    def retranslate_ui(self) -> None:
        """Set in each screen."""

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)


class PinPage(_CentredScreen):
    """ "PIN fasilitator": the right PIN lets the station close; wrong ones wait (PinGuard)."""

    unlocked = Signal()
    cancelled = Signal()

    def __init__(self, guard: PinGuard | None = None, parent: QWidget | None = None):
        super().__init__("stationPin", "stationPinBack", parent)
        self.guard = guard
        self.pin_input = _pin_field("stationPinInput")
        self.pin_input.returnPressed.connect(self.submit)
        self.ok_button.clicked.connect(self.submit)
        self.back_button = self.second_button
        self.back_button.clicked.connect(self.cancel)
        self.lay_out([self.pin_input])
        self._last_refusal = ""
        self._waited = False
        self.unsaved = 0  # typed ideas not saved (drafts): the facilitator is told before closing
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.heading.setText(self.tr("PIN fasilitator"))
        hint = self.tr(
            "Hanya fasilitator yang dapat menutup stasiun ini. "
            "Peserta: tekan “Kembali” untuk terus menulis gagasan."
        )
        if self.unsaved:
            hint += "\n" + self.tr(
                "Perhatian: %1 gagasan yang sudah diketik belum disimpan "
                "dan akan hilang bila stasiun ditutup."
            ).replace("%1", str(self.unsaved))
        self.hint.setText(hint)
        self.pin_input.setPlaceholderText(self.tr("PIN"))
        self.ok_button.setText(self.tr("Tutup stasiun"))
        self.back_button.setText(self.tr("Kembali"))
        self.tick()

    def open(self, unsaved: int = 0) -> None:
        """Shown afresh: empty field, focus in it, the current wait (if any) stated, and how
        many typed ideas are not saved."""
        self.unsaved = unsaved
        self.retranslate_ui()
        self.pin_input.clear()
        self._last_refusal = ""
        self.message.clear()
        self.tick()
        self.pin_input.setFocus()

    def submit(self) -> None:
        if self.guard is None:
            return
        attempt = self.guard.attempt(self.pin_input.text())
        self.pin_input.clear()
        if attempt.accepted:
            self.message.clear()
            self.unlocked.emit()
            return
        self._last_refusal = (
            self.tr("Masih harus menunggu.") if attempt.locked else self.tr("PIN salah.")
        )
        self.message.show_warning(self._last_refusal)
        self.tick()
        self.pin_input.setFocus()

    def cancel(self) -> None:
        self.pin_input.clear()
        self.message.clear()
        self.cancelled.emit()

    def tick(self) -> None:
        """Once a second: the remaining wait, and the button enabled only when one may try."""
        waiting = self.guard.wait_seconds() if self.guard else 0.0
        self.ok_button.setEnabled(waiting <= 0)
        self.pin_input.setReadOnly(waiting > 0)
        if waiting > 0:
            self._waited = True
            lead = self._last_refusal or self.tr("Terlalu banyak PIN salah.")
            self.message.show_warning(f"{lead} {wait_text(waiting)}")
        elif self._waited:
            self._waited = False
            self.message.show_warning(self.tr("Silakan coba lagi."))


class PinSetupPage(_CentredScreen):
    """ "Atur PIN fasilitator": a new PIN typed twice; only its salted hash is kept."""

    pin_set = Signal(str)  # the salted hash
    cancelled = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__("stationSetup", "stationSetupCancel", parent)
        self.pin_input = _pin_field("stationNewPin")
        self.again_input = _pin_field("stationNewPinAgain")
        self.pin_input.returnPressed.connect(self.again_input.setFocus)
        self.again_input.returnPressed.connect(self.submit)
        self.ok_button.clicked.connect(self.submit)
        self.cancel_button = self.second_button
        self.cancel_button.clicked.connect(self.cancelled)
        self.lay_out([self.pin_input, self.again_input])
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.heading.setText(self.tr("Atur PIN fasilitator"))
        self.hint.setText(
            self.tr(
                "PIN ini diperlukan untuk menutup stasiun. Ketik dua kali (minimal 4 karakter). "
                "PIN tidak disimpan di berkas dan hilang saat stasiun ditutup."
            )
        )
        self.pin_input.setPlaceholderText(self.tr("PIN baru"))
        self.again_input.setPlaceholderText(self.tr("Ulangi PIN"))
        self.ok_button.setText(self.tr("Mulai stasiun"))
        self.cancel_button.setText(self.tr("Batal"))

    def open(self) -> None:
        self.pin_input.clear()
        self.again_input.clear()
        self.message.clear()
        self.pin_input.setFocus()

    def submit(self) -> None:
        first, second = self.pin_input.text(), self.again_input.text()
        try:
            check_new_pin(first)
        except LabinovasiError as error:
            self._refuse(error.message)
            return
        if first.strip() != second.strip():
            self._refuse(self.tr("Kedua PIN tidak sama. Ketik lagi."))
            return
        pin_hash = hash_pin(first)
        self.pin_input.clear()
        self.again_input.clear()
        self.message.clear()
        self.pin_set.emit(pin_hash)

    def _refuse(self, text: str) -> None:
        self.pin_input.clear()
        self.again_input.clear()
        self.message.show_warning(text)
        self.pin_input.setFocus()
