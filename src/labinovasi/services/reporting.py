"""Printing use case: read a workshop once and render the rekapitulasi, one OPD's lembar
hasil, or the full print-out to PDF. The GUI's print preview calls `render_report` from a worker
thread, so nothing here keeps state between calls (ReportLab's font registry aside)."""

from __future__ import annotations

import io
from dataclasses import replace
from datetime import date
from pathlib import Path

from labinovasi.domain import BadInput, Stage
from labinovasi.domain.rules import tally_without, undone_addition
from labinovasi.i18n import _
from labinovasi.reports import KINDS, OpdReport, ReportData, write_report
from labinovasi.services import delivery
from labinovasi.services.innovations import Innovations
from labinovasi.services.output_files import check_target, whole_file
from labinovasi.services.team_work import TeamWork
from labinovasi.services.views import IdeaView
from labinovasi.services.workshop_service import WorkshopService


def report_data(service: WorkshopService, printed_on: date | None = None) -> ReportData:
    """Everything the sheets print, read in a handful of queries."""
    status = service.status()
    ideas: dict[str, list[IdeaView]] = {}
    undone: dict[str, int] = {}  # additions undone leave no trace on paper
    for view in service.list_ideas():
        if undone_addition(view.idea):
            undone[view.idea.opd_id] = undone.get(view.idea.opd_id, 0) + 1
        else:
            ideas.setdefault(view.idea.opd_id, []).append(view)
    if undone:
        status = replace(
            status,
            opds=[
                replace(s, tally=tally_without(s.tally, undone[s.opd.id]))
                if s.opd.id in undone
                else s
                for s in status.opds
            ],
        )
    innovations: dict[str, list] = {}
    for innovation in Innovations(service).list():
        innovations.setdefault(innovation.opd_id, []).append(innovation)
    monitoring: dict[str, list] = {}
    for entry in delivery.monitoring_log(service):
        monitoring.setdefault(entry.opd_id, []).append(entry)
    launched = delivery.launchings(service)
    team = TeamWork(service)
    city = _kop_city(service)  # the sheets are signed in the kop's city
    overrides: dict[str, list] = {}
    finished: dict[str, date] = {}
    for change in service.stage_changes():
        if change.override_reason:
            overrides.setdefault(change.opd_id, []).append(change)
        if change.from_stage is Stage.DESIGN and change.at and change.to_stage.index > 2:
            finished[change.opd_id] = change.at.date()  # the latest move out of design
    opds = [
        OpdReport(
            status=s,
            ideas=ideas.get(s.opd.id, []),
            innovations=innovations.get(s.opd.id, []),
            overrides=overrides.get(s.opd.id, []),
            finished_on=finished.get(s.opd.id),
            monitoring=monitoring.get(s.opd.id, []),
            launchings={
                i.id: launched[i.id] for i in innovations.get(s.opd.id, []) if i.id in launched
            },
            dots=team.dots(s.opd.id) if s.opd.id in ideas else {},
            signing_city=city,
        )
        for s in status.opds
    ]
    return ReportData(
        status=status,
        opds=opds,
        printed_on=printed_on or date.today(),
        collaboration=_collaboration(service, status.counted_ideas),
    )


def _kop_city(service: WorkshopService) -> str:
    """The letterhead's city (services.papers owns the kop; read here without importing it)."""
    from sqlalchemy import select

    from labinovasi.storage.models import LetterheadRow

    with service._read() as session:
        return session.scalars(select(LetterheadRow.city)).first() or ""


def _collaboration(service: WorkshopService, counted: int) -> list:
    """The rekapitulasi's collaboration candidates (services.similar), for a workshop of a
    lab's size (all pairs of tens of thousands of ideas would hold up the print-out)."""
    from labinovasi.domain.similarity import COLLABORATION_MAX_IDEAS
    from labinovasi.services.similar import SimilarIdeas

    if counted > COLLABORATION_MAX_IDEAS:
        return []
    similar = SimilarIdeas(service)
    groups = similar.collaboration_groups()
    views = similar._state.views
    opds = {o.id: o.abbreviation for o in service.list_opds()}
    return [
        (
            group.sentence(),
            [(opds[views[i].idea.opd_id], views[i].idea.text) for i in group.idea_ids],
        )
        for group in groups
    ]


def _check_request(service: WorkshopService, kind: str, opd_id: str | None) -> None:
    if kind not in KINDS:
        raise BadInput(_("Jenis laporan tidak dikenal: {kind}").format(kind=kind))
    if kind == "opd":
        if not opd_id:
            raise BadInput(_("Sebutkan OPD untuk lembar hasil."))
        service.get_opd(opd_id)  # BadInput when unknown


def render_report_bytes(
    service: WorkshopService, kind: str = "all", opd_id: str | None = None
) -> bytes:
    """The PDF as bytes (kind: "all", "summary" or "opd" with `opd_id`)."""
    _check_request(service, kind, opd_id)
    buffer = io.BytesIO()
    write_report(report_data(service), buffer, kind, opd_id)
    return buffer.getvalue()


def render_report(
    service: WorkshopService, out: Path, kind: str = "all", opd_id: str | None = None
) -> Path:
    """Write the PDF to `out` and return it. The file appears whole or not at all: it is
    written beside `out` first, so a preview never shows half a PDF and a failure leaves an
    older copy untouched. Raises BadInput (nothing written) for an unknown kind or OPD and for
    a folder that does not exist or cannot be written."""
    _check_request(service, kind, opd_id)
    out = check_target(out)
    data = report_data(service)
    with whole_file(out) as temp, temp.open("wb") as stream:
        write_report(data, stream, kind, opd_id)
    return out
