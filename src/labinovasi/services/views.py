"""What the services hand to GUI, CLI and reports: ideas with their marks, each OPD's progress,
the workshop's status (whose `to_json` is the `status --json` contract) and import results."""

from __future__ import annotations

from dataclasses import dataclass, field

from labinovasi.domain.status import IdeaView, OpdStatus, WorkshopStatus

__all__ = ["IdeaView", "ImportPreview", "ImportReport", "OpdStatus", "WorkshopStatus"]


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
    # Problems refuse only their own rows: the `importable` good rows may be written
    # without them on request (participants).
    partial: bool = False

    @property
    def can_import(self) -> bool:
        return not self.problems and self.importable > 0

    @property
    def can_import_good_rows(self) -> bool:
        """Some rows have problems, the others can be imported without them."""
        return self.partial and bool(self.problems) and self.importable > 0
