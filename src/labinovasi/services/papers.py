"""Papers use cases: the letterhead, number patterns and issued numbers, participants, OPD heads
and the lab's signatories. Shared by the CLI, the facilitator's app and the office documents."""

from __future__ import annotations

from dataclasses import fields
from datetime import date
from pathlib import Path

from sqlalchemy import func, select

from labinovasi.domain import BadInput, Opd, clean_text
from labinovasi.domain.papers import (
    DEFAULT_NUMBER_PATTERN,
    ROLES,
    SINGLE_ROLES,
    JuryResult,
    Letterhead,
    Materi,
    Person,
    TopEntry,
    check_materi,
    check_number_pattern,
    check_paper,
    clean_nip,
    format_document_number,
)
from labinovasi.domain.rules import check_text
from labinovasi.i18n import _
from labinovasi.reports.papers.registry import PAPER_KINDS, PaperKind, paper_kind
from labinovasi.services.imports import PERSON_COLUMNS as PERSON_COLUMNS
from labinovasi.services.imports import plan_participants
from labinovasi.services.output_files import check_target, whole_file
from labinovasi.services.views import ImportReport
from labinovasi.services.workshop_service import WorkshopService
from labinovasi.storage.models import (
    DocumentNumberRow,
    LabMateriRow,
    LetterheadRow,
    NumberPatternRow,
    PersonRow,
    table_of,
)

__all__ = ["PAPER_KINDS", "PaperKind", "paper_kind"]  # the registry, for the app's menu

LETTERHEAD_TEXT = (
    "government",
    "agency",
    "agency_short",
    "address",
    "phone",
    "email",
    "website",
    "city",
)
LOGO_TYPES = {b"\x89PNG\r\n\x1a\n": "png", b"\xff\xd8\xff": "jpeg"}
MAX_LOGO_BYTES = 2_000_000

# -- letterhead ------------------------------------------------------------------------------


def letterhead(service: WorkshopService) -> Letterhead:
    with service._read() as session:
        row = session.scalars(select(LetterheadRow)).first()
        if row is None:
            return Letterhead()
        return Letterhead(**{f.name: getattr(row, f.name) for f in fields(Letterhead)})


def logo_type(data: bytes) -> str:
    """'png' or 'jpeg' from the file's first bytes; anything else is refused."""
    for magic, kind in LOGO_TYPES.items():
        if data.startswith(magic):
            return kind
    if data.lstrip()[:5] in (b"<?xml", b"<svg ") or b"<svg" in data[:400]:
        raise BadInput(
            _(
                "Logo SVG dipilih lewat aplikasi (diubah ke PNG di sana); di baris "
                "perintah pakai PNG atau JPG."
            )
        )
    raise BadInput(_("Logo harus berkas PNG atau JPG."))


def set_letterhead(
    service: WorkshopService,
    logo: Path | bytes | None = None,
    remove_logo: bool = False,
    **changes: str,
) -> Letterhead:
    """Change the kop surat fields given (government, agency, address, phone, email, website,
    city, agency_short, paper) and the logo (a PNG/JPG path or bytes)."""
    unknown = set(changes) - set(LETTERHEAD_TEXT) - {"paper"}
    if unknown:
        raise BadInput(_("Isian tidak dikenal: {names}").format(names=", ".join(sorted(unknown))))
    values = {k: check_text(v) for k, v in changes.items() if v is not None}
    if "paper" in values:
        values["paper"] = check_paper(values["paper"])
    logo_data = None
    if logo is not None:
        if isinstance(logo, Path):
            if not logo.is_file():
                raise BadInput(_("Berkas tidak ditemukan: {path}").format(path=logo))
            logo = logo.read_bytes()
        if len(logo) > MAX_LOGO_BYTES:
            raise BadInput(_("Logo terlalu besar (paling besar 2 MB)."))
        logo_data = (logo, logo_type(logo))
    with service._write() as session:
        row = session.scalars(select(LetterheadRow)).first()
        if row is None:
            row = LetterheadRow(workshop_id=service._workshop_row(session).id)
            session.add(row)
        for key, value in values.items():
            setattr(row, key, value)
        if logo_data is not None:
            row.logo, row.logo_type = logo_data
        elif remove_logo:
            row.logo, row.logo_type = None, ""
    return letterhead(service)


