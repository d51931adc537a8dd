"""The draft lampiran of the head of region's SK penetapan inovasi daerah."""

from __future__ import annotations

from datetime import date

from labinovasi.domain.innovations import Innovation
from labinovasi.domain.papers import (
    Letterhead,
    head_title,
    name_case,
)
from labinovasi.reports.papers.common import (
    NUMBER_SLOT,
    PapersData,
    affair_label,
    find_innovations,
    form_label,
    kind_label,
    make_paper,
    signer,
    stage_label,
    title_blocks,
)
from labinovasi.reports.papers.model import (
    Block,
    Fields,
    Grid,
    Paper,
    Signatures,
    Spacer,
    Text,
)


def _jenis_bentuk(design: Innovation) -> str:
    return " · ".join(t for t in (kind_label(design), form_label(design)) if t) or "—"


def build(data: PapersData, **_options) -> Paper:
    on = data.dated or date.today()
    issuer = head_title(data.region)  # "Bupati Tanah Harapan"
    innovations = find_innovations(data, everyone=True)  # the region's list: imported ones too
    region = name_case(data.region).upper()
    rows = [
        [
            str(n),
            d.name or "—",
            o.name,
            _jenis_bentuk(d),
            affair_label(d) or "—",
            stage_label(d) or "—",
        ]
        for n, (o, d) in enumerate(innovations, 1)
    ]
    blocks: list[Block] = [
        Text("DRAF", "note"),
        Text(f"LAMPIRAN KEPUTUSAN {issuer.upper()}", "bold"),
        Fields(
            [
                ("Nomor", NUMBER_SLOT),
                ("Tentang", f"Penetapan Inovasi Daerah {name_case(data.region)} Tahun {on.year}"),
            ],
            25,
        ),
        Spacer(4),
        *title_blocks(f"Daftar inovasi daerah {region} tahun {on.year}"),
        Grid(
            [
                "No",
                "Nama inovasi daerah",
                "Perangkat daerah",
                "Jenis · bentuk",
                "Urusan pemerintahan",
                "Tahapan",
            ],
            rows,
            [8, None, 36, 34, 28, 18],
            align=["right"] + ["left"] * 5,
        ),
        Signatures(
            [
                [
                    signer(
                        data.person("kepala-daerah"),
                        issuer.upper() + ",",
                        nip_line=False,
                    )
                ]
            ]
        ),
    ]
    paper = make_paper(
        data,
        "sk-penetapan",
        "Draf lampiran SK Penetapan Inovasi Daerah",
        blocks,
        "",
        data.dated,  # the issuer dates the decree: no print day
        draft=True,
    )
    paper.letterhead = Letterhead(paper=data.letterhead.paper)  # a lampiran has no kop
    return paper
