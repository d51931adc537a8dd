"""Diagnose tab: per idea masalah, akar masalah and who is affected; APKL ticks, USG scores and
dot votes; the ranking, and the choice of the idea(s) to design."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QSignalBlocker, Qt, QTimer
from PySide6.QtGui import QBrush
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QScrollArea,
    QSpinBox,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from labinovasi.domain import USG_LIMITS, Idea, LabinovasiError
from labinovasi.domain.entities import APKL_CRITERIA
from labinovasi.domain.limits import VOTES_LIMITS
from labinovasi.domain.rules import check_choosable, vote_total
from labinovasi.services import IdeaView
from labinovasi.ui import style
from labinovasi.ui.widgets.commands import IdeaEditCommand, record
from labinovasi.ui.widgets.common import (
    AUTOSAVE_MS,
    CommitTextEdit,
    MessageLine,
    add_form_rows,
    make_row_list,
    set_texts,
)
from labinovasi.ui.widgets.pages import OpdPage
from labinovasi.ui.widgets.spin import ScoreSpinBox

IDEA_ID_ROLE = Qt.ItemDataRole.UserRole
USG_FIELDS = ("usg_urgency", "usg_seriousness", "usg_growth")
TEXT_FIELDS = ("problem", "root_cause", "affected")
COLUMNS = 10  # no, gagasan, APKL, U, S, G, total, suara, peringkat, dipilih


def ranked(
    views: list[IdeaView], dots: dict[str, int] | None = None
) -> list[tuple[IdeaView, int | None]]:
    """The ranking rule (services.team_work.ranked): APKL-passing ideas by USG total, then
    votes plus the participants' dots."""
    from labinovasi.services.team_work import ranked as team_ranked  # SQLAlchemy: not at start

    return team_ranked(views, dots or {})


