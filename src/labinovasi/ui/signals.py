"""App-wide signals: every data change is announced once, here, naming what changed (Anki's
OpChanges), so all views (board, workspace, projector, station) refresh without importing each
other. Undo commands announce their own change when pushed, undone and redone; writes without a
command (imports, merges, the station's ideas) call `notify` themselves."""

from __future__ import annotations

from dataclasses import dataclass, field

from PySide6.QtCore import QObject, Signal


@dataclass(frozen=True)
class Change:
    """What one operation changed; `opd_ids` names the OPDs touched (empty: not known)."""

    ideas: bool = False
    stages: bool = False
    designs: bool = False
    opds: bool = False
    workshop: bool = False
    opd_ids: frozenset[str] = field(default_factory=frozenset)

    @classmethod
    def everything(cls) -> Change:
        return cls(ideas=True, stages=True, designs=True, opds=True, workshop=True)


class AppSignals(QObject):
    workshopOpened = Signal(object)  # the WorkshopService now open
    changed = Signal(object)  # a Change: views reload what they show
    problemRaised = Signal(str)  # a refusal met where no dialog is at hand (undo/redo)
    fileBusy = Signal(str)  # a write waits for another program's lock: the message to show
    fileFree = Signal(str)  # that wait ended: "" the write went on, else why it gave up


signals = AppSignals()


def notify(change: Change | None = None, *opd_ids: str) -> None:
    """Announce a change (everything when not named), with the OPDs it touched."""
    change = change or Change.everything()
    if opd_ids:
        change = Change(**{**change.__dict__, "opd_ids": frozenset(opd_ids)})
    signals.changed.emit(change)
