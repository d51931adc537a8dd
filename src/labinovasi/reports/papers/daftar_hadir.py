"""The daftar hadir: every participant (or the OPD teams), room to sign."""

from __future__ import annotations

from datetime import date

from labinovasi.domain.papers import (
    format_nip,
)
from labinovasi.reports.papers.common import (
    NUMBER_SLOT,
    PapersData,
    find_opd,
    long_date_of,
    make_paper,
    signer,
    title_blocks,
    where,
)
from labinovasi.reports.papers.model import (
    Block,
    Fields,
    Grid,
    Paper,
    Signatures,
    Spacer,
)

BLANK_ATTENDANCE_ROWS = 25


TEAM_ROWS = 2  # rows per OPD team when no participant is imported


def organiser_signer(data: PapersData, place_date: str):
    person = data.person("pptk")
    return signer(
        person,
        f"Pejabat Pelaksana Teknis Kegiatan\n{data.agency_of_region}",
        "Penyelenggara,",
        place_date,
    )


def build(data: PapersData, opd_id: str | None = None, **_options) -> Paper:
    on = data.dated or data.workshop.start_date or date.today()
    people = data.participants(opd_id)
    rows = [
        [
            str(n),
            p.name + (f"\n{p.rank}" if p.rank else ""),
            format_nip(p.nip).replace(" ", "\u00a0"),  # a NIP never wraps in its column
            p.position,
            data.opd_name(p, short=True),
            p.phone,
            f"{n}. " + "." * 14,
        ]
        for n, p in enumerate(people, start=1)
    ]
    opd = find_opd(data, opd_id).opd if opd_id else None
    if not people:
        # no participants imported: a row for each OPD team to sign (its abbreviation printed)
        teams = [opd] if opd else [r.opd for r in data.report.opds]
        rows = [
            [str(n), "", "", "", team.abbreviation, "", f"{n}. " + "." * 14]
            for n, team in enumerate((t for t in teams for _seat in range(TEAM_ROWS)), start=1)
        ]
    blank = data.blank_rows or (0 if rows else BLANK_ATTENDANCE_ROWS)
    start = len(rows) + 1
    rows += [[str(n), "", "", "", "", "", f"{n}. " + "." * 14] for n in range(start, start + blank)]
    details = [
        ("Kegiatan", data.workshop.title),
        ("Hari/tanggal", long_date_of(on)),
        ("Tempat", where(data)),
    ]
    if data.session:
        details.append(("Sesi", data.session))
    if opd:
        details.append(("Perangkat daerah", opd.name))
    blocks: list[Block] = [
        # an attendance list carries no number unless the office set a pattern for one
        *title_blocks("Daftar hadir", NUMBER_SLOT if data.numbered("daftar-hadir") else ""),
        Fields(details, 30),
        Spacer(3),
        Grid(
            ["No", "Nama", "NIP", "Jabatan", "OPD", "No. HP", "Tanda tangan"],
            rows,
            [8, None, 31, 25, 26, 25, 25],
            sign_column=6,
            min_height=11,
            align=["right"] + ["left"] * 6,
        ),
        # the organiser signs for the SPJ (PPTK or Kepala Bidang), not the facilitator
        Signatures([[organiser_signer(data, data.place_date(on))]]),
    ]
    subject = (
        on.isoformat()
        + (f"/{data.session}" if data.session else "")
        + (f"/{opd.id}" if opd else "")
    )
    return make_paper(
        data,
        "daftar-hadir",
        "Daftar hadir",
        blocks,
        subject,
        on,
        numbered=data.numbered("daftar-hadir"),
    )