class DiagnoseTab(OpdPage):
    """A ranking table on the left, the selected idea's diagnosis on the right."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("diagnoseTab")
        self._rows: list[tuple[IdeaView, int | None]] = []
        self._idea: Idea | None = None
        self._idea_before: Idea | None = None
        self._number = 0

        self.hint = QLabel(objectName="diagnoseHint")
        self.hint.setWordWrap(True)
        self.table = QTableWidget(0, COLUMNS, objectName="rankingTable")
        make_row_list(self.table, wrap=True)
        header = self.table.horizontalHeader()
        # Fixed columns as wide as their longest possible value: sized to their contents they
        # re-flowed the whole table at each APKL tick, score or choice (issue 25).
        for column in range(COLUMNS):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Fixed)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.itemSelectionChanged.connect(self._selection_changed)

        # -- the selected idea ---------------------------------------------------------
        self.idea_title = QLabel(objectName="diagnoseIdeaTitle")
        self.idea_title.setWordWrap(True)
        self.idea_title.setTextFormat(Qt.TextFormat.PlainText)  # participant text is data
        self.idea_title.setStyleSheet("font-weight: 600;")
        self.problem_edit = CommitTextEdit(objectName="problemEdit")
        self.root_cause_edit = CommitTextEdit(objectName="rootCauseEdit")
        self.affected_edit = CommitTextEdit(objectName="affectedEdit", max_lines=2)
        self._text_edits = dict(
            zip(
                TEXT_FIELDS,
                (self.problem_edit, self.root_cause_edit, self.affected_edit),
                strict=True,
            )
        )
        # Typing is written a moment after it pauses (as at the station), and at once when
        # the box is left: a crash loses at most that moment.
        self.autosave = QTimer(self, singleShot=True, interval=AUTOSAVE_MS)
        self.autosave.timeout.connect(self.commit_pending)
        for name, edit in self._text_edits.items():
            edit.committed.connect(
                lambda name=name, edit=edit: self._commit(name, edit.toPlainText().strip())
            )
            edit.textChanged.connect(lambda: self.autosave.start())
        self.text_form = QFormLayout()
        self.text_form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)
        self.text_labels = add_form_rows(self.text_form, self._text_edits.values())

        self.apkl_group = QGroupBox(objectName="apklGroup")
        apkl_layout = QGridLayout(self.apkl_group)
        self.apkl_checks: dict[str, QCheckBox] = {}
        for i, criterion in enumerate(APKL_CRITERIA):
            check = QCheckBox(objectName="apkl" + criterion.capitalize())
            check.toggled.connect(lambda value, c=criterion: self._commit(f"apkl_{c}", value))
            apkl_layout.addWidget(check, i // 2, i % 2)
            self.apkl_checks[criterion] = check
        self.apkl_result = QLabel(objectName="apklResult")
        apkl_layout.addWidget(self.apkl_result, 2, 0, 1, 2)

        self.usg_group = QGroupBox(objectName="usgGroup")
        usg_layout = QGridLayout(self.usg_group)
        self.usg_spins: dict[str, QSpinBox] = {}
        self.usg_labels: dict[str, QLabel] = {}
        for i, name in enumerate(USG_FIELDS):
            spin = ScoreSpinBox(
                objectName={
                    "usg_urgency": "usgUrgency",
                    "usg_seriousness": "usgSeriousness",
                    "usg_growth": "usgGrowth",
                }[name]
            )
            spin.refused.connect(
                lambda typed: self.message.show_warning(
                    self.tr("Nilai USG hanya 1–5; %1 tidak disimpan.").replace("%1", typed)
                )
            )
            spin.setRange(USG_LIMITS[0] - 1, USG_LIMITS[1])  # the lowest shows as "—": not scored
            spin.setSpecialValueText("—")
            spin.valueChanged.connect(lambda value, n=name: self._commit(n, value or None))
            label = QLabel()
            label.setBuddy(spin)
            usg_layout.addWidget(label, 0, i)
            usg_layout.addWidget(spin, 1, i)
            self.usg_spins[name], self.usg_labels[name] = spin, label
        self.usg_total = QLabel(objectName="usgTotal")
        self.usg_total.setStyleSheet("font-weight: 600;")
        usg_layout.addWidget(self.usg_total, 1, 3)

        self.votes_label = QLabel()
        self.votes_spin = QSpinBox(objectName="votesSpin")
        self.votes_spin.setRange(*VOTES_LIMITS)
        self.votes_spin.valueChanged.connect(lambda value: self._commit("votes", value))
        self.votes_label.setBuddy(self.votes_spin)
        self.choose_check = QCheckBox(objectName="chooseCheck")
        self.choose_check.toggled.connect(lambda value: self._commit("chosen", value))
        # The one total the board, the station, the projector and the paper show; the dots
        # and the count typed here shown apart.
        self.votes_total = QLabel(objectName="votesTotal")
        choice = QHBoxLayout()
        choice.addWidget(self.votes_label)
        choice.addWidget(self.votes_spin)
        choice.addStretch(1)
        choice.addWidget(self.choose_check)

        self.message = MessageLine(objectName="diagnoseMessage")
        self.detail = QWidget(objectName="ideaDetail")
        detail_layout = QVBoxLayout(self.detail)
        detail_layout.setContentsMargins(8, 0, 0, 0)
        detail_layout.addWidget(self.idea_title)
        detail_layout.addLayout(self.text_form)
        detail_layout.addWidget(self.apkl_group)
        detail_layout.addWidget(self.usg_group)
        detail_layout.addLayout(choice)
        detail_layout.addWidget(self.votes_total)  # its own line: the row stays readable
        detail_layout.addWidget(self.message)
        detail_layout.addStretch(1)
        scroll = QScrollArea(objectName="ideaDetailScroll")
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(self.detail)
        scroll.setMinimumWidth(420)

        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.hint)
        left_layout.addWidget(self.table, 1)
        splitter = QSplitter(Qt.Orientation.Horizontal, objectName="diagnoseSplitter")
        splitter.addWidget(left)
        splitter.addWidget(scroll)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.hint.setText(
            self.tr(
                "Hanya gagasan yang lolos keempat kriteria APKL yang diberi peringkat (total USG, "
                "lalu suara). Pilih satu baris untuk mengisi diagnosisnya."
            )
        )
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("No."),
                self.tr("Gagasan"),
                self.tr("APKL"),
                self.tr("U"),
                self.tr("S"),
                self.tr("G"),
                self.tr("Total"),
                self.tr("Suara"),
                self.tr("Peringkat"),
                self.tr("Dipilih"),
            ]
        )
        set_texts(
            self.text_labels,
            (self.tr("&Masalah"), self.tr("&Akar masalah"), self.tr("Yang ter&dampak")),
        )
        self.apkl_group.setTitle(self.tr("APKL"))
        for criterion, text in zip(
            APKL_CRITERIA,
            (self.tr("Aktual"), self.tr("Problematik"), self.tr("Kekhalayakan"), self.tr("Layak")),
            strict=True,
        ):
            self.apkl_checks[criterion].setText(text)
        self.usg_group.setTitle(self.tr("USG (1–5)"))
        for name, text in zip(
            USG_FIELDS, (self.tr("Urgency"), self.tr("Seriousness"), self.tr("Growth")), strict=True
        ):
            self.usg_labels[name].setText(text)
        self.votes_label.setText(self.tr("Suara dicatat &fasilitator:"))
        self.choose_check.setText(self.tr("Pilih untuk dirancang"))
        self._fix_column_widths()
        self.refresh()

    def _fix_column_widths(self) -> None:
        """Each column but the idea's as wide as its header and its widest possible value."""
        widest = {
            0: ["999"],
            2: [self.tr("lolos"), self.tr("tidak lolos"), self.tr("belum dinilai")],
            3: ["5"],
            4: ["5"],
            5: ["5"],
            6: ["125"],
            7: ["9999"],
            8: ["999"],
            9: ["★ " + self.tr("dipilih")],
        }
        header = self.table.horizontalHeader()
        metrics = self.table.fontMetrics()
        for column, values in widest.items():
            text = max((metrics.horizontalAdvance(v) for v in values), default=0)
            header_width = header.sectionSizeFromContents(column).width()
            self.table.setColumnWidth(column, max(header_width, text + 16))

    def changeEvent(self, event) -> None:
        super().changeEvent(event)
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange):
            self._fix_column_widths()

    # -- data ------------------------------------------------------------------------------

    def set_opd(self, opd_id: str | None) -> None:
        if opd_id != self.opd_id:
            self.commit_pending()
            self._idea = None
            self.message.clear()
        self.opd_id = opd_id
        self.refresh()

    def refresh(self) -> None:
        if self.service is None or self.opd_id is None:
            self._rows = []
            self.table.setRowCount(0)
            self._load_detail(None, 0)
            return
        # The participants' dots from the stations count with the votes typed here.
        from labinovasi.services.team_work import TeamWork

        self._dots = TeamWork(self.service).dots(self.opd_id)
        self._rows = ranked(self.service.list_ideas(self.opd_id), self._dots)
        keep = self._idea.id if self._idea else None
        with QSignalBlocker(self.table):
            self.table.setRowCount(len(self._rows))
            selected_row = 0 if self._rows else -1
            for row, (view, rank) in enumerate(self._rows):
                self._fill_row(row, view, rank)
                if view.idea.id == keep:
                    selected_row = row
            self.table.resizeRowsToContents()
            if selected_row >= 0:
                self.table.selectRow(selected_row)
        if selected_row >= 0:
            view = self._rows[selected_row][0]
            self._load_detail(view.idea, view.number)
        else:
            self._load_detail(None, 0)

    def _fill_row(self, row: int, view: IdeaView, rank: int | None) -> None:
        idea = view.idea
        if idea.passes_apkl:
            apkl = self.tr("lolos")
        elif any(
            getattr(idea, f"apkl_{c}") for c in ("aktual", "problematik", "kekhalayakan", "layak")
        ):
            apkl = self.tr("tidak lolos")
        else:
            apkl = self.tr("belum dinilai")  # no tick yet: nobody has assessed it
        scores = [str(getattr(idea, f) or "—") for f in USG_FIELDS]
        total = str(idea.usg_total) if idea.usg_total is not None else "—"
        place = "—" if rank is None else str(rank)
        chosen = "★ " + self.tr("dipilih") if idea.chosen else ""
        votes = vote_total(idea.votes, getattr(self, "_dots", {}).get(idea.id, 0))
        values = [str(view.number), idea.text, apkl, *scores, total, str(votes), place, chosen]
        for column, value in enumerate(values):
            item = QTableWidgetItem(value)
            item.setData(IDEA_ID_ROLE, idea.id)
            if column != 1:
                item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
            if rank is None:
                item.setForeground(QBrush(style.MUTED))
                item.setToolTip(self.tr("Tidak diberi peringkat: belum lolos APKL"))
            if idea.chosen:
                font = item.font()
                font.setBold(True)
                item.setFont(font)
            self.table.setItem(row, column, item)

    def _selection_changed(self) -> None:
        self.commit_pending()
        row = self.table.currentRow()
        if 0 <= row < len(self._rows):
            view = self._rows[row][0]
            self._load_detail(view.idea, view.number)

    def select_idea(self, idea_id: str) -> None:
        for row, (view, _rank) in enumerate(self._rows):
            if view.idea.id == idea_id:
                self.table.selectRow(row)
                return

    def _load_detail(self, idea: Idea | None, number: int) -> None:
        self._idea_before = self._idea
        self._idea, self._number = idea, number
        self.detail.setEnabled(idea is not None)
        blockers = [
            QSignalBlocker(w)
            for w in (
                *self.apkl_checks.values(),
                *self.usg_spins.values(),
                self.votes_spin,
                self.choose_check,
            )
        ]
        if idea is None:
            self.idea_title.setText(self.tr("Belum ada gagasan yang dihitung."))
            for edit in self._text_edits.values():
                edit.clear()
            return
        self.idea_title.setText(f"{number}. {idea.text}")
        typing = self._idea_before is not None and self._idea_before.id == idea.id
        for name, edit in self._text_edits.items():
            # Keep what the user is typing into this idea's box (a refresh from elsewhere,
            # e.g. an undo, must not wipe it); it is written when the box is left.
            if typing and edit.toPlainText().strip() != getattr(self._idea_before, name):
                continue
            # Stripped: what was written from this box (a pause in the typing) stays as it
            # is on screen, cursor and trailing space included.
            if edit.toPlainText().strip() != getattr(idea, name):
                edit.setPlainText(getattr(idea, name))
        for criterion, check in self.apkl_checks.items():
            check.setChecked(getattr(idea, f"apkl_{criterion}"))
        for name, spin in self.usg_spins.items():
            spin.setValue(getattr(idea, name) or 0)
        self.votes_spin.setValue(idea.votes)
        self._show_votes_total(idea)
        self.choose_check.setChecked(idea.chosen)
        del blockers
        self.apkl_result.setText(
            self.tr("Lolos APKL")
            if idea.passes_apkl
            else self.tr("Belum lolos APKL: tidak diberi peringkat")
        )
        self.apkl_result.setStyleSheet(
            style.MESSAGE_OK_QSS if idea.passes_apkl else f"color: {style.MUTED.name()};"
        )
        total = idea.usg_total
        self.usg_total.setText(
            self.tr("Total: %1").replace("%1", str(total) if total is not None else "—")
        )

    def commit_pending(self) -> None:
        """Write what was typed into the text boxes and not yet written (a pause in the
        typing, switching OPD or idea, leaving the tab, closing the window)."""
        self.autosave.stop()
        for name, edit in self._text_edits.items():
            if self._idea is not None and edit.toPlainText().strip() != getattr(self._idea, name):
                self._commit(name, edit.toPlainText().strip())

    def _show_votes_total(self, idea: Idea) -> None:
        dots = getattr(self, "_dots", {}).get(idea.id, 0)
        self.votes_total.setText(
            self.tr("Total suara: %1 (%2 titik peserta + %3 dicatat)")
            .replace("%1", str(vote_total(idea.votes, dots)))
            .replace("%2", str(dots))
            .replace("%3", str(idea.votes))
        )

    def _commit(self, name: str, value) -> None:
        """Write one field of the selected idea at once, as an undoable edit."""
        idea = self._idea
        if idea is None or self.service is None or getattr(idea, name) == value:
            return
        try:
            if name == "chosen" and value:
                check_choosable(idea)  # an unassessed idea is not designed
            self.service.update_idea(idea.id, **{name: value})
        except LabinovasiError as error:
            self.message.show_warning(str(error))
            if name == "chosen":
                with QSignalBlocker(self.choose_check):
                    self.choose_check.setChecked(idea.chosen)
            return
        self.message.clear()
        self._idea = self.service.get_idea(idea.id)
        record(
            self.undo_stack,
            IdeaEditCommand(
                self.service,
                idea.opd_id,
                idea.id,
                {name: getattr(idea, name)},
                {name: value},
                self.tr("ubah diagnosis gagasan no. %1").replace("%1", str(self._number)),
            ),
        )
