"""ORM rows to domain dataclasses: what leaves storage is never a row."""

from __future__ import annotations

from dataclasses import fields

from labinovasi.domain import Idea, Opd, Stage, Workshop
from labinovasi.domain.innovations import INNOVATION_FIELDS, LAB_ORIGIN, ActionStep, Innovation
from labinovasi.storage.models import IdeaRow, InnovationRow, OpdRow, WorkshopRow


def to_workshop(row: WorkshopRow) -> Workshop:
    return Workshop(
        id=row.id,
        title=row.title,
        region=row.region,
        min_ideas=row.min_ideas,
        start_date=row.start_date,
        end_date=row.end_date,
        place=row.place,
        station_id=row.station_id,
        station_name=row.station_name,
        dots_per_participant=row.dots_per_participant,
        station_opd_id=row.station_opd_id,
    )


def to_opd(row: OpdRow) -> Opd:
    return Opd(
        id=row.id,
        name=row.name,
        abbreviation=row.abbreviation,
        stage=Stage(row.stage),
        position=row.position,
        move_requested_at=row.move_requested_at,
    )


IDEA_FIELDS = [f.name for f in fields(Idea)]


def to_idea(row: IdeaRow) -> Idea:
    return Idea(**{name: getattr(row, name) for name in IDEA_FIELDS})


def to_innovation(row: InnovationRow) -> Innovation:
    values = {name: getattr(row, name) for name in INNOVATION_FIELDS if name != "other_affairs"}
    return Innovation(
        id=row.id,
        opd_id=row.opd_id,
        **values,
        other_affairs=[a for a in (row.other_affairs or "").split("\n") if a],
        idea_ids=sorted(link.idea_id for link in row.ideas),
        actions=[
            ActionStep(
                activity=a.activity,
                person=a.person,
                start=a.start_date,
                end=a.end_date,
                output=a.output,
                indicator=a.indicator,
                id=a.id,
            )
            for a in row.actions
        ],
        created_at=row.created_at,
        updated_at=row.updated_at,
        origin=row.origin or LAB_ORIGIN,
    )
