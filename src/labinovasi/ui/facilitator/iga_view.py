"""Kesiapan IGA: the estimated index (klaim and terverifikasi side by side), the "siap IGA"
checklist, and the what-if view (berapa inovasi lagi? the cheapest gains)."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

from PySide6.QtCore import QLocale, Qt
from PySide6.QtGui import QBrush
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDoubleSpinBox,
    QFileDialog,
    QFormLayout,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from labinovasi.domain import LabinovasiError, iga
from labinovasi.formatting import format_score
from labinovasi.services import WorkshopService
from labinovasi.ui import style
from labinovasi.ui.signals import signals
from labinovasi.ui.widgets.common import MessageLine, add_form_rows, plain_tip, set_texts
from labinovasi.ui.widgets.pages import Retranslatable

INDONESIAN = QLocale(QLocale.Language.Indonesian, QLocale.Country.Indonesia)
GAIN_ROWS = 30


def _score_spin(maximum: float, value: float) -> QDoubleSpinBox:
    spin = QDoubleSpinBox(decimals=2, minimum=0, maximum=maximum, singleStep=1)
    spin.setLocale(INDONESIAN)  # 65,01 whatever the UI language, as on the national forms
    spin.setValue(value)
    return spin


class ScoreCard(QFrame):
    """One basis of the estimate: the index, its predikat and the parts of the sum."""

    def __init__(self, object_name: str, parent=None):
        super().__init__(parent, objectName=object_name)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.title = QLabel(objectName=f"{object_name}Title")
        self.index = QLabel(objectName=f"{object_name}Index")
        self.index.setStyleSheet("font-size: 22pt; font-weight: 700;")
        self.predikat = QLabel(objectName=f"{object_name}Predikat")
        self.predikat.setStyleSheet("font-weight: 600;")
        self.parts = QLabel(objectName=f"{object_name}Parts")
        self.parts.setWordWrap(True)
        self.parts.setStyleSheet(f"color: {style.MUTED.name()};")
        layout = QGridLayout(self)
        layout.addWidget(self.title, 0, 0, 1, 2)
        layout.addWidget(self.index, 1, 0)
        layout.addWidget(self.predikat, 1, 1, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.parts, 2, 0, 1, 2)
        layout.setColumnStretch(1, 1)

    def show_score(self, score: iga.Score, parts: str) -> None:
        self.index.setText(format_score(score.index))
        predikat = score.predikat
        if score.at_threshold:
            predikat += " · " + self.tr("di batas {name}").format(name=score.at_threshold)
        self.predikat.setText(predikat)
        self.parts.setText(parts)


class IgaView(Retranslatable, QDialog):
    """A window of its own (Lokakarya → Kesiapan IGA…), reading the open workshop."""

    def __init__(self, service: WorkshopService, parent=None):
        super().__init__(parent, objectName="igaView")
        self.service = service
        self.portfolio: iga.IgaPortfolio | None = None
        self.proposal: iga.YearProposal | None = None  # the year the dates point to, and why
        self._expected_year: int | None = None
        self.resize(1280, 720)
        self._build()
        self.retranslate_ui()
        self.refresh()
        signals.changed.connect(self._on_data_changed)

    def _on_data_changed(self, *_args) -> None:
        if self.isVisible():
            self.refresh()

    # -- layout ----------------------------------------------------------------------------

    def _build(self) -> None:
        self.year_label = QLabel()
        self.year_combo = QComboBox(objectName="igaYear")
        for year in reversed(iga.available_years()):
            self.year_combo.addItem(str(year), year)
        self.year_combo.setCurrentIndex(-1)  # the first refresh picks the workshop's year
        self.year_label.setBuddy(self.year_combo)
        self.year_combo.currentIndexChanged.connect(self.refresh)
        self.refresh_button = QPushButton(objectName="igaRefresh")
        self.refresh_button.clicked.connect(self.refresh)
        self.report_button = QPushButton(objectName="igaSaveReport")
        self.report_button.clicked.connect(self.save_report_dialog)
        self.package_button = QPushButton(objectName="igaPackage")
        self.package_button.clicked.connect(self.package_dialog)
        self.next_year_button = QPushButton(objectName="igaNextYear")
        self.next_year_button.clicked.connect(self.next_year_dialog)
        for button in (
            self.refresh_button,
            self.report_button,
            self.package_button,
            self.next_year_button,
        ):
            button.setAutoDefault(False)  # Enter in a number box must not reload the view
        self.headline = QLabel(objectName="igaHeadline")
        self.headline.setStyleSheet(style.header_qss())
        self.rules_line = QLabel(objectName="igaRulesLine")
        self.rules_line.setWordWrap(True)
        self.rules_line.setStyleSheet(f"color: {style.MUTED.name()};")
        self.rules_line.setTextFormat(Qt.TextFormat.PlainText)
        self.message = MessageLine(objectName="igaMessage")
        # Reported innovations the year's window leaves out of the index, and why.
        self.left_out_line = QLabel(objectName="igaLeftOut")
        self.left_out_line.setWordWrap(True)
        self.left_out_line.setTextFormat(Qt.TextFormat.PlainText)  # innovation names are data
        self.left_out_line.setStyleSheet(f"color: {style.BELOW_TEXT.name()};")
        self.left_out_line.hide()
        self.claimed_card = ScoreCard("igaClaimed")
        self.verified_card = ScoreCard("igaVerified")

        top = QHBoxLayout()
        top.addWidget(self.headline, 1)
        top.addWidget(self.year_label)
        top.addWidget(self.year_combo)
        top.addWidget(self.refresh_button)
        top.addWidget(self.report_button)
        top.addWidget(self.package_button)
        top.addWidget(self.next_year_button)
        cards = QHBoxLayout()
        cards.addWidget(self.claimed_card)
        cards.addWidget(self.verified_card)

        self.tabs = QTabWidget(objectName="igaTabs")
        self.tabs.addTab(self._build_checklist(), "")
        self.tabs.addTab(self._build_what_if(), "")

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.rules_line)
        layout.addWidget(self.message)
        layout.addLayout(cards)
        layout.addWidget(self.left_out_line)
        layout.addWidget(self.tabs, 1)

    def _build_checklist(self) -> QWidget:
        page = QWidget(objectName="igaChecklistPage")
        self.summary_line = QLabel(objectName="igaChecklistSummary")
        self.summary_line.setWordWrap(True)
        self.tree = QTreeWidget(objectName="igaChecklist")
        self.tree.setColumnCount(3)
        self.tree.setUniformRowHeights(False)
        self.tree.setWordWrap(True)
        header = self.tree.header()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(False)
        layout = QVBoxLayout(page)
        layout.addWidget(self.summary_line)
        layout.addWidget(self.tree, 1)
        return page

    def _build_what_if(self) -> QWidget:
        page = QWidget(objectName="igaWhatIfPage")
        self.target_spin = _score_spin(100, 65.01)
        self.target_spin.setObjectName("igaTarget")
        self.expected_spin = _score_spin(999, 60)
        self.expected_spin.setObjectName("igaExpected")
        self.affair_combo = QComboBox(objectName="igaNewAffair")
        self.target_spin.valueChanged.connect(self._update_what_if)
        self.expected_spin.valueChanged.connect(self._update_what_if)
        self.affair_combo.currentIndexChanged.connect(self._update_what_if)
        form = QFormLayout()
        self.form_labels = add_form_rows(
            form, [self.target_spin, self.expected_spin, self.affair_combo]
        )
        self.needed_claimed = QLabel(objectName="igaNeededClaimed")
        self.needed_verified = QLabel(objectName="igaNeededVerified")
        for label in (self.needed_claimed, self.needed_verified):
            label.setWordWrap(True)
            label.setTextFormat(Qt.TextFormat.PlainText)
            label.setMinimumWidth(360)
        self.lowers_warning = MessageLine(objectName="igaLowersWarning")
        answers = QVBoxLayout()
        answers.addWidget(self.needed_claimed)
        answers.addWidget(self.needed_verified)
        answers.addWidget(self.lowers_warning)
        answers.addStretch(1)
        row = QHBoxLayout()
        row.addLayout(form)
        row.addSpacing(24)
        row.addLayout(answers, 1)

        self.gains_title = QLabel(objectName="igaGainsTitle")
        self.gains_title.setStyleSheet("font-weight: 600;")
        self.gains = QTableWidget(0, 5, objectName="igaGains")
        self.gains.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.gains.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.gains.verticalHeader().setVisible(False)
        self.gains.setAlternatingRowColors(True)
        self.gains.setWordWrap(False)
        header = self.gains.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(4, QHeaderView.ResizeMode.ResizeToContents)
        layout = QVBoxLayout(page)
        layout.addLayout(row)
        layout.addWidget(self.gains_title)
        layout.addWidget(self.gains, 1)
        return page

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Kesiapan IGA dan perkiraan indeks"))
        self.year_label.setText(self.tr("&Tahun penilaian:"))
        self.refresh_button.setText(self.tr("&Muat ulang"))
        self.report_button.setText(self.tr("Simpan &Rekap Perkiraan IID…"))
        self.package_button.setText(self.tr("&Paket unggah…"))
        self.next_year_button.setText(self.tr("Mulai &tahun berikutnya…"))
        self.package_button.setToolTip(
            self.tr(
                "Berkas bukti per inovasi dinamai menurut nomor indikator, salinan yang lebih "
                "kecil untuk pindaian dan foto di atas batas unggah portal, dan daftar berkasnya"
            )
        )
        self.claimed_card.title.setText(self.tr("Klaim (ada parameter dan bukti)"))
        self.verified_card.title.setText(self.tr("Terverifikasi (diterima Desk Inovasi)"))
        self.tabs.setTabText(0, self.tr("Siap IGA"))
        self.tabs.setTabText(1, self.tr("Bagaimana jika"))
        self.tree.setHeaderLabels(
            [self.tr("Pemeriksaan"), self.tr("Status"), self.tr("SID klaim / terverifikasi")]
        )
        set_texts(
            self.form_labels,
            [
                self.tr("Indeks &sasaran:"),
                self.tr("Skor SID &inovasi baru:"),
                self.tr("&Urusan inovasi baru:"),
            ],
        )
        self.gains_title.setText(self.tr("Langkah termurah untuk menaikkan indeks (poin indeks)"))
        self.gains.setHorizontalHeaderLabels(
            [
                self.tr("Inovasi / pemda"),
                self.tr("Indikator"),
                self.tr("Langkah"),
                self.tr("+ klaim"),
                self.tr("+ terverifikasi"),
            ]
        )
        self._fill_affairs()
        self._show()

    # -- data ------------------------------------------------------------------------------

    def save_report(self, path: Path) -> Path | None:
        """Write the Rekap Perkiraan IID of the year shown, with the what-if target."""
        from labinovasi.services.iga import render_iga_summary

        if self.portfolio is None:
            return None
        target = Decimal(str(round(self.target_spin.value(), 2)))
        try:
            written = render_iga_summary(self.service, path, self.portfolio.rules.year, goal=target)
        except LabinovasiError as error:
            self.message.show_warning(str(error))
            return None
        self.message.show_ok(self.tr("Rekap disimpan: {path}").format(path=written))
        return written

    def save_package(self, folder: Path):
        """Write the upload package of the year shown into the new `folder`."""
        from labinovasi.domain.evidence import megabytes
        from labinovasi.services.iga_package import build_package

        if self.portfolio is None:
            return None
        try:
            package = build_package(self.service, folder, self.portfolio.rules.year)
        except LabinovasiError as error:
            self.message.show_warning(str(error))
            return None
        files = [f for f in package.files if f.name]
        text = self.tr("Paket unggah: {n} berkas di {folder}").format(n=len(files), folder=folder)
        if package.left_out:
            text += " · " + self.tr("{n} inovasi tanpa folder (tidak dihitung tahun ini)").format(
                n=len(package.left_out)
            )
        if package.over_limit:
            text += " · " + self.tr(
                "{n} berkas masih lebih dari {limit} MB: unggah lewat tautan"
            ).format(n=len(package.over_limit), limit=megabytes(package.limit_bytes or 0))
            self.message.show_warning(text)
        else:
            self.message.show_ok(text)
        return package

    def next_year_dialog(self) -> None:
        if self.portfolio is None:
            return
        old = self.portfolio.rules.year
        answer = QMessageBox.question(
            self,
            self.tr("Mulai tahun berikutnya"),
            self.tr(
                "Bawa jawaban dan bukti tahun {old} ke tahun {new}? Semua menunggu verifikasi "
                "lagi; yang dokumennya di luar rentang tahun {new} ditandai perlu diperbarui. "
                "Jawaban tahun {old} tidak berubah."
            ).format(old=old, new=old + 1),
        )
        if answer == QMessageBox.StandardButton.Yes:
            self.start_next_year(old, old + 1)

    def start_next_year(self, old: int, new: int):
        from labinovasi.services.iga_year import start_next_year

        try:
            report = start_next_year(self.service, old, new)
        except LabinovasiError as error:
            self.message.show_warning(str(error))
            return None
        if self.year_combo.findData(new) >= 0:
            self.year_combo.setCurrentIndex(self.year_combo.findData(new))
        self.message.show_ok(
            self.tr("Tahun {new}: {n} jawaban dibawa dari {old}, {m} perlu diperbarui.").format(
                new=new, old=old, n=len(report.copied), m=len(report.to_update)
            )
        )
        return report

    def package_dialog(self) -> None:
        parent = QFileDialog.getExistingDirectory(
            self, self.tr("Pilih folder untuk paket unggah"), str(Path.home())
        )
        if parent and self.portfolio is not None:
            name = self.tr("paket-unggah-IGA-{year}").format(year=self.portfolio.rules.year)
            folder = Path(parent) / name
            number = 2
            while folder.exists():
                folder = Path(parent) / f"{name}-{number}"
                number += 1
            self.save_package(folder)

    def save_report_dialog(self) -> None:
        name, _filter = QFileDialog.getSaveFileName(
            self,
            self.tr("Simpan Rekap Perkiraan IID"),
            str(Path.home() / self.tr("rekap-perkiraan-iid.pdf")),
            self.tr("PDF (*.pdf)"),
        )
        if name:
            self.save_report(Path(name))

    def refresh(self) -> None:
        from labinovasi.services.iga import load_portfolio

        year = self.year_combo.currentData()
        try:
            self.portfolio = load_portfolio(self.service, year)
        except LabinovasiError as error:
            self.portfolio = None
            self.message.show_warning(str(error))
            return
        self.message.clear()
        if self.portfolio.proposal is not None:
            self.proposal = self.portfolio.proposal
        if year is None:
            self.year_combo.blockSignals(True)
            self.year_combo.setCurrentIndex(self.year_combo.findData(self.portfolio.rules.year))
            self.year_combo.blockSignals(False)
        self.expected_spin.blockSignals(True)
        self.expected_spin.setMaximum(float(self.portfolio.rules.max_sid))
        if self._expected_year != self.portfolio.rules.year:
            # a new innovation is expected to score like the average one, until told otherwise
            average = self.portfolio.average_sid(iga.BASIS_VERIFIED)
            self.expected_spin.setValue(float(average) if average else 60.0)
            self._expected_year = self.portfolio.rules.year
        self.expected_spin.blockSignals(False)
        self._fill_affairs()
        self._show()

    def _fill_affairs(self) -> None:
        current = self.affair_combo.currentData()
        self.affair_combo.blockSignals(True)
        self.affair_combo.clear()
        self.affair_combo.addItem(self.tr("(tidak ditentukan)"), None)
        if self.portfolio is not None:
            for name in self.portfolio.rules.yandas_affairs:
                self.affair_combo.addItem(name, name)
        index = self.affair_combo.findData(current)
        self.affair_combo.setCurrentIndex(max(0, index))
        self.affair_combo.blockSignals(False)

    def _show(self) -> None:
        if self.portfolio is None:
            return
        result = self.portfolio.estimate()
        self.headline.setText(
            self.tr("Perkiraan Indeks Inovasi Daerah {year}").format(year=result.year)
        )
        rules = self.portfolio.rules
        line = self.tr("Aturan: {file}").format(file=rules.file_name)
        if not rules.official:
            line += " · " + self.tr("PROGNOSIS, belum resmi ({status})").format(status=rules.status)
        if self.proposal is not None and self.proposal.year == rules.year:
            line += " · " + self.tr("tahun diusulkan: {reason}").format(reason=self.proposal.reason)
        self.rules_line.setText(line)
        for card, score in (
            (self.claimed_card, result.claimed),
            (self.verified_card, result.verified),
        ):
            card.show_score(
                score,
                self.tr(
                    "SPD {spd} + SID {sid}/{divisor} ({average}) + jumlah inovasi {count} = "
                    "{total} dari {maximum}; urusan yandas {covered} dari {affairs}"
                ).format(
                    spd=format_score(score.spd),
                    sid=format_score(score.sid_total),
                    divisor=score.divisor,
                    average=format_score(score.sid_average),
                    count=format_score(score.count_score),
                    total=format_score(score.total),
                    maximum=format_score(self.portfolio.rules.max_total),
                    covered=len(score.yandas_covered),
                    affairs=len(self.portfolio.rules.yandas_affairs),
                ),
            )
        self._show_left_out(result)
        self._show_checklist()
        self._update_what_if()

    def _show_left_out(self, result: iga.Estimate) -> None:
        if not result.left_out:
            self.left_out_line.hide()
            return
        lines = [
            self.tr(
                "Tidak dihitung dalam indeks ({n} dari {reported} inovasi dilaporkan; di luar "
                "rentang penilaian tahun ini):"
            ).format(n=len(result.left_out), reported=result.reported)
        ]
        lines += [f"• {item.opd} · {item.name}: {item.reason}" for item in result.left_out]
        self.left_out_line.setText("\n".join(lines))
        self.left_out_line.show()

    def _show_checklist(self) -> None:
        data = self.portfolio
        ready = data.readiness()
        rules = data.rules
        ready_count = sum(1 for item in ready.innovations if item.reported and item.ready)
        reported = sum(1 for item in ready.innovations if item.reported)
        self.summary_line.setText(
            self.tr(
                "{ready} dari {reported} inovasi dilaporkan siap IGA · {have} dari {total} "
                "perangkat daerah memiliki inovasi · kursi kosong {seats}"
            ).format(
                ready=ready_count,
                reported=reported,
                have=ready.opd_with_innovation,
                total=ready.opd_total,
                seats=ready.empty_seats,
            )
        )
        self.tree.clear()
        region = QTreeWidgetItem(
            [
                self.tr("Pemerintah daerah (indikator 1–15, urusan, kursi, OPD)"),
                self._state(ready.region_ready),
                "",
            ]
        )
        self._colour(region, ready.region_ready)
        self._add_checks(region, ready.region)
        self.tree.addTopLevelItem(region)
        region.setExpanded(not ready.region_ready)
        by_id = {item.id: item for item in data.innovations}
        for state in ready.innovations:
            item = by_id[state.id]
            claimed = iga.answers_score(rules, item.answers, iga.BASIS_CLAIMED, iga.ASPECT_SID)
            verified = iga.answers_score(rules, item.answers, iga.BASIS_VERIFIED, iga.ASPECT_SID)
            if not state.reported:
                status = self.tr("tidak dilaporkan")
            elif not state.eligible:
                status = self.tr("tidak dihitung")
            else:
                status = self._state(state.ready)
            node = QTreeWidgetItem(
                [
                    f"{state.opd} · {state.name}",
                    status,
                    f"{format_score(claimed)} / {format_score(verified)}",
                ]
            )
            node.setData(0, Qt.ItemDataRole.UserRole, state.id)
            self._colour(node, state.ready or not state.reported)
            self._add_checks(node, [c for c in state.checks if not c.ok] or state.checks)
            self.tree.addTopLevelItem(node)
        self.tree.resizeColumnToContents(1)

    def _state(self, ok: bool) -> str:
        return self.tr("siap") if ok else self.tr("belum siap")

    @staticmethod
    def _colour(node: QTreeWidgetItem, ok: bool) -> None:
        colour = style.MET if ok else style.BELOW_TEXT
        node.setForeground(1, QBrush(colour))
        font = node.font(0)
        font.setBold(True)
        node.setFont(0, font)

    def _add_checks(self, parent: QTreeWidgetItem, checks) -> None:
        for check in checks:
            child = QTreeWidgetItem([check.message, "✓" if check.ok else "✗", ""])
            child.setToolTip(0, plain_tip(check.message))  # names innovations
            child.setForeground(1, QBrush(style.MET if check.ok else style.BELOW_TEXT))
            parent.addChild(child)

    def _update_what_if(self) -> None:
        if self.portfolio is None:
            return
        target = Decimal(str(round(self.target_spin.value(), 2)))
        expected = Decimal(str(round(self.expected_spin.value(), 2)))
        affair = self.affair_combo.currentData()
        lowers = []
        for label, basis, title in (
            (self.needed_claimed, iga.BASIS_CLAIMED, self.tr("Klaim")),
            (self.needed_verified, iga.BASIS_VERIFIED, self.tr("Terverifikasi")),
        ):
            answer = self.portfolio.innovations_needed(target, expected, basis, affair)
            label.setText(f"{title}: {self._needed_text(answer)}")
            if answer.lowers:
                lowers.append(answer)
        if lowers:
            self.lowers_warning.show_warning(
                self.tr(
                    "Perhatian: satu inovasi baru dengan skor SID {expected} menurunkan indeks "
                    "({delta} poin), karena di bawah rata-rata SID yang ada."
                ).format(
                    expected=format_score(expected), delta=format_score(lowers[-1].one_more_delta)
                )
            )
        else:
            self.lowers_warning.clear()
        self._show_gains()

    def _needed_text(self, answer: iga.MoreInnovations) -> str:
        now = format_score(answer.current.index)
        if answer.needed == 0:
            return self.tr("indeks {now} sudah mencapai sasaran {target}.").format(
                now=now, target=format_score(answer.target)
            )
        if answer.needed is None:
            text = self.tr(
                "indeks {now}; sasaran {target} tidak tercapai dengan menambah "
                "inovasi bernilai SID {expected}. Lengkapi bukti dan verifikasi "
                "dulu."
            ).format(
                now=now,
                target=format_score(answer.target),
                expected=format_score(answer.expected_sid),
            )
            if len(answer.current.yandas_covered) < self.portfolio.rules.min_covered:
                text += " " + self.tr(
                    "Skor jumlah inovasi masih 0: pilih urusan wajib "
                    "pelayanan dasar yang belum ada untuk inovasi baru."
                )
            return text
        return self.tr("indeks {now}; perlu {n} inovasi lagi → {reached}.").format(
            now=now, n=answer.needed, reached=format_score(answer.reached.index)
        )

    def _show_gains(self) -> None:
        gains = self.portfolio.gains(GAIN_ROWS)
        self.gains.setRowCount(len(gains))
        for row, gain in enumerate(gains):
            if gain.innovation_id:
                who = f"{gain.opd} · {gain.innovation_name}"
            elif gain.action == iga.ACTION_AFFAIR:
                who = self.tr("Inovasi baru")
            else:
                who = self.tr("Pemda")
            indicator = f"{gain.indicator}. {gain.indicator_name}" if gain.indicator else "—"
            cells = [
                who,
                indicator,
                iga.gain_text(gain),
                format_score(gain.claimed_points),
                format_score(gain.verified_points),
            ]
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setToolTip(plain_tip(text))  # innovation names are typed text
                if column >= 3:
                    item.setTextAlignment(
                        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                    )
                self.gains.setItem(row, column, item)
