"""Undo/redo commands for the facilitator's edits within a session (QUndoStack).

Each change is written by the service first (so a refusal reaches the user before anything is
pushed); the command then only records it, and its first redo() does nothing. Undo writes the
old value back, through the same service methods, so it is committed at once as well.

Nothing a participant typed is ever deleted: undoing "add idea" withdraws the idea (kept,
shown struck through, not counted), and redoing it restores the idea.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtGui import QUndoCommand, QUndoStack

from labinovasi.domain import LabinovasiError, Stage
from labinovasi.ui.signals import Change, notify, signals


def record(undo_stack: QUndoStack | None, command: _RecordedCommand) -> None:
    """Push an already-written change (which announces it), or only announce it when there
    is no undo stack. Writers call this last, once their own state is up to date."""
    if undo_stack is not None:
        undo_stack.push(command)
    else:
        notify(command.change)


if TYPE_CHECKING:
    from labinovasi.domain.innovations import Innovation
    from labinovasi.services.workshop_service import WorkshopService


def idea_actions():
    """services.idea_actions, imported when first used: it loads SQLAlchemy, which the window
    does not need before a workshop is open (start-up time)."""
    from labinovasi.services import idea_actions

    return idea_actions


class _RecordedCommand(QUndoCommand):
    """Announces its `change` once per push, undo and redo: the one place edits are told."""

    change = Change.everything()

    def __init__(self, text: str):
        super().__init__(text)
        self._applied = True  # the change is already written when the command is pushed

    def redo(self) -> None:
        if self._applied:  # pushed: written already, only announced
            self._applied = False
            notify(self.change)
            return
        self._run(self.apply)

    def undo(self) -> None:
        self._run(self.revert)

    def _run(self, action) -> None:
        try:
            action()
        except LabinovasiError as error:
            signals.problemRaised.emit(str(error))
        notify(self.change.replayed())

    def apply(self) -> None:
        raise NotImplementedError

    def revert(self) -> None:
        raise NotImplementedError


class IdeaEditCommand(_RecordedCommand):
    """Fields of one idea changed from `before` to `after` (dicts of update_idea fields)."""

    def __init__(
        self,
        service: WorkshopService,
        opd_id: str,
        idea_id: str,
        before: dict,
        after: dict,
        text: str,
    ):
        super().__init__(text)
        self.service, self.opd_id, self.idea_id = service, opd_id, idea_id
        self.before, self.after = before, after
        self.change = Change(ideas=True, opd_ids=frozenset({opd_id}))

    def apply(self) -> None:
        self.service.update_idea(self.idea_id, **self.after)

    def revert(self) -> None:
        self.service.update_idea(self.idea_id, **self.before)


class StageMoveCommand(_RecordedCommand):
    """An OPD moved from one stage to another. Undo moves it back (recorded as a stage change
    too, so the history stays complete); redoing a refused move reuses its written reason."""

    def __init__(
        self,
        service: WorkshopService,
        opd_id: str,
        from_stage: Stage,
        to_stage: Stage,
        reason: str | None,
        text: str,
    ):
        super().__init__(text)
        self.service, self.opd_id = service, opd_id
        self.from_stage, self.to_stage, self.reason = from_stage, to_stage, reason
        self.change = Change(stages=True, opd_ids=frozenset({opd_id}))

    def apply(self) -> None:
        self.service.move_stage(self.opd_id, self.to_stage, override_reason=self.reason)

    def revert(self) -> None:
        self.service.move_stage(self.opd_id, self.from_stage)


class InnovationSaveCommand(_RecordedCommand):
    """Profile fields (`fields`, names) and, when `actions` is true, the rencana aksi of one
    innovation saved from `before` to `after`. Undo writes the previous values back through
    `Innovations` (so they pass its checks and land in each field's history too)."""

    def __init__(
        self,
        service: WorkshopService,
        before: Innovation,
        after: Innovation,
        fields: list[str],
        actions: bool,
        text: str,
    ):
        super().__init__(text)
        self.service, self.before, self.after = service, before, after
        self.fields, self.actions = list(fields), actions
        self.change = Change(designs=True, opd_ids=frozenset({after.opd_id}))

    def _write(self, innovation: Innovation) -> None:
        from labinovasi.services.innovations import Innovations  # SQLAlchemy: loaded late

        store = Innovations(self.service)
        if self.fields:
            store.set_fields(innovation.id, {f: getattr(innovation, f) for f in self.fields})
        if self.actions:
            store.set_actions(innovation.id, innovation.actions)

    def apply(self) -> None:
        self._write(self.after)

    def revert(self) -> None:
        self._write(self.before)


class IdeaAddCommand(_RecordedCommand):
    """An idea added. Undo withdraws it with `undo_reason`; redo restores it."""

    def __init__(
        self, service: WorkshopService, opd_id: str, idea_id: str, undo_reason: str, text: str
    ):
        super().__init__(text)
        self.service, self.opd_id, self.idea_id = service, opd_id, idea_id
        self.undo_reason = undo_reason
        self.change = Change(
            ideas=True, opd_ids=frozenset({opd_id}), added_ideas=frozenset({idea_id})
        )

    def apply(self) -> None:
        idea_actions().restore_idea(self.service, self.idea_id)

    def revert(self) -> None:
        idea_actions().withdraw_idea(self.service, self.idea_id, self.undo_reason)


class IdeaWithdrawCommand(_RecordedCommand):
    """An idea withdrawn with `reason`. Undo restores it."""

    def __init__(self, service: WorkshopService, idea_id: str, reason: str, text: str):
        super().__init__(text)
        self.service, self.idea_id, self.reason = service, idea_id, reason
        self.change = Change(ideas=True, opd_ids=frozenset({service.get_idea(idea_id).opd_id}))

    def apply(self) -> None:
        idea_actions().withdraw_idea(self.service, self.idea_id, self.reason)

    def revert(self) -> None:
        idea_actions().restore_idea(self.service, self.idea_id)


class IdeaRestoreCommand(IdeaWithdrawCommand):
    """A withdrawn idea restored. Undo withdraws it again with its old reason."""

    def apply(self) -> None:
        idea_actions().restore_idea(self.service, self.idea_id)

    def revert(self) -> None:
        idea_actions().withdraw_idea(self.service, self.idea_id, self.reason)


class IdeaMoveCommand(_RecordedCommand):
    """An idea moved from one OPD to another; undo moves it back (recorded too)."""

    def __init__(
        self, service: WorkshopService, idea_id: str, from_opd: str, to_opd: str, text: str
    ):
        super().__init__(text)
        self.service, self.idea_id = service, idea_id
        self.from_opd, self.to_opd = from_opd, to_opd
        self.change = Change(ideas=True, opd_ids=frozenset({from_opd, to_opd}))

    def apply(self) -> None:
        idea_actions().move_idea(self.service, self.idea_id, self.to_opd)

    def revert(self) -> None:
        idea_actions().move_idea(self.service, self.idea_id, self.from_opd)


def opd_edit():
    """services.opd_edit, imported when first used (start-up time, as idea_actions)."""
    from labinovasi.services import opd_edit

    return opd_edit


class OpdRenameCommand(_RecordedCommand):
    """An OPD's name and singkatan changed from `before` to `after` ((name, singkatan))."""

    def __init__(
        self,
        service: WorkshopService,
        opd_id: str,
        before: tuple[str, str],
        after: tuple[str, str],
        text: str,
    ):
        super().__init__(text)
        self.service, self.opd_id, self.before, self.after = service, opd_id, before, after
        self.change = Change(opds=True, opd_ids=frozenset({opd_id}))

    def apply(self) -> None:
        self.service.rename_opd(self.opd_id, *self.after)

    def revert(self) -> None:
        self.service.rename_opd(self.opd_id, *self.before)


class OpdRemoveCommand(_RecordedCommand):
    """An OPD without ideas removed; undo brings it back with its id, stage history and
    people (services.opd_edit.restore_opd)."""

    def __init__(self, service: WorkshopService, removed, text: str):
        super().__init__(text)
        self.service, self.removed = service, removed
        self.change = Change(opds=True, stages=True)

    def apply(self) -> None:
        self.removed = opd_edit().remove_opd(self.service, self.removed.opd.id)

    def revert(self) -> None:
        opd_edit().restore_opd(self.service, self.removed)
