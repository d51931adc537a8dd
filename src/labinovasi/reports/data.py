"""What a printed sheet needs, read from the workshop once, so layout never queries it."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from labinovasi.domain import Opd, StageChange, Workshop
from labinovasi.domain.innovations import Innovation
from labinovasi.services.views import IdeaView, OpdStatus, WorkshopStatus


@dataclass
class OpdReport:
    """One OPD's lembar hasil: its status, ideas with marks, innovations and overrides."""

    status: OpdStatus
    ideas: list[IdeaView] = field(default_factory=list)
    innovations: list[Innovation] = field(default_factory=list)
    overrides: list[StageChange] = field(default_factory=list)

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
    def innovations(self) -> list[tuple[Opd, Innovation]]:
        return [(r.opd, i) for r in self.opds for i in r.innovations]
