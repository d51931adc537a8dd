"""Tampilan → Ikut lewat HP: the facilitator starts the phone server on a chosen network
address, shows each OPD table's QR code (and the jurors'), who is connected per table, lets
phones score USG, revokes a table's link, prints the QR sheet and stops the server."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QRectF,
    QSize,
    Qt,
    QTimer,
    QUrl,
    Signal,
)
from PySide6.QtGui import QColor, QDesktopServices, QFontMetrics, QPainter
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSizePolicy,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from labinovasi.ui.widgets.common import in_documents, warn
from labinovasi.ui.widgets.pages import Retranslatable

if TYPE_CHECKING:
    from labinovasi.services.workshop_service import WorkshopService
    from labinovasi.web.server import JoinLink, PhoneServer

ANY_ADDRESS = "0.0.0.0"
DEFAULT_PORT = 8470
REFRESH_MS = 2000


class QrView(QWidget):
    """A QR code painted from its module matrix, square, with a quiet zone."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.matrix: list[list[bool]] = []
        self.caption = ""
        self.setMinimumSize(220, 250)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)

    def set_code(self, text: str, caption: str) -> None:
        from labinovasi.services.phone import qr_matrix

        self.matrix = qr_matrix(text) if text else []
        self.caption = caption
        self.setAccessibleName(caption)
        self.update()

    def sizeHint(self) -> QSize:
        return QSize(320, 360)

    def paintEvent(self, _event) -> None:
        painter = QPainter(self)
        painter.fillRect(self.rect(), QColor("white"))
        caption_height = max(24, self.height() // 12) if self.caption else 0
        if self.caption:
            font = painter.font()
            font.setBold(True)
            size = max(10, caption_height * 2 // 3)
            font.setPixelSize(size)
            # Smaller type rather than a cut caption ("Meja DISDUKCAPIL: …" on a narrow pane).
            while (
                size > 10 and QFontMetrics(font).horizontalAdvance(self.caption) > self.width() - 8
            ):
                size -= 1
                font.setPixelSize(size)
            painter.setFont(font)
            painter.setPen(QColor("black"))
            painter.drawText(
                QRectF(0, 0, self.width(), caption_height),
                Qt.AlignmentFlag.AlignCenter,
                self.caption,
            )
        if not self.matrix:
            return
        count = len(self.matrix) + 8  # four modules of quiet zone each side
        side = min(self.width(), self.height() - caption_height)
        module = side / count
        left = (self.width() - side) / 2 + 4 * module
        top = caption_height + (self.height() - caption_height - side) / 2 + 4 * module
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor("black"))
        for r, row in enumerate(self.matrix):
            for c, dark in enumerate(row):
                if dark:
                    # A hair larger than a module so no seams show between them.
                    painter.drawRect(
                        QRectF(left + c * module, top + r * module, module + 0.5, module + 0.5)
                    )


class BigQrWindow(Retranslatable, QWidget):
    """One table's QR code alone, full screen on the projector when one is attached."""

    def __init__(self, url: str, caption: str):
        super().__init__(None)
        self.setObjectName("phoneJoinBigQr")
        self.qr = QrView(self)
        self.qr.set_code(url, caption)
        self.address = QLabel(url, self, objectName="phoneJoinBigQrUrl")
        self.address.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.address.setTextFormat(Qt.TextFormat.PlainText)
        layout = QVBoxLayout(self)
        layout.addWidget(self.qr, 1)
        layout.addWidget(self.address)
        self.setStyleSheet("background: white; color: black; font-size: 22px;")
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Kode QR untuk HP peserta"))

    def keyPressEvent(self, event) -> None:
        if event.key() == Qt.Key.Key_Escape:
            self.close()
        else:
            super().keyPressEvent(event)

    def show_on_projector(self) -> None:
        from PySide6.QtWidgets import QApplication

        screens = QApplication.screens()
        if len(screens) > 1:
            self.setScreen(screens[-1])
            self.move(screens[-1].geometry().topLeft())
            self.showFullScreen()
        else:
            self.resize(700, 760)
            self.show()


class PhoneJoinWindow(Retranslatable, QWidget):
    """The server's controls, the tables' links and QR codes, who is connected."""

    changed = Signal(object)  # OPD ids written through the server (from its thread)

    COLUMNS = 5  # table, OPD, connected, USG on phones, link

    def __init__(self, service: WorkshopService, parent=None):
        super().__init__(parent, Qt.WindowType.Window)
        self.setObjectName("phoneJoinWindow")
        self.service = service
        self.server: PhoneServer | None = None
        self.links: list[JoinLink] = []
        self._big: list[QWidget] = []
        self._build()
        self.changed.connect(self._announce)
        self.timer = QTimer(self, interval=REFRESH_MS)
        self.timer.timeout.connect(self._show_connected)
        self.retranslate_ui()
        self._show_state()

    # -- building ------------------------------------------------------------------------

    def _build(self) -> None:
        from labinovasi.web.server import local_addresses

        self.address_label = QLabel(self)
        self.address_box = QComboBox(self, objectName="phoneJoinAddress")
        self.address_box.setEditable(True)
        for address in local_addresses():
            if not address.startswith("127."):
                self.address_box.addItem(address, address)
        self.address_box.addItem("127.0.0.1", "127.0.0.1")
        self.address_box.addItem("", ANY_ADDRESS)  # text set in retranslate_ui
        self.port_label = QLabel(self)
        self.port_box = QSpinBox(self, objectName="phoneJoinPort")
        self.port_box.setRange(1024, 65535)
        self.port_box.setValue(DEFAULT_PORT)
        self.start_button = QPushButton(self, objectName="phoneJoinStart")
        self.start_button.clicked.connect(self.toggle)
        self.url_label = QLabel(self, objectName="phoneJoinUrl")
        self.url_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.url_label.setTextFormat(Qt.TextFormat.PlainText)
        self.advice = QLabel(self, objectName="phoneJoinAdvice")
        self.advice.setWordWrap(True)
        self.advice.setTextFormat(Qt.TextFormat.PlainText)

        self.table = QTableWidget(0, self.COLUMNS, self, objectName="phoneJoinTables")
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.setColumnHidden(4, True)  # the link is shown under its QR code
        self.table.setWordWrap(False)
        self.table.currentCellChanged.connect(lambda *_a: self._show_qr())
        self.table.cellDoubleClicked.connect(lambda *_a: self.show_big())

        self.qr = QrView(self)
        self.qr.setObjectName("phoneJoinQr")
        self.link_label = QLabel(self, objectName="phoneJoinLink")
        self.link_label.setTextFormat(Qt.TextFormat.PlainText)
        self.link_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.link_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.revoke_button = QPushButton(self, objectName="phoneJoinRevoke")
        self.revoke_button.clicked.connect(self.revoke_current)
        self.big_button = QPushButton(self, objectName="phoneJoinBig")
        self.big_button.clicked.connect(self.show_big)
        self.print_button = QPushButton(self, objectName="phoneJoinPrint")
        self.print_button.clicked.connect(self.print_sheet)

        top = QHBoxLayout()
        top.addWidget(self.address_label)
        top.addWidget(self.address_box, 1)
        top.addWidget(self.port_label)
        top.addWidget(self.port_box)
        top.addWidget(self.start_button)
        right = QVBoxLayout()
        right.addWidget(self.qr, 1)
        right.addWidget(self.link_label)
        buttons = QHBoxLayout()
        buttons.addWidget(self.big_button)
        buttons.addWidget(self.revoke_button)
        right.addLayout(buttons)
        right.addWidget(self.print_button)
        middle = QHBoxLayout()
        middle.addWidget(self.table, 3)
        middle.addLayout(right, 2)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.url_label)
        layout.addLayout(middle, 1)
        layout.addWidget(self.advice)
        self.resize(1100, 680)

    def retranslate_ui(self) -> None:
        from labinovasi.services.phone import network_advice

        self.setWindowTitle(self.tr("Ikut lewat HP"))
        self.address_label.setText(self.tr("Alamat jaringan:"))
        self.address_box.setItemText(
            self.address_box.count() - 1, self.tr("0.0.0.0 (semua antarmuka)")
        )
        self.port_label.setText(self.tr("Port:"))
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Meja"),
                self.tr("OPD"),
                self.tr("HP terhubung"),
                self.tr("USG lewat HP"),
                self.tr("Tautan"),
            ]
        )
        self.revoke_button.setText(self.tr("Cabut tautan (kode baru)"))
        self.big_button.setText(self.tr("Tampilkan besar / proyektor"))
        self.print_button.setText(self.tr("Cetak kode QR (satu halaman per meja)…"))
        # The advice is the services' text (the QR sheet prints the same words).
        self.advice.setText("\n".join("• " + line for line in network_advice()))
        self._show_state()

    # -- the server ------------------------------------------------------------------------

    def chosen_host(self) -> str:
        index = self.address_box.currentIndex()
        data = self.address_box.itemData(index)
        text = self.address_box.currentText().strip()
        if data is not None and self.address_box.itemText(index) == text:
            return str(data)
        return text

    def toggle(self) -> None:
        if self.server is None:
            self.start()
        else:
            self.stop()

    def start(self) -> bool:
        from labinovasi.domain import LabinovasiError
        from labinovasi.web.server import PhoneServer

        try:
            self.server = PhoneServer(
                self.service,
                self.chosen_host(),
                self.port_box.value(),
                on_change=self.changed.emit,
            ).start()
        except LabinovasiError as problem:
            self.server = None
            warn(self, self.tr("Ikut lewat HP"), str(problem))
            return False
        self.timer.start()
        self._load_links()
        return True

    def on_workshop_opened(self, _service=None) -> None:
        """Another workshop opened in the window: this one's server stops."""
        self.stop()

    def stop(self) -> None:
        if self.server is not None:
            self.server.stop()
            self.server = None
        self.timer.stop()
        self.links = []
        self.table.setRowCount(0)
        self._show_state()

    def _announce(self, opd_ids) -> None:
        """A phone (or anyone) changed these tables: the board and projector refresh."""
        from labinovasi.ui.signals import Change, notify

        notify(Change(ideas=True, stages=True), *sorted(opd_ids))

    def _show_state(self) -> None:
        running = self.server is not None
        self.start_button.setText(
            self.tr("Hentikan server") if running else self.tr("Mulai server")
        )
        self.address_box.setEnabled(not running)
        self.port_box.setEnabled(not running)
        for button in (self.revoke_button, self.big_button, self.print_button):
            button.setEnabled(running)
        if running and self.server is not None:
            self.url_label.setText(
                self.tr("Server berjalan: %1 — peserta memindai kode QR mejanya.").replace(
                    "%1", self.server.url
                )
            )
        else:
            self.url_label.setText(self.tr("Server belum berjalan."))
            self.qr.set_code("", "")
            self.link_label.setText("")

    # -- the tables ----------------------------------------------------------------------------

    def _load_links(self) -> None:
        if self.server is None:
            return
        from labinovasi.services.phone import PhoneLinks

        current = self.table.currentRow()
        self.links = self.server.join_links()
        usg = {link.opd_id: link.usg_allowed for link in PhoneLinks(self.service).all()}
        names = {o.id: o.name for o in self.service.list_opds()}
        self.table.setRowCount(len(self.links))
        for row, link in enumerate(self.links):
            table = link.opd if link.opd_id else self.tr("Juri")
            name = names.get(link.opd_id or "", self.tr("Gelar inovasi: menilai"))
            self.table.setItem(row, 0, QTableWidgetItem(table))
            self.table.setItem(row, 1, QTableWidgetItem(name))
            self.table.setItem(row, 2, QTableWidgetItem("0"))
            if link.opd_id:
                box = QCheckBox(self.table)
                box.setObjectName(f"phoneJoinUsg_{link.opd}")
                box.setChecked(bool(usg.get(link.opd_id)))
                box.toggled.connect(lambda on, opd_id=link.opd_id: self._allow_usg(opd_id, on))
                self.table.setCellWidget(row, 3, box)
            else:
                self.table.removeCellWidget(row, 3)
                self.table.setItem(row, 3, QTableWidgetItem(""))
            self.table.setItem(row, 4, QTableWidgetItem(link.url))
        self.table.setCurrentCell(max(0, min(current, len(self.links) - 1)), 0)
        self._show_state()
        self._show_connected()
        self._show_qr()

    def _allow_usg(self, opd_id: str, allowed: bool) -> None:
        if self.server is not None:
            self.server.allow_usg(opd_id, allowed)

    def _show_connected(self) -> None:
        if self.server is None:
            return
        connected = self.server.connected()
        for row, link in enumerate(self.links):
            item = self.table.item(row, 2)
            if item is not None and link.opd_id:
                item.setText(str(connected.get(link.opd_id, 0)))

    def current_link(self) -> JoinLink | None:
        row = self.table.currentRow()
        return self.links[row] if 0 <= row < len(self.links) else None

    def caption_for(self, link: JoinLink) -> str:
        if link.opd_id is None:
            return self.tr("Juri: pindai untuk menilai")
        return self.tr("Meja %1: pindai untuk ikut").replace("%1", link.opd)

    def _show_qr(self) -> None:
        link = self.current_link()
        if link is None:
            self.qr.set_code("", "")
            self.link_label.setText("")
            return
        self.qr.set_code(link.url, self.caption_for(link))
        self.link_label.setText(link.url)

    def revoke_current(self) -> None:
        link = self.current_link()
        if self.server is None or link is None:
            return
        self.server.revoke(link.opd_id)
        self._load_links()

    def show_big(self) -> None:
        link = self.current_link()
        if link is None:
            return
        window = BigQrWindow(link.url, self.caption_for(link))
        self._big.append(window)
        window.show_on_projector()

    def print_sheet(self) -> None:
        if self.server is None:
            return
        path, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Cetak kode QR"), in_documents("kode-qr-meja.pdf"), self.tr("PDF (*.pdf)")
        )
        if not path:
            return
        self.write_sheet(path)
        QDesktopServices.openUrl(QUrl.fromLocalFile(path))

    def write_sheet(self, path: str) -> None:
        from labinovasi.domain import LabinovasiError
        from labinovasi.services.phone import write_qr_sheet

        try:
            write_qr_sheet(self.service, [(j.opd_id, j.url) for j in self.links], path)
        except LabinovasiError as problem:
            warn(self, self.tr("Cetak kode QR"), str(problem))

    def closeEvent(self, event) -> None:
        # Closing the window keeps the server running (the phones stay connected); it stops
        # with "Hentikan server", another workshop, or the app.
        for window in self._big:
            window.close()
        super().closeEvent(event)


def open_phone_join(window) -> PhoneJoinWindow | None:
    """The window for the open workshop (one per workshop; another workshop stops the old)."""
    service = window.service
    if service is None:
        return None
    current: PhoneJoinWindow | None = getattr(window, "_phone_join", None)
    if current is not None and current.service is not service:
        current.stop()
        current.close()
        current = None
    if current is None:
        current = PhoneJoinWindow(service, window)
        window._phone_join = current
        from labinovasi.ui.signals import signals

        # a bound slot: Qt drops the connection when the window is deleted (a lambda would
        # outlive it and stop a server of a window that no longer exists)
        signals.workshopOpened.connect(current.on_workshop_opened)
    current.show()
    current.raise_()
    return current
