"""The draft lampiran of the head of region's SK penetapan inovasi daerah."""

from __future__ import annotations

from datetime import date

from labinovasi.domain.innovations import Innovation, matches_stage
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
    official,
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


def filter_line(data: PapersData) -> str:
    """What the lampiran lists when filtered: 'tahapan Penerapan, dimulai tahun 2026'."""
    parts = []
    if data.tahapan:
        parts.append(f"tahapan {official('tahapan', data.tahapan)}")
    if data.year is not None:
        parts.append(f"dimulai tahun {data.year}")
    return ", ".join(parts)


def build(data: PapersData, **_options) -> Paper:
    on = data.dated or date.today()
    year = data.year or on.year  # the SK of the year of penerapan (indicator 16)
    issuer = head_title(data.region)  # "Bupati Tanah Harapan"
    every = find_innovations(data, everyone=True)  # the region's list: imported ones too
    innovations = [(o, d) for o, d in every if matches_stage(d, data.tahapan, data.year)]
    region = name_case(data.region).upper()
    chosen = filter_line(data)
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
                ("Tentang", f"Penetapan Inovasi Daerah {name_case(data.region)} Tahun {year}"),
            ],
            25,
        ),
        Spacer(4),
        *title_blocks(
            f"Daftar inovasi daerah {region} tahun {year}",
            subtitle=f"Inovasi daerah {chosen}" if chosen else "",
        ),
        Grid(
            [
                "No",
                "Nama inovasi daerah",
                "Perangkat daerah",
                "Jenis · bentuk",
                "Urusan pemerintahan",
                "Tahapan",
            ],
            rows or [["", "Tidak ada inovasi " + (chosen or "tercatat"), "", "", "", ""]],
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
