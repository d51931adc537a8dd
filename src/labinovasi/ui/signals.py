"""App-wide signals: every data change is announced once, here, naming what changed (Anki's
OpChanges), so all views (board, workspace, projector, station) refresh without importing each
other. Undo commands announce their own change when pushed, undone and redone; writes without a
command (imports, merges, the station's ideas) call `notify` themselves."""

from __future__ import annotations

from dataclasses import dataclass, field, replace

from PySide6.QtCore import QObject, Signal


@dataclass(frozen=True)
class Change:
    """What one operation changed: which kinds of record, and `opd_ids` the OPDs touched
    (empty: not known, every OPD). `added_ideas`: the change only added these ideas (nothing
    else of their OPD changed: a new idea never changes the marks of earlier ones), so a list
    may append them instead of reading its OPD again. `external`: written by another process
    (a station, the command line, a merge), seen by `ExternalChanges`."""

    ideas: bool = False
    stages: bool = False
    designs: bool = False
    opds: bool = False
    workshop: bool = False
    opd_ids: frozenset[str] = field(default_factory=frozenset)
    added_ideas: frozenset[str] = field(default_factory=frozenset)
    external: bool = False

    @classmethod
    def everything(cls) -> Change:
        return cls(ideas=True, stages=True, designs=True, opds=True, workshop=True)

    @property
    def whole_workshop(self) -> bool:
        """Every OPD may have changed (or the OPD list, or the workshop itself)."""
        return self.opds or self.workshop or not self.opd_ids

    def touches(self, opd_id: str | None) -> bool:
        """Whether what is shown of `opd_id` may have changed."""
        return opd_id is not None and (self.whole_workshop or opd_id in self.opd_ids)

    def replayed(self) -> Change:
        """The same change when undone or redone: no longer a plain addition."""
        return replace(self, added_ideas=frozenset())


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
        change = replace(change, opd_ids=frozenset(opd_ids))
    signals.changed.emit(change)
