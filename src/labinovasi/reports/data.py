"""What a printed sheet needs, read from the workshop once, so layout never queries it."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from labinovasi.domain import Design, Opd, StageChange, Workshop
from labinovasi.domain.delivery import Launching, MonitoringEntry
from labinovasi.domain.innovations import Innovation
from labinovasi.services.views import IdeaView, OpdStatus, WorkshopStatus
from labinovasi.services.workshop_service import design_from_innovation


@dataclass
class OpdReport:
    """One OPD's lembar hasil: its status, ideas with marks, innovations and overrides."""

    status: OpdStatus
    ideas: list[IdeaView] = field(default_factory=list)
    innovations: list[Innovation] = field(default_factory=list)
    overrides: list[StageChange] = field(default_factory=list)
    finished_on: date | None = None  # the day the OPD left design: its commitment's date
    monitoring: list[MonitoringEntry] = field(default_factory=list)
    launchings: dict[str, Launching] = field(default_factory=dict)  # by innovation id

    @property
    def opd(self) -> Opd:
        return self.status.opd

    @property
    def chosen(self) -> list[IdeaView]:
        return [v for v in self.ideas if v.idea.chosen]

    @property
    def designs(self) -> list[Design]:
        """The innovations in the older single-form shape the office papers read."""
        return [design_from_innovation(i) for i in self.innovations]


@dataclass
class ReportData:
    status: WorkshopStatus
    opds: list[OpdReport]
    printed_on: date = field(default_factory=date.today)
    # Collaboration candidates across OPDs ("Gagasan mirip"): the sentence ("DINKES dan DINSOS
    # mengusulkan gagasan serupa") and each idea as (singkatan, text). Never counted.
    collaboration: list[tuple[str, list[tuple[str, str]]]] = field(default_factory=list)

    @property
    def workshop(self) -> Workshop:
        return self.status.workshop

    @property
    def innovations(self) -> list[tuple[Opd, Innovation]]:
        return [(r.opd, i) for r in self.opds for i in r.innovations]

    @property
    def designs(self) -> list[tuple[Opd, Design]]:
        return [(r.opd, d) for r in self.opds for d in r.designs]
