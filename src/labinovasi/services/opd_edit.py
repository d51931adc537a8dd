"""Correcting the OPD list: removing an OPD entered by mistake (and bringing it back on undo)
and merging two rows that are one office. Shared by the facilitator's app and the CLI."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from sqlalchemy import delete, func, insert, select, update

from labinovasi.domain import BadInput, Opd, RuleRefused
from labinovasi.i18n import _
from labinovasi.storage import idea_marks
from labinovasi.storage.mappers import to_opd
from labinovasi.storage.models import (
    IdeaRow,
    InnovationRow,
    MonitoringRow,
    OpdRemovalRow,
    OpdRow,
    PersonRow,
    StageChangeRow,
    table_of,
    utcnow,
)

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from labinovasi.services.workshop_service import WorkshopService

_OPD = table_of(OpdRow)
_STAGE_CHANGE = table_of(StageChangeRow)
# The records that belong to an OPD and follow it when two rows are merged.
_OWNED = (IdeaRow, InnovationRow, MonitoringRow, PersonRow)


@dataclass(frozen=True)
class RemovedOpd:
    """What removing an OPD deleted, so that undo can put it back as it was."""

    opd: Opd
    row: dict[str, Any]
    stage_changes: list[dict[str, Any]] = field(default_factory=list)
    people: list[str] = field(default_factory=list)


@dataclass(frozen=True)
class MergedOpds:
    """The kept OPD, the one merged into it, and how many records moved, by kind."""

    kept: Opd
    removed: Opd
    moved: dict[str, int]

    def to_json(self) -> dict[str, Any]:
        return {
            "kept": self.kept.abbreviation,
            "removed": self.removed.abbreviation,
            "moved": self.moved,
        }


def _opd_row(session: Session, opd_id: str) -> OpdRow:
    row = session.get(OpdRow, opd_id)
    if row is None:
        raise BadInput(_("OPD tidak ditemukan: {key}").format(key=opd_id))
    return row


def _count(session: Session, model, opd_id: str) -> int:
    return session.scalar(select(func.count()).where(model.opd_id == opd_id)) or 0


def remove_opd(service: WorkshopService, opd_id: str) -> RemovedOpd:
    """Delete an OPD that has no ideas and no innovations (an entry made by mistake). An OPD
    with ideas is refused: merge it into the right OPD instead, so nothing typed is lost."""
    with service._write() as session:
        row = _opd_row(session, opd_id)
        ideas = _count(session, IdeaRow, opd_id)
        innovations = _count(session, InnovationRow, opd_id) + _count(
            session, MonitoringRow, opd_id
        )
        if ideas or innovations:
            raise RuleRefused(
                _(
                    "{opd} tidak dihapus: sudah punya {ideas} gagasan dan {innovations} "
                    "inovasi/catatan. Gabungkan ke OPD yang benar bila ini OPD yang sama."
                ).format(opd=to_opd(row).display_name, ideas=ideas, innovations=innovations)
            )
        snapshot = RemovedOpd(
            opd=to_opd(row),
            row={c.name: getattr(row, c.key) for c in OpdRow.__table__.columns},
            stage_changes=[
                dict(r._mapping)
                for r in session.execute(
                    select(_STAGE_CHANGE).where(_STAGE_CHANGE.c.opd_id == opd_id)
                )
            ],
            people=list(session.scalars(select(PersonRow.id).where(PersonRow.opd_id == opd_id))),
        )
        session.execute(delete(_STAGE_CHANGE).where(_STAGE_CHANGE.c.opd_id == opd_id))
        session.execute(update(PersonRow).where(PersonRow.opd_id == opd_id).values(opd_id=None))
        session.delete(row)
        _remember(session, opd_id, None, snapshot.opd.abbreviation)
    return snapshot


def _remember(session: Session, opd_id: str, merged_into: str | None, abbreviation: str) -> None:
    """Note the removal, so a station copy's merge does not bring the OPD back."""
    session.merge(OpdRemovalRow(id=opd_id, merged_into=merged_into, abbreviation=abbreviation))


def restore_opd(service: WorkshopService, removed: RemovedOpd) -> Opd:
    """Undo of `remove_opd`: the OPD back with its id, stage history and people."""
    abbreviation = removed.opd.abbreviation.casefold()
    if any(o.abbreviation.casefold() == abbreviation for o in service.list_opds()):
        raise BadInput(_("singkatan {abbr} sudah ada").format(abbr=removed.opd.abbreviation))
    with service._write() as session:
        session.execute(insert(_OPD), [removed.row])
        session.execute(delete(OpdRemovalRow).where(OpdRemovalRow.id == removed.opd.id))
        if removed.stage_changes:
            session.execute(insert(_STAGE_CHANGE), removed.stage_changes)
        if removed.people:
            session.execute(
                update(PersonRow)
                .where(PersonRow.id.in_(removed.people))
                .values(opd_id=removed.opd.id)
            )
    return service.get_opd(removed.opd.id)


def merge_opds(service: WorkshopService, keep_id: str, other_id: str) -> MergedOpds:
    """Two rows that are one office: the ideas, innovations, monitoring notes and people of
    `other_id` move to `keep_id`, whose name, singkatan and stage stay; `other_id` is deleted.
    Ideas are counted again in the kept OPD (a repeat of one of its ideas is a duplicate)."""
    if keep_id == other_id:
        raise BadInput(_("Pilih dua OPD yang berbeda untuk digabung."))
    with service._write() as session:
        # The kept row is stamped now: a station copy's older row of either OPD, merged
        # later, does not overwrite its name and singkatan.
        _opd_row(session, keep_id).updated_at = utcnow()
        removed = to_opd(_opd_row(session, other_id))
        moved: dict[str, int] = {}
        for model in _OWNED:
            result = session.execute(
                update(model).where(model.opd_id == other_id).values(opd_id=keep_id)
            )
            moved[model.__tablename__] = result.rowcount or 0
        session.execute(delete(_STAGE_CHANGE).where(_STAGE_CHANGE.c.opd_id == other_id))
        session.flush()
        session.expire_all()
        session.delete(session.get(OpdRow, other_id))
        _remember(session, other_id, keep_id, removed.abbreviation)
        idea_marks.remark_opds(session, [keep_id])
    return MergedOpds(kept=service.get_opd(keep_id), removed=removed, moved=moved)