# -- the lab's materi and jam pelajaran -------------------------------------------------------


def materi(service: WorkshopService) -> list[Materi]:
    """The lab's materi with their JP, in the order the certificate lists them."""
    with service._read() as session:
        rows = session.scalars(select(LabMateriRow).order_by(LabMateriRow.position))
        return [Materi(r.title, r.jp) for r in rows]


def set_materi(service: WorkshopService, items: list[tuple[str, object]]) -> list[Materi]:
    """Replace the lab's materi list with `items` (title, JP), all checked before anything is
    written; an empty list removes it (the certificate then prints no JP)."""
    checked = [check_materi(check_text(title), jp) for title, jp in items]
    with service._write() as session:
        workshop_id = service._workshop_row(session).id
        for old in session.scalars(select(LabMateriRow)):
            session.delete(old)
        session.flush()
        for index, item in enumerate(checked):
            session.add(
                LabMateriRow(workshop_id=workshop_id, position=index, title=item.title, jp=item.jp)
            )
    return checked


# -- numbers ---------------------------------------------------------------------------------


def number_pattern(service: WorkshopService, kind: str) -> str:
    with service._read() as session:
        row = session.get(NumberPatternRow, kind)
        return row.pattern if row else DEFAULT_NUMBER_PATTERN


def patterned_kinds(service: WorkshopService) -> frozenset[str]:
    """The document kinds the office set its own number pattern for."""
    with service._read() as session:
        return frozenset(session.scalars(select(NumberPatternRow.kind)))


def set_number_pattern(service: WorkshopService, kind: str, pattern: str) -> str:
    pattern = check_number_pattern(pattern)
    with service._write() as session:
        row = session.get(NumberPatternRow, kind)
        if row is None:
            session.add(NumberPatternRow(kind=kind, pattern=pattern))
        else:
            row.pattern = pattern
    return pattern


def issue_number(service: WorkshopService, kind: str, subject: str, on: date) -> str:
    """The document's number: the one it was given before (same kind, subject and year), or
    the next in its kind's sequence for that year, kept so a reprint shows the same number."""
    pattern = number_pattern(service, kind)
    agency = letterhead(service).agency_short
    with service._write() as session:
        row = session.scalars(
            select(DocumentNumberRow).where(
                DocumentNumberRow.kind == kind,
                DocumentNumberRow.subject == subject,
                DocumentNumberRow.year == on.year,
            )
        ).first()
        if row is not None:
            return row.number
        last = (
            session.scalar(
                select(func.max(DocumentNumberRow.seq)).where(
                    DocumentNumberRow.kind == kind, DocumentNumberRow.year == on.year
                )
            )
            or 0
        )
        number = format_document_number(pattern, last + 1, on, kind, agency)
        session.add(
            DocumentNumberRow(
                kind=kind, year=on.year, seq=last + 1, subject=subject, number=number, issued_on=on
            )
        )
        return number


# -- people ----------------------------------------------------------------------------------


def _to_person(row: PersonRow) -> Person:
    return Person(**{f.name: getattr(row, f.name) for f in fields(Person)})


def people(
    service: WorkshopService, role: str | None = None, opd_id: str | None = None
) -> list[Person]:
    with service._read() as session:
        query = select(PersonRow).order_by(PersonRow.position_index, PersonRow.created_at)
        if role:
            query = query.where(PersonRow.role == role)
        if opd_id:
            query = query.where(PersonRow.opd_id == opd_id)
        return [_to_person(r) for r in session.scalars(query)]


def signatory(service: WorkshopService, role: str, opd_id: str | None = None) -> Person | None:
    found = people(service, role, opd_id)
    return found[0] if found else None


