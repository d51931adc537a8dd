"""Sertifikat peserta per participant, or a piagam per innovation."""

from __future__ import annotations

from datetime import date

from labinovasi.domain.innovations import Innovation
from labinovasi.domain.papers import (
    Person,
    format_nip,
    head_of_region,
    jp_text,
    name_case,
    plain_date,
    total_jp,
)
from labinovasi.formatting import format_date_range
from labinovasi.reports.papers.common import (
    DOTS,
    PapersData,
    find_innovations,
    lab_signer,
    make_paper,
    signer,
    where,
)
from labinovasi.reports.papers.model import (
    Block,
    Grid,
    PageBreak,
    Paper,
    Signatures,
    Spacer,
    Text,
)


def innovator(design: Innovation) -> str:
    """Who a piagam honours: the inovator (the team's leader, or the initiator named) and the
    team; the OPD's name comes below."""
    name = design.leader or design.initiator_name
    return f"{name} dan Tim" if name else f"Tim Inovasi “{design.name or '—'}”"


def materi_page(data: PapersData, number: str, name: str) -> list[Block]:
    """The back of a certificate: the lab's materi with their JP and the total (a bimtek
    certificate's evidence for IGA indicator 20)."""
    rows = [[str(n), m.title, str(m.jp)] for n, m in enumerate(data.materi, start=1)]
    rows.append(["", "Jumlah", str(total_jp(data.materi))])
    return [
        Text("DAFTAR MATERI", "title"),
        Text(data.workshop.title, "subtitle"),
        Text(f"Lampiran sertifikat nomor {number} atas nama {name}", "subtitle"),
        Spacer(3),
        Grid(
            ["No", "Materi", "Jam pelajaran (JP)"],
            rows,
            [12, None, 40],
            align=["right", "left", "right"],
        ),
    ]


def build(
    data: PapersData, opd_id: str | None = None, innovation_id: str | None = None, **_options
) -> Paper:
    """Sertifikat peserta per participant, or (piagam, or an innovation named) a piagam per
    innovation: for the Top-N when the jury has ranked them."""
    workshop = data.workshop
    on = data.dated or workshop.end_date or date.today()
    dates = format_date_range(workshop.start_date, workshop.end_date) or plain_date(on)
    sign = Signatures(
        [[lab_signer(data, "kepala-bapperida", "", data.place_date(on))]], center_single=True
    )
    pages: list[list[Block]] = []
    if data.piagam or innovation_id:
        # the region's best innovations are honoured by the Kepala Daerah, to the inovator or
        # team (SPD indicator 12's evidence), on the gelar inovasi's day
        kind, title = "piagam", "Piagam penghargaan"
        jury = data.jury
        ranked = {e.innovation: e.rank for e in (jury.entries if jury else [])}
        piagam_on = data.dated or (jury.on_date if jury and jury.entries else None) or on
        head = head_of_region(data.region)
        sign = Signatures(
            [
                [
                    signer(
                        data.person("kepala-daerah"),
                        f"{head} {name_case(data.region)}".strip() + ",",
                        place_date=data.place_date(piagam_on),
                        nip_line=False,
                    )
                ]
            ],
            center_single=True,
        )
        on = piagam_on
        for opd, design in find_innovations(data, opd_id, innovation_id):
            rank = ranked.get(design.name)
            role = (
                f"sebagai Inovasi Terbaik {rank} Gelar Inovasi {data.region}"
                if rank
                else f"sebagai prakarsa inovasi daerah yang dirancang dalam {workshop.title}"
            )
            number = data.number_for(kind, design.id, on)
            pages.append(
                [
                    Text("PIAGAM PENGHARGAAN", "huge"),
                    Text(f"Nomor: {number}", "subtitle"),
                    Spacer(4),
                    Text("diberikan kepada", "center"),
                    Text(innovator(design), "big"),
                    Text(f"Tim Inovasi {opd.name}", "center"),
                    Text("atas inovasi “{name}”".format(name=design.name or "—"), "center"),
                    Text(role, "center"),
                    Spacer(2),
                    sign,
                ]
            )
    else:
        kind, title = "sertifikat", "Sertifikat peserta"
        people: list[Person | None] = [*data.participants(opd_id)] or [None]
        for person in people:
            number = data.number_for(kind, person.id if person else "kosong", on)
            lines: list[Block] = [
                Text("SERTIFIKAT", "huge"),
                Text(f"Nomor: {number}", "subtitle"),
                Spacer(3),
                Text("diberikan kepada", "center"),
                Text(person.name if person else DOTS, "big"),
            ]
            if person and person.nip:
                lines.append(Text(f"NIP. {format_nip(person.nip)}", "center"))
            if person and (person.position or data.opd_name(person)):
                lines.append(
                    Text(
                        " · ".join(t for t in (person.position, data.opd_name(person)) if t),
                        "center",
                    )
                )
            hours = f" selama {jp_text(total_jp(data.materi))}" if data.materi else ""
            lines += [
                Text(
                    f"sebagai PESERTA {workshop.title} yang diselenggarakan oleh "
                    f"{data.agency_of_region} pada {dates} di {where(data)}{hours}.",
                    "center",
                ),
                sign,
            ]
            pages.append(lines)
            if data.materi:
                pages.append(materi_page(data, number, person.name if person else DOTS))
    blocks: list[Block] = []
    for index, page in enumerate(pages):
        if index:
            blocks.append(PageBreak())
        blocks += page
    return make_paper(
        data, kind, title, blocks, on=on, numbered=False, landscape=True, kop_on_every_page=True
    )
