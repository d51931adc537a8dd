"""The band across the top of the main window when the open file is a station copy: it says so
and offers to merge it into the main file, so a copy is never taken for the main file."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QLabel, QPushButton, QSizePolicy, QToolBar, QWidget

from labinovasi.ui.widgets.pages import Retranslatable

BANNER_QSS = (
    "QToolBar#stationCopyBanner { background: #fff4ce; border: 0;"
    " border-bottom: 2px solid #d9a400; padding: 4px 8px; spacing: 12px; }"
    " QLabel#stationCopyText { color: #5c3c00; font-weight: 600; }"
)


class StationCopyBanner(Retranslatable, QToolBar):
    """Hidden for a main file; for a station copy: "Salinan stasiun «name» — gabungkan ke
    berkas utama" and the button that does it."""

    mergeRequested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent, objectName="stationCopyBanner")
        self.setMovable(False)
        self.setFloatable(False)
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.PreventContextMenu)
        self.toggleViewAction().setVisible(False)  # not in the toolbars' menu
        self.setStyleSheet(BANNER_QSS)
        self.station_name = ""
        self.text = QLabel(objectName="stationCopyText")
        self.text.setTextFormat(Qt.TextFormat.PlainText)  # the station's name is data
        self.text.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.merge_button = QPushButton(objectName="mergeIntoMainButton")
        self.merge_button.clicked.connect(self.mergeRequested)
        self.addWidget(self.text)
        self.addWidget(self.merge_button)
        self.hide()
        self.retranslate_ui()

    def show_for(self, station_name: str | None) -> None:
        """Shown with the station's name for a copy (None: the main file, hidden)."""
        self.station_name = station_name or ""
        self.retranslate_ui()
        self.setVisible(station_name is not None)

    def retranslate_ui(self) -> None:
        self.text.setText(
            self.tr("Salinan stasiun «%1» — gabungkan ke berkas utama").replace(
                "%1", self.station_name
            )
        )
        self.merge_button.setText(self.tr("&Gabungkan ke berkas utama…"))
        self.merge_button.setToolTip(
            self.tr(
                "Pilih berkas utama lokakarya; isi salinan ini digabung ke sana, lalu berkas "
                "utama dibuka di sini."
            )
        )
