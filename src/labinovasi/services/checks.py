"""`labinovasi check`: is a workshop file whole, of a known schema, and consistent?"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import text

from labinovasi.domain import Stage
from labinovasi.domain.errors import CannotOpen
from labinovasi.i18n import _
from labinovasi.services.workshop_service import WorkshopService, offer_backup
from labinovasi.storage import connection


@dataclass
class CheckReport:
    schema_version: int
    problems: list[str] = field(default_factory=list)
    facts: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.problems


def check_workshop(target: str | Path) -> CheckReport:
    """Raises CannotOpen for a file that is not a readable workshop; lists other problems."""
    version = connection.SCHEMA_VERSION
    if not connection.is_url(target):
        try:  # every page, whatever the open would check
            version = connection.inspect_file(Path(target), full=True)
        except CannotOpen as error:
            offer_backup(error, target)
            raise
    report = CheckReport(schema_version=version)
    with WorkshopService.open(target) as service:
        with service.engine.connect() as conn:
            if conn.dialect.name == "sqlite":
                for row in conn.execute(text("PRAGMA foreign_key_check")):
                    report.problems.append(
                        _("kunci asing rusak di tabel {table}").format(table=row[0])
                    )
        status = service.status()
        for s in status.opds:
            if s.opd.stage not in Stage:
                report.problems.append(
                    _("tahap tidak dikenal: {opd}").format(opd=s.opd.display_name)
                )
        report.facts = [
            _("skema versi {v}").format(v=version),
            _("{n} OPD, {ideas} gagasan ({counted} dihitung)").format(
                n=len(status.opds), ideas=status.ideas, counted=status.counted_ideas
            ),
        ]
    return report
