"""OPD workspace: one OPD's header and stage buttons, and a tab per workshop stage."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import (
    QDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from labinovasi.domain import LabinovasiError, RuleRefused, Stage
from labinovasi.formatting import format_progress
from labinovasi.ui import style
from labinovasi.ui.facilitator.design_form import DesignForm
from labinovasi.ui.facilitator.diagnose_tab import DiagnoseTab
from labinovasi.ui.facilitator.drumup_tab import DrumupTab
from labinovasi.ui.signals import Change
from labinovasi.ui.widgets.commands import StageMoveCommand, record
from labinovasi.ui.widgets.common import MessageLine, ReasonDialog
from labinovasi.ui.widgets.pages import OpdPage

if TYPE_CHECKING:
    from labinovasi.services.views import OpdStatus
    from labinovasi.services.workshop_service import WorkshopService

TAB_NAMES = ("drumup", "diagnose", "design")
TAB_OF_STAGE = {
    Stage.DRUM_UP: 0,
    Stage.DIAGNOSE: 1,
    Stage.DESIGN: 2,
    Stage.DELIVER: 2,
    Stage.DISPLAY: 2,
}


class OpdWorkspace(OpdPage):
    """Works on one OPD. Stage moves go through the service's gating; a refusal is shown
    inline with the way to continue by exception, which asks for a written reason."""

    backRequested = Signal()

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("opdWorkspace")
        self._refused_target: Stage | None = None
        self._stale: set[QWidget] = set()  # pages to reload when next shown
        self.last_status: OpdStatus | None = None  # the OPD's as the header shows it

        self.back_button = QPushButton(objectName="backToBoardButton")
        self.back_button.clicked.connect(self.backRequested)
        self.title_label = QLabel(objectName="opdTitle")
        self.title_label.setTextFormat(Qt.TextFormat.PlainText)
        self.title_label.setStyleSheet(style.header_qss())
        self.stage_label = QLabel(objectName="opdStage")
        self.progress_bar = QProgressBar(objectName="opdProgress")
        self.progress_bar.setTextVisible(True)
        self.progress_bar.setFixedWidth(170)
        self.previous_button = QPushButton(objectName="previousStageButton")
        self.previous_button.clicked.connect(self.move_back)
        self.next_button = QPushButton(objectName="nextStageButton")
        self.next_button.clicked.connect(self.move_forward)

        self.refusal_frame = QFrame(objectName="stageRefusal")
        self.refusal_frame.setStyleSheet(
            "#stageRefusal { background: #fdecea; border: 1px solid #e6a19b; border-radius: 4px; }"
            " QLabel { color: #7f1d1d; }"
        )
        self.refusal_label = QLabel(objectName="stageRefusalText")
        self.refusal_label.setTextFormat(Qt.TextFormat.PlainText)
        self.refusal_label.setWordWrap(True)
        self.override_button = QPushButton(objectName="overrideButton")
        self.override_button.clicked.connect(self.override_refused_move)
        self.dismiss_button = QPushButton(objectName="dismissRefusalButton")
        self.dismiss_button.clicked.connect(self.clear_refusal)
        refusal_layout = QHBoxLayout(self.refusal_frame)
        refusal_layout.addWidget(self.refusal_label, 1)
        refusal_layout.addWidget(self.override_button)
        refusal_layout.addWidget(self.dismiss_button)
        self.refusal_frame.hide()
        self.message = MessageLine(objectName="stageMessage")

        self.drumup = DrumupTab()
        self.diagnose = DiagnoseTab()
        self.design = DesignForm()
        self.tabs = QTabWidget(objectName="stageTabs")
        for tab in (self.drumup, self.diagnose, self.design):
            self.tabs.addTab(tab, "")
        self.tabs.currentChanged.connect(self._tab_changed)

        header = QHBoxLayout()
        header.addWidget(self.back_button)
        titles = QVBoxLayout()
        titles.setSpacing(0)
        titles.addWidget(self.title_label)
        titles.addWidget(self.stage_label)
        header.addLayout(titles, 1)
        header.addWidget(self.progress_bar)
        header.addWidget(self.previous_button)
        header.addWidget(self.next_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addLayout(header)
        layout.addWidget(self.refusal_frame)
        layout.addWidget(self.message)
        layout.addWidget(self.tabs, 1)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.previous_button.setAccessibleName(self.tr("Tahap sebelumnya"))
        self.next_button.setAccessibleName(self.tr("Tahap berikutnya"))
        self.back_button.setText(self.tr("◀ Papan OPD"))
        self.back_button.setToolTip(self.tr("Kembali ke papan OPD (Alt+Kiri)"))
        self.tabs.setTabText(0, self.tr("1. Drum-up: gagasan"))
        self.tabs.setTabText(1, self.tr("2. Diagnose: masalah, APKL, USG"))
        self.tabs.setTabText(2, self.tr("3. Design: rancangan inovasi"))
        self.override_button.setText(self.tr("Lanjutkan dengan pengecualian…"))
        self.dismiss_button.setText(self.tr("Tutup"))
        self.refresh()

    # -- data ------------------------------------------------------------------------------

    def bind(self, service: WorkshopService | None, undo_stack: QUndoStack) -> None:
        super().bind(service, undo_stack)
        for tab in (self.drumup, self.diagnose, self.design):
            tab.bind(service, undo_stack)
        self.opd_id = None

    def set_opd(self, opd_id: str | None, follow_stage: bool = True) -> None:
        """Show `opd_id`; `follow_stage` opens the tab of the stage the OPD is in."""
        if opd_id != self.opd_id:
            self.commit_pending()
            self.clear_refusal()
            self.message.clear()
        self.opd_id = opd_id
        for tab in (self.drumup, self.diagnose, self.design):
            tab.set_opd(opd_id)
        self._stale.clear()
        self.refresh()
        if follow_stage and opd_id and self.service is not None:
            self.tabs.setCurrentIndex(TAB_OF_STAGE[self.service.get_opd(opd_id).stage])

    def refresh(self) -> OpdStatus | None:
        """The header (name, stage, counter, stage buttons); returns the status it read."""
        self.last_status = None
        if self.service is None or self.opd_id is None:
            self.title_label.setText(self.tr("Belum ada OPD dipilih"))
            self.stage_label.clear()
            for button in (self.previous_button, self.next_button):
                button.setEnabled(False)
            return None
        status = self.last_status = self.service.opd_status(self.opd_id)
        opd = status.opd
        self.title_label.setText(opd.display_name)
        self.stage_label.setText(self.tr("Tahap: %1").replace("%1", opd.stage.label))
        self.progress_bar.setRange(0, max(1, status.minimum))
        self.progress_bar.setValue(min(status.tally.counted, status.minimum))
        self.progress_bar.setFormat(format_progress(status.tally.counted, status.minimum))
        color = style.MET if status.meets_minimum else style.BELOW
        sheet = (
            f"QProgressBar {{ text-align: center; font-weight: 600; }}"
            f" QProgressBar::chunk {{ background: {color.name()}; }}"
        )
        if sheet != self.progress_bar.styleSheet():  # a new style sheet re-polishes: ~ms
            self.progress_bar.setStyleSheet(sheet)
        stages = list(Stage)
        previous = stages[opd.stage.index - 1] if opd.stage.index > 0 else None
        following = stages[opd.stage.index + 1] if opd.stage.index + 1 < len(stages) else None
        self.previous_button.setEnabled(previous is not None)
        self.previous_button.setText(
            self.tr("Kembali ke %1").replace("%1", previous.label)
            if previous
            else self.tr("Kembali")
        )
        self.next_button.setEnabled(following is not None)
        self.next_button.setText(
            self.tr("Maju ke %1 ▶").replace("%1", following.label)
            if following
            else self.tr("Maju ke tahap berikutnya")
        )
        self._recheck_refusal(opd)
        return status

    def _recheck_refusal(self, opd) -> None:
        """A refusal shown earlier is checked again after every change: gone once the OPD
        meets the rule, and re-worded (in the current language, with the new counts)."""
        if self._refused_target is None:
            return
        if self._refused_target.index <= opd.stage.index:
            self.clear_refusal()
            return
        decision = self.service.stage_decision(opd.id, self._refused_target)
        if decision.allowed:
            self.clear_refusal()
        else:
            self.refusal_label.setText(decision.message)

    def refresh_all(self) -> None:
        """Read everything shown again (F5, another workshop)."""
        self.apply_change(Change.everything())

    def apply_change(self, change: Change) -> None:
        """Follow a change notice: nothing when it names other OPDs only; else the header
        and the page in view (the drum-up list appends added ideas); the other pages are
        read again when they are next shown (a large OPD makes each read cost tens of
        milliseconds)."""
        if self.opd_id is not None and self.service is not None and change.whole_workshop:
            try:
                self.service.get_opd(self.opd_id)
            except LabinovasiError:
                self.opd_id = None
        if self.opd_id is not None and not change.touches(self.opd_id):
            return
        status = self.refresh()
        current = self.tabs.currentWidget()
        if current is self.drumup:
            self.drumup.apply_change(change, status)
        else:
            current.refresh()
        self._stale |= {
            tab for tab in (self.drumup, self.diagnose, self.design) if tab is not current
        }

    def show_tab(self, name: str) -> None:
        self.tabs.setCurrentIndex(TAB_NAMES.index(name))

    def _tab_changed(self, _index: int) -> None:
        self.commit_pending()
        current = self.tabs.currentWidget()
        if current in self._stale:
            self._stale.discard(current)
            current.refresh()

    def commit_pending(self) -> None:
        """Write what was typed and not yet written: leaving a page never loses typing."""
        self.diagnose.commit_pending()
        self.design.save_if_changed()

    # -- stage moves -----------------------------------------------------------------------

    def move_forward(self) -> bool:
        opd = self._opd()
        if opd is None or opd.stage.index + 1 >= len(Stage):
            return False
        return self.move_to(list(Stage)[opd.stage.index + 1])

    def move_back(self) -> bool:
        opd = self._opd()
        if opd is None or opd.stage.index == 0:
            return False
        return self.move_to(list(Stage)[opd.stage.index - 1])

    def move_to(self, target: Stage, reason: str | None = None) -> bool:
        """Ask the service to move; a refusal is shown with the override button."""
        opd = self._opd()
        if opd is None or self.service is None:
            return False
        self.commit_pending()
        try:
            change = self.service.move_stage(opd.id, target, override_reason=reason)
        except RuleRefused as error:
            self._refused_target = target
            self.refusal_label.setText(str(error))
            self.refusal_frame.show()
            return False
        except LabinovasiError as error:
            self.message.show_warning(str(error))
            return False
        self.clear_refusal()
        if change is not None:
            text = (
                self.tr("%1 sekarang di tahap %2.")
                .replace("%1", opd.display_name)
                .replace("%2", target.label)
            )
            if change.override_reason:
                text += " " + self.tr("Pengecualian dicatat: %1").replace(
                    "%1", change.override_reason
                )
            opd_id = opd.id

            def still_there() -> bool:  # an undo moves it back
                return self.service is not None and self.service.get_opd(opd_id).stage is target

            self.message.show_ok(text, still_there)
            self.tabs.setCurrentIndex(TAB_OF_STAGE[target])
            record(
                self.undo_stack,
                StageMoveCommand(
                    self.service,
                    opd.id,
                    change.from_stage,
                    change.to_stage,
                    reason,
                    self.tr("pindah tahap %1 ke %2")
                    .replace("%1", opd.abbreviation)
                    .replace("%2", target.label),
                ),
            )
        return True

    def override_refused_move(self) -> bool:
        """Continue a refused move by exception: the facilitator writes why; blank is refused."""
        if self._refused_target is None:
            return False
        self.override_dialog = ReasonDialog(
            self.tr("Lanjutkan dengan pengecualian"),
            self.refusal_label.text()
            + "\n\n"
            + self.tr("Tulis &alasan pengecualian (dicatat dan dicetak):"),
            self.tr("Lanjutkan"),
            self,
        )
        accepted = self.override_dialog.exec() == QDialog.DialogCode.Accepted
        reason = self.override_dialog.reason()
        self.override_dialog.deleteLater()
        if not accepted:
            return False
        return self.move_to(self._refused_target, reason=reason)

    def clear_refusal(self) -> None:
        self._refused_target = None
        self.refusal_frame.hide()

    def _opd(self):
        if self.service is None or self.opd_id is None:
            return None
        return self.service.get_opd(self.opd_id)


__all__ = ["OpdWorkspace"]
