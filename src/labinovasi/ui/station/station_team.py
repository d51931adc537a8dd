"""The OPD team's table after drum-up: where it stands, "ask to move on", the diagnose (masalah,
akar masalah, APKL, big USG buttons, live ranking, dot voting per participant, the proposal)
and the design (the innovation profile as a guided form). Stage moves stay the facilitator's."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from labinovasi.domain import LabinovasiError, Stage, progress_text
from labinovasi.domain.entities import APKL_CRITERIA
from labinovasi.domain.limits import USG_LIMITS
from labinovasi.domain.profile import REQUIRED_FIELDS, history_label
from labinovasi.domain.rules import apkl_assessed, check_choosable, vote_total
from labinovasi.services import IdeaView, WorkshopService
from labinovasi.services.innovations import Innovations
from labinovasi.services.team_work import TeamWork, ranked
from labinovasi.ui.signals import Change, notify
from labinovasi.ui.widgets.common import AUTOSAVE_MS, MessageLine, plain_tip
from labinovasi.ui.widgets.dates import years_around
from labinovasi.ui.widgets.innovation_form import InnovationForm, MethodBox
from labinovasi.ui.widgets.pages import Retranslatable

IDEA_ROLE = Qt.ItemDataRole.UserRole
USG_FIELDS = ("usg_urgency", "usg_seriousness", "usg_growth")
MISSING_SHOWN = 3  # the profile's missing parts named on the header line; all on hover


def _announce(opd_id: str | None) -> None:
    """Tell every view (the station's other pages, the facilitator's board) what changed:
    the team's work (ideas, votes, the request to move on, designs) of its own OPD."""
    if opd_id is None:
        notify(Change.everything())
    else:
        notify(Change(ideas=True, stages=True, designs=True), opd_id)


