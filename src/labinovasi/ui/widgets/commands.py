"""Undo/redo commands for the facilitator's edits within a session (QUndoStack).

Each change is written by the service first (so a refusal reaches the user before anything is
pushed); the command then only records it, and its first redo() does nothing. Undo writes the
old value back, through the same service methods, so it is committed at once as well.

Adding an idea has no command on purpose: undoing it would delete what a participant typed, and
the workshop's rule is that nothing typed is silently dropped. A wrong idea is edited instead.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from PySide6.QtGui import QUndoCommand

from labinovasi.domain import Design, LabinovasiError, Stage
from labinovasi.ui.signals import signals

if TYPE_CHECKING:
    from labinovasi.services.workshop_service import WorkshopService


class _RecordedCommand(QUndoCommand):
    def __init__(self, text: str):
        super().__init__(text)
        self._applied = True  # the change is already written when the command is pushed

    def redo(self) -> None:
        if self._applied:
            self._applied = False
            return
        self._run(self.apply)

    def undo(self) -> None:
        self._run(self.revert)

    def _run(self, action) -> None:
        try:
            action()
        except LabinovasiError as error:
            signals.problemRaised.emit(str(error))
        signals.dataChanged.emit()

    def apply(self) -> None:
        raise NotImplementedError

    def revert(self) -> None:
        raise NotImplementedError


class IdeaEditCommand(_RecordedCommand):
    """Fields of one idea changed from `before` to `after` (dicts of update_idea fields)."""

    def __init__(self, service: WorkshopService, opd_id: str, idea_id: str, before: dict,
                 after: dict, text: str):
        super().__init__(text)
        self.service, self.opd_id, self.idea_id = service, opd_id, idea_id
        self.before, self.after = before, after

    def apply(self) -> None:
        self.service.update_idea(self.idea_id, **self.after)
        signals.ideaChanged.emit(self.opd_id)

    def revert(self) -> None:
        self.service.update_idea(self.idea_id, **self.before)
        signals.ideaChanged.emit(self.opd_id)


class StageMoveCommand(_RecordedCommand):
    """An OPD moved from one stage to another. Undo moves it back (recorded as a stage change
    too, so the history stays complete); redoing a refused move reuses its written reason."""

    def __init__(self, service: WorkshopService, opd_id: str, from_stage: Stage,
                 to_stage: Stage, reason: str | None, text: str):
        super().__init__(text)
        self.service, self.opd_id = service, opd_id
        self.from_stage, self.to_stage, self.reason = from_stage, to_stage, reason

    def apply(self) -> None:
        self.service.move_stage(self.opd_id, self.to_stage, override_reason=self.reason)
        signals.stageChanged.emit(self.opd_id)

    def revert(self) -> None:
        self.service.move_stage(self.opd_id, self.from_stage)
        signals.stageChanged.emit(self.opd_id)


class DesignSaveCommand(_RecordedCommand):
    """A design saved: `before` is what it was (a blank design of the same id when new)."""

    def __init__(self, service: WorkshopService, before: Design, after: Design, text: str):
        super().__init__(text)
        self.service, self.before, self.after = service, before, after

    def apply(self) -> None:
        self.service.save_design(replace(self.after))
        signals.designSaved.emit(self.after.opd_id)

    def revert(self) -> None:
        self.service.save_design(replace(self.before))
        signals.designSaved.emit(self.before.opd_id)
