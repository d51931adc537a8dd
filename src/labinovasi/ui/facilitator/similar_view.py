"""The "Gagasan mirip" view beside the drum-up list: pairs of the OPD's ideas that may mean the
same, the facilitator's "sama" / "berbeda" (Ctrl+Z undoes), collaboration candidates with other
OPDs and ideas like an existing innovation; and the board's line of collaboration candidates."""

from __future__ import annotations

from typing import TYPE_CHECKING

import shiboken6

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from labinovasi.domain import LabinovasiError
from labinovasi.formatting import format_score
from labinovasi.ui.signals import Change
from labinovasi.ui.style import font_qss
from labinovasi.ui.widgets.commands import _RecordedCommand, record
from labinovasi.ui.widgets.common import MessageLine
from labinovasi.ui.widgets.pages import Retranslatable

if TYPE_CHECKING:
    from PySide6.QtGui import QUndoStack

    from labinovasi.services.similar import Decision, SimilarIdeas, SimilarPair
    from labinovasi.services.workshop_service import WorkshopService

COL_SCORE, COL_EARLIER, COL_LATER = range(3)


class SimilarDecisionCommand(_RecordedCommand):
    """A "sama" or "berbeda" written; undo puts the pair back as it was (and forgets the words
    the confirmation taught), redo decides it again."""

    def __init__(self, similar: SimilarIdeas, decision: Decision, opd_id: str, text: str):
        super().__init__(text)
        self.similar, self.decision = similar, decision
        self.change = Change(ideas=True, opd_ids=frozenset({opd_id}))

    def apply(self) -> None:
        from labinovasi.services.similar import SAME

        again = (
            self.similar.mark_same(self.decision.later, self.decision.earlier)
            if self.decision.decision == SAME
            else self.similar.mark_different(self.decision.later, self.decision.earlier)
        )
        # Undo goes back to the state before the first decision, not to the decision itself.
        self.decision = type(again)(
            again.later, again.earlier, again.decision, self.decision.before, again.learned
        )

    def revert(self) -> None:
        self.similar.undo(self.decision)