class TeamHeader(Retranslatable, QWidget):
    """Where the team stands: OPD, stage "n dari 5", what the next step needs, ask to move on."""

    change_opd_requested = Signal()
    move_requested = Signal()

    def __init__(self, parent=None):
        super().__init__(parent)
        self.title = QLabel(objectName="stationTeamTitle")
        self.title.setTextFormat(Qt.TextFormat.PlainText)
        self.stage_line = QLabel(objectName="stationStageLine", wordWrap=True)
        self.stage_line.setTextFormat(Qt.TextFormat.PlainText)
        self.ask_button = QPushButton(objectName="stationAskMove")
        self.change_button = QPushButton(objectName="stationTeamChangeOpd")
        self.change_button.setProperty("secondary", True)
        top = QHBoxLayout()
        top.addWidget(self.title, 1)
        top.addWidget(self.ask_button)
        top.addWidget(self.change_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addLayout(top)
        layout.addWidget(self.stage_line)
        self.ask_button.clicked.connect(self.move_requested)
        self.change_button.clicked.connect(self.change_opd_requested)
        self.asked = False
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.change_button.setText(self.tr("Ganti OPD"))
        self._ask_text()

    def _ask_text(self) -> None:
        self.ask_button.setText(
            self.tr("Menunggu fasilitator…")
            if self.asked
            else self.tr("Minta lanjut ke tahap berikutnya")
        )
        self.ask_button.setEnabled(not self.asked)
        # Room for the focus frame the station style adds, so the words are never clipped.
        text_width = self.ask_button.fontMetrics().horizontalAdvance(self.ask_button.text())
        self.ask_button.setMinimumWidth(text_width + 64)

    def show_state(self, title: str, stage_text: str, asked: bool) -> None:
        self.title.setText(title)
        self.stage_line.setText(stage_text)
        self.asked = asked
        self._ask_text()


class UsgRow(QWidget):
    """One of U, S, G: five big buttons, one checked."""

    def __init__(self, name: str, parent=None):
        super().__init__(parent)
        self.group = QButtonGroup(self)
        self.group.setExclusive(True)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        low, high = USG_LIMITS
        for score in range(low, high + 1):
            button = QPushButton(str(score), objectName=f"usg_{name}_{score}")
            button.setCheckable(True)
            button.setProperty("usg", True)
            self.group.addButton(button, score)
            layout.addWidget(button)

    def value(self) -> int | None:
        score = self.group.checkedId()
        return score if score > 0 else None

    def set_value(self, value: int | None) -> None:
        self.group.setExclusive(False)
        for button in self.group.buttons():
            button.setChecked(self.group.id(button) == value)
        self.group.setExclusive(True)


class DiagnosePage(Retranslatable, QWidget):
    """Diagnose at the team's table: three views (diagnosa, voting titik, usulan)."""

    change_opd_requested = Signal()

    def __init__(self, service: WorkshopService, parent=None):
        super().__init__(parent)
        self.setObjectName("stationDiagnose")
        self.service = service
        self.team = TeamWork(service)
        self.opd_id: str | None = None
        self.views: list[IdeaView] = []
        self._loading = False  # an idea being shown: its fields' signals are not typing
        self.header = TeamHeader()
        self.tabs = {
            key: QPushButton(objectName=f"diagnoseTab_{key}")
            for key in ("diagnose", "voting", "proposal")
        }
        tab_row = QHBoxLayout()
        tab_group = QButtonGroup(self)
        for button in self.tabs.values():
            button.setCheckable(True)
            button.setProperty("tab", True)
            tab_group.addButton(button)
            tab_row.addWidget(button)
        tab_row.addStretch(1)
        self.views_stack = QStackedWidget(objectName="diagnoseViews")
        self.method = MethodBox()
        self.message = MessageLine(objectName="stationTeamMessage")

        # diagnosa: the ideas on the left, the chosen one's diagnosis in the middle
        self.idea_list = QListWidget(objectName="diagnoseIdeaList")
        self.idea_list.setWordWrap(True)
        self.problem = QPlainTextEdit(objectName="diagnoseProblem")
        self.problem.setTabChangesFocus(True)
        self.causes = QListWidget(objectName="diagnoseCauses")
        self.cause_input = QLineEdit(objectName="diagnoseCauseInput")
        self.add_cause_button = QPushButton(objectName="diagnoseAddCause")
        self.remove_cause_button = QPushButton(objectName="diagnoseRemoveCause")
        self.remove_cause_button.setProperty("secondary", True)
        self.affected = QLineEdit(objectName="diagnoseAffected")
        self.apkl = {c: QCheckBox(objectName=f"apkl_{c}") for c in APKL_CRITERIA}
        self.usg = {name: UsgRow(name) for name in USG_FIELDS}
        self.usg_total = QLabel(objectName="diagnoseUsgTotal")
        self.save_button = QPushButton(objectName="diagnoseSave")
        self.labels = {
            key: QLabel(objectName=f"diagnoseLabel_{key}")
            for key in (
                "problem",
                "causes",
                "affected",
                "apkl",
                "usg_urgency",
                "usg_seriousness",
                "usg_growth",
            )
        }
        editor = QWidget(objectName="diagnoseEditor")
        self.problem.setMaximumHeight(110)
        self.causes.setWordWrap(True)
        for label in self.labels.values():
            label.setWordWrap(True)
        left = QGridLayout()
        left.addWidget(self.labels["problem"], 0, 0, 1, 3)
        left.addWidget(self.problem, 1, 0, 1, 3)
        left.addWidget(self.labels["causes"], 2, 0, 1, 3)
        left.addWidget(self.causes, 3, 0, 1, 3)
        left.addWidget(self.cause_input, 4, 0)
        left.addWidget(self.add_cause_button, 4, 1)
        left.addWidget(self.remove_cause_button, 4, 2)
        left.addWidget(self.labels["affected"], 5, 0, 1, 3)
        left.addWidget(self.affected, 6, 0, 1, 3)
        left.setColumnStretch(0, 1)
        left.setRowStretch(3, 1)
        right = QVBoxLayout()
        right.addWidget(self.labels["apkl"])
        apkl_grid = QGridLayout()
        for index, box in enumerate(self.apkl.values()):
            apkl_grid.addWidget(box, index // 2, index % 2)
        right.addLayout(apkl_grid)
        for name in USG_FIELDS:
            right.addWidget(self.labels[name])
            right.addWidget(self.usg[name])
        right.addStretch(1)
        bottom = QHBoxLayout()
        bottom.addWidget(self.usg_total, 1)
        bottom.addWidget(self.save_button)
        right.addLayout(bottom)
        grid = QHBoxLayout(editor)
        grid.setContentsMargins(0, 0, 4, 0)
        grid.addLayout(left, 1)
        grid.addLayout(right, 1)
        scroll = QScrollArea(objectName="diagnoseScroll")
        scroll.setWidgetResizable(True)
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # no tab stop: its fields take the focus
        scroll.setWidget(editor)
        diagnose_view = QWidget()
        row = QHBoxLayout(diagnose_view)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.idea_list, 2)
        row.addWidget(scroll, 6)
        self.views_stack.addWidget(diagnose_view)

        # voting titik: a participant's name, then + / - on each APKL-passing idea
        self.participant = QLineEdit(objectName="votingParticipant")
        self.dots_left = QLabel(objectName="votingDotsLeft")
        self.vote_list = QListWidget(objectName="votingIdeas")
        self.vote_list.setWordWrap(True)
        self.add_dot_button = QPushButton("+", objectName="votingAddDot")
        self.take_dot_button = QPushButton("−", objectName="votingTakeDot")
        self.take_dot_button.setProperty("secondary", True)
        self.participant_label = QLabel(objectName="votingParticipantLabel")
        voting_view = QWidget()
        voting = QGridLayout(voting_view)
        voting.setContentsMargins(0, 0, 0, 0)
        voting.addWidget(self.participant_label, 0, 0)
        voting.addWidget(self.participant, 0, 1)
        # The dots left on a line of their own: beside the name its text (long before a name
        # is typed, short after) set the buttons' column, and "+" moved under the finger.
        voting.addWidget(self.dots_left, 1, 1, 1, 2)
        voting.addWidget(self.vote_list, 2, 0, 1, 2)
        dot_buttons = QVBoxLayout()
        dot_buttons.addWidget(self.add_dot_button)
        dot_buttons.addWidget(self.take_dot_button)
        dot_buttons.addStretch(1)
        voting.addLayout(dot_buttons, 2, 2)
        voting.setRowStretch(2, 1)
        voting.setColumnStretch(1, 1)
        self.views_stack.addWidget(voting_view)

        # usulan: the live ranking; the team marks the idea(s) it proposes to design
        self.ranking = QListWidget(objectName="proposalRanking")
        self.ranking.setWordWrap(True)
        self.propose_button = QPushButton(objectName="proposalToggle")
        proposal_view = QWidget()
        proposal = QVBoxLayout(proposal_view)
        proposal.setContentsMargins(0, 0, 0, 0)
        proposal.addWidget(self.ranking, 1)
        proposal.addWidget(self.propose_button, 0, Qt.AlignmentFlag.AlignLeft)
        self.views_stack.addWidget(proposal_view)

        body = QHBoxLayout()
        body.addWidget(self.views_stack, 8)
        body.addWidget(self.method, 2)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.header)
        layout.addLayout(tab_row)
        layout.addLayout(body, 1)
        layout.addWidget(self.message)

        self.header.change_opd_requested.connect(self.change_opd_requested)
        self.header.move_requested.connect(self.ask_to_move_on)
        for index, button in enumerate(self.tabs.values()):
            button.clicked.connect(lambda _checked=False, i=index: self.show_view(i))
        self.idea_list.currentItemChanged.connect(self._idea_switched)
        self.add_cause_button.clicked.connect(self.add_cause)
        self.cause_input.returnPressed.connect(self.add_cause)
        self.remove_cause_button.clicked.connect(self._remove_cause)
        for row_widget in self.usg.values():
            row_widget.group.idClicked.connect(lambda _id: self._show_usg_total())
            row_widget.group.idClicked.connect(lambda _id: self._edited())
        self.save_button.clicked.connect(self.save)
        # What the team types is written as it types, a moment after it stops (as ideas are),
        # and at once when it taps another idea, changes OPD or the station closes: nothing
        # typed is lost, and "tersimpan" is said only once it is written.
        self._editing: str | None = None  # the idea whose typing is not written yet
        self.autosave = QTimer(self, singleShot=True, interval=AUTOSAVE_MS)
        self.autosave.timeout.connect(self.flush)
        self.problem.textChanged.connect(self._edited)
        self.affected.textEdited.connect(self._edited)
        self.cause_input.textEdited.connect(self._edited)
        for box in self.apkl.values():
            box.clicked.connect(self._edited)
        self.participant.textChanged.connect(lambda _t: self._show_votes())
        self.add_dot_button.clicked.connect(lambda: self.change_dots(+1))
        self.take_dot_button.clicked.connect(lambda: self.change_dots(-1))
        self.propose_button.clicked.connect(self.toggle_proposal)
        self.ranking.currentItemChanged.connect(lambda *_: self._update_propose_button())
        self.retranslate_ui()
        self.show_view(0)

    def retranslate_ui(self) -> None:
        self.idea_list.setAccessibleName(self.tr("Daftar ide"))
        self.vote_list.setAccessibleName(self.tr("Ide untuk dipilih"))
        self.ranking.setAccessibleName(self.tr("Peringkat usulan"))
        self.tabs["diagnose"].setText(self.tr("1. Masalah, APKL, USG"))
        self.tabs["voting"].setText(self.tr("2. Voting titik"))
        self.tabs["proposal"].setText(self.tr("3. Peringkat dan usulan"))
        texts = {
            "problem": self.tr("Masalah: apa yang menyimpang dari seharusnya?"),
            "causes": self.tr("Akar masalah (satu per baris; boleh beberapa)"),
            "affected": self.tr("Siapa yang terdampak?"),
            "apkl": self.tr("APKL: centang yang benar"),
            "usg_urgency": self.tr("Urgency: seberapa mendesak? (1–5)"),
            "usg_seriousness": self.tr("Seriousness: seberapa serius akibatnya? (1–5)"),
            "usg_growth": self.tr("Growth: seberapa cepat memburuk? (1–5)"),
        }
        for key, label in self.labels.items():
            label.setText(texts[key])
        names = {
            "aktual": self.tr("Aktual"),
            "problematik": self.tr("Problematik"),
            "kekhalayakan": self.tr("Kekhalayakan"),
            "layak": self.tr("Layak"),
        }
        for key, box in self.apkl.items():
            box.setText(names[key])
        self.cause_input.setPlaceholderText(self.tr("Tulis satu akar masalah, lalu Enter"))
        self.add_cause_button.setText(self.tr("Tambah"))
        self.remove_cause_button.setText(self.tr("Hapus"))
        self.save_button.setText(self.tr("Simpan diagnosa"))
        self.participant_label.setText(self.tr("Nama peserta:"))
        self.participant.setPlaceholderText(self.tr("mis. Bidan Maya"))
        self.add_dot_button.setToolTip(self.tr("Tambah satu titik"))
        self.take_dot_button.setToolTip(self.tr("Ambil kembali satu titik"))
        self._show_usg_total()
        self._update_propose_button()
        if self.opd_id:
            self.refresh()

    # -- showing ---------------------------------------------------------------------------

    def show_view(self, index: int) -> None:
        self.views_stack.setCurrentIndex(index)
        for i, button in enumerate(self.tabs.values()):
            button.setChecked(i == index)
        self.method.show_step(("masalah", "voting", "usulan")[index])
        self.message.clear()
        if index == 1:
            self._show_votes()
            self.participant.setFocus()
        elif index == 2:
            self._show_ranking()

    def set_opd(self, opd_id: str) -> None:
        self.flush(complete=True)
        self.opd_id = opd_id
        self.message.clear()
        self.refresh()
        if self.idea_list.count():
            self.idea_list.setCurrentRow(0)

    def refresh(self) -> None:
        if not self.opd_id:
            return
        opd = self.service.get_opd(self.opd_id)
        workshop = self.service.workshop()
        progress = self.team.progress(self.opd_id)[self.opd_id]
        self.views = self.service.list_ideas(self.opd_id)
        stage = (
            self.tr("Tahap %1 dari 5: %2")
            .replace("%1", str(opd.stage.index + 1))
            .replace("%2", opd.stage.label)
        )
        ideas = progress_text(sum(v.counted for v in self.views), workshop.min_ideas)
        needs = self.tr(
            "Berikutnya perlu: paling sedikit satu gagasan terpilih dengan masalah terisi."
        )
        self.header.show_state(
            opd.display_name,
            " · ".join((stage, ideas, progress.usg_text, needs)),
            progress.move_requested,
        )
        current = self._current_idea_id()
        self.idea_list.blockSignals(True)
        self.idea_list.clear()
        for view in self.views:
            if not view.counted:
                continue
            total = view.idea.usg_total
            mark = "✓ " if view.idea.usg_total is not None else "○ "
            item = QListWidgetItem(
                f"{mark}{view.number}. {view.idea.text}"
                + (f"  [USG {total}]" if total is not None else "")
            )
            item.setData(IDEA_ROLE, view.idea.id)
            self.idea_list.addItem(item)
            if view.idea.id == current:
                self.idea_list.setCurrentItem(item)
        self.idea_list.blockSignals(False)
        if self.views_stack.currentIndex() == 1:
            self._show_votes()
        elif self.views_stack.currentIndex() == 2:
            self._show_ranking()
        self.message.recheck()  # the facilitator (or another process) may have changed it

    def _current_idea_id(self) -> str | None:
        item = self.idea_list.currentItem()
        return item.data(IDEA_ROLE) if item else None

    def _edited(self, *_args) -> None:
        if self._loading or self._current_idea_id() is None:
            return
        self._editing = self._current_idea_id()
        self.message.clear()  # an earlier "tersimpan" no longer covers what is on screen
        self.autosave.start()

    def _idea_switched(self, current, previous) -> None:
        if previous is not None and self._editing == previous.data(IDEA_ROLE):
            self.flush(complete=True)  # written before the next idea is shown
        self._load_idea()

    def flush(self, complete: bool = False) -> bool:
        """Write the typing not written yet (the debounce's end, or now: another idea, another
        OPD, the station closing). `complete`: a cause typed and not yet added goes in too."""
        self.autosave.stop()
        if self._editing is None:
            return True
        return self._write(self._editing, complete)

    def _view(self, idea_id: str | None) -> IdeaView | None:
        return next((v for v in self.views if v.idea.id == idea_id), None)

    def _load_idea(self) -> None:
        self._loading = True
        try:
            self._show_idea()
        finally:
            self._loading = False

    def _show_idea(self) -> None:
        view = self._view(self._current_idea_id())
        idea = view.idea if view else None
        self.problem.setPlainText(idea.problem if idea else "")
        self.causes.clear()
        for line in idea.root_cause.splitlines() if idea else []:
            if line.strip():
                self.causes.addItem(line.strip())
        self.affected.setText(idea.affected if idea else "")
        for key, box in self.apkl.items():
            box.setChecked(bool(idea and getattr(idea, f"apkl_{key}")))
        for name, row in self.usg.items():
            row.set_value(getattr(idea, name) if idea else None)
        self._show_usg_total()

    def _show_usg_total(self) -> None:
        scores = [row.value() for row in self.usg.values()]
        if all(s is not None for s in scores):
            self.usg_total.setText(self.tr("Total USG: %1").replace("%1", str(sum(scores))))
        else:
            self.usg_total.setText(self.tr("Total USG: belum lengkap"))

    # -- diagnosa ----------------------------------------------------------------------------

    def add_cause(self) -> None:
        text = " ".join(self.cause_input.text().split())
        if text:
            self.causes.addItem(text)
            self.cause_input.clear()

    def _remove_cause(self) -> None:
        row = self.causes.currentRow()
        if row >= 0:
            self.causes.takeItem(row)

    def save(self) -> bool:
        """ "Simpan diagnosa": everything on screen, now."""
        self.autosave.stop()
        idea_id = self._current_idea_id()
        if idea_id is None:
            return False
        return self._write(idea_id, complete=True)

    def _write(self, idea_id: str, complete: bool) -> bool:
        """The diagnosis on screen, written as `idea_id`'s (the idea it was typed for)."""
        if complete:
            self.add_cause()  # a cause typed and not yet added is not lost
        causes = "\n".join(self.causes.item(i).text() for i in range(self.causes.count()))
        changes = {
            "problem": self.problem.toPlainText(),
            "root_cause": causes,
            "affected": self.affected.text(),
        }
        changes |= {f"apkl_{key}": box.isChecked() for key, box in self.apkl.items()}
        changes |= {name: row.value() for name, row in self.usg.items()}
        try:
            self.service.update_idea(idea_id, **changes)
        except LabinovasiError as error:
            self.message.show_warning(error.message)
            return False
        self._editing = None
        self.message.show_ok(self.tr("Diagnosa tersimpan."))
        notify(Change(ideas=True), *([self.opd_id] if self.opd_id else []))
        self.refresh()
        return True

    # -- voting --------------------------------------------------------------------------------

    def _show_votes(self) -> None:
        if not self.opd_id:
            return
        name = self.participant.text().strip()
        mine = self.team.participant_dots(self.opd_id, name) if name else {}
        totals = self.team.dots(self.opd_id)
        allowed = self.team.dots_per_participant()
        current = self.vote_list.currentItem()
        current_id = current.data(IDEA_ROLE) if current else None
        self.vote_list.clear()
        for view in self.views:
            if not (view.counted and view.idea.passes_apkl):
                continue
            own = mine.get(view.idea.id, 0)
            item = QListWidgetItem(
                f"{'●' * own}{' ' if own else ''}{view.idea.text}  — "
                + self.tr("%1 titik").replace("%1", str(totals.get(view.idea.id, 0)))
            )
            item.setData(IDEA_ROLE, view.idea.id)
            self.vote_list.addItem(item)
            if view.idea.id == current_id:
                self.vote_list.setCurrentItem(item)
        if self.vote_list.currentRow() < 0 and self.vote_list.count():
            self.vote_list.setCurrentRow(0)
        used = sum(mine.values())
        self.dots_left.setText(
            self.tr("%1 dari %2 titik tersisa")
            .replace("%1", str(allowed - used))
            .replace("%2", str(allowed))
            if name
            else self.tr("Tulis nama Anda dulu, lalu taruh %1 titik.").replace("%1", str(allowed))
        )
        enabled = bool(name) and self.vote_list.count() > 0
        self.add_dot_button.setEnabled(enabled and used < allowed)
        self.take_dot_button.setEnabled(enabled and used > 0)
        if not self.vote_list.count():
            opd_id = self.opd_id
            self.message.show_warning(
                self.tr("Belum ada gagasan yang lolos APKL."),
                lambda: (
                    not any(
                        v.counted and v.idea.passes_apkl for v in self.service.list_ideas(opd_id)
                    )
                ),
            )

    def change_dots(self, step: int) -> bool:
        item = self.vote_list.currentItem()
        name = self.participant.text().strip()
        if item is None or not name or not self.opd_id:
            return False
        idea_id = item.data(IDEA_ROLE)
        current = self.team.participant_dots(self.opd_id, name).get(idea_id, 0)
        try:
            self.team.set_dots(idea_id, name, max(0, current + step))
        except LabinovasiError as error:
            self.message.show_warning(error.message)
            return False
        self.message.clear()
        _announce(self.opd_id)
        self._show_votes()
        return True

    # -- ranking and proposal ----------------------------------------------------------------

    def _show_ranking(self) -> None:
        if not self.opd_id:
            return
        current = self.ranking.currentItem()
        current_id = current.data(IDEA_ROLE) if current else None
        dots = self.team.dots(self.opd_id)
        self.ranking.clear()
        for view, rank in ranked(self.views, dots):
            idea = view.idea
            if rank:
                place = f"{rank}."
            elif apkl_assessed(idea):
                place = self.tr("tidak lolos APKL ·")
            else:
                place = self.tr("APKL belum dinilai ·")  # nobody has assessed it yet
            score = idea.usg_total if idea.usg_total is not None else "–"
            chosen = self.tr("  ★ diusulkan") if idea.chosen else ""
            item = QListWidgetItem(
                f"{place} {idea.text} — USG {score} · "
                + self.tr("%1 suara").replace(
                    "%1", str(vote_total(idea.votes, dots.get(idea.id, 0)))
                )
                + chosen
            )
            item.setData(IDEA_ROLE, idea.id)
            self.ranking.addItem(item)
            if idea.id == current_id:
                self.ranking.setCurrentItem(item)
        if self.ranking.currentRow() < 0 and self.ranking.count():
            self.ranking.setCurrentRow(0)
        self._update_propose_button()

    def _ranking_view(self) -> IdeaView | None:
        item = self.ranking.currentItem()
        return self._view(item.data(IDEA_ROLE)) if item else None

    def _update_propose_button(self) -> None:
        view = self._ranking_view() if hasattr(self, "ranking") else None
        self.propose_button.setEnabled(view is not None)
        self.propose_button.setText(
            self.tr("Batalkan usulan")
            if view and view.idea.chosen
            else self.tr("Usulkan gagasan ini untuk dirancang")
        )

    def toggle_proposal(self) -> bool:
        view = self._ranking_view()
        if view is None:
            return False
        if not view.idea.chosen and not view.idea.problem.strip():
            self.message.show_warning(self.tr("Isi dulu masalahnya di langkah 1."))
            return False
        if not view.idea.chosen:
            try:
                check_choosable(view.idea)
            except LabinovasiError as error:
                self.message.show_warning(error.message)
                return False
        self.service.choose_idea(view.idea.id, not view.idea.chosen)
        _announce(self.opd_id)
        self.refresh()
        return True

    def ask_to_move_on(self) -> None:
        if self.opd_id:
            try:
                self.team.request_move(self.opd_id)
            except LabinovasiError as error:
                self.message.show_warning(error.message)
                return
            _announce(self.opd_id)
            self.refresh()
            self.message.show_ok(
                self.tr("Permintaan terkirim ke fasilitator."),
                _still_asking(self.team, self.opd_id),
            )


