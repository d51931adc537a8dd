"""Pelaksanaan: the facilitator's area for the months after the lab — the deliver timeline,
the monitoring log and launchings, the evidence checklist, verification, and the gelar
inovasi's jury."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QTabWidget, QVBoxLayout, QWidget

from labinovasi.services import WorkshopService
from labinovasi.ui import style
from labinovasi.ui.facilitator.delivery_evidence import EvidenceChecklist
from labinovasi.ui.facilitator.delivery_jury import JuryPanel
from labinovasi.ui.facilitator.delivery_monitoring import DeliveryMonitoring
from labinovasi.ui.facilitator.delivery_timeline import DeliveryTimeline
from labinovasi.ui.facilitator.delivery_verification import VerificationPanel
from labinovasi.ui.widgets.pages import Retranslatable

TABS = ("timeline", "monitoring", "evidence", "verification", "jury")


class DeliveryArea(Retranslatable, QWidget):
    backRequested = Signal()

    def __init__(self, parent=None, today: date | None = None):
        super().__init__(parent)
        self.setObjectName("deliveryArea")
        self.title = QLabel(objectName="deliveryTitle")
        self.title.setStyleSheet(style.header_qss())
        self.back_button = QPushButton(objectName="deliveryBack")
        self.back_button.clicked.connect(self.backRequested)
        self.timeline = DeliveryTimeline(today=today)
        self.monitoring = DeliveryMonitoring(today=today)
        self.evidence = EvidenceChecklist()
        self.verification = VerificationPanel()
        self.jury = JuryPanel()
        self.pages = {
            "timeline": self.timeline,
            "monitoring": self.monitoring,
            "evidence": self.evidence,
            "verification": self.verification,
            "jury": self.jury,
        }
        self.tabs = QTabWidget(objectName="deliveryTabs")
        for name in TABS:
            self.tabs.addTab(self.pages[name], "")
        self.tabs.currentChanged.connect(lambda _i: self._current_refresh())
        top = QHBoxLayout()
        top.addWidget(self.back_button)
        top.addWidget(self.title, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.tabs, 1)
        # Built for 1366×768 and up; below that it squeezes rather than hold the whole main
        # window wider than the board needs.
        self.setMinimumSize(560, 400)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.title.setText(self.tr("Pelaksanaan: deliver, bukti dukung, gelar inovasi"))
        self.back_button.setText(self.tr("← Papan OPD"))
        for name, text in zip(
            TABS,
            (
                self.tr("Rencana aksi"),
                self.tr("Pemantauan dan launching"),
                self.tr("Bukti dukung"),
                self.tr("Verifikasi"),
                self.tr("Gelar inovasi"),
            ),
            strict=True,
        ):
            self.tabs.setTabText(TABS.index(name), text)

    def bind(self, service: WorkshopService | None) -> None:
        self.service = service
        for page in self.pages.values():
            page.service = service
        self._current_refresh()

    def refresh(self) -> None:
        if self.isVisible():
            self._current_refresh()

    def _current_refresh(self) -> None:
        page = self.tabs.currentWidget()
        if page is not None and page.service is not None:
            page.refresh()

    def show_tab(self, name: str) -> None:
        self.tabs.setCurrentWidget(self.pages[name])
