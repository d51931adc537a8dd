"""ORM rows to domain dataclasses: what leaves storage is never a row."""

from __future__ import annotations

from dataclasses import fields

from labinovasi.domain import ActionItem, Design, Idea, Opd, Stage, Workshop
from labinovasi.storage.models import DesignRow, IdeaRow, OpdRow, WorkshopRow


def to_workshop(row: WorkshopRow) -> Workshop:
    return Workshop(
        id=row.id, title=row.title, region=row.region, min_ideas=row.min_ideas,
        start_date=row.start_date, end_date=row.end_date, place=row.place,
        station_id=row.station_id, station_name=row.station_name,
    )


def to_opd(row: OpdRow) -> Opd:
    return Opd(id=row.id, name=row.name, abbreviation=row.abbreviation,
               stage=Stage(row.stage), position=row.position)


IDEA_FIELDS = [f.name for f in fields(Idea)]


def to_idea(row: IdeaRow) -> Idea:
    return Idea(**{name: getattr(row, name) for name in IDEA_FIELDS})


def to_design(row: DesignRow) -> Design:
    values = {f.name: getattr(row, f.name) for f in fields(Design) if f.name != "actions"}
    actions = [ActionItem(activity=a.activity, person=a.person, start=a.start_date,
                          end=a.end_date, output=a.output) for a in row.actions]
    return Design(**values, actions=actions)
