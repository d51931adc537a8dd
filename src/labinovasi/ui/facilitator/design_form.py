"""Design tab: the rancangan inovasi form of the OPD, with its rencana aksi table."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from PySide6.QtCore import QSignalBlocker
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from labinovasi.domain import ActionItem, Design, LabinovasiError
from labinovasi.domain.entities import DESIGN_KINDS, DESIGN_PHASES
from labinovasi.domain.rules import missing_design_fields
from labinovasi.formatting import format_rupiah, parse_rupiah
from labinovasi.i18n import _
from labinovasi.ui import style
from labinovasi.ui.widgets.commands import DesignSaveCommand, record
from labinovasi.ui.widgets.common import (
    CommitTextEdit,
    MessageLine,
    add_form_rows,
    set_texts,
)
from labinovasi.ui.widgets.dates import use_date_delegate, years_around
from labinovasi.ui.widgets.pages import OpdPage

# Urusan pemerintahan most often met in a lab; the combo stays editable for the others.
AFFAIRS = (
    "Kesehatan", "Pendidikan", "Pekerjaan Umum dan Penataan Ruang",
    "Perumahan Rakyat dan Kawasan Permukiman", "Kependudukan dan Pencatatan Sipil", "Sosial",
    "Tenaga Kerja", "Pertanian", "Kelautan dan Perikanan", "Lingkungan Hidup",
    "Perhubungan", "Komunikasi dan Informatika", "Koperasi, Usaha Kecil, dan Menengah",
    "Penanaman Modal", "Pariwisata", "Keuangan", "Perencanaan", "Kepegawaian",
    "Pemberdayaan Masyarakat dan Desa", "Ketenteraman, Ketertiban Umum, dan Pelindungan "
    "Masyarakat", "Pemerintahan Umum",
)
ACTION_COLUMNS = ("activity", "person", "start", "end", "output")
START_COL, END_COL = 2, 3
TEXT_FIELDS = ("background", "goal", "benefits", "expected_results", "evidence")
LINE_FIELDS = ("name", "trial_period", "rollout_period", "budget_source", "leader", "team")


def _iso(value: date | None) -> str:
    return value.isoformat() if value else ""


def _parse_day(text: str) -> date | None:
    text = text.strip()
    return date.fromisoformat(text) if text else None


class DesignForm(OpdPage):
    """Edits the OPD's first design; saves on the button, Ctrl+S, and when the user leaves."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("designForm")
        self._design: Design | None = None
        self._dirty = False

        self.missing_label = QLabel(objectName="designMissing")
        self.missing_label.setWordWrap(True)
        self.save_button = QPushButton(objectName="saveDesignButton")
        self.save_button.clicked.connect(self.save)
        self.message = MessageLine(reserve=True, objectName="designMessage")

        self.lines: dict[str, QLineEdit] = {}
        for name in LINE_FIELDS:
            self.lines[name] = QLineEdit(objectName=f"design_{name}")
            self.lines[name].textEdited.connect(self._mark_dirty)
        self.budget_edit = QLineEdit(objectName="design_budget")
        self.budget_edit.textEdited.connect(self._mark_dirty)
        self.budget_edit.editingFinished.connect(self._format_budget)
        self.idea_combo = QComboBox(objectName="design_idea")
        self.kind_combo = QComboBox(objectName="design_kind")
        self.phase_combo = QComboBox(objectName="design_phase")
        self.affair_combo = QComboBox(objectName="design_affair")
        self.affair_combo.setEditable(True)
        self.affair_combo.addItems(AFFAIRS)
        for combo in (self.idea_combo, self.kind_combo, self.phase_combo):
            combo.activated.connect(self._mark_dirty)
        self.affair_combo.currentTextChanged.connect(self._mark_dirty)
        self.texts: dict[str, CommitTextEdit] = {}
        for name in TEXT_FIELDS:
            self.texts[name] = CommitTextEdit(objectName=f"design_{name}",
                                              max_lines=6 if name == "evidence" else 4)
            self.texts[name].textChanged.connect(self._mark_dirty)

        self.left_form = QFormLayout()
        self.left_labels = add_form_rows(self.left_form, (
            self.lines["name"], self.idea_combo, self.kind_combo, self.affair_combo,
            self.phase_combo, self.lines["trial_period"], self.lines["rollout_period"],
            self.budget_edit, self.lines["budget_source"], self.lines["leader"],
            self.lines["team"]))
        self.right_form = QFormLayout()
        self.right_form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)
        self.right_labels = add_form_rows(self.right_form,
                                          [self.texts[name] for name in TEXT_FIELDS])

        self.actions_group = QGroupBox(objectName="actionsGroup")
        self.actions_table = QTableWidget(0, 5, objectName="actionsTable")
        self.date_delegate = use_date_delegate(self.actions_table, (START_COL, END_COL),
                                               years=self._workshop_years)
        self.date_delegate.refused.connect(lambda text: self.message.show_warning(text))
        self.actions_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.actions_table.verticalHeader().setVisible(False)
        header = self.actions_table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)
        for column, width in ((1, 170), (START_COL, 150), (END_COL, 150)):
            self.actions_table.setColumnWidth(column, width)
        row = self.actions_table.fontMetrics().height() + 10
        self.actions_table.verticalHeader().setDefaultSectionSize(row)
        # At least six rows in view (1366×768 included) before the page has to scroll.
        self.actions_table.setMinimumHeight(
            row * 6 + self.actions_table.horizontalHeader().sizeHint().height() + 4)
        self.actions_table.itemChanged.connect(self._mark_dirty)
        self.add_action_button = QPushButton(objectName="addActionButton")
        self.add_action_button.clicked.connect(self.add_action_row)
        self.remove_action_button = QPushButton(objectName="removeActionButton")
        self.remove_action_button.clicked.connect(self.remove_action_row)
        action_buttons = QHBoxLayout()
        action_buttons.addWidget(self.add_action_button)
        action_buttons.addWidget(self.remove_action_button)
        action_buttons.addStretch(1)
        actions_layout = QVBoxLayout(self.actions_group)
        actions_layout.addWidget(self.actions_table)
        actions_layout.addLayout(action_buttons)

        body = QWidget(objectName="designBody")
        grid = QGridLayout(body)
        grid.addLayout(self.left_form, 0, 0)
        grid.addLayout(self.right_form, 0, 1)
        grid.setColumnStretch(0, 1)
        grid.setColumnStretch(1, 1)
        grid.addWidget(self.actions_group, 1, 0, 1, 2)
        grid.setRowStretch(1, 1)  # room left over goes to the rencana aksi
        scroll = QScrollArea(objectName="designScroll")
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(body)

        # The messages share one row with the save button (the rencana aksi keeps the height
        # for six rows at 1366×768), two lines high always, so no message pushes the form.
        top_row = QWidget(objectName="designTopRow")
        top_row.setFixedHeight(self.fontMetrics().lineSpacing() * 2 + 4)
        top = QHBoxLayout(top_row)
        top.setContentsMargins(0, 0, 0, 0)
        top.addWidget(self.missing_label, 1)
        top.addWidget(self.message, 1)
        top.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.addWidget(top_row)
        layout.addWidget(scroll, 1)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        labels = (self.tr("Nama inovasi"), self.tr("Gagasan asal"), self.tr("Jenis"),
                  self.tr("Urusan pemerintahan"), self.tr("Tahapan"), self.tr("Waktu uji coba"),
                  self.tr("Waktu penerapan"), self.tr("Anggaran (Rp)"),
                  self.tr("Sumber anggaran"), self.tr("Ketua tim"), self.tr("Anggota tim"))
        set_texts(self.left_labels, labels)
        labels = (self.tr("Latar belakang / masalah"), self.tr("Tujuan"), self.tr("Manfaat"),
                  self.tr("Hasil yang diharapkan"),
                  self.tr("Bukti dukung yang direncanakan (satu per baris)"))
        set_texts(self.right_labels, labels)
        self.budget_edit.setPlaceholderText("Rp0")
        self.lines["trial_period"].setPlaceholderText(self.tr("mis. Januari–Februari 2027"))
        self.actions_group.setTitle(self.tr("Rencana aksi"))
        self.actions_table.setHorizontalHeaderLabels([
            self.tr("Kegiatan"), self.tr("Penanggung jawab"), self.tr("Mulai"),
            self.tr("Selesai"), self.tr("Keluaran")])
        self.add_action_button.setText(self.tr("Tambah kegiatan"))
        self.remove_action_button.setText(self.tr("Hapus kegiatan terpilih"))
        self.save_button.setText(self.tr("Simpan rancangan (Ctrl+S)"))
        with QSignalBlocker(self.kind_combo), QSignalBlocker(self.phase_combo):
            kind, phase = self.kind_combo.currentData(), self.phase_combo.currentData()
            self.kind_combo.clear()
            self.kind_combo.addItem(self.tr("— pilih jenis —"), "")
            for key, label in DESIGN_KINDS.items():
                self.kind_combo.addItem(_(label), key)
            self.phase_combo.clear()
            for key, label in DESIGN_PHASES.items():
                self.phase_combo.addItem(_(label), key)
            self.kind_combo.setCurrentIndex(max(0, self.kind_combo.findData(kind)))
            self.phase_combo.setCurrentIndex(max(0, self.phase_combo.findData(phase)))
        self._show_missing()

    # -- data ------------------------------------------------------------------------------

    def set_opd(self, opd_id: str | None) -> None:
        if opd_id != self.opd_id:
            self.save_if_changed()
            self.message.clear()
        self.opd_id = opd_id
        self._dirty = False
        self.refresh()

    def refresh(self) -> None:
        """Reload from the workshop unless the user has unsaved typing in the form."""
        if self._dirty:
            return
        design = None
        if self.service is not None and self.opd_id is not None:
            design = self.service.design_for(self.opd_id)
        self._design = design
        self._load(design or Design(id="", opd_id=self.opd_id or ""))
        self.setEnabled(self.opd_id is not None)

    def _load(self, design: Design) -> None:
        widgets = [*self.lines.values(), *self.texts.values(), self.budget_edit,
                   self.idea_combo, self.kind_combo, self.phase_combo, self.affair_combo,
                   self.actions_table]
        blockers = [QSignalBlocker(w) for w in widgets]
        for name, line in self.lines.items():
            line.setText(getattr(design, name))
        for name, edit in self.texts.items():
            edit.setPlainText(getattr(design, name))
        self.budget_edit.setText(format_rupiah(design.budget))
        self.idea_combo.clear()
        self.idea_combo.addItem(self.tr("— tanpa gagasan asal —"), None)
        if self.service is not None and self.opd_id is not None:
            for view in self.service.list_ideas(self.opd_id):
                if view.idea.chosen or view.idea.id == design.idea_id:
                    self.idea_combo.addItem(f"{view.number}. {view.idea.text}", view.idea.id)
        self.idea_combo.setCurrentIndex(max(0, self.idea_combo.findData(design.idea_id)))
        if self.idea_combo.currentIndex() == 0 and not design.id and self.idea_combo.count() > 1:
            self.idea_combo.setCurrentIndex(1)  # a new design starts from the chosen idea
        self.kind_combo.setCurrentIndex(max(0, self.kind_combo.findData(design.kind)))
        self.phase_combo.setCurrentIndex(max(0, self.phase_combo.findData(design.phase)))
        self.affair_combo.setCurrentText(design.affair)
        self.actions_table.setRowCount(0)
        for action in design.actions:
            self._append_action(action)
        del blockers
        self._dirty = False
        self._show_missing()

    def _workshop_years(self) -> tuple[int, int]:
        return years_around(self.service.workshop().start_date if self.service else None)

    def _append_action(self, action: ActionItem) -> None:
        row = self.actions_table.rowCount()
        self.actions_table.insertRow(row)
        values = (action.activity, action.person, _iso(action.start), _iso(action.end),
                  action.output)
        for column, value in enumerate(values):
            self.actions_table.setItem(row, column, QTableWidgetItem(value))

    def design(self) -> Design:
        """The design as the form shows it (raises BadInput-like ValueError on a bad date)."""
        base = self._design or Design(id="", opd_id=self.opd_id or "")
        values = {name: line.text().strip() for name, line in self.lines.items()}
        values |= {name: edit.toPlainText().strip() for name, edit in self.texts.items()}
        return replace(
            base, **values, opd_id=self.opd_id or base.opd_id,
            idea_id=self.idea_combo.currentData(), kind=self.kind_combo.currentData() or "",
            phase=self.phase_combo.currentData() or "inisiatif",
            affair=self.affair_combo.currentText().strip(),
            budget=parse_rupiah(self.budget_edit.text()), actions=self._actions())

    def _actions(self) -> list[ActionItem]:
        actions = []
        for row in range(self.actions_table.rowCount()):
            cells = []
            for column in range(len(ACTION_COLUMNS)):
                item = self.actions_table.item(row, column)
                cells.append(item.text().strip() if item else "")
            if not any(cells):
                continue
            actions.append(ActionItem(activity=cells[0], person=cells[1],
                                      start=_parse_day(cells[2]), end=_parse_day(cells[3]),
                                      output=cells[4]))
        return actions

    # -- actions ---------------------------------------------------------------------------

    def _mark_dirty(self, *_args) -> None:
        self._dirty = True
        self.message.show_warning(self.tr("Ada perubahan yang belum disimpan."))
        self._show_missing()

    def _format_budget(self) -> None:
        amount = parse_rupiah(self.budget_edit.text())
        self.budget_edit.setText(format_rupiah(amount))

    def _show_missing(self) -> None:
        """The required fields still empty: of the form while it is being edited, else of the
        saved design (none saved yet: "rancangan inovasi")."""
        design = self._design
        if self._dirty:
            try:
                design = self.design()
            except ValueError:  # a date being typed; the saved state still tells the truth
                pass
        missing = missing_design_fields(design)
        if missing:
            self.missing_label.setText(self.tr("Belum diisi: %1").replace("%1", ", ".join(missing)))
            self.missing_label.setStyleSheet(f"color: {style.BELOW_TEXT.name()}; font-weight: 600;")
        else:
            self.missing_label.setText(self.tr("Rancangan lengkap: semua isian wajib terisi."))
            self.missing_label.setStyleSheet(style.MESSAGE_OK_QSS + " font-weight: 600;")

    def add_action_row(self) -> None:
        self._append_action(ActionItem(activity=""))
        row = self.actions_table.rowCount() - 1
        self.actions_table.setCurrentCell(row, 0)
        self.actions_table.editItem(self.actions_table.item(row, 0))
        self._mark_dirty()

    def remove_action_row(self) -> None:
        row = self.actions_table.currentRow()
        if row >= 0:
            self.actions_table.removeRow(row)
            self._mark_dirty()

    def save_if_changed(self) -> bool:
        """Auto-save when the user leaves the form; True when nothing is left unsaved."""
        return self.save() if self._dirty else True

    def save(self) -> bool:
        if self.service is None or self.opd_id is None:
            return False
        try:
            after_form = self.design()
        except ValueError:
            self.message.show_warning(self.tr(
                "Tanggal rencana aksi harus berbentuk TTTT-BB-HH, mis. 2026-12-01."))
            return False
        before = self._design
        try:
            saved = self.service.save_design(after_form)
        except LabinovasiError as error:
            self.message.show_warning(str(error))
            return False
        if before is None:  # undoing a first save blanks the form again; designs are not deleted
            before = Design(id=saved.id, opd_id=saved.opd_id, idea_id=saved.idea_id)
        self._dirty = False
        self._design = saved
        self.message.show_ok(self.tr("Rancangan tersimpan."))
        record(self.undo_stack, DesignSaveCommand(self.service, before, saved,
                                                  self.tr("simpan rancangan inovasi")))
        return True
