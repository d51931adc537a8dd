"""The facilitator's corrections to an idea: withdraw it (with a reason), restore it, or move it
to another OPD. Nothing is deleted: a withdrawn idea is kept, shown and printed, never counted;
a move is recorded in the idea's history."""

from __future__ import annotations

from sqlalchemy import select

from labinovasi.domain import BadInput
from labinovasi.domain.rules import check_text
from labinovasi.i18n import _
from labinovasi.services.views import IdeaView
from labinovasi.services.workshop_service import WorkshopService
from labinovasi.storage import idea_marks
from labinovasi.storage.models import IdeaRevisionRow, IdeaRow, OpdRow

MOVE_SOURCE = "move:"  # IdeaRevisionRow.source of a move: "move:<id of the OPD it left>"


def _row(session, idea_id: str) -> IdeaRow:
    row = session.get(IdeaRow, idea_id, with_for_update=True)
    if row is None:
        raise BadInput(_("Gagasan tidak ditemukan: {id}").format(id=idea_id))
    return row


def withdraw_idea(service: WorkshopService, idea_id: str, reason: str) -> IdeaView:
    """Withdraw an idea ("ditarik"); the reason is required and printed with it."""
    reason = check_text(reason or "")
    if not reason:
        raise BadInput(_("Alasan penarikan wajib diisi; gagasan tidak ditarik."))
    with service._write() as session, idea_marks.kept(session, [idea_id]):
        _row(session, idea_id).withdrawn_reason = reason
    return service.idea_view(idea_id)


def restore_idea(service: WorkshopService, idea_id: str) -> IdeaView:
    """Undo a withdrawal: the idea counts again (unless it is a duplicate)."""
    with service._write() as session, idea_marks.kept(session, [idea_id]):
        _row(session, idea_id).withdrawn_reason = ""
    return service.idea_view(idea_id)


def move_idea(service: WorkshopService, idea_id: str, to_opd_id: str) -> IdeaView:
    """Move an idea typed under the wrong OPD; the OPD it left is kept in its history."""
    with service._write() as session:
        row = _row(session, idea_id)
        if session.get(OpdRow, to_opd_id) is None:
            raise BadInput(_("OPD tidak ditemukan: {key}").format(key=to_opd_id))
        if row.opd_id == to_opd_id:
            raise BadInput(_("Gagasan sudah ada di OPD itu."))
        session.add(IdeaRevisionRow.of(row, MOVE_SOURCE + row.opd_id))
        with idea_marks.kept(session, [idea_id]):  # re-marks the OPD it left and the new one
            row.opd_id = to_opd_id
    return service.idea_view(idea_id)


def moves_of(service: WorkshopService, idea_id: str) -> list[str]:
    """The ids of the OPDs the idea was moved away from, oldest first."""
    with service._read() as session:
        rows = session.scalars(
            select(IdeaRevisionRow.source)
            .where(
                IdeaRevisionRow.idea_id == idea_id, IdeaRevisionRow.source.startswith(MOVE_SOURCE)
            )
            .order_by(IdeaRevisionRow.replaced_at)
        )
        return [source[len(MOVE_SOURCE) :] for source in rows]