class SimilarIdeasView(Retranslatable, QWidget):
    """One OPD's suggested pairs; the buttons decide the selected pair."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("similarView")
        self.service: WorkshopService | None = None
        self.undo_stack: QUndoStack | None = None
        self.opd_id: str | None = None
        self._similar: SimilarIdeas | None = None
        self._pairs: list[SimilarPair] = []
        self._numbers: dict[str, tuple[int, str]] = {}
        self._own = ""  # the OPD's singkatan

        self.title = QLabel(objectName="similarTitle")
        self.title.setStyleSheet(font_qss(12, 600))
        self.table = QTableWidget(0, 3, objectName="similarPairs")
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().setVisible(False)
        self.table.setWordWrap(True)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(COL_SCORE, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(COL_EARLIER, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(COL_LATER, QHeaderView.ResizeMode.Stretch)
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self.same_button = QPushButton(objectName="similarSameButton")
        self.same_button.clicked.connect(self.confirm_same)
        self.different_button = QPushButton(objectName="similarDifferentButton")
        self.different_button.clicked.connect(self.confirm_different)
        self.empty_label = QLabel(objectName="similarEmpty")
        self.empty_label.setWordWrap(True)
        self.others_label = QLabel(objectName="similarOthers")
        self.others_label.setTextFormat(Qt.TextFormat.PlainText)  # participants' text is data
        self.others_label.setWordWrap(True)
        self.message = MessageLine(objectName="similarMessage")

        buttons = QHBoxLayout()
        buttons.addWidget(self.same_button)
        buttons.addWidget(self.different_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.title)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty_label)
        layout.addLayout(buttons)
        layout.addWidget(self.message)
        layout.addWidget(self.others_label)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.title.setText(self.tr("Gagasan mirip"))
        self.table.setHorizontalHeaderLabels(
            [self.tr("Skor"), self.tr("Gagasan lebih dulu"), self.tr("Gagasan kemudian")]
        )
        self.same_button.setText(self.tr("Sama (&duplikat)"))
        self.same_button.setToolTip(
            self.tr(
                "Gagasan kemudian menjadi duplikat gagasan lebih dulu: tetap disimpan dan "
                "ditandai, tidak dihitung (Ctrl+Z membatalkan)"
            )
        )
        self.different_button.setText(self.tr("Be&rbeda"))
        self.different_button.setToolTip(self.tr("Pasangan ini tidak disarankan lagi"))
        self.empty_label.setText(self.tr("Tidak ada gagasan mirip di OPD ini."))
        self.refresh()

    # -- data ------------------------------------------------------------------------------

    def show_opd(
        self, service: WorkshopService | None, undo_stack: QUndoStack | None, opd_id: str | None
    ) -> None:
        if service is not self.service:
            self._similar = None
        self.service, self.undo_stack, self.opd_id = service, undo_stack, opd_id
        self.refresh()

    def similar(self) -> SimilarIdeas | None:
        """The use cases on the whole workshop; on a workshop far bigger than a lab, on the
        current OPD only (indexing tens of thousands of ideas would hold up the screen)."""
        if self.service is None:
            return None
        from labinovasi.domain.similarity import COLLABORATION_MAX_IDEAS

        big = self.service.status().counted_ideas > COLLABORATION_MAX_IDEAS
        scope = self.opd_id if big else None
        if self._similar is None or self._similar.scope_opd != scope:
            from labinovasi.services.similar import SimilarIdeas  # SQLAlchemy: loaded late

            self._similar = SimilarIdeas(self.service, scope)
        return self._similar

    def refresh(self) -> None:
        similar = self.similar()
        if similar is None or self.opd_id is None:
            self._pairs = []
            self.table.setRowCount(0)
            self.others_label.clear()
            self._update_buttons()
            return
        chosen = self.selected_pair()
        pairs = similar.pairs(self.opd_id, across=True)
        self._pairs = [p for p in pairs if p.same_opd]
        views = similar._state.views
        opds = {o.id: o.abbreviation for o in self.service.list_opds()} if self.service else {}
        self._numbers = {i: (v.number, opds.get(v.idea.opd_id, "")) for i, v in views.items()}
        self._own = opds.get(self.opd_id, "")
        self.table.setRowCount(len(self._pairs))
        for row, pair in enumerate(self._pairs):
            score = QTableWidgetItem(format_score(pair.score))
            score.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self.table.setItem(row, COL_SCORE, score)
            for column, idea_id in ((COL_EARLIER, pair.a), (COL_LATER, pair.b)):
                view = views[idea_id]
                self.table.setItem(
                    row, column, QTableWidgetItem(f"{view.number}. {view.idea.text}")
                )
        self.table.resizeRowsToContents()
        self.empty_label.setVisible(not self._pairs)
        if chosen in self._pairs:
            self.table.selectRow(self._pairs.index(chosen))
        elif self._pairs:
            self.table.selectRow(0)
        from labinovasi.domain.similarity import COLLABORATION_MIN_SCORE

        across = [p for p in pairs if not p.same_opd and p.score >= COLLABORATION_MIN_SCORE]
        self.others_label.setText(self._others_text(similar, across))
        self._update_buttons()

    def _others_text(self, similar: SimilarIdeas, across: list[SimilarPair]) -> str:
        """Collaboration candidates with other OPDs and ideas like existing innovations."""
        from labinovasi.services.similar import join_names

        views = similar._state.views
        lines = []
        partners: dict[str, set[str]] = {}
        for pair in across:
            mine, theirs = (
                (pair.a, pair.b)
                if views[pair.a].idea.opd_id == self.opd_id
                else (
                    pair.b,
                    pair.a,
                )
            )
            partners.setdefault(mine, set()).add(self._numbers[theirs][1])
        own = self._own
        for idea_id, others in sorted(partners.items(), key=lambda kv: views[kv[0]].number):
            names = join_names([own, *sorted(others)])
            lines.append(
                self.tr("Calon kolaborasi — gagasan no. %1: %2 mengusulkan gagasan serupa")
                .replace("%1", str(views[idea_id].number))
                .replace("%2", names)
            )
        for idea_id, match in sorted(
            similar.innovation_matches(opd_id=self.opd_id).items(),
            key=lambda kv: views[kv[0]].number,
        ):
            if views[idea_id].idea.opd_id == self.opd_id:
                lines.append(
                    self.tr("Gagasan no. %1 %2")
                    .replace("%1", str(views[idea_id].number))
                    .replace("%2", match.sentence())
                )
        return "\n".join(lines)

    def selected_pair(self) -> SimilarPair | None:
        rows = self.table.selectionModel().selectedRows()
        if not rows or rows[0].row() >= len(self._pairs):
            return None
        return self._pairs[rows[0].row()]

    def _update_buttons(self) -> None:
        chosen = self.selected_pair() is not None
        self.same_button.setEnabled(chosen)
        self.different_button.setEnabled(chosen)

    def hint_for(self, idea_id: str) -> str:
        """What to tell the team right after it added `idea_id`: the ideas it resembles."""
        similar = self.similar()
        if similar is None:
            return ""
        found = similar.suggestions_for(idea_id)
        if not found:
            return ""
        views = similar._state.views
        numbers = ", ".join(str(views[p.a if p.b == idea_id else p.b].number) for p in found)
        return self.tr("Mirip gagasan no. %1 — periksa di \u201cGagasan mirip\u201d.").replace(
            "%1", numbers
        )

    # -- deciding --------------------------------------------------------------------------

    def confirm_same(self) -> bool:
        return self._decide(True)

    def confirm_different(self) -> bool:
        return self._decide(False)

    def _decide(self, same: bool) -> bool:
        pair, similar = self.selected_pair(), self.similar()
        if pair is None or similar is None or self.opd_id is None:
            return False
        later, earlier = self._numbers[pair.b][0], self._numbers[pair.a][0]
        try:
            decision = (
                similar.mark_same(pair.b, pair.a)
                if same
                else similar.mark_different(pair.b, pair.a)
            )
        except LabinovasiError as error:
            self.message.show_warning(str(error))
            return False
        if same:
            text = (
                self.tr("gagasan no. %1 sama dengan no. %2")
                .replace("%1", str(later))
                .replace("%2", str(earlier))
            )
            done = self.tr("Gagasan no. %1 ditandai sama dengan no. %2, tidak dihitung.")
        else:
            text = (
                self.tr("gagasan no. %1 berbeda dengan no. %2")
                .replace("%1", str(later))
                .replace("%2", str(earlier))
            )
            done = self.tr("Gagasan no. %1 dan no. %2 berbeda; tidak disarankan lagi.")
        from labinovasi.services.similar import pair_id

        key, wanted = pair_id(decision.later, decision.earlier), decision.decision

        def still_decided() -> bool:  # an undo puts the pair back
            found = similar.decisions().get(key)
            return found is not None and found[2] == wanted

        self.message.show_ok(
            done.replace("%1", str(later)).replace("%2", str(earlier)), still_decided
        )
        record(self.undo_stack, SimilarDecisionCommand(similar, decision, self.opd_id, text))
        return True


class CollaborationLine(Retranslatable, QLabel):
    """The board's line of collaboration candidates ("DINKES, DINSOS dan DPMD mengusulkan
    gagasan serupa"), worked out off the GUI thread a moment after the last change (one
    piece of work at a time); it never changes counting."""

    DELAY_MS = 300

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("boardCollaboration")
        self.setTextFormat(Qt.TextFormat.PlainText)  # participants' text is data
        self.setWordWrap(True)
        self.setStyleSheet(font_qss(11))
        self._sentences: list[str] = []
        self._service: WorkshopService | None = None
        self._task = None
        self._again = False
        self._timer = QTimer(self, singleShot=True, interval=self.DELAY_MS)
        self._timer.timeout.connect(self._start)
        self.setVisible(False)

    def retranslate_ui(self) -> None:
        self._show()

    def refresh(self, service: WorkshopService | None) -> None:
        self._service = service
        if service is None:
            self._timer.stop()
            self._sentences = []
            self._show()
            return
        self._timer.start()

    def busy(self) -> bool:
        return self._timer.isActive() or (self._task is not None and self._task.isRunning())

    def _start(self) -> None:
        service = self._service
        if service is None:
            return
        if self._task is not None and self._task.isRunning():
            self._again = True
            return
        from labinovasi.ui.tasks import run_task

        def work(own: WorkshopService) -> list[str]:
            from labinovasi.domain.similarity import COLLABORATION_MAX_IDEAS
            from labinovasi.services.similar import SimilarIdeas

            if own.status().counted_ideas > COLLABORATION_MAX_IDEAS:
                return []
            return [g.sentence() for g in SimilarIdeas(own).collaboration_groups()]

        def done(sentences: object) -> None:
            if not shiboken6.isValid(self):
                return  # the window closed while the work ran
            if self._service is service:
                self._sentences = list(sentences)  # type: ignore[call-overload]
                self._show()

        def finished() -> None:
            if shiboken6.isValid(self) and self._again:
                self._again = False
                self._timer.start()

        self._task = run_task(
            work, done, lambda _error: None, target=service.target, on_finished=finished
        )

    def _show(self) -> None:
        if not self._sentences:
            self.clear()
            self.setVisible(False)
            return
        self.setText(self.tr("Calon kolaborasi: %1").replace("%1", "; ".join(self._sentences)))
        self.setVisible(True)