def _check_person(role: str, name: str, nip: str) -> tuple[str, str]:
    if role not in ROLES:
        raise BadInput(_("Peran tidak dikenal: {role}").format(role=role))
    name = check_text(name)
    if not name:
        raise BadInput(_("Nama wajib diisi."))
    return name, clean_nip(nip)


def _match_opd(opds: list[Opd], key: str) -> Opd | None:
    wanted = clean_text(key).casefold()
    return (
        next((o for o in opds if wanted in (o.abbreviation.casefold(), o.name.casefold())), None)
        if wanted
        else None
    )


def set_person(
    service: WorkshopService,
    role: str,
    name: str,
    nip: str = "",
    rank: str = "",
    position: str = "",
    opd: str = "",
    phone: str = "",
) -> Person:
    """Add a participant or a juror; for a lab role (Kepala Bapperida, Sekda, fasilitator,
    kepala daerah) or an OPD's kepala the one already set is replaced."""
    name, nip = _check_person(role, name, nip)
    match = _match_opd(service.list_opds(), opd)
    if role == "kepala-opd" and match is None:
        raise BadInput(_("OPD tidak ditemukan: {key}").format(key=opd or "—"))
    with service._write() as session:
        if role in SINGLE_ROLES or role == "kepala-opd":
            query = select(PersonRow).where(PersonRow.role == role)
            if role == "kepala-opd" and match is not None:  # refused above when None
                query = query.where(PersonRow.opd_id == match.id)
            for old in session.scalars(query):
                session.delete(old)
        count = session.scalar(select(func.count()).select_from(PersonRow)) or 0
        row = PersonRow(
            role=role,
            name=name,
            nip=nip,
            rank=check_text(rank),
            position=check_text(position),
            opd_id=match.id if match else None,
            opd_name="" if match else check_text(opd),
            phone=check_text(phone),
            position_index=count,
        )
        session.add(row)
        session.flush()
        return _to_person(row)


def remove_person(service: WorkshopService, person_id: str) -> None:
    with service._write() as session:
        row = session.get(PersonRow, person_id)
        if row is None:
            raise BadInput(_("Orang tidak ditemukan: {key}").format(key=person_id))
        session.delete(row)


def import_participants(
    service: WorkshopService,
    source: Path,
    skip_bad: bool = False,
    columns: dict[str, str] | None = None,
) -> ImportReport:
    """Participants from CSV/XLSX (nama, NIP, pangkat/golongan, jabatan, OPD, nomor HP).
    A bad NIP or a missing name refuses the file, naming every problem of every row; with
    `skip_bad` the good rows are written and the bad ones reported as skipped (one line per
    row, with all of its problems)."""
    plan = plan_participants(source, service.list_opds(), columns)
    plan.refuse(source, skip_bad)
    with service._write() as session:
        start = session.scalar(select(func.count()).select_from(PersonRow)) or 0
        session.add_all(
            PersonRow(
                role="peserta",
                name=person.name,
                nip=person.nip,
                rank=person.rank,
                position=person.position,
                opd_id=person.opd_id,
                opd_name=person.opd_name,
                phone=person.phone,
                position_index=start + index,
            )
            for index, person in enumerate(plan.people)
        )
    return ImportReport(imported=len(plan.people), skipped=plan.bad_rows)


# -- the jury's result ------------------------------------------------------------------------


