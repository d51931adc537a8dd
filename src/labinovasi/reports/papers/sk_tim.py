"""The draft SK of an OPD's innovation team, with its lampiran."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from labinovasi.domain.papers import (
    DICTUM,
    PP_INOVASI,
    UU_PEMDA,
    budget_year,
    format_nip,
    name_case,
)
from labinovasi.reports.papers.common import (
    DOTS,
    NUMBER_SLOT,
    PapersData,
    find_opd,
    head_signer,
    make_paper,
    title_blocks,
)
from labinovasi.reports.papers.model import (
    Block,
    Fields,
    Grid,
    Numbered,
    PageBreak,
    Paper,
    Signatures,
    Spacer,
    Text,
)


def build(data: PapersData, opd_id: str | None = None, **_options) -> Paper:
    report = find_opd(data, opd_id)
    opd = report.opd
    on = data.dated or date.today()
    names = [d.name for d in report.lab if d.name] or ["[nama inovasi]"]
    budget = next((d.budget_source for d in report.lab if d.budget_source), "")
    # one year throughout: the SK's year is the one its budget is charged to
    year = budget_year(budget) or on.year
    issuer = f"Kepala {opd.name} {name_case(data.region)}".strip()
    title = f"Pembentukan Tim Inovasi Daerah {opd.name} Tahun {year}"
    people = {p.name.casefold(): p for p in data.people}
    team: list[tuple[str, str]] = []
    for design in report.lab:
        if design.leader:
            team.append((design.leader, "Ketua"))
        members = design.members.replace(";", "\n").splitlines()
        team += [(line.strip(" -•"), "Anggota") for line in members if line.strip(" -•")]
    rows = []
    for n, (name, role) in enumerate(team, start=1):
        person = people.get(name.casefold())
        rows.append(
            [
                str(n),
                name,
                format_nip(person.nip).replace(" ", "\u00a0")
                if person and person.nip
                else DOTS[:20],
                person.position if person and person.position else DOTS[:20],
                role,
            ]
        )
    rows = rows or [[str(n), "", "", "", ""] for n in range(1, 6)]
    number_text = NUMBER_SLOT
    blocks: list[Block] = [
        Text("DRAF", "note"),
        *title_blocks(f"Keputusan {issuer}", number_text),
        Text("TENTANG", "center"),
        Text(title.upper(), "title"),
        Spacer(3),
        Text(f"{issuer.upper()},", "center"),
        Numbered(
            [
                (
                    "bahwa dalam rangka pelaksanaan inovasi daerah “{names}” hasil {event}, "
                    "perlu dibentuk tim inovasi daerah;"
                ).format(names="”, “".join(names), event=data.workshop.title),
                (
                    "bahwa berdasarkan pertimbangan sebagaimana dimaksud dalam huruf a, perlu "
                    f"menetapkan Keputusan Kepala {opd.name} tentang {title};"
                ),
            ],
            ["a.", "b."],
            lead="Menimbang",
        ),
        Spacer(2),
        Numbered(
            [
                UU_PEMDA,
                PP_INOVASI,
                "[lengkapi: peraturan daerah tentang pembentukan perangkat daerah]",
            ],
            lead="Mengingat",
        ),
        Spacer(2),
        Text("MEMUTUSKAN:", "center"),
        Numbered([f"KEPUTUSAN {issuer.upper()} TENTANG {title.upper()}."], [""], lead="Menetapkan"),
        Numbered(
            [
                (
                    f"Membentuk Tim Inovasi Daerah {opd.name} dengan susunan sebagaimana tercantum dalam "
                    "Lampiran Keputusan ini."
                ),
                (
                    "Tim bertugas melaksanakan rencana aksi, uji coba dan penerapan inovasi, "
                    "mengumpulkan bukti dukung, serta melaporkan perkembangannya kepada Kepala "
                    f"{opd.name} dan Desk Inovasi {data.agency_short}."
                ),
                (
                    "Biaya yang timbul akibat ditetapkannya Keputusan ini dibebankan pada "
                    f"Dokumen Pelaksanaan Anggaran {opd.name} Tahun Anggaran {year}."
                ),
                "Keputusan ini mulai berlaku pada tanggal ditetapkan.",
            ],
            list(DICTUM[:4]),
            colon=True,
        ),
        Signatures(
            [
                [
                    head_signer(
                        data, opd, "", f"Ditetapkan di {data.city or DOTS}\npada tanggal {DOTS}"
                    )
                ]
            ]
        ),
        PageBreak(),
        Text(f"LAMPIRAN KEPUTUSAN {issuer.upper()}", "bold"),
        Fields([("Nomor", number_text), ("Tentang", title)], 22),
        Spacer(3),
        *title_blocks("Susunan Tim Inovasi Daerah"),
        Grid(
            ["No", "Nama", "NIP", "Jabatan", "Kedudukan dalam tim"],
            rows,
            [8, None, 38, 45, 28],
            min_height=8,
            align=["right"] + ["left"] * 4,
        ),
        Signatures([[head_signer(data, opd)]]),
    ]
    paper = make_paper(
        data,
        "sk-tim",
        f"Draf SK Tim Inovasi {opd.abbreviation}",
        blocks,
        opd.id,
        data.dated,  # the issuer dates the decree: no print day
        draft=True,
    )
    # the OPD issues this one: its own name in the kop, under the region's government and logo
    paper.letterhead = replace(
        data.letterhead, agency=opd.name, address="", phone="", email="", website=""
    )
    return paper
