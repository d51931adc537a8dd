"""What a printed sheet needs, read from the workshop once, so layout never queries it."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from labinovasi.domain import Design, Opd, StageChange, Workshop
from labinovasi.services.views import IdeaView, OpdStatus, WorkshopStatus


@dataclass
class OpdReport:
    """One OPD's lembar hasil: its status, ideas with marks, designs and stage overrides."""

    status: OpdStatus
    ideas: list[IdeaView] = field(default_factory=list)
    designs: list[Design] = field(default_factory=list)
    overrides: list[StageChange] = field(default_factory=list)
    finished_on: date | None = None  # the day the OPD left design: its commitment's date

    @property
    def opd(self) -> Opd:
        return self.status.opd

    @property
    def chosen(self) -> list[IdeaView]:
        return [v for v in self.ideas if v.idea.chosen]


@dataclass
class ReportData:
    status: WorkshopStatus
    opds: list[OpdReport]
    printed_on: date = field(default_factory=date.today)

    @property
    def workshop(self) -> Workshop:
        return self.status.workshop

    @property
    def designs(self) -> list[tuple[Opd, Design]]:
        return [(r.opd, d) for r in self.opds for d in r.designs]