class DesignPage(Retranslatable, QWidget):
    """Design at the team's table: the OPD's innovations, each a guided profile form."""

    change_opd_requested = Signal()

    def __init__(self, service: WorkshopService, parent=None):
        super().__init__(parent)
        self.setObjectName("stationDesign")
        self.service = service
        self.store = Innovations(service)
        self.team = TeamWork(service)
        self.opd_id: str | None = None
        self.header = TeamHeader()
        self.innovation_list = QListWidget(objectName="designInnovations")
        self.innovation_list.setFlow(QListWidget.Flow.LeftToRight)
        self.innovation_list.setMaximumHeight(44)
        self.new_name = QLineEdit(objectName="designNewName")
        self.new_button = QPushButton(objectName="designNewInnovation")
        self.save_button = QPushButton(objectName="designSave")
        # The facilitator's date cells: typed dd-mm-yyyy (01062027 too) or picked from an
        # Indonesian calendar opening on the lab's dates, the columns wide enough to read.
        self.form = InnovationForm(
            station=True, typed_dates=True, years=self._workshop_years, opening=self._workshop_start
        )
        self.message = MessageLine(objectName="stationTeamMessage")
        self.form.date_delegate.refused.connect(self.message.show_warning)
        top = QHBoxLayout()
        top.addWidget(self.innovation_list, 3)
        top.addWidget(self.new_name, 2)
        top.addWidget(self.new_button)
        top.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.header)
        layout.addLayout(top)
        layout.addWidget(self.form, 1)
        layout.addWidget(self.message)
        self.header.change_opd_requested.connect(self.change_opd_requested)
        self.header.move_requested.connect(self.ask_to_move_on)
        self.new_button.clicked.connect(self.add_innovation)
        self.new_name.returnPressed.connect(self.add_innovation)
        self.save_button.clicked.connect(self.save)
        self.form.stepChanged.connect(lambda _step: self.save(quiet=True))
        self.innovation_list.currentItemChanged.connect(self._switch)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.innovation_list.setAccessibleName(self.tr("Daftar inovasi"))
        self.new_name.setPlaceholderText(self.tr("Nama inovasi baru"))
        self.new_button.setText(self.tr("Tambah inovasi"))
        self.save_button.setText(self.tr("Simpan"))

    def set_opd(self, opd_id: str) -> None:
        self.opd_id = opd_id
        self.message.clear()
        self.refresh()

    def refresh(self) -> None:
        if not self.opd_id:
            return
        opd = self.service.get_opd(self.opd_id)
        progress = self.team.progress(self.opd_id)[self.opd_id]
        stage = (
            self.tr("Tahap %1 dari 5: %2")
            .replace("%1", str(opd.stage.index + 1))
            .replace("%2", opd.stage.label)
        )
        needs = self.tr("Berikutnya perlu: setiap inovasi dengan %1 dan rencana aksi.").replace(
            "%1",
            ", ".join(history_label(key).lower() for key in REQUIRED_FIELDS),  # short
        )
        profile = progress.profile_text
        missing = list(progress.profile_missing) if progress.innovations else []
        if missing:  # name what is left, on the screen: there is no hovering on a touch screen
            shown = missing[:MISSING_SHOWN] + (["…"] if len(missing) > MISSING_SHOWN else [])
            profile += " — " + self.tr("belum: %1").replace("%1", ", ".join(shown))
        self.header.show_state(
            opd.display_name, " · ".join((stage, profile, needs)), progress.move_requested
        )
        self.header.stage_line.setToolTip(plain_tip(progress.missing_text))
        current = self.form.loaded.id if self.form.loaded else None
        innovations = self.store.list(self.opd_id)
        self.innovation_list.blockSignals(True)
        self.innovation_list.clear()
        for innovation in innovations:
            item = QListWidgetItem(innovation.name)
            item.setData(IDEA_ROLE, innovation.id)
            self.innovation_list.addItem(item)
            if innovation.id == current:
                self.innovation_list.setCurrentItem(item)
        if self.innovation_list.currentRow() < 0 and innovations:
            self.innovation_list.setCurrentRow(0)
        self.innovation_list.blockSignals(False)
        item = self.innovation_list.currentItem()
        wanted = item.data(IDEA_ROLE) if item else None
        if wanted != current or wanted is None:
            self._load(wanted)
        if not innovations:
            opd_id = self.opd_id
            self.message.show_warning(
                self.tr("Tulis nama inovasi Anda, lalu tekan \u201cTambah inovasi\u201d."),
                lambda: not self.store.list(opd_id),  # until one is added, here or elsewhere
            )
        else:
            self.message.recheck()

    def _switch(self, current, _previous) -> None:
        self.save(quiet=True)
        if current is not None:
            self._load(current.data(IDEA_ROLE))

    def _load(self, innovation_id: str | None) -> None:
        if innovation_id is None:
            self.form.load(None)
            return
        self.form.load(self.store.get(innovation_id), self.store.history(innovation_id))

    def add_innovation(self) -> bool:
        if not self.opd_id:
            return False
        chosen = [
            v.idea.id for v in self.service.list_ideas(self.opd_id) if v.idea.chosen and v.counted
        ]
        try:
            innovation = self.store.add(self.opd_id, self.new_name.text(), idea_ids=chosen)
        except LabinovasiError as error:
            self.message.show_warning(error.message)
            return False
        self.new_name.clear()
        self._load(innovation.id)
        _announce(self.opd_id)
        self.refresh()
        self.message.show_ok(self.tr("Inovasi ditambahkan."))
        return True

    def save(self, quiet: bool = False) -> bool:
        innovation = self.form.loaded
        if innovation is None:
            return False
        changes = self.form.changes()
        actions = self.form.actions_changed()
        if not changes and not actions:
            return True
        try:
            if changes:
                self.store.set_fields(innovation.id, changes)
            if actions:
                self.store.set_actions(innovation.id, self.form.steps())
        except LabinovasiError as error:
            self.message.show_warning(error.message)
            return False
        self.form.loaded = self.store.get(innovation.id)
        self.form.history = self.store.history(innovation.id)
        self.form._show_history()
        _announce(self.opd_id)
        self.refresh()
        if not quiet:
            self.message.show_ok(self.tr("Profil inovasi tersimpan."))
        return True

    def _workshop_start(self) -> date | None:
        return self.service.workshop().start_date

    def _workshop_years(self) -> tuple[int, int]:
        return years_around(self._workshop_start())

    def ask_to_move_on(self) -> None:
        if self.opd_id:
            self.save(quiet=True)
            self.team.request_move(self.opd_id)
            _announce(self.opd_id)
            self.refresh()
            self.message.show_ok(
                self.tr("Permintaan terkirim ke fasilitator."),
                _still_asking(self.team, self.opd_id),
            )


def _still_asking(team: TeamWork, opd_id: str):
    """The check of "Permintaan terkirim": the request stands until the facilitator answers
    it (a move clears it) or it is taken back."""
    return lambda: team.progress(opd_id)[opd_id].move_requested


def page_for(stage: Stage) -> str:
    """Which team screen an OPD at `stage` works on."""
    if stage is Stage.DIAGNOSE:
        return "diagnose"
    if stage in (Stage.DESIGN, Stage.DELIVER, Stage.DISPLAY):
        return "design"
    return "ideas"
