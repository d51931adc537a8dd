"""What a workshop's rows must hold before any screen or command reads them: one workshop row,
known stages, a minimum within bounds. A file edited by hand (or by an old bug) that breaks
these is refused on open with the reasons, so nothing later fails with a traceback."""

from __future__ import annotations

from sqlalchemy import Connection, text

from labinovasi.domain.limits import MIN_IDEAS_LIMITS
from labinovasi.domain.stages import Stage
from labinovasi.i18n import _

STAGE_NAMES = tuple(s.value for s in Stage)


def schema_problems(conn: Connection) -> list[str]:
    """Tables or columns the models read but the file lacks (a file whose version says
    current while its schema is not: edited by hand, or left by an unreleased build)."""
    from labinovasi.storage.models import Base

    columns = _columns(conn)
    problems = []
    for table in Base.metadata.sorted_tables:
        if table.name not in columns:
            problems.append(_("tabel {table} tidak ada").format(table=table.name))
            continue
        have = columns[table.name]
        missing = [column.name for column in table.columns if column.name not in have]
        if missing:
            problems.append(
                _("tabel {table} tidak punya kolom {columns}").format(
                    table=table.name, columns=", ".join(missing)
                )
            )
    return problems


def _columns(conn: Connection) -> dict[str, set[str]]:
    """Every table's column names in one query (on a server, one round trip at each open
    rather than one per table)."""
    if conn.dialect.name == "sqlite":
        query = (
            "SELECT m.name, c.name FROM sqlite_schema m, pragma_table_info(m.name) c "
            "WHERE m.type = 'table'"
        )
    else:
        query = (
            "SELECT table_name, column_name FROM information_schema.columns "
            "WHERE table_schema = current_schema()"
        )
    found: dict[str, set[str]] = {}
    for table, column in conn.execute(text(query)):
        found.setdefault(table, set()).add(column)
    return found


def data_problems(conn: Connection) -> list[str]:
    """Reasons the rows cannot be read safely (empty: fine). Reads a few columns only."""
    problems = schema_problems(conn)
    if problems:
        return problems[:20]  # the rows below may not even be readable
    workshops = conn.execute(text("SELECT min_ideas FROM workshop")).all()
    if not workshops:
        problems.append(_("tidak ada baris lokakarya"))
    elif len(workshops) > 1:
        problems.append(_("{n} baris lokakarya, seharusnya satu").format(n=len(workshops)))
    low, high = MIN_IDEAS_LIMITS
    for (minimum,) in workshops:
        if not isinstance(minimum, int) or not low <= minimum <= high:
            problems.append(_("minimal gagasan tidak sah: {value}").format(value=minimum))
    for name, abbreviation, stage in conn.execute(
        text("SELECT name, abbreviation, stage FROM opd")
    ):
        if stage not in STAGE_NAMES:
            problems.append(
                _("OPD {opd}: tahap tidak dikenal \u201c{stage}\u201d").format(
                    opd=f"{name} ({abbreviation})", stage=stage
                )
            )
    for (stage,) in conn.execute(
        text(
            "SELECT DISTINCT to_stage FROM stage_change UNION "
            "SELECT DISTINCT from_stage FROM stage_change"
        )
    ):
        if stage not in STAGE_NAMES:
            problems.append(
                _("riwayat tahap berisi tahap tidak dikenal \u201c{stage}\u201d").format(
                    stage=stage
                )
            )
    return problems[:20]
