"""The board's figures of a workshop file read with the standard library's sqlite3, for the GUI's
first paint before SQLAlchemy is loaded; and the per-OPD tally of the stored marks, whose SQL
and reading WorkshopService uses too (one definition for both paths).

Read-only: a file is read only when its header says it is a workshop at this app's schema
version (connection.inspect_file); anything else, or an SQLite error while reading, returns
None and the service's open says what is wrong. The pages are not all checked here (0.1 s on a
50,000-idea file): the open that follows at once does, and refuses a damaged file, whose
painted board is then taken down.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable
from contextlib import closing
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

from labinovasi.domain import IdeaTally, Opd, Stage, Workshop
from labinovasi.domain.errors import CannotOpen
from labinovasi.storage import connection

# The stored `mark` of an idea, one of classify_ideas' outcomes (storage/idea_marks.py).
COUNTED, DUPLICATE, BLANK, WITHDRAWN = "counted", "duplicate", "blank", "withdrawn"
# How many ideas of each OPD carry each mark: one scan of the (opd, mark) index.
MARK_TALLIES = "SELECT opd_id, mark, count(*) FROM idea GROUP BY opd_id, mark"
NO_IDEAS = IdeaTally(stored=0, counted=0, duplicates=0, blank=0)


def tallies(rows: Iterable[tuple[str, str, int]]) -> dict[str, IdeaTally]:
    """MARK_TALLIES' rows (OPD, mark, number) as each OPD's tally."""
    counts: dict[str, dict[str, int]] = {}
    for opd, mark, number in rows:
        counts.setdefault(opd, {})[mark] = number
    return {
        opd: IdeaTally(
            stored=sum(c.values()),
            counted=c.get(COUNTED, 0),
            duplicates=c.get(DUPLICATE, 0),
            blank=c.get(BLANK, 0),
            withdrawn=c.get(WITHDRAWN, 0),
        )
        for opd, c in counts.items()
    }


@dataclass
class Board:
    """What the board shows of a workshop: the workshop, its OPDs in board order, tallies."""

    workshop: Workshop
    opds: list[Opd]
    tallies: dict[str, IdeaTally]


def read_board(path: Path) -> Board | None:
    """The board's figures of the workshop file at `path`, or None (not a file this app opens
    as it is: another schema version, damaged, not a workshop)."""
    try:
        if connection.inspect_file(path, check_pages=False) != connection.SCHEMA_VERSION:
            return None  # an older file is upgraded by the service's open first
        with closing(sqlite3.connect(connection._read_only_uri(path), uri=True)) as db:
            workshop = db.execute(
                "SELECT id, title, region, min_ideas, start_date, end_date, place, station_id, "
                "station_name, dots_per_participant, station_opd_id FROM workshop"
            ).fetchone()
            opds = db.execute(
                "SELECT id, name, abbreviation, stage, position, move_requested_at FROM opd "
                "ORDER BY position, name"
            ).fetchall()
            counts = db.execute(MARK_TALLIES).fetchall()
    except (CannotOpen, sqlite3.Error, OSError):
        return None
    if workshop is None:
        return None
    try:
        return Board(
            workshop=Workshop(
                id=workshop[0],
                title=workshop[1],
                region=workshop[2],
                min_ideas=workshop[3],
                start_date=_day(workshop[4]),
                end_date=_day(workshop[5]),
                place=workshop[6],
                station_id=workshop[7],
                station_name=workshop[8],
                dots_per_participant=workshop[9],
                station_opd_id=workshop[10],
            ),
            opds=[
                Opd(opd_id, name, abbreviation, Stage(stage), position, _moment(asked))
                for opd_id, name, abbreviation, stage, position, asked in opds
            ],
            tallies=tallies(counts),
        )
    except ValueError:  # a stage or date this version does not read: the service decides
        return None


def _day(value: str | None) -> date | None:
    return date.fromisoformat(value) if value else None


def _moment(value: str | None) -> datetime | None:
    return datetime.fromisoformat(value) if value else None
