"""The juror's station: a full-screen kiosk where one juror scores the gelar inovasi's
presentations on the rubric, one innovation at a time (`labinovasi station FILE --juror`).

Screens: set the facilitator's PIN (when none was given), "Pilih nama Anda" (unless the juror
was named at start), the score sheet, and the PIN prompt. The juror sees the presentation order,
their own sheets and the weighted total, never another juror's sheet or the ranking; changing
juror and leaving both need the facilitator's PIN, as on the participants' station."""

from __future__ import annotations

import time
from collections.abc import Callable
from decimal import Decimal

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDoubleSpinBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSlider,
    QVBoxLayout,
    QWidget,
)

from labinovasi.domain import LabinovasiError
from labinovasi.domain.jury import Rubric, format_weight, weighted_total
from labinovasi.services import WorkshopService, jury
from labinovasi.ui.signals import notify
from labinovasi.ui.station import style as station_style
from labinovasi.ui.station.kiosk_window import KioskWindow
from labinovasi.ui.widgets.common import MessageLine

ID_ROLE = Qt.ItemDataRole.UserRole


def short_name(name: str) -> str:
    """ "SIAP ANTRE (Sistem Antrean …)" -> "SIAP ANTRE"."""
    return name.split(" (", 1)[0].strip() or name


def decimal_text(value: Decimal) -> str:
    return f"{value:.2f}".replace(".", ",")


def jury_qss(scale: float) -> str:
    """The station's style sheet plus the juror's screens, sized for `scale`."""

    def px(value: float) -> str:
        return f"{max(1, round(value * scale))}px"

    accent, muted, border = station_style.ACCENT, station_style.MUTED, station_style.BORDER
    return (
        station_style.station_qss(scale)
        + f"""
QLabel#juryPickHeading, QLabel#juryInnovationName {{ font-size: {px(32)}; font-weight: 700; }}
QLabel#juryPickHint, QLabel#juryInnovationOpd, QLabel#juryJurorLine {{ color: {muted};
    font-size: {px(19)}; }}
QListWidget#juryJurorList {{ font-size: {px(26)}; }}
QListWidget#juryJurorList::item {{ padding: {px(12)}; border-bottom: {px(1)} solid #e4e1d8; }}
QListWidget#juryStationOrder {{ background: #ffffff; border: {px(1)} solid {border};
    border-radius: {px(8)}; font-size: {px(18)}; }}
QListWidget#juryStationOrder::item {{ padding: {px(8)}; border-bottom: {px(1)} solid #e4e1d8; }}
QLabel[criterion="true"] {{ font-size: {px(20)}; font-weight: 600; }}
QDoubleSpinBox {{ background: #ffffff; border: {px(2)} solid {border}; border-radius: {px(6)};
    padding: {px(4)} {px(8)}; font-size: {px(24)}; min-width: {px(110)}; }}
QDoubleSpinBox:focus {{ border: {px(3)} solid {accent}; }}
QDoubleSpinBox::up-button, QDoubleSpinBox::down-button {{ subcontrol-origin: border;
    width: 0px; }}
QSlider::groove:horizontal {{ height: {px(10)}; background: #d9d6cc; border-radius: {px(5)}; }}
QSlider::handle:horizontal {{ background: {accent}; width: {px(26)}; margin: -{px(9)} 0;
    border-radius: {px(13)}; }}
QLabel#juryTotal {{ font-size: {px(30)}; font-weight: 700; color: {accent}; }}
QLabel#juryTotal[complete="false"] {{ color: {muted}; font-size: {px(22)}; }}
"""
    )


