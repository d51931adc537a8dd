"""What the services hand to GUI, CLI and reports: ideas with their marks, each OPD's progress,
the workshop's status (whose `to_json` is the `status --json` contract) and import results."""

from __future__ import annotations

from dataclasses import dataclass, field

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


@dataclass
class ImportReport:
    imported: int = 0
    skipped: list[str] = field(default_factory=list)


@dataclass
class ImportPreview:
    """An import looked at before writing: rows as they would be stored, and what is wrong."""

    headers: list[str]
    rows: list[list[str]]
    problems: list[str] = field(default_factory=list)
    skipped: list[str] = field(default_factory=list)
    importable: int = 0
    # Per row (when known): "" to import, "skipped" or "problem", with the note to show.
    marks: list[tuple[str, str]] = field(default_factory=list)
    file_headers: list[str] = field(default_factory=list)  # the file's own headings
    columns: dict[str, str] = field(default_factory=dict)  # field → heading used

    @property
    def can_import(self) -> bool:
        return not self.problems and self.importable > 0
