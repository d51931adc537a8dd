"""Innovations (the IGA profile) of an open workshop: add, list, read, set fields with their
history, the rencana aksi and the ideas each comes from. GUI, CLI, station and merge share it."""

from __future__ import annotations

import builtins  # the method Innovations.list hides the builtin in the class's annotations
import json
from collections.abc import Iterable, Mapping
from datetime import datetime
from typing import Protocol

from sqlalchemy import select
from sqlalchemy.orm import Session

from labinovasi.domain import BadInput
from labinovasi.domain.innovations import (
    INNOVATION_FIELDS,
    LAB_ORIGIN,
    ActionStep,
    FieldChange,
    Innovation,
    check_action,
    check_field,
    check_origin,
    field_text,
)
from labinovasi.i18n import _
from labinovasi.storage.mappers import to_innovation
from labinovasi.storage.models import (
    IdeaRow,
    InnovationActionRow,
    InnovationChangeRow,
    InnovationIdeaRow,
    InnovationRow,
    OpdRow,
    utcnow,
)


class WorkshopSessions(Protocol):
    """What this module needs of a WorkshopService (named structurally: the facade itself
    uses this module for its older design calls, and imports must not go round in a circle)."""

    def _read(self) -> Session: ...

    def _write(self): ...

    def _stamp(self) -> object: ...


def _stored(name: str, value: object) -> object:
    """A checked field value as its column holds it."""
    # check_field gives other_affairs as a list of keys; the column holds them one a line.
    if name == "other_affairs" and isinstance(value, list):
        return "\n".join(value)
    return value


def _not_found(key: str) -> BadInput:
    return BadInput(_("Inovasi tidak ditemukan: {id}").format(id=key))


