"""The gelar inovasi's papers written to files: the presentation schedule and the jurors'
blank score sheets (PDF or Word), from what services.jury keeps. Apart from services.jury so
that it and services.papers (which reads the jury's result) do not import each other."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from labinovasi.services import jury, papers
from labinovasi.services.output_files import check_target, whole_file
from labinovasi.services.workshop_service import WorkshopService

PRINT_FORMATS = (".pdf", ".docx")


def print_data(service: WorkshopService, dated: date | None = None):
    """What the schedule and the blank score sheets print (reports.jury_papers.JuryPrint)."""
    from labinovasi.domain.papers import signing_place
    from labinovasi.reports.jury_papers import JuryPrint, ScheduleLine
    from labinovasi.reports.papers.common import signer
    from labinovasi.services.innovations import Innovations

    workshop = service.workshop()
    head = papers.letterhead(service)
    opds = {o.id: o for o in service.list_opds()}
    innovations = {i.id: i for i in Innovations(service).list()}
    heads = {p.opd_id: p.name for p in papers.people(service, "kepala-opd") if p.opd_id}
    lines = []
    for slot in jury.presentation_schedule(service):
        innovation = innovations.get(slot.innovation_id)
        opd = opds.get(innovation.opd_id) if innovation else None
        lines.append(
            ScheduleLine(
                position=slot.position,
                start=slot.start,
                opd=opd.name if opd else "",
                innovation=innovation.name if innovation else slot.innovation_id,
                presenter=slot.presenter
                or (heads.get(opd.id) if opd else "")
                or (f"Kepala {opd.name}" if opd else ""),
            )
        )
    agency = head.agency or head.agency_short or "Bapperida"
    return JuryPrint(
        event=jury.event(service),
        rubric=jury.rubric(service),
        lines=lines,
        jurors=[j.name for j in jury.jurors(service)],
        letterhead=head,
        footer=" · ".join(t for t in (workshop.title, workshop.region) if t),
        city=signing_place(head.city, workshop.place, workshop.region),
        signer=signer(papers.signatory(service, "kepala-bapperida"), f"Kepala {agency}"),
        dated=dated or date.today(),
    )


def write_schedule(service: WorkshopService, out: Path, dated: date | None = None) -> Path:
    """The presentation schedule as PDF (or Word, by the suffix), whole or not at all."""
    from labinovasi.reports.jury_papers import schedule_paper

    return _write_paper(schedule_paper(print_data(service, dated)), Path(out))


def write_score_sheets(service: WorkshopService, out: Path, dated: date | None = None) -> Path:
    """A blank score sheet per juror (the rubric as a form), whole or not at all."""
    from labinovasi.reports.jury_papers import score_sheets_paper

    return _write_paper(score_sheets_paper(print_data(service, dated)), Path(out))


def _write_paper(paper, out: Path) -> Path:
    """Written beside `out` first, so the file appears whole or not at all (as the papers)."""
    from labinovasi.reports.docx_writer import write_docx
    from labinovasi.reports.papers.pdf import write_pdf

    out = check_target(out, PRINT_FORMATS)
    with whole_file(out) as temp, temp.open("wb") as stream:
        if out.suffix.lower() == ".pdf":
            write_pdf(paper, stream)
        else:
            write_docx(paper, stream)
    return out
