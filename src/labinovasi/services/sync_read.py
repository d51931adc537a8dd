"""What a merge reads of a copy: only what it brings. The copy is ATTACHed to a connection of the
target (read through SQLite, never with a plain file handle) and SQL finds, table by table, the
copy's rows that the target does not hold exactly as they are (new, or differing in any merged
column); only those are read into memory, screened (merge_rules) and applied (sync). A copy
that brings nothing new costs a few indexed lookups per row, no Python object per row.

What the new rows refer to is read as `context`: the copy's small tables whole (innovations,
their rencana aksi, evidence, answers, the gelar inovasi and its jurors), of its ideas only the
ones referred to (id and OPD), and the whole ideas of an OPD whose new stage change the gates
must judge on the copy's own records.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from functools import cache
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, MetaData, Table, and_, exists, select

from labinovasi.services.merge_rules import read_table
from labinovasi.storage import idea_marks

SCHEMA = "station_copy"  # the name the copy is attached under
_CHUNK = 500  # ids per IN (...): well below every SQLite's bound on variables
# Read whole: a merge needs all of them (the workshop row; the OPDs a copy's ideas map by).
WHOLE = ("workshop", "opd")
# Small tables the new rows may refer to: read whole as context.
CONTEXT = (
    "innovation",
    "innovation_action",
    "evidence_blob",
    "evidence",
    "indicator_answer",
    "display_event",
    "juror",
    "idea_pair",
)
# Columns never compared: the idea's stored marks follow from the ideas' order (re-marked).
_NOT_COMPARED = {"idea": set(idea_marks.MARK_COLUMNS)}
_META = MetaData(schema=SCHEMA)


@cache
def attached(table: Table) -> Table:
    """`table` as it is in the attached copy."""
    return table.to_metadata(_META, schema=SCHEMA)


def _columns(table: Table, columns: Iterable | None) -> list:
    copy = attached(table)
    if columns is None:
        return list(copy.columns)
    return [copy.c[c.key] for c in columns]


@cache  # the same statement objects for every copy: SQLAlchemy compiles each once
def _changed_rows(table: Table, columns: tuple | None) -> tuple[Any, list, Any]:
    """The copy's `table` (aliased), the columns read of it, and the condition that its row
    is not in the target exactly as it is (by key, then column by column, NULL equal to NULL).
    Both sides are aliased: the same table name in two schemas must not be confused."""
    src = attached(table).alias("s")
    dst = table.alias("m")
    keys = [c.key for c in table.primary_key.columns]
    compared = [
        c.key
        for c in table.columns
        if c.key not in keys and c.key not in _NOT_COMPARED.get(table.name, ()) and c.key != "data"
    ]
    same = exists().where(
        and_(
            *(dst.c[k] == src.c[k] for k in keys),
            *(dst.c[k].is_not_distinct_from(src.c[k]) for k in compared),
        )
    )
    cols = list(src.columns) if columns is None else [src.c[c.key] for c in columns]
    return src, cols, ~same


def read_copy(
    conn: Connection,
    path: str | Path,
    tables: Mapping[str, Table],
    columns: Mapping[str, tuple] | None = None,
    counts: Mapping[str, int] | None = None,
) -> tuple[dict, dict[str, int]]:
    """The rows of the copy at `path` a merge into `conn`'s database needs, per table name of
    `tables` (`columns`: the columns read of some tables), with "context" (see the module);
    and per table how many rows it holds exactly as the target does (not read). `counts`:
    the copy's rows per table when known (`fingerprint`)."""
    columns = columns or {}
    conn.exec_driver_sql(f"ATTACH DATABASE ? AS {SCHEMA}", (str(path),))
    try:
        if counts is None:
            counts = {name: int(row[1]) for name, row in _scan(conn, tables).items()}
        data: dict = {}
        same: dict[str, int] = {}
        for name, table in tables.items():
            cols = _columns(table, columns.get(name))
            if name in WHOLE:
                data[name] = read_table(conn, attached(table), columns=cols)
                continue
            src, changed_cols, differs = _changed_rows(table, columns.get(name))
            data[name] = read_table(conn, src, columns=changed_cols, where=differs)
            same[name] = max(0, counts[name] - len(data[name]))
        context: dict[str, list[dict]] = {
            name: read_table(
                conn, attached(tables[name]), columns=_columns(tables[name], columns.get(name))
            )
            for name in CONTEXT
            if name in tables
        }
        data["context"] = context
        context["idea"] = _context_ideas(conn, tables["idea"], data)
    finally:
        conn.rollback()
        conn.exec_driver_sql(f"DETACH DATABASE {SCHEMA}")
    return data, same


