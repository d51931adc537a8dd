"""What a printed sheet needs, read from the workshop once, so layout never queries it. Plain
data built by the services (reports never import them)."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from labinovasi.domain import Opd, StageChange, Workshop
from labinovasi.domain.delivery import Launching, MonitoringEntry
from labinovasi.domain.innovations import Innovation, lab_innovations
from labinovasi.domain.rules import vote_text, vote_total
from labinovasi.domain.status import IdeaView, OpdStatus, WorkshopStatus


@dataclass
class OpdReport:
    """One OPD's lembar hasil: its status, ideas with marks, innovations and overrides."""

    status: OpdStatus
    ideas: list[IdeaView] = field(default_factory=list)
    innovations: list[Innovation] = field(default_factory=list)  # all, imported ones included
    overrides: list[StageChange] = field(default_factory=list)
    finished_on: date | None = None  # the day the OPD left design: its commitment's date
    monitoring: list[MonitoringEntry] = field(default_factory=list)
    launchings: dict[str, Launching] = field(default_factory=dict)  # by innovation id
    dots: dict[str, int] = field(default_factory=dict)  # participants' dots by idea id
    signing_city: str = ""  # the kop's city: where the sheet is signed (domain.papers)

    def votes(self, view: IdeaView) -> int:
        """The idea's "Suara" as the screens show it (domain.rules.vote_total)."""
        return vote_total(view.idea.votes, self.dots.get(view.idea.id, 0))

    def vote_text(self, view: IdeaView) -> str:
        return vote_text(view.idea.votes, self.dots.get(view.idea.id, 0))

    @property
    def opd(self) -> Opd:
        return self.status.opd

    @property
    def chosen(self) -> list[IdeaView]:
        return [v for v in self.ideas if v.idea.chosen]

    @property
    def lab(self) -> list[Innovation]:
        """The innovations designed in this lab: what papers about the lab count and list."""
        return lab_innovations(self.innovations)


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
        """The lab's own innovations with their OPD (imported ones left out)."""
        return [(r.opd, i) for r in self.opds for i in r.lab]

    @property
    def all_innovations(self) -> list[tuple[Opd, Innovation]]:
        """Every innovation, imported ones included (the region's list, the IGA)."""
        return [(r.opd, i) for r in self.opds for i in r.innovations]