class Innovations:
    """The innovations of `service`'s workshop. Every change commits before it returns."""

    def __init__(self, service: WorkshopSessions):
        self.service = service

    # -- reading -------------------------------------------------------------------------

    def list(self, opd_id: str | None = None) -> list[Innovation]:
        """Per OPD in board order, oldest first."""
        with self.service._read() as session:
            query = (
                select(InnovationRow)
                .join(OpdRow)
                .order_by(OpdRow.position, OpdRow.name, InnovationRow.created_at, InnovationRow.id)
            )
            if opd_id is not None:
                query = query.where(InnovationRow.opd_id == opd_id)
            return [to_innovation(r) for r in session.scalars(query)]

    def get(self, innovation_id: str) -> Innovation:
        with self.service._read() as session:
            return to_innovation(self._row(session, innovation_id))

    def find(self, key: str) -> Innovation:
        """By full id or a unique prefix of it (at least 4 characters), as ideas are found."""
        key = key.strip().lower()
        if len(key) < 4:
            raise _not_found(key)
        with self.service._read() as session:
            rows = session.scalars(
                select(InnovationRow).where(InnovationRow.id.startswith(key)).limit(2)
            ).all()
            if len(rows) != 1:
                raise (
                    _not_found(key)
                    if not rows
                    else BadInput(
                        _("Awalan id cocok dengan lebih dari satu inovasi: {id}").format(id=key)
                    )
                )
            return to_innovation(rows[0])

    def history(self, innovation_id: str, field: str | None = None) -> builtins.list[FieldChange]:
        """Replaced values, oldest first."""
        with self.service._read() as session:
            query = (
                select(InnovationChangeRow)
                .where(InnovationChangeRow.innovation_id == innovation_id)
                .order_by(InnovationChangeRow.at, InnovationChangeRow.id)
            )
            if field:
                query = query.where(InnovationChangeRow.field == field)
            return [
                FieldChange(
                    field=r.field,
                    old_value=r.old_value,
                    new_value=r.new_value,
                    at=r.at,
                    source=r.source,
                )
                for r in session.scalars(query)
            ]

    @staticmethod
    def _row(session: Session, innovation_id: str) -> InnovationRow:
        row = session.get(InnovationRow, innovation_id)
        if row is None:
            raise _not_found(innovation_id)
        return row

    # -- writing -------------------------------------------------------------------------

    def add(
        self,
        opd_id: str,
        name: str,
        idea_ids: Iterable[str] = (),
        innovation_id: str | None = None,
        origin: str = LAB_ORIGIN,
        **fields: object,
    ) -> Innovation:
        """A new innovation of the OPD; `fields` are other profile fields to set at once.
        `origin`: designed in this lab (the default) or imported from an earlier year."""
        checked = {"name": check_field("name", name)}
        checked |= {key: check_field(key, value) for key, value in fields.items()}
        idea_ids = list(dict.fromkeys(idea_ids))
        now = utcnow()
        with self.service._write() as session:
            if session.get(OpdRow, opd_id) is None:
                raise BadInput(_("OPD tidak ditemukan: {key}").format(key=opd_id))
            self._check_ideas(session, opd_id, idea_ids)
            row = InnovationRow(
                opd_id=opd_id,
                created_at=self.service._stamp(),
                stamps=json.dumps({k: now.isoformat() for k in checked}),
                origin=check_origin(origin),
            )
            if innovation_id:
                row.id = innovation_id
            for key, value in checked.items():
                setattr(row, key, _stored(key, value))
            row.ideas = [InnovationIdeaRow(idea_id=i) for i in idea_ids]
            session.add(row)
            session.flush()
            new_id = row.id
        return self.get(new_id)

    def set_fields(
        self, innovation_id: str, changes: Mapping[str, object], source: str = "edit"
    ) -> Innovation:
        """Set profile fields; all are checked before any is written. Each changed field keeps
        its replaced value in the history and its edit time for the merge."""
        checked = {key: check_field(key, value) for key, value in changes.items()}
        now = utcnow()
        with self.service._write() as session:
            row = self._row(session, innovation_id)
            current = to_innovation(row)
            stamps = json.loads(row.stamps or "{}")
            for key, value in checked.items():
                old = getattr(current, key)
                if old == value:
                    continue
                session.add(
                    InnovationChangeRow(
                        innovation_id=row.id,
                        field=key,
                        old_value=field_text(old),
                        new_value=field_text(value),
                        at=now,
                        source=source,
                    )
                )
                setattr(row, key, _stored(key, value))
                stamps[key] = now.isoformat()
            row.stamps = json.dumps(stamps, sort_keys=True)
        return self.get(innovation_id)

    def set_actions(self, innovation_id: str, steps: Iterable[ActionStep]) -> Innovation:
        """Replace the rencana aksi. Rows with no kegiatan are left out; a step keeps its id
        (so a merge matches it) when it has one."""
        checked = [check_action(s) for s in steps if s.activity.strip()]
        with self.service._write() as session:
            row = self._row(session, innovation_id)
            old = {a.id: a for a in row.actions}
            rows = []
            for position, step in enumerate(checked):
                action = old.get(step.id) or InnovationActionRow(innovation_id=row.id)
                action.position, action.activity, action.person = (
                    position,
                    step.activity,
                    step.person,
                )
                action.start_date, action.end_date = step.start, step.end
                action.output, action.indicator = step.output, step.indicator
                rows.append(action)
            row.actions = rows
            row.updated_at = utcnow()
        return self.get(innovation_id)

    def link_ideas(self, innovation_id: str, idea_ids: Iterable[str]) -> Innovation:
        """The ideas the innovation comes from (replaces the list); ideas of its own OPD."""
        idea_ids = list(dict.fromkeys(idea_ids))
        with self.service._write() as session:
            row = self._row(session, innovation_id)
            self._check_ideas(session, row.opd_id, idea_ids)
            row.ideas = [InnovationIdeaRow(idea_id=i) for i in idea_ids]
            row.updated_at = utcnow()
        return self.get(innovation_id)

    def remove(self, innovation_id: str) -> None:
        with self.service._write() as session:
            session.delete(self._row(session, innovation_id))

    @staticmethod
    def _check_ideas(session: Session, opd_id: str, idea_ids: builtins.list[str]) -> None:
        for idea_id in idea_ids:
            idea = session.get(IdeaRow, idea_id)
            if idea is None or idea.opd_id != opd_id:
                raise BadInput(_("Gagasan tidak ditemukan di OPD ini: {id}").format(id=idea_id))


def innovation_json(
    innovation: Innovation, opd_abbreviation: str = "", history: Iterable[FieldChange] | None = None
) -> dict:
    """The `innovation show --json` contract: every field, the rencana aksi, the ideas, and
    (when given) each field's history."""
    data: dict[str, object] = {
        "id": innovation.id,
        "opd_id": innovation.opd_id,
        "opd": opd_abbreviation,
    }
    for name in INNOVATION_FIELDS:
        value = getattr(innovation, name)
        data[name] = value.isoformat() if hasattr(value, "isoformat") else value
    data["idea_ids"] = list(innovation.idea_ids)
    data["actions"] = [
        {
            "id": a.id,
            "activity": a.activity,
            "person": a.person,
            "start": a.start.isoformat() if a.start else None,
            "end": a.end.isoformat() if a.end else None,
            "output": a.output,
            "indicator": a.indicator,
        }
        for a in innovation.actions
    ]
    if history is not None:
        by_field: dict[str, list] = {name: [] for name in INNOVATION_FIELDS}
        for change in history:
            by_field.setdefault(change.field, []).append(
                {
                    "old": change.old_value,
                    "new": change.new_value,
                    "at": _iso(change.at),
                    "source": change.source,
                }
            )
        data["history"] = by_field
    data["updated_at"] = _iso(innovation.updated_at)
    return data


def _iso(value: datetime | None) -> str | None:
    return value.isoformat() if value else None