class JurorPickPage(QWidget):
    """ "Pilih nama Anda": the jurors entered by the facilitator, one per line."""

    picked = Signal(str)  # juror id

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("juryPickPage")
        self.heading = QLabel(objectName="juryPickHeading")
        self.hint = QLabel(objectName="juryPickHint", wordWrap=True)
        self.list = QListWidget(objectName="juryJurorList")
        self.list.itemActivated.connect(lambda item: self.picked.emit(item.data(ID_ROLE)))
        self.start_button = QPushButton(objectName="juryPickStart")
        self.start_button.clicked.connect(self.start)
        self.message = MessageLine(objectName="juryPickMessage")
        column = QVBoxLayout()
        column.setSpacing(14)
        column.addWidget(self.heading)
        column.addWidget(self.hint)
        column.addWidget(self.list, 1)
        column.addWidget(self.message)
        column.addWidget(self.start_button)
        row = QHBoxLayout(self)
        row.addStretch(1)
        row.addLayout(column, 3)
        row.addStretch(1)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.list.setAccessibleName(self.tr("Daftar juri"))
        self.heading.setText(self.tr("Juri: pilih nama Anda"))
        self.hint.setText(
            self.tr(
                "Setiap juri menilai di lembarnya sendiri. Nama Anda tidak ada? "
                "Minta fasilitator menambahkannya."
            )
        )
        self.start_button.setText(self.tr("Mulai menilai"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def set_jurors(self, jurors: list[jury.Juror]) -> None:
        current = self.list.currentItem().data(ID_ROLE) if self.list.currentItem() else None
        self.list.clear()
        for person in jurors:
            item = QListWidgetItem(person.name)
            item.setData(ID_ROLE, person.id)
            self.list.addItem(item)
            if person.id == current:
                self.list.setCurrentItem(item)
        if self.list.currentRow() < 0 and self.list.count():
            self.list.setCurrentRow(0)
        self.start_button.setEnabled(self.list.count() > 0)
        if not jurors:
            self.message.show_warning(self.tr("Belum ada juri. Fasilitator menambahkannya dulu."))
        else:
            self.message.clear()

    def start(self) -> None:
        item = self.list.currentItem()
        if item is not None:
            self.picked.emit(item.data(ID_ROLE))


class CriterionRow:
    """One criterion: its name and weight, a slider and a spin box kept in step.
    The spin box's lowest value (below the scale) stands for "not scored yet" and shows "–"."""

    def __init__(self, key: str, label: str, scale: tuple[int, int], changed: Callable):
        low, high = scale
        self.key = key
        self.label = QLabel(label)
        self.label.setProperty("criterion", True)
        self.slider = QSlider(Qt.Orientation.Horizontal, objectName=f"jurySlider_{key}")
        self.slider.setRange(low, high)
        self.slider.setPageStep(5)
        self.spin = QDoubleSpinBox(objectName=f"juryStationScore_{key}")
        self.spin.setDecimals(1)
        self.spin.setRange(low - 1, high)
        self.spin.setSpecialValueText("–")
        self.spin.setLocale(station_locale())
        # The slider is the mouse's way; the arrows are the keyboard's: no tiny buttons.
        # (With a styled border Qt gives the text no room unless the buttons get a rule of
        # their own too: see jury_qss.)
        self.spin.setButtonSymbols(QDoubleSpinBox.ButtonSymbols.NoButtons)
        self.label.setBuddy(self.spin)
        self.slider.valueChanged.connect(self._from_slider)
        self.spin.valueChanged.connect(self._from_spin)
        self.changed = changed

    def _from_slider(self, value: int) -> None:
        if round(self.spin.value()) != value or self.spin.value() < self.slider.minimum():
            self.spin.setValue(value)

    def _from_spin(self, value: float) -> None:
        self.slider.blockSignals(True)
        self.slider.setValue(max(self.slider.minimum(), round(value)))
        self.slider.blockSignals(False)
        self.changed()

    def value(self) -> Decimal | None:
        if self.spin.value() < self.slider.minimum():
            return None
        return Decimal(str(round(self.spin.value(), 1)))

    def set_value(self, value: Decimal | None) -> None:
        for widget in (self.spin, self.slider):
            widget.blockSignals(True)
        if value is None:
            self.spin.setValue(self.spin.minimum())
            self.slider.setValue(self.slider.minimum())
        else:
            self.spin.setValue(float(value))
            self.slider.setValue(round(value))
        for widget in (self.spin, self.slider):
            widget.blockSignals(False)

    def set_enabled(self, enabled: bool) -> None:
        self.spin.setEnabled(enabled)
        self.slider.setEnabled(enabled)


def station_locale():
    from PySide6.QtCore import QLocale

    # Indonesian decimals (87,5) whatever the laptop's own locale
    return QLocale(QLocale.Language.Indonesian, QLocale.Country.Indonesia)


class JurySheetPage(QWidget):
    """One juror's score sheets: the presentation order on the left, the chosen innovation's
    criteria on the right with the weighted total updated as scores are typed."""

    switch_requested = Signal()

    def __init__(self, service: WorkshopService, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("jurySheetPage")
        self.service = service
        self.juror: jury.Juror | None = None
        self.rubric: Rubric | None = None
        self.rows: list[CriterionRow] = []
        self.names: dict[str, tuple[str, str]] = {}
        self.saved: dict[str, dict[str, Decimal | None]] = {}  # innovation id -> as stored
        self.fixed = False
        self.current_id: str | None = None

        self.juror_line = QLabel(objectName="juryJurorLine")
        self.switch_button = QPushButton(objectName="jurySwitch")
        self.switch_button.setProperty("secondary", True)
        self.switch_button.clicked.connect(self.switch_requested)
        self.order_heading = QLabel(objectName="stationListHeading")
        self.order = QListWidget(objectName="juryStationOrder")
        self.order.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.order.currentItemChanged.connect(self._order_changed)
        self.name_label = QLabel(objectName="juryInnovationName", wordWrap=True)
        self.name_label.setTextFormat(Qt.TextFormat.PlainText)
        self.opd_label = QLabel(objectName="juryInnovationOpd", wordWrap=True)
        self.opd_label.setTextFormat(Qt.TextFormat.PlainText)
        self.grid = QGridLayout()
        self.grid.setHorizontalSpacing(18)
        self.grid.setVerticalSpacing(12)
        self.total_label = QLabel(objectName="juryTotal")
        self.message = MessageLine(objectName="juryStationMessage", reserve=True)
        self.previous_button = QPushButton(objectName="juryPrevious")
        self.previous_button.setProperty("secondary", True)
        self.previous_button.clicked.connect(lambda: self.step(-1))
        self.save_button = QPushButton(objectName="juryStationSave")
        self.save_button.clicked.connect(self.save)
        self.next_button = QPushButton(objectName="juryNext")
        self.next_button.setProperty("secondary", True)
        self.next_button.clicked.connect(lambda: self.step(1))

        top = QHBoxLayout()
        top.addWidget(self.juror_line, 1)
        top.addWidget(self.switch_button)
        left = QVBoxLayout()
        left.addWidget(self.order_heading)
        left.addWidget(self.order, 1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.previous_button)
        buttons.addStretch(1)
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.next_button)
        right = QVBoxLayout()
        right.addWidget(self.name_label)
        right.addWidget(self.opd_label)
        right.addSpacing(10)
        right.addLayout(self.grid)
        right.addStretch(1)
        right.addWidget(self.total_label)
        right.addWidget(self.message)
        right.addLayout(buttons)
        body = QHBoxLayout()
        body.addLayout(left, 2)
        body.addSpacing(24)
        body.addLayout(right, 3)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addLayout(body, 1)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.order.setAccessibleName(self.tr("Urutan presentasi"))
        self.switch_button.setText(self.tr("Ganti juri"))
        self.order_heading.setText(self.tr("Urutan presentasi"))
        self.previous_button.setText(self.tr("‹ Sebelumnya"))
        self.save_button.setText(self.tr("&Simpan nilai"))
        self.next_button.setText(self.tr("Berikutnya ›"))
        if self.juror is not None:
            self.juror_line.setText(self.tr("Juri: %1").replace("%1", self.juror.name))
        self.update_total()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    # -- data ------------------------------------------------------------------------------

    def set_juror(self, juror: jury.Juror) -> None:
        self.juror = juror
        self.current_id = None
        self.retranslate_ui()
        self.refresh(force=True)
        if self.order.currentRow() < 0 and self.order.count():
            self.order.setCurrentRow(self._first_open_row())

    def _first_open_row(self) -> int:
        """The first presentation this juror has not finished scoring (else the first)."""
        for row in range(self.order.count()):
            if not self._complete(self.order.item(row).data(ID_ROLE)):
                return row
        return 0

    def _complete(self, innovation_id: str) -> bool:
        sheet = self.saved.get(innovation_id, {})
        return self.rubric is not None and weighted_total(self.rubric, sheet) is not None

    def refresh(self, force: bool = False) -> None:
        """Read the order, the rubric and this juror's sheets again; what is being typed and
        not saved yet stays on screen."""
        if self.juror is None:
            return
        try:
            rubric = jury.rubric(self.service)
            slots = jury.presentation_schedule(self.service)
            self.saved = jury.juror_sheets(self.service, self.juror.id)
            self.fixed = jury.event(self.service).fixed
            from labinovasi.services.innovations import Innovations

            opds = {o.id: o.abbreviation or o.name for o in self.service.list_opds()}
            self.names = {
                i.id: (i.name, opds.get(i.opd_id, "")) for i in Innovations(self.service).list()
            }
        except LabinovasiError:  # the file is briefly unreadable: the next refresh retries
            return
        if rubric != self.rubric:
            self.rubric = rubric
            self._build_rows()
            force = True
        lines = []
        for slot in slots:
            name, opd = self.names.get(slot.innovation_id, (slot.innovation_id[:8], ""))
            mark = "✓ " if self._complete(slot.innovation_id) else ""
            start = f"{slot.start:%H.%M} " if slot.start else ""
            lines.append((f"{mark}{slot.position}. {start}{opd} · {short_name(name)}", slot))
        shown = [
            (self.order.item(n).text(), self.order.item(n).data(ID_ROLE))
            for n in range(self.order.count())
        ]
        if shown != [(text, slot.innovation_id) for text, slot in lines]:
            # Rebuilt only when it changed: a list redrawn every few seconds loses its scroll.
            self.order.blockSignals(True)
            self.order.clear()
            for text, slot in lines:
                item = QListWidgetItem(text)
                item.setData(ID_ROLE, slot.innovation_id)
                self.order.addItem(item)
                if slot.innovation_id == self.current_id:
                    self.order.setCurrentItem(item)
            self.order.blockSignals(False)
        if self.current_id is not None and self.order.currentItem() is None:
            self.current_id = None  # taken off the order by the facilitator
            force = True
        if force or not self.dirty():
            self._load()
        self._apply_fixed()

    def _build_rows(self) -> None:
        while self.grid.count():
            item = self.grid.takeAt(0)
            if item.widget() is not None:
                item.widget().deleteLater()
        self.rows = []
        for index, criterion in enumerate(self.rubric.criteria):
            row = CriterionRow(
                criterion.key,
                f"{criterion.name} ({format_weight(criterion.weight)}%)",
                self.rubric.scale,
                self.update_total,
            )
            self.grid.addWidget(row.label, index, 0)
            self.grid.addWidget(row.slider, index, 1)
            self.grid.addWidget(row.spin, index, 2)
            self.rows.append(row)
        self.grid.setColumnStretch(1, 1)
        for first, second in zip(self.rows, self.rows[1:], strict=False):
            QWidget.setTabOrder(first.spin, second.spin)

    def _load(self) -> None:
        """Show the chosen innovation with its scores as stored."""
        name, opd = self.names.get(self.current_id or "", ("", ""))
        if self.current_id is None:
            self.name_label.setText(
                self.tr("Belum ada urutan presentasi.") if not self.order.count() else ""
            )
            self.opd_label.setText("")
        else:
            self.name_label.setText(name)
            self.opd_label.setText(opd)
        sheet = self.saved.get(self.current_id or "", {})
        for row in self.rows:
            row.set_value(sheet.get(row.key))
        self.update_total()

    def _apply_fixed(self) -> None:
        editable = not self.fixed and self.current_id is not None
        for row in self.rows:
            row.set_enabled(editable)
        self.save_button.setEnabled(editable)
        position = self.order.currentRow()
        self.previous_button.setEnabled(position > 0)
        self.next_button.setEnabled(0 <= position < self.order.count() - 1)
        if self.fixed:
            self.message.show_warning(
                self.tr("Juara sudah ditetapkan: nilai tidak dapat diubah lagi.")
            )

    def scores(self) -> dict[str, Decimal | None]:
        return {row.key: row.value() for row in self.rows}

    def dirty(self) -> bool:
        if self.current_id is None:
            return False
        stored = self.saved.get(self.current_id, {})
        return any(stored.get(key) != value for key, value in self.scores().items())

    def update_total(self) -> None:
        if self.rubric is None or self.current_id is None:
            self.total_label.setText("")
            return
        scores = self.scores()
        total = weighted_total(self.rubric, scores)
        if total is None:
            left = sum(1 for value in scores.values() if value is None)
            self.total_label.setText(
                self.tr("Nilai akhir: – (%1 kriteria belum dinilai)").replace("%1", str(left))
            )
            self.total_label.setProperty("complete", False)
        else:
            self.total_label.setText(self.tr("Nilai akhir: %1").replace("%1", decimal_text(total)))
            self.total_label.setProperty("complete", True)
        if self.dirty():
            self.total_label.setText(self.total_label.text() + " · " + self.tr("belum disimpan"))
        self.total_label.style().unpolish(self.total_label)
        self.total_label.style().polish(self.total_label)

    # -- actions ---------------------------------------------------------------------------

    def save(self, quiet: bool = False) -> bool:
        """Commit this sheet through jury.set_scores; False (with the reason shown) when
        refused."""
        if self.juror is None or self.current_id is None:
            return False
        scores = self.scores()
        try:
            jury.set_scores(self.service, self.juror.id, self.current_id, scores)
        except LabinovasiError as error:
            self.message.show_warning(str(error))
            return False
        self.saved[self.current_id] = dict(scores)
        notify()
        if not quiet:
            name = short_name(self.names.get(self.current_id, ("", ""))[0])
            self.message.show_ok(self.tr("Nilai untuk %1 tersimpan.").replace("%1", name))
        self.refresh()
        return True

    def step(self, by: int) -> None:
        row = self.order.currentRow() + by
        if 0 <= row < self.order.count():
            self.order.setCurrentRow(row)

    def _order_changed(self, current: QListWidgetItem | None, previous) -> None:
        # Leaving a sheet with typed scores saves them; if that is refused, stay on it.
        if self.dirty() and not self.fixed and not self.save(quiet=True):
            self.order.blockSignals(True)
            self.order.setCurrentItem(previous)
            self.order.blockSignals(False)
            return
        self.current_id = current.data(ID_ROLE) if current is not None else None
        self.message.clear()
        self._load()
        self._apply_fixed()
        if self.rows and not self.fixed:
            self.rows[0].spin.setFocus()
            self.rows[0].spin.selectAll()


class JuryStationWindow(KioskWindow):
    """The juror's station on one open workshop. `pin_hash` None: the facilitator sets a PIN
    first. `juror_id`: the station opens on that juror (else the juror picks their name)."""

    def __init__(
        self,
        service: WorkshopService,
        pin_hash: str | None = None,
        juror_id: str | None = None,
        clock: Callable[[], float] = time.monotonic,
        fullscreen: bool = True,
        parent: QWidget | None = None,
    ):
        super().__init__(service, pin_hash, clock, fullscreen, parent)
        self.home_juror_id = juror_id
        self._pin_purpose = "close"
        self.pick_page = JurorPickPage()
        self.sheet_page = JurySheetPage(service)
        self._return_page: QWidget = self.pick_page
        self.pick_page.picked.connect(self.open_juror)
        self.sheet_page.switch_requested.connect(lambda: self.ask_pin("switch"))
        self.pin_page.unlocked.connect(self._pin_accepted)
        self.pin_page.cancelled.connect(self._back_from_pin)
        self.refresh_timer.start()
        self.tick_timer.start()
        self.finish((self.setup_page, self.pick_page, self.sheet_page, self.pin_page))

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Stasiun juri — %1").replace("%1", self.workshop_title))
        self.footer.setText(
            self.tr(
                "Labinovasi · stasiun juri · nilai tersimpan saat Anda menekan Simpan "
                "atau pindah ke inovasi lain"
            )
        )

    def style_sheet(self, scale: float) -> str:
        return jury_qss(scale)

    def request_exit(self) -> None:
        self.ask_pin("close")

    def before_close(self) -> None:
        if self.sheet_page.juror is not None and self.sheet_page.dirty():
            self.sheet_page.save(quiet=True)  # scores typed and not saved are not lost

    # -- screens ---------------------------------------------------------------------------

    def show_home(self) -> None:
        """The named juror's sheet, or "Pilih nama Anda"."""
        if self.home_juror_id and self.open_juror(self.home_juror_id):
            return
        self.pick_page.set_jurors(jury.jurors(self.service))
        self.stack.setCurrentWidget(self.pick_page)
        self.pick_page.list.setFocus()

    def open_juror(self, juror_id: str) -> bool:
        try:
            juror = jury.find_juror(self.service, juror_id)
        except LabinovasiError:
            self.home_juror_id = None
            return False
        self.home_juror_id = juror.id
        self.sheet_page.set_juror(juror)
        self.stack.setCurrentWidget(self.sheet_page)
        return True

    def refresh(self) -> None:
        page = self.current_page()
        if page is self.sheet_page:
            self.sheet_page.refresh()
        elif page is self.pick_page:
            self.pick_page.set_jurors(jury.jurors(self.service))

    # -- the PIN: changing juror, leaving ---------------------------------------------------

    def ask_pin(self, purpose: str) -> None:
        if self.guard is None:
            self._pin_purpose = purpose
            self._pin_accepted()
            return
        if self.current_page() is self.sheet_page and self.sheet_page.dirty():
            self.sheet_page.save(quiet=True)  # nothing typed is lost behind the PIN prompt
        self._pin_purpose = purpose
        if self.current_page() is not self.pin_page:
            self._return_page = self.current_page()
        self.stack.setCurrentWidget(self.pin_page)
        self.pin_page.open()
        self.pin_page.hint.setText(
            self.tr("Hanya fasilitator yang dapat mengganti juri atau menutup stasiun ini.")
            if purpose == "close"
            else self.tr("Hanya fasilitator yang dapat mengganti juri di stasiun ini.")
        )
        self.pin_page.ok_button.setText(
            self.tr("Tutup stasiun") if purpose == "close" else self.tr("Ganti juri")
        )

    def _pin_accepted(self) -> None:
        if self._pin_purpose == "switch":
            self.home_juror_id = None
            self.sheet_page.juror = None
            self.show_home()
        else:
            self._unlocked = True
            self.close()

    def _back_from_pin(self) -> None:
        self.stack.setCurrentWidget(self._return_page)
