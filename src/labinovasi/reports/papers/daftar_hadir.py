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
    lab_signer,
    long_date_of,
    make_paper,
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


def build(data: PapersData, opd_id: str | None = None, **_options) -> Paper:
    on = data.dated or data.workshop.start_date or date.today()
    people = data.participants(opd_id)
    rows = [
        [
            str(n),
            p.name + (f"\n{p.rank}" if p.rank else ""),
            format_nip(p.nip),
            p.position,
            data.opd_name(p, short=True),
            p.phone,
            f"{n}. " + "." * 14,
        ]
        for n, p in enumerate(people, start=1)
    ]
    blank = data.blank_rows or (0 if people else BLANK_ATTENDANCE_ROWS)
    start = len(rows) + 1
    rows += [[str(n), "", "", "", "", "", f"{n}. " + "." * 14] for n in range(start, start + blank)]
    opd = find_opd(data, opd_id).opd if opd_id else None
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
        *title_blocks("Daftar hadir", NUMBER_SLOT),
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
        Signatures([[lab_signer(data, "fasilitator", "", data.place_date(on))]]),
    ]
    subject = (
        on.isoformat()
        + (f"/{data.session}" if data.session else "")
        + (f"/{opd.id}" if opd else "")
    )
    return make_paper(data, "daftar-hadir", "Daftar hadir", blocks, subject, on)
