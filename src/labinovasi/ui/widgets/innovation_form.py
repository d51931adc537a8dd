"""The innovation profile as a guided, step-by-step form (the station's design screen and the
facilitator's design tab): one step at a time, the method's explanation beside it, the
rancang bangun with a live word count, the rencana aksi as a table with calendar pickers."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QDate, QSignalBlocker, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QStackedWidget,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from labinovasi.domain import LabinovasiError
from labinovasi.domain.guide import guide_step
from labinovasi.domain.innovations import (
    DESIGN_TEXT_MIN_WORDS,
    DESIGN_TEXT_POINTS,
    ActionStep,
    FieldChange,
    Innovation,
    word_count,
)
from labinovasi.domain.lists import choices
from labinovasi.domain.profile import (
    CHOICE,
    DATE,
    DOCUMENT,
    LIST,
    NUMBER,
    NUMBER_FIELDS,
    PROFILE,
    TEXT,
    ProfileField,
    field_label,
    history_label,
    profile_field,
    shown_text,
    step_fields,
)
from labinovasi.formatting import format_date, format_rupiah, parse_rupiah
from labinovasi.i18n import _
from labinovasi.ui.widgets.dates import use_date_delegate
from labinovasi.ui.widgets.pages import Retranslatable

NO_DATE = QDate(2000, 1, 1)  # a QDateEdit's "empty" (shown as a blank special value)
ACTION_COLUMNS = 6  # kegiatan, penanggung jawab, mulai, selesai, keluaran, indikator


def make_date_edit(value: date | None = None, object_name: str = "") -> QDateEdit:
    """A date field with a real calendar popup; the minimum date means "not set yet"."""
    edit = QDateEdit(objectName=object_name)
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("dd-MM-yyyy")
    edit.setMinimumDate(NO_DATE)
    edit.setSpecialValueText("—")
    edit.setDate(QDate(value.year, value.month, value.day) if value else NO_DATE)
    # The calendar opens on today, not on the year 2000 of an empty field.
    edit.calendarWidget().setSelectedDate(QDate.currentDate() if value is None else edit.date())
    return edit


def shorten(text: str, limit: int = 40) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def history_value(key: str, text: str) -> str:
    """An old or new value of the history as the form shows it: a list's label, not its key; a
    date as a date, an amount in rupiah."""
    declared = profile_field(key)
    if declared is not None and declared.kind == DATE and text:
        try:
            return format_date(date.fromisoformat(text[:10]))
        except ValueError:
            return text
    if declared is not None and declared.kind == NUMBER and text.isdigit():
        return format_rupiah(int(text))
    return shown_text(key, text)


def _source_text(widget: QWidget, change: FieldChange) -> str:
    when = change.at.strftime("%d-%m %H:%M") if change.at else ""
    if change.source.startswith("merge"):
        where = widget.tr("digabung dari %1").replace("%1", change.source.partition(": ")[2])
    elif change.source == "migrasi":
        where = widget.tr("dari rancangan lama")
    else:
        where = widget.tr("diubah")
    return f"{where}, {when}" if when else where


def date_of(edit: QDateEdit) -> date | None:
    value = edit.date()
    return None if value == NO_DATE else date(value.year(), value.month(), value.day())


class MethodBox(QLabel):
    """The method on screen: a step's short explanation and one worked example."""

    def __init__(self, parent=None):
        super().__init__(parent, objectName="methodBox")
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.RichText)
        self.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)

    def show_step(self, key: str) -> None:
        from html import escape

        step = guide_step(key)
        example = self.tr("Contoh")
        self.setText(
            f"<b>{escape(step.title)}</b><p>{escape(step.explain)}</p>"
            f"<p><i>{escape(example)}:</i> {escape(step.example)}</p>"
        )


# Steps: (object name, guide key); the fields on each come from the profile declaration
# (domain/profile.py: `step`), the rencana aksi is the last step.
STEPS = (
    ("identity", "profil"),
    ("kind", "profil"),
    ("designText", "rancang-bangun"),
    ("goals", "profil"),
    ("timeBudget", "profil"),
    ("team", "profil"),
    ("actions", "rencana-aksi"),
)
HISTORY_SHOWN = 4  # the newest replaced values of the step's fields