def jury_result(service: WorkshopService) -> JuryResult:
    """The gelar inovasi's Top-N and its jurors, as the berita acara and the piagam print them.
    A juror also entered here as a signatory (role "juri", same name) signs with NIP and
    jabatan."""
    from labinovasi.domain.jury import format_weight, top
    from labinovasi.services import jury
    from labinovasi.services.innovations import Innovations

    event = jury.event(service)
    innovations = {i.id: i for i in Innovations(service).list()}
    opds = {o.id: o.name for o in service.list_opds()}
    entries = []
    for entrant in top(jury.ranking(service), event.top_n):
        if entrant.rank is None:  # top() gives ranked entrants only
            continue
        innovation = innovations.get(entrant.entrant_id)
        entries.append(
            TopEntry(
                rank=entrant.rank,
                innovation=innovation.name if innovation else entrant.entrant_id,
                opd=opds.get(innovation.opd_id, "") if innovation else "",
                score=entrant.display_mean(),
            )
        )
    signing = {p.name.casefold(): p for p in people(service, "juri")}
    jurors = [
        signing.get(j.name.casefold()) or Person(id=j.id, role="juri", name=j.name)
        for j in jury.jurors(service)
    ]
    criteria = [
        f"{c.name.lower()} ({format_weight(c.weight)}%)" for c in jury.rubric(service).criteria
    ]
    return JuryResult(
        entries=entries,
        jurors=jurors,
        top=event.top_n,
        criteria=criteria,
        on_date=event.on_date,
        place=event.place,
    )


# -- printing --------------------------------------------------------------------------------

FORMATS = (".pdf", ".docx")


def papers_data(
    service: WorkshopService,
    dated: date | None = None,
    jury=None,
    session: str = "",
    blank_rows: int = 0,
    piagam: bool = False,
    number: str = "",
    tahapan: str = "",
    year: int | str | None = None,
):
    """What the office papers print, read once (numbers are issued while building)."""
    from labinovasi.domain.innovations import check_stage_filter
    from labinovasi.reports.papers.common import PapersData
    from labinovasi.services.reporting import report_data
    from labinovasi.services.verification import verification_record

    tahapan, year = check_stage_filter(tahapan, year)
    return PapersData(
        report=report_data(service),
        letterhead=letterhead(service),
        people=people(service),
        number_for=lambda kind, subject, on: issue_number(service, kind, subject, on),
        dated=dated,
        jury=jury if jury is not None else jury_result(service),
        session=check_text(session),
        blank_rows=blank_rows,
        piagam=piagam,
        number=check_text(number),
        patterned=patterned_kinds(service),
        verification=verification_record(service, year),
        materi=materi(service),
        tahapan=tahapan,
        year=year,
    )


def render_paper(
    service: WorkshopService,
    out: Path,
    document: str,
    opd_id: str | None = None,
    innovation_id: str | None = None,
    dated: date | None = None,
    **options,
):
    """Write one office paper to `out` (.pdf or .docx, by its suffix), whole or not at all;
    returns the Paper written (its number, page size, word count…)."""

    from labinovasi.reports.docx_writer import write_docx
    from labinovasi.reports.papers import build_paper
    from labinovasi.reports.papers.pdf import write_pdf

    out = check_target(out, FORMATS)
    paper = build_paper(papers_data(service, dated, **options), document, opd_id, innovation_id)
    with whole_file(out) as temp, temp.open("wb") as stream:
        if out.suffix.lower() == ".pdf":
            write_pdf(paper, stream)
        else:
            write_docx(paper, stream)
    return paper


# -- whole-workshop copies -----------------------------------------------------------------------

PAPER_TABLES = (LetterheadRow, NumberPatternRow, DocumentNumberRow, PersonRow, LabMateriRow)


def read_paper_rows(conn) -> dict[str, list[dict]]:
    """The papers' rows of a workshop, for a copy to a new file or an empty server."""
    return {
        row.__tablename__: [dict(r) for r in conn.execute(select(table_of(row))).mappings()]
        for row in PAPER_TABLES
    }


def insert_paper_rows(conn, data: dict[str, list[dict]]) -> None:
    """Write what read_paper_rows read into a fresh copy (same workshop, same OPD ids). Station
    merges do not carry papers: the letterhead, people and numbers live on the facilitator's
    laptop."""
    for row in PAPER_TABLES:
        rows = data.get(row.__tablename__) or []
        if rows:
            conn.execute(table_of(row).insert(), rows)
