"""Bantuan → Panduan fasilitator: the four-day agenda, what to say and do in each step, and the
time boxes the projector's countdown can use (texts shared with the station's method boxes)."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout, QWidget

from labinovasi.domain.guide import agenda, guide_steps
from labinovasi.ui.widgets.common import name_buttons
from labinovasi.ui.widgets.pages import Retranslatable


class GuideDialog(Retranslatable, QDialog):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("guideDialog")
        self.browser = QTextBrowser(objectName="guideText")
        self.browser.setOpenLinks(False)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.browser, 1)
        layout.addWidget(self.buttons)
        self.buttons.rejected.connect(self.reject)
        self.resize(900, 640)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.browser.setAccessibleName(self.tr("Panduan fasilitator"))
        self.setWindowTitle(self.tr("Panduan fasilitator"))
        name_buttons(self.buttons, {QDialogButtonBox.StandardButton.Close: self.tr("Tutup")})
        self.browser.setHtml(self.html())

    def html(self) -> str:
        title, days = self.tr("Panduan fasilitator"), self.tr("Agenda empat hari")
        per_step = self.tr("Per langkah: apa yang dikatakan dan dilakukan")
        example, facilitator = self.tr("Contoh"), self.tr("Fasilitator")
        parts = [f"<h2>{escape(title)}</h2>", f"<h3>{escape(days)}</h3>"]
        for day in agenda():
            items = "".join(f"<li>{escape(item)}</li>" for item in day.items)
            parts.append(f"<p><b>{escape(day.day)}: {escape(day.title)}</b></p><ul>{items}</ul>")
        parts.append(f"<h3>{escape(per_step)}</h3>")
        for step in guide_steps():
            minutes = self.tr("%1 menit").replace("%1", str(step.minutes))
            parts.append(
                f"<p><b>{escape(step.title)}</b> · <i>{escape(minutes)}</i></p>"
                f"<p>{escape(step.explain)}</p>"
                f"<p><i>{escape(example)}:</i> {escape(step.example)}</p>"
                f"<p><i>{escape(facilitator)}:</i> {escape(step.facilitator)}</p>"
            )
        return "".join(parts)

    def text(self) -> str:
        return self.browser.toPlainText()


def open_guide(parent: QWidget | None = None) -> GuideDialog:
    dialog = GuideDialog(parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.show()
    return dialog
