"""Drum-up tab: the OPD's ideas as typed, with counting marks, and the line to add the next one."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt, QTimer
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
)

from labinovasi.domain import LabinovasiError
from labinovasi.domain.rules import UNDONE_ADDITION
from labinovasi.formatting import format_progress
from labinovasi.services import IdeaView
from labinovasi.services.views import OpdStatus
from labinovasi.ui import style
from labinovasi.ui.facilitator.similar_view import SimilarIdeasView
from labinovasi.ui.signals import Change
from labinovasi.ui.widgets.commands import (
    IdeaAddCommand,
    IdeaEditCommand,
    IdeaMoveCommand,
    IdeaRestoreCommand,
    IdeaWithdrawCommand,
    idea_actions,
    record,
)
from labinovasi.ui.widgets.common import (
    MessageLine,
    ReasonDialog,
    add_form_rows,
    idea_stands,
    make_row_list,
    name_buttons,
    set_texts,
)
from labinovasi.ui.widgets.idea_model import (
    COL_AUTHOR,
    COL_NUMBER,
    COL_PROBLEM,
    COL_STATUS,
    COL_TEXT,
    IdeaListModel,
)
from labinovasi.ui.widgets.pages import OpdPage

SIMILAR_DELAY_MS = 300  # after an added idea, before "Gagasan mirip" compares again


class IdeaEditDialog(QDialog):
    """Edit an idea's text, pengusul and masalah. The old text stays in the idea's history."""

    def __init__(self, view: IdeaView, parent=None):
        super().__init__(parent)
        self.setObjectName("ideaEditDialog")
        self.view = view
        self.text_edit = QPlainTextEdit(view.idea.text, objectName="ideaEditText")
        self.text_edit.setTabChangesFocus(True)
        self.author_edit = QLineEdit(view.idea.author, objectName="ideaEditAuthor")
        self.problem_edit = QLineEdit(view.idea.problem, objectName="ideaEditProblem")
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.form = QFormLayout()
        self.form_labels = add_form_rows(
            self.form, (self.text_edit, self.author_edit, self.problem_edit)
        )
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.buttons)
        self.resize(560, 300)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Ubah gagasan no. %1").replace("%1", str(self.view.number)))
        set_texts(self.form_labels, (self.tr("Gagasan"), self.tr("Pengusul"), self.tr("Masalah")))
        name_buttons(
            self.buttons,
            {
                QDialogButtonBox.StandardButton.Save: self.tr("Simpan"),
                QDialogButtonBox.StandardButton.Cancel: self.tr("Batal"),
            },
        )

    def changes(self) -> dict:
        """The fields that differ from the idea as it was."""
        idea = self.view.idea
        values = {
            "text": self.text_edit.toPlainText(),
            "author": self.author_edit.text(),
            "problem": self.problem_edit.text(),
        }
        return {k: v for k, v in values.items() if v.strip() != getattr(idea, k)}


class MoveIdeaDialog(QDialog):
    """Choose the OPD an idea typed under the wrong OPD belongs to."""

    def __init__(self, view: IdeaView, opds, parent=None):
        super().__init__(parent)
        self.setObjectName("moveIdeaDialog")
        self.setWindowTitle(self.tr("Pindahkan gagasan no. %1").replace("%1", str(view.number)))
        self.combo = QComboBox(objectName="moveIdeaTarget")
        # No OPD chosen for the user: Enter on an untouched dialog must not move the idea.
        self.combo.addItem(self.tr("— pilih OPD tujuan —"), None)
        for opd in opds:
            if opd.id != view.idea.opd_id:
                self.combo.addItem(opd.display_name, opd.id)
        label = QLabel(self.tr("Pindahkan ke &OPD:"))
        label.setBuddy(self.combo)
        text = QLabel(view.idea.text)
        text.setTextFormat(Qt.TextFormat.PlainText)
        text.setWordWrap(True)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        name_buttons(
            self.buttons,
            {
                QDialogButtonBox.StandardButton.Ok: self.tr("Pindahkan"),
                QDialogButtonBox.StandardButton.Cancel: self.tr("Batal"),
            },
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(False)
        self.combo.currentIndexChanged.connect(
            lambda _i: ok.setEnabled(self.combo.currentData() is not None)
        )
        layout = QVBoxLayout(self)
        layout.addWidget(text)
        layout.addWidget(label)
        layout.addWidget(self.combo)
        layout.addWidget(self.buttons)
        self.resize(480, 180)

    def target(self) -> str | None:
        return self.combo.currentData()


class DrumupTab(OpdPage):
    """Lists the OPD's ideas (oldest first) and adds new ones; Enter adds and stays ready."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("drumupTab")
        # What was typed but not yet added, per OPD: switching OPD must neither lose it nor
        # let Enter add it to the wrong OPD.
        self._drafts: dict[str, tuple[str, str, str]] = {}

        self.counter_label = QLabel(objectName="ideaCounter")
        self.counter_label.setStyleSheet(style.font_qss(13, 600))
        # Model/view: the OPD's ideas are handed to the view in batches as it scrolls, and
        # only the rows fetched are measured for wrapping (an OPD may hold thousands).
        self.model = IdeaListModel(self.status_text, self)
        self.table = QTableView(objectName="ideaTable")
        self.table.setModel(self.model)
        make_row_list(self.table, wrap=True)
        self.model.rowsInserted.connect(self._fit_rows)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(COL_NUMBER, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(COL_TEXT, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(COL_AUTHOR, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(COL_PROBLEM, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(COL_STATUS, QHeaderView.ResizeMode.Interactive)
        self.table.setColumnWidth(COL_AUTHOR, 140)
        self.table.setColumnWidth(COL_STATUS, 170)
        self.table.doubleClicked.connect(lambda index: self.open_edit_dialog(index.row()))

        self.idea_label = QLabel()
        self.idea_input = QLineEdit(objectName="ideaInput")
        self.idea_input.setClearButtonEnabled(True)
        self.idea_label.setBuddy(self.idea_input)
        self.author_input = QLineEdit(objectName="authorInput")
        self.problem_input = QLineEdit(objectName="problemInput")
        self.add_button = QPushButton(objectName="addIdeaButton")
        self.add_button.setDefault(False)
        self.add_button.clicked.connect(self.add_idea)
        for line in (self.idea_input, self.author_input, self.problem_input):
            line.returnPressed.connect(self.add_idea)
        self.keep_author_check = QCheckBox(objectName="keepAuthorCheck")
        self.edit_button = QPushButton(objectName="editIdeaButton")
        self.edit_button.clicked.connect(
            lambda: self.open_edit_dialog(self.table.currentIndex().row())
        )
        self.withdraw_button = QPushButton(objectName="withdrawIdeaButton")
        self.withdraw_button.clicked.connect(self.toggle_withdrawn)
        self.move_button = QPushButton(objectName="moveIdeaButton")
        self.move_button.clicked.connect(self.move_current)
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        self.model.modelReset.connect(self._update_buttons)
        self.message = MessageLine(reserve=True, objectName="ideaMessage")

        top = QHBoxLayout()
        top.addWidget(self.counter_label, 1)
        top.addWidget(self.edit_button)
        top.addWidget(self.withdraw_button)
        top.addWidget(self.move_button)
        extra = QHBoxLayout()
        self.author_label, self.problem_label = QLabel(), QLabel()
        self.author_label.setBuddy(self.author_input)
        self.problem_label.setBuddy(self.problem_input)
        extra.addWidget(self.author_label)
        extra.addWidget(self.author_input, 1)
        extra.addWidget(self.keep_author_check)
        extra.addWidget(self.problem_label)
        extra.addWidget(self.problem_input, 2)
        extra.addWidget(self.add_button)
        self.similar_view = SimilarIdeasView()  # "Gagasan mirip", beside the list
        self.similar_timer = QTimer(self, singleShot=True, interval=SIMILAR_DELAY_MS)
        self.similar_timer.timeout.connect(self._compare_again)
        self._hint_idea: str | None = None  # the idea just added, whose look-alikes to name
        self.splitter = QSplitter(Qt.Orientation.Horizontal, objectName="drumupSplitter")
        self.splitter.addWidget(self.table)
        self.splitter.addWidget(self.similar_view)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.splitter, 1)
        layout.addWidget(self.idea_label)
        layout.addWidget(self.idea_input)
        layout.addLayout(extra)
        layout.addWidget(self.message)
        self.setTabOrder(self.idea_input, self.author_input)
        self.setTabOrder(self.author_input, self.keep_author_check)
        self.setTabOrder(self.keep_author_check, self.problem_input)
        self.setTabOrder(self.problem_input, self.add_button)
        self.setTabOrder(self.add_button, self.table)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.model.set_headers(
            [
                self.tr("No."),
                self.tr("Gagasan"),
                self.tr("Pengusul"),
                self.tr("Masalah"),
                self.tr("Status"),
            ]
        )
        self.idea_label.setText(self.tr("&Gagasan baru (Enter untuk menambah):"))
        self.idea_input.setPlaceholderText(self.tr("Tulis satu gagasan, lalu tekan Enter…"))
        self.author_label.setText(self.tr("&Pengusul:"))
        self.problem_label.setText(self.tr("&Masalah:"))
        self.keep_author_check.setText(self.tr("tetap untuk gagasan berikutnya"))
        self.keep_author_check.setToolTip(
            self.tr("Centang bila orang yang sama menulis beberapa gagasan berturut-turut")
        )
        self.problem_input.setPlaceholderText(self.tr("masalah yang dijawab (boleh nanti)"))
        self.add_button.setText(self.tr("Tambah"))
        self.edit_button.setText(self.tr("&Ubah gagasan…"))
        self.move_button.setText(self.tr("P&indahkan ke OPD lain…"))
        self.refresh()

    # -- data ------------------------------------------------------------------------------

    def set_opd(self, opd_id: str | None) -> None:
        if opd_id != self.opd_id:
            self.message.clear()
            inputs = (self.idea_input, self.author_input, self.problem_input)
            if self.opd_id is not None:
                self._drafts[self.opd_id] = tuple(line.text() for line in inputs)
            for line, text in zip(inputs, self._drafts.pop(opd_id, ("", "", "")), strict=True):
                line.setText(text)
        self.opd_id = opd_id
        self.refresh()

    def refresh(self) -> None:
        """Read the OPD's ideas and counter again (another OPD, F5, a change that is not a
        plain addition)."""
        self.similar_view.show_opd(self.service, self.undo_stack, self.opd_id)
        if self.service is None or self.opd_id is None:
            self.model.set_views([])
            self.counter_label.clear()
            return
        status = self.service.opd_status(self.opd_id)
        views = self.service.list_ideas(self.opd_id)
        self.show_counter(status)
        current = self.current_idea_id()
        self.model.set_views(views, at_least=self.model.rowCount())
        row = self.model.row_of(current)
        if row >= 0:
            self.table.selectRow(row)
        self.table.resizeRowsToContents()
        self._update_buttons()

    def apply_change(self, change: Change, status: OpdStatus | None = None) -> None:
        """Follow a change notice: ideas only added are appended (the ones this tab added
        itself are there already) and the counter shown from `status` (the OPD's, read once
        by the workspace); anything else reads the OPD again."""
        if self.service is None or self.opd_id is None or not change.touches(self.opd_id):
            return
        if not (change.added_ideas and change.opd_ids == {self.opd_id}):
            self.refresh()
            return
        new = [
            self.service.idea_view(idea_id)
            for idea_id in sorted(change.added_ideas)
            if not self.model.holds(idea_id)
        ]
        self.model.append_views(sorted(new, key=lambda view: view.number))
        self.show_counter(status or self.service.opd_status(self.opd_id))
        # "Gagasan mirip" compares the OPD's ideas again: a moment later, so the row and the
        # counter show the new idea at once however many ideas the OPD holds
        self.similar_timer.start()

    def _compare_again(self) -> None:
        """ "Gagasan mirip" after an added idea: the pairs again, and the ideas the new one
        resembles named beside "tersimpan" (before the team types the next one)."""
        self.similar_view.refresh()
        idea_id, self._hint_idea = self._hint_idea, None
        hint = self.similar_view.hint_for(idea_id) if idea_id else ""
        if hint and self.message.recheck():  # "tersimpan" still true: the hint joins it
            self.message.show_ok(f"{self.message.text()} {hint}", self.message.holds)

    def show_counter(self, status: OpdStatus) -> None:
        counter = self.tr("Gagasan dihitung: %1 · tersimpan %2 · duplikat %3")
        counter = (
            counter.replace("%1", format_progress(status.tally.counted, status.minimum))
            .replace("%2", str(status.tally.stored))
            .replace("%3", str(status.tally.duplicates))
        )
        if status.tally.withdrawn:
            counter += self.tr(" · ditarik %1").replace("%1", str(status.tally.withdrawn))
        self.counter_label.setText(counter)
        sheet = style.font_qss(13, 600) + " color: %s;" % (
            style.MET.name() if status.meets_minimum else style.BELOW_TEXT.name()
        )
        if sheet != self.counter_label.styleSheet():  # a new style sheet re-polishes: ~ms
            self.counter_label.setStyleSheet(sheet)

    def current_view(self) -> IdeaView | None:
        return self.model.view(self.table.currentIndex().row())

    def _update_buttons(self) -> None:
        view = self.current_view()
        for button in (self.edit_button, self.withdraw_button, self.move_button):
            button.setEnabled(view is not None)
        withdrawn = view is not None and view.idea.withdrawn
        self.withdraw_button.setText(
            self.tr("&Kembalikan gagasan") if withdrawn else self.tr("T&arik gagasan…")
        )

    def _fit_rows(self, _parent: QModelIndex, first: int, last: int) -> None:
        """Rows fetched while scrolling get their wrapped height."""
        for row in range(first, last + 1):
            self.table.resizeRowToContents(row)

    def status_text(self, view: IdeaView) -> str:
        if view.idea.withdrawn:
            return self.tr("ditarik: %1").replace("%1", view.idea.withdrawn_reason)
        if view.counted:
            return self.tr("dihitung")
        if view.blank:
            return self.tr("kosong, tidak dihitung")
        return self.tr("duplikat dari no. %1").replace("%1", str(view.duplicate_of_number))

    def current_idea_id(self) -> str | None:
        view = self.model.view(self.table.currentIndex().row())
        return view.idea.id if view else None

    # -- actions ---------------------------------------------------------------------------

    def add_idea(self) -> None:
        """Store the typed idea at once; a blank line is refused gently, nothing written."""
        if self.service is None or self.opd_id is None:
            return
        text = self.idea_input.text()
        if not text.strip():
            self.message.show_warning(
                self.tr("Gagasan masih kosong — tulis gagasannya dulu, lalu tekan Enter.")
            )
            self.idea_input.setFocus()
            return
        try:
            view = self.service.add_idea(
                self.opd_id,
                text,
                author=self.author_input.text(),
                problem=self.problem_input.text(),
            )
        except LabinovasiError as error:
            self.message.show_warning(str(error))
            return
        self.model.append_views([view])
        row = self.model.row_of(view.idea.id)  # fetches up to the new row: it is shown
        self.table.scrollTo(self.model.index(row, 0))
        # setText, not clear(): it also empties the fields' own undo history, so Ctrl+Z there
        # cannot bring back the saved text (and Enter make a duplicate of it).
        self.idea_input.setText("")
        self.problem_input.setText("")
        if not self.keep_author_check.isChecked():
            self.author_input.setText("")  # never credit the next idea to someone silently
        saved = idea_stands(self.service, view.idea.id, self.opd_id)  # until undone or moved
        if view.counted:
            self.message.show_ok(
                self.tr("Gagasan no. %1 tersimpan.").replace("%1", str(view.number)), saved
            )
            self._hint_idea = view.idea.id
        else:
            self.message.show_warning(
                self.tr(
                    "Gagasan no. %1 tersimpan, tetapi sama dengan no. %2 sehingga tidak dihitung."
                )
                .replace("%1", str(view.number))
                .replace("%2", str(view.duplicate_of_number)),
                saved,
            )
        self.idea_input.setFocus()
        record(
            self.undo_stack,
            IdeaAddCommand(
                self.service,
                self.opd_id,
                view.idea.id,
                UNDONE_ADDITION,  # data, not text: papers leave such an idea out
                self.tr("tambah gagasan no. %1").replace("%1", str(view.number)),
            ),
        )

    def focus_input(self) -> None:
        self.idea_input.setFocus()
        self.idea_input.selectAll()

    def open_edit_dialog(self, row: int) -> IdeaEditDialog | None:
        view = self.model.view(row)
        if view is None:
            return None
        dialog = IdeaEditDialog(view, self)
        dialog.accepted.connect(lambda: self.apply_edit(dialog.view, dialog.changes()))
        dialog.open()
        return dialog

    def apply_edit(self, view: IdeaView, changes: dict) -> bool:
        if not changes or self.service is None:
            return False
        before = {k: getattr(view.idea, k) for k in changes}
        try:
            self.service.update_idea(view.idea.id, **changes)
        except LabinovasiError as error:
            self.message.show_warning(str(error))
            return False
        record(
            self.undo_stack,
            IdeaEditCommand(
                self.service,
                view.idea.opd_id,
                view.idea.id,
                before,
                changes,
                self.tr("ubah gagasan no. %1").replace("%1", str(view.number)),
            ),
        )
        return True

    # -- withdraw, restore, move (the facilitator only; stations have none of these) -------

    def toggle_withdrawn(self) -> bool:
        """Withdraw the selected idea (asks the reason) or restore a withdrawn one."""
        view = self.current_view()
        if view is None or self.service is None:
            return False
        if view.idea.withdrawn:
            return self._apply(
                lambda: idea_actions().restore_idea(self.service, view.idea.id),
                IdeaRestoreCommand(
                    self.service,
                    view.idea.id,
                    view.idea.withdrawn_reason,
                    self.tr("kembalikan gagasan no. %1").replace("%1", str(view.number)),
                ),
            )
        self.reason_dialog = ReasonDialog(
            self.tr("Tarik gagasan no. %1").replace("%1", str(view.number)),
            view.idea.text
            + "\n\n"
            + self.tr(
                "Gagasan yang ditarik tetap disimpan dan dicetak di daftar tersendiri, tetapi "
                "tidak dihitung. Tulis &alasannya:"
            ),
            self.tr("Tarik"),
            self,
        )
        accepted = self.reason_dialog.exec() == QDialog.DialogCode.Accepted
        reason = self.reason_dialog.reason()
        self.reason_dialog.deleteLater()
        if not accepted:
            return False
        return self._apply(
            lambda: idea_actions().withdraw_idea(self.service, view.idea.id, reason),
            IdeaWithdrawCommand(
                self.service,
                view.idea.id,
                reason.strip(),
                self.tr("tarik gagasan no. %1").replace("%1", str(view.number)),
            ),
        )

    def move_current(self) -> bool:
        view = self.current_view()
        if view is None or self.service is None:
            return False
        self.move_dialog = MoveIdeaDialog(view, self.service.list_opds(), self)
        accepted = self.move_dialog.exec() == QDialog.DialogCode.Accepted
        target = self.move_dialog.target()
        self.move_dialog.deleteLater()
        if not accepted or target is None:
            return False
        name = self.service.get_opd(target).abbreviation
        return self._apply(
            lambda: idea_actions().move_idea(self.service, view.idea.id, target),
            IdeaMoveCommand(
                self.service,
                view.idea.id,
                view.idea.opd_id,
                target,
                self.tr("pindahkan gagasan no. %1 ke %2")
                .replace("%1", str(view.number))
                .replace("%2", name),
            ),
            self.tr("Gagasan no. %1 dipindahkan ke %2.")
            .replace("%1", str(view.number))
            .replace("%2", name),
            idea_stands(self.service, view.idea.id, target),
        )

    def _apply(self, write, command, done: str = "", holds=None) -> bool:
        """`done`: what to say once written; `holds`: while it stays true (see MessageLine)."""
        try:
            write()
        except LabinovasiError as error:
            self.message.show_warning(str(error))
            return False
        if done:
            self.message.show_ok(done, holds)
        record(self.undo_stack, command)
        return True