class InnovationForm(Retranslatable, QWidget):
    """Edits one innovation. `changes()` are the fields that differ from what was loaded;
    `steps()` the rencana aksi as typed. The caller saves (station: through its service).

    `typed_dates`: the rencana aksi dates are cells edited with the app's date delegate (typed
    or picked, checked against `years`), as the facilitator's keyboard-first tab wants; the
    station keeps a calendar widget in each cell, easier to touch. `station`: the station's
    form, which leaves out the fields the declaration does not show there.

    The fields, their editors and their steps come from the profile declaration
    (domain/profile.py): a declared field appears here with no change to this class."""

    stepChanged = Signal(int)
    edited = Signal()  # the user changed a value (not emitted while loading)
    # A DOCUMENT field's "attach" button (the caller picks the file and stores it as evidence).
    documentRequested = Signal(str)

    def __init__(
        self,
        parent=None,
        typed_dates: bool = False,
        years: Callable[[], tuple[int, int]] | None = None,
        station: bool = False,
        opening: Callable[[], date | None] | None = None,
    ):
        super().__init__(parent)
        self.loaded: Innovation | None = None
        self.typed_dates = typed_dates
        self._loading = False
        self.step_list = QListWidget(objectName="innovationSteps")
        self.pages = QStackedWidget(objectName="innovationPages")
        self.method = MethodBox()
        self.lines: dict[str, QLineEdit] = {}
        self.texts: dict[str, QPlainTextEdit] = {}
        self.combos: dict[str, QComboBox] = {}
        self.labels: dict[str, QLabel] = {}
        self.dates: dict[str, QDateEdit] = {}
        # per-year fields (klasifikasi, Asta Cita…): the year's allowed values, or typed text
        self.year_boxes: dict[str, QComboBox] = {}
        self.documents: dict[str, tuple[QLabel, QPushButton]] = {}
        self._rows: dict[str, QFormLayout] = {}  # the form a field's row is on (to hide it)
        self._asked: set[str] = set()  # the per-year fields the shown year asks
        self.step_keys: list[tuple[str, ...]] = []  # per step, the fields edited on it
        self.yandas_note = QLabel(objectName="innovationYandasNote", wordWrap=True)
        self.word_count = QLabel(objectName="innovationWordCount")
        self.points = QLabel(objectName="innovationPoints", wordWrap=True)
        for step, _guide in STEPS[:-1]:
            declared = step_fields(step, station=station)
            self.step_keys.append(tuple(f.key for f in declared))
            self.pages.addWidget(self._page(step, declared))
        actions_page = QWidget()
        actions_layout = QVBoxLayout(actions_page)
        actions_layout.setContentsMargins(0, 0, 0, 0)
        self.actions_table = QTableWidget(0, ACTION_COLUMNS, objectName="innovationActions")
        self.actions_table.verticalHeader().setVisible(False)
        self.actions_table.verticalHeader().setDefaultSectionSize(
            self.actions_table.fontMetrics().height() * 2 + 12
        )
        self.actions_table.setWordWrap(True)
        header = self.actions_table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        for column in (2, 3):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.date_delegate = None
        if typed_dates:
            self.date_delegate = use_date_delegate(
                self.actions_table, (2, 3), years=years, opening=opening
            )
            for column in (2, 3):
                header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
            self._size_date_columns()
        self.add_action_button = QPushButton(objectName="innovationAddAction")
        self.remove_action_button = QPushButton(objectName="innovationRemoveAction")
        self.remove_action_button.setProperty("secondary", True)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_action_button)
        buttons.addWidget(self.remove_action_button)
        buttons.addStretch(1)
        actions_layout.addWidget(self.actions_table, 1)
        actions_layout.addLayout(buttons)
        self.pages.addWidget(actions_page)

        self.back_button = QPushButton(objectName="innovationBack")
        self.back_button.setProperty("secondary", True)
        self.next_button = QPushButton(objectName="innovationNext")
        self.step_title = QLabel(objectName="innovationStepTitle")
        nav = QHBoxLayout()
        nav.addWidget(self.step_title, 1)
        nav.addWidget(self.back_button)
        nav.addWidget(self.next_button)
        self.history_label = QLabel(objectName="innovationHistory", wordWrap=True)
        self.history_label.setTextFormat(Qt.TextFormat.PlainText)
        self.history: list[FieldChange] = []
        middle = QVBoxLayout()
        middle.addLayout(nav)
        middle.addWidget(self.pages, 1)
        middle.addWidget(self.history_label)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.step_list.setMinimumWidth(
            self.step_list.fontMetrics().horizontalAdvance("2. Jenis, bentuk, urusan") + 40
        )
        self.step_list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        layout.addWidget(self.step_list, 2)
        layout.addLayout(middle, 7)
        layout.addWidget(self.method, 3)
        for _step in STEPS:
            self.step_list.addItem(QListWidgetItem())

        self.step_list.currentRowChanged.connect(self.go_to)
        self.back_button.clicked.connect(lambda: self.go_to(self.pages.currentIndex() - 1))
        self.next_button.clicked.connect(lambda: self.go_to(self.pages.currentIndex() + 1))
        if "design_text" in self.texts:
            self.texts["design_text"].textChanged.connect(self._update_word_count)
        self.add_action_button.clicked.connect(self._add_action_clicked)
        for edit in self.lines.values():
            edit.textEdited.connect(self._edited)
        for edit in self.texts.values():
            edit.textChanged.connect(self._edited)
        for box in self.combos.values():
            box.activated.connect(self._edited)
        for edit in self.dates.values():
            edit.dateChanged.connect(self._edited)
        for box in self.year_boxes.values():
            box.editTextChanged.connect(self._edited)
        for key, (_label, button) in self.documents.items():
            button.clicked.connect(lambda _checked=False, key=key: self.documentRequested.emit(key))
        self.set_year_fields({})
        self.actions_table.itemChanged.connect(self._edited)
        self.remove_action_button.clicked.connect(self._remove_action_row)
        if "main_affair" in self.combos:
            self.combos["main_affair"].currentIndexChanged.connect(self._update_yandas)
        self.retranslate_ui()
        self.go_to(0)

    # -- building, from the declaration ------------------------------------------------------

    def _editor(self, declared: ProfileField) -> QWidget:
        """The editor a field's kind takes: a line, a text box, a list, a date."""
        name = f"innovation_{declared.key}"
        if declared.per_year:
            box = QComboBox(objectName=name, editable=True)
            box.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
            box.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
            )
            box.setMinimumContentsLength(16)
            self.year_boxes[declared.key] = box
            return box
        if declared.kind == DOCUMENT:
            holder = QWidget(objectName=name)
            shown = QLabel("—", objectName=f"{name}Name")
            shown.setTextFormat(Qt.TextFormat.PlainText)  # a file name is data
            button = QPushButton(objectName=f"{name}Attach")
            row = QHBoxLayout(holder)
            row.setContentsMargins(0, 0, 0, 0)
            row.addWidget(shown, 1)
            row.addWidget(button)
            self.documents[declared.key] = (shown, button)
            return holder
        if declared.kind == CHOICE:
            box = QComboBox(objectName=name)
            # Long urusan names must not set the window's minimum width (the field grows).
            box.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
            )
            box.setMinimumContentsLength(16)
            if declared.blank:
                box.addItem("—", "")
            for choice in choices(declared.choices):
                shown = choice.shown
                if declared.choices == "urusan":
                    shown = f"{choice.key} {shown}" + (" ★" if choice.yandas else "")
                box.addItem(shown, choice.key)
            self.combos[declared.key] = box
            return box
        if declared.kind == DATE:
            self.dates[declared.key] = make_date_edit(object_name=name)
            return self.dates[declared.key]
        if declared.kind == TEXT and declared.lines > 1:
            edit = QPlainTextEdit(objectName=name)
            edit.setTabChangesFocus(True)
            edit.setMinimumHeight(declared.lines * 28)
            self.texts[declared.key] = edit
            return edit
        self.lines[declared.key] = QLineEdit(objectName=name)  # text, list, amount
        return self.lines[declared.key]

    def _page(self, step: str, declared: tuple[ProfileField, ...]) -> QWidget:
        widget = QWidget()
        if step == "designText":  # the rancang bangun: its points above, its word count below
            layout = QVBoxLayout(widget)
            layout.setContentsMargins(0, 0, 0, 0)
            for field in declared:
                self.labels[field.key] = QLabel()
                layout.addWidget(self.labels[field.key])
                if field.key == "design_text":
                    layout.addWidget(self.points)
                layout.addWidget(self._editor(field), 1 if field.lines > 1 else 0)
                if field.key == "design_text":
                    layout.addWidget(self.word_count)
            return widget
        form = QFormLayout(widget)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        for field in declared:
            self.labels[field.key] = QLabel()
            form.addRow(self.labels[field.key], self._editor(field))
            self._rows[field.key] = form
        if step == "kind":
            form.addRow(self.yandas_note)
        # A step with many fields (the national form's results, HKI, awards…) scrolls rather
        # than set the window's minimum height past a 1366×768 laptop screen.
        scroll = QScrollArea(objectName=f"innovationStep_{step}")
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setWidget(widget)
        scroll.viewport().setAutoFillBackground(False)  # the tab's own background shows
        widget.setAutoFillBackground(False)
        return scroll

    def retranslate_ui(self) -> None:
        self.step_list.setAccessibleName(self.tr("Langkah formulir inovasi"))
        for key, label in self.labels.items():
            label.setText(field_label(key))
        titles = (
            self.tr("1. Identitas"),
            self.tr("2. Jenis, bentuk, urusan"),
            self.tr("3. Rancang bangun"),
            self.tr("4. Tujuan dan manfaat"),
            self.tr("5. Waktu dan anggaran"),
            self.tr("6. Tim"),
            self.tr("7. Rencana aksi"),
        )
        for row, title in enumerate(titles):
            self.step_list.item(row).setText(title)
            page = self.pages.widget(row)
            if isinstance(page, QScrollArea):  # a step's scrolling page: named by its title
                page.setAccessibleName(title)
        self.titles = titles
        self.back_button.setText(self.tr("‹ Sebelumnya"))
        self.next_button.setText(self.tr("Berikutnya ›"))
        self.add_action_button.setText(self.tr("Tambah kegiatan"))
        self.remove_action_button.setText(self.tr("Hapus baris"))
        self.actions_table.setHorizontalHeaderLabels(
            [
                self.tr("Kegiatan"),
                self.tr("Penanggung jawab"),
                self.tr("Mulai"),
                self.tr("Selesai"),
                self.tr("Keluaran"),
                self.tr("Indikator keberhasilan"),
            ]
        )
        self.points.setText(
            self.tr("Mencakup enam hal: %1.").replace(
                "%1", ", ".join(_(p) for p in DESIGN_TEXT_POINTS)
            )
        )
        for _shown, button in self.documents.values():
            button.setText(self.tr("Lampirkan PDF…"))
        for declared in PROFILE:
            if declared.key not in self.lines:
                continue
            if declared.kind == LIST:
                self.lines[declared.key].setPlaceholderText(
                    self.tr("kode, dipisah titik koma: 2.16; 1.01")
                )
            elif declared.kind == NUMBER:
                self.lines[declared.key].setPlaceholderText("Rp0")
        self._update_word_count()
        self._update_yandas()
        self.go_to(self.pages.currentIndex())

    # -- steps ---------------------------------------------------------------------------

    def go_to(self, index: int) -> None:
        index = max(0, min(len(STEPS) - 1, index))
        if self.pages.currentIndex() != index:
            self.pages.setCurrentIndex(index)
            self.stepChanged.emit(index)
        if self.step_list.currentRow() != index:
            self.step_list.setCurrentRow(index)
        self.back_button.setEnabled(index > 0)
        self.next_button.setEnabled(index < len(STEPS) - 1)
        self.step_title.setText(self.titles[index] if hasattr(self, "titles") else "")
        self.method.show_step(STEPS[index][1])
        self._show_history()

    def _show_history(self) -> None:
        """The step's fields' replaced values, newest first: what an edit or a merge of
        station copies replaced stays visible."""
        index = self.pages.currentIndex()
        fields = self.step_keys[index] if index < len(self.step_keys) else ()
        changes = [c for c in reversed(self.history) if c.field in fields][:HISTORY_SHOWN]
        lines = [
            self.tr("%1: “%2” → “%3” (%4)")
            .replace("%1", history_label(c.field))
            .replace("%2", shorten(history_value(c.field, c.old_value)))
            .replace("%3", shorten(history_value(c.field, c.new_value)))
            .replace("%4", _source_text(self, c))
            for c in changes
        ]
        self.history_label.setText(
            self.tr("Riwayat isian:") + "\n" + "\n".join(lines) if lines else ""
        )
        self.history_label.setVisible(bool(lines))

    def _update_word_count(self) -> None:
        if "design_text" not in self.texts:
            return
        words = word_count(self.texts["design_text"].toPlainText())
        self.word_count.setText(
            self.tr("%1 dari %2 kata")
            .replace("%1", str(words))
            .replace("%2", str(DESIGN_TEXT_MIN_WORDS))
        )
        self.word_count.setProperty("met", words >= DESIGN_TEXT_MIN_WORDS)
        self.word_count.style().unpolish(self.word_count)
        self.word_count.style().polish(self.word_count)

    def _update_yandas(self) -> None:
        if "main_affair" not in self.combos:
            return
        key = self.combos["main_affair"].currentData()
        yandas = {c.key for c in choices("urusan") if c.yandas}
        self.yandas_note.setText(
            self.tr("★ urusan wajib pelayanan dasar")
            if key in yandas
            else self.tr("★ menandai enam urusan wajib pelayanan dasar")
        )

    def set_year_fields(self, asked: dict) -> None:
        """Show the per-year fields the assessment year asks (`asked`: key → its YearField from
        the rule file) with their allowed values; hide the others."""
        self._asked = set(asked)
        for key, box in self.year_boxes.items():
            self._rows[key].setRowVisible(box, key in asked)
            entry = asked.get(key)
            text = box.currentText()
            with QSignalBlocker(box):
                box.clear()
                if entry is not None:
                    box.addItems(["", *entry.choices])
                box.setEditText(text)
            tip = ""
            if entry is not None:
                if entry.format == "coordinates":
                    box.lineEdit().setPlaceholderText(self.tr("lintang, bujur: -2.5320, 112.9480"))
                elif entry.choices and not entry.open:
                    box.lineEdit().setPlaceholderText(self.tr("pilih dari daftar tahun ini"))
                else:
                    box.lineEdit().setPlaceholderText("")
                tip = entry.note + (
                    " " + self.tr("(daftar belum pasti)") if entry.uncertain else ""
                )
            box.setToolTip(tip.strip())

    def show_document(self, key: str, name: str) -> None:
        """The attached document's file name (the caller reads it from the evidence store)."""
        if key in self.documents:
            self.documents[key][0].setText(name or "—")

    def _edited(self, *_args) -> None:
        if not self._loading:
            self.edited.emit()

    # -- rencana aksi ----------------------------------------------------------------------

    def _add_action_clicked(self) -> None:
        row = self.add_action_row()
        if self.typed_dates:  # straight to typing the kegiatan
            self.actions_table.setFocus()
            self.actions_table.editItem(self.actions_table.item(row, 0))
        self._edited()

    def _size_date_columns(self) -> None:
        """Room for "30 September 2027" in the font in use: the station's larger style
        arrives after construction, so this runs again when it is shown."""
        if not self.typed_dates:
            return
        width = self.actions_table.fontMetrics().horizontalAdvance("30 September 2027 ") + 24
        for column in (2, 3):
            if self.actions_table.columnWidth(column) < width:
                self.actions_table.setColumnWidth(column, width)

    def showEvent(self, event) -> None:
        super().showEvent(event)
        self._size_date_columns()

    def add_action_row(self, step: ActionStep | None = None) -> int:
        table = self.actions_table
        row = table.rowCount()
        table.insertRow(row)
        step = step or ActionStep(activity="")
        for column, value in (
            (0, step.activity),
            (1, step.person),
            (4, step.output),
            (5, step.indicator),
        ):
            item = QTableWidgetItem(value)
            if column == 0:
                item.setData(Qt.ItemDataRole.UserRole, step.id)
            table.setItem(row, column, item)
        if self.typed_dates:
            for column, value in ((2, step.start), (3, step.end)):
                table.setItem(row, column, QTableWidgetItem(value.isoformat() if value else ""))
        else:
            table.setCellWidget(row, 2, make_date_edit(step.start, f"actionStart{row}"))
            table.setCellWidget(row, 3, make_date_edit(step.end, f"actionEnd{row}"))
        table.setCurrentCell(row, 0)
        return row

    def _remove_action_row(self) -> None:
        row = self.actions_table.currentRow()
        if row >= 0:
            self.actions_table.removeRow(row)
            self._edited()

    def steps(self) -> list[ActionStep]:
        table = self.actions_table
        result = []

        def cell(row: int, column: int) -> str:
            item = table.item(row, column)
            return item.text() if item else ""

        def day(row: int, column: int) -> date | None:
            if not self.typed_dates:
                return date_of(table.cellWidget(row, column))
            text = cell(row, column).strip()  # the delegate stores ISO dates only
            return date.fromisoformat(text) if text else None

        for row in range(table.rowCount()):
            first = table.item(row, 0)
            result.append(
                ActionStep(
                    activity=cell(row, 0),
                    person=cell(row, 1),
                    start=day(row, 2),
                    end=day(row, 3),
                    output=cell(row, 4),
                    indicator=cell(row, 5),
                    id=(first.data(Qt.ItemDataRole.UserRole) or "") if first else "",
                )
            )
        return result

    # -- values ----------------------------------------------------------------------------

    def load(self, innovation: Innovation | None, history: list[FieldChange] | None = None) -> None:
        self._loading = True
        try:
            self._load(innovation, history)
        finally:
            self._loading = False

    def _load(self, innovation: Innovation | None, history: list[FieldChange] | None) -> None:
        self.loaded = innovation
        self.history = list(history or [])
        self.setEnabled(innovation is not None)
        empty = innovation or Innovation(id="", opd_id="")
        for name, edit in self.lines.items():
            edit.setText(self._line_text(name, empty.value(name)))
        for name, edit in self.texts.items():
            edit.setPlainText(str(empty.value(name) or ""))
        for name, box in self.combos.items():
            index = box.findData(empty.value(name))
            box.setCurrentIndex(max(0, index))
        for name, edit in self.dates.items():
            value = empty.value(name)
            edit.setDate(
                QDate(value.year, value.month, value.day) if isinstance(value, date) else NO_DATE
            )
        for name, box in self.year_boxes.items():
            box.setEditText(str(empty.value(name) or ""))
        for name in self.documents:
            self.show_document(name, self.tr("terlampir") if empty.value(name) else "")
        self.actions_table.setRowCount(0)
        for step in empty.actions:
            self.add_action_row(step)
        self._show_history()

    @staticmethod
    def _line_text(name: str, value: object) -> str:
        declared = profile_field(name)
        kind = declared.kind if declared else TEXT
        if kind == NUMBER:
            return format_rupiah(value) if isinstance(value, int) else ""
        if kind == LIST:
            return "; ".join(value) if isinstance(value, list) else str(value or "")
        return str(value or "")

    def values(self) -> dict[str, object]:
        values: dict[str, object] = {name: edit.text() for name, edit in self.lines.items()}
        values |= {name: edit.toPlainText() for name, edit in self.texts.items()}
        values |= {name: box.currentData() or "" for name, box in self.combos.items()}
        values |= {name: date_of(edit) for name, edit in self.dates.items()}
        # a per-year field the year does not ask is left as it is
        values |= {n: b.currentText() for n, b in self.year_boxes.items() if n in self._asked}
        for name in NUMBER_FIELDS:
            if name in self.lines:
                try:
                    values[name] = parse_rupiah(self.lines[name].text())
                except (ValueError, LabinovasiError):
                    values[name] = self.lines[name].text()  # the service names the problem
        return values

    def changes(self) -> dict[str, object]:
        """Fields whose value differs from the loaded innovation (as the service stores them)."""
        from labinovasi.domain.innovations import check_field

        if self.loaded is None:
            return {}
        result = {}
        for name, value in self.values().items():
            try:
                stored = check_field(name, value)
            except LabinovasiError:
                result[name] = value  # refused on save, with the field's name
                continue
            if stored != self.loaded.value(name):
                result[name] = value
        return result

    def actions_changed(self) -> bool:
        if self.loaded is None:
            return False
        mine = [
            (
                s.activity.strip(),
                s.person.strip(),
                s.start,
                s.end,
                s.output.strip(),
                s.indicator.strip(),
            )
            for s in self.steps()
            if s.activity.strip()
        ]
        theirs = [
            (s.activity, s.person, s.start, s.end, s.output, s.indicator)
            for s in self.loaded.actions
        ]
        return mine != theirs
