"""The board of a workshop file before its WorkshopService is open: the GUI paints it at
start-up from storage/board_read.py (sqlite3 alone), without waiting for SQLAlchemy, and
WorkshopService.status() builds its status the same way from the same SQL."""

from __future__ import annotations

from pathlib import Path

from labinovasi.domain import IdeaTally, Opd, Workshop
from labinovasi.services.views import OpdStatus, WorkshopStatus
from labinovasi.storage import board_read, connection


def workshop_status(
    workshop: Workshop, opds: list[Opd], tallies: dict[str, IdeaTally]
) -> WorkshopStatus:
    """Each OPD (in board order) with its tally of stored marks and the workshop's minimum."""
    return WorkshopStatus(
        workshop=workshop,
        opds=[
            OpdStatus(opd, tallies.get(opd.id, board_read.NO_IDEAS), workshop.min_ideas)
            for opd in opds
        ],
    )


def preview_status(target: str | Path) -> WorkshopStatus | None:
    """status() of the workshop file at `target`, read without SQLAlchemy; None for a server,
    a file of another schema version or one that cannot be read (the service's open then
    says why)."""
    if connection.is_url(target):
        return None
    board = board_read.read_board(Path(target))
    if board is None:
        return None
    return workshop_status(board.workshop, board.opds, board.tallies)