def fingerprint(
    conn: Connection, path: str | Path, tables: Mapping[str, Table]
) -> tuple[str, dict[str, int]] | None:
    """A digest of the copy at `path` that changes with any change a station makes (each
    table's number of rows and the sum of its times; the workshop row as it is), and each
    table's number of rows; None when the copy cannot be read so (damaged, another schema:
    the full read says why). A few scans in SQLite, no row read into Python."""
    import hashlib

    from sqlalchemy.exc import DBAPIError

    try:
        conn.exec_driver_sql(f"ATTACH DATABASE ? AS {SCHEMA}", (str(path),))
    except DBAPIError:
        conn.rollback()
        return None
    try:
        digest = hashlib.sha256()
        counts: dict[str, int] = {}
        for name, row in _scan(conn, tables).items():
            counts[name] = int(row[1])
            digest.update(repr(tuple(row)).encode())
        workshop = attached(tables["workshop"])
        digest.update(repr(conn.execute(select(workshop)).all()).encode())
        return digest.hexdigest(), counts
    except DBAPIError:
        return None
    finally:
        conn.rollback()
        conn.exec_driver_sql(f"DETACH DATABASE {SCHEMA}")


def _scan(conn: Connection, tables: Mapping[str, Table]) -> dict[str, tuple]:
    """Per table of the attached copy, in one statement: its name, its number of rows and the
    sum of each of its times (as Julian days; a time that does not parse adds nothing)."""
    from labinovasi.services.merge_rules import TIME_FIELDS

    quote = conn.dialect.identifier_preparer.quote
    width = max(sum(c.key in TIME_FIELDS for c in t.columns) for t in tables.values())
    parts = []
    for name, table in tables.items():
        sums = [f"total(julianday({quote(c.key)}))" for c in table.columns if c.key in TIME_FIELDS]
        sums += ["0"] * (width - len(sums))
        parts.append(
            f"SELECT '{name}', count(*), {', '.join(sums) or '0'} FROM {SCHEMA}.{quote(table.name)}"
        )
    return {row[0]: tuple(row) for row in conn.exec_driver_sql(" UNION ALL ".join(parts)).all()}


def _context_ideas(conn: Connection, table: Table, data: dict) -> list[dict]:
    """The copy's ideas the new rows refer to (id and OPD), and every idea of an OPD whose new
    stage change is judged on the copy's own records (whole rows)."""
    src = attached(table)
    rows: dict[str, dict] = {}
    opds = sorted({c["opd_id"] for c in data.get("stage_change", ())})
    for chunk in _chunks(opds):
        for row in read_table(conn, src, where=src.c.opd_id.in_(chunk)):
            rows[row["id"]] = row
    have = {r["id"] for r in data.get("idea", ())} | set(rows)
    wanted = sorted(
        {
            r[key]
            for name, keys in (
                ("idea_revision", ("idea_id",)),
                ("innovation_idea", ("idea_id",)),
                ("vote", ("idea_id",)),
                ("idea_pair", ("idea_id", "other_id")),
            )
            for r in [*data.get(name, ()), *data["context"].get(name, ())]
            for key in keys
            if isinstance(r.get(key), str)
        }
        - have
    )
    for chunk in _chunks(wanted):
        for row in read_table(
            conn, src, columns=(src.c.id, src.c.opd_id), where=src.c.id.in_(chunk)
        ):
            rows[row["id"]] = row
    return list(rows.values())


def _chunks(values: list) -> Iterable[list]:
    for start in range(0, len(values), _CHUNK):
        yield values[start : start + _CHUNK]
