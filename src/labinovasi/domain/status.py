"""What the services hand to GUI, CLI and reports about a workshop's progress: ideas with
their marks, each OPD's progress, the workshop's status (whose `to_json` is the `status --json`
contract). Plain data, so the reports take it without importing the services."""

from __future__ import annotations

from dataclasses import dataclass

from labinovasi.domain import Idea, IdeaTally, Opd, Workshop, progress_text


@dataclass
class IdeaView:
    """An idea with its counting marks; `number` is its place in the OPD (1 = oldest)."""

    idea: Idea
    number: int
    counted: bool
    blank: bool = False
    duplicate_of: str | None = None
    duplicate_of_number: int | None = None


@dataclass
class OpdStatus:
    opd: Opd
    tally: IdeaTally
    minimum: int

    @property
    def meets_minimum(self) -> bool:
        return self.tally.meets(self.minimum)

    @property
    def missing(self) -> int:
        return self.tally.missing(self.minimum)

    @property
    def progress(self) -> str:
        return progress_text(self.tally.counted, self.minimum)


@dataclass
class WorkshopStatus:
    workshop: Workshop
    opds: list[OpdStatus]

    @property
    def opds_meeting_minimum(self) -> int:
        return sum(s.meets_minimum for s in self.opds)

    @property
    def ideas(self) -> int:
        return sum(s.tally.stored for s in self.opds)

    @property
    def counted_ideas(self) -> int:
        return sum(s.tally.counted for s in self.opds)

    @property
    def duplicates(self) -> int:
        return sum(s.tally.duplicates for s in self.opds)

    def to_json(self) -> dict:
        """The public `status --json` shape; keys are a contract."""
        w = self.workshop
        return {
            "workshop": {"title": w.title, "region": w.region, "min_ideas": w.min_ideas},
            "opds": [
                {
                    "abbreviation": s.opd.abbreviation,
                    "name": s.opd.name,
                    "stage": s.opd.stage.value,
                    "ideas": s.tally.stored,
                    "counted_ideas": s.tally.counted,
                    "meets_minimum": s.meets_minimum,
                }
                for s in self.opds
            ],
            "totals": {
                "opds": len(self.opds),
                "opds_meeting_minimum": self.opds_meeting_minimum,
                "ideas": self.ideas,
                "counted_ideas": self.counted_ideas,
            },
        }
